"""Deciding a ballot held for a decision: an unsigned ballot (Excel form, matrix row, paper) that arrived for an
expert who already has one on record. Keep the one on record, or count the held one instead — who and why recorded
(SPEC §3: an unsigned ballot never replaces a signed one without a recorded decision)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from top10_panel.services.ballots import decide
from top10_panel.services.dashboard import RegisterEntry

from .collect_jobs import Runner, guarded, problem
from .collect_models import kind_word, reason_text


class HeldBallotDialog(QDialog):
    """Which held ballot, keep or replace, who decided, and why."""

    decided = Signal(str, bool)
    """(the expert, whether the held ballot now counts)."""

    def __init__(
        self,
        selection: Path,
        held: list[RegisterEntry],
        runner: Runner,
        parent: QWidget | None = None,
        chosen: int = 0,
    ) -> None:
        super().__init__(parent)
        self.selection = selection
        self.runner = runner
        self.held = held
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.ballot = QComboBox()
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.keep, self.replace = QRadioButton(), QRadioButton()
        self.keep.setChecked(True)
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.keep)
        self.choice.addButton(self.replace)
        self.by, self.reason = QLineEdit(), QLineEdit()
        self.labels = [QLabel(), QLabel(), QLabel(), QLabel()]
        self.form = QFormLayout()
        self.form.addRow(self.labels[0], self.ballot)
        self.form.addRow("", self.why)
        self.form.addRow(self.labels[1], self.keep)
        self.form.addRow("", self.replace)
        self.form.addRow(self.labels[2], self.by)
        self.form.addRow(self.labels[3], self.reason)
        for label, field in zip(self.labels, (self.ballot, self.keep, self.by, self.reason), strict=True):
            label.setBuddy(field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._decide)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.ballot.currentIndexChanged.connect(self._show_reason)
        self.by.textChanged.connect(self._check)
        self.reason.textChanged.connect(self._check)
        self.setMinimumWidth(560)
        self.retranslate()
        found = next((k for k, entry in enumerate(held) if entry.number == chosen), 0)
        self.ballot.setCurrentIndex(found)
        self._show_reason()
        self._check()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Decide a held ballot"))
        self.note.setText(
            self.tr(
                "This expert already has a ballot on record, so this one is not counted beside it: it waits for a "
                "decision. An unsigned ballot never replaces a signed one without it. Who decided and why go into "
                "the ballot register, the event log and every report."
            )
        )
        for label, text in zip(
            self.labels,
            (self.tr("Held ballot:"), self.tr("Decision:"), self.tr("Decided by:"), self.tr("Reason:")),
            strict=True,
        ):
            label.setText(text)
        self.keep.setText(self.tr("Keep the ballot on record (the held one is not counted)"))
        self.replace.setText(self.tr("Count the held ballot instead of the one on record"))
        self.by.setPlaceholderText(self.tr("e.g. the supervisor (监票人)"))
        self.reason.setPlaceholderText(self.tr("e.g. the expert confirmed by telephone which ballot is theirs"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record the decision"))
        current = self.ballot.currentIndex()
        self.ballot.blockSignals(True)
        self.ballot.clear()
        for entry in self.held:
            self.ballot.addItem(
                self.tr("{0} — {1}: {2} (ballot {3})").format(
                    entry.expert, kind_word(entry.kind), entry.file, entry.number
                ),
                entry.number,
            )
        self.ballot.setCurrentIndex(max(current, 0))
        self.ballot.blockSignals(False)

    def _show_reason(self) -> None:
        entry = self._entry()
        self.why.setText(reason_text(entry.reason) if entry is not None else "")

    def _entry(self) -> RegisterEntry | None:
        index = self.ballot.currentIndex()
        return self.held[index] if 0 <= index < len(self.held) else None

    def _check(self) -> None:
        ready = self._entry() is not None and bool(self.by.text().strip() and self.reason.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def _decide(self) -> None:
        entry = self._entry()
        if entry is None:
            return
        expert, number, replace = entry.expert, entry.number, self.replace.isChecked()
        by, reason, path = self.by.text().strip(), self.reason.text().strip(), self.selection
        self.buttons.setEnabled(False)

        def job() -> int:
            return decide(path, expert, replace=replace, by=by, reason=reason, ballot=number)

        self.runner.run(job, *guarded(self, lambda _: self._decided(expert, replace), self._failed))

    def _decided(self, expert: str, replace: bool) -> None:
        self.decided.emit(expert, replace)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        problem(self, error)
