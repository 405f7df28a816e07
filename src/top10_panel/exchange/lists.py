"""Candidate and expert lists (SPEC §2 step 1): .xlsx or .csv, Chinese or English headers, checked row by row."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from datetime import date
from pathlib import Path
from typing import TypeVar

from top10_panel.domain.errors import InputError
from top10_panel.domain.people import Candidate, Expert

from .files import is_workbook, read_input
from .lists_table import CANDIDATE_FIELDS, EXPERT_FIELDS, SEPARATORS, Rows, read_table

MAX_BYTES = 64 << 20
"""A larger file is refused: a thousand candidates with long summaries take a few megabytes."""
_SPLIT = re.compile(rf"[{SEPARATORS}\s]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

T = TypeVar("T")


def read_candidates(path: Path, *, taken: Collection[str] = ()) -> list[Candidate]:
    """The candidates of a .xlsx or .csv list in file order; a problem raises InputError naming file, row, column.

    ``taken``: codes the selection has already, which the list may not use again.
    """
    return _located(path, lambda rows, is_xlsx: candidate_rows(rows, is_xlsx, frozenset(taken)))


def read_experts(path: Path, *, taken: Collection[str] = (), candidates: Collection[str] | None = None) -> list[Expert]:
    """The experts of a .xlsx or .csv list in file order.

    ``taken``: names the selection has already; ``candidates``: the codes a recusal may name (None: not checked).
    """
    return [expert for _, expert in read_experts_with_rows(path, taken=taken, candidates=candidates)]


def read_experts_with_rows(
    path: Path, *, taken: Collection[str] = (), candidates: Collection[str] | None = None
) -> list[tuple[int, Expert]]:
    """The experts with the file row of each."""
    known = frozenset(candidates) if candidates is not None else None
    return _located(path, lambda rows, is_xlsx: expert_rows(rows, is_xlsx, frozenset(taken), known))


def normalise_date(text: str) -> str:
    """A plain day as ISO ``YYYY-MM-DD`` and a month as ``YYYY-MM``; anything else (a span, a season) as written."""
    for pattern, has_day in _DATES:
        match = pattern.fullmatch(text.strip())
        if match:
            year, month, day = int(match[1]), int(match[2]), int(match[3]) if has_day else 1
            try:
                value = date(year, month, day)
            except ValueError:
                return text
            return value.isoformat() if has_day else value.isoformat()[:7]
    return text


_DATES = (
    (re.compile(r"([0-9]{4})\s*[-/.]\s*([0-9]{1,2})\s*[-/.]\s*([0-9]{1,2})(?:\s+0?0:00(?::00)?)?"), True),
    (re.compile(r"([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*[日号]?"), True),
    (re.compile(r"([0-9]{4})\s*[-/.]\s*([0-9]{1,2})"), False),
    (re.compile(r"([0-9]{4})\s*年\s*([0-9]{1,2})\s*月"), False),
)


def _located(path: Path, build: Callable[[Rows, bool], list[T]]) -> list[T]:
    data = read_input(
        path,
        what="a list",
        max_bytes=MAX_BYTES,
        too_large_fix="check that this is the candidate or expert list; shorten the summaries if it is",
        empty_fix="give a header row, then one row per entry",
    )
    sheet = None
    rows: Rows
    try:
        if is_workbook(data, path):
            from .lists_xlsx import read_rows as read_xlsx  # openpyxl is only imported for workbooks

            rows, sheet = read_xlsx(data)
        else:
            from .lists_csv import read_rows as read_csv

            rows = read_csv(data)
        return build(rows, sheet is not None)
    except InputError as error:
        raise error.at(file=str(path), sheet=sheet) from None


def candidate_rows(rows: Rows, is_xlsx: bool, taken: frozenset[str]) -> list[Candidate]:
    """The candidates of a list's rows, checked; the first problem raises InputError with its row and column."""
    table = read_table(rows, CANDIDATE_FIELDS, is_xlsx, "candidate")
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
        date_text = normalise_date(v["date"])
        out.append(Candidate(code, v["title"], date_text, v["summary"], v["source"], v["category"]))
    return out


def expert_rows(
    rows: Rows, is_xlsx: bool, taken: frozenset[str], candidates: frozenset[str] | None
) -> list[tuple[int, Expert]]:
    """(row, expert) of a list's rows, checked; the first problem raises InputError with its row and column."""
    table = read_table(rows, EXPERT_FIELDS, is_xlsx, "expert")
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
        recuse = tuple(code for code in _SPLIT.split(v["recuse"]) if code)
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
