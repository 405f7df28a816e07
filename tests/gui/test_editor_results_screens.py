"""Screenshots of the collection, results and publish pages in Chinese and English at 1366×768, saved into
$TOP10_SCREENSHOTS (else the test's tmp_path): run once under Xvfb and look at them.

    Xvfb :78 -screen 0 1920x1080x24 &
    DISPLAY=:78 QT_QPA_PLATFORM=xcb TOP10_SCREENSHOTS=out/screens \
        .venv/bin/pytest tests/gui/test_editor_results_screens.py
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from top10_panel.services.demo import build_demo
from top10_panel.services.settle import record_lot_source, settle_by_lot
from top10_panel.store import repository
from top10_panel.ui.editor.collect_page import CollectPage
from top10_panel.ui.editor.publish_page import PublishPage
from top10_panel.ui.editor.results_page import ResultsPage
from top10_panel.ui.i18n import CHINESE, ENGLISH

from .editor_results_helpers import (
    BEFORE_DEADLINE,
    alter,
    cast,
    close_boxes,
    copy_selection,
    drop,
    language,
    make_selection,
    screenshot,
    signed_over_vote,
)

LANGUAGES = {"zh": CHINESE, "en": ENGLISH}


pytestmark = pytest.mark.usefixtures("immediate")  # every page here writes on the test's thread


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("screens") / "demo")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_collect_page(qtbot: QtBot, tmp_path: Path, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    made = make_selection(tmp_path / "made")
    path = copy_selection(made, tmp_path / "s")
    _, packages = made
    inbox = tmp_path / "inbox"
    names = sorted(packages)
    cast(packages, inbox, {name: ["E01", "E02", "E03", "E05"][: 1 + k % 4] for k, name in enumerate(names[:20])})
    signed_over_vote(packages[names[20]], [f"E{k:02d}" for k in range(1, 11)] + ["S11"], inbox / "over.t10vote")
    shutil.copyfile(alter(cast(packages, tmp_path / "x", {names[21]: ["E01"]})[0]), inbox / "altered.t10vote")
    late = cast(packages, tmp_path / "late", {names[22]: ["E04"]})
    with language(LANGUAGES[lang]):
        page = CollectPage(path)
        qtbot.addWidget(page)
        page.show()
        with monkeypatch.context() as before_deadline:
            before_deadline.setattr(repository, "now", lambda: BEFORE_DEADLINE)
            assert drop(page, [inbox])
        assert drop(page, late)
        if lang == "zh":
            assert page.heading.text() == "收集选票" and "票数核对" in page.figures_box.title()
        shot = screenshot(page, f"editor-collect-{lang}", tmp_path)
    assert shot.stat().st_size > 10_000
    assert close_boxes() == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_results_page(qtbot: QtBot, demo: Path, tmp_path: Path, lang: str) -> None:
    path = Path(shutil.copyfile(demo, tmp_path / demo.name))
    with language(LANGUAGES[lang]):
        page = ResultsPage(path)
        qtbot.addWidget(page)
        page.show()
        page.tabs.setCurrentIndex(0)
        if lang == "zh":
            assert page.lot.text() == "公开抽签…" and page.ranking.headerData(6, Qt.Orientation.Horizontal) == "稳健性"
        screenshot(page, f"editor-results-{lang}", tmp_path)
        page.tabs.setCurrentIndex(1)
        screenshot(page, f"editor-results-others-{lang}", tmp_path)
        page.tabs.setCurrentIndex(2)
        assert page.agreement.rowCount() == 25  # the demo's 25 counted, non-blank expert ballots
        words = "专家意见协调程度中等（W = 0.318" if lang == "zh" else "Panel agreement: moderate (W = 0.318"
        assert page.agreement_line.text().startswith(words)
        screenshot(page, f"editor-results-agreement-{lang}", tmp_path)
        dialog = page.open_lot()
        assert dialog is not None
        folder = Path(os.environ.get("TOP10_SCREENSHOTS") or tmp_path)
        dialog.source.setText("福彩3D 2020-12-31 开奖号码")
        dialog.known_at.setText("2020-12-31 21:15")
        assert dialog.grab().save(str(folder / f"editor-lot-source-{lang}.png"))
        qtbot.waitUntil(lambda: dialog.record_source.isEnabled())
        dialog.record_source.click()
        qtbot.waitUntil(dialog.step2.isEnabled)
        dialog.seed.setText("2020-12-31 福彩3D 123")
        dialog.by.setText("监票人 王")
        dialog.reason.setText("入选线处平局" if lang == "zh" else "tie at the cut line")
        assert dialog.model.rowCount() == 0  # no order before recording
        assert dialog.grab().save(str(folder / f"editor-lot-{lang}.png"))
        with qtbot.waitSignal(page.changed, timeout=10_000):
            dialog.ok().click()
        qtbot.waitUntil(lambda: not page.banner.isVisible(), timeout=10_000)
        assert dialog.grab().save(str(folder / f"editor-lot-recorded-{lang}.png"))
        dialog.close_button().click()
        page.tabs.setCurrentIndex(0)
        qtbot.wait(50)  # the chart lays itself out again on the next turn of the event loop
        screenshot(page, f"editor-results-settled-{lang}", tmp_path)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_publish_page(qtbot: QtBot, demo: Path, tmp_path: Path, lang: str) -> None:
    path = Path(shutil.copyfile(demo, tmp_path / demo.name))
    record_lot_source(path, "福彩3D 2020-12-31 开奖号码")
    settle_by_lot(path, "2020-12-31 福彩3D 123", "监票人 王", "入选线处平局")
    with language(LANGUAGES[lang]):
        page = PublishPage(path)
        qtbot.addWidget(page)
        page.show()
        page.folder.setText(str(tmp_path))
        page.show()
        page.export()
        page.verify()
        assert page.last_verified is not None and page.last_verified.ok
        screenshot(page, f"editor-publish-{lang}", tmp_path)
