"""Candidate and expert lists: good files in every encoding and format, and every bad one refused with its place."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from top10_panel.domain.errors import InputError
from top10_panel.domain.people import Candidate, Expert
from top10_panel.exchange import lists
from top10_panel.exchange.lists import (
    normalise_date,
    read_candidates,
    read_experts,
    read_experts_with_rows,
)

HEADER = ["编号", "标题", "日期", "摘要", "来源", "类别"]
# The first events of the 2020 edition (中国科技资源管理领域十大事件), as an editor would list them.
SUMMARY_1 = (
    "2020 年 1 月 24 日，由中国科学院微生物研究所国家微生物科学数据中心、中国疾病预防控制中心国家病原微生物资源库、"
    "中国科学院计算机网络信息中心联合建立的“新型冠状病毒国家科技资源服务系统”发布此次疫情相关的毒株资源及其科学数据。\n"
    "截至 2020 年 11 月，系统总访问量达 1132 万人次，为全球新冠病毒防控科技攻关做出了积极贡献。"
)
EVENTS = [
    [
        "E01",
        "新型冠状病毒国家科技资源服务系统启动",
        "2020-01-24",
        SUMMARY_1,
        "中国科学院微生物研究所国家微生物科学数据中心",
        "资源共享",
    ],
    ["E02", "科技部印发《关于推进国家技术创新中心建设的总体方案（暂行）》的通知", "2020/3/23", "", "科技部", "政策"],
    ["E03", "“中国天眼”通过国家验收正式开放运行", "2020年1月11日", "", "中国科学院国家天文台", "设施"],
    ["E07", "重大科研基础设施和大型科研仪器开放共享评价考核结果发布", "2020年6月至9月", "", "科技部、财政部", "评价"],
]
EXPERTS = [["姓名", "单位", "邮箱", "回避"], ["张三", "中国科学院微生物研究所", "zhang@example.org", "E01、E03"]]


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


def write_csv(tmp_path: Path, rows: list[list[str]], name: str = "list.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(csv_bytes(rows, encoding))
    return path


def write_xlsx(
    tmp_path: Path, rows: Sequence[Sequence[object]], name: str = "list.xlsx", sheet: str = "候选事件"
) -> Path:
    workbook = Workbook()
    ws = workbook.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    workbook.save(path)
    return path


def refused(read: Callable[[Path], object], path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        read(path)
    error = caught.value
    assert error.where.file == str(path) and str(path) in error.message
    assert error.fix, "every refusal says how to fix it"
    return error


# Good files


@pytest.mark.parametrize(
    "encode",
    [
        lambda b: b,
        lambda b: codecs.BOM_UTF8 + b,
        lambda b: b.decode("utf-8").encode("gb18030"),
        lambda b: b.decode("utf-8").encode("utf-16"),
    ],
    ids=["utf-8", "utf-8-bom", "gb18030", "utf-16-bom"],
)
def test_csv_candidates_in_every_encoding(tmp_path: Path, encode: Callable[[bytes], bytes]) -> None:
    path = tmp_path / "candidates.csv"
    path.write_bytes(encode(csv_bytes([HEADER, *EVENTS])))
    candidates = read_candidates(path)
    assert candidates[0] == Candidate(
        code="E01",
        title="新型冠状病毒国家科技资源服务系统启动",
        date="2020-01-24",
        summary=SUMMARY_1,
        source="中国科学院微生物研究所国家微生物科学数据中心",
        category="资源共享",
    )
    assert [c.date for c in candidates] == ["2020-01-24", "2020-03-23", "2020-01-11", "2020年6月至9月"]
    assert candidates[1].title == "科技部印发《关于推进国家技术创新中心建设的总体方案（暂行）》的通知"


def test_xlsx_candidates_with_a_date_cell_and_a_multiline_summary(tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [HEADER, *EVENTS]
    rows[1] = [*EVENTS[0][:2], datetime(2020, 1, 24), *EVENTS[0][3:]]
    rows[3] = [*EVENTS[2][:2], date(2020, 1, 11), *EVENTS[2][3:]]
    candidates = read_candidates(write_xlsx(tmp_path, rows))
    assert [c.code for c in candidates] == ["E01", "E02", "E03", "E07"]
    assert candidates[0].date == "2020-01-24" and candidates[2].date == "2020-01-11"
    assert candidates[0].summary == SUMMARY_1 and "\n" in candidates[0].summary
    assert candidates[0].source == "中国科学院微生物研究所国家微生物科学数据中心"


def test_english_headers_any_case_and_only_the_required_columns(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [[" Code ", "TITLE", "推荐单位"], ["A1", "甲", "科技部"], ["2", "乙", ""]])
    assert read_candidates(path) == [Candidate("A1", "甲", source="科技部"), Candidate("2", "乙")]


def test_blank_rows_are_skipped_and_rows_keep_their_numbers(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [[], ["姓名", "回避"], [], ["张三", ""], ["", ""], ["李四", "E01"]], name="experts.csv")
    assert read_experts_with_rows(path) == [(4, Expert("张三")), (6, Expert("李四", recuse=("E01",)))]


def test_numbers_in_xlsx_are_text(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path, [["code", "title", "category"], [1, "甲", 2.5], [2.0, "乙", None]])
    assert read_candidates(path) == [Candidate("1", "甲", category="2.5"), Candidate("2", "乙")]


def test_experts_with_recusal_lists_in_every_separator(tmp_path: Path) -> None:
    rows = [
        EXPERTS[0],
        EXPERTS[1],
        ["李四", "国家天文台", "li.si＠example.org", "E01,E02，E03;E04；E05 E06"],
        ["王五", "", "", ""],
    ]
    assert read_experts(write_csv(tmp_path, rows)) == [
        Expert("张三", "中国科学院微生物研究所", "zhang@example.org", ("E01", "E03")),
        Expert("李四", "国家天文台", "li.si@example.org", ("E01", "E02", "E03", "E04", "E05", "E06")),
        Expert("王五"),
    ]
    assert [e.recuse for e in read_experts(write_xlsx(tmp_path, rows, sheet="专家"))][0] == ("E01", "E03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-01-24", "2020-01-24"),
        ("2020/1/24", "2020-01-24"),
        ("2020.1.24", "2020-01-24"),
        ("2020年1月24日", "2020-01-24"),
        ("2020 年 1 月 24 日", "2020-01-24"),
        ("2020/1/24 0:00", "2020-01-24"),
        ("2020年6月", "2020-06"),
        ("2020-6", "2020-06"),
        ("2020年6月至9月", "2020年6月至9月"),
        ("", ""),
    ],
)
def test_plain_dates_are_normalised_and_others_kept(text: str, expected: str) -> None:
    assert normalise_date(text) == expected


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("2020-02-30", "2020-02 has no day 30"),
        ("2020-13-40", "there is no month 13"),
        ("2019年2月29日", "2019-02 has no day 29"),
        ("2020年13月", "there is no month 13"),
        ("２０２０－０４－３１", "2020-04 has no day 31"),
        ("0000-01-01", "there is no year 0"),
    ],
)
def test_a_day_no_calendar_has_is_refused_with_the_reason(text: str, why: str) -> None:
    with pytest.raises(InputError) as caught:
        normalise_date(text)
    assert why in str(caught.value)


def test_an_impossible_date_in_a_list_is_refused_at_its_row_and_column(tmp_path: Path) -> None:
    rows = [["code", "title", "date"], ["E01", "一", "2020-01-24"], ["E02", "二", "2020-02-30"]]
    with pytest.raises(InputError) as caught:
        read_candidates(write_csv(tmp_path, rows))
    message = str(caught.value)
    assert "2020-02 has no day 30" in message
    assert caught.value.where.row == 3
    assert "'date'" in str(caught.value.where.column)


def test_recusals_and_names_are_checked_against_the_selection(tmp_path: Path) -> None:
    experts_path = write_csv(tmp_path, [EXPERTS[0], ["李四", "", "", "E01"], EXPERTS[1]], name="experts.csv")
    assert len(read_experts_with_rows(experts_path)) == 2  # without the selection's codes, recusals are not checked
    codes = {c.code for c in read_candidates(write_csv(tmp_path, [HEADER, *EVENTS[:2]], name="candidates.csv"))}
    with pytest.raises(InputError) as caught:
        read_experts(experts_path, candidates=codes)
    assert caught.value.where.row == 3 and "E03" in caught.value.problem and "张三" in caught.value.problem
    assert str(experts_path) in caught.value.message and "'回避' (column 4)" in caught.value.message
    with pytest.raises(InputError, match="'李四' is in the selection already") as caught:
        read_experts(experts_path, taken={"李四"})
    assert caught.value.where.row == 2


# Bad headers


def test_missing_required_column(tmp_path: Path) -> None:
    error = refused(read_candidates, write_csv(tmp_path, [["编号", "日期"], ["E01", "2020-01-24"]]))
    assert "'标题'" in error.problem and error.where.row == 1 and "标题/title" in error.fix
    error = refused(read_experts, write_csv(tmp_path, [["单位"], ["科技部"]]))
    assert "'姓名'" in error.problem


def test_unknown_column_is_named_with_the_accepted_names(tmp_path: Path) -> None:
    error = refused(read_candidates, write_xlsx(tmp_path, [["编号", "标题", "得票"], ["E01", "甲", "x"]]))
    assert "'得票'" in error.problem and "read past" in error.fix
    assert error.where.column == "'得票' (column C)" and error.where.sheet == "候选事件" and error.where.row == 1
    for name in ("编号/code", "标题/title", "日期/date", "摘要/summary", "来源/source/推荐单位", "类别/category"):
        assert name in error.fix


def test_a_candidate_list_given_as_the_expert_list(tmp_path: Path) -> None:
    error = refused(read_experts, write_csv(tmp_path, [HEADER, EVENTS[0]]))
    assert "candidate list" in error.problem and error.where.column == "'编号' (column 1)"


def test_duplicate_header(tmp_path: Path) -> None:
    error = refused(read_candidates, write_csv(tmp_path, [["编号", "标题", "Title"], ["E01", "甲", "乙"]]))
    assert "'标题' (column 2)" in error.problem and "'Title' (column 3)" in error.problem
    assert error.where.column == "'Title' (column 3)"


def test_cell_under_no_header(tmp_path: Path) -> None:
    error = refused(read_candidates, write_csv(tmp_path, [["编号", "标题"], ["E01", "甲", "stray"]]))
    assert error.where.row == 2 and error.where.column == "3" and "row 2, column 3:" in error.message


# Bad rows


def test_empty_title(tmp_path: Path) -> None:
    error = refused(read_candidates, write_xlsx(tmp_path, [HEADER, EVENTS[0], ["E02", "  ", "2020-03-23"]]))
    assert "E02" in error.problem
    assert (error.where.sheet, error.where.row, error.where.column) == ("候选事件", 3, "'标题' (column B)")
    assert "sheet '候选事件', row 3, column '标题' (column B)" in error.message


def test_empty_code(tmp_path: Path) -> None:
    error = refused(read_candidates, write_csv(tmp_path, [HEADER, EVENTS[0], ["", "无编号的事件"]]))
    assert (error.where.row, error.where.column) == (3, "'编号' (column 1)")


def test_duplicate_candidate_codes_name_both_rows(tmp_path: Path) -> None:
    rows = [HEADER, EVENTS[0], [], EVENTS[1], ["E01", "另一个事件"]]
    error = refused(read_candidates, write_csv(tmp_path, rows))
    assert "'E01'" in error.problem and "rows 2 and 5" in error.problem and error.where.row == 5


@pytest.mark.parametrize("code", ["E 01", "E01、E02", "X" * 33])
def test_bad_code(tmp_path: Path, code: str) -> None:
    error = refused(read_candidates, write_csv(tmp_path, [["code", "title"], [code, "甲"]]))
    assert error.where.row == 2 and error.where.column == "'code' (column 1)"
    if len(code) > 32:
        assert "32" in error.problem


def test_duplicate_expert_names(tmp_path: Path) -> None:
    error = refused(read_experts, write_csv(tmp_path, [*EXPERTS, ["李四"], [" 张三 "]]))
    assert "'张三'" in error.problem and "rows 2 and 4" in error.problem
    assert (error.where.row, error.where.column) == (4, "'姓名' (column 1)")


def test_expert_without_name(tmp_path: Path) -> None:
    error = refused(read_experts, write_csv(tmp_path, [*EXPERTS, ["", "科技部"]]))
    assert error.where.row == 3


@pytest.mark.parametrize("email", ["zhang.example.org", "zhang@", "张三 <zhang@example.org>"])
def test_invalid_email(tmp_path: Path, email: str) -> None:
    error = refused(read_experts, write_csv(tmp_path, [EXPERTS[0], ["张三", "", email, ""]]))
    assert (error.where.row, error.where.column) == (2, "'邮箱' (column 3)")


def test_recusal_naming_a_code_twice(tmp_path: Path) -> None:
    error = refused(read_experts, write_csv(tmp_path, [EXPERTS[0], ["张三", "", "", "E01, E02、E01"]]))
    assert "'E01'" in error.problem and (error.where.row, error.where.column) == (2, "'回避' (column 4)")


@pytest.mark.parametrize(("column", "limit"), [("标题", 500), ("摘要", 20_000)])
def test_very_long_cells_are_refused_with_the_limit(tmp_path: Path, column: str, limit: int) -> None:
    row = {"编号": "E01", "标题": "甲", "摘要": ""}
    row[column] = "长" * (limit + 1)
    error = refused(read_candidates, write_xlsx(tmp_path, [list(row), list(row.values())]))
    assert f"{limit:,}" in error.problem and f"{limit:,}" in error.fix and error.where.row == 2
    row[column] = "长" * limit
    assert read_candidates(write_xlsx(tmp_path, [list(row), list(row.values())], name="ok.xlsx"))


def test_date_cell_outside_the_date_column(tmp_path: Path) -> None:
    error = refused(read_candidates, write_xlsx(tmp_path, [["编号", "标题"], ["E01", datetime(2020, 1, 24)]]))
    assert error.where.column == "'标题' (column B)"


# Bad cells in workbooks


def test_formula_cell(tmp_path: Path) -> None:
    error = refused(read_candidates, write_xlsx(tmp_path, [HEADER, ["E01", "甲", "=TODAY()"]]))
    assert "formula" in error.problem
    assert (error.where.sheet, error.where.row, error.where.column) == ("候选事件", 2, "'日期' (column C)")


def test_error_cell(tmp_path: Path) -> None:
    error = refused(read_experts, write_xlsx(tmp_path, [EXPERTS[0], ["张三", "#N/A"]], sheet="专家"))
    assert "#N/A" in error.problem and (error.where.row, error.where.column) == (2, "'单位' (column B)")


# Bad files


def test_no_such_file_and_a_folder(tmp_path: Path) -> None:
    assert "no such file" in refused(read_candidates, tmp_path / "missing.csv").problem
    assert "folder" in refused(read_candidates, tmp_path).problem


def test_fake_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "candidates.xlsx"
    path.write_bytes(csv_bytes([HEADER, EVENTS[0]]))
    assert "not an Excel workbook" in refused(read_candidates, path).problem


def test_broken_zip(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path, [HEADER, EVENTS[0]]).read_bytes()
    path = tmp_path / "broken.xlsx"
    path.write_bytes(good[: len(good) // 2])
    assert "Excel workbook" in refused(read_candidates, path).problem


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "Excel workbook" in refused(read_candidates, path).problem


def test_old_xls_and_binary_files(tmp_path: Path) -> None:
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    assert ".xls" in refused(read_candidates, xls).problem
    binary = tmp_path / "image.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert "not a text file" in refused(read_candidates, binary).problem


def test_wrong_encoding(tmp_path: Path) -> None:
    path = tmp_path / "candidates.csv"
    path.write_bytes(b"code,title\nE01,\x80\xff\xfe\n")
    assert "UTF-8" in refused(read_candidates, path).problem


@pytest.mark.parametrize("content", [b"", b"  \r\n\r\n", b",,,\r\n,,\r\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "candidates.csv"
    path.write_bytes(content)
    refused(read_candidates, path)


def test_empty_sheet(tmp_path: Path) -> None:
    error = refused(read_experts, write_xlsx(tmp_path, [], sheet="专家"))
    assert error.where.sheet == "专家" and "empty" in error.problem


def test_header_but_no_rows(tmp_path: Path) -> None:
    error = refused(read_candidates, write_csv(tmp_path, [HEADER, [], ["", "", ""]]))
    assert "no candidates" in error.problem and error.where.row == 1
    error = refused(read_experts, write_xlsx(tmp_path, [EXPERTS[0]]))
    assert "no experts" in error.problem


def test_unclosed_quote(tmp_path: Path) -> None:
    path = tmp_path / "candidates.csv"
    path.write_bytes('编号,标题,摘要\nE01,甲,"ok"\nE02,乙,"never closed\nE03,丙,\n'.encode())
    error = refused(read_candidates, path)
    assert error.where.row == 3 and "quote" in error.problem


def test_huge_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lists, "LIST", replace(lists.LIST, max_bytes=100))
    path = write_csv(tmp_path, [HEADER, *EVENTS])
    assert "too large" in refused(read_candidates, path).problem
