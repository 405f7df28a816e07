"""Ballot matrices: good files in every encoding and format, and every bad one refused with file, row, column."""

from __future__ import annotations

import codecs
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from openpyxl import Workbook

from top10_panel.domain.errors import InputError
from top10_panel.domain.rules import Mode
from top10_panel.exchange import matrix_csv
from top10_panel.exchange.matrix import read_matrix

APPROVAL = "expert,A,B,C\ntitle,甲,乙,丙\ne1,1,,✓\ne2,,是,\ne3,x,√,0\n"


def write(tmp_path: Path, text: str | bytes, name: str = "m.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def refused(path: Path, mode: Mode = Mode.APPROVAL, scale=(Fraction(0), Fraction(10))) -> InputError:
    with pytest.raises(InputError) as caught:
        read_matrix(path, mode, scale)
    assert str(path) in caught.value.message
    assert caught.value.fix, "every refusal says how to fix it"
    return caught.value


def test_approval_marks_titles_and_rows(tmp_path: Path) -> None:
    profile = read_matrix(write(tmp_path, APPROVAL), Mode.APPROVAL).profile
    assert [c.code for c in profile.candidates] == ["A", "B", "C"]
    assert [c.title for c in profile.candidates] == ["甲", "乙", "丙"]
    assert list(profile.experts) == ["e1", "e2", "e3"]
    assert profile.cells.tolist() == [[1, 0, 1], [0, 1, 0], [1, 1, 0]]
    assert list(profile.sources) == [3, 4, 5]


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: t.encode("gb18030"),
        lambda t: t.encode("utf-16"),
    ],
    ids=["utf-8", "utf-8-bom", "gb18030", "utf-16-bom"],
)
def test_encodings_are_detected(tmp_path: Path, encode) -> None:
    text = "专家,甲,乙\n张三,1,\n李四,1,1\n"
    profile = read_matrix(write(tmp_path, encode(text)), Mode.APPROVAL).profile
    assert [c.code for c in profile.candidates] == ["甲", "乙"]
    assert list(profile.experts) == ["张三", "李四"]
    assert profile.cells.tolist() == [[1, 0], [1, 1]]


def test_ranking_cells_ties_and_gaps(tmp_path: Path) -> None:
    path = write(tmp_path, "expert,A,B,C,D\ne1,1,2,,\ne2,3,3,10,\ne3,, , ,\n")
    profile = read_matrix(path, Mode.RANKING).profile
    assert profile.cells.tolist() == [[1, 2, 0, 0], [3, 3, 10, 0], [0, 0, 0, 0]]


def test_scores_are_exact(tmp_path: Path) -> None:
    path = write(tmp_path, "expert,A,B\ne1,7.5,10\ne2,0.25,\n")
    profile = read_matrix(path, Mode.SCORE).profile
    assert profile.unit == 4
    assert profile.cells.tolist() == [[30, 40], [1, 0]]
    assert profile.scored.tolist() == [[True, True], [True, False]]


def test_blank_lines_are_skipped_and_rows_still_point_at_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "expert,A,B\r\ne1,1,\r\n\r\ne2,1,y\r\n")
    error = refused(path)
    assert "row 4" in error.message and "'B'" in error.message


def test_large_files_parse_the_same_in_pieces(tmp_path: Path, monkeypatch) -> None:
    rng = np.random.default_rng(3)
    scores = rng.integers(0, 21, size=(500, 6))
    lines = ["expert," + ",".join(f"C{j}" for j in range(6))]
    for i, row in enumerate(scores):
        lines.append(f"e{i}," + ",".join("" if v == 20 else (str(v // 2) if v % 2 == 0 else f"{v / 2}") for v in row))
    path = write(tmp_path, "\n".join(lines) + "\n")
    whole = read_matrix(path, Mode.SCORE).profile
    monkeypatch.setattr(matrix_csv, "PIECE_BYTES", 97)
    pieces = read_matrix(path, Mode.SCORE).profile
    assert whole.unit == pieces.unit == 2
    assert np.array_equal(whole.cells, pieces.cells)
    assert np.array_equal(whole.scored, pieces.scored)
    assert list(whole.experts) == list(pieces.experts)
    assert list(whole.sources) == list(pieces.sources) == list(range(2, 502))


def xlsx(tmp_path: Path, rows: list[list[object]], name: str = "m.xlsx") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "选票"
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    workbook.save(path)
    return path


def test_xlsx_matrix(tmp_path: Path) -> None:
    rows = [["专家", "A", "B", "C"], ["标题", "甲", "乙", "丙"], ["e1", 1, None, "✓"], ["e2", 1.0, "", True]]
    profile = read_matrix(xlsx(tmp_path, rows), Mode.APPROVAL).profile
    assert [c.title for c in profile.candidates] == ["甲", "乙", "丙"]
    assert profile.cells.tolist() == [[1, 0, 1], [1, 0, 1]]
    assert list(profile.sources) == [3, 4]


def test_xlsx_numbers_are_read_as_numbers(tmp_path: Path) -> None:
    ranks = xlsx(tmp_path, [["expert", "A", "B"], ["e1", 2.0, 1], ["e2", None, 3]], "r.xlsx")
    assert read_matrix(ranks, Mode.RANKING).profile.cells.tolist() == [[2, 1], [0, 3]]
    scores = xlsx(tmp_path, [["expert", "A", "B"], ["e1", 2.0, 1], ["e2", None, 7.5]], "s.xlsx")
    assert read_matrix(scores, Mode.SCORE).profile.cells.tolist() == [[4, 2], [0, 15]]


# --- every bad matrix: refused, naming where and how to fix -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mode", "expected"),
    [
        ("voter,A,B\ne1,1,\n", Mode.APPROVAL, ["row 1", "not 'expert'"]),
        ("expert\ne1\n", Mode.APPROVAL, ["no candidate columns"]),
        ("expert,A,B,A\ne1,1,,\n", Mode.APPROVAL, ["row 1", "'A' has two columns"]),
        ("expert,A,,C\ne1,1,,\n", Mode.APPROVAL, ["row 1", "column 3", "no code"]),
        ("expert,A,B\ne1,1,yes\n", Mode.APPROVAL, ["row 2", "'B' (column 3)", "'yes' is not an approval mark"]),
        ("expert,A,B\ne1,1,2\n", Mode.APPROVAL, ["row 2", "'B'", "'2' is not an approval mark"]),
        ("expert,A,B\ne1,1,0\ne2,1.5,\n", Mode.RANKING, ["row 3", "'A'", "'1.5' is not a rank"]),
        ("expert,A,B\ne1,1,0\n", Mode.RANKING, ["row 2", "'B'", "'0' is not a rank"]),
        ("expert,A,B\ne1,-1,2\n", Mode.RANKING, ["row 2", "'A'", "'-1' is not a rank"]),
        ("expert,A,B\ne1,first,2\n", Mode.RANKING, ["row 2", "'first' is not a rank"]),
        ("expert,A,B\ne1,5,11\n", Mode.SCORE, ["row 2", "'B'", "score 11 is outside the scale 0–10"]),
        ("expert,A,B\ne1,5,10.5\n", Mode.SCORE, ["row 2", "score 10.5 is outside"]),
        ("expert,A,B\ne1,-2,1\n", Mode.SCORE, ["row 2", "'A'", "score -2 is outside"]),
        ("expert,A,B\ne1,good,1\n", Mode.SCORE, ["row 2", "'good' is not a score"]),
        ("expert,A,B\ne1,1,\ne1,,1\n", Mode.APPROVAL, ["row 3", "expert 'e1' has two ballots (rows 2 and 3)"]),
        ("expert,A,B\n,1,\n", Mode.APPROVAL, ["row 2", "no expert"]),
        ("expert,A,B\ne1,1,\ne2,1\n", Mode.APPROVAL, ["row 3", "2 cells but the header has 3"]),
        ("expert,A,B\n", Mode.APPROVAL, ["no ballots"]),
        ("", Mode.APPROVAL, ["empty"]),
        ("  \n\n", Mode.APPROVAL, ["empty"]),
    ],
)
def test_bad_csv_is_refused(tmp_path: Path, text: str, mode: Mode, expected: list[str]) -> None:
    message = refused(write(tmp_path, text), mode).message
    for part in expected:
        assert part in message, message


def test_wrong_encoding(tmp_path: Path) -> None:
    message = refused(write(tmp_path, "expert,Café\ne1,1\n".encode("cp1252") + b"\xe9\x2c\n")).message
    assert "not UTF-8 or GB18030" in message and "CSV UTF-8" in message


def test_binary_file(tmp_path: Path) -> None:
    assert "not a text file" in refused(write(tmp_path, b"\x00\x01\x02binary\x00" * 20)).message


def test_fake_xlsx(tmp_path: Path) -> None:
    message = refused(write(tmp_path, APPROVAL, "ballots.xlsx")).message
    assert "not an Excel workbook" in message


def test_broken_zip_named_xlsx(tmp_path: Path) -> None:
    assert "cannot be opened as an Excel workbook" in refused(write(tmp_path, b"PK\x03\x04garbage", "b.xlsx")).message


def test_old_xls(tmp_path: Path) -> None:
    path = write(tmp_path, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old.xls")
    assert ".xls" in refused(path).message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "no such file" in refused(tmp_path / "nope.csv").message
    assert "folder" in refused(tmp_path).message


def test_xlsx_formula_cell(tmp_path: Path) -> None:
    path = xlsx(tmp_path, [["expert", "A", "B"], ["e1", "=1+0", None]])
    message = refused(path).message
    assert "sheet '选票'" in message and "row 2" in message and "column B" in message and "formula" in message


def test_xlsx_error_cell(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["expert", "A"])
    sheet.append(["e1", None])
    sheet["B2"].value = "#N/A"
    sheet["B2"].data_type = "e"
    path = tmp_path / "err.xlsx"
    workbook.save(path)
    message = refused(path).message
    assert "row 2" in message and "error value" in message


def test_xlsx_bad_cell_names_the_letter(tmp_path: Path) -> None:
    path = xlsx(tmp_path, [["expert", "A", "B"], ["e1", 1, "maybe"]])
    message = refused(path).message
    assert "'B' (column C)" in message and "row 2" in message and "sheet '选票'" in message


def test_large_gb18030_file_found_out_late(tmp_path: Path, monkeypatch) -> None:
    """A large file whose first slice is plain ASCII is taken for UTF-8 and read again as GB18030 when it is not."""
    from top10_panel.exchange import text

    rows = [f"e{i},1," for i in range(300)] + ["张三,,1"]
    path = write(tmp_path, ("expert,A,B\n" + "\n".join(rows) + "\n").encode("gb18030"))
    monkeypatch.setattr(text, "SLICE_BYTES", 64)
    monkeypatch.setattr(matrix_csv, "PIECE_BYTES", 200)
    profile = read_matrix(path, Mode.APPROVAL).profile
    assert list(profile.experts)[-1] == "张三" and profile.cells.tolist()[-1] == [0, 1]
    assert len(profile.experts) == 301
