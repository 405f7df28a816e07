"""The ranking: a thin list model of the ranked candidates (1 = best), its view with drag and drop, and the panel
with the buttons and shortcuts that move candidates into, within and out of it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QMimeData, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from .candidates import FROM_RANKED, MIME, ROOT, CandidateRow, Index, Roles, decode, encode


class RankedModel(QAbstractListModel):
    """The ranked candidates in order; moves keep the moved row's selection (beginMoveRows), and a pick past
    ``limit`` is refused through ``limitReached``."""

    codesChanged = Signal()
    limitReached = Signal()

    def __init__(self, rows: Sequence[CandidateRow] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit: int | None = None
        self._catalog = {row.code: row for row in rows}
        self._ranked: list[CandidateRow] = []

    def set_catalog(self, rows: Sequence[CandidateRow]) -> None:
        self.beginResetModel()
        self._catalog = {row.code: row for row in rows}
        self._ranked = [row for row in self._ranked if row.code in self._catalog]
        self.endResetModel()

    def codes(self) -> list[str]:
        return [row.code for row in self._ranked]

    def set_codes(self, codes: Sequence[str]) -> None:
        """Replace the ranking (a restored draft); unknown, recused or repeated codes are left out."""
        self.beginResetModel()
        seen: set[str] = set()
        self._ranked = []
        for code in codes:
            row = self._catalog.get(code)
            if row is not None and not row.recused and code not in seen:
                seen.add(code)
                self._ranked.append(row)
        if self.limit is not None:
            self._ranked = self._ranked[: self.limit]
        self.endResetModel()
        self.codesChanged.emit()

    def place(self, codes: Sequence[str], at: int) -> bool:
        """Put ``codes`` in this order before position ``at`` (-1: at the end): ranked ones move, others join.
        Refuses the whole drop, and says why, when it would pass the limit."""
        wanted = [c for c in dict.fromkeys(codes) if c in self._catalog and not self._catalog[c].recused]
        if not wanted:
            return False
        new = [c for c in wanted if c not in self.codes()]
        if self.limit is not None and len(self._ranked) + len(new) > self.limit:
            self.limitReached.emit()
            return False
        target = len(self._ranked) if at < 0 else min(at, len(self._ranked))
        for code in wanted:
            current = self.codes()
            if code in current:
                old = current.index(code)
                if old < target:
                    target -= 1
                self._move(old, target)
            else:
                self.beginInsertRows(QModelIndex(), target, target)
                self._ranked.insert(target, self._catalog[code])
                self.endInsertRows()
            target += 1
        self.codesChanged.emit()
        return True

    def remove(self, codes: Sequence[str]) -> bool:
        rows = sorted((i for i, row in enumerate(self._ranked) if row.code in set(codes)), reverse=True)
        for i in rows:
            self.beginRemoveRows(QModelIndex(), i, i)
            del self._ranked[i]
            self.endRemoveRows()
        if rows:
            self.codesChanged.emit()
        return bool(rows)

    def move_by(self, code: str, delta: int) -> bool:
        codes = self.codes()
        if code not in codes:
            return False
        old = codes.index(code)
        new = max(0, min(len(codes) - 1, old + delta))
        if new == old:
            return False
        self._move(old, new)
        self.codesChanged.emit()
        return True

    def _move(self, old: int, new: int) -> None:
        """Move the row at ``old`` so that it ends at ``new`` (positions in the list after the move)."""
        if old == new:
            return
        destination = new + 1 if new > old else new  # beginMoveRows counts in the list before the move
        self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), destination)
        self._ranked.insert(new, self._ranked.pop(old))
        self.endMoveRows()

    # -- Qt model interface --------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._ranked)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ranked):
            return None
        row = self._ranked[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.code}  {row.title}"  # the rank is the row's place: RankDelegate draws it
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title
        if role == Roles.CODE:
            return row.code
        if role == Roles.ROW:
            return row
        if role == Roles.MARK:
            return index.row() + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode(FROM_RANKED, [self._ranked[r].code for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return decode(data) is not None


class RankDelegate(QStyledItemDelegate):
    """Draws each ranked candidate with its rank, which is its place in the list (so the model never changes a
    row's data when another row moves)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.text = f"{index.row() + 1}.  {option.text}"


class RankedList(QListView):
    """The ranking's view. A drop says what was dropped where (``codesDropped``) and the panel does the move; the
    drop reports a copy, so the view the drag came from never removes anything itself."""

    codesDropped = Signal(list, str, int)
    """(codes, origin, position before which they go; -1 = the end)"""
    moveRequested = Signal(int)
    """Ctrl+Up (-1) or Ctrl+Down (+1) on the current candidate."""
    removeRequested = Signal()
    """Delete or Backspace on the current candidate."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegate(RankDelegate(self))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moveRequested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif not modifiers and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removeRequested.emit()
        else:
            super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if decode(event.mimeData()) is None:
            event.ignore()
            return
        super().dragEnterEvent(event)
        event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if decode(event.mimeData()) is None:
            event.ignore()
            return
        super().dragMoveEvent(event)  # draws the drop indicator
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        decoded = decode(event.mimeData())
        if decoded is None:
            event.ignore()
            return
        origin, codes = decoded
        self.codesDropped.emit(codes, origin, self.position_at(event.position().toPoint()))
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()

    def position_at(self, point: QPoint) -> int:
        """The list position a drop at ``point`` (viewport coordinates) goes before: above or below the row's middle."""
        index = self.indexAt(point)
        if not index.isValid():
            return -1
        rect = self.visualRect(index)
        return index.row() + (1 if point.y() > rect.center().y() else 0)


class RankingPanel(QWidget):
    """The ranked list with its buttons: add the candidate chosen in the list (→), remove (←), move up and down.
    Shortcuts in the ranking: Ctrl+Up / Ctrl+Down move, Delete removes."""

    addRequested = Signal()
    currentChanged = Signal(object)
    """The CandidateRow now current in the ranking (or None)."""

    def __init__(self, model: RankedModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.view = RankedList()
        self.view.setModel(model)
        self.heading.setBuddy(self.view)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.addRequested)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.view.codesDropped.connect(self._dropped)
        self.view.moveRequested.connect(self.move_current)
        self.view.removeRequested.connect(self.remove_current)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        model.codesChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("&Your ranking (1 = best)"))
        self.add_button.setText(self.tr("Add to ranking →"))
        self.add_button.setToolTip(self.tr("Add the candidate chosen in the list (Enter, or drag it here)"))
        self.remove_button.setText(self.tr("← Remove"))
        self.remove_button.setToolTip(self.tr("Take the chosen candidate out of the ranking (Delete)"))
        self.up_button.setText(self.tr("Move up ↑"))
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button.setText(self.tr("Move down ↓"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def current_code(self) -> str | None:
        index = self.view.currentIndex()
        code = index.data(Roles.CODE) if index.isValid() else None
        return code if isinstance(code, str) else None

    def remove_current(self) -> None:
        code = self.current_code()
        if code is not None:
            row = self.view.currentIndex().row()
            self.model.remove([code])
            if self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))

    def move_current(self, delta: int) -> None:
        code = self.current_code()
        if code is not None:
            self.model.move_by(code, delta)
            self.view.scrollTo(self.view.currentIndex())

    def select(self, code: str) -> None:
        codes = self.model.codes()
        if code in codes:
            self.view.setCurrentIndex(self.model.index(codes.index(code)))

    def _dropped(self, codes: list[str], origin: str, at: int) -> None:
        if self.model.place(codes, at) and codes:
            self.select(codes[0])

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_buttons()
        self.currentChanged.emit(current.data(Roles.ROW) if current.isValid() else None)

    def _update_buttons(self) -> None:
        has = self.view.currentIndex().isValid()
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and self.view.currentIndex().row() > 0)
        self.down_button.setEnabled(has and self.view.currentIndex().row() < self.model.rowCount() - 1)
