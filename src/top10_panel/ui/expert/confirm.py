"""The check before submitting: the choices in order, and every warning (under-vote, abstention, lateness);
a ballot the rules would refuse cannot be confirmed."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget


class ConfirmDialog(QDialog):
    """Opened with open() (window-modal, non-blocking): ``accepted`` goes on to saving the ballot file."""

    def __init__(
        self,
        parent: QWidget | None,
        choices: list[str],
        ordered: bool,
        warnings: list[str],
        refusal: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check your ballot"))
        self.heading = QLabel(
            self.tr("Your choices, in order:") if choices else self.tr("You have marked no candidate.")
        )
        self.heading.setWordWrap(True)
        self.choices = QTextBrowser()
        tag = "ol" if ordered else "ul"
        items = "".join(f"<li>{escape(line)}</li>" for line in choices)
        self.choices.setHtml(f"<{tag}>{items}</{tag}>" if choices else "")
        self.choices.setVisible(bool(choices))
        self.warnings = QLabel("\n".join(f"• {w}" for w in warnings))
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(bool(warnings))
        self.refusal = QLabel(refusal)
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #c00; font-weight: bold")
        self.refusal.setVisible(bool(refusal))
        self.buttons = QDialogButtonBox()
        self.confirm: QPushButton = self.buttons.addButton(
            self.tr("Confirm and save the ballot file…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back: QPushButton = self.buttons.addButton(
            self.tr("Back to the ballot"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.confirm.setEnabled(not refusal)
        self._default = self.back if refusal else self.confirm
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)
        self._default.setDefault(True)
        width = self.fontMetrics().averageCharWidth() * 90
        self.resize(width, self.fontMetrics().height() * (12 + min(len(choices), 20)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The button box makes its first accept button the default when shown, even a disabled one: Enter must
        # never be a dead key here, so the default is set again once shown.
        self._default.setDefault(True)
