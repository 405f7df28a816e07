"""Correcting cells of a typed ballot matrix in place (the double entry of paper ballots): the cell of an expert's
row under a candidate's column set to a value, in an .xlsx (its first sheet) or a CSV (UTF-8 or GB18030, kept as
it was), written atomically. The rest of the file is left as the typist made it."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path

from top10_panel.domain.errors import InputError, Location

from .ballot_files import write_atomically
from .matrix import EXPERT_HEADERS

Cells = Mapping[tuple[str, str], str]
"""(expert, candidate code) → the value to write ('' empties the cell)."""


def write_cells(path: Path, cells: Cells) -> None:
    """Set each cell; InputError (nothing written) when an expert's row or a candidate's column is not found."""
    if not cells:
        return
    if path.suffix.lower() == ".xlsx":
        _write_xlsx(path, cells)
    elif path.suffix.lower() == ".csv":
        _write_csv(path, cells)
    else:
        raise InputError(
            "only an .xlsx or .csv typing can be corrected here",
            fix="correct the cells in the program that made the file",
            where=Location(file=str(path)),
        )


def _find(path: Path, header: list[str], experts: dict[str, int], expert: str, code: str) -> tuple[int, int]:
    if code not in header:
        raise InputError(
            f"the typing has no column for {code}", fix="check its header row", where=Location(file=str(path), row=1)
        )
    if expert not in experts:
        raise InputError(
            f"the typing has no row for {expert}", fix="check its first column", where=Location(file=str(path))
        )
    return experts[expert], header.index(code)


def _write_xlsx(path: Path, cells: Cells) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    header = ["" if c.value is None else str(c.value).strip() for c in sheet[1]]
    if not header or header[0].lower() not in EXPERT_HEADERS:
        raise InputError(
            "the first row is not a ballot matrix's header (expert, then codes)",
            fix="correct the cells in Excel or WPS",
            where=Location(file=str(path), row=1),
        )
    experts = {
        str(sheet.cell(row, 1).value).strip(): row
        for row in range(2, sheet.max_row + 1)
        if sheet.cell(row, 1).value is not None
    }
    for (expert, code), value in cells.items():
        row, column = _find(path, header, experts, expert, code)
        sheet.cell(row, column + 1).value = _number(value)
    out = io.BytesIO()
    workbook.save(out)
    write_atomically(path, out.getvalue(), shared=True)


def _write_csv(path: Path, cells: Cells) -> None:
    raw = path.read_bytes()
    bom = raw.startswith(b"\xef\xbb\xbf")
    try:
        text, encoding = raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = raw.decode("gb18030"), "gb18030"
    newline = "\r\n" if "\r\n" in text else "\n"
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or not rows[0] or rows[0][0].strip().lower() not in EXPERT_HEADERS:
        raise InputError(
            "the first row is not a ballot matrix's header (expert, then codes)",
            fix="correct the cells in the program that made the file",
            where=Location(file=str(path), row=1),
        )
    header = [h.strip() for h in rows[0]]
    experts = {r[0].strip(): k for k, r in enumerate(rows) if k and r}
    for (expert, code), value in cells.items():
        row, column = _find(path, header, experts, expert, code)
        rows[row] += [""] * (column + 1 - len(rows[row]))
        rows[row][column] = value
    out = io.StringIO()
    csv.writer(out, lineterminator=newline).writerows(rows)
    data = out.getvalue().encode(encoding)
    write_atomically(path, (b"\xef\xbb\xbf" if bom else b"") + data, shared=True)


def _number(value: str) -> object:
    """What a typist would have typed in Excel: a number as a number, anything else (√, ✓) as text."""
    text = value.strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text
