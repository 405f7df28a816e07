"""Candidate and expert lists (SPEC §2 step 1): .xlsx, .xls, .ods or .csv as offices make them, checked row by row."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from top10_panel.domain.errors import InputError
from top10_panel.domain.people import Candidate, Expert

from .bounded import LIST
from .files import read_input
from .identity import identity, problem
from .lists_find import Found, find, load
from .lists_table import CANDIDATE_FIELDS, EXPERT_FIELDS, SEPARATORS, Rows, read_table

_SPLIT = re.compile(rf"[{SEPARATORS}\s]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

T = TypeVar("T")


def read_candidates(
    path: Path, *, taken: Collection[str] = (), mapping: Mapping[str, str] | None = None
) -> list[Candidate]:
    """The candidates of a list (.xlsx, .xls, .ods or .csv) in file order; a problem raises InputError naming file,
    sheet, row, column.

    ``taken``: codes the selection has already, which the list may not use again; ``mapping``: the editor's choice
    of field for headers the table does not know (folded header → field key, '' to read the column past).
    """
    return _located(
        path, "candidate", mapping, lambda rows, is_xlsx: candidate_rows(rows, is_xlsx, frozenset(taken), mapping)
    )


def read_experts(
    path: Path,
    *,
    taken: Collection[str] = (),
    candidates: Collection[str] | None = None,
    mapping: Mapping[str, str] | None = None,
) -> list[Expert]:
    """The experts of a list in file order.

    ``taken``: names the selection has already; ``candidates``: the codes a recusal may name (None: not checked).
    """
    return [e for _, e in read_experts_with_rows(path, taken=taken, candidates=candidates, mapping=mapping)]


def read_experts_with_rows(
    path: Path,
    *,
    taken: Collection[str] = (),
    candidates: Collection[str] | None = None,
    mapping: Mapping[str, str] | None = None,
) -> list[tuple[int, Expert]]:
    """The experts with the file row of each."""
    known = frozenset(candidates) if candidates is not None else None
    return _located(
        path, "expert", mapping, lambda rows, is_xlsx: expert_rows(rows, is_xlsx, frozenset(taken), known, mapping)
    )


def normalise_date(text: str) -> str:
    """A plain day as ISO ``YYYY-MM-DD`` and a month as ``YYYY-MM``; anything else (a span, a season) as written.

    Full-width digits count (``２０２０年１月``), and so does an Excel serial number a date cell lost its format for
    (``43854`` is 2020-01-24; a bare year such as 2020 stays a year) and a compact ``20200124``. A text written as a
    day or a month that no calendar has (``2020-02-30``, ``2020年13月``) raises InputError: it is a typing mistake,
    never an event's date.
    """
    plain = unicodedata.normalize("NFKC", text).strip()
    serial = _SERIAL.fullmatch(plain)
    if serial:
        return (date(1899, 12, 30) + timedelta(days=int(serial[1]))).isoformat()
    for pattern, has_day in _DATES:
        match = pattern.fullmatch(plain)
        if match:
            year, month, day = int(match[1]), int(match[2]), int(match[3]) if has_day else 1
            try:
                value = date(year, month, day)
            except ValueError:
                raise _not_a_date(text.strip(), year, month, day) from None
            return value.isoformat() if has_day else value.isoformat()[:7]
    return text


def _not_a_date(text: str, year: int, month: int, day: int) -> InputError:
    fix = "write the day as it happened, e.g. 2020-01-24 or 2020年1月24日"
    if year < 1:
        return InputError(f"'{text}' is not a date: there is no year 0", fix=fix)
    if not 1 <= month <= 12:
        return InputError(f"'{text}' is not a date: there is no month {month}", fix=fix)
    return InputError(f"'{text}' is not a date: {year}-{month:02d} has no day {day}", fix=fix)


_SERIAL = re.compile(r"([2-7][0-9]{4})(?:\.[0-9]+)?")
"""Serial days from 1954 to 2119: no year, month or count of anything a list's date column holds."""
_TIME = r"(?:\s*[T ]\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?"
_DATES = (
    (re.compile(rf"([0-9]{{4}})\s*[-/.]\s*([0-9]{{1,2}})\s*[-/.]\s*([0-9]{{1,2}}){_TIME}"), True),
    (re.compile(rf"([0-9]{{4}})\s*年\s*([0-9]{{1,2}})\s*月\s*([0-9]{{1,2}})\s*[日号]?{_TIME}"), True),
    (re.compile(r"((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])"), True),
    (re.compile(r"([0-9]{4})\s*[-/.]\s*([0-9]{1,2})"), False),
    (re.compile(r"([0-9]{4})\s*年\s*([0-9]{1,2})\s*月(?:份)?"), False),
)


def _located(
    path: Path, noun: str, mapping: Mapping[str, str] | None, build: Callable[[Rows, bool], list[T]]
) -> list[T]:
    found = locate(path, noun, mapping)
    try:
        return build(found.rows, found.is_xlsx)
    except InputError as error:
        raise error.at(file=str(path), sheet=found.sheet) from None


def locate(path: Path, noun: str, mapping: Mapping[str, str] | None = None) -> Found:
    """The list in its file: its sheet and its rows from the header row on; InputError naming the file otherwise."""
    data = read_input(path, LIST)
    try:
        grids, is_xlsx = load(data, path)
        return find(grids, is_xlsx, noun, mapping)
    except InputError as error:
        raise error.at(file=str(path)) from None


def candidate_rows(
    rows: Rows, is_xlsx: bool, taken: frozenset[str], mapping: Mapping[str, str] | None = None
) -> list[Candidate]:
    """The candidates of a list's rows, checked; the first problem raises InputError with its row and column."""
    table = read_table(rows, CANDIDATE_FIELDS, is_xlsx, "candidate", mapping)
    first: dict[str, int] = {}
    out = []
    for number, v in table.rows:
        code = v["code"]
        where: dict[str, str | int | None] = {"row": number, "column": table.labels["code"]}
        if not code:
            raise InputError(
                "this candidate has no code", fix="give every candidate a short code of its own, e.g. A01"
            ).at(**where)
        if any(ch.isspace() or ch in SEPARATORS for ch in code):
            raise InputError(
                f"the code '{code}' has a space or a separator inside",
                fix=f"write the code as one word, e.g. A01, without spaces or {' '.join(SEPARATORS)}",
            ).at(**where)
        if code in taken:
            raise InputError(
                f"candidate '{code}' is in the selection already",
                fix="remove this row (codes are unique), or give the candidate a new code",
            ).at(**where)
        if code in first:
            raise InputError(
                f"the code '{code}' is given to two candidates (rows {first[code]} and {number})",
                fix="give each candidate a code of its own",
            ).at(**where)
        first[code] = number
        if not v["title"]:
            raise InputError(f"candidate '{code}' has no title", fix="write the event's title in this cell").at(
                row=number, column=table.labels["title"]
            )
        try:
            date_text = normalise_date(v["date"])
        except InputError as error:
            raise error.at(row=number, column=table.labels["date"]) from None
        out.append(Candidate(code, v["title"], date_text, v["summary"], v["source"], v["category"]))
    return out


def expert_rows(
    rows: Rows,
    is_xlsx: bool,
    taken: frozenset[str],
    candidates: frozenset[str] | None,
    mapping: Mapping[str, str] | None = None,
) -> list[tuple[int, Expert]]:
    """(row, expert) of a list's rows, checked; the first problem raises InputError with its row and column."""
    table = read_table(rows, EXPERT_FIELDS, is_xlsx, "expert", mapping)
    first: dict[str, int] = {}
    out = []
    for number, v in table.rows:
        name = v["name"]
        if not name:
            raise InputError("this expert has no name", fix="write the expert's name in this cell").at(
                row=number, column=table.labels["name"]
            )
        if name in taken:
            raise InputError(
                f"expert '{name}' is in the selection already", fix="remove the experts already imported from the list"
            ).at(row=number, column=table.labels["name"])
        if name in first:
            raise InputError(
                f"expert '{name}' is listed twice (rows {first[name]} and {number})",
                fix="keep one row per expert; tell two experts of the same name apart, e.g. 张伟(北京) and 张伟(上海)",
            ).at(row=number, column=table.labels["name"])
        first[name] = number
        email = unicodedata.normalize("NFKC", v["email"])  # a full-width ＠ typed with a Chinese input method
        if email and not _EMAIL.fullmatch(email):
            raise InputError(
                f"'{v['email']}' is not an e-mail address", fix="write it as name@example.org, or leave the cell empty"
            ).at(row=number, column=table.labels["email"])
        recuse = tuple(identity(code) for code in _SPLIT.split(v["recuse"]) if code)
        bad = next((p for p in (problem(code, "code") for code in recuse) if p), None)
        if bad is not None:
            raise InputError(bad[0], fix=bad[1]).at(row=number, column=table.labels["recuse"])
        repeated = next((code for k, code in enumerate(recuse) if code in recuse[:k]), None)
        if repeated is not None:
            raise InputError(f"the recusal list names '{repeated}' twice", fix="name each candidate code once").at(
                row=number, column=table.labels["recuse"]
            )
        unknown = next((code for code in recuse if candidates is not None and code not in candidates), None)
        if unknown is not None:
            raise InputError(
                f"expert '{name}' is recused from '{unknown}', which is not a candidate code",
                fix="correct the code, or import that candidate first",
            ).at(row=number, column=table.labels["recuse"])
        out.append((number, Expert(name, v["affiliation"], email, recuse)))
    return out
