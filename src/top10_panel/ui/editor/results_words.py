"""The results page's words: methods, seat statuses, tie-break rules, what a robustness figure means, and each step
of the tie-break audit as a sentence."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from top10_panel.domain.criteria import percent_text
from top10_panel.domain.result import OpenTie
from top10_panel.domain.rules import Mode
from top10_panel.services.results_view import RAW_MEAN, AuditStep
from top10_panel.services.settle import INSIDE_TOP

from ..i18n import join_sentences

CONTEXT = "ResultsWords"


def _t(text: object) -> str:
    """``text`` translated; it is typed ``object`` because QT_TRANSLATE_NOOP is."""
    return QCoreApplication.translate(CONTEXT, str(text))


METHODS = {
    "approval": QT_TRANSLATE_NOOP("ResultsWords", "approval count"),
    "schulze": QT_TRANSLATE_NOOP("ResultsWords", "Schulze"),
    "borda": QT_TRANSLATE_NOOP("ResultsWords", "Borda"),
    "copeland": QT_TRANSLATE_NOOP("ResultsWords", "Copeland"),
    "mean": QT_TRANSLATE_NOOP("ResultsWords", "mean score"),
    RAW_MEAN: QT_TRANSLATE_NOOP("ResultsWords", "mean score, not normalised"),
    "median": QT_TRANSLATE_NOOP("ResultsWords", "median score"),
    "trimmed_mean": QT_TRANSLATE_NOOP("ResultsWords", "trimmed mean"),
}
STATUSES = {
    "seat": QT_TRANSLATE_NOOP("ResultsWords", "seat"),
    "open": QT_TRANSLATE_NOOP("ResultsWords", "tied at the line"),
    "out": QT_TRANSLATE_NOOP("ResultsWords", "—"),
}
RULES = {
    "pairwise": QT_TRANSLATE_NOOP("ResultsWords", "head to head among the tied"),
    "first_choices": QT_TRANSLATE_NOOP("ResultsWords", "more first places"),
    "borda": QT_TRANSLATE_NOOP("ResultsWords", "Borda score"),
    "mean": QT_TRANSLATE_NOOP("ResultsWords", "mean score"),
    RAW_MEAN: QT_TRANSLATE_NOOP("ResultsWords", "mean score, not normalised"),
    "median": QT_TRANSLATE_NOOP("ResultsWords", "median score"),
    "runoff": QT_TRANSLATE_NOOP("ResultsWords", "runoff vote"),
    "chair": QT_TRANSLATE_NOOP("ResultsWords", "chair's decision"),
    "lot": QT_TRANSLATE_NOOP("ResultsWords", "public lot draw"),
}
RECORD = {
    "by": QT_TRANSLATE_NOOP("ResultsWords", "by"),
    "at": QT_TRANSLATE_NOOP("ResultsWords", "at"),
    "reason": QT_TRANSLATE_NOOP("ResultsWords", "reason"),
    "seed": QT_TRANSLATE_NOOP("ResultsWords", "public seed"),
}


def method_name(method: str) -> str:
    return _t(METHODS.get(method, method))


def status_name(status: str) -> str:
    return _t(STATUSES.get(status, status))


def rule_name(rule: str) -> str:
    return _t(RULES.get(rule, rule))


def score_heading(mode: Mode, method: str, shares: bool, normalised: bool = False) -> str:
    if normalised:
        return QCoreApplication.translate("ResultsWords", "Normalised (z)")
    if mode is Mode.APPROVAL:
        return (
            QCoreApplication.translate("ResultsWords", "Approvals / eligible")
            if shares
            else QCoreApplication.translate("ResultsWords", "Approvals")
        )
    return method_name(method)


def robustness_sentence(mode: Mode, method: str, measure: str, normalised: bool = False) -> str:
    """What the robustness column counts, in one sentence (domain/robustness.py defines it)."""
    if not measure and normalised:
        return QCoreApplication.translate(
            "ResultsWords",
            "Robustness is not computed under the z normalisation: one changed score moves every standardised "
            "score of that expert.",
        )
    if not measure:
        return QCoreApplication.translate(
            "ResultsWords",
            "Robustness is not computed for weighted sources: a public vote kept whole has no single ballots.",
        )
    if measure == "scores":
        return QCoreApplication.translate(
            "ResultsWords",
            "Robustness: the fewest single scores that would have to change (each moved to the end of the scale) "
            "before this candidate draws level on the {0} with one across the cut line; 0 means it is on the line.",
        ).format(method_name(method))
    if measure == "head_to_head":
        return QCoreApplication.translate(
            "ResultsWords",
            "Robustness: the fewest ballots that would have to change before a candidate across the cut line ties "
            "or beats this one head to head; 0 means it is on the line.",
        )
    if mode is Mode.RANKING:
        return QCoreApplication.translate(
            "ResultsWords",
            "Robustness: the fewest ballots that would have to change (each into another valid ranking) before this "
            "candidate draws level on the Borda score with one across the cut line; 0 means it is on the line.",
        )
    return QCoreApplication.translate(
        "ResultsWords",
        "Robustness: the fewest ballots that would have to change (each into another valid ballot) before this "
        "candidate draws level with one across the cut line; 0 means it is on the line.",
    )


def margin_text(margin: int | None, against: str) -> tuple[str, str]:
    """The robustness cell and its tooltip."""
    if margin is None:
        return "—", QCoreApplication.translate(
            "ResultsWords", "No change of the counted ballots can move it across the cut line."
        )
    if margin == 0:
        return "0", QCoreApplication.translate(
            "ResultsWords", "On the cut line: level with a candidate on the other side."
        )
    return str(margin), QCoreApplication.translate(
        "ResultsWords", "{0} changes would bring it level with {1}, across the cut line."
    ).format(margin, against)


def open_tie_text(tie: OpenTie) -> str:
    among = ", ".join(tie.among)
    if tie.waiting_for == INSIDE_TOP:
        return QCoreApplication.translate(
            "ResultsWords",
            "Tie inside the top: {0} share a place, and the top is published in order, so their order must be settled.",
        ).format(among)
    if tie.category:
        return _counted().open_tie_in(tie.category, among, tie.seats)
    return _counted().open_tie(among, tie.seats)


class ResultsWords(QObject):
    """This module's sentences that count (%n): lupdate reads a count only from a tr() call of a class, so they are
    said here, in the module's own context."""

    def open_tie(self, among: str, seats: int) -> str:
        return self.tr("Open tie: {0} compete for %n seat(s).", "", seats).format(among)

    def open_tie_in(self, category: str, among: str, seats: int) -> str:
        return self.tr("Open tie in {0}: {1} compete for %n seat(s).", "", seats).format(category, among)


@cache
def _counted() -> ResultsWords:
    return ResultsWords()


def order_text(order: tuple[tuple[str, ...], ...]) -> str:
    """Groups best first: 'S11, then E10'; tied codes joined by '='."""
    return QCoreApplication.translate("ResultsWords", ", then ").join(" = ".join(group) for group in order)


def step_text(step: AuditStep) -> str:
    """One tie-break step in words: the rule, among whom, the values it compared, the order it produced, and for a
    decision who, when and why."""
    record = dict(step.record)
    among = ", ".join(step.among)
    if step.rule == "lot":
        values = "; ".join(f"{code}: {value}" for code, value in step.values)
        text = QCoreApplication.translate(
            "ResultsWords",
            'Public lot draw among {0} with the seed "{1}": SHA-256 of fingerprint:seed:code — {2}; the smallest '
            "comes first: {3}.",
        ).format(among, record.get("seed", ""), values, order_text(step.order))
    elif step.rule in ("chair", "runoff"):
        text = QCoreApplication.translate("ResultsWords", "{0} among {1}: {2}.").format(
            rule_name(step.rule), among, order_text(step.order)
        )
    else:
        values = ", ".join(f"{code} {value}" for code, value in step.values)
        text = QCoreApplication.translate("ResultsWords", "{0} among {1}: {2} — {3}.").format(
            rule_name(step.rule), among, values, order_text(step.order)
        )
    details = [
        f"{_t(RECORD[key])}: {value}" for key in ("by", "at", "reason") if (value := record.get(key)) and key in RECORD
    ]
    return text + (f" ({'; '.join(details)})" if details else "")


def scoring_sentence(criteria: Sequence[tuple[str, Fraction]], normalised: bool) -> str:
    """How a score was made, under criteria or the z normalisation (SPEC §3); '' for a plain score."""
    parts = []
    if criteria:
        parts.append(
            QCoreApplication.translate(
                "ResultsWords", "Each score is the exact weighted sum of the criteria: {0}."
            ).format(
                QCoreApplication.translate("ResultsWords", ", ").join(
                    f"{name} {percent_text(weight)}" for name, weight in criteria
                )
            )
        )
    if normalised:
        parts.append(
            QCoreApplication.translate(
                "ResultsWords",
                "Normalised (z): each expert's scores are standardised to mean 0 and standard deviation 1 over the "
                "candidates that expert scored, averaged per candidate and mapped onto the range of the raw means; "
                "the values are compared after rounding to 12 significant digits. The raw mean stands beside each.",
            )
        )
    return join_sentences(parts)
