"""One counted ballot per expert per stage, whatever the source (SPEC §3, "The process is audited like the count").

Given what is on record for an expert, this decides what becomes of a ballot that arrives for them:
- a signed ballot file (source ``file``) carries the expert's own revision number: a newer revision replaces the
  ballot that counts, whatever its source, and an older or equal one is stale;
- an unsigned ballot (an Excel form, a matrix row, paper entry) carries no history of its own: when the expert has a
  ballot on record it is held as "needs a decision" (``held``), never counted beside it and never replacing it, until
  the editor decides to keep the one on record or to replace it;
- a ballot whose vote is on record already (the same matrix or form collected again) changes nothing.

A signed ballot file replaces an unsigned ballot without a decision: SPEC forbids only the other way round (an
unsigned ballot never replaces a signed one), and the signed file is the expert's own authenticated vote.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

SIGNED = "file"
"""The one source whose ballots the expert signs (a .t10vote file)."""

COUNTED = ("accepted", "late")
"""The statuses of a ballot that counts, or waits for a decision to count after the deadline."""

KINDS = {"form": "Excel ballot form", "matrix": "ballot matrix row", "paper": "paper ballot", "demo": "ballot"}


@dataclass(frozen=True)
class OnRecord:
    """One ballot of the expert in the stage, as the register has it."""

    number: int
    """The ballot's number in the register (its row id)."""
    source: str
    revision: int
    status: str
    vote: Mapping[str, Any]


@dataclass(frozen=True)
class Verdict:
    outcome: str
    """unchanged (on record already), stale (rejected), counted (accepted or late), or held (needs a decision)."""
    revision: int
    """The revision to record the ballot under."""
    replaces: int | None = None
    """The register number of the counted ballot this one replaces, if any."""
    reason: str = ""
    """Why, in the register's words: the stale revision, or what the held ballot waits for."""


def admission(record: Sequence[OnRecord], source: str, vote: Mapping[str, Any], revision: int = 0) -> Verdict:
    """What becomes of a ballot from ``source`` with ``vote`` (and, for a signed file, its ``revision``)."""
    kept = [b for b in record if b.status != "rejected"]
    counted = [b for b in kept if b.status in COUNTED]
    current = max(counted, key=lambda b: b.number) if counted else None
    if source == SIGNED:
        signed = [b for b in kept if b.source == SIGNED]
        if any(b.revision == revision and same_vote(b.vote, vote) for b in signed):
            return Verdict("unchanged", revision)  # the same signed ballot, copied with other line ends or spacing
        newest = max((b.revision for b in signed), default=0)
        if newest >= revision:
            return Verdict(
                "stale", revision, reason=f"revision {revision} is not newer than revision {newest} on record"
            )
        return Verdict("counted", revision, current.number if current else None)
    if _on_record(kept, current, source, vote):
        return Verdict("unchanged", 0)
    following = max((b.revision for b in record), default=0) + 1
    if current is None:
        return Verdict("counted", following)
    kind = KINDS.get(source, source)
    if current.source == SIGNED:
        reason = (
            f"an unsigned {kind} beside the signed ballot file on record (revision {current.revision}): "
            "counted only by a recorded decision"
        )
    else:
        held_kind = KINDS.get(current.source, current.source)
        reason = (
            f"a second ballot of this expert ({kind}) beside the {held_kind} on record: "
            "counted only by a recorded decision"
        )
    return Verdict("held", following, reason=reason)


def _on_record(kept: Sequence[OnRecord], current: OnRecord | None, source: str, vote: Mapping[str, Any]) -> bool:
    """The same vote as the one that counts, one waiting for a decision, or the expert's last from this source."""
    if current is not None and same_vote(current.vote, vote):
        return True
    if any(b.status == "held" and same_vote(b.vote, vote) for b in kept):
        return True
    same = [b for b in kept if b.source == source]
    return bool(same) and same_vote(max(same, key=lambda b: b.number).vote, vote)


def same_vote(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two votes mark the same: approvals in any order, ranks and scores by candidate."""
    return _canonical(a) == _canonical(b)


def _canonical(vote: Mapping[str, Any]) -> dict[str, Any]:
    return {key: sorted(map(str, marks)) if isinstance(marks, list) else marks for key, marks in vote.items() if marks}
