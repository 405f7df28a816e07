"""Reminding the experts who have not voted, from the collection dashboard: the time left to the deadline, their
addresses copied, a reminder e-mail opened (the link caught, no mail program started), a reminder list saved."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication

from top10_panel.store import repository
from top10_panel.ui.editor.collect_page import CollectPage
from top10_panel.ui.i18n import CHINESE, ENGLISH

from .conftest import Chooser
from .editor_results_helpers import BEFORE_DEADLINE, cast, copy_selection, drop, language, make_selection
from .editor_results_helpers import screenshot as shoot

VOTED = {"专家01": ["E01"], "专家02": ["E02", "E03"], "专家03": []}


pytestmark = pytest.mark.usefixtures("immediate")  # every page here writes on the test's thread


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path]]:
    return make_selection(tmp_path_factory.mktemp("remind"))


def page_with_three_votes(
    qtbot: QtBot, made: tuple[Path, dict[str, Path]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> CollectPage:
    path = copy_selection(made, tmp_path / "s")
    inbox = tmp_path / "inbox"
    cast(made[1], inbox, VOTED)
    page = CollectPage(path)
    qtbot.addWidget(page)
    page.reminders.now = lambda: datetime(2020, 12, 18, 15, 30).astimezone()
    page.show()
    with monkeypatch.context() as before:
        before.setattr(repository, "now", lambda: BEFORE_DEADLINE)
        assert drop(page, [inbox])
    return page


def test_the_buttons_remind_the_24_experts_who_have_not_voted(
    qtbot: QtBot, made: tuple[Path, dict[str, Path]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_with_three_votes(qtbot, made, tmp_path, monkeypatch)
    panel = page.reminders
    assert page.missing_model.rowCount() == 24
    assert panel.time_left.text() == "Deadline 2020-12-20 18:00: 2 days 2 hours left."

    qtbot.mouseClick(panel.copy, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text().split(", ")
    assert copied == [f"expert{n:02d}@example.org" for n in range(4, 28)]
    assert panel.outcome.text() == "24 e-mail addresses copied."

    opened: list[QUrl] = []
    panel.opener = lambda url: opened.append(url) or True
    panel.language.setCurrentIndex(panel.language.findData("zh"))
    qtbot.mouseClick(panel.mail, Qt.MouseButton.LeftButton)
    (url,) = opened
    link = urlsplit(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    query = parse_qs(link.query)
    assert link.scheme == "mailto" and query["bcc"][0].split(",") == copied
    body = query["body"][0]
    assert "2020年度中国科技资源管理领域十大事件" in body and "2020-12-20 18:00" in body
    assert panel.reminder is not None and panel.reminder.fingerprint in body
    assert "in the mail program" in panel.outcome.text()
    assert QGuiApplication.clipboard().text() == panel.reminder.body("zh")  # in case the link is cut short

    target = tmp_path / "reminders.csv"
    panel.chooser = Chooser(target)
    panel.language.setCurrentIndex(panel.language.findData("en"))
    qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as saved:
        rows = list(csv.reader(saved))
    assert rows[0] == ["name", "affiliation", "email", "missing"] and len(rows) == 25
    assert rows[1][0] == "专家04" and rows[1][3] == "no ballot received yet"
    assert "reminders.csv" in panel.outcome.text()


def test_after_the_deadline_the_panel_says_how_long_ago_and_a_failed_mail_program_is_said(
    qtbot: QtBot, made: tuple[Path, dict[str, Path]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_with_three_votes(qtbot, made, tmp_path, monkeypatch)
    panel = page.reminders
    panel.now = lambda: datetime(2020, 12, 20, 18, 45).astimezone()
    panel.refresh()
    assert panel.time_left.text() == "The deadline 2020-12-20 18:00 passed 45 minutes ago."
    panel.opener = lambda url: False
    qtbot.mouseClick(panel.mail, Qt.MouseButton.LeftButton)
    assert panel.outcome.text().startswith("No mail program opened")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_screenshot(
    qtbot: QtBot, made: tuple[Path, dict[str, Path]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    with language(CHINESE if lang == "zh" else ENGLISH):
        page = page_with_three_votes(qtbot, made, tmp_path, monkeypatch)
        if lang == "zh":
            assert page.reminders.copy.text() == "复制他们的邮箱地址"
            assert page.reminders.time_left.text() == "截止时间 2020-12-20 18:00：还剩 2 天 2 小时。"
        shoot(page, f"collect-reminders-{lang}", tmp_path)
        shoot(page, f"collect-reminders-{lang}", Path("/tmp/r16-shots"))
