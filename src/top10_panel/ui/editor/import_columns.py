"""The import preview's columns: the header row the reader chose, and a choice per column of what it holds, for
columns the reader cannot place (or placed otherwise than the editor wants). The choice is kept for the next import
(Settings.column_mapping), keyed by the header as written."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from top10_panel.exchange.lists_words import IGNORE, fold, one_line
from top10_panel.services.lists_preview import Layout

FIELDS = {
    "candidate": (
        ("code", QT_TRANSLATE_NOOP("ColumnMapper", "Code")),
        ("title", QT_TRANSLATE_NOOP("ColumnMapper", "Title")),
        ("date", QT_TRANSLATE_NOOP("ColumnMapper", "Date")),
        ("summary", QT_TRANSLATE_NOOP("ColumnMapper", "Summary")),
        ("source", QT_TRANSLATE_NOOP("ColumnMapper", "Source")),
        ("category", QT_TRANSLATE_NOOP("ColumnMapper", "Category")),
    ),
    "expert": (
        ("name", QT_TRANSLATE_NOOP("ColumnMapper", "Name")),
        ("affiliation", QT_TRANSLATE_NOOP("ColumnMapper", "Affiliation")),
        ("email", QT_TRANSLATE_NOOP("ColumnMapper", "E-mail")),
        ("recuse", QT_TRANSLATE_NOOP("ColumnMapper", "Recusals")),
    ),
}
_UNPLACED = "?"
PER_ROW = 4
"""Columns shown side by side; a list of a dozen columns takes three lines."""


class ColumnMapper(QWidget):
    """One combo per header cell; ``changed`` gives the editor's whole mapping after each choice."""

    changed = Signal(dict)

    def __init__(self, layout: Layout, mapping: dict[str, str], experts: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_found = layout
        self.mapping = dict(mapping)
        self.noun = "expert" if experts else "candidate"
        self.where = QLabel()
        self.where.setWordWrap(True)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.combos: list[tuple[QLabel, QComboBox, str, str | None]] = []
        self.names: list[tuple[str, str]] = []
        """Each column's header on one line and its letter (or number, in a CSV)."""
        for k, column in enumerate(layout.columns):
            label = QLabel()
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            key = "code" if column.key == "ordinal" else column.key
            header = fold(column.header)
            self.combos.append((label, combo, header, key))
            self.names.append((one_line(column.header), column.label.rsplit("column ", 1)[-1].rstrip(")")))
            grid.addWidget(label, k // PER_ROW, 2 * (k % PER_ROW))
            grid.addWidget(combo, k // PER_ROW, 2 * (k % PER_ROW) + 1)
            combo.activated.connect(lambda _index, c=combo, h=header: self._chosen(c, h))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.where)
        box.addLayout(grid)
        self.retranslate()

    def retranslate(self) -> None:
        found = self.layout_found
        if found.header_row is None:
            self.where.setText("")
        else:
            if found.sheet:
                text = self.tr("Header row: row {0} of sheet '{1}'.").format(found.header_row, found.sheet)
            else:
                text = self.tr("Header row: row {0}.").format(found.header_row)
            if found.skipped:
                text += " " + self.tr("%n title row(s) above it are not imported.", "", found.skipped)
            text += " " + self.tr("Choose what a column holds where the list names it otherwise:")
            self.where.setText(text)
        for (label, combo, _, key), (name, place) in zip(self.combos, self.names, strict=True):
            label.setText(self.tr("“{0}” (column {1})").format(name, place))
            combo.clear()
            if key is None:
                combo.addItem(self.tr("Not recognised — choose"), _UNPLACED)
            for field, english in FIELDS[self.noun]:
                combo.addItem(QCoreApplication.translate("ColumnMapper", str(english)), field)
            combo.addItem(self.tr("Do not import"), IGNORE)
            combo.setCurrentIndex(max(combo.findData(_UNPLACED if key is None else key), 0))

    def _chosen(self, combo: QComboBox, header: str) -> None:
        key = combo.currentData()
        if key == _UNPLACED:
            return
        self.mapping[header] = str(key)
        self.changed.emit(dict(self.mapping))
