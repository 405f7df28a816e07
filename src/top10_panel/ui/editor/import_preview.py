"""Before an import: the rows it would add, and every problem of the list by row (SPEC §6). Nothing is written until
the editor presses Import; a list with problems cannot be imported, so the selection stays as it was."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from top10_panel.services.lists_preview import Preview

from .import_columns import ColumnMapper
from .list_models import FIX, PROBLEM, Column, ProblemModel, preview_model


class ImportPreviewDialog(QDialog):
    """What a list would add, or why it cannot be imported. Accepted only when the list is clean."""

    remapped = Signal(dict)
    """The editor chose what a column holds: the whole mapping, for the preview to be read again with it."""

    def __init__(
        self, preview: Preview[object], columns: Sequence[Column], experts: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.experts = experts
        self.setModal(True)
        self.rows = preview_model(columns, self)
        self.rows.set_rows(preview.rows)
        self.problems = ProblemModel(self)
        self.problems.set_rows(preview.problems)

        self.columns = ColumnMapper(preview.layout, dict(preview.mapping or {}), experts)
        self.columns.changed.connect(self.remapped)
        self.columns.setVisible(bool(preview.layout.columns))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_title = QLabel()
        self.problem_view = QTableView()
        self.problem_view.setModel(self.problems)
        self.problem_view.setWordWrap(True)
        self.problem_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.problem_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FIX, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.problem_view.resizeRowsToContents())
        self.rows_title = QLabel()
        self.row_view = QTableView()
        self.row_view.setModel(self.rows)
        self.row_view.setAlternatingRowColors(True)
        self.row_view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((52, 80, 360, 96, 90, 200)):
            self.row_view.setColumnWidth(column, width)

        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problem_title)
        problems_layout.addWidget(self.problem_view)
        rows_box = QWidget()
        rows_layout = QVBoxLayout(rows_box)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addWidget(self.rows_title)
        rows_layout.addWidget(self.row_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(problems_box)
        splitter.addWidget(rows_box)
        problems_box.setVisible(bool(preview.problems))
        rows_box.setVisible(bool(preview.rows))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton()
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(preview.ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.columns)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 640)
        self.retranslate()

    def retranslate(self) -> None:
        preview = self.preview
        name = Path(preview.file).name
        if self.experts:
            self.setWindowTitle(self.tr("Import experts from {0}").format(name))
            self.import_button.setText(self.tr("Import %n expert(s)", "", len(preview.rows)))
            self.rows_title.setText(self.tr("Experts the import would add:"))
        else:
            self.setWindowTitle(self.tr("Import candidates from {0}").format(name))
            self.import_button.setText(self.tr("Import %n candidate(s)", "", len(preview.rows)))
            self.rows_title.setText(self.tr("Candidates the import would add:"))
        self.problem_title.setText(self.tr("Problems, by row:"))
        if preview.problems:
            text = self.tr(
                "%n problem(s) in {0}. Nothing is imported until the list is fixed: correct these rows in the file, "
                "save it, and import it again. The selection has not been changed.",
                "",
                len(preview.problems),
            ).format(name)
        elif not preview.rows:
            text = self.tr("The list adds nothing.")
        else:
            text = self.tr(
                "%n row(s) are ready to import from {0}. Nothing is written until you press Import.",
                "",
                len(preview.rows),
            ).format(name)
            if preview.suggested:
                text += " " + self.tr(
                    "%n recusal(s) will be suggested where an expert's affiliation is a candidate's source; "
                    "accept or reject them in the recusal matrix.",
                    "",
                    len(preview.suggested),
                )
        self.summary.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.problem_view.resizeRowsToContents()  # the problems wrap at the widths the dialog opened with

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.columns.retranslate()
        super().changeEvent(event)
