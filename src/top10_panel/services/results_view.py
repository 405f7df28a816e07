"""What the results page shows, as a plain read model (SPEC §2.5): the ranked list with the cut line, the ties and
the ways to settle them, the tie-break audit, the other methods' seats, how robust each seat is, the panel's
agreement, and under score criteria or the z normalisation how each score was made; and the lot draw as the editor
sees it before recording it.

Everything returned is a frozen dataclass of plain values (never an ORM object), so that a page can get it from a
worker thread and show it on the UI thread.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path

from top10_panel.domain.agreement import Agreement
from top10_panel.domain.profile import Profile, stack
from top10_panel.domain.publication import Recount, decimal_text, recount
from top10_panel.domain.result import OpenTie, TallyResult, TieGroup, Value
from top10_panel.domain.robustness import robustness
from top10_panel.domain.rules import METHODS, Mode, Rules
from top10_panel.domain.votes import build_profile
from top10_panel.store import repository
from top10_panel.store.database import open_selection

from . import readiness, sources
from .dashboard import QuorumFigures
from .settle import ties_to_settle

RAW_MEAN = "mean_raw"
"""Beside the other methods under the z normalisation: the seats of the plain mean of the raw scores."""


@dataclass(frozen=True)
class ResultRow:
    place: int
    rank: int
    code: str
    title: str
    score: Fraction
    score_text: str
    """e.g. '11/25' (approvals / eligible experts), '8.25', or a Borda score."""
    status: str
    """seat, open or out."""
    margin: int | None
    """How robust its side of the cut line is (domain.robustness); None: cannot change, or not computed."""
    against: str
    category: str
    raw_text: str = ""
    """Under the z normalisation: the raw mean beside the normalised value; else ''."""


@dataclass(frozen=True)
class AuditStep:
    rule: str
    among: tuple[str, ...]
    values: tuple[tuple[str, str], ...]
    order: tuple[tuple[str, ...], ...]
    record: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ResultsView:
    title: str
    stage: str
    stage_kind: str
    mode: Mode
    method: str
    official: str
    """The method of the selection's rules: the one that seats, and the only one whose ties can be settled."""
    methods: tuple[str, ...]
    seats: int
    quotas: tuple[tuple[str, int], ...]
    fingerprint: str
    rows: tuple[ResultRow, ...]
    open_ties: tuple[OpenTie, ...]
    ties: tuple[TieGroup, ...]
    steps: tuple[AuditStep, ...]
    others: tuple[tuple[str, tuple[tuple[str, bool], ...]], ...]
    """Every method of the mode with its seats in order: (code, still tied at the line); under the z normalisation
    the plain mean of the raw scores (RAW_MEAN) beside the mean."""
    measure: str
    """What the margins count (domain.robustness.Measure), '' when not computed (weighted sources)."""
    ballots: tuple[tuple[str, int], ...]
    quorum: QuorumFigures | None
    provisional: bool
    blockers: tuple[str, ...] = ()
    """Why settling and publishing wait (quorum unmet, experts may still vote): each needs an override now."""
    agreement: Agreement | None = None
    """How much the experts agree (Kendall's W …), under the count shown."""
    criteria: tuple[tuple[str, Fraction], ...] = ()
    """Score criteria with their weights: each score is the weighted sum."""
    normalised: bool = False
    """The z normalisation: scores are normalised values, the raw means beside them (SPEC §3)."""

    @property
    def settleable(self) -> bool:
        return self.method == self.official and bool(self.open_ties)


def results(path: Path, method: str | None = None) -> ResultsView:
    """The current stage counted under its rules, or under another method of the mode (for comparison only)."""
    with open_selection(path, write=False) as selection, selection.read() as session:
        loaded = sources.load(session, path)
        stage = repository.current_stage(session)
        stage_name, stage_kind = stage.name, stage.kind
    source = loaded.recount
    official = source.rules.method
    methods = METHODS[source.rules.mode]
    chosen = replace(source, rules=_with_method(source.rules, method)) if method and method != official else source
    result = recount(chosen)
    margins = robustness(_profile(chosen), chosen.rules, result)
    others = []
    for name in methods:
        same = name == chosen.rules.method
        other = result if same else recount(replace(source, rules=_with_method(source.rules, name)))
        others.append((name, _seats_of(other)))
        if name == "mean" and source.rules.normalise:  # what the normalisation changed
            raw = recount(replace(source, rules=replace(source.rules, normalise="")))
            others.append((RAW_MEAN, _seats_of(raw)))
    quorum = None
    if result.quorum is not None:
        q = result.quorum
        quorum = QuorumFigures(q.invited, q.valid, q.share, int(q.share * q.invited) + 1)
    valid = result.ballots["valid"]
    shares = any(dict(r.detail).get("eligible", valid) != valid for r in result.ranking)
    rows = []
    for r in result.ranking:
        margin = margins.of(r.candidate.code) if margins is not None else None
        rows.append(
            ResultRow(
                place=r.place,
                rank=r.rank,
                code=r.candidate.code,
                title=r.candidate.title,
                score=r.score,
                score_text=_score_text(r.score, dict(r.detail), shares),
                status=str(r.status),
                margin=margin.changes if margin is not None else None,
                against=margin.against if margin is not None else "",
                category=r.candidate.category,
                raw_text=_raw_text(dict(r.detail)) if chosen.rules.normalise else "",
            )
        )
    return ResultsView(
        title=loaded.title,
        stage=stage_name,
        stage_kind=stage_kind,
        mode=source.rules.mode,
        method=chosen.rules.method,
        official=official,
        methods=methods,
        seats=source.rules.seats,
        quotas=source.rules.quotas,
        fingerprint=source.fingerprint,
        rows=tuple(rows),
        open_ties=ties_to_settle(result),
        ties=result.ties,
        steps=tuple(
            AuditStep(s.rule, s.among, tuple((c, _value_text(v)) for c, v in s.values), s.order, s.record)
            for s in result.tie_breaks
        ),
        others=tuple(others),
        measure=str(margins.measure) if margins is not None else "",
        ballots=tuple((key, result.ballots[key]) for key in ("returned", "valid", "abstain", "invalid")),
        quorum=quorum,
        provisional=result.provisional,
        blockers=tuple(readiness.blockers(path)) if ties_to_settle(result) else (),
        agreement=result.agreement,
        criteria=source.rules.criteria,
        normalised=bool(chosen.rules.normalise),
    )


def _with_method(rules: Rules, method: str) -> Rules:
    """The rules under another method of the mode, for comparison: the z normalisation is a mean of standardised
    scores, so another method compares the raw scores."""
    return replace(rules, method=method, normalise=rules.normalise if method == "mean" else "")


def _profile(source: Recount) -> Profile:
    """The profile ``recount`` counts, for the robustness of its seats."""
    profile = build_profile(
        source.rules.mode, source.candidates, source.votes, source.recusals, source.panels, source.rules.criteria
    )
    return stack([profile, *source.batches]) if source.batches else profile


def _seats_of(result: TallyResult) -> tuple[tuple[str, bool], ...]:
    """The seats in order, then the candidates still tied for the last of them."""
    place = {r.candidate.code: r.place for r in result.ranking}
    seated = sorted((c for c in result.top), key=lambda code: place[code])
    return tuple((code, False) for code in seated) + tuple((code, True) for code in result.open)


def _score_text(score: Fraction, detail: dict[str, Value], shares: bool) -> str:
    """Approvals as a count, or with recusals as approvals / eligible experts (the share orders the list); other
    values as exact decimals, or to three places where the decimal does not end."""
    if shares and "approvals" in detail:
        return f"{detail['approvals']}/{detail['eligible']}"
    text = decimal_text(score)
    return f"{float(score):.3f}" if "/" in text else text


def _raw_text(detail: dict[str, Value]) -> str:
    raw = detail["raw"]
    return _score_text(raw, {}, False) if isinstance(raw, Fraction) else str(raw)


def _value_text(value: Value) -> str:
    return decimal_text(value) if isinstance(value, Fraction) else str(value)


@dataclass(frozen=True)
class LotLine:
    code: str
    text: str
    """What is hashed: 'fingerprint:seed:code'."""
    sha256: str


def lot_draw(fingerprint: str, seed: str, codes: Sequence[str]) -> tuple[LotLine, ...]:
    """The lot draw SPEC §3 defines, for the editor to see before recording it: the tied candidates ordered by the
    hex SHA-256 of 'fingerprint:seed:code', ascending (the first wins), as `sha256sum` computes it."""
    lines = [
        LotLine(code, text, hashlib.sha256(text.encode("utf-8")).hexdigest())
        for code in codes
        for text in (f"{fingerprint}:{seed}:{code}",)
    ]
    return tuple(sorted(lines, key=lambda line: line.sha256))
