"""Scores as the ballot carries them (decimal text, e.g. "7.5") and the spin box that edits one.

"Not scored" is a state of its own, distinct from 0: the spin box shows it at one step below the scale.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
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
    """The score as the ballot writes it ('8', '7.5'), None for 'not scored'; ValueError (saying why, in the
    interface's language) when it is not a number the scale allows. Never rounded: 8.25 on a scale of half points is
    refused, not made 8.2."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    problem = score_problem(str(value), scale)
    if problem:
        raise ValueError(problem)
    number = Decimal(str(value).strip())
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "") else text


def score_problem(text: str, scale: Scale) -> str:
    """Why ``text`` is not a score on ``scale`` ('' when it is one)."""
    text = text.strip()
    low, high = scale
    span = (_fraction_text(low), _fraction_text(high))
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        return QCoreApplication.translate("ScoreSpin", "“{0}” is not a number: type a score from {1} to {2}.").format(
            text, *span
        )
    value = Fraction(number)
    if not low <= value <= high:
        return QCoreApplication.translate("ScoreSpin", "{0} is off the scale: type a score from {1} to {2}.").format(
            text, *span
        )
    unit = Fraction(step(scale)).limit_denominator(10**6)
    if (value - low) % unit:
        below = low + (value - low) // unit * unit
        return QCoreApplication.translate(
            "ScoreSpin", "{0} is not allowed: scores go in steps of {1} ({2} or {3})."
        ).format(text, _fraction_text(unit), _fraction_text(below), _fraction_text(min(below + unit, high)))
    return ""


def scale_text(scale: Scale) -> str:
    low, high = scale
    return f"{_fraction_text(low)}–{_fraction_text(high)}"


def _fraction_text(value: Fraction) -> str:
    return format((Decimal(value.numerator) / Decimal(value.denominator)).normalize(), "f")


_TYPING = re.compile(r"[+-]?\d*[.,]?\d*")
_COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class ScoreSpin(QDoubleSpinBox):
    """A spin box over the scale plus one step below it, which reads 'not scored'.

    Whatever number is typed stays as typed while the expert types ("11", "8.25"), and a score the scale does not
    allow is refused when they finish, with ``refused`` saying why; the box then keeps the score it had. It never
    rounds or cuts what was typed into another score."""

    refused = Signal(str)

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.setDecimals(decimals(scale))
        self.setSingleStep(step(scale))
        low, high = scale
        self.setRange(float(low) - step(scale), float(high))
        self.setAccelerated(True)
        self.setKeyboardTracking(False)  # the score is taken when the expert finishes typing, not "1" of "11"
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

    def typed(self) -> str:
        return self.lineEdit().text().strip()

    def problem(self) -> str:
        """Why the text typed is not a score ('' when it is one, or reads 'not scored')."""
        typed = self.typed()
        if not typed or typed == self.specialValueText():
            return ""
        return score_problem(typed.replace(",", "."), self.scale)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed = text.strip()
        if not typed or typed == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        if self.specialValueText().startswith(typed):
            return QValidator.State.Intermediate, text, pos
        if not _TYPING.fullmatch(typed):
            return QValidator.State.Invalid, text, pos
        if typed in ("+", "-", ".", ",") or score_problem(typed.replace(",", "."), self.scale):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def valueFromText(self, text: str) -> float:
        typed = text.strip()
        if not typed or typed == self.specialValueText():
            return self.minimum()
        return float(Decimal(typed.replace(",", ".")))

    def textFromValue(self, value: float) -> str:
        return format(Decimal(f"{value:.{self.decimals()}f}").normalize(), "f")

    def refuse_typed(self) -> bool:
        """Say why the text typed is refused (``refused``) and put the last score back; False when there is nothing
        to refuse."""
        problem = self.problem()
        if not problem:
            return False
        self.refused.emit(problem)
        self.lineEdit().setText(self.textFromValue(self.value()) if self.value() > self.minimum() else "")
        if self.value() <= self.minimum():
            self.lineEdit().setText(self.specialValueText())
        self.selectAll()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _COMMIT_KEYS and self.problem():
            self.refuse_typed()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return  # stay in the box, to type the score again
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.refuse_typed()
        super().focusOutEvent(event)


class ScoreDelegate(QStyledItemDelegate):
    """Edits the score column in place: typing a number in the list starts it, Enter keeps it. A score the scale
    does not allow is refused there: the editor stays open on Enter, and ``refused`` says why."""

    refused = Signal(str)

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if isinstance(editor, ScoreSpin) and editor.problem():
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in _COMMIT_KEYS:
                self.refused.emit(editor.problem())
                editor.selectAll()
                return True  # not committed: the expert types the score again
            if event.type() == QEvent.Type.FocusOut:
                self.refused.emit(editor.problem())
        return super().eventFilter(editor, event)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = ScoreSpin(self.scale, parent)
        editor.setFrame(False)
        editor.refused.connect(self.refused)
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
            if editor.problem():
                return  # refused (and said so): the score stays as it was
            editor.interpretText()
            model.setData(index, editor.score(), Qt.ItemDataRole.EditRole)
