"""The issue page (SPEC §2 step 2): one ballot package per expert into a folder, with Excel ballot forms if wanted;
then the selection's fingerprint, large, to tell the experts, and the files written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from top10_panel.domain.errors import InputError
from top10_panel.services.ballots import Issued, issue, issue_refusal
from top10_panel.services.overview import Overview, overview

from ..times import moment_text
from .explained import add_row, note_label
from .tools import Tools, show_problem


def grouped(fingerprint: str) -> str:
    """The fingerprint in groups of four, eight groups a line: easy to read out and compare."""
    groups = [fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4)]
    return "\n".join(" ".join(groups[i : i + 8]) for i in range(0, len(groups), 8))


class IssuePage(QWidget):
    """发出选票: choose a folder, issue the packages, tell the experts the fingerprint."""

    changed = Signal()
    issued = Signal(object)
    """The Issued result, once the packages are written."""

    def __init__(self, selection: Path, tools: Tools, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.tools = tools
        self.info: Overview | None = None
        self.result: Issued | None = None
        self.confirm_box: QMessageBox | None = None
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = note_label()
        self.folder = QLineEdit(str(selection.parent / f"{selection.stem}-packages"))
        self.choose = QPushButton()
        folder = QWidget()
        folder_layout = QHBoxLayout(folder)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.folder, 1)
        folder_layout.addWidget(self.choose)
        self.forms = QCheckBox()
        self.paper = QCheckBox()
        self.issue_button = QPushButton()
        self.issue_button.setMinimumHeight(36)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.folder_label, self.folder_row = add_row(form, folder)
        self.forms_label, self.forms_row = add_row(form, self.forms)
        self.paper_label, self.paper_row = add_row(form, self.paper)
        self.state = QLabel()
        self.state.setWordWrap(True)

        self.fingerprint_title = QLabel()
        self.fingerprint = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10) * 1.7)
        mono.setBold(True)
        self.fingerprint.setFont(mono)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet(
            "QLabel { background: palette(base); border: 1px solid palette(mid); padding: 8px; }"
        )
        self.copy_button = QPushButton()
        self.files_title = QLabel()
        self.files = QListWidget()
        self.open_button = QPushButton()
        result_buttons = QHBoxLayout()
        result_buttons.addWidget(self.copy_button)
        result_buttons.addWidget(self.open_button)
        result_buttons.addStretch(1)
        self.result_box = QWidget()
        result = QVBoxLayout(self.result_box)
        result.setContentsMargins(0, 8, 0, 0)
        result.addWidget(self.fingerprint_title)
        result.addWidget(self.fingerprint)
        result.addLayout(result_buttons)
        result.addWidget(self.files_title)
        result.addWidget(self.files, 1)

        issue_row = QHBoxLayout()
        issue_row.addWidget(self.issue_button)
        issue_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(issue_row)
        layout.addWidget(self.state)
        layout.addWidget(self.result_box, 10)
        layout.addStretch(1)

        self.choose.clicked.connect(self.ask_folder)
        self.issue_button.clicked.connect(self.ask_issue)
        self.copy_button.clicked.connect(self.copy_fingerprint)
        self.open_button.clicked.connect(self.open_folder)
        self.refresh()
        self.retranslate()

    def refresh(self) -> None:
        try:
            self.info = overview(self.selection)
        except InputError as error:
            show_problem(self, error, self.tools.log_path)
            return
        self._show()

    def out(self) -> Path:
        return Path(self.folder.text().strip())

    # -- actions -----------------------------------------------------------------------------------------------------
    def ask_folder(self) -> None:
        start = self.out() if self.out().is_dir() else self.selection.parent
        folder = self.tools.desktop.choose_folder(self, self.tr("Folder for the ballot packages"), start)
        if folder is not None:
            self.folder.setText(str(folder))

    def ask_issue(self) -> None:
        """First what would refuse the issue (no candidates or experts, undecided recusals), shown before anything
        is asked; then the question before the rules lock; then the issue."""
        if self.info is None or not self.folder.text().strip():
            return
        selection = self.selection
        self.tools.run(self, lambda: _refuse(issue_refusal(selection)), lambda _: self._confirm(), lambda _: None)

    def _confirm(self) -> None:
        info = self.info
        if info is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Issue ballot packages"))
        box.setText(
            self.tr("Write a ballot package for each of the {0} experts into {1}?").format(info.experts, self.out())
        )
        box.setInformativeText(
            self.tr(
                "From now on the rules, the candidates and the experts are locked: a change needs a new version of "
                "the rules and new packages for every expert."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.issue() if box.standardButton(button) == QMessageBox.StandardButton.Yes else None
        )
        box.destroyed.connect(lambda: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def issue(self) -> None:
        selection, out, forms, paper = self.selection, self.out(), self.forms.isChecked(), self.paper.isChecked()
        self.issue_button.setEnabled(False)
        self.tools.run(self, lambda: issue(selection, out, forms, paper), self._issued, lambda _: self._show())

    def _issued(self, result: Issued) -> None:
        self.result = result
        self.tools.say(
            self.tr("{0} files written into {1}; rules version {2} is locked.").format(
                len(result.packages), self.out(), result.rules_version
            )
        )
        self.refresh()
        self.issued.emit(result)
        self.changed.emit()

    def copy_fingerprint(self) -> None:
        text = self._fingerprint()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.tools.say(self.tr("Fingerprint copied."))

    def open_folder(self) -> None:
        folder = self.result.packages[0].parent if self.result and self.result.packages else self.out()
        self.tools.desktop.open_folder(folder)

    # -- words -------------------------------------------------------------------------------------------------------
    def _fingerprint(self) -> str:
        if self.result is not None:
            return self.result.fingerprint
        last = self.info.last_issue if self.info else None
        return last.fingerprint if last else ""

    def _show(self) -> None:
        info = self.info
        self.issue_button.setEnabled(info is not None)
        fingerprint = self._fingerprint()
        self.result_box.setVisible(bool(fingerprint))
        self.fingerprint.setText(grouped(fingerprint))
        self.files.clear()
        if self.result is not None:
            self.files.addItems([path.name for path in self.result.packages])
            folder = self.result.packages[0].parent if self.result.packages else self.out()
            self.files_title.setText(self.tr("Files written into {0}:").format(folder))
        self.files_title.setVisible(self.result is not None)
        self.files.setVisible(self.result is not None)
        if info is None:
            return
        last = info.last_issue
        if last is None:
            self.state.setText(
                self.tr("No packages issued yet: {0} candidates, {1} experts.").format(info.candidates, info.experts)
            )
        elif not info.rules_locked:
            self.state.setText(
                self.tr(
                    "The rules changed after packages were issued (now version {0}): issue new packages to every "
                    "expert; the old ones are refused."
                ).format(info.versions[-1].version if info.versions else 1)
            )
        else:
            self.state.setText(
                self.tr("Packages issued {0} to {1} experts. Issuing again writes the same packages.").format(
                    moment_text(last.at, utc=True), last.experts
                )
            )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Issue ballots"))
        self.intro.setText(
            self.tr(
                "Each expert gets one ballot package (.t10pkg) to e-mail or copy to a USB stick; experts who will "
                "not install anything can get a protected Excel ballot form as well. Both carry the selection's "
                "fingerprint."
            )
        )
        self.folder_label.setText(self.tr("Folder"))
        self.choose.setText(self.tr("Choose…"))
        self.folder_row.note.setText(self.tr("The packages are named after the experts, e.g. 专家01.t10pkg."))
        self.forms_label.setText(self.tr("Excel forms"))
        self.forms.setText(self.tr("also write an Excel ballot form (.xlsx) for each expert"))
        self.forms_row.note.setText(
            self.tr("Only the vote column of the form can be edited; a returned form is counted as unsigned.")
        )
        self.paper_label.setText(self.tr("Paper ballots"))
        self.paper.setText(self.tr("also a printable paper ballot (PDF) per expert and a blank double-entry workbook"))
        self.paper_row.note.setText(
            self.tr(
                "Print the sheets for experts who vote on paper; two people then type the returned sheets into two "
                "copies of the workbook, which are collected only when they agree."
            )
        )
        self.issue_button.setText(self.tr("Issue ballot packages"))
        self.fingerprint_title.setText(
            self.tr(
                "<b>Selection fingerprint (指纹)</b> — tell it to the experts by phone or in the e-mail; their app "
                "shows the same one, so they know their package is genuine:"
            )
        )
        self.fingerprint_title.setWordWrap(True)
        self.copy_button.setText(self.tr("Copy fingerprint"))
        self.open_button.setText(self.tr("Open folder"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _refuse(refusal: InputError | None) -> None:
    """Raise the refusal, so that the writer shows it as the problem (what, where, how to fix)."""
    if refusal is not None:
        raise refusal
