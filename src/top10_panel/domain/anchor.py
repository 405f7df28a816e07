"""The anchor every published file carries: the event log's head and the selection fingerprint at export.

A selection file can be edited directly by whoever holds it, the chain of the event log and its recorded head
recomputed to match. What was published outside the file cannot be: ``verify`` checks that the file's log still
holds the head a published file carries, and that the candidates and rules still give its fingerprint.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from .people import Candidate
from .rules import Rules, rules_to_dict

PREFIX = "top10-panel anchor"
_PATTERN = re.compile(PREFIX + r": log head (\d+):([0-9a-f]{64}) fingerprint ([0-9a-f]{64})")


@dataclass(frozen=True)
class Anchor:
    seq: int
    """The number of the newest entry of the event log when the files were written."""
    head: str
    """That entry's hash."""
    fingerprint: str

    def text(self) -> str:
        """One ASCII line, the same in every published file (workbook, report, sidecar, announcement)."""
        return f"{PREFIX}: log head {self.seq}:{self.head} fingerprint {self.fingerprint}"


def find_anchor(text: str) -> Anchor | None:
    """The anchor written in ``text``, if any."""
    found = _PATTERN.search(text)
    return Anchor(int(found.group(1)), found.group(2), found.group(3)) if found else None


def part_digests(rules: Rules, candidates: Sequence[Candidate]) -> dict[str, str]:
    """A short digest of the rules and of each candidate, logged beside the fingerprint, so that a later change
    can be named (which candidate, or the rules), not only detected."""

    def digest(data: object) -> str:
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    return {"rules": digest(rules_to_dict(rules)), **{f"candidate {c.code}": digest(asdict(c)) for c in candidates}}


def changed_parts(logged: dict[str, str], now: dict[str, str]) -> list[str]:
    """What differs between two ``part_digests``: changed, added or removed parts, in words."""
    changed = [name for name in now if name in logged and logged[name] != now[name]]
    added = [f"{name} added" for name in now if name not in logged]
    removed = [f"{name} removed" for name in logged if name not in now]
    return changed + added + removed
