"""Cells of a results workbook as read back: each error names the file, sheet, row and column."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from top10_panel.domain.criteria import split_header
from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.rules import Mode
from top10_panel.domain.votes import Vote

from .cells import APPROVE, NOT_APPROVE
from .labels import label
from .xlsx_cells import cell_value, letters

RESTORE = "the workbook was changed here; use the results workbook as exported, or export it again"


class Grid:
    """One sheet's cells by row and column (1-based), with the cell's place named in every error."""

    def __init__(self, file: str, name: str, worksheet: Any) -> None:
        self.file = file
        self.name = name
        self.rows = [tuple(row) for row in worksheet.iter_rows()]

    def error(self, problem: str, row: int | None = None, column: int | None = None, fix: str = RESTORE) -> InputError:
        where = Location(self.file, self.name, row, letters(column - 1) if column else None)
        return InputError(problem, fix=fix, where=where)

    def cell(self, row: int, column: int) -> Any:
        if not 1 <= row <= len(self.rows) or not 1 <= column <= len(self.rows[row - 1]):
            return None
        return self.rows[row - 1][column - 1]

    def value(self, row: int, column: int) -> object:
        cell = self.cell(row, column)
        kind = getattr(cell, "data_type", None)
        value = getattr(cell, "value", None)
        if kind == "f":
            raise self.error(f"the cell holds a formula ({value})", row, column, "replace the formula by its value")
        if kind == "e":
            raise self.error(f"the cell holds an error value ({value})", row, column)
        return value

    def text(self, row: int, column: int) -> str:
        value = self.value(row, column)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    def whole(self, row: int, column: int, what: str) -> int:
        value = self.value(row, column)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.error(f"the {what} should be a whole number, not {value!r}", row, column)
        return value

    def blank(self, row: int) -> bool:
        return row > len(self.rows) or all(getattr(c, "value", None) in (None, "") for c in self.rows[row - 1])

    def find(self, column: int, text: str, start: int = 1) -> int | None:
        for row in range(start, len(self.rows) + 1):
            if self.text(row, column).strip() == text:
                return row
        return None

    def columns(self, row: int, keys: tuple[str, ...], language: str, first: int = 1) -> dict[str, int]:
        """Where each headed column is, found by its header in the language; a missing one is an error."""
        if row > len(self.rows):
            raise self.error("the header row is missing", row)
        found = {self.text(row, j).strip(): j for j in range(first, len(self.rows[row - 1]) + 1)}
        out = {}
        for key in keys:
            column = found.get(label(key, language))
            if column is None:
                raise self.error(f"the header row has no column '{label(key, language)}'", row)
            out[key] = column
        return out


def read_vote(grid: Grid, mode: Mode, row: int, columns: dict[str, int], recused: str) -> Vote:
    """The vote of a ballots sheet row: its cells in the cell language of a ballot matrix; ``recused`` marks none."""
    marks: dict[str, str] = {}
    for code, j in columns.items():
        try:
            value = cell_value(grid.cell(row, j), grid.name, error_fix="type the vote in the cell")
        except InputError as error:
            raise error.at(file=grid.file) from None
        if not isinstance(value, str):
            raise grid.error(f"the cell holds a date or time ({value})", row, j, "type the vote as a number")
        text = value.strip()
        if text in ("", recused) or (mode is Mode.APPROVAL and text in NOT_APPROVE):
            continue
        marks[code] = text
    try:
        if mode is Mode.APPROVAL:
            return _approvals(marks)
        if mode is Mode.RANKING:
            return _ranks(marks)
        return _scores(marks)
    except _BadCell as bad:
        raise grid.error(bad.problem, row, columns[bad.code], bad.fix) from None


class _BadCell(Exception):
    def __init__(self, code: str, problem: str, fix: str) -> None:
        super().__init__(problem)
        self.code, self.problem, self.fix = code, problem, fix


def _approvals(marks: dict[str, str]) -> Vote:
    for code, text in marks.items():
        if text not in APPROVE:
            raise _BadCell(code, f"'{text}' is not an approval mark", "approve with 1; leave the cell empty for not")
    return {"approve": list(marks)} if marks else {}


def _ranks(marks: dict[str, str]) -> Vote:
    ranks = {}
    for code, text in marks.items():
        if not (text.isascii() and text.isdigit() and int(text) > 0):
            raise _BadCell(code, f"'{text}' is not a rank", "ranks are whole numbers 1, 2, 3 … (1 = best)")
        ranks[code] = int(text)
    return {"rank": ranks} if ranks else {}


def _scores(marks: dict[str, str]) -> Vote:
    for code, text in marks.items():
        try:
            finite = Decimal(text).is_finite()
        except InvalidOperation:
            finite = False
        if not finite:
            raise _BadCell(code, f"'{text}' is not a score", "write the score as a number, or leave the cell empty")
    return {"score": dict(marks)} if marks else {}


def by_criterion(vote: Vote) -> Vote:
    """A vote read from CODE:CRITERION columns as {"score": {code: {criterion: "8"}}}."""
    scores = vote.get("score", {})
    out: dict[str, dict[str, str]] = {}
    for header, text in scores.items() if isinstance(scores, dict) else []:
        code, criterion = split_header(str(header))
        out.setdefault(code, {})[criterion] = str(text)
    return {"score": out} if out else {}
