"""What ``verify`` checks beyond the recount, trusting nothing the selection file says about itself: the anchors
the published files carry (the log still holds their head, the fingerprint is still the one published), published
files gone missing, and the register re-checked from the ballots' stored bytes in the order received."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from top10_panel.domain.anchor import Anchor, find_anchor
from top10_panel.domain.errors import InputError
from top10_panel.domain.rules import DEFAULT_PANEL
from top10_panel.domain.votes import fingerprint
from top10_panel.exchange.anchors import read_anchor
from top10_panel.exchange.ballot_files import authentic, parse_ballot
from top10_panel.store import events, received, repository
from top10_panel.store.schema import StageRow

from .integrity import Finding

PUBLISHED_SUFFIXES = (".xlsx", ".pdf", ".docx", ".sha256")
"""Files given to ``verify`` beside the selection that are published files, not ballot files."""


def published_checks(
    session: Session, selection: Path, snapshot: str, given: Sequence[Path], now: str
) -> Iterable[Finding]:
    """Every file recorded at the last export (and each given by hand) is there and carries an anchor that the
    log still holds, under the fingerprint the candidates and rules give ``now``. A recorded file not at its
    path is looked for beside the selection file (the folder was copied to an auditor)."""
    data = json.loads(snapshot)
    recorded = data.get("anchor")
    for entry in data["files"]:
        file = Path(entry["path"])
        if not file.is_file() and (selection.parent / file.name).is_file():
            file = selection.parent / file.name
        if not file.is_file():
            yield Finding(f"exported {file.name}", False, f"missing: {file} was published and is gone")
            continue
        sidecar = file.with_name(file.name + ".sha256")
        own = entry.get("anchor", recorded)  # a file kept from an earlier export carries that export's anchor
        if own is None:
            continue  # exported before anchors: only its SHA-256 can be checked
        yield _anchor_check(session, file, now, own)
        yield _sidecar_check(session, sidecar, str(entry["sha256"]), now, own)
    for file in given:
        if file.suffix.lower() == ".sha256":
            yield _sidecar_check(session, file, None, now, None)
        else:
            yield _anchor_check(session, file, now, None)


def _anchor_check(session: Session, file: Path, now: str, recorded: str | None) -> Finding:
    item = f"anchor in {file.name}"
    try:
        anchor = read_anchor(file)
    except OSError as error:
        return Finding(item, False, f"cannot be read ({error.strerror})")
    except InputError as error:
        return Finding(item, False, f"cannot be read ({error.problem})")
    if anchor is None:
        return Finding(item, False, "carries no anchor: not published from this selection by this version")
    return _judge(session, item, anchor, now, recorded)


def _sidecar_check(session: Session, sidecar: Path, sha: str | None, now: str, recorded: str | None) -> Finding:
    item = f"sidecar {sidecar.name}"
    if not sidecar.is_file():
        return Finding(item, False, f"missing: {sidecar} was published and is gone")
    text = sidecar.read_text(encoding="utf-8", errors="replace")
    listed = text.split()[:1]
    if sha is not None and listed != [sha]:
        return Finding(item, False, f"its SHA-256 is not the one recorded at export ({sha})")
    target = sidecar.with_name(sidecar.name.removesuffix(".sha256"))
    if sha is None and target.is_file() and listed != [hashlib.sha256(target.read_bytes()).hexdigest()]:
        return Finding(item, False, f"{target.name} does not have the SHA-256 the sidecar lists")
    anchor = find_anchor(text)
    if anchor is None:
        return Finding(item, False, "carries no anchor line")
    return _judge(session, item, anchor, now, recorded)


def _judge(session: Session, item: str, anchor: Anchor, now: str, recorded: str | None) -> Finding:
    if not events.holds(session, anchor.seq, anchor.head):
        return Finding(
            item,
            False,
            f"the event log no longer holds entry {anchor.seq} with hash {anchor.head[:16]}… that was published: "
            "the log was changed or rewritten after export",
        )
    if anchor.fingerprint != now:
        return Finding(
            item,
            False,
            f"published under fingerprint {anchor.fingerprint[:16]}…, but the candidates and rules now give "
            f"{now[:16]}…: they changed after export",
        )
    if recorded is not None and anchor.text() != recorded:
        return Finding(item, False, "its anchor is not the one recorded when it was exported")
    return Finding(item, True, f"log head {anchor.seq}:{anchor.head[:16]}… still in the log; fingerprint as published")


def register_replay(session: Session) -> Iterable[Finding]:
    """Each stage's register re-checked in the order received: one counted ballot per expert, and every ballot
    file on record as valid re-checked from its stored bytes (another selection's, forged or stale → ✗)."""
    nonce = repository.nonce(session)
    secrets = repository.expert_secrets(session)
    for stage in repository.stages(session):
        rows = received.register_rows(session, stage)
        if rows:
            yield _replay(session, stage, rows, nonce, secrets)


def _replay(
    session: Session, stage: StageRow, rows: list[received.Row], nonce: str, secrets: dict[str, str]
) -> Finding:
    candidates = repository.candidates(session, stage)
    known = {fingerprint(v, candidates, nonce) for _, v, _ in repository.rules_versions(session, stage)}
    problems: list[str] = []
    counted: dict[str, list[str]] = defaultdict(list)
    newest: dict[str, int] = {}
    for row in rows:
        if row.status == "accepted" and row.panel == DEFAULT_PANEL:
            counted[row.expert or "?"].append(row.origin)
        if row.source != "file" or row.status == "rejected":
            continue
        problem, revision = _file_problem(row, known, secrets, newest.get(row.expert or ""))
        if problem:
            problems.append(f"{row.origin} ({row.status}): {problem}")
        if row.expert:
            newest[row.expert] = max(newest.get(row.expert, 0), revision)
    problems += [
        f"{expert} is counted {len(origins)} times ({', '.join(origins)})"
        for expert, origins in counted.items()
        if len(origins) > 1
    ]
    item = f"register re-checked ({stage.name})"
    if problems:
        return Finding(item, False, "; ".join(problems))
    return Finding(item, True, f"{len(rows)} rows: one counted ballot per expert, each status follows from its bytes")


def _file_problem(row: received.Row, known: set[str], secrets: dict[str, str], before: int | None) -> tuple[str, int]:
    """Why a ballot file on record as valid should not be (or ''), and the revision its bytes carry."""
    try:
        ballot = parse_ballot(row.raw, row.origin)
    except InputError as error:
        return f"its stored bytes are not a ballot file ({error.problem})", 0
    revision = ballot.revision
    if row.expert is None or ballot.expert != row.expert:
        return f"the ballot file is {ballot.expert}'s, not {row.expert or 'an expert'}'s", revision
    if ballot.fingerprint not in known:
        return "the ballot file was cast for another selection", revision
    if not authentic(ballot, secrets.get(row.expert, "")):
        return "its signature does not match", revision
    if before is not None and revision <= before:
        return f"revision {revision} is not newer than revision {before} received before it (a stale ballot)", revision
    return "", revision
