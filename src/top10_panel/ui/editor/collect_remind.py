"""Reminding the experts who have not voted, beside their list on the collection dashboard: the time left to the
deadline, copy their e-mail addresses, write a reminder e-mail (a ``mailto:`` link with the text in Chinese or
English), or save a reminder list (CSV). The text and the list come from services.reminders."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from top10_panel.services.reminders import Reminder, reminder, save_list, time_left

from ..files import DialogChooser, FileChooser
from . import collect_jobs

LIST_FILTER = "CSV (*.csv)"


def open_url(url: QUrl) -> bool:
    """Open a link with the system's handler (the mail client for mailto:); tests put their own in its place."""
    return QDesktopServices.openUrl(url)


class ReminderPanel(QWidget):
    """The reminder buttons under the list of the experts who have not voted yet."""

    done = Signal(str)
    """What a button did, in the editor's language."""

    def __init__(
        self,
        selection: Path,
        runner: Callable[[], collect_jobs.Runner],
        chooser: FileChooser | None = None,
        opener: Callable[[QUrl], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.selection = selection
        self._runner = runner
        self.chooser: FileChooser = chooser or DialogChooser()
        self.opener = opener or open_url
        self.reminder: Reminder | None = None
        self.now: Callable[[], datetime] = lambda: datetime.now().astimezone()

        self.time_left = QLabel()
        self.time_left.setWordWrap(True)
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if QLocale().name().startswith("zh") else 1)
        self.copy, self.mail, self.save = QPushButton(), QPushButton(), QPushButton()
        self.copy.clicked.connect(self.copy_addresses)
        self.mail.clicked.connect(self.write_mail)
        self.save.clicked.connect(self.save_list)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(self.language_label, 0, 0)
        grid.addWidget(self.language, 0, 1)
        grid.addWidget(self.copy, 1, 0, 1, 2)
        grid.addWidget(self.mail, 2, 0, 1, 2)
        grid.addWidget(self.save, 3, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.time_left)
        layout.addLayout(grid)
        layout.addWidget(self.outcome)
        self.retranslate()

    def retranslate(self) -> None:
        self.language_label.setText(self.tr("Reminder in"))
        self.copy.setText(self.tr("Copy their e-mail addresses"))
        self.mail.setText(self.tr("E-mail a reminder…"))
        self.save.setText(self.tr("Save a reminder list…"))
        self._show()

    # --- reading ---------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        path = self.selection
        self._runner().run(lambda: reminder(path), *collect_jobs.guarded(self, self.set_reminder, self._failed))

    def set_reminder(self, found: Reminder) -> None:
        self.reminder = found
        self._show()

    def _show(self) -> None:
        found = self.reminder
        self.time_left.setText(self.deadline_text())
        overdue = found is not None and self._left() is not None and (self._left() or timedelta()) < timedelta()
        self.time_left.setStyleSheet("color: #b35900; font-weight: bold" if overdue else "")
        some = found is not None and bool(found.missing)
        self.copy.setEnabled(some and bool(found and found.emails))
        self.mail.setEnabled(some and bool(found and found.emails))
        self.save.setEnabled(some)

    def _left(self) -> timedelta | None:
        return time_left(self.reminder.deadline, self.now()) if self.reminder is not None else None

    def deadline_text(self) -> str:
        """The deadline and the time left to it (or since it passed), in the editor's language."""
        found = self.reminder
        if found is None:
            return ""
        if not found.deadline:
            return self.tr("No deadline is set.")
        left = self._left()
        if left is None:
            return ""
        if left < timedelta():
            return self.tr("The deadline {0} passed {1} ago.").format(found.deadline, self.duration(-left))
        return self.tr("Deadline {0}: {1} left.").format(found.deadline, self.duration(left))

    def duration(self, span: timedelta) -> str:
        """A span in days and hours (hours and minutes when under a day)."""
        minutes = int(span.total_seconds() // 60)
        days, rest = divmod(minutes, 24 * 60)
        hours, minutes = divmod(rest, 60)
        if days:
            return self.tr("{0} days {1} hours").format(days, hours)
        if hours:
            return self.tr("{0} hours {1} minutes").format(hours, minutes)
        return self.tr("{0} minutes").format(minutes)

    # --- the buttons -----------------------------------------------------------------------------------------------

    def _chosen(self) -> str:
        return str(self.language.currentData() or "zh")

    def copy_addresses(self) -> None:
        found = self.reminder
        if found is None or not found.emails:
            return
        QGuiApplication.clipboard().setText(", ".join(found.emails))
        self._say(self.tr("{0} e-mail addresses copied.").format(len(found.emails)) + self._without(found))

    def write_mail(self) -> None:
        found = self.reminder
        if found is None or not found.emails:
            return
        # Some mail programs cut a long mailto: link short: the whole text goes on the clipboard as well.
        QGuiApplication.clipboard().setText(found.body(self._chosen()))
        if self.opener(QUrl(found.mailto(self._chosen()))):
            self._say(
                self.tr(
                    "A reminder to {0} experts is open in the mail program; its text is on the clipboard too."
                ).format(len(found.emails))
            )
        else:
            self._say(self.tr("No mail program opened: copy the addresses and save the reminder list instead."))

    def save_list(self) -> None:
        found = self.reminder
        if found is None or not found.missing:
            return
        suggested = self.selection.with_name(f"{self.selection.stem}-reminders.csv")
        target = self.chooser.save_file(self, self.tr("Save a reminder list"), suggested, LIST_FILTER)
        if target is None:
            return
        path, language = self.selection, self._chosen()

        def saved(_: Reminder) -> None:
            self._say(self.tr("Reminder list of {0} experts saved: {1}").format(len(found.missing), target.name))

        self._runner().run(lambda: save_list(path, target, language), *collect_jobs.guarded(self, saved, self._failed))

    def _without(self, found: Reminder) -> str:
        if not found.without_email:
            return ""
        return " " + self.tr("No e-mail address for: {0}.").format(", ".join(found.without_email))

    def _say(self, text: str) -> None:
        self.outcome.setText(text)
        self.done.emit(text)

    def _failed(self, error: BaseException) -> None:
        collect_jobs.problem(self, error)
