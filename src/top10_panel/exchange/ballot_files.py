"""Ballot packages (.t10pkg) and ballot files (.t10vote): UTF-8 JSON, signed with HMAC-SHA256 (SPEC §5.2–5.3)."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.people import Candidate
from top10_panel.domain.rules import Rules, rules_from_dict, rules_to_dict

PACKAGE_FORMAT = "top10-panel ballot package"
BALLOT_FORMAT = "top10-panel ballot"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 32 << 20
"""A package of a thousand candidates with full text takes a few megabytes; a ballot file a few kilobytes."""


@dataclass(frozen=True)
class Package:
    """Everything an expert needs to vote offline, including the expert's personal secret."""

    title: str
    stage: str
    rules: Rules
    rules_version: int
    candidates: tuple[Candidate, ...]
    expert: str
    affiliation: str
    secret: str
    recused: tuple[str, ...]
    fingerprint: str
    description: str = ""
    nonce: str = ""
    """The selection's nonce: with the rules and candidates it recomputes the fingerprint ('' before nonces)."""
    stage_kind: str = ""
    """'runoff' for a runoff among the tied (its candidates are the tied, its seats theirs); '' otherwise."""


@dataclass(frozen=True)
class Ballot:
    """One expert's vote, as the ballot file carries it."""

    fingerprint: str
    rules_version: int
    expert: str
    revision: int
    time: str
    vote: dict[str, Any]
    mac: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        return {
            "format": BALLOT_FORMAT,
            "version": FORMAT_VERSION,
            "fingerprint": self.fingerprint,
            "rules_version": self.rules_version,
            "expert": self.expert,
            "revision": self.revision,
            "time": self.time,
            "vote": self.vote,
        }


def canonical(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def mac(secret: str, body: dict[str, Any]) -> str:
    """HMAC-SHA256 over the canonical JSON of the ballot, keyed by the expert's secret."""
    return hmac.new(bytes.fromhex(secret), canonical(body), hashlib.sha256).hexdigest()


def tracker(secret: str, fingerprint: str) -> str:
    """The expert's tracker: only the expert (and the selection file) can compute it; it lists the ballot as counted."""
    return hmac.new(bytes.fromhex(secret), fingerprint.encode("ascii"), hashlib.sha256).hexdigest()


def ballot_fingerprint(data: bytes) -> str:
    """The receipt's fingerprint of a ballot file: the SHA-256 of its bytes."""
    return hashlib.sha256(data).hexdigest()


def write_atomically(path: Path, data: bytes, *, shared: bool = False) -> None:
    """Write to a temporary file beside the target, flush it to disk, then rename it over the target.

    The file is private to the user (it may hold an expert's secret) unless ``shared``: a published file
    others read."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        if shared:
            os.chmod(temporary, 0o644)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_package(path: Path, package: Package) -> None:
    data = {
        "format": PACKAGE_FORMAT,
        "version": FORMAT_VERSION,
        "title": package.title,
        "description": package.description,
        "stage": package.stage,
        "rules": rules_to_dict(package.rules),
        "rules_version": package.rules_version,
        "candidates": [asdict(c) for c in package.candidates],
        "expert": {"name": package.expert, "affiliation": package.affiliation, "secret": package.secret},
        "recused": list(package.recused),
        "fingerprint": package.fingerprint,
        **({"nonce": package.nonce} if package.nonce else {}),
        **({"stage_kind": package.stage_kind} if package.stage_kind else {}),
    }
    write_atomically(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("a key appears twice")
    return dict(pairs)


def _load_json(path: Path, kind: str, fmt: str) -> dict[str, Any]:
    where = Location(file=str(path))
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(f"the file is too large for a {kind}", fix=f"give the {kind} as it was made", where=where)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", fix="check the path and the file name", where=where) from None
    except IsADirectoryError:
        raise InputError(f"this is a folder, not a {kind}", fix=f"give the {kind} file", where=where) from None
    except OSError as error:
        raise InputError(f"cannot read the file ({error.strerror})", fix="check the path", where=where) from None
    return _parse_json(raw, where, kind, fmt)


def _parse_json(raw: bytes, where: Location, kind: str, fmt: str) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_repeated_keys)
    except (UnicodeDecodeError, ValueError):
        raise InputError(
            f"this is not a readable {kind} (damaged or cut short)", fix=f"ask for the {kind} again", where=where
        ) from None
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise InputError(f"this is not a {kind}", fix=f"give a {kind} made by Top10 Panel", where=where)
    if data.get("version") != FORMAT_VERSION:
        raise InputError(
            f"this {kind} is of format version {data.get('version')}, which this version does not read",
            fix="update Top10 Panel",
            where=where,
        )
    return data


def read_package(path: Path) -> Package:
    data = _load_json(path, "ballot package", PACKAGE_FORMAT)
    try:
        expert = data["expert"]
        return Package(
            title=str(data["title"]),
            description=str(data.get("description", "")),
            stage=str(data["stage"]),
            rules=rules_from_dict(data["rules"]),
            rules_version=int(data["rules_version"]),
            candidates=tuple(Candidate(**c) for c in data["candidates"]),
            expert=str(expert["name"]),
            affiliation=str(expert.get("affiliation", "")),
            secret=str(expert["secret"]),
            recused=tuple(str(c) for c in data.get("recused", [])),
            fingerprint=str(data["fingerprint"]),
            nonce=str(data.get("nonce", "")),
            stage_kind=str(data.get("stage_kind", "")),
        )
    except (KeyError, TypeError, ValueError):
        raise InputError(
            "the ballot package is incomplete or damaged",
            fix="ask the editors for a new package",
            where=Location(file=str(path)),
        ) from None


def sign(ballot: Ballot, secret: str) -> Ballot:
    return Ballot(**{**asdict(ballot), "mac": mac(secret, ballot.body())})


def ballot_bytes(ballot: Ballot) -> bytes:
    return json.dumps({**ballot.body(), "mac": ballot.mac}, ensure_ascii=False, indent=1).encode("utf-8")


def read_ballot(path: Path) -> tuple[Ballot, bytes]:
    """The ballot as written (its MAC is checked by the caller, who knows the secret) and the file's bytes.

    Every field must have exactly its type: a value that would only convert (1.9 for a revision, "1" for a rules
    version, a list for the vote) or a repeated key makes the file malformed, never silently equal to the signed one.
    """
    return _ballot(_load_json(path, "ballot file", BALLOT_FORMAT), Location(file=str(path))), path.read_bytes()


def parse_ballot(raw: bytes, where: str) -> Ballot:
    """A ballot from bytes kept on record, checked as ``read_ballot`` checks a file."""
    location = Location(file=where)
    return _ballot(_parse_json(raw, location, "ballot file", BALLOT_FORMAT), location)


def _ballot(data: dict[str, Any], where: Location) -> Ballot:
    damaged = InputError(
        "the ballot file is incomplete or damaged", fix="ask the expert to send the ballot file again", where=where
    )
    text_fields = ("fingerprint", "expert", "time", "mac")
    whole_fields = ("rules_version", "revision")
    if (
        any(not isinstance(data.get(k), str) for k in text_fields)
        or any(type(data.get(k)) is not int for k in whole_fields)
        or not isinstance(data.get("vote"), dict)
    ):
        raise damaged
    known = {*Ballot("", 0, "", 0, "", {}).body(), "mac"}
    return Ballot(
        fingerprint=data["fingerprint"],
        rules_version=data["rules_version"],
        expert=data["expert"],
        revision=data["revision"],
        time=data["time"],
        vote=data["vote"],
        mac=data["mac"],
        extra={k: v for k, v in data.items() if k not in known},
    )


def authentic(ballot: Ballot, secret: str) -> bool:
    """The MAC matches the content and nothing was added to the file."""
    return not ballot.extra and hmac.compare_digest(ballot.mac, mac(secret, ballot.body()))
