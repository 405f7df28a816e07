"""The blank double-entry workbook for paper ballots (SPEC §2.4, §5.5): a ballot matrix with the candidates' codes
as columns (their titles in a title row) and the experts' names as rows, every vote cell validated for the mode,
the cells of a recusal shaded and refused. Two people each fill in a copy from the paper sheets; ``collect
--double-entry A B`` stores them only when both agree."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from top10_panel.domain.criteria import column_header
from top10_panel.domain.people import Candidate, Recusal
from top10_panel.domain.rules import Rules

from .ballot_files import write_atomically
from .ballot_form_sheet import _put, vote_check, vote_prompt
from .xlsx_cells import letters

FIRST_VOTE_ROW = 3
"""Row 1 the header (专家, codes), row 2 the titles (标题), then one row per expert."""
SHEET = "录入 Entry"
NOTES = "说明 Notes"
_GREY = "D9D9D9"
_HEAD = "DDEBF7"


def notes(rules: Rules, n: int) -> list[str]:
    """What the typists are told, in Chinese and English, on the workbook's second sheet."""
    lines = [
        "纸质选票双人录入表 / Paper ballots, typed in twice",
        "1. 复制本表两份，由两人分别按纸质选票录入，互不参看。Make two copies; two people each type the paper "
        "ballots into one, without looking at the other.",
        "2. 每位专家一行，每个候选一列（第 2 行为候选标题）。One row per expert, one column per candidate (row 2 "
        "holds the titles).",
        *(
            [
                "   设有评分指标：每个候选每项指标一列（如 E01:创新性）。With criteria, a column per candidate and "
                "criterion (e.g. E01:创新性)."
            ]
            if rules.criteria
            else []
        ),
        "3. 未交回纸质选票的专家，请删除其整行（空行会计为弃权票）。Delete the whole row of an expert whose paper "
        "ballot did not come back (an empty row counts as a blank ballot, an abstention).",
        "4. 灰色单元格为回避，不能填写。Grey cells are recusals and stay empty.",
        "5. 录入完毕后，在“收集选票”页点“纸质选票双人录入…”，或运行 top10-panel collect FILE --double-entry A.xlsx "
        "B.xlsx：两份一致才会计入。Then collect both copies (the Collect page's “Paper ballots typed twice…”, or "
        "collect FILE --double-entry A.xlsx B.xlsx): they count only when they agree cell for cell.",
        "投票方式 / Vote: " + vote_prompt(rules, n),
    ]
    return lines


def entry_bytes(
    title: str,
    rules: Rules,
    candidates: Sequence[Candidate],
    experts: Sequence[str],
    recusals: Sequence[Recusal] = (),
) -> bytes:
    """The blank workbook as .xlsx bytes."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    head = PatternFill("solid", fgColor=_HEAD)
    _put(sheet.cell(1, 1), "专家")
    _put(sheet.cell(2, 1), "标题")
    # With criteria a column per candidate and criterion (E01:创新性), as a ballot matrix has them; the title
    # above the candidate's first.
    names = [name for name, _ in rules.criteria] or [""]
    columns = [(candidate, name) for candidate in candidates for name in names]
    for j, (candidate, name) in enumerate(columns, start=2):
        _put(sheet.cell(1, j), column_header(candidate.code, name) if name else candidate.code)
        if name == names[0]:
            _put(sheet.cell(2, j), candidate.title)
        sheet.cell(1, j).font = Font(bold=True)
        for row in (1, 2):
            sheet.cell(row, j).fill = head
        sheet.cell(2, j).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[letters(j - 1)].width = 11
    sheet.cell(1, 1).font = Font(bold=True)
    sheet.row_dimensions[2].height = 90
    sheet.column_dimensions["A"].width = 16
    recused = {(r.expert, r.candidate) for r in recusals}
    grey = PatternFill("solid", fgColor=_GREY)
    vote = _vote_check(rules, len(candidates))
    empty = DataValidation(type="textLength", operator="equal", formula1="0", allow_blank=True)
    empty.errorStyle, empty.showErrorMessage = "stop", True
    empty.errorTitle, empty.error = "回避 Recused", "该专家回避此候选，请留空。The expert is recused: leave it empty."
    for i, expert in enumerate(experts, start=FIRST_VOTE_ROW):
        _put(sheet.cell(i, 1), expert)
        for j, (candidate, _) in enumerate(columns, start=2):
            cell = sheet.cell(i, j)
            cell.alignment = Alignment(horizontal="center")
            if (expert, candidate.code) in recused:
                cell.fill = grey
                cell.comment = Comment("回避 recused", "Top10 Panel")
                empty.add(cell.coordinate)
            else:
                vote.add(cell.coordinate)
    for check in (vote, empty):
        if check.sqref.ranges:
            sheet.add_data_validation(check)
    sheet.freeze_panes = sheet.cell(FIRST_VOTE_ROW, 2)
    info = workbook.create_sheet(NOTES)
    info.column_dimensions["A"].width = 120
    _put(info.cell(1, 1), title)
    info.cell(1, 1).font = Font(bold=True, size=13)
    for k, line in enumerate(notes(rules, len(candidates)), start=3):
        _put(info.cell(k, 1), line)
        info.cell(k, 1).alignment = Alignment(wrap_text=True, vertical="top")
    workbook.active = 0
    workbook.properties.title = title[:255] or None
    workbook.properties.creator = "Top10 Panel"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def write_entry_workbook(
    path: Path,
    title: str,
    rules: Rules,
    candidates: Sequence[Candidate],
    experts: Sequence[str],
    recusals: Sequence[Recusal] = (),
) -> None:
    write_atomically(path, entry_bytes(title, rules, candidates, experts, recusals), shared=True)  # no secret in it


def _vote_check(rules: Rules, n: int):  # type: ignore[no-untyped-def]
    return vote_check(rules, n, marks="1,√,✓")
