"""The three ways to settle an open tie (SPEC §3), each a dialog that records who and why: a public lot draw, the
chair's decision, and a runoff vote among the tied (加投)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from top10_panel.domain.result import OpenTie
from top10_panel.services.settle import settle_by_chair, settle_by_runoff

from .collect_jobs import Chooser, Runner, guarded, problem
from .error_words import sentences


def note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class _Recorded(QDialog):
    """A dialog with 'decided by' and 'reason' fields, an OK button enabled only when everything is filled in, and
    one service call on the writer when it is pressed."""

    settled = Signal(object)
    """The TallyResult after the decision."""

    def __init__(self, selection: Path, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.runner = runner
        self.by, self.reason = QLineEdit(), QLineEdit()
        self.by_label, self.reason_label = QLabel(), QLabel()
        self.by_label.setBuddy(self.by)
        self.reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._record)
        self.buttons.rejected.connect(self.reject)
        self.by.textChanged.connect(self.check)
        self.reason.textChanged.connect(self.check)

    def ok(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def ready(self) -> bool:
        return bool(self.by.text().strip() and self.reason.text().strip())

    def check(self) -> None:
        self.ok().setEnabled(self.ready())

    def job(self) -> Callable[[], object]:
        """The service call, with the fields read now (on the UI thread)."""
        raise NotImplementedError

    def _record(self) -> None:
        if not self.ready():
            return
        self.buttons.setEnabled(False)
        self.runner.run(self.job(), *guarded(self, self._done, self._failed))

    def _done(self, result: object) -> None:
        self.settled.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.check()
        problem(self, error)


class ChairDialog(_Recorded):
    """The chair's decision: the order of the tied candidates, who decided, and why."""

    def __init__(
        self,
        selection: Path,
        tie: OpenTie,
        titles: dict[str, str],
        runner: Runner,
        parent: QWidget | None = None,
        override: str = "",
    ) -> None:
        super().__init__(selection, runner, parent)
        self.tie = tie
        self.override = override
        self.note = note()
        self.order = QListWidget()
        self.order.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for code in tie.among:
            item = QListWidgetItem(f"{code}  {titles.get(code, '')}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.order.addItem(item)
        self.order.setCurrentRow(0)
        self.up, self.down = QPushButton(), QPushButton()
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        moves = QVBoxLayout()
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        moves.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.order, 1)
        row.addLayout(moves)
        form = QFormLayout()
        form.addRow(self.by_label, self.by)
        form.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(row, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(600, 360)
        self.retranslate()
        self.check()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record the chair's decision"))
        self.note.setText(
            self.tr(
                "{0} compete for %n seat(s). Put them in the order the chair decided, best first (drag, or use the "
                "buttons); the decision is recorded with who decided and why, and shown in every report.",
                "",
                self.tie.seats,
            ).format(", ".join(self.tie.among))
        )
        self.up.setText(self.tr("Up"))
        self.down.setText(self.tr("Down"))
        self.by_label.setText(self.tr("Chair:"))
        self.reason_label.setText(self.tr("Reason:"))
        self.ok().setText(self.tr("Record the decision"))

    def codes(self) -> list[str]:
        return [self.order.item(k).data(Qt.ItemDataRole.UserRole) for k in range(self.order.count())]

    def _move(self, step: int) -> None:
        row = self.order.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order.count():
            return
        item = self.order.takeItem(row)
        self.order.insertItem(target, item)
        self.order.setCurrentRow(target)

    def job(self) -> Callable[[], object]:
        path, order, by, reason = self.selection, self.codes(), self.by.text().strip(), self.reason.text().strip()
        override = self.override
        return lambda: settle_by_chair(path, order, by, reason, override)


class RunoffDialog(QDialog):
    """A runoff among the tied (加投): the experts vote again among them only; their ballots, typed into ballot
    matrices in one folder, are counted as a runoff stage whose order settles the tie."""

    settled = Signal(object)

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
        self.selection = selection
        self.tie = tie
        self.override = override
        self.runner = runner
        self.chooser = chooser
        self.note = note()
        self.folder, self.browse = QLineEdit(), QPushButton()
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.folder)
        self.by, self.reason = QLineEdit(), QLineEdit()
        self.by_label, self.reason_label = QLabel(), QLabel()
        self.by_label.setBuddy(self.by)
        self.reason_label.setBuddy(self.reason)
        self.by.textChanged.connect(self._check)
        self.browse.clicked.connect(self._browse)
        self.folder.textChanged.connect(self._check)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.folder_label, row)
        form.addRow(self.by_label, self.by)
        form.addRow(self.reason_label, self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._count)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(600, 260)
        self.retranslate()
        self._check()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Runoff among the tied"))
        header = ",".join(("expert", *self.tie.among))
        self.note.setText(
            self.tr(
                "The experts vote again among {0} only, for %n seat(s). Type their runoff ballots into ballot "
                "matrices (the header line: {1}) and put them in one folder. The runoff is counted as its own stage; "
                "its order settles the tie, and if it ties again it can be settled in turn.",
                "",
                self.tie.seats,
            ).format(", ".join(self.tie.among), header)
        )
        self.folder_label.setText(self.tr("Folder of the runoff ballots:"))
        self.by_label.setText(self.tr("Run by:"))
        self.reason_label.setText(self.tr("Reason:"))
        self.by.setPlaceholderText(self.tr("who organised the runoff"))
        self.browse.setText(self.tr("Browse…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Count the runoff"))

    def _browse(self) -> None:
        folder = self.chooser.choose_folder(self, self.tr("Folder of the runoff ballots"), self.selection.parent)
        if folder is not None:
            self.folder.setText(str(folder))

    def _check(self) -> None:
        ready = bool(self.folder.text().strip()) and bool(self.by.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def _count(self) -> None:
        folder, path = Path(self.folder.text().strip()), self.selection
        by, reason = self.by.text().strip(), self.reason.text().strip()
        self.buttons.setEnabled(False)
        override = self.override
        job = lambda: settle_by_runoff(path, folder, by, reason, override)  # noqa: E731
        self.runner.run(job, *guarded(self, self._done, self._failed))

    def _done(self, result: object) -> None:
        self.settled.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        problem(self, error)


class OverrideDialog(QDialog):
    """Going ahead although the quorum is unmet or experts may still vote (SPEC §3): only with a reason, which
    the decision and the audit (workbook, report) then show."""

    given = Signal(str)

    def __init__(self, blockers: tuple[str, ...], parent: QWidget | None = None, *, exporting: bool = False) -> None:
        super().__init__(parent)
        self.blockers = blockers
        self.note = note()
        self.reason, self.reason_label = QLineEdit(), QLabel()
        self.reason_label.setBuddy(self.reason)
        self.reason.textChanged.connect(self._check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._give)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, 200)
        self.setWindowTitle(self.tr("Go ahead before every ballot is in"))
        waits = (
            self.tr("Exporting waits: {0}. To go ahead now, record why; every report shows it.")
            if exporting
            else self.tr("Settling waits: {0}. To go ahead now, record why; every report shows it.")
        )
        self.note.setText(waits.format(sentences(blockers)))
        self.note.setWordWrap(True)
        self.reason_label.setText(self.tr("Reason:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Go ahead"))
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason.text().strip()))

    def _give(self) -> None:
        if self.reason.text().strip():
            self.given.emit(self.reason.text().strip())
            self.accept()
