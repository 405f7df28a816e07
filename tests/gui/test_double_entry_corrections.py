"""Paper ballots typed twice: the cells where the typings disagree are shown side by side and fixed in place (the
value checked against the paper written into both typings), then the typings agree and are collected."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.samples import reject_suggested
from top10_panel.services.ballots import issue
from top10_panel.services.demo import build_demo
from top10_panel.services.paper import ENTRY_SUFFIX
from top10_panel.ui.editor.collect_corrections import COL_RIGHT
from top10_panel.ui.editor.collect_dialogs import DoubleEntryDialog
from top10_panel.ui.editor.collect_page import CollectPage
from top10_panel.ui.i18n import CHINESE, ENGLISH

from .editor_results_helpers import DEMO, language, make_selection

SHOTS = Path("/tmp/r16-shots")


pytestmark = pytest.mark.usefixtures("immediate")  # every page here writes on the test's thread


class Answers:
    def __init__(self, *answers: Path) -> None:
        self.answers = list(answers)

    def open_file(self, *_: object) -> Path:
        return self.answers.pop(0)


def opened(qtbot: QtBot, path: Path, first: Path, second: Path) -> tuple[CollectPage, DoubleEntryDialog]:
    page = CollectPage(path)
    qtbot.addWidget(page)
    page.show()
    page.chooser = Answers(first, second)  # type: ignore[assignment]
    dialog = page.open_double_entry()
    assert isinstance(dialog, DoubleEntryDialog)
    qtbot.mouseClick(dialog.first_browse, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.second_browse, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.compare, Qt.MouseButton.LeftButton)
    return page, dialog


def test_csv_typings_are_corrected_in_place_then_collected(
    qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    path, _ = make_selection(tmp_path / "s", deadline="")
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    shutil.copyfile(DEMO / "sample-approval.csv", first)
    text = first.read_text(encoding="utf-8").replace("\n专家03,1,", "\n专家03,,", 1)
    second.write_text(text.replace("\n专家05,", "\n专家05,1", 1) if "\n专家05,," in text else text, encoding="utf-8")
    page, dialog = opened(qtbot, path, first, second)
    model = dialog.corrections.model
    qtmodeltester.check(model)
    assert dialog.corrections.isVisible() and model.rowCount() >= 1
    row = [model.index(0, c).data() for c in range(5)]
    assert row == ["专家03", "E01", "1", "(empty)", "1"]  # side by side; the first typing's value to begin with
    assert model.flags(model.index(0, COL_RIGHT)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    qtbot.mouseClick(dialog.corrections.button, Qt.MouseButton.LeftButton)
    assert dialog.differences.stringList() == [] and not dialog.corrections.isVisible()
    assert "\n专家03,1," in second.read_text(encoding="utf-8")
    collect = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert collect.isEnabled()
    qtbot.mouseClick(collect, Qt.MouseButton.LeftButton)
    assert "27 paper ballots collected" in page.outcome.text()


def typed(entry: Path, target: Path, marks: dict[tuple[str, str], object]) -> Path:
    workbook = load_workbook(entry)
    sheet = workbook.worksheets[0]
    codes = [c.value for c in sheet[1]]
    rows = {sheet.cell(r, 1).value: r for r in range(3, sheet.max_row + 1)}
    for (expert, code), value in marks.items():
        sheet.cell(rows[expert], codes.index(code) + 1).value = value
    for row in range(sheet.max_row, 2, -1):  # the experts whose paper did not come back
        if sheet.cell(row, 1).value not in {expert for expert, _ in marks}:
            sheet.delete_rows(row)
    workbook.save(target)
    return target


@pytest.fixture(scope="module")
def paper(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("paper")
    path = build_demo(folder / "demo")
    reject_suggested(path)
    issue(path, folder / "out", paper=True)
    return path, folder / "out" / f"demo-2020{ENTRY_SUFFIX}"


def test_workbook_typings_fixed_where_the_second_typist_slipped(
    qtbot: QtBot, paper: tuple[Path, Path], tmp_path: Path
) -> None:
    path = Path(shutil.copyfile(paper[0], tmp_path / "demo.t10"))
    right = {("专家02", "E03"): "√", ("专家02", "S12"): "√", ("专家05", "E01"): "√"}
    slipped = {("专家02", "E03"): "√", ("专家02", "S13"): "√", ("专家05", "E01"): "√"}
    first = typed(paper[1], tmp_path / "a.xlsx", right)
    second = typed(paper[1], tmp_path / "b.xlsx", slipped)
    _, dialog = opened(qtbot, path, first, second)
    model = dialog.corrections.model
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert rows == [["专家02", "S12", "1", "(empty)", "1"], ["专家02", "S13", "(empty)", "1", ""]]
    assert "disagree in 2 places" in dialog.verdict.text()
    qtbot.mouseClick(dialog.corrections.button, Qt.MouseButton.LeftButton)
    assert dialog.differences.stringList() == []
    sheet = load_workbook(second).worksheets[0]
    codes = [c.value for c in sheet[1]]
    row = next(r for r in range(3, sheet.max_row + 1) if sheet.cell(r, 1).value == "专家02")
    assert sheet.cell(row, codes.index("S12") + 1).value == 1 and sheet.cell(row, codes.index("S13") + 1).value is None
    dialog.reject()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_screenshot(qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    path, _ = make_selection(tmp_path / "s", deadline="")
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    shutil.copyfile(DEMO / "sample-approval.csv", first)
    text = first.read_text(encoding="utf-8").replace("\n专家03,1,", "\n专家03,,", 1)
    second.write_text(text.replace("\n专家01,1,1,1,", "\n专家01,1,1,,", 1), encoding="utf-8")
    with language(CHINESE if lang == "zh" else ENGLISH):
        _, dialog = opened(qtbot, path, first, second)
        if lang == "zh":
            assert dialog.corrections.model.headerData(4, Qt.Orientation.Horizontal) == "纸质选票上的值"
        assert dialog.grab().save(str(SHOTS / f"double-entry-{lang}.png"))
        dialog.reject()
