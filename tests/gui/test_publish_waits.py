"""The publish page never offers a stale or refused export (issue 15): while readiness refuses (the quorum unmet,
experts who may still vote before the deadline) Export is disabled with the reason, and goes ahead only with a
reason recorded in the override dialog; after a lot on the results page, the publish page shows the tie settled."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QDialogButtonBox

from tests.samples import reject_suggested
from top10_panel.domain.rules import Mode, Rules
from top10_panel.services.ballots import issue, vote
from top10_panel.services.demo import build_demo
from top10_panel.services.inbox import collect_ballot_files
from top10_panel.services.selection import import_candidates, import_experts, new_selection
from top10_panel.services.settle import record_lot_source, settle_by_lot
from top10_panel.ui.editor import collect_jobs, open_selection_window
from top10_panel.ui.editor.publish_page import PublishPage
from top10_panel.ui.editor.results_page import ResultsPage
from top10_panel.ui.editor.window import SelectionWindow
from top10_panel.ui.i18n import ENGLISH
from top10_panel.ui.settings import Context

from .editor_results_helpers import Immediate, close_boxes
from .selections import DEMO

WAIT = 30_000


class Desktop:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def open_file(self, *_: object) -> None:
        return None

    def save_file(self, *_: object) -> None:
        return None

    def choose_folder(self, *_: object) -> Path:
        return self.folder

    def open_folder(self, folder: Path) -> None:
        pass


def early(folder: Path) -> Path:
    """3 of 27 ballots in, the deadline far ahead."""
    path = folder / "early.t10"
    folder.mkdir(parents=True)
    new_selection(path, "示例评选", Rules(mode=Mode.APPROVAL, max_picks=10, deadline="2099-12-20T18:00"), year=2020)
    import_candidates(path, DEMO / "candidates-2020.csv")
    import_experts(path, DEMO / "experts.csv")
    reject_suggested(path)
    packages = sorted(issue(path, folder / "packages").packages)[:3]
    codes = [f"E{k:02d}" for k in range(1, 11)]
    collect_ballot_files(path, [vote(p, {"approve": codes}, folder / f"{p.stem}.t10vote").path for p in packages])
    return path


def test_export_waits_for_the_ballots_and_goes_ahead_only_with_a_reason(
    qtbot: QtBot, tmp_path: Path, immediate: Immediate
) -> None:
    path = early(tmp_path / "early")
    out = tmp_path / "out"
    out.mkdir()
    page = PublishPage(path)
    qtbot.addWidget(page)
    page.chooser = Desktop(out)  # type: ignore[assignment]
    page.show()
    page.choose.click()
    assert page.has_read()
    assert not page.export_button.isEnabled()
    assert "the quorum is not met: 3 of 27 experts" in page.export_button.toolTip()
    assert "may still vote before the deadline" in page.export_button.toolTip()
    assert "Exporting waits" in page.status.text() and page.go_ahead.isVisible()
    assert not page.announcement.export_button.isEnabled()

    dialog = page.open_override()
    assert dialog is not None and dialog.isVisible() and "Exporting waits" in dialog.note.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no reason, no going ahead
    dialog.reason.setText("编委会决定先行发布初步结果")
    assert ok.isEnabled()
    ok.click()
    assert page.export_button.isEnabled() and not page.go_ahead.isEnabled()
    assert "Going ahead by override: 编委会决定先行发布初步结果" in page.status.text()

    with qtbot.waitSignal(page.changed, timeout=WAIT):
        page.export_button.click()
    assert close_boxes() == []
    xlsx = out / "early-results.xlsx"
    assert xlsx.is_file()
    cells = [
        str(c) for ws in load_workbook(xlsx, read_only=True) for row in ws.iter_rows(values_only=True) for c in row
    ]
    assert any("编委会决定先行发布初步结果" in c for c in cells)  # the audit shows why it went ahead


def test_publish_shows_the_tie_settled_after_the_lot(qtbot: QtBot, context: Context, tmp_path: Path) -> None:
    demo = build_demo(tmp_path / "demo")
    context.settings.set_language(ENGLISH)
    window = open_selection_window(demo, context=context, desktop=Desktop(tmp_path))
    assert isinstance(window, SelectionWindow)
    qtbot.addWidget(window)
    window.show_page("publish")
    page = window.page("publish")
    assert isinstance(page, PublishPage)
    qtbot.waitUntil(page.has_read, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.tools.busy, timeout=WAIT)
    assert "the tie E10, S11 at the cut line is open" in page.status.text()

    window.show_page("results")
    results = window.page("results")
    assert results is not None
    record_lot_source(demo, "福彩3D 2020-12-31 开奖号码")
    settle_by_lot(demo, "2020-12-31 407", "监票人", "tie at the cut line")
    results.changed.emit()  # as the lot dialog does once the draw is recorded
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        window.show_page("publish")
    assert "Every seat is settled" in page.status.text() and "open" not in page.status.text()
    assert page.export_button.isEnabled() and not page.go_ahead.isVisible()


class Deferred:
    """A writer whose jobs run only when the test says: the page as it is while its job is on the way."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]]] = []

    def run(self, job: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[BaseException], None]) -> None:
        self.jobs.append((job, done, failed))

    def finish(self) -> None:
        while self.jobs:
            job, done, failed = self.jobs.pop(0)
            try:
                result = job()
            except Exception as error:
                failed(error)
            else:
                done(result)


def test_pages_say_they_are_reading_and_offer_nothing_meanwhile(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writer = Deferred()
    monkeypatch.setattr(collect_jobs, "runner", lambda: writer)
    demo = build_demo(tmp_path / "demo")
    publish = PublishPage(demo)
    results = ResultsPage(demo)
    for page in (publish, results):
        qtbot.addWidget(page)
        page.show()
    assert "Reading the selection" in publish.status.text() and not publish.export_button.isEnabled()
    assert "Counting the ballots" in results.state.text() and not results.lot.isEnabled()
    writer.finish()
    assert "Reading" not in publish.status.text() and publish.export_button.isEnabled()
    assert "Counting the ballots" not in results.state.text() and results.lot.isEnabled()

    results.refresh()  # a count again (after a change elsewhere): the old result offers no settling meanwhile
    assert "Counting the ballots" in results.state.text() and not results.lot.isEnabled()
    writer.finish()
    assert results.lot.isEnabled()
