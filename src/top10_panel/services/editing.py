"""Editing a selection's candidates, experts and recusals by hand, before packages are issued (SPEC §2 step 1).

One transaction per edit, each logged. What a removal returns puts the rows back whole, so the app can undo it.
Once packages are out the lists are locked, as for imports; once ballots are on record no candidate or expert
may be removed or renamed, since the ballots name them.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.people import Candidate, Expert
from top10_panel.exchange.lists import normalise_date
from top10_panel.exchange.lists_table import MAX_CODE, MAX_SUMMARY, MAX_TEXT, SEPARATORS
from top10_panel.store import editing as store
from top10_panel.store import events, repository
from top10_panel.store.database import open_selection
from top10_panel.store.editing import RecusalRecord, RemovedCandidate, RemovedExpert

CANDIDATE_FIELDS = store.CANDIDATE_FIELDS
EXPERT_FIELDS = store.EXPERT_FIELDS
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_NUMBERED = re.compile(r"(.*?)([0-9]+)")

__all__ = [
    "CANDIDATE_FIELDS",
    "EXPERT_FIELDS",
    "Lists",
    "RecusalRecord",
    "RemovedCandidate",
    "RemovedExpert",
    "add_candidate",
    "add_expert",
    "edit_candidate",
    "edit_expert",
    "next_code",
    "next_name",
    "read_lists",
    "remove_candidates",
    "remove_experts",
    "restore_candidates",
    "restore_experts",
    "set_recusals",
]


@dataclass(frozen=True)
class Lists:
    """The selection's lists as the editor's pages show them."""

    candidates: tuple[Candidate, ...]
    experts: tuple[Expert, ...]
    """Each expert with the codes of their confirmed recusals."""
    recusals: tuple[RecusalRecord, ...]
    locked: bool
    """Packages are issued: the lists cannot change."""
    ballots: int
    """Ballot records on file: candidates and experts can no longer be removed or renamed."""
    issued: bool = False
    """Packages were issued (the lock's cause; else ballots counted locked the lists)."""


def read_lists(path: Path) -> Lists:
    with open_selection(path, write=False) as selection, selection.read() as session:
        records = store.recusal_records(session)
        confirmed: dict[str, list[str]] = {}
        for r in records:
            if r.status == "confirmed":
                confirmed.setdefault(r.expert, []).append(r.candidate)
        experts = tuple(
            Expert(e.name, e.affiliation, e.email, tuple(confirmed.get(e.name, ())))
            for e in repository.experts(session)
        )
        return Lists(
            tuple(repository.candidates(session)),
            experts,
            tuple(records),
            store.lists_locked(session),
            store.ballots_on_record(session),
            store.packages_out(session),
        )


def _where(path: Path) -> Location:
    return Location(file=str(path))


def _editable(session: Session, path: Path, what: str, *, structural: bool = False, detail: bool = False) -> None:
    """Refuse an edit the locks forbid: nothing once packages are out; once ballots are counted (the rules lock, SPEC
    §3) only a candidate's or expert's details, never who is on the lists, their codes and names, or the recusals."""
    if store.packages_out(session):
        raise InputError(
            f"ballot packages are issued already, so the {what} cannot change",
            fix="changing them now needs a new version of the rules and new packages for every expert",
            where=_where(path),
        )
    if structural and store.ballots_on_record(session):
        raise InputError(
            f"ballots are on record already, so {what} cannot be removed or renamed",
            fix="correct the titles and other details instead, or start a new selection",
            where=_where(path),
        )
    if not detail and store.lists_locked(session):
        raise InputError(
            f"the rules are locked (ballot packages issued or ballots counted), so the {what} cannot change",
            fix="changing them now needs a new version of the rules and new packages for every expert",
            where=_where(path),
        )


def _line(value: str, what: str, limit: int = MAX_TEXT, *, required: bool = False) -> str:
    text = re.sub(r"\s*\n\s*", " ", value.replace("\r", "\n")).strip()
    if required and not text:
        raise InputError(f"the {what} cannot be empty", fix=f"write the {what}")
    if len(text) > limit:
        raise InputError(
            f"the {what} is {len(text):,} characters long; at most {limit:,} are allowed",
            fix=f"shorten it to at most {limit:,} characters",
        )
    return text


def _code(value: str, taken: Collection[str]) -> str:
    code = _line(value, "code", MAX_CODE, required=True)
    if any(ch.isspace() or ch in SEPARATORS for ch in code):
        raise InputError(
            f"the code '{code}' has a space or a separator inside",
            fix=f"write the code as one word, e.g. A01, without spaces or {' '.join(SEPARATORS)}",
        )
    if code in taken:
        raise InputError(
            f"the code '{code}' is taken by another candidate", fix="give each candidate a code of its own"
        )
    return code


def _candidate_value(session: Session, code: str, field: str, value: str) -> str:
    if field == "code":
        return _code(value, {c.code for c in repository.candidates(session) if c.code != code})
    if field == "title":
        return _line(value, "title", required=True)
    if field == "summary":
        return _multiline(value.replace("\r\n", "\n").replace("\r", "\n").strip())
    if field == "date":
        return normalise_date(_line(value, "date"))
    return _line(value, field)


def _multiline(text: str) -> str:
    if len(text) > MAX_SUMMARY:
        raise InputError(
            f"the summary is {len(text):,} characters long; at most {MAX_SUMMARY:,} are allowed",
            fix=f"shorten it to at most {MAX_SUMMARY:,} characters",
        )
    return text


def _expert_value(session: Session, name: str, field: str, value: str) -> str:
    if field == "name":
        new = _line(value, "name", required=True)
        if new != name and store.has_expert(session, new):
            raise InputError(
                f"expert '{new}' is in the selection already",
                fix="tell two experts of the same name apart, e.g. 张伟(北京) and 张伟(上海)",
            )
        return new
    if field == "email":
        email = unicodedata.normalize("NFKC", _line(value, "e-mail"))
        if email and not _EMAIL.fullmatch(email):
            raise InputError(
                f"'{value}' is not an e-mail address", fix="write it as name@example.org, or leave it empty"
            )
        return email
    return _line(value, field)


def edit_candidate(path: Path, code: str, field: str, value: str) -> str:
    """Set one field of a candidate; returns the value as stored (a date as ISO, text trimmed)."""
    if field not in CANDIDATE_FIELDS:
        raise ValueError(f"unknown candidate field {field}")
    with open_selection(path) as selection, selection.write() as session:
        _editable(session, path, "candidates", structural=field == "code", detail=field != "code")
        try:
            stored = _candidate_value(session, code, field, value)
        except InputError as error:
            raise error.at(file=str(path)) from None
        old = store.update_candidate(session, code, field, stored)
        if old is None:
            raise _missing(path, "candidate", code)
        events.append(session, "candidate edited", {"code": code, "field": field, "from": old, "to": stored})
    return stored


def edit_expert(path: Path, name: str, field: str, value: str) -> str:
    """Set one field of an expert; returns the value as stored."""
    if field not in EXPERT_FIELDS:
        raise ValueError(f"unknown expert field {field}")
    with open_selection(path) as selection, selection.write() as session:
        _editable(session, path, "experts", structural=field == "name", detail=field != "name")
        try:
            stored = _expert_value(session, name, field, value)
        except InputError as error:
            raise error.at(file=str(path)) from None
        old = store.update_expert(session, name, field, stored)
        if old is None:
            raise _missing(path, "expert", name)
        events.append(session, "expert edited", {"name": name, "field": field, "from": old, "to": stored})
    return stored


def _missing(path: Path, what: str, key: str) -> InputError:
    return InputError(
        f"there is no {what} '{key}' in the selection",
        fix="reload the list: it was changed elsewhere",
        where=_where(path),
    )


def add_candidate(path: Path, candidate: Candidate, position: int | None = None) -> None:
    """A new candidate of the first stage (at ``position`` in the list order, else last)."""
    with open_selection(path) as selection, selection.write() as session:
        _editable(session, path, "candidates")
        try:
            code = _code(candidate.code, {c.code for c in repository.candidates(session)})
            title = _line(candidate.title, "title", required=True)
        except InputError as error:
            raise error.at(file=str(path)) from None
        store.insert_candidate(
            session,
            Candidate(code, title, candidate.date, candidate.summary, candidate.source, candidate.category),
            position,
        )
        events.append(session, "candidate added", {"code": code, "title": title})


def add_expert(path: Path, expert: Expert, position: int | None = None) -> None:
    """A new expert, with a personal secret of their own."""
    with open_selection(path) as selection, selection.write() as session:
        _editable(session, path, "experts")
        try:
            name = _expert_value(session, "", "name", expert.name)
            email = _expert_value(session, name, "email", expert.email)
        except InputError as error:
            raise error.at(file=str(path)) from None
        store.insert_expert(session, Expert(name, expert.affiliation, email), secrets.token_hex(32), position)
        events.append(session, "expert added", {"name": name})


def remove_candidates(path: Path, codes: Sequence[str]) -> tuple[RemovedCandidate, ...]:
    """Remove candidates with their recusals; the whole set or none."""
    with open_selection(path) as selection, selection.write() as session:
        _editable(session, path, "candidates", structural=True)
        removed = []
        for code in codes:
            gone = store.delete_candidate(session, code)
            if gone is None:
                raise _missing(path, "candidate", code)
            removed.append(gone)
        events.append(session, "candidates removed", {"codes": list(codes)})
    return tuple(removed)


def restore_candidates(path: Path, removed: Sequence[RemovedCandidate]) -> None:
    """Put removed candidates back (undoing a removal)."""
    with open_selection(path) as selection, selection.write() as session:
        _editable(session, path, "candidates")
        for gone in removed:
            if store.has_candidate(session, gone.candidate.code):
                raise InputError(
                    f"the code '{gone.candidate.code}' is taken again",
                    fix="rename that candidate first",
                    where=_where(path),
                )
            store.restore_candidate(session, gone)
        events.append(session, "candidates restored", {"codes": [gone.candidate.code for gone in removed]})


def remove_experts(path: Path, names: Sequence[str]) -> tuple[RemovedExpert, ...]:
    with open_selection(path) as selection, selection.write() as session:
        _editable(session, path, "experts", structural=True)
        removed = []
        for name in names:
            gone = store.delete_expert(session, name)
            if gone is None:
                raise _missing(path, "expert", name)
            removed.append(gone)
        events.append(session, "experts removed", {"names": list(names)})
    return tuple(removed)


def restore_experts(path: Path, removed: Sequence[RemovedExpert]) -> None:
    with open_selection(path) as selection, selection.write() as session:
        _editable(session, path, "experts")
        for gone in removed:
            if store.has_expert(session, gone.expert.name):
                raise InputError(
                    f"expert '{gone.expert.name}' is in the selection again",
                    fix="rename that expert first",
                    where=_where(path),
                )
            store.restore_expert(session, gone)
        events.append(session, "experts restored", {"names": [gone.expert.name for gone in removed]})


def set_recusals(path: Path, states: Sequence[tuple[str, str, str | None, str, str]]) -> None:
    """Put each (expert, code) pair in a recusal state: (expert, code, status or None for none, reason, note)."""
    with open_selection(path) as selection, selection.write() as session:
        _editable(session, path, "recusals")
        for expert, code, status, reason, note in states:
            if not store.set_recusal(session, expert, code, status, reason, note):
                raise InputError(
                    f"there is no expert '{expert}' or no candidate '{code}' any more",
                    fix="reload the lists: they were changed elsewhere",
                    where=_where(path),
                )
        events.append(
            session, "recusals set", {"pairs": [[expert, code, status] for expert, code, status, _, _ in states]}
        )


def next_code(codes: Sequence[str], stem: str = "C") -> str:
    """A free code following the list's last numbered code (E10 → E11, S09 → S10), else ``stem`` + 01."""
    taken = set(codes)
    for code in reversed(codes):
        match = _NUMBERED.fullmatch(code)
        if match:
            prefix, digits = match[1], match[2]
            number = int(digits) + 1
            while f"{prefix}{number:0{len(digits)}d}" in taken:
                number += 1
            return f"{prefix}{number:0{len(digits)}d}"
    number = 1
    while f"{stem}{number:02d}" in taken:
        number += 1
    return f"{stem}{number:02d}"


def next_name(names: Collection[str], stem: str) -> str:
    """A name not taken yet: ``stem``, else ``stem`` 2, 3 …"""
    if stem not in names:
        return stem
    number = 2
    while f"{stem} {number}" in names:
        number += 1
    return f"{stem} {number}"
