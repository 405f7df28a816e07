"""The publish page's announcement part (SPEC §5.8): the editor's introduction in a text box, and the button that
writes the announcement the journal prints (Word), with the 公示 notice beside it when asked for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from top10_panel.services.announcement import AnnouncementState, notice_path

from .explained import note_label

INTRODUCTION_LINES = 4
"""Lines the introduction box shows (it scrolls): the page fits 1366×768 with the files and the checks."""


class AnnouncementBox(QGroupBox):
    save_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: AnnouncementState | None = None
        self.target = Path("announcement.docx")
        self.intro_label = QLabel()
        self.intro = QPlainTextEdit()
        self.intro_label.setBuddy(self.intro)
        lines = self.intro.fontMetrics().lineSpacing()
        self.intro.setFixedHeight(lines * INTRODUCTION_LINES + 12)
        self.intro.textChanged.connect(self._show)
        self.notice = QCheckBox()
        self.notice.toggled.connect(self._show)
        self.notice_note = note_label()
        self.save_button, self.export_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(self.save_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.names = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.notice)
        buttons.addSpacing(12)
        buttons.addWidget(self.names, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.notice_note)
        self.retranslate()

    def set_state(self, state: AnnouncementState) -> None:
        """The stored introduction and whether a notice can be written; text typed and not saved stays."""
        edited = self.state is not None and self.intro.toPlainText() != self.state.introduction
        self.state = state
        if not edited:
            self.intro.setPlainText(state.introduction)
        self._show()

    def set_target(self, docx: Path) -> None:
        self.target = docx
        self._show()

    def text(self) -> str:
        return self.intro.toPlainText()

    def set_busy(self, busy: bool) -> None:
        for button in (self.save_button, self.export_button):
            button.setEnabled(not busy)
        if not busy:
            self._show()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Announcement for the journal (Word)"))
        self.intro_label.setText(self.tr("The editor's introduction, printed under the title (one paragraph a line):"))
        self.save_button.setText(self.tr("Save introduction"))
        self.export_button.setText(self.tr("Export announcement"))
        self.export_button.setToolTip(
            self.tr("The title, the introduction, then (1)…(n): each chosen event's title, date and full text")
        )
        self.notice.setText(self.tr("with the 公示 notice"))
        self._show()

    def _show(self) -> None:
        state = self.state
        ready = state is not None and state.notice_ready
        self.notice.setEnabled(ready)
        if not ready:
            self.notice.setChecked(False)
        self.notice_note.setText(
            self.tr("The notice lists the chosen with the objection period's end and the contact set in the rules.")
            if ready
            else self.tr("For the notice, set the objection period's end and the contact in the rules (公示).")
        )
        self.save_button.setEnabled(state is not None and self.intro.toPlainText() != state.introduction)
        if self.notice.isChecked():
            names = self.tr("Writes {0} and {1}, each with a .sha256 file beside it.").format(
                self.target.name, notice_path(self.target).name
            )
        else:
            names = self.tr("Writes {0}, with a .sha256 file beside it.").format(self.target.name)
        self.names.setText(names)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
