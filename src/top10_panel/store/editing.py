"""Editing a selection's lists one row at a time, and what the editor's window reads about its state; callers own
the transaction. A removed row comes back whole (its place, its stages, its recusals), so a removal can be undone."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from top10_panel.domain.people import Candidate, Expert

from . import repository
from .schema import (
    BallotBatchRow,
    BallotRow,
    CandidateRow,
    EventRow,
    ExpertRow,
    RecusalRow,
    StageCandidateRow,
)

CANDIDATE_FIELDS = ("code", "title", "date", "summary", "source", "category")
EXPERT_FIELDS = ("name", "affiliation", "email")


@dataclass(frozen=True)
class RecusalRecord:
    """A recusal on file with its review state: confirmed, suggested (by the app) or rejected."""

    expert: str
    candidate: str
    reason: str
    note: str
    status: str


@dataclass(frozen=True)
class RemovedCandidate:
    candidate: Candidate
    position: int
    stage_ids: tuple[int, ...]
    recusals: tuple[RecusalRecord, ...]


@dataclass(frozen=True)
class RemovedExpert:
    expert: Expert
    secret: str
    position: int
    recusals: tuple[RecusalRecord, ...]


@dataclass(frozen=True)
class IssueRecord:
    """One issue of ballot packages, as the event log recorded it."""

    stage: str
    fingerprint: str
    experts: int
    at: str


def lists_locked(session: Session) -> bool:
    """Whether packages of the first stage are out: from then on the lists cannot change (as services.selection)."""
    return repository.rules_row(session, repository.stages(session)[0]).locked


def packages_out(session: Session) -> bool:
    """Whether ballot packages were ever issued (the lists are then fixed for good, unlike a lock by counting)."""
    return session.scalar(select(EventRow.seq).where(EventRow.kind == "packages issued").limit(1)) is not None


def ballots_on_record(session: Session) -> int:
    """Every ballot record and public-vote batch in the file, of any stage and status."""
    rows = session.scalar(select(func.count()).select_from(BallotRow)) or 0
    batches = session.scalar(select(func.count()).select_from(BallotBatchRow)) or 0
    return int(rows) + int(batches)


def _candidate(session: Session, code: str) -> CandidateRow | None:
    return session.scalars(select(CandidateRow).where(CandidateRow.code == code)).first()


def _expert(session: Session, name: str) -> ExpertRow | None:
    return session.scalars(select(ExpertRow).where(ExpertRow.name == name)).first()


def has_candidate(session: Session, code: str) -> bool:
    return _candidate(session, code) is not None


def has_expert(session: Session, name: str) -> bool:
    return _expert(session, name) is not None


def update_candidate(session: Session, code: str, field: str, value: str) -> str | None:
    """Set one field of a candidate; returns the old value, None when there is no such candidate."""
    if field not in CANDIDATE_FIELDS:
        raise ValueError(f"unknown candidate field {field}")
    row = _candidate(session, code)
    if row is None:
        return None
    old = str(getattr(row, field))
    setattr(row, field, value)
    return old


def update_expert(session: Session, name: str, field: str, value: str) -> str | None:
    """Set one field of an expert; returns the old value, None when there is no such expert."""
    if field not in EXPERT_FIELDS:
        raise ValueError(f"unknown expert field {field}")
    row = _expert(session, name)
    if row is None:
        return None
    old = str(getattr(row, field))
    setattr(row, field, value)
    return old


def _recusals_of(
    session: Session, *, expert_id: int | None = None, candidate_id: int | None = None
) -> list[RecusalRow]:
    query = select(RecusalRow)
    if expert_id is not None:
        query = query.where(RecusalRow.expert_id == expert_id)
    if candidate_id is not None:
        query = query.where(RecusalRow.candidate_id == candidate_id)
    return list(session.scalars(query.order_by(RecusalRow.id)))


def recusal_records(session: Session) -> list[RecusalRecord]:
    """Every recusal on file, whatever its state, in expert and candidate list order."""
    query = (
        select(ExpertRow.name, CandidateRow.code, RecusalRow.reason, RecusalRow.note, RecusalRow.status)
        .join(ExpertRow, ExpertRow.id == RecusalRow.expert_id)
        .join(CandidateRow, CandidateRow.id == RecusalRow.candidate_id)
        .order_by(ExpertRow.position, CandidateRow.position)
    )
    return [RecusalRecord(*row) for row in session.execute(query)]


def _records(session: Session, rows: list[RecusalRow]) -> tuple[RecusalRecord, ...]:
    names = {id_: name for id_, name in session.execute(select(ExpertRow.id, ExpertRow.name))}
    codes = {id_: code for id_, code in session.execute(select(CandidateRow.id, CandidateRow.code))}
    return tuple(RecusalRecord(names[r.expert_id], codes[r.candidate_id], r.reason, r.note, r.status) for r in rows)


def delete_candidate(session: Session, code: str) -> RemovedCandidate | None:
    """Remove a candidate with its stage memberships and recusals; what was removed, to put it back."""
    row = _candidate(session, code)
    if row is None:
        return None
    recusals = _recusals_of(session, candidate_id=row.id)
    records = _records(session, recusals)
    stage_ids = tuple(
        session.scalars(select(StageCandidateRow.stage_id).where(StageCandidateRow.candidate_id == row.id))
    )
    removed = RemovedCandidate(
        Candidate(row.code, row.title, row.date, row.summary, row.source, row.category),
        row.position,
        stage_ids,
        records,
    )
    session.execute(delete(RecusalRow).where(RecusalRow.candidate_id == row.id))
    session.execute(delete(StageCandidateRow).where(StageCandidateRow.candidate_id == row.id))
    session.delete(row)
    session.flush()
    return removed


def insert_candidate(session: Session, candidate: Candidate, position: int | None = None) -> None:
    """A new candidate of the first stage, at ``position`` or after the last."""
    first = repository.stages(session)[0]
    _insert_candidate(session, candidate, position, (first.id,))


def _insert_candidate(session: Session, c: Candidate, position: int | None, stage_ids: tuple[int, ...]) -> None:
    if position is None:
        position = int(session.scalar(select(func.coalesce(func.max(CandidateRow.position), 0))) or 0) + 1
    row = CandidateRow(
        code=c.code,
        title=c.title,
        date=c.date,
        summary=c.summary,
        source=c.source,
        category=c.category,
        position=position,
    )
    session.add(row)
    session.flush()
    session.add_all([StageCandidateRow(stage_id=stage_id, candidate_id=row.id) for stage_id in stage_ids])
    session.flush()


def restore_candidate(session: Session, removed: RemovedCandidate) -> None:
    """Put a removed candidate back in its place, stages and recusals (whose experts are still on file)."""
    _insert_candidate(session, removed.candidate, removed.position, removed.stage_ids)
    _restore_recusals(session, removed.recusals)


def delete_expert(session: Session, name: str) -> RemovedExpert | None:
    """Remove an expert with their recusals; what was removed, to put it back."""
    row = _expert(session, name)
    if row is None:
        return None
    records = _records(session, _recusals_of(session, expert_id=row.id))
    removed = RemovedExpert(Expert(row.name, row.affiliation, row.email), row.secret, row.position, records)
    session.execute(delete(RecusalRow).where(RecusalRow.expert_id == row.id))
    session.delete(row)
    session.flush()
    return removed


def insert_expert(session: Session, expert: Expert, secret: str, position: int | None = None) -> None:
    if position is None:
        position = int(session.scalar(select(func.coalesce(func.max(ExpertRow.position), 0))) or 0) + 1
    session.add(
        ExpertRow(
            name=expert.name, affiliation=expert.affiliation, email=expert.email, secret=secret, position=position
        )
    )
    session.flush()


def restore_expert(session: Session, removed: RemovedExpert) -> None:
    insert_expert(session, removed.expert, removed.secret, removed.position)
    _restore_recusals(session, removed.recusals)


def _restore_recusals(session: Session, records: tuple[RecusalRecord, ...]) -> None:
    for record in records:
        set_recusal(session, record.expert, record.candidate, record.status, record.reason, record.note)


def set_recusal(session: Session, expert: str, code: str, status: str | None, reason: str, note: str) -> bool:
    """Put a pair's recusal in a state (None: no recusal on file); False when the expert or candidate is gone."""
    person, candidate = _expert(session, expert), _candidate(session, code)
    if person is None or candidate is None:
        return False
    row = session.scalars(
        select(RecusalRow).where(RecusalRow.expert_id == person.id, RecusalRow.candidate_id == candidate.id)
    ).first()
    if status is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(RecusalRow(expert_id=person.id, candidate_id=candidate.id, reason=reason, note=note, status=status))
    else:
        row.status, row.reason, row.note = status, reason, note
    session.flush()
    return True


def issue_records(session: Session) -> list[IssueRecord]:
    """Each issue of packages the log records, oldest first."""
    out = []
    for row in session.scalars(select(EventRow).where(EventRow.kind == "packages issued").order_by(EventRow.seq)):
        payload = json.loads(row.payload)
        out.append(
            IssueRecord(
                str(payload.get("stage", "")),
                str(payload.get("fingerprint", "")),
                len(payload.get("experts", [])),
                row.at,
            )
        )
    return out
