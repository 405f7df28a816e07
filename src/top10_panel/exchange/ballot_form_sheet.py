"""Writing the Excel ballot form (SPEC §5.4): its layout, its texts and the protected sheet itself.

Only the vote column is editable. A very hidden sheet carries the selection fingerprint, the rules version, the
expert and the candidate table as written, so that ``ballot_form.read_form`` can read a form without the selection
and refuse a changed table.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from fractions import Fraction
from pathlib import Path
from typing import Any

from top10_panel.domain.criteria import percent_text
from top10_panel.domain.errors import InputError
from top10_panel.domain.rules import Mode, Rules

from .ballot_files import Package, write_atomically
from .xlsx_cells import letters

SHEET = "选票"
META_SHEET = "_top10"
"""Very hidden: the form's identity and its candidate table as written."""
FORM_FORMAT = "top10-panel ballot form"
FORM_VERSION = 1
RECUSED = "回避"
COLUMNS = (
    ("编号", "Code", 9, "A"),
    ("标题", "Title", 58, "B"),
    ("日期", "Date", 13, "C"),
    ("来源", "Source", 30, "D"),
    ("类别", "Category", 12, "E"),
    ("投票", "Vote", 11, "F"),
)
"""Header (Chinese, English), width in Excel character units, and letter of each column; the vote column last."""
VOTE = COLUMNS[-1][0]
Column = tuple[str, str, int, str]


def form_columns(rules: Rules) -> tuple[Column, ...]:
    """The form's columns: the candidate's, then the vote column, or with criteria one column per criterion."""
    if not rules.criteria:
        return COLUMNS
    first = len(COLUMNS) - 1
    return COLUMNS[:-1] + tuple(
        (name, percent_text(weight), max(11, 2 * len(name) + 2), letters(first + k))
        for k, (name, weight) in enumerate(rules.criteria)
    )


HEADER_ROW = 8
FIRST_ROW = HEADER_ROW + 1
"""Rows 1–6 are the title block, row 7 the live counter, row 8 the header; candidates follow, one per row."""
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Characters an .xlsx cannot hold (openpyxl refuses them); dropped from display text."""


def number(value: Fraction) -> str:
    """A scale bound as Excel and people write it: 10, 2.5."""
    return str(value.numerator) if value.denominator == 1 else str(float(value))


def instructions(rules: Rules, n: int) -> tuple[str, str]:
    """What to do, in Chinese and in English, for the rules' vote mode."""
    if rules.mode is Mode.APPROVAL:
        most = rules.max_picks
        least_zh = f"，至少 {rules.min_picks} 项" if rules.min_picks else ""
        least_en = f", at least {rules.min_picks}" if rules.min_picks else ""
        zh = f"在“投票”列填 1（或 ✓）选择候选事件，{f'最多 {most} 项' if most else '项数不限'}{least_zh}；不选的留空。"
        en = (
            f"Mark 1 (or ✓) in the Vote column to choose a candidate, "
            f"{f'up to {most} candidates' if most else 'as many as you wish'}{least_en}; leave the others empty."
        )
    elif rules.mode is Mode.RANKING:
        top = rules.max_ranks or n
        ties_zh = "名次可以并列" if rules.allow_rank_ties else "名次不可重复"
        ties_en = "equal ranks are a tie" if rules.allow_rank_ties else "no two candidates may share a rank"
        gaps_zh = "" if rules.allow_rank_gaps else "，须连续（1、2、3…）"
        gaps_en = "" if rules.allow_rank_gaps else ", without gaps (1, 2, 3 …)"
        zh = f"在“投票”列填名次，1 = 最好，最多排 {top} 项；{ties_zh}{gaps_zh}；不排的留空。"
        en = (
            f"Write ranks in the Vote column, 1 = best, for up to {top} candidates; {ties_en}{gaps_en}; "
            "leave the others empty."
        )
    elif rules.criteria:
        low, high = (number(v) for v in rules.scale)
        names_zh = "、".join(f"{name}（{percent_text(w)}）" for name, w in rules.criteria)
        names_en = ", ".join(f"{name} ({percent_text(w)})" for name, w in rules.criteria)
        zh = (
            f"按各项标准为候选事件打分：{names_zh}，分值 {low}–{high}（可填小数），得分为加权和；"
            "一项的各标准须全部评分，只评部分标准的候选视为未评分；不评的整行留空。"
        )
        en = (
            f"Score each candidate on every criterion: {names_en}, from {low} to {high} (decimals allowed); its "
            "score is the weighted sum. A candidate scored on some criteria only counts as not scored; leave the "
            "whole row empty for not scored."
        )
    else:
        low, high = (number(v) for v in rules.scale)
        zh = f"在“投票”列为候选事件打分，分值 {low}–{high}（可填小数）；不评的留空。"
        en = (
            f"Write a score from {low} to {high} (decimals allowed) in the Vote column; "
            "leave a cell empty for not scored."
        )
    zh += (
        f"灰色“{RECUSED}”格不能填写。只填“投票”列，不要增删或移动行；填好后保存（.xlsx）交回编辑部。"
        "请核对选票指纹与编辑部公布的一致。"
    )
    en += (
        f" Grey {RECUSED} (recused) cells cannot be filled. Fill in only the Vote column and add, delete or move"
        " no rows; save the file (.xlsx) and return it to the editors. Check that the fingerprint matches the one"
        " the editors announced."
    )
    return zh, en


def counter_label(rules: Rules, n: int) -> str:
    if rules.mode is Mode.APPROVAL:
        most = rules.max_picks
        return f"已选 Chosen（最多 {most} / at most {most}）" if most else "已选 Chosen"
    if rules.mode is Mode.RANKING:
        top = rules.max_ranks or n
        return f"已排序 Ranked（最多 {top} / at most {top}）"
    return f"已评分 Scored（共 {n} 项 / of {n}）"


def vote_prompt(rules: Rules, n: int) -> str:
    """The vote cells' input message and error text (Excel takes at most 225 characters)."""
    if rules.mode is Mode.APPROVAL:
        return "填 1 或 ✓ 选择，留空为不选。Mark 1 or ✓ to choose; leave the cell empty otherwise."
    if rules.mode is Mode.RANKING:
        top = rules.max_ranks or n
        return f"名次 1–{top}，1 = 最好；留空为不排。A rank from 1 to {top}, 1 = best; leave empty for unranked."
    low, high = (number(v) for v in rules.scale)
    return f"分值 {low}–{high}；留空为不评。A score from {low} to {high}; leave empty for not scored."


_BLUE = "DDEBF7"
_YELLOW = "FFF2CC"
_GREY = "D9D9D9"
_RED = "F4B6B6"
_LINE_HEIGHT = 15.0
"""Points per line of 11-point text; rows of wrapped text are given their height, as Excel does not fit them."""


def write_form(path: Path, package: Package) -> None:
    """Write the expert's ballot form as .xlsx, atomically; InputError when the package cannot be written as one."""
    if not package.candidates:
        raise InputError("the selection has no candidates", fix="import the candidates before issuing ballot forms")
    for exact, what in [(c.code, "candidate code") for c in package.candidates] + [(package.expert, "expert name")]:
        if CONTROL.search(exact):
            raise InputError(
                f"the {what} {exact!r} holds control characters, which a workbook cannot store",
                fix=f"correct the {what} in the selection",
            )
    from openpyxl import Workbook  # openpyxl is only imported for workbooks
    from openpyxl.workbook.protection import WorkbookProtection

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    _title_block(sheet, package)
    _table(sheet, package)
    _meta(workbook.create_sheet(META_SHEET), package)
    # Sheets can be neither added, removed nor unhidden: the form stays the two sheets it was issued as.
    workbook.security = WorkbookProtection(lockStructure=True)
    workbook.properties.title = CONTROL.sub("", package.title)[:255] or None
    workbook.properties.creator = "Top10 Panel"
    out = io.BytesIO()
    workbook.save(out)
    write_atomically(path, out.getvalue())


def _put(cell: Any, value: object, *, text: bool = True) -> None:
    """Set a cell; user text is stored as a string even when it starts with '=' (openpyxl would make a formula)."""
    if isinstance(value, str) and text:
        value = CONTROL.sub("", value)
        cell.value = value
        cell.data_type = "s"
        if value.startswith("="):
            cell.quotePrefix = True  # shown and edited as text in Excel and LibreOffice alike
    else:
        cell.value = value


def _title_block(sheet: Any, package: Package) -> None:
    from openpyxl.styles import Alignment, Font

    rules = package.rules
    columns = form_columns(rules)
    last = columns[-1][3]
    affiliation = f"（{package.affiliation}）" if package.affiliation else ""
    chinese, english = instructions(rules, len(package.candidates))
    lines = [
        (package.title or "选票 Ballot", Font(size=14, bold=True)),
        (f"阶段 Stage：{package.stage}　　规则版本 Rules version：{package.rules_version}", None),
        (f"专家 Expert：{package.expert}{affiliation}", Font(bold=True)),
        (f"选票指纹 Fingerprint：{package.fingerprint}", Font(name="Consolas")),
        (chinese, None),
        (english, None),
    ]
    width = sum(column[2] for column in columns)
    for row, (text, font) in enumerate(lines, start=1):
        cell = sheet.cell(row=row, column=1)
        _put(cell, text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if font is not None:
            cell.font = font
        sheet.merge_cells(f"A{row}:{last}{row}")
        size = 14 / 11 if row == 1 else 1
        sheet.row_dimensions[row].height = _height(text, width / size) * size
    counter_row = HEADER_ROW - 1
    label = sheet.cell(row=counter_row, column=1)
    _put(label, counter_label(rules, len(package.candidates)))
    label.alignment = Alignment(horizontal="right", vertical="center")
    label.font = Font(bold=True)
    sheet.merge_cells(f"A{counter_row}:{COLUMNS[-2][3]}{counter_row}")  # the counter sits in the first vote column
    _counter(sheet, package, counter_row)


def _counter(sheet: Any, package: Package, row: int) -> None:
    """A live count of the filled vote cells, red once past the rules' limit; only the vote cells are read back."""
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Alignment, Font, PatternFill

    column = COLUMNS[-1][3]
    end = FIRST_ROW + len(package.candidates) - 1
    cells = f"{column}{FIRST_ROW}:{column}{end}"
    rules = package.rules
    if rules.criteria:  # a candidate counts as scored once every criterion of it is
        every = "*".join(f"ISNUMBER({c[3]}{FIRST_ROW}:{c[3]}{end})" for c in form_columns(rules)[len(COLUMNS) - 1 :])
        formula = f"=SUMPRODUCT(--({every}))"
        limit = None
    elif rules.mode is Mode.APPROVAL:
        # COUNTIF(range, 1) counts the number 1 and the text "1" alike, so the text marks are added one by one.
        marks = "+".join(f'COUNTIF({cells},"{mark}")' for mark in ("✓", "√", "x", "是"))
        formula = f"=COUNTIF({cells},1)+{marks}"
        limit = rules.max_picks
    else:
        formula = f"=COUNT({cells})"  # ranks and scores are numbers; 回避 is text and not counted
        limit = rules.max_ranks if rules.mode is Mode.RANKING else None
    cell = sheet[f"{column}{row}"]
    _put(cell, formula, text=False)
    cell.font = Font(bold=True, size=12)
    cell.alignment = Alignment(horizontal="center", vertical="center")
    if limit is not None:
        red = PatternFill("solid", fgColor=_RED)
        sheet.conditional_formatting.add(
            cell.coordinate, CellIsRule(operator="greaterThan", formula=[str(limit)], fill=red)
        )


def _table(sheet: Any, package: Package) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    columns = form_columns(package.rules)
    votes = len(columns) - len(COLUMNS) + 1
    for j, (chinese, english, width, letter) in enumerate(columns, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=j)
        _put(cell, f"{chinese} {english}")
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=_BLUE)
        cell.border = border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[letter].width = width
    open_cells: list[str] = []
    recused = set(package.recused)
    for i, candidate in enumerate(package.candidates):
        row = FIRST_ROW + i
        texts = (candidate.code, candidate.title, candidate.date, candidate.source, candidate.category)
        for j, text in enumerate(texts, start=1):
            cell = sheet.cell(row=row, column=j)
            _put(cell, text)
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for k in range(votes):
            vote = sheet.cell(row=row, column=len(COLUMNS) + k)
            vote.border = border
            vote.alignment = Alignment(horizontal="center", vertical="center")
            if candidate.code in recused:
                _put(vote, RECUSED)
                vote.fill = PatternFill("solid", fgColor=_GREY)
            else:
                vote.protection = Protection(locked=False)
                vote.fill = PatternFill("solid", fgColor=_YELLOW)
                open_cells.append(vote.coordinate)
        lines = max(_lines(text, width) for text, (_, _, width, _) in zip(texts, COLUMNS, strict=False))
        sheet.row_dimensions[row].height = max(lines, 1) * _LINE_HEIGHT + 3
    _validation(sheet, package.rules, len(package.candidates), open_cells)
    _protect_and_print(sheet)


def vote_check(rules: Rules, n: int, marks: str = "1,✓") -> Any:
    """The data validation of a vote cell in this mode (approval: one of ``marks``), with its prompt and error."""
    from openpyxl.worksheet.datavalidation import DataValidation

    if rules.mode is Mode.APPROVAL:
        check = DataValidation(type="list", formula1=f'"{marks}"', allow_blank=True)
    elif rules.mode is Mode.RANKING:
        top = rules.max_ranks or n
        check = DataValidation(type="whole", operator="between", formula1="1", formula2=str(top), allow_blank=True)
    else:
        low, high = rules.scale
        check = DataValidation(
            type="decimal", operator="between", formula1=number(low), formula2=number(high), allow_blank=True
        )
    check.errorStyle = "stop"
    check.showErrorMessage = True
    check.showInputMessage = True
    check.errorTitle = "无效的投票 Invalid vote"
    check.promptTitle = "投票 Vote"
    check.prompt = check.error = vote_prompt(rules, n)
    return check


def _validation(sheet: Any, rules: Rules, n: int, cells: list[str]) -> None:
    """Excel refuses what the mode cannot take as it is typed; read_form checks again, as LibreOffice may not."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import PatternFill

    check = vote_check(rules, n)
    for coordinate in cells:
        check.add(coordinate)
    if cells:
        sheet.add_data_validation(check)
    if rules.mode is Mode.RANKING and not rules.allow_rank_ties and cells:
        column = COLUMNS[-1][3]
        every = f"${column}${FIRST_ROW}:${column}${FIRST_ROW + n - 1}"
        first = f"{column}{FIRST_ROW}"
        repeated = FormulaRule(
            formula=[f"AND(ISNUMBER({first}),COUNTIF({every},{first})>1)"], fill=PatternFill("solid", fgColor=_RED)
        )
        sheet.conditional_formatting.add(f"{column}{FIRST_ROW}:{column}{FIRST_ROW + n - 1}", repeated)


def _protect_and_print(sheet: Any) -> None:
    sheet.protection.sheet = True
    # Experts may widen columns and rows to read long titles; nothing else of the layout changes.
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    sheet.freeze_panes = f"A{FIRST_ROW}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.center.text = "&P / &N"


def _meta(sheet: Any, package: Package) -> None:
    """Key–value rows, then one row per candidate: code, the row of its vote cell, 回避 when recused."""
    rules = package.rules
    low, high = rules.scale
    rows: list[list[object]] = [
        ["format", FORM_FORMAT],
        ["version", FORM_VERSION],
        ["fingerprint", package.fingerprint],
        ["rules_version", package.rules_version],
        ["expert", package.expert],
        ["mode", str(rules.mode)],
        ["scale", str(low), str(high)],
    ]
    if rules.criteria:
        rows.append(["criteria", *(name for name, _ in rules.criteria)])
    recused = set(package.recused)
    for i, candidate in enumerate(package.candidates):
        rows.append(["candidate", candidate.code, FIRST_ROW + i, RECUSED if candidate.code in recused else ""])
    for r, values in enumerate(rows, start=1):
        for j, value in enumerate(values, start=1):
            _put(sheet.cell(row=r, column=j), value)
    sheet.sheet_state = "veryHidden"
    sheet.protection.sheet = True


def _display_width(text: str) -> int:
    """Width in Excel's character units: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _lines(text: str, width: float) -> int:
    """Lines that wrapped text takes in a column of the given width (a little is kept for the cell's margins)."""
    usable = max(width - 1.5, 1)
    return sum(max(1, math.ceil(_display_width(part) / usable)) for part in text.split("\n")) if text else 1


def _height(text: str, width: float) -> float:
    return _lines(text, width) * _LINE_HEIGHT + 3
