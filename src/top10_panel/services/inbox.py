"""Collecting ballot files and Excel forms: every one checked, stored with its status and reason (SPEC §2.4, §6)."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.orm import Session

from top10_panel.domain.acceptance import admission
from top10_panel.domain.ballot_check import foreign_marks, wrong_shape
from top10_panel.domain.errors import InputError
from top10_panel.domain.rules import DEFAULT_PANEL, Rules
from top10_panel.domain.votes import Vote, fingerprint
from top10_panel.exchange.ballot_files import authentic, ballot_fingerprint, parse_ballot
from top10_panel.exchange.bounded import BALLOT, FORM, read_bounded, size_text
from top10_panel.store import events, received, repository
from top10_panel.store.database import open_selection
from top10_panel.store.schema import BallotRow, StageRow

from .ballots import deadline_passed

FORM_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".et")
KEPT_REJECTED = 16 << 20
"""What one collect keeps of its rejected files' bytes, all together. A forged, stale or damaged ballot file takes a
few kilobytes, so thousands are kept whole for the auditors; past this a rejected file is still registered, with its
reason and the SHA-256 of its bytes, but its bytes are not stored (five 31 MB junk files would add 155 MB to the
selection, and slow every later use of it)."""
PENDING = 1000
"""Rejected files of no expert written in one insert (a thousand rows of a few kilobytes each, at most)."""
Outcome = tuple[str, bool]
"""The status a file got (accepted, rejected, late, held, unchanged), and whether it replaced an earlier revision."""


@dataclass(frozen=True)
class Collected:
    accepted: int = 0
    rejected: int = 0
    superseded: int = 0
    late: int = 0
    unchanged: int = 0
    """Files whose exact ballot was on record already: collecting them again changes nothing."""
    held: int = 0
    """Unsigned ballots of experts with a ballot on record: kept, counted only by a recorded decision."""
    strangers: int = 0
    """Matrix rows naming no expert of the selection: rejected (counted among ``rejected``), with that reason."""
    cancelled: bool = False
    """The collect was cancelled: nothing was stored, and every count is 0."""


Progress = Callable[[int, int], bool]
"""progress(done, total), called after each file; returning False cancels the whole collect."""


class _Cancelled(Exception):
    """Raised inside the transaction, so that it rolls back."""


def collect_ballot_files(path: Path, files: list[Path], progress: Progress | None = None) -> Collected:
    """Check and store each ballot file or form: all of them in one transaction, each with its status and reason.

    ``progress`` is told after each file; when it returns False the transaction rolls back and nothing is stored.
    """
    counts = dict.fromkeys(("accepted", "rejected", "superseded", "late", "unchanged", "held"), 0)
    try:
        with open_selection(path) as selection, selection.write() as session:
            inbox = _Inbox.open(session)
            for done, file in enumerate(files, start=1):
                status, replaced = inbox.collect(file)
                counts[status] += 1
                counts["superseded"] += replaced
                if progress is not None and not progress(done, len(files)):
                    raise _Cancelled
            inbox.write_pending()
            events.append(session, "ballots collected", {"files": [f.name for f in files], **counts})
            received.log_register(session, inbox.stage)
            if counts["accepted"]:
                events.lock_counted(session, inbox.stage.id, inbox.stage.name)
    except _Cancelled:
        return Collected(cancelled=True)
    return Collected(
        accepted=counts["accepted"],
        rejected=counts["rejected"],
        superseded=counts["superseded"],
        late=counts["late"],
        unchanged=counts["unchanged"],
        held=counts["held"],
    )


def unreadable(file: Path, why: str) -> str:
    """The register's fingerprint of a file whose bytes were not read or are empty. No bytes tell such files apart,
    so where the file lies does: its full path, its size and time of change as its folder lists them, and why it was
    refused. Two such files are two entries (also two of one name in two folders); the same file collected again is
    one."""
    try:
        info = os.lstat(file)
        listed = f"{info.st_size}\0{info.st_mtime_ns}"
    except OSError:
        listed = ""
    where = os.fsencode(os.path.abspath(file))
    return hashlib.sha256(b"unreadable\0" + where + f"\0{listed}\0{why}".encode()).hexdigest()


@dataclass
class _Inbox:
    """What checking a ballot needs from the selection, read once per collect."""

    session: Session
    stage: StageRow
    rules: Rules
    current: int
    known: dict[str, int]
    """Each rules version's fingerprint → that version."""
    secrets: dict[str, str]
    codes: set[str]
    recused: dict[str, set[str]]
    late: bool
    received: set[str]
    """The fingerprints on record, this collect's included."""
    kept: int = 0
    """Bytes of rejected files this collect has stored so far (at most KEPT_REJECTED)."""
    pending: list[dict[str, object]] = field(default_factory=list)
    """Rejected files of no expert not yet written: stored many at once, in the order received (see ``_store``)."""

    @classmethod
    def open(cls, session: Session) -> _Inbox:
        stage = repository.current_stage(session)
        rules = repository.rules(session, stage)
        candidates = repository.candidates(session, stage)
        recused: dict[str, set[str]] = {}
        for r in repository.recusals(session):
            recused.setdefault(r.expert, set()).add(r.candidate)
        return cls(
            session=session,
            stage=stage,
            rules=rules,
            current=repository.rules_row(session, stage).version,
            known={
                fingerprint(v, candidates, repository.nonce(session)): n
                for n, v, _ in repository.rules_versions(session, stage)
            },
            secrets=repository.expert_secrets(session),
            codes={c.code for c in candidates},
            recused=recused,
            late=deadline_passed(rules),
            received=repository.received_fingerprints(session),
        )

    def collect(self, file: Path) -> Outcome:
        """One file: a link, a device, a pipe or an oversized file is rejected with its reason, never read."""
        source = "form" if file.suffix.lower() in FORM_SUFFIXES else "file"
        try:
            raw = read_bounded(file, FORM if source == "form" else BALLOT, lines=False)
        except InputError as error:
            sha = unreadable(file, error.problem)
            if sha in self.received:
                return "unchanged", False
            return self._reject(file, b"", sha, source, error.problem)
        sha = ballot_fingerprint(raw) if raw else unreadable(file, "empty")
        if sha in self.received:
            return "unchanged", False
        if source == "form":
            return self._form(file, raw, sha)
        return self._ballot_file(file, raw, sha)

    def write_pending(self) -> None:
        repository.add_ballot_rows(self.session, self.pending)
        self.pending.clear()

    def _ballot_file(self, file: Path, raw: bytes, sha: str) -> Outcome:
        try:
            ballot = parse_ballot(raw, str(file))
        except InputError as error:
            return self._reject(file, raw, sha, "file", error.problem)
        if ballot.expert in self.secrets and ballot.fingerprint in self.known:
            if not authentic(ballot, self.secrets[ballot.expert]):
                return self._reject(
                    file,
                    raw,
                    sha,
                    "file",
                    "the signature does not match: the file was altered after it was signed, or signed for another "
                    "selection",
                    ballot.expert,
                )
        problem = self._problem(ballot.fingerprint, ballot.expert, ballot.rules_version, ballot.vote, "ballot")
        if problem:
            return self._reject(file, raw, sha, "file", problem, ballot.expert, ballot.vote)
        return self._admit(file, raw, sha, "file", ballot.expert, ballot.vote, ballot.revision, "")

    def _form(self, file: Path, raw: bytes, sha: str) -> Outcome:
        from top10_panel.exchange.ballot_form import read_form

        try:
            form = read_form(file, raw)
        except InputError as error:
            # where in the form, not which file: the register keeps the file's name apart (an anonymised export
            # leaves it out, and a file name often names the expert)
            inside = InputError(error.problem, fix=error.fix, where=replace(error.where, file=None))
            return self._reject(file, raw, sha, "form", inside.message)
        problem = self._problem(form.fingerprint, form.expert, form.rules_version, form.vote, "ballot form")
        if problem:
            return self._reject(file, raw, sha, "form", problem, form.expert, form.vote)
        return self._admit(file, raw, sha, "form", form.expert, form.vote, 0, "unsigned Excel ballot form")

    def _problem(self, fp: str, expert: str, rules_version: int, vote: Vote, kind: str) -> str:
        """Why a ballot of this selection's shape cannot be counted ('' when it can)."""
        if fp not in self.known:
            return f"a {kind} for another selection (its fingerprint is not this selection's)"
        if expert not in self.secrets:
            return f"a {kind} from '{expert}', who is not an expert of this selection"
        if self.known[fp] != self.current or rules_version != self.current:
            return (
                f"cast under rules version {rules_version}, replaced by version {self.current}: a new package is needed"
            )
        return wrong_shape(vote, self.rules.mode, self.rules.criteria) or foreign_marks(
            vote, self.codes, self.recused.get(expert, set())
        )

    def _admit(
        self, file: Path, raw: bytes, sha: str, source: str, expert: str, vote: Vote, revision: int, note: str
    ) -> Outcome:
        """Store a countable ballot: one counted ballot per expert (domain.acceptance), a late one waits."""
        record = received.on_record(self.session, self.stage, expert).get(expert, [])
        verdict = admission(record, source, vote, revision)
        if verdict.outcome == "unchanged":
            return "unchanged", False
        if verdict.outcome == "stale":
            return self._reject(file, raw, sha, source, verdict.reason, expert, vote)
        late = "received after the deadline: counted only by a recorded decision" if self.late else ""
        if verdict.outcome == "held":
            reason = "; ".join(r for r in (verdict.reason, late) if r)
            self._store(file, raw, sha, source, "held", reason, expert, vote, verdict.revision)
            return "held", False
        replaced = verdict.replaces is not None and not self.late  # a late one replaces nothing until admitted
        if verdict.replaces is not None and replaced:
            earlier = self.session.get(BallotRow, verdict.replaces)
            assert earlier is not None
            earlier.status = "superseded"
            signed = " the signed ballot file," if source == "file" and earlier.source != "file" else ""
            earlier.reason = f"replaced by{signed} revision {verdict.revision}"
        status = "late" if self.late else "accepted"
        reason = "; ".join(r for r in (note, late) if r)
        self._store(file, raw, sha, source, status, reason, expert, vote, verdict.revision)
        return status, replaced

    def _reject(
        self,
        file: Path,
        raw: bytes,
        sha: str,
        source: str,
        reason: str,
        expert: str | None = None,
        vote: Vote | None = None,
    ) -> Outcome:
        known_expert = expert if expert in self.secrets else None
        if raw and self.kept + len(raw) > KEPT_REJECTED:
            reason = (
                f"{reason}; its bytes ({size_text(len(raw))}) were not kept: a collect keeps at most "
                f"{size_text(KEPT_REJECTED)} of rejected files, the SHA-256 of this one is on record"
            )
            raw = b""
        self.kept += len(raw)
        self._store(file, raw, sha, source, "rejected", reason, known_expert, vote)
        return "rejected", False

    def _store(
        self,
        file: Path,
        raw: bytes,
        sha: str,
        source: str,
        status: str,
        reason: str,
        expert: str | None,
        vote: Vote | None,
        revision: int = 1,
    ) -> None:
        self.received.add(sha)
        if expert is None:  # junk, mostly: thousands of such files are one insert, not thousands of objects
            self.pending.append(
                {
                    "stage_id": self.stage.id,
                    "expert_id": None,
                    "revision": revision,
                    "received_at": repository.now(),
                    "source": source,
                    "origin": file.name,
                    "raw": raw,
                    "status": status,
                    "reason": reason,
                    "fingerprint": sha,
                    "late": False,
                    "panel": DEFAULT_PANEL,
                    "vote": json.dumps(vote or {}, ensure_ascii=False, sort_keys=True),
                }
            )
            if len(self.pending) >= PENDING:
                self.write_pending()
            return
        self.write_pending()  # the register keeps the order received
        repository.add_ballot(
            self.session,
            self.stage,
            expert,
            vote or {},
            source=source,
            origin=file.name,
            status=status,
            reason=reason,
            raw=raw,
            fingerprint=sha,
            revision=revision,
        )
