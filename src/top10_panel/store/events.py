"""The append-only event log: each entry's hash covers its content and the hash of the entry before."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .schema import EventRow, Meta, RulesRow

GENESIS = "0" * 64
HEAD_KEY = "log_head"
"""meta entry "seq:hash" of the last event, so that deleting the newest entries shows too."""


def _digest(seq: int, at: str, kind: str, payload: str, prev_hash: str) -> str:
    body = json.dumps([seq, at, kind, payload, prev_hash], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(session: Session, kind: str, payload: dict[str, Any]) -> EventRow:
    """Add an entry in the caller's transaction."""
    last = session.scalars(select(EventRow).order_by(EventRow.seq.desc()).limit(1)).first()
    seq = last.seq + 1 if last else 1
    prev_hash = last.hash if last else GENESIS
    at = datetime.now(UTC).isoformat(timespec="milliseconds")
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    row = EventRow(seq=seq, at=at, kind=kind, payload=text, prev_hash=prev_hash)
    row.hash = _digest(seq, at, kind, text, prev_hash)
    session.add(row)
    session.merge(Meta(key=HEAD_KEY, value=f"{seq}:{row.hash}"))
    return row


def verify(session: Session) -> list[str]:
    """Every break in the chain, in words; empty when the log is intact."""
    problems = []
    prev_hash, expected = GENESIS, 1
    last = None
    for row in session.scalars(select(EventRow).order_by(EventRow.seq)):
        if row.seq != expected:
            problems.append(f"entries {expected}–{row.seq - 1} of the event log are missing")
        if row.prev_hash != prev_hash:
            problems.append(f"event {row.seq} does not follow the entry before it")
        if _digest(row.seq, row.at, row.kind, row.payload, row.prev_hash) != row.hash:
            problems.append(f"event {row.seq} ({row.kind}) was changed after it was written")
        prev_hash, expected, last = row.hash, row.seq + 1, row
    head = session.get(Meta, HEAD_KEY)
    recorded = head.value if head else ""
    actual = f"{last.seq}:{last.hash}" if last else ""
    if recorded != actual:
        problems.append(f"the newest events of the log are missing or changed (the log ended at {recorded or 'none'})")
    return problems


def issued_to(session: Session, stage: str) -> set[str]:
    """The experts packages were issued to for the stage, from the log."""
    names: set[str] = set()
    for row in session.scalars(select(EventRow).where(EventRow.kind == "packages issued")):
        payload = json.loads(row.payload)
        if payload.get("stage") == stage:
            names.update(payload.get("experts", []))
    return names


def lock_rules(session: Session, stage_name: str, row: RulesRow) -> None:
    """Lock a rules version (when packages are issued), logging it once."""
    if not row.locked:
        row.locked = True
        append(session, "rules locked", {"stage": stage_name, "version": row.version})


def newest(session: Session) -> EventRow | None:
    """The newest entry of the log (its seq and hash are the head a published file carries)."""
    return session.scalars(select(EventRow).order_by(EventRow.seq.desc()).limit(1)).first()


def holds(session: Session, seq: int, digest: str) -> bool:
    """Whether the log still holds an entry ``seq`` with this very hash (not only a recorded head saying so)."""
    row = session.get(EventRow, seq)
    return row is not None and row.hash == digest


def latest_payload(session: Session, kinds: tuple[str, ...], stage: str, key: str) -> dict[str, Any] | None:
    """The payload of the newest entry of one of ``kinds`` for the stage that carries ``key``."""
    query = select(EventRow.payload).where(EventRow.kind.in_(kinds)).order_by(EventRow.seq.desc())
    for text in session.scalars(query):
        payload = json.loads(text)
        if isinstance(payload, dict) and payload.get("stage") == stage and key in payload:
            return payload
    return None
