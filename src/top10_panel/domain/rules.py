"""A selection's counting rules: vote mode, method, seats, ballot limits and the tie-break chain."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from .errors import InputError


class Mode(StrEnum):
    APPROVAL = "approval"
    RANKING = "ranking"
    SCORE = "score"


METHODS: dict[Mode, tuple[str, ...]] = {
    Mode.APPROVAL: ("approval",),
    Mode.RANKING: ("schulze", "borda", "copeland"),
    Mode.SCORE: ("mean", "median", "trimmed_mean"),
}
"""Methods of each mode; the first is the mode's default (SPEC §7)."""

DECISION_RULES = ("runoff", "chair", "lot")
"""Rules that need something from outside the ballots: a runoff stage, a chair's decision, a seed text."""

TIE_BREAK_RULES: dict[Mode, tuple[str, ...]] = {
    Mode.APPROVAL: DECISION_RULES,
    Mode.RANKING: ("pairwise", "first_choices", "borda", *DECISION_RULES),
    Mode.SCORE: ("first_choices", "mean", "median", *DECISION_RULES),
}

DEFAULT_CHAIN: dict[Mode, tuple[str, ...]] = {
    Mode.APPROVAL: (),
    Mode.RANKING: ("pairwise", "first_choices"),
    Mode.SCORE: ("median", "first_choices"),
}
"""SPEC §3: with no chain set, an approval tie at the cut stays open (同票重投)."""


@dataclass(frozen=True)
class Rules:
    """Everything the count depends on, fixed before voting."""

    mode: Mode
    method: str = ""
    seats: int = 10
    max_picks: int | None = 10
    min_picks: int = 0
    max_ranks: int | None = None
    scale: tuple[Fraction, Fraction] = (Fraction(0), Fraction(10))
    tie_break: tuple[str, ...] | None = None
    allow_rank_ties: bool = True
    allow_rank_gaps: bool = True
    ordered_top: bool = True
    """Whether the top seats are published in order, which makes ties inside them matter."""

    def __post_init__(self) -> None:
        if not self.method:
            object.__setattr__(self, "method", METHODS[self.mode][0])
        if self.tie_break is None:
            object.__setattr__(self, "tie_break", DEFAULT_CHAIN[self.mode])
        self.check()

    @property
    def chain(self) -> tuple[str, ...]:
        return self.tie_break or ()

    def check(self) -> None:
        """Raise InputError when the rules contradict themselves."""
        if self.method not in METHODS[self.mode]:
            raise InputError(
                f"method '{self.method}' does not belong to {self.mode} mode",
                fix=f"use one of: {', '.join(METHODS[self.mode])}",
            )
        if self.seats < 1:
            raise InputError(f"seats must be at least 1, not {self.seats}", fix="give --seats 1 or more")
        if self.min_picks < 0:
            raise InputError("min_picks cannot be negative", fix="give --min-picks 0 or more")
        if self.max_picks is not None and self.max_picks < max(1, self.min_picks):
            raise InputError(
                f"max_picks {self.max_picks} is below min_picks {self.min_picks} or below 1",
                fix="give --max-picks at least --min-picks and at least 1",
            )
        if self.max_ranks is not None and self.max_ranks < 1:
            raise InputError("max_ranks must be at least 1", fix="give --max-ranks 1 or more")
        low, high = self.scale
        if not low < high:
            raise InputError(f"the score scale {low}–{high} is empty", fix="give --scale LO-HI with LO < HI")
        allowed = TIE_BREAK_RULES[self.mode]
        for rule in self.chain:
            if rule not in allowed:
                raise InputError(
                    f"tie-break rule '{rule}' does not apply in {self.mode} mode",
                    fix=f"use rules from: {', '.join(allowed)}",
                )
        if len(set(self.chain)) != len(self.chain):
            raise InputError("a tie-break rule appears twice in the chain", fix="name each rule once")
        if "lot" in self.chain and self.chain[-1] != "lot":
            raise InputError(
                "the lot draw settles every tie, so it can only be the last rule of the chain",
                fix="move lot to the end of --tie-break",
            )
