"""The recusal matrix (回避): experts × candidates, with the confirmed recusals and those the app suggests where an
expert's affiliation is a candidate's source. The editor accepts or rejects them, or adds one by hand; each change
is undoable and saved at once (through the experts page's commands)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from top10_panel.domain.people import Candidate, Expert, RecusalReason
from top10_panel.services import editing
from top10_panel.services.editing import RecusalRecord
from top10_panel.services.selection import review_recusals

from .explained import note_label
from .list_commands import WriteCommand
from .recusal_model import CONFIRMED, REJECTED, SUGGESTED, RecusalModel, reason_text

State = tuple[str, str, str | None, str, str]
"""(expert, code, status or None, reason, note): what services.editing.set_recusals puts back."""
Push = Callable[[str, Callable[[], Any], Callable[[WriteCommand], Any]], None]


def _state(expert: str, code: str, record: RecusalRecord | None) -> State:
    if record is None:
        return (expert, code, None, "", "")
    return (expert, code, record.status, record.reason, record.note)


class RecusalPanel(QWidget):
    """The matrix with its buttons; ``push`` makes each change an undoable command of the experts page."""

    reviewed = Signal()

    def __init__(self, selection: Path, push: Push, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.push = push
        self.model = RecusalModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setDefaultSectionSize(44)
        self.view.horizontalHeader().setMinimumSectionSize(36)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.title = QLabel()
        self.note = note_label()
        self.recuse_button = QPushButton()
        self.clear_button = QPushButton()
        self.accept_all_button = QPushButton()
        self.reason_label = QLabel()
        self.reason = QComboBox()
        for reason in RecusalReason:
            self.reason.addItem("", str(reason))
        self.legend = note_label()
        self.locked = False

        buttons = QHBoxLayout()
        buttons.addWidget(self.recuse_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.accept_all_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.reason_label)
        buttons.addWidget(self.reason)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)

        self.recuse_button.clicked.connect(self.recuse_selected)
        self.clear_button.clicked.connect(self.clear_selected)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.retranslate()

    def set_rows(
        self, experts: Sequence[Expert], candidates: Sequence[Candidate], records: Sequence[RecusalRecord], locked: bool
    ) -> None:
        self.locked = locked
        self.model.set_rows(experts, candidates, records)
        self.view.resizeColumnsToContents()
        self.retranslate()

    def selected_pairs(self) -> list[tuple[str, str]]:
        indexes = sorted(self.view.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))
        return [self.model.pair(index) for index in indexes]

    def select(self, pairs: Sequence[tuple[str, str]]) -> None:
        """Select these cells (as a click would)."""
        selection = self.view.selectionModel()
        selection.clearSelection()
        for expert, code in pairs:
            index = self.model.index_of(expert, code)
            if index.isValid():
                selection.select(index, selection.SelectionFlag.Select)
                selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)

    # -- changes -----------------------------------------------------------------------------------------------------
    def recuse_selected(self) -> None:
        """Recuse the selected pairs: accept a suggestion, undo a rejection, or add a recusal by hand."""
        pairs = [p for p in self.selected_pairs() if self._status(p) != CONFIRMED]
        if pairs:
            self._change(pairs, CONFIRMED, self.tr("recuse {0}").format(self._names(pairs)))

    def clear_selected(self) -> None:
        """Reject the selected suggested or confirmed recusals: the expert votes on those candidates."""
        pairs = [p for p in self.selected_pairs() if self._status(p) in (CONFIRMED, SUGGESTED)]
        if pairs:
            self._change(pairs, REJECTED, self.tr("no recusal {0}").format(self._names(pairs)))

    def accept_all(self) -> None:
        suggested = [(r.expert, r.candidate) for r in self.model.records() if r.status == SUGGESTED]
        if not suggested:
            return
        selection = self.selection
        before = [_state(e, c, self.model.record(e, c)) for e, c in suggested]
        self.push(
            self.tr("accept {0} suggested recusals").format(len(suggested)),
            lambda: review_recusals(selection, all_suggested=True),
            lambda _: editing.set_recusals(selection, before),
        )

    def _change(self, pairs: list[tuple[str, str]], status: str, text: str) -> None:
        selection = self.selection
        before = [_state(e, c, self.model.record(e, c)) for e, c in pairs]
        on_file = [(e, c) for e, c in pairs if self.model.record(e, c) is not None]
        new: list[State] = [
            (e, c, status, str(self.reason.currentData()), "") for e, c in pairs if self.model.record(e, c) is None
        ]

        def do() -> None:
            if on_file:
                # Reviewing a recusal on file is the logged review (accept: confirmed; reject: rejected).
                accept, reject = (on_file, []) if status == CONFIRMED else ([], on_file)
                review_recusals(selection, accept, reject)
            if new:
                editing.set_recusals(selection, new)

        self.push(text, do, lambda _: editing.set_recusals(selection, before))

    def _status(self, pair: tuple[str, str]) -> str:
        record = self.model.record(*pair)
        return record.status if record else ""

    def _names(self, pairs: list[tuple[str, str]]) -> str:
        shown = ", ".join(f"{e}–{c}" for e, c in pairs[:3])
        return shown + (" …" if len(pairs) > 3 else "")

    # -- words -------------------------------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        selected = bool(self.view.selectionModel().selectedIndexes())
        for button in (self.recuse_button, self.clear_button):
            button.setEnabled(selected and not self.locked)
        self.accept_all_button.setEnabled(bool(self.model.count(SUGGESTED)) and not self.locked)
        self.reason.setEnabled(not self.locked)

    def retranslate(self) -> None:
        self.title.setText(self.tr("<b>Recusals (回避)</b>"))
        confirmed, suggested = self.model.count(CONFIRMED), self.model.count(SUGGESTED)
        self.note.setText(
            self.tr(
                "{0} confirmed, {1} suggested. A recused expert's ballot has no vote on that candidate. The app "
                "suggests a recusal where an expert's affiliation is a candidate's source: select the cells and "
                "accept or reject them."
            ).format(confirmed, suggested)
        )
        self.recuse_button.setText(self.tr("Recuse"))
        self.clear_button.setText(self.tr("Not recused"))
        self.accept_all_button.setText(self.tr("Accept all suggested ({0})").format(suggested))
        self.reason_label.setText(self.tr("Reason for a new recusal:"))
        for i in range(self.reason.count()):
            self.reason.setItemText(i, reason_text(str(self.reason.itemData(i))))
        self.legend.setText(
            self.tr(
                "R (pale red): recused. R? (amber): suggested, waiting for your decision. no (grey): not recused, a "
                "suggestion rejected. Hover over a cell for the reason."
            )
        )
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
