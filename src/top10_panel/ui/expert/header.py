"""The ballot's heading: the selection's title, the stage, the expert, and the rules in plain words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from top10_panel.domain.rules import Rules

from . import rules_text


class Header(QWidget):
    def __init__(
        self,
        title: str,
        stage: str,
        expert: str,
        affiliation: str,
        rules: Rules,
        candidates: int,
        recused: tuple[str, ...],
        deadline_passed: bool,
        parent: QWidget | None = None,
        runoff: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self._args = (stage, expert, affiliation, rules, candidates, recused, deadline_passed)
        self.among = runoff
        """The tied candidates of a runoff ballot (加投); empty for a ballot of a regular stage."""
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)  # relative to the system's font: scales with DPI settings
        font.setBold(True)
        self.title.setFont(font)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.runoff = QLabel()
        self.runoff.setWordWrap(True)
        self.runoff.setStyleSheet(
            "QLabel { background: #fff3cd; color: #5c3c00; border: 1px solid #e0b050; padding: 6px; "
            "font-weight: bold; }"
        )
        self.runoff.setVisible(bool(runoff))
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.rules.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.who)
        layout.addWidget(self.runoff)
        layout.addWidget(self.rules)
        self.retranslate()

    def retranslate(self) -> None:
        stage, expert, affiliation, rules, candidates, recused, late = self._args
        if affiliation:
            who = self.tr("Ballot of {0} ({1})").format(expert, affiliation)
        else:
            who = self.tr("Ballot of {0}").format(expert)
        if stage:
            who += " · " + self.tr("Stage: {0}").format(stage)
        self.who.setText(who)
        if self.among:
            self.runoff.setText(
                self.tr(
                    "Runoff vote (加投): {0} tied for the last seats, and compete for %n seat(s). Vote among them "
                    "only; the earlier ballots are not counted again.",
                    "",
                    rules.seats,
                ).format(self.tr(", ").join(self.among))
            )
        self.rules.setText(rules_text.summary(rules, candidates, recused, late))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
