"""Excel cells as plain values: formulas and error values refused, numbers as text, dates left to the caller."""

from __future__ import annotations

import io
import zipfile
import zlib
from datetime import date, time
from typing import Any

from top10_panel.domain.errors import InputError

from .bounded import MAX_CELL

Cell = str | date | time
"""A cell as read: text, or a date (a datetime is a date) or time for the caller to accept or refuse."""

NOT_A_WORKBOOK = InputError(
    "the file cannot be opened as an Excel workbook (.xlsx)",
    fix="open it in Excel and save it again as .xlsx (Excel Workbook)",
)

# What openpyxl raises for a damaged package: a broken zip, a missing part, or malformed XML (a SyntaxError).
BROKEN = (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, zlib.error, SyntaxError)


def open_workbook(data: bytes) -> Any:
    """The workbook, read-only with formulas kept (so they can be refused); NOT_A_WORKBOOK when it cannot be."""
    from openpyxl import load_workbook  # openpyxl is only imported for workbooks
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (InvalidFileException, *BROKEN):
        raise NOT_A_WORKBOOK from None


def cell_value(cell: object, sheet: str, *, error_fix: str) -> Cell:
    """The cell as text, a date or a time; a formula or an error value raises InputError naming the cell."""
    value = getattr(cell, "value", None)
    kind = getattr(cell, "data_type", None)
    if kind == "f" or (isinstance(value, str) and value.startswith("=")):
        raise InputError(
            f"the cell holds a formula ({value})", fix="replace the formula by its value (Paste Special › Values)"
        ).at(**place(cell, sheet))
    if kind == "e":
        raise InputError(f"the cell holds an error value ({value})", fix=error_fix).at(**place(cell, sheet))
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, date | time):
        return value
    text = str(value)
    if len(text) > MAX_CELL:
        raise InputError(
            f"the cell holds {len(text):,} characters (Excel allows {MAX_CELL:,}): this is not a list or ballot cell",
            fix="shorten the text of the cell",
        ).at(**place(cell, sheet))
    return text


def place(cell: object, sheet: str) -> dict[str, str | int | None]:
    """The cell's location, for ``InputError.at``."""
    return {"sheet": sheet, "row": getattr(cell, "row", None), "column": getattr(cell, "column_letter", None)}


def row_number(cells: tuple[object, ...]) -> int:
    """The sheet row of a row of cells (read-only mode pads rows with cells that know no row)."""
    for cell in cells:
        number = getattr(cell, "row", None)
        if number is not None:
            return int(number)
    return 0


def letters(j: int) -> str:
    """The Excel letters of the column at zero-based index ``j``: 0 → A, 26 → AA."""
    out = ""
    j += 1
    while j:
        j, r = divmod(j - 1, 26)
        out = chr(ord("A") + r) + out
    return out


def column_label(name: str, place: str) -> str:
    """A column as ``Location.column`` names it: ``'标题' (column B)``, or just ``B`` when it has no header."""
    return f"'{name}' (column {place})" if name else place
