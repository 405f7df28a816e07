"""The rules of the ballot itself: vote mode, counting method, seats, how many picks or ranks, the score scale, score
criteria with weights and the z normalisation of harsh and lenient experts."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from top10_panel.domain.errors import InputError
from top10_panel.domain.rules import METHODS, Mode, Rules

from .explained import add_row, note_label
from .rules_names import method_name, method_sentence, mode_name, mode_sentence
from .rules_panel import PairTable
from .rules_words import number

MODES = (Mode.APPROVAL, Mode.RANKING, Mode.SCORE)
MOST = 999
DEFAULT_CRITERIA = (
    (QT_TRANSLATE_NOOP("VotingSection", "Innovation"), "40"),
    (QT_TRANSLATE_NOOP("VotingSection", "Impact"), "40"),
    (QT_TRANSLATE_NOOP("VotingSection", "Representativeness"), "20"),
)
"""The criteria offered until the editor writes their own, in the interface's language (创新性, 影响力, 代表性)."""


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setMaximumWidth(110)
    return box


class VotingSection(QWidget):
    """Mode, method, seats, picks (approval), ranks (ranking), scale (score)."""

    changed = Signal()
    modeChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[Mode, QRadioButton] = {}
        self.mode_notes: dict[Mode, QLabel] = {}
        modes = QWidget()
        modes_layout = QVBoxLayout(modes)
        modes_layout.setContentsMargins(0, 0, 0, 0)
        for mode in MODES:
            button = QRadioButton()
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            note = note_label()
            note.setContentsMargins(24, 0, 0, 4)
            self.mode_notes[mode] = note
            modes_layout.addWidget(button)
            modes_layout.addWidget(note)
        self.mode_buttons[Mode.APPROVAL].setChecked(True)
        self.method = QComboBox()
        self.method.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # the longest name in full
        self.seats = _spin(1, MOST, 10)
        self.min_picks = _spin(0, MOST, 0)
        self.max_picks = _spin(1, MOST, 10)
        self.max_picks_limited = QCheckBox()
        self.max_picks_limited.setChecked(True)
        picks = QWidget()
        picks_layout = QHBoxLayout(picks)
        picks_layout.setContentsMargins(0, 0, 0, 0)
        picks_layout.addWidget(self.max_picks_limited)
        picks_layout.addWidget(self.max_picks)
        picks_layout.addStretch(1)
        self.max_ranks = _spin(1, MOST, 10)
        self.max_ranks_limited = QCheckBox()
        ranks = QWidget()
        ranks_layout = QHBoxLayout(ranks)
        ranks_layout.setContentsMargins(0, 0, 0, 0)
        ranks_layout.addWidget(self.max_ranks_limited)
        ranks_layout.addWidget(self.max_ranks)
        ranks_layout.addStretch(1)
        self.scale_low = QDoubleSpinBox()
        self.scale_high = QDoubleSpinBox()
        for end, value in ((self.scale_low, 0.0), (self.scale_high, 10.0)):
            end.setDecimals(1)
            end.setRange(-1000, 1000)
            end.setValue(value)
            end.setMaximumWidth(110)
        scale = QWidget()
        scale_layout = QHBoxLayout(scale)
        scale_layout.setContentsMargins(0, 0, 0, 0)
        scale_layout.addWidget(self.scale_low)
        self.scale_to = QLabel("–")
        scale_layout.addWidget(self.scale_to)
        scale_layout.addWidget(self.scale_high)
        scale_layout.addStretch(1)
        self.criteria_on = QCheckBox()
        self.criteria = PairTable()
        self._defaults: tuple[tuple[str, str], ...] = ()
        self._offer_defaults()
        self.criteria.table.setFixedHeight(136)  # three criteria without scrolling
        criteria = QWidget()
        criteria_layout = QVBoxLayout(criteria)
        criteria_layout.setContentsMargins(0, 0, 0, 0)
        criteria_layout.addWidget(self.criteria_on)
        criteria_layout.addWidget(self.criteria)
        self.normalise = QCheckBox()

        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.mode_label = QLabel()
        self.form.addRow(self.mode_label, modes)
        self.method_label, self.method_row = add_row(self.form, self.method)
        self.seats_label, self.seats_row = add_row(self.form, self.seats)
        self.max_picks_label, self.max_picks_row = add_row(self.form, picks)
        self.min_picks_label, self.min_picks_row = add_row(self.form, self.min_picks)
        self.max_ranks_label, self.max_ranks_row = add_row(self.form, ranks)
        self.scale_label, self.scale_row = add_row(self.form, scale)
        self.criteria_label, self.criteria_row = add_row(self.form, criteria)
        self.normalise_label, self.normalise_row = add_row(self.form, self.normalise)

        self.mode_group.buttonToggled.connect(self._mode_toggled)
        self.method.currentIndexChanged.connect(self._method_changed)
        for box in (self.seats, self.min_picks, self.max_picks, self.max_ranks):
            box.valueChanged.connect(self.changed)
        for check in (self.max_picks_limited, self.max_ranks_limited):
            check.toggled.connect(self._limits_toggled)
        for end in (self.scale_low, self.scale_high):
            end.valueChanged.connect(self.changed)
        self.criteria_on.toggled.connect(self._limits_toggled)
        self.criteria.changed.connect(self.changed)
        self.normalise.toggled.connect(self.changed)
        self._fill_methods()
        self._show_rows()
        self._limits_toggled()
        self.retranslate()

    # -- values ------------------------------------------------------------------------------------------------------
    def mode(self) -> Mode:
        return next(mode for mode, button in self.mode_buttons.items() if button.isChecked())

    def set_mode(self, mode: Mode) -> None:
        self.mode_buttons[mode].setChecked(True)

    def values(self) -> dict[str, Any]:
        """The rules this section sets, as keyword arguments of Rules."""
        return {
            "mode": self.mode(),
            "method": str(self.method.currentData()),
            "seats": self.seats.value(),
            "max_picks": self.max_picks.value() if self.max_picks_limited.isChecked() else None,
            "min_picks": self.min_picks.value(),
            "max_ranks": self.max_ranks.value() if self.max_ranks_limited.isChecked() else None,
            "scale": (_fraction(self.scale_low.value()), _fraction(self.scale_high.value())),
            "criteria": self._criteria(),
            "normalise": "z"
            if self.mode() is Mode.SCORE and self.normalise.isEnabled() and self.normalise.isChecked()
            else "",
        }

    def _criteria(self) -> tuple[tuple[str, Fraction], ...]:
        if self.mode() is not Mode.SCORE or not self.criteria_on.isChecked():
            return ()
        return tuple((name, _criterion_weight(value, name)) for name, value in self.criteria.pairs())

    def load(self, rules: Rules) -> None:
        self.set_mode(rules.mode)
        self._fill_methods()
        self.method.setCurrentIndex(max(0, self.method.findData(rules.method)))
        self.seats.setValue(rules.seats)
        self.max_picks_limited.setChecked(rules.max_picks is not None)
        self.max_picks.setValue(rules.max_picks or 10)
        self.min_picks.setValue(rules.min_picks)
        self.max_ranks_limited.setChecked(rules.max_ranks is not None)
        self.max_ranks.setValue(rules.max_ranks or 10)
        self.scale_low.setValue(float(rules.scale[0]))
        self.scale_high.setValue(float(rules.scale[1]))
        self.criteria_on.setChecked(bool(rules.criteria))
        if rules.criteria:
            self.criteria.set_pairs(tuple((name, number(w * 100)) for name, w in rules.criteria))
        self.normalise.setChecked(rules.normalise == "z")

    # -- reactions ---------------------------------------------------------------------------------------------------
    def _mode_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        self._fill_methods()
        self._show_rows()
        self.modeChanged.emit(self.mode())
        self.changed.emit()

    def _show_rows(self) -> None:
        mode = self.mode()
        for row, shown in (
            (self.max_picks_row, mode is Mode.APPROVAL),
            (self.min_picks_row, mode is Mode.APPROVAL),
            (self.max_ranks_row, mode is Mode.RANKING),
            (self.scale_row, mode is Mode.SCORE),
            (self.criteria_row, mode is Mode.SCORE),
            (self.normalise_row, mode is Mode.SCORE),
        ):
            self.form.setRowVisible(row, shown)

    def _fill_methods(self) -> None:
        mode = self.mode()
        if [self.method.itemData(i) for i in range(self.method.count())] == list(METHODS[mode]):
            return
        self.method.blockSignals(True)
        self.method.clear()
        for method in METHODS[mode]:
            self.method.addItem(method_name(method), method)
        self.method.blockSignals(False)
        self._method_changed()

    def _method_changed(self) -> None:
        self.normalise.setEnabled(self.method.currentData() == "mean")  # a mean of standardised scores
        self.method_row.note.setText(
            self.tr("{0} The first one is the usual choice.").format(method_sentence(str(self.method.currentData())))
        )
        self.changed.emit()

    def _limits_toggled(self) -> None:
        self.max_picks.setEnabled(self.max_picks_limited.isChecked())
        self.max_ranks.setEnabled(self.max_ranks_limited.isChecked())
        self.criteria.setEnabled(self.criteria_on.isChecked())
        self.changed.emit()

    def _offer_defaults(self) -> None:
        """The default criteria in the language now in use, while the editor has not changed them."""
        if self._defaults and tuple(self.criteria.pairs()) != self._defaults:
            return
        translate = QCoreApplication.translate
        self._defaults = tuple((translate("VotingSection", str(name)), weight) for name, weight in DEFAULT_CRITERIA)
        self.criteria.set_pairs(self._defaults)

    def retranslate(self) -> None:
        self._offer_defaults()
        self.mode_label.setText(self.tr("Vote mode"))
        for mode, button in self.mode_buttons.items():
            button.setText(mode_name(mode))
            self.mode_notes[mode].setText(mode_sentence(mode))
        for i in range(self.method.count()):
            self.method.setItemText(i, method_name(str(self.method.itemData(i))))
        self.method_label.setText(self.tr("Counting method"))
        self._method_changed()
        self.seats_label.setText(self.tr("Seats (入选名额)"))
        self.seats_row.note.setText(self.tr("How many candidates are chosen: ten for a “ten events of the year”."))
        self.max_picks_label.setText(self.tr("Most picks"))
        self.max_picks_limited.setText(self.tr("at most"))
        self.max_picks_row.note.setText(
            self.tr("An expert may tick at most this many candidates; without a limit, any number.")
        )
        self.min_picks_label.setText(self.tr("Fewest picks"))
        self.min_picks_row.note.setText(
            self.tr("A ballot with fewer ticks (but not blank) is invalid; 0 means any number is fine.")
        )
        self.max_ranks_label.setText(self.tr("Most ranks"))
        self.max_ranks_limited.setText(self.tr("at most"))
        self.max_ranks_row.note.setText(
            self.tr("An expert ranks at most this many candidates; the rest count below all ranked ones.")
        )
        self.scale_label.setText(self.tr("Score scale"))
        self.scale_row.note.setText(self.tr("The lowest and the highest score an expert may give, e.g. 0 to 10."))
        self.criteria_label.setText(self.tr("Score criteria (评分指标)"))
        self.criteria_on.setText(self.tr("score each candidate on several criteria"))
        self.criteria.table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Weight %")])
        self.criteria.add_button.setText(self.tr("Add"))
        self.criteria.remove_button.setText(self.tr("Remove"))
        self.criteria_row.note.setText(
            self.tr(
                "Each expert scores every criterion of a candidate on the scale; the candidate's score is the "
                "weighted sum, exactly. The weights add up to 100%; a candidate scored on some criteria only counts "
                "as not scored."
            )
        )
        self.normalise_label.setText(self.tr("Harsh and lenient experts"))
        self.normalise.setText(self.tr("normalise each expert's scores (z-scores)"))
        self.normalise_row.note.setText(
            self.tr(
                "Each expert's scores are standardised before the mean, so a harsh and a lenient expert weigh "
                "alike; the raw means are published beside the normalised values. With the mean score only."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _fraction(value: float) -> Fraction:
    return Fraction(str(round(value, 1)))


def _criterion_weight(text: str, name: str) -> Fraction:
    try:
        return Fraction(text.strip().rstrip("%％").strip()) / 100
    except (ValueError, ZeroDivisionError):
        raise InputError(
            f"the weight of criterion '{name}' is not a number ({text})", fix="type a percentage such as 40"
        ) from None
