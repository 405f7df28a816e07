"""What the candidates and experts pages share: edits as undoable commands on the writer thread, and importing a
list through its preview. The page gives the words and the service calls; this does the choreography."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from top10_panel.services.lists_preview import Preview

from ..files import documents
from .import_preview import ImportPreviewDialog
from .list_commands import WriteCommand, drop_failed
from .list_models import Column
from .list_panel import ListPanel
from .tools import Tools

LIST_FILTERS = "*.xlsx *.xls *.ods *.csv"


class ListController(QObject):
    """Runs a list page's changes: each one a command on ``stack`` whose jobs go to the writer thread."""

    written = Signal()
    """A change reached the file (the page reloads and tells the window)."""
    previewShown = Signal(object)
    """The ImportPreviewDialog just opened (tests press its buttons)."""
    imported = Signal(object)
    """The Imported result of a confirmed import."""

    def __init__(
        self,
        page: QWidget,
        selection: Path,
        tools: Tools,
        panel: ListPanel,
        reload: Callable[[], None],
    ) -> None:
        super().__init__(page)
        self.page = page
        self.selection = selection
        self.tools = tools
        self.panel = panel
        self.stack: QUndoStack = panel.stack
        self.reload = reload
        self.preview_dialog: ImportPreviewDialog | None = None
        self._after: Callable[[], None] | None = None

    # -- changes -----------------------------------------------------------------------------------------------------
    def push(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[WriteCommand], Any],
        after: Callable[[], None] | None = None,
    ) -> None:
        """Do a change as an undoable command; ``after`` runs once the first doing has reached the file."""
        self._after = after
        self.stack.push(WriteCommand(self, text, do, undo))

    def write(self, command: WriteCommand, job: Callable[[], Any], undoing: bool) -> None:
        self.tools.run(
            self.page,
            job,
            lambda _: self._written(),
            lambda _: self._failed(command, undoing),
        )

    def _written(self) -> None:
        place = self.panel.keep_place()
        self.reload()
        after, self._after = self._after, None
        if after is not None:
            after()
        elif place is not None:
            self.panel.go_to(*place)
        self.written.emit()

    def _failed(self, command: WriteCommand, undoing: bool) -> None:
        self._after = None
        drop_failed(self.stack, command, undoing)
        self.reload()

    # -- import ------------------------------------------------------------------------------------------------------
    def ask_import(
        self,
        title: str,
        filters: str,
        preview: Callable[..., Preview[Any]],
        importer: Callable[..., Any],
        columns: Sequence[Column],
        experts: bool,
    ) -> None:
        """Ask for a list, read it off the UI thread, and show what it would add (or its problems)."""
        path = self.tools.desktop.open_file(self.page, title, self._folder(), filters)
        if path is not None:
            self.start_import(path, preview, importer, columns, experts)

    def start_import(
        self,
        path: Path,
        preview: Callable[..., Preview[Any]],
        importer: Callable[..., Any],
        columns: Sequence[Column],
        experts: bool,
    ) -> None:
        selection = self.selection
        noun = "expert" if experts else "candidate"
        settings = self.tools.settings

        def show(result: Preview[Any]) -> None:
            dialog = ImportPreviewDialog(result, columns, experts, self.page)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self._confirm(path, importer, noun, result.mapping))
            dialog.destroyed.connect(self._preview_gone)
            dialog.remapped.connect(lambda chosen: remap(dialog, chosen))
            self.preview_dialog = dialog
            dialog.open()
            self.previewShown.emit(dialog)

        def remap(dialog: ImportPreviewDialog, mapping: dict[str, str]) -> None:
            dialog.reject()
            read(mapping)

        def read(mapping: dict[str, str]) -> None:
            self.tools.run(self.page, lambda: preview(selection, path, mapping), show)

        read(settings.column_mapping(noun))

    def _preview_gone(self) -> None:
        self.preview_dialog = None

    def _confirm(self, path: Path, importer: Callable[..., Any], noun: str, mapping: Mapping[str, str] | None) -> None:
        selection = self.selection

        def done(result: Any) -> None:
            if mapping:  # the columns placed by hand are placed so at the next import too
                self.tools.settings.set_column_mapping(noun, dict(mapping))
            self.reload()
            self.imported.emit(result)
            self.written.emit()

        self.tools.run(self.page, lambda: importer(selection, path, mapping), done, lambda _: self.reload())

    def _folder(self) -> Path:
        folder = self.selection.parent
        return folder if folder.is_dir() else documents()
