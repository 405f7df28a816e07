"""The rules page: the selection's rules in plain words, their versions, changing them, and moving from the
screening stage to the final one."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from top10_panel.domain.errors import InputError
from top10_panel.services.overview import Overview, RulesVersion, overview
from top10_panel.services.stages import RulesChange, advance

from ..times import datetime_text
from .explained import note_label
from .rules_change import RulesChangeDialog
from .rules_names import stage_name
from .rules_words import describe
from .tools import Tools, show_problem

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
VERSION, MADE, STATE, REASON = range(4)


class VersionModel(QAbstractTableModel):
    """The versions of the current stage's rules: number, when, locked or not, why."""

    VERSION_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RulesVersion] = []
        self._causes: dict[int, str] = {}

    def set_rows(self, rows: Sequence[RulesVersion], causes: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._causes = dict(causes or {})
        self.endResetModel()

    def _state(self, row: RulesVersion) -> str:
        if not row.locked:
            return self.tr("open")
        if self._causes.get(row.version) == "ballots counted":
            return self.tr("locked: ballots counted")
        return self.tr("locked: packages issued")

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.VERSION_ROLE:
            return row.version
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            str(row.version),
            datetime_text(row.created_at, utc=True),
            self._state(row),
            row.reason,
        )
        return values[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            names = (self.tr("Version"), self.tr("Made"), self.tr("State"), self.tr("Reason"))
            return names[section] if 0 <= section < len(names) else None
        return section + 1


class RulesPage(QWidget):
    """规则: what the rules are, how they changed, and the buttons to change them or advance a stage."""

    changed = Signal()

    def __init__(self, selection: Path, tools: Tools, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.tools = tools
        self.info: Overview | None = None
        self.change_dialog: RulesChangeDialog | None = None
        self.advance_box: QMessageBox | None = None
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.rules_title = QLabel()
        self.rules_text = QLabel()
        self.rules_text.setWordWrap(True)
        self.rules_text.setTextFormat(Qt.TextFormat.RichText)
        self.rules_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rules_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidget(self.rules_text)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.versions_title = QLabel()
        self.versions = VersionModel(self)
        self.versions_view = QTableView()
        self.versions_view.setModel(self.versions)
        self.versions_view.verticalHeader().hide()
        header = self.versions_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.versions_note = note_label()
        self.change_button = QPushButton()
        self.advance_button = QPushButton()
        self.advance_note = note_label()

        left = QVBoxLayout()
        left.addWidget(self.rules_title)
        left.addWidget(scroll, 1)
        right = QVBoxLayout()
        right.addWidget(self.versions_title)
        right.addWidget(self.versions_view, 1)
        right.addWidget(self.versions_note)
        right.addWidget(self.change_button)
        right.addSpacing(12)
        right.addWidget(self.advance_button)
        right.addWidget(self.advance_note)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        layout.addLayout(columns, 1)

        self.change_button.clicked.connect(self.ask_change)
        self.advance_button.clicked.connect(self.ask_advance)
        self.refresh()
        self.retranslate()

    def refresh(self) -> None:
        try:
            self.info = overview(self.selection)
        except InputError as error:
            show_problem(self, error, self.tools.log_path)
            return
        self.versions.set_rows(self.info.versions, dict(self.info.lock_causes))
        self._show()

    def _show(self) -> None:
        info = self.info
        if info is None:
            return
        stages = " → ".join(stage_name(s.kind, s.name) for s in info.stages if s.kind != "runoff")
        about = [f"<b>{_html(info.title)}</b>"]
        if info.year:
            about.append(self.tr("Year {0}").format(info.year))
        about.append(self.tr("Stages: {0}; now: {1}").format(stages, stage_name(info.current.kind, info.current.name)))
        about.append(self.tr("{0} candidates, {1} experts").format(info.candidates, info.experts))
        text = " · ".join(about)
        if info.description:
            text += f"<br>{_html(info.description)}"
        self.about.setText(text)
        version = info.versions[-1].version if info.versions else 1
        cause = dict(info.lock_causes).get(version, "")
        if not info.rules_locked:
            state = self.tr("open: no packages issued, no ballot counted")
        elif cause == "ballots counted":
            state = self.tr("locked: ballots are counted; a change needs a reason")
        else:
            state = self.tr("locked: packages are issued; a change needs a reason")
        self.rules_title.setText(self.tr("<b>Current rules</b> — version {0}, {1}").format(version, state))
        cells = "".join(
            f"<tr><td style='padding:3px 12px 3px 0'><b>{_html(k)}</b></td><td style='padding:3px 0'>{_html(v)}</td>"
            "</tr>"
            for k, v in describe(info.rules)
        )
        self.rules_text.setText(f"<table>{cells}</table>")
        self.advance_button.setVisible(info.can_advance)
        self.advance_note.setVisible(info.can_advance)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Rules"))
        self.versions_title.setText(self.tr("<b>Versions of the rules</b>"))
        self.versions_note.setText(
            self.tr(
                "The rules are fixed once ballot packages are issued or the first ballot of any kind is counted. A "
                "change after that is a new version with who decided it and why on record, and packages of an older "
                "version are refused."
            )
        )
        self.change_button.setText(self.tr("Change the rules…"))
        self.advance_button.setText(self.tr("Close the screening and advance…"))
        self.advance_note.setText(
            self.tr(
                "When the screening (初评) is counted and its cut line settled, its winners become the candidates of "
                "the final stage (终评)."
            )
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- changes -----------------------------------------------------------------------------------------------------
    def ask_change(self) -> None:
        if self.info is None:
            return
        cause = dict(self.info.lock_causes).get(self.info.versions[-1].version if self.info.versions else 1, "")
        locked = self.info.rules_locked
        dialog = RulesChangeDialog(self.selection, self.tools, self.info.rules, locked, self, cause=cause)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._changed)
        dialog.destroyed.connect(lambda: setattr(self, "change_dialog", None))
        self.change_dialog = dialog
        dialog.open()

    def _changed(self, change: RulesChange) -> None:
        if change.new_version and self.info is not None and self.info.last_issue is None:
            self.tools.say(
                self.tr("Rules version {0} made; the ballots in are counted under it.").format(change.version)
            )
        elif change.new_version:
            self.tools.say(
                self.tr("Rules version {0} made; issue new packages to every expert.").format(change.version)
            )
        else:
            self.tools.say(self.tr("Rules changed (version {0}).").format(change.version))
        self.refresh()
        self.changed.emit()

    def ask_advance(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Advance to the final stage"))
        box.setText(self.tr("Close the screening and make its winners the candidates of the final stage?"))
        box.setInformativeText(self.tr("The screening's ballots stay on record; it cannot be reopened."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._advance() if box.standardButton(button) == QMessageBox.StandardButton.Yes else None
        )
        box.destroyed.connect(lambda: setattr(self, "advance_box", None))
        self.advance_box = box
        box.open()

    def _advance(self) -> None:
        selection = self.selection
        self.tools.run(self, lambda: advance(selection), self._advanced)

    def _advanced(self, winners: list[str]) -> None:
        self.tools.say(
            self.tr("Screening closed: {0} candidates go to the final stage ({1}).").format(
                len(winners), ", ".join(winners)
            )
        )
        self.refresh()
        self.changed.emit()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
