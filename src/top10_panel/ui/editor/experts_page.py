"""The experts page: the panel who votes, imported from a list or typed in, and the recusal matrix under it; all
edited with undo until the ballot packages are issued (SPEC §2 step 1, §3 recusal)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QUndoStack
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from top10_panel.domain.errors import InputError
from top10_panel.domain.people import Expert
from top10_panel.services import editing
from top10_panel.services.lists_preview import preview_experts
from top10_panel.services.selection import Imported, import_experts

from .candidates_page import list_files
from .explained import note_label
from .list_commands import WriteCommand
from .list_models import EXPERT_COLUMNS, NAME, expert_model
from .list_page import LIST_FILTERS, ListController
from .list_panel import ListPanel
from .recusal_panel import RecusalPanel
from .tools import Tools, show_problem

WIDTHS = {"name": 120, "affiliation": 260, "email": 220}


class ExpertsPage(QWidget):
    """专家: the experts' table and the recusal matrix (experts × candidates)."""

    changed = Signal()

    def __init__(self, selection: Path, tools: Tools, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.tools = tools
        self._count = 0
        self._locked = self._issued = False
        self.model = expert_model(self)
        self.undo_stack = QUndoStack(self)
        self.panel = ListPanel(self.model, self.undo_stack)
        self.panel.set_widths(WIDTHS)
        self.controller = ListController(self, selection, tools, self.panel, self.refresh)
        self.recusals = RecusalPanel(selection, self._push)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = note_label()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.recusals)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.splitter, 1)
        self.setAcceptDrops(True)

        self.model.editRequested.connect(self._edit, Qt.ConnectionType.QueuedConnection)
        self.panel.importRequested.connect(self.ask_import)
        self.panel.addRequested.connect(self.add)
        self.panel.removeRequested.connect(self.remove)
        self.controller.written.connect(self.changed)
        self.controller.imported.connect(self._imported)
        self.refresh()
        self.retranslate()

    def _push(self, text: str, do: Callable[[], Any], undo: Callable[[WriteCommand], Any]) -> None:
        self.controller.push(text, do, undo)

    def refresh(self) -> None:
        try:
            lists = editing.read_lists(self.selection)
        except InputError as error:
            show_problem(self, error, self.tools.log_path)
            return
        self.model.set_rows(lists.experts)
        self.recusals.set_rows(lists.experts, lists.candidates, lists.recusals, lists.locked)
        self._count, self._locked, self._issued = len(lists.experts), lists.locked, lists.issued
        self._update_words()

    def _update_words(self) -> None:
        self.panel.count.setText(self.tr("%n expert(s)", "", self._count))
        if not self._locked:
            self.panel.set_locked("")
        elif self._issued:
            self.panel.set_locked(
                self.tr(
                    "Ballot packages are issued, so the experts and their recusals are locked. A change now needs a "
                    "new version of the rules (Rules page) and new packages for every expert."
                )
            )
        else:
            self.panel.set_locked(
                self.tr(
                    "Ballots are counted, so experts can no longer be added, removed or renamed, nor their recusals "
                    "changed; an affiliation or an e-mail address may still be corrected."
                ),
                details=True,
            )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Experts"))
        self.intro.setText(
            self.tr(
                "The panel who votes. Import it from an Excel or CSV list (columns 姓名/name, 单位/affiliation, "
                "邮箱/email, 回避/recuse with candidate codes) or drop the file here; double-click a cell to correct "
                "it. Import the candidates first, so that recusals can name them."
            )
        )
        self.panel.set_texts(
            self.tr("Import list…"),
            self.tr("Add expert"),
            self.tr("Remove"),
            self.tr("Undo"),
            self.tr("Redo"),
        )
        self._update_words()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- changes -----------------------------------------------------------------------------------------------------
    def _edit(self, key: str, field: str, text: str) -> None:
        row = self.model.row_of(key)
        if row < 0:
            return
        old = str(getattr(self.model.rows()[row], field))
        selection = self.selection

        def undo(command: WriteCommand) -> object:
            now = str(command.result) if field == "name" else key
            return editing.edit_expert(selection, now, field, old)

        self.controller.push(
            self.tr("edit {0}").format(key), lambda: editing.edit_expert(selection, key, field, text), undo
        )

    def add(self) -> None:
        name = editing.next_name(self.model.keys(), self.tr("New expert"))
        selection = self.selection
        self.controller.push(
            self.tr("add {0}").format(name),
            lambda: editing.add_expert(selection, Expert(name)),
            lambda _: editing.remove_experts(selection, [name]),
            after=lambda: self.panel.go_to(name, NAME, edit=True),
        )

    def remove(self, names: list[str]) -> None:
        if not names:
            return
        selection = self.selection
        self.controller.push(
            self.tr("remove {0}").format(", ".join(names)),
            lambda: editing.remove_experts(selection, names),
            lambda command: editing.restore_experts(selection, command.result),
        )

    # -- import ------------------------------------------------------------------------------------------------------
    def ask_import(self) -> None:
        self.controller.ask_import(
            self.tr("Import experts"),
            self.tr("Expert lists ({0})").format(LIST_FILTERS),
            preview_experts,
            import_experts,
            EXPERT_COLUMNS,
            experts=True,
        )

    def import_file(self, path: Path) -> None:
        self.controller.start_import(path, preview_experts, import_experts, EXPERT_COLUMNS, experts=True)

    def _imported(self, done: Imported) -> None:
        text = self.tr("%n expert(s) imported.", "", done.added)
        if done.suggested_recusals:
            text += " " + self.tr("{0} recusals suggested: review them in the matrix.").format(done.suggested_recusals)
        self.tools.say(text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.model.editable and not self.model.details_only and list_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = list_files(event)
        if files and self.model.editable and not self.model.details_only:
            event.acceptProposedAction()
            self.import_file(files[0])
