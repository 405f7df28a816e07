"""Any spreadsheet as plain sheets of cells: .xlsx through openpyxl, .xls, .ods and .xlsb through python-calamine.

Readers of lists, matrices and forms see the same thing whichever program saved the file: each sheet's rows with
their row numbers as the user sees them, numbers as displayed (a code formatted ``000`` reads ``001``), dates as
dates (the zh-CN built-in date formats included), vertical merges filled down, and formula or error cells kept as
a ``Refused`` marker that raises only where a reader uses the cell (a formula in a title row above a list is
harmless).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from top10_panel.domain.errors import InputError

from .bounded import MAX_CELL
from .xlsx_cells import BROKEN, NOT_A_WORKBOOK, open_workbook

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The start of an old binary Excel (.xls) or WPS (.et) workbook."""
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
ZH_DATE_FORMATS = frozenset({*range(27, 32), 36, *range(50, 59)})
"""Built-in number formats of Chinese, Japanese and Korean Excel that show a date (yyyy年m月d日 …); openpyxl knows
them only as numbers."""
ZH_TIME_FORMATS = frozenset(range(32, 36))
MAX_MERGES = 100_000


@dataclass(frozen=True)
class Refused:
    """A cell no reader may use as a value (a formula, an error value), with the sentence that says so."""

    error: InputError


Value = str | date | time | Refused


@dataclass
class Grid:
    """One sheet: its name, whether it is shown, and its non-blank rows with their row numbers (1-based)."""

    name: str
    visible: bool
    rows: list[tuple[int, list[Value]]] = field(default_factory=list)


def kind(data: bytes, path: Path) -> str:
    """'xlsx', 'ods', 'xls' or 'text', from the bytes (a file's name may lie); a workbook in disguise is refused."""
    if data[:4] == b"PK\x03\x04":
        head = data[:256]
        if b"mimetype" in head and ODS_MIME in head:
            return "ods"
        return "xlsx"
    if data[:8] == OLE2:
        return "xls"
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods", ".et", ".xlsb"):
        raise InputError(
            f"the file is named {suffix} but is not an Excel workbook",
            fix="open it in Excel, WPS or LibreOffice and save it again as .xlsx (Excel Workbook)",
        )
    return "text"


def read_grids(data: bytes, form: str) -> list[Grid]:
    """Every sheet of a workbook of the given kind ('xlsx', 'ods', 'xls')."""
    if form == "xlsx":
        return _openpyxl_grids(data)
    return _calamine_grids(data, form)


def blank(value: Value) -> bool:
    return isinstance(value, str) and not value.strip()


# --- .xlsx through openpyxl: number formats and formulas are seen ---------------------------------------------------


def _openpyxl_grids(data: bytes) -> list[Grid]:
    workbook = open_workbook(data)
    try:
        states = _sheet_states(data)
        out = []
        for sheet in workbook.worksheets:
            rows = {}
            for cells in sheet.iter_rows():
                number = next((c.row for c in cells if getattr(c, "row", None) is not None), None)
                if number is None:
                    continue
                rows[int(number)] = [_openpyxl_value(c, sheet.title) for c in cells]
            merges = _xlsx_merges(workbook, sheet)
            out.append(_grid(sheet.title, states.get(sheet.title, "visible") == "visible", rows, merges))
        return out
    except BROKEN:
        raise NOT_A_WORKBOOK from None
    finally:
        workbook.close()


def _openpyxl_value(cell: Any, sheet: str) -> Value:
    value = getattr(cell, "value", None)
    kind_ = getattr(cell, "data_type", None)
    where = {"sheet": sheet, "row": getattr(cell, "row", None), "column": getattr(cell, "column_letter", None)}
    if kind_ == "f" or (isinstance(value, str) and value.startswith("=") and kind_ != "s"):
        return Refused(
            InputError(
                f"the cell holds a formula ({value})", fix="replace the formula by its value (Paste Special › Values)"
            ).at(**where)
        )
    if kind_ == "e":
        return Refused(
            InputError(
                f"the cell holds an error value ({value})", fix="type the value in the cell, or leave it empty"
            ).at(**where)
        )
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        style = getattr(cell, "style_array", None)
        format_id = getattr(style, "numFmtId", 0) if style is not None else 0
        if format_id in ZH_DATE_FORMATS | ZH_TIME_FORMATS:
            from openpyxl.utils.datetime import from_excel

            moment = from_excel(value)
            if isinstance(moment, datetime):
                return moment.time() if format_id in ZH_TIME_FORMATS else moment
        return displayed(value, getattr(cell, "number_format", None) or "General")
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, date | time):
        return value
    return _capped(str(value), where)


def _sheet_states(data: bytes) -> dict[str, str]:
    """Each sheet's state (visible, hidden, veryHidden): read-only openpyxl reports every sheet as visible."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            text = archive.read("xl/workbook.xml").decode("utf-8", errors="replace")
    except (KeyError, zipfile.BadZipFile, OSError):
        return {}
    from xml.sax.saxutils import unescape

    states = {}
    for tag in re.findall(r"<(?:\w+:)?sheet\b[^>]*>", text):
        name = re.search(r'\bname="([^"]*)"', tag)
        state = re.search(r'\bstate="([^"]*)"', tag)
        if name:
            states[unescape(name[1], {"&quot;": '"', "&apos;": "'"})] = state[1] if state else "visible"
    return states


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)([0-9]+):([A-Z]+)([0-9]+)"')


def _xlsx_merges(workbook: Any, sheet: Any) -> list[tuple[int, int, int, int]]:
    """(first row, first column, last row, last column), 1-based, of the sheet's merged ranges."""
    path = getattr(sheet, "_worksheet_path", None)
    archive = getattr(workbook, "_archive", None)
    if path is None or archive is None:
        return []
    out: list[tuple[int, int, int, int]] = []
    tail = b""
    with archive.open(path) as stream:  # the merges sit at the end; read in slices, never the whole part at once
        while chunk := stream.read(1 << 20):
            block = tail + chunk
            cut = block.rfind(b"<")
            for match in _MERGE.finditer(block, 0, cut if cut > 0 else len(block)):
                out.append((int(match[2]), _column(match[1]), int(match[4]), _column(match[3])))
                if len(out) >= MAX_MERGES:
                    return out
            tail = block[cut:] if cut > 0 else b""
    return out


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


_LITERAL = re.compile(r'"([^"]*)"|\\(.)')


def displayed(value: float, number_format: str) -> str:
    """A number as Excel shows it, for the formats a code or a count takes: ``000`` → 001, ``"C"00`` → C01.

    Other formats (currency, decimals) give the plain number: a list has no use for them.
    """
    if isinstance(value, float) and not value.is_integer():
        return repr(value)
    whole = int(value)
    section = number_format.split(";")[0]
    plain = _LITERAL.sub("", section)
    if whole >= 0 and re.fullmatch(r"0+", plain):
        zeros = len(plain)
        before, _, after = section.partition("0" * zeros)
        literal = "".join(a or b for a, b in _LITERAL.findall(before))
        trailing = "".join(a or b for a, b in _LITERAL.findall(after))
        if _LITERAL.sub("", before) == "" and _LITERAL.sub("", after) == "":
            return f"{literal}{whole:0{zeros}d}{trailing}"
    return str(whole)


# --- .xls, .ods, .xlsb through python-calamine --------------------------------------------------------------------


def _calamine_grids(data: bytes, form: str) -> list[Grid]:
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    name = {"xls": ".xls (or WPS .et)", "ods": ".ods"}.get(form, form)
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except PasswordError:
        raise InputError(
            f"the {name} workbook is protected by a password", fix="open it, remove the password and save it again"
        ) from None
    except (CalamineError, ValueError, OSError, Exception) as error:  # calamine's errors are not all CalamineError
        raise InputError(
            f"the {name} file cannot be read ({_short(error)})",
            fix="open it in Excel, WPS or LibreOffice and save it again as .xlsx (Excel Workbook)",
        ) from None
    ods_merges: dict[str, dict[str, list[tuple[int, int, int, int]]]] = {}
    try:
        out = []
        for meta in workbook.sheets_metadata:
            if str(getattr(meta.typ, "name", meta.typ)) not in ("WorkSheet", "SheetTypeEnum.WorkSheet"):
                continue
            sheet = workbook.get_sheet_by_name(meta.name)
            values = sheet.to_python(skip_empty_area=False)
            rows = {r + 1: [_calamine_value(v) for v in cells] for r, cells in enumerate(values)}
            merges = [(a + 1, b + 1, c + 1, d + 1) for (a, b), (c, d) in (sheet.merged_cell_ranges or [])]
            if form == "ods" and not merges:
                if "" not in ods_merges:
                    ods_merges[""] = _ods_merges(data)
                merges = ods_merges[""].get(meta.name, [])
            visible = str(getattr(meta.visible, "name", meta.visible)).endswith("Visible")
            out.append(_grid(meta.name, visible, rows, merges))
        return out
    except Exception as error:  # noqa: BLE001 - a damaged sheet part shows itself only here
        raise InputError(
            f"the {name} file cannot be read ({_short(error)})",
            fix="open it in Excel, WPS or LibreOffice and save it again as .xlsx (Excel Workbook)",
        ) from None
    finally:
        workbook.close()


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def _ods_merges(data: bytes) -> dict[str, list[tuple[int, int, int, int]]]:
    """The merged ranges of each sheet of an .ods, which calamine does not report: cells spanning rows."""
    from defusedxml.ElementTree import iterparse

    t = _ODS_TABLE
    out: dict[str, list[tuple[int, int, int, int]]] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("content.xml") as stream:
            sheet, row, column = "", 0, 0
            for event, element in iterparse(stream, events=("start", "end")):
                tag = element.tag
                if event == "start" and tag == f"{t}table":
                    sheet, row = element.get(f"{t}name", ""), 0
                    out[sheet] = []
                elif event == "start" and tag == f"{t}table-row":
                    column = 0
                elif event == "end" and tag == f"{t}table-row":
                    row += int(element.get(f"{t}number-rows-repeated", "1"))
                    element.clear()
                elif event == "start" and tag in (f"{t}table-cell", f"{t}covered-table-cell"):
                    down = int(element.get(f"{t}number-rows-spanned", "1"))
                    across = int(element.get(f"{t}number-columns-spanned", "1"))
                    if down > 1 and len(out[sheet]) < MAX_MERGES:
                        out[sheet].append((row + 1, column + 1, row + down, column + across))
                    column += int(element.get(f"{t}number-columns-repeated", "1"))
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, SyntaxError):
        return out
    return out


def _short(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 120 else text[:117] + "…"


def _calamine_value(value: object) -> Value:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        return displayed(value, "General")
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, date | time):
        return value
    return _capped(str(value), {})


# --- shared ------------------------------------------------------------------------------------------------------


def _grid(name: str, visible: bool, rows: dict[int, list[Value]], merges: Iterable[tuple[int, int, int, int]]) -> Grid:
    """Fill each merge that runs down one column (a category merged down a block of rows) with its top value.

    Merges across columns are banners and titles: their value stays in the first cell, where it is read.
    """
    for top, left, bottom, right in merges:
        if left != right or bottom <= top:
            continue
        first = rows.get(top)
        if first is None or left > len(first):
            continue
        value = first[left - 1]
        for r in range(top + 1, bottom + 1):
            cells = rows.setdefault(r, [])
            cells.extend([""] * (left - len(cells)))
            if blank(cells[left - 1]):
                cells[left - 1] = value
    kept = [(r, cells) for r, cells in sorted(rows.items()) if any(not blank(v) for v in cells)]
    return Grid(name, visible, kept)


def _capped(text: str, where: dict[str, Any]) -> Value:
    """A text cell, or Refused when it is longer than Excel allows (a shared-strings bomb repeats one such text)."""
    if len(text) <= MAX_CELL:
        return text
    return Refused(
        InputError(
            f"the cell holds {len(text):,} characters (Excel allows {MAX_CELL:,}): this is not a list or ballot cell",
            fix="shorten the text of the cell",
        ).at(**where)
    )


def refused_in(cells: Iterable[Value]) -> Iterator[InputError]:
    """The errors of the refused cells of a row, in column order."""
    return (v.error for v in cells if isinstance(v, Refused))
