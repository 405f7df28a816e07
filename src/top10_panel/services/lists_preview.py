"""What importing a candidate or expert list would add, and every problem in it by row, before anything is written.

The importers (services.selection) stop at the first problem; the editor wants them all at once, to fix the list in
one go. So the rows are read here one by one, each checked by the list reader's own row checks; a list with no
problem is then read once more by the importer's own reader, so that the preview never promises what the import
would refuse. Nothing is written here (SPEC §6: a refused import changes nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.people import Candidate, Expert, Recusal, suggest_recusals
from top10_panel.exchange.files import is_workbook, read_input
from top10_panel.exchange.lists import (  # the reader's own row checks: one truth for preview and import
    MAX_BYTES,
    candidate_rows,
    expert_rows,
    read_candidates,
    read_experts,
)
from top10_panel.exchange.lists_csv import read_rows as read_csv
from top10_panel.exchange.lists_table import CANDIDATE_FIELDS, EXPERT_FIELDS, Field, Rows, read_table
from top10_panel.exchange.xlsx_cells import (
    BROKEN,
    NOT_A_WORKBOOK,
    Cell,
    cell_value,
    column_label,
    letters,
    open_workbook,
    row_number,
)
from top10_panel.store import editing as store
from top10_panel.store import repository
from top10_panel.store.database import open_selection

T = TypeVar("T")
MAX_PROBLEMS = 1000
"""A list that is wrong throughout (say, the wrong file) stops being read after this many problems."""


@dataclass(frozen=True)
class Preview(Generic[T]):
    """The rows an import would add, each with its row in the file, and the problems that stop it."""

    file: Path
    rows: tuple[tuple[int, T], ...]
    problems: tuple[InputError, ...]
    suggested: tuple[Recusal, ...] = ()
    """Recusals the import would suggest: an expert's affiliation in a candidate's source (本单位)."""

    @property
    def ok(self) -> bool:
        """The list can be imported as it is."""
        return not self.problems and bool(self.rows)


def preview_candidates(path: Path, list_path: Path) -> Preview[Candidate]:
    """What import_candidates(path, list_path) would add, or every problem that stops it."""
    with open_selection(path, write=False) as selection, selection.read() as session:
        locked = store.lists_locked(session)
        taken = frozenset(c.code for c in repository.candidates(session))
        experts = repository.experts(session)
    if locked:
        return Preview(list_path, (), (_locked(path, "candidates"),))

    def check(rows: Rows, is_xlsx: bool) -> list[tuple[int, Candidate]]:
        return [(rows[-1][0], c) for c in candidate_rows(rows, is_xlsx, taken)]

    def twice(code: str, first: int, number: int) -> InputError:
        return InputError(
            f"the code '{code}' is given to two candidates (rows {first} and {number})",
            fix="give each candidate a code of its own",
        )

    rows, problems = _rows(list_path, CANDIDATE_FIELDS, "candidate", check, (lambda c: c.code, "code", twice))
    if not problems:
        problems = _verdict(lambda: read_candidates(list_path, taken=taken))
    if problems:
        return Preview(list_path, tuple(rows), tuple(problems))
    return Preview(list_path, tuple(rows), (), tuple(suggest_recusals(experts, [c for _, c in rows])))


def preview_experts(path: Path, list_path: Path) -> Preview[Expert]:
    """What import_experts(path, list_path) would add, or every problem that stops it."""
    with open_selection(path, write=False) as selection, selection.read() as session:
        locked = store.lists_locked(session)
        taken = frozenset(e.name for e in repository.experts(session))
        candidates = repository.candidates(session)
    if locked:
        return Preview(list_path, (), (_locked(path, "experts"),))
    codes = frozenset(c.code for c in candidates)

    def check(rows: Rows, is_xlsx: bool) -> list[tuple[int, Expert]]:
        return expert_rows(rows, is_xlsx, taken, codes)

    def twice(name: str, first: int, number: int) -> InputError:
        return InputError(
            f"expert '{name}' is listed twice (rows {first} and {number})",
            fix="keep one row per expert; tell two experts of the same name apart, e.g. 张伟(北京) and 张伟(上海)",
        )

    rows, problems = _rows(list_path, EXPERT_FIELDS, "expert", check, (lambda e: e.name, "name", twice))
    if not problems:
        problems = _verdict(lambda: read_experts(list_path, taken=taken, candidates=codes))
    if problems:
        return Preview(list_path, tuple(rows), tuple(problems))
    return Preview(list_path, tuple(rows), (), tuple(suggest_recusals([e for _, e in rows], candidates)))


def _locked(path: Path, what: str) -> InputError:
    return InputError(
        f"ballot packages are issued already, so the {what} cannot change",
        fix="changing them now needs a new version of the rules and new packages for every expert",
        where=Location(file=str(path)),
    )


def _verdict(read: Callable[[], object]) -> list[InputError]:
    try:
        read()
    except InputError as error:
        return [error]
    return []


def _rows(
    list_path: Path,
    fields: Sequence[Field],
    noun: str,
    check: Callable[[Rows, bool], list[tuple[int, T]]],
    unique: tuple[Callable[[T], str], str, Callable[[str, int, int], InputError]],
) -> tuple[list[tuple[int, T]], list[InputError]]:
    """Each data row checked on its own with the header; a problem of the whole file ends the reading.

    ``unique``: the row's key, its field, and the error for a key given twice."""
    key, key_field, twice = unique
    sheet: str | None = None
    try:
        data = read_input(
            list_path,
            what="a list",
            max_bytes=MAX_BYTES,
            too_large_fix="check that this is the candidate or expert list; shorten the summaries if it is",
            empty_fix="give a header row, then one row per entry",
        )
        is_xlsx = is_workbook(data, list_path)
        if is_xlsx:
            rows, sheet, problems = _xlsx_rows(data)
        else:
            rows, problems = list(read_csv(data)), []
        if len(rows) < 2:
            read_table(rows, fields, is_xlsx, noun)  # raises the reader's own words for an empty list
        labels = read_table([rows[0], (rows[0][0] + 1, [])], fields, is_xlsx, noun).labels
    except InputError as error:
        return [], [error.at(file=str(list_path), sheet=sheet)]
    out: list[tuple[int, T]] = []
    first: dict[str, int] = {}
    for number, cells in rows[1:]:
        if len(problems) >= MAX_PROBLEMS:
            break
        try:
            (found,) = check([rows[0], (number, cells)], is_xlsx)
        except InputError as error:
            problems.append(error.at(file=str(list_path), sheet=sheet))
            continue
        name = key(found[1])
        if name in first:
            where = Location(str(list_path), sheet, number, labels.get(key_field))
            problems.append(twice(name, first[name], number).at(**vars(where)))
            continue
        first[name] = number
        out.append(found)
    problems.sort(key=lambda e: e.where.row or 0)
    return out, problems


def _xlsx_rows(data: bytes) -> tuple[list[tuple[int, Sequence[Cell]]], str, list[InputError]]:
    """The first sheet's non-blank rows; a row with a formula or an error cell is left out and reported."""
    workbook = open_workbook(data)
    try:
        if not workbook.worksheets:
            raise InputError("the workbook has no worksheet", fix="put the list on the first sheet")
        sheet = workbook.worksheets[0]
        rows: list[tuple[int, Sequence[Cell]]] = []
        problems: list[InputError] = []
        header: list[Cell] = []
        for cells in sheet.iter_rows():
            values, problem = _xlsx_cells(cells, sheet.title, header)
            if problem is not None:
                if not header:  # the header itself is broken: nothing below can be read
                    raise problem
                problems.append(problem.at(sheet=sheet.title))
                continue
            if any(not isinstance(v, str) or v.strip() for v in values):
                rows.append((row_number(cells), values))
                header = header or values
        return rows, sheet.title, problems
    except BROKEN:
        raise NOT_A_WORKBOOK from None
    finally:
        workbook.close()


def _xlsx_cells(cells: Collection[object], sheet: str, header: Sequence[Cell]) -> tuple[list[Cell], InputError | None]:
    values: list[Cell] = []
    for j, cell in enumerate(cells):
        try:
            values.append(cell_value(cell, sheet, error_fix="type the value in the cell, or leave it empty"))
        except InputError as error:
            name = header[j] if j < len(header) and isinstance(header[j], str) else ""
            return values, error.at(column=column_label(str(name).strip(), letters(j)))
    return values, None
