"""The Excel ballot form: written protected, filled in as an expert would, read back; every bad form refused."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from top10_panel.domain.errors import InputError
from top10_panel.domain.people import Candidate
from top10_panel.domain.rules import Mode, Rules
from top10_panel.exchange.ballot_files import Package
from top10_panel.exchange.ballot_form import FORM_FORMAT, FormBallot, read_form, write_form
from top10_panel.exchange.ballot_form_sheet import FIRST_ROW, META_SHEET, SHEET

FORMULA_TITLE = '=HYPERLINK("x","y")'
# The first events of the 2020 edition (中国科技资源管理领域十大事件), and a title that looks like a formula.
CANDIDATES = (
    Candidate(
        "E01",
        "新型冠状病毒国家科技资源服务系统启动",
        "2020-01-24",
        "由中国科学院微生物研究所国家微生物科学数据中心等联合建立，发布疫情相关的毒株资源及其科学数据。",
        "中国科学院微生物研究所",
        "资源共享",
    ),
    Candidate(
        "E02",
        "科技部印发《关于推进国家技术创新中心建设的总体方案（暂行）》的通知",
        "2020-03-23",
        "",
        "科技部",
        "政策",
    ),
    Candidate("E03", "“中国天眼”通过国家验收正式开放运行", "2020-01-11", "", "中国科学院国家天文台", "设施"),
    Candidate("E04", FORMULA_TITLE, "2020-06", "", "=cmd|' /C calc'!A0", "其他"),
)
FINGERPRINT = "5f" * 32
ROW = {c.code: FIRST_ROW + i for i, c in enumerate(CANDIDATES)}


def package(mode: Mode, recused: tuple[str, ...] = ("E01",), **rules: Any) -> Package:
    defaults: dict[str, Any] = {Mode.APPROVAL: {"max_picks": 3}, Mode.RANKING: {"max_ranks": 3}, Mode.SCORE: {}}[mode]
    return Package(
        title="2020年度中国科技资源管理领域十大事件",
        stage="终评",
        rules=Rules(mode=mode, **{**defaults, **rules}),
        rules_version=2,
        candidates=CANDIDATES,
        expert="张三",
        affiliation="中国科学院微生物研究所",
        secret="00" * 32,
        recused=recused,
        fingerprint=FINGERPRINT,
    )


def form(tmp_path: Path, mode: Mode, **kwargs: Any) -> Path:
    path = tmp_path / f"ballot-{mode}.xlsx"
    write_form(path, package(mode, **kwargs))
    return path


def fill(path: Path, values: dict[str, object]) -> Path:
    """Open the form, type into the vote cells of the given candidates and save, as an expert does in Excel."""
    workbook = load_workbook(path)
    sheet = workbook[SHEET]
    for code, value in values.items():
        sheet[f"F{ROW[code]}"] = value
    workbook.save(path)
    return path


def edit(path: Path, change: Callable[[Any], None]) -> Path:
    workbook = load_workbook(path)
    change(workbook)
    workbook.save(path)
    return path


def refused(path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        read_form(path)
    assert caught.value.where.file == str(path)
    return caught.value


# --- written and read back -------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", list(Mode))
def test_a_blank_form_reads_as_a_blank_ballot(tmp_path: Path, mode: Mode) -> None:
    ballot = read_form(form(tmp_path, mode))
    assert ballot == FormBallot(FINGERPRINT, 2, "张三", {}, ROW)


@pytest.mark.parametrize(
    ("mode", "typed", "vote"),
    [
        (
            Mode.APPROVAL,
            {"E02": 1, "E03": "✓", "E04": "是"},
            {"approve": ["E02", "E03", "E04"]},
        ),
        (Mode.APPROVAL, {"E02": "√", "E03": "x", "E04": 0}, {"approve": ["E02", "E03"]}),
        (Mode.APPROVAL, {"E02": 0, "E03": " ", "E04": "0"}, {}),
        (Mode.RANKING, {"E02": 2, "E03": 1, "E04": "3"}, {"rank": {"E02": 2, "E03": 1, "E04": 3}}),
        (Mode.RANKING, {"E03": 1.0}, {"rank": {"E03": 1}}),
        (Mode.SCORE, {"E02": 7.5, "E03": 10, "E04": 0}, {"score": {"E02": "7.5", "E03": "10", "E04": "0"}}),
        (Mode.SCORE, {"E02": "8.25"}, {"score": {"E02": "8.25"}}),
    ],
)
def test_a_filled_form_reads_as_the_vote(tmp_path: Path, mode: Mode, typed: dict[str, object], vote: object) -> None:
    ballot = read_form(fill(form(tmp_path, mode), typed))
    assert ballot.vote == vote
    assert (ballot.fingerprint, ballot.rules_version, ballot.expert) == (FINGERPRINT, 2, "张三")
    assert ballot.cells == ROW


def test_reading_does_not_judge_an_over_vote_or_a_recusal(tmp_path: Path) -> None:
    """Four picks of at most three, one of them recused (the cell unlocked by hand): the caller's rules decide."""
    path = form(tmp_path, Mode.APPROVAL)
    path = fill(path, {"E01": 1, "E02": 1, "E03": 1, "E04": 1})
    assert read_form(path).vote == {"approve": ["E01", "E02", "E03", "E04"]}


def test_a_ranking_form_keeps_repeated_ranks_for_the_rules_to_judge(tmp_path: Path) -> None:
    path = fill(form(tmp_path, Mode.RANKING, allow_rank_ties=False), {"E02": 1, "E03": 1})
    assert read_form(path).vote == {"rank": {"E02": 1, "E03": 1}}


def test_a_form_without_recusals_has_every_vote_cell_open(tmp_path: Path) -> None:
    path = form(tmp_path, Mode.SCORE, recused=())
    sheet = load_workbook(path)[SHEET]
    assert all(not sheet[f"F{row}"].protection.locked for row in ROW.values())
    assert read_form(fill(path, {"E01": 3})).vote == {"score": {"E01": "3"}}


# --- the sheet as the expert sees it ---------------------------------------------------------------------------


@pytest.mark.parametrize("mode", list(Mode))
def test_only_the_vote_cells_are_unlocked_and_the_sheet_is_protected(tmp_path: Path, mode: Mode) -> None:
    workbook = load_workbook(form(tmp_path, mode))
    sheet = workbook[SHEET]
    assert sheet.protection.sheet
    assert workbook.security is not None and workbook.security.lockStructure
    unlocked = {cell.coordinate for row in sheet.iter_rows() for cell in row if not cell.protection.locked}
    assert unlocked == {f"F{ROW[code]}" for code in ("E02", "E03", "E04")}
    recused = sheet[f"F{ROW['E01']}"]
    assert recused.value == "回避" and recused.protection.locked


@pytest.mark.parametrize(
    ("mode", "kind", "bounds"),
    [
        (Mode.APPROVAL, "list", ('"1,✓"', None)),
        (Mode.RANKING, "whole", ("1", "3")),
        (Mode.SCORE, "decimal", ("0", "10")),
    ],
)
def test_the_vote_cells_carry_the_modes_data_validation(
    tmp_path: Path, mode: Mode, kind: str, bounds: tuple[str, str | None]
) -> None:
    sheet = load_workbook(form(tmp_path, mode))[SHEET]
    (check,) = sheet.data_validations.dataValidation
    assert (check.type, check.formula1, check.formula2) == (kind, *bounds)
    assert check.showErrorMessage and check.errorStyle == "stop"
    assert {str(r) for r in check.sqref.ranges} == {f"F{ROW[code]}" for code in ("E02", "E03", "E04")}


def test_ranking_validation_runs_to_the_number_of_candidates_without_max_ranks(tmp_path: Path) -> None:
    sheet = load_workbook(form(tmp_path, Mode.RANKING, max_ranks=None))[SHEET]
    (check,) = sheet.data_validations.dataValidation
    assert (check.formula1, check.formula2) == ("1", str(len(CANDIDATES)))


def test_a_score_scale_of_halves_is_validated_and_read(tmp_path: Path) -> None:
    path = form(tmp_path, Mode.SCORE, scale=(Fraction(1), Fraction(11, 2)))
    (check,) = load_workbook(path)[SHEET].data_validations.dataValidation
    assert (check.formula1, check.formula2) == ("1", "5.5")
    assert read_form(fill(path, {"E02": 5.5})).vote == {"score": {"E02": "5.5"}}
    with pytest.raises(InputError, match="outside the scale"):
        read_form(fill(path, {"E02": 0.5}))


def test_the_title_block_names_the_selection_expert_and_fingerprint(tmp_path: Path) -> None:
    sheet = load_workbook(form(tmp_path, Mode.APPROVAL))[SHEET]
    block = "\n".join(str(sheet.cell(row=r, column=1).value) for r in range(1, FIRST_ROW))
    for text in (
        "2020年度中国科技资源管理领域十大事件",
        "终评",
        "张三",
        FINGERPRINT,
        "最多 3 项",
        "up to 3 candidates",
    ):
        assert text in block
    assert sheet.freeze_panes == f"A{FIRST_ROW}"
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet[f"B{ROW['E02']}"].alignment.wrap_text
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["A"].width


@pytest.mark.parametrize(
    ("mode", "words"),
    [
        (Mode.APPROVAL, ("1（或 ✓）", "Mark 1")),
        (Mode.RANKING, ("1 = 最好", "1 = best")),
        (Mode.SCORE, ("0–10", "0 to 10")),
    ],
)
def test_instructions_follow_the_mode(tmp_path: Path, mode: Mode, words: tuple[str, str]) -> None:
    sheet = load_workbook(form(tmp_path, mode))[SHEET]
    block = "\n".join(str(sheet.cell(row=r, column=1).value) for r in range(1, FIRST_ROW))
    assert all(word in block for word in words)


@pytest.mark.parametrize("mode", list(Mode))
def test_a_live_counter_counts_the_vote_cells(tmp_path: Path, mode: Mode) -> None:
    sheet = load_workbook(form(tmp_path, mode))[SHEET]
    counter = sheet[f"F{FIRST_ROW - 2}"]
    assert counter.data_type == "f"
    assert f"F{FIRST_ROW}:F{FIRST_ROW + len(CANDIDATES) - 1}" in str(counter.value)


def test_the_hidden_sheet_is_very_hidden_and_carries_the_forms_identity(tmp_path: Path) -> None:
    workbook = load_workbook(form(tmp_path, Mode.APPROVAL))
    assert workbook.sheetnames == [SHEET, META_SHEET]
    meta = workbook[META_SHEET]
    assert meta.sheet_state == "veryHidden"
    values = {row[0]: row[1:] for row in meta.iter_rows(values_only=True)}
    assert values["format"][0] == FORM_FORMAT
    assert values["fingerprint"][0] == FINGERPRINT
    assert values["rules_version"][0] == 2
    assert values["expert"][0] == "张三"


def test_user_text_is_text_never_a_formula(tmp_path: Path) -> None:
    path = form(tmp_path, Mode.APPROVAL)
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    formulas = re.findall(r"<f>(.*?)</f>", xml)
    assert formulas and not any("HYPERLINK" in f or "cmd" in f for f in formulas)  # only the counter is a formula
    sheet = load_workbook(path)[SHEET]
    for coordinate, text in ((f"B{ROW['E04']}", FORMULA_TITLE), (f"D{ROW['E04']}", "=cmd|' /C calc'!A0")):
        assert sheet[coordinate].value == text and sheet[coordinate].data_type == "s"
    # An expert's save through openpyxl keeps it text.
    sheet = load_workbook(fill(path, {"E02": 1}))[SHEET]
    assert sheet[f"B{ROW['E04']}"].data_type == "s"


def test_calamine_reads_the_formula_like_title_as_its_literal_text(tmp_path: Path) -> None:
    calamine = pytest.importorskip("python_calamine")
    path = form(tmp_path, Mode.APPROVAL)
    workbook = calamine.CalamineWorkbook.from_path(str(path))
    rows = workbook.get_sheet_by_name(SHEET).to_python()
    assert rows[ROW["E04"] - 1][1] == FORMULA_TITLE
    assert rows[ROW["E01"] - 1][:2] == ["E01", "新型冠状病毒国家科技资源服务系统启动"]
    visibility = {sheet.name: str(sheet.visible) for sheet in workbook.sheets_metadata}
    assert "veryhidden" in visibility[META_SHEET].lower()


def test_control_characters_are_dropped_from_display_text(tmp_path: Path) -> None:
    candidates = (replace(CANDIDATES[0], title="新型冠状病毒\x0b国家科技资源服务系统启动"), *CANDIDATES[1:])
    path = tmp_path / "form.xlsx"
    write_form(path, replace(package(Mode.APPROVAL), candidates=candidates))
    assert load_workbook(path)[SHEET][f"B{ROW['E01']}"].value == "新型冠状病毒国家科技资源服务系统启动"


def test_a_package_that_cannot_be_a_form_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no candidates"):
        write_form(tmp_path / "a.xlsx", replace(package(Mode.APPROVAL), candidates=()))
    with pytest.raises(InputError, match="control characters"):
        write_form(tmp_path / "b.xlsx", replace(package(Mode.APPROVAL), expert="张\x01三"))
    assert not list(tmp_path.iterdir())


# --- bad forms -------------------------------------------------------------------------------------------------


def test_a_text_file_named_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ballot.xlsx"
    path.write_text("E01,1\nE02,1\n", encoding="utf-8")
    assert "not an Excel workbook" in refused(path).problem


def test_a_damaged_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ballot.xlsx"
    path.write_bytes(form(tmp_path, Mode.APPROVAL).read_bytes()[:2000])
    assert "cannot be opened as an Excel workbook" in refused(path).problem


def test_a_missing_or_empty_file_is_refused(tmp_path: Path) -> None:
    assert "no such file" in refused(tmp_path / "none.xlsx").problem
    (tmp_path / "empty.xlsx").write_bytes(b"")
    assert "empty" in refused(tmp_path / "empty.xlsx").problem


def test_a_workbook_without_the_hidden_sheet_is_not_a_ballot_form(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.title = SHEET
    workbook.active.append(["编号 Code", "标题 Title", "日期 Date", "来源 Source", "类别 Category", "投票 Vote"])
    workbook.active.append(["E01", "新型冠状病毒国家科技资源服务系统启动", "", "", "", 1])
    path = tmp_path / "ballot.xlsx"
    workbook.save(path)
    assert refused(path).problem == "this is not a Top10 Panel ballot form"


def test_a_damaged_hidden_sheet_is_refused(tmp_path: Path) -> None:
    path = edit(form(tmp_path, Mode.APPROVAL), lambda wb: wb[META_SHEET].delete_rows(3))
    error = refused(path)
    assert "damaged" in error.problem and error.where.sheet == META_SHEET


def test_a_renamed_ballot_sheet_is_refused(tmp_path: Path) -> None:
    path = edit(form(tmp_path, Mode.APPROVAL), lambda wb: setattr(wb[SHEET], "title", "Sheet1"))
    assert "no sheet '选票'" in refused(path).problem


@pytest.mark.parametrize(
    ("mode", "value", "problem"),
    [
        (Mode.APPROVAL, "y", "'y' is not an approval mark"),
        (Mode.APPROVAL, 2, "'2' is not an approval mark"),
        (Mode.APPROVAL, "回避", "'回避' is not an approval mark"),
        (Mode.RANKING, 0, "'0' is not a rank"),
        (Mode.RANKING, 1.5, "'1.5' is not a rank"),
        (Mode.RANKING, "first", "'first' is not a rank"),
        (Mode.SCORE, 11, "score 11 is outside the scale 0–10"),
        (Mode.SCORE, -1, "score -1 is outside the scale 0–10"),
        (Mode.SCORE, "good", "'good' is not a score"),
    ],
)
def test_a_vote_the_mode_cannot_take_is_refused_with_its_place(
    tmp_path: Path, mode: Mode, value: object, problem: str
) -> None:
    error = refused(fill(form(tmp_path, mode), {"E02": 1 if mode is not Mode.SCORE else 5, "E03": value}))
    assert error.problem == problem
    assert (error.where.sheet, error.where.row) == (SHEET, ROW["E03"])
    assert error.where.column is not None and "投票" in error.where.column and "F" in error.where.column
    assert error.fix


def test_a_formula_typed_in_a_vote_cell_is_refused(tmp_path: Path) -> None:
    error = refused(fill(form(tmp_path, Mode.APPROVAL), {"E03": "=1+0"}))
    assert "formula" in error.problem
    assert (error.where.sheet, error.where.row) == (SHEET, ROW["E03"])
    assert error.where.column is not None and "投票" in error.where.column


def test_a_date_in_a_vote_cell_is_refused(tmp_path: Path) -> None:
    error = refused(fill(form(tmp_path, Mode.RANKING), {"E02": datetime(2020, 1, 2)}))
    assert "date" in error.problem and error.where.row == ROW["E02"]


def test_a_deleted_candidate_row_is_refused(tmp_path: Path) -> None:
    path = edit(form(tmp_path, Mode.APPROVAL), lambda wb: wb[SHEET].delete_rows(ROW["E02"]))
    error = refused(path)
    assert "candidate table was changed" in error.problem and "'E02'" in error.problem
    assert (error.where.sheet, error.where.row) == (SHEET, ROW["E02"])


def test_an_edited_candidate_code_is_refused(tmp_path: Path) -> None:
    def change(workbook: Any) -> None:
        workbook[SHEET][f"A{ROW['E03']}"] = "E09"

    error = refused(edit(form(tmp_path, Mode.SCORE), change))
    assert "'E03'" in error.problem and "'E09'" in error.problem and error.where.row == ROW["E03"]


def test_a_row_added_below_the_candidates_is_refused(tmp_path: Path) -> None:
    def change(workbook: Any) -> None:
        workbook[SHEET].append(["E99", "一项新事件", "", "", "", 1])

    error = refused(edit(form(tmp_path, Mode.APPROVAL), change))
    assert "below the last candidate" in error.problem and error.where.row == ROW["E04"] + 1


# Forms as other programs save them, and forms that do not agree with themselves


@pytest.mark.parametrize(
    ("mode", "typed", "vote"),
    [
        (Mode.APPROVAL, {"E02": "１", "E03": "Ｘ", "E04": "√"}, {"approve": ["E02", "E03", "E04"]}),
        (Mode.RANKING, {"E02": "２", "E03": "１"}, {"rank": {"E02": 2, "E03": 1}}),
        (Mode.SCORE, {"E02": "８．５"}, {"score": {"E02": "8.5"}}),
    ],
)
def test_full_width_marks_count(tmp_path: Path, mode: Mode, typed: dict[str, object], vote: dict[str, Any]) -> None:
    assert read_form(fill(form(tmp_path, mode), typed)).vote == vote


def test_a_form_whose_hidden_cells_lost_their_empty_cells_reads(tmp_path: Path) -> None:
    """LibreOffice drops the empty cells of the hidden sheet: a candidate row of two cells is not recused."""
    path = fill(form(tmp_path, Mode.APPROVAL, recused=()), {"E02": 1})
    workbook = load_workbook(path)
    workbook[META_SHEET].delete_cols(4)
    workbook.save(path)
    assert read_form(path).vote == {"approve": ["E02"]}


@pytest.mark.parametrize(
    ("row", "text", "what"), [(3, "专家 Expert：李四", "expert"), (4, "选票指纹 Fingerprint：ab", "fingerprint")]
)
def test_the_visible_sheet_is_checked_against_the_hidden_part(tmp_path: Path, row: int, text: str, what: str) -> None:
    path = fill(form(tmp_path, Mode.APPROVAL), {"E02": 1})
    workbook = load_workbook(path)
    workbook[SHEET].cell(row=row, column=1).value = text
    workbook.save(path)
    with pytest.raises(InputError) as caught:
        read_form(path)
    error = caught.value
    assert f"shows {what}" in error.problem and (error.where.sheet, error.where.row) == (SHEET, row)
    assert str(path) in error.message and error.fix


def test_the_hidden_part_is_protected_and_the_structure_locked(tmp_path: Path) -> None:
    workbook = load_workbook(form(tmp_path, Mode.APPROVAL))
    assert workbook[META_SHEET].protection.sheet and workbook[META_SHEET].sheet_state == "veryHidden"
    assert workbook.security is not None and workbook.security.lockStructure
