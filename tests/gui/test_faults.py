"""Faults of the machine in the app (issue 13): a selection whose last change was cut short by a kill opens — the
change undone and the user told so, in Chinese — and a full disk while the editor writes is a refusal in the user's
words (what happened, that nothing changed, what to do), not an internal error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QMessageBox

from tests.store.test_faults import big_list, fill_the_disk, hot_copy, journal_path
from top10_panel.domain.rules import Mode, Rules
from top10_panel.services.demo import build_demo
from top10_panel.services.selection import import_candidates, new_selection
from top10_panel.ui.app import App
from top10_panel.ui.editor.window import SelectionWindow
from top10_panel.ui.i18n import CHINESE, Translations
from top10_panel.ui.settings import Context

WAIT = 30_000


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_the_app_opens_a_killed_writers_file_undoes_the_change_and_says_so(
    qtbot: QtBot, context: Context, tmp_path: Path
) -> None:
    demo = build_demo(tmp_path / "demo")
    path = hot_copy(demo, tmp_path / "hot.t10")
    translations = Translations()
    translations.apply(CHINESE)
    app = App(context, translations)
    window = app.open_selection(path)
    assert isinstance(window, SelectionWindow)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(app.recovery.shown), timeout=WAIT)
    box = app.recovery.shown[0]
    assert "hot.t10" in box.text() and "撤销" in box.text(), box.text()
    assert str(path) in box.informativeText()
    assert path.read_bytes() == demo.read_bytes() and not journal_path(path).exists()
    assert not [b for b in _boxes() if b.icon() == QMessageBox.Icon.Critical]
    box.close()


def test_a_full_disk_in_the_editor_is_said_in_its_words(
    qtbot: QtBot, context: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = tmp_path / "fresh.t10"
    new_selection(fresh, "压力测试", Rules(mode=Mode.APPROVAL))
    translations = Translations()
    translations.apply(CHINESE)
    app = App(context, translations)
    window = app.open_selection(fresh)
    assert isinstance(window, SelectionWindow)
    qtbot.addWidget(window)
    before = fresh.read_bytes()
    big = big_list(tmp_path / "big.csv")
    fill_the_disk(monkeypatch)
    with qtbot.waitSignal(window.tools.problemShown, timeout=WAIT) as shown:
        window.tools.run(window, lambda: import_candidates(fresh, big), lambda _: None)
    box = shown.args[0]
    assert isinstance(box, QMessageBox) and box.icon() == QMessageBox.Icon.Warning
    assert "磁盘已满" in box.text() and "没有做任何改动" in box.text(), box.text()
    assert "INSERT" not in box.text() + box.informativeText()
    assert fresh.read_bytes() == before
    box.close()


def test_the_app_opens_a_file_whose_import_was_killed_in_the_middle(
    qtbot: QtBot, context: Context, tmp_path: Path
) -> None:
    """The real command killed by SIGKILL inside its transaction, its pages already in the file; then the app."""
    from tests.store.test_killed_commands import _child, _counts, _hot, _rows

    fresh = tmp_path / "big.t10"
    new_selection(fresh, "压力测试", Rules(mode=Mode.APPROVAL))
    big_list(tmp_path / "big.csv")
    empty = _rows(fresh)
    template = ["import-candidates", "FILE", "BIG"]
    probe = tmp_path / "probe"
    probe.mkdir()
    shutil.copyfile(fresh, probe / "big.t10")
    shutil.copyfile(tmp_path / "big.csv", probe / "big.csv")
    statements, _ = _counts(template, probe / "big.t10")
    killed = _child("statement", statements // 2, ["import-candidates", fresh, tmp_path / "big.csv"])
    assert killed.returncode == -9 and _hot(fresh)
    app = App(context, Translations())
    window = app.open_selection(fresh)
    assert isinstance(window, SelectionWindow)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(app.recovery.shown), timeout=WAIT)
    assert "已经撤销" in app.recovery.shown[0].text()
    assert not _hot(fresh) and _rows(fresh) == empty
    assert not [b for b in _boxes() if b.icon() in (QMessageBox.Icon.Critical, QMessageBox.Icon.Warning)]
    app.recovery.shown[0].close()
