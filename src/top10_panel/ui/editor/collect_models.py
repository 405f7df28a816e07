"""The collection dashboard's tables as Qt sees them (STYLE §2): the ballot register with a status filter, and the
lists of who voted and who is missing — thin models over the plain rows of services.dashboard."""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView

from top10_panel.services.dashboard import RegisterEntry

from ..times import moment_text
from .collect_words import match
from .error_words import sentence

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

COL_RECEIVED, COL_EXPERT, COL_KIND, COL_FILE, COL_REVISION, COL_STATUS, COL_REASON, COL_FINGERPRINT = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("RegisterModel", "Received"),
    QT_TRANSLATE_NOOP("RegisterModel", "Expert"),
    QT_TRANSLATE_NOOP("RegisterModel", "Kind"),
    QT_TRANSLATE_NOOP("RegisterModel", "File"),
    QT_TRANSLATE_NOOP("RegisterModel", "Revision"),
    QT_TRANSLATE_NOOP("RegisterModel", "Status"),
    QT_TRANSLATE_NOOP("RegisterModel", "Reason"),
    QT_TRANSLATE_NOOP("RegisterModel", "Fingerprint"),
)
STATUS_WORDS = {
    "accepted": QT_TRANSLATE_NOOP("RegisterModel", "accepted"),
    "superseded": QT_TRANSLATE_NOOP("RegisterModel", "superseded"),
    "late": QT_TRANSLATE_NOOP("RegisterModel", "late"),
    "rejected": QT_TRANSLATE_NOOP("RegisterModel", "rejected"),
    "held": QT_TRANSLATE_NOOP("RegisterModel", "needs a decision"),
}
KIND_WORDS = {
    "file": QT_TRANSLATE_NOOP("RegisterModel", "ballot file"),
    "form": QT_TRANSLATE_NOOP("RegisterModel", "Excel form"),
    "matrix": QT_TRANSLATE_NOOP("RegisterModel", "ballot matrix"),
    "paper": QT_TRANSLATE_NOOP("RegisterModel", "paper (typed twice)"),
    "batch": QT_TRANSLATE_NOOP("RegisterModel", "public vote"),
}
STATUS_COLOURS = {"rejected": "#fde2e1", "late": "#fff1c2", "superseded": "#eeeeee", "held": "#ffe0b2"}
SHOWN_FINGERPRINT = 16
"""Hex digits of a fingerprint shown in its cell; all 64 are in the tooltip and copied with the row."""


def _tr(text: object) -> str:
    return QCoreApplication.translate("RegisterModel", str(text))


def kind_word(kind: str) -> str:
    return _tr(KIND_WORDS.get(kind, kind))


def status_word(status: str) -> str:
    return _tr(STATUS_WORDS.get(status, status))


class RegisterRoles(IntEnum):
    STATUS = Qt.ItemDataRole.UserRole + 1
    """The status as stored (accepted, superseded, late, rejected): what the filter compares."""
    ENTRY = Qt.ItemDataRole.UserRole + 2


class RegisterModel(QAbstractTableModel):
    """Every ballot received, whatever became of it (SPEC §2.4), in the order received."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RegisterEntry, ...] = ()

    def set_rows(self, rows: Sequence[RegisterEntry]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[RegisterEntry, ...]:
        return self._rows

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return _tr(HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_FINGERPRINT:
                return entry.fingerprint or None
            if column in (COL_REASON, COL_FILE):
                return self._display(entry, column) or None
            return None
        if role == Qt.ItemDataRole.BackgroundRole and entry.status in STATUS_COLOURS:
            return QBrush(QColor(STATUS_COLOURS[entry.status]))
        if role == Qt.ItemDataRole.ForegroundRole and entry.status in STATUS_COLOURS:
            return QBrush(QColor("#202020"))  # readable on the light status colours in a dark theme too
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_REVISION:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == RegisterRoles.STATUS:
            return entry.status
        if role == RegisterRoles.ENTRY:
            return entry
        return None

    @staticmethod
    def _display(entry: RegisterEntry, column: int) -> str:
        if column == COL_RECEIVED:
            return moment_text(entry.received, seconds=True)
        if column == COL_EXPERT:
            return entry.expert or "—"
        if column == COL_KIND:
            return _tr(KIND_WORDS.get(entry.kind, entry.kind))
        if column == COL_FILE:
            return file_text(entry.file)
        if column == COL_REVISION:
            return str(entry.revision)
        if column == COL_STATUS:
            return status_word(entry.status)
        if column == COL_REASON:
            return reason_text(entry.reason)
        if column == COL_FINGERPRINT:
            return entry.fingerprint[:SHOWN_FINGERPRINT] + ("…" if len(entry.fingerprint) > SHOWN_FINGERPRINT else "")
        return ""


class StatusFilter(QSortFilterProxyModel):
    """The register, showing only the ballots of one status ('' shows all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = ""

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._status:
            return True
        model = self.sourceModel()
        return bool(model.index(source_row, 0, source_parent).data(RegisterRoles.STATUS) == self._status)


class PeopleModel(QAbstractListModel):
    """A list of experts with a note beside each (void, late …): who voted, or who is missing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[tuple[str, str], ...] = ()

    def set_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        """(name, note) pairs; the note is shown beside the name (already translated)."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def names(self) -> list[str]:
        return [name for name, _ in self._rows]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        name, note = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PeopleModel", "{0} ({1})").format(name, note) if note else name
        if role == Qt.ItemDataRole.UserRole:
            return name
        return None


# The reasons the inbox stores, as the editor reads them; a reason not listed is shown as stored.
REASONS = (
    ("unsigned Excel ballot form", QT_TRANSLATE_NOOP("RegisterReasons", "unsigned Excel ballot form")),
    (
        "received after the deadline: counted only by a recorded decision",
        QT_TRANSLATE_NOOP("RegisterReasons", "received after the deadline: counted only by a recorded decision"),
    ),
    (
        "the signature does not match: the file was altered after it was signed, or signed for another selection",
        QT_TRANSLATE_NOOP(
            "RegisterReasons",
            "the signature does not match: the file was altered after it was signed, or signed for another selection",
        ),
    ),
)
REASON_PATTERNS = (
    ("replaced by revision {0}", QT_TRANSLATE_NOOP("RegisterReasons", "replaced by revision {0}")),
    (
        "revision {0} is not newer than revision {1} on record",
        QT_TRANSLATE_NOOP("RegisterReasons", "revision {0} is not newer than revision {1} on record"),
    ),
    (
        "late, counted by decision of {0}: {1}",
        QT_TRANSLATE_NOOP("RegisterReasons", "late, counted by decision of {0}: {1}"),
    ),
    (
        "replaced by the late revision {0}, counted by decision",
        QT_TRANSLATE_NOOP("RegisterReasons", "replaced by the late revision {0}, counted by decision"),
    ),
    ("unknown expert '{0}'", QT_TRANSLATE_NOOP("RegisterReasons", "unknown expert '{0}'")),
    (
        "an unsigned {0} beside the signed ballot file on record (revision {1}): counted only by a recorded decision",
        QT_TRANSLATE_NOOP(
            "RegisterReasons",
            "an unsigned {0} beside the signed ballot file on record (revision {1}): counted only by a recorded "
            "decision",
        ),
    ),
    (
        "a second ballot of this expert ({0}) beside the {1} on record: counted only by a recorded decision",
        QT_TRANSLATE_NOOP(
            "RegisterReasons",
            "a second ballot of this expert ({0}) beside the {1} on record: counted only by a recorded decision",
        ),
    ),
    (
        "replaced by the signed ballot file, revision {0}",
        QT_TRANSLATE_NOOP("RegisterReasons", "replaced by the signed ballot file, revision {0}"),
    ),
    (
        "replaced by ballot {0} ({1}) by decision of {2}, {3}: {4}",
        QT_TRANSLATE_NOOP("RegisterReasons", "replaced by ballot {0} ({1}) by decision of {2}, {3}: {4}"),
    ),
    (
        "counted instead of the ballot on record, by decision of {0}, {1}: {2}",
        QT_TRANSLATE_NOOP("RegisterReasons", "counted instead of the ballot on record, by decision of {0}, {1}: {2}"),
    ),
    (
        "not counted: the ballot on record was kept, by decision of {0}, {1}: {2}",
        QT_TRANSLATE_NOOP(
            "RegisterReasons", "not counted: the ballot on record was kept, by decision of {0}, {1}: {2}"
        ),
    ),
    ("{0} ballots", QT_TRANSLATE_NOOP("RegisterReasons", "{0} ballots")),
    (
        "its bytes ({0}) were not kept: a collect keeps at most {1} of rejected files, the SHA-256 of this one is on "
        "record",
        QT_TRANSLATE_NOOP(
            "RegisterReasons",
            "its bytes ({0}) were not kept: a collect keeps at most {1} of rejected files, the SHA-256 of this one is "
            "on record",
        ),
    ),
)


_MATRIX_ROW = re.compile(r"(.+), row (\d+)")


def file_text(file: str) -> str:
    """Where a ballot came from: its file, or a matrix's file and row (services.collect writes "NAME, row N")."""
    found = _MATRIX_ROW.fullmatch(file)
    if found is None:
        return file
    return QCoreApplication.translate("RegisterModel", "{0}, row {1}").format(found[1], found[2])


def reason_text(reason: str) -> str:
    """A stored reason in the editor's language: each part (joined by '; ') looked up; unknown parts as stored."""
    return "; ".join(_reason_part(part) for part in reason.split("; ")) if reason else ""


def _reason_part(part: str) -> str:
    for source, shown in REASONS:
        if part == source:
            return QCoreApplication.translate("RegisterReasons", str(shown))
    for source, shown in REASON_PATTERNS:
        values = match(source, part)
        if values is not None:
            words = [_tr(REASON_KINDS[v]) if v in REASON_KINDS else v for v in values]
            return QCoreApplication.translate("RegisterReasons", str(shown)).format(*words)
    return sentence(part)


REASON_KINDS = {
    "Excel ballot form": QT_TRANSLATE_NOOP("RegisterModel", "Excel form"),
    "ballot matrix row": QT_TRANSLATE_NOOP("RegisterModel", "ballot matrix row"),
    "paper ballot": QT_TRANSLATE_NOOP("RegisterModel", "paper ballot"),
    "signed ballot file": QT_TRANSLATE_NOOP("RegisterModel", "signed ballot file"),
}
"""The kinds of ballot a held ballot's reason names (domain.acceptance.KINDS), in the editor's language."""


def select_entries(table: QTableView, entries: Sequence[RegisterEntry]) -> None:
    """Select the register's rows of ``entries`` in ``table`` (over the status filter) and scroll the first into
    view, its reason shown."""
    wanted = {id(entry) for entry in entries}
    model, selection = table.model(), table.selectionModel()
    selection.clearSelection()
    first = None
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if id(index.data(RegisterRoles.ENTRY)) in wanted:
            selection.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
            first = first or index
    if first is not None:
        table.scrollTo(first.siblingAtColumn(COL_REASON), QAbstractItemView.ScrollHint.PositionAtCenter)
        table.setCurrentIndex(first)
