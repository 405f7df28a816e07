"""How ties are settled and how the chosen are published: the tie-break chain (an ordered list, a lot draw only
last) and the publication order (SPEC §3)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from top10_panel.domain.rules import DEFAULT_CHAIN, PUBLICATION_ORDERS, TIE_BREAK_RULES, Mode, Rules

from .explained import add_row
from .rules_names import order_name, order_sentence, rule_name, rule_sentence

RULE = Qt.ItemDataRole.UserRole + 1


class TiesSection(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = Mode.APPROVAL
        self.chain = QListWidget()
        self.chain.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chain.setMinimumHeight(120)
        self.chain.setMaximumHeight(190)
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        moves = QVBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        chain = QWidget()
        chain_layout = QHBoxLayout(chain)
        chain_layout.setContentsMargins(0, 0, 0, 0)
        chain_layout.addWidget(self.chain, 1)
        chain_layout.addLayout(moves)
        self.order = QComboBox()
        self.order.setMaximumWidth(360)
        for order in PUBLICATION_ORDERS:
            self.order.addItem("", order)
        self.ordered_top = QCheckBox()
        self.ordered_top.setChecked(True)

        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.chain_label, self.chain_row = add_row(self.form, chain)
        self.order_label, self.order_row = add_row(self.form, self.order)
        self.ordered_label, self.ordered_row = add_row(self.form, self.ordered_top)

        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.chain.itemChanged.connect(self._chain_changed)
        self.chain.currentRowChanged.connect(self._update_moves)
        self.order.currentIndexChanged.connect(self._order_changed)
        self.ordered_top.toggled.connect(self.changed)
        self.set_mode(Mode.APPROVAL)
        self.retranslate()

    # -- values ------------------------------------------------------------------------------------------------------
    def set_mode(self, mode: Mode, chain: tuple[str, ...] | None = None) -> None:
        """The rules of the mode, those of ``chain`` (default: the mode's default chain) ticked, in its order."""
        self.mode = mode
        chosen = DEFAULT_CHAIN[mode] if chain is None else chain
        rules = [*chosen, *(r for r in TIE_BREAK_RULES[mode] if r not in chosen)]
        self.chain.blockSignals(True)
        self.chain.clear()
        for rule in rules:
            item = QListWidgetItem()
            item.setData(RULE, rule)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if rule in chosen else Qt.CheckState.Unchecked)
            self.chain.addItem(item)
        self.chain.blockSignals(False)
        self._texts()
        self._update_moves()
        self.changed.emit()

    def tie_break(self) -> tuple[str, ...]:
        """The ticked rules, top to bottom."""
        return tuple(
            str(item.data(RULE))
            for item in (self.chain.item(i) for i in range(self.chain.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        )

    def set_rule_checked(self, rule: str, checked: bool) -> None:
        for i in range(self.chain.count()):
            item = self.chain.item(i)
            if item is not None and item.data(RULE) == rule:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def move_rule(self, rule: str, steps: int) -> None:
        """Move ``rule`` up (negative) or down the list, as the buttons do."""
        for i in range(self.chain.count()):
            item = self.chain.item(i)
            if item is not None and item.data(RULE) == rule:
                self.chain.setCurrentRow(i)
                for _ in range(abs(steps)):
                    self._move(-1 if steps < 0 else 1)
                return

    def values(self) -> dict[str, Any]:
        order = str(self.order.currentData())
        return {
            "tie_break": self.tie_break(),
            "publication_order": order,
            # As the command line does: only a result-ordered publication ranks the chosen among themselves.
            "ordered_top": order == "result" and self.ordered_top.isChecked(),
        }

    def load(self, rules: Rules) -> None:
        self.set_mode(rules.mode, rules.chain)
        self.order.setCurrentIndex(max(0, self.order.findData(rules.publication_order)))
        self.ordered_top.setChecked(rules.ordered_top)

    # -- reactions ---------------------------------------------------------------------------------------------------
    def _move(self, step: int) -> None:
        row = self.chain.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.chain.count():
            return
        item = self.chain.takeItem(row)
        self.chain.insertItem(target, item)
        self.chain.setCurrentRow(target)
        self.changed.emit()

    def _chain_changed(self) -> None:
        self.changed.emit()

    def _update_moves(self) -> None:
        row = self.chain.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.chain.count() - 1)

    def _order_changed(self) -> None:
        order = str(self.order.currentData())
        self.order_row.note.setText(order_sentence(order))
        self.ordered_top.setEnabled(order == "result")
        self.changed.emit()

    def _texts(self) -> None:
        for i in range(self.chain.count()):
            item = self.chain.item(i)
            if item is not None:
                rule = str(item.data(RULE))
                item.setText(rule_name(rule))
                item.setToolTip(rule_sentence(rule))

    def retranslate(self) -> None:
        self._texts()
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.chain_label.setText(self.tr("Tie-break chain (平局处理)"))
        self.chain_row.note.setText(
            self.tr(
                "Tick the rules that settle a tie at the cut line, in the order they are tried, top first; each "
                "step is recorded. The runoff, the chair and the lot need a decision when the tie happens; the lot "
                "settles every tie, so it can only be last. With none ticked, a tie stays open (同票重投)."
            )
        )
        for i in range(self.order.count()):
            self.order.setItemText(i, order_name(str(self.order.itemData(i))))
        self.order_label.setText(self.tr("Publication order"))
        self._order_changed()
        self.ordered_label.setText(self.tr("Ranks of the chosen"))
        self.ordered_top.setText(self.tr("publish the chosen with their ranks"))
        self.ordered_row.note.setText(
            self.tr(
                "With ranks, a tie inside the top matters and is settled too; without (排名不分先后), only the tie "
                "at the cut line does."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
