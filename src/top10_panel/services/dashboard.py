"""What the editor's collection and publish pages show, as plain read models: the collection dashboard (SPEC §2.4:
the ballot register, who voted and who is missing, reconciliation and quorum) and the publishing state. The results
page's model is services.results_view.

Everything returned is a frozen dataclass of plain values (never an ORM object), so that a page can get it from a
worker thread and show it on the UI thread.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC
from fractions import Fraction
from pathlib import Path

from top10_panel.domain.publication import recount
from top10_panel.domain.rules import Mode
from top10_panel.exchange.ballot_form import is_ballot_form
from top10_panel.exchange.bounded import BALLOT, not_regular, walk_all
from top10_panel.store import received, repository
from top10_panel.store.database import open_selection, together

from . import readiness, sources
from .collect import collect_matrix
from .inbox import Collected, collect_ballot_files
from .publish import published_figures
from .selection import reconcile

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


class _Cancelled(Exception):
    """The user cancelled a drop: everything it had stored is rolled back."""


def collect_dropped(path: Path, inbox: Inbox, progress: Callable[[int, int], bool] | None = None) -> Dropped:
    """Collect a drop — its ballot files, forms and matrices — in one transaction: all of it, or, when a matrix is
    refused or the user cancels, none of it. ``progress(done, total)`` is told after each file; returning False
    cancels before the next one."""
    total = len(inbox.ballots) + len(inbox.matrices)
    report = progress or (lambda done, total: True)
    ballots = Collected()
    matrices: list[tuple[str, Collected]] = []
    try:
        with together(path):
            if inbox.ballots:
                ballots = collect_ballot_files(path, list(inbox.ballots), report)
                if ballots.cancelled:
                    raise _Cancelled
            for k, matrix in enumerate(inbox.matrices, start=len(inbox.ballots) + 1):
                matrices.append((matrix.name, collect_matrix(path, matrix)))
                if not report(k, total) and k < total:
                    raise _Cancelled
    except _Cancelled:
        return Dropped(Collected(cancelled=True), (), (), True)
    return Dropped(ballots, tuple(matrices), tuple(p.name for p in inbox.ignored), False)


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
