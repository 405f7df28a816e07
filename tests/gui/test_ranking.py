"""Ranking mode driven as an expert would: Enter and the buttons, drags between and within the two lists,
Ctrl+Up/Down and Delete, the limit, the recused candidate; then the ballot file, accepted by the selection."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from top10_panel.domain.rules import Mode
from top10_panel.exchange.ballot_files import read_ballot
from top10_panel.services.inbox import collect_ballot_files
from top10_panel.ui.expert.window import BallotWindow
from top10_panel.ui.settings import Context

from .conftest import Chooser, open_ballot
from .driving import above, below_all, click_row, drag, proxy_index
from .selections import Made

pytestmark = pytest.mark.parametrize("selection", [Mode.RANKING], indirect=True)
EXPERT = "专家18"  # recused from E10


def ranked(window: BallotWindow) -> list[str]:
    assert window.ranked is not None
    return window.ranked.codes()


def test_keys_and_buttons_rank_move_and_remove(qtbot: QtBot, context: Context, selection: Made) -> None:
    window = open_ballot(qtbot, context, selection.package(EXPERT))
    assert window.ranking is not None
    assert "Rank up to 10 of the 25 candidates, 1 = best" in window.header.rules.text()
    table, view = window.list_panel.table, window.ranking.view
    click_row(qtbot, table, proxy_index(window, "E03"))
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter ranks the current candidate
    assert ranked(window) == ["E03"]
    assert not proxy_index(window, "E03").isValid()  # the ranked leave the unranked list
    click_row(qtbot, table, proxy_index(window, "E01"))
    qtbot.mouseClick(window.ranking.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # the next candidate became current: E02
    assert ranked(window) == ["E03", "E01", "E02"]
    assert window.bar.counter.text() == "Ranked 3 / 10"

    click_row(qtbot, view, window.ranked.index(2))  # E02
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert ranked(window) == ["E02", "E03", "E01"]
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert ranked(window) == ["E03", "E02", "E01"]
    assert view.currentIndex().data(257) == "E02"  # the moved candidate stays current
    qtbot.mouseClick(window.ranking.down_button, Qt.MouseButton.LeftButton)
    assert ranked(window) == ["E03", "E01", "E02"]
    qtbot.mouseClick(window.ranking.up_button, Qt.MouseButton.LeftButton)
    assert ranked(window) == ["E03", "E02", "E01"]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert ranked(window) == ["E03", "E01"]
    assert proxy_index(window, "E02").isValid()  # back among the unranked
    click_row(qtbot, view, window.ranked.index(0))
    qtbot.mouseClick(window.ranking.remove_button, Qt.MouseButton.LeftButton)
    assert ranked(window) == ["E01"]
    assert window.vote() == {"rank": {"E01": 1}}
    option = QStyleOptionViewItem()
    window.ranking.view.itemDelegate().initStyleOption(option, window.ranked.index(0))
    assert option.text.startswith("1.  E01")  # the rank is drawn with the candidate


def test_drag_and_drop_between_and_within_the_lists(qtbot: QtBot, context: Context, selection: Made) -> None:
    window = open_ballot(qtbot, context, selection.package(EXPERT))
    assert window.ranking is not None
    table, view = window.list_panel.table, window.ranking.view
    drag(qtbot, table, proxy_index(window, "E05"), view, below_all(view))
    drag(qtbot, table, proxy_index(window, "E07"), view, below_all(view))
    drag(qtbot, table, proxy_index(window, "S11"), view, above(view, 0))  # before the first: S11 becomes 1
    assert ranked(window) == ["S11", "E05", "E07"]
    drag(qtbot, view, window.ranked.index(2), view, above(view, 1))  # within: E07 up between S11 and E05
    assert ranked(window) == ["S11", "E07", "E05"]
    drag(qtbot, view, window.ranked.index(0), view, below_all(view))  # within: S11 to the end
    assert ranked(window) == ["E07", "E05", "S11"]
    drag(qtbot, view, window.ranked.index(1), table, table.visualRect(proxy_index(window, "E01")).center())
    assert ranked(window) == ["E07", "S11"]  # dragged out of the ranking: unranked again
    assert proxy_index(window, "E05").isValid()
    assert window.vote() == {"rank": {"E07": 1, "S11": 2}}


def test_limit_and_recusal_are_refused_with_a_reason(qtbot: QtBot, context: Context, selection: Made) -> None:
    window = open_ballot(qtbot, context, selection.package(EXPERT))
    table = window.list_panel.table
    click_row(qtbot, table, proxy_index(window, "E10"))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert ranked(window) == []
    assert "recused from E10" in window.bar.notice.text() and not window.bar.notice.isHidden()
    assert window.statusBar().currentMessage() == ""  # in place under the lists, not for ten seconds down there
    click_row(qtbot, table, proxy_index(window, "E01"))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.bar.notice.isHidden()  # a rank taken: the refusal has been read
    for code in ("E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09", "S11"):
        click_row(qtbot, table, proxy_index(window, code))
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert len(ranked(window)) == 10 and window.bar.counter.text() == "Ranked 10 / 10"
    click_row(qtbot, table, proxy_index(window, "S12"))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert "S12" not in ranked(window)
    assert "the most the rules allow" in window.bar.notice.text()


def test_submit_writes_the_ranks_the_selection_accepts(
    qtbot: QtBot, context: Context, selection: Made, tmp_path: Path
) -> None:
    ballot = tmp_path / "rank.t10vote"
    window = open_ballot(qtbot, context, selection.package(EXPERT), Chooser(ballot))
    table = window.list_panel.table
    for code in ("E03", "E01", "S21"):
        click_row(qtbot, table, proxy_index(window, code))
        qtbot.keyClick(table, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.draftSaved):
        qtbot.mouseClick(window.bar.submit, Qt.MouseButton.LeftButton)
    dialog = window.confirm_dialog
    assert dialog is not None
    lines = dialog.choices.toPlainText().splitlines()
    assert [line.split()[0] for line in lines if line.strip()] == ["1.", "2.", "3."] or "E03" in lines[0]
    assert "You ranked 3 of up to 10" in dialog.warnings.text()
    with qtbot.waitSignal(window.submitted):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    written, _ = read_ballot(ballot)
    assert written.vote == {"rank": {"E03": 1, "E01": 2, "S21": 3}}
    assert collect_ballot_files(selection.selection, [ballot]).accepted == 1
    assert window.receipt_dialog is not None
    window.receipt_dialog.close()


def test_the_ranking_comes_back_from_the_draft(qtbot: QtBot, context: Context, selection: Made) -> None:
    package = selection.package(EXPERT)
    window = open_ballot(qtbot, context, package)
    table = window.list_panel.table
    for code in ("S21", "E02"):
        with qtbot.waitSignal(window.draftSaved):
            click_row(qtbot, table, proxy_index(window, code))
            qtbot.keyClick(table, Qt.Key.Key_Return)
    window.close()
    again = open_ballot(qtbot, context, package)
    assert ranked(again) == ["S21", "E02"]
    assert not proxy_index(again, "S21").isValid()
