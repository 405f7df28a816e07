"""The columns of candidate and expert lists: headers in Chinese or English, cells as checked text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from top10_panel.domain.errors import InputError

from .xlsx_cells import Cell, column_label, letters

MAX_CODE = 32
MAX_TEXT = 500
MAX_SUMMARY = 20_000
SEPARATORS = ",、，;；"
"""What separates the codes of a recusal list, besides spaces; a code may contain none of them."""


@dataclass(frozen=True)
class Field:
    """A column of a list: the headers it goes by (the first two are shown in messages) and its length limit."""

    key: str
    names: tuple[str, ...]
    required: bool = False
    limit: int = MAX_TEXT
    multiline: bool = False
    aliases: tuple[str, ...] = ()
    """Further headers accepted but not offered in messages."""

    @property
    def shown(self) -> str:
        return "/".join(self.names[:2])


CANDIDATE_FIELDS = (
    Field("code", ("编号", "code"), required=True, limit=MAX_CODE),
    Field("title", ("标题", "title"), required=True),
    Field("date", ("日期", "date")),
    Field("summary", ("摘要", "summary"), limit=MAX_SUMMARY, multiline=True),
    Field("source", ("来源", "source", "推荐单位"), aliases=("来源/推荐单位",)),
    Field("category", ("类别", "category")),
)
EXPERT_FIELDS = (
    Field("name", ("姓名", "name"), required=True),
    Field("affiliation", ("单位", "affiliation")),
    Field("email", ("邮箱", "email", "e-mail")),
    Field("recuse", ("回避", "recuse", "recusal"), limit=MAX_SUMMARY),
)


Rows = Sequence[tuple[int, Sequence[Cell]]]
"""A file's non-blank rows, each with its row number as the user sees it."""


@dataclass(frozen=True)
class Table:
    """A list's rows as text by field key, and each field's column as messages name it."""

    rows: list[tuple[int, dict[str, str]]]
    labels: dict[str, str]


def read_table(rows: Rows, fields: Sequence[Field], is_xlsx: bool, noun: str) -> Table:
    """The first row is the header; every later row becomes text by field key, checked for length and type."""
    if not rows:
        raise InputError(
            "the first sheet is empty" if is_xlsx else "the file has only blank rows",
            fix=f"start with a header row ({', '.join(f.shown for f in fields)}), then one row per {noun}",
        )
    header_row, header = rows[0]
    try:
        names = [_header_name(cell, j, is_xlsx) for j, cell in enumerate(header)]
        labels = [column_label(name, letters(j) if is_xlsx else str(j + 1)) for j, name in enumerate(names)]
        columns = _columns(names, labels, fields, noun)
    except InputError as error:
        raise error.at(row=header_row) from None
    missing = [f for f in fields if f.required and f.key not in columns]
    if missing:
        raise InputError(
            f"the {' and '.join(repr(f.names[0]) for f in missing)} column{'s are' if len(missing) > 1 else ' is'} "
            "missing",
            fix=f"add a column headed {' / '.join(f.shown for f in missing)}; "
            f"{'an' if noun[0] in 'aeiou' else 'a'} {noun} list has the columns {', '.join(f.shown for f in fields)}",
        ).at(row=header_row)
    if len(rows) == 1:
        raise InputError(f"the list has a header but no {noun}s", fix=f"add one row per {noun} below the header").at(
            row=header_row
        )
    out = []
    for number, cells in rows[1:]:
        for j, cell in enumerate(cells):
            if (j >= len(names) or not names[j]) and (not isinstance(cell, str) or cell.strip()):
                raise InputError(
                    "this cell is in a column without a header",
                    fix=f"give the column a header ({', '.join(f.shown for f in fields)}) or empty the cell",
                ).at(row=number, column=letters(j) if is_xlsx else str(j + 1))
        values = dict.fromkeys((f.key for f in fields), "")
        for field in fields:
            k = columns.get(field.key)
            if k is None or k >= len(cells):
                continue
            try:
                values[field.key] = _text(cells[k], field)
            except InputError as error:
                raise error.at(row=number, column=labels[k]) from None
        out.append((number, values))
    return Table(out, {key: labels[j] for key, j in columns.items()})


def _header_name(cell: Cell, j: int, is_xlsx: bool) -> str:
    if not isinstance(cell, str):
        raise InputError(
            f"the header cell holds a date or time ({cell})", fix="write the column's name there, e.g. 日期 or date"
        ).at(column=letters(j) if is_xlsx else str(j + 1))
    return cell.strip()


def _columns(names: Sequence[str], labels: Sequence[str], fields: Sequence[Field], noun: str) -> dict[str, int]:
    """Each field's column index; an unknown or repeated header raises InputError."""
    known = _known(fields)
    other = "expert" if noun == "candidate" else "candidate"
    theirs = _known(EXPERT_FIELDS if other == "expert" else CANDIDATE_FIELDS)
    columns: dict[str, int] = {}
    for j, name in enumerate(names):
        if not name:
            continue
        field = known.get(_fold(name))
        if field is None:
            accepted = ", ".join("/".join(f.names) for f in fields)
            if _fold(name) in theirs:
                raise InputError(
                    f"unknown column '{name}': this looks like a {other} list, not a {noun} list",
                    fix=f"give the {noun} list here (columns {accepted}); the {other} list is imported on its own",
                ).at(column=labels[j])
            raise InputError(
                f"unknown column '{name}'", fix=f"rename it to one of {accepted}, or delete the column"
            ).at(column=labels[j])
        if field.key in columns:
            raise InputError(
                f"two columns are headed {field.shown}: {labels[columns[field.key]]} and {labels[j]}",
                fix="keep one of them and delete or rename the other",
            ).at(column=labels[j])
        columns[field.key] = j
    return columns


def _known(fields: Sequence[Field]) -> dict[str, Field]:
    return {_fold(name): field for field in fields for name in field.names + field.aliases}


def _fold(name: str) -> str:
    """Headers compare without case and width: 'Code', 'CODE' and full-width 'ｃｏｄｅ' are all 'code'."""
    return unicodedata.normalize("NFKC", name).strip().casefold()


def _text(cell: Cell, field: Field) -> str:
    if isinstance(cell, str):
        text = cell.replace("\r\n", "\n").replace("\r", "\n").strip()
        if not field.multiline:
            text = re.sub(r"\s*\n\s*", " ", text)
    elif field.key == "date" and isinstance(cell, date):
        text = (cell.date() if isinstance(cell, datetime) else cell).isoformat()
    else:
        fix = "type the date as 2020-01-24" if field.key == "date" else "format the cell as Text and type the value"
        raise InputError(f"the cell holds a date or time ({cell})", fix=fix)
    if len(text) > field.limit:
        raise InputError(
            f"the {field.names[0]} is {len(text):,} characters long; at most {field.limit:,} are allowed",
            fix=f"shorten it to at most {field.limit:,} characters",
        )
    return text
