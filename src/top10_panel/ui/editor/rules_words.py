"""A selection's rules in plain words, one line per rule, as the editor checks them (SPEC §3)."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from top10_panel.domain.rules import Mode, Rules

from ..times import moment_text
from .rules_names import method_name, mode_name, order_name, over_vote_name, rule_name


def number(value: Fraction) -> str:
    """A fraction as the editor writes it: 7, 7.5, or 2/3 when it has no short decimal."""
    if value.denominator == 1:
        return str(value.numerator)
    decimal = float(value)
    if Fraction(str(round(decimal, 4))) == value:
        return f"{decimal:g}"
    return f"{value.numerator}/{value.denominator}"


def percent(value: Fraction) -> str:
    return f"{number(value * 100)}%"


def deadline_text(text: str) -> str:
    return moment_text(text)


def describe(rules: Rules, screening: int | None = None) -> list[tuple[str, str]]:
    """(what, the rule in words) for every rule of the selection."""
    lines = [
        (QCoreApplication.translate("RulesWords", "Vote mode"), mode_name(rules.mode)),
        (QCoreApplication.translate("RulesWords", "Counting method"), method_name(rules.method)),
        (
            QCoreApplication.translate("RulesWords", "Seats"),
            QCoreApplication.translate("RulesWords", "{0} candidates are chosen").format(rules.seats),
        ),
        (QCoreApplication.translate("RulesWords", "Ballot"), _ballot(rules)),
    ]
    lines.append((QCoreApplication.translate("RulesWords", "Validity"), _validity(rules)))
    lines.append(
        (
            QCoreApplication.translate("RulesWords", "Deadline"),
            deadline_text(rules.deadline) if rules.deadline else QCoreApplication.translate("RulesWords", "none"),
        )
    )
    lines.append(
        (
            QCoreApplication.translate("RulesWords", "Quorum"),
            QCoreApplication.translate(
                "RulesWords", "provisional until more than {0} of the invited experts returned valid ballots"
            ).format(number(rules.quorum))
            if rules.quorum
            else QCoreApplication.translate("RulesWords", "none: the result is final with any number of ballots"),
        )
    )
    if rules.quotas:
        quotas = QCoreApplication.translate("RulesWords", ", ").join(
            QCoreApplication.translate("RulesWords", "{0} {1}").format(name, seats) for name, seats in rules.quotas
        )
        lines.append((QCoreApplication.translate("RulesWords", "Category quotas"), quotas))
    else:
        lines.append(
            (
                QCoreApplication.translate("RulesWords", "Category quotas"),
                QCoreApplication.translate("RulesWords", "none: all seats are open to every category"),
            )
        )
    lines.append(
        (
            QCoreApplication.translate("RulesWords", "Secrecy"),
            QCoreApplication.translate("RulesWords", "secret ballot (无记名)")
            if rules.secret
            else QCoreApplication.translate("RulesWords", "named ballot (实名)"),
        )
    )
    if rules.weights:
        weights = QCoreApplication.translate("RulesWords", ", ").join(
            f"{_panel(name)} {percent(w)}" for name, w in rules.weights
        )
        lines.append((QCoreApplication.translate("RulesWords", "Weighted sources"), weights))
    if screening is not None:
        lines.append(
            (
                QCoreApplication.translate("RulesWords", "Screening stage"),
                QCoreApplication.translate("RulesWords", "first a screening (初评) chooses a shortlist of {0}").format(
                    screening
                ),
            )
        )
    chain = " → ".join(rule_name(rule) for rule in rules.chain)
    lines.append(
        (
            QCoreApplication.translate("RulesWords", "Tie-break chain"),
            chain or QCoreApplication.translate("RulesWords", "none: a tie at the cut line stays open (同票重投)"),
        )
    )
    order = order_name(rules.publication_order)
    if rules.publication_order == "result" and not rules.ordered_top:
        order = QCoreApplication.translate(
            "RulesWords", "the chosen without ranks (排名不分先后), in the order of the count"
        )
    lines.append((QCoreApplication.translate("RulesWords", "Publication order"), order))
    return lines


def _panel(name: str) -> str:
    return {
        "experts": QCoreApplication.translate("RulesWords", "experts"),
        "public": QCoreApplication.translate("RulesWords", "public vote"),
    }.get(name, name)


def _ballot(rules: Rules) -> str:
    if rules.mode is Mode.APPROVAL:
        if rules.max_picks is None:
            most = QCoreApplication.translate("RulesWords", "as many candidates as they wish")
        else:
            most = QCoreApplication.translate("RulesWords", "at most {0} candidates").format(rules.max_picks)
        if rules.min_picks:
            return QCoreApplication.translate("RulesWords", "each expert ticks {0}, at least {1}").format(
                most, rules.min_picks
            )
        return QCoreApplication.translate("RulesWords", "each expert ticks {0}").format(most)
    if rules.mode is Mode.RANKING:
        if rules.max_ranks is None:
            return QCoreApplication.translate(
                "RulesWords", "each expert ranks as many candidates as they wish, 1 = best"
            )
        return QCoreApplication.translate("RulesWords", "each expert ranks up to {0} candidates, 1 = best").format(
            rules.max_ranks
        )
    low, high = rules.scale
    text = QCoreApplication.translate("RulesWords", "each expert scores candidates from {0} to {1}").format(
        number(low), number(high)
    )
    if rules.criteria:
        text += QCoreApplication.translate("RulesWords", ", on each criterion: {0}; the weighted sum counts").format(
            QCoreApplication.translate("RulesWords", ", ").join(
                f"{name} {number(weight * 100)}%" for name, weight in rules.criteria
            )
        )
    if rules.normalise == "z":
        text += QCoreApplication.translate(
            "RulesWords", "; each expert's scores normalised (z-scores), the raw means shown beside"
        )
    return text


def _validity(rules: Rules) -> str:
    parts = [
        over_vote_name(rules.over_vote) + QCoreApplication.translate("RulesWords", " when a ballot holds too many")
    ]
    if rules.mode is Mode.RANKING:
        parts.append(
            QCoreApplication.translate("RulesWords", "equal ranks allowed")
            if rules.allow_rank_ties
            else QCoreApplication.translate("RulesWords", "equal ranks make a ballot invalid")
        )
        parts.append(
            QCoreApplication.translate("RulesWords", "skipped ranks allowed")
            if rules.allow_rank_gaps
            else QCoreApplication.translate("RulesWords", "skipped ranks make a ballot invalid")
        )
    parts.append(QCoreApplication.translate("RulesWords", "a blank ballot is an abstention"))
    return QCoreApplication.translate("RulesWords", "; ").join(parts)
