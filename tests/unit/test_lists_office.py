"""Lists as editorial offices make them: title rows, notes sheets, the header words people use, values as Excel and
WPS store them, and identities with characters no one can see refused with their place."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from top10_panel.domain.errors import InputError
from top10_panel.exchange.lists import normalise_date, read_candidates, read_experts
from top10_panel.exchange.lists_words import CANDIDATE_WORDS, EXPERT_WORDS, IGNORED, ORDINAL

TITLE = "2020年度中国科技资源管理领域十大事件候选清单"


def xlsx(tmp_path: Path, sheets: dict[str, list[list[object]]], name: str = "list.xlsx", **formats: str) -> Path:
    """A workbook of the given sheets; ``formats``: cell → number format (``A3="000"``)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for cell, number_format in formats.items():
            sheet[cell].number_format = number_format
    path = tmp_path / name
    workbook.save(path)
    return path


def csv_file(tmp_path: Path, rows: list[list[str]]) -> Path:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path = tmp_path / "list.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def refused(read: object, path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        read(path)  # type: ignore[operator]
    error = caught.value
    assert error.fix and str(path) in error.message and "\n" not in error.message
    return error


# Header words: one test per word of the table


@pytest.mark.parametrize(("key", "word"), [(k, w) for k, words in CANDIDATE_WORDS.items() for w in words])
def test_every_candidate_header_word(tmp_path: Path, key: str, word: str) -> None:
    header = {"code": "编号", "title": "标题", key: word}
    row = {
        "code": "C01",
        "title": "事件甲",
        "date": "2020-01-24",
        "summary": "简介",
        "source": "科技部",
        "category": "政策",
    }
    path = csv_file(tmp_path, [list(header.values()), [row[k] for k in header]])
    (candidate,) = read_candidates(path)
    assert getattr(candidate, key) == row[key]


@pytest.mark.parametrize(("key", "word"), [(k, w) for k, words in EXPERT_WORDS.items() for w in words])
def test_every_expert_header_word(tmp_path: Path, key: str, word: str) -> None:
    header = {"name": "姓名", key: word}
    row = {"name": "张三", "affiliation": "科技部", "email": "z@example.org", "recuse": "C01"}
    path = csv_file(tmp_path, [list(header.values()), [row[k] for k in header]])
    (expert,) = read_experts(path)
    field = "recuse" if key == "recuse" else key
    assert getattr(expert, field) == (("C01",) if key == "recuse" else row[key])


@pytest.mark.parametrize(("noun", "word"), [(n, w) for n, words in IGNORED.items() for w in words])
def test_columns_the_selection_does_not_keep_are_read_past(tmp_path: Path, noun: str, word: str) -> None:
    if noun == "candidate":
        (candidate,) = read_candidates(csv_file(tmp_path, [["编号", "标题", word], ["C01", "事件甲", "x"]]))
        assert (candidate.code, candidate.title) == ("C01", "事件甲")
    else:
        (expert,) = read_experts(csv_file(tmp_path, [["姓名", word], ["张三", "13800000000"]]))
        assert expert.name == "张三"


@pytest.mark.parametrize("word", ORDINAL)
def test_ordinal_is_the_code_without_a_code_column_and_read_past_with_one(tmp_path: Path, word: str) -> None:
    (alone,) = read_candidates(csv_file(tmp_path, [[word, "事件名称"], ["1", "事件甲"]]))
    assert alone.code == "1"
    (beside,) = read_candidates(csv_file(tmp_path, [[word, "编号", "事件名称"], ["1", "C01", "事件甲"]]))
    assert beside.code == "C01"


@pytest.mark.parametrize(
    "header", ["编号\nCode", "编号\r\nCode", "编号 Code", "编号/code", "*编号", "编号（必填）", "编 号", "ＣＯＤＥ"]
)
def test_two_line_marked_and_spaced_headers(tmp_path: Path, header: str) -> None:
    path = xlsx(tmp_path, {"清单": [[header, "标题"], ["C01", "事件甲"]]})
    assert read_candidates(path)[0].code == "C01"


def test_an_unknown_two_line_header_is_named_on_one_line(tmp_path: Path) -> None:
    error = refused(read_candidates, xlsx(tmp_path, {"清单": [["编号", "标题", "得票\nVotes"], ["C01", "甲", "3"]]}))
    assert "'得票 / Votes'" in error.problem and error.where.row == 1


# Sheet layouts


def test_title_row_merged_banner_subtitle_and_blank_row_above_the_header(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    rows: list[list[object]] = [
        [TITLE],
        ["（编辑部，2020年12月）"],
        [],
        ["序号", "事件名称", "发生时间"],
        [1, "事件甲", "2020年1月24日"],
    ]
    path = xlsx(tmp_path, {"候选": rows})
    workbook = load_workbook(path)
    workbook["候选"].merge_cells("A1:C1")
    workbook.save(path)
    (candidate,) = read_candidates(path)
    assert (candidate.code, candidate.title, candidate.date) == ("1", "事件甲", "2020-01-24")


def test_the_list_on_the_second_sheet_after_a_notes_sheet(tmp_path: Path) -> None:
    notes = [["填表说明"], ["1. 请填写编号、标题、日期。"], ["2. 日期格式为 2020年1月24日。"]]
    path = xlsx(tmp_path, {"填表说明": notes, "候选事件": [["编号", "标题"], ["C01", "事件甲"]]})
    assert [c.code for c in read_candidates(path)] == ["C01"]
    error = refused(read_candidates, xlsx(tmp_path, {"填表说明": notes, "清单": [["编号", "日期"], ["C01", "2020"]]}))
    assert error.where.sheet == "清单" and "'标题'" in error.problem


def test_a_title_row_only_is_no_header_with_a_right_fix(tmp_path: Path) -> None:
    error = refused(read_candidates, xlsx(tmp_path, {"清单": [[TITLE], ["甲", "乙"]]}))
    assert "no header row" in error.problem and "unknown column" not in error.problem
    assert error.where.sheet == "清单" and "编号/code" in error.fix


def test_a_category_merged_down_a_block_fills_every_row(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    rows = [
        ["编号", "标题", "分类"],
        ["C01", "甲", "政策"],
        ["C02", "乙", None],
        ["C03", "丙", None],
        ["C04", "丁", "设施"],
    ]
    path = xlsx(tmp_path, {"清单": rows})
    workbook = load_workbook(path)
    workbook["清单"].merge_cells("C2:C4")
    workbook.save(path)
    assert [c.category for c in read_candidates(path)] == ["政策", "政策", "政策", "设施"]


def test_a_csv_with_a_title_row(tmp_path: Path) -> None:
    (candidate,) = read_candidates(csv_file(tmp_path, [[TITLE, "", ""], ["编号", "标题", "简介"], ["C01", "甲", "乙"]]))
    assert candidate.summary == "乙"


# Values


@pytest.mark.parametrize(
    ("value", "number_format", "expected"),
    [
        (date(2020, 1, 24), "yyyy-mm-dd", "2020-01-24"),
        (date(2020, 1, 24), 'yyyy"年"m"月"d"日"', "2020-01-24"),
        (datetime(2020, 1, 24, 9, 30), "yyyy/m/d h:mm", "2020-01-24"),
        (43854, "General", "2020-01-24"),
        ("2020年1月24日", "@", "2020-01-24"),
        ("2020.1.24", "@", "2020-01-24"),
        ("2020/01/24", "@", "2020-01-24"),
        ("2020年1月", "@", "2020-01"),
        ("２０２０年１月２４日", "@", "2020-01-24"),
        ("20200124", "@", "2020-01-24"),
        (2020, "General", "2020"),
        ("2020年6月至9月", "@", "2020年6月至9月"),
    ],
)
def test_dates_in_every_format(tmp_path: Path, value: object, number_format: str, expected: str) -> None:
    path = xlsx(tmp_path, {"清单": [["编号", "标题", "日期"], ["C01", "甲", value]]}, C2=number_format)
    assert read_candidates(path)[0].date == expected


def test_a_zh_cn_builtin_date_format_is_a_date(tmp_path: Path) -> None:
    """Excel on Chinese Windows stores 2020年1月24日 as number format 31, which openpyxl knows only as a number."""
    import zipfile

    path = xlsx(tmp_path, {"清单": [["编号", "标题", "日期"], ["C01", "甲", 43854]]}, C2='yyyy"年"m"月"d"日"')
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    parts["xl/styles.xml"] = parts["xl/styles.xml"].replace(b'<xf numFmtId="164"', b'<xf numFmtId="31"')
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert read_candidates(path)[0].date == "2020-01-24"


@pytest.mark.parametrize("text", ["2020-01-24", "2020年1月24日", "2020.1.24", "2020/01/24", "2020年1月24号", "43854"])
def test_normalise_date_of_every_string_form(text: str) -> None:
    assert normalise_date(text) == "2020-01-24"


@pytest.mark.parametrize(
    ("value", "number_format", "expected"),
    [(1, "000", "001"), (12, "000", "012"), (5, '"C"00', "C05"), (7, "General", "7"), ("Ｃ０１", "@", "C01")],
)
def test_codes_as_displayed_and_full_width_codes(
    tmp_path: Path, value: object, number_format: str, expected: str
) -> None:
    path = xlsx(tmp_path, {"清单": [["编号", "标题"], [value, "甲"]]}, A2=number_format)
    assert read_candidates(path)[0].code == expected


def test_word_line_ends_and_stray_control_characters_leave_free_text(tmp_path: Path) -> None:
    path = csv_file(tmp_path, [["编号", "标题", "摘要"], ["C01", "甲\x07", "第一段_x000D_\n第二段\x1f。"]])
    (candidate,) = read_candidates(path)
    assert (candidate.title, candidate.summary) == ("甲", "第一段\n第二段。")


# Identities


@pytest.mark.parametrize("code", ["C0\u200b1", "C01\u202e", "C\x0b01", "\ufeffC01", "C0\u20601"])
def test_a_code_with_an_invisible_character_is_refused_with_its_place(tmp_path: Path, code: str) -> None:
    path = csv_file(tmp_path, [["编号", "标题"], ["C01", "甲"], [code, "乙"]])
    error = refused(read_candidates, path)
    assert "invisible character" in error.problem and "U+" in error.problem
    assert (error.where.row, error.where.column) == (3, "'编号' (column 1)")


@pytest.mark.parametrize("name", ["张\u200b三", "张\u202e三", "张\x01三", "张三\u200d"])
def test_an_expert_name_with_an_invisible_character_is_refused(tmp_path: Path, name: str) -> None:
    rows = [["专家姓名", "工作单位"], ["张三", "科技部"], [name, "科技部"]]
    path = csv_file(tmp_path, rows) if "\x01" in name else xlsx(tmp_path, {"专家": rows})
    error = refused(read_experts, path)
    assert "invisible character" in error.problem and error.where.row == 3 and "'专家姓名'" in str(error.where.column)


def test_full_width_and_aligned_identities_are_one(tmp_path: Path) -> None:
    path = csv_file(tmp_path, [["编号", "标题"], ["Ｃ０１", "甲"], ["C01", "乙"]])
    assert "two candidates" in refused(read_candidates, path).problem
    (expert,) = read_experts(csv_file(tmp_path, [["姓名", "回避"], ["张　三", "Ｃ０１"]]))
    assert (expert.name, expert.recuse) == ("张三", ("C01",))


def test_a_nul_byte_inside_a_csv_identity(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("编号,标题\n".encode() + b"C01,\xe7\x94\xb2\n" * 3000 + b"C\x0002,x\n")
    error = refused(read_candidates, path)
    assert ("U+0000" in error.problem or "NUL byte" in error.problem) and error.where.row == 3002


def test_the_example_list_in_resources_imports() -> None:
    example = Path(__file__).resolve().parents[2] / "resources" / "examples" / "候选事件清单示例.xlsx"
    candidates = read_candidates(example)
    assert [c.code for c in candidates] == [f"{k:03d}" for k in range(1, 11)]
    assert all(c.title and c.summary and c.source and c.category for c in candidates)
    assert candidates[6].date == "2020-01-24" and candidates[7].date == "2020-06"
