"""Excel ballot matrices: the first sheet, values only, formulas and error cells refused."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pyarrow as pa

from top10_panel.domain.errors import InputError

from .matrix import Piece
from .xlsx_cells import cell_value, letters, open_workbook, place, row_number


def read_xlsx(data: bytes) -> tuple[list[str], Iterator[Piece], int, str]:
    """The header, the ballot rows as one piece, how many rows, and the sheet's name."""
    workbook = open_workbook(data)
    try:
        sheet = workbook.worksheets[0]
        rows = list(_rows(sheet.iter_rows(), sheet.title))
    finally:
        workbook.close()
    if not rows:
        raise InputError("the first sheet is empty", fix="put the ballot matrix on the first sheet").at(
            sheet=sheet.title
        )
    return _matrix(rows, sheet.title)


def read_other(data: bytes, form: str) -> tuple[list[str], Iterator[Piece], int, str]:
    """The same from an .xls or .ods workbook (as WPS and LibreOffice save them), read through calamine."""
    from .grid import Refused, read_grids

    grids = read_grids(data, form)
    if not grids:
        raise InputError("the workbook has no worksheet", fix="put the ballot matrix on the first sheet")
    grid = grids[0]
    rows: list[tuple[int, list[str]]] = []
    for number, cells in grid.rows:
        texts = []
        for j, cell in enumerate(cells):
            if isinstance(cell, Refused):
                raise cell.error
            if not isinstance(cell, str):
                raise InputError(
                    f"the cell holds a date or time ({cell})",
                    fix="format the cell as a number or text and type the vote",
                ).at(sheet=grid.name, row=number, column=letters(j))
            texts.append(cell)
        rows.append((number, texts))
    if not rows:
        raise InputError("the first sheet is empty", fix="put the ballot matrix on the first sheet").at(sheet=grid.name)
    return _matrix(rows, grid.name)


def _matrix(rows: list[tuple[int, list[str]]], title: str) -> tuple[list[str], Iterator[Piece], int, str]:
    header_row, header = rows[0]
    width = _width(header)
    if width == 0:
        raise InputError(
            "the first row is empty", fix="start the sheet with the header row: expert, then candidate codes"
        ).at(sheet=title, row=header_row)
    body = [(n, (cells + [""] * width)[:width]) for n, cells in rows[1:]]
    for n, cells in rows[1:]:
        extra = [c for c in cells[width:] if c]
        if extra:
            raise InputError(
                "this row has cells beyond the last headed column",
                fix="give each of these cells a header, or delete it",
            ).at(sheet=title, row=n)
    piece = Piece(
        experts=pa.array([cells[0] for _, cells in body], type=pa.string()),
        columns=[pa.array([cells[j] for _, cells in body], type=pa.string()) for j in range(1, width)],
        rows=np.array([n for n, _ in body], dtype=np.int64),
    )
    return [str(h) for h in header[:width]], iter([piece]), len(body), title


def _width(header: list[str]) -> int:
    width = len(header)
    while width and not header[width - 1].strip():
        width -= 1
    return width


def _rows(rows: Iterator[tuple[object, ...]], sheet: str) -> Iterator[tuple[int, list[str]]]:
    """Each non-empty row as its number and its cells as text; a formula, error or date cell raises InputError."""
    for cells in rows:
        texts = [_text(cell, sheet) for cell in cells]
        if any(t.strip() for t in texts):
            yield row_number(cells), texts


def _text(cell: object, sheet: str) -> str:
    value = cell_value(cell, sheet, error_fix="type the vote in the cell")
    if not isinstance(value, str):
        raise InputError(
            f"the cell holds a date or time ({value})", fix="format the cell as a number or text and type the vote"
        ).at(**place(cell, sheet))
    return value
