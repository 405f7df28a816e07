"""The start screen and what the app opens: packages straight to the ballot, recent files, a selection (whose window
is not in this version), damaged files in the user's words, the language switch, closing an unsubmitted ballot."""

from __future__ import annotations

import importlib
import sys
import types
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from top10_panel.ui.app import App
from top10_panel.ui.errors import install_excepthook
from top10_panel.ui.expert.window import BallotWindow
from top10_panel.ui.i18n import CHINESE, ENGLISH, Translations
from top10_panel.ui.settings import Context
from top10_panel.ui.start import StartWindow

from .conftest import Chooser
from .driving import click_check
from .selections import Made


def start(qtbot: QtBot, context: Context, chooser: Chooser | None = None) -> tuple[App, StartWindow]:
    app = App(context, Translations(), chooser or Chooser())
    app.start(None)
    window = app.start_window
    assert window is not None
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot deletes it (see conftest.open_ballot)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return app, window


def ballot_of(qtbot: QtBot, app: App) -> BallotWindow:
    assert app.ballots, "no ballot window opened"
    window = app.ballots[-1]
    window.confirm_close = False
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot deletes it (see conftest.open_ballot)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def message_box(parent: QWidget | None) -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1, boxes
    return boxes[0]


def test_open_a_package_from_the_start_screen_and_again_from_recent_files(
    qtbot: QtBot, context: Context, selection: Made
) -> None:
    package = selection.package("专家03")
    app, window = start(qtbot, context, Chooser(package))
    assert window.recent_model.rowCount() == 0
    qtbot.mouseClick(window.open_package, Qt.MouseButton.LeftButton)
    ballot = ballot_of(qtbot, app)
    assert ballot.package.expert == "专家03"
    qtbot.waitUntil(lambda: app.start_window is None)  # the start screen made way for the ballot
    assert context.settings.recent_files() == [package.resolve()]

    ballot.start_action.trigger()  # File → Start screen
    qtbot.waitUntil(lambda: app.start_window is not None and app.start_window.isVisible())
    again = app.start_window
    assert again is not None
    again.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(again)
    assert again.recent_model.rowCount() == 1
    again.recent.setFocus()
    again.recent.setCurrentIndex(again.recent_model.index(0))
    qtbot.keyClick(again.recent, Qt.Key.Key_Return)
    assert ballot_of(qtbot, app).package.expert == "专家03"


def test_a_selection_opens_the_editors_window(
    qtbot: QtBot, context: Context, selection: Made, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The controller hands a .t10 to ``top10_panel.ui.editor.open_selection_window`` with the app's settings and
    translations (the editor's own tests drive its window; a stand-in keeps this one to the controller)."""
    calls: list[tuple[Path, dict[str, object]]] = []

    def open_selection_window(path: Path, **shared: object) -> QWidget:
        calls.append((path, shared))
        window = QWidget()
        qtbot.addWidget(window)
        window.show()
        return window

    editor = types.SimpleNamespace(open_selection_window=open_selection_window)
    monkeypatch.setattr(importlib, "import_module", lambda name: editor)
    app, window = start(qtbot, context, Chooser(selection.selection))
    qtbot.mouseClick(window.open_selection, Qt.MouseButton.LeftButton)
    assert calls == [(selection.selection, {"context": context, "translations": app.translations})]
    assert len(app.selection_windows) == 1 and app.selection_windows[0].isVisible()
    assert context.settings.recent_files()[0] == selection.selection.resolve()
    qtbot.waitUntil(lambda: app.start_window is None)


def test_damaged_and_wrong_files_get_a_message_not_a_traceback(qtbot: QtBot, context: Context, tmp_path: Path) -> None:
    damaged = tmp_path / "专家01.t10pkg"
    damaged.write_bytes(b'{"format": "top10-panel ballot package", "version": 1, "titl')
    app, window = start(qtbot, context)
    app.open_path(damaged)
    box = message_box(window)
    assert box.text() == "this is not a readable ballot package (damaged or cut short)"
    assert "What to do: ask for the ballot package again" in box.informativeText()
    assert "Traceback" not in box.text() + box.informativeText()
    box.close()
    app.open_path(tmp_path / "notes.docx")
    box = message_box(window)
    assert "neither a ballot package" in box.text()
    box.close()
    assert not app.ballots


def test_the_language_switches_at_once_and_is_remembered(qtbot: QtBot, context: Context, selection: Made) -> None:
    app, window = start(qtbot, context)
    window.language.setCurrentIndex(window.language.findData(CHINESE))
    window.language.activated.emit(window.language.currentIndex())
    assert context.settings.language() == CHINESE
    qtbot.waitUntil(lambda: window.open_package.text() == "打开选票包(&B)…")  # LanguageChange is posted
    app.open_path(selection.package("专家18"))
    ballot = ballot_of(qtbot, app)
    assert ballot.bar.counter.text() == "已选 0 / 10"
    assert "最多选 10 项" in ballot.header.rules.text()
    click_check(qtbot, ballot, "E01")
    assert ballot.bar.counter.text() == "已选 1 / 10"
    english = next(a for a in ballot.language_actions.actions() if a.data() == ENGLISH)
    english.trigger()
    qtbot.waitUntil(lambda: ballot.bar.counter.text() == "Picked 1 / 10")
    assert context.settings.language() == ENGLISH


def test_closing_an_unsubmitted_ballot_asks_first(qtbot: QtBot, context: Context, selection: Made) -> None:
    app = App(context, Translations(), Chooser())
    window = app.open_package(selection.package("专家03"))
    assert isinstance(window, BallotWindow)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "confirm_close", False))
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.draftSaved):
        click_check(qtbot, window, "E02")
    window.close()
    box = window.close_box
    assert box is not None and box.isVisible() and window.isVisible()
    assert "not submitted" in box.text()
    back = [b for b in box.buttons() if b.text() == "Back to the ballot"][0]
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert window.isVisible()
    window.close()
    box = window.close_box
    assert box is not None
    close = [b for b in box.buttons() if b.text() == "Close, keep the draft"][0]
    with qtbot.waitSignal(window.closed):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)


def test_an_internal_error_is_logged_and_shown_in_plain_words(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    log = tmp_path / "top10-panel.log"
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(log)
    try:
        raise RuntimeError("index 7 out of range in _apply")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)  # as Qt hands on an exception escaping a slot
    box = message_box(None)  # no window to sit on: the box is kept until closed
    shown = box.text() + box.informativeText()
    assert "Something went wrong inside Top10 Panel" in shown and str(log) in shown
    assert "out of range" not in shown and "Traceback" not in shown
    record = caplog.records[-1]
    assert record.levelname == "ERROR" and record.exc_info is not None  # the trace goes to the log file
    box.close()
