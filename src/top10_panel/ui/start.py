"""The start screen: a new selection, the demo, open a ballot package or a selection, the recent files (with a
hint what to do first while there are none), Help, and the language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .files import PACKAGE_SUFFIX, SELECTION_SUFFIX
from .help import HelpMenu
from .i18n import LANGUAGES

PATH_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
"""The invisible root: the parent of every row of a flat model."""


class RecentFilesModel(QAbstractListModel):
    """Thin list model over the recent files (newest first); a file that has gone is shown greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths: list[Path] = []

    def set_paths(self, paths: list[Path]) -> None:
        self.beginResetModel()
        self._paths = list(paths)
        self.endResetModel()

    def path_at(self, row: int) -> Path:
        return self._paths[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._paths)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._paths):
            return None
        path = self._paths[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            kind = {
                PACKAGE_SUFFIX: self.tr("ballot package"),
                SELECTION_SUFFIX: self.tr("selection"),
            }.get(path.suffix.lower(), "")
            return f"{path.name}  —  {kind}  ·  {path.parent}" if kind else f"{path.name}  ·  {path.parent}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(path) if path.exists() else self.tr("{0} (no longer there)").format(path)
        if role == Qt.ItemDataRole.ForegroundRole and not path.exists():
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == PATH_ROLE:
            return str(path)
        return None


class StartWindow(QMainWindow):
    openPackageRequested = Signal()
    openSelectionRequested = Signal()
    newSelectionRequested = Signal()
    demoRequested = Signal()
    openPathRequested = Signal(object)
    languageRequested = Signal(str)

    def __init__(self, recent: list[Path], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel("Top10 Panel")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.open_package = QPushButton()
        self.open_selection = QPushButton()
        self.new_selection = QPushButton()
        self.open_demo = QPushButton()
        self.recent_label = QLabel()
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.recent_model = RecentFilesModel(self)
        self.recent_model.set_paths(recent)
        self.recent = QListView()
        self.recent.setModel(self.recent_model)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent_label.setBuddy(self.recent)
        self.language_label = QLabel("语言 / &Language:")
        self.language = QComboBox()
        self.language_label.setBuddy(self.language)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.set_language(language)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_package)
        buttons.addWidget(self.open_selection)
        buttons.addStretch(1)
        editors = QHBoxLayout()
        editors.addWidget(self.new_selection)
        editors.addWidget(self.open_demo)
        editors.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.language_label)
        bottom.addWidget(self.language)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(self.fontMetrics().height())
        layout.addLayout(buttons)
        layout.addLayout(editors)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self.recent_label)
        layout.addWidget(self.empty_hint, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.recent, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self.help_menu = HelpMenu(self.menuBar(), "experts")

        self.open_package.clicked.connect(self.openPackageRequested)
        self.open_selection.clicked.connect(self.openSelectionRequested)
        self.new_selection.clicked.connect(self.newSelectionRequested)
        self.open_demo.clicked.connect(self.demoRequested)
        self.recent.activated.connect(self._recent_activated)
        self.language.activated.connect(self._language_chosen)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * 26)
        self.retranslate()
        self._show_empty_state()
        self.open_package.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Top10 Panel — ten events of the year"))
        self.subtitle.setText(
            self.tr(
                "Experts: open the ballot package (.t10pkg) the editors sent you, vote, and send back the ballot "
                "file. Editors: open a selection (.t10)."
            )
        )
        self.open_package.setText(self.tr("Open &ballot package…"))
        self.open_selection.setText(self.tr("Open s&election…"))
        self.new_selection.setText(self.tr("&New selection…"))
        self.open_demo.setText(self.tr("Open the &demo"))
        self.open_demo.setToolTip(
            self.tr("A complete selection over the 2020 edition's events, built in your data folder, to try every step")
        )
        self.recent_label.setText(self.tr("&Recent files (Enter or double-click to open):"))
        self.empty_hint.setText(
            self.tr(
                "No recent files yet. Experts: open the ballot package the editors sent you. Editors: start with "
                "“Open the demo” to see a whole selection, or “New selection…” for your own. Help (F1) has a short "
                "guide for each."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent_model.set_paths(paths)
        self._show_empty_state()

    def _show_empty_state(self) -> None:
        empty = self.recent_model.rowCount() == 0
        self.empty_hint.setVisible(empty)
        self.recent.setVisible(not empty)

    def _recent_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openPathRequested.emit(self.recent_model.path_at(index.row()))

    def _language_chosen(self, index: int) -> None:
        self.languageRequested.emit(str(self.language.itemData(index)))
