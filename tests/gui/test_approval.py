"""Approval mode driven as an expert would: ticks by mouse and keyboard, the limit, search and category, the check
before submitting, the ballot file (accepted by the selection), the receipt and its PDF, and a revision."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from top10_panel.domain.rules import Mode, Rules
from top10_panel.exchange.ballot_files import read_ballot
from top10_panel.services.drafts import load_draft
from top10_panel.services.inbox import collect_ballot_files
from top10_panel.ui.expert.candidates import COL_MARK
from top10_panel.ui.settings import Context

from .conftest import Chooser, open_ballot
from .driving import click_check, click_row, proxy_index, type_text
from .selections import Made, make

EXPERT = "专家18"  # recused from E10


def test_the_window_says_the_rules_and_shows_the_recused_candidate_disabled(
    qtbot: QtBot, context: Context, selection: Made
) -> None:
    window = open_ballot(qtbot, context, selection.package(EXPERT))
    rules = window.header.rules.text()
    assert "at most 10 of the 25 candidates" in rules and "E10" in rules
    assert window.header.title.text() == "2020年度中国科技资源管理领域十大事件"
    e10 = proxy_index(window, "E10", COL_MARK)
    assert e10.data() == "Recused"
    assert not e10.flags() & Qt.ItemFlag.ItemIsUserCheckable
    click_row(qtbot, window.list_panel.table, e10)
    assert "Recused" in window.detail.text.toPlainText()
    click_check(qtbot, window, "E10")
    assert window.vote() == {}
    assert window.bar.counter.text() == "Picked 0 / 10"


def test_ticks_stop_at_the_limit_and_say_why(qtbot: QtBot, context: Context, selection: Made) -> None:
    window = open_ballot(qtbot, context, selection.package(EXPERT))
    picks = ["E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09", "S11"]
    for code in picks[:5]:
        click_check(qtbot, window, code)
    table = window.list_panel.table
    for code in picks[5:]:  # the keyboard: the row current, Space ticks it
        click_row(qtbot, table, proxy_index(window, code))
        qtbot.keyClick(table, Qt.Key.Key_Space)
    assert window.vote() == {"approve": picks}
    assert window.bar.counter.text() == "Picked 10 / 10"
    click_check(qtbot, window, "S12")
    assert window.vote() == {"approve": picks}
    assert "the most the rules allow" in window.bar.notice.text()
    click_check(qtbot, window, "E05")  # untick one: now another may be picked
    click_check(qtbot, window, "S12")
    assert window.vote()["approve"] == [c for c in picks if c != "E05"] + ["S12"]


def test_search_and_category_filter_the_list(qtbot: QtBot, context: Context, selection: Made) -> None:
    window = open_ballot(qtbot, context, selection.package(EXPERT))
    panel = window.list_panel
    type_text(qtbot, panel.search, "天眼")
    assert panel.proxy.rowCount() == 1 and proxy_index(window, "E03").isValid()
    panel.search.clear()
    qtbot.keyClicks(panel.search, "e0")  # codes, case-insensitive
    assert panel.proxy.rowCount() == 9
    panel.search.clear()
    type_text(qtbot, panel.search, "访客数量")  # words of a summary only
    assert panel.proxy.rowCount() == 1 and proxy_index(window, "E01").isValid()
    panel.search.clear()
    panel.category.setCurrentIndex(panel.category.findData("设施"))
    shown = {panel.proxy.index(r, 0).data(257) for r in range(panel.proxy.rowCount())}
    assert shown == {"E03", "E09", "S14", "S21"}
    assert panel.count.text() == "4 of 25 candidates shown"
    click_check(qtbot, window, "E03")  # a tick in a filtered list is a tick
    assert window.vote() == {"approve": ["E03"]}


def test_every_change_is_saved_and_comes_back(qtbot: QtBot, context: Context, selection: Made) -> None:
    package = selection.package(EXPERT)
    window = open_ballot(qtbot, context, package)
    with qtbot.waitSignal(window.draftSaved):
        click_check(qtbot, window, "E03")
    with qtbot.waitSignal(window.draftSaved):
        click_check(qtbot, window, "S21")
    draft = load_draft(context.drafts, window.package.fingerprint, EXPERT)
    assert draft is not None and draft.vote == {"approve": ["E03", "S21"]}
    assert "Draft saved automatically" in window.bar.draft.text()
    window.close()

    again = open_ballot(qtbot, context, package)
    assert again.vote() == {"approve": ["E03", "S21"]}
    assert "draft" in again.statusBar().currentMessage() and "restored" in again.statusBar().currentMessage()
    assert again.bar.counter.text() == "Picked 2 / 10"


def test_submit_checks_saves_the_ballot_and_gives_a_receipt(
    qtbot: QtBot, context: Context, selection: Made, tmp_path: Path
) -> None:
    ballot = tmp_path / "out" / "专家18.t10vote"
    ballot.parent.mkdir()
    pdf = tmp_path / "out" / "receipt.pdf"
    chooser = Chooser(ballot, pdf, ballot)
    window = open_ballot(qtbot, context, selection.package(EXPERT), chooser)
    for code in ("S21", "E03", "E01"):
        click_check(qtbot, window, code)

    qtbot.mouseClick(window.bar.submit, Qt.MouseButton.LeftButton)
    dialog = window.confirm_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.choices.toPlainText()
    assert text.index("E01") < text.index("E03") < text.index("S21")  # in the list's order
    assert "You picked 3 of up to 10" in dialog.warnings.text()
    with qtbot.waitSignal(window.submitted) as submitted:
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    receipt = submitted.args[0]
    assert chooser.asked[0][1] == selection.packages / "专家18.t10vote"  # suggested beside the package

    written, data = read_ballot(ballot)
    assert written.vote == {"approve": ["E01", "E03", "S21"]} and written.revision == 1
    assert receipt.ballot_fingerprint == hashlib.sha256(data).hexdigest()
    assert collect_ballot_files(selection.selection, [ballot]).accepted == 1

    shown = window.receipt_dialog
    assert shown is not None and shown.isVisible()
    assert receipt.ballot_fingerprint in shown.text.toPlainText()
    assert receipt.tracker in shown.text.toPlainText()
    qtbot.mouseClick(shown.save_pdf, Qt.MouseButton.LeftButton)
    assert pdf.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    pdf_text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert receipt.ballot_fingerprint in pdf_text.replace("\n", "").replace(" ", "")
    qtbot.mouseClick(shown.close_button, Qt.MouseButton.LeftButton)
    assert "Submitted as revision 1" in window.bar.draft.text()

    click_check(qtbot, window, "E01")  # a change of mind: the next revision replaces the first
    assert "submit again" in window.bar.draft.text()
    qtbot.mouseClick(window.bar.submit, Qt.MouseButton.LeftButton)
    assert window.confirm_dialog is not None
    assert "revision 1" in window.confirm_dialog.warnings.text()
    with qtbot.waitSignal(window.submitted) as submitted:
        qtbot.mouseClick(window.confirm_dialog.confirm, Qt.MouseButton.LeftButton)
    assert chooser.asked[-1][1] == ballot  # suggested: the same file, so it becomes the next revision
    assert submitted.args[0].revision == 2
    assert window.receipt_dialog is not None
    assert "revision 2" in window.receipt_dialog.text.toPlainText()
    written, _ = read_ballot(ballot)
    assert written.vote == {"approve": ["E03", "S21"]} and written.revision == 2
    collected = collect_ballot_files(selection.selection, [ballot])
    assert (collected.accepted, collected.superseded) == (1, 1)
    window.receipt_dialog.close()


def test_a_blank_ballot_is_an_abstention_and_says_so(
    qtbot: QtBot, context: Context, selection: Made, tmp_path: Path
) -> None:
    ballot = tmp_path / "blank.t10vote"
    window = open_ballot(qtbot, context, selection.package("专家02"), Chooser(ballot))
    qtbot.mouseClick(window.bar.submit, Qt.MouseButton.LeftButton)
    dialog = window.confirm_dialog
    assert dialog is not None and "abstention" in dialog.warnings.text()
    with qtbot.waitSignal(window.submitted):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert read_ballot(ballot)[0].vote == {}
    assert collect_ballot_files(selection.selection, [ballot]).accepted == 1
    assert window.receipt_dialog is not None
    window.receipt_dialog.close()


def test_keyboard_only_voting(qtbot: QtBot, context: Context, selection: Made, tmp_path: Path) -> None:
    ballot = tmp_path / "keys.t10vote"
    window = open_ballot(qtbot, context, selection.package("专家02"), Chooser(ballot))
    qtbot.keyClick(window.list_panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.list_panel.search.hasFocus()
    type_text(qtbot, window.list_panel.search, "天眼")
    qtbot.keyClick(window.list_panel.search, Qt.Key.Key_Tab)
    qtbot.keyClick(window.list_panel.category, Qt.Key.Key_Tab)
    table = window.list_panel.table
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert window.vote() == {"approve": ["E03"]}
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.list_panel.search, "E0")
    qtbot.keyClick(window.list_panel.search, Qt.Key.Key_Tab)
    qtbot.keyClick(window.list_panel.category, Qt.Key.Key_Tab)
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert window.vote() == {"approve": ["E02", "E03"]}
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog = window.confirm_dialog
    assert dialog is not None and dialog.confirm.isDefault()
    with qtbot.waitSignal(window.submitted):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert read_ballot(ballot)[0].vote == {"approve": ["E02", "E03"]}
    receipt = window.receipt_dialog
    assert receipt is not None
    qtbot.keyClick(receipt, Qt.Key.Key_Escape)
    assert not receipt.isVisible()


def test_below_the_minimum_the_ballot_cannot_be_confirmed(qtbot: QtBot, context: Context, tmp_path: Path) -> None:
    made = make(tmp_path / "min", Rules(mode=Mode.APPROVAL, max_picks=10, min_picks=3))
    window = open_ballot(qtbot, context, made.package("专家02"), Chooser())
    assert "at least 3 and at most 10" in window.header.rules.text()
    click_check(qtbot, window, "E01")
    click_check(qtbot, window, "E02")
    qtbot.mouseClick(window.bar.submit, Qt.MouseButton.LeftButton)
    dialog = window.confirm_dialog
    assert dialog is not None
    assert "at least 3 picks and you have 2" in dialog.refusal.text()
    assert not dialog.confirm.isEnabled() and dialog.back.isDefault()
    qtbot.mouseClick(dialog.back, Qt.MouseButton.LeftButton)
    click_check(qtbot, window, "E03")
    qtbot.mouseClick(window.bar.submit, Qt.MouseButton.LeftButton)
    assert window.confirm_dialog is not None and window.confirm_dialog.confirm.isEnabled()
    window.confirm_dialog.reject()


def test_a_damaged_draft_is_set_aside_and_said(qtbot: QtBot, context: Context, selection: Made) -> None:
    package = selection.package(EXPERT)
    window = open_ballot(qtbot, context, package)
    with qtbot.waitSignal(window.draftSaved) as saved:
        click_check(qtbot, window, "E03")
    window.close()
    Path(saved.args[0]).write_bytes(b'{"format": "top10-panel draft", "vo')  # e.g. a disk fault
    again = open_ballot(qtbot, context, package)
    assert again.vote() == {}
    assert "damaged" in again.statusBar().currentMessage()


def test_ticking_a_candidate_shows_its_text_and_the_limit_is_said_in_place(
    qtbot: QtBot, context: Context, selection: Made
) -> None:
    """The pane beside the list follows the candidate just ticked; at the limit the refusal stays in the bar under the
    list (not only ten seconds in the status bar) until a tick is taken away."""
    window = open_ballot(qtbot, context, selection.package(EXPERT))
    title = next(c.title for c in window.package.candidates if c.code == "E03")
    click_check(qtbot, window, "E03")
    assert title in window.detail.text.toPlainText()
    picks = ["E01", "E02", "E04", "E05", "E06", "E07", "E08", "E09", "S11"]
    for code in picks:
        click_check(qtbot, window, code)
    assert not window.bar.notice.isVisible()
    click_check(qtbot, window, "S12")
    assert window.bar.notice.isVisible() and "the most the rules allow" in window.bar.notice.text()
    click_check(qtbot, window, "E05")
    assert not window.bar.notice.isVisible()
