"""Ranking-mode methods on the pairwise count: Borda, Copeland, Schulze (SPEC §3)."""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from .profile import Array, Mask


def pairwise_counts(ranks: Array, marked: Mask, eligible: Mask | None = None) -> Array:
    """N[a][b] = ballots ranking a strictly above b; ranked beats unranked; equal or both unranked: neither.

    A ballot whose expert is recused from a or from b has no vote on that pair (SPEC §3, recusal): it counts for
    neither, where an unranked candidate would lose to every ranked one.
    """
    m = ranks.shape[1]
    # Unranked sorts below every rank; the narrowest integer type that holds it makes the compares cheap.
    below_all = int(ranks.max(initial=0)) + 1
    if eligible is not None and not eligible.all():
        by_candidate = _positions_with_recusals(ranks, marked, eligible, below_all)
    else:
        dtype = np.uint16 if below_all <= np.iinfo(np.uint16).max else np.int64
        # One contiguous row per candidate makes each pair a single vector compare and a SIMD count.
        by_candidate = np.ascontiguousarray(np.where(marked, ranks, below_all).T, dtype=dtype)
    n_ab = np.zeros((m, m), dtype=np.int64)
    for a in range(m):
        row = by_candidate[a]
        for b in range(m):
            if a != b:
                n_ab[a, b] = np.count_nonzero(row < by_candidate[b])
    return n_ab


def _positions_with_recusals(ranks: Array, marked: Mask, eligible: Mask, below_all: int) -> Array:
    """Positions by candidate as floats, NaN where the expert is recused: NaN compares false both ways, so the
    pair counts for neither with the same single vector compare per pair."""
    position = np.where(marked, ranks, below_all)
    if below_all >= 1 << 24:  # beyond float32's exact integers: only the order of the numbers counts, so renumber
        position = np.unique(position, return_inverse=True)[1].reshape(position.shape)
    return np.ascontiguousarray(np.where(eligible, position, np.nan).T, dtype=np.float32)


def borda_points(ranks: Array, marked: Mask, eligible: Mask | None = None) -> Array:
    """points[i, c] = candidates ballot i ranks c strictly above, leaving out those its expert is recused from."""
    below_all = int(ranks.max(initial=0)) + 1
    if eligible is not None and not eligible.all():
        position = _positions_with_recusals(ranks, marked, eligible, below_all).T
    else:
        position = np.where(marked, ranks, below_all)
    return np.asarray((position[:, :, None] < position[:, None, :]).sum(axis=2), dtype=np.int64)


def borda_scores(n_ab: Array) -> list[int]:
    """A candidate scores, on each ballot, the number of candidates it is ranked strictly above."""
    return [int(v) for v in n_ab.sum(axis=1)]


def copeland_scores(n_ab: Array, among: list[int] | None = None) -> list[Fraction]:
    """Pairwise wins + ½ × pairwise ties, counted within ``among`` (default: all candidates)."""
    idx = list(range(n_ab.shape[0])) if among is None else among
    scores = []
    for a in idx:
        wins = sum(1 for b in idx if b != a and n_ab[a, b] > n_ab[b, a])
        ties = sum(1 for b in idx if b != a and n_ab[a, b] == n_ab[b, a])
        scores.append(wins + Fraction(ties, 2))
    return scores


def schulze_strengths(n_ab: Array) -> tuple[Array, Array]:
    """Winning-votes link strengths d and strongest-path strengths p (widest paths)."""
    d = np.where(n_ab > n_ab.T, n_ab, 0)
    np.fill_diagonal(d, 0)
    p = d.copy()
    m = p.shape[0]
    for i in range(m):
        # p[j][k] = max(p[j][k], min(p[j][i], p[i][k])) for all j, k at once; the diagonal is ignored.
        np.maximum(p, np.minimum(p[:, i : i + 1], p[i : i + 1, :]), out=p)
    np.fill_diagonal(p, 0)
    return d, p


def schulze_groups(p: Array) -> list[list[int]]:
    """The full Schulze order as tie groups: each group is the candidates nobody left beats (p[b][a] > p[a][b])."""
    beats = p > p.T
    remaining = list(range(p.shape[0]))
    groups = []
    while remaining:
        group = [a for a in remaining if not any(beats[b, a] for b in remaining)]
        if not group:  # cannot happen: the Schulze relation is acyclic; kept as a guard against a loop
            group = remaining
        groups.append(group)
        remaining = [a for a in remaining if a not in group]
    return groups


def schulze_wins(p: Array) -> list[int]:
    """How many candidates each candidate beats in the Schulze relation (shown as its score)."""
    return [int(v) for v in (p > p.T).sum(axis=1)]
