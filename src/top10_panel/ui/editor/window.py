"""The editor's window on one selection: the pages of the workflow in a list on the left (rules, candidates,
experts, issue, collect, results, publish), one page shown at a time, the window title saying which selection and
stage, a status bar, and the File, Edit and Language menus. Each page is its own module (STYLE §12)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from top10_panel.domain.errors import InputError
from top10_panel.services.overview import Overview, overview

from ..files import SELECTION_SUFFIX, documents
from ..help import HelpMenu
from ..i18n import LANGUAGES
from . import editor_settings
from .candidates_page import CandidatesPage
from .experts_page import ExpertsPage
from .issue_page import IssuePage
from .language import Language
from .rules_names import stage_name
from .rules_page import RulesPage
from .tools import Tools, show_problem

STATUS_MS = 15_000
SIZE = QSize(1366, 768)


@dataclass(frozen=True)
class PageSpec:
    key: str
    module: str
    """The module under ui.editor that holds the page (another engineer's for collect, results, publish)."""
    cls: str


PAGES = (
    PageSpec("rules", "rules_page", "RulesPage"),
    PageSpec("candidates", "candidates_page", "CandidatesPage"),
    PageSpec("experts", "experts_page", "ExpertsPage"),
    PageSpec("issue", "issue_page", "IssuePage"),
    PageSpec("collect", "collect_page", "CollectPage"),
    PageSpec("results", "results_page", "ResultsPage"),
    PageSpec("publish", "publish_page", "PublishPage"),
)
MINE = {"rules": RulesPage, "candidates": CandidatesPage, "experts": ExpertsPage, "issue": IssuePage}


def _hosted_page(spec: PageSpec, selection: Path) -> QWidget | None:
    """A page of the collect, results or publish module, when this version has it: ``Cls(selection)``."""
    name = f"{__package__}.{spec.module}"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name != name:
            raise
        return None
    page = getattr(module, spec.cls)(selection)
    return page if isinstance(page, QWidget) else None


class SelectionWindow(QMainWindow):
    """One selection, all its pages."""

    newRequested = Signal()
    openRequested = Signal(object)
    """A path the editor chose to open (in another window, or this one brought to front)."""
    openAskRequested = Signal()

    def __init__(self, selection: Path, tools: Tools, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.tools = tools
        self.language = language
        self.info: Overview | None = None
        self.pages: dict[str, QWidget | None] = {}
        self._stale: set[str] = set()
        self.wizard: QWidget | None = None
        """The new-selection wizard while it is open."""
        self.undo_group = QUndoGroup(self)
        tools.setParent(self)

        self.nav = QListWidget()
        self.nav.setFixedWidth(170)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        for spec in PAGES:
            page: QWidget | None
            if spec.key in MINE:
                page = MINE[spec.key](selection, tools)
            else:
                page = _hosted_page(spec, selection)
            self.pages[spec.key] = page
            self.stack.addWidget(page if page is not None else QWidget())
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(160, 36))
            if page is None:
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # that part of the editor is not in this version
            self.nav.addItem(item)
            if page is not None:
                page.changed.connect(partial(self._page_changed, spec.key))  # type: ignore[attr-defined]
                stack = getattr(page, "undo_stack", None)
                if isinstance(stack, QUndoStack):
                    self.undo_group.addStack(stack)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.hide()
        self.file_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.file_label)
        tools.busyChanged.connect(self._busy)
        tools.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))

        self._build_menus()
        self.nav.currentRowChanged.connect(self._show_page)
        self.refresh_overview()
        self._restore()
        self.retranslate()

    # -- construction ------------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.newRequested)
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.openAskRequested)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        self.file_menu.insertAction(self.recent_menu.menuAction(), self.new_action)
        self.file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)

        self.edit_menu = bar.addMenu("")
        self.undo_action = QAction(self)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = QAction(self)
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        self.undo_action.triggered.connect(self.undo_group.undo)
        self.redo_action.triggered.connect(self.undo_group.redo)
        self.undo_group.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_group.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_group.undoTextChanged.connect(lambda _: self._undo_texts())
        self.undo_group.redoTextChanged.connect(lambda _: self._undo_texts())
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.addAction(self.undo_action)  # the keys work wherever the focus is in the window
        self.addAction(self.redo_action)

        self.language_menu = bar.addMenu("语言 / &Language")  # readable whichever language is on
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            self.language_actions.addAction(action)
            action.triggered.connect(partial(self.switch_language, code))
        self.help_menu = HelpMenu(bar, "editors")

    def _restore(self) -> None:
        settings = self.tools.settings
        geometry = settings.geometry(editor_settings.WINDOW)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(SIZE)
        state = settings.state(editor_settings.WINDOW)
        if state is not None:
            self.restoreState(state)
        experts = self.pages.get("experts")
        splitter = settings.state(editor_settings.SPLITTER)
        if isinstance(experts, ExpertsPage) and splitter is not None:
            experts.splitter.restoreState(splitter)
        last = editor_settings.last_page(settings, "candidates")
        self.show_page(last if self.pages.get(last) is not None else "candidates")

    # -- pages -------------------------------------------------------------------------------------------------------
    def page(self, key: str) -> QWidget | None:
        return self.pages.get(key)

    def show_page(self, key: str) -> None:
        keys = [spec.key for spec in PAGES]
        self.nav.setCurrentRow(keys.index(key))

    def current_key(self) -> str:
        return PAGES[max(0, self.nav.currentRow())].key

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row].key
        page = self.pages.get(key)
        self.stack.setCurrentIndex(row)
        if page is None:
            return
        if key in self._stale:
            self._stale.discard(key)
            page.refresh()  # type: ignore[attr-defined]
        stack = getattr(page, "undo_stack", None)
        self.undo_group.setActiveStack(stack if isinstance(stack, QUndoStack) else None)  # type: ignore[arg-type]
        if not isinstance(stack, QUndoStack):
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
        self._undo_texts()
        editor_settings.set_last_page(self.tools.settings, key)

    def _page_changed(self, key: str) -> None:
        """A page changed the selection: the title follows, and every other page re-reads it when shown next."""
        self._stale.update(k for k, page in self.pages.items() if page is not None and k != key)
        self.refresh_overview()

    def refresh_overview(self) -> None:
        try:
            self.info = overview(self.selection)
        except InputError as error:
            show_problem(self, error, self.tools.log_path)
            return
        self._title()

    # -- words -------------------------------------------------------------------------------------------------------
    def _title(self) -> None:
        info = self.info
        if info is None:
            self.setWindowTitle(self.selection.name)
            return
        stage = stage_name(info.current.kind, info.current.name)
        state = self.tr("rules locked") if info.rules_locked else self.tr("setting up")
        self.setWindowTitle(self.tr("{0} — {1} · {2}").format(info.title, stage, state))
        self.file_label.setText(str(self.selection))

    def _undo_texts(self) -> None:
        undo, redo = self.undo_group.undoText(), self.undo_group.redoText()
        self.undo_action.setText(self.tr("&Undo {0}").format(undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {0}").format(redo) if redo else self.tr("&Redo"))

    def retranslate(self) -> None:
        names = {
            "rules": self.tr("Rules"),
            "candidates": self.tr("Candidates"),
            "experts": self.tr("Experts"),
            "issue": self.tr("Issue ballots"),
            "collect": self.tr("Collect"),
            "results": self.tr("Results"),
            "publish": self.tr("Publish"),
        }
        for row, spec in enumerate(PAGES):
            item = self.nav.item(row)
            if item is not None:
                item.setText(names[spec.key])
                if self.pages.get(spec.key) is None:
                    item.setToolTip(self.tr("Not part of this version yet"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New selection…"))
        self.open_action.setText(self.tr("&Open selection…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.close_action.setText(self.tr("&Close"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._undo_texts()
        for action in self.language_actions.actions():
            action.setChecked(action.data() == self.language.current)
        self._title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def switch_language(self, code: str) -> None:
        self.language.switch(code)
        for action in self.language_actions.actions():
            action.setChecked(action.data() == self.language.current)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = [p for p in self.tools.settings.recent_files() if p.suffix.lower() == SELECTION_SUFFIX]
        for path in paths:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(partial(self.openRequested.emit, path))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No recent selections"))
            empty.setEnabled(False)

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def folder(self) -> Path:
        folder = self.selection.parent
        return folder if folder.is_dir() else documents()

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self.tools.settings
        settings.set_geometry(editor_settings.WINDOW, self.saveGeometry())
        settings.set_state(editor_settings.WINDOW, self.saveState())
        experts = self.pages.get("experts")
        if isinstance(experts, ExpertsPage):
            settings.set_state(editor_settings.SPLITTER, experts.splitter.saveState())
        self.tools.shutdown()  # a change being written is finished before the window goes
        super().closeEvent(event)
