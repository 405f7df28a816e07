"""Excel ballot matrices: the first sheet, values only, formulas and error cells refused."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time

import numpy as np
import pyarrow as pa
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from top10_panel.domain.errors import InputError

from .matrix import Piece

NOT_A_WORKBOOK = InputError(
    "the file cannot be opened as an Excel workbook (.xlsx)",
    fix="open it in Excel and save it again as .xlsx (Excel Workbook)",
)


def read_xlsx(data: bytes) -> tuple[list[str], Iterator[Piece], str]:
    """The header, the ballot rows as one piece, and the sheet's name."""
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError):
        raise NOT_A_WORKBOOK from None
    try:
        sheet = workbook.worksheets[0]
        rows = list(_rows(sheet.iter_rows(), sheet.title))
    finally:
        workbook.close()
    if not rows:
        raise InputError("the first sheet is empty", fix="put the ballot matrix on the first sheet").at(
            sheet=sheet.title
        )
    header_row, header = rows[0]
    width = _width(header)
    if width == 0:
        raise InputError(
            "the first row is empty", fix="start the sheet with the header row: expert, then candidate codes"
        ).at(sheet=sheet.title, row=header_row)
    body = [(n, (cells + [""] * width)[:width]) for n, cells in rows[1:]]
    for n, cells in rows[1:]:
        extra = [c for c in cells[width:] if c]
        if extra:
            raise InputError(
                "this row has cells beyond the last headed column",
                fix="give each of these cells a header, or delete it",
            ).at(sheet=sheet.title, row=n)
    piece = Piece(
        experts=pa.array([cells[0] for _, cells in body], type=pa.string()),
        columns=[pa.array([cells[j] for _, cells in body], type=pa.string()) for j in range(1, width)],
        rows=np.array([n for n, _ in body], dtype=np.int64),
    )
    return [str(h) for h in header[:width]], iter([piece]), sheet.title


def _width(header: list[str]) -> int:
    width = len(header)
    while width and not header[width - 1].strip():
        width -= 1
    return width


def _rows(rows: Iterator[tuple[object, ...]], sheet: str) -> Iterator[tuple[int, list[str]]]:
    """Each non-empty row as its number and its cells as text; a formula or error cell raises InputError."""
    for cells in rows:
        texts = []
        number = None
        for cell in cells:
            value = getattr(cell, "value", None)
            if number is None and getattr(cell, "row", None) is not None:
                number = cell.row  # type: ignore[attr-defined]
            texts.append(_text(cell, value, sheet))
        if any(t.strip() for t in texts):
            yield int(number or 0), texts


def _text(cell: object, value: object, sheet: str) -> str:
    kind = getattr(cell, "data_type", None)
    where = {"sheet": sheet, "row": getattr(cell, "row", None), "column": getattr(cell, "column_letter", None)}
    if kind == "f" or (isinstance(value, str) and value.startswith("=")):
        raise InputError(
            f"the cell holds a formula ({value})", fix="replace the formula by its value (Paste Special › Values)"
        ).at(**where)
    if kind == "e":
        raise InputError(f"the cell holds an error value ({value})", fix="type the vote in the cell").at(**where)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime | date | time):
        raise InputError(
            f"the cell holds a date or time ({value})", fix="format the cell as a number or text and type the vote"
        ).at(**where)
    return str(value)
