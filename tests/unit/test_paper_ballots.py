"""Paper ballots: the printable sheet per expert (read back as text) and the blank double-entry workbook (read back
with openpyxl and calamine), filled in twice and collected; disagreeing typings change nothing."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from python_calamine import CalamineWorkbook

from top10_panel.domain.errors import InputError
from top10_panel.domain.rules import Mode, Rules
from top10_panel.services.ballots import issue
from top10_panel.services.collect import collect_double_entry
from top10_panel.services.selection import (
    import_candidates,
    import_experts,
    new_selection,
    review_recusals,
    tally_selection,
)

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
TITLE = "2020年度中国科技资源管理领域十大事件"


def issued(folder: Path, rules: Rules) -> tuple[Path, Path]:
    path = folder / "s.t10"
    new_selection(path, TITLE, rules, year=2020)
    import_candidates(path, DEMO / "candidates-2020.csv")
    import_experts(path, DEMO / "experts.csv")
    review_recusals(path, all_suggested=True)
    out = folder / "out"
    issue(path, out, paper=True)
    return path, out


@pytest.fixture(scope="module")
def approval(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return issued(tmp_path_factory.mktemp("paper"), Rules(mode=Mode.APPROVAL, seats=10, max_picks=10))


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages).replace(" ", "")


def test_each_expert_gets_a_sheet_with_the_title_rules_candidates_and_a_signature_line(
    approval: tuple[Path, Path],
) -> None:
    _, out = approval
    sheets = sorted(out.glob("*-paper.pdf"))
    assert len(sheets) == 27
    text = pdf_text(out / "专家18-paper.pdf")
    assert TITLE in text and "纸质选票" in text and "专家18" in text and "同济大学" in text
    assert "最多选10项" in text and "打“√”" in text
    for code in ("E01", "E10", "S11", "S25"):
        assert code in text
    assert "国家科技图书文献中心成立20周年" in text
    assert "回避" in text  # 专家18 is recused from E10
    assert "专家签名" in text and "日期" in text
    assert "回避" not in pdf_text(out / "专家02-paper.pdf").split("请勿涂改")[0]  # 专家02 has no recusal


def test_the_workbook_has_codes_as_columns_experts_as_rows_and_validated_cells(approval: tuple[Path, Path]) -> None:
    _, out = approval
    entry = out / "s-paper-entry.xlsx"
    sheet = load_workbook(entry).worksheets[0]
    codes = [c.value for c in sheet[1][1:]]
    assert sheet["A1"].value == "专家" and codes[:2] == ["E01", "E02"] and len(codes) == 25
    assert sheet["A2"].value == "标题" and sheet["B2"].value == "新型冠状病毒国家科技资源服务系统启动"
    experts = [sheet.cell(row, 1).value for row in range(3, sheet.max_row + 1)]
    assert experts == [f"专家{n:02d}" for n in range(1, 28)]
    checks = sheet.data_validations.dataValidation
    vote = next(v for v in checks if v.type == "list")
    assert vote.formula1 == '"1,√,✓"' and "B4" in vote.sqref and "Z29" in vote.sqref
    assert sum(len(list(r.cells)) for r in vote.sqref.ranges) == 27 * 25 - 9  # all but the 9 recusals
    refused = next(v for v in checks if v.type == "textLength")
    e10 = 2 + codes.index("E10")
    recused_cell = sheet.cell(2 + 18, e10).coordinate  # 专家18, E10
    assert recused_cell in refused.sqref and recused_cell not in vote.sqref
    assert sheet[recused_cell].fill.fgColor.rgb.endswith("D9D9D9")
    rows = CalamineWorkbook.from_path(str(entry)).get_sheet_by_index(0).to_python()
    assert rows[0][:3] == ["专家", "E01", "E02"] and rows[20][0] == "专家19" and len(rows) == 29
    notes = CalamineWorkbook.from_path(str(entry)).get_sheet_by_index(1).to_python()
    assert notes[0][0] == TITLE and any("删除" in str(line[0]) for line in notes)


def fill(entry: Path, target: Path, votes: dict[str, list[str]], returned: set[str]) -> Path:
    """A typist's copy: the rows of the experts whose paper came back, marked √; the other rows deleted."""
    workbook = load_workbook(entry)
    sheet = workbook.worksheets[0]
    codes = [c.value for c in sheet[1][1:]]
    for row in range(sheet.max_row, 2, -1):
        name = sheet.cell(row, 1).value
        if name not in returned:
            sheet.delete_rows(row)
            continue
        for code in votes.get(name, []):
            sheet.cell(row, 2 + codes.index(code)).value = "√"
    workbook.save(target)
    return target


VOTES = {
    "专家01": ["E02", "E03", "S11"],
    "专家02": ["E01", "S11"],
    "专家03": [],
    "专家18": ["E01", "E05"],
}


def test_two_agreeing_typings_are_collected_as_paper_ballots(approval: tuple[Path, Path], tmp_path: Path) -> None:
    path = Path(shutil.copyfile(approval[0], tmp_path / "s.t10"))
    entry = approval[1] / "s-paper-entry.xlsx"
    first = fill(entry, tmp_path / "a.xlsx", VOTES, set(VOTES))
    second = fill(entry, tmp_path / "b.xlsx", VOTES, set(VOTES))
    done = collect_double_entry(path, first, second)
    assert done.accepted == 4 and done.rejected == 0
    result = tally_selection(path).result
    scores = {r.candidate.code: dict(r.detail).get("approvals", r.score) for r in result.ranking}
    assert scores["E01"] == 2 and scores["E02"] == 1 and scores["S11"] == 2 and scores["E05"] == 1
    assert result.ballots["abstain"] == 1  # 专家03 returned a blank paper ballot


def test_disagreeing_typings_are_refused_and_change_nothing(approval: tuple[Path, Path], tmp_path: Path) -> None:
    path = Path(shutil.copyfile(approval[0], tmp_path / "s.t10"))
    before = path.read_bytes()
    entry = approval[1] / "s-paper-entry.xlsx"
    first = fill(entry, tmp_path / "a.xlsx", VOTES, set(VOTES))
    other = {**VOTES, "专家02": ["E01", "S12"]}
    second = fill(entry, tmp_path / "b.xlsx", other, set(VOTES))
    with pytest.raises(InputError) as refused:
        collect_double_entry(path, first, second)
    assert "disagree in 2 place(s)" in refused.value.message and "专家02, S11" in refused.value.message
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("rules", "kind", "bounds", "how"),
    [
        (Rules(mode=Mode.RANKING, seats=10, max_ranks=10), "whole", ("1", "10"), "填写名次"),
        (Rules(mode=Mode.SCORE, seats=10), "decimal", ("0", "10"), "0–10之间的分数"),
    ],
)
def test_ranks_and_scores_are_validated_for_the_mode(
    tmp_path: Path, rules: Rules, kind: str, bounds: tuple[str, str], how: str
) -> None:
    _, out = issued(tmp_path, rules)
    sheet = load_workbook(out / "s-paper-entry.xlsx").worksheets[0]
    check = next(v for v in sheet.data_validations.dataValidation if v.type == kind)
    assert (check.formula1, check.formula2) == bounds and check.errorStyle == "stop"
    text = pdf_text(out / "专家01-paper.pdf")
    assert how in text and ("名次" in text if kind == "whole" else "分数" in text)


def test_the_sheets_follow_an_english_selection(tmp_path: Path) -> None:
    from top10_panel.exchange.ballot_files import read_package
    from top10_panel.exchange.paper_ballot import paper_ballot_bytes

    _, out = issued(tmp_path, Rules(mode=Mode.APPROVAL, seats=10, max_picks=10))
    data = paper_ballot_bytes(read_package(out / "专家18.t10pkg"), "en")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "Paper ballot" in text and "Expert's signature" in text and "recused" in text
    assert "Tick" in text
