"""What a tally produces: plain, immutable data for every layer above to show or store."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from .people import Candidate
from .profile import Array, InvalidBallot
from .rules import Rules

Value = Fraction | int | str
"""An exact figure a method or tie-break rule compared (str: a lot draw's hash)."""


class SeatStatus(StrEnum):
    SEAT = "seat"
    OPEN = "open"
    OUT = "out"


@dataclass(frozen=True)
class RankedCandidate:
    candidate: Candidate
    score: Fraction
    rank: int
    """Competition rank under the method alone: 1 + candidates strictly ahead."""
    place: int
    """Competition rank after the tie-break steps."""
    status: SeatStatus
    detail: tuple[tuple[str, Value], ...] = ()
    """Figures behind the score, e.g. approvals and eligible experts."""


@dataclass(frozen=True)
class TieBreakStep:
    rule: str
    among: tuple[str, ...]
    values: tuple[tuple[str, Value], ...]
    order: tuple[tuple[str, ...], ...]
    """The groups the rule produced, best first; a group of more than one is still tied."""


@dataclass(frozen=True)
class TieGroup:
    among: tuple[str, ...]
    first: int
    last: int
    """Positions the group spans under the method alone (1-based, inclusive)."""
    matters: bool
    settled: bool


@dataclass(frozen=True)
class TallyResult:
    rules: Rules
    fingerprint: str
    candidates: tuple[Candidate, ...]
    """In the profile's order, which is also the order of the pairwise matrix."""
    ranking: tuple[RankedCandidate, ...]
    """Every candidate in method order."""
    final: tuple[tuple[str, ...], ...]
    """The order after tie-breaks, as groups; a group of more than one is still tied."""
    top: tuple[str, ...]
    open: tuple[str, ...]
    waiting_for: str
    """The chain's rule that must be carried out to settle the open tie ('' when the chain is spent)."""
    ties: tuple[TieGroup, ...]
    tie_breaks: tuple[TieBreakStep, ...]
    ballots: dict[str, int]
    invalid: tuple[InvalidBallot, ...]
    pairwise: Array | None = None

    @property
    def open_seats(self) -> int:
        return self.rules.seats - len(self.top) if self.open else 0
