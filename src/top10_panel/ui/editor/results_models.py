"""The results page's tables as Qt sees them (STYLE §2): the ranked list with the cut line (a delegate draws it under
the last seat), the other methods' seats side by side, and a lot draw's hashes — thin models over plain rows."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from top10_panel.domain.rules import Mode
from top10_panel.services.results_view import LotLine, ResultRow

from .results_words import margin_text, method_name, score_heading, status_name

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
OPEN_COLOUR = "#ffe08a"
"""Candidates tied at the cut line: the rows an editor must act on."""
CUT_COLOUR = "#c62828"
OUT_TEXT = "#6b6b6b"

COL_PLACE, COL_RANK, COL_CODE, COL_TITLE, COL_SCORE, COL_STATUS, COL_MARGIN, COL_RAW = range(8)
"""COL_RAW, the raw mean under the z normalisation, is shown beside the score (the page moves it there)."""
HEADERS = (
    QT_TRANSLATE_NOOP("RankingModel", "Place"),
    QT_TRANSLATE_NOOP("RankingModel", "Rank"),
    QT_TRANSLATE_NOOP("RankingModel", "Code"),
    QT_TRANSLATE_NOOP("RankingModel", "Title"),
    "",  # the score's heading depends on the mode and method
    QT_TRANSLATE_NOOP("RankingModel", "Seat"),
    QT_TRANSLATE_NOOP("RankingModel", "Robustness"),
    QT_TRANSLATE_NOOP("RankingModel", "Raw mean"),
)
TOOLTIPS = (
    QT_TRANSLATE_NOOP("RankingModel", "Place after the tie-break steps"),
    QT_TRANSLATE_NOOP("RankingModel", "Rank under the method alone: 1 + the candidates strictly ahead"),
    "",
    "",
    "",
    "",
    QT_TRANSLATE_NOOP("RankingModel", "How many changes would bring it level with a candidate across the cut line"),
    QT_TRANSLATE_NOOP("RankingModel", "The mean of the raw scores, before the normalisation"),
)


class ResultRoles(IntEnum):
    CODE = Qt.ItemDataRole.UserRole + 1
    STATUS = Qt.ItemDataRole.UserRole + 2
    CUT = Qt.ItemDataRole.UserRole + 3
    """True on the last row above the cut line: the delegate draws the line under it."""
    TIED = Qt.ItemDataRole.UserRole + 4
    """True on the rows of an open tie group that matters: the delegate brackets them at the left."""


def _tr(text: object) -> str:
    return QCoreApplication.translate("RankingModel", str(text))


def rows_above_cut(rows: Sequence[ResultRow], seats: int) -> int:
    """How many rows the cut line runs under: the seats, and the whole open tie group that crosses the line (SPEC
    §3), so that no tied candidate looks seated because it happens to be listed first."""
    above = seats
    crossing = 0 < seats < len(rows) and rows[seats - 1].status == "open" and rows[seats].status == "open"
    if crossing:
        while above < len(rows) and rows[above].status == "open":
            above += 1
    return above


class RankingModel(QAbstractTableModel):
    """Every candidate in method order (inside a tie group, in the order the tie-breaks gave)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ResultRow, ...] = ()
        self._cut = -1
        self._score_heading = ""

    def set_rows(self, rows: Sequence[ResultRow], seats: int, mode: Mode, method: str, line: bool = True) -> None:
        """``line``: draw the cut line under the ``seats``-th row (not with category quotas, which cut per category)."""
        self.beginResetModel()
        self._rows = tuple(rows)
        above = rows_above_cut(self._rows, seats)
        self._cut = above - 1 if line and above < len(self._rows) else -1
        normalised = any(r.raw_text for r in rows)
        self._score_heading = score_heading(mode, method, any("/" in r.score_text for r in rows), normalised)
        self.endResetModel()

    def rows(self) -> tuple[ResultRow, ...]:
        return self._rows

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._score_heading if section == COL_SCORE else _tr(HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and TOOLTIPS[section]:
            return _tr(TOOLTIPS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TITLE:
                return row.title
            if column == COL_MARGIN:
                return margin_text(row.margin, row.against)[1]
            if column == COL_SCORE:
                return str(row.score)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_TITLE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.status == "open":
            return QBrush(QColor(OPEN_COLOUR))
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == "open":
                return QBrush(QColor("#202020"))
            if row.status == "out":
                return QBrush(QColor(OUT_TEXT))
            return None
        if role == Qt.ItemDataRole.FontRole and row.status != "out" and column in (COL_CODE, COL_STATUS):
            font = QFont()
            font.setBold(True)
            return font
        if role == ResultRoles.CODE:
            return row.code
        if role == ResultRoles.STATUS:
            return row.status
        if role == ResultRoles.CUT:
            return index.row() == self._cut
        if role == ResultRoles.TIED:
            return row.status == "open"
        return None

    @staticmethod
    def _display(row: ResultRow, column: int) -> str:
        if column == COL_PLACE:
            return str(row.place)
        if column == COL_RANK:
            return str(row.rank)
        if column == COL_CODE:
            return row.code
        if column == COL_TITLE:
            return row.title
        if column == COL_SCORE:
            return row.score_text
        if column == COL_STATUS:
            return status_name(row.status)
        if column == COL_MARGIN:
            return margin_text(row.margin, row.against)[0]
        if column == COL_RAW:
            return row.raw_text
        return ""


class CutLineDelegate(QStyledItemDelegate):
    """Draws each cell as usual, and a thick line under the last seat: the cut line (入选线)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if index.column() == 0 and index.data(ResultRoles.TIED):
            painter.save()  # the tie group's bracket: one bar down the left edge of all its rows
            painter.fillRect(option.rect.left(), option.rect.top(), 5, option.rect.height(), QColor(CUT_COLOUR))
            painter.restore()
        if index.data(ResultRoles.CUT):
            painter.save()
            pen = QPen(QColor(CUT_COLOUR))
            pen.setWidth(3)
            painter.setPen(pen)
            rect = option.rect
            painter.drawLine(rect.left(), rect.bottom() - 1, rect.right(), rect.bottom() - 1)
            painter.restore()


class OthersModel(QAbstractTableModel):
    """The seats under each method of the mode, side by side: one column per method, one row per seat."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._methods: tuple[str, ...] = ()
        self._official = ""
        self._columns: tuple[tuple[tuple[str, bool], ...], ...] = ()
        self._titles: dict[str, str] = {}

    def set_methods(
        self, others: Sequence[tuple[str, tuple[tuple[str, bool], ...]]], official: str, titles: dict[str, str]
    ) -> None:
        self.beginResetModel()
        self._methods = tuple(name for name, _ in others)
        self._columns = tuple(seats for _, seats in others)
        self._official = official
        self._titles = dict(titles)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else max((len(c) for c in self._columns), default=0)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._methods)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._methods):
            name = method_name(self._methods[section])
            return (
                QCoreApplication.translate("RankingModel", "{0} (official)").format(name)
                if self._methods[section] == self._official
                else name
            )
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self._columns):
            return None
        seats = self._columns[index.column()]
        if index.row() >= len(seats):
            return None
        code, tied = seats[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RankingModel", "{0} (tied)").format(code) if tied else code
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._titles.get(code)
        if role == Qt.ItemDataRole.BackgroundRole and tied:
            return QBrush(QColor(OPEN_COLOUR))
        if role == Qt.ItemDataRole.ForegroundRole and tied:
            return QBrush(QColor("#202020"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


COL_LOT_ORDER, COL_LOT_CODE, COL_LOT_HASH = range(3)
LOT_HEADERS = (
    QT_TRANSLATE_NOOP("LotModel", "Order"),
    QT_TRANSLATE_NOOP("LotModel", "Code"),
    QT_TRANSLATE_NOOP("LotModel", "SHA-256 of fingerprint:seed:code"),
)


class LotModel(QAbstractTableModel):
    """The tied candidates of a lot draw in the order it gives: ascending SHA-256, the first wins."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[tuple[int, LotLine], ...] = ()

    def set_lines(self, lines: Sequence[tuple[int, LotLine]]) -> None:
        """(place in its tie, line) for each tied candidate, in the order the draw gives."""
        self.beginResetModel()
        self._lines = tuple(lines)
        self.endResetModel()

    def codes(self) -> list[str]:
        return [line.code for _, line in self._lines]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(LOT_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(LOT_HEADERS):
                return QCoreApplication.translate("LotModel", str(LOT_HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        place, line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(place), line.code, line.sha256)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_LOT_HASH:
            return QCoreApplication.translate("LotModel", "sha256 of: {0}").format(line.text)
        if role == Qt.ItemDataRole.FontRole and index.column() == COL_LOT_HASH:
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            return font
        return None
