"""Approval and score methods: one exact value per candidate (SPEC §3)."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from .profile import Array, Mask


@dataclass(frozen=True)
class ApprovalCounts:
    """Approvals of each candidate, the experts eligible to vote on it, and the share that orders the list."""

    counts: list[int]
    eligible: list[int]

    @property
    def shares(self) -> list[Fraction]:
        return [Fraction(c, e) if e else Fraction(0) for c, e in zip(self.counts, self.eligible, strict=True)]


def approval_counts(marked: Mask, counted: Mask, eligible: Mask | None) -> ApprovalCounts:
    """Count approvals over the counted ballots; with recusals, each candidate's own electorate."""
    counts = np.count_nonzero(marked, axis=0)
    if not counted.all():  # few ballots are void: subtracting them is cheaper than copying the rest
        counts = counts - np.count_nonzero(marked[~counted], axis=0)
    if eligible is None:
        electorate = [int(counted.sum())] * marked.shape[1]
    else:
        electorate = [int(v) for v in eligible[counted].sum(axis=0)]
    return ApprovalCounts([int(v) for v in counts], electorate)


def column_scores(cells: Array, marked: Mask, counted: Mask) -> list[Array]:
    """Each candidate's scores (in units) from the counted ballots that scored it, sorted ascending."""
    keep = marked & counted[:, None]
    return [np.sort(cells[keep[:, j], j]) for j in range(cells.shape[1])]


def mean(scores: Array, unit: int) -> Fraction:
    """Exact mean; a candidate nobody scored has no support and counts as 0."""
    return Fraction(int(scores.sum()), len(scores) * unit) if len(scores) else Fraction(0)


def median(scores: Array, unit: int) -> Fraction:
    """The middle score; for an even count, the mean of the two middle ones."""
    k = len(scores)
    if not k:
        return Fraction(0)
    if k % 2:
        return Fraction(int(scores[k // 2]), unit)
    return Fraction(int(scores[k // 2 - 1]) + int(scores[k // 2]), 2 * unit)


def trimmed_mean(scores: Array, unit: int) -> Fraction:
    """Mean after dropping one highest and one lowest score, when at least 5 scores exist."""
    if len(scores) >= 5:
        return mean(scores[1:-1], unit)
    return mean(scores, unit)


SCORE_METHODS = {"mean": mean, "median": median, "trimmed_mean": trimmed_mean}


def top_marks(cells: Array, marked: Mask, counted: Mask, top: int) -> list[int]:
    """How many counted ballots give each candidate the top of the scale."""
    hits = (cells == top) & marked & counted[:, None]
    return [int(v) for v in hits.sum(axis=0)]


def first_places(cells: Array, marked: Mask, counted: Mask) -> list[int]:
    """How many counted ballots rank each candidate first (no candidate ranked strictly above it)."""
    big = np.iinfo(np.int64).max
    ranks = np.where(marked, cells.astype(np.int64), big)
    best = ranks.min(axis=1, initial=big)
    hits = marked & (ranks == best[:, None]) & counted[:, None]
    return [int(v) for v in hits.sum(axis=0)]
