"""A list of the selection as a table the editor edits in place: import, add, remove, undo and redo above it.

The panel shows and edits; the page it sits on turns each request into a service call (STYLE §3).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from .explained import note_label
from .list_models import ListModel, Roles

Index = QModelIndex | QPersistentModelIndex


class TextDelegate(QStyledItemDelegate):
    """Multi-line text (a summary) is edited in a text box taller than its row; Enter starts a new line."""

    def __init__(self, model: ListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def _multiline(self, index: Index) -> bool:
        column = index.column()
        return 0 <= column < len(self.model.columns) and self.model.columns[column].multiline

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if self._multiline(index):
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            rect = QRect(option.rect)
            rect.setHeight(max(rect.height() * 6, 140))
            rect.setWidth(max(rect.width(), 420))
            editor.setGeometry(rect)
            return
        super().updateEditorGeometry(editor, option, index)


class ListPanel(QWidget):
    """The table of a list with its buttons. Texts come from the page (they name candidates or experts)."""

    importRequested = Signal()
    addRequested = Signal()
    removeRequested = Signal(list)
    """The keys of the selected rows."""

    def __init__(self, model: ListModel, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.stack = stack
        self.import_button = QPushButton()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.undo_button = QPushButton()
        self.redo_button = QPushButton()
        self.count = QLabel()
        self.locked = note_label()
        self.locked.hide()

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setItemDelegate(TextDelegate(model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        buttons = QHBoxLayout()
        for button in (self.import_button, self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        buttons.addSpacing(12)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.locked)
        layout.addWidget(self.table, 1)

        self.import_button.clicked.connect(self.importRequested)
        self.add_button.clicked.connect(self.addRequested)
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self.selected_keys()))
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        stack.canUndoChanged.connect(self._update_buttons)
        stack.canRedoChanged.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def set_widths(self, widths: dict[str, int]) -> None:
        for field, width in widths.items():
            column = self.model.column_of(field)
            if column >= 0:
                self.table.setColumnWidth(column, width)

    def selected_keys(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedIndexes()})
        return [str(self.model.index(row, 0).data(Roles.KEY)) for row in rows]

    def set_locked(self, text: str, details: bool = False) -> None:
        """'' unlocks; otherwise no row can be added or removed, and ``text`` says why; with ``details`` a row's
        details (every cell but its code or name) may still be corrected."""
        self.locked.setText(text)
        self.locked.setVisible(bool(text))
        self.model.set_editable(not text or details, details_only=bool(text) and details)
        self._update_buttons()

    def _update_buttons(self) -> None:
        if not isValid(self.stack) or not isValid(self.model):
            return  # the page is being taken down
        open_ = self.model.editable and not self.model.details_only
        self.import_button.setEnabled(open_)
        self.add_button.setEnabled(open_)
        self.remove_button.setEnabled(open_ and bool(self.table.selectionModel().selectedIndexes()))
        self.undo_button.setEnabled(self.stack.canUndo())
        self.redo_button.setEnabled(self.stack.canRedo())

    def set_texts(self, import_text: str, add_text: str, remove_text: str, undo_text: str, redo_text: str) -> None:
        self.import_button.setText(import_text)
        self.add_button.setText(add_text)
        self.remove_button.setText(remove_text)
        self.undo_button.setText(undo_text)
        self.redo_button.setText(redo_text)
        self.count.setText(self.count.text())

    def keep_place(self) -> tuple[str, int] | None:
        """The current cell as (key, column), to find it again after the rows are reloaded."""
        index = self.table.currentIndex()
        return (str(index.data(Roles.KEY)), index.column()) if index.isValid() else None

    def go_to(self, key: str, column: int, *, edit: bool = False) -> None:
        row = self.model.row_of(key)
        if row < 0:
            return
        index = self.model.index(row, max(0, min(column, self.model.columnCount() - 1)))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        if edit:
            self.table.edit(index)
