"""A runoff among the tied (加投) voted like any ballots: issue its packages (and Excel forms, paper ballots) for the
tied candidates only; while it runs, the results page says so and counts it once its ballots are collected."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from top10_panel.domain.result import OpenTie
from top10_panel.services.results_view import ResultsView
from top10_panel.services.runoff import count_runoff, issue_runoff

from .collect_jobs import Chooser, Runner, guarded, problem


def _note() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class RunoffIssueDialog(QDialog):
    """Start the runoff and write a package per expert for the tied candidates only."""

    settled = Signal(object)
    """The runoff started: its (RunoffState, Issued)."""

    def __init__(
        self,
        selection: Path,
        tie: OpenTie,
        runner: Runner,
        chooser: Chooser,
        parent: QWidget | None = None,
        override: str = "",
    ) -> None:
        super().__init__(parent)
        self.selection, self.tie, self.runner, self.chooser, self.override = selection, tie, runner, chooser, override
        self.note = _note()
        self.folder = QLineEdit(str(selection.parent / f"{selection.stem}-runoff"))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.forms, self.paper = QCheckBox(), QCheckBox()
        self.deadline = QLineEdit()
        self.folder_label, self.deadline_label = QLabel(), QLabel()
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.folder_label, row)
        form.addRow("", self.forms)
        form.addRow("", self.paper)
        form.addRow(self.deadline_label, self.deadline)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._issue)
        self.buttons.rejected.connect(self.reject)
        self.folder.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(640, 300)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Runoff packages"))
        self.note.setText(
            self.tr(
                "A runoff stage among {0} for %n seat(s): every expert gets a package with these candidates only, "
                "votes in the ballot window as before, and sends back the ballot file. Collect the ballots on the "
                "Collect page (the runoff has its own register), then count the runoff here.",
                "",
                self.tie.seats,
            ).format(self.tr(", ").join(self.tie.among))
        )
        self.folder_label.setText(self.tr("Folder:"))
        self.browse.setText(self.tr("Browse…"))
        self.forms.setText(self.tr("also an Excel ballot form per expert"))
        self.paper.setText(self.tr("also paper ballots (PDF) and a blank double-entry workbook"))
        self.deadline_label.setText(self.tr("Deadline:"))
        self.deadline.setPlaceholderText(self.tr("optional, e.g. 2020-12-24 18:00"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue runoff packages"))

    def _browse(self) -> None:
        folder = self.chooser.choose_folder(self, self.tr("Folder for the runoff packages"), self.selection.parent)
        if folder is not None:
            self.folder.setText(str(folder))

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.folder.text().strip()))

    def _issue(self) -> None:
        path, out = self.selection, Path(self.folder.text().strip())
        forms, paper, override = self.forms.isChecked(), self.paper.isChecked(), self.override
        deadline = self.deadline.text().strip().replace(" ", "T", 1)
        self.buttons.setEnabled(False)

        def job() -> object:
            return issue_runoff(path, out, forms, paper, deadline, override)

        self.runner.run(job, *guarded(self, self._done, self._failed))

    def _done(self, result: object) -> None:
        self.settled.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        problem(self, error)


class RunoffCountDialog(QDialog):
    """Count the runoff's collected ballots: its order becomes the decision of the tie, or the tie stays open."""

    settled = Signal(object)

    def __init__(self, selection: Path, view: ResultsView, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection, self.view, self.runner = selection, view, runner
        self.note = _note()
        self.by, self.reason, self.override = QLineEdit(), QLineEdit(), QLineEdit()
        self.by_label, self.reason_label, self.override_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.by_label, self.by)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.override_label, self.override)
        self.override_note = _note()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._count)
        self.buttons.rejected.connect(self.reject)
        self.by.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.override_note)
        layout.addWidget(self.buttons)
        self.resize(620, 300)
        self.retranslate()
        self._check()

    def retranslate(self) -> None:
        view = self.view
        self.setWindowTitle(self.tr("Count the runoff"))
        order = " > ".join(r.code for r in view.rows)
        valid = dict(view.ballots).get("valid", 0)
        self.note.setText(
            self.tr(
                "{0}: {1} valid ballots; its order: {2}. The order is recorded as the decision of the tie, with the "
                "runoff's figures, and the runoff is closed."
            ).format(view.stage, valid, order)
        )
        self.by_label.setText(self.tr("Run by:"))
        self.reason_label.setText(self.tr("Note:"))
        self.override_label.setText(self.tr("Go ahead because:"))
        self.override.setPlaceholderText(self.tr("only if the quorum is unmet or experts may still vote"))
        self.override_note.setText(
            self.tr("Counting waits while the quorum is unmet or experts may still vote, unless a reason is given.")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Count the runoff"))

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.by.text().strip()))

    def _count(self) -> None:
        path, by, reason, override = self.selection, self.by.text(), self.reason.text(), self.override.text()
        self.buttons.setEnabled(False)
        self.runner.run(lambda: count_runoff(path, by, reason, override), *guarded(self, self._done, self._failed))

    def _done(self, result: object) -> None:
        self.settled.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        problem(self, error)


class RunoffBar(QFrame):
    """Shown while a runoff is the current stage: what it is about, and the button that counts it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runoffBar")
        self.setStyleSheet("QFrame#runoffBar { background: #fff3cd; border-radius: 4px; }")
        self.text = _note()
        self.count = QPushButton()
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.count)
        self.view: ResultsView | None = None
        self.hide()

    def set_view(self, view: ResultsView | None) -> None:
        self.view = view
        running = view is not None and view.stage_kind == "runoff"
        self.setVisible(running)
        if view is None or not running:
            return
        among = self.tr(", ").join(r.code for r in view.rows)
        text = self.tr("Runoff {0} in progress among {1} for %n seat(s).", "", view.seats).format(view.stage, among)
        if view.open_ties and dict(view.ballots).get("returned", 0):
            text += " " + self.tr("It is tied again: settle it below, then count it.")
        else:
            text += " " + self.tr("Collect its ballots on the Collect page, then count it.")
        self.text.setText(text)
        self.count.setText(self.tr("Count the runoff…"))
        self.count.setEnabled(not view.open_ties)
