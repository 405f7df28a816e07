"""Issuing ballot packages, voting offline, and collecting signed ballot files (SPEC §2 steps 2–4)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from top10_panel.domain.ballot_check import foreign_marks, rule_breaks, wrong_shape
from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.result import Decision
from top10_panel.domain.rules import Rules
from top10_panel.domain.votes import Vote, fingerprint
from top10_panel.exchange.ballot_files import (
    MAX_FILE_BYTES,
    Ballot,
    Package,
    authentic,
    ballot_bytes,
    ballot_fingerprint,
    read_ballot,
    read_package,
    sign,
    tracker,
    write_atomically,
    write_package,
)
from top10_panel.store import events, repository
from top10_panel.store.database import open_selection
from top10_panel.store.schema import StageRow

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class Issued:
    fingerprint: str
    rules_version: int
    packages: tuple[Path, ...]


def issue(path: Path, out: Path, forms: bool = False) -> Issued:
    """One package per expert into ``out`` (and with ``forms`` an Excel ballot form); the rules lock from now on."""
    out.mkdir(parents=True, exist_ok=True)
    with open_selection(path) as selection, selection.write() as session:
        stage = repository.current_stage(session)
        candidates = repository.candidates(session, stage)
        experts = repository.experts(session)
        if not candidates or not experts:
            raise InputError(
                "the selection needs candidates and experts before packages can be issued",
                fix="import them with import-candidates and import-experts",
                where=Location(file=str(path)),
            )
        row = repository.rules_row(session, stage)
        version = row.version
        rules = repository.rules(session, stage)
        fp = fingerprint(rules, candidates)
        secrets = repository.expert_secrets(session)
        recused: dict[str, list[str]] = {}
        for r in repository.recusals(session):
            recused.setdefault(r.expert, []).append(r.candidate)
        title = repository.selection(session).title
        written = []
        for expert in experts:
            package = Package(
                title=title,
                stage=stage.name,
                rules=rules,
                rules_version=row.version,
                candidates=tuple(candidates),
                expert=expert.name,
                affiliation=expert.affiliation,
                secret=secrets[expert.name],
                recused=tuple(recused.get(expert.name, ())),
                fingerprint=fp,
            )
            target = out / f"{_UNSAFE.sub('_', expert.name)}.t10pkg"
            write_package(target, package)
            written.append(target)
            if forms:
                from top10_panel.exchange.ballot_form import write_form

                write_form(target.with_suffix(".xlsx"), package)
                written.append(target.with_suffix(".xlsx"))
        if not row.locked:
            row.locked = True
            events.append(session, "rules locked", {"stage": stage.name, "version": row.version})
        events.append(
            session, "packages issued", {"stage": stage.name, "fingerprint": fp, "experts": [e.name for e in experts]}
        )
    return Issued(fp, version, tuple(written))


@dataclass(frozen=True)
class Receipt:
    path: Path
    expert: str
    revision: int
    ballot_fingerprint: str
    tracker: str
    selection_fingerprint: str


def vote(package_path: Path, choice: Vote, out: Path) -> Receipt:
    """The expert's side: refuse a vote the rules do not allow, else write the signed ballot file atomically.

    Writing over an earlier ballot of the same package makes the next revision.
    """
    package = read_package(package_path)
    codes = [c.code for c in package.candidates]
    problem = (
        wrong_shape(choice, package.rules.mode)
        or foreign_marks(choice, codes, package.recused)
        or rule_breaks(choice, package.rules)
    )
    if problem:
        raise InputError(f"this ballot cannot be cast: {problem}", fix="change the vote", where=Location(file=str(out)))
    revision = 1
    if out.exists():
        earlier, _ = read_ballot(out)
        if earlier.expert == package.expert and earlier.fingerprint == package.fingerprint:
            revision = earlier.revision + 1
    ballot = Ballot(
        fingerprint=package.fingerprint,
        rules_version=package.rules_version,
        expert=package.expert,
        revision=revision,
        time=datetime.now(UTC).isoformat(timespec="seconds"),
        vote=dict(choice),
    )
    data = ballot_bytes(sign(ballot, package.secret))
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(out, data)
    return Receipt(
        out,
        package.expert,
        revision,
        ballot_fingerprint(data),
        tracker(package.secret, package.fingerprint),
        package.fingerprint,
    )


@dataclass(frozen=True)
class Collected:
    accepted: int = 0
    rejected: int = 0
    superseded: int = 0
    late: int = 0
    unchanged: int = 0
    """Files whose exact bytes were on record already: collecting them again changes nothing."""


def _fingerprints(session: Session, stage: StageRow) -> dict[str, int]:
    candidates = repository.candidates(session, stage)
    return {fingerprint(rules, candidates): version for version, rules, _ in repository.rules_versions(session, stage)}


def collect_ballot_files(path: Path, files: list[Path]) -> Collected:
    """Check and store each ballot file: all of them in one transaction, each with its status and reason."""
    counts = dict.fromkeys(("accepted", "rejected", "superseded", "late", "unchanged"), 0)
    with open_selection(path) as selection, selection.write() as session:
        stage = repository.current_stage(session)
        rules = repository.rules(session, stage)
        current = repository.rules_row(session, stage).version
        known = _fingerprints(session, stage)
        secrets = repository.expert_secrets(session)
        codes = {c.code for c in repository.candidates(session, stage)}
        recused: dict[str, set[str]] = {}
        for r in repository.recusals(session):
            recused.setdefault(r.expert, set()).add(r.candidate)
        late = deadline_passed(rules)
        for file in files:
            status, replaced = _collect_one(session, stage, file, known, current, secrets, codes, recused, late, rules)
            counts[status] += 1
            counts["superseded"] += replaced
        events.append(session, "ballots collected", {"files": [f.name for f in files], **counts})
    return Collected(**counts)


def _collect_one(  # noqa: PLR0913 - the collection's context, gathered once per call
    session: Session,
    stage: StageRow,
    file: Path,
    known: dict[str, int],
    current: int,
    secrets: dict[str, str],
    codes: set[str],
    recused: dict[str, set[str]],
    late: bool,
    rules: Rules,
) -> tuple[str, bool]:
    """The status the file got, and whether it replaced an earlier revision."""
    size = file.stat().st_size if file.is_file() else 0
    raw = file.read_bytes() if 0 < size <= MAX_FILE_BYTES else b""
    sha = ballot_fingerprint(raw)
    if repository.ballot_received(session, sha):
        return "unchanged", False

    def reject(reason: str, expert: str | None = None, vote: Vote | None = None) -> tuple[str, bool]:
        repository.add_ballot(
            session,
            stage,
            expert,
            vote or {},
            source="file",
            origin=file.name,
            status="rejected",
            reason=reason,
            raw=raw,
            fingerprint=sha,
        )
        return "rejected", False

    if size > MAX_FILE_BYTES:
        return reject(f"the file is too large for a ballot ({size >> 20} MiB)")
    if file.suffix.lower() == ".xlsx":
        return _collect_form(session, stage, file, raw, sha, known, current, secrets, codes, recused, late, rules)
    try:
        ballot, _ = read_ballot(file)
    except InputError as error:
        return reject(error.problem)
    if ballot.fingerprint not in known:
        return reject("a ballot for another selection (its fingerprint is not this selection's)")
    if ballot.expert not in secrets:
        return reject(f"a ballot from '{ballot.expert}', who is not an expert of this selection")
    if not authentic(ballot, secrets[ballot.expert]):
        return reject(
            "the signature does not match: the file was altered after it was signed, or signed for another selection",
            ballot.expert,
        )
    if known[ballot.fingerprint] != current or ballot.rules_version != current:
        return reject(
            f"cast under rules version {ballot.rules_version}, replaced by version {current}: a new package is needed",
            ballot.expert,
            ballot.vote,
        )
    problem = wrong_shape(ballot.vote, rules.mode) or foreign_marks(
        ballot.vote, codes, recused.get(ballot.expert, set())
    )
    if problem:
        return reject(problem, ballot.expert, ballot.vote)
    earlier = repository.latest_ballot(session, stage, ballot.expert)
    if earlier is not None and earlier.revision == ballot.revision and json.loads(earlier.vote) == ballot.vote:
        return "unchanged", False  # the same signed ballot, copied with other line ends or spacing
    if earlier is not None and earlier.revision >= ballot.revision:
        return reject(
            f"revision {ballot.revision} is not newer than revision {earlier.revision} on record",
            ballot.expert,
            ballot.vote,
        )
    status = "late" if late else "accepted"
    superseded = earlier is not None and not late  # a late revision replaces nothing until it is admitted
    if earlier is not None and superseded:
        earlier.status = "superseded"
        earlier.reason = f"replaced by revision {ballot.revision}"
    repository.add_ballot(
        session,
        stage,
        ballot.expert,
        ballot.vote,
        source="file",
        origin=file.name,
        status=status,
        reason="received after the deadline: counted only by a recorded decision" if late else "",
        raw=raw,
        fingerprint=sha,
        revision=ballot.revision,
    )
    return status, superseded


def _collect_form(  # noqa: PLR0913 - the collection's context, gathered once per call
    session: Session,
    stage: StageRow,
    file: Path,
    raw: bytes,
    sha: str,
    known: dict[str, int],
    current: int,
    secrets: dict[str, str],
    codes: set[str],
    recused: dict[str, set[str]],
    late: bool,
    rules: Rules,
) -> tuple[str, bool]:
    """An Excel ballot form: checked like a ballot file, except that it carries no signature (marked unsigned)."""
    from top10_panel.exchange.ballot_form import read_form

    def store(status: str, reason: str, expert: str | None = None, vote: Vote | None = None, revision: int = 1) -> None:
        repository.add_ballot(
            session,
            stage,
            expert,
            vote or {},
            source="form",
            origin=file.name,
            status=status,
            reason=reason,
            raw=raw,
            fingerprint=sha,
            revision=revision,
        )

    try:
        form = read_form(file)
    except InputError as error:
        store("rejected", error.message)
        return "rejected", False
    problem = ""
    if form.fingerprint not in known:
        problem = "a ballot form of another selection (its fingerprint is not this selection's)"
    elif form.expert not in secrets:
        problem = f"a ballot form of '{form.expert}', who is not an expert of this selection"
    elif known[form.fingerprint] != current or form.rules_version != current:
        problem = f"filled in under rules version {form.rules_version}, replaced by version {current}"
    else:
        problem = wrong_shape(form.vote, rules.mode) or foreign_marks(form.vote, codes, recused.get(form.expert, set()))
    if problem:
        store("rejected", problem, form.expert if form.expert in secrets else None, form.vote)
        return "rejected", False
    earlier = repository.latest_ballot(session, stage, form.expert)
    if earlier is not None and not late:
        earlier.status = "superseded"
        earlier.reason = "replaced by a later ballot form"
    reason = "unsigned Excel ballot form" + ("; received after the deadline" if late else "")
    revision = earlier.revision + 1 if earlier is not None else 1
    store("late" if late else "accepted", reason, form.expert, form.vote, revision)
    return ("late" if late else "accepted"), earlier is not None and not late


def admit_late(path: Path, expert: str, by: str, reason: str) -> None:
    """Count a ballot received after the deadline, by a recorded decision (who, why)."""
    if not by.strip() or not reason.strip():
        raise InputError("counting a late ballot needs who decided and why", fix="give --by NAME and --reason TEXT")
    with open_selection(path) as selection, selection.write() as session:
        stage = repository.current_stage(session)
        ballot = repository.latest_ballot(session, stage, expert)
        if ballot is None or ballot.status != "late":
            raise InputError(
                f"there is no late ballot of '{expert}' in this stage",
                fix="check the name against the register",
                where=Location(file=str(path)),
            )
        for earlier in repository.counted_ballots(session, stage, expert):
            earlier.status = "superseded"
            earlier.reason = f"replaced by the late revision {ballot.revision}, counted by decision"
        ballot.status = "accepted"
        ballot.reason = f"late, counted by decision of {by}: {reason}"
        repository.add_decision(session, stage, Decision("late", (expert,), by=by, reason=reason))
        events.append(
            session, "late ballot counted", {"stage": stage.name, "expert": expert, "by": by, "reason": reason}
        )


def deadline_passed(rules: Rules) -> bool:
    """Whether now is after the rules' deadline; a deadline written without a UTC offset is local time."""
    if not rules.deadline:
        return False
    deadline = datetime.fromisoformat(rules.deadline)
    if deadline.tzinfo is None:
        deadline = deadline.astimezone()
    return repository.now() > deadline.astimezone(UTC).replace(tzinfo=None)  # received times are naive UTC
