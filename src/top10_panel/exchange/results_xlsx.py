"""The results workbook (SPEC §5.6): what a selection publishes, in sheets a person reads and ``verify`` reads back.

This module holds the workbook as a whole (sheet order, saving, styles) and ``Sheet``, the one way a cell is
written: user text always as text, never as a formula. The sheets themselves are in ``results_sheets`` and
``results_audit``; ``results_read`` reads them back.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
import zipfile
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

from top10_panel.domain.publication import Publication
from top10_panel.domain.rules import Mode

from .ballot_files import write_atomically
from .labels import label, say

SHEETS = ("result", "ballots", "pairwise", "agreement", "audit", "register", "info")
"""Label keys of the sheets, in workbook order; the pairwise sheet only in ranking mode, the agreement sheet only
when the count has one."""

BLUE = "DDEBF7"
GREEN = "E2EFDA"
YELLOW = "FFF2CC"
GREY = "D9D9D9"
WIN = "C6EFCE"
LOSS = "FFC7CE"
LINE_HEIGHT = 16.0
"""Points per line of wrapped text: a CJK line is a little taller than a Latin one."""
MAX_WIDTH = 60
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Characters an .xlsx cannot hold (openpyxl refuses them)."""
TEXT_STARTS = ("=", "+", "-", "@")
"""What a spreadsheet would take for the start of a formula when the cell is edited: shown with a hidden quote."""
MODE_WORDS = {Mode.APPROVAL: "approval", Mode.RANKING: "ranking", Mode.SCORE: "mode_score"}


def mode_word(mode: Mode, language: str) -> str:
    return label(MODE_WORDS[mode], language)


def method_word(method: str, language: str) -> str:
    return label("method_approval" if method == "approval" else method, language)


def rule_word(rule: str, language: str) -> str:
    """A tie-break rule as the audit describes it, e.g. 'public lot (ascending SHA-256 of fingerprint:seed:code)'."""
    return label(f"rule_{rule}", language)


def rule_name(rule: str, language: str) -> str:
    """A tie-break rule's short name, e.g. '公开抽签'."""
    return label("rule_chair" if rule == "chair" else rule, language)


def joined(codes: tuple[str, ...] | list[str], language: str) -> str:
    return ("、" if language == "zh" else ", ").join(codes)


def display_width(text: str) -> int:
    """Width in Excel's character units: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def number_text(value: Fraction) -> str:
    """A bound or share as people write it: 10, 2.5, 2/3."""
    if value.denominator == 1:
        return str(value.numerator)
    return str(float(value)) if 10**6 % value.denominator == 0 else str(value)


class Sheet:
    """One worksheet being written: cells, column widths from their contents, row heights for wrapped text."""

    def __init__(self, workbook: Any, key: str, language: str) -> None:
        self.ws = workbook.create_sheet(label(key, language))
        self.language = language
        self.widths: dict[int, int] = {}
        self.fixed: dict[int, float] = {}
        self.wrapped: list[tuple[int, int, int, str]] = []
        self.heights: dict[int, float] = {}
        """Rows that need at least this height (a larger font)."""

    def word(self, key: str, **fields: object) -> str:
        return say(key, self.language, **fields)

    def put(
        self,
        row: int,
        column: int,
        value: object,
        *,
        fill: str = "",
        bold: bool = False,
        wrap: bool = False,
        fmt: str = "",
        align: str = "",
        span: int = 1,
        mono: bool = False,
    ) -> Any:
        """Write one cell; text is stored as text even when it looks like a formula."""
        from openpyxl.styles import Alignment, Font, PatternFill

        cell = self.ws.cell(row=row, column=column)
        if isinstance(value, Fraction):
            value = int(value) if value.denominator == 1 else float(value)
        if isinstance(value, str):
            value = CONTROL.sub("", value)
            cell.value = value
            cell.data_type = "s"  # openpyxl would make a formula of a text starting with '='
            if value.startswith(TEXT_STARTS):
                cell.quotePrefix = True
        elif value is not None:
            cell.value = value
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        if bold or mono:
            cell.font = Font(bold=bold, name="Consolas" if mono else None)
        if fmt:
            cell.number_format = fmt
        # Top-aligned everywhere, so that a row with wrapped text still reads as one line across.
        cell.alignment = Alignment(wrap_text=wrap or None, vertical="top", horizontal=align or None)
        if span > 1:
            self.ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=column + span - 1)
        text = "" if value is None else value if isinstance(value, str) else _shown(value, fmt)
        if wrap or span > 1:
            if text:
                self.wrapped.append((row, column, column + span - 1, text))
        else:
            width = display_width(text) + (2 if bold else 0)
            self.widths[column] = max(self.widths.get(column, 0), width)
        return cell

    def header(self, row: int, texts: list[str], first: int = 1) -> None:
        from openpyxl.styles import Alignment

        for j, text in enumerate(texts, start=first):
            cell = self.put(row, j, text, fill=BLUE, bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def rule_under(self, row: int, last: int, style: str = "thick", color: str = "C00000") -> None:
        """A line under the row across the table: the cut line (red), or the end of a group."""
        from openpyxl.styles import Border, Side

        for j in range(1, last + 1):
            cell = self.ws.cell(row=row, column=j)
            cell.border = Border(bottom=Side(style=style, color=color))

    def finish(self, *, freeze: str, title_rows: str = "", landscape: bool = True, title_columns: str = "") -> None:
        """Column widths, row heights, frozen panes and print settings."""
        from openpyxl.utils import get_column_letter

        every = set(self.widths) | set(self.fixed)
        width: dict[int, float] = {}
        for j in sorted(every):
            width[j] = self.fixed.get(j) or min(self.widths.get(j, 0) + 2, MAX_WIDTH)
            self.ws.column_dimensions[get_column_letter(j)].width = width[j]
        lines: dict[int, int] = {}
        for row, first, last, text in self.wrapped:
            span = sum(width.get(j, 8.43) for j in range(first, last + 1))
            lines[row] = max(lines.get(row, 1), _lines(text, span))
        for row in sorted(set(lines) | set(self.heights)):
            n = lines.get(row, 1)
            height = max(n * LINE_HEIGHT + 3 if n > 1 else 0, self.heights.get(row, 0))
            if height:
                self.ws.row_dimensions[row].height = height
        self.ws.freeze_panes = freeze or None
        if title_rows:
            self.ws.print_title_rows = title_rows
        if title_columns:
            self.ws.print_title_cols = title_columns
        setup = self.ws.page_setup
        setup.orientation = "landscape" if landscape else "portrait"
        setup.paperSize = self.ws.PAPERSIZE_A4
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        self.ws.print_options.gridLines = False
        self.ws.oddFooter.center.text = "&A — &P / &N"


def _shown(value: object, fmt: str) -> str:
    if isinstance(value, float):
        if fmt.endswith("%"):
            return f"{value:.1%}"
        return f"{value:.3f}"
    return str(value)


def _lines(text: str, width: float) -> int:
    """Lines that wrapped text takes in a column of the given width (a little is kept for the cell's margins)."""
    usable = max(width - 1.5, 1)
    return sum(max(1, math.ceil(display_width(part) / usable)) for part in text.split("\n"))


def stamp(generated_at: str) -> datetime:
    """The publication's time as naive UTC (what the workbook properties hold); a fixed date when there is none."""
    try:
        moment = datetime.fromisoformat(generated_at)
    except ValueError:
        return datetime(1980, 1, 1)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return max(moment, datetime(1980, 1, 1))


def write_results(path: Path, publication: Publication) -> None:
    """Write the results workbook, atomically: the same publication gives the same bytes."""
    from openpyxl import Workbook

    from .results_agreement import agreement_sheet
    from .results_audit import audit_sheet, info_sheet, register_sheet
    from .results_criteria import criteria_sheet
    from .results_sheets import ballots_sheet, pairwise_sheet, result_sheet

    language = publication.language
    workbook = Workbook()
    workbook.remove(workbook.active)
    result_sheet(Sheet(workbook, "result", language), publication)
    ballots_sheet(Sheet(workbook, "ballots", language), publication)
    if publication.recount.rules.criteria:
        criteria_sheet(Sheet(workbook, "criteria_sheet", language), publication)
    if publication.result.pairwise is not None:
        pairwise_sheet(Sheet(workbook, "pairwise", language), publication)
    if publication.result.agreement is not None:
        agreement_sheet(Sheet(workbook, "agreement", language), publication)
    audit_sheet(Sheet(workbook, "audit", language), publication)
    if publication.runoffs:
        from .results_runoff import runoff_sheet

        runoff_sheet(Sheet(workbook, "runoff_sheet", language), publication)
    register_sheet(Sheet(workbook, "register", language), publication)
    info_sheet(Sheet(workbook, "info", language), publication)
    moment = stamp(publication.generated_at)
    properties = workbook.properties
    properties.title = CONTROL.sub("", publication.title)[:255] or None
    properties.creator = "Top10 Panel"
    properties.created = properties.modified = moment
    write_atomically(path, _save(workbook, moment), shared=True)


def _save(workbook: Any, moment: datetime) -> bytes:
    """The workbook's bytes, every zip entry dated ``moment`` (openpyxl's own save stamps the clock's time)."""
    from openpyxl.writer.excel import ExcelWriter

    raw = io.BytesIO()
    archive = zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(workbook, archive).save()  # closes the archive
    out = io.BytesIO()
    when = moment.timetuple()[:6]
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=when)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = entry.external_attr
            target.writestr(fixed, source.read(entry))
    return out.getvalue()
