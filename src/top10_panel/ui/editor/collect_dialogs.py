"""The collection dashboard's dialogs: counting a late ballot by a recorded decision, and paper ballots typed twice.

Each dialog reads its fields, hands one service call to the writer, and shows the outcome (STYLE §3).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from top10_panel.domain.rules import Mode
from top10_panel.services.ballots import admit_late
from top10_panel.services.collect import (
    Difference,
    collect_double_entry,
    compare_entries,
    correct_typings,
    entry_differences,
)
from top10_panel.services.inbox import Collected

from .collect_corrections import CorrectionPanel
from .collect_jobs import Chooser, Runner, guarded, problem
from .collect_words import difference_text

MATRIX_FILTER = "Ballot matrices (*.csv *.xlsx)"


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class LateBallotDialog(QDialog):
    """Count a ballot received after the deadline: which expert's, who decided, and why (SPEC §3 deadline)."""

    admitted = Signal(str)

    def __init__(self, selection: Path, late: tuple[str, ...], runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.runner = runner
        self.note = _note()
        self.expert = QComboBox()
        self.expert.addItems(list(late))
        self.by = QLineEdit()
        self.reason = QLineEdit()
        self.labels = [QLabel(), QLabel(), QLabel()]
        self.form = QFormLayout()
        for label, field in zip(self.labels, (self.expert, self.by, self.reason), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._count)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.by.textChanged.connect(self._check)
        self.reason.textChanged.connect(self._check)
        self.retranslate()
        self._check()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Count a late ballot"))
        self.note.setText(
            self.tr(
                "A ballot received after the deadline counts only by a recorded decision. Who decided and why go "
                "into the ballot register and the event log, and into every report."
            )
        )
        for label, text in zip(
            self.labels, (self.tr("Expert:"), self.tr("Decided by:"), self.tr("Reason:")), strict=True
        ):
            label.setText(text)
        self.by.setPlaceholderText(self.tr("e.g. the supervisor (监票人)"))
        self.reason.setPlaceholderText(self.tr("e.g. the e-mail server was down on the last day"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Count this ballot"))
        self._fit()

    def _fit(self) -> None:
        """Wide enough for the note in a few lines and for the hints in full, in any language and at any scale."""
        metrics = self.fontMetrics()
        hints = max(metrics.horizontalAdvance(field.placeholderText()) for field in (self.by, self.reason))
        for field in (self.expert, self.by, self.reason):
            field.setMinimumWidth(hints + metrics.averageCharWidth() * 4)
        self.note.setMinimumWidth(metrics.averageCharWidth() * 64)
        self.adjustSize()

    def _check(self) -> None:
        ready = bool(self.expert.currentText() and self.by.text().strip() and self.reason.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def _count(self) -> None:
        expert, by, reason = self.expert.currentText(), self.by.text().strip(), self.reason.text().strip()
        path = self.selection
        self.buttons.setEnabled(False)
        self.runner.run(
            lambda: admit_late(path, expert, by, reason), *guarded(self, lambda _: self._counted(expert), self._failed)
        )

    def _counted(self, expert: str) -> None:
        self.admitted.emit(expert)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        problem(self, error)


class DoubleEntryDialog(QDialog):
    """Paper ballots typed in twice by two people: every cell where the typings disagree is listed, and the
    ballots are stored only when they agree cell for cell (SPEC §2.4)."""

    collected = Signal(object)
    """What the typed rows became: a services.inbox.Collected."""

    def __init__(
        self, selection: Path, mode: Mode, runner: Runner, chooser: Chooser, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.selection = selection
        self.mode = mode
        self.runner = runner
        self.chooser = chooser
        self.agreed: tuple[Path, Path] | None = None
        self.note = _note()
        self.first, self.first_browse = QLineEdit(), QPushButton()
        self.second, self.second_browse = QLineEdit(), QPushButton()
        self.labels = [QLabel(), QLabel()]
        self.form = QFormLayout()
        for label, edit, browse in zip(
            self.labels, (self.first, self.second), (self.first_browse, self.second_browse), strict=True
        ):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(browse)
            label.setBuddy(edit)
            self.form.addRow(label, row)
            edit.textChanged.connect(self._forget)
        self.first_browse.clicked.connect(lambda: self._browse(self.first))
        self.second_browse.clicked.connect(lambda: self._browse(self.second))
        self.compare = QPushButton()
        self.compare.clicked.connect(self._compare)
        self.verdict = _note()
        self.differences = QStringListModel(self)
        self.list = QListView()
        self.list.setModel(self.differences)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.corrections = CorrectionPanel()
        self.corrections.write.connect(self._correct)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self._collect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.compare)
        layout.addWidget(self.verdict)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.corrections, 2)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        self.retranslate()
        self._forget()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Paper ballots typed twice"))
        self.note.setText(
            self.tr(
                "Two people each type the paper ballots into a ballot matrix (.csv or .xlsx: the first column "
                "'expert', then one column per candidate code). The ballots are stored only when both typings "
                "agree cell for cell."
            )
        )
        for label, text in zip(self.labels, (self.tr("First typing:"), self.tr("Second typing:")), strict=True):
            label.setText(text)
        for browse in (self.first_browse, self.second_browse):
            browse.setText(self.tr("Browse…"))
        self.compare.setText(self.tr("Compare the two typings"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Collect the ballots"))
        self.corrections.retranslate()

    def _browse(self, edit: QLineEdit) -> None:
        folder = Path(edit.text()).parent if edit.text() else self.selection.parent
        chosen = self.chooser.open_file(self, self.tr("Choose a typing of the paper ballots"), folder, MATRIX_FILTER)
        if chosen is not None:
            edit.setText(str(chosen))

    def _paths(self) -> tuple[Path, Path] | None:
        first, second = self.first.text().strip(), self.second.text().strip()
        return (Path(first), Path(second)) if first and second else None

    def _forget(self) -> None:
        """Any change of the files asks for a new comparison before anything can be collected."""
        self.agreed = None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.compare.setEnabled(self._paths() is not None)

    def _compare(self) -> None:
        paths = self._paths()
        if paths is None:
            return
        first, second = paths
        mode = self.mode
        self.compare.setEnabled(False)
        self.runner.run(
            lambda: (compare_entries(first, second, mode), entry_differences(first, second, mode)),
            *guarded(self, lambda found: self._compared(paths, *found), self._failed),
        )

    def _correct(self, corrections: dict[tuple[str, str], str]) -> None:
        """Write the values checked against the paper into both typings, then compare again."""
        paths = self._paths()
        if paths is None or not corrections:
            return
        first, second = paths
        self.corrections.setEnabled(False)

        def written(_: object) -> None:
            self.corrections.setEnabled(True)
            self._compare()

        self.runner.run(lambda: correct_typings(first, second, corrections), *guarded(self, written, self._failed))

    def _compared(self, paths: tuple[Path, Path], found: list[str], cells: list[Difference] | None = None) -> None:
        self.compare.setEnabled(True)
        self.differences.setStringList([difference_text(line) for line in found])
        self.corrections.set_rows(cells or [])
        if found:
            self.verdict.setText(
                self.tr(
                    "The typings disagree in {0} places. Check them against the paper ballots, correct the typing, "
                    "and compare again; nothing is stored until they agree."
                ).format(len(found))
            )
            self.verdict.setStyleSheet("color: #b00020; font-weight: bold")
            return
        self.agreed = paths
        self.verdict.setText(self.tr("The two typings agree cell for cell: the ballots can be collected."))
        self.verdict.setStyleSheet("color: #1b5e20; font-weight: bold")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _collect(self) -> None:
        if self.agreed is None:
            return
        first, second = self.agreed
        path = self.selection
        self.buttons.setEnabled(False)
        self.runner.run(
            lambda: collect_double_entry(path, first, second), *guarded(self, self._collected, self._failed)
        )

    def _collected(self, done: Collected) -> None:
        self.collected.emit(done)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.corrections.setEnabled(True)
        self.compare.setEnabled(self._paths() is not None)
        problem(self, error)
