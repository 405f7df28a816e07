"""The Issue page's paper ballots: with the box ticked, a printable sheet per expert and the blank double-entry
workbook are written beside the packages; screenshots of the page in Chinese and English."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QMessageBox

from tests.samples import reject_suggested
from top10_panel.domain.rules import Mode, Rules
from top10_panel.services.selection import import_candidates, import_experts, new_selection
from top10_panel.ui.editor.issue_page import IssuePage
from top10_panel.ui.i18n import CHINESE, ENGLISH, Translations
from top10_panel.ui.settings import Context

from .editor_results_helpers import screenshot
from .selections import DEMO
from .test_editor_setup import Desktop, open_editor, settle

TIMEOUT = 60_000


def listed(folder: Path) -> Path:
    path = folder / "selection.t10"
    new_selection(path, "2020年度中国科技资源管理领域十大事件", Rules(mode=Mode.APPROVAL), year=2020)
    import_candidates(path, DEMO / "candidates-2020.csv")
    import_experts(path, DEMO / "experts.csv")
    reject_suggested(path)
    return path


def test_paper_ballots_are_written_beside_the_packages(
    qtbot: QtBot, context: Context, translations: Translations, tmp_path: Path
) -> None:
    out = tmp_path / "packages"
    window = open_editor(qtbot, context, translations, listed(tmp_path), Desktop(out))
    window.show_page("issue")
    page = window.page("issue")
    assert isinstance(page, IssuePage)
    page.choose.click()
    assert page.paper.text().startswith("also a printable paper ballot")
    page.paper.setChecked(True)
    page.issue_button.click()
    settle(qtbot, window)
    assert page.confirm_box is not None
    with qtbot.waitSignal(page.issued, timeout=TIMEOUT):
        page.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, window)
    assert len(list(out.glob("*-paper.pdf"))) == 27 and len(list(out.glob("*.t10pkg"))) == 27
    assert page.files.count() == 27 * 2 + 1
    text = PdfReader(out / "专家05-paper.pdf").pages[0].extract_text()
    assert "专家05" in text.replace(" ", "")
    sheet = load_workbook(out / "selection-paper-entry.xlsx").worksheets[0]
    assert sheet["A1"].value == "专家" and sheet["A3"].value == "专家01"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_screenshot(qtbot: QtBot, context: Context, translations: Translations, tmp_path: Path, lang: str) -> None:
    window = open_editor(qtbot, context, translations, listed(tmp_path), Desktop(tmp_path / "packages"))
    window.switch_language(CHINESE if lang == "zh" else ENGLISH)
    window.show_page("issue")
    page = window.page("issue")
    assert isinstance(page, IssuePage)
    word = "纸质选票" if lang == "zh" else "Paper ballots"
    qtbot.waitUntil(lambda: page.paper_label.text() == word)  # the language change is a posted event
    screenshot(window, f"issue-paper-{lang}", tmp_path)
    screenshot(window, f"issue-paper-{lang}", Path("/tmp/r16-shots"))
