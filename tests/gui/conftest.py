"""Each GUI test runs isolated: settings in a file under tmp_path, the data folder (drafts, log) under tmp_path,
QStandardPaths in test mode; afterwards no window is left open and no writer thread is left running."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QWidget

from top10_panel.domain.rules import Mode
from top10_panel.ui.app import App, configure
from top10_panel.ui.editor import collect_jobs
from top10_panel.ui.expert.window import BallotWindow
from top10_panel.ui.i18n import ENGLISH, Translations
from top10_panel.ui.settings import Context, Settings

from .editor_results_helpers import Immediate
from .selections import RULES, Made, make


class Chooser:
    """Answers the file dialogs: each call takes the next answer (a Path, or None for 'cancelled')."""

    def __init__(self, *answers: Path | None) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, Path]] = []

    def open_file(self, parent: QWidget | None, title: str, folder: Path, filters: str) -> Path | None:
        self.asked.append((title, folder))
        return self.answers.pop(0)

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
        self.asked.append((title, suggested))
        return self.answers.pop(0)


@pytest.fixture(scope="session", autouse=True)
def _application(qapp: QApplication) -> QApplication:
    QStandardPaths.setTestModeEnabled(True)
    configure(qapp)
    Translations().apply(ENGLISH)  # as the app starts: English with its plural forms ("1 seat", "2 seats")
    return qapp


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path) -> Iterator[None]:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    threads = set(threading.enumerate())
    yield
    collect_jobs.shutdown()  # the collect, results and publish pages' writer thread, if a page started it
    Translations().apply(ENGLISH)
    # pytest-qt has closed and deleted the test's widgets by now.
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not left, f"windows left open: {left}"
    extra = [t for t in threading.enumerate() if t not in threads and t.is_alive()]
    assert not extra, f"threads left running: {extra}"


@pytest.fixture
def context(tmp_path: Path) -> Context:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    return Context(settings, tmp_path / "data")


@pytest.fixture(scope="session")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[Mode, Made]:
    """One selection per vote mode with 25 candidates and 27 experts (专家18 recused from E10), packages issued."""
    root = tmp_path_factory.mktemp("selections")
    return {mode: make(root / str(mode), rules) for mode, rules in RULES.items()}


@pytest.fixture
def selection(request: pytest.FixtureRequest, made: dict[Mode, Made], tmp_path: Path) -> Made:
    """A private copy of the selection of the mode the test is parametrised with (indirect), or approval."""
    mode = getattr(request, "param", Mode.APPROVAL)
    return made[mode].copy_to(tmp_path / "selection")


def open_ballot(qtbot: QtBot, context: Context, package: Path, chooser: Chooser | None = None) -> BallotWindow:
    """The ballot window on ``package``, shown, as the app opens it."""
    app = App(context, Translations(), chooser or Chooser())
    window = app.open_package(package)
    assert isinstance(window, BallotWindow)
    window.confirm_close = False
    # qtbot closes (and deletes) it after the test; a window deleted on its own close before that would make
    # qtbot's close fail and leave the test's other windows open.
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window, before_close_func=_no_question)
    with qtbot.waitActive(window):
        window.activateWindow()
    window._test_app = app  # type: ignore[attr-defined]  # keep the controller alive with the window
    return window


def _no_question(window: QWidget) -> None:
    if isinstance(window, BallotWindow):
        window.confirm_close = False


@pytest.fixture
def translations(context: Context) -> Iterator[Translations]:
    """English unless a test switches; every translator the test installed is gone afterwards."""
    context.settings.set_language(ENGLISH)
    chosen = Translations()
    yield chosen
    chosen.apply(ENGLISH)


@pytest.fixture
def immediate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Immediate]:
    """The pages' writer running each job at once on the test's own thread."""
    writer = Immediate()
    monkeypatch.setattr(collect_jobs, "runner", lambda: writer)
    yield writer
    collect_jobs.shutdown()
