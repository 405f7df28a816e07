"""The editor's set-up pages driven as an editor would: the new-selection wizard (non-default rules made, bad rules
refused on the page), importing candidates and experts through the preview (a bad list listed by row and the file
left byte for byte), edits with undo and redo, the recusal matrix, issuing packages; and screenshots of it all."""

from __future__ import annotations

import csv
import hashlib
import os
from fractions import Fraction
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QDateTime, QItemSelectionModel, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard

from tests.samples import reject_suggested
from top10_panel.domain.rules import Mode, Rules
from top10_panel.services import editing
from top10_panel.services.overview import overview
from top10_panel.services.selection import import_candidates, import_experts, new_selection, review_recusals
from top10_panel.services.stages import current_rules
from top10_panel.ui.editor import open_selection_window
from top10_panel.ui.editor.candidates_page import CandidatesPage
from top10_panel.ui.editor.experts_page import ExpertsPage
from top10_panel.ui.editor.import_preview import ImportPreviewDialog
from top10_panel.ui.editor.issue_page import IssuePage, grouped
from top10_panel.ui.editor.list_models import (
    CANDIDATE_COLUMNS,
    COLUMN,
    EXPERT_COLUMNS,
    PROBLEM,
    ROW,
    TITLE,
    ProblemModel,
    candidate_model,
    expert_model,
    preview_model,
)
from top10_panel.ui.editor.new_wizard import NewSelectionWizard
from top10_panel.ui.editor.opening import open_windows
from top10_panel.ui.editor.recusal_model import RecusalModel, Roles
from top10_panel.ui.editor.rules_page import RulesPage, VersionModel
from top10_panel.ui.editor.window import SelectionWindow
from top10_panel.ui.i18n import CHINESE, ENGLISH, Translations
from top10_panel.ui.settings import Context

from .selections import DEMO

CANDIDATES = DEMO / "candidates-2020.csv"
EXPERTS = DEMO / "experts.csv"
TIMEOUT = 15_000


class Desktop:
    """Answers the file and folder dialogs in turn; records the folders the page asked to open."""

    def __init__(self, *answers: Path | None) -> None:
        self.answers = list(answers)
        self.opened: list[Path] = []

    def open_file(self, parent: QWidget | None, title: str, folder: Path, filters: str) -> Path | None:
        return self.answers.pop(0)

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
        return self.answers.pop(0)

    def choose_folder(self, parent: QWidget | None, title: str, folder: Path) -> Path | None:
        return self.answers.pop(0)

    def open_folder(self, folder: Path) -> None:
        self.opened.append(folder)


@pytest.fixture
def blank(tmp_path: Path) -> Path:
    path = tmp_path / "selection.t10"
    new_selection(path, "2020年度中国科技资源管理领域十大事件", Rules(mode=Mode.APPROVAL), year=2020)
    return path


@pytest.fixture
def listed(blank: Path) -> Path:
    """The seed's 25 candidates and 27 experts (专家18 recused from E10; seven recusals suggested)."""
    import_candidates(blank, CANDIDATES)
    import_experts(blank, EXPERTS)
    return blank


def open_editor(
    qtbot: QtBot, context: Context, translations: Translations, path: Path, desktop: Desktop | None = None
) -> SelectionWindow:
    window = open_selection_window(path, context=context, translations=translations, desktop=desktop or Desktop())
    assert isinstance(window, SelectionWindow)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def settle(qtbot: QtBot, window: SelectionWindow) -> None:
    """Wait until every job given to the writer thread has come back."""
    qtbot.waitUntil(lambda: not window.tools.busy, timeout=TIMEOUT)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def preview(qtbot: QtBot, page: CandidatesPage | ExpertsPage) -> ImportPreviewDialog:
    with qtbot.waitSignal(page.controller.previewShown, timeout=TIMEOUT) as shown:
        page.panel.import_button.click()
    dialog = shown.args[0]
    assert isinstance(dialog, ImportPreviewDialog) and dialog.isVisible()
    return dialog


def select_row(page: CandidatesPage, code: str) -> None:
    """Select a candidate's row, as a click on its row header does."""
    table = page.panel.table
    index = page.model.index(page.model.row_of(code), 0)
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().select(index, flags.ClearAndSelect | flags.Rows)


def titles(path: Path) -> dict[str, str]:
    return {c.code: c.title for c in editing.read_lists(path).candidates}


# -- the wizard --------------------------------------------------------------------------------------------------------
def test_wizard_makes_a_selection_with_non_default_rules(
    qtbot: QtBot, context: Context, translations: Translations, listed: Path, tmp_path: Path
) -> None:
    window = open_editor(qtbot, context, translations, listed)
    window.new_action.trigger()
    wizard = window.wizard
    assert isinstance(wizard, NewSelectionWizard) and wizard.isVisible()
    made = tmp_path / "2021.t10"
    wizard.intro.title_edit.setText("2021年度中国科技资源管理领域十大事件")
    wizard.intro.year.setValue(2021)
    wizard.intro.description.setPlainText("初评后终评")
    wizard.intro.file.setText(str(made))
    wizard.next()
    assert wizard.currentPage() is wizard.voting_page

    voting = wizard.form.voting
    voting.mode_buttons[Mode.RANKING].click()
    assert not wizard.form.voting.max_ranks_row.isHidden()
    voting.method.setCurrentIndex(voting.method.findData("borda"))
    voting.seats.setValue(8)
    voting.max_ranks_limited.setChecked(True)
    voting.max_ranks.setValue(12)
    wizard.next()
    assert wizard.currentPage() is wizard.validity_page

    validity = wizard.form.validity
    validity.over_excess.click()
    validity.rank_ties.setChecked(False)
    validity.deadline_on.setChecked(True)
    validity.deadline.setDateTime(QDateTime(QDate(2021, 1, 15), QTime(18, 0)))
    validity.quorum.setCurrentText("3/4")
    wizard.next()
    assert wizard.currentPage() is wizard.panel_page

    panel = wizard.form.panel
    panel.quotas_on.setChecked(True)
    panel.quotas.set_pairs((("知识创新", "5"), ("技术创新", "3")))
    panel.secret.click()
    panel.screening_on.setChecked(True)
    panel.shortlist.setValue(20)
    wizard.next()
    assert wizard.currentPage() is wizard.ties_page

    ties = wizard.form.ties
    assert ties.tie_break() == ("pairwise", "first_choices")  # the ranking mode's default chain
    ties.move_rule("first_choices", -1)
    ties.set_rule_checked("lot", True)
    ties.order.setCurrentIndex(ties.order.findData("pinyin"))
    wizard.next()
    assert wizard.currentPage() is wizard.summary
    assert "Borda" in wizard.summary.text.text() and "20" in wizard.summary.text.text()

    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert made.is_file()
    opened = [w for w in open_windows() if w.selection == made]
    assert len(opened) == 1
    qtbot.addWidget(opened[0])
    assert "2021年度" in opened[0].windowTitle()

    info = overview(made)
    assert [s.kind for s in info.stages] == ["screening", "final"] and info.year == 2021
    screening = current_rules(made)  # the screening (初评) comes first: the shortlist of 20
    assert (screening.seats, screening.quotas, screening.ordered_top) == (20, (), False)
    final = Rules(
        mode=Mode.RANKING,
        method="borda",
        seats=8,
        max_ranks=12,
        over_vote="excess",
        allow_rank_ties=False,
        deadline="2021-01-15T18:00",
        quorum=Fraction(3, 4),
        quotas=(("知识创新", 5), ("技术创新", 3)),
        secret=True,
        tie_break=("first_choices", "pairwise", "lot"),
        publication_order="pinyin",
        ordered_top=False,
    )
    from dataclasses import replace

    assert screening == replace(final, seats=20, quotas=(), publication_order="result")
    # The final stage's own rules are the wizard's as set.
    from top10_panel.store import repository
    from top10_panel.store.database import open_selection

    with open_selection(made, write=False) as selection, selection.read() as session:
        assert repository.rules(session, repository.stages(session)[1]) == final


def test_wizard_refuses_bad_rules_on_the_page(qtbot: QtBot, translations: Translations, tmp_path: Path) -> None:
    wizard = NewSelectionWizard(Desktop(), tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    made = tmp_path / "bad.t10"

    wizard.next()  # no title yet
    assert wizard.currentPage() is wizard.intro
    assert wizard.intro.error.isVisible() and "title is empty" in wizard.intro.error.text()
    wizard.intro.title_edit.setText("十大事件")
    wizard.intro.file.setText(str(made))
    wizard.next()
    assert wizard.currentPage() is wizard.voting_page and not wizard.intro.error.isVisible()

    voting = wizard.form.voting
    voting.min_picks.setValue(5)
    voting.max_picks.setValue(3)
    wizard.next()
    assert wizard.currentPage() is wizard.voting_page
    error = wizard.voting_page.error
    assert error.isVisible()
    assert "the most picks (3) are fewer than the fewest picks (5)" in error.text()
    assert "make the most picks at least the fewest picks" in error.text()
    voting.max_picks.setValue(10)
    assert not error.isVisible()  # a change clears the message
    wizard.next()

    wizard.form.validity.quorum.setCurrentText("two thirds")
    wizard.next()
    assert wizard.currentPage() is wizard.validity_page
    assert "not a share below 1" in wizard.validity_page.error.text()
    wizard.form.validity.quorum.setCurrentText("60%")
    wizard.next()

    panel = wizard.form.panel
    panel.quotas_on.setChecked(True)
    panel.quotas.set_pairs((("知识创新", "7"), ("技术创新", "2")))
    wizard.next()
    assert wizard.currentPage() is wizard.panel_page
    assert "do not add up to the 10 seats" in wizard.panel_page.error.text()
    panel.quotas.set_pairs((("知识创新", "7"), ("技术创新", "3")))
    panel.screening_on.setChecked(True)
    panel.shortlist.setValue(6)
    wizard.next()
    assert "shortlist of the screening (6) is not larger than the seats (10)" in wizard.panel_page.error.text()
    panel.screening_on.setChecked(False)
    wizard.next()

    ties = wizard.form.ties
    ties.set_rule_checked("lot", True)
    ties.set_rule_checked("chair", True)
    ties.move_rule("lot", -1)  # lot above chair
    assert ties.tie_break() == ("lot", "chair")
    wizard.next()
    assert wizard.currentPage() is wizard.ties_page
    assert "can only be the last rule" in wizard.ties_page.error.text()
    assert not made.exists()
    wizard.reject()


# -- imports -----------------------------------------------------------------------------------------------------------
def test_candidates_and_experts_imported_through_the_preview(
    qtbot: QtBot, context: Context, translations: Translations, blank: Path
) -> None:
    desktop = Desktop(CANDIDATES, EXPERTS)
    window = open_editor(qtbot, context, translations, blank, desktop)
    window.show_page("candidates")
    page = window.page("candidates")
    assert isinstance(page, CandidatesPage)
    before = digest(blank)
    dialog = preview(qtbot, page)
    assert dialog.rows.rowCount() == 25 and dialog.problems.rowCount() == 0
    assert dialog.rows.index(0, 1).data() == "E01"
    assert dialog.import_button.isEnabled()
    assert digest(blank) == before  # nothing written by the preview
    with qtbot.waitSignal(page.controller.imported, timeout=TIMEOUT):
        dialog.import_button.click()
    settle(qtbot, window)
    assert page.model.rowCount() == 25 and len(editing.read_lists(blank).candidates) == 25
    assert "25 candidates imported" in window.statusBar().currentMessage()

    window.show_page("experts")
    experts = window.page("experts")
    assert isinstance(experts, ExpertsPage)
    dialog = preview(qtbot, experts)
    assert dialog.rows.rowCount() == 27 and "7 recusals will be suggested" in dialog.summary.text()
    with qtbot.waitSignal(experts.controller.imported, timeout=TIMEOUT):
        dialog.import_button.click()
    settle(qtbot, window)
    assert experts.model.rowCount() == 27
    matrix = experts.recusals.model
    assert matrix.index_of("专家18", "E10").data(Roles.STATUS) == "confirmed"
    assert matrix.index_of("专家01", "E01").data(Roles.STATUS) == "suggested"


def test_a_bad_list_is_listed_by_row_and_changes_nothing(
    qtbot: QtBot, context: Context, translations: Translations, listed: Path, tmp_path: Path
) -> None:
    bad = write_csv(
        tmp_path / "more.csv",
        [
            ["编号", "标题", "日期", "摘要", "来源", "类别"],
            ["N01", "新增事件一", "2020-05-01", "", "", "政策"],
            ["N02", "", "2020-05-02", "", "", ""],  # row 3: no title
            ["E01", "重复的编号", "", "", "", ""],  # row 4: in the selection already
            ["N 04", "编号有空格", "", "", "", ""],  # row 5
            ["N01", "又一个 N01", "", "", "", ""],  # row 6: twice in the list
        ],
    )
    desktop = Desktop(bad, tmp_path / "expert-list.csv")
    window = open_editor(qtbot, context, translations, listed, desktop)
    page = window.page("candidates")
    assert isinstance(page, CandidatesPage)
    window.show_page("candidates")
    before = digest(listed)
    dialog = preview(qtbot, page)
    problems = dialog.problems
    rows = [problems.index(r, ROW).data() for r in range(problems.rowCount())]
    assert rows == ["3", "4", "5", "6"]
    assert problems.index(0, COLUMN).data() == "“标题” (column 2)"
    assert problems.index(0, PROBLEM).data() == "candidate N02 has no title"
    assert problems.index(1, PROBLEM).data() == "candidate E01 is in the selection already"
    assert "rows 2 and 6" in problems.index(3, PROBLEM).data()
    assert problems.index(0, 0).data() == "more.csv"
    assert not dialog.import_button.isEnabled()
    assert "4 problems in" in dialog.summary.text()
    dialog.reject()
    qtbot.waitUntil(lambda: page.controller.preview_dialog is None)
    assert digest(listed) == before

    # An expert list that turns bad between the preview and the import: refused, still nothing changed.
    experts_list = tmp_path / "expert-list.csv"
    write_csv(experts_list, [["姓名", "单位", "邮箱", "回避"], ["新专家", "北京大学", "new@example.org", ""]])
    window.show_page("experts")
    experts = window.page("experts")
    assert isinstance(experts, ExpertsPage)
    dialog = preview(qtbot, experts)
    assert dialog.import_button.isEnabled()
    write_csv(experts_list, [["姓名", "单位", "邮箱", "回避"], ["新专家", "北京大学", "new@example.org", "X99"]])
    with qtbot.waitSignal(window.tools.problemShown, timeout=TIMEOUT) as refused:
        dialog.import_button.click()
    box = refused.args[0]
    assert "X99" in box.text()
    box.close()
    settle(qtbot, window)
    assert digest(listed) == before
    assert experts.model.rowCount() == 27


# -- edits -------------------------------------------------------------------------------------------------------------
def test_an_edit_is_saved_undone_and_redone(
    qtbot: QtBot, context: Context, translations: Translations, listed: Path
) -> None:
    window = open_editor(qtbot, context, translations, listed)
    window.show_page("candidates")
    page = window.page("candidates")
    assert isinstance(page, CandidatesPage)
    old = titles(listed)["E03"]
    index = page.model.index(page.model.row_of("E03"), TITLE)
    assert page.model.setData(index, "“中国天眼”正式开放运行")  # as the cell's editor commits it
    qtbot.waitUntil(lambda: page.undo_stack.count() == 1)
    settle(qtbot, window)
    assert titles(listed)["E03"] == "“中国天眼”正式开放运行"
    assert page.model.index(page.model.row_of("E03"), TITLE).data() == "“中国天眼”正式开放运行"

    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    settle(qtbot, window)
    assert titles(listed)["E03"] == old
    window.redo_action.trigger()
    settle(qtbot, window)
    assert titles(listed)["E03"] == "“中国天眼”正式开放运行"

    # The keys, as the editor presses them (a window can only take keys once it is active: always offscreen, where
    # the suite runs; under a bare Xvfb without a window manager it may never become active).
    window.activateWindow()
    if _activates():
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    if window.isActiveWindow():
        page.panel.table.setFocus()
        qtbot.keyClick(page.panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot, window)
        assert titles(listed)["E03"] == old
        shift_control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(page.panel.table, Qt.Key.Key_Z, shift_control)
        settle(qtbot, window)
        assert titles(listed)["E03"] == "“中国天眼”正式开放运行"
        qtbot.keyRelease(page.panel.table, Qt.Key.Key_Control)  # QTest leaves the modifiers down otherwise


def _activates() -> bool:
    return QGuiApplication.platformName() == "offscreen"


def test_a_refused_edit_leaves_no_undo_step(
    qtbot: QtBot, context: Context, translations: Translations, listed: Path
) -> None:
    window = open_editor(qtbot, context, translations, listed)
    window.show_page("candidates")
    page = window.page("candidates")
    assert isinstance(page, CandidatesPage)
    before = digest(listed)
    with qtbot.waitSignal(window.tools.problemShown, timeout=TIMEOUT) as refused:
        page.model.setData(page.model.index(page.model.row_of("E03"), 0), "E01")
    box = refused.args[0]
    assert "E01 is taken by another candidate" in box.text()
    box.close()
    settle(qtbot, window)
    assert page.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    assert digest(listed) == before


def test_remove_and_add_with_undo(qtbot: QtBot, context: Context, translations: Translations, listed: Path) -> None:
    window = open_editor(qtbot, context, translations, listed)
    window.show_page("candidates")
    page = window.page("candidates")
    assert isinstance(page, CandidatesPage)
    select_row(page, "E10")
    assert page.panel.selected_keys() == ["E10"]
    page.panel.remove_button.click()
    settle(qtbot, window)
    assert "E10" not in titles(listed)
    assert ("专家18", "E10") not in {(r.expert, r.candidate) for r in editing.read_lists(listed).recusals}
    window.undo_action.trigger()
    settle(qtbot, window)
    assert "E10" in titles(listed)
    assert ("专家18", "E10", "confirmed") in {
        (r.expert, r.candidate, r.status) for r in editing.read_lists(listed).recusals
    }

    page.panel.add_button.click()
    settle(qtbot, window)
    assert titles(listed)["S26"] == "New event"
    assert page.panel.table.currentIndex().data() == "New event"  # the new title is ready to be typed over
    page.panel.table.closePersistentEditor(page.panel.table.currentIndex())
    window.undo_action.trigger()
    settle(qtbot, window)
    assert "S26" not in titles(listed)


def test_recusals_accepted_and_rejected(
    qtbot: QtBot, context: Context, translations: Translations, listed: Path
) -> None:
    window = open_editor(qtbot, context, translations, listed)
    window.show_page("experts")
    page = window.page("experts")
    assert isinstance(page, ExpertsPage)
    panel = page.recusals
    assert panel.model.index_of("专家01", "E01").data() == "R?"
    panel.select([("专家01", "E01")])
    panel.recuse_button.click()
    settle(qtbot, window)
    states = {(r.expert, r.candidate): s for r, s in review_recusals(listed)}
    assert states[("专家01", "E01")] == "confirmed"
    assert panel.model.index_of("专家01", "E01").data() == "R"
    assert "E01" in page.model.index(page.model.row_of("专家01"), 3).data()

    panel.select([("专家04", "E07")])
    panel.clear_button.click()
    settle(qtbot, window)
    states = {(r.expert, r.candidate): s for r, s in review_recusals(listed)}
    assert states[("专家04", "E07")] == "rejected"

    window.undo_action.trigger()
    window.undo_action.trigger()
    settle(qtbot, window)
    states = {(r.expert, r.candidate): s for r, s in review_recusals(listed)}
    assert states[("专家01", "E01")] == "suggested" and states[("专家04", "E07")] == "suggested"

    panel.select([("专家02", "E02")])  # a recusal by hand, with its reason
    panel.reason.setCurrentIndex(panel.reason.findData("合作者"))
    panel.recuse_button.click()
    settle(qtbot, window)
    (added,) = [r for r in editing.read_lists(listed).recusals if (r.expert, r.candidate) == ("专家02", "E02")]
    assert (added.status, added.reason) == ("confirmed", "合作者")


# -- rules and issue -------------------------------------------------------------------------------------------------
def test_rules_page_changes_the_rules(qtbot: QtBot, context: Context, translations: Translations, listed: Path) -> None:
    window = open_editor(qtbot, context, translations, listed)
    window.show_page("rules")
    page = window.page("rules")
    assert isinstance(page, RulesPage)
    assert "10 candidates are chosen" in page.rules_text.text()
    page.change_button.click()
    dialog = page.change_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.form.voting.seats.setValue(12)
    dialog.form.voting.max_picks.setValue(12)
    dialog.save()
    settle(qtbot, window)
    assert current_rules(listed).seats == 12 and current_rules(listed).max_picks == 12
    assert "12 candidates are chosen" in page.rules_text.text()
    qtbot.waitUntil(lambda: page.change_dialog is None)


def test_rules_change_after_issue_needs_a_reason(
    qtbot: QtBot, context: Context, translations: Translations, listed: Path, tmp_path: Path
) -> None:
    from top10_panel.services.ballots import issue

    reject_suggested(listed)
    issue(listed, tmp_path / "packages")
    window = open_editor(qtbot, context, translations, listed)
    window.show_page("rules")
    page = window.page("rules")
    assert isinstance(page, RulesPage)
    page.change_button.click()
    dialog = page.change_dialog
    assert dialog is not None and dialog.locked
    dialog.form.ties.set_rule_checked("lot", True)
    assert not dialog.save_button().isEnabled()  # Save waits for the reason
    dialog.save()
    assert dialog.isVisible() and "needs a recorded reason" in dialog.error.text()
    dialog.reason.setText("专家组决定以公开抽签处理入选线上的平票")
    dialog.save()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: page.change_dialog is None)
    assert [v.version for v in overview(listed).versions] == [1, 2]
    assert page.versions.rowCount() == 2
    assert page.versions.index(1, 3).data() == "专家组决定以公开抽签处理入选线上的平票"
    assert current_rules(listed).chain == ("lot",)
    assert "new packages" in window.statusBar().currentMessage()


def test_rules_counted_from_a_matrix_are_locked_and_change_only_with_a_reason(
    qtbot: QtBot, context: Context, translations: Translations, listed: Path
) -> None:
    from top10_panel.services.collect import collect_matrix

    collect_matrix(listed, DEMO / "sample-approval.csv")  # no package issued: the first counted ballot locks them
    window = open_editor(qtbot, context, translations, listed)
    window.show_page("rules")
    page = window.page("rules")
    assert isinstance(page, RulesPage)
    assert "version 1, locked: ballots are counted; a change needs a reason" in page.rules_title.text()
    assert page.versions.index(0, 2).data() == "locked: ballots counted"
    page.change_button.click()
    dialog = page.change_dialog
    assert dialog is not None and dialog.locked and "Ballots are counted under the current rules" in dialog.intro.text()
    dialog.form.voting.seats.setValue(9)
    assert not dialog.save_button().isEnabled()
    dialog.reason.setText("主办方改为九个名额")
    dialog.by.setText("编辑部 李")
    assert dialog.save_button().isEnabled()
    before = listed.read_bytes()
    dialog.save_button().click()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: page.change_dialog is None)
    assert listed.read_bytes() != before and current_rules(listed).seats == 9
    assert page.versions.rowCount() == 2 and page.versions.index(1, 2).data() == "locked: ballots counted"
    assert page.versions.index(1, 3).data() == "主办方改为九个名额"
    shot = Path(os.environ.get("TOP10_SCREENSHOTS") or listed.parent)
    assert window.grab().save(str(shot / "editor-rules-locked-en.png"))


def test_lists_locked_by_counted_ballots_take_corrections_of_details_only(
    qtbot: QtBot, context: Context, translations: Translations, listed: Path
) -> None:
    from top10_panel.services.collect import collect_matrix

    collect_matrix(listed, DEMO / "sample-approval.csv")  # no package issued: counting locked the lists
    window = open_editor(qtbot, context, translations, listed)
    window.show_page("candidates")
    settle(qtbot, window)
    page = window.page("candidates")
    assert isinstance(page, CandidatesPage)
    assert "Ballots are counted" in page.panel.locked.text() and "packages" not in page.panel.locked.text()
    assert not page.panel.import_button.isEnabled() and not page.panel.add_button.isEnabled()
    model = page.model
    code, title = model.index(model.row_of("E02"), 0), model.index(model.row_of("E02"), TITLE)
    assert not model.flags(code) & Qt.ItemFlag.ItemIsEditable  # the code stays what the ballots name
    assert model.flags(title) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(title, "科技部印发《关于推进国家技术创新中心建设的总体方案（暂行）》")
    qtbot.waitUntil(lambda: page.undo_stack.count() == 1)
    settle(qtbot, window)
    titles = {c.code: c.title for c in editing.read_lists(listed).candidates}
    assert titles["E02"] == "科技部印发《关于推进国家技术创新中心建设的总体方案（暂行）》"
    window.show_page("experts")
    settle(qtbot, window)
    experts = window.page("experts")
    assert isinstance(experts, ExpertsPage)
    assert "Ballots are counted" in experts.panel.locked.text()
    assert not experts.model.flags(experts.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert experts.model.flags(experts.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable


def test_screening_advances_to_the_final_stage(
    qtbot: QtBot, context: Context, translations: Translations, tmp_path: Path
) -> None:
    from dataclasses import replace

    from top10_panel.services.collect import collect_matrix

    path = tmp_path / "screening.t10"
    rules = Rules(mode=Mode.APPROVAL)
    new_selection(path, "十大事件", rules, screening=replace(rules, seats=12, ordered_top=False))
    import_candidates(path, CANDIDATES)
    import_experts(path, EXPERTS)
    collect_matrix(path, DEMO / "sample-approval.csv")
    window = open_editor(qtbot, context, translations, path)
    window.show_page("rules")
    page = window.page("rules")
    assert isinstance(page, RulesPage)
    assert "Screening" in window.windowTitle()
    assert not page.advance_button.isHidden()
    page.advance_button.click()
    box = page.advance_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, window)
    info = overview(path)
    assert info.current.kind == "final" and info.candidates == 12
    assert page.advance_button.isHidden()
    assert "12 candidates go to the final stage" in window.statusBar().currentMessage()
    assert "Final" in window.windowTitle()


def test_file_menu_opens_selections(
    qtbot: QtBot, context: Context, translations: Translations, listed: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.t10"
    new_selection(other, "另一次评选", Rules(mode=Mode.SCORE), year=2021)
    window = open_editor(qtbot, context, translations, listed, Desktop(other))
    window.open_action.trigger()
    opened = [w for w in open_windows() if w.selection == other]
    assert len(opened) == 1
    qtbot.addWidget(opened[0])
    assert "另一次评选" in opened[0].windowTitle()
    window.recent_menu.aboutToShow.emit()
    assert [a.text() for a in window.recent_menu.actions()][:2] == [str(other.resolve()), str(listed.resolve())]
    window.recent_menu.actions()[1].trigger()  # the one open already comes to the front, no second window
    assert len([w for w in open_windows() if w.selection == listed]) == 1
    not_a_selection = tmp_path / "list.t10"
    not_a_selection.write_text("编号,标题", encoding="utf-8")
    assert open_selection_window(not_a_selection, context=context, translations=translations) is None
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1 and "not a selection file" in boxes[0].text()
    boxes[0].close()


def test_issue_packages_shows_the_fingerprint(
    qtbot: QtBot, context: Context, translations: Translations, listed: Path, tmp_path: Path
) -> None:
    reject_suggested(listed)
    out = tmp_path / "packages"
    desktop = Desktop(out)
    window = open_editor(qtbot, context, translations, listed, desktop)
    window.show_page("issue")
    page = window.page("issue")
    assert isinstance(page, IssuePage)
    page.choose.click()
    assert page.folder.text() == str(out)
    page.forms.setChecked(True)
    page.issue_button.click()
    settle(qtbot, window)
    box = page.confirm_box
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(page.issued, timeout=TIMEOUT) as issued:
        box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, window)
    result = issued.args[0]
    assert len(list(out.glob("*.t10pkg"))) == 27 and len(list(out.glob("*.xlsx"))) == 27
    assert (out / "专家18.t10pkg").is_file()
    assert page.files.item(0).text() == "专家01.t10pkg"
    fingerprint = overview(listed).last_issue.fingerprint  # type: ignore[union-attr]
    assert result.fingerprint == fingerprint
    assert page.fingerprint.text() == grouped(fingerprint)
    assert page.fingerprint.text().replace(" ", "").replace("\n", "") == fingerprint
    assert page.files.count() == 54
    page.open_button.click()
    assert desktop.opened == [out]
    assert "rules locked" in window.windowTitle()

    window.show_page("candidates")  # the lists are locked from now on
    candidates = window.page("candidates")
    assert isinstance(candidates, CandidatesPage)
    assert not candidates.model.editable and candidates.panel.locked.isVisible()
    assert not candidates.panel.import_button.isEnabled()
    window.show_page("experts")
    experts = window.page("experts")
    assert isinstance(experts, ExpertsPage)
    assert not experts.recusals.accept_all_button.isEnabled()


def test_window_remembers_its_page(qtbot: QtBot, context: Context, translations: Translations, listed: Path) -> None:
    window = open_editor(qtbot, context, translations, listed)
    window.show_page("experts")
    window.close()
    again = open_editor(qtbot, context, translations, listed)
    assert again.current_key() == "experts" and again is not window


# -- models ------------------------------------------------------------------------------------------------------------
def test_every_model_passes_the_model_tester(qtmodeltester, listed: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lists = editing.read_lists(listed)
    candidates = candidate_model()
    candidates.set_rows(lists.candidates)
    candidates.set_editable(True)
    qtmodeltester.check(candidates)
    experts = expert_model()
    experts.set_rows(lists.experts)
    qtmodeltester.check(experts)
    rows = preview_model(CANDIDATE_COLUMNS)
    rows.set_rows([(n + 2, c) for n, c in enumerate(lists.candidates)])
    qtmodeltester.check(rows)
    expert_rows = preview_model(EXPERT_COLUMNS)
    expert_rows.set_rows([(n + 2, e) for n, e in enumerate(lists.experts)])
    qtmodeltester.check(expert_rows)
    from top10_panel.services.lists_preview import preview_candidates

    bad = write_csv(tmp_path / "bad.csv", [["编号", "标题"], ["E01", "x"], ["", "y"]])
    problems = ProblemModel()
    problems.set_rows(preview_candidates(listed, bad).problems)
    assert problems.rowCount() == 2
    qtmodeltester.check(problems)
    matrix = RecusalModel()
    matrix.set_rows(lists.experts, lists.candidates, lists.recusals)
    qtmodeltester.check(matrix)
    versions = VersionModel()
    versions.set_rows(overview(listed).versions)
    qtmodeltester.check(versions)
    empty = RecusalModel()
    qtmodeltester.check(empty)


# -- screenshots -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", [CHINESE, ENGLISH])
def test_screenshots(
    qtbot: QtBot, context: Context, translations: Translations, listed: Path, tmp_path: Path, language: str
) -> None:
    """Every set-up page at 1366×768, the wizard's pages, the import preview with problems and the change dialog,
    into TOP10_SCREENSHOTS (default: tmp_path). A person looks at them."""
    given = os.environ.get("TOP10_SCREENSHOTS")
    shots = Path(given) if given else tmp_path / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    short = "zh" if language == CHINESE else "en"
    review_recusals(listed, accept=[("专家01", "E01")], reject=[("专家04", "E07")])
    bad = write_csv(
        tmp_path / "候选事件-有误.csv",
        [
            ["编号", "标题", "日期", "摘要", "来源", "类别"],
            ["N01", "新增事件一", "2020-05-01", "", "", "政策"],
            ["N02", "", "2020-05-02", "", "", ""],
            ["E01", "重复的编号", "", "", "", ""],
            ["N 04", "编号有空格", "", "", "", ""],
        ],
    )
    out = tmp_path / "选票包"
    desktop = Desktop(bad, out)
    window = open_editor(qtbot, context, translations, listed, desktop)
    window.switch_language(language)
    rules_name = "规则" if language == CHINESE else "Rules"
    qtbot.waitUntil(lambda: window.nav.item(0).text() == rules_name)  # the language change is a posted event
    window.resize(1366, 768)
    saved: list[Path] = []

    def shoot(widget: QWidget, name: str) -> None:
        qtbot.waitExposed(widget)
        path = shots / f"editor-{name}-{short}.png"
        assert widget.grab().save(str(path))
        saved.append(path)

    for key in ("rules", "candidates", "experts", "issue"):
        window.show_page(key)
        shoot(window, key)

    window.show_page("candidates")
    candidates = window.page("candidates")
    assert isinstance(candidates, CandidatesPage)
    dialog = preview(qtbot, candidates)
    shoot(dialog, "import-problems")
    dialog.reject()

    window.show_page("rules")
    rules = window.page("rules")
    assert isinstance(rules, RulesPage)
    rules.change_button.click()
    assert rules.change_dialog is not None
    shoot(rules.change_dialog, "change-rules")
    rules.change_dialog.reject()

    window.new_action.trigger()
    wizard = window.wizard
    assert isinstance(wizard, NewSelectionWizard)
    wizard.intro.title_edit.setText("2021年度中国科技资源管理领域十大事件")
    wizard.intro.file.setText(str(tmp_path / "2021.t10"))
    shoot(wizard, "wizard-1")
    names = ("wizard-2-voting", "wizard-3-validity", "wizard-4-seats", "wizard-5-ties", "wizard-6-check")
    for name in names:
        wizard.next()
        shoot(wizard, name)
    wizard.back()
    wizard.back()
    wizard.back()
    wizard.back()
    wizard.form.voting.min_picks.setValue(12)
    wizard.next()
    shoot(wizard, "wizard-refused")
    wizard.reject()

    window.show_page("issue")
    issue = window.page("issue")
    assert isinstance(issue, IssuePage)
    issue.choose.click()
    reject_suggested(listed)
    issue.issue_button.click()
    settle(qtbot, window)
    assert issue.confirm_box is not None
    with qtbot.waitSignal(issue.issued, timeout=TIMEOUT):
        issue.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, window)
    shoot(window, "issue-done")
    window.show_page("candidates")
    shoot(window, "candidates-locked")
    assert all(p.stat().st_size > 10_000 for p in saved)


def test_issue_refuses_before_asking_when_no_expert_is_listed(
    qtbot: QtBot, context: Context, translations: Translations, blank: Path, tmp_path: Path
) -> None:
    window = open_editor(qtbot, context, translations, blank, Desktop(tmp_path / "packages"))
    window.show_page("issue")
    page = window.page("issue")
    assert isinstance(page, IssuePage)
    page.choose.click()
    before = blank.read_bytes()
    page.issue_button.click()
    settle(qtbot, window)
    assert page.confirm_box is None  # no "为 0 位专家各生成一个选票包？"
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1 and "no candidates and no experts" in boxes[0].text() + boxes[0].informativeText()
    boxes[0].close()
    assert blank.read_bytes() == before and not (tmp_path / "packages").exists()


# -- translations ------------------------------------------------------------------------------------------------------
ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "editor_setup_zh_CN.ts"
EDITOR_UI = ROOT / "src" / "top10_panel" / "ui" / "editor"
OTHERS = ("collect_", "results_", "publish_")
"""The collect, results and publish pages (another part of the editor) keep their own .ts."""


def setup_sources() -> list[str]:
    return sorted(str(p) for p in EDITOR_UI.glob("*.py") if not p.name.startswith(OTHERS))


def test_the_set_up_translation_is_complete_and_built(tmp_path: Path) -> None:
    import re
    import shutil
    import subprocess
    import sys

    from .test_translations import messages, translated

    found = messages(TS)
    assert len(found) > 400
    for context, message in found:
        source = message.findtext("source", "")
        translation = message.find("translation")
        text = translated(translation)
        assert translation is not None and text.strip(), f"{context}: {source!r} untranslated"
        assert translation.get("type") is None, f"{context}: {source!r}"
        assert source.count("%n") == text.count("%n"), f"{context}: the count of {source!r} is lost"
        assert sorted(re.findall(r"\{\d\}", source)) == sorted(re.findall(r"\{\d\}", text)), (context, source)
        assert source.count("&") == text.count("&"), f"{context}: the shortcut of {source!r} is lost"
    tools = Path(sys.executable).parent
    lupdate = shutil.which("pyside6-lupdate", path=str(tools))
    lrelease = shutil.which("pyside6-lrelease", path=str(tools))
    if lupdate is None or lrelease is None:
        pytest.skip("the Qt Linguist tools are not installed")
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    done = subprocess.run([lupdate, *setup_sources(), "-ts", str(copy), "-no-obsolete"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    new = [(c, m.findtext("source")) for c, m in messages(copy) if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert not new, f"strings not in {TS.name} (run lupdate on the set-up modules and translate them): {new}"
    assert len(messages(copy)) == len(found), "strings in the .ts that the sources no longer have"
    built = tmp_path / "built.qm"
    done = subprocess.run([lrelease, str(TS), "-qm", str(built)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert TS.with_suffix(".qm").read_bytes() == built.read_bytes(), "the .qm is older than the .ts: build it"


def test_refusals_read_in_chinese(translations: Translations) -> None:
    import re

    from top10_panel.domain.errors import InputError, Location
    from top10_panel.ui.editor.error_words import SENTENCES, error_text, sentence

    Translations().apply(CHINESE)
    with pytest.raises(InputError) as refused:
        Rules(mode=Mode.APPROVAL, min_picks=5, max_picks=3)
    text = error_text(refused.value)
    assert text == "最多选数（3）小于最少选数（5），或小于 1——请使最多选数不小于最少选数，且至少为 1"
    with pytest.raises(InputError) as refused:
        Rules(mode=Mode.APPROVAL, tie_break=("lot", "chair"))
    assert sentence(refused.value.problem) == "抽签能解决一切平票，因此只能作为最后一条规则"
    where = InputError("candidate 'N02' has no title", where=Location("a/b.xlsx", "候选", 3, "'标题' (column B)"))
    assert error_text(where) == "b.xlsx，工作表“候选”，第 3 行，“标题”（第 B 列）：候选事件 N02 没有标题"
    examples = [re.sub(r"\{(\d)\}", r"V\1", source) for source, _ in SENTENCES]
    untranslated = [example for example in examples if sentence(example) == example]
    assert not untranslated
