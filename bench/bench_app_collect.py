"""Collecting 1,000 signed ballot files through the app's collection page: how long it takes, how often the progress
moves, how long the UI thread is ever kept from its events, and what Cancel leaves behind (nothing).

Prints figures; never asserts times. Uses bench_collect's 1,000 ballot files (bench/data/, written when missing).
Run: `uv run --no-sync python bench/bench_app_collect.py` (offscreen unless QT_QPA_PLATFORM says otherwise).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QPushButton  # noqa: E402

from bench_collect import FILES, WORK, ballot_files  # noqa: E402
from common import machine, say, seconds  # noqa: E402
from top10_panel.ui.editor import collect_jobs  # noqa: E402
from top10_panel.ui.editor.collect_page import CollectPage  # noqa: E402

TICK_MS = 10
"""The UI thread's heartbeat: a timer this often; the longest gap between its ticks is the worst stall."""
CANCEL_AT = 300


@dataclass
class Run:
    seconds: float = 0.0
    progress: list[int] = field(default_factory=list)
    ticks: list[float] = field(default_factory=list)
    outcome: object = None

    @property
    def worst_stall(self) -> float:
        gaps = [b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False)]
        return max(gaps, default=0.0)


def stored(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM ballot").fetchone()[0])


def wait_for(signal: object, loop: QEventLoop) -> None:
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    loop.exec()
    signal.disconnect(loop.quit)  # type: ignore[attr-defined]


def collect(page: CollectPage, folder: Path, cancel_at: int | None = None) -> Run:
    run = Run()
    heartbeat = QTimer()
    heartbeat.setInterval(TICK_MS)
    heartbeat.timeout.connect(lambda: run.ticks.append(time.perf_counter()))

    def moved(done: int, total: int) -> None:
        run.progress.append(done)
        if cancel_at is not None and done >= cancel_at and page.progress is not None:
            button = page.progress.findChild(QPushButton)
            if button is not None and button.isEnabled():
                button.click()  # the editor presses Cancel

    page.started.connect(lambda progress: progress.moved.connect(moved))
    page.collected.connect(lambda dropped: setattr(run, "outcome", dropped))
    loop = QEventLoop()
    heartbeat.start()
    started = time.perf_counter()
    page.collect([folder])
    wait_for(page.collected, loop)
    run.seconds = time.perf_counter() - started
    heartbeat.stop()
    page.started.disconnect()
    page.collected.disconnect()
    wait_for(page.loaded, loop)  # the page reads the register again
    return run


def main() -> None:
    app = QApplication.instance() or QApplication([])
    base, ballots = ballot_files()
    say(f"== {FILES:,} signed ballot files through the collection page ({machine()})")
    loop = QEventLoop()
    for label, cancel_at in (("whole collect", None), (f"cancel after {CANCEL_AT} files", CANCEL_AT)):
        target = WORK / f"app-{'cancel' if cancel_at else 'whole'}.t10"
        shutil.copyfile(base, target)
        page = CollectPage(target)
        page.resize(1366, 768)
        page.show()
        wait_for(page.loaded, loop)
        run = collect(page, ballots, cancel_at)
        moves = len(run.progress)
        say(f"\n{label}: {seconds(run.seconds)} from the drop to the outcome on screen")
        first, last = (run.progress[0], run.progress[-1]) if moves else ("-", "-")
        say(f"  progress moved {moves} times ({first} … {last})")
        say(f"  UI heartbeat every {TICK_MS} ms: {len(run.ticks)} ticks, longest gap {run.worst_stall * 1000:.0f} ms")
        say(f"  outcome: {page.outcome.text()}")
        say(f"  ballots stored: {stored(target)}; register rows shown: {page.register.rowCount()}")
        page.close()
        page.deleteLater()
    collect_jobs.shutdown()
    del app


if __name__ == "__main__":
    main()
