"""What the collection, results and publish pages share: the writer thread their jobs run on, a job's progress and
cancel, the file dialogs (an injection point for tests), and how a refusal is shown.

STYLE §4: one writer off the UI thread. In the editor window the pages use the window's single writer thread (its
Tools' ui/tasks.py runner), which its other pages use too, so that a collect, a settle, an export and an edit never
write the selection at the same time; on their own they share one such runner. Reads go through it as well, so that
a page never reads half of a collect. Results come back on the UI thread as plain dataclasses. Tests swap ``runner``
for one that runs each job at once (STYLE §4, Picard's FakeThreadPool).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from shiboken6 import isValid

from ..tasks import Tasks
from .tools import show_problem


class Runner(Protocol):
    def run(
        self, job: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[BaseException], None]
    ) -> None: ...


_shared: Tasks | None = None


def runner() -> Runner:
    """The writer the pages share, made on first use (tests replace this function)."""
    global _shared
    if _shared is None:
        _shared = Tasks(QCoreApplication.instance())
    return _shared


def runner_for(page: QWidget) -> Runner:
    """The writer of the editor window the page is in (its Tools' one thread, shared with the window's other pages),
    else the shared one (a page on its own, as in tests)."""
    tasks = getattr(getattr(page.window(), "tools", None), "runner", None)
    return tasks if isinstance(tasks, Tasks) else runner()


def shutdown() -> None:
    """Finish the jobs given so far and stop the shared writer thread (tests after each test; the app on quit).

    The runner object stays a child of the application, so that outcomes already on their way are still delivered;
    the next job makes a new one."""
    global _shared
    if _shared is not None:
        _shared.shutdown()
        _shared = None


def guarded(
    owner: QObject, done: Callable[[Any], None], failed: Callable[[BaseException], None]
) -> tuple[Callable[[Any], None], Callable[[BaseException], None]]:
    """The callbacks of a job, dropped when ``owner`` was deleted before the job finished (a page closed)."""

    def on_done(result: Any) -> None:
        if isValid(owner):
            done(result)

    def on_failed(error: BaseException) -> None:
        if isValid(owner):
            failed(error)

    return on_done, on_failed


class Progress(QObject):
    """A job's progress, reported from the worker thread and shown on the UI thread; and its cancel request.

    Called as ``progress(done, total)`` by a service after each step: emits ``moved`` (queued to the UI thread) and
    answers False once the user cancelled, so that the service rolls back.
    """

    moved = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def __call__(self, done: int, total: int) -> bool:
        self.moved.emit(done, total)
        return not self._cancelled.is_set()


class Chooser:
    """The file dialogs and the file manager; tests put an object with the same methods in its place."""

    def open_files(self, parent: QWidget | None, title: str, folder: Path, filters: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title, str(folder), filters)
        return [Path(name) for name in names]

    def open_file(self, parent: QWidget | None, title: str, folder: Path, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
        return Path(name) if name else None

    def choose_folder(self, parent: QWidget | None, title: str, folder: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(folder))
        return Path(name) if name else None

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def problem(parent: QWidget, error: BaseException) -> QMessageBox:
    """A refusal in the editor's words; anything else logged and shown as an internal error."""
    return show_problem(parent, error)
