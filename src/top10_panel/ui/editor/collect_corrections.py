"""The cells where two typings of the paper ballots disagree, side by side, fixable in place: the editor checks
each against the paper ballot and types the right value, which is written into both typings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from top10_panel.services.collect import Difference

COL_EXPERT, COL_CODE, COL_FIRST, COL_SECOND, COL_RIGHT = range(5)
Index = QModelIndex | QPersistentModelIndex


class CorrectionModel(QAbstractTableModel):
    """One row per disagreeing cell: expert, candidate, the two typings, and the value to write (editable; the
    first typing's value until changed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Difference] = []
        self._right: list[str] = []

    def set_rows(self, rows: Sequence[Difference]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._right = [row.first for row in rows]
        self.endResetModel()

    def corrections(self) -> dict[tuple[str, str], str]:
        return {(row.expert, row.code): right.strip() for row, right in zip(self._rows, self._right, strict=True)}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Expert"),
            self.tr("Candidate"),
            self.tr("First typing"),
            self.tr("Second typing"),
            self.tr("On the paper ballot"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = (row.expert, row.code, row.first, row.second, self._right[index.row()])
            text = values[column]
            if role == Qt.ItemDataRole.DisplayRole and column in (COL_FIRST, COL_SECOND) and not text:
                return self.tr("(empty)")
            return text
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_RIGHT:
            return QColor("#fff8e1")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == COL_RIGHT else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != COL_RIGHT or not index.isValid():
            return False
        self._right[index.row()] = str(value)
        self.dataChanged.emit(index, index, [role])
        return True


class CorrectionPanel(QWidget):
    """The table of disagreeing cells and the button that writes the corrections into both typings."""

    write = Signal(object)
    """The corrections to write: {(expert, code): value}."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CorrectionModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.button = QPushButton()
        self.button.clicked.connect(lambda: self.write.emit(self.model.corrections()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.button)
        self.retranslate()
        self.set_rows([])

    def retranslate(self) -> None:
        self.button.setText(self.tr("Write these values into both typings and compare again"))

    def set_rows(self, rows: Sequence[Difference]) -> None:
        self.model.set_rows(rows)
        self.setVisible(bool(rows))
