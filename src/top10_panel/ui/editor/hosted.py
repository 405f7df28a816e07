"""What the collect, results and publish pages share: they read their selection on the writer thread when first
shown (not before, so that the window opens at once), follow the language, and say when they changed the file."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from . import collect_jobs


class HostedPage(QWidget):
    changed = Signal()
    """Emitted after the page changed the selection file."""
    loaded = Signal()
    """Emitted each time the page has read the selection and shown it."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def has_read(self) -> bool:
        """Whether the page has read its selection (a page that could not read it tries again when shown)."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def runner(self) -> collect_jobs.Runner:
        return collect_jobs.runner_for(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.has_read():
            self.refresh()
