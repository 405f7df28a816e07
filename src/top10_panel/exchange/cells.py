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

    ints: npt.NDArray[np.int64]
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


def take(column: pa.Array, rows: npt.NDArray[np.int64]) -> pa.Array:
    """The cells at the given row indices."""
    rows = np.ascontiguousarray(rows, dtype=np.int64)
    return column.take(pa.Array.from_buffers(pa.int64(), len(rows), [None, pa.py_buffer(rows)]))


def scan(column: pa.Array) -> ScannedColumn:
    """Read plain whole numbers (up to six ASCII digits) straight from the string buffers.

    Most cells of a large matrix are empty or a short number; reading their bytes with numpy is an order of
    magnitude faster than asking for each cell as a string. Everything else is dictionary-encoded by Arrow.
    """
    column = column.cast(pa.string()) if column.type != pa.string() else column
    n = len(column)
    _, offsets_buf, data_buf = column.buffers()
    offsets = np.frombuffer(offsets_buf, dtype=np.int32, count=n + 1, offset=column.offset * 4).astype(np.int64)
    data = np.frombuffer(data_buf, dtype=np.uint8) if data_buf is not None and data_buf.size else np.zeros(1, np.uint8)
    lengths = np.diff(offsets)
    ints = np.full(n, TEXT, dtype=np.int64)
    ints[lengths == 0] = EMPTY
    starts = offsets[:-1]
    value = np.zeros(n, dtype=np.int64)
    numeric = (lengths > 0) & (lengths <= _DIGITS)
    for k in range(_DIGITS):
        has = numeric & (lengths > k)
        digit = np.zeros(n, dtype=np.int64)
        digit[has] = data[np.minimum(starts[has] + k, len(data) - 1)].astype(np.int64) - ord("0")
        numeric &= ~has | ((digit >= 0) & (digit <= 9))
        value = np.where(has, value * 10 + digit, value)
    ints[numeric] = value[numeric]
    text_rows = np.flatnonzero(ints == TEXT)
    if len(text_rows):
        encoded = pc.dictionary_encode(take(column, text_rows))
        texts = encoded.dictionary.to_pylist()
        text_index = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    else:
        texts, text_index = [], np.zeros(0, dtype=np.int64)
    return ScannedColumn(ints, text_rows, text_index, texts)


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
    """The function that reads one stripped cell text in the mode, raising CellError."""
    if mode is Mode.APPROVAL:
        return _approval
    if mode is Mode.RANKING:
        return _rank
    return lambda text: _score(text, scale)


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
) -> ModeCells:
    """Turn scanned columns into the mode's cell values; the first meaningless cell raises InputError.

    ``where`` names each column for messages; ``row_of`` maps a data-row index to the row a user sees.
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
    cells = np.zeros((n, m), dtype=dtype)
    scored = np.zeros((n, m), dtype=bool) if mode is Mode.SCORE else None
    for j, (column, values) in enumerate(zip(columns, parsed, strict=True)):
        plain = column.ints >= 0
        cells[plain, j] = column.ints[plain] * unit
        if scored is not None:
            scored[plain, j] = True
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
