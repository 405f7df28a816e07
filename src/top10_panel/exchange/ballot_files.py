"""Ballot packages (.t10pkg) and ballot files (.t10vote): UTF-8 JSON, signed with HMAC-SHA256 (SPEC §5.2–5.3)."""

from __future__ import annotations

import codecs
import hashlib
import hmac
import json
import math
import os
import re
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.people import Candidate
from top10_panel.domain.rules import Rules, rules_from_dict, rules_to_dict

from .bounded import BALLOT, PACKAGE, read_bounded

PACKAGE_FORMAT = "top10-panel ballot package"
BALLOT_FORMAT = "top10-panel ballot"
FORMAT_VERSION = 1
MAX_FILE_BYTES = BALLOT.max_bytes
"""A package of a thousand candidates with full text takes a few megabytes; a ballot file a few kilobytes."""
MAX_DEPTH = 32
"""A ballot nests three levels, a package four: deeper data is not ours (and would exhaust the parser's stack)."""
MAX_NUMBER = 24
"""Digits of a number: a revision or a score has a few, 10**4000 is not a number any file of ours holds."""
MAX_REVISION = 10**6
_SECRET = re.compile(r"[0-9a-f]{32,128}")
_PREFIX = 1 << 16
"""The bytes checked to be UTF-8 before anything else: a file whose start is not text is not a ballot."""
_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"', re.S)
_OPEN = (ord("["), ord("{"))
_CLOSE = (ord("]"), ord("}"))


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
    raw = read_bounded(path, PACKAGE if fmt == PACKAGE_FORMAT else BALLOT, lines=False)
    return _parse_json(raw, Location(file=str(path)), kind, fmt)


def _parse_json(raw: bytes, where: Location, kind: str, fmt: str) -> dict[str, Any]:
    def damaged() -> InputError:
        """Made when raised: an error held in this frame would keep the frame, and the file's bytes, in a cycle
        until the garbage collector ran (five 31 MB junk files in a row would all stay in memory)."""
        return InputError(
            f"this is not a readable {kind} (damaged or cut short)", fix=f"ask for the {kind} again", where=where
        )

    if len(raw) > MAX_FILE_BYTES:
        raise InputError(f"the file is too large for a {kind}", fix=f"give the {kind} as it was made", where=where)
    try:  # junk fails here at once, before its brackets are counted over tens of megabytes
        codecs.getincrementaldecoder("utf-8")().decode(raw[:_PREFIX], final=False)
    except UnicodeDecodeError:
        raise damaged() from None
    if nesting(raw) > MAX_DEPTH:
        raise InputError(
            f"this is not a {kind}: its data is nested more than {MAX_DEPTH} levels deep",
            fix=f"give the {kind} as Top10 Panel made it",
            where=where,
        )
    try:
        # A BOM is what Notepad adds when it saves the file again: the content, and so the signature, is the same.
        data = json.loads(
            raw.decode("utf-8-sig"),
            object_pairs_hook=_no_repeated_keys,
            parse_constant=_no_constant,
            parse_float=_finite,
            parse_int=_bounded_int,
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise damaged() from None
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise InputError(f"this is not a {kind}", fix=f"give a {kind} made by Top10 Panel", where=where)
    if data.get("version") != FORMAT_VERSION:
        version = data.get("version")
        shown = repr(version) if len(repr(version)) <= 20 else "unknown"
        raise InputError(
            f"this {kind} is of format version {shown}, which this version does not read",
            fix="update Top10 Panel",
            where=where,
        )
    return data


def nesting(raw: bytes) -> int:
    """How deeply the JSON's arrays and objects nest (brackets inside strings do not count), without parsing it;
    counted 1 MiB at a time, so that a 30 MB file of brackets takes a few megabytes of memory."""
    if raw.count(b"[") + raw.count(b"{") <= MAX_DEPTH:
        return 0
    import numpy as np

    bare = _STRINGS.sub(b'""', raw)
    steps = np.zeros(256, dtype=np.int8)
    steps[list(_OPEN)], steps[list(_CLOSE)] = 1, -1
    depth, deepest = 0, 0
    for start in range(0, len(bare), 1 << 20):
        running = np.cumsum(
            steps[np.frombuffer(bare, dtype=np.uint8, count=min(1 << 20, len(bare) - start), offset=start)],
            dtype=np.int64,
        )
        if running.size:
            deepest = max(deepest, depth + int(running.max()))
            depth += int(running[-1])
        if deepest > MAX_DEPTH:
            break
    return deepest


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a ballot holds")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or len(text) > MAX_NUMBER:
        raise ValueError("a number out of range")
    return value


def _bounded_int(text: str) -> int:
    if len(text) > MAX_NUMBER:
        raise ValueError("a number out of range")
    return int(text)


def read_package(path: Path) -> Package:
    data = _load_json(path, "ballot package", PACKAGE_FORMAT)
    try:
        expert = data["expert"]
        package = Package(
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
        if not isinstance(expert["secret"], str) or not _SECRET.fullmatch(expert["secret"]):
            raise ValueError("the secret is not a key")
        if not 1 <= package.rules_version <= MAX_REVISION:
            raise ValueError("a rules version out of range")
        return package
    except (KeyError, TypeError, ValueError, AttributeError):
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
    raw = read_bounded(path, BALLOT, lines=False)
    where = Location(file=str(path))
    return _ballot(_parse_json(raw, where, "ballot file", BALLOT_FORMAT), where), raw


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
        or not 1 <= data["rules_version"] <= MAX_REVISION
        or not 1 <= data["revision"] <= MAX_REVISION
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
