"""Scores as the ballot carries them (decimal text, e.g. "7.5") and the spin box that edits one.

"Not scored" is a state of its own, distinct from 0: the spin box shows it at one step below the scale.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from fractions import Fraction

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDoubleSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Scale = tuple[Fraction, Fraction]


def decimals(scale: Scale) -> int:
    """Decimal places a score may have: half points on a scale of ten or less, whole points on a wider one, and as
    many places as the scale's own ends need."""
    low, high = scale
    places = max(_places(low), _places(high))
    return max(places, 1) if high - low <= 10 else places


def step(scale: Scale) -> float:
    low, high = scale
    places = max(_places(low), _places(high))
    if places:
        return float(Fraction(1, 10**places))
    return 0.5 if high - low <= 10 else 1.0


def _places(value: Fraction) -> int:
    text = format(Decimal(value.numerator) / Decimal(value.denominator), "f")
    return len(text.split(".")[1].rstrip("0")) if "." in text else 0


def score_text(value: object, scale: Scale) -> str | None:
    """The score as the ballot writes it ('8', '7.5'), None for 'not scored'; ValueError when it is not a number
    on the scale."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a number") from None
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a number")
    number = number.quantize(Decimal(1).scaleb(-decimals(scale)))
    low, high = scale
    if not low <= Fraction(number) <= high:
        raise ValueError(f"{value} is outside the scale")
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "") else text


def scale_text(scale: Scale) -> str:
    low, high = scale
    return f"{_fraction_text(low)}–{_fraction_text(high)}"


def _fraction_text(value: Fraction) -> str:
    return format((Decimal(value.numerator) / Decimal(value.denominator)).normalize(), "f")


class ScoreSpin(QDoubleSpinBox):
    """A spin box over the scale plus one step below it, which reads 'not scored'."""

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.setDecimals(decimals(scale))
        self.setSingleStep(step(scale))
        low, high = scale
        self.setRange(float(low) - step(scale), float(high))
        self.setAccelerated(True)
        self.retranslate()
        self.set_score(None)

    def retranslate(self) -> None:
        self.setSpecialValueText(self.tr("not scored"))

    def score(self) -> str | None:
        if self.value() <= self.minimum():
            return None
        try:
            return score_text(f"{self.value():.{self.decimals()}f}", self.scale)
        except ValueError:
            return None

    def set_score(self, text: str | None) -> None:
        self.setValue(self.minimum() if text is None else float(Decimal(text)))


class ScoreDelegate(QStyledItemDelegate):
    """Edits the score column in place: typing a number in the list starts it, Enter keeps it."""

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = ScoreSpin(self.scale, parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, ScoreSpin):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.set_score(value if isinstance(value, str) else None)
            editor.selectAll()

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, ScoreSpin):
            editor.interpretText()
            model.setData(index, editor.score(), Qt.ItemDataRole.EditRole)
