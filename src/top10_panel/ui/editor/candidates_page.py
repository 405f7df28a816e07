"""The candidates page: the events up for selection, imported from a list or typed in, edited with undo until the
ballot packages are issued (SPEC §2 step 1)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from top10_panel.domain.errors import InputError
from top10_panel.domain.people import Candidate
from top10_panel.services import editing
from top10_panel.services.lists_preview import preview_candidates
from top10_panel.services.selection import Imported, import_candidates

from .explained import note_label
from .list_commands import WriteCommand
from .list_models import CANDIDATE_COLUMNS, TITLE, candidate_model
from .list_page import LIST_FILTERS, ListController
from .list_panel import ListPanel
from .tools import Tools, show_problem

WIDTHS = {"code": 64, "title": 400, "date": 96, "category": 84, "source": 210}
LIST_SUFFIXES = (".csv", ".xlsx")


def list_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The .csv and .xlsx files a drag carries."""
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in LIST_SUFFIXES]


class CandidatesPage(QWidget):
    """候选事件: the table of candidates with import, add, remove, undo and redo."""

    changed = Signal()

    def __init__(self, selection: Path, tools: Tools, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.tools = tools
        self._count = 0
        self._locked = self._issued = False
        self.model = candidate_model(self)
        self.undo_stack = QUndoStack(self)
        self.panel = ListPanel(self.model, self.undo_stack)
        self.panel.set_widths(WIDTHS)
        self.controller = ListController(self, selection, tools, self.panel, self.refresh)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = note_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.panel, 1)
        self.setAcceptDrops(True)

        # Queued: the cell's editor closes before the command runs and the table reloads.
        self.model.editRequested.connect(self._edit, Qt.ConnectionType.QueuedConnection)
        self.panel.importRequested.connect(self.ask_import)
        self.panel.addRequested.connect(self.add)
        self.panel.removeRequested.connect(self.remove)
        self.controller.written.connect(self.changed)
        self.controller.imported.connect(self._imported)
        self.refresh()
        self.retranslate()

    def refresh(self) -> None:
        try:
            lists = editing.read_lists(self.selection)
        except InputError as error:
            show_problem(self, error, self.tools.log_path)
            return
        self.model.set_rows(lists.candidates)
        self._count, self._locked, self._issued = len(lists.candidates), lists.locked, lists.issued
        self._update_words()

    def _update_words(self) -> None:
        self.panel.count.setText(self.tr("%n candidate(s)", "", self._count))
        if not self._locked:
            self.panel.set_locked("")
        elif self._issued:
            self.panel.set_locked(
                self.tr(
                    "Ballot packages are issued, so the candidates are locked. A change now needs a new version of "
                    "the rules (Rules page) and new packages for every expert."
                )
            )
        else:
            self.panel.set_locked(
                self.tr(
                    "Ballots are counted, so candidates can no longer be added, removed or given another code; a "
                    "title, date, summary or source may still be corrected."
                ),
                details=True,
            )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Candidates"))
        self.intro.setText(
            self.tr(
                "The events up for selection. Import them from an Excel or CSV list (columns 编号/code, 标题/title, "
                "日期/date, 摘要/summary, 来源/source, 类别/category) or drop the file here; double-click a cell to "
                "correct it. Every change is saved at once and can be undone until the packages are issued."
            )
        )
        self.panel.set_texts(
            self.tr("Import list…"),
            self.tr("Add candidate"),
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
            now = str(command.result) if field == "code" else key
            return editing.edit_candidate(selection, now, field, old)

        self.controller.push(
            self.tr("edit {0}").format(key), lambda: editing.edit_candidate(selection, key, field, text), undo
        )

    def add(self) -> None:
        code = editing.next_code(self.model.keys())
        candidate = Candidate(code, self.tr("New event"))
        selection = self.selection
        self.controller.push(
            self.tr("add {0}").format(code),
            lambda: editing.add_candidate(selection, candidate),
            lambda _: editing.remove_candidates(selection, [code]),
            after=lambda: self.panel.go_to(code, TITLE, edit=True),
        )

    def remove(self, codes: list[str]) -> None:
        if not codes:
            return
        selection = self.selection
        self.controller.push(
            self.tr("remove {0}").format(", ".join(codes)),
            lambda: editing.remove_candidates(selection, codes),
            lambda command: editing.restore_candidates(selection, command.result),
        )

    # -- import ------------------------------------------------------------------------------------------------------
    def ask_import(self) -> None:
        self.controller.ask_import(
            self.tr("Import candidates"),
            self.tr("Candidate lists ({0})").format(LIST_FILTERS),
            preview_candidates,
            import_candidates,
            CANDIDATE_COLUMNS,
            experts=False,
        )

    def import_file(self, path: Path) -> None:
        """Preview (then, when confirmed, import) this list."""
        self.controller.start_import(path, preview_candidates, import_candidates, CANDIDATE_COLUMNS, experts=False)

    def _imported(self, done: Imported) -> None:
        text = self.tr("%n candidate(s) imported.", "", done.added)
        if done.suggested_recusals:
            text += " " + self.tr("{0} recusals suggested: review them on the Experts page.").format(
                done.suggested_recusals
            )
        self.tools.say(text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.model.editable and not self.model.details_only and list_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = list_files(event)
        if files and self.model.editable and not self.model.details_only:
            event.acceptProposedAction()
            self.import_file(files[0])
