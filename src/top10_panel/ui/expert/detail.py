"""The detail pane: the full text of the current candidate (date, source, category, summary), wrapped; and in
score mode the score control for it, with the scale shown."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from .candidates import CandidateRow
from .score import Scale, ScoreSpin, scale_text


class DetailPane(QWidget):
    scoreEdited = Signal(str, object)
    """(code, score text or None) — the expert changed the score here."""

    def __init__(self, scale: Scale | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: CandidateRow | None = None
        self._mark: object = None
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.heading = QLabel()
        self.heading.setBuddy(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        self.score: ScoreSpin | None = None
        self.score_label = QLabel()
        self.scale_label = QLabel()
        self.clear_button = QPushButton()
        self.score_notice = QLabel()
        """Why a score typed in the box was refused, until the next score is kept."""
        self.score_notice.setWordWrap(True)
        self.score_notice.setStyleSheet("color: #b00020; font-weight: bold")
        self.score_notice.hide()
        if scale is not None:
            self.score = ScoreSpin(scale)
            self.score_label.setBuddy(self.score)
            self.scale_text = scale_text(scale)
            line = QHBoxLayout()
            line.addWidget(self.score_label)
            line.addWidget(self.score)
            line.addWidget(self.scale_label)
            line.addWidget(self.clear_button)
            line.addStretch(1)
            layout.addLayout(line)
            layout.addWidget(self.score_notice)
            self.score.refused.connect(self._refused)
            self.score.valueChanged.connect(self._score_changed)
            self.score.editingFinished.connect(self._score_changed)
            self.clear_button.clicked.connect(self._clear)
        self.retranslate()
        self.show_row(None)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Full &text"))
        self.score_label.setText(self.tr("Your s&core:"))
        if self.score is not None:
            self.score.retranslate()
            self.scale_label.setText(self.tr("(scale {0})").format(self.scale_text))
        self.clear_button.setText(self.tr("Clear score"))
        self.clear_button.setToolTip(self.tr("Take the score away: not scored is not the same as 0"))
        self.show_row(self.row, self._mark)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_row(self, row: CandidateRow | None, mark: object = None) -> None:
        self.row, self._mark = row, mark
        if row is None:
            self.text.setHtml(f"<p>{escape(self.tr('Choose a candidate in the list to read its full text.'))}</p>")
        else:
            self.text.setHtml(self._html(row))
        if self.score is not None:
            editable = row is not None and not row.recused
            for widget in (self.score, self.clear_button, self.score_label, self.scale_label):
                widget.setEnabled(editable)
            self.score.blockSignals(True)
            self.score.set_score(mark if isinstance(mark, str) and editable else None)
            self.score.blockSignals(False)

    def update_mark(self, mark: object) -> None:
        """The current candidate's score changed elsewhere (the list): show it, unless this box already does — so
        that a score being typed here ("7." on the way to "7.5") is not rewritten under the cursor."""
        if self.score is None or mark == self._mark:
            return
        self._mark = mark
        if self.score.score() != mark:
            self.score.blockSignals(True)
            self.score.set_score(mark if isinstance(mark, str) else None)
            self.score.blockSignals(False)

    def _html(self, row: CandidateRow) -> str:
        fields = [
            (self.tr("No."), row.code),
            (self.tr("Date"), row.date),
            (self.tr("Category"), row.category),
            (self.tr("Source"), row.source),
        ]
        parts = [f"<h3>{escape(row.title)}</h3>"]
        if row.recused:
            parts.append(
                "<p style='color:#a33; font-weight:bold'>"
                + escape(
                    self.tr(
                        "Recused: the editors' list recuses you from this candidate (for example your own unit "
                        "or a collaborator), so you cannot vote on it."
                    )
                )
                + "</p>"
            )
        parts.append(
            "<table cellspacing='0' cellpadding='2'>"
            + "".join(
                f"<tr><td><b>{escape(name)}</b>&nbsp;&nbsp;</td><td>{escape(value)}</td></tr>"
                for name, value in fields
                if value
            )
            + "</table>"
        )
        paragraphs = [p.strip() for p in row.summary.splitlines() if p.strip()]
        parts.extend(f"<p>{escape(p)}</p>" for p in paragraphs)
        return "".join(parts)

    def _refused(self, why: str) -> None:
        self.score_notice.setText(why)
        self.score_notice.show()

    def _score_changed(self) -> None:
        if self.score is not None and self.row is not None and not self.row.recused:
            if self.score.problem():
                return  # still being typed, or refused: the score stays as it was
            score = self.score.score()
            if score != self._mark:
                self.score_notice.hide()
                self._mark = score
                self.scoreEdited.emit(self.row.code, score)

    def _clear(self) -> None:
        if self.score is not None:
            self.score.set_score(None)
            self._score_changed()
