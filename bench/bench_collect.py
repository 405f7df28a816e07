"""Speed of `top10-panel collect`: 1,000 signed ballot files, and a 1,000,000-row public approval vote.

Prints figures; never asserts times. Data goes to bench/data/ (git-ignored): the ballot files and the matrix are
written again only when missing. Run: `uv run --no-sync python bench/bench_collect.py`. Takes about a minute.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import numpy as np

from common import (
    COMMAND,
    DATA,
    ROOT,
    bytecode_cache_env,
    encode_rows,
    load,
    machine,
    markdown_table,
    mib,
    random_approvals,
    run_child,
    say,
    seconds,
)
from top10_panel.domain.rules import Mode, Rules
from top10_panel.services.ballots import issue, vote
from top10_panel.services.selection import import_candidates, import_experts, new_selection

SEED = 20201231
FILES = 1_000
FILE_REPEAT = 3
PUBLIC_N, PUBLIC_P = 1_000_000, 0.2
MATRIX_REPEAT = 2
TIMEOUT = 150.0
"""A collect that takes longer is stopped, and its rate is reported instead."""
CANDIDATES = ROOT / "resources" / "demo" / "candidates-2020.csv"
WORK = DATA / "collect"


def codes() -> list[str]:
    lines = CANDIDATES.read_text(encoding="utf-8").splitlines()[1:]
    return [line.split(",", 1)[0] for line in lines if line.strip()]


def timed(argv: list[str | Path], env: dict[str, str] | None, timeout: float = TIMEOUT) -> tuple[float | None, str]:
    """Wall time of a child process (None when it had to be stopped at ``timeout``) and its output."""
    started = time.perf_counter()
    child = subprocess.Popen([str(a) for a in argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    try:
        out, err = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        return None, ""
    elapsed = time.perf_counter() - started
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, argv))} exited {child.returncode}: {err.decode(errors='replace')}")
    return elapsed, out.decode(errors="replace").strip()


# --- 1,000 ballot files ------------------------------------------------------------------------------------------


def ballot_files() -> tuple[Path, Path]:
    """A selection with 1,000 experts, its packages issued, and one signed ballot file per expert."""
    folder = WORK / f"files-{FILES}"
    base, ballots = folder / "base.t10", folder / "ballots"
    if base.exists() and ballots.is_dir() and len(list(ballots.glob("*.t10vote"))) == FILES:
        return base, ballots
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    new_selection(base, "收集基准", Rules(mode=Mode.APPROVAL))
    import_candidates(base, CANDIDATES)
    experts = folder / "experts.csv"
    experts.write_text("姓名,单位\n" + "".join(f"专家{k:04d},单位{k % 37}\n" for k in range(1, FILES + 1)), "utf-8")
    import_experts(base, experts)
    issued = issue(base, folder / "packages")
    rng = np.random.default_rng(SEED)
    all_codes = codes()
    for package in issued.packages:
        picks = sorted(rng.choice(len(all_codes), size=int(rng.integers(0, 11)), replace=False).tolist())
        vote(package, {"approve": [all_codes[j] for j in picks]} if picks else {}, ballots / f"{package.stem}.t10vote")
    say(f"wrote {FILES:,} ballot files in {seconds(time.perf_counter() - started)}")
    return base, ballots


def files_bench(rows: list[list[str]], env: dict[str, str] | None) -> None:
    base, ballots = ballot_files()
    size = sum(p.stat().st_size for p in ballots.iterdir()) / 2**20
    say(f"\n== {FILES:,} signed ballot files ({size:.1f} MiB) into a selection of {FILES:,} experts")
    times, peak = [], 0
    for k in range(FILE_REPEAT):
        target = WORK / f"files-run{k}.t10"
        shutil.copyfile(base, target)
        elapsed, rss = run_child([COMMAND, "collect", target, ballots], env=env)
        times.append(elapsed)
        peak = max(peak, rss)
    again, out = timed([COMMAND, "collect", WORK / f"files-run{FILE_REPEAT - 1}.t10", ballots], env)
    say(f"collect: best {seconds(min(times))}, runs {', '.join(seconds(t) for t in times)}, peak {mib(peak)}")
    say(f"  = {FILES / min(times):,.0f} files/s including the start of the command")
    say(f"the same folder again (all already on record): {seconds(again or 0)} — {out}")
    rows.append([f"`collect` {FILES:,} ballot files (whole command)", seconds(min(times)), mib(peak)])
    rows.append([f"`collect` the same {FILES:,} files again (nothing new)", seconds(again or 0), "–"])


# --- a million public approval ballots ----------------------------------------------------------------------------


def public_matrix(all_codes: list[str]) -> Path:
    """Voters V0000001…, one column per demo candidate, 1 for approve and empty for not."""
    path = WORK / f"public-{PUBLIC_N}-{len(all_codes)}-{PUBLIC_P}-{SEED}.csv"
    if path.exists():
        return path
    started = time.perf_counter()
    rng = np.random.default_rng(SEED)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as out:
        out.write((",".join(["expert", *all_codes]) + "\n").encode())
        for start in range(0, PUBLIC_N, 100_000):
            rows = min(100_000, PUBLIC_N - start)
            cells = random_approvals(rng, rows, len(all_codes), PUBLIC_P)
            out.write(encode_rows(start + 1, cells, 7).replace(b"E", b"V"))  # E0000001 → V0000001
    tmp.replace(path)
    say(f"wrote {path.name} in {seconds(time.perf_counter() - started)}")
    return path


def matrix_bench(rows: list[list[str]], env: dict[str, str] | None) -> None:
    all_codes = codes()
    matrix = public_matrix(all_codes)
    size = matrix.stat().st_size / 2**20
    say(f"\n== {PUBLIC_N:,} public approval ballots × {len(all_codes)} candidates, {matrix.name} {size:.1f} MiB")
    base = WORK / "weighted-base.t10"
    if not base.exists():
        new = [
            COMMAND,
            "new",
            base,
            "--title",
            "公众投票基准",
            "--mode",
            "approval",
            "--weights",
            "experts=70%,public=30%",
        ]
        subprocess.run([str(a) for a in new], check=True, capture_output=True)
        subprocess.run([str(COMMAND), "import-candidates", str(base), str(CANDIDATES)], check=True, capture_output=True)
    best: float | None = None
    for k in range(MATRIX_REPEAT):
        target = WORK / f"weighted-run{k}.t10"
        shutil.copyfile(base, target)
        elapsed, out = timed([COMMAND, "collect", target, matrix, "--panel", "public"], env)
        if elapsed is None:
            say(f"collect was stopped after {seconds(TIMEOUT)}: slower than {PUBLIC_N / TIMEOUT:,.0f} ballots/s")
            rows.append([f"`collect --panel public`, {PUBLIC_N:,} rows", f"> {seconds(TIMEOUT)} (stopped)", "–"])
            return
        say(f"collect run {k + 1}: {seconds(elapsed)} ({PUBLIC_N / elapsed:,.0f} ballots/s) — {out}")
        best = elapsed if best is None else min(best, elapsed)
    assert best is not None
    target = WORK / f"weighted-run{MATRIX_REPEAT - 1}.t10"
    _, rss = run_child(
        [COMMAND, "collect", shutil.copyfile(base, WORK / "weighted-rss.t10"), matrix, "--panel", "public"]
    )
    tally_time, _ = timed([COMMAND, "tally", target, "--json"], env)
    say(f"peak memory of the collect: {mib(rss)}; selection file {target.stat().st_size / 2**20:.1f} MiB")
    say(f"tally of the selection afterwards (whole command): {seconds(tally_time or 0)}")
    rows.append([f"`collect --panel public`, {PUBLIC_N:,} approval rows × {len(all_codes)}", seconds(best), mib(rss)])
    rows.append(["`tally --json` of that selection", seconds(tally_time or 0), "–"])


def main() -> None:
    say(f"machine: {machine()}")
    say(load())
    WORK.mkdir(parents=True, exist_ok=True)
    env = bytecode_cache_env()
    if env is not None:
        subprocess.run([str(COMMAND), "--help"], stdout=subprocess.DEVNULL, env=env, check=False)
        say("(child processes keep a bytecode cache under bench/data/, as a user's installation does)")
    rows: list[list[str]] = []
    files_bench(rows, env)
    matrix_bench(rows, env)
    say()
    say(markdown_table(["collect", "best", "peak memory"], rows))


if __name__ == "__main__":
    main()
