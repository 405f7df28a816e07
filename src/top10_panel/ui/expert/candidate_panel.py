"""The candidate list panel: search box, category filter, and the table of candidates with the vote's marks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from top10_panel.domain.rules import Mode

from .candidate_filter import CandidateFilter
from .candidates import (
    COL_CATEGORY,
    COL_CODE,
    COL_DATE,
    COL_MARK,
    COL_TITLE,
    COLUMNS,
    FROM_RANKED,
    CandidateModel,
    CandidateRow,
    Roles,
    checked,
    decode,
)
from .score import ScoreDelegate

SCORE_KEYS = frozenset("0123456789.")


class CandidateTable(QTableView):
    """The candidates. In ranking mode it takes back candidates dragged out of the ranking (``unrankDropped``);
    in score mode typing a number edits the current candidate's score and Delete clears it."""

    unrankDropped = Signal(list)

    def __init__(self, mode: Mode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the list for the next control: keyboard-only voting
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSortingEnabled(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if mode is Mode.RANKING:
            self.setDragEnabled(True)
            self.setAcceptDrops(True)
            self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
            self.setDefaultDropAction(Qt.DropAction.MoveAction)
            self.setDragDropOverwriteMode(False)
            self.setDropIndicatorShown(False)
        if mode is Mode.SCORE:
            # Not SelectedClicked: rows are selected whole, so a click on another score cell of the current row
            # would hold the editor back for a double-click interval and drop the number typed meanwhile.
            self.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed  # only a number reaches the score: see _score_key
            )
        else:
            self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.mode is Mode.SCORE and self._score_key(event):
            return
        if self.mode is Mode.APPROVAL and event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.toggle_current()  # the check box is one cell of the row: Space ticks wherever the focus is in it
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        super().mousePressEvent(event)
        if index.isValid() and index.row() != self.currentIndex().row():
            # A click on the check box ticks without moving the current row: make it current, so that the pane
            # beside the list shows the text of the candidate just ticked.
            self.setCurrentIndex(index)

    def toggle_current(self) -> None:
        current = self.currentIndex()
        if current.isValid():
            mark = current.siblingAtColumn(COL_MARK)
            state = (
                Qt.CheckState.Unchecked if checked(mark.data(Qt.ItemDataRole.CheckStateRole)) else Qt.CheckState.Checked
            )
            self.model().setData(mark, state, Qt.ItemDataRole.CheckStateRole)

    def _score_key(self, event: QKeyEvent) -> bool:
        current = self.currentIndex()
        if not current.isValid() or self.state() == QAbstractItemView.State.EditingState:
            return False
        # With criteria the current criterion's cell takes the score; else the row's mark cell, wherever the focus is.
        mark = current if current.column() >= COLUMNS else current.siblingAtColumn(COL_MARK)
        if not mark.flags() & Qt.ItemFlag.ItemIsEditable:
            return False
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.model().setData(mark, None, Qt.ItemDataRole.EditRole)
            return True
        if (
            event.text()
            and event.text()[0] in SCORE_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.setCurrentIndex(mark)
            return self.edit(mark, QAbstractItemView.EditTrigger.AnyKeyPressed, event)
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._from_ranking(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._from_ranking(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        decoded = decode(event.mimeData())
        if decoded is None or decoded[0] != FROM_RANKED:
            event.ignore()
            return
        self.unrankDropped.emit(decoded[1])
        event.setDropAction(Qt.DropAction.CopyAction)  # the ranking removes them; its view must not
        event.accept()
        self.setState(QAbstractItemView.State.NoState)

    def _from_ranking(self, event: QDragMoveEvent | QDragEnterEvent) -> bool:
        decoded = decode(event.mimeData())
        return self.mode is Mode.RANKING and decoded is not None and decoded[0] == FROM_RANKED


class CandidatePanel(QWidget):
    """Search and category filter over the candidate table; ``currentChanged`` gives the row now current."""

    currentChanged = Signal(object)

    def __init__(self, model: CandidateModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = CandidateFilter(self)
        self.proxy.setSourceModel(model)
        self.proxy.set_hide_marked(model.mode is Mode.RANKING)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.category = QComboBox()
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category_label = QLabel()
        self.category_label.setBuddy(self.category)
        self.count = QLabel()
        self.table = CandidateTable(model.mode)
        self.table.setModel(self.proxy)
        self.notice = QLabel()
        """Why a score typed in the list was refused, under the list until the next score is kept."""
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b00020; font-weight: bold")
        self.notice.hide()
        if model.mode is Mode.SCORE and model.scale is not None:
            # With criteria the list holds a box per criterion and the mark column shows the weighted score.
            columns = range(COLUMNS, model.columnCount()) if model.criteria else (COL_MARK,)
            for column in columns:
                delegate = ScoreDelegate(model.scale, self.table)
                delegate.refused.connect(self.refuse)
                self.table.setItemDelegateForColumn(column, delegate)
            model.marksChanged.connect(self.notice.hide)
        if model.mode is Mode.RANKING:
            self.table.hideColumn(COL_MARK)
        if model.criteria:  # room for a score per criterion: the category and date stay in the detail pane
            self.table.hideColumn(COL_CATEGORY)
            self.table.hideColumn(COL_DATE)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_MARK, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CATEGORY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(COLUMNS, model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSortIndicator(COL_CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        filters = QHBoxLayout()
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.category_label)
        filters.addWidget(self.category)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.count)

        self.search.textChanged.connect(self.proxy.set_text)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._categories = sorted({row.category for row in model.rows() if row.category})
        self.retranslate()

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("No., title or summary (Ctrl+F)"))
        self.category_label.setText(self.tr("&Category:"))
        current = self.category.currentIndex()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All"), "")
        for name in self._categories:
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(current, 0))
        self.category.blockSignals(False)
        self.category.setVisible(bool(self._categories))
        self.category_label.setVisible(bool(self._categories))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refuse(self, why: str) -> None:
        """Say under the list why what was typed is not kept."""
        self.notice.setText(why)
        self.notice.show()

    def current_row(self) -> CandidateRow | None:
        row = self.table.currentIndex().data(Roles.ROW)
        return row if isinstance(row, CandidateRow) else None

    def select(self, code: str) -> None:
        """Make ``code`` the current row, clearing the search or the category if they hide it."""
        source = self.model.row_of(code)
        if source < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source, COL_CODE))
        if not index.isValid():
            self.search.clear()
            self.category.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(source, COL_CODE))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)

    def _category_changed(self, _: int) -> None:
        self.proxy.set_category(str(self.category.currentData() or ""))

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        row = current.data(Roles.ROW) if current.isValid() else None
        self.currentChanged.emit(row if isinstance(row, CandidateRow) else None)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self.model.mode is Mode.RANKING:
            self.count.setText(self.tr("Not ranked yet: {0} shown").format(shown))
        elif shown == total:
            self.count.setText(self.tr("%n candidate(s)", "", total))
        else:
            self.count.setText(self.tr("{0} of {1} candidates shown").format(shown, total))
