"""The tally: method order with tie groups, the cut line, and the tie-break chain (SPEC §3)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property

import numpy as np

from . import pairwise, scoring
from .agreement import agreement
from .criteria import z_normalised
from .errors import InputError
from .profile import Array, CheckedBallots, Mask, Profile, check_ballots, drop_excess
from .result import (
    Decision,
    OpenTie,
    Quorum,
    RankedCandidate,
    SeatStatus,
    TallyResult,
    TieBreakStep,
    TieGroup,
    Value,
)
from .rules import DEFAULT_PANEL, Mode, Rules

Groups = list[list[int]]


class _Ballots:
    """The counted ballots of a profile, with every figure a method or tie-break rule may ask for."""

    def __init__(self, profile: Profile, checked: CheckedBallots, rules: Rules) -> None:
        self.profile = profile
        self.checked = checked
        self.rules = rules
        self.marked: Mask = profile.marked()

    @cached_property
    def n_ab(self) -> Array:
        counted = self.checked.counted
        eligible = self.profile.eligible[counted] if self.profile.eligible is not None else None
        return pairwise.pairwise_counts(self.profile.cells[counted], self.marked[counted], eligible)

    @cached_property
    def approvals(self) -> scoring.ApprovalCounts:
        return scoring.approval_counts(self.marked, self.checked.counted, self.profile.eligible)

    @cached_property
    def scores(self) -> list[Array]:
        return scoring.column_scores(self.profile.cells, self.marked, self.checked.counted)

    def score_method(self, name: str) -> list[Fraction]:
        method = scoring.SCORE_METHODS[name]
        return [method(column, self.profile.unit) for column in self.scores]

    def first_choices(self) -> list[int]:
        counted = self.checked.counted
        if self.profile.mode is Mode.SCORE:
            top = self.rules.scale[1] * self.profile.unit
            if top.denominator != 1:  # no score on the ballots is as fine as the top of the scale
                return [0] * len(self.profile.candidates)
            return scoring.top_marks(self.profile.cells, self.marked, counted, int(top))
        return scoring.first_places(self.profile.cells, self.marked, counted)


def _groups_by_value(indices: Sequence[int], values: Sequence[Value], descending: bool = True) -> Groups:
    """Tie groups of equal exact values, best first; inside a group, the given order is kept."""
    distinct = sorted({values[i] for i in indices}, reverse=descending)
    return [[i for i in indices if values[i] == v] for v in distinct]


def _method_order(ballots: _Ballots) -> tuple[list[Fraction], Groups, list[tuple[tuple[str, Value], ...]]]:
    """Each candidate's method value, the method's tie groups, and the figures behind each value."""
    m = len(ballots.profile.candidates)
    everyone = list(range(m))
    method = ballots.rules.method
    details: list[tuple[tuple[str, Value], ...]] = [()] * m
    if ballots.rules.weights:
        values, details = _weighted(ballots)
        return values, _groups_by_value(everyone, values), details
    if method == "approval":
        counts = ballots.approvals
        recusals = ballots.profile.eligible is not None
        values = counts.shares if recusals else [Fraction(c) for c in counts.counts]
        details = [(("approvals", c), ("eligible", e)) for c, e in zip(counts.counts, counts.eligible, strict=True)]
        return values, _groups_by_value(everyone, values), details
    if ballots.rules.normalise == "z":
        values, raw, scored = z_normalised(
            ballots.profile.cells, ballots.marked, ballots.checked.counted, ballots.profile.unit
        )
        details = [(("scored", k), ("raw", r)) for k, r in zip(scored, raw, strict=True)]
        return values, _groups_by_value(everyone, values), details
    if method in scoring.SCORE_METHODS:
        values = ballots.score_method(method)
        details = [(("scored", len(column)),) for column in ballots.scores]
        return values, _groups_by_value(everyone, values), details
    if method == "borda":
        values = [Fraction(v) for v in pairwise.borda_scores(ballots.n_ab)]
        return values, _groups_by_value(everyone, values), details
    if method == "copeland":
        values = pairwise.copeland_scores(ballots.n_ab)
        return values, _groups_by_value(everyone, values), details
    _, p = pairwise.schulze_strengths(ballots.n_ab)
    values = [Fraction(v) for v in pairwise.schulze_wins(p)]
    return values, pairwise.schulze_groups(p), details


def _weighted(ballots: _Ballots) -> tuple[list[Fraction], list[tuple[tuple[str, Value], ...]]]:
    """Weighted sources: Σ weight × the panel's own value (its approval share, or its score method's value)."""
    profile, rules = ballots.profile, ballots.rules
    m = len(profile.candidates)
    panels = np.array(profile.panels if profile.panels is not None else [DEFAULT_PANEL] * len(profile.experts))
    total = [Fraction(0)] * m
    details: list[list[tuple[str, Value]]] = [[] for _ in range(m)]
    for panel, weight in rules.weights:
        rows = ballots.checked.counted & (panels == panel)
        if rules.method == "approval":
            values = scoring.approval_counts(ballots.marked, rows, profile.eligible).shares
        else:
            method = scoring.SCORE_METHODS[rules.method]
            values = [method(c, profile.unit) for c in scoring.column_scores(profile.cells, ballots.marked, rows)]
        for j, value in enumerate(values):
            total[j] += weight * value
            details[j].append((panel, value))
    return total, [tuple(d) for d in details]


class _Chain:
    """Applies the tie-break chain, then any recorded decision, to the ties that matter; records every step."""

    def __init__(
        self,
        ballots: _Ballots,
        codes: tuple[str, ...],
        fingerprint: str,
        seed: str | None,
        decisions: Sequence[Decision],
    ) -> None:
        self.ballots = ballots
        self.rules = ballots.rules
        self.codes = codes
        self.fingerprint = fingerprint
        self.seed = seed
        self.decisions = {frozenset(d.among): d for d in decisions}
        self.steps: list[TieBreakStep] = []
        self.waiting: dict[tuple[int, ...], str] = {}

    def matters(self, start: int, size: int, seats: int) -> bool:
        crosses = start < seats < start + size
        inside = self.rules.ordered_top and size > 1 and start + size <= seats
        return crosses or inside

    def refine(self, group: list[int], start: int, seats: int, step: int = 0) -> Groups:
        if len(group) < 2 or not self.matters(start, len(group), seats):
            return [group]
        chain = self.rules.chain
        rule = chain[step] if step < len(chain) else ""
        if rule in ("", "runoff", "chair") or (rule == "lot" and self.seed is None):
            decision = self.decisions.get(frozenset(self.codes[i] for i in group))
            if decision is None:
                self.waiting[tuple(group)] = rule
                return [group]
            order = self.decide(decision, group)
            if len(order) == 1:  # the decision left them tied (a runoff that tied again): the tie stays open
                self.waiting[tuple(group)] = ""
                return [group]
            step = len(chain)
        else:
            values = self.values(rule, group, self.seed)
            order = _groups_by_value(group, values, descending=rule != "lot")
            self.record(rule, group, values, order)
        refined: Groups = []
        offset = start
        for sub in order:
            refined.extend(self.refine(sub, offset, seats, step + 1))
            offset += len(sub)
        return refined

    def record(
        self,
        rule: str,
        group: list[int],
        values: Sequence[Value],
        order: Groups,
        record: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.steps.append(
            TieBreakStep(
                rule=rule,
                among=tuple(self.codes[i] for i in group),
                values=tuple((self.codes[i], values[i]) for i in group),
                order=tuple(tuple(self.codes[i] for i in g) for g in order),
                record=record,
            )
        )

    def decide(self, decision: Decision, group: list[int]) -> Groups:
        """Carry out a recorded decision: the lot from its seed, a chair's or a runoff's order as given."""
        record = tuple(
            (k, v)
            for k, v in (("by", decision.by), ("at", decision.at), ("reason", decision.reason), ("seed", decision.seed))
            if v
        )
        if decision.kind == "lot":
            values = self.values("lot", group, decision.seed)
            order = _groups_by_value(group, values, descending=False)
        else:
            decided = [code for tier in decision.order for code in tier]
            if sorted(decided) != sorted(decision.among):
                raise InputError(
                    f"the {decision.kind} decision orders {', '.join(decided)} "
                    f"but the tie is among {', '.join(decision.among)}",
                    fix="record the decision again, ordering exactly the tied candidates, each once",
                )
            index = {code: i for i, code in enumerate(self.codes)}
            order = [[index[code] for code in tier] for tier in decision.order if tier]
            place = {i: k + 1 for k, tier in enumerate(order) for i in tier}
            values = [place.get(i, 0) for i in range(len(self.codes))]
        self.record(decision.kind, group, values, order, record)
        return order

    def values(self, rule: str, group: list[int], seed: str | None) -> list[Value]:
        m = len(self.codes)
        out: list[Value] = [0] * m
        if rule == "pairwise":
            for i, v in zip(group, pairwise.copeland_scores(self.ballots.n_ab, group), strict=True):
                out[i] = v
            return out
        if rule == "first_choices":
            full: Sequence[Value] = self.ballots.first_choices()
        elif rule == "borda":
            full = pairwise.borda_scores(self.ballots.n_ab)
        elif rule in ("mean", "median"):
            full = self.ballots.score_method(rule)
        else:  # lot: ascending hex SHA-256 of "fingerprint:seed:code", recomputable with sha256sum
            full = [hashlib.sha256(f"{self.fingerprint}:{seed}:{code}".encode()).hexdigest() for code in self.codes]
        for i in group:
            out[i] = full[i]
        return out


def _pools(profile: Profile, rules: Rules) -> list[tuple[str, int, set[int]]]:
    """The seats and who competes for them: everyone for all seats, or each category for its quota."""
    if not rules.quotas:
        return [("", rules.seats, set(range(len(profile.candidates))))]
    return [
        (name, seats, {i for i, c in enumerate(profile.candidates) if c.category == name})
        for name, seats in rules.quotas
    ]


@dataclass
class _Seats:
    """What the cut lines decide, filled pool by pool."""

    place: list[int]
    status: list[SeatStatus]
    final: Groups = field(default_factory=list)
    ties: list[TieGroup] = field(default_factory=list)
    open_ties: list[OpenTie] = field(default_factory=list)


def _settle_pool(chain: _Chain, groups: Groups, name: str, seats: int, members: set[int], out: _Seats) -> None:
    codes = chain.codes
    start = 0
    final: Groups = []
    for whole in groups:
        group = [i for i in whole if i in members]
        if not group:
            continue
        refined = chain.refine(group, start, seats)
        final.extend(refined)
        if len(group) > 1:
            offsets = [start + sum(len(g) for g in refined[:k]) for k in range(len(refined))]
            still_tied = any(
                len(sub) > 1 and chain.matters(at, len(sub), seats) for at, sub in zip(offsets, refined, strict=True)
            )
            out.ties.append(
                TieGroup(
                    among=tuple(codes[i] for i in group),
                    first=start + 1,
                    last=start + len(group),
                    matters=chain.matters(start, len(group), seats),
                    settled=chain.matters(start, len(group), seats) and not still_tied,
                    category=name,
                )
            )
        start += len(group)
    start = 0
    for group in final:
        end = start + len(group)
        for i in group:
            out.place[i] = start + 1
            if end <= seats:
                out.status[i] = SeatStatus.SEAT
            elif start < seats:
                out.status[i] = SeatStatus.OPEN
        if start < seats < end:
            among = tuple(codes[i] for i in group)
            out.open_ties.append(OpenTie(among, seats - start, chain.waiting.get(tuple(group), ""), name))
        start = end
    out.final.extend(final)


def tally(
    profile: Profile,
    rules: Rules,
    *,
    fingerprint: str = "",
    seed: str | None = None,
    decisions: Sequence[Decision] = (),
    invited: int | None = None,
) -> TallyResult:
    """Count the profile under the rules: method order, cut lines, tie-break steps, decisions, open ties.

    ``invited`` is the number of experts invited to vote, for the quorum; ``decisions`` settle open ties.
    """
    if profile.mode is not rules.mode:
        raise ValueError(f"a {profile.mode} profile cannot be counted under {rules.mode} rules")
    profile, notes = drop_excess(profile, rules)
    checked = check_ballots(profile, rules)
    ballots = _Ballots(profile, checked, rules)
    codes = profile.codes
    values, groups, details = _method_order(ballots)
    rank = [0] * len(codes)
    start = 0
    for group in groups:
        for i in group:
            rank[i] = start + 1
        start += len(group)

    chain = _Chain(ballots, codes, fingerprint, seed, decisions)
    seats = _Seats(place=list(rank), status=[SeatStatus.OUT] * len(codes))
    for name, quota, members in _pools(profile, rules):
        _settle_pool(chain, groups, name, quota, members, seats)
    seated = [i for i in range(len(codes)) if seats.status[i] is SeatStatus.SEAT]
    seated.sort(key=lambda i: (rank[i], seats.place[i], i))

    # Method order; inside a tie group, candidates follow their place after the tie-breaks.
    ranking = tuple(
        RankedCandidate(profile.candidates[i], values[i], rank[i], seats.place[i], seats.status[i], details[i])
        for group in groups
        for i in sorted(group, key=lambda i: (seats.place[i], i))
    )
    quorum = None
    if invited is not None:  # only the invited experts' valid ballots count towards the quorum
        experts = checked.counted
        if profile.panels is not None:
            experts = experts & (np.array(profile.panels) == DEFAULT_PANEL)
        quorum = Quorum(invited, int(experts.sum()), rules.quorum)
    return TallyResult(
        rules=rules,
        fingerprint=fingerprint,
        candidates=profile.candidates,
        ranking=ranking,
        final=tuple(tuple(codes[i] for i in g) for g in seats.final),
        top=tuple(codes[i] for i in seated),
        open_ties=tuple(seats.open_ties),
        ties=tuple(seats.ties),
        tie_breaks=tuple(chain.steps),
        ballots=checked.summary,
        invalid=checked.invalid,
        notes=notes,
        pairwise=ballots.n_ab if profile.mode is Mode.RANKING else None,
        quorum=quorum,
        agreement=agreement(profile, checked.counted, checked.abstain, invited),
    )
