"""The demo's tie at the cut line (E10/S11) settled by a runoff as an editor runs one: runoff packages issued from
the Results page, two experts vote in the ballot window (whose header says it is a runoff, among whom, for how many
seats), their ballot files dropped on the Collect page, the runoff counted, then exported — the workbook and the
report show the runoff's count — and verify passes. Screenshots of the new dialogs in Chinese and English."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from top10_panel.services.ballots import vote
from top10_panel.services.demo import build_demo
from top10_panel.services.inbox import collect_ballot_files
from top10_panel.services.selection import tally_selection
from top10_panel.ui.editor.collect_page import CollectPage
from top10_panel.ui.editor.publish_page import PublishPage
from top10_panel.ui.editor.results_page import ResultsPage
from top10_panel.ui.editor.results_runoff import RunoffCountDialog, RunoffIssueDialog
from top10_panel.ui.i18n import CHINESE, ENGLISH
from top10_panel.ui.settings import Context

from .conftest import Chooser, open_ballot
from .driving import click_check
from .editor_results_helpers import drop, language, screenshot

SHOTS = Path("/tmp/r16-shots")


pytestmark = pytest.mark.usefixtures("immediate")  # every page here writes on the test's thread


class Folder:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def choose_folder(self, *_: object) -> Path:
        return self.folder

    def open_folder(self, folder: Path) -> None:
        pass


def demo(tmp_path: Path) -> Path:
    return build_demo(tmp_path / "demo")  # its suggested recusals are decided, its packages issued


def issue_from_results(qtbot: QtBot, path: Path, out: Path) -> ResultsPage:
    page = ResultsPage(path)
    qtbot.addWidget(page)
    page.show()
    assert page.view is not None and [t.among for t in page.view.open_ties] == [("E10", "S11")]
    assert page.runoff_packages.isEnabled() and not page.runoff_bar.isVisible()
    dialog = page.open_runoff_packages()
    assert isinstance(dialog, RunoffIssueDialog)
    dialog.folder.setText(str(out))
    dialog.paper.setChecked(True)
    with qtbot.waitSignal(dialog.settled):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return page


def test_the_demo_tie_is_settled_by_a_runoff_voted_in_the_ballot_window(
    qtbot: QtBot, context: Context, tmp_path: Path
) -> None:
    path = demo(tmp_path)
    out = tmp_path / "runoff"
    results = issue_from_results(qtbot, path, out)
    assert len(list(out.glob("*.t10pkg"))) == 27 and (out / "demo-2020-runoff-paper-entry.xlsx").is_file()
    assert "加投选票" in PdfReader(out / "专家02-paper.pdf").pages[0].extract_text()
    assert results.runoff_bar.isVisible()
    assert "among E10, S11 for 1 seat." in results.runoff_bar.text.text()
    assert "Collect its ballots" in results.runoff_bar.text.text()
    assert not results.runoff_bar.count.isEnabled()  # no ballot yet: E10 and S11 are tied at 0

    ballots = tmp_path / "ballots"
    ballots.mkdir()
    for expert in ("专家02", "专家03"):
        window = open_ballot(qtbot, context, out / f"{expert}.t10pkg", Chooser(ballots / f"{expert}.t10vote"))
        header = window.header.runoff
        assert header.isVisible() and "E10, S11" in header.text() and "compete for 1 seat." in header.text()
        assert window.candidates.rowCount() == 2
        click_check(qtbot, window, "S11")
        qtbot.mouseClick(window.bar.submit, Qt.MouseButton.LeftButton)
        assert window.confirm_dialog is not None
        with qtbot.waitSignal(window.submitted):
            qtbot.mouseClick(window.confirm_dialog.confirm, Qt.MouseButton.LeftButton)
        window.receipt_dialog.close()  # type: ignore[union-attr]
        window.close()

    collect = CollectPage(path)
    qtbot.addWidget(collect)
    collect.show()
    assert "runoff stage 加投 终评" in collect.register_label.text() and collect.register.rowCount() == 0
    assert drop(collect, [ballots])
    assert "2 accepted, 0 rejected" in collect.outcome.text()
    assert collect.voted_model.rowCount() == 2 and collect.missing_model.rowCount() == 25
    assert tally_selection(path).result.top == ("S11",)

    results.refresh()
    assert results.runoff_bar.count.isEnabled()
    dialog = results.open_runoff_count()
    assert isinstance(dialog, RunoffCountDialog)
    assert "2 valid ballots" in dialog.note.text() and "its order: S11 > E10" in dialog.note.text()
    dialog.by.setText("编辑部")
    dialog.override.setText("加投在评审会上进行，到会专家两人")
    with qtbot.waitSignal(dialog.settled):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    view = results.view
    assert view is not None and view.stage_kind == "final" and not view.open_ties
    assert not results.runoff_bar.isVisible()
    assert [s.rule for s in view.steps] == ["runoff"] and view.steps[0].order == (("S11",), ("E10",))
    seated = [r.code for r in view.rows if r.status == "seat"]
    assert "S11" in seated and "E10" not in seated

    publish = PublishPage(path)
    qtbot.addWidget(publish)
    publish.show()
    published = tmp_path / "published"
    published.mkdir()
    publish.chooser = Folder(published)  # type: ignore[assignment]
    qtbot.mouseClick(publish.choose, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(publish.changed):
        qtbot.mouseClick(publish.export_button, Qt.MouseButton.LeftButton)
    workbook_path, report_path = (p for p, _ in publish.files.files())
    cells = [
        str(cell)
        for sheet in load_workbook(workbook_path, read_only=True).worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    ]
    assert any("runoff stage 加投 终评: 2 valid ballots" in c and "S11 2, E10 0" in c for c in cells)
    report = "".join(page.extract_text() for page in PdfReader(report_path).pages).replace("\n", "")
    assert "加投" in report and "S11 2, E10 0" in report
    runoffs = load_workbook(workbook_path, read_only=True)["加投"]
    rows = [tuple(c for c in row if c is not None) for row in runoffs.iter_rows(values_only=True)]
    assert rows[0] == ("加投 终评：E10、S11 争 1 席，有效票 2 张",)
    assert ("S11", "2") in rows and ("E10", "0") in rows
    assert ("专家02", "S11") in rows and ("专家03", "S11") in rows
    assert "加投终评：E10、S11争1席，有效票2张" in report.replace(" ", "")
    qtbot.mouseClick(publish.verify_button, Qt.MouseButton.LeftButton)
    found = [
        (publish.checks.index(r, 0).data(), publish.checks.index(r, 1).data()) for r in range(publish.checks.rowCount())
    ]
    assert found and all(ok == "✓" for ok, _ in found), found
    assert "verified" in publish.verdict.text() or "follows" in publish.verdict.text()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_screenshots(qtbot: QtBot, context: Context, tmp_path: Path, lang: str) -> None:
    path = demo(tmp_path)
    out = tmp_path / "runoff"
    with language(CHINESE if lang == "zh" else ENGLISH):
        page = ResultsPage(path)
        qtbot.addWidget(page)
        page.show()
        dialog = page.open_runoff_packages()
        assert isinstance(dialog, RunoffIssueDialog)
        if lang == "zh":
            assert dialog.windowTitle() == "加投选票包"
        assert dialog.grab().save(str(SHOTS / f"runoff-issue-{lang}.png"))
        dialog.folder.setText(str(out))
        with qtbot.waitSignal(dialog.settled):
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        screenshot(page, f"runoff-results-{lang}", SHOTS)
        cast = [
            vote(out / f"{e}.t10pkg", {"approve": ["S11"]}, tmp_path / f"{e}.t10vote").path
            for e in ("专家02", "专家03")
        ]
        collect_ballot_files(path, cast)
        page.refresh()
        count = page.open_runoff_count()
        assert isinstance(count, RunoffCountDialog)
        assert count.grab().save(str(SHOTS / f"runoff-count-{lang}.png"))
        count.reject()
        context.settings.set_language(CHINESE if lang == "zh" else ENGLISH)
        window = open_ballot(qtbot, context, out / "专家02.t10pkg")
        if lang == "zh":
            assert window.header.runoff.text().startswith("加投（同票重投）：E10、S11")
        window.resize(1366, 768)
        assert window.grab().save(str(SHOTS / f"runoff-ballot-{lang}.png"))
