"""The report's sentences: the rules in words, the result's state, and figures as a reader sees them."""

from __future__ import annotations

from fractions import Fraction

from top10_panel.domain.criteria import NORMALISATION_NOTE, NORMALISATION_NOTE_ZH, percent_text
from top10_panel.domain.publication import decimal_text
from top10_panel.domain.result import RankedCandidate, TallyResult, Value
from top10_panel.domain.rules import Mode, Rules

from .labels import LABELS, say

RECONCILIATION = {"received": "count_received"}
"""Reconciliation items whose word differs from their key (``received`` alone is a register column)."""
SOURCES = {"selection": "selection", "file": "origin", "sha256": "report_source_sha"}


class Words:
    """Words of one language, with the figures and lists put into them."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.zh = language == "zh"

    def __call__(self, key: str, **values: object) -> str:
        return say(key, self.language, **values)

    def join(self, items: list[str] | tuple[str, ...]) -> str:
        """A list in running text: 'E07、E08' in Chinese, 'E07, E08' in English."""
        return ("、" if self.zh else ", ").join(items)

    def sentence(self, parts: list[str]) -> str:
        """Clauses joined into one sentence: '…；…。' or '…; ….'."""
        text = ("；" if self.zh else "; ").join(part for part in parts if part)
        return self.cap(text) + ("。" if self.zh else ".")

    def colon(self, key: str, value: str) -> str:
        return f"{self.cap(key)}{'：' if self.zh else ': '}{value}"

    def cap(self, text: str) -> str:
        """An English sentence begins with a capital; the table's words are lower case."""
        return text[:1].upper() + text[1:]

    def rule(self, rule: str) -> str:
        return self(f"rule_{rule}")

    def mode(self, mode: Mode) -> str:
        """The vote mode's name ('score' alone is the result's column)."""
        return self(f"mode_{mode}") if f"mode_{mode}" in LABELS else self(str(mode))

    def method(self, method: str) -> str:
        return self("method_approval") if method == "approval" else self(method)

    def status(self, ranked: RankedCandidate) -> str:
        return self(str(ranked.status))

    def reconciliation(self, key: str) -> str:
        name = RECONCILIATION.get(key, key)
        try:
            return self(name)
        except KeyError:
            return key

    def source(self, key: str) -> str:
        return self(SOURCES[key]) if key in SOURCES else key

    def kind(self, kind: str) -> str:
        try:
            return self(f"kind_{kind}")
        except KeyError:
            return kind

    def register_status(self, status: str) -> str:
        return self(status) if status in ("accepted", "superseded", "late", "rejected", "held") else status

    # The result's state -----------------------------------------------------------------------------------------

    def state(self, result: TallyResult) -> list[str]:
        """Whether the result is final, and if not, why: the open ties with what they wait for, the quorum."""
        seats = min(result.rules.seats, len(result.ranking))
        settled = self.open_summary(result) if result.open_ties else self("all_settled", n=seats)
        state = self.cap(self("provisional" if result.provisional else "final")) + ("。" if self.zh else ". ")
        lines = [state + settled, *self.open_ties(result)]
        if result.quorum is not None and not result.quorum.met:
            lines.append(self("report_provisional_quorum"))
        return lines

    def open_summary(self, result: TallyResult) -> str:
        return self("open_summary", seats=result.rules.seats, settled=len(result.top))

    def open_ties(self, result: TallyResult) -> list[str]:
        lines = []
        for tie in result.open_ties:
            category = self("in_category", category=tie.category) if tie.category else ""
            compete = self("compete", among=self.join(tie.among), seats=tie.seats, category=category)
            waiting = self("next_step", rule=self.rule(tie.waiting_for)) if tie.waiting_for else self("chain_spent")
            lines.append(self.sentence([compete, waiting]))
        if lines:
            lines.append(self("ways_to_settle") + ("。" if self.zh else "."))
        return lines

    def quorum(self, result: TallyResult) -> str:
        quorum = result.quorum
        if quorum is None:
            return self("not_applicable")
        state = self("quorum_met") if quorum.met else self("quorum_not_met")
        return self("quorum_figure", valid=quorum.valid, invited=quorum.invited, share=quorum.share, state=state)

    # The rules --------------------------------------------------------------------------------------------------

    def rules(self, rules: Rules, version: int) -> list[str]:
        """The rules in words, one sentence each."""
        out = [self.sentence([self.colon(self("mode"), self.mode(rules.mode)), *self._ballot(rules)])]
        out.append(
            self.sentence([self.colon(self("method"), self.method(rules.method)), self(f"report_how_{rules.method}")])
        )
        out.append(self.sentence([self("w_over_void" if rules.over_vote == "void" else "w_over_excess"),
                                  self("report_blank_rule")]))  # fmt: skip
        chain = " → ".join(self.rule(rule) for rule in rules.chain)
        out.append(self.sentence([self("w_chain", chain=chain), self("report_chain_note")] if chain
                                 else [self("w_no_chain")]))  # fmt: skip
        out.append(self.sentence([self("w_ordered_top" if rules.ordered_top else "w_unordered_top")]))
        out.append(self.sentence([self("w_quorum", share=rules.quorum)]))
        if rules.deadline:
            out.append(self.sentence([self("w_deadline", at=rules.deadline.replace("T", " "))]))
        if rules.quotas:
            quotas = self.join([f"{name} {seats}" for name, seats in rules.quotas])
            out.append(self.sentence([self("w_quotas", quotas=quotas)]))
        if rules.weights:
            weights = self.join([f"{name} {percent(weight)}" for name, weight in rules.weights])
            out.append(self.sentence([self("w_weights", weights=weights)]))
        if rules.criteria:
            criteria = self.join([f"{name} {percent_text(weight)}" for name, weight in rules.criteria])
            out.append(self.sentence([self("w_criteria", criteria=criteria)]))
        if rules.normalise:
            out.append(self.sentence([self("w_normalise", note=self.normalisation_note())]))
        out.append(self.sentence([self("w_secret" if rules.secret else "w_named"),
                                  self("w_order", order=self(f"order_{rules.publication_order}"))]))  # fmt: skip
        out.append(self.sentence([self("report_rules_locked", version=version)]))
        return out

    def normalisation_note(self) -> str:
        return NORMALISATION_NOTE_ZH if self.zh else NORMALISATION_NOTE

    def _ballot(self, rules: Rules) -> list[str]:
        if rules.mode is Mode.APPROVAL:
            most = self("w_max_picks", n=rules.max_picks) if rules.max_picks else self("w_no_max_picks")
            return [most, self("w_min_picks", n=rules.min_picks) if rules.min_picks else ""]
        if rules.mode is Mode.RANKING:
            return [
                self("w_max_ranks", n=rules.max_ranks) if rules.max_ranks else "",
                self("w_rank_ties" if rules.allow_rank_ties else "w_no_rank_ties"),
                self("w_rank_gaps" if rules.allow_rank_gaps else "w_no_rank_gaps"),
                self("report_unranked_rule"),
            ]
        low, high = rules.scale
        return [self("w_scale", low=decimal_text(low), high=decimal_text(high))]


def score_text(ranked: RankedCandidate, mode: Mode) -> str:
    """The score as the result table shows it: approvals of the eligible with recusals, else a short decimal."""
    detail = dict(ranked.detail)
    if mode is Mode.APPROVAL and "eligible" in detail:
        return f"{detail['approvals']}/{detail['eligible']}"
    return value_text(ranked.score)


def value_text(value: Value) -> str:
    """An exact figure in few characters: 7, 7.5, 8.0909 for 89/11; a lot's hash as it is."""
    if isinstance(value, Fraction):
        text = decimal_text(value)
        return text if "/" not in text and len(text) <= 8 else f"{float(value):.5g}"
    return str(value)


def percent(share: Fraction) -> str:
    return f"{decimal_text(share * 100)}%" if "/" not in decimal_text(share * 100) else str(share)
