"""Candidate and expert lists from Excel: the first sheet, values only, formulas and error cells refused."""

from __future__ import annotations

from collections.abc import Iterable

from top10_panel.domain.errors import InputError

from .xlsx_cells import BROKEN, NOT_A_WORKBOOK, Cell, cell_value, column_label, letters, open_workbook, row_number


def read_rows(data: bytes) -> tuple[list[tuple[int, list[Cell]]], str]:
    """The first sheet's non-blank rows, each with its row number, and the sheet's name."""
    workbook = open_workbook(data)
    try:
        if not workbook.worksheets:
            raise InputError("the workbook has no worksheet", fix="put the list on the first sheet")
        sheet = workbook.worksheets[0]
        # Read-only sheets parse lazily: a damaged sheet part only shows itself here.
        return _rows(sheet.iter_rows(), sheet.title), sheet.title
    except BROKEN:
        raise NOT_A_WORKBOOK from None
    finally:
        workbook.close()


def _rows(rows: Iterable[tuple[object, ...]], sheet: str) -> list[tuple[int, list[Cell]]]:
    out: list[tuple[int, list[Cell]]] = []
    header: list[Cell] = []
    for cells in rows:
        values: list[Cell] = []
        for j, cell in enumerate(cells):
            try:
                values.append(cell_value(cell, sheet, error_fix="type the value in the cell, or leave it empty"))
            except InputError as error:
                name = header[j] if j < len(header) and isinstance(header[j], str) else ""
                raise error.at(column=column_label(str(name).strip(), letters(j))) from None
        if any(not isinstance(v, str) or v.strip() for v in values):
            out.append((row_number(cells), values))
            header = header or values
    return out
