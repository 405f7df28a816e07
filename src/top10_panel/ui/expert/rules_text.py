"""The selection's rules in plain words, as the expert needs them before voting (SPEC §3)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QObject

from top10_panel.domain.criteria import percent_text
from top10_panel.domain.rules import Mode, Rules

from ..i18n import join_sentences
from ..times import moment_text
from .score import scale_text


def mode_name(mode: Mode) -> str:
    return {
        Mode.APPROVAL: QCoreApplication.translate("RulesText", "Approval vote"),
        Mode.RANKING: QCoreApplication.translate("RulesText", "Ranking vote"),
        Mode.SCORE: QCoreApplication.translate("RulesText", "Score vote"),
    }[mode]


def how_to_vote(rules: Rules, candidates: int) -> str:
    """One sentence: what the expert does on this ballot."""
    if rules.mode is Mode.APPROVAL:
        if rules.max_picks is None:
            text = QCoreApplication.translate("RulesText", "Tick every candidate you support, out of {0}.").format(
                candidates
            )
        elif rules.min_picks:
            text = QCoreApplication.translate(
                "RulesText", "Tick at least {0} and at most {1} of the {2} candidates."
            ).format(rules.min_picks, rules.max_picks, candidates)
        else:
            text = QCoreApplication.translate(
                "RulesText", "Tick at most {0} of the {1} candidates; fewer is allowed."
            ).format(rules.max_picks, candidates)
        return text
    if rules.mode is Mode.RANKING:
        if rules.max_ranks is None:
            text = QCoreApplication.translate(
                "RulesText", "Rank as many of the {0} candidates as you wish, 1 = best."
            ).format(candidates)
        else:
            text = QCoreApplication.translate("RulesText", "Rank up to {0} of the {1} candidates, 1 = best.").format(
                rules.max_ranks, candidates
            )
        leave_out = QCoreApplication.translate("RulesText", "Candidates you leave out count below all those you rank.")
        return join_sentences([text, leave_out])
    if rules.criteria:
        return QCoreApplication.translate(
            "RulesText",
            "Score each candidate on every criterion ({0}) from {1}; the weighted score counts, and a candidate "
            "scored on some criteria only gets no score.",
        ).format(
            QCoreApplication.translate("RulesText", ", ").join(f"{n} {percent_text(w)}" for n, w in rules.criteria),
            scale_text(rules.scale),
        )
    return QCoreApplication.translate(
        "RulesText",
        "Give each candidate a score from {0}; a candidate you leave unscored gets no score (not the same as 0).",
    ).format(scale_text(rules.scale))


def summary(rules: Rules, candidates: int, recused: tuple[str, ...], deadline_passed: bool) -> str:
    """The rules in a few sentences: mode, what to do, seats, deadline, recusals, secrecy."""
    parts = [
        QCoreApplication.translate("RulesText", "{0}: {1}").format(
            mode_name(rules.mode), how_to_vote(rules, candidates)
        )
    ]
    parts.append(QCoreApplication.translate("RulesText", "{0} candidates will be chosen.").format(rules.seats))
    if rules.mode is Mode.APPROVAL and rules.max_picks is not None:
        parts.append(
            QCoreApplication.translate(
                "RulesText", "More ticks than allowed would void the ballot, so the app stops at {0}."
            ).format(rules.max_picks)
        )
    if rules.deadline:
        parts.append(QCoreApplication.translate("RulesText", "Deadline: {0}.").format(_deadline(rules.deadline)))
        if deadline_passed:
            parts.append(
                QCoreApplication.translate(
                    "RulesText", "The deadline has passed: a late ballot is counted only by a recorded decision."
                )
            )
    if recused:
        parts.append(_counted().recused(recused))
    parts.append(
        QCoreApplication.translate("RulesText", "Secret ballot: results show no names.")
        if rules.secret
        else QCoreApplication.translate("RulesText", "Named ballot.")
    )
    return join_sentences(parts)


def _deadline(text: str) -> str:
    return moment_text(text)


class RulesText(QObject):
    """This module's sentences that count (%n): lupdate reads a count only from a tr() call of a class, so they are
    said here, in the module's own context."""

    def recused(self, codes: tuple[str, ...]) -> str:
        return self.tr("You are recused from %n candidate(s) ({0}) and cannot vote on them.", "", len(codes)).format(
            ", ".join(codes)
        )


@cache
def _counted() -> RulesText:
    return RulesText()
