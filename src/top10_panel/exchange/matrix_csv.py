"""CSV ballot matrices, parsed by Arrow in pieces on all cores, and written for a transcribed paper ballot."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pa_csv

from top10_panel.domain.errors import InputError

from .ballot_files import write_atomically
from .matrix import EXPERT_HEADERS, Piece
from .text import NotUtf8, to_utf8

PIECE_BYTES = 8 << 20
"""Large files are parsed in pieces of about this size, which keeps a million-ballot file well under 0.5 GB."""


def read_csv(data: bytes) -> tuple[list[str], Iterator[Piece], int]:
    """The header cells, the pieces of the body (each parsed by Arrow on all cores), and the most rows there are."""
    data = to_utf8(data, checked_later=True)
    end = data.find(b"\n")
    first_line = data if end < 0 else data[:end]
    try:
        header = next(csv.reader([first_line.decode("utf-8").rstrip("\r")]), [])
    except csv.Error:
        raise InputError(
            "the header row cannot be read as CSV (a cell of more than 131,072 characters, or a stray quote)",
            fix="start the file with the header row: expert, then candidate codes",
        ).at(row=1) from None
    body = memoryview(data)[end + 1 :] if end >= 0 else memoryview(b"")
    # A quoted cell may hold a line break, so only a file without quotes is cut at line ends.
    whole = data.find(b'"', end + 1) >= 0 if end >= 0 else False
    return header, _pieces(body, len(header), whole), data.count(b"\n") + 1


def write_matrix_csv(path: Path, codes: Sequence[str], rows: Sequence[tuple[str, Sequence[str]]]) -> None:
    """A ballot matrix as CSV UTF-8 (SPEC §5.5): the header ``expert`` and the codes, then one row per expert."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([EXPERT_HEADERS[0], *codes])
    writer.writerows([expert, *cells] for expert, cells in rows)
    write_atomically(path, out.getvalue().encode("utf-8"), shared=True)


def _pieces(body: memoryview, width: int, whole: bool) -> Iterator[Piece]:
    start, row = 0, 2
    while start < len(body):
        end = len(body) if whole else _line_end(body, start + PIECE_BYTES)
        chunk = body[start:end]
        table = _parse(chunk, width, row)
        count = table.num_rows
        piece = Piece(
            experts=table.column(0).combine_chunks(),
            columns=[table.column(j) for j in range(1, width)],  # scanned chunk by chunk, never copied
            rows=np.arange(row, row + count, dtype=np.int64),
        )
        del table  # the piece holds the only copy while it is read
        yield piece
        del piece
        row += count
        start = end


def _line_end(body: memoryview, at: int) -> int:
    if at >= len(body):
        return len(body)
    found = bytes(body[at : at + (1 << 20)]).find(b"\n")
    return at + found + 1 if found >= 0 else _line_end(body, at + (1 << 20))


def _parse(chunk: memoryview, width: int, first_row: int) -> pa.Table:
    names = [f"c{j}" for j in range(width)]
    try:
        return pa_csv.read_csv(
            pa.py_buffer(chunk),
            read_options=pa_csv.ReadOptions(column_names=names, use_threads=True),
            parse_options=pa_csv.ParseOptions(ignore_empty_lines=False),
            convert_options=pa_csv.ConvertOptions(
                column_types={name: pa.string() for name in names},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except pa.ArrowInvalid as error:
        if "invalid UTF8" in str(error):
            raise NotUtf8 from None
        raise _locate(bytes(chunk), width, first_row, str(error)) from None


def _locate(chunk: bytes, width: int, first_row: int, detail: str) -> InputError:
    """Find the row Arrow stumbled on, with Python's csv module (slow, but only on a broken file)."""
    text = chunk.decode("utf-8", errors="replace")
    for offset, cells in enumerate(csv.reader(io.StringIO(text, newline=""))):
        if cells and len(cells) != width:
            return InputError(
                f"this row has {len(cells)} cells but the header has {width}",
                fix="give every row one cell per header column (an empty cell is fine)",
            ).at(row=first_row + offset)
    return InputError(f"the file cannot be read as CSV ({detail})", fix="save it again as CSV UTF-8 or as .xlsx")
