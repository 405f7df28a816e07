"""Reading and writing a selection's contents as plain domain data; callers own the transaction."""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from top10_panel.domain.people import Candidate, Expert, Recusal, RecusalReason
from top10_panel.domain.result import Decision
from top10_panel.domain.rules import Rules, rules_from_dict, rules_to_dict
from top10_panel.domain.votes import Vote

from .schema import (
    BallotRow,
    CandidateRow,
    DecisionRow,
    ExpertRow,
    Meta,
    RecusalRow,
    RulesRow,
    SelectionRow,
    StageCandidateRow,
    StageRow,
)


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def add_selection(
    session: Session, title: str, year: int | None, description: str, stages: Sequence[tuple[str, str, Rules]]
) -> None:
    session.add(SelectionRow(title=title, year=year, description=description, created_at=now()))
    parent = None
    for position, (kind, name, rules) in enumerate(stages, start=1):
        stage = StageRow(kind=kind, name=name, position=position, parent_id=parent, status="open")
        session.add(stage)
        session.flush()
        session.add(RulesRow(stage_id=stage.id, version=1, body=json.dumps(rules_to_dict(rules)), created_at=now()))
        parent = stage.id


def selection(session: Session) -> SelectionRow:
    row = session.scalars(select(SelectionRow)).one()
    return row


def stages(session: Session) -> list[StageRow]:
    return list(session.scalars(select(StageRow).order_by(StageRow.position)))


def current_stage(session: Session) -> StageRow:
    """An open runoff (加投) first; else the first open stage; else the last regular stage."""
    all_stages = stages(session)
    runoff = [s for s in all_stages if s.kind == "runoff" and s.status == "open"]
    regular = [s for s in all_stages if s.kind != "runoff"]
    return runoff[-1] if runoff else next((s for s in regular if s.status == "open"), regular[-1])


def add_stage(session: Session, kind: str, name: str, parent: StageRow, rules: Rules, codes: Sequence[str]) -> StageRow:
    """A new stage voting on the given candidates, e.g. a runoff among the tied."""
    position = max(s.position for s in stages(session)) + 1
    stage = StageRow(kind=kind, name=name, position=position, parent_id=parent.id, status="open")
    session.add(stage)
    session.flush()
    session.add(RulesRow(stage_id=stage.id, version=1, body=json.dumps(rules_to_dict(rules)), created_at=now()))
    ids = {code: id_ for code, id_ in session.execute(select(CandidateRow.code, CandidateRow.id))}
    session.add_all([StageCandidateRow(stage_id=stage.id, candidate_id=ids[code]) for code in codes])
    return stage


def add_decision(session: Session, stage: StageRow, decision: Decision) -> None:
    session.add(
        DecisionRow(
            stage_id=stage.id,
            kind=decision.kind,
            among=json.dumps(list(decision.among), ensure_ascii=False),
            decided=json.dumps([list(tier) for tier in decision.order], ensure_ascii=False),
            seed=decision.seed,
            by=decision.by,
            reason=decision.reason,
            at=now(),
        )
    )


def rules_row(session: Session, stage: StageRow) -> RulesRow:
    return session.scalars(
        select(RulesRow).where(RulesRow.stage_id == stage.id).order_by(RulesRow.version.desc()).limit(1)
    ).one()


def rules(session: Session, stage: StageRow) -> Rules:
    return rules_from_dict(json.loads(rules_row(session, stage).body))


def candidates(session: Session, stage: StageRow | None = None) -> list[Candidate]:
    """The stage's candidates (all of the selection's when no stage is given), in list order."""
    query = select(CandidateRow).order_by(CandidateRow.position)
    if stage is not None:
        query = query.join(StageCandidateRow, StageCandidateRow.candidate_id == CandidateRow.id).where(
            StageCandidateRow.stage_id == stage.id
        )
    return [
        Candidate(row.code, row.title, row.date, row.summary, row.source, row.category)
        for row in session.scalars(query)
    ]


NONCE_KEY = "nonce"
"""meta entry: the selection's random nonce, part of its fingerprint (absent in files made before nonces)."""


def nonce(session: Session) -> str:
    row = session.get(Meta, NONCE_KEY)
    return row.value if row else ""


def renew_nonce(session: Session) -> None:
    """A fresh nonce whenever the lists change before issue: a copy of the file that is given new lists (even the
    same ones) gets a fingerprint of its own, so it cannot accept the original's ballots."""
    session.merge(Meta(key=NONCE_KEY, value=secrets.token_hex(16)))


def add_candidates(session: Session, stage: StageRow, new: Sequence[Candidate]) -> None:
    start = session.scalar(select(func.coalesce(func.max(CandidateRow.position), 0))) or 0
    rows = [
        CandidateRow(
            code=c.code,
            title=c.title,
            date=c.date,
            summary=c.summary,
            source=c.source,
            category=c.category,
            position=start + offset,
        )
        for offset, c in enumerate(new, start=1)
    ]
    session.add_all(rows)
    session.flush()  # one flush for the ids of all the rows
    session.add_all([StageCandidateRow(stage_id=stage.id, candidate_id=row.id) for row in rows])
    renew_nonce(session)


def experts(session: Session) -> list[Expert]:
    return [
        Expert(row.name, row.affiliation, row.email)
        for row in session.scalars(select(ExpertRow).order_by(ExpertRow.position))
    ]


def add_experts(session: Session, new: Sequence[Expert]) -> None:
    start = session.scalar(select(func.coalesce(func.max(ExpertRow.position), 0))) or 0
    for offset, e in enumerate(new, start=1):
        session.add(
            ExpertRow(
                name=e.name,
                affiliation=e.affiliation,
                email=e.email,
                secret=secrets.token_hex(32),
                position=start + offset,
            )
        )
    session.flush()
    renew_nonce(session)


def recusals(session: Session, status: str = "confirmed") -> list[Recusal]:
    query = (
        select(ExpertRow.name, CandidateRow.code, RecusalRow.reason, RecusalRow.note)
        .join(ExpertRow, ExpertRow.id == RecusalRow.expert_id)
        .join(CandidateRow, CandidateRow.id == RecusalRow.candidate_id)
        .where(RecusalRow.status == status)
        .order_by(ExpertRow.position, CandidateRow.position)
    )
    return [Recusal(name, code, RecusalReason(reason), note) for name, code, reason, note in session.execute(query)]


def set_recusal_status(session: Session, expert: str, code: str, status: str) -> bool:
    """Accept (confirmed) or reject a recorded recusal; False when there is none for that pair."""
    row = session.scalars(
        select(RecusalRow)
        .join(ExpertRow, ExpertRow.id == RecusalRow.expert_id)
        .join(CandidateRow, CandidateRow.id == RecusalRow.candidate_id)
        .where(ExpertRow.name == expert, CandidateRow.code == code)
    ).first()
    if row is None:
        return False
    row.status = status
    return True


def add_recusals(session: Session, new: Sequence[Recusal], status: str = "confirmed") -> int:
    """Record recusals not yet on file; returns how many were added."""
    expert_ids = {name: id_ for name, id_ in session.execute(select(ExpertRow.name, ExpertRow.id))}
    candidate_ids = {code: id_ for code, id_ in session.execute(select(CandidateRow.code, CandidateRow.id))}
    existing = {(e, c) for e, c in session.execute(select(RecusalRow.expert_id, RecusalRow.candidate_id))}
    added = 0
    for r in new:
        key = (expert_ids[r.expert], candidate_ids[r.candidate])
        if key in existing:
            continue
        existing.add(key)
        session.add(RecusalRow(expert_id=key[0], candidate_id=key[1], reason=str(r.reason), note=r.note, status=status))
        added += 1
    return added


def add_ballot(
    session: Session,
    stage: StageRow,
    expert: str | None,
    vote: Vote,
    *,
    source: str,
    origin: str,
    status: str,
    reason: str = "",
    raw: bytes = b"",
    fingerprint: str = "",
    panel: str = "experts",
    revision: int = 1,
) -> None:
    expert_id = session.scalar(select(ExpertRow.id).where(ExpertRow.name == expert)) if expert else None
    session.add(
        BallotRow(
            stage_id=stage.id,
            expert_id=expert_id,
            received_at=now(),
            source=source,
            origin=origin,
            raw=raw,
            vote=json.dumps(vote, ensure_ascii=False, sort_keys=True),
            status=status,
            reason=reason,
            fingerprint=fingerprint,
            panel=panel,
            revision=revision,
        )
    )


def accepted_votes(session: Session, stage: StageRow) -> list[tuple[str, Vote, str]]:
    """Each counted ballot of the stage as (voter, vote, panel): the experts' in list order, then other panels'
    ballots (a public vote, whose voters are no experts) under their origin."""
    query = (
        select(ExpertRow.name, BallotRow.origin, BallotRow.vote, BallotRow.panel)
        .outerjoin(ExpertRow, ExpertRow.id == BallotRow.expert_id)
        .where(BallotRow.stage_id == stage.id, BallotRow.status == "accepted")
        .order_by(ExpertRow.position.is_(None), ExpertRow.position, BallotRow.id)
    )
    return [(name or origin, json.loads(vote), panel) for name, origin, vote, panel in session.execute(query)]


def decisions(session: Session, stage: StageRow) -> list[Decision]:
    rows = session.scalars(select(DecisionRow).where(DecisionRow.stage_id == stage.id).order_by(DecisionRow.id))
    return [
        Decision(
            kind=row.kind,
            among=tuple(json.loads(row.among)),
            order=tuple(tuple(group) for group in json.loads(row.decided)),
            seed=row.seed,
            by=row.by,
            reason=row.reason,
            at=row.at.isoformat(timespec="seconds"),
        )
        for row in rows
        if row.kind in ("chair", "runoff", "lot")
    ]


def expert_secrets(session: Session) -> dict[str, str]:
    return {name: secret for name, secret in session.execute(select(ExpertRow.name, ExpertRow.secret))}


@dataclass(frozen=True)
class RulesVersion:
    version: int
    rules: Rules
    locked: bool
    created_at: datetime
    reason: str
    """Why the rules changed after they were locked ('' for the first version)."""


def rules_history(session: Session, stage: StageRow) -> list[RulesVersion]:
    """Every version of the stage's rules with when and why it was made, oldest first."""
    rows = session.scalars(select(RulesRow).where(RulesRow.stage_id == stage.id).order_by(RulesRow.version))
    return [
        RulesVersion(row.version, rules_from_dict(json.loads(row.body)), row.locked, row.created_at, row.reason)
        for row in rows
    ]


def rules_versions(session: Session, stage: StageRow) -> list[tuple[int, Rules, bool]]:
    """Every version of the stage's rules: (version, rules, locked), oldest first."""
    return [(v.version, v.rules, v.locked) for v in rules_history(session, stage)]


def ballot_received(session: Session, sha256: str) -> bool:
    """Whether a ballot with exactly these bytes is on record already."""
    return bool(session.scalar(select(func.count()).select_from(BallotRow).where(BallotRow.fingerprint == sha256)))


def received_fingerprints(session: Session) -> set[str]:
    """The fingerprints of every ballot on record, read once per collect (one query instead of one per file)."""
    return set(session.scalars(select(BallotRow.fingerprint)))


def latest_ballot(session: Session, stage: StageRow, expert: str) -> BallotRow | None:
    """The expert's ballot that counts now (accepted or late) in the stage, if any."""
    return session.scalars(
        select(BallotRow)
        .join(ExpertRow, ExpertRow.id == BallotRow.expert_id)
        .where(BallotRow.stage_id == stage.id, ExpertRow.name == expert, BallotRow.status.in_(("accepted", "late")))
        .order_by(BallotRow.revision.desc(), BallotRow.id.desc())
    ).first()


def counted_ballots(session: Session, stage: StageRow, expert: str) -> list[BallotRow]:
    """The expert's accepted ballots in the stage (one, unless a late revision is being admitted)."""
    return list(
        session.scalars(
            select(BallotRow)
            .join(ExpertRow, ExpertRow.id == BallotRow.expert_id)
            .where(BallotRow.stage_id == stage.id, ExpertRow.name == expert, BallotRow.status == "accepted")
        )
    )


def held_ballots(session: Session, stage: StageRow, expert: str) -> list[BallotRow]:
    """The expert's ballots in the stage held for a decision (an unsigned ballot beside one on record)."""
    return list(
        session.scalars(
            select(BallotRow)
            .join(ExpertRow, ExpertRow.id == BallotRow.expert_id)
            .where(BallotRow.stage_id == stage.id, ExpertRow.name == expert, BallotRow.status == "held")
            .order_by(BallotRow.id)
        )
    )


def ballot_counts(session: Session, stage: StageRow) -> dict[str, int]:
    """How many ballot records of the stage have each status."""
    rows = session.execute(
        select(BallotRow.status, func.count()).where(BallotRow.stage_id == stage.id).group_by(BallotRow.status)
    )
    return {status: count for status, count in rows}


def expert_ids(session: Session) -> dict[str, int]:
    return {name: id_ for name, id_ in session.execute(select(ExpertRow.name, ExpertRow.id))}


def add_ballot_rows(session: Session, rows: Sequence[Mapping[str, object]]) -> None:
    """Many ballots at once (a ballot matrix, a public vote), as one executemany in the caller's transaction."""
    if rows:
        session.execute(insert(BallotRow), rows)
