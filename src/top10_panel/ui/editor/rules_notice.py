"""The 公示 notice's rules: the objection period's last day and where objections go (SPEC §5.8). They are printed
by the notice (export --docx --notice) and never touch the count, so the fingerprint leaves them out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QFormLayout, QHBoxLayout, QLineEdit, QWidget

from top10_panel.domain.rules import NOTICE_CONTACT_MAX, Rules

from .explained import add_row

DATE_FORMAT = "yyyy-MM-dd"


class NoticeSection(QWidget):
    """Its two rows go into ``form`` when one is given (the tie-break page's, under the publication order), so that
    they line up with the rows there; else into a form of its own."""

    changed = Signal()

    def __init__(self, form: QFormLayout | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.until_on = QCheckBox()
        self.until = QDateEdit(QDate.currentDate().addDays(7))
        self.until.setDisplayFormat(DATE_FORMAT)
        self.until.setCalendarPopup(True)
        until = QWidget()
        row = QHBoxLayout(until)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.until_on)
        row.addWidget(self.until)
        row.addStretch(1)
        self.contact = QLineEdit()
        self.contact.setMaxLength(NOTICE_CONTACT_MAX)
        if form is None:
            form = QFormLayout(self)
            form.setContentsMargins(0, 0, 0, 0)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self.until_label, self.until_row = add_row(self.form, until)
        self.contact_label, self.contact_row = add_row(self.form, self.contact)
        self.until_on.toggled.connect(self._toggled)
        self.until.dateChanged.connect(self.changed)
        self.contact.textChanged.connect(self.changed)
        self._toggled()
        self.retranslate()

    def values(self) -> dict[str, Any]:
        until = self.until.date().toString(DATE_FORMAT) if self.until_on.isChecked() else ""
        return {"notice_until": until, "notice_contact": self.contact.text().strip()}

    def load(self, rules: Rules) -> None:
        self.until_on.setChecked(bool(rules.notice_until))
        if rules.notice_until:
            day = QDate.fromString(rules.notice_until, DATE_FORMAT)
            if day.isValid():
                self.until.setDate(day)
        self.contact.setText(rules.notice_contact)

    def _toggled(self) -> None:
        self.until.setEnabled(self.until_on.isChecked())
        self.changed.emit()

    def retranslate(self) -> None:
        self.until_label.setText(self.tr("Notice (公示)"))
        self.until_on.setText(self.tr("objections taken until"))
        self.until_row.note.setText(
            self.tr("The last day of the objection period, printed by the notice of the chosen list.")
        )
        self.contact_label.setText(self.tr("Objections to"))
        self.contact.setPlaceholderText(self.tr("office, telephone, e-mail"))
        self.contact_row.note.setText(
            self.tr("Where objections go, as the notice prints it. Neither line changes the count.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
