"""When a ballot counts: the over-vote rule, equal and skipped ranks, the deadline and the quorum (SPEC §3)."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from top10_panel.domain.errors import InputError
from top10_panel.domain.rules import Mode, Rules

from .explained import add_row, wrapping_label
from .rules_names import over_vote_name
from .rules_words import number

QUORUMS = ("2/3", "1/2", "3/4", "0")
DEADLINE_FORMAT = "yyyy-MM-dd HH:mm"


def parse_share(text: str) -> Fraction:
    """A share as an editor types it: 2/3, 0.5 or 66%; InputError when it is none."""
    cleaned = text.strip().replace("％", "%")
    try:
        if cleaned.endswith("%"):
            return Fraction(cleaned[:-1].strip()) / 100
        return Fraction(cleaned)
    except (ValueError, ZeroDivisionError):
        raise InputError(f"quorum {text} is not a share below 1", fix="give a share such as 2/3") from None


class ValiditySection(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = Mode.APPROVAL
        self.over_void = QRadioButton()
        self.over_excess = QRadioButton()
        self.over_void.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.over_void)
        group.addButton(self.over_excess)
        over = QWidget()
        over_layout = QVBoxLayout(over)
        over_layout.setContentsMargins(0, 0, 0, 0)
        over_layout.addWidget(self.over_void)
        over_layout.addWidget(self.over_excess)
        self.rank_ties = QCheckBox()
        self.rank_ties.setChecked(True)
        self.rank_gaps = QCheckBox()
        self.rank_gaps.setChecked(True)
        self.deadline_on = QCheckBox()
        self.deadline = QDateTimeEdit()
        self.deadline.setDisplayFormat(DEADLINE_FORMAT)
        self.deadline.setCalendarPopup(True)
        soon = QDateTime.currentDateTime().addDays(14)
        self.deadline.setDateTime(QDateTime(soon.date(), QTime(18, 0)))
        deadline = QWidget()
        deadline_layout = QHBoxLayout(deadline)
        deadline_layout.setContentsMargins(0, 0, 0, 0)
        deadline_layout.addWidget(self.deadline_on)
        deadline_layout.addWidget(self.deadline)
        deadline_layout.addStretch(1)
        self.quorum = QComboBox()
        self.quorum.setEditable(True)
        self.quorum.addItems(QUORUMS)
        self.quorum.setMaximumWidth(160)

        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.over_label, self.over_row = add_row(self.form, over)
        self.ties_label, self.ties_row = add_row(self.form, self.rank_ties)
        self.gaps_label, self.gaps_row = add_row(self.form, self.rank_gaps)
        self.blank_label = QLabel()
        self.blank_note = wrapping_label()
        self.form.addRow(self.blank_label, self.blank_note)
        self.deadline_label, self.deadline_row = add_row(self.form, deadline)
        self.quorum_label, self.quorum_row = add_row(self.form, self.quorum)

        for button in (self.over_void, self.over_excess, self.rank_ties, self.rank_gaps):
            button.toggled.connect(self.changed)
        self.deadline_on.toggled.connect(self._deadline_toggled)
        self.deadline.dateTimeChanged.connect(self.changed)
        self.quorum.currentTextChanged.connect(self.changed)
        self._deadline_toggled()
        self.set_mode(Mode.APPROVAL)
        self.retranslate()

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        ranking = mode is Mode.RANKING
        self.over_excess.setVisible(ranking)
        if not ranking:
            self.over_void.setChecked(True)
        self.form.setRowVisible(self.ties_row, ranking)
        self.form.setRowVisible(self.gaps_row, ranking)
        self.retranslate()

    def values(self) -> dict[str, Any]:
        """Rules keyword arguments; InputError when the quorum cannot be read."""
        deadline = self.deadline.dateTime().toString("yyyy-MM-ddTHH:mm") if self.deadline_on.isChecked() else ""
        return {
            "over_vote": "excess" if self.over_excess.isChecked() and self.mode is Mode.RANKING else "void",
            "allow_rank_ties": self.rank_ties.isChecked(),
            "allow_rank_gaps": self.rank_gaps.isChecked(),
            "deadline": deadline,
            "quorum": parse_share(self.quorum.currentText()),
        }

    def load(self, rules: Rules) -> None:
        self.set_mode(rules.mode)
        (self.over_excess if rules.over_vote == "excess" else self.over_void).setChecked(True)
        self.rank_ties.setChecked(rules.allow_rank_ties)
        self.rank_gaps.setChecked(rules.allow_rank_gaps)
        self.deadline_on.setChecked(bool(rules.deadline))
        if rules.deadline:
            moment = QDateTime.fromString(rules.deadline[:16], "yyyy-MM-ddTHH:mm")
            if moment.isValid():
                self.deadline.setDateTime(moment)
        self.quorum.setCurrentText(number(rules.quorum))

    def _deadline_toggled(self) -> None:
        self.deadline.setEnabled(self.deadline_on.isChecked())
        self.changed.emit()

    def retranslate(self) -> None:
        self.over_label.setText(self.tr("Too many picks"))
        self.over_void.setText(over_vote_name("void"))
        self.over_excess.setText(over_vote_name("excess"))
        if self.mode is Mode.RANKING:
            note = self.tr(
                "A ballot that ranks more candidates than allowed is void as a whole, or keeps only its best ranks."
            )
        else:
            note = self.tr(
                "A ballot with more picks than allowed is void as a whole (多选作废); the app stops experts before "
                "that happens."
            )
        self.over_row.note.setText(note)
        self.ties_label.setText(self.tr("Equal ranks"))
        self.rank_ties.setText(self.tr("allowed"))
        self.ties_row.note.setText(
            self.tr("Whether two candidates may share a rank on one ballot; if not, such a ballot is invalid.")
        )
        self.gaps_label.setText(self.tr("Skipped ranks"))
        self.rank_gaps.setText(self.tr("allowed"))
        self.gaps_row.note.setText(
            self.tr("Whether ranks may skip a number (1, 2, 4); if not, such a ballot is invalid.")
        )
        self.blank_label.setText(self.tr("Blank ballot"))
        self.blank_note.setText(
            self.tr("A blank ballot is returned and valid, but gives no votes: an abstention (弃权).")
        )
        self.deadline_label.setText(self.tr("Deadline"))
        self.deadline_on.setText(self.tr("ballots are due by"))
        self.deadline_row.note.setText(
            self.tr("A ballot received later is flagged, and counted only by a recorded decision.")
        )
        self.quorum_label.setText(self.tr("Quorum"))
        self.quorum_row.note.setText(
            self.tr(
                "The result stays provisional until more than this share of the invited experts returned valid "
                "ballots (2/3 by default; type a share such as 3/4 or 60%, or 0 for none)."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
