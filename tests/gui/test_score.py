"""Score mode driven as an expert would: typing a score in the list, the score box of the detail pane, 0 apart from
'not scored', the recused candidate; then the ballot file, accepted by the selection."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from top10_panel.domain.rules import Mode
from top10_panel.exchange.ballot_files import read_ballot
from top10_panel.services.inbox import collect_ballot_files
from top10_panel.ui.expert.candidates import COL_MARK
from top10_panel.ui.settings import Context

from .conftest import Chooser, open_ballot
from .driving import click_row, proxy_index
from .selections import Made

pytestmark = pytest.mark.parametrize("selection", [Mode.SCORE], indirect=True)
EXPERT = "专家18"  # recused from E10


def test_scores_typed_in_the_list_and_in_the_detail_pane(qtbot: QtBot, context: Context, selection: Made) -> None:
    window = open_ballot(qtbot, context, selection.package(EXPERT))
    assert "score from 0–10" in window.header.rules.text()
    assert window.candidates.headerData(COL_MARK, Qt.Orientation.Horizontal) == "Score"
    table = window.list_panel.table
    click_row(qtbot, table, proxy_index(window, "E01"))
    qtbot.keyClick(table, Qt.Key.Key_8)  # typing a number in the list edits the current candidate's score
    editor = table.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: window.vote() == {"score": {"E01": "8"}})
    assert proxy_index(window, "E01", COL_MARK).data() == "8"

    click_row(qtbot, table, proxy_index(window, "E02"))
    spin = window.detail.score
    assert spin is not None and spin.specialValueText() == "not scored" and spin.text() == "not scored"
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "7.5")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert window.vote() == {"score": {"E01": "8", "E02": "7.5"}}

    click_row(qtbot, table, proxy_index(window, "E03"))
    qtbot.keyClick(table, Qt.Key.Key_0)
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vote()["score"].get("E03") == "0")  # a 0 is a score
    assert proxy_index(window, "E04", COL_MARK).data() == "—"  # not scored is shown apart from 0
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "E03" not in window.vote()["score"]

    click_row(qtbot, table, proxy_index(window, "E01"))
    assert spin.score() == "8"  # the detail pane follows the list
    qtbot.mouseClick(window.detail.clear_button, Qt.MouseButton.LeftButton)
    assert window.vote() == {"score": {"E02": "7.5"}}
    assert window.bar.counter.text() == "Scored 1 / 24"

    click_row(qtbot, table, proxy_index(window, "E10"))
    assert not spin.isEnabled()
    assert not proxy_index(window, "E10", COL_MARK).flags() & Qt.ItemFlag.ItemIsEditable


def test_submit_writes_the_scores_the_selection_accepts(
    qtbot: QtBot, context: Context, selection: Made, tmp_path: Path
) -> None:
    ballot = tmp_path / "score.t10vote"
    window = open_ballot(qtbot, context, selection.package(EXPERT), Chooser(ballot))
    table = window.list_panel.table
    for code, keys in (("E03", "9.5"), ("S21", "10"), ("E01", "0")):
        click_row(qtbot, table, proxy_index(window, code))
        qtbot.keyClicks(table, keys[0])
        qtbot.keyClicks(table.focusWidget(), keys[1:])
        qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda code=code: code in window.vote().get("score", {}))
    assert window.vote() == {"score": {"E01": "0", "E03": "9.5", "S21": "10"}}
    qtbot.mouseClick(window.bar.submit, Qt.MouseButton.LeftButton)
    dialog = window.confirm_dialog
    assert dialog is not None
    assert "E03" in dialog.choices.toPlainText() and "score 9.5" in dialog.choices.toPlainText()
    assert "You scored 3 of the 24 candidates" in dialog.warnings.text()
    with qtbot.waitSignal(window.submitted):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    written, _ = read_ballot(ballot)
    assert written.vote == {"score": {"E01": "0", "E03": "9.5", "S21": "10"}}
    assert collect_ballot_files(selection.selection, [ballot]).accepted == 1
    assert window.receipt_dialog is not None
    window.receipt_dialog.close()


def test_a_score_the_scale_does_not_allow_is_refused_in_place(qtbot: QtBot, context: Context, selection: Made) -> None:
    """On 0–10 in half points "11" and "8.25" are refused where they were typed, with the reason; nothing is
    rounded or cut ("11" never becomes 1, "8.25" never 8.2), and the score kept is the one the expert had."""
    window = open_ballot(qtbot, context, selection.package(EXPERT))
    table = window.list_panel.table
    notice = window.list_panel.notice
    click_row(qtbot, table, proxy_index(window, "E01"))
    qtbot.keyClick(table, Qt.Key.Key_1)  # typing a number in the list opens the score's editor with it
    editor = table.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_1)
    assert editor.lineEdit().text() == "11"  # type: ignore[attr-defined]  # kept as typed
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert notice.isVisible() and "11 is off the scale" in notice.text() and "0 to 10" in notice.text()
    assert table.state() == table.State.EditingState and table.focusWidget() is editor  # still there, to retype
    assert "E01" not in window.vote().get("score", {})
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "8.25")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "8.25 is not allowed" in notice.text() and "steps of 0.5 (8 or 8.5)" in notice.text()
    assert "E01" not in window.vote().get("score", {})
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "8.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vote() == {"score": {"E01": "8.5"}})
    assert not notice.isVisible()

    spin = window.detail.score
    assert spin is not None and spin.score() == "8.5"
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "11")
    assert spin.lineEdit().text() == "11"
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert window.detail.score_notice.isVisible() and "11 is off the scale" in window.detail.score_notice.text()
    assert window.vote() == {"score": {"E01": "8.5"}} and spin.score() == "8.5"  # not 1, not 10
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "7")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert window.vote() == {"score": {"E01": "7"}} and not window.detail.score_notice.isVisible()
