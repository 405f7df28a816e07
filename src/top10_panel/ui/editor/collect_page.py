"""The collection dashboard (SPEC §2.4): drop ballot files, Excel forms, ballot matrices or folders anywhere on it;
every ballot checked and either accepted or rejected with a reason; who has voted and who is missing; the
reconciliation and the quorum; late ballots counted by decision; paper ballots typed twice.

A collect runs on the writer thread with a progress dialog; cancelling it rolls the whole collect back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from top10_panel.services.dashboard import (
    CollectionView,
    Dropped,
    RegisterEntry,
    collect_dropped,
    collection,
    sort_inbox,
)
from top10_panel.services.inbox import Collected

from . import collect_jobs
from .collect_decision import HeldBallotDialog
from .collect_dialogs import DoubleEntryDialog, LateBallotDialog
from .collect_models import (
    COL_FINGERPRINT,
    COL_REASON,
    STATUS_WORDS,
    PeopleModel,
    RegisterModel,
    RegisterRoles,
    StatusFilter,
    select_entries,
    status_word,
)
from .collect_remind import ReminderPanel
from .collect_words import held_text, outcome_text, quorum_text, reconciliation_lines, rejected_text, stage_text
from .hosted import HostedPage
from .tools import dismiss

BALLOT_FILTER = "Ballots (*.t10vote *.xlsx *.csv);;All files (*)"
PROGRESS_AFTER_MS = 700
"""A collect that takes longer than this shows its progress dialog (STYLE §5: anything over a second)."""


class CollectPage(HostedPage):
    """The collection dashboard of one selection file."""

    started = Signal(object)
    """A collect starts: its collect_jobs.Progress (which reports each file, and cancels)."""
    collected = Signal(object)
    """A collect finished: its services.dashboard.Dropped."""

    def __init__(self, selection: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.chooser = collect_jobs.Chooser()
        self.view: CollectionView | None = None
        self.progress: QProgressDialog | None = None
        self._job: collect_jobs.Progress | None = None
        self._outcome = ""
        self._dropped: Dropped | None = None
        """A collect done, whose outcome is said once the register is read again."""
        self._before = 0
        """Rows of the register before the collect: the rows after them are the ones it added."""
        self.setAcceptDrops(True)

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.add_files, self.add_folder = QPushButton(), QPushButton()
        self.paper, self.late, self.decide = QPushButton(), QPushButton(), QPushButton()
        self.add_files.clicked.connect(self._choose_files)
        self.add_folder.clicked.connect(self._choose_folder)
        self.paper.clicked.connect(self.open_double_entry)
        self.late.clicked.connect(self.open_late)
        self.decide.clicked.connect(lambda: self.open_decision())
        buttons = QHBoxLayout()
        for button in (self.add_files, self.add_folder, self.paper, self.late, self.decide):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.figures_box = QGroupBox()
        self.figures = QLabel()
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quorum = QLabel()
        self.quorum.setWordWrap(True)
        figures = QVBoxLayout(self.figures_box)
        figures.addWidget(self.figures)
        figures.addWidget(self.quorum)

        self.register = RegisterModel(self)
        self.filter = StatusFilter(self)
        self.filter.setSourceModel(self.register)
        self.table = QTableView()
        self.table.setModel(self.filter)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(self._row_opened)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_FINGERPRINT, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QComboBox()
        self.status.currentIndexChanged.connect(lambda _: self.filter.set_status(self.status.currentData() or ""))
        self.register_label = QLabel()
        self.register_box = QGroupBox()
        register = QVBoxLayout(self.register_box)
        above = QHBoxLayout()
        above.addWidget(self.register_label, 1)
        above.addWidget(self.status)
        register.addLayout(above)
        register.addWidget(self.table)

        self.voted_model, self.missing_model = PeopleModel(self), PeopleModel(self)
        self.voted_box, self.missing_box = QGroupBox(), QGroupBox()
        self.reminders = ReminderPanel(selection, lambda: self.runner, parent=self)
        for box, model in ((self.voted_box, self.voted_model), (self.missing_box, self.missing_model)):
            view = QListView()
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            inside = QVBoxLayout(box)
            inside.addWidget(view)
        inside.addWidget(self.reminders)  # under the experts who have not voted
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.voted_box, 3)
        people_layout.addWidget(self.missing_box, 2)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.register_box)
        split.addWidget(people)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)

        top = QHBoxLayout()
        intro = QVBoxLayout()
        intro.addWidget(self.heading)
        intro.addWidget(self.hint)
        intro.addLayout(buttons)
        intro.addWidget(self.outcome)
        intro.addStretch(1)
        top.addLayout(intro, 3)
        top.addWidget(self.figures_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.retranslate()

    # --- words ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Collect ballots"))
        self.hint.setText(
            self.tr(
                "Drop ballot files (.t10vote), Excel ballot forms, ballot matrices or whole folders anywhere on this "
                "page. Every ballot is checked and either accepted or rejected with its reason."
            )
        )
        self.add_files.setText(self.tr("Add files…"))
        self.add_folder.setText(self.tr("Add a folder…"))
        self.paper.setText(self.tr("Paper ballots typed twice…"))
        self.late.setText(self.tr("Count a late ballot…"))
        self.decide.setText(self.tr("Decide a held ballot…"))
        self.figures_box.setTitle(self.tr("Reconciliation"))
        self.register_box.setTitle(self.tr("Ballot register"))
        current = self.status.currentData() or ""
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All statuses"), "")
        for status in STATUS_WORDS:
            self.status.addItem(status_word(status), status)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.status.blockSignals(False)
        self.outcome.setText(self._outcome)
        self.reminders.retranslate()
        self._show()

    def has_read(self) -> bool:
        return self.view is not None

    # --- reading ------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the dashboard again (on the writer thread, after any collect in progress)."""
        path = self.selection
        self.runner.run(lambda: collection(path), *collect_jobs.guarded(self, self._loaded, self._failed))

    def _loaded(self, view: CollectionView) -> None:
        self.view = view
        self._show()
        self.reminders.refresh()
        if self._dropped is not None:  # the outcome of a collect, said with the register it produced
            dropped, self._dropped = self._dropped, None
            self._show_outcome(dropped, view.register[self._before :])
        self.loaded.emit()

    def _show_outcome(self, dropped: Dropped, new: Sequence[RegisterEntry]) -> None:
        """What the collect did, each ballot it rejected with its reason, and the rejected rows brought into
        view in the register (selected, the first scrolled to)."""
        self._outcome = outcome_text(dropped)
        rejected = [entry for entry in new if entry.status == "rejected"]
        if rejected:
            self._outcome += "\n" + rejected_text(rejected)
        self.outcome.setText(self._outcome)
        self.outcome.setStyleSheet("color: #b35900" if dropped.cancelled or rejected else "")
        self._bring_into_view(rejected)

    def _bring_into_view(self, entries: Sequence[RegisterEntry]) -> None:
        if not entries:
            return
        if self.status.currentData() not in ("", "rejected"):
            self.status.setCurrentIndex(0)  # a filter that hides them would hide what the collect refused
        select_entries(self.table, entries)

    def _show(self) -> None:
        view = self.view
        if view is None:
            return
        self.register.set_rows(view.register)
        self.register_label.setText(
            self.tr("{0} ballots received in the {1}").format(
                len(view.register), stage_text(view.stage, view.stage_kind)
            )
        )
        self.figures.setText("\n".join(reconciliation_lines(view)))
        self.quorum.setText(quorum_text(view.quorum))
        met = view.quorum is not None and view.quorum.met
        self.quorum.setStyleSheet("color: #1b5e20" if met else "color: #b35900; font-weight: bold")
        void, late = set(view.void), set(view.late)
        self.voted_model.set_rows([(name, self.tr("void") if name in void else "") for name in view.voted])
        self.missing_model.set_rows(
            [(name, self.tr("late, not counted yet") if name in late else "") for name in view.missing]
        )
        self.voted_box.setTitle(self.tr("Voted ({0})").format(len(view.voted)))
        self.missing_box.setTitle(self.tr("Not voted yet ({0})").format(len(view.missing)))
        self.late.setEnabled(bool(view.late))
        self.decide.setEnabled(bool(view.held))

    # --- collecting -----------------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()) and not self.collecting:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and not self.collecting:
            event.acceptProposedAction()
            self.collect(paths)

    def _choose_files(self) -> None:
        files = self.chooser.open_files(self, self.tr("Add ballot files"), self.selection.parent, BALLOT_FILTER)
        if files:
            self.collect(files)

    def _choose_folder(self) -> None:
        folder = self.chooser.choose_folder(self, self.tr("Add a folder of ballots"), self.selection.parent)
        if folder is not None:
            self.collect([folder])

    @property
    def collecting(self) -> bool:
        return self._job is not None

    def collect(self, paths: list[Path]) -> None:
        """Collect files and folders on the writer thread, with a progress dialog whose Cancel stores nothing."""
        if self.collecting:
            return
        progress = collect_jobs.Progress(self)
        self._job = progress
        dialog = QProgressDialog(self.tr("Checking and storing ballots…"), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Collect ballots"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # the page is disabled instead: no nested event loop
        dialog.setMinimumDuration(PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(progress.cancel)
        progress.moved.connect(self._moved)
        self.progress = dialog
        self._set_busy(True)
        self._before = len(self.view.register) if self.view is not None else 0
        path = self.selection

        def job() -> Dropped:
            return collect_dropped(path, sort_inbox(paths), progress)

        self.started.emit(progress)
        self.runner.run(job, *collect_jobs.guarded(self, self._collected, self._collect_failed))

    def _moved(self, done: int, total: int) -> None:
        if self.progress is None:
            return
        if self.progress.maximum() != total:
            self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setLabelText(self.tr("Checking and storing ballots… {0} of {1}").format(done, total))

    def _finish(self) -> None:
        self._set_busy(False)
        if self.progress is not None:
            self.progress.canceled.disconnect()
            dismiss(self.progress)
            self.progress = None
        if self._job is not None:
            self._job.deleteLater()
            self._job = None

    def _collected(self, dropped: Dropped) -> None:
        self._finish()
        self._dropped = dropped  # said once the register is read again, so that the two never disagree
        self.outcome.setText(self.tr("Reading the register again…"))
        self.outcome.setStyleSheet("")
        self.collected.emit(dropped)
        if not dropped.cancelled or dropped.matrices:
            self.changed.emit()
        self.refresh()

    def _collect_failed(self, error: BaseException) -> None:
        self._finish()
        collect_jobs.problem(self, error)
        self.refresh()  # a matrix refused after others were stored: show what is on record

    def _failed(self, error: BaseException) -> None:
        collect_jobs.problem(self, error)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.add_files, self.add_folder, self.paper, self.late, self.decide):
            button.setEnabled(not busy)
        if not busy and self.view is not None:
            self.late.setEnabled(bool(self.view.late))
            self.decide.setEnabled(bool(self.view.held))

    # --- dialogs --------------------------------------------------------------------------------------------------

    def open_late(self) -> LateBallotDialog | None:
        if self.view is None or not self.view.late:
            return None
        dialog = LateBallotDialog(self.selection, self.view.late, self.runner, self)
        dialog.admitted.connect(self._admitted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _admitted(self, expert: str) -> None:
        self._outcome = self.tr("The late ballot of {0} is counted, by a recorded decision.").format(expert)
        self.outcome.setText(self._outcome)
        self.changed.emit()
        self.refresh()

    def _row_opened(self, index: QModelIndex) -> None:
        entry = index.data(RegisterRoles.ENTRY)
        if isinstance(entry, RegisterEntry) and entry.status == "held":
            self.open_decision(entry.number)

    def open_decision(self, number: int = 0) -> HeldBallotDialog | None:
        """The decision on a ballot held beside the one on record (``number`` chosen first, if given)."""
        held = [entry for entry in self.view.register if entry.status == "held"] if self.view is not None else []
        if not held or self.collecting:
            return None
        dialog = HeldBallotDialog(self.selection, held, self.runner, self, chosen=number)
        dialog.decided.connect(self._decided)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _decided(self, expert: str, replaced: bool) -> None:
        if replaced:
            text = self.tr("The held ballot of {0} is counted instead of the one on record, by a recorded decision.")
        else:
            text = self.tr("The ballot of {0} on record stays counted; the held one is not, by a recorded decision.")
        self._outcome = text.format(expert)
        self.outcome.setText(self._outcome)
        self.changed.emit()
        self.refresh()

    def open_double_entry(self) -> DoubleEntryDialog | None:
        if self.view is None:
            return None
        dialog = DoubleEntryDialog(self.selection, self.view.mode, self.runner, self.chooser, self)
        dialog.collected.connect(self._typed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _typed(self, done: Collected) -> None:
        self._outcome = self.tr("The two typings agreed: {0} paper ballots collected.").format(
            done.accepted + done.rejected + done.held
        ) + held_text(done.held)
        self.outcome.setText(self._outcome)
        self.changed.emit()
        self.refresh()
