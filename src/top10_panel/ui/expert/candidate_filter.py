"""The ballot window's view of the candidate list: search, category, and in ranking mode only the unranked;
sorted by each column's own sort key (candidates.Roles.SORT)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel

from .candidates import CandidateModel, Index, Roles


class CandidateFilter(QSortFilterProxyModel):
    """Search (code, title, summary; case-insensitive), a category, and — in ranking mode — only the unranked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._category = ""
        self._hide_marked = False
        self.setSortRole(Roles.SORT)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_category(self, category: str) -> None:
        if category != self._category:
            self.beginFilterChange()
            self._category = category
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_hide_marked(self, hide: bool) -> None:
        self.beginFilterChange()
        self._hide_marked = hide
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """Marks changed: in ranking mode the ranked leave the list and the unranked come back."""
        if self._hide_marked:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CandidateModel):
            return True
        row = model.row_at(source_row)
        if self._hide_marked and model.mark(row.code) is not None:
            return False
        if self._category and row.category != self._category:
            return False
        return not self._needle or self._needle in row.haystack

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(Roles.SORT), right.data(Roles.SORT)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
