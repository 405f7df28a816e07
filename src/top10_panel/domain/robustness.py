"""How robust each seat is (SPEC §3): how many ballots would have to change to swap a candidate across the cut line.

A candidate's *margin* is the fewest changes after which it would draw level with a candidate on the other side of
its cut line (for a seat: with one that has no seat; for a candidate without a seat: with one that holds or contests
a seat). A candidate on the line (an open tie, or a seat settled by a tie-break between equal values) has margin 0.
No smaller change can move a seat across the line, so the margin is a floor: the seat is safe against any change of
fewer ballots. What one change is depends on the mode, and what "level" compares on the method:

- approval — a change is one counted ballot replaced by any other valid ballot of the same expert (recusals and the
  pick limits still apply); level means the same approval count (with recusals: the same share);
- ranking, Borda — a change is one counted ballot replaced by any other valid ranking; level means the same Borda
  score;
- ranking, Schulze and Copeland — the same changes; level means head to head: the candidate across the line ties or
  beats it in the pairwise count (N[b][a] ≥ N[a][b]); the methods' whole order has no cheap exact margin;
- score — a change is one expert's score of one candidate moved to another point of the scale (which candidates a
  ballot scores stays as cast); level means the same value under the method (mean, median or trimmed mean).

Each count is exact: for a pair of candidates the best change of one ballot (or one score) is known in closed form,
so the fewest changes follow by taking the most effective ones first; tests/unit/test_robustness.py checks every
mode against a brute-force search over all changes on small profiles.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

import numpy as np

from . import pairwise, scoring
from .profile import Array, Mask, Profile, check_ballots, drop_excess
from .result import SeatStatus, TallyResult
from .rules import Mode, Rules


class Measure(StrEnum):
    """What a margin counts, and against what it is measured."""

    BALLOTS = "ballots"
    """Ballots changed; level on the method's value (approval, Borda)."""
    HEAD_TO_HEAD = "head_to_head"
    """Ballots changed; level in the pairwise count (Schulze, Copeland)."""
    SCORES = "scores"
    """Single scores changed; level on the method's value (mean, median, trimmed mean)."""


@dataclass(frozen=True)
class Margin:
    code: str
    changes: int | None
    """The fewest changes (0: on the line); None when no change of the counted ballots can do it, or the candidate
    competes for no seat (with category quotas, a category without a quota)."""
    against: str = ""
    """The candidate across the line it would draw level with first ('' for 0 or None)."""


@dataclass(frozen=True)
class Robustness:
    method: str
    measure: Measure
    margins: tuple[Margin, ...]
    """In the ranking's order."""

    def of(self, code: str) -> Margin | None:
        return next((m for m in self.margins if m.code == code), None)


Swap = Callable[[int, int], int | None]
"""swap(a, b): the fewest changes after which b draws level with a (0 when it is level or ahead already)."""


def robustness(profile: Profile, rules: Rules, result: TallyResult) -> Robustness | None:
    """Each candidate's margin to its cut line, for the counted ballots of ``profile`` as ``result`` counted them.

    None for weighted sources: a panel kept whole (a public vote) has no ballots an expert could change; and under
    the z normalisation, where one changed score moves every standardised score of that expert.
    """
    if rules.weights or rules.normalise:
        return None
    profile, _ = drop_excess(profile, rules)
    counted = check_ballots(profile, rules).counted
    measure, swap = _swap_function(profile, rules, counted)
    status = {r.candidate.code: r.status for r in result.ranking}
    index = {code: j for j, code in enumerate(profile.codes)}
    pools: list[set[int]] = [set(range(len(profile.codes)))]
    if rules.quotas:
        pools = [{j for j, c in enumerate(profile.candidates) if c.category == name} for name, _ in rules.quotas]
    margins: dict[int, Margin] = {}
    for members in pools:
        seated = [j for j in sorted(members) if status[profile.codes[j]] is SeatStatus.SEAT]
        contested = [j for j in sorted(members) if status[profile.codes[j]] is SeatStatus.OPEN]
        out = [j for j in sorted(members) if status[profile.codes[j]] is SeatStatus.OUT]
        for j in contested:
            margins[j] = Margin(profile.codes[j], 0)
        for j in seated:
            margins[j] = _closest(profile.codes, j, [(j, b) for b in contested + out], swap)
        for j in out:
            margins[j] = _closest(profile.codes, j, [(a, j) for a in seated + contested], swap)
    ordered = tuple(margins.get(index[r.candidate.code], Margin(r.candidate.code, None)) for r in result.ranking)
    return Robustness(rules.method, measure, ordered)


def _closest(codes: tuple[str, ...], j: int, pairs: list[tuple[int, int]], swap: Swap) -> Margin:
    """The cheapest of the pairs (upper candidate, lower candidate) that candidate j belongs to."""
    best: Margin = Margin(codes[j], None)
    for a, b in pairs:
        changes = swap(a, b)
        if changes is not None and (best.changes is None or changes < best.changes):
            best = Margin(codes[j], changes, codes[b if a == j else a] if changes else "")
    return best


def _swap_function(profile: Profile, rules: Rules, counted: Mask) -> tuple[Measure, Swap]:
    marked = profile.marked()[counted]
    eligible = profile.eligible[counted] if profile.eligible is not None else np.ones(marked.shape, dtype=bool)
    if rules.mode is Mode.APPROVAL:
        return Measure.BALLOTS, _ApprovalSwap(marked, eligible, rules).swap
    if rules.mode is Mode.RANKING:
        ranks = np.where(marked, profile.cells[counted], 0).astype(np.int64)
        if rules.method == "borda":
            return Measure.BALLOTS, _BordaSwap(ranks, marked, eligible).swap
        return Measure.HEAD_TO_HEAD, _HeadToHeadSwap(ranks, marked, eligible).swap
    return Measure.SCORES, _ScoreSwap(profile, marked, counted, rules).swap


def fewest(gains: Sequence[int] | Array, needed: int) -> int | None:
    """The fewest items whose gains add up to ``needed`` (the largest first, which is optimal); None if all fall
    short. Each item is one ballot (or one score) and its gain the most its change can close of the gap."""
    if needed <= 0:
        return 0
    ordered = np.sort(np.asarray(gains, dtype=np.int64))[::-1]
    reached = np.flatnonzero(np.cumsum(ordered) >= needed)
    return int(reached[0]) + 1 if len(reached) else None


class _ApprovalSwap:
    """Approval: a changed ballot drops a and approves b where it may (a recused expert can do neither).

    With recusals a candidate's value is approvals / eligible experts, so b draws level with a when
    E_a·(B + y) ≥ E_b·(A − x), i.e. E_b·x + E_a·y ≥ E_b·A − E_a·B: one approval taken from a is worth E_b, one
    given to b is worth E_a. Without recusals every E is the number of counted ballots, so both are worth the same.
    """

    def __init__(self, marked: Mask, eligible: Mask, rules: Rules) -> None:
        self.marked = marked
        self.eligible = eligible
        self.lowest = max(1, rules.min_picks)
        """The fewest picks of a ballot that is not blank; a blank ballot is always valid (an abstention)."""
        self.highest = rules.max_picks if rules.max_picks is not None else marked.shape[1]
        self.choosable = eligible.sum(axis=1)

    def swap(self, a: int, b: int) -> int | None:
        approvals_a, approvals_b = int(self.marked[:, a].sum()), int(self.marked[:, b].sum())
        voters_a, voters_b = int(self.eligible[:, a].sum()), int(self.eligible[:, b].sum())
        value_a = Fraction(approvals_a, voters_a) if voters_a else Fraction(0)
        value_b = Fraction(approvals_b, voters_b) if voters_b else Fraction(0)
        if value_b >= value_a:
            return 0
        take, give = (voters_b, voters_a) if voters_b else (1, 0)  # nobody may vote on b: only taking from a helps
        needed = take * approvals_a - give * approvals_b
        has_a, has_b = self.marked[:, a].astype(np.int64), self.marked[:, b].astype(np.int64)
        may_a, may_b = self.eligible[:, a], self.eligible[:, b]
        others = self.choosable - may_a - may_b
        best = np.zeros(len(has_a), dtype=np.int64)  # leaving the ballot as it is
        for new_a in (0, 1):
            for new_b in (0, 1):
                picks = new_a + new_b
                allowed = (may_a | (new_a == 0)) & (may_b | (new_b == 0))
                if picks:  # not blank: it must reach the lowest number of picks with other candidates, and no more
                    allowed &= (picks <= self.highest) & (picks + others >= self.lowest)
                gain = take * (has_a - new_a) + give * (new_b - has_b)
                best = np.where(allowed, np.maximum(best, gain), best)
        return fewest(best, needed)


class _BordaSwap:
    """Borda: a changed ballot ranks b alone first (b scores one less than the candidates its expert may vote on)
    and leaves a unranked (a scores 0)."""

    def __init__(self, ranks: Array, marked: Mask, eligible: Mask) -> None:
        self.points = pairwise.borda_points(ranks, marked, eligible)
        self.eligible = eligible
        self.choosable = eligible.sum(axis=1)

    def swap(self, a: int, b: int) -> int | None:
        gap = int(self.points[:, a].sum() - self.points[:, b].sum())
        top = np.where(self.eligible[:, b], self.choosable - 1, 0)
        return fewest(self.points[:, a] + top - self.points[:, b], gap)


class _HeadToHeadSwap:
    """Head to head: a ballot ranking a above b can be reversed (2 closer), one ranking neither above the other can
    rank b above a (1 closer); a ballot whose expert is recused from a or b has no vote on the pair (0)."""

    def __init__(self, ranks: Array, marked: Mask, eligible: Mask) -> None:
        self.n_ab = pairwise.pairwise_counts(ranks, marked, eligible)
        self.ranks = ranks
        self.marked = marked
        self.eligible = eligible

    def swap(self, a: int, b: int) -> int | None:
        gap = int(self.n_ab[a, b] - self.n_ab[b, a])
        below_all = int(self.ranks.max(initial=0)) + 1
        pa = np.where(self.marked[:, a], self.ranks[:, a], below_all)
        pb = np.where(self.marked[:, b], self.ranks[:, b], below_all)
        voting = self.eligible[:, a] & self.eligible[:, b]
        gains = np.where(voting, np.where(pa < pb, 2, np.where(pa == pb, 1, 0)), 0)
        return fewest(gains, gap)


class _ScoreSwap:
    """Score: the cheapest way to bring b level with a moves a's highest scores to the bottom of the scale and b's
    lowest to the top (any other choice of as many scores leaves a higher or b lower, as every score method is
    monotone); so for j scores of a changed, the fewest of b's follow by bisection."""

    def __init__(self, profile: Profile, marked: Mask, counted: Mask, rules: Rules) -> None:
        low, high = rules.scale
        unit = math.lcm(profile.unit, low.denominator, high.denominator)
        cells = profile.cells[counted].astype(np.int64) * (unit // profile.unit)
        self.columns = scoring.column_scores(cells, marked, np.ones(len(cells), dtype=bool))
        self.method = scoring.SCORE_METHODS[rules.method]
        self.unit = unit
        self.low, self.high = int(low * unit), int(high * unit)
        self._down: dict[int, list[Fraction]] = {}
        self._up: dict[int, list[Fraction]] = {}

    def down(self, a: int) -> list[Fraction]:
        """a's value with its j highest scores moved to the bottom of the scale, for j = 0 … all."""
        if a not in self._down:
            column = self.columns[a]
            n = len(column)
            self._down[a] = [
                self.method(np.concatenate([np.full(j, self.low), column[: n - j]]), self.unit) for j in range(n + 1)
            ]
        return self._down[a]

    def up(self, b: int) -> list[Fraction]:
        """b's value with its j lowest scores moved to the top of the scale, for j = 0 … all (never decreasing)."""
        if b not in self._up:
            column = self.columns[b]
            self._up[b] = [
                self.method(np.concatenate([column[j:], np.full(j, self.high)]), self.unit)
                for j in range(len(column) + 1)
            ]
        return self._up[b]

    def swap(self, a: int, b: int) -> int | None:
        up = self.up(b)
        best: int | None = None
        for j, value in enumerate(self.down(a)):
            k = bisect_left(up, value)
            if k < len(up) and (best is None or j + k < best):
                best = j + k
        return best
