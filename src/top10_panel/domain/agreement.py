"""How much the panel agrees (SPEC §3 "Panel agreement", 专家意见协调程度): Kendall's W with the tie correction, its
χ² test, the response rate (专家积极系数) and each expert's Spearman correlation with the panel's order.

Every counted, non-blank ballot of the experts' panel becomes ranks 1…N with ties as mid-ranks: ranking — its
ranks (only their order counts); approval — the approved share the first places, the rest the last; score — its
scores, higher first. The candidates a ballot leaves unranked or unscored, or is recused from, share the mean of the
remaining places. Mid-ranks are halves, so everything is counted in twice-ranks, as integers, and W and χ² are exact
fractions; only the p-value and the correlations (square roots) are floats.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from .chi2 import chi2_sf
from .profile import Array, Mask, Profile
from .rules import DEFAULT_PANEL, Mode

MAX_LISTED = 500
"""Each expert's correlation is listed for a panel of experts; a larger electorate (a public vote counted as a
ballot matrix) gets only the aggregate figures."""

BANDS = ((Fraction(9, 10), "very_strong"), (Fraction(7, 10), "high"), (Fraction(5, 10), "fairly_high"),
         (Fraction(3, 10), "moderate"), (Fraction(1, 10), "low"), (Fraction(0), "very_low"))  # fmt: skip
"""Wording of W, after Schmidt (1997), "Managing Delphi surveys using nonparametric statistical techniques",
Decision Sciences 28(3): W ≥ 0.9 unusually strong (极高), ≥ 0.7 strong (很高), ≥ 0.5 moderately strong (较高),
≥ 0.3 moderate (中等), ≥ 0.1 weak (较低), below that very weak (很低)."""


@dataclass(frozen=True)
class ExpertAgreement:
    expert: str
    """The expert's name, or in secret mode the anonymous id the result shows."""
    spearman: float | None
    """Spearman's ρ between the expert's ranks and the panel's order; None when either has no spread (all tied)."""


@dataclass(frozen=True)
class Agreement:
    experts: int
    """K: the counted, non-blank ballots of the experts' panel."""
    candidates: int
    """N."""
    w: Fraction | None
    """Kendall's W; None with fewer than two ballots or two candidates, or when every ballot ties everything."""
    chi2: Fraction | None
    """K(N−1)W."""
    df: int
    p_value: float | None
    """Upper tail of χ² on ``df`` degrees of freedom."""
    ties: int
    """ΣT = Σ(t³ − t) over each ballot's tie groups."""
    unranked: int
    """(ballot, candidate) pairs left unranked or unscored, placed at the mean of the remaining places."""
    recused: int
    """(ballot, candidate) pairs of a recusal, placed likewise."""
    returned: int
    """Ballots the experts returned (counted or voided by the rules)."""
    invited: int | None
    rank_sums: tuple[tuple[str, Fraction], ...]
    """Rᵢ of every candidate, in the profile's order: the panel's order is by ascending Rᵢ."""
    by_expert: tuple[ExpertAgreement, ...]
    """By expert name (or anonymous id); empty when more than MAX_LISTED ballots were counted."""

    @property
    def response_rate(self) -> Fraction | None:
        """专家积极系数: returned ÷ invited."""
        return Fraction(self.returned, self.invited) if self.invited else None

    @property
    def band(self) -> str:
        """The wording band of W (BANDS); '' when W is not defined."""
        if self.w is None:
            return ""
        return next(name for bound, name in BANDS if self.w >= bound)

    @property
    def significance(self) -> str:
        """'p < 0.001', 'p < 0.01', 'p < 0.05' or 'p = 0.23' (two digits); '' when there is no test."""
        p = self.p_value
        if p is None:
            return ""
        for bound in (0.001, 0.01, 0.05):
            if p < bound:
                return f"p < {bound:g}"
        return f"p = {p:.2f}"

    @property
    def significant(self) -> bool:
        return self.p_value is not None and self.p_value < 0.05


def twice_ranks(profile: Profile, rows: Mask) -> tuple[Array, Array]:
    """The chosen ballots as twice their mid-ranks (K × N integers), and ΣT of each ballot (SPEC §3)."""
    marked = profile.marked()[rows]
    k, n = marked.shape
    picks = np.count_nonzero(marked, axis=1).astype(np.int64)
    if profile.mode is Mode.APPROVAL:
        # The approved hold places 1 … picks, the rest picks+1 … N: doubled means picks + 1 and picks + N + 1.
        twice = np.where(marked, (picks + 1)[:, None], (picks + n + 1)[:, None]).astype(np.int64)
        return twice, _approval_ties(picks, n)
    cells = profile.cells[rows].astype(np.int64)
    keys = cells if profile.mode is Mode.RANKING else -cells
    # One sorted array for all rows: each row's keys are shifted into a band of their own, the unmarked cells at
    # the band's top, so that one searchsorted gives every cell the count of keys below it and up to it in its row.
    low = int(keys[marked].min()) if marked.any() else 0
    keys = np.where(marked, keys - low, 0)
    span = int(keys.max(initial=0)) + 2
    keys = np.where(marked, keys, span - 1) + np.arange(k, dtype=np.int64)[:, None] * span
    ordered = np.sort(keys, axis=None)
    base = np.arange(k, dtype=np.int64)[:, None] * n
    below = np.searchsorted(ordered, keys, side="left") - base
    upto = np.searchsorted(ordered, keys, side="right") - base
    size = upto - below
    ties = (size**2 - 1).sum(axis=1)  # a group of t cells, each t² − 1: t³ − t for the group
    return (below + upto + 1).astype(np.int64), ties.astype(np.int64)


def _approval_ties(picks: Array, n: int) -> Array:
    rest = n - picks
    return np.asarray(picks**3 - picks + rest**3 - rest, dtype=np.int64)


def _approval_sums(profile: Profile, rows: Mask) -> tuple[list[int], int]:
    """Twice the rank sums and ΣT of approval ballots without the K × N matrix of ranks (a million ballots)."""
    marked = profile.marked()[rows]
    n = marked.shape[1]
    picks = np.count_nonzero(marked, axis=1).astype(np.int64)
    # twice_ij = picks_i + N + 1 − N·[approved]: summed over the ballots, column by column.
    base = int((picks + n + 1).sum())
    approvals = np.count_nonzero(marked, axis=0)
    return [base - n * int(v) for v in approvals], int(_approval_ties(picks, n).sum())


def agreement(
    profile: Profile, counted: Mask, abstain: Mask, invited: int | None = None, *, listed: int = MAX_LISTED
) -> Agreement:
    """Kendall's W and the figures beside it, over the experts' counted, non-blank ballots of ``profile``."""
    experts = np.ones(len(profile.experts), dtype=bool)
    if profile.panels is not None:
        experts = np.asarray(profile.panels) == DEFAULT_PANEL
    rows = counted & ~abstain & experts
    k, n = int(rows.sum()), len(profile.candidates)
    recused = int(np.count_nonzero(~profile.eligible[rows])) if profile.eligible is not None else 0
    unranked = 0  # in approval a candidate not approved is placed by the ballot itself; only recusals are filled
    twice = None
    if profile.mode is Mode.APPROVAL and k > listed:
        sums2, total_ties = _approval_sums(profile, rows)
    else:
        twice, ties = twice_ranks(profile, rows)
        sums2 = [int(v) for v in twice.sum(axis=0)] if k else [0] * n
        total_ties = int(ties.sum())
    if profile.mode is not Mode.APPROVAL:
        unranked = k * n - int(np.count_nonzero(profile.marked()[rows])) - recused
    w = chi2 = None
    p = None
    denominator = k * k * (n**3 - n) - k * total_ties
    if k >= 2 and n >= 2 and denominator > 0:
        # S = Σ(Rᵢ − R̄)², with Rᵢ = sums2ᵢ / 2: 4N·S = N·Σsums2² − (Σsums2)².
        s = Fraction(n * sum(v * v for v in sums2) - sum(sums2) ** 2, 4 * n)
        w = 12 * s / denominator
        chi2 = k * (n - 1) * w
        p = chi2_sf(float(chi2), n - 1)
    by_expert: tuple[ExpertAgreement, ...] = ()
    if twice is not None and k <= listed:
        names = [str(profile.experts[i]) for i in np.flatnonzero(rows)]
        pairs = zip(names, _spearman(twice, sums2), strict=True)
        # In the experts' order by name, so that the order the ballots arrived in shows nowhere.
        by_expert = tuple(sorted((ExpertAgreement(name, rho) for name, rho in pairs), key=lambda e: e.expert))
    return Agreement(
        experts=k,
        candidates=n,
        w=w,
        chi2=chi2,
        df=max(n - 1, 0),
        p_value=p,
        ties=total_ties,
        unranked=unranked,
        recused=recused,
        returned=int(experts.sum()),
        invited=invited,
        rank_sums=tuple((c.code, Fraction(v, 2)) for c, v in zip(profile.candidates, sums2, strict=True)),
        by_expert=by_expert,
    )


def panel_order(sums2: list[int]) -> Array:
    """Twice the mid-ranks of the rank sums: the panel's order, smallest sum first."""
    values = np.asarray(sums2, dtype=np.int64)
    ordered = np.sort(values)
    below = np.searchsorted(ordered, values, side="left")
    upto = np.searchsorted(ordered, values, side="right")
    return (below + upto + 1).astype(np.int64)


def _spearman(twice: Array, sums2: list[int]) -> list[float | None]:
    """ρ of each ballot with the panel's order: Pearson's correlation of the two sets of mid-ranks, from exact
    integer sums, so that only the final square root is rounded."""
    n = twice.shape[1]
    panel = panel_order(sums2)
    sum_y = int(panel.sum())
    spread_y = n * int((panel * panel).sum()) - sum_y * sum_y
    out: list[float | None] = []
    for row in twice:
        sum_x = int(row.sum())
        spread_x = n * int((row * row).sum()) - sum_x * sum_x
        if spread_x <= 0 or spread_y <= 0:
            out.append(None)
            continue
        covariance = n * int((row * panel).sum()) - sum_x * sum_y
        out.append(covariance / math.sqrt(spread_x) / math.sqrt(spread_y))
    return out
