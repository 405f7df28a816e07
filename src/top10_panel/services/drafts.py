"""The expert's side before submitting: open the package, keep the draft of the vote, check it (SPEC §2.3, §8 Safe).

A draft is saved on every change, atomically and flushed to disk, so that a crash or a kill loses no edit; it is
keyed by the package's selection fingerprint and the expert, so a new package (new rules) starts a fresh draft.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from top10_panel.domain.ballot_check import foreign_marks, rule_breaks, wrong_shape
from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.rules import Rules
from top10_panel.domain.rules import deadline_passed as rules_deadline_passed
from top10_panel.domain.votes import Vote
from top10_panel.exchange.ballot_files import Package, read_package, write_atomically

__all__ = [
    "Draft",
    "Package",
    "Submitted",
    "deadline_passed",
    "draft_path",
    "load_draft",
    "open_package",
    "problem",
    "save_draft",
]

DRAFT_FORMAT = "top10-panel draft"
DRAFT_VERSION = 1


@dataclass(frozen=True)
class Submitted:
    """The last ballot file written from this draft: where, which revision, and its fingerprint."""

    path: str
    revision: int
    ballot_fingerprint: str
    vote: dict[str, Any]


@dataclass(frozen=True)
class Draft:
    vote: dict[str, Any]
    saved: str
    """When it was saved, ISO 8601 in UTC."""
    submitted: Submitted | None = None


def open_package(path: Path) -> Package:
    """The ballot package at ``path``; InputError when it is not a readable package."""
    return read_package(path)


def problem(package: Package, vote: Vote) -> str:
    """Why the package's rules would refuse the vote ('' when they accept it) — the check ``vote()`` makes."""
    codes = [c.code for c in package.candidates]
    return (
        wrong_shape(vote, package.rules.mode, package.rules.criteria)
        or foreign_marks(vote, codes, package.recused)
        or rule_breaks(vote, package.rules)
    )


def deadline_passed(rules: Rules, now: datetime | None = None) -> bool:
    """Whether ``now`` (default: this moment) is after the rules' deadline, read as the collecting side reads it;
    here so that the ballot window needs nothing of the selection store."""
    return rules_deadline_passed(rules, now or datetime.now(UTC))


def draft_path(folder: Path, package_fingerprint: str, expert: str) -> Path:
    """One file per (selection fingerprint, expert); hashed, so any expert name makes a safe file name."""
    key = hashlib.sha256(f"{package_fingerprint}\n{expert}".encode()).hexdigest()[:32]
    return folder / f"{key}.json"


def save_draft(
    folder: Path, package_fingerprint: str, expert: str, vote: Vote, submitted: Submitted | None = None
) -> Path:
    """Write the draft atomically (temporary file, fsync, rename) and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    body: dict[str, Any] = {
        "format": DRAFT_FORMAT,
        "version": DRAFT_VERSION,
        "fingerprint": package_fingerprint,
        "expert": expert,
        "saved": datetime.now(UTC).isoformat(timespec="seconds"),
        "vote": dict(vote),
        "submitted": None
        if submitted is None
        else {
            "path": submitted.path,
            "revision": submitted.revision,
            "ballot_fingerprint": submitted.ballot_fingerprint,
            "vote": submitted.vote,
        },
    }
    path = draft_path(folder, package_fingerprint, expert)
    write_atomically(path, json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8"))
    return path


def load_draft(folder: Path, package_fingerprint: str, expert: str) -> Draft | None:
    """The saved draft of this package's expert, or None when there is none; InputError when it is damaged."""
    path = draft_path(folder, package_fingerprint, expert)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise InputError(
            f"the saved draft cannot be read ({error.strerror})", fix="vote again", where=Location(file=str(path))
        ) from None
    damaged = InputError("the saved draft is damaged", fix="vote again", where=Location(file=str(path)))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise damaged from None
    if (
        not isinstance(data, dict)
        or data.get("format") != DRAFT_FORMAT
        or data.get("fingerprint") != package_fingerprint
        or data.get("expert") != expert
        or not isinstance(data.get("vote"), dict)
    ):
        raise damaged
    return Draft(vote=data["vote"], saved=str(data.get("saved", "")), submitted=_submitted(data.get("submitted")))


def _submitted(data: object) -> Submitted | None:
    if not isinstance(data, Mapping):
        return None
    try:
        vote = data.get("vote", {})
        return Submitted(
            path=str(data["path"]),
            revision=int(data["revision"]),
            ballot_fingerprint=str(data["ballot_fingerprint"]),
            vote=dict(vote) if isinstance(vote, Mapping) else {},
        )
    except (KeyError, TypeError, ValueError):
        return None
