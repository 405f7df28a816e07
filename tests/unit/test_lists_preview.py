"""The import preview (services.lists_preview): the rows a list would add, or every problem in it by row, and
never a promise the import would break; nothing written either way."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.samples import reject_suggested
from top10_panel.domain.errors import InputError
from top10_panel.domain.rules import Mode, Rules
from top10_panel.services.ballots import issue
from top10_panel.services.lists_preview import preview_candidates, preview_experts
from top10_panel.services.selection import import_candidates, import_experts, new_selection

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
HEADER = ["编号", "标题", "日期", "摘要", "来源", "类别"]


@pytest.fixture
def selection(tmp_path: Path) -> Path:
    path = tmp_path / "s.t10"
    new_selection(path, "2020年度十大事件", Rules(mode=Mode.APPROVAL), year=2020)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def places(problems: tuple[InputError, ...]) -> list[tuple[int | None, str | None]]:
    return [(p.where.row, p.where.column) for p in problems]


def test_a_good_list(selection: Path) -> None:
    before = digest(selection)
    preview = preview_candidates(selection, DEMO / "candidates-2020.csv")
    assert preview.ok and not preview.problems
    assert [n for n, _ in preview.rows] == list(range(2, 27))
    assert preview.rows[0][1].code == "E01" and preview.rows[0][1].date == "2020-01-24"
    assert digest(selection) == before


def test_every_problem_by_row(selection: Path, tmp_path: Path) -> None:
    bad = write_csv(
        tmp_path / "bad.csv",
        [
            HEADER,
            ["A01", "一", "2020-01-01", "", "", ""],
            ["A02", "", "2020-01-02", "", "", ""],  # row 3: no title
            ["A 03", "三", "", "", "", ""],  # row 4: a space in the code
            ["A01", "四", "", "", "", ""],  # row 5: the code again
            ["A05", "五", "", "", "", "", "extra"],  # row 6: a cell without a header
            ["A06", "六", "", "", "", ""],
        ],
    )
    before = digest(selection)
    preview = preview_candidates(selection, bad)
    assert not preview.ok
    assert places(preview.problems) == [
        (3, "'标题' (column 2)"),
        (4, "'编号' (column 1)"),
        (5, "'编号' (column 1)"),
        (6, "7"),
    ]
    assert "given to two candidates (rows 2 and 5)" in preview.problems[2].problem
    assert all(p.where.file == str(bad) for p in preview.problems)
    assert [n for n, _ in preview.rows] == [2, 7]
    assert digest(selection) == before
    with pytest.raises(InputError):  # the import itself refuses the list too
        import_candidates(selection, bad)
    assert digest(selection) == before


def test_a_wrong_file_is_one_problem(selection: Path, tmp_path: Path) -> None:
    preview = preview_candidates(selection, DEMO / "experts.csv")
    assert len(preview.problems) == 1 and "looks like a expert list" in preview.problems[0].problem
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    (problem,) = preview_candidates(selection, fake).problems
    assert "not an Excel workbook" in problem.problem and problem.where.file == str(fake)
    empty = write_csv(tmp_path / "empty.csv", [HEADER])
    (problem,) = preview_candidates(selection, empty).problems
    assert "header but no candidates" in problem.problem


def test_xlsx_formula_and_error_cells_by_row(selection: Path, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "候选"
    sheet.append(HEADER)
    sheet.append(["A01", "一", "", "", "", ""])
    sheet.append(["A02", '=UPPER("x")', "", "", "", ""])
    sheet.append(["A03", "三", "", "", "", ""])
    sheet.append(["A04", "四", "", "", "=1/0", ""])
    path = tmp_path / "list.xlsx"
    book.save(path)
    preview = preview_candidates(selection, path)
    assert [(p.where.sheet, p.where.row, p.where.column) for p in preview.problems] == [
        ("候选", 3, "'标题' (column B)"),
        ("候选", 5, "'来源' (column E)"),
    ]
    assert "formula" in preview.problems[0].problem
    assert [c.code for _, c in preview.rows] == ["A01", "A03"]


def test_experts_preview_with_recusals(selection: Path, tmp_path: Path) -> None:
    import_candidates(selection, DEMO / "candidates-2020.csv")
    preview = preview_experts(selection, DEMO / "experts.csv")
    assert preview.ok and len(preview.rows) == 27
    assert ("专家01", "E01") in {(r.expert, r.candidate) for r in preview.suggested}
    bad = write_csv(
        tmp_path / "experts.csv",
        [
            ["姓名", "单位", "邮箱", "回避"],
            ["张三", "清华大学", "zhang@example", ""],
            ["李四", "北京大学", "", "E01, X99"],
            ["张三", "", "", ""],
        ],
    )
    problems = preview_experts(selection, bad).problems
    assert [(p.where.row, p.problem) for p in problems] == [
        (2, "'zhang@example' is not an e-mail address"),
        (3, "expert '李四' is recused from 'X99', which is not a candidate code"),
    ]
    import_experts(selection, DEMO / "experts.csv")
    again = preview_experts(selection, DEMO / "experts.csv")
    assert len(again.problems) == 27 and "in the selection already" in again.problems[0].problem


def test_locked_selection(selection: Path, tmp_path: Path) -> None:
    import_candidates(selection, DEMO / "candidates-2020.csv")
    import_experts(selection, DEMO / "experts.csv")
    reject_suggested(selection)
    issue(selection, tmp_path / "out")
    (problem,) = preview_candidates(selection, DEMO / "candidates-2020.csv").problems
    assert "packages are issued already" in problem.problem
