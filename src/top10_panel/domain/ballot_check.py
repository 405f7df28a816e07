"""One vote against the rules, as the expert's side and the collecting side both need it (SPEC §3, §6)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from .criteria import Criteria
from .rules import Mode, Rules


def vote_codes(vote: Mapping[str, object]) -> list[str]:
    """The candidate codes a vote marks, whatever its mode."""
    marks = vote.get("approve") or vote.get("rank") or vote.get("score") or []
    return [str(code) for code in marks] if isinstance(marks, list | dict) else []


MODE_KEYS = {Mode.APPROVAL: "approve", Mode.RANKING: "rank", Mode.SCORE: "score"}


def wrong_shape(vote: Mapping[str, object], mode: Mode, criteria: Criteria = ()) -> str:
    """Why the vote is not a vote of the mode ('' when it is): another mode's marks, or a code named twice; with
    criteria, a candidate's scores that are not a table of the criteria."""
    extra = [key for key in vote if key != MODE_KEYS[mode]]
    if extra:
        return f"a vote of another kind ({', '.join(extra)}) on a {mode} ballot"
    marks = vote.get(MODE_KEYS[mode], [] if mode is Mode.APPROVAL else {})
    if mode is Mode.APPROVAL:
        if not isinstance(marks, list) or any(not isinstance(code, str) for code in marks):
            return "the approvals are not a list of candidate codes"
        twice = sorted({code for code in marks if marks.count(code) > 1})
        return f"the vote names {', '.join(twice)} twice" if twice else ""
    if not isinstance(marks, dict):
        return f"the {mode} marks are not a table of candidate codes"
    for code, value in marks.items():
        if mode is Mode.RANKING and (type(value) is not int or value < 1):
            return f"the rank of {code} is not a whole number from 1"
        if mode is Mode.SCORE and criteria:
            why = _criteria_shape(code, value, criteria)
            if why:
                return why
        elif mode is Mode.SCORE and not _number(value):
            return f"'{value}' for {code} is not a score"
    return ""


def _criteria_shape(code: str, value: object, criteria: Criteria) -> str:
    names = [name for name, _ in criteria]
    if not isinstance(value, Mapping):
        return f"the score of {code} is not given per criterion ({', '.join(names)})"
    for name, mark in value.items():
        if name not in names:
            return f"'{name}' for {code} is not a criterion of the rules ({', '.join(names)})"
        if not _number(mark):
            return f"'{mark}' for {code}, {name} is not a score"
    return ""


def _number(value: object) -> bool:
    try:
        return isinstance(value, str | int) and not isinstance(value, bool) and Decimal(str(value)).is_finite()
    except InvalidOperation:
        return False


def foreign_marks(vote: Mapping[str, object], codes: Collection[str], recused: Collection[str]) -> str:
    """Why the vote cannot be counted at all ('' when it can): a mark for an unknown or a recused candidate."""
    marked = vote_codes(vote)
    unknown = [code for code in marked if code not in codes]
    if unknown:
        return f"a vote for {', '.join(unknown)}, which {'is' if len(unknown) == 1 else 'are'} not a candidate"
    barred = [code for code in marked if code in recused]
    if barred:
        return f"a vote for {', '.join(barred)}, from which the expert is recused"
    return ""


def rule_breaks(vote: Mapping[str, object], rules: Rules) -> str:
    """Why the rules make the vote invalid ('' when it is valid); the tally applies the same rules to a profile."""
    if rules.mode is Mode.APPROVAL:
        picks = len(vote_codes(vote))
        if rules.max_picks is not None and picks > rules.max_picks:
            return f"over-vote: {picks} picks, at most {rules.max_picks} allowed"
        if 0 < picks < rules.min_picks:
            return f"under-vote: {picks} picks, at least {rules.min_picks} required"
        return ""
    if rules.mode is Mode.RANKING:
        ranks = vote.get("rank")
        values = list(ranks.values()) if isinstance(ranks, dict) else []
        if any(not isinstance(v, int) or isinstance(v, bool) or v < 1 for v in values):
            return "a rank that is not a whole number from 1"
        if rules.max_ranks is not None and len(values) > rules.max_ranks and rules.over_vote == "void":
            return f"over-vote: {len(values)} candidates ranked, at most {rules.max_ranks} allowed"
        if not rules.allow_rank_ties and len(set(values)) != len(values):
            return "repeated rank: two candidates share a rank, which the rules forbid"
        if not rules.allow_rank_gaps and values and sorted(set(values)) != list(range(1, len(set(values)) + 1)):
            return "skipped rank: ranks must run 1, 2, 3 … without gaps"
        return ""
    scores = vote.get("score")
    marks: list[tuple[str, object]] = []
    for code, value in scores.items() if isinstance(scores, dict) else []:
        if isinstance(value, Mapping):
            marks.extend((f"{code} ({name})", mark) for name, mark in value.items())
        else:
            marks.append((code, value))
    for code, value in marks:
        try:
            number = Fraction(Decimal(str(value)))
        except (InvalidOperation, ValueError):
            return f"'{value}' for {code} is not a score"
        low, high = rules.scale
        if not low <= number <= high:
            return f"score {value} for {code} is outside the scale {low}–{high}"
    return ""
