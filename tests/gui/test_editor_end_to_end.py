"""A whole selection run through the editor's app as an editor would (issue 7): File › New and the wizard, the
candidates and experts imported through their previews, packages issued, ballots voted in the expert's window and
with `vote`, a folder dropped on the collection page (an altered ballot among them) and a late ballot after the
deadline, the tie at the cut line settled by a public lot draw, the workbook and the PDF exported and verified; then
the exported workbook read back by two readers and checked against a recount.

The clock: the deadline is set in the wizard a week ahead, so the experts vote and the first folder is collected
on time for real; only the collect of the late ballot runs with the selection's clock (``repository.now``) an hour
past the deadline.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import UTC, datetime, timedelta
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QMessageBox, QWidget, QWizard
from shiboken6 import isValid

from tests.samples import reject_suggested
from top10_panel.domain.rules import Mode, Rules
from top10_panel.exchange.ballot_files import read_ballot, read_package
from top10_panel.exchange.labels import label
from top10_panel.services.ballots import vote
from top10_panel.services.selection import new_selection, tally_selection
from top10_panel.services.stages import current_rules
from top10_panel.store import repository
from top10_panel.ui.editor import collect_jobs, open_selection_window
from top10_panel.ui.editor.candidates_page import CandidatesPage
from top10_panel.ui.editor.collect_page import CollectPage
from top10_panel.ui.editor.experts_page import ExpertsPage
from top10_panel.ui.editor.import_preview import ImportPreviewDialog
from top10_panel.ui.editor.issue_page import IssuePage, grouped
from top10_panel.ui.editor.new_wizard import NewSelectionWizard
from top10_panel.ui.editor.opening import open_windows
from top10_panel.ui.editor.publish_models import COL_DETAIL, COL_ITEM, COL_OK
from top10_panel.ui.editor.publish_page import PublishPage
from top10_panel.ui.editor.recusal_model import Roles
from top10_panel.ui.editor.results_lot import LotDialog
from top10_panel.ui.editor.results_models import ResultRoles
from top10_panel.ui.editor.results_page import ResultsPage
from top10_panel.ui.editor.window import PAGES, SelectionWindow
from top10_panel.ui.i18n import ENGLISH, Translations
from top10_panel.ui.settings import Context
from top10_panel.ui.tasks import Tasks

from ..e2e.command import run
from .conftest import Chooser, open_ballot
from .driving import click_check, type_text
from .editor_results_helpers import alter, close_boxes, drop
from .selections import DEMO

TITLE = "2020年度中国科技资源管理领域十大事件"
SEED = "2021-01-08 福彩3D 第2021008期 407"
WAIT = 30_000
"""A generous bound for one job on the writer thread; no step is timed."""

APPROVALS = {
    "E01": 22,
    "E02": 21,
    "E03": 20,
    "E04": 19,
    "E05": 18,
    "E06": 17,
    "E07": 16,
    "E08": 15,
    "E10": 14,
    "E09": 13,
    "S12": 13,
    "S11": 11,
    "S13": 9,
    "S14": 7,
    "S15": 6,
    "S16": 5,
    "S17": 4,
    "S18": 3,
}
"""Approvals per candidate among the 24 counted ballots. An approval score is a share of the experts not recused:
E10 has 14 of 23 (专家18 is recused), then E09 and S12 both 13 of 24 for the tenth seat, S11 11 of 23."""
CODES = [f"E{k:02d}" for k in range(1, 11)] + [f"S{k}" for k in range(11, 26)]
"""The seed's candidates in their list's order."""
COUNTED = [f"专家{k:02d}" for k in range(1, 25)]
IN_THE_WINDOW = ("专家01", "专家18")
"""Vote in the expert's ballot window; the other counted experts with `vote`."""
ALTERED, LATE, MISSING = "专家25", "专家26", "专家27"


class Desktop:
    """Answers the editor's file and folder dialogs in turn; records the folders it was asked to open."""

    def __init__(self, *answers: Path) -> None:
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


# -- the votes ---------------------------------------------------------------------------------------------------------
def plan(recused: dict[str, set[str]]) -> dict[str, list[str]]:
    """Each counted expert's picks: the approvals dealt round the panel in turn, never to a recused expert and never
    more than ten to one; each ballot in the candidates' order."""
    picks: dict[str, list[str]] = {name: [] for name in COUNTED}
    turn = 0
    for code, wanted in APPROVALS.items():
        dealt = 0
        for _ in range(2 * len(COUNTED)):
            if dealt == wanted:
                break
            name = COUNTED[turn % len(COUNTED)]
            turn += 1
            if code not in recused[name] and code not in picks[name] and len(picks[name]) < 10:
                picks[name].append(code)
                dealt += 1
        assert dealt == wanted, code
    return {name: sorted(codes, key=CODES.index) for name, codes in picks.items()}


def shares(votes: dict[str, list[str]], recused: dict[str, set[str]], codes: list[str]) -> dict[str, Fraction]:
    """Each candidate's approval share among the counted ballots of the experts not recused from it."""
    share = {}
    for code in codes:
        eligible = [name for name in votes if code not in recused[name]]
        share[code] = Fraction(sum(code in votes[name] for name in eligible), len(eligible))
    return share


# -- driving the editor ------------------------------------------------------------------------------------------------
def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_number(qtbot: QtBot, box: QAbstractSpinBox, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)


def keep(qtbot: QtBot, window: SelectionWindow) -> None:
    """qtbot closes and deletes the window after the test: one the test closed itself is then still there to close
    (see conftest.open_ballot)."""
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)


def settle(qtbot: QtBot, window: SelectionWindow) -> None:
    """Wait until the writer thread has run every job given to it and their outcomes are shown (an outcome that
    starts another job, e.g. a page reading the selection again, keeps it busy)."""
    writer = window.tools.runner
    assert isinstance(writer, Tasks) and writer is collect_jobs.runner()  # the one writer of every page
    qtbot.waitUntil(lambda: not writer.busy and not window.tools.busy, timeout=WAIT)


def go(qtbot: QtBot, window: SelectionWindow, key: str) -> QWidget:
    """Click the page's entry in the list on the left; the page, read (again) when it is shown."""
    item = window.nav.item([spec.key for spec in PAGES].index(key))
    nav = window.nav
    nav.scrollToItem(item)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center())
    assert window.current_key() == key
    page = window.page(key)
    assert page is not None and page.isVisible()
    settle(qtbot, window)
    return page


def imported(qtbot: QtBot, window: SelectionWindow, page: CandidatesPage | ExpertsPage) -> tuple[int, str]:
    """Import (the file chosen in the dialog) through the preview: read it, then confirm. The preview's rows and
    its summary line."""
    with qtbot.waitSignal(page.controller.previewShown, timeout=WAIT) as shown:
        click(qtbot, page.panel.import_button)
    dialog = shown.args[0]
    assert isinstance(dialog, ImportPreviewDialog) and dialog.isVisible()
    assert dialog.problems.rowCount() == 0
    seen = dialog.rows.rowCount(), dialog.summary.text()
    with qtbot.waitSignal(page.controller.imported, timeout=WAIT):
        click(qtbot, dialog.import_button)
    settle(qtbot, window)
    return seen


def vote_in_the_window(qtbot: QtBot, context: Context, package: Path, picks: list[str], out: Path) -> str:
    """The expert ticks the candidates in the ballot window, submits, confirms and saves the ballot file; returns
    the ballot fingerprint on the receipt."""
    window = open_ballot(qtbot, context, package, Chooser(out))
    for code in picks:
        click_check(qtbot, window, code)
    assert window.vote() == {"approve": picks}
    assert window.bar.counter.text() == f"Picked {len(picks)} / 10"
    qtbot.mouseClick(window.bar.submit, Qt.MouseButton.LeftButton)
    dialog = window.confirm_dialog
    assert dialog is not None and dialog.isVisible()
    assert [code for code in picks if code in dialog.choices.toPlainText()] == picks
    assert "deadline has passed" not in dialog.warnings.text()
    with qtbot.waitSignal(window.submitted) as submitted:
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    receipt = submitted.args[0]
    shown = window.receipt_dialog
    assert shown is not None and receipt.ballot_fingerprint in shown.text.toPlainText()
    qtbot.mouseClick(shown.close_button, Qt.MouseButton.LeftButton)
    window.close()
    return str(receipt.ballot_fingerprint)


# -- reading the workbook ----------------------------------------------------------------------------------------------
Rows = list[list[object]]


def openpyxl_sheets(path: Path) -> list[Rows]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [[["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)] for sheet in book]
    finally:
        book.close()


def calamine_sheets(path: Path) -> list[Rows]:
    book = CalamineWorkbook.from_path(str(path))
    return [[list(row) for row in book.get_sheet_by_name(name).to_python()] for name in book.sheet_names]


def table(rows: Rows, *keys: str) -> tuple[int, dict[str, int]]:
    """The header row that has the words of ``keys`` (in the selection's language, Chinese) and their columns."""
    words = {key: label(key, "zh") for key in keys}
    for number, row in enumerate(rows):
        cells = [str(v) for v in row]
        if all(word in cells for word in words.values()):
            return number, {key: cells.index(word) for key, word in words.items()}
    raise AssertionError(f"no header with {list(words.values())}")


def text(value: object) -> str:
    return "" if value in (None, "") else str(value)


def result_rows(sheets: list[Rows]) -> list[tuple[str, str, str]]:
    """(code, exact score, status) of each ranked candidate on the result sheet, in its order."""
    rows = sheets[0]
    header, at = table(rows, "code", "score_exact", "status")
    found = []
    for row in rows[header + 1 :]:
        code = text(row[at["code"]])
        if not code:
            break
        found.append((code, text(row[at["score_exact"]]), text(row[at["status"]])))
    return found


def ballot_rows(sheets: list[Rows], codes: list[str]) -> dict[str, list[str]]:
    """Each voter's approved codes on the ballots sheet (a 1 in the candidate's column)."""
    rows = sheets[1]
    header = [text(v) for v in rows[0]]
    assert header[0] == label("expert", "zh") and header[1 : 1 + len(codes)] == codes
    return {
        text(row[0]): [code for k, code in enumerate(codes, start=1) if text(row[k]) in ("1", "1.0")]
        for row in rows[1:]
        if text(row[0]).startswith("专家")
    }


def audit_rows(sheets: list[Rows]) -> list[dict[str, str]]:
    keys = ("step", "rule", "among", "code", "values", "order", "by", "reason", "seed")
    rows = sheet_with(sheets, *keys)
    header, at = table(rows, *keys)
    found = []
    for row in rows[header + 1 :]:
        if not any(text(v) for v in row):
            break
        found.append({key: text(row[at[key]]) for key in keys})
    return found


def sheet_with(sheets: list[Rows], *keys: str) -> Rows:
    """The sheet whose header has the words of ``keys`` (the sheets that come before it vary with the mode)."""
    for rows in sheets:
        try:
            table(rows, *keys)
        except AssertionError:
            continue
        return rows
    raise AssertionError(f"no sheet with {keys}")


def register_rows(sheets: list[Rows]) -> list[dict[str, str]]:
    keys = ("voter", "status", "reason", "sha256")
    rows = sheet_with(sheets, *keys)
    header, at = table(rows, *keys)
    found = []
    for row in rows[header + 1 :]:
        if not text(row[at["sha256"]]):
            break
        found.append({key: text(row[at[key]]) for key in keys})
    return found


# -- the test ----------------------------------------------------------------------------------------------------------
def test_a_whole_selection_through_the_editors_app(
    qtbot: QtBot, context: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context.settings.set_language(ENGLISH)
    translations = Translations()
    last_year = tmp_path / "2019.t10"
    new_selection(last_year, "2019年度中国科技资源管理领域十大事件", Rules(mode=Mode.RANKING), year=2019)
    made = tmp_path / "2020.t10"
    packages, inbox, late, published = (tmp_path / name for name in ("packages", "inbox", "late", "published"))
    published.mkdir()
    desktop = Desktop(made, DEMO / "candidates-2020.csv", DEMO / "experts.csv", packages, published)

    # 1. The editor has last year's selection open and makes this year's: File › New, the wizard.
    first = open_selection_window(last_year, context=context, translations=translations, desktop=desktop)
    assert isinstance(first, SelectionWindow)
    keep(qtbot, first)
    qtbot.waitExposed(first)
    first.new_action.trigger()
    wizard = first.wizard
    assert isinstance(wizard, NewSelectionWizard) and wizard.isVisible()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    type_text(qtbot, wizard.intro.title_edit, TITLE)
    assert wizard.intro.title_edit.text() == TITLE
    type_number(qtbot, wizard.intro.year, "2020")
    assert wizard.intro.year.value() == 2020
    click(qtbot, wizard.intro.browse)  # where to keep the file: the save dialog
    assert wizard.intro.path() == made
    click(qtbot, next_button)
    assert wizard.currentPage() is wizard.voting_page
    voting = wizard.form.voting
    qtbot.mouseClick(voting.mode_buttons[Mode.APPROVAL], Qt.MouseButton.LeftButton)
    assert voting.mode() is Mode.APPROVAL
    type_number(qtbot, voting.seats, "10")
    assert voting.max_picks_limited.isChecked()
    type_number(qtbot, voting.max_picks, "10")
    click(qtbot, next_button)
    assert wizard.currentPage() is wizard.validity_page
    validity = wizard.form.validity
    qtbot.mouseClick(validity.deadline_on, Qt.MouseButton.LeftButton)
    assert validity.deadline_on.isChecked() and validity.deadline.isEnabled()
    deadline = QDateTime(QDate.currentDate().addDays(7), QTime(18, 0))
    validity.deadline.setDateTime(deadline)
    click(qtbot, next_button)
    assert wizard.currentPage() is wizard.panel_page
    click(qtbot, next_button)
    assert wizard.currentPage() is wizard.ties_page
    assert wizard.form.ties.tie_break() == ()  # approval: a tie at the cut stays open for a decision
    click(qtbot, next_button)
    assert wizard.currentPage() is wizard.summary
    assert TITLE in wizard.summary.text.text() and str(made) in wizard.summary.text.text()
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert made.is_file()
    rules = current_rules(made)
    expected_deadline = deadline.toString("yyyy-MM-ddTHH:mm")
    assert (rules.mode, rules.seats, rules.max_picks, rules.deadline) == (Mode.APPROVAL, 10, 10, expected_deadline)
    (window,) = [w for w in open_windows() if w.selection == made]
    keep(qtbot, window)
    qtbot.waitExposed(window)
    assert TITLE in window.windowTitle() and "setting up" in window.windowTitle()
    first.close()  # last year's window is done with; this year's keeps the writer
    assert open_windows() == [window]

    # 2. Candidates and experts, through the import previews.
    candidates = go(qtbot, window, "candidates")
    assert isinstance(candidates, CandidatesPage)
    assert imported(qtbot, window, candidates)[0] == 25
    assert candidates.model.rowCount() == 25
    experts = go(qtbot, window, "experts")
    assert isinstance(experts, ExpertsPage)
    rows, summary = imported(qtbot, window, experts)
    assert rows == 27 and "7 recusals will be suggested" in summary
    assert experts.model.rowCount() == 27
    assert experts.recusals.model.index_of("专家18", "E10").data(Roles.STATUS) == "confirmed"

    # 3. Issue the packages; the fingerprint to tell the experts.
    issue = go(qtbot, window, "issue")
    assert isinstance(issue, IssuePage)
    click(qtbot, issue.choose)
    assert issue.folder.text() == str(packages)
    click(qtbot, issue.issue_button)  # refused before any question: seven suggested recusals are undecided
    settle(qtbot, window)
    assert issue.confirm_box is None
    (refusal,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    said = refusal.text() + refusal.informativeText()
    assert "7 suggested recusals are undecided" in said and "recusals" in said
    refusal.close()
    reject_suggested(made)  # the editor decides them (the experts page's decisions, here all rejected)
    click(qtbot, issue.issue_button)
    settle(qtbot, window)
    box = issue.confirm_box
    assert box is not None and box.isVisible() and "27 experts" in box.text()
    with qtbot.waitSignal(issue.issued, timeout=WAIT) as issued:
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    fingerprint = "".join(issue.fingerprint.text().split())
    assert fingerprint == issued.args[0].fingerprint and issue.fingerprint.text() == grouped(fingerprint)
    assert len(list(packages.glob("*.t10pkg"))) == 27 and "rules locked" in window.windowTitle()

    # 4. The ballots, dealt so that E09 and S12 tie for the tenth seat.
    package = {read_package(p).expert: p for p in packages.glob("*.t10pkg")}
    recused = {name: set(read_package(p).recused) for name, p in package.items()}
    assert recused["专家18"] == {"E10"} and recused["专家24"] == {"S11"}
    votes = plan(recused)
    assert max(len(codes) for codes in votes.values()) <= 10
    expected_shares = shares(votes, recused, CODES)
    ranked = sorted(CODES, key=lambda c: (-expected_shares[c], CODES.index(c)))
    first_nine, (tenth, eleventh), below = ranked[:9], ranked[9:11], ranked[11]
    assert {tenth, eleventh} == {"E09", "S12"}
    assert expected_shares[tenth] == expected_shares[eleventh] == Fraction(13, 24)  # the tie at the cut
    assert expected_shares[first_nine[-1]] > expected_shares[tenth] > expected_shares[below]
    assert len({expected_shares[c] for c in first_nine}) == 9  # no tie among the seats above the cut

    receipts = {}
    for name in IN_THE_WINDOW:
        receipts[name] = vote_in_the_window(qtbot, context, package[name], votes[name], inbox / f"{name}.t10vote")
    for name in IN_THE_WINDOW:
        written, data = read_ballot(inbox / f"{name}.t10vote")
        assert written.vote == {"approve": votes[name]} and receipts[name] == hashlib.sha256(data).hexdigest()
    for name in COUNTED:
        if name not in IN_THE_WINDOW:
            vote(package[name], {"approve": votes[name]}, inbox / f"{name}.t10vote")
    alter(vote(package[ALTERED], {"approve": ["E09", "S12"]}, inbox / f"{ALTERED}.t10vote").path)
    run("vote", package[LATE], "--approve", "E09,E10", "--out", late / f"{LATE}.t10vote")  # would break the tie

    # 5. Collect: the folder dropped onto the register; later the late ballot, an hour after the deadline.
    collect = go(qtbot, window, "collect")
    assert isinstance(collect, CollectPage)
    assert collect.missing_model.rowCount() == 27 and collect.register.rowCount() == 0
    with qtbot.waitSignal(collect.collected, timeout=WAIT) as blocker:
        assert drop(collect.table.viewport(), [inbox])
    settle(qtbot, window)
    counted = blocker.args[0].ballots
    assert (counted.accepted, counted.rejected, counted.late) == (24, 1, 0)
    assert "24 accepted, 1 rejected, 0 late" in collect.outcome.text()

    local_deadline = datetime.fromisoformat(rules.deadline).astimezone()
    past_the_deadline = local_deadline.astimezone(UTC).replace(tzinfo=None) + timedelta(hours=1)
    with monkeypatch.context() as clock:
        clock.setattr(repository, "now", lambda: past_the_deadline)
        with qtbot.waitSignal(collect.collected, timeout=WAIT) as blocker:
            assert drop(collect, [late])
        settle(qtbot, window)
    assert blocker.args[0].ballots.late == 1
    assert "0 accepted, 0 rejected, 1 late" in collect.outcome.text()

    register = [(e.expert, e.status, e.reason) for e in collect.register.rows()]
    assert Counter(status for _, status, _ in register) == {"accepted": 24, "rejected": 1, "late": 1}
    assert {name for name, status, _ in register if status == "accepted"} == set(COUNTED)
    (rejected,) = [r for r in register if r[1] == "rejected"]
    assert rejected[0] == ALTERED and "altered after it was signed" in rejected[2]
    (late_one,) = [r for r in register if r[1] == "late"]
    assert late_one[0] == LATE and "after the deadline" in late_one[2]
    assert collect.view is not None
    figures = dict(collect.view.reconciliation)
    assert (
        figures["received"] == 26 == figures["returned"] + figures["superseded"] + figures["late"] + figures["rejected"]
    )
    assert (figures["returned"], figures["valid"], figures["invalid"], figures["late"]) == (24, 24, 0, 1)
    assert "received 26 = returned 24 + superseded 0 + late 1 + rejected 1" in collect.figures.text()
    assert collect.quorum.text().startswith("Quorum met: 24 valid ballots of 27 experts invited")
    assert collect.voted_model.names() == COUNTED
    missing = [collect.missing_model.index(r).data() for r in range(collect.missing_model.rowCount())]
    assert missing == [ALTERED, f"{LATE} (late, not counted yet)", MISSING]

    # 6. Results: the tie at the cut is open; a public lot draw settles it.
    # Settling and publishing wait while experts may still vote: from here on the deadline has passed.
    monkeypatch.setattr(repository, "now", lambda: past_the_deadline)
    results = go(qtbot, window, "results")
    assert isinstance(results, ResultsPage)
    assert results.view is not None and [t.among for t in results.view.open_ties] == [("E09", "S12")]
    assert results.banner.isVisible() and "Open tie: E09, S12 compete for 1 seat." in results.ties.text()
    assert "Provisional: a tie at the cut line is open." in results.state.text()
    assert "24 ballots returned: 24 valid (0 abstaining), 0 invalid." in results.state.text()
    model = results.ranking
    status = {model.index(r, 0).data(ResultRoles.CODE): model.index(r, 0).data(ResultRoles.STATUS) for r in range(25)}
    assert {c for c, s in status.items() if s == "open"} == {"E09", "S12"}
    assert [c for c, s in status.items() if s == "seat"] == first_nine

    click(qtbot, results.lot)
    lot = results.findChild(LotDialog)
    assert isinstance(lot, LotDialog) and lot.isVisible() and not lot.ok().isEnabled()
    assert lot.fingerprint.text() == fingerprint
    assert not lot.step2.isEnabled()  # the seed's source first
    type_text(qtbot, lot.source, "福彩3D 2020-12-31 开奖号码")
    click(qtbot, lot.record_source)
    settle(qtbot, window)
    qtbot.waitUntil(lot.step2.isEnabled, timeout=WAIT)
    type_text(qtbot, lot.seed, SEED)
    draw = sorted(("E09", "S12"), key=lambda c: hashlib.sha256(f"{fingerprint}:{SEED}:{c}".encode()).hexdigest())
    digests = {c: hashlib.sha256(f"{fingerprint}:{SEED}:{c}".encode()).hexdigest() for c in draw}
    assert lot.model.rowCount() == 0 and lot.outcome.text() == ""  # no order shown before it is recorded
    assert not lot.ok().isEnabled()  # who draws first
    type_text(qtbot, lot.by, "监票人 王")
    qtbot.keyClicks(lot.reason, "tie at the cut line")
    with qtbot.waitSignal(results.changed, timeout=WAIT):
        click(qtbot, lot.ok())
    settle(qtbot, window)
    assert lot.model.codes() == draw and f"The seats go to: {draw[0]}" in lot.outcome.text()
    click(qtbot, lot.close_button())
    settle(qtbot, window)
    assert not (isValid(lot) and lot.isVisible())  # closed (and deleted)
    assert not results.banner.isVisible() and "Every seat is settled." in results.state.text()
    status = {model.index(r, 0).data(ResultRoles.CODE): model.index(r, 0).data(ResultRoles.STATUS) for r in range(25)}
    seated = [*first_nine, draw[0]]
    assert [c for c, s in status.items() if s == "seat"] == seated and status[draw[1]] == "out"
    (step,) = results.audit.stringList()
    assert step.startswith(f'Public lot draw among E09, S12 with the seed "{SEED}"')
    assert all(digests[c] in step for c in draw) and f"the smallest comes first: {draw[0]}, then {draw[1]}" in step
    assert "by: 监票人 王" in step and "tie at the cut line" in step and "福彩3D 2020-12-31 开奖号码" in step
    tallied = tally_selection(made).result
    assert tallied.fingerprint == fingerprint and not tallied.open_ties and tallied.top == tuple(seated)

    # 7. Publish: the workbook and the PDF into a folder, then verify.
    publish = go(qtbot, window, "publish")
    assert isinstance(publish, PublishPage)
    publish.chooser = desktop  # type: ignore[assignment]  # the page's own file dialogs (collect_jobs.Chooser)
    assert "Every seat is settled: the result can be published." in publish.status.text()
    click(qtbot, publish.choose)
    assert publish.folder.text() == str(published)
    with qtbot.waitSignal(publish.exported, timeout=WAIT) as blocker:
        click(qtbot, publish.export_button)
    settle(qtbot, window)
    exported = blocker.args[0]
    assert exported.order == tuple(seated)
    workbook, report = (published / "2020-results.xlsx", published / "2020-report.pdf")
    assert [file for file, _ in publish.files.files()] == [workbook, report]
    with qtbot.waitSignal(publish.verified, timeout=WAIT) as blocker:
        click(qtbot, publish.verify_button)
    settle(qtbot, window)
    assert blocker.args[0].ok
    checks = [
        [publish.checks.index(r, c).data() for c in (COL_OK, COL_ITEM, COL_DETAIL)]
        for r in range(publish.checks.rowCount())
    ]
    assert checks and all(ok == "✓" for ok, _, _ in checks), checks
    assert "Every check passed" in publish.verdict.text()
    assert {item for _, item, _ in checks} >= {f"exported file {workbook.name}", f"exported file {report.name}"}
    click(qtbot, publish.open_button)
    assert desktop.opened == [published] and desktop.answers == []
    assert close_boxes() == []
    window.close()
    assert open_windows() == []

    # 8. The workbook, read back by openpyxl and by python-calamine.
    assert report.read_bytes().startswith(b"%PDF")
    for file, sha in exported.files:
        assert hashlib.sha256(file.read_bytes()).hexdigest() == sha
        assert file.with_name(file.name + ".sha256").read_text(encoding="utf-8").split()[:2] == [sha, file.name]
    recount = {entry.candidate.code: str(entry.score) for entry in tallied.ranking}
    assert recount == {code: str(share) for code, share in expected_shares.items()}
    register_lines = []
    for sheets in (openpyxl_sheets(workbook), calamine_sheets(workbook)):
        ranking = result_rows(sheets)
        assert {code: score for code, score, _ in ranking} == recount
        assert [code for code, _, state in ranking if state == label("seat", "zh")] == seated
        assert [code for code, _, _ in ranking[:10]] == seated

        assert ballot_rows(sheets, CODES) == votes

        (lot_step, other) = audit_rows(sheets)[:2]
        assert lot_step["among"] == "E09, S12" and lot_step["seed"] == SEED and "SHA-256" in lot_step["rule"]
        assert lot_step["by"] == "监票人 王" and lot_step["reason"].endswith("; tie at the cut line")
        assert lot_step["reason"].startswith("seed source: 福彩3D 2020-12-31 开奖号码 (recorded ")
        assert lot_step["order"] == f"{draw[0]} > {draw[1]}"
        assert {lot_step["code"]: lot_step["values"], other["code"]: other["values"]} == digests

        lines = register_rows(sheets)
        assert Counter(line["status"] for line in lines) == {
            label("accepted", "zh"): 24,
            label("rejected", "zh"): 1,
            label("late", "zh"): 1,
        }
        (bad,) = [line for line in lines if line["voter"] == ALTERED]
        assert bad["status"] == label("rejected", "zh") and "签名不符：文件在签名后被改动" in bad["reason"]
        (came_late,) = [line for line in lines if line["voter"] == LATE]
        assert came_late["status"] == label("late", "zh") and "截止时间后收到" in came_late["reason"]
        register_lines.append(lines)
    assert register_lines[0] == register_lines[1]
    assert {line["sha256"] for line in register_lines[0] if line["voter"] in IN_THE_WINDOW} == set(receipts.values())

    assert "verified" in run("verify", workbook).stdout
    checked = run("verify", made, inbox, late).stdout
    assert (
        f"ballot {ALTERED}.t10vote: on record (rejected)" in checked
        and f"ballot {LATE}.t10vote: on record (late)" in checked
    )
    assert "verified" in checked
