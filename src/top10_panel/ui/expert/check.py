"""What the check before submitting shows: the choices in order, the warnings, and why the rules would refuse the
ballot (SPEC §2.3 'a clear check before submitting', §3 validity)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from top10_panel.domain.criteria import partly_scored, weighted_score
from top10_panel.domain.publication import decimal_text
from top10_panel.domain.rules import Mode
from top10_panel.services import drafts
from top10_panel.services.drafts import Package, Submitted


def choices(package: Package, vote: dict[str, Any]) -> tuple[list[str], bool]:
    """One line per marked candidate — in rank order for a ranking, else in the list's order — and whether the
    order is the vote (a ranking)."""
    titles = {c.code: c.title for c in package.candidates}
    if "rank" in vote:
        ranked = sorted(vote["rank"], key=lambda code: vote["rank"][code])
        return [f"{code}  {titles.get(code, '')}" for code in ranked], True
    if "approve" in vote:
        return [f"{code}  {titles.get(code, '')}" for code in vote["approve"]], False
    if "score" in vote:
        line = QCoreApplication.translate("BallotCheck", "{0}  {1} — score {2}")
        weighted = QCoreApplication.translate("BallotCheck", "{0}  {1} — weighted score {2} ({3})")
        partly = QCoreApplication.translate("BallotCheck", "{0}  {1} — scored on some criteria only, not counted ({2})")
        comma = QCoreApplication.translate("BallotCheck", ", ")
        lines = []
        for code, score in vote["score"].items():
            title = titles.get(code, "")
            if not isinstance(score, dict):
                lines.append(line.format(code, title, score))
                continue
            given = comma.join(f"{name} {value}" for name, value in score.items())
            total = weighted_score(score, package.rules.criteria)
            if total is None:
                lines.append(partly.format(code, title, given))
            else:
                lines.append(weighted.format(code, title, decimal_text(total), given))
        return lines, False
    return [], False


def warnings(
    package: Package, vote: dict[str, Any], eligible: int, submitted: Submitted | None
) -> tuple[list[str], str]:
    """(the warnings a valid ballot gets, the reason the rules would refuse it or ''); ``eligible`` is the number
    of candidates the expert may vote on."""
    found: list[str] = []
    refusal = ""
    rules = package.rules
    if not vote:
        found.append(
            QCoreApplication.translate(
                "BallotCheck",
                "You have marked nothing: this ballot counts as an abstention — returned and valid, "
                "but it gives no votes.",
            )
        )
    elif rules.mode is Mode.APPROVAL:
        picks = len(vote["approve"])
        if picks < rules.min_picks:
            refusal = QCoreApplication.translate(
                "BallotCheck",
                "The rules require at least {0} picks and you have {1}: pick more, or untick all to abstain.",
            ).format(rules.min_picks, picks)
        elif rules.max_picks is not None and picks < rules.max_picks:
            found.append(
                QCoreApplication.translate(
                    "BallotCheck", "You picked {0} of up to {1}. That is allowed; unused places give no votes."
                ).format(picks, rules.max_picks)
            )
    elif rules.mode is Mode.RANKING:
        ranked = len(vote["rank"])
        if rules.max_ranks is not None and ranked < rules.max_ranks:
            found.append(
                QCoreApplication.translate(
                    "BallotCheck",
                    "You ranked {0} of up to {1}; the candidates you leave out count below all those you ranked.",
                ).format(ranked, rules.max_ranks)
            )
    else:
        partly = partly_scored(vote["score"], rules.criteria) if rules.criteria else []
        if partly:
            found.append(
                QCoreApplication.translate(
                    "BallotCheck",
                    "{0}: scored on some criteria only, so not scored at all on this ballot. Score every criterion "
                    "of a candidate, or clear it.",
                ).format(", ".join(partly))
            )
        scored = len(vote["score"]) - len(partly)
        if scored < eligible:
            found.append(
                QCoreApplication.translate(
                    "BallotCheck",
                    "You scored {0} of the {1} candidates you may score; the others are not scored "
                    "(which is not the same as 0).",
                ).format(scored, eligible)
            )
    if drafts.deadline_passed(rules):
        found.append(
            QCoreApplication.translate(
                "BallotCheck",
                "The deadline has passed: your ballot will be marked late and counted only by a decision.",
            )
        )
    if submitted is not None:
        found.append(
            QCoreApplication.translate(
                "BallotCheck",
                "This replaces the ballot you submitted before (revision {0}) if you save it to the same file.",
            ).format(submitted.revision)
        )
    problem = drafts.problem(package, vote)
    if problem and not refusal:
        refusal = QCoreApplication.translate("BallotCheck", "The rules would refuse this ballot: {0}").format(problem)
    return found, refusal
