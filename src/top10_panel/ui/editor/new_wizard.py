"""New selection (SPEC §2 step 1): a wizard through every rule of SPEC §3, each explained in a sentence, that makes
the selection file when the rules hold together. A contradiction is shown on the page, in words, and Next waits."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.rules import Rules
from top10_panel.services.selection import new_selection

from ..files import SELECTION_SUFFIX
from .explained import ErrorLine, add_row, scrolled
from .rules_form import RulesForm
from .rules_words import describe
from .tools import Desktop

WIZARD_SIZE = (1000, 700)
"""Fits a 1366×768 screen with its task bar."""


class SelectionPage(QWizardPage):
    """Title, year, description and where the file goes."""

    def __init__(self, wizard: NewSelectionWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.title_edit = QLineEdit()
        self.year = QSpinBox()
        self.year.setRange(1900, 2999)
        self.year.setValue(date.today().year)
        self.year.setMaximumWidth(110)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(72)
        self.file = QLineEdit()
        self.browse = QPushButton()
        file_row = QWidget()
        file_layout = QHBoxLayout(file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.addWidget(self.file, 1)
        file_layout.addWidget(self.browse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_label, self.title_row = add_row(form, self.title_edit)
        self.year_label, self.year_row = add_row(form, self.year)
        self.description_label, self.description_row = add_row(form, self.description)
        self.file_label, self.file_row = add_row(form, file_row)
        self.error = ErrorLine()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.error)
        self._file_touched = False
        self.title_edit.textEdited.connect(self._title_edited)
        self.file.textEdited.connect(self._file_edited)
        self.browse.clicked.connect(self._browse)
        for edit in (self.title_edit, self.file):
            edit.textChanged.connect(lambda _: self.error.show_error(None))

    def _title_edited(self, text: str) -> None:
        if not self._file_touched:
            name = "".join(ch for ch in text.strip() if ch not in '\\/:*?"<>|')[:60] or "selection"
            self.file.setText(str(self._wizard.folder / f"{name}{SELECTION_SUFFIX}"))

    def _file_edited(self) -> None:
        self._file_touched = True

    def _browse(self) -> None:
        suggested = Path(self.file.text()) if self.file.text().strip() else self._wizard.folder / "selection.t10"
        path = self._wizard.desktop.save_file(
            self, self.tr("Save the new selection as"), suggested, self.tr("Selections (*.t10)")
        )
        if path is not None:
            self._file_touched = True
            self.file.setText(str(path))

    def path(self) -> Path:
        text = self.file.text().strip()
        path = Path(text) if text else Path()
        return path if path.suffix.lower() == SELECTION_SUFFIX else path.with_name(path.name + SELECTION_SUFFIX)

    def validatePage(self) -> bool:
        try:
            if not self.title_edit.text().strip():
                raise InputError("the title is empty", fix="give the selection a title with --title")
            path = self.path()
            if not self.file.text().strip():
                raise InputError("no selection file is given", fix="choose where to keep the selection file")
            if path.exists():
                raise InputError(
                    "a file of that name exists already",
                    fix="choose another name, or delete the old file first",
                    where=Location(file=str(path)),
                )
            if not path.parent.is_dir():
                raise InputError("the folder does not exist", fix="create the folder first", where=Location(str(path)))
        except InputError as error:
            self.error.show_error(error)
            return False
        self.error.show_error(None)
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("The selection"))
        self.setSubTitle(self.tr("What is selected, for which year, and where the selection file is kept."))
        self.title_label.setText(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. 2020年度中国科技资源管理领域十大事件"))
        self.title_row.note.setText(self.tr("As it will appear on the ballots and in the published result."))
        self.year_label.setText(self.tr("Year"))
        self.year_row.note.setText(self.tr("The year whose events are selected."))
        self.description_label.setText(self.tr("Description"))
        self.description_row.note.setText(self.tr("A sentence or two for the experts and the report; optional."))
        self.file_label.setText(self.tr("Selection file"))
        self.browse.setText(self.tr("Choose…"))
        self.file_row.note.setText(
            self.tr("One file (.t10) holds everything: rules, candidates, experts, ballots and the audit trail.")
        )


class RulesPage(QWizardPage):
    """One part of the rules; Next waits until the rules hold together."""

    def __init__(self, wizard: NewSelectionWizard, section: QWidget) -> None:
        super().__init__()
        self._wizard = wizard
        self.error = ErrorLine()
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(section), 1)
        layout.addWidget(self.error)
        wizard.form.changed.connect(lambda: self.error.show_error(None))

    def validatePage(self) -> bool:
        try:
            self._wizard.build()
        except InputError as error:
            self.error.show_error(error)
            return False
        self.error.show_error(None)
        return True


class SummaryPage(QWizardPage):
    """The rules in plain words, to check before the file is made."""

    def __init__(self, wizard: NewSelectionWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.error = ErrorLine()
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(self.text), 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        self.error.show_error(None)
        try:
            rules, screening = self._wizard.build()
        except InputError as error:
            self.error.show_error(error)
            self.text.clear()
            return
        intro = self._wizard.intro
        rows = [(self.tr("Title"), intro.title_edit.text().strip()), (self.tr("Year"), str(intro.year.value()))]
        rows += describe(rules, screening.seats if screening else None)
        rows.append((self.tr("Selection file"), str(intro.path())))
        cells = "".join(f"<tr><td><b>{_html(k)}</b>&nbsp;&nbsp;</td><td>{_html(v)}</td></tr>" for k, v in rows)
        self.text.setText(f"<table cellspacing='4'>{cells}</table>")

    def validatePage(self) -> bool:
        try:
            self._wizard.make_selection()
        except InputError as error:
            self.error.show_error(error)
            return False
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check and create"))
        self.setSubTitle(
            self.tr("The rules are fixed once ballot packages are issued; until then you can change them.")
        )
        if self.isVisible():
            self.initializePage()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class NewSelectionWizard(QWizard):
    """Makes a new selection file; ``created`` carries its path."""

    created = Signal(object)

    def __init__(self, desktop: Desktop, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desktop = desktop
        self.folder = folder
        self.created_path: Path | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.form = RulesForm(screening=True, parent=self)
        self.intro = SelectionPage(self)
        self.voting_page = RulesPage(self, self.form.voting)
        self.validity_page = RulesPage(self, self.form.validity)
        self.panel_page = RulesPage(self, self.form.panel)
        self.ties_page = RulesPage(self, self.form.ties)
        self.summary = SummaryPage(self)
        for page in (
            self.intro,
            self.voting_page,
            self.validity_page,
            self.panel_page,
            self.ties_page,
            self.summary,
        ):
            self.addPage(page)
        self.resize(*WIZARD_SIZE)
        self.retranslate()

    def build(self) -> tuple[Rules, Rules | None]:
        """The final stage's rules and the screening's (None without one); InputError when they contradict."""
        rules = self.form.rules()
        return rules, self.form.screening_rules(rules)

    def make_selection(self) -> Path:
        """Make the selection file (the slot calls this one service)."""
        rules, screening = self.build()
        path = self.intro.path()
        new_selection(
            path,
            self.intro.title_edit.text(),
            rules,
            year=self.intro.year.value(),
            description=self.intro.description.toPlainText().strip(),
            screening=screening,
        )
        self.created_path = path
        self.created.emit(path)
        return path

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New selection"))
        self.intro.retranslate()
        self.voting_page.setTitle(self.tr("Voting"))
        self.voting_page.setSubTitle(self.tr("How the experts vote, how the votes are counted, and how many win."))
        self.validity_page.setTitle(self.tr("Valid ballots"))
        self.validity_page.setSubTitle(self.tr("When a ballot counts, until when, and how many ballots are enough."))
        self.panel_page.setTitle(self.tr("Seats, secrecy and stages"))
        self.panel_page.setSubTitle(
            self.tr("Seats per category, named or secret ballots, other sources of votes, a screening stage.")
        )
        self.ties_page.setTitle(self.tr("Ties and publication"))
        self.ties_page.setSubTitle(self.tr("How a tie at the cut line is settled, and how the chosen are published."))
        self.summary.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
