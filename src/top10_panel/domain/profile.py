"""Ballots of one stage as arrays: one row per expert, one column per candidate."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

import numpy as np
import numpy.typing as npt

from .people import Candidate
from .rules import Mode, Rules

Array = npt.NDArray[Any]
Mask = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class Profile:
    """The cast ballots of a stage.

    ``cells`` holds, per mode: approval — 1 for approve, 0 for not; ranking — the rank number as written
    (1 = best, 0 = unranked; only the order of the numbers counts); score — the score in units of
    1/``unit`` (so scores are exact integers), with ``scored`` marking the cells that hold a score.
    ``eligible`` is False where the expert is recused from the candidate (None: no recusals).
    """

    mode: Mode
    candidates: tuple[Candidate, ...]
    experts: Sequence[str]
    cells: Array
    scored: Mask | None = None
    unit: int = 1
    eligible: Mask | None = None
    sources: Sequence[int] | Array | None = None
    panels: Sequence[str] | Array | None = None
    """Which panel each ballot belongs to (None: all are the experts'), for weighted sources."""
    """Where each ballot came from, e.g. the row number in a ballot matrix (for messages)."""

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.candidates)

    def marked(self) -> Mask:
        """Cells that carry a vote: approved, ranked or scored (recused cells never do)."""
        if self.mode is Mode.SCORE:
            assert self.scored is not None
            marked = self.scored
        elif self.mode is Mode.APPROVAL and self.cells.dtype == np.uint8:
            marked = self.cells.view(np.bool_)  # approvals are stored as bytes 0/1: the same memory, no copy
        else:
            marked = self.cells > 0
        if self.eligible is not None:
            marked = marked & self.eligible
        return marked


class BallotStatus(StrEnum):
    VALID = "valid"
    ABSTAIN = "abstain"
    INVALID = "invalid"


@dataclass(frozen=True)
class BallotNote:
    """Something said about one ballot: why it is void, or what was dropped from it."""

    expert: str
    source: int | None
    reason: str


InvalidBallot = BallotNote


@dataclass(frozen=True)
class CheckedBallots:
    """Which ballots count: ``counted`` is every valid ballot, abstentions included."""

    counted: Mask
    abstain: Mask
    invalid: tuple[InvalidBallot, ...]

    @property
    def summary(self) -> dict[str, int]:
        valid = int(self.counted.sum())
        invalid = len(self.invalid)
        return {
            "valid": valid,
            "abstain": int(self.abstain.sum()),
            "invalid": invalid,
            "returned": valid + invalid,
        }


def check_ballots(profile: Profile, rules: Rules) -> CheckedBallots:
    """Apply the validity rules of SPEC §3 to every ballot, vectorised over the rows."""
    marked = profile.marked()
    picks = np.count_nonzero(marked, axis=1)
    n = len(profile.experts)
    reasons: list[tuple[Mask, str]] = []
    if profile.mode is Mode.APPROVAL:
        if rules.max_picks is not None:
            reasons.append((picks > rules.max_picks, f"over-vote: {{k}} picks, at most {rules.max_picks} allowed"))
        if rules.min_picks > 0:
            under = (picks > 0) & (picks < rules.min_picks)
            reasons.append((under, f"under-vote: {{k}} picks, at least {rules.min_picks} required"))
    elif profile.mode is Mode.RANKING:
        if rules.max_ranks is not None:
            over = picks > rules.max_ranks
            reasons.append((over, f"over-vote: {{k}} candidates ranked, at most {rules.max_ranks} allowed"))
        if not rules.allow_rank_ties or not rules.allow_rank_gaps:
            ranks = np.sort(np.where(marked, profile.cells, 0), axis=1)
            if not rules.allow_rank_ties:
                repeated = ((ranks[:, 1:] == ranks[:, :-1]) & (ranks[:, 1:] > 0)).any(axis=1)
                reasons.append((repeated, "repeated rank: two candidates share a rank, which the rules forbid"))
            if not rules.allow_rank_gaps:
                top = ranks.max(axis=1, initial=0)
                distinct = np.array([len(np.unique(r[r > 0])) for r in ranks]) if n else np.zeros(0, int)
                skipped = (top > distinct) & (picks > 0)
                reasons.append((skipped, "skipped rank: ranks must run 1, 2, 3 … without gaps"))
    elif profile.mode is Mode.SCORE:
        low, high = (value * profile.unit for value in rules.scale)
        off_scale: Mask = np.asarray((marked & ((profile.cells < low) | (profile.cells > high))).any(axis=1))
        reasons.append((off_scale, f"a score outside the scale {rules.scale[0]}–{rules.scale[1]}"))
    bad = np.zeros(n, dtype=bool)
    found: list[tuple[int, InvalidBallot]] = []
    for mask, template in reasons:
        for i in np.flatnonzero(mask & ~bad):
            source = int(profile.sources[i]) if profile.sources is not None else None
            found.append((int(i), InvalidBallot(profile.experts[i], source, template.format(k=int(picks[i])))))
        bad |= mask
    found.sort(key=lambda item: item[0])
    counted = ~bad
    return CheckedBallots(counted=counted, abstain=counted & (picks == 0), invalid=tuple(ballot for _, ballot in found))


def drop_excess(profile: Profile, rules: Rules) -> tuple[Profile, tuple[BallotNote, ...]]:
    """Apply the over-vote rule 'excess': keep only the best max_ranks ranks of an over-long ranking.

    A tie that straddles the limit is dropped whole, so that no ballot keeps more than max_ranks candidates.
    """
    if rules.over_vote != "excess" or profile.mode is not Mode.RANKING or rules.max_ranks is None:
        return profile, ()
    marked = profile.marked()
    picks = marked.sum(axis=1)
    over = np.flatnonzero(picks > rules.max_ranks)
    if not len(over):
        return profile, ()
    cells = profile.cells.copy()
    notes = []
    for i in over:
        ranks = np.where(marked[i], cells[i], 0)
        ranked = ranks[ranks > 0]
        # A candidate's position is 1 + the candidates ranked strictly above; its tie ends at the last position
        # any candidate of the same rank holds.
        ends = np.array([np.count_nonzero(ranked <= r) for r in ranks])
        keep = (ranks > 0) & (ends <= rules.max_ranks)
        cells[i, ~keep] = 0
        source = int(profile.sources[i]) if profile.sources is not None else None
        notes.append(
            BallotNote(
                profile.experts[i],
                source,
                f"over-vote: {int(picks[i])} candidates ranked; only the best {int(keep.sum())} are counted",
            )
        )
    return replace(profile, cells=cells), tuple(notes)


class Chained(Sequence[str]):
    """Several sequences of ids read as one, without copying a million strings."""

    def __init__(self, parts: Sequence[Sequence[str]]) -> None:
        self._parts = list(parts)
        self._ends = np.cumsum([len(p) for p in self._parts])

    def __len__(self) -> int:
        return int(self._ends[-1]) if len(self._ends) else 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        part = int(np.searchsorted(self._ends, index, side="right"))
        start = int(self._ends[part - 1]) if part else 0
        return self._parts[part][index - start]


def stack(profiles: Sequence[Profile]) -> Profile:
    """One profile of the rows of several over the same candidates (e.g. the experts' ballots and a public vote)."""
    first = profiles[0]
    unit = math.lcm(*(p.unit for p in profiles))
    cells = np.concatenate([p.cells.astype(np.int64) * (unit // p.unit) for p in profiles])
    scored = np.concatenate([p.scored for p in profiles if p.scored is not None]) if first.scored is not None else None
    eligible = None
    if any(p.eligible is not None for p in profiles):
        eligible = np.concatenate(
            [p.eligible if p.eligible is not None else np.ones(p.cells.shape, dtype=bool) for p in profiles]
        )
    panels = np.concatenate(
        [np.asarray(p.panels) if p.panels is not None else np.full(len(p.experts), "experts") for p in profiles]
    )
    return Profile(
        first.mode,
        first.candidates,
        Chained([p.experts for p in profiles]),
        cells,
        scored,
        unit,
        eligible,
        panels=panels,
    )
