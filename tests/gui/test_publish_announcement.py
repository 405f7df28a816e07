"""The publish page's announcement part (issue 18): the introduction typed, saved and logged; the announcement
exported off the UI thread, shown among the files written and verified; the notice offered only once the rules give
its period and contact; the page in Chinese and English ($TOP10_SCREENSHOTS, else tmp_path)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from top10_panel.exchange.announcement_docx import read_announcement
from top10_panel.services.announcement import introduction
from top10_panel.services.demo import build_demo
from top10_panel.services.settle import record_lot_source, settle_by_lot
from top10_panel.services.stages import change_rules, current_rules
from top10_panel.ui.editor.publish_page import PublishPage
from top10_panel.ui.editor.rules_form import RulesForm
from top10_panel.ui.i18n import CHINESE, ENGLISH

from .editor_results_helpers import language, screenshot


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build_demo(tmp_path_factory.mktemp("announce") / "demo")
    record_lot_source(path, "福彩3D 2020-12-31 开奖号码", "监票人")
    settle_by_lot(path, "2020-12-31", "监票人", "tie at the cut line")
    return path


pytestmark = pytest.mark.usefixtures("immediate")  # every page here writes on the test's thread


def test_the_introduction_is_saved_and_the_announcement_exported_and_verified(
    qtbot: QtBot, demo: Path, tmp_path: Path
) -> None:
    path = Path(shutil.copyfile(demo, tmp_path / demo.name))
    page = PublishPage(path)
    qtbot.addWidget(page)
    page.show()
    box = page.announcement
    assert box.text().startswith("时间是最伟大的书写者") and not box.save_button.isEnabled()
    assert not box.notice.isEnabled()  # no period or contact in the rules yet
    assert f"{path.stem}-announcement.docx" in box.names.text()
    box.intro.setPlainText("编者按：第一段\n第二段")
    assert box.save_button.isEnabled()
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert introduction(path) == "编者按：第一段\n第二段" and not box.save_button.isEnabled()
    box.intro.setPlainText("编者按：改过的导语")  # typed, not saved: the export stores it first
    qtbot.mouseClick(box.export_button, Qt.MouseButton.LeftButton)
    docx = tmp_path / f"{path.stem}-announcement.docx"
    assert read_announcement(docx).introduction == ("编者按：改过的导语",)
    assert [file for file, _ in page.files.files()] == [docx]
    page.verify()
    assert page.last_verified is not None and page.last_verified.ok


def test_the_notice_is_offered_once_the_rules_give_its_period_and_contact(
    qtbot: QtBot, demo: Path, tmp_path: Path
) -> None:
    path = Path(shutil.copyfile(demo, tmp_path / demo.name))
    form = RulesForm()
    form.load(current_rules(path))
    form.notice.until_on.setChecked(True)
    form.notice.contact.setText("编辑部 010-58882345")
    rules = form.rules()
    assert rules == replace(current_rules(path), notice_until=rules.notice_until, notice_contact="编辑部 010-58882345")
    change_rules(path, rules, "公示安排")
    page = PublishPage(path)
    qtbot.addWidget(page)
    page.show()
    box = page.announcement
    assert box.notice.isEnabled()
    box.notice.setChecked(True)
    assert f"{path.stem}-announcement-notice.docx" in box.names.text()
    qtbot.mouseClick(box.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / f"{path.stem}-announcement-notice.docx").is_file()


@pytest.mark.parametrize("lang", {"zh": CHINESE, "en": ENGLISH}.values())
def test_the_publish_page_with_the_announcement_in_both_languages(
    qtbot: QtBot, demo: Path, tmp_path: Path, lang: str
) -> None:
    path = Path(shutil.copyfile(demo, tmp_path / demo.name))
    with language(lang):
        page = PublishPage(path)
        qtbot.addWidget(page)
        page.show()
        page.export_announcement()
        screenshot(page, f"editor-publish-announcement-{lang}", tmp_path)
        form = RulesForm()
        form.load(replace(current_rules(path), notice_until="2021-01-11", notice_contact="编辑部 010-58882345"))
        qtbot.addWidget(form.ties)
        form.ties.show()
        form.ties.resize(900, 640)
        screenshot(form.ties, f"editor-rules-notice-{lang}", tmp_path)
