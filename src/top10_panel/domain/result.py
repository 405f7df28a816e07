"""What a tally produces: plain, immutable data for every layer above to show or store."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from .agreement import Agreement
from .people import Candidate
from .profile import Array, BallotNote
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
class Decision:
    """A tie settled from outside the ballots: a chair's decision, a runoff's result, or a lot draw's seed."""

    kind: str
    """chair, runoff or lot."""
    among: tuple[str, ...]
    order: tuple[tuple[str, ...], ...] = ()
    """chair and runoff: the decided order, best first; lot: computed from the seed."""
    seed: str = ""
    by: str = ""
    reason: str = ""
    at: str = ""


@dataclass(frozen=True)
class TieBreakStep:
    rule: str
    among: tuple[str, ...]
    values: tuple[tuple[str, Value], ...]
    order: tuple[tuple[str, ...], ...]
    """The groups the rule produced, best first; a group of more than one is still tied."""
    record: tuple[tuple[str, str], ...] = ()
    """For a decision: who, when, why, the seed."""


@dataclass(frozen=True)
class TieGroup:
    among: tuple[str, ...]
    first: int
    last: int
    """Positions the group spans under the method alone (1-based, inclusive; within its category with quotas)."""
    matters: bool
    settled: bool
    category: str = ""


@dataclass(frozen=True)
class OpenTie:
    """A tie across a cut line that no applied rule settled: these candidates compete for ``seats`` seats."""

    among: tuple[str, ...]
    seats: int
    waiting_for: str
    """The chain's rule to carry out next ('' when the chain is spent)."""
    category: str = ""


@dataclass(frozen=True)
class Quorum:
    invited: int
    valid: int
    share: Fraction

    @property
    def met(self) -> bool:
        """More than the share of the invited experts returned valid ballots."""
        return self.valid > self.share * self.invited


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
    open_ties: tuple[OpenTie, ...]
    ties: tuple[TieGroup, ...]
    tie_breaks: tuple[TieBreakStep, ...]
    ballots: dict[str, int]
    invalid: tuple[BallotNote, ...]
    notes: tuple[BallotNote, ...] = ()
    """Counted ballots the rules changed, e.g. ranks dropped past max_ranks."""
    pairwise: Array | None = None
    quorum: Quorum | None = None
    agreement: Agreement | None = None
    """How much the experts agree (Kendall's W and the figures beside it)."""

    @property
    def open(self) -> tuple[str, ...]:
        return tuple(code for tie in self.open_ties for code in tie.among)

    @property
    def open_seats(self) -> int:
        return sum(tie.seats for tie in self.open_ties)

    @property
    def waiting_for(self) -> str:
        return self.open_ties[0].waiting_for if self.open_ties else ""

    @property
    def provisional(self) -> bool:
        """Open ties, or a quorum not yet met."""
        return bool(self.open_ties) or (self.quorum is not None and not self.quorum.met)
