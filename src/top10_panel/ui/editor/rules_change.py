"""Changing the current stage's rules: in place while no packages are out; after that only with a reason, as a new
logged version whose old packages are refused (services.stages.change_rules)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.rules import Rules
from top10_panel.services.stages import RulesChange, change_rules

from .explained import ErrorLine, add_row, note_label, scrolled
from .rules_form import RulesForm
from .tools import Tools


class RulesChangeDialog(QDialog):
    """The rule editors in tabs, loaded with the current rules; Save runs the change on the writer thread."""

    saved = Signal(object)
    """The RulesChange made."""

    def __init__(
        self,
        selection: Path,
        tools: Tools,
        rules: Rules,
        locked: bool,
        parent: QWidget | None = None,
        cause: str = "",
    ):
        super().__init__(parent)
        self.selection = selection
        self.tools = tools
        self.locked = locked
        self.cause = cause
        """Why the rules are locked: 'packages issued' or 'ballots counted'."""
        self.form = RulesForm(screening=False, parent=self)
        self.form.load(rules)
        self.tabs = QTabWidget()
        for section in (self.form.voting, self.form.validity, self.form.panel, self.form.ties):
            self.tabs.addTab(scrolled(section), "")
        self.intro = note_label()
        self.reason, self.by = QLineEdit(), QLineEdit()
        reason_form = QFormLayout()
        self.reason_label, self.reason_row = add_row(reason_form, self.reason)
        self.by_label, self.by_row = add_row(reason_form, self.by)
        self.reason.textChanged.connect(self._check)
        self.error = ErrorLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(reason_form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.form.changed.connect(lambda: self.error.show_error(None))
        self.reason.textChanged.connect(lambda _: self.error.show_error(None))
        self.resize(980, 680)
        self.retranslate()
        self._check()

    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _check(self) -> None:
        """Once the rules are locked, Save waits for the reason: the new version records why."""
        self.save_button().setEnabled(not self.locked or bool(self.reason.text().strip()))

    def save(self) -> None:
        """Check the rules here; then the service makes the change (or a new version) off the UI thread."""
        try:
            rules = self.form.rules()
            reason = self.reason.text().strip()
            if self.locked and not reason:
                raise InputError(
                    f"the rules are locked ({self.cause or 'packages issued'}), so a change needs a recorded reason",
                    fix="give the reason; the change is then a new version on record",
                    where=Location(file=str(self.selection)),
                )
        except InputError as error:
            self.error.show_error(error)
            return
        selection, by = self.selection, self.by.text().strip()
        self.buttons.setEnabled(False)
        job = lambda: change_rules(selection, rules, reason, by)  # noqa: E731
        self.tools.run(self, job, self._saved, self._refused, show=False)

    def _saved(self, change: RulesChange) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(change)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._check()
        if isinstance(error, InputError):
            self.error.show_error(error)
        else:
            from .tools import show_problem

            show_problem(self, error, self.tools.log_path)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the rules"))
        for index, text in enumerate(
            (self.tr("Voting"), self.tr("Valid ballots"), self.tr("Seats and secrecy"), self.tr("Ties and publication"))
        ):
            self.tabs.setTabText(index, text)
        if self.locked and self.cause == "ballots counted":
            self.intro.setText(
                self.tr(
                    "Ballots are counted under the current rules, so they are locked. Saving makes a new version of "
                    "the rules, kept on record with who decided it and why; the ballots in are counted under it, and "
                    "every report shows both versions."
                )
            )
        elif self.locked:
            self.intro.setText(
                self.tr(
                    "Ballot packages are out under the current rules. Saving makes a new version of the rules, kept "
                    "on record with your reason; packages of the old version are refused from then on, so every "
                    "expert needs a new package (Issue page)."
                )
            )
        else:
            self.intro.setText(self.tr("No packages are out yet, so the rules change in place. The change is logged."))
        self.reason_label.setText(self.tr("Reason"))
        self.reason_row.note.setText(
            self.tr("Required once the rules are locked: why they change, for the record. Save waits for it.")
            if self.locked
            else self.tr("Optional while no packages are out and no ballot is counted.")
        )
        self.by_label.setText(self.tr("Decided by"))
        self.by_row.note.setText(self.tr("Who decided the change (recorded with the new version)."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
