"""The Results page's panel agreement: the sentence in words (专家意见协调程度较高（W = 0.62，χ² = …，p < 0.01）) and
a table of each expert's Spearman ρ with the panel's order, the most divergent first.

The wording bands follow Schmidt (1997), as in domain.agreement.BANDS.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from top10_panel.domain.agreement import Agreement, ExpertAgreement

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def band_word(band: str) -> str:
    words = {
        "very_strong": QCoreApplication.translate("Agreement", "unusually strong"),
        "high": QCoreApplication.translate("Agreement", "strong"),
        "fairly_high": QCoreApplication.translate("Agreement", "fairly strong"),
        "moderate": QCoreApplication.translate("Agreement", "moderate"),
        "low": QCoreApplication.translate("Agreement", "weak"),
        "very_low": QCoreApplication.translate("Agreement", "very weak"),
    }
    return words[band]


def agreement_sentence(found: Agreement | None) -> str:
    """One line in words, e.g. 'Panel agreement: fairly strong (W = 0.620, χ² = 45.30, df = 9, p < 0.01)'."""
    if found is None or found.w is None or found.chi2 is None:
        return QCoreApplication.translate(
            "Agreement", "Panel agreement cannot be computed: it needs two non-blank valid ballots and two candidates."
        )
    line = QCoreApplication.translate("Agreement", "Panel agreement: {0} (W = {1}, χ² = {2}, df = {3}, {4})").format(
        band_word(found.band), f"{float(found.w):.3f}", f"{float(found.chi2):.2f}", found.df, found.significance
    )
    extra = []
    rate = found.response_rate
    if rate is not None:
        extra.append(
            QCoreApplication.translate("Agreement", "response rate {0}/{1} = {2}").format(
                found.returned, found.invited, f"{float(rate):.2f}"
            )
        )
    if found.unranked or found.recused:
        extra.append(
            QCoreApplication.translate(
                "Agreement", "{0} unranked and {1} recused pairs placed at the mean of the remaining places"
            ).format(found.unranked, found.recused)
        )
    separator = QCoreApplication.translate("Agreement", "; ")  # Chinese: "；" and "。"
    return separator.join([line, *extra]) + QCoreApplication.translate("Agreement", ".")


class AgreementModel(QAbstractTableModel):
    """Each expert's Spearman ρ with the panel's order, lowest first (who diverges most)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ExpertAgreement, ...] = ()

    def set_agreement(self, found: Agreement | None) -> None:
        self.beginResetModel()
        rows = found.by_expert if found is not None else ()
        self._rows = tuple(sorted(rows, key=lambda e: (e.spearman is None, e.spearman or 0.0, e.expert)))
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            (
                QCoreApplication.translate("Agreement", "Expert"),
                QCoreApplication.translate("Agreement", "Spearman ρ with the panel's order"),
            )[section]
            if section in (0, 1)
            else None
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return row.expert
            return "—" if row.spearman is None else f"{row.spearman:.3f}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
