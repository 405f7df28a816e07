"""The publish page's tables (STYLE §2): the files written with their SHA-256, and the checks of ``verify`` with
✓ or ✗ — thin models over the plain results of services.publish and services.verify."""

from __future__ import annotations

import re
from collections.abc import Sequence
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
)
from PySide6.QtGui import QBrush, QColor, QFont

from top10_panel.services.verify import Check

from .collect_words import match

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
CONTEXT = "PublishWords"


def _t(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def _mono() -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


COL_FILE, COL_FOLDER, COL_SHA = range(3)
FILE_HEADERS = (
    QT_TRANSLATE_NOOP("PublishWords", "File"),
    QT_TRANSLATE_NOOP("PublishWords", "Folder"),
    QT_TRANSLATE_NOOP("PublishWords", "SHA-256 (also in FILE.sha256 beside it)"),
)


class FilesModel(QAbstractTableModel):
    """The files an export wrote, each with its SHA-256."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files: tuple[tuple[Path, str], ...] = ()

    def set_files(self, files: Sequence[tuple[Path, str]]) -> None:
        self.beginResetModel()
        self._files = tuple(files)
        self.endResetModel()

    def files(self) -> tuple[tuple[Path, str], ...]:
        return self._files

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._files)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(FILE_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(FILE_HEADERS):
                return _t(FILE_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._files):
            return None
        path, sha = self._files[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (path.name, str(path.parent), sha)[index.column()]
        if role == Qt.ItemDataRole.FontRole and index.column() == COL_SHA:
            return _mono()
        return None


COL_OK, COL_ITEM, COL_DETAIL = range(3)
CHECK_HEADERS = (
    QT_TRANSLATE_NOOP("PublishWords", "Result"),
    QT_TRANSLATE_NOOP("PublishWords", "What was checked"),
    QT_TRANSLATE_NOOP("PublishWords", "Detail"),
)
ITEMS = {
    "event log": QT_TRANSLATE_NOOP("PublishWords", "event log"),
    "ballot files on record": QT_TRANSLATE_NOOP("PublishWords", "ballot files on record"),
    "ballots counted": QT_TRANSLATE_NOOP("PublishWords", "ballots counted"),
    "ranked list": QT_TRANSLATE_NOOP("PublishWords", "ranked list"),
    "seats": QT_TRANSLATE_NOOP("PublishWords", "seats"),
    "open tie": QT_TRANSLATE_NOOP("PublishWords", "open tie"),
    "publication order": QT_TRANSLATE_NOOP("PublishWords", "publication order"),
    "tie-break steps": QT_TRANSLATE_NOOP("PublishWords", "tie-break steps"),
    "rules version": QT_TRANSLATE_NOOP("PublishWords", "rules version"),
    "lot seed source": QT_TRANSLATE_NOOP("PublishWords", "lot seed source"),
}
ITEM_PATTERNS = (  # the most specific first: "ballot register (final)" is no ballot file named "register (final)"
    ("ballot register ({0})", QT_TRANSLATE_NOOP("PublishWords", "ballot register ({0})")),
    ("register re-checked ({0})", QT_TRANSLATE_NOOP("PublishWords", "register re-checked ({0})")),
    ("exported {0}", QT_TRANSLATE_NOOP("PublishWords", "exported file {0}")),
    ("ballot {0}", QT_TRANSLATE_NOOP("PublishWords", "ballot file {0}")),
    ("anchor in {0}", QT_TRANSLATE_NOOP("PublishWords", "anchor in {0}")),
    ("sidecar {0}", QT_TRANSLATE_NOOP("PublishWords", "SHA-256 sidecar {0}")),
    ("fingerprint ({0})", QT_TRANSLATE_NOOP("PublishWords", "fingerprint ({0})")),
)
DETAILS = (
    (
        "intact: no entry changed, removed or added",
        QT_TRANSLATE_NOOP("PublishWords", "intact: no entry changed, removed or added"),
    ),
    ("unchanged", QT_TRANSLATE_NOOP("PublishWords", "unchanged since the export")),
    ("none", QT_TRANSLATE_NOOP("PublishWords", "none")),
    ("none settled yet", QT_TRANSLATE_NOOP("PublishWords", "none settled yet")),
    (
        "{0} ballot files re-read: signatures valid, votes as counted",
        QT_TRANSLATE_NOOP("PublishWords", "{0} ballot files re-read: signatures valid, votes as counted"),
    ),
    (
        "{0} candidates: scores, ranks, places and seats",
        QT_TRANSLATE_NOOP("PublishWords", "{0} candidates: scores, ranks, places and seats"),
    ),
    ("{0} steps", QT_TRANSLATE_NOOP("PublishWords", "{0} steps")),
    ("{0} step", QT_TRANSLATE_NOOP("PublishWords", "{0} step")),
    ("no lot drawn", QT_TRANSLATE_NOOP("PublishWords", "no lot drawn")),
    (
        "{0} draws, each after its seed source was recorded",
        QT_TRANSLATE_NOOP("PublishWords", "{0} draws, each after its seed source was recorded"),
    ),
    (
        "{0} draw, each after its seed source was recorded",
        QT_TRANSLATE_NOOP("PublishWords", "{0} draw, made after its seed source was recorded"),
    ),
    (
        "the draw of entry {0} ({1}) names no seed source recorded for it",
        QT_TRANSLATE_NOOP("PublishWords", "the draw of log entry {0} ({1}) names no seed source recorded for it"),
    ),
    (
        "the seed source of the draw of entry {0} was recorded after it (entry {1})",
        QT_TRANSLATE_NOOP(
            "PublishWords", "the seed source of the draw of log entry {0} was recorded after it (entry {1})"
        ),
    ),
    (
        "published under version {0}; versions on record: {1}",
        QT_TRANSLATE_NOOP("PublishWords", "counted under rules version {0}; versions on record: {1}"),
    ),
    (
        "the export claims no version; versions on record: {0}",
        QT_TRANSLATE_NOOP("PublishWords", "the export names no rules version; versions on record: {0}"),
    ),
    (
        "the export record claims version {0}, the log says {1}",
        QT_TRANSLATE_NOOP("PublishWords", "the export record names rules version {0}, the log says {1}"),
    ),
    (
        "published under version {0}, which is not on record",
        QT_TRANSLATE_NOOP("PublishWords", "published under rules version {0}, which is not on record"),
    ),
    (
        "published claiming rules version {0}, but version {1} on record is not the rules it was counted under "
        "(SHA-256 {2}, published {3})",
        QT_TRANSLATE_NOOP(
            "PublishWords",
            "published claiming rules version {0}, but version {1} on record is not the rules it was counted under "
            "(SHA-256 {2}, published {3})",
        ),
    ),
    (
        "{0} valid, {1} abstain, {2} invalid",
        QT_TRANSLATE_NOOP("PublishWords", "{0} valid ({1} of them abstaining), {2} invalid"),
    ),
    ("changed since export (now {0})", QT_TRANSLATE_NOOP("PublishWords", "changed since the export (now {0})")),
    (
        "log head {0} still in the log; fingerprint as published",
        QT_TRANSLATE_NOOP("PublishWords", "log head {0} still in the log; fingerprint as published"),
    ),
    (
        "the event log no longer holds entry {0} with hash {1} that was published: the log was changed or "
        "rewritten after export",
        QT_TRANSLATE_NOOP(
            "PublishWords",
            "the event log no longer holds entry {0} with hash {1} that was published: the log was changed or "
            "rewritten after export",
        ),
    ),
    (
        "published under fingerprint {0}, but the candidates and rules now give {1}: they changed after export",
        QT_TRANSLATE_NOOP(
            "PublishWords",
            "published under fingerprint {0}, but the candidates and rules now give {1}: they changed after export",
        ),
    ),
    (
        "missing: {0} was published and is gone",
        QT_TRANSLATE_NOOP("PublishWords", "missing: {0} was published and is gone"),
    ),
    (
        "the candidates and rules give the fingerprint logged at issue: {0}",
        QT_TRANSLATE_NOOP("PublishWords", "the candidates and rules give the fingerprint logged at issue: {0}"),
    ),
    (
        "changed since it was logged: {0} (now {1}, logged {2})",
        QT_TRANSLATE_NOOP("PublishWords", "changed since it was logged: {0} (now {1}, logged {2})"),
    ),
    (
        "{0} ballots received, as the log says",
        QT_TRANSLATE_NOOP("PublishWords", "{0} ballots received, as the log says"),
    ),
    (
        "{0} received ballot row(s) deleted (the log counted {1} after the last collect)",
        QT_TRANSLATE_NOOP(
            "PublishWords", "{0} received ballot row(s) deleted (the log counted {1} after the last collect)"
        ),
    ),
    (
        "{0} rows: one counted ballot per expert, each status follows from its bytes",
        QT_TRANSLATE_NOOP(
            "PublishWords", "{0} rows: one counted ballot per expert, each status follows from its bytes"
        ),
    ),
)


_LOCKED = re.compile(r"(?<=\S) locked\b")
"""A rules version on record that voting has locked, as verify lists them ("v1 locked, v2 (reason) locked")."""


def _words(text: str, table: Sequence[tuple[str, object]]) -> str:
    for source, shown in table:
        values = match(source, text)
        if values is not None:
            locked = _t(QT_TRANSLATE_NOOP("PublishWords", " (locked)"))
            return _t(shown).format(*(_LOCKED.sub(locked, value) for value in values))
    return text


def item_text(item: str) -> str:
    return _t(ITEMS[item]) if item in ITEMS else _words(item, ITEM_PATTERNS)


def detail_text(detail: str) -> str:
    return _words(detail, DETAILS)


class ChecksModel(QAbstractTableModel):
    """What ``verify`` recomputed, item by item: ✓ when it matches, ✗ with what differs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checks: tuple[Check, ...] = ()

    def set_checks(self, checks: Sequence[Check]) -> None:
        self.beginResetModel()
        self._checks = tuple(checks)
        self.endResetModel()

    def checks(self) -> tuple[Check, ...]:
        return self._checks

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._checks)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(CHECK_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(CHECK_HEADERS):
                return _t(CHECK_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._checks):
            return None
        check = self._checks[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_OK:
                return "✓" if check.ok else "✗"
            return item_text(check.item) if column == COL_ITEM else detail_text(check.detail)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_DETAIL:
            return detail_text(check.detail)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_OK:
            return QBrush(QColor("#1b5e20" if check.ok else "#b00020"))
        if role == Qt.ItemDataRole.FontRole and column == COL_OK:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_OK:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
