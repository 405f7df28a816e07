"""What importing a candidate or expert list would add, and every problem in it by row, before anything is written.

The importers (services.selection) stop at the first problem; the editor wants them all at once, to fix the list in
one go. So the rows are read here one by one, each checked by the list reader's own row checks; a list with no
problem is then read once more by the importer's own reader, so that the preview never promises what the import
would refuse. Nothing is written here (SPEC §6: a refused import changes nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.people import Candidate, Expert, Recusal, suggest_recusals
from top10_panel.exchange.lists import (  # the reader's own row checks: one truth for preview and import
    candidate_rows,
    expert_rows,
    locate,
    read_candidates,
    read_experts,
)
from top10_panel.exchange.lists_table import (
    CANDIDATE_FIELDS,
    EXPERT_FIELDS,
    Column,
    Field,
    Rows,
    header_columns,
    read_table,
)
from top10_panel.store import editing as store
from top10_panel.store import repository
from top10_panel.store.database import open_selection

T = TypeVar("T")
MAX_PROBLEMS = 1000
"""A list that is wrong throughout (say, the wrong file) stops being read after this many problems."""


@dataclass(frozen=True)
class Layout:
    """Where the reader found the list: its sheet (None for CSV), its header row, the title rows read past above
    it, and each header cell as placed (by the synonym table, by the editor's mapping, read past, or unknown)."""

    sheet: str | None = None
    header_row: int | None = None
    skipped: int = 0
    columns: tuple[Column, ...] = ()


@dataclass(frozen=True)
class Preview(Generic[T]):
    """The rows an import would add, each with its row in the file, and the problems that stop it."""

    file: Path
    rows: tuple[tuple[int, T], ...]
    problems: tuple[InputError, ...]
    suggested: tuple[Recusal, ...] = ()
    """Recusals the import would suggest: an expert's affiliation in a candidate's source (本单位)."""
    layout: Layout = Layout()
    mapping: Mapping[str, str] | None = None
    """The editor's mapping the preview was read with; the import is to use the same."""

    @property
    def ok(self) -> bool:
        """The list can be imported as it is."""
        return not self.problems and bool(self.rows)


def preview_candidates(path: Path, list_path: Path, mapping: Mapping[str, str] | None = None) -> Preview[Candidate]:
    """What import_candidates(path, list_path, mapping) would add, or every problem that stops it."""
    with open_selection(path, write=False) as selection, selection.read() as session:
        locked = store.lists_locked(session)
        taken = frozenset(c.code for c in repository.candidates(session))
        experts = repository.experts(session)
    if locked:
        return Preview(list_path, (), (_locked(path, "candidates"),))

    def check(rows: Rows, is_xlsx: bool) -> list[tuple[int, Candidate]]:
        return [(rows[-1][0], c) for c in candidate_rows(rows, is_xlsx, taken, mapping)]

    def twice(code: str, first: int, number: int) -> InputError:
        return InputError(
            f"the code '{code}' is given to two candidates (rows {first} and {number})",
            fix="give each candidate a code of its own",
        )

    key = (lambda c: c.code, "code", twice)
    rows, problems, layout = _rows(list_path, CANDIDATE_FIELDS, "candidate", mapping, check, key)
    if not problems:
        problems = _verdict(lambda: read_candidates(list_path, taken=taken, mapping=mapping))
    suggested = () if problems else tuple(suggest_recusals(experts, [c for _, c in rows]))
    return Preview(list_path, tuple(rows), tuple(problems), suggested, layout, mapping)


def preview_experts(path: Path, list_path: Path, mapping: Mapping[str, str] | None = None) -> Preview[Expert]:
    """What import_experts(path, list_path, mapping) would add, or every problem that stops it."""
    with open_selection(path, write=False) as selection, selection.read() as session:
        locked = store.lists_locked(session)
        taken = frozenset(e.name for e in repository.experts(session))
        candidates = repository.candidates(session)
    if locked:
        return Preview(list_path, (), (_locked(path, "experts"),))
    codes = frozenset(c.code for c in candidates)

    def check(rows: Rows, is_xlsx: bool) -> list[tuple[int, Expert]]:
        return expert_rows(rows, is_xlsx, taken, codes, mapping)

    def twice(name: str, first: int, number: int) -> InputError:
        return InputError(
            f"expert '{name}' is listed twice (rows {first} and {number})",
            fix="keep one row per expert; tell two experts of the same name apart, e.g. 张伟(北京) and 张伟(上海)",
        )

    rows, problems, layout = _rows(
        list_path, EXPERT_FIELDS, "expert", mapping, check, (lambda e: e.name, "name", twice)
    )
    if not problems:
        problems = _verdict(lambda: read_experts(list_path, taken=taken, candidates=codes, mapping=mapping))
    suggested = () if problems else tuple(suggest_recusals([e for _, e in rows], candidates))
    return Preview(list_path, tuple(rows), tuple(problems), suggested, layout, mapping)


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
    mapping: Mapping[str, str] | None,
    check: Callable[[Rows, bool], list[tuple[int, T]]],
    unique: tuple[Callable[[T], str], str, Callable[[str, int, int], InputError]],
) -> tuple[list[tuple[int, T]], list[InputError], Layout]:
    """Each data row checked on its own with the header; a problem of the whole file ends the reading.

    ``unique``: the row's key, its field, and the error for a key given twice."""
    key, key_field, twice = unique
    layout = Layout()
    try:
        found = locate(list_path, noun, mapping)
    except InputError as error:
        return [], [error], layout
    rows, sheet = found.rows, found.sheet
    try:
        layout = Layout(
            sheet, found.header_row, found.skipped, tuple(header_columns(rows[0][1], noun, found.is_xlsx, mapping))
        )
        if len(rows) < 2:
            read_table(rows, fields, found.is_xlsx, noun, mapping)  # raises the reader's own words for an empty list
        labels = read_table([rows[0], (rows[0][0] + 1, [])], fields, found.is_xlsx, noun, mapping).labels
    except InputError as error:
        return [], [error.at(file=str(list_path), sheet=sheet)], layout
    out: list[tuple[int, T]] = []
    problems: list[InputError] = []
    first: dict[str, int] = {}
    for number, cells in rows[1:]:
        if len(problems) >= MAX_PROBLEMS:
            break
        try:
            (found_row,) = check([rows[0], (number, cells)], found.is_xlsx)
        except InputError as error:
            problems.append(error.at(file=str(list_path), sheet=sheet))
            continue
        name = key(found_row[1])
        if name in first:
            where = Location(str(list_path), sheet, number, labels.get(key_field))
            problems.append(twice(name, first[name], number).at(**vars(where)))
            continue
        first[name] = number
        out.append(found_row)
    problems.sort(key=lambda e: e.where.row or 0)
    return out, problems, layout
