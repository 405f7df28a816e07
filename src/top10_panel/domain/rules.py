"""A selection's counting rules: vote mode, method, seats, ballot limits and the tie-break chain."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from enum import StrEnum
from fractions import Fraction
from typing import Any

from .criteria import NORMALISATIONS, check_criteria
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
    over_vote: str = "void"
    """void: an over-vote voids the whole ballot (多选作废); excess: only the ranks past max_ranks are dropped."""
    deadline: str = ""
    """ISO 8601 date-time; a ballot received later is flagged and counted only by a recorded decision."""
    quorum: Fraction = Fraction(2, 3)
    """The result is provisional until more than this share of the invited experts returned valid ballots."""
    quotas: tuple[tuple[str, int], ...] = ()
    """Seats per category, e.g. (("知识创新", 7), ("技术创新", 3)); they add up to the seats."""
    weights: tuple[tuple[str, Fraction], ...] = ()
    """Weighted sources, e.g. (("experts", 7/10), ("public", 3/10)): the final value is the weighted sum of each
    panel's own value (approval share, or the score method's value). Approval and score modes only."""
    secret: bool = False
    """无记名: exports and screens show only aggregates and anonymous ids."""
    publication_order: str = "result"
    """Order of the chosen in publication: result, category, date, pinyin or stroke (the last two: 排名不分先后)."""
    # The notice's two fields stay out of the repr as out of the fingerprint: samples that hash the repr keep theirs.
    notice_until: str = field(default="", repr=False)
    """公示: the last day (ISO date) on which objections to the chosen list are taken; '' when none is planned."""
    notice_contact: str = field(default="", repr=False)
    """公示: where objections go (office, telephone, e-mail), as the notice prints it."""

    # Criteria and normalisation stay out of the repr, and out of the stored rules while unset, as the notice does:
    # every selection made before them keeps its stored rules and its fingerprint.
    criteria: tuple[tuple[str, Fraction], ...] = field(default=(), repr=False)
    """Score criteria with weights, e.g. (("创新性", 2/5), ("影响力", 2/5), ("代表性", 1/5)); score mode only."""
    normalise: str = field(default="", repr=False)
    """'z': each expert's scores standardised before the mean (harsh and lenient experts); '' for none."""

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
        self._check_selection_rules()
        if "lot" in self.chain and self.chain[-1] != "lot":
            raise InputError(
                "the lot draw settles every tie, so it can only be the last rule of the chain",
                fix="move lot to the end of --tie-break",
            )

    def _check_selection_rules(self) -> None:
        if self.over_vote not in OVER_VOTE:
            raise InputError(f"unknown over-vote rule '{self.over_vote}'", fix=f"use one of: {', '.join(OVER_VOTE)}")
        if self.over_vote == "excess" and self.mode is not Mode.RANKING:
            raise InputError(
                "only ranking ballots have an order by which to drop the excess",
                fix="use the over-vote rule void (多选作废) in approval and score modes",
            )
        if not 0 <= self.quorum < 1:
            raise InputError(f"quorum {self.quorum} is not a share below 1", fix="give a share such as 2/3")
        if self.publication_order not in PUBLICATION_ORDERS:
            raise InputError(
                f"unknown publication order '{self.publication_order}'",
                fix=f"use one of: {', '.join(PUBLICATION_ORDERS)}",
            )
        if self.quotas:
            names = [name for name, _ in self.quotas]
            if len(set(names)) != len(names) or any(not name.strip() for name in names):
                raise InputError("each category quota needs its own category name", fix="name each category once")
            if any(seats < 1 for _, seats in self.quotas) or sum(seats for _, seats in self.quotas) != self.seats:
                raise InputError(
                    f"the category quotas ({', '.join(f'{n}={k}' for n, k in self.quotas)}) "
                    f"do not add up to the {self.seats} seats",
                    fix="make the quotas add up to the number of seats",
                )
        if self.weights:
            panels = [name for name, _ in self.weights]
            if self.mode is Mode.RANKING:
                raise InputError(
                    "weighted sources combine approval shares or scores; ranking methods do not add up",
                    fix="use approval or score mode for a weighted selection",
                )
            if DEFAULT_PANEL not in panels or len(set(panels)) != len(panels) or len(panels) < 2:
                raise InputError(
                    f"weighted sources need the '{DEFAULT_PANEL}' panel and at least one other, each named once",
                    fix="give e.g. --weights experts=70%,public=30%",
                )
            if any(w <= 0 for _, w in self.weights) or sum(w for _, w in self.weights) != 1:
                raise InputError(
                    "the weights of the sources must be positive and add up to 100%",
                    fix="give e.g. --weights experts=70%,public=30%",
                )
        self._check_notice()
        self._check_criteria()
        if self.deadline:
            try:
                datetime.fromisoformat(self.deadline)
            except ValueError:
                raise InputError(
                    f"deadline '{self.deadline}' is not a date and time", fix="write it as 2020-12-20 18:00"
                ) from None

    def _check_criteria(self) -> None:
        if (self.criteria or self.normalise) and self.mode is not Mode.SCORE:
            raise InputError("criteria and normalisation are for score ballots", fix="use --mode score, or drop them")
        check_criteria(self.criteria)
        if self.normalise and self.normalise not in NORMALISATIONS:
            raise InputError(
                f"unknown normalisation '{self.normalise}'", fix=f"use one of: {', '.join(NORMALISATIONS)}"
            )
        if self.normalise and self.method != "mean":
            raise InputError(
                f"the z normalisation is a mean of standardised scores; it does not go with the {self.method}",
                fix="use --method mean with --normalise z",
            )
        if self.normalise and self.weights:
            raise InputError(
                "the z normalisation and weighted sources cannot be combined",
                fix="drop --normalise or --weights",
            )

    def _check_notice(self) -> None:
        if self.notice_until:
            try:
                date.fromisoformat(self.notice_until)
            except ValueError:
                raise InputError(
                    f"the objection period's end '{self.notice_until}' is not a date", fix="write it as 2021-01-11"
                ) from None
        contact = self.notice_contact
        if len(contact) > NOTICE_CONTACT_MAX or any(ord(c) < 32 for c in contact):
            raise InputError(
                f"the notice's contact must be one line of at most {NOTICE_CONTACT_MAX} characters",
                fix="give the office, a telephone number and an e-mail address on one line",
            )


def deadline_passed(rules: Rules, now: datetime) -> bool:
    """Whether ``now`` (a time with its UTC offset) is after the rules' deadline; a deadline written without an
    offset is the machine's local time, on the expert's and the editor's side alike."""
    if not rules.deadline:
        return False
    deadline = datetime.fromisoformat(rules.deadline)
    if deadline.tzinfo is None:
        deadline = deadline.astimezone()
    return now > deadline


OVER_VOTE = ("void", "excess")
DEFAULT_PANEL = "experts"
"""The panel of the invited experts; other panels (a public vote) only count through weighted sources."""
PUBLICATION_ORDERS = ("result", "category", "date", "pinyin", "stroke")
NOTICE_CONTACT_MAX = 300
NOTICE_FIELDS = ("notice_until", "notice_contact")
UNSET_LEFT_OUT = ("criteria", "normalise")
"""Left out of the stored rules while unset, so that the rules (and fingerprint) of older selections stay as
they were; once set, the fingerprint covers them."""
"""What the 公示 notice prints. They do not touch the count, so the fingerprint never covers them: setting the
contact once the votes are in must not change the fingerprint, which a lot draw hashes. Left out while empty, so that
the stored rules of every existing selection stay as they were."""


def rules_to_dict(rules: Rules, *, counted: bool = False) -> dict[str, object]:
    """The rules as plain JSON values (fractions as text), in a fixed key order; with ``counted`` only what the
    count depends on: what the fingerprint covers."""
    out: dict[str, object] = {}
    for item in fields(rules):
        value = getattr(rules, item.name)
        if item.name in NOTICE_FIELDS and (counted or not value):
            continue
        if item.name in UNSET_LEFT_OUT and not value:
            continue
        if isinstance(value, Fraction):
            value = str(value)
        elif item.name == "scale":
            value = [str(v) for v in value]
        elif item.name == "quotas":
            value = [[name, seats] for name, seats in value]
        elif item.name in ("weights", "criteria"):
            value = [[name, str(weight)] for name, weight in value]
        elif isinstance(value, tuple):
            value = list(value)
        out[item.name] = str(value) if isinstance(value, Mode) else value
    return out


def rules_from_dict(data: dict[str, object]) -> Rules:
    """Rules from rules_to_dict's output; unknown keys are refused so that nothing is silently dropped."""
    known = {item.name for item in fields(Rules)}
    unknown = set(data) - known
    if unknown:
        raise InputError(
            f"unknown rules {', '.join(sorted(unknown))}", fix="this file was made by a newer version; update the app"
        )
    values: dict[str, Any] = dict(data)
    try:
        values["mode"] = Mode(str(values["mode"]))
    except (KeyError, ValueError):
        raise InputError(
            f"the rules name no known vote mode ({values.get('mode')!r})", fix="the file is damaged; restore a backup"
        ) from None
    if "scale" in values:
        values["scale"] = tuple(Fraction(str(v)) for v in values["scale"])
    if "quorum" in values:
        values["quorum"] = Fraction(str(values["quorum"]))
    if "weights" in values:
        values["weights"] = tuple((str(name), Fraction(str(w))) for name, w in values["weights"])
    if "criteria" in values:
        values["criteria"] = tuple((str(name), Fraction(str(w))) for name, w in values["criteria"])
    if "quotas" in values:
        values["quotas"] = tuple((str(name), int(seats)) for name, seats in values["quotas"])
    if values.get("tie_break") is not None:
        values["tie_break"] = tuple(values["tie_break"])
    return Rules(**values)
