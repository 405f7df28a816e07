"""Dialogs and combo boxes sized to what they hold (issue 15): the ballot receipt shows its last paragraph without a
scroll bar, the late-ballot dialog is wide enough for its hints, the results page's method combo shows the longest
method name in full, in Chinese and in English. (At 200 % the same sizes follow from the font: the screenshots
taken with QT_SCALE_FACTOR=2 were looked at.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from top10_panel.services.demo import build_demo
from top10_panel.ui.editor.collect_dialogs import LateBallotDialog
from top10_panel.ui.editor.results_page import ResultsPage
from top10_panel.ui.i18n import CHINESE, ENGLISH, Translations
from top10_panel.ui.settings import Context

from .conftest import Chooser, open_ballot
from .driving import click_check
from .editor_results_helpers import Immediate
from .selections import Made

LANGUAGES = [CHINESE, ENGLISH]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_receipt_shows_all_of_itself(
    qtbot: QtBot, context: Context, selection: Made, tmp_path: Path, language: str
) -> None:
    context.settings.set_language(language)
    Translations().apply(language)
    ballot = tmp_path / "专家18.t10vote"
    window = open_ballot(qtbot, context, selection.package("专家18"), Chooser(ballot))
    for code in ("E01", "E03"):
        click_check(qtbot, window, code)
    qtbot.mouseClick(window.bar.submit, Qt.MouseButton.LeftButton)
    assert window.confirm_dialog is not None
    with qtbot.waitSignal(window.submitted):
        qtbot.mouseClick(window.confirm_dialog.confirm, Qt.MouseButton.LeftButton)
    receipt = window.receipt_dialog
    assert receipt is not None
    qtbot.waitExposed(receipt)
    assert receipt.text.verticalScrollBar().maximum() == 0, "a part of the receipt hides behind the scroll bar"
    assert receipt.text.horizontalScrollBar().maximum() == 0
    receipt.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_late_ballot_dialog_fits_its_hints(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    Translations().apply(language)
    dialog = LateBallotDialog(tmp_path / "x.t10", ("专家07", "专家26"), Immediate())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    metrics = dialog.fontMetrics()
    for field in (dialog.by, dialog.reason):
        assert field.width() > metrics.horizontalAdvance(field.placeholderText()), field.placeholderText()
    assert dialog.note.width() >= metrics.averageCharWidth() * 60  # the note in a few lines, not a column
    assert dialog.note.height() <= metrics.lineSpacing() * 4 + 8


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_method_combo_shows_every_name_in_full(
    qtbot: QtBot, tmp_path: Path, immediate: Immediate, language: str
) -> None:
    Translations().apply(language)
    demo = build_demo(tmp_path / "demo")
    page = ResultsPage(demo)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()  # shown empty first: filled once the selection is read
    qtbot.waitUntil(page.has_read)
    combo = page.methods
    assert combo.count() >= 1
    metrics = combo.fontMetrics()
    widest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert combo.sizeHint().width() > widest, [combo.itemText(i) for i in range(combo.count())]
    qtbot.waitUntil(lambda: combo.width() > widest)  # once the layout has taken the new size hint
