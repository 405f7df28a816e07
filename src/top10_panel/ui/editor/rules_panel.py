"""Who may take the seats and whose votes count: category quotas, secrecy, weighted sources, a screening stage."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from top10_panel.domain.errors import InputError
from top10_panel.domain.rules import DEFAULT_PANEL, Mode, Rules

from .explained import add_row, wrapping_label
from .rules_words import number

DEFAULT_QUOTAS = (("知识创新", 7), ("技术创新", 3))
DEFAULT_WEIGHTS = ((DEFAULT_PANEL, "70"), ("public", "30"))


class PairTable(QWidget):
    """A small two-column table (name, number) with buttons to add and remove rows."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFixedHeight(104)
        self.table.setFixedWidth(420)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.add_button.clicked.connect(lambda: self.add_pair("", ""))
        self.remove_button.clicked.connect(self._remove)
        self.table.itemChanged.connect(self.changed)

    def set_pairs(self, pairs: tuple[tuple[str, str], ...]) -> None:
        self.table.setRowCount(0)
        for name, value in pairs:
            self.add_pair(name, value)

    def add_pair(self, name: str, value: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(value))
        self.changed.emit()

    def _remove(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self.changed.emit()

    def pairs(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in (0, 1)]
            name, value = (cell.text().strip() if cell is not None else "" for cell in cells)
            if name or value:
                out.append((name, value))
        return out


class PanelSection(QWidget):
    """Quotas, secrecy, weights; with ``screening`` also the screening stage (only when a selection is made)."""

    changed = Signal()

    def __init__(self, screening: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = Mode.APPROVAL
        self.quotas_on = QCheckBox()
        self.quotas = PairTable()
        self.quotas.set_pairs(tuple((name, str(seats)) for name, seats in DEFAULT_QUOTAS))
        quotas = QWidget()
        quotas_layout = QVBoxLayout(quotas)
        quotas_layout.setContentsMargins(0, 0, 0, 0)
        quotas_layout.addWidget(self.quotas_on)
        quotas_layout.addWidget(self.quotas)
        self.named = QRadioButton()
        self.secret = QRadioButton()
        self.named.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.named)
        group.addButton(self.secret)
        secrecy = QWidget()
        secrecy_layout = QHBoxLayout(secrecy)
        secrecy_layout.setContentsMargins(0, 0, 0, 0)
        secrecy_layout.addWidget(self.named)
        secrecy_layout.addWidget(self.secret)
        secrecy_layout.addStretch(1)
        self.weights_on = QCheckBox()
        self.weights = PairTable()
        self.weights.set_pairs(DEFAULT_WEIGHTS)
        weights = QWidget()
        weights_layout = QVBoxLayout(weights)
        weights_layout.setContentsMargins(0, 0, 0, 0)
        weights_layout.addWidget(self.weights_on)
        weights_layout.addWidget(self.weights)
        self.screening_on = QCheckBox()
        self.shortlist = QSpinBox()
        self.shortlist.setRange(1, 9999)
        self.shortlist.setValue(30)
        self.shortlist.setMaximumWidth(110)
        stage = QWidget()
        stage_layout = QHBoxLayout(stage)
        stage_layout.setContentsMargins(0, 0, 0, 0)
        stage_layout.addWidget(self.screening_on)
        stage_layout.addWidget(self.shortlist)
        stage_layout.addStretch(1)

        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.quotas_label, self.quotas_row = add_row(self.form, quotas)
        self.secrecy_label, self.secrecy_row = add_row(self.form, secrecy)
        self.recusal_label = QLabel()
        self.recusal_note = wrapping_label()
        self.form.addRow(self.recusal_label, self.recusal_note)
        self.weights_label, self.weights_row = add_row(self.form, weights)
        self.stage_label, self.stage_row = add_row(self.form, stage)
        self.form.setRowVisible(self.stage_row, screening)

        for check in (self.quotas_on, self.weights_on, self.screening_on):
            check.toggled.connect(self._toggled)
        for button in (self.named, self.secret):
            button.toggled.connect(self.changed)
        self.quotas.changed.connect(self.changed)
        self.weights.changed.connect(self.changed)
        self.shortlist.valueChanged.connect(self.changed)
        self._toggled()
        self.retranslate()

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        self.form.setRowVisible(self.weights_row, mode is not Mode.RANKING)

    def values(self) -> dict[str, Any]:
        """Rules keyword arguments; InputError when a seat count or a weight cannot be read."""
        quotas: tuple[tuple[str, int], ...] = ()
        if self.quotas_on.isChecked():
            quotas = tuple((name, _whole(value, name)) for name, value in self.quotas.pairs())
        weights: tuple[tuple[str, Fraction], ...] = ()
        if self.weights_on.isChecked() and self.mode is not Mode.RANKING:
            weights = tuple((name, _percent(value, name)) for name, value in self.weights.pairs())
        return {"quotas": quotas, "secret": self.secret.isChecked(), "weights": weights}

    def screening(self) -> int | None:
        """The shortlist of a screening stage (初评), None without one."""
        return self.shortlist.value() if self.screening_on.isChecked() else None

    def load(self, rules: Rules) -> None:
        self.set_mode(rules.mode)
        self.quotas_on.setChecked(bool(rules.quotas))
        if rules.quotas:
            self.quotas.set_pairs(tuple((name, str(seats)) for name, seats in rules.quotas))
        (self.secret if rules.secret else self.named).setChecked(True)
        self.weights_on.setChecked(bool(rules.weights))
        if rules.weights:
            self.weights.set_pairs(tuple((name, number(w * 100)) for name, w in rules.weights))

    def _toggled(self) -> None:
        self.quotas.setEnabled(self.quotas_on.isChecked())
        self.weights.setEnabled(self.weights_on.isChecked())
        self.shortlist.setEnabled(self.screening_on.isChecked())
        self.changed.emit()

    def retranslate(self) -> None:
        self.quotas_label.setText(self.tr("Category quotas"))
        self.quotas_on.setText(self.tr("seats per category"))
        self.quotas.table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Seats")])
        self.quotas_row.note.setText(
            self.tr(
                "E.g. 7 knowledge-innovation and 3 technology-innovation seats; the quotas add up to the seats, and "
                "the category names are those of the candidate list."
            )
        )
        self.secrecy_label.setText(self.tr("Secrecy"))
        self.named.setText(self.tr("Named (实名)"))
        self.secret.setText(self.tr("Secret (无记名)"))
        self.secrecy_row.note.setText(
            self.tr("In a secret selection, exports and screens show only totals and anonymous ids, never names.")
        )
        self.recusal_label.setText(self.tr("Recusals (回避)"))
        self.recusal_note.setText(
            self.tr(
                "Who may not vote on which candidate is set per expert: from the 回避 column of the expert list, or "
                "in the recusal matrix on the Experts page, where the app also suggests a recusal wherever an "
                "expert's affiliation is a candidate's source."
            )
        )
        self.weights_label.setText(self.tr("Weighted sources"))
        self.weights_on.setText(self.tr("combine the experts with other sources"))
        self.weights.table.setHorizontalHeaderLabels([self.tr("Source"), self.tr("Weight %")])
        self.weights_row.note.setText(
            self.tr(
                "E.g. experts 70% + public vote 30%; “experts” is the invited panel, other sources are collected "
                "as ballot matrices. The weights add up to 100%."
            )
        )
        self.stage_label.setText(self.tr("Screening stage"))
        self.screening_on.setText(self.tr("first a screening (初评) with a shortlist of"))
        self.stage_row.note.setText(
            self.tr(
                "The experts first vote on all candidates; the shortlist's winners become the candidates of the "
                "final vote (终评), e.g. 30 of 80."
            )
        )
        for table in (self.quotas, self.weights):
            table.add_button.setText(self.tr("Add"))
            table.remove_button.setText(self.tr("Remove"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _whole(text: str, name: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise InputError(
            f"the seats of category '{name}' are not a whole number ({text})", fix="type a number of seats"
        ) from None


def _percent(text: str, name: str) -> Fraction:
    try:
        return Fraction(text.strip().rstrip("%％").strip()) / 100
    except (ValueError, ZeroDivisionError):
        raise InputError(
            f"the weight of source '{name}' is not a number ({text})", fix="type a percentage such as 30"
        ) from None
