"""Speed of the expert's app: from process start to the ballot window shown (a 30-candidate package), and the
search box filtering 200 candidates per keystroke (SPEC §8: the window up in under 2 s; typing stays instant).

Prints figures; never asserts times. Runs offscreen (no display needed); the packages go to a temporary folder.
Run: `uv run --no-sync python bench/bench_app_start.py`. Takes about half a minute.
"""

from __future__ import annotations

import csv
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, bytecode_cache_env, machine, markdown_table, say
from top10_panel.domain.rules import Mode, Rules
from top10_panel.services.ballots import issue
from top10_panel.services.demo import build_demo
from top10_panel.services.selection import import_candidates, import_experts, new_selection

STARTS = 5
TIMEOUT = 60.0
TYPED = ["科", "科技", "科技资", "科技资源", "科技资源共", "科技资源共享", "", "S", "S1", "S12", "S123", ""]
"""What the expert types, keystroke by keystroke (Chinese arrives through the input method a word part at a time)."""


def candidates(folder: Path, count: int) -> Path:
    """The seed's 25 candidates, then samples up to ``count``."""
    with (ROOT / "resources" / "demo" / "candidates-2020.csv").open(encoding="utf-8-sig", newline="") as source:
        rows = list(csv.reader(source))
    body = rows[1 : count + 1]
    for n in range(len(body) + 1, count + 1):
        body.append(
            [
                f"S{n:03d}",
                f"〔示例〕第{n}号候选事件：某地科技资源开放共享平台建设进展",
                f"2020-{n % 12 + 1:02d}-15",
                "〔示例〕该平台汇聚科学数据、仪器设施和生物种质资源，面向高校、科研院所和企业提供开放共享服务。" * 3,
                "某省科学技术厅",
                ("资源共享", "政策", "设施", "国际合作")[n % 4],
            ]
        )
    path = folder / f"candidates-{count}.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([rows[0], *body])
    return path


def package(folder: Path, count: int) -> Path:
    selection = folder / f"bench-{count}.t10"
    new_selection(selection, "2020年度中国科技资源管理领域十大事件", Rules(mode=Mode.APPROVAL, max_picks=10))
    import_candidates(selection, candidates(folder, count))
    import_experts(selection, ROOT / "resources" / "demo" / "experts.csv")
    return issue(selection, folder / f"packages-{count}").packages[0]


def start_once(path: Path, home: Path) -> tuple[float, float]:
    """(seconds from spawning the process to the ballot or selection window shown, as the app measured it;
    seconds to exit)."""
    env = {**(bytecode_cache_env() or os.environ)}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        TOP10_PANEL_STARTUP_PROBE="1",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        PYTHONPATH=str(ROOT / "src"),
    )
    env["TOP10_PANEL_T0"] = repr(time.time())
    begun = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "top10_panel.ui", str(path)], env=env, capture_output=True, text=True, timeout=TIMEOUT
    )
    total = time.perf_counter() - begun
    lines = [line for line in done.stdout.splitlines() if " window shown after " in line]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"the app did not report its start: {done.stderr[-2000:]}")
    return float(lines[0].split()[-2]), total


def typing(path: Path, home: Path) -> list[tuple[str, int, float]]:
    """Each keystroke's text, the rows left, and the milliseconds from the text changing to the list repainted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from top10_panel.ui.app import App, create_application
    from top10_panel.ui.i18n import Translations
    from top10_panel.ui.settings import Context, Settings

    create_application(sys.argv[:1])
    context = Context(Settings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)), home / "data")
    window = App(context, Translations()).open_package(path)
    assert window is not None
    window.confirm_close = False
    window.resize(1366, 768)
    search, table = window.list_panel.search, window.list_panel.table
    table.viewport().repaint()
    out = []
    for _ in range(3):
        for text in TYPED:
            begun = time.perf_counter()
            search.setText(text)  # the filter runs on textChanged, synchronously
            table.viewport().repaint()  # and the list is drawn again, as the next frame would
            out.append((text, window.list_panel.proxy.rowCount(), (time.perf_counter() - begun) * 1000))
    window.close()
    return out[len(TYPED) :]  # the first round warms up


def main() -> None:
    say(f"# The expert's app — {machine()}")
    with tempfile.TemporaryDirectory(prefix="top10-bench-app-") as temporary:
        folder = Path(temporary)
        small, large = package(folder, 30), package(folder, 200)
        runs = [start_once(small, folder / f"home-{n}") for n in range(STARTS)]
        shown = [r[0] for r in runs]
        say()
        say(f"Start to the ballot window shown, 30 candidates, offscreen, {STARTS} runs (first run first):")
        say(
            markdown_table(
                ["", "first", "median", "best", "worst", "process start to exit"],
                [
                    [
                        "seconds",
                        f"{shown[0]:.3f}",
                        f"{statistics.median(shown):.3f}",
                        f"{min(shown):.3f}",
                        f"{max(shown):.3f}",
                        f"{statistics.median(r[1] for r in runs):.3f}",
                    ]
                ],
            )
        )
        demo = build_demo(folder / "demo")
        editor = [start_once(demo, folder / f"home-editor-{n}")[0] for n in range(STARTS)]
        say()
        say(f"Start to the editor's window shown on the demo selection (25 candidates, 27 ballots), {STARTS} runs:")
        say(
            markdown_table(
                ["", "first", "median", "best", "worst"],
                [
                    [
                        "seconds",
                        f"{editor[0]:.3f}",
                        f"{statistics.median(editor):.3f}",
                        f"{min(editor):.3f}",
                        f"{max(editor):.3f}",
                    ]
                ],
            )
        )
        keys = typing(large, folder / "home-typing")
        times = [ms for _, _, ms in keys]
        say()
        say("Search over 200 candidates, per keystroke (filter + list repainted), two rounds of typing:")
        say(
            markdown_table(
                ["keystrokes", "median ms", "90th percentile ms", "worst ms"],
                [
                    [
                        str(len(times)),
                        f"{statistics.median(times):.2f}",
                        f"{statistics.quantiles(times, n=10)[-1]:.2f}",
                        f"{max(times):.2f}",
                    ]
                ],
            )
        )
        say(
            markdown_table(
                ["typed", "rows left", "ms"],
                [[repr(text), str(rows), f"{ms:.2f}"] for text, rows, ms in keys[: len(TYPED)]],
            )
        )


if __name__ == "__main__":
    main()
