"""What the editor's pages share: the one writer thread, the file dialogs, the settings, and how a refusal is shown.

Every change of the selection file goes through ``Tools.run`` (STYLE §4): one job at a time on the writer thread,
its outcome back on the UI thread. A refusal (InputError) is shown in the editor's words; anything else is logged
and shown as an internal error.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from top10_panel.domain.errors import InputError
from top10_panel.store.faults import as_input_error

from ..errors import log, show_error
from ..files import DialogChooser, FileChooser
from ..settings import Settings
from ..tasks import Tasks
from .error_words import sentence, where_text


class Desktop(FileChooser, Protocol):
    """The file dialogs and the desktop; tests answer them without a dialog."""

    def choose_folder(self, parent: QWidget | None, title: str, folder: Path) -> Path | None: ...

    def open_folder(self, folder: Path) -> None: ...


class DialogDesktop(DialogChooser):
    """The system's file dialogs and file manager."""

    def choose_folder(self, parent: QWidget | None, title: str, folder: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(folder))
        return Path(name) if name else None

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_problem(parent: QWidget | None, error: BaseException, log_path: Path | None = None) -> QMessageBox:
    """A refusal in the editor's words (what, where, what to do); anything else as the app's internal error."""
    if not isinstance(error, InputError):
        fault = as_input_error(error)
        if fault is None:
            return show_error(parent, error, log_path)
        error = fault
    log.info("refused: %s", error.message)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("EditorErrors", "Cannot continue"))
    box.setText(sentence(error.problem))
    details = []
    if error.fix:
        details.append(QCoreApplication.translate("EditorErrors", "What to do: {0}").format(sentence(error.fix)))
    where = where_text(error.where)
    if where:
        details.append(QCoreApplication.translate("EditorErrors", "Where: {0}").format(where))
    box.setInformativeText("\n".join(details))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class Runner(Protocol):
    """The writer thread: ``job`` there, then ``done(result)`` or ``failed(error)`` on the UI thread (ui.tasks)."""

    def run(
        self, job: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[BaseException], None]
    ) -> None: ...


class Tools(QObject):
    """The window's writer thread, desktop, settings and log, handed to each of its pages.

    The writer is the app's one writer thread, shared with the collect, results and publish pages, so that no two
    jobs ever write the selection at once; ``release`` is called when the window is done with it.
    """

    busyChanged = Signal(bool)
    problemShown = Signal(object)
    """The QMessageBox just opened for a refused or failed job (tests close it)."""
    message = Signal(str)
    """A sentence for the window's status bar: what was just done."""

    def __init__(
        self,
        settings: Settings,
        desktop: Desktop,
        log_path: Path | None,
        runner: Runner | None = None,
        release: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.settings = settings
        self.desktop = desktop
        self.log_path = log_path
        if runner is None:
            own = Tasks(self)
            runner, release = own, own.shutdown
        self.runner = runner
        self._release = release
        self._pending = 0

    @property
    def busy(self) -> bool:
        """Jobs of this window are under way (the shared writer may have others)."""
        return self._pending > 0

    def run(
        self,
        parent: QWidget,
        job: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
        *,
        show: bool = True,
    ) -> None:
        """``job`` on the writer thread; then ``done(result)``, or the problem shown and ``failed(error)``."""

        def on_done(result: Any) -> None:
            try:
                if isValid(parent):
                    done(result)
            finally:
                self._finished()

        def on_failure(error: BaseException) -> None:
            try:
                if isValid(parent):
                    if show:
                        self.problemShown.emit(show_problem(parent, error, self.log_path))
                    if failed is not None:
                        failed(error)
            finally:
                self._finished()

        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)
        self.runner.run(job, on_done, on_failure)

    def _finished(self) -> None:
        if not isValid(self):  # the window closed while the shared writer finished its job
            return
        self._pending -= 1
        if not self._pending:
            self.busyChanged.emit(False)

    def say(self, text: str) -> None:
        self.message.emit(text)

    def shutdown(self) -> None:
        """The window is done with the writer (the last window stops it, once its jobs are finished)."""
        if self._release is not None:
            release, self._release = self._release, None
            release()


def dismiss(dialog: QProgressDialog) -> None:
    """Close a progress dialog for good. Qt shows a progress dialog four seconds after it was made unless it was
    cancelled, and only its own canceled → cancel connection makes close() cancel it: with that signal disconnected
    (as the collect page does, so that closing never cancels a collect that is over) a dialog closed but not yet
    deleted came back, empty, over the next thing the editor did."""
    dialog.cancel()
    dialog.close()
    dialog.deleteLater()
