"""The import preview's column mapping: the header row it chose is shown, a column the reader cannot place is
placed by hand (the preview read again with it), and the choice is kept for the next import."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from pytestqt.qtbot import QtBot

from top10_panel.services import editing
from top10_panel.ui.i18n import CHINESE, ENGLISH, Translations
from top10_panel.ui.settings import Context

from .test_editor_setup import Desktop, blank, open_editor, preview, settle  # noqa: F401

TIMEOUT = 10_000


def office_list(path: Path) -> Path:
    """A list as an office makes it: a title above the header, 序号, and a column no table knows (得分)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "候选事件"
    sheet.append(["2020年度中国科技资源管理领域十大事件候选清单"])
    sheet.merge_cells("A1:E1")
    sheet.append([])
    sheet.append(["序号", "事件名称", "发生时间", "推荐单位", "得分"])
    sheet.append([1, "新型冠状病毒国家科技资源服务系统启动", "2020年1月24日", "中国科学院微生物研究所", 9])
    sheet.append([2, "“中国天眼”通过国家验收正式开放运行", "2020年1月11日", "中国科学院国家天文台", 8])
    workbook.save(path)
    return path


def test_a_column_placed_by_hand_is_imported_and_remembered(
    qtbot: QtBot,
    context: Context,
    translations: Translations,  # noqa: F811
    blank: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    listed = office_list(tmp_path / "候选事件清单.xlsx")
    window = open_editor(qtbot, context, translations, blank, Desktop(listed, listed))
    window.show_page("candidates")
    page = window.page("candidates")
    dialog = preview(qtbot, page)
    assert "row 3 of sheet '候选事件'" in dialog.columns.where.text() and "1 title row" in dialog.columns.where.text()
    assert not dialog.import_button.isEnabled() and "得分" in dialog.problems.index(0, 3).data()
    labels = [label.text() for label, *_ in dialog.columns.combos]
    assert labels == [
        f"“{h}” (column {c})"
        for h, c in zip(["序号", "事件名称", "发生时间", "推荐单位", "得分"], "ABCDE", strict=True)
    ]
    combo = dialog.columns.combos[4][1]
    assert combo.currentText() == "Not recognised — choose"
    shots = os.environ.get("TOP10_SHOTS")
    for language in (CHINESE, ENGLISH) if shots else ():
        translations.apply(language)
        qtbot.wait(50)  # the LanguageChange events reach the dialog
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(Path(shots or ".") / f"import-columns-{language}.png"))
    with qtbot.waitSignal(page.controller.previewShown, timeout=TIMEOUT) as shown:
        combo.setCurrentIndex(combo.findData(""))
        combo.activated.emit(combo.currentIndex())
    again = shown.args[0]
    assert again.problems.rowCount() == 0 and again.import_button.isEnabled()
    assert again.columns.combos[0][1].currentData() == "code"
    with qtbot.waitSignal(page.controller.imported, timeout=TIMEOUT):
        again.import_button.click()
    settle(qtbot, window)
    candidates = editing.read_lists(blank).candidates
    assert [(c.code, c.date, c.source) for c in candidates] == [
        ("1", "2020-01-24", "中国科学院微生物研究所"),
        ("2", "2020-01-11", "中国科学院国家天文台"),
    ]
    assert context.settings.column_mapping("candidate") == {"得分": ""}
