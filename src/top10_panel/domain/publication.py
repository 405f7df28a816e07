"""What a selection publishes, as plain data: the result, everything it follows from, and the ballot register.

The results workbook and the PDF report are written from a ``Publication``; ``verify`` reads a ``Recount`` back
from a workbook (or builds it from a selection file) and checks that ``recount`` gives what was published.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

import numpy as np

from .anchor import Anchor
from .people import Candidate, Recusal
from .profile import Profile, stack
from .result import Decision, TallyResult
from .rules import Mode, Rules
from .tally import tally
from .votes import Vote, build_profile


@dataclass(frozen=True)
class Recount:
    """Everything a result follows from; ``recount`` on it gives the result again, figure for figure."""

    rules: Rules
    candidates: tuple[Candidate, ...]
    votes: tuple[tuple[str, Vote], ...]
    """(voter, vote) for every ballot counted or voided by the rules: an expert's name, or an anonymous id."""
    panels: tuple[str, ...] | None = None
    """Whose each ballot is, for weighted sources (None: all are the experts')."""
    recusals: tuple[Recusal, ...] = ()
    decisions: tuple[Decision, ...] = ()
    fingerprint: str = ""
    """The selection fingerprint (or a ballot matrix's SHA-256): what a lot draw hashes."""
    seed: str | None = None
    """A lot draw's seed given with the count itself (``tally --seed``), not recorded as a decision."""
    invited: int | None = None
    """Experts invited, for the quorum (None: no quorum, as for a bare ballot matrix)."""
    batches: tuple[Profile, ...] = ()
    """Panels kept whole (a public vote of a million rows) as profiles over the same candidates, after ``votes``."""


def recount(source: Recount) -> TallyResult:
    profile = build_profile(
        source.rules.mode, source.candidates, source.votes, source.recusals, source.panels, source.rules.criteria
    )
    if source.batches:
        profile = stack([profile, *source.batches])
    return tally(
        profile,
        source.rules,
        fingerprint=source.fingerprint,
        seed=source.seed,
        decisions=source.decisions,
        invited=source.invited,
    )


@dataclass(frozen=True)
class RegisterLine:
    """One received ballot, whatever became of it (SPEC §2.4)."""

    received: str
    """ISO date-time of receipt."""
    voter: str
    """The expert (or an anonymous id); '' when the ballot named no known expert."""
    kind: str
    """file (a .t10vote ballot file), form (an Excel form), matrix, paper (double entry), batch (a public vote
    kept whole)."""
    origin: str
    """The file it came from ('' when anonymised)."""
    revision: int
    status: str
    """accepted, superseded, late or rejected."""
    reason: str
    sha256: str
    """The ballot's fingerprint: SHA-256 of the bytes received."""
    tracker: str = ""
    panel: str = "experts"


@dataclass(frozen=True)
class RunoffRecord:
    """A runoff among the tied (加投) that settled a tie of the published stage: its ballots and its count."""

    stage: str
    among: tuple[str, ...]
    seats: int
    counts: tuple[tuple[str, str], ...]
    """(code, value) in the runoff's order, e.g. ('S11', '2')."""
    ballots: tuple[tuple[str, str], ...]
    """(voter as the publication shows experts, the vote as text; '' for a blank ballot)."""
    valid: int


@dataclass(frozen=True)
class Publication:
    title: str
    stage: str
    language: str
    """zh or en: sheet names, headers and words of the workbook and the report."""
    recount: Recount
    result: TallyResult
    order: tuple[str, ...]
    """The chosen candidates (the settled seats) in publication order (SPEC §3)."""
    source: tuple[tuple[str, str], ...] = ()
    """What was counted, e.g. (("file", "votes.csv"), ("sha256", "…")) or the selection file's name."""
    register: tuple[RegisterLine, ...] = ()
    reconciliation: tuple[tuple[str, int], ...] = ()
    """invited, issued, received, returned, valid, invalid, abstaining, superseded, late, rejected, held."""
    tally_sheet: tuple[tuple[str, str], ...] = ()
    """(tracker, the vote as text) for every counted expert ballot, in tracker order."""
    rules_version: int = 1
    rules_versions: tuple[tuple[int, str, str, str, str], ...] = ()
    """Every version of the stage's rules: (version, made at, locked because, by, why), oldest first."""
    overrides: tuple[str, ...] = ()
    """Reasons recorded to go ahead although the quorum was unmet or experts could still vote."""
    anonymised: bool = False
    generated_at: str = ""
    app_version: str = ""
    anchor: Anchor | None = None
    """The event log's head and the fingerprint at export, written into every published file (none for a bare
    ballot matrix, which has no log)."""
    runoffs: tuple[RunoffRecord, ...] = ()
    """The runoffs whose order settled a tie of this stage, oldest first."""


def votes_of(profile: Profile) -> tuple[tuple[str, Vote], ...]:
    """A profile's rows back as votes: what a ballot matrix says, in the form a ballot file says it."""
    codes = profile.codes
    out: list[tuple[str, Vote]] = []
    for i, voter in enumerate(profile.experts):
        row = profile.cells[i]
        if profile.mode is Mode.APPROVAL:
            vote: Vote = {"approve": [codes[j] for j in np.flatnonzero(row)]} if row.any() else {}
        elif profile.mode is Mode.RANKING:
            ranked = {codes[j]: int(row[j]) for j in np.flatnonzero(row > 0)}
            vote = {"rank": ranked} if ranked else {}
        else:
            assert profile.scored is not None
            scored = {
                codes[j]: decimal_text(Fraction(int(row[j]), profile.unit)) for j in np.flatnonzero(profile.scored[i])
            }
            vote = {"score": scored} if scored else {}
        out.append((str(voter), vote))
    return tuple(out)


def decimal_text(value: Fraction) -> str:
    """A score as the shortest exact decimal ('7.5', '8'); a fraction with no finite decimal as 'p/q'."""
    if value.denominator == 1:
        return str(value.numerator)
    denominator = value.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    if denominator != 1:
        return str(value)
    text = format(Decimal(value.numerator) / Decimal(value.denominator), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def cell_text(mode: Mode, vote: Vote, code: str) -> str:
    """What a ballot matrix cell says for this vote on this candidate: '1', a rank, a score, or ''."""
    if mode is Mode.APPROVAL:
        approved = vote.get("approve", [])
        return "1" if isinstance(approved, list) and code in approved else ""
    key = "rank" if mode is Mode.RANKING else "score"
    marks = vote.get(key, {})
    mark = marks.get(code, "") if isinstance(marks, dict) else ""
    if isinstance(mark, dict):  # criterion scores: (创新性=8,影响力=7,代表性=9)
        return "(" + ",".join(f"{name}={value}" for name, value in mark.items()) + ")"
    return str(mark)


def vote_text(mode: Mode, vote: Vote, order: Sequence[str]) -> str:
    """A vote in one line, candidates in the given order: 'E01 E04', 'E04>E01,E02' (equal ranks joined by a
    comma), 'E01:8 E04:6.5'; '' is a blank ballot."""
    if mode is Mode.APPROVAL:
        return " ".join(code for code in order if cell_text(mode, vote, code))
    if mode is Mode.RANKING:
        ranks = {code: int(cell_text(mode, vote, code)) for code in order if cell_text(mode, vote, code)}
        levels = sorted(set(ranks.values()))
        return ">".join(",".join(code for code in ranks if ranks[code] == level) for level in levels)
    return " ".join(f"{code}:{cell_text(mode, vote, code)}" for code in order if cell_text(mode, vote, code))


@dataclass(frozen=True)
class Figures:
    """What a result says, item by item, as text and codes: what ``verify`` compares."""

    ballots: tuple[tuple[str, int], ...]
    rows: tuple[tuple[str, str, int, int, str], ...]
    """(code, exact score, method rank, place, status) of every candidate, in result order."""
    top: tuple[str, ...]
    open: tuple[str, ...]
    order: tuple[str, ...]
    """The chosen in publication order."""
    tie_breaks: tuple[tuple[str, tuple[str, ...], tuple[tuple[str, ...], ...]], ...]
    """(rule, among, order produced) of every step."""


def figures(result: TallyResult, order: Sequence[str]) -> Figures:
    return Figures(
        ballots=tuple((key, result.ballots[key]) for key in ("valid", "abstain", "invalid")),
        rows=tuple((r.candidate.code, str(r.score), r.rank, r.place, str(r.status)) for r in result.ranking),
        top=result.top,
        open=result.open,
        order=tuple(order),
        tie_breaks=tuple((step.rule, step.among, step.order) for step in result.tie_breaks),
    )


ITEMS = ("ballots counted", "ranked list", "seats", "open tie", "publication order", "tie-break steps")
"""What ``differences`` compares, in the order a verify report lists them."""


def differences(published: Figures, recomputed: Figures) -> dict[str, list[str]]:
    """Per item of ``ITEMS``, every way the published figures differ from the recomputed ones, in words."""
    out: dict[str, list[str]] = {item: [] for item in ITEMS}
    said_counts = dict(published.ballots)
    for key, count in recomputed.ballots:
        if said_counts.get(key) != count:
            out["ballots counted"].append(f"{key}: published {said_counts.get(key)}, recomputed {count}")
    rows = out["ranked list"]
    said_rows = {row[0]: row for row in published.rows}
    for code, score, rank, place, status in recomputed.rows:
        row = said_rows.pop(code, None)
        if row is None:
            rows.append(f"{code}: recomputed but not published")
            continue
        for name, shown, value in (
            ("score", row[1], score),
            ("rank", row[2], rank),
            ("place", row[3], place),
            ("status", row[4], status),
        ):
            if shown != value:
                rows.append(f"{code} {name}: published {shown}, recomputed {value}")
    rows.extend(f"{code}: published but not a candidate of the recount" for code in said_rows)
    if not rows and [row[0] for row in published.rows] != [row[0] for row in recomputed.rows]:
        rows.append("the candidates are listed in another order than the recount's")
    for item, said_codes, codes in (
        ("seats", published.top, recomputed.top),
        ("open tie", published.open, recomputed.open),
        ("publication order", published.order, recomputed.order),
    ):
        if tuple(said_codes) != tuple(codes):
            out[item].append(f"published {' '.join(said_codes) or '—'}, recomputed {' '.join(codes) or '—'}")
    if published.tie_breaks != recomputed.tie_breaks:
        said_steps = [f"{rule}({' '.join(among)})" for rule, among, _ in published.tie_breaks]
        steps = [f"{rule}({' '.join(among)})" for rule, among, _ in recomputed.tie_breaks]
        out["tie-break steps"].append(
            f"published {', '.join(said_steps) or '—'}, recomputed {', '.join(steps) or '—'}"
            if said_steps != steps
            else "the steps compared the same candidates but produced other orders"
        )
    return out
