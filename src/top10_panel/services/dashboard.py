"""What the editor's pages show, as plain read models: the collection dashboard (SPEC §2.4: the ballot register,
who voted and who is missing, reconciliation and quorum) and the results (§2.5: the ranked list with the cut line,
ties and the ways to settle them, the tie-break audit, the other methods' seats, how robust each seat is).

Everything returned is a frozen dataclass of plain values (never an ORM object), so that a page can get it from a
worker thread and show it on the UI thread.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC
from fractions import Fraction
from pathlib import Path

from top10_panel.domain.agreement import Agreement
from top10_panel.domain.profile import Profile, stack
from top10_panel.domain.publication import Recount, decimal_text, recount
from top10_panel.domain.result import OpenTie, TallyResult, TieGroup, Value
from top10_panel.domain.robustness import robustness
from top10_panel.domain.rules import METHODS, Mode, Rules
from top10_panel.domain.votes import build_profile
from top10_panel.exchange.ballot_form import is_ballot_form
from top10_panel.exchange.bounded import BALLOT, not_regular, walk_all
from top10_panel.store import received, repository
from top10_panel.store.database import open_selection

from . import readiness, sources
from .collect import collect_matrix
from .inbox import Collected, collect_ballot_files
from .publish import published_figures
from .selection import reconcile
from .settle import ties_to_settle

RECONCILIATION_KEYS = (
    "invited",
    "issued",
    "received",
    "returned",
    "valid",
    "invalid",
    "abstaining",
    "superseded",
    "late",
    "rejected",
    "held",
)


# --- the collection dashboard ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterEntry:
    """One ballot received, whatever became of it."""

    received: str
    """Local date and time of receipt, 'YYYY-MM-DD HH:MM:SS'."""
    expert: str
    """'' when the ballot named no expert of the selection."""
    kind: str
    """file (a .t10vote), form (an Excel ballot form), matrix, paper (double entry) or batch (a public vote)."""
    file: str
    revision: int
    status: str
    """accepted, superseded, late, rejected or held (needs a decision)."""
    reason: str
    fingerprint: str
    """SHA-256 of the bytes received ('' for a row of a matrix)."""
    number: int = 0
    """The ballot's number in the register, which a decision on a held ballot names (0: a public vote)."""


@dataclass(frozen=True)
class QuorumFigures:
    invited: int
    valid: int
    share: Fraction
    needed: int
    """The fewest valid ballots that are more than ``share`` of the invited."""

    @property
    def met(self) -> bool:
        return self.valid >= self.needed


@dataclass(frozen=True)
class CollectionView:
    title: str
    stage: str
    """The stage's name, e.g. 终评."""
    stage_kind: str
    """screening, final or runoff."""
    mode: Mode
    deadline: str
    register: tuple[RegisterEntry, ...]
    voted: tuple[str, ...]
    """Experts with an accepted ballot, in list order."""
    void: tuple[str, ...]
    """Those of ``voted`` whose ballot the rules void (an over-vote): returned, but not valid."""
    missing: tuple[str, ...]
    """Experts without an accepted ballot, in list order."""
    late: tuple[str, ...]
    """Experts whose ballot came after the deadline and waits for a decision to count."""
    held: tuple[str, ...]
    """Experts with a ballot held for a decision (an unsigned ballot beside the one on record), in list order."""
    reconciliation: tuple[tuple[str, int], ...]
    """In RECONCILIATION_KEYS order: received = returned + superseded + late + rejected + held,
    returned = valid + invalid."""
    quorum: QuorumFigures | None


def collection(path: Path) -> CollectionView:
    """The dashboard of the current stage: its register, who voted, who is missing, the counts and the quorum."""
    with open_selection(path, write=False) as selection, selection.read() as session:
        stage = repository.current_stage(session)
        rules = repository.rules(session, stage)
        lines = received.register(session, stage)
        experts = [e.name for e in repository.experts(session)]
        has_candidates = bool(repository.candidates(session, stage))
        loaded = sources.load(session, path) if has_candidates else None
        title = repository.selection(session).title
        stage_name, stage_kind = stage.name, stage.kind
    register = tuple(
        RegisterEntry(
            received=line.received_at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            expert=line.expert or "",
            kind=line.source,
            file=line.origin,
            revision=line.revision,
            status=line.status,
            reason=line.reason,
            fingerprint=line.sha256,
            number=line.number,
        )
        for line in lines
    )
    counted = {line.expert for line in lines if line.status == "accepted"}
    waiting = {line.expert for line in lines if line.status == "late"}
    quorum = None
    figures = dict.fromkeys(RECONCILIATION_KEYS, 0)
    void: set[str] = set()
    if loaded is not None:
        result = recount(loaded.recount)
        figures.update(reconcile(loaded, result))
        void = {note.expert for note in result.invalid}
        if result.quorum is not None:
            q = result.quorum
            quorum = QuorumFigures(q.invited, q.valid, q.share, int(q.share * q.invited) + 1)
    return CollectionView(
        title=title,
        stage=stage_name,
        stage_kind=stage_kind,
        mode=rules.mode,
        deadline=rules.deadline,
        register=register,
        voted=tuple(name for name in experts if name in counted),
        void=tuple(name for name in experts if name in counted and name in void),
        missing=tuple(name for name in experts if name not in counted),
        late=tuple(name for name in experts if name in waiting),
        held=tuple(name for name in experts if name in {line.expert for line in lines if line.status == "held"}),
        reconciliation=tuple((key, figures[key]) for key in RECONCILIATION_KEYS),
        quorum=quorum,
    )


BALLOT_SUFFIXES = (".t10vote", ".xlsx", ".csv", ".xls", ".ods")


@dataclass(frozen=True)
class Inbox:
    """What a drop of files and folders holds: ballot files and forms, ballot matrices, and everything else."""

    ballots: tuple[Path, ...]
    matrices: tuple[Path, ...]
    ignored: tuple[Path, ...]


def sort_inbox(paths: Sequence[Path]) -> Inbox:
    """Ballot files (.t10vote) and Excel ballot forms, then ballot matrices (.csv, other .xlsx), folders searched;
    anything else (and office lock files such as ~$form.xlsx) is ignored."""
    ballots, matrices, ignored = [], [], []
    for file in walk_all(list(paths)):
        suffix = file.suffix.lower()
        if suffix not in BALLOT_SUFFIXES or file.name.startswith(("~$", ".")):
            ignored.append(file)
        elif suffix == ".t10vote" or not_regular(file, BALLOT) is not None:
            ballots.append(file)  # a link, a pipe or a device is a ballot rejected by name, never read
        elif suffix in (".xlsx", ".xls", ".ods") and is_ballot_form(file):
            ballots.append(file)
        else:
            matrices.append(file)
    return Inbox(tuple(ballots), tuple(matrices), tuple(ignored))


@dataclass(frozen=True)
class Dropped:
    ballots: Collected
    matrices: tuple[tuple[str, Collected], ...]
    """(file name, what its rows became) of each matrix collected."""
    ignored: tuple[str, ...]
    cancelled: bool


def collect_dropped(path: Path, inbox: Inbox, progress: Callable[[int, int], bool] | None = None) -> Dropped:
    """Collect a drop: the ballot files and forms in one transaction (cancelling it stores none of them), then each
    matrix whole. ``progress(done, total)`` is told after each file; returning False cancels before the next one."""
    total = len(inbox.ballots) + len(inbox.matrices)
    report = progress or (lambda done, total: True)
    ballots = Collected()
    if inbox.ballots:
        ballots = collect_ballot_files(path, list(inbox.ballots), report)
        if ballots.cancelled:
            return Dropped(ballots, (), (), True)
    matrices: list[tuple[str, Collected]] = []
    for k, matrix in enumerate(inbox.matrices, start=len(inbox.ballots) + 1):
        matrices.append((matrix.name, collect_matrix(path, matrix)))
        if not report(k, total) and k < total:
            return Dropped(ballots, tuple(matrices), (), True)
    return Dropped(ballots, tuple(matrices), tuple(p.name for p in inbox.ignored), False)


# --- the results -----------------------------------------------------------------------------------------------------


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
    """Every method of the mode with its seats in order: (code, still tied at the line)."""
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


# --- publishing ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PublishState:
    """What the publish page needs before and after an export."""

    title: str
    stem: str
    """The selection file's name without .t10: the exported files are named after it."""
    secret: bool
    """Secret mode (无记名): every export is anonymised whatever the page asks."""
    open_ties: tuple[tuple[str, ...], ...]
    quorum_met: bool
    exported: tuple[tuple[Path, str], ...]
    """The files of the last export and the SHA-256 recorded for them (empty before the first)."""
    exported_at: str
    blockers: tuple[str, ...] = ()
    """Why an export is refused for now (readiness): the quorum unmet, experts who may still vote."""


def publish_state(path: Path) -> PublishState:
    with open_selection(path, write=False) as selection, selection.read() as session:
        stage = repository.current_stage(session)
        loaded = sources.load(session, path)
        snapshot = received.latest_snapshot(session, stage)
    result = recount(loaded.recount)
    files: tuple[tuple[Path, str], ...] = ()
    at = ""
    if snapshot is not None:
        _, recorded = published_figures(snapshot)
        files = tuple((Path(entry["path"]), entry["sha256"]) for entry in recorded)
        at = str(json.loads(snapshot).get("generated_at", ""))
    return PublishState(
        title=loaded.title,
        stem=path.stem,
        secret=loaded.recount.rules.secret,
        open_ties=tuple(tie.among for tie in result.open_ties),
        quorum_met=result.quorum is None or result.quorum.met,
        exported=files,
        exported_at=at,
        blockers=tuple(readiness.blockers(path)),
    )
