"""The tables of a selection file. Changing them needs a new Alembic migration (store/migrations/versions)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints let Alembic's batch mode rebuild SQLite tables (which cannot ALTER a constraint).
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Meta(Base):
    """Facts about the file: format, the application version that created it and that last wrote it."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SelectionRow(Base):
    __tablename__ = "selection"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(16), default="zh_CN")
    created_at: Mapped[datetime]


class StageRow(Base):
    """A round of voting: screening (初评), final (终评) or runoff (加投) among tied candidates."""

    __tablename__ = "stage"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int]
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("stage.id"))
    status: Mapped[str] = mapped_column(String(16), default="open")


class RulesRow(Base):
    """One version of a stage's rules; a locked version is never changed, a change makes the next version."""

    __tablename__ = "rules"
    __table_args__ = (UniqueConstraint("stage_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id"))
    version: Mapped[int]
    body: Mapped[str] = mapped_column(Text)
    """The rules as JSON (domain.rules.rules_to_dict)."""
    locked: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text, default="")


class CandidateRow(Base):
    __tablename__ = "candidate"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[str] = mapped_column(String(64), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int]


class StageCandidateRow(Base):
    """Which candidates a stage votes on: all for the first stage, the screening's winners for the final."""

    __tablename__ = "stage_candidate"
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id"), primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id"), primary_key=True)


class ExpertRow(Base):
    __tablename__ = "expert"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    affiliation: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    secret: Mapped[str] = mapped_column(String(64))
    """The expert's personal key (hex) for signing ballots and computing trackers."""
    position: Mapped[int]


class RecusalRow(Base):
    __tablename__ = "recusal"
    __table_args__ = (UniqueConstraint("expert_id", "candidate_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("expert.id"))
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id"))
    reason: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="confirmed")
    """confirmed, suggested (by the app, not yet accepted) or rejected."""


class BallotRow(Base):
    """Every ballot ever received, with its raw bytes: accepted, superseded or rejected, and why."""

    __tablename__ = "ballot"
    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id"))
    expert_id: Mapped[int | None] = mapped_column(ForeignKey("expert.id"))
    revision: Mapped[int] = mapped_column(default=1)
    received_at: Mapped[datetime]
    source: Mapped[str] = mapped_column(String(16))
    """file, form, matrix, paper or demo."""
    origin: Mapped[str] = mapped_column(Text, default="")
    """The file name or matrix row the ballot came from."""
    raw: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    vote: Mapped[str] = mapped_column(Text, default="")
    """The vote as JSON: {"approve": [...]}, {"rank": {code: n}} or {"score": {code: "7.5"}}."""
    status: Mapped[str] = mapped_column(String(16))
    """accepted, superseded or rejected."""
    reason: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str] = mapped_column(String(64), default="", index=True)
    """The SHA-256 of the file's bytes: what the register is searched by (indexed, so that the search reads
    neither the table nor the raw bytes stored before it in each row)."""
    late: Mapped[bool] = mapped_column(default=False)
    panel: Mapped[str] = mapped_column(String(32), default="experts", server_default="experts")
    """Whose ballot it is: the invited experts', or another source's (e.g. a public vote) for weighted sources."""


class DecisionRow(Base):
    """A recorded decision: a chair's order, a runoff's result, a lot draw's seed, counting a late ballot."""

    __tablename__ = "decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id"))
    kind: Mapped[str] = mapped_column(String(16))
    among: Mapped[str] = mapped_column(Text)
    """JSON list of candidate codes."""
    decided: Mapped[str] = mapped_column(Text, default="[]")
    """JSON list of groups of codes, best first."""
    seed: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime]


class TallySnapshotRow(Base):
    __tablename__ = "tally_snapshot"
    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id"))
    at: Mapped[datetime]
    result: Mapped[str] = mapped_column(Text)
    """The tally as JSON (exchange.result_json)."""


class EventRow(Base):
    """The append-only log; each entry carries the hash of the one before, so an edit or a deletion shows."""

    __tablename__ = "event"
    seq: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class BallotBatchRow(Base):
    """A large ballot matrix of a panel other than the experts' (a public vote), kept whole: the file's bytes,
    and its cells as a numpy array, so that a million ballots are stored and counted in seconds."""

    __tablename__ = "ballot_batch"
    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id"))
    panel: Mapped[str] = mapped_column(String(32))
    origin: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    codes: Mapped[str] = mapped_column(Text)
    """JSON list of the candidate codes of the cells' columns."""
    cells: Mapped[bytes] = mapped_column(LargeBinary)
    """The cells as a .npy array (rows × codes), as a profile holds them."""
    scored: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    unit: Mapped[int] = mapped_column(default=1)
    voters: Mapped[bytes] = mapped_column(LargeBinary)
    """The voter ids, one per line (UTF-8)."""
    rows: Mapped[int]
    received_at: Mapped[datetime]
