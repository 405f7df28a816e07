"""The ballot window (SPEC §2 step 3): the panels of the expert's ballot put together, the draft kept on every
change, and the way from the check to the ballot file and its receipt."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.rules import Mode
from top10_panel.services import drafts
from top10_panel.services.drafts import Package, Submitted

from ..errors import show_error
from ..files import BALLOT_SUFFIX, FileChooser, writable_folder
from ..help import HelpMenu
from ..i18n import LANGUAGES
from ..settings import Context
from . import check
from .candidate_panel import CandidatePanel
from .candidates import COL_MARK, CandidateModel, CandidateRow, rows_of
from .confirm import ConfirmDialog
from .detail import DetailPane
from .draft_keeper import DAMAGED, MISFIT, DraftKeeper
from .header import Header
from .ranking import RankedModel, RankingPanel
from .receipt import ReceiptDialog
from .score import score_text
from .vote_bar import VoteBar

STATUS_SECONDS = 10


class BallotWindow(QMainWindow):
    """One expert's ballot. The vote lives in the models (ticks and scores in the candidate model, the order in the
    ranked model); every change is saved as the draft, off the UI thread."""

    startRequested = Signal()
    openRequested = Signal()
    languageRequested = Signal(str)
    draftSaved = Signal(object)
    """The path of the draft file, once a save has returned (tests and the kill test wait for it)."""
    submitted = Signal(object)
    """The Receipt of a ballot file just written."""
    closed = Signal()

    def __init__(
        self,
        context: Context,
        path: Path,
        package: Package,
        chooser: FileChooser,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.path = path
        self.package = package
        self.chooser = chooser
        self.rules = package.rules
        self.mode = package.rules.mode
        self.confirm_close = True
        """Ask before closing a ballot that was changed and not submitted (tests turn it off)."""
        self.confirm_dialog: ConfirmDialog | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        self.close_box: QMessageBox | None = None
        self._restoring = False
        self._closing = False

        rows = rows_of(package.candidates, package.recused)
        self.candidates = CandidateModel(self.mode, package.rules.scale, self, package.rules.criteria)
        self.candidates.set_rows(rows)
        self.ranked: RankedModel | None = None
        if self.mode is Mode.APPROVAL:
            self.candidates.limit = self.rules.max_picks
        if self.mode is Mode.RANKING:
            self.ranked = RankedModel(rows, self)
            self.ranked.limit = self.rules.max_ranks
        self.keeper = DraftKeeper(context.drafts, package, self)

        self.header = Header(
            package.title,
            package.stage,
            package.expert,
            package.affiliation,
            package.rules,
            len(package.candidates),
            package.recused,
            drafts.deadline_passed(package.rules),
            runoff=tuple(c.code for c in package.candidates) if package.stage_kind == "runoff" else (),
        )
        self.list_panel = CandidatePanel(self.candidates)
        self.ranking = RankingPanel(self.ranked) if self.ranked is not None else None
        # With criteria the list holds a score box per criterion; the detail pane shows the text alone.
        scored_here = self.mode is Mode.SCORE and not package.rules.criteria
        self.detail = DetailPane(package.rules.scale if scored_here else None)
        self.bar = VoteBar()
        self._build_layout()
        self._build_menus()
        self._connect()
        self._restore_draft()
        self._restore_geometry()
        self.retranslate()
        self._update_counter()
        self.list_panel.table.setFocus()

    # -- construction ------------------------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_panel)
        if self.ranking is not None:
            self.splitter.addWidget(self.ranking)
        self.splitter.addWidget(self.detail)
        stretches = (5, 4, 4) if self.ranking is not None else (3, 2)
        for i, stretch in enumerate(stretches):
            self.splitter.setStretchFactor(i, stretch)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.bar)
        self.setCentralWidget(central)
        # Keyboard-only voting: search → category → list → (ranking) → full text (→ score) → submit.
        chain: list[QWidget] = [self.list_panel.search, self.list_panel.category, self.list_panel.table]
        if self.ranking is not None:
            chain += [
                self.ranking.add_button,
                self.ranking.view,
                self.ranking.remove_button,
                self.ranking.up_button,
                self.ranking.down_button,
            ]
        if self.detail.score is not None:
            chain += [self.detail.score, self.detail.clear_button]
        chain += [self.detail.text, self.bar.submit]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.openRequested)
        self.start_action = QAction(self)
        self.start_action.triggered.connect(self.startRequested)
        self.submit_action = QAction(self)
        self.submit_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.submit_action.triggered.connect(self.submit)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.start_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.submit_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.language_menu = self.menuBar().addMenu("语言 / &Language")  # readable whichever language is on
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            self.language_actions.addAction(action)
            action.triggered.connect(partial(self.languageRequested.emit, code))
        self.help_menu = HelpMenu(self.menuBar(), "experts")
        self.addAction(self.submit_action)
        self.search_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.search_shortcut.activated.connect(self._focus_search)

    def _connect(self) -> None:
        self.list_panel.currentChanged.connect(self._show_candidate)
        self.bar.submit.clicked.connect(self.submit)
        self.candidates.limitReached.connect(self._limit_reached)
        if self.ranked is not None and self.ranking is not None:
            self.ranked.codesChanged.connect(self._changed)
            self.ranked.limitReached.connect(self._limit_reached)
            self.ranking.addRequested.connect(self.add_current_to_ranking)
            self.ranking.currentChanged.connect(self._show_candidate)
            self.list_panel.table.activated.connect(lambda _: self.add_current_to_ranking())
            self.list_panel.table.unrankDropped.connect(self.ranked.remove)
        else:
            self.candidates.marksChanged.connect(self._changed)
        self.detail.scoreEdited.connect(self._score_edited)
        self.keeper.saved.connect(self._show_draft_state)
        self.keeper.saved.connect(self.draftSaved)
        self.keeper.failed.connect(self._show_draft_state)

    # -- language --------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("{0} — ballot of {1}").format(self.package.title, self.package.expert))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open another ballot package…"))
        self.start_action.setText(self.tr("&Start screen"))
        self.submit_action.setText(self.tr("&Submit ballot…"))
        self.quit_action.setText(self.tr("&Quit"))
        self._update_counter()
        self._show_draft_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language_checked(self, code: str) -> None:
        for action in self.language_actions.actions():
            action.setChecked(action.data() == code)

    # -- the vote ---------------------------------------------------------------------------------------------------
    def vote(self) -> dict[str, Any]:
        """The vote as the ballot file will carry it; {} (a blank ballot, an abstention) when nothing is marked."""
        if self.ranked is not None:
            codes = self.ranked.codes()
            return {"rank": {code: i + 1 for i, code in enumerate(codes)}} if codes else {}
        marks = self.candidates.marks()
        if self.mode is Mode.APPROVAL:
            return {"approve": list(marks)} if marks else {}
        return {"score": dict(marks)} if marks else {}

    def _apply(self, vote: dict[str, Any]) -> None:
        if self.ranked is not None:
            ranks = vote.get("rank")
            if isinstance(ranks, dict):
                self.ranked.set_codes(sorted(ranks, key=lambda code: (ranks[code], code)))
            return
        marks: dict[str, Any] = {}
        if self.mode is Mode.APPROVAL:
            codes = vote.get("approve")
            marks = {str(code): True for code in codes} if isinstance(codes, list) else {}
        else:
            scores = vote.get("score")
            for code, value in scores.items() if isinstance(scores, dict) else ():
                if isinstance(value, dict):  # criterion scores, kept as far as they are on the scale
                    kept = {}
                    for name, given in value.items():
                        try:
                            text = score_text(given, self.rules.scale)
                        except ValueError:
                            continue
                        if text is not None:
                            kept[str(name)] = text
                    if kept:
                        marks[str(code)] = kept
                    continue
                try:
                    text = score_text(value, self.rules.scale)
                except ValueError:
                    continue
                if text is not None:
                    marks[str(code)] = text
        self.candidates.set_marks(marks)

    def add_current_to_ranking(self) -> None:
        row = self.list_panel.current_row()
        if self.ranked is None or self.ranking is None or row is None:
            return
        if row.recused:
            self.bar.show_notice(self.tr("You are recused from {0}, so it cannot be ranked.").format(row.code))
            return
        if self.ranked.place([row.code], -1):
            self.ranking.select(row.code)
            self.list_panel.table.setFocus()

    def _changed(self) -> None:
        if self.ranked is not None:
            self.candidates.set_marks({code: i + 1 for i, code in enumerate(self.ranked.codes())})
            self.list_panel.proxy.refilter()
        self._update_counter()
        if self.mode is Mode.SCORE and self.detail.row is not None:
            self.detail.update_mark(self.candidates.mark(self.detail.row.code))
        if not self._restoring:
            self.save_draft()
            self._show_draft_state()

    def _score_edited(self, code: str, value: object) -> None:
        source = self.candidates.row_of(code)
        if source >= 0:
            self.candidates.setData(self.candidates.index(source, COL_MARK), value, Qt.ItemDataRole.EditRole)

    def _update_counter(self) -> None:
        if self.ranked is not None:
            self.bar.set_count(self.mode, len(self.ranked.codes()), self.rules.max_ranks)
        elif self.mode is Mode.APPROVAL:
            self.bar.set_count(self.mode, self.candidates.picked(), self.rules.max_picks)
        else:
            self.bar.set_count(self.mode, self.candidates.picked(), self.candidates.eligible())

    def _limit_reached(self) -> None:
        if self.mode is Mode.APPROVAL:
            text = self.tr(
                "You have picked {0}, the most the rules allow (more would void the ballot). "
                "To pick another, first untick one."
            ).format(self.rules.max_picks)
        else:
            text = self.tr(
                "Your ranking has {0} candidates, the most the rules allow. To rank another, first remove one."
            ).format(self.rules.max_ranks)
        self.bar.show_notice(text)

    def _show_candidate(self, row: CandidateRow | None) -> None:
        self.detail.show_row(row, self.candidates.mark(row.code) if row is not None else None)

    def _focus_search(self) -> None:
        self.list_panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_panel.search.selectAll()

    # -- the draft --------------------------------------------------------------------------------------------------
    def _restore_draft(self) -> None:
        vote, problem, saved = self.keeper.restore()
        if problem == DAMAGED:
            self.statusBar().showMessage(self.tr("The saved draft was damaged; start again."), STATUS_SECONDS * 1000)
        elif problem == MISFIT:
            message = self.tr("The saved draft does not fit this ballot and was not restored.")
            self.statusBar().showMessage(message, STATUS_SECONDS * 1000)
        if vote is None:
            return
        self._restoring = True
        try:
            self._apply(vote)
        finally:
            self._restoring = False
        self.statusBar().showMessage(self.tr("Your draft of {0} is restored.").format(saved), STATUS_SECONDS * 1000)

    def save_draft(self) -> None:
        """Save the vote as the draft on the writer thread; ``draftSaved`` says when it is on disk."""
        self.keeper.save(self.vote())

    def _show_draft_state(self) -> None:
        text, failed = self.keeper.state(self.vote())
        self.bar.set_draft(text, failed)

    # -- submitting -------------------------------------------------------------------------------------------------
    def submit(self) -> None:
        """Open the check: choices in order, warnings; confirming it goes on to the ballot file."""
        if self.list_panel.table.state() == self.list_panel.table.State.EditingState:
            self.list_panel.table.commitData(self.list_panel.table.focusWidget())
        vote = self.vote()
        lines, ordered = check.choices(self.package, vote)
        found, refusal = check.warnings(self.package, vote, self.candidates.eligible(), self.keeper.submitted)
        dialog = ConfirmDialog(self, lines, ordered, found, refusal)
        dialog.accepted.connect(partial(self._save_ballot, vote))
        dialog.finished.connect(dialog.deleteLater)
        self.confirm_dialog = dialog
        dialog.open()

    def suggested_ballot_path(self) -> Path:
        if self.keeper.submitted is not None:
            return Path(self.keeper.submitted.path)
        # the package's own name (issue made it safe and the expert's own): 专家05.t10pkg → 专家05.t10vote beside it
        return writable_folder(self.path) / f"{self.path.stem or 'ballot'}{BALLOT_SUFFIX}"

    def _save_ballot(self, vote: dict[str, Any]) -> None:
        path = self.chooser.save_file(
            self,
            self.tr("Save the ballot file"),
            self.suggested_ballot_path(),
            self.tr("Ballot files (*.t10vote)"),
        )
        if path is None:
            self.statusBar().showMessage(self.tr("Not submitted: no file was chosen."), STATUS_SECONDS * 1000)
            return
        if path.suffix.lower() != BALLOT_SUFFIX:
            path = path.with_name(path.name + BALLOT_SUFFIX)
        from top10_panel.services.ballots import vote as cast  # the store's libraries load only when needed

        try:
            # the draft store's last submitted revision: saving under a new file name still makes the next one
            receipt = cast(
                self.path, vote, path, submitted=self.keeper.submitted.revision if self.keeper.submitted else 0
            )
        except InputError as error:
            show_error(self, error, self.context.log)
            return
        except OSError as error:
            problem = self.tr("Cannot write the ballot file ({0}).").format(error.strerror)
            show_error(self, InputError(problem, where=Location(file=str(path))), self.context.log)
            return
        self.keeper.submitted = Submitted(str(path), receipt.revision, receipt.ballot_fingerprint, dict(vote))
        self.save_draft()
        self._show_draft_state()
        self.statusBar().showMessage(
            self.tr("Ballot saved: {0} (revision {1}).").format(path, receipt.revision), STATUS_SECONDS * 1000
        )
        dialog = ReceiptDialog(self, receipt, self.package.title, self.chooser, self.context.log)
        dialog.finished.connect(dialog.deleteLater)
        self.receipt_dialog = dialog
        dialog.open()
        self.submitted.emit(receipt)

    # -- window state -----------------------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = self.context.settings
        geometry = settings.geometry("ballot")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            self.resize(min(screen.width(), 1366), min(screen.height(), 768))
        state = settings.state(f"ballot-splitter-{self.mode}")
        if state is not None:
            self.splitter.restoreState(state)

    def unsubmitted_changes(self) -> bool:
        vote = self.vote()
        if self.keeper.submitted is not None:
            return self.keeper.submitted.vote != vote
        return bool(vote)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_close and not self._closing and self.unsubmitted_changes():
            event.ignore()
            self._ask_close()
            return
        self.context.settings.set_geometry("ballot", self.saveGeometry())
        self.context.settings.set_state(f"ballot-splitter-{self.mode}", self.splitter.saveState())
        self.keeper.shutdown()  # a draft being written is finished before the window goes
        super().closeEvent(event)
        self.closed.emit()

    def _ask_close(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Ballot not submitted"))
        box.setText(self.tr("You have not submitted this ballot."))
        box.setInformativeText(
            self.tr("Your draft is saved and comes back when you open the package again. Close anyway?")
        )
        close = box.addButton(self.tr("Close, keep the draft"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Back to the ballot"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            if box.clickedButton() is close:
                self._closing = True
                self.close()

        box.finished.connect(answered)
        self.close_box = box
        box.open()
