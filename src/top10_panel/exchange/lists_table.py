"""The columns of candidate and expert lists: headers placed by the synonym table (or by hand), cells as checked
text."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from top10_panel.domain.errors import InputError

from .grid import Refused, Value
from .identity import free_text, identity, problem
from .lists_words import IGNORE, fold, match, one_line, table
from .xlsx_cells import column_label, letters

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
    identity: str = ""
    """What the value is called when it is an identity (compared exactly: NFKC, no invisible characters)."""

    @property
    def shown(self) -> str:
        return "/".join(self.names[:2])


CANDIDATE_FIELDS = (
    Field("code", ("编号", "code"), required=True, limit=MAX_CODE, identity="code"),
    Field("title", ("标题", "title"), required=True),
    Field("date", ("日期", "date")),
    Field("summary", ("摘要", "summary"), limit=MAX_SUMMARY, multiline=True),
    Field("source", ("来源", "source", "推荐单位")),
    Field("category", ("类别", "category")),
)
EXPERT_FIELDS = (
    Field("name", ("姓名", "name"), required=True, identity="name"),
    Field("affiliation", ("单位", "affiliation")),
    Field("email", ("邮箱", "email", "e-mail")),
    Field("recuse", ("回避", "recuse", "recusal"), limit=MAX_SUMMARY),
)


Rows = Sequence[tuple[int, Sequence[Value]]]
"""A list's non-blank rows from its header row on, each with its row number as the user sees it."""


@dataclass(frozen=True)
class Table:
    """A list's rows as text by field key, and each field's column as messages name it."""

    rows: list[tuple[int, dict[str, str]]]
    labels: dict[str, str]


@dataclass(frozen=True)
class Column:
    """A header cell as the reader placed it: its index, its text, and its field key (IGNORE for read past, None
    for a word no table knows); ``by_hand`` when the editor's mapping placed it."""

    index: int
    header: str
    label: str
    key: str | None
    by_hand: bool = False


def header_columns(
    header: Sequence[Value], noun: str, is_xlsx: bool, mapping: Mapping[str, str] | None = None
) -> list[Column]:
    """Each header cell placed: by the editor's mapping (folded header → key), else by the synonym table."""
    words = table(noun)
    mapping = mapping or {}
    out = []
    for j, cell in enumerate(header):
        name = _header_name(cell, j, is_xlsx)
        if not name:
            continue
        label = column_label(one_line(name), letters(j) if is_xlsx else str(j + 1))
        folded = fold(name)
        if folded in mapping:
            out.append(Column(j, name, label, mapping[folded], by_hand=True))
        else:
            out.append(Column(j, name, label, match(name, words)))
    return out


def read_table(
    rows: Rows, fields: Sequence[Field], is_xlsx: bool, noun: str, mapping: Mapping[str, str] | None = None
) -> Table:
    """The first row is the header; every later row becomes text by field key, checked for length and type."""
    if not rows:
        raise InputError(
            "the workbook's sheets are empty" if is_xlsx else "the file has only blank rows",
            fix=f"start with a header row ({', '.join(f.shown for f in fields)}), then one row per {noun}",
        )
    header_row, header = rows[0]
    try:
        _refuse_marked(header)
        placed = header_columns(header, noun, is_xlsx, mapping)
        columns = _columns(placed, fields, noun)
    except InputError as error:
        raise error.at(row=header_row) from None
    labels = {c.index: c.label for c in placed}
    headed = {c.index for c in placed}
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
        _refuse_marked(cells, labels)
        for j, cell in enumerate(cells):
            if j not in headed and not (isinstance(cell, str) and not cell.strip()):
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


def _refuse_marked(cells: Sequence[Value], labels: Mapping[int, str] | None = None) -> None:
    """A formula or error cell in the header or a row of the list raises, its column named by its header."""
    for j, cell in enumerate(cells):
        if isinstance(cell, Refused):
            raise cell.error.at(column=(labels or {}).get(j))


def _header_name(cell: Value, j: int, is_xlsx: bool) -> str:
    if isinstance(cell, Refused):
        raise cell.error
    if not isinstance(cell, str):
        raise InputError(
            f"the header cell holds a date or time ({cell})", fix="write the column's name there, e.g. 日期 or date"
        ).at(column=letters(j) if is_xlsx else str(j + 1))
    return free_text(cell).strip()


def _columns(placed: Sequence[Column], fields: Sequence[Field], noun: str) -> dict[str, int]:
    """Each field's column index; an unknown or repeated header raises InputError. 序号 is the code when the list
    has no code column, and is read past when it has one."""
    other = "expert" if noun == "candidate" else "candidate"
    theirs = table(other)
    keys = {f.key for f in fields}
    columns: dict[str, int] = {}
    ordinal: Column | None = None
    for column in placed:
        key = column.key
        if key is None or (key not in keys and key not in (IGNORE, "ordinal")):
            accepted = ", ".join("/".join(f.names) for f in fields)
            if theirs.get(fold(column.header)):
                raise InputError(
                    f"unknown column '{one_line(column.header)}': this looks like a {other} list, not a {noun} list",
                    fix=f"give the {noun} list here (columns {accepted}); the {other} list is imported on its own",
                ).at(column=column.label)
            raise InputError(
                f"unknown column '{one_line(column.header)}'",
                fix=f"rename it to one of {accepted}, delete the column, or choose what it holds in the app's "
                "import preview; columns such as 序号, 备注, 手机 are read past",
            ).at(column=column.label)
        if key == IGNORE:
            continue
        if key == "ordinal":
            ordinal = ordinal or column
            continue
        if key in columns:
            first = next(c.label for c in placed if c.index == columns[key])
            shown = next(f.shown for f in fields if f.key == key)
            raise InputError(
                f"two columns are headed {shown}: {first} and {column.label}",
                fix="keep one of them and delete or rename the other",
            ).at(column=column.label)
        columns[key] = column.index
    if ordinal is not None and "code" in keys and "code" not in columns:
        columns["code"] = ordinal.index
    return columns


def _text(cell: Value, field: Field) -> str:
    if isinstance(cell, str):
        if field.identity:
            text = identity(re.sub(r"[\r\n\t]+", " ", _strip_escapes(cell)))
            found = problem(text, field.identity)
            if found is not None:
                raise InputError(found[0], fix=found[1])
        else:
            text = free_text(cell).strip()
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


def _strip_escapes(text: str) -> str:
    """Word's ``_x000D_`` and its kin, which no identity means."""
    return re.sub(r"_x000[DdAa9]_", " ", text)
