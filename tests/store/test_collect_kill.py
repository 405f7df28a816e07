"""Collecting 400 ballot files killed at random moments: the register gets all of them or none (SPEC §4 'a crash
at any moment leaves the file consistent', §8 'Safe'), and collecting again stores them all."""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from tests.samples import reject_suggested
from top10_panel.domain.rules import Mode, Rules
from top10_panel.services.ballots import issue, vote
from top10_panel.services.inbox import collect_ballot_files
from top10_panel.services.selection import import_candidates, import_experts, new_selection
from top10_panel.store import events
from top10_panel.store.database import open_selection

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
SCRIPT = Path(sys.executable).parent / "top10-panel"
EXPERTS = 400
KILLS = 30
CODES = ["E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09", "E10", "S11", "S12"]


def _state(path: Path) -> tuple[str, int, Counter[str]]:
    connection = sqlite3.connect(path)  # a hot journal left by the kill is rolled back here, as on any open
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        count = connection.execute("SELECT count(*) FROM ballot").fetchone()[0]
        kinds = Counter(row[0] for row in connection.execute("SELECT kind FROM event"))
    finally:
        connection.close()
    return integrity, count, kinds


def _log_problems(path: Path) -> list[str]:
    with open_selection(path, write=False) as selection, selection.read() as session:
        return events.verify(session)


def _collect_again(path: Path, files: list[Path]) -> tuple[int, int, int, tuple[str, int, int], list[str]]:
    """Collect the files into a killed run's copy: (accepted, unchanged, anything else, state, log problems)."""
    done = collect_ballot_files(path, files)
    integrity, count, kinds = _state(path)
    others = done.rejected + done.late + done.superseded
    return done.accepted, done.unchanged, others, (integrity, count, kinds["ballots collected"]), _log_problems(path)


def _environment(cache: Path) -> dict[str, str]:
    """Child processes keep their bytecode in ``cache`` (nothing in .venv is touched), so that a run spends its time
    collecting rather than compiling the libraries, as on a user's machine."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def _collect(path: Path, folder: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [str(SCRIPT), "collect", str(path), str(folder)], capture_output=True, text=True, encoding="utf-8", env=env
    )
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"ballot files: {EXPERTS} accepted, 0 rejected"), done.stdout
    return elapsed


def test_killed_collects_leave_all_or_nothing(tmp_path: Path) -> None:
    """SIGKILL `collect` of 400 ballot files at a random moment of its run, 30 times: never a damaged file, never
    part of the ballots; collecting again afterwards stores all 400."""
    base = tmp_path / "base.t10"
    new_selection(base, "中断测试", Rules(mode=Mode.APPROVAL))
    import_candidates(base, DEMO / "candidates-2020.csv")
    experts = tmp_path / "experts.csv"
    experts.write_text("姓名,单位\n" + "".join(f"专家{k:04d},单位{k % 37}\n" for k in range(1, EXPERTS + 1)), "utf-8")
    import_experts(base, experts)
    reject_suggested(base)
    issued = issue(base, tmp_path / "packages")
    folder = tmp_path / "ballots"
    for k, package in enumerate(issued.packages):
        vote(package, {"approve": CODES[: k % 11]} if k % 11 else {}, folder / f"{package.stem}.t10vote")
    files = sorted(folder.iterdir())
    assert len(files) == EXPERTS
    env = _environment(tmp_path / "pycache")

    _collect(shutil.copyfile(base, tmp_path / "warm.t10"), folder, env)  # fills the bytecode cache
    duration = _collect(shutil.copyfile(base, tmp_path / "timed.t10"), folder, env)

    rng = random.Random(2020)
    outcomes: Counter[str] = Counter()
    killed = []
    for attempt in range(KILLS):
        path = tmp_path / "runs" / f"{attempt:02d}.t10"
        path.parent.mkdir(exist_ok=True)
        shutil.copyfile(base, path)
        process = subprocess.Popen(
            [str(SCRIPT), "collect", str(path), str(folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        time.sleep(rng.uniform(0, duration))
        process.kill()
        process.wait()
        journal = path.with_name(path.name + "-journal")
        hot = journal.exists() and journal.stat().st_size > 0
        integrity, count, kinds = _state(path)
        assert integrity == "ok", f"attempt {attempt}: {integrity}"
        assert count in (0, EXPERTS), f"attempt {attempt}: {count} of {EXPERTS} ballots stored"
        assert kinds["ballots collected"] == (1 if count else 0), f"attempt {attempt}: the log and the ballots differ"
        outcome = "after the commit" if count else ("inside the transaction" if hot else "before any write")
        outcomes[outcome] += 1
        killed.append(path)

    # Collecting again, in two worker processes to keep the test short: every copy gets all the ballots.
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        for path, (accepted, unchanged, others, state, problems) in zip(
            killed, pool.map(_collect_again, killed, [files] * len(killed)), strict=True
        ):
            assert others == 0 and accepted + unchanged == EXPERTS, (path.name, accepted, unchanged, others)
            assert state == ("ok", EXPERTS, 2 if unchanged else 1), path.name
            assert problems == [], path.name
    print(f"\ncollect of {EXPERTS} files takes {duration:.2f} s; {KILLS} kills landed: {dict(outcomes)}")
    assert outcomes["inside the transaction"] >= 5, f"too few kills landed during the collect: {dict(outcomes)}"
