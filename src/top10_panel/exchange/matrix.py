"""Ballot matrices (SPEC §5.5): first column the expert, then one column per candidate code."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from top10_panel.domain.criteria import Criteria, combine_columns, split_header
from top10_panel.domain.errors import InputError
from top10_panel.domain.people import Candidate
from top10_panel.domain.profile import Profile
from top10_panel.domain.rules import Mode

from .bounded import MATRIX
from .cells import EMPTY, ModeCells, interpret, scan, take, text_lengths
from .files import read_input
from .grid import kind
from .xlsx_cells import letters

EXPERT_HEADERS = ("expert", "专家")
TITLE_ROW = ("title", "标题")


@dataclass(frozen=True)
class MatrixFile:
    """A ballot matrix read and checked: the profile, and the file's SHA-256 (its fingerprint)."""

    path: Path
    sha256: str
    profile: Profile


class ExpertColumn(Sequence[str]):
    """The expert ids of a large matrix, kept in Arrow; a Python string is made only when asked for."""

    def __init__(self, values: pa.ChunkedArray) -> None:
        self._values = values

    def __len__(self) -> int:
        return len(self._values)

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        if isinstance(index, slice):
            return [self._values[i].as_py() for i in range(*index.indices(len(self)))]
        return self._values[index].as_py()

    def __iter__(self) -> Iterator[str]:
        for chunk in self._values.chunks:
            yield from chunk.to_pylist()


@dataclass
class Piece:
    """Part of a matrix as parsed: its expert cells, its candidate columns, and the rows a user sees."""

    experts: pa.Array
    columns: list[pa.Array | pa.ChunkedArray]
    rows: npt.NDArray[np.int64]


def read_matrix(
    path: Path,
    mode: Mode,
    scale: tuple[Fraction, Fraction] = (Fraction(0), Fraction(10)),
    criteria: Criteria = (),
) -> MatrixFile:
    """Read a .csv, .xlsx, .xls or .ods ballot matrix; any problem raises InputError naming file, row and column.

    With ``criteria`` the columns are CODE:CRITERION (E01:创新性) and the profile has one weighted-score column per
    candidate; a row scores a candidate only where it scores every criterion of it."""
    read = _read_matrix(path, mode, scale)
    if not criteria:
        return read
    return replace(read, profile=with_criteria(read.profile, criteria, path))


def with_criteria(profile: Profile, criteria: Criteria, path: Path | None = None) -> Profile:
    """A profile of criterion columns as one of weighted scores per candidate."""
    assert profile.scored is not None
    titles = {split_header(c.code)[0]: c.title for c in profile.candidates if c.title}
    try:
        codes, cells, scored, unit = combine_columns(
            list(profile.codes), profile.cells, profile.scored, profile.unit, criteria
        )
    except InputError as error:
        raise error.at(file=str(path) if path else None, row=1) from None
    candidates = tuple(Candidate(code, titles.get(code, "")) for code in codes)
    return replace(profile, candidates=candidates, cells=cells, scored=scored, unit=unit)


def _read_matrix(path: Path, mode: Mode, scale: tuple[Fraction, Fraction]) -> MatrixFile:
    data = read_input(path, MATRIX)
    # The fingerprint is hashed on the second core while the first reads the cells.
    hashing = ThreadPoolExecutor(max_workers=1)
    sha256 = hashing.submit(lambda: hashlib.sha256(data).hexdigest())
    hashing.shutdown(wait=False)
    sheet = None
    try:
        form = kind(data, path)
        if form == "xlsx":
            from .matrix_xlsx import read_xlsx  # openpyxl is only imported for workbooks

            header, pieces, capacity, sheet = read_xlsx(data)
        elif form != "text":
            from .matrix_xlsx import read_other

            header, pieces, capacity, sheet = read_other(data, form)
        else:
            from .matrix_csv import read_csv
            from .text import NotUtf8, gb18030_to_utf8

            try:
                profile = _profile(*read_csv(data), mode, scale, is_xlsx=False)
            except NotUtf8:
                profile = _profile(*read_csv(gb18030_to_utf8(data)), mode, scale, is_xlsx=False)
            return MatrixFile(path=path, sha256=sha256.result(), profile=profile)
        profile = _profile(header, pieces, capacity, mode, scale, is_xlsx=True)
    except InputError as error:
        raise error.at(file=str(path), sheet=sheet) from None
    return MatrixFile(path=path, sha256=sha256.result(), profile=profile)


MAX_HEADER = 80
"""The longest candidate column's header: a code (at most 32 characters in a list) and a criterion's name."""


def _column_names(header: Sequence[str], is_xlsx: bool) -> list[str]:
    names = []
    for j, code in enumerate(header):
        place = letters(j) if is_xlsx else str(j + 1)
        names.append(f"'{code}' (column {place})" if code else f"column {place}")
    return names


def _check_header(header: Sequence[str], is_xlsx: bool) -> None:
    names = _column_names(header, is_xlsx)
    if not header or header[0].strip().lower() not in EXPERT_HEADERS:
        raise InputError(
            f"the first column is headed '{header[0] if header else ''}', not 'expert'",
            fix="head the first column 'expert' (or 专家) and put one candidate code above each other column",
        ).at(row=1, column=names[0] if names else None)
    if len(header) < 2:
        raise InputError("there are no candidate columns", fix="add one column per candidate, headed by its code").at(
            row=1
        )
    seen: dict[str, int] = {}
    for j, code in enumerate(header[1:], start=1):
        if len(code) > MAX_HEADER:
            raise InputError(
                f"the column is headed by {len(code):,} characters,"
                f" too many for a candidate code (at most {MAX_HEADER})",
                fix="head each column by a candidate's code (E01), or by code and criterion (E01:创新性)",
            ).at(row=1, column=letters(j) if is_xlsx else str(j + 1))
        if not code:
            raise InputError("a candidate column has no code in the header", fix="write the candidate code there").at(
                row=1, column=names[j]
            )
        if code in seen:
            raise InputError(
                f"candidate '{code}' has two columns ({names[seen[code]]} and {names[j]})",
                fix="keep one column per candidate: merge or delete the duplicate",
            ).at(row=1, column=names[j])
        seen[code] = j


def _profile(
    header: list[str],
    pieces: Iterator[Piece],
    capacity: int,
    mode: Mode,
    scale: tuple[Fraction, Fraction],
    is_xlsx: bool,
) -> Profile:
    header = [h.strip() for h in header]
    _check_header(header, is_xlsx)
    names = _column_names(header, is_xlsx)
    titles: dict[str, str] = {}
    m = len(header) - 1
    # Approvals and ranks go straight into one array sized for every line of the file (column-major, so that
    # each column of a piece is one contiguous write); scores, whose unit is known only at the end, are joined.
    dtype = np.uint8 if mode is Mode.APPROVAL else np.int32
    whole = np.zeros((capacity, m), dtype=dtype, order="F") if mode is not Mode.SCORE else None
    filled = 0
    experts: list[pa.Array] = []
    parts: list[ModeCells] = []
    rows: list[npt.NDArray[np.int64]] = []
    for piece in pieces:
        if not titles and not parts and len(piece.rows) and _is_title_row(piece.experts[0].as_py()):
            titles = {code: piece.columns[j][0].as_py().strip() for j, code in enumerate(header[1:])}
            piece = Piece(piece.experts[1:], [c[1:] for c in piece.columns], piece.rows[1:])
        trimmed = pc.utf8_trim_whitespace(piece.experts)
        scanned = [scan(c) for c in piece.columns]
        has_expert = text_lengths(trimmed) > 0
        blank = ~has_expert
        for column in scanned:
            blank &= column.ints == EMPTY
        if blank.any():  # rows with no expert and no vote at all are blank lines, not ballots
            keep = np.flatnonzero(~blank)
            piece = Piece(take(piece.experts, keep), [take(c, keep) for c in piece.columns], piece.rows[keep])
            trimmed, scanned, has_expert = take(trimmed, keep), [scan(c) for c in piece.columns], has_expert[keep]
        _check_experts(has_expert, piece.rows, names[0])
        experts.append(trimmed)
        out = whole[filled : filled + len(piece.rows)] if whole is not None else None
        parts.append(interpret(scanned, mode, scale, names[1:], piece.rows, out))
        filled += len(piece.rows)
        rows.append(piece.rows)
        del piece, scanned
    if whole is not None:
        cells, scored, unit = whole[:filled], None, 1
        parts.clear()
    else:
        cells, scored, unit = _join(parts, mode, m)
    expert_column = pa.chunked_array(experts, type=pa.string())
    all_rows = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    if not len(all_rows):
        raise InputError("the matrix has no ballots", fix="add one row per expert below the header")
    _check_duplicates(expert_column, all_rows, names[0])
    candidates = tuple(Candidate(code, titles.get(code, "")) for code in header[1:])
    return Profile(
        mode=mode,
        candidates=candidates,
        experts=ExpertColumn(expert_column),
        cells=cells,
        scored=scored,
        unit=unit,
        sources=all_rows,
    )


def _is_title_row(expert: str | None) -> bool:
    return (expert or "").strip().lower() in TITLE_ROW


def _check_experts(has_expert: npt.NDArray[np.bool_], rows: npt.NDArray[np.int64], column: str) -> None:
    if not has_expert.all():
        raise InputError(
            "this ballot has no expert", fix="write the expert's name or id in the first column of every ballot row"
        ).at(row=int(rows[int(np.argmin(has_expert))]), column=column)


def _check_duplicates(experts: pa.ChunkedArray, rows: npt.NDArray[np.int64], column: str) -> None:
    """Sorting the ids and comparing neighbours is the fastest exact check Arrow offers for a million ids."""
    ids = experts.combine_chunks()
    ordered = ids.take(pc.sort_indices(ids))
    if len(ordered) < 2 or not pc.any(pc.equal(ordered.slice(0, len(ordered) - 1), ordered.slice(1))).as_py():
        return
    seen: dict[str, int] = {}
    for i, name in enumerate(ids.to_pylist()):
        if name in seen:
            raise InputError(
                f"expert '{name}' has two ballots (rows {int(rows[seen[name]])} and {int(rows[i])})",
                fix="keep one row per expert: delete or rename the duplicate",
            ).at(row=int(rows[i]), column=column)
        seen[name] = i


def _join(
    parts: list[ModeCells], mode: Mode, m: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.bool_] | None, int]:
    """Stack the pieces' cells; score pieces are brought to one common unit first."""
    if not parts:
        return np.zeros((0, m), dtype=np.int64), (np.zeros((0, m), dtype=bool) if mode is Mode.SCORE else None), 1
    unit = int(np.lcm.reduce([p.unit for p in parts]))
    # The pieces are column-major: joining their transposes keeps the result column-major without a reorder.
    cells = np.concatenate([(p.cells * (unit // p.unit) if p.unit != unit else p.cells).T for p in parts], axis=1).T
    scored = None
    if mode is Mode.SCORE:
        scored = np.concatenate([p.scored.T for p in parts if p.scored is not None], axis=1).T
    return cells, scored, unit
