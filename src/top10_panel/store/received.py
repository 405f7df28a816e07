"""Ballots as received: the register of every ballot, public votes kept whole as arrays, published snapshots."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import events
from .repository import now
from .schema import BallotBatchRow, BallotRow, ExpertRow, StageRow, TallySnapshotRow


@dataclass(frozen=True)
class Batch:
    """A ballot matrix kept whole (see BallotBatchRow), as arrays."""

    panel: str
    origin: str
    codes: tuple[str, ...]
    cells: npt.NDArray[Any]
    scored: npt.NDArray[np.bool_] | None
    unit: int
    voters: tuple[str, ...]


def _npy(array: npt.NDArray[Any]) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue()


def _array(data: bytes) -> npt.NDArray[Any]:
    return np.asarray(np.load(io.BytesIO(data), allow_pickle=False))


def add_batch(session: Session, stage: StageRow, batch: Batch, raw: bytes, sha256: str) -> None:
    session.add(
        BallotBatchRow(
            stage_id=stage.id,
            panel=batch.panel,
            origin=batch.origin,
            sha256=sha256,
            raw=raw,
            codes=json.dumps(list(batch.codes), ensure_ascii=False),
            cells=_npy(batch.cells),
            scored=_npy(batch.scored) if batch.scored is not None else b"",
            unit=batch.unit,
            voters="\n".join(batch.voters).encode("utf-8"),
            rows=len(batch.voters),
            received_at=now(),
        )
    )


def batch_received(session: Session, sha256: str) -> bool:
    return bool(session.scalar(select(func.count()).select_from(BallotBatchRow).where(BallotBatchRow.sha256 == sha256)))


def batches(session: Session, stage: StageRow) -> list[Batch]:
    rows = session.scalars(
        select(BallotBatchRow).where(BallotBatchRow.stage_id == stage.id).order_by(BallotBatchRow.id)
    )
    return [
        Batch(
            panel=row.panel,
            origin=row.origin,
            codes=tuple(json.loads(row.codes)),
            cells=_array(row.cells),
            scored=_array(row.scored) if row.scored else None,
            unit=row.unit,
            voters=tuple(row.voters.decode("utf-8").split("\n")) if row.rows else (),
        )
        for row in rows
    ]


def batch_rows(session: Session, stage: StageRow) -> int:
    """How many ballots the stage's kept-whole matrices hold."""
    query = select(func.coalesce(func.sum(BallotBatchRow.rows), 0)).where(BallotBatchRow.stage_id == stage.id)
    return int(session.scalar(query) or 0)


@dataclass(frozen=True)
class Received:
    """One row of the ballot register: a received ballot, or a kept-whole matrix (kind 'batch')."""

    received_at: datetime
    expert: str | None
    source: str
    origin: str
    revision: int
    status: str
    reason: str
    sha256: str
    panel: str


def register(session: Session, stage: StageRow) -> list[Received]:
    """Every ballot received in the stage, whatever became of it, in the order received."""
    query = (
        select(BallotRow, ExpertRow.name)
        .outerjoin(ExpertRow, ExpertRow.id == BallotRow.expert_id)
        .where(BallotRow.stage_id == stage.id)
        .order_by(BallotRow.id)
    )
    out = [
        Received(b.received_at, name, b.source, b.origin, b.revision, b.status, b.reason, b.fingerprint, b.panel)
        for b, name in session.execute(query)
    ]
    kept = session.scalars(
        select(BallotBatchRow).where(BallotBatchRow.stage_id == stage.id).order_by(BallotBatchRow.id)
    )
    out.extend(
        Received(
            row.received_at, None, "batch", row.origin, 1, "accepted", f"{row.rows} ballots", row.sha256, row.panel
        )
        for row in kept
    )
    return out


def add_snapshot(session: Session, stage: StageRow, result: str) -> None:
    session.add(TallySnapshotRow(stage_id=stage.id, at=now(), result=result))


def latest_snapshot(session: Session, stage: StageRow) -> str | None:
    """The last published result of the stage (JSON), if any."""
    query = select(TallySnapshotRow.result).where(TallySnapshotRow.stage_id == stage.id)
    return session.scalars(query.order_by(TallySnapshotRow.id.desc()).limit(1)).first()


@dataclass(frozen=True)
class Kept:
    """A ballot file on record, with its bytes: what ``verify`` re-checks."""

    expert: str
    raw: bytes
    vote: dict[str, Any]
    sha256: str
    status: str


def kept_files(session: Session, stage: StageRow) -> list[Kept]:
    """The stage's ballot files that were accepted (counted, superseded or late), with their bytes."""
    query = (
        select(ExpertRow.name, BallotRow.raw, BallotRow.vote, BallotRow.fingerprint, BallotRow.status)
        .join(ExpertRow, ExpertRow.id == BallotRow.expert_id)
        .where(BallotRow.stage_id == stage.id, BallotRow.source == "file", BallotRow.status != "rejected")
        .order_by(BallotRow.id)
    )
    return [Kept(name, raw, json.loads(vote), sha, status) for name, raw, vote, sha, status in session.execute(query)]


REGISTER_COUNTED = "register counted"


def register_size(session: Session, stage: StageRow) -> dict[str, int]:
    """How many rows the stage's register holds: ballots (any status) and kept-whole matrices."""
    ballots = session.scalar(select(func.count()).select_from(BallotRow).where(BallotRow.stage_id == stage.id))
    kept = session.scalar(select(func.count()).select_from(BallotBatchRow).where(BallotBatchRow.stage_id == stage.id))
    return {"ballots": int(ballots or 0), "batches": int(kept or 0)}


def log_register(session: Session, stage: StageRow) -> None:
    """Log the register's size after a collect, so that a row deleted from the file later shows in ``verify``."""
    session.flush()
    events.append(session, REGISTER_COUNTED, {"stage": stage.name, **register_size(session, stage)})


@dataclass(frozen=True)
class Row:
    """One row of the register as stored, for ``verify`` to re-check in the order received."""

    id: int
    expert: str | None
    source: str
    origin: str
    status: str
    revision: int
    raw: bytes
    panel: str


def register_rows(session: Session, stage: StageRow) -> list[Row]:
    query = (
        select(BallotRow, ExpertRow.name)
        .outerjoin(ExpertRow, ExpertRow.id == BallotRow.expert_id)
        .where(BallotRow.stage_id == stage.id)
        .order_by(BallotRow.id)
    )
    return [
        Row(b.id, name, b.source, b.origin, b.status, b.revision, b.raw, b.panel) for b, name in session.execute(query)
    ]
