"""The candidate list as Qt sees it (STYLE §2): plain rows, a thin table model over them, a filter proxy, and the
payload a drag carries. The vote marks live in the model (a tick, a rank or a score per code); the window reads
them back as a vote."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from fractions import Fraction
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from top10_panel.domain.criteria import partly_scored, percent_text, weighted_score
from top10_panel.domain.people import Candidate
from top10_panel.domain.publication import decimal_text
from top10_panel.domain.rules import Mode

from .score import Scale, score_text

MIME = "application/x-top10-panel-candidates"
"""A drag between the candidate list and the ranking: JSON {"origin": "candidates"|"ranked", "codes": [...]}."""
FROM_CANDIDATES, FROM_RANKED = "candidates", "ranked"

COL_MARK, COL_CODE, COL_TITLE, COL_CATEGORY, COL_DATE = range(5)
COLUMNS = 5
"""With score criteria, one column per criterion follows, from COLUMNS on; the mark column then shows the
weighted score and is not edited."""

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
"""The invisible root: the parent of every row of a flat model."""


class Roles(IntEnum):
    CODE = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2
    """The CandidateRow itself."""
    RECUSED = Qt.ItemDataRole.UserRole + 3
    MARK = Qt.ItemDataRole.UserRole + 4
    """The vote's mark: True (picked), the rank, the score text, or None."""
    SORT = Qt.ItemDataRole.UserRole + 5


@dataclass(frozen=True)
class CandidateRow:
    """One candidate as the list shows it; ``order`` is its place in the package, ``haystack`` what search reads."""

    code: str
    title: str
    date: str
    summary: str
    source: str
    category: str
    recused: bool
    order: int
    haystack: str

    @classmethod
    def of(cls, candidate: Candidate, recused: bool, order: int) -> CandidateRow:
        haystack = "\n".join((candidate.code, candidate.title, candidate.summary)).casefold()
        return cls(
            candidate.code,
            candidate.title,
            candidate.date,
            candidate.summary,
            candidate.source,
            candidate.category,
            recused,
            order,
            haystack,
        )


def rows_of(candidates: Sequence[Candidate], recused: Iterable[str]) -> list[CandidateRow]:
    barred = set(recused)
    return [CandidateRow.of(c, c.code in barred, i) for i, c in enumerate(candidates)]


def encode(origin: str, codes: Sequence[str]) -> QMimeData:
    data = QMimeData()
    data.setData(MIME, json.dumps({"origin": origin, "codes": list(codes)}).encode("utf-8"))
    return data


def decode(data: QMimeData | None) -> tuple[str, list[str]] | None:
    """(origin, codes) of a drag made by this app, None for anything else."""
    if data is None or not data.hasFormat(MIME):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME).data()).decode("utf-8"))
        origin, codes = payload["origin"], payload["codes"]
    except (ValueError, KeyError, TypeError):
        return None
    if origin not in (FROM_CANDIDATES, FROM_RANKED) or not all(isinstance(c, str) for c in codes):
        return None
    return origin, list(codes)


def checked(value: object) -> bool:
    """A check state as a delegate or a test hands it over: the enum, or its number."""
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value == Qt.CheckState.Checked.value


class CandidateModel(QAbstractTableModel):
    """Thin table model over CandidateRows plus the vote's mark of each code.

    In approval mode the mark column is a check box that refuses the pick past ``limit`` (and says so through
    ``limitReached``); in score mode it is edited; in ranking mode it shows the rank the ranking panel sets.
    """

    marksChanged = Signal()
    limitReached = Signal()

    def __init__(
        self,
        mode: Mode,
        scale: Scale | None = None,
        parent: QObject | None = None,
        criteria: Sequence[tuple[str, Fraction]] = (),
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.scale = scale
        self.criteria = tuple(criteria)
        """Score criteria with weights: a mark is then {criterion: score text}."""
        self.limit: int | None = None
        self._rows: list[CandidateRow] = []
        self._index: dict[str, int] = {}
        self._marks: dict[str, Any] = {}

    # -- rows ---------------------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[CandidateRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._index = {row.code: i for i, row in enumerate(self._rows)}
        self._marks = {code: mark for code, mark in self._marks.items() if code in self._index}
        self.endResetModel()

    def rows(self) -> list[CandidateRow]:
        return list(self._rows)

    def row_at(self, source_row: int) -> CandidateRow:
        return self._rows[source_row]

    def row_of(self, code: str) -> int:
        return self._index.get(code, -1)

    # -- marks ---------------------------------------------------------------------------------------------------
    def marks(self) -> dict[str, Any]:
        """Code → mark, in the package's order of the candidates."""
        return {row.code: self._marks[row.code] for row in self._rows if row.code in self._marks}

    def mark(self, code: str) -> Any:
        return self._marks.get(code)

    def set_marks(self, marks: dict[str, Any]) -> None:
        """Replace every mark (a restored draft, or the ranks the ranking panel holds); recused codes get none."""
        self._marks = {c: m for c, m in marks.items() if c in self._index and not self._rows[self._index[c]].recused}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))
        self.marksChanged.emit()

    def picked(self) -> int:
        """Candidates marked; with criteria, those scored on every criterion."""
        if self.criteria:
            return sum(weighted_score(mark, self.criteria) is not None for mark in self._marks.values())
        return len(self._marks)

    def partly_scored(self) -> list[str]:
        """With criteria: the codes scored on some criteria only, which count as not scored."""
        return partly_scored(self.marks(), self.criteria) if self.criteria else []

    def criterion_column(self, column: int) -> str:
        """The criterion a column edits ('' for the candidate's own columns)."""
        k = column - COLUMNS
        return self.criteria[k][0] if 0 <= k < len(self.criteria) else ""

    def eligible(self) -> int:
        return sum(not row.recused for row in self._rows)

    # -- Qt model interface --------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else COLUMNS + len(self.criteria)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section >= COLUMNS:
            name, weight = self.criteria[section - COLUMNS]
            return f"{name} {percent_text(weight)}"
        if section == COL_MARK and self.criteria:
            return self.tr("Weighted score")
        if section == COL_MARK:
            return {Mode.APPROVAL: self.tr("Pick"), Mode.RANKING: self.tr("Rank"), Mode.SCORE: self.tr("Score")}[
                self.mode
            ]
        return {
            COL_CODE: self.tr("No."),
            COL_TITLE: self.tr("Title"),
            COL_CATEGORY: self.tr("Category"),
            COL_DATE: self.tr("Date"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        mark = self._marks.get(row.code)
        if column >= COLUMNS:
            return self._criterion_data(row, mark, self.criterion_column(column), role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_MARK and self.criteria:
                return self._weighted_text(row, mark)
            if column == COL_MARK:
                return self._mark_text(row, mark)
            return {COL_CODE: row.code, COL_TITLE: row.title, COL_CATEGORY: row.category, COL_DATE: row.date}.get(
                column
            )
        if role == Qt.ItemDataRole.EditRole:
            return mark if column == COL_MARK and self.mode is Mode.SCORE else None
        if role == Qt.ItemDataRole.CheckStateRole:
            if column == COL_MARK and self.mode is Mode.APPROVAL and not row.recused:
                return Qt.CheckState.Checked if mark else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.recused:
                return self.tr("You are recused from this candidate, so you cannot vote on it.")
            return row.title
        if role == Qt.ItemDataRole.ForegroundRole and row.recused:
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and mark is not None and column == COL_TITLE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_MARK, COL_CODE):
            return Qt.AlignmentFlag.AlignCenter
        return self._custom(row, mark, column, role)

    def _criterion_data(self, row: CandidateRow, mark: Any, name: str, role: int) -> Any:
        value = mark.get(name) if isinstance(mark, dict) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Recused") if row.recused else (value if value is not None else "—")
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and row.recused:
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Roles.SORT:
            return (row.recused, value is None, _number(value), row.order)
        return self._custom(row, mark, COL_MARK, role) if role in (Roles.CODE, Roles.ROW, Roles.RECUSED) else None

    def _weighted_text(self, row: CandidateRow, mark: Any) -> str:
        if row.recused:
            return self.tr("Recused")
        if not mark:
            return "—"
        total = weighted_score(mark, self.criteria)
        if total is None:
            return self.tr("partly scored")
        return decimal_text(total) if "/" not in decimal_text(total) else f"{float(total):.4g}"

    def _mark_text(self, row: CandidateRow, mark: Any) -> str | None:
        if row.recused:
            return self.tr("Recused")
        if self.mode is Mode.APPROVAL:
            return None
        if mark is None:
            return "—" if self.mode is Mode.SCORE else ""
        return str(mark)

    def _custom(self, row: CandidateRow, mark: Any, column: int, role: int) -> Any:
        if role == Roles.CODE:
            return row.code
        if role == Roles.ROW:
            return row
        if role == Roles.RECUSED:
            return row.recused
        if role == Roles.MARK:
            return mark
        if role == Roles.SORT:
            if column == COL_MARK:
                return (row.recused, mark is None, _number(mark), row.order)
            if column == COL_TITLE:
                return (row.title, row.order)
            if column == COL_CATEGORY:
                return (row.category, row.order)
            if column == COL_DATE:
                return (row.date, row.order)
            return row.order
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.mode is Mode.RANKING else Qt.ItemFlag.NoItemFlags
        row = self._rows[index.row()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if row.recused:
            return flags
        if self.mode is Mode.RANKING:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        elif index.column() >= COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        elif index.column() == COL_MARK and not self.criteria:
            flags |= Qt.ItemFlag.ItemIsUserCheckable if self.mode is Mode.APPROVAL else Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() >= COLUMNS and 0 <= index.row() < len(self._rows):
            return self._set_criterion(index.row(), self.criterion_column(index.column()), value, role)
        if not index.isValid() or index.column() != COL_MARK or not 0 <= index.row() < len(self._rows):
            return False
        if self.criteria:
            return False
        row = self._rows[index.row()]
        if row.recused:
            return False
        if self.mode is Mode.APPROVAL and role == Qt.ItemDataRole.CheckStateRole:
            pick = checked(value)
            if pick == (row.code in self._marks):
                return True
            if pick and self.limit is not None and len(self._marks) >= self.limit:
                self.limitReached.emit()
                return False
            if pick:
                self._marks[row.code] = True
            else:
                del self._marks[row.code]
        elif self.mode is Mode.SCORE and role == Qt.ItemDataRole.EditRole and self.scale is not None:
            try:
                text = score_text(value, self.scale)
            except ValueError:
                return False
            if text == self._marks.get(row.code):
                return True
            if text is None:
                self._marks.pop(row.code, None)
            else:
                self._marks[row.code] = text
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COLUMNS - 1))
        self.marksChanged.emit()
        return True

    def _set_criterion(self, source_row: int, name: str, value: Any, role: int) -> bool:
        row = self._rows[source_row]
        if row.recused or role != Qt.ItemDataRole.EditRole or self.scale is None:
            return False
        try:
            text = score_text(value, self.scale)
        except ValueError:
            return False
        marks = dict(self._marks.get(row.code) or {})
        if marks.get(name) == text:
            return True
        if text is None:
            marks.pop(name, None)
        else:
            marks[name] = text
        ordered = {n: marks[n] for n, _ in self.criteria if n in marks}
        if ordered:
            self._marks[row.code] = ordered
        else:
            self._marks.pop(row.code, None)
        self.dataChanged.emit(self.index(source_row, 0), self.index(source_row, self.columnCount() - 1))
        self.marksChanged.emit()
        return True

    # -- drag and drop (ranking mode) ------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode(FROM_CANDIDATES, [self._rows[r].code for r in rows if not self._rows[r].recused])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        decoded = decode(data)
        return self.mode is Mode.RANKING and decoded is not None and decoded[0] == FROM_RANKED


def _number(mark: Any) -> float:
    try:
        return -float(mark) if mark is not None and not isinstance(mark, bool) else 0.0
    except ValueError:
        return 0.0
