"""Correcting cells of a typed ballot matrix in place: the encoding, BOM and line ends of a CSV kept, numbers written
as numbers in a workbook, and an unknown row or column refused with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from top10_panel.domain.errors import InputError
from top10_panel.exchange.matrix_edit import write_cells


def test_a_gb18030_csv_keeps_its_encoding_and_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "typed.csv"
    path.write_bytes("专家,E01,E02\r\n专家01,1,\r\n专家02,,1\r\n".encode("gb18030"))
    write_cells(path, {("专家01", "E02"): "1", ("专家02", "E02"): ""})
    assert path.read_bytes() == "专家,E01,E02\r\n专家01,1,1\r\n专家02,,\r\n".encode("gb18030")


def test_a_utf8_csv_keeps_its_bom_and_a_short_row_is_widened(tmp_path: Path) -> None:
    path = tmp_path / "typed.csv"
    path.write_bytes("\ufeffexpert,E01,E02\n专家01,3\n".encode())
    write_cells(path, {("专家01", "E02"): "7.5"})
    assert path.read_bytes() == "\ufeffexpert,E01,E02\n专家01,3,7.5\n".encode()


def test_a_workbook_gets_numbers_and_marks(tmp_path: Path) -> None:
    path = tmp_path / "typed.xlsx"
    book = Workbook()
    book.active.append(["专家", "E01", "E02"])
    book.active.append(["标题", "一", "二"])
    book.active.append(["专家01", None, "√"])
    book.save(path)
    write_cells(path, {("专家01", "E01"): "2", ("专家01", "E02"): "", ("标题", "E01"): "一"})
    sheet = load_workbook(path).active
    assert sheet["B3"].value == 2 and sheet["C3"].value is None and sheet["B2"].value == "一"
    write_cells(path, {("专家01", "E02"): "√", ("专家01", "E01"): "8.5"})
    assert load_workbook(path).active["C3"].value == "√" and load_workbook(path).active["B3"].value == 8.5


@pytest.mark.parametrize("cell", [("专家09", "E01"), ("专家01", "E09")])
def test_an_unknown_row_or_column_is_refused_and_nothing_written(tmp_path: Path, cell: tuple[str, str]) -> None:
    path = tmp_path / "typed.csv"
    path.write_text("expert,E01\n专家01,1\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(InputError, match="no (row|column) for"):
        write_cells(path, {("专家01", "E01"): "", cell: "1"})
    assert path.read_bytes() == before
