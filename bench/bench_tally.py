"""Speed of the tally: a large ranking election against pref_voting, a million approval ballots against pandas.

Prints figures and a markdown table for the README; never asserts times. Data goes to bench/data/ (git-ignored)
and is written again only when its parameters change. Run: `make bench`, or
`uv run --no-sync python bench/bench_tally.py`. Takes about a minute.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

import numpy as np

from common import (
    COMMAND,
    DATA,
    PYTHON,
    ROOT,
    TIME,
    Runs,
    bytecode_cache_env,
    ensure_matrix,
    load,
    machine,
    markdown_table,
    mib,
    random_approvals,
    random_rankings,
    say,
    seconds,
    time_call,
    time_child,
)
from top10_panel.domain.rules import Mode, Rules
from top10_panel.domain.tally import tally
from top10_panel.exchange.matrix import read_matrix

SEED = 20201231
RANK_N, RANK_M = 100_000, 30
APPROVAL_N, APPROVAL_M, APPROVAL_P = 1_000_000, 60, 0.15
COMMAND_REPEAT = 3
START_REPEAT = 5
PANDAS_REPEAT = 5
TALLY_REPEAT = 5

# Runs the command in a child process, then says on stderr whether pandas was imported along the way: pyarrow
# imports pandas, when it is installed (here, as a test oracle), the first time it converts a Python value.
PANDAS_CHECK = (
    "import sys\n"
    "from top10_panel.cli import main\n"
    "code = main()\n"
    "sys.stderr.write('pandas imported' if 'pandas' in sys.modules else 'pandas not imported')\n"
    "sys.exit(code)\n"
)


def code(j: int) -> str:
    return f"C{j + 1:02d}"


def command_json(args: list[str]) -> dict[str, Any]:
    """Run the command once with its output kept (this also warms the file cache) and parse the JSON."""
    done = subprocess.run([str(COMMAND), *args], capture_output=True, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"top10-panel {' '.join(args)} exited {done.returncode}: {done.stderr.decode().strip()}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def row(what: str, runs: Runs | float, memory: bool = False) -> list[str]:
    """A table row: best and median of the runs (a single figure for one run), and the peak memory of a command."""
    if isinstance(runs, float):
        return [what, seconds(runs), "–", "–"]
    return [what, seconds(runs.best), seconds(runs.median), mib(runs.max_rss_kib) if memory else "–"]


def met(ok: bool) -> str:
    return "yes" if ok else "**no**"


def ranking_bench(rows: list[list[str]], ratios: list[list[str]]) -> bool:
    """Returns whether the command was also measured with a bytecode cache."""
    matrix = ensure_matrix(
        DATA / "rank100k.csv",
        {"seed": SEED, "kind": "ranking"},
        RANK_N,
        RANK_M,
        lambda rng, k: random_rankings(rng, k, RANK_M),
    )
    path = matrix.path
    size = path.stat().st_size / 2**20
    state = f"generated in {seconds(matrix.seconds)}" if matrix.generated else "reused"
    say(f"\n== Ranking: {RANK_N:,} complete strict ballots × {RANK_M} candidates, {path.name} {size:.1f} MiB ({state})")

    # (a) pref_voting, in process: the same rankings, read back from the file by pyarrow (not by our reader).
    import pyarrow.csv as pa_csv
    from pref_voting.margin_based_methods import beat_path  # pref_voting's name for Schulze
    from pref_voting.profiles import Profile as PrefProfile
    from pref_voting.scoring_methods import borda

    table = pa_csv.read_csv(path)
    ranks = np.column_stack([table.column(j).to_numpy() for j in range(1, table.num_columns)])
    orders = np.argsort(ranks, axis=1, kind="stable").tolist()  # each ballot as candidates best first
    del table
    started = time.perf_counter()
    prof = PrefProfile(orders)
    t_profile = time.perf_counter() - started
    started = time.perf_counter()
    pv_schulze = beat_path(prof)
    t_schulze = time.perf_counter() - started
    started = time.perf_counter()
    pv_borda_winners_idx = borda(prof)
    t_borda = time.perf_counter() - started
    t_pref = t_profile + t_schulze + t_borda
    say(
        f"pref_voting: Profile {seconds(t_profile)} + Schulze (beat_path) {seconds(t_schulze)} "
        f"+ borda {seconds(t_borda)} = {seconds(t_pref)} (one run)"
    )
    pv_borda_winners = sorted(code(c) for c in pv_borda_winners_idx)
    pv_borda_scores = {code(c): int(v) for c, v in prof.borda_scores().items()}
    pv_support = np.array([[prof.support(a, b) if a != b else 0 for b in range(RANK_M)] for a in range(RANK_M)])
    del prof, orders

    # (b) our tally alone, in process, on the profile already read.
    read_runs, read = time_call(lambda: read_matrix(path, Mode.RANKING), 3)
    profile = read.profile
    schulze_rules = Rules(mode=Mode.RANKING, method="schulze")
    borda_rules = Rules(mode=Mode.RANKING, method="borda")
    schulze_runs, schulze_result = time_call(lambda: tally(profile, schulze_rules), TALLY_REPEAT)
    borda_runs, borda_result = time_call(lambda: tally(profile, borda_rules), TALLY_REPEAT)
    say(f"read_matrix in process: best {seconds(read_runs.best)}, median {seconds(read_runs.median)}")
    say(f"tally schulze in process: best {seconds(schulze_runs.best)}, median {seconds(schulze_runs.median)}")
    say(f"tally borda   in process: best {seconds(borda_runs.best)}, median {seconds(borda_runs.median)}")

    # (c) the whole command, as a subprocess.
    args = ["tally", str(path.relative_to(ROOT)), "--mode", "ranking", "--json"]
    out = command_json(args)
    cmd = time_child([COMMAND, *args], COMMAND_REPEAT)
    say(f"command: best {seconds(cmd.best)}, median {seconds(cmd.median)}, peak {mib(cmd.max_rss_kib)}")
    say(f"pref_voting / our command: {t_pref / cmd.best:.1f}×")
    env = bytecode_cache_env()
    cached = None
    if env is not None:
        subprocess.run([str(COMMAND), *args], stdout=subprocess.DEVNULL, cwd=ROOT, env=env, check=False)  # fill it
        cached = time_child([COMMAND, *args], COMMAND_REPEAT, env=env)
        say(
            f"command with a bytecode cache ‡: best {seconds(cached.best)}, median {seconds(cached.median)}; "
            f"pref_voting / it: {t_pref / cached.best:.1f}×"
        )
    check = subprocess.run([str(PYTHON), "-c", PANDAS_CHECK, *args], capture_output=True, cwd=ROOT, check=False)
    said = check.stderr.decode().strip().splitlines()
    say(f"the command ran with {said[-1] if said else 'no answer on pandas'} (exit {check.returncode})")

    # Agreement: Schulze winners (command's JSON), Borda scores (in process), pairwise counts.
    ours_winners = sorted(r["code"] for r in out["ranking"] if r["rank"] == 1)
    pv_winners = sorted(code(c) for c in pv_schulze)
    ours_borda = {r.candidate.code: int(r.score) for r in borda_result.ranking}
    ours_borda_winners = sorted(r.candidate.code for r in borda_result.ranking if r.rank == 1)
    same_pairwise = schulze_result.pairwise is not None and np.array_equal(schulze_result.pairwise, pv_support)
    checks = {
        f"Schulze winner {', '.join(ours_winners)} vs pref_voting {', '.join(pv_winners)}": ours_winners == pv_winners,
        "Borda scores of all candidates": ours_borda == pv_borda_scores,
        f"Borda winner {', '.join(ours_borda_winners)}": ours_borda_winners == pv_borda_winners,
        "pairwise counts N[a][b]": same_pairwise,
    }
    for what, same in checks.items():
        say(f"  {'agree' if same else 'DISAGREE'}: {what}")
    say(f"our command and pref_voting {'agree' if all(checks.values()) else 'DO NOT AGREE'}")

    label = f"Ranking, {RANK_N // 1000}k ballots × {RANK_M}"
    rows += [
        row(f"{label}: pref_voting Profile + Schulze + Borda, in process", t_pref),
        row(f"{label}: our reader alone (`read_matrix`), in process", read_runs),
        row(f"{label}: our tally alone, in process, Schulze", schulze_runs),
        row(f"{label}: our tally alone, in process, Borda", borda_runs),
        row(f"{label}: `top10-panel tally --json`, whole command", cmd, memory=True),
    ]
    also = ""
    if cached is not None:
        rows.append(row(f"{label}: the same, with a bytecode cache ‡", cached, memory=True))
        also = f" (‡ {t_pref / cached.best:.1f}×)"
    ratios += [
        ["pref_voting ÷ our ranking command", f"{t_pref / cmd.best:.1f}×{also}", "≥ 10×", met(t_pref / cmd.best >= 10)],
        [
            "our in-process tally (Schulze; Borda)",
            f"{seconds(schulze_runs.best)}; {seconds(borda_runs.best)}",
            "< 0.1 s",
            met(max(schulze_runs.best, borda_runs.best) < 0.1),
        ],
    ]
    return cached is not None


def approval_bench(rows: list[list[str]], ratios: list[list[str]]) -> None:
    matrix = ensure_matrix(
        DATA / "approval1m.csv",
        {"seed": SEED, "kind": "approval", "p": APPROVAL_P},
        APPROVAL_N,
        APPROVAL_M,
        lambda rng, k: random_approvals(rng, k, APPROVAL_M, APPROVAL_P),
    )
    path = matrix.path
    size = path.stat().st_size / 2**20
    state = f"generated in {seconds(matrix.seconds)}" if matrix.generated else "reused"
    say(f"\n== Approval: {APPROVAL_N:,} ballots × {APPROVAL_M} candidates, {path.name} {size:.0f} MiB ({state})")

    import pandas as pd

    pandas_runs, frame = time_call(lambda: pd.read_csv(path), PANDAS_REPEAT)
    say(f"pandas.read_csv: best {seconds(pandas_runs.best)}, median {seconds(pandas_runs.median)}")
    pandas_counts = {str(c): int(frame[c].eq(1).sum()) for c in frame.columns[1:]}
    del frame

    args = ["tally", str(path.relative_to(ROOT)), "--mode", "approval", "--max-picks", str(APPROVAL_M), "--json"]
    out = command_json(args)
    cmd = time_child([COMMAND, *args], COMMAND_REPEAT)
    say(f"command: best {seconds(cmd.best)}, median {seconds(cmd.median)}, peak {mib(cmd.max_rss_kib)}")
    say(f"our command / pandas.read_csv: {cmd.best / pandas_runs.best:.2f}×")
    ours = {r["code"]: r["approvals"] for r in out["ranking"]}
    say(f"  {'agree' if ours == pandas_counts else 'DISAGREE'}: approval counts of all candidates vs pandas")

    label = f"Approval, {APPROVAL_N // 1_000_000}M ballots × {APPROVAL_M}"
    rows += [
        row(f"{label}: `pandas.read_csv`, reading alone", pandas_runs),
        row(f"{label}: `top10-panel tally --json`, whole command", cmd, memory=True),
    ]
    ratio = cmd.best / pandas_runs.best
    peak_ok = cmd.max_rss_kib * 1024 < 0.5 * 2**30
    ratios += [
        ["our approval command ÷ pandas.read_csv", f"{ratio:.2f}×", "≤ 2×", met(ratio <= 2)],
        ["approval command peak memory", mib(cmd.max_rss_kib), "< 0.5 GB", met(peak_ok)],
    ]


def start_bench(rows: list[list[str]]) -> None:
    say("\n== Process start")
    runs: Runs = time_child([COMMAND, "--version"], START_REPEAT, memory=False)
    peak = time_child([COMMAND, "--version"], 1).max_rss_kib
    say(f"top10-panel --version: best {seconds(runs.best)}, median {seconds(runs.median)}, peak {mib(peak)}")
    rows.append(["`top10-panel --version` (process start)", seconds(runs.best), seconds(runs.median), mib(peak)])


def main() -> int:
    if not COMMAND.exists():
        say(f"{COMMAND} is missing: build the environment first (make env)")
        return 1
    started = time.perf_counter()
    say(f"Machine: {machine()}; {load()}")
    rows: list[list[str]] = []
    ratios: list[list[str]] = []
    with_cache = ranking_bench(rows, ratios)
    approval_bench(rows, ratios)
    start_bench(rows)

    say("\n== For the README\n")
    say(f"Measured on {machine()}. Commands best of {COMMAND_REPEAT} (start: {START_REPEAT}), as subprocesses;")
    memory = "GNU time's maximum resident set" if TIME.exists() else "getrusage's children maximum (an upper bound)"
    say(
        f"peak memory: {memory}. In process: reader best of 3, tally best of {TALLY_REPEAT}; pandas best of "
        f"{PANDAS_REPEAT}; pref_voting one run. `make bench` runs bench/bench_tally.py.\n"
    )
    say(markdown_table(["", "best", "median", "peak memory"], rows))
    say("")
    say(markdown_table(["", "measured", "target", "met"], ratios))
    if with_cache:
        say(
            "\n‡ PYTHONDONTWRITEBYTECODE is set here, so every command compiles numpy, pyarrow and top10_panel from "
            "source; a user's machine keeps .pyc files, as this row's bytecode cache (under bench/data/) does."
        )
    say(f"\n(benchmark ran {time.perf_counter() - started:.0f} s; {load()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
