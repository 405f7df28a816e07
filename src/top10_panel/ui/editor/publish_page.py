"""The publish page (SPEC §2.6): the results workbook and the PDF report into a folder (each with its SHA-256
sidecar), then ``verify`` recomputes the result from the ballots and checks it against what was published."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from top10_panel.domain.errors import InputError
from top10_panel.services.announcement import (
    AnnouncementState,
    announcement_state,
    export_announcement,
    set_introduction,
)
from top10_panel.services.dashboard import PublishState, publish_state
from top10_panel.services.publish import Exported, export_selection
from top10_panel.services.verify import Verified, verify

from ..times import moment_text
from . import collect_jobs
from .error_words import error_text, sentences
from .hosted import HostedPage
from .publish_announcement import AnnouncementBox
from .publish_models import COL_DETAIL, COL_SHA, ChecksModel, FilesModel
from .results_dialogs import OverrideDialog
from .tools import dismiss

BUSY_AFTER_MS = 500


class PublishPage(HostedPage):
    """Export, verify, and open the output folder, for one selection file."""

    exported = Signal(object)
    """services.publish.Exported"""
    verified = Signal(object)
    """services.verify.Verified"""

    def __init__(self, selection: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.chooser = collect_jobs.Chooser()
        self.state: PublishState | None = None
        self.last_verified: Verified | None = None
        self.busy: QProgressDialog | None = None

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.output_box = QGroupBox()
        self.folder_label = QLabel()
        self.folder = QLineEdit(str(selection.parent))
        self.folder_label.setBuddy(self.folder)
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose_folder)
        self.folder.textChanged.connect(self._show_names)
        self.names = QLabel()
        self.anonymise = QCheckBox()
        self.export_button, self.verify_button, self.open_button = QPushButton(), QPushButton(), QPushButton()
        self.export_button.clicked.connect(self.export)
        self.go_ahead = QPushButton()
        self.go_ahead.clicked.connect(self.open_override)
        self.go_ahead.hide()
        self.override = ""
        """The reason recorded to export before every ballot is in ('' while none is given)."""
        self.verify_button.clicked.connect(self.verify)
        self.open_button.clicked.connect(self.open_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.go_ahead, self.verify_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        output = QVBoxLayout(self.output_box)
        output.addLayout(row)
        output.addWidget(self.names)
        output.addWidget(self.anonymise)
        output.addLayout(buttons)

        self.announcement = AnnouncementBox()
        self.announcement.save_requested.connect(self.save_introduction)
        self.announcement.export_requested.connect(self.export_announcement)

        self.files = FilesModel(self)
        self.files_view = QTableView()
        self.files_view.setModel(self.files)
        self._table(self.files_view, COL_SHA)
        rows = self.fontMetrics().height() + 10
        self.files_view.verticalHeader().setDefaultSectionSize(rows)
        self.files_view.setMaximumHeight(rows * 3 + self.files_view.horizontalHeader().sizeHint().height() + 6)
        self.files_box = QGroupBox()
        QVBoxLayout(self.files_box).addWidget(self.files_view)
        self.checks = ChecksModel(self)
        self.checks_view = QTableView()
        self.checks_view.setModel(self.checks)
        self._table(self.checks_view, COL_DETAIL)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.checks_box = QGroupBox()
        checks = QVBoxLayout(self.checks_box)
        checks.addWidget(self.verdict)
        checks.addWidget(self.checks_view, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.output_box)
        layout.addWidget(self.announcement)
        layout.addWidget(self.files_box)
        layout.addWidget(self.checks_box, 1)
        self.retranslate()

    @staticmethod
    def _table(view: QTableView, stretch: int) -> None:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # --- words ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Publish"))
        self.output_box.setTitle(self.tr("Export"))
        self.folder_label.setText(self.tr("Output folder:"))
        self.choose.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export workbook and PDF"))
        self.go_ahead.setText(self.tr("Go ahead with a reason…"))
        self.verify_button.setText(self.tr("Verify"))
        self.verify_button.setToolTip(
            self.tr("Recompute the result from the ballots and the rules, and check it against what was published")
        )
        self.open_button.setText(self.tr("Open output folder"))
        self.files_box.setTitle(self.tr("Files written"))
        self.checks_box.setTitle(self.tr("Verification"))
        self._show()

    def has_read(self) -> bool:
        return self.state is not None

    # --- reading ------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        path = self.selection
        # Said until the state is back, and nothing exported on a result that may have changed meanwhile.
        self.status.setText(self.tr("Reading the selection…"))
        self.status.setStyleSheet("")
        self.export_button.setEnabled(False)
        self.runner.run(lambda: publish_state(path), *collect_jobs.guarded(self, self._loaded, self._unreadable))
        self.runner.run(
            lambda: announcement_state(path), *collect_jobs.guarded(self, self.announcement.set_state, self._failed)
        )

    def _loaded(self, state: PublishState) -> None:
        self.state = state
        self.export_button.setEnabled(self.busy is None)
        if state.exported and not self.files.files():
            self.files.set_files(state.exported)
        self._show()
        self.loaded.emit()

    def _unreadable(self, error: BaseException) -> None:
        """Nothing to publish yet (no candidates): said on the page, not in a dialog, since no one asked."""
        if not isinstance(error, InputError):
            collect_jobs.problem(self, error)
            return
        self.state = None
        self.status.setText(error_text(error, with_place=False))
        self.export_button.setEnabled(False)
        self.verify_button.setEnabled(False)
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        collect_jobs.problem(self, error)

    def _show(self) -> None:
        state = self.state
        self._show_names()
        self.anonymise.setText(self.tr("Anonymise the experts (E01, E02 … in the ballots sheet and the register)"))
        if state is None:
            return
        if state.secret:
            self.anonymise.setChecked(True)
            self.anonymise.setEnabled(False)
            self.anonymise.setToolTip(self.tr("A secret (无记名) selection is always published anonymised."))
        parts = []
        if state.open_ties:
            tied = "; ".join(", ".join(t) for t in state.open_ties)
            parts.append(
                self.tr("Provisional: the tie {0} at the cut line is open; an export now says so.").format(tied)
            )
        if not state.quorum_met:
            parts.append(self.tr("Provisional: the quorum is not met; an export now says so."))
        waiting = bool(state.blockers) and not self.override
        if state.blockers:
            parts.append(
                self.tr("Exporting waits: {0}.").format(sentences(state.blockers))
                + " "
                + (
                    self.tr("Going ahead by override: {0}").format(self.override)
                    if self.override
                    else self.tr("Wait for the ballots, or go ahead with a recorded reason.")
                )
            )
        elif not parts:
            parts.append(self.tr("Every seat is settled: the result can be published."))
        if state.exported:
            parts.append(self.tr("Last exported {0}.").format(moment_text(state.exported_at, utc=True)))
        self.status.setText(" ".join(parts))
        self.status.setStyleSheet(
            "color: #b35900; font-weight: bold" if state.open_ties or not state.quorum_met or waiting else ""
        )
        self.export_button.setEnabled(self.busy is None and not waiting)
        self.export_button.setToolTip(
            self.tr("Exporting waits: {0}").format(sentences(state.blockers)) if waiting else ""
        )
        if waiting:
            self.announcement.export_button.setEnabled(False)
            self.announcement.export_button.setToolTip(self.export_button.toolTip())
        self.go_ahead.setVisible(bool(state.blockers))
        self.go_ahead.setEnabled(not self.override and self.busy is None)
        self.verify_button.setEnabled(bool(state.exported or self.files.files()) and self.busy is None)
        checks = self.last_verified
        if checks is None:
            self.verdict.setText(self.tr("Verify after exporting: every figure is recomputed from the ballots."))
            self.verdict.setStyleSheet("")
        elif checks.ok:
            self.verdict.setText(self.tr("✓ Every check passed: the published result follows from the ballots."))
            self.verdict.setStyleSheet("color: #1b5e20; font-weight: bold")
        else:
            failed = sum(1 for c in checks.checks if not c.ok)
            self.verdict.setText(self.tr("✗ %n check(s) failed: see the details below.", "", failed))
            self.verdict.setStyleSheet("color: #b00020; font-weight: bold")

    def outputs(self) -> tuple[Path, Path]:
        folder = Path(self.folder.text().strip() or self.selection.parent)
        stem = self.selection.stem
        return folder / f"{stem}-results.xlsx", folder / f"{stem}-report.pdf"

    def announcement_output(self) -> Path:
        return self.outputs()[0].parent / f"{self.selection.stem}-announcement.docx"

    def _show_names(self) -> None:
        self.announcement.set_target(self.announcement_output())
        xlsx, pdf = self.outputs()
        self.names.setText(
            self.tr("Writes {0} and {1}, each with a .sha256 file beside it.").format(xlsx.name, pdf.name)
        )

    # --- acting ----------------------------------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        folder = self.chooser.choose_folder(self, self.tr("Output folder"), Path(self.folder.text() or "."))
        if folder is not None:
            self.folder.setText(str(folder))

    def export(self) -> None:
        if self.busy is not None:
            return
        path, (xlsx, pdf), anonymise = self.selection, self.outputs(), self.anonymise.isChecked()
        override = self.override
        self._set_busy(True, self.tr("Writing the workbook and the PDF report…"))
        self.runner.run(
            lambda: export_selection(path, xlsx, pdf, anonymise, override=override),
            *collect_jobs.guarded(self, self._exported, self._failed),
        )

    def save_introduction(self) -> None:
        if self.busy is not None:
            return
        path, text = self.selection, self.announcement.text()
        self._set_busy(True, self.tr("Saving the introduction…"))
        self.runner.run(
            lambda: (set_introduction(path, text), announcement_state(path))[1],
            *collect_jobs.guarded(self, self._introduction_saved, self._failed),
        )

    def _introduction_saved(self, state: AnnouncementState) -> None:
        self._set_busy(False)
        self.announcement.state = None  # the text as saved replaces the text as typed
        self.announcement.set_state(state)
        self.changed.emit()

    def export_announcement(self) -> None:
        if self.busy is not None:
            return
        path, text, docx = self.selection, self.announcement.text(), self.announcement_output()
        notice, override = self.announcement.notice.isChecked(), self.override
        self._set_busy(True, self.tr("Writing the announcement…"))
        self.runner.run(
            lambda: export_announcement(path, text, docx, notice, override=override),
            *collect_jobs.guarded(self, self._exported, self._failed),
        )

    def open_override(self) -> OverrideDialog | None:
        """Ask for the reason to export before every ballot is in; the export and its audit record it."""
        if self.state is None or not self.state.blockers:
            return None
        dialog = OverrideDialog(self.state.blockers, self, exporting=True)
        dialog.given.connect(self._override_given)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _override_given(self, reason: str) -> None:
        self.override = reason
        self._show()

    def _exported(self, exported: Exported) -> None:
        self._set_busy(False)
        self.files.set_files(exported.files)
        self.last_verified = None
        self.checks.set_checks(())
        self.exported.emit(exported)
        self.changed.emit()
        self.refresh()

    def verify(self) -> None:
        if self.busy is not None:
            return
        path = self.selection
        self._set_busy(True, self.tr("Recomputing the result from the ballots…"))
        self.runner.run(lambda: verify(path), *collect_jobs.guarded(self, self._verified, self._failed))

    def _verified(self, verified: Verified) -> None:
        self._set_busy(False)
        self.last_verified = verified
        self.checks.set_checks(verified.checks)
        self._show()
        self.verified.emit(verified)

    def open_folder(self) -> None:
        folder = self.outputs()[0].parent
        self.chooser.open_folder(folder if folder.is_dir() else self.selection.parent)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        for button in (self.export_button, self.verify_button, self.choose):
            button.setEnabled(not busy)
        self.announcement.set_busy(busy)
        if busy:
            # No cancel: an export writes whole files atomically and records them; it is short.
            dialog = QProgressDialog(text, "", 0, 0, self)
            dialog.setCancelButton(None)
            dialog.setWindowTitle(self.tr("Publish"))
            dialog.setWindowModality(Qt.WindowModality.NonModal)
            dialog.setMinimumDuration(BUSY_AFTER_MS)
            self.busy = dialog
        elif self.busy is not None:
            dismiss(self.busy)
            self.busy = None
            self._show()
