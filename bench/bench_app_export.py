"""Exporting through the app's Publish page against the command, on the same selection (bench_export's 60
candidates and 1,000 ballots): from the click to the files listed on the page, and the whole `top10-panel export`
process. Each run exports a fresh copy, alternating app and command so that the machine's load falls on both alike.

Prints figures and their ratio; never asserts times. Run: `uv run --no-sync python bench/bench_app_export.py`
(offscreen unless QT_QPA_PLATFORM says otherwise). Takes about a minute.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench_export import WORK, selection  # noqa: E402
from common import COMMAND, bytecode_cache_env, load, machine, run_child, say, seconds  # noqa: E402
from top10_panel.ui.editor import collect_jobs  # noqa: E402
from top10_panel.ui.editor.publish_page import PublishPage  # noqa: E402

REPEAT = 5


def through_the_page(k: int) -> float:
    target = WORK / f"app{k}.t10"
    shutil.copyfile(selection(), target)
    out = WORK / f"app{k}-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    page = PublishPage(target)
    page.resize(1366, 768)
    page.show()
    loop = QEventLoop()
    ready = QTimer()
    ready.timeout.connect(lambda: page.export_button.isEnabled() and loop.quit())
    ready.start(5)
    loop.exec()  # the page has read the selection's state: Export is offered
    ready.stop()
    page.folder.setText(str(out))
    done: list[float] = []
    page.exported.connect(lambda _: (done.append(time.perf_counter()), loop.quit()))
    started = time.perf_counter()
    page.export_button.click()
    loop.exec()
    assert done and page.files.files(), "the page listed no file"
    page.close()
    page.deleteLater()
    return done[0] - started


def by_the_command(k: int, env: dict[str, str] | None) -> float:
    target = WORK / f"cmd{k}.t10"
    shutil.copyfile(selection(), target)
    elapsed, _ = run_child([COMMAND, "export", target], memory=False, env=env)
    return elapsed


def main() -> None:
    app = QApplication.instance() or QApplication([])
    say(f"machine: {machine()}")
    say(load())
    env = bytecode_cache_env()
    selection()
    through_the_page(-1)  # the page's first export imports the writers: a user's first export pays it once
    page_times, command_times = [], []
    for k in range(REPEAT):
        page_times.append(through_the_page(k))
        command_times.append(by_the_command(k, env))
    page, command = statistics.median(page_times), statistics.median(command_times)
    say(f"\n== export, workbook and PDF report, {REPEAT} runs each")
    say(f"through the Publish page: median {seconds(page)} ({', '.join(seconds(t) for t in page_times)})")
    say(f"`top10-panel export`: median {seconds(command)} ({', '.join(seconds(t) for t in command_times)})")
    say(f"app / command: {page / command:.2f}×")
    collect_jobs.shutdown()
    del app


if __name__ == "__main__":
    main()
