"""The words for the rules' choices (modes, methods, tie-break rules, orders), each with a sentence that explains
it, as the wizard, the rules page and the change dialog show them. Chinese in the translation; English here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from top10_panel.domain.rules import Mode


def mode_name(mode: Mode | str) -> str:
    return {
        Mode.APPROVAL: QCoreApplication.translate("RulesNames", "Approval"),
        Mode.RANKING: QCoreApplication.translate("RulesNames", "Ranking"),
        Mode.SCORE: QCoreApplication.translate("RulesNames", "Score"),
    }[Mode(mode)]


def mode_sentence(mode: Mode | str) -> str:
    return {
        Mode.APPROVAL: QCoreApplication.translate(
            "RulesNames", "Each expert ticks the candidates they support; the most ticks win."
        ),
        Mode.RANKING: QCoreApplication.translate(
            "RulesNames", "Each expert puts candidates in order, 1 = best; the order of all ballots decides."
        ),
        Mode.SCORE: QCoreApplication.translate(
            "RulesNames", "Each expert gives each candidate a score; the candidates with the best scores win."
        ),
    }[Mode(mode)]


def method_name(method: str) -> str:
    return {
        "approval": QCoreApplication.translate("RulesNames", "Approval count"),
        "schulze": QCoreApplication.translate("RulesNames", "Schulze"),
        "borda": QCoreApplication.translate("RulesNames", "Borda count"),
        "copeland": QCoreApplication.translate("RulesNames", "Copeland"),
        "mean": QCoreApplication.translate("RulesNames", "Mean score"),
        "median": QCoreApplication.translate("RulesNames", "Median score"),
        "trimmed_mean": QCoreApplication.translate("RulesNames", "Trimmed mean"),
    }.get(method, method)


def method_sentence(method: str) -> str:
    return {
        "approval": QCoreApplication.translate(
            "RulesNames",
            "Candidates are ordered by their ticks; with recusals, by the share of the experts who may vote.",
        ),
        "schulze": QCoreApplication.translate(
            "RulesNames", "Compares every pair of candidates head to head and follows the strongest chains of wins."
        ),
        "borda": QCoreApplication.translate(
            "RulesNames", "On each ballot a candidate scores one point for every candidate ranked below it."
        ),
        "copeland": QCoreApplication.translate(
            "RulesNames", "A candidate scores one point for every head-to-head win and half a point for a draw."
        ),
        "mean": QCoreApplication.translate("RulesNames", "The average of the scores the candidate received."),
        "median": QCoreApplication.translate(
            "RulesNames", "The middle score the candidate received: one extreme score cannot move it."
        ),
        "trimmed_mean": QCoreApplication.translate(
            "RulesNames", "The average after dropping one highest and one lowest score (from five scores on)."
        ),
    }.get(method, "")


def rule_name(rule: str) -> str:
    return {
        "pairwise": QCoreApplication.translate("RulesNames", "Head to head among the tied"),
        "first_choices": QCoreApplication.translate("RulesNames", "More first places or top scores"),
        "borda": QCoreApplication.translate("RulesNames", "Borda count of the same ballots"),
        "mean": QCoreApplication.translate("RulesNames", "Mean score"),
        "median": QCoreApplication.translate("RulesNames", "Median score"),
        "runoff": QCoreApplication.translate("RulesNames", "Runoff vote among the tied"),
        "chair": QCoreApplication.translate("RulesNames", "Chair's decision"),
        "lot": QCoreApplication.translate("RulesNames", "Public lot draw"),
    }.get(rule, rule)


def rule_sentence(rule: str) -> str:
    return {
        "pairwise": QCoreApplication.translate(
            "RulesNames", "The tied candidates are compared with each other only, head to head."
        ),
        "first_choices": QCoreApplication.translate(
            "RulesNames", "The candidate ranked first, or given the top score, more often goes ahead."
        ),
        "borda": QCoreApplication.translate(
            "RulesNames", "A second method counts the same ballots; the higher Borda count goes ahead."
        ),
        "mean": QCoreApplication.translate(
            "RulesNames", "A second method counts the same ballots; the higher mean score goes ahead."
        ),
        "median": QCoreApplication.translate(
            "RulesNames", "A second method counts the same ballots; the higher median score goes ahead."
        ),
        "runoff": QCoreApplication.translate(
            "RulesNames", "The experts vote again among the tied candidates only (加投)."
        ),
        "chair": QCoreApplication.translate("RulesNames", "The chair decides the order and the reason is recorded."),
        "lot": QCoreApplication.translate(
            "RulesNames", "Lots are drawn from a public seed text, so anyone can repeat the draw; it settles every tie."
        ),
    }.get(rule, "")


def order_name(order: str) -> str:
    return {
        "result": QCoreApplication.translate("RulesNames", "By result"),
        "category": QCoreApplication.translate("RulesNames", "By category"),
        "date": QCoreApplication.translate("RulesNames", "By date"),
        "pinyin": QCoreApplication.translate("RulesNames", "Unranked, by pinyin"),
        "stroke": QCoreApplication.translate("RulesNames", "Unranked, by stroke order"),
    }.get(order, order)


def order_sentence(order: str) -> str:
    return {
        "result": QCoreApplication.translate(
            "RulesNames", "The chosen are published in the order of the count, best first."
        ),
        "category": QCoreApplication.translate(
            "RulesNames", "The chosen are published by category, in the order of the count within each."
        ),
        "date": QCoreApplication.translate("RulesNames", "The chosen are published in the order of their dates."),
        "pinyin": QCoreApplication.translate(
            "RulesNames", "排名不分先后: the chosen are published by the pinyin of their titles, without ranks."
        ),
        "stroke": QCoreApplication.translate(
            "RulesNames", "排名不分先后: the chosen are published by the stroke order of their titles, without ranks."
        ),
    }.get(order, "")


def over_vote_name(rule: str) -> str:
    return {
        "void": QCoreApplication.translate("RulesNames", "Void the whole ballot (多选作废)"),
        "excess": QCoreApplication.translate("RulesNames", "Drop only the excess ranks"),
    }.get(rule, rule)


def stage_name(kind: str, stored: str) -> str:
    """A stage as the interface names it: by kind in the current language, a runoff by its stored name."""
    return {
        "screening": QCoreApplication.translate("RulesNames", "Screening (初评)"),
        "final": QCoreApplication.translate("RulesNames", "Final (终评)"),
    }.get(kind, stored)
