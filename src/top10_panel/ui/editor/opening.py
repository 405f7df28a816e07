"""Opening the editor's window on a selection, and the windows it opens from there (new, open, recent)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from top10_panel.domain.errors import InputError
from top10_panel.services.overview import overview

from ..i18n import Translations
from ..settings import Context, Settings, data_folder
from ..tasks import Tasks
from .language import Language
from .new_wizard import NewSelectionWizard
from .tools import Desktop, DialogDesktop, Runner, Tools, show_problem
from .window import SelectionWindow

_refusals: list[QMessageBox] = []
"""Dialogs refusing a file, open now."""
_open: list[SelectionWindow] = []
"""The editor windows open now (a window without a reference would be collected)."""


def open_windows() -> list[SelectionWindow]:
    return list(_open)


def open_selection_window(
    path: Path,
    *,
    context: Context | None = None,
    translations: Translations | None = None,
    desktop: Desktop | None = None,
) -> SelectionWindow | None:
    """The editor's window on ``path``, shown; the one open already is brought to the front. A file that cannot
    be opened is refused in a dialog, and None is returned.

    ``translations``: the app's own (the editor switches its language with it); without one the editor installs
    the translators itself. ``desktop``: the file dialogs (tests answer them).
    """
    context = context or Context(Settings(), data_folder())
    path = Path(path)
    for window in _open:
        if window.selection.resolve() == path.resolve():
            window.show()
            window.raise_()
            window.activateWindow()
            return window
    try:
        overview(path)  # a file that is no selection, or from a newer version, is refused here
    except InputError as error:
        if not path.exists():
            context.settings.remove_recent(path)
        box = show_problem(None, error, context.log)
        _refusals.append(box)  # a dialog without a parent lives as long as a reference to it
        box.finished.connect(lambda _: _refusals.remove(box) if box in _refusals else None)
        return None
    language = Language(translations, context.settings)
    language.start()
    runner, stop = _writer()
    made: list[SelectionWindow] = []

    def release() -> None:
        for gone in made:
            _forget(gone)
        if not _open:
            stop()  # the last editor window stops the writer, once its jobs are done

    tools = Tools(context.settings, desktop or DialogDesktop(), context.log, runner, release)
    window = SelectionWindow(path, tools, language)
    made.append(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def reopen(chosen: Path) -> SelectionWindow | None:
        return open_selection_window(chosen, context=context, translations=translations, desktop=desktop)

    window.newRequested.connect(lambda: ask_new(window, reopen))
    window.openAskRequested.connect(lambda: ask_open(window, reopen))
    window.openRequested.connect(reopen)
    window.destroyed.connect(lambda: _forget(window))
    _open.append(window)
    context.settings.add_recent(path)
    window.show()
    return window


def _writer() -> tuple[Runner, Callable[[], None]]:
    """The app's one writer thread, which the collect, results and publish pages use too (when this version has
    them); else one of the editor's own."""
    try:
        from . import collect_jobs
    except ImportError:
        tasks = Tasks()
        return tasks, tasks.shutdown
    return collect_jobs.runner(), collect_jobs.shutdown


def _forget(window: SelectionWindow) -> None:
    if window in _open:
        _open.remove(window)


def ask_new(parent: SelectionWindow, opener: Callable[[Path], object]) -> NewSelectionWizard:
    """The new-selection wizard; the selection it makes opens in its own window."""
    wizard = NewSelectionWizard(parent.tools.desktop, parent.folder(), parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.created.connect(lambda path: _on_candidates(opener(path)))
    parent.wizard = wizard
    wizard.open()
    return wizard


def _on_candidates(window: object) -> None:
    """A new selection opens on its Candidates page (the next step), not on the page looked at last."""
    if isinstance(window, SelectionWindow):
        window.show_page("candidates")


def ask_open(window: SelectionWindow, opener: Callable[[Path], object]) -> None:
    """Ask for a selection file and open it in its own window."""
    desktop, folder, parent = window.tools.desktop, window.folder(), window
    title = QCoreApplication.translate("EditorOpening", "Open a selection")
    filters = QCoreApplication.translate("EditorOpening", "Selections (*.t10)")
    path = desktop.open_file(parent, title, folder, filters)
    if path is not None:
        opener(path)
