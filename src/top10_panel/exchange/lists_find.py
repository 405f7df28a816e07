"""Where a list is in its file: the sheet that holds it and its header row, past title rows, banners and notes.

Offices put a title above the list ("2020年度中国科技资源管理领域十大事件候选清单", often merged across the
columns), a subtitle, a blank row, and sometimes a 填表说明 sheet before the list. The header row is the first row,
among the first ``SEARCH_ROWS`` of a sheet, that names the list's required columns; of several, the one that names
the most columns. Sheets are tried in order, the shown ones before the hidden ones.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from top10_panel.domain.errors import InputError

from .grid import Grid, Value, kind, read_grids
from .lists_words import IGNORE, fold, match, table

SEARCH_ROWS = 30
REQUIRED = {"candidate": (("code", "ordinal"), ("title",)), "expert": (("name",),)}
"""Each entry: the keys of which one must head a column."""


@dataclass(frozen=True)
class Found:
    """A list in its file: its rows from the header row on, its sheet (None for CSV), and whether columns are
    lettered (a workbook) or numbered (CSV)."""

    rows: list[tuple[int, list[Value]]]
    sheet: str | None
    is_xlsx: bool
    skipped: int = 0
    """Non-blank rows above the header (titles, banners) that were read past."""

    @property
    def header_row(self) -> int | None:
        return self.rows[0][0] if self.rows else None


def load(data: bytes, path: Path) -> tuple[list[Grid], bool]:
    """The file's sheets (CSV as one sheet without a name) and whether it is a workbook."""
    form = kind(data, path)
    if form == "text":
        from .lists_csv import read_rows as read_csv

        return [Grid("", True, [(n, list(cells)) for n, cells in read_csv(data)])], False
    return read_grids(data, form), True


def find(grids: Sequence[Grid], is_xlsx: bool, noun: str, mapping: Mapping[str, str] | None = None) -> Found:
    """The list's sheet and header row; a file with no row that could be the header raises InputError."""
    ordered = [g for g in grids if g.visible] + [g for g in grids if not g.visible]
    filled = [g for g in ordered if g.rows]
    if not filled:
        sheet = ordered[0].name if ordered and is_xlsx else None
        raise InputError(
            "the workbook's sheets are empty" if is_xlsx else "the file has only blank rows",
            fix=f"start with a header row, then one row per {noun}",
        ).at(sheet=sheet)
    words = table(noun)
    best: tuple[int, Grid, int] | None = None
    for grid in filled:
        named = [_names(cells, words, mapping) for _, cells in grid.rows[:SEARCH_ROWS]]
        complete = [k for k, names in enumerate(named) if all(names & set(keys) for keys in REQUIRED[noun])]
        if complete:
            top = max(len(named[k]) for k in complete)
            return _found(grid, next(k for k in complete if len(named[k]) == top), is_xlsx)
        for k, names in enumerate(named):
            if names and (best is None or len(names) > best[0]):
                best = (len(names), grid, k)
    if best is not None:  # a header short of a required column: the table reader names what is missing
        return _found(best[1], best[2], is_xlsx)
    other = "expert" if noun == "candidate" else "candidate"
    theirs = table(other)
    for grid in filled:
        for k, (_, cells) in enumerate(grid.rows[:SEARCH_ROWS]):
            if all(_names(cells, theirs, None) & set(keys) for keys in REQUIRED[other]):
                return _found(grid, k, is_xlsx)  # the table reader says it looks like the other list
    first = filled[0]
    shown = "编号/code, 标题/title" if noun == "candidate" else "姓名/name"
    raise InputError(
        f"no header row found in the first {SEARCH_ROWS} rows: no row names the columns {shown}",
        fix=f"add a header row above the list with the columns {shown}"
        + (", 日期/date, 摘要/summary, 来源/source, 类别/category" if noun == "candidate" else ", 单位, 邮箱, 回避"),
    ).at(sheet=first.name if is_xlsx else None, row=first.rows[0][0])


def _found(grid: Grid, k: int, is_xlsx: bool) -> Found:
    return Found(grid.rows[k:], grid.name if is_xlsx else None, is_xlsx, skipped=k)


def _names(cells: Sequence[Value], words: Mapping[str, str], mapping: Mapping[str, str] | None) -> set[str]:
    out = set()
    for cell in cells:
        if isinstance(cell, str) and cell.strip():
            key = mapping[fold(cell)] if mapping and fold(cell) in mapping else match(cell, words)
            if key not in (None, IGNORE):
                out.add(key)
    return out
