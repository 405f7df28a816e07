"""Verify (SPEC §2.6, §7): recompute a published result from the ballots and the rules alone, item by item.

From a selection file: its event log, every ballot file on record (signature and vote), the recount against the
last export, and the exported files against their recorded SHA-256. From a results workbook: the recount of its
ballots sheet under its rules against its result sheet. Ballot files given beside either are looked up on record.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.order import publication_order
from top10_panel.domain.plural import counted
from top10_panel.domain.publication import ITEMS, Figures, differences, figures, recount
from top10_panel.domain.rules import Rules
from top10_panel.domain.votes import Vote
from top10_panel.exchange.ballot_files import authentic, parse_ballot, read_ballot
from top10_panel.exchange.bounded import walk
from top10_panel.exchange.results_read import read_results
from top10_panel.store import events, received, repository
from top10_panel.store.database import open_selection
from top10_panel.store.schema import StageRow

from . import announcement, integrity, sources, verify_anchors
from .export_set import finish_interrupted
from .publish import published_figures, rules_digest

BALLOT_SUFFIX = ".t10vote"


@dataclass(frozen=True)
class Check:
    item: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class Verified:
    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks)


def verify(path: Path, ballot_paths: Sequence[Path] = ()) -> Verified:
    files = _ballot_files(ballot_paths)
    if _is_workbook(path):
        return Verified(tuple(_verify_workbook(path, files)))
    return Verified(tuple(_verify_selection(path, files)))


def _verify_selection(path: Path, given: list[Path]) -> Iterable[Check]:
    files = [f for f in given if f.suffix.lower() not in verify_anchors.PUBLISHED_SUFFIXES]
    published = [f for f in given if f.suffix.lower() in verify_anchors.PUBLISHED_SUFFIXES]
    with open_selection(path, write=False) as selection, selection.read() as session:
        stage = repository.current_stage(session)
        snapshot = received.latest_snapshot(session, stage)
        if snapshot is None:
            raise InputError(
                "nothing has been published from this stage yet, so there is nothing to verify against",
                fix="export the results first (top10-panel export)",
                where=Location(str(path)),
            )
        finish_interrupted(published_figures(snapshot)[1])  # an export cut short after its record: files in place
        broken = events.verify(session)
        claimed, rules_check = _rules_claim(session, stage, snapshot)
        loaded = sources.load(session, path, rules=claimed)
        lot_check = _lot_order(session, stage.name)
        secrets = repository.expert_secrets(session)
        kept = received.kept_files(session, stage)
        register = {line.sha256: line for line in received.register(session, stage) if line.sha256}
        outside = _trust_nothing(session, path, snapshot, published, loaded.recount.fingerprint)
    yield Check("event log", not broken, "; ".join(broken) or "intact: no entry changed, removed or added")
    yield rules_check
    yield lot_check
    yield from outside
    yield from _kept_ballots(kept, secrets)
    result = recount(loaded.recount)
    said, exported = published_figures(snapshot)
    yield from _compare(said, figures(result, publication_order(result)))
    titles = {candidate.code: candidate.title for candidate in loaded.recount.candidates}
    chosen = tuple(titles[code] for code in publication_order(result))
    for entry in exported:
        file = Path(entry["path"])
        if entry.get("kind") in announcement.KINDS:
            yield from (Check(*found) for found in announcement.check(file, entry["kind"], entry["sha256"], chosen))
        elif file.is_file():
            digest = hashlib.sha256(file.read_bytes()).hexdigest()
            same = digest == entry["sha256"]
            yield Check(f"exported {file.name}", same, "unchanged" if same else f"changed since export (now {digest})")
    for file in files:
        yield _ballot_on_record(file, {sha: line.status for sha, line in register.items()}, secrets)


def _rules_claim(session: Session, stage: StageRow, snapshot: str) -> tuple[Rules | None, Check]:
    """The rules version the last export claims it was counted under, checked against that version on record and
    the log; the recount then uses that version (None: the export claimed none, so the current rules)."""
    said = json.loads(snapshot)
    logged = [p for _, _, p in events.of_kind(session, "results exported") if p.get("stage") == stage.name]
    claim = logged[-1] if logged else {}
    versions = {v.version: v for v in repository.rules_history(session, stage)}
    listed = ", ".join(
        f"v{n}" + (f" ({v.reason})" if v.reason else "") + (" locked" if v.locked else "") for n, v in versions.items()
    )
    if "rules_version" not in said and "rules_version" not in claim:
        return None, Check("rules version", True, f"the export claims no version; versions on record: {listed}")
    version, digest = said.get("rules_version"), said.get("rules_sha256")
    if (version, digest) != (claim.get("rules_version"), claim.get("rules_sha256")):
        detail = f"the export record claims version {version}, the log says {claim.get('rules_version')}"
        return None, Check("rules version", False, detail)
    kept = versions.get(int(version)) if isinstance(version, int) else None
    if kept is None:
        return None, Check("rules version", False, f"published under version {version}, which is not on record")
    if rules_digest(kept.rules) != digest:
        detail = (
            f"published claiming rules version {version}, but version {version} on record is not the rules it was "
            f"counted under (SHA-256 {rules_digest(kept.rules)[:16]}…, published {str(digest)[:16]}…)"
        )
        return None, Check("rules version", False, detail)
    return kept.rules, Check("rules version", True, f"published under version {version}; versions on record: {listed}")


def _lot_order(session: Session, stage: str) -> Check:
    """Every lot draw names a seed source recorded in the log before it (SPEC §3: the source is fixed first)."""
    recorded = {seq: p for seq, _, p in events.of_kind(session, "lot source recorded") if p.get("stage") == stage}
    draws = [(seq, p) for seq, _, p in events.of_kind(session, "tie settled by lot") if p.get("stage") == stage]
    bad = []
    for seq, draw in draws:
        source_seq = int(draw.get("source_seq") or 0)
        source = recorded.get(source_seq)
        among = draw.get("among", [])
        if source is None or source.get("source") != draw.get("source") or among not in source.get("among", []):
            bad.append(f"the draw of entry {seq} ({' '.join(among)}) names no seed source recorded for it")
        elif source_seq >= seq:
            bad.append(f"the seed source of the draw of entry {seq} was recorded after it (entry {source_seq})")
    ok = f"{counted(len(draws), 'draw')}, each after its seed source was recorded" if draws else "no lot drawn"
    return Check("lot seed source", not bad, "; ".join(bad) or ok)


def _trust_nothing(session: Session, path: Path, snapshot: str, published: list[Path], fingerprint: str) -> list[Check]:
    """Checks against what lies outside the file (published anchors) or follows from the ballots' own bytes."""
    found = [
        *integrity.stage_checks(session),
        *verify_anchors.register_replay(session),
        *verify_anchors.published_checks(session, path, snapshot, published, fingerprint),
    ]
    return [Check(f.item, f.ok, f.detail) for f in found]


def _kept_ballots(kept: list[received.Kept], secrets: dict[str, str]) -> Iterable[Check]:
    """Every ballot file on record still parses to the vote stored for it, under a valid signature."""
    bad = []
    for ballot in kept:
        try:
            parsed = parse_ballot(ballot.raw, f"ballot of {ballot.expert}")
        except InputError as error:
            bad.append(f"{ballot.expert}: {error.message}")
            continue
        if hashlib.sha256(ballot.raw).hexdigest() != ballot.sha256:
            bad.append(f"{ballot.expert}: the stored bytes do not match the recorded fingerprint")
        elif not authentic(parsed, secrets.get(ballot.expert, "")):
            bad.append(f"{ballot.expert}: the signature does not match")
        elif parsed.vote != ballot.vote:
            bad.append(f"{ballot.expert}: the vote counted differs from the ballot file received")
    detail = "; ".join(bad) or f"{len(kept)} ballot files re-read: signatures valid, votes as counted"
    yield Check("ballot files on record", not bad, detail)


def _compare(said: Figures, recomputed: Figures) -> Iterable[Check]:
    found = differences(said, recomputed)
    for item in ITEMS:
        yield Check(item, not found[item], "; ".join(found[item]) or _agreed(item, recomputed))


def _agreed(item: str, recomputed: Figures) -> str:
    """What was checked, when it matched."""
    return {
        "ballots counted": ", ".join(f"{n} {key}" for key, n in recomputed.ballots),
        "ranked list": f"{len(recomputed.rows)} candidates: scores, ranks, places and seats",
        "seats": " ".join(recomputed.top) or "none settled yet",
        "open tie": " ".join(recomputed.open) or "none",
        "publication order": " ".join(recomputed.order) or "—",
        "tie-break steps": counted(len(recomputed.tie_breaks), "step"),
    }[item]


def _ballot_on_record(file: Path, statuses: dict[str, str], secrets: dict[str, str]) -> Check:
    """A ballot file given by hand: on record with these very bytes, and (with the secrets) signed as received."""
    ballot, raw = read_ballot(file)
    digest = hashlib.sha256(raw).hexdigest()
    status = statuses.get(digest)
    if status is not None:
        return Check(f"ballot {file.name}", True, f"on record ({status})")
    secret = secrets.get(ballot.expert)
    if secret is not None and not authentic(ballot, secret):
        return Check(f"ballot {file.name}", False, "altered: its signature does not match its content")
    return Check(f"ballot {file.name}", False, f"not on record: no ballot received has this fingerprint ({digest})")


def _verify_workbook(path: Path, files: list[Path]) -> Iterable[Check]:
    read = read_results(path)
    result = recount(read.recount)
    yield from _compare(read.figures, figures(result, publication_order(result, read.order_rule)))
    for file in files:
        ballot, raw = read_ballot(file)
        digest = hashlib.sha256(raw).hexdigest()
        line = read.register.get(digest)
        if line is None:
            yield Check(f"ballot {file.name}", False, f"not in the ballot register ({digest})")
            continue
        voter, status = line
        counted = dict(read.recount.votes).get(voter) if status == "accepted" else None
        if status == "accepted" and not _same_vote(counted, ballot.vote):
            yield Check(f"ballot {file.name}", False, f"its vote differs from the ballots sheet's row {voter}")
        else:
            yield Check(f"ballot {file.name}", True, f"in the register ({status})" + (f" as {voter}" if voter else ""))


def _same_vote(counted: Vote | None, vote: Vote) -> bool:
    if counted is None:
        return False
    return {k: v for k, v in counted.items() if v} == {k: v for k, v in vote.items() if v}


def _is_workbook(path: Path) -> bool:
    """A results workbook (.xlsx, a zip) rather than a selection file (SQLite)."""
    try:
        with path.open("rb") as file:
            head = file.read(4)
    except OSError as error:
        where = Location(str(path))
        raise InputError(f"cannot read the file ({error.strerror})", fix="check the path", where=where) from None
    return path.suffix.lower() == ".xlsx" or head == b"PK\x03\x04"


def _ballot_files(paths: Sequence[Path]) -> list[Path]:
    """Ballot files given by hand, folders searched for them."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(p for p in walk(path) if p.name.lower().endswith(BALLOT_SUFFIX))
        elif path.is_file():
            out.append(path)
        else:
            raise InputError("no such file or folder", fix="check the path", where=Location(str(path)))
    return out
