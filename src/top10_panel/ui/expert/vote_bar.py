"""The bar under the lists: the live counter (已选 7 / 10), what the limit refused, the draft's state, and the submit
button."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from top10_panel.domain.rules import Mode


class VoteBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = QLabel()
        font = self.counter.font()
        font.setBold(True)
        self.counter.setFont(font)
        self.notice = QLabel()
        """Why the last tick or rank was refused (the limit of the rules); shown until the count drops below it."""
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b35900")
        self.notice.setVisible(False)
        self.draft = QLabel()
        self.draft.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.submit = QPushButton()
        self.submit.setDefault(False)
        self.submit.setAutoDefault(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.counter)
        row.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        row.addWidget(self.draft, 1)
        row.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.submit.setText(self.tr("&Submit ballot…"))
        self.submit.setToolTip(self.tr("Check your choices and save the ballot file (Ctrl+Enter)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_count(self, mode: Mode, count: int, limit: int | None) -> None:
        """The live counter: 已选 7 / 10 (picks), 已排序 (ranks) or 已评分 (scores, of those the expert may score);
        at a limit of picks or ranks it turns amber, as the rules allow no more."""
        if mode is Mode.APPROVAL:
            text = self.tr("Picked {0} / {1}") if limit is not None else self.tr("Picked {0}")
        elif mode is Mode.RANKING:
            text = self.tr("Ranked {0} / {1}") if limit is not None else self.tr("Ranked {0}")
        else:
            text = self.tr("Scored {0} / {1}")
        self.counter.setText(text.format(count, limit))
        full = mode is not Mode.SCORE and limit is not None and count >= limit
        self.counter.setStyleSheet("color: #b35900" if full else "")
        if not full:
            self.notice.setVisible(False)

    def show_notice(self, text: str) -> None:
        """Why the rules allow no more, in place under the lists, until a pick or a rank is taken away."""
        self.notice.setText(text)
        self.notice.setVisible(True)

    def set_draft(self, text: str, failed: bool = False) -> None:
        self.draft.setText(text)
        self.draft.setToolTip(text)
        self.draft.setStyleSheet("color: #c00; font-weight: bold" if failed else "")
