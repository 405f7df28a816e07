"""Score criteria in the ballot window: a score per criterion of each candidate typed in the list, the weighted
score beside them, a warning before submitting a partly scored candidate, and the ballot file the selection takes."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from top10_panel.domain.rules import Mode, Rules
from top10_panel.exchange.ballot_files import read_ballot
from top10_panel.services.inbox import collect_ballot_files
from top10_panel.ui.expert.candidates import COL_MARK, COLUMNS
from top10_panel.ui.settings import Context

from .conftest import Chooser, open_ballot
from .driving import click_row, proxy_index
from .selections import Made, make

CRITERIA = (("创新性", Fraction(2, 5)), ("影响力", Fraction(2, 5)), ("代表性", Fraction(1, 5)))
EXPERT = "专家18"  # recused from E10


@pytest.fixture(scope="module")
def criteria_selection(tmp_path_factory: pytest.TempPathFactory) -> Made:
    return make(tmp_path_factory.mktemp("criteria"), Rules(mode=Mode.SCORE, criteria=CRITERIA, normalise="z"))


def _type(qtbot: QtBot, window, code: str, column: int, keys: str) -> None:  # type: ignore[no-untyped-def]
    table = window.list_panel.table
    click_row(qtbot, table, proxy_index(window, code, column))
    qtbot.keyClicks(table, keys[0])
    editor = table.focusWidget()
    if keys[1:]:
        qtbot.keyClicks(editor, keys[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # committed on the next turn of the loop


def test_each_criterion_is_scored_and_a_partly_scored_candidate_is_warned_of(
    qtbot: QtBot, context: Context, criteria_selection: Made, tmp_path: Path
) -> None:
    made = criteria_selection.copy_to(tmp_path / "selection")
    ballot = tmp_path / "criteria.t10vote"
    window = open_ballot(qtbot, context, made.package(EXPERT), Chooser(ballot))
    model = window.candidates
    assert [model.headerData(COLUMNS + k, Qt.Orientation.Horizontal) for k in range(3)] == [
        "创新性 40%",
        "影响力 40%",
        "代表性 20%",
    ]
    assert model.headerData(COL_MARK, Qt.Orientation.Horizontal) == "Weighted score"
    assert window.detail.score is None  # the list holds a box per criterion
    for column, keys in ((COLUMNS, "8"), (COLUMNS + 1, "7"), (COLUMNS + 2, "9")):
        _type(qtbot, window, "E01", column, keys)
    qtbot.waitUntil(lambda: window.vote() == {"score": {"E01": {"创新性": "8", "影响力": "7", "代表性": "9"}}})
    assert proxy_index(window, "E01", COL_MARK).data() == "7.8"  # 0.4·8 + 0.4·7 + 0.2·9
    assert not proxy_index(window, "E01", COL_MARK).flags() & Qt.ItemFlag.ItemIsEditable
    _type(qtbot, window, "E02", COLUMNS, "6.5")
    qtbot.waitUntil(lambda: "E02" in window.vote().get("score", {}))
    assert proxy_index(window, "E02", COL_MARK).data() == "partly scored"
    assert window.bar.counter.text() == "Scored 1 / 24"  # only the fully scored candidate counts
    assert not proxy_index(window, "E10", COLUMNS).flags() & Qt.ItemFlag.ItemIsEditable  # recused

    qtbot.mouseClick(window.bar.submit, Qt.MouseButton.LeftButton)
    dialog = window.confirm_dialog
    assert dialog is not None
    assert "E02: scored on some criteria only" in dialog.warnings.text()
    assert "7.8 (创新性 8, 影响力 7, 代表性 9)" in dialog.choices.toPlainText()
    with qtbot.waitSignal(window.submitted):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    written, _ = read_ballot(ballot)
    assert written.vote == {"score": {"E01": {"创新性": "8", "影响力": "7", "代表性": "9"}, "E02": {"创新性": "6.5"}}}
    assert collect_ballot_files(made.selection, [ballot]).accepted == 1
    assert window.receipt_dialog is not None
    window.receipt_dialog.close()


def test_the_draft_of_criterion_scores_is_restored(qtbot: QtBot, context: Context, criteria_selection: Made) -> None:
    window = open_ballot(qtbot, context, criteria_selection.package("专家05"))
    _type(qtbot, window, "E03", COLUMNS + 1, "5")
    qtbot.waitUntil(lambda: window.vote() == {"score": {"E03": {"影响力": "5"}}})
    window.save_draft()
    window.close()
    again = open_ballot(qtbot, context, criteria_selection.package("专家05"))
    assert again.vote() == {"score": {"E03": {"影响力": "5"}}}
