"""The recusal matrix as Qt sees it: experts down, candidates across, each cell the state of that pair's recusal
(confirmed, suggested by the app, rejected, or none). A thin model over plain rows (STYLE §2)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from top10_panel.domain.people import Candidate, Expert, RecusalReason
from top10_panel.services.editing import RecusalRecord

from .error_words import sentence

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
CONFIRMED, SUGGESTED, REJECTED = "confirmed", "suggested", "rejected"
COLOURS = {CONFIRMED: QColor("#f4c7c3"), SUGGESTED: QColor("#fde9a9"), REJECTED: QColor("#e8eaed")}
"""Pale red: recused; amber: suggested, waiting for the editor; grey: looked at and rejected."""


class Roles(IntEnum):
    STATUS = Qt.ItemDataRole.UserRole + 1
    """confirmed, suggested, rejected, or '' for no recusal."""
    EXPERT = Qt.ItemDataRole.UserRole + 2
    CODE = Qt.ItemDataRole.UserRole + 3
    RECORD = Qt.ItemDataRole.UserRole + 4
    """The RecusalRecord, None for a pair without one."""


def status_mark(status: str) -> str:
    """The short mark in a cell (the legend under the matrix explains them)."""
    return {
        CONFIRMED: QCoreApplication.translate("RecusalModel", "R"),
        SUGGESTED: QCoreApplication.translate("RecusalModel", "R?"),
        REJECTED: QCoreApplication.translate("RecusalModel", "no"),
    }.get(status, "")


def status_name(status: str) -> str:
    return {
        CONFIRMED: QCoreApplication.translate("RecusalModel", "Recused"),
        SUGGESTED: QCoreApplication.translate("RecusalModel", "Suggested"),
        REJECTED: QCoreApplication.translate("RecusalModel", "Not recused"),
    }.get(status, "")


def reason_text(reason: str) -> str:
    words: dict[str, str] = {
        RecusalReason.OWN_UNIT: QCoreApplication.translate("RecusalModel", "own unit (本单位)"),
        RecusalReason.COLLABORATOR: QCoreApplication.translate("RecusalModel", "collaborator (合作者)"),
        RecusalReason.RECOMMENDER: QCoreApplication.translate("RecusalModel", "recommender (推荐人)"),
        RecusalReason.OTHER: QCoreApplication.translate("RecusalModel", "other reason"),
    }
    return words.get(reason, reason)


class RecusalModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._experts: list[Expert] = []
        self._candidates: list[Candidate] = []
        self._records: dict[tuple[str, str], RecusalRecord] = {}

    def set_rows(
        self, experts: Sequence[Expert], candidates: Sequence[Candidate], records: Sequence[RecusalRecord]
    ) -> None:
        self.beginResetModel()
        self._experts = list(experts)
        self._candidates = list(candidates)
        self._records = {(r.expert, r.candidate): r for r in records}
        self.endResetModel()

    def record(self, expert: str, code: str) -> RecusalRecord | None:
        return self._records.get((expert, code))

    def records(self) -> list[RecusalRecord]:
        return list(self._records.values())

    def pair(self, index: Index) -> tuple[str, str]:
        return self._experts[index.row()].name, self._candidates[index.column()].code

    def index_of(self, expert: str, code: str) -> QModelIndex:
        rows = [i for i, e in enumerate(self._experts) if e.name == expert]
        columns = [j for j, c in enumerate(self._candidates) if c.code == code]
        return self.index(rows[0], columns[0]) if rows and columns else QModelIndex()

    def count(self, status: str) -> int:
        return sum(1 for r in self._records.values() if r.status == status)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._experts)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or not self._experts else len(self._candidates)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._experts)):
            return None
        if not 0 <= index.column() < len(self._candidates):
            return None
        expert, candidate = self._experts[index.row()], self._candidates[index.column()]
        record = self._records.get((expert.name, candidate.code))
        status = record.status if record else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return status_mark(status)
        if role == Qt.ItemDataRole.BackgroundRole:
            return COLOURS.get(status)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            head = f"{expert.name} ({expert.affiliation}) — {candidate.code} {candidate.title}"
            if record is None:
                return head
            text = f"{head}\n{status_name(status)}: {reason_text(record.reason)}"
            return f"{text} ({sentence(record.note)})" if record.note else text
        if role == Roles.STATUS:
            return status
        if role == Roles.EXPERT:
            return expert.name
        if role == Roles.CODE:
            return candidate.code
        if role == Roles.RECORD:
            return record
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._candidates):
                return None
            candidate = self._candidates[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return candidate.code
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{candidate.code} {candidate.title}\n{candidate.source}"
            return None
        if not 0 <= section < len(self._experts):
            return None
        expert = self._experts[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return expert.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return expert.affiliation
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
