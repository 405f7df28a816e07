"""Form pieces the rule editors share: a control with one plain sentence under it, and an inline error line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from top10_panel.domain.errors import InputError

from .error_words import error_text


def note_label(text: str = "") -> QLabel:
    """A quiet, wrapping sentence that explains the control above it."""
    label = QLabel(text)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


def wrapping_label() -> QLabel:
    """A sentence that takes the width the form gives it and wraps there (never widens the page)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class Explained(QWidget):
    """A control with its explanation under it."""

    def __init__(self, control: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.control = control
        self.note = note_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(control)
        layout.addWidget(self.note)


def add_row(form: QFormLayout, control: QWidget) -> tuple[QLabel, Explained]:
    """Add ``control`` with a label and an explanation; both texts are set by the owner's retranslate()."""
    label = QLabel()
    explained = Explained(control)
    label.setBuddy(control)
    form.addRow(label, explained)
    return label, explained


class ErrorLine(QLabel):
    """What is wrong with the values above and how to fix it, in red; hidden while all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("errorLine")
        self.setStyleSheet("QLabel#errorLine { color: #b00020; font-weight: bold; }")
        self.hide()

    def show_error(self, error: InputError | None) -> None:
        if error is None:
            self.clear()
            self.hide()
            return
        self.setText(error_text(error))
        self.show()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` at its natural height, at the top of a scroll area (the space left over stays below it)."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 12, 0)
    column.addWidget(widget)
    column.addStretch(1)
    area = QScrollArea()
    area.setWidget(holder)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # sentences wrap instead
    return area
