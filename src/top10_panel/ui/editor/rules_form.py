"""The four parts of the rules editor, kept in step (the vote mode decides what the others offer), and the Rules
they make together. The wizard shows them as pages, the change dialog as tabs."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from top10_panel.domain.errors import InputError
from top10_panel.domain.rules import Mode, Rules

from .rules_notice import NoticeSection
from .rules_panel import PanelSection
from .rules_ties import TiesSection
from .rules_validity import ValiditySection
from .rules_voting import VotingSection


class RulesForm(QObject):
    changed = Signal()

    def __init__(self, screening: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.voting = VotingSection()
        self.validity = ValiditySection()
        self.panel = PanelSection(screening)
        self.ties = TiesSection()
        # Under the publication order: what is published, and how.
        self.notice = NoticeSection(self.ties.form, self.ties)
        self.notice.hide()
        self.voting.modeChanged.connect(self._mode_changed)
        for section in (self.voting, self.validity, self.panel, self.ties, self.notice):
            section.changed.connect(self.changed)

    def _mode_changed(self, mode: Mode) -> None:
        self.validity.set_mode(mode)
        self.panel.set_mode(mode)
        self.ties.set_mode(mode)

    def rules(self) -> Rules:
        """The rules as set; InputError (what is wrong, how to fix it) when they contradict themselves."""
        values = {**self.voting.values(), **self.validity.values(), **self.panel.values(), **self.ties.values()}
        values.update(self.notice.values())
        return Rules(**values)

    def screening_rules(self, rules: Rules) -> Rules | None:
        """The screening stage's rules (as the command line makes them), None without a screening stage."""
        shortlist = self.panel.screening()
        if shortlist is None:
            return None
        if shortlist <= rules.seats:
            raise InputError(
                f"the shortlist of the screening ({shortlist}) is not larger than the seats ({rules.seats})",
                fix="make the shortlist larger than the number of seats, or do without a screening stage",
            )
        return replace(rules, seats=shortlist, quotas=(), ordered_top=False, publication_order="result")

    def load(self, rules: Rules) -> None:
        self.voting.load(rules)  # sets the mode first: the others follow it
        self.validity.load(rules)
        self.panel.load(rules)
        self.ties.load(rules)
        self.notice.load(rules)
