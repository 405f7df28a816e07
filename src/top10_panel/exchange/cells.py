"""What a ballot-matrix cell means in each vote mode (SPEC §5.5), checked column by column, vectorised."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from top10_panel.domain.errors import InputError
from top10_panel.domain.rules import Mode

from .identity import mark

APPROVE = frozenset({"1", "✓", "√", "x", "X", "是", "✔"})
NOT_APPROVE = frozenset({"", "0"})
EMPTY = -1
"""Marks an empty cell in the integer scan of a column."""
TEXT = -2
"""Marks a cell that is not a plain whole number and needs a closer look."""
_DIGITS = 6


@dataclass(frozen=True)
class ScannedColumn:
    """A column as whole numbers where possible; other cells as indices into their distinct texts."""

    ints: npt.NDArray[np.int32]
    text_rows: npt.NDArray[np.int64]
    text_index: npt.NDArray[np.int64]
    texts: Sequence[str]


# Arrow compute functions are called here with Arrow arguments only: turning a Python or numpy value into Arrow
# (pa.array, pa.scalar, a bare 0 in pc.greater) imports pandas when it is installed, which costs 0.7 s.


def text_lengths(column: pa.Array) -> npt.NDArray[np.int64]:
    """The byte length of each cell, read from the offsets buffer of a string array."""
    offsets = column.buffers()[1]
    n = len(column)
    return np.diff(np.frombuffer(offsets, dtype=np.int32, count=n + 1, offset=column.offset * 4)).astype(np.int64)


def take(column: pa.Array | pa.ChunkedArray, rows: npt.NDArray[np.int64]) -> pa.Array:
    """The cells at the given row indices, as one array."""
    rows = np.ascontiguousarray(rows, dtype=np.int64)
    taken = column.take(pa.Array.from_buffers(pa.int64(), len(rows), [None, pa.py_buffer(rows)]))
    return taken.combine_chunks() if isinstance(taken, pa.ChunkedArray) else taken


def scan(column: pa.Array | pa.ChunkedArray) -> ScannedColumn:
    """Read plain whole numbers (up to six ASCII digits) straight from the string buffers.

    Most cells of a large matrix are empty or a short number; reading their bytes with numpy is an order of
    magnitude faster than asking for each cell as a string. Everything else is dictionary-encoded by Arrow;
    cells of only white space count as empty.
    """
    chunks = column.chunks if isinstance(column, pa.ChunkedArray) else [column]
    ints = np.concatenate([_whole_numbers(chunk) for chunk in chunks]) if chunks else np.zeros(0, np.int32)
    text_rows = np.flatnonzero(ints == TEXT)
    texts: list[str] = []
    text_index = np.zeros(0, dtype=np.int64)
    if len(text_rows):
        encoded = pc.dictionary_encode(take(column, text_rows))
        texts = encoded.dictionary.to_pylist()
        text_index = np.frombuffer(
            encoded.indices.buffers()[1], dtype=np.int32, count=len(text_rows), offset=encoded.indices.offset * 4
        ).astype(np.int64)
        blank = np.array([not t.strip() for t in texts], dtype=bool)
        if blank.any():
            ints[text_rows[blank[text_index]]] = EMPTY
            keep = ~blank[text_index]
            text_rows, text_index = text_rows[keep], text_index[keep]
    return ScannedColumn(ints, text_rows, text_index, texts)


def _whole_numbers(column: pa.Array) -> npt.NDArray[np.int32]:
    """Each cell as a whole number, EMPTY, or TEXT when it is anything else."""
    column = column.cast(pa.string()) if column.type != pa.string() else column
    n = len(column)
    _, offsets_buf, data_buf = column.buffers()
    offsets = np.frombuffer(offsets_buf, dtype=np.int32, count=n + 1, offset=column.offset * 4)
    ints = np.full(n, EMPTY, dtype=np.int32)
    filled = np.flatnonzero(offsets[1:] != offsets[:-1])
    if len(filled):
        data = np.frombuffer(data_buf, dtype=np.uint8)
        starts = offsets[filled]
        lengths = offsets[filled + 1] - starts
        value = np.zeros(len(filled), dtype=np.int32)
        numeric = lengths <= _DIGITS
        for k in range(min(int(lengths.max()), _DIGITS)):
            has = lengths > k
            digit = data[np.minimum(starts + k, len(data) - 1)] - np.uint8(ord("0"))  # wraps below '0' to > 9
            numeric &= ~has | (digit <= 9)
            value = np.where(has, value * 10 + digit, value)
        ints[filled] = np.where(numeric, value, TEXT)
    return ints


class CellError(ValueError):
    """A cell that means nothing in the vote mode; carries the sentence and the fix."""

    def __init__(self, problem: str, fix: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self.fix = fix


def _approval(text: str) -> int:
    if text in APPROVE:
        return 1
    if text in NOT_APPROVE:
        return 0
    raise CellError(
        f"'{text}' is not an approval mark",
        "approve with 1, ✓, √, x or 是; leave the cell empty or 0 for not approved",
    )


def _rank(text: str) -> int:
    if text == "":
        return 0
    if text.isascii() and text.isdigit() and int(text) > 0:
        return int(text)
    raise CellError(
        f"'{text}' is not a rank",
        "ranks are whole numbers 1, 2, 3 … (1 = best); leave the cell empty for an unranked candidate",
    )


def _score(text: str, scale: tuple[Fraction, Fraction]) -> Fraction | None:
    if text == "":
        return None
    try:
        value = Fraction(Decimal(text))
    except (InvalidOperation, ValueError):
        raise CellError(
            f"'{text}' is not a score", f"write a number from {_num(scale[0])} to {_num(scale[1])}, or leave it empty"
        ) from None
    low, high = scale
    if not low <= value <= high:
        raise CellError(
            f"score {text} is outside the scale {_num(low)}–{_num(high)}",
            f"write a number from {_num(low)} to {_num(high)}, or leave the cell empty for not scored",
        )
    return value


def _num(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else str(float(value))


Reader = Callable[[str], int | Fraction | None]


def reader(mode: Mode, scale: tuple[Fraction, Fraction]) -> Reader:
    """The function that reads one stripped cell text in the mode, raising CellError.

    Marks typed with a Chinese input method count as their plain forms: ``１`` is 1, ``Ｘ`` is X, ``８．５`` 8.5."""
    if mode is Mode.APPROVAL:
        return lambda text: _approval(mark(text))
    if mode is Mode.RANKING:
        return lambda text: _rank(mark(text))
    return lambda text: _score(mark(text), scale)


@dataclass(frozen=True)
class ModeCells:
    """The cells of a whole matrix in one mode, as the profile wants them."""

    cells: npt.NDArray[np.integer]
    scored: npt.NDArray[np.bool_] | None
    unit: int


def interpret(
    columns: Sequence[ScannedColumn],
    mode: Mode,
    scale: tuple[Fraction, Fraction],
    where: Sequence[str],
    row_of: npt.NDArray[np.int64],
    out: npt.NDArray[np.integer] | None = None,
) -> ModeCells:
    """Turn scanned columns into the mode's cell values; the first meaningless cell raises InputError.

    ``where`` names each column for messages; ``row_of`` maps a data-row index to the row a user sees; approval
    and ranking cells are written into ``out`` (zeros, n × m) when given.
    """
    read = reader(mode, scale)
    parsed = []
    for column, name in zip(columns, where, strict=True):
        _check_ints(column, mode, scale, read, name, row_of)
        parsed.append(_read_texts(column, read, name, row_of))
    unit = 1
    if mode is Mode.SCORE:
        denominators = {v.denominator for values in parsed for v in values if isinstance(v, Fraction)}
        unit = math.lcm(1, *denominators)
    n, m = len(row_of), len(columns)
    # Compact cells keep a million-ballot matrix small: approvals are bytes, ranks 32-bit, scores exact int64.
    dtype = {Mode.APPROVAL: np.uint8, Mode.RANKING: np.int32, Mode.SCORE: np.int64}[mode]
    # Column-major while filling, so that each column is one contiguous write.
    cells = out if out is not None and mode is not Mode.SCORE else np.zeros((n, m), dtype=dtype, order="F")
    scored = np.zeros((n, m), dtype=bool, order="F") if mode is Mode.SCORE else None
    for j, (column, values) in enumerate(zip(columns, parsed, strict=True)):
        plain = column.ints >= 0
        if unit == 1:
            np.maximum(column.ints, 0, out=cells[:, j], casting="unsafe")
        else:
            cells[:, j] = np.where(plain, column.ints.astype(np.int64) * unit, 0)
        if scored is not None:
            scored[:, j] = plain
        if not len(column.text_rows):
            continue
        known = np.array([v is not None for v in values], dtype=bool)
        lookup = np.array([int(v * unit) if v is not None else 0 for v in values], dtype=np.int64)
        cells[column.text_rows, j] = lookup[column.text_index]
        if scored is not None:
            scored[column.text_rows, j] = known[column.text_index]
    return ModeCells(cells, scored, unit)


def _read_texts(
    column: ScannedColumn, read: Reader, name: str, row_of: npt.NDArray[np.int64]
) -> list[int | Fraction | None]:
    values = []
    for idx, text in enumerate(column.texts):
        try:
            values.append(read(text.strip()))
        except CellError as error:
            first = column.text_rows[int(np.argmax(column.text_index == idx))]
            raise InputError(error.problem, fix=error.fix).at(row=int(row_of[first]), column=name) from None
    return values


def _check_ints(
    column: ScannedColumn,
    mode: Mode,
    scale: tuple[Fraction, Fraction],
    read: Reader,
    name: str,
    row_of: npt.NDArray[np.int64],
) -> None:
    """Whole numbers the mode cannot take (approval above 1, rank 0, score off the scale) raise at the first."""
    ints = column.ints
    if mode is Mode.APPROVAL:
        bad = ints > 1
    elif mode is Mode.RANKING:
        bad = ints == 0
    else:
        low, high = (float(v) for v in scale)  # whole numbers only here, so the float compare is exact enough
        bad = (ints >= 0) & ((ints < low) | (ints > high))
    if bad.any():
        first = int(np.argmax(bad))
        try:
            read(str(int(ints[first])))
        except CellError as error:
            raise InputError(error.problem, fix=error.fix).at(row=int(row_of[first]), column=name) from None
