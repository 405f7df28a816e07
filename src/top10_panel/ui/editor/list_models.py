"""The editor's tables as Qt sees them (STYLE §2): thin models over plain rows, with named columns and roles.

A model never writes the selection: an edit in a cell is handed on as ``editRequested`` (row key, field, text), and
the page turns it into an undoable command that calls the service; the rows come back through ``set_rows``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from top10_panel.domain.errors import InputError

from .error_words import column_text, sentence

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
SUMMARY_SHOWN = 80
"""Characters of a summary shown in its cell; the whole text is in the tooltip and the editor."""


class Roles(IntEnum):
    KEY = Qt.ItemDataRole.UserRole + 1
    """The row's key: a candidate's code, an expert's name."""
    ROW = Qt.ItemDataRole.UserRole + 2
    """The plain row itself."""
    FIELD = Qt.ItemDataRole.UserRole + 3
    """The field the column shows (for editing)."""


@dataclass(frozen=True)
class Column:
    field: str
    title: object
    """English header (a QT_TRANSLATE_NOOP); translated in the ListModel context."""
    get: Callable[[Any], str]
    editable: bool = True
    multiline: bool = False


def _t(text: str) -> str:
    return QCoreApplication.translate("ListModel", text)


def _summary(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SUMMARY_SHOWN else line[: SUMMARY_SHOWN - 1] + "…"


# Named columns of each list (STYLE §2); the order is the order shown.
CODE, TITLE, DATE, CATEGORY, SOURCE, SUMMARY = range(6)
CANDIDATE_COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("ListModel", "Code"), lambda c: c.code),
    Column("title", QT_TRANSLATE_NOOP("ListModel", "Title"), lambda c: c.title),
    Column("date", QT_TRANSLATE_NOOP("ListModel", "Date"), lambda c: c.date),
    Column("category", QT_TRANSLATE_NOOP("ListModel", "Category"), lambda c: c.category),
    Column("source", QT_TRANSLATE_NOOP("ListModel", "Source / recommended by"), lambda c: c.source),
    Column("summary", QT_TRANSLATE_NOOP("ListModel", "Summary"), lambda c: c.summary, multiline=True),
)
NAME, AFFILIATION, EMAIL, RECUSED = range(4)
EXPERT_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("ListModel", "Name"), lambda e: e.name),
    Column("affiliation", QT_TRANSLATE_NOOP("ListModel", "Affiliation"), lambda e: e.affiliation),
    Column("email", QT_TRANSLATE_NOOP("ListModel", "E-mail"), lambda e: e.email),
    Column("recuse", QT_TRANSLATE_NOOP("ListModel", "Recused from"), lambda e: ", ".join(e.recuse), editable=False),
)


class ListModel(QAbstractTableModel):
    """A table over plain rows; ``key`` names each row (code or name)."""

    editRequested = Signal(str, str, str)
    """(key, field, text) of an edit in a cell; nothing is changed until the page's command has run."""

    def __init__(
        self,
        columns: Sequence[Column],
        key: Callable[[Any], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.key = key
        self.editable = False
        self.details_only = False
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_editable(self, editable: bool, details_only: bool = False) -> None:
        """``details_only``: every cell but the row's key (code or name) — the lists locked by counted ballots."""
        if (editable, details_only) != (self.editable, self.details_only):
            self.editable, self.details_only = editable, details_only
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    def rows(self) -> list[Any]:
        return list(self._rows)

    def keys(self) -> list[str]:
        return [self.key(row) for row in self._rows]

    def row_of(self, key: str) -> int:
        """The row number of a key, -1 when it is not shown."""
        for i, row in enumerate(self._rows):
            if self.key(row) == key:
                return i
        return -1

    def column_of(self, field: str) -> int:
        return next((j for j, c in enumerate(self.columns) if c.field == field), -1)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = column.get(row)
            return _summary(text) if column.multiline else text
        if role == Qt.ItemDataRole.EditRole:
            return column.get(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.get(row)
            return text if column.multiline or len(text) > 30 else None
        if role == Roles.KEY:
            return self.key(row)
        if role == Roles.ROW:
            return row
        if role == Roles.FIELD:
            return column.field
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _t(str(self.columns[section].title)) if 0 <= section < len(self.columns) else None
        return section + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable(index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _editable(self, column: int) -> bool:
        return self.editable and self.columns[column].editable and not (self.details_only and column == 0)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self._editable(index.column()):
            return False
        row, column = self._rows[index.row()], self.columns[index.column()]
        if not column.editable:
            return False
        text = "" if value is None else str(value)
        if text != column.get(row):
            self.editRequested.emit(self.key(row), column.field, text)
        return True


def candidate_model(parent: QObject | None = None) -> ListModel:
    return ListModel(CANDIDATE_COLUMNS, lambda c: c.code, parent)


def expert_model(parent: QObject | None = None) -> ListModel:
    return ListModel(EXPERT_COLUMNS, lambda e: e.name, parent)


def preview_model(columns: Sequence[Column], parent: QObject | None = None) -> ListModel:
    """The rows an import would add, (file row, candidate or expert), with the file's row first; read only."""
    shown = [Column("row", QT_TRANSLATE_NOOP("ListModel", "Row"), lambda r: str(r[0]), editable=False)]
    shown += [Column(c.field, c.title, _second(c.get), False, c.multiline) for c in columns]
    return ListModel(shown, lambda r: str(r[0]), parent)


def _second(get: Callable[[Any], str]) -> Callable[[Any], str]:
    return lambda pair: get(pair[1])


FILE, SHEET, ROW, COLUMN, PROBLEM, FIX = range(6)
_PROBLEM_SOURCES = (
    QT_TRANSLATE_NOOP("ProblemModel", "File"),
    QT_TRANSLATE_NOOP("ProblemModel", "Sheet"),
    QT_TRANSLATE_NOOP("ProblemModel", "Row"),
    QT_TRANSLATE_NOOP("ProblemModel", "Column"),
    QT_TRANSLATE_NOOP("ProblemModel", "Problem"),
    QT_TRANSLATE_NOOP("ProblemModel", "What to do"),
)


class ProblemModel(QAbstractTableModel):
    """The problems of a list, one per row: where (file, sheet, row, column), what is wrong, what to do."""

    ERROR = Qt.ItemDataRole.UserRole + 1
    """The InputError itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[InputError] = []

    def set_rows(self, rows: Sequence[InputError]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(_PROBLEM_SOURCES)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        error = self._rows[index.row()]
        if role == self.ERROR:
            return error
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == FILE:
            return error.where.file
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        where = error.where
        values = (
            Path(where.file).name if where.file else "",
            where.sheet or "",
            "" if where.row is None else str(where.row),
            column_text(where.column),
            sentence(error.problem),
            sentence(error.fix),
        )
        return values[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(_PROBLEM_SOURCES):
                return QCoreApplication.translate("ProblemModel", str(_PROBLEM_SOURCES[section]))
            return None
        return section + 1
