"""Saying so when opening a selection undid a change cut short (a crash, a kill, a full disk): the store tells,
from whichever thread opened the file; the notice is shown on the UI thread."""

from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from top10_panel.store.recovery import on_recovery

from .errors import log

_current: weakref.ref[RecoveryNotice] | None = None


def _tell(path: Path) -> None:
    notice = _current() if _current is not None else None
    if notice is not None:
        try:
            notice.found.emit(str(path))
        except RuntimeError:  # the notice's Qt object is gone with its app
            pass


def _front() -> QWidget | None:
    """The active window, else the last window shown (the one just opened on the file)."""
    active = QApplication.activeWindow()
    if active is not None:
        return active
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not isinstance(w, QMessageBox)]
    return shown[-1] if shown else None


class RecoveryNotice(QObject):
    """A message box for each undone change, over the window in front."""

    found = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shown: list[QMessageBox] = []
        self.found.connect(self._show, Qt.ConnectionType.QueuedConnection)
        global _current
        _current = weakref.ref(self)  # the app's one notice: the latest made
        on_recovery(_tell)

    def _show(self, path: str) -> None:
        log.warning("an interrupted change to a selection file was undone")
        box = QMessageBox(_front())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("Recovery", "An interrupted change was undone"))
        box.setText(
            QCoreApplication.translate(
                "Recovery",
                "A change to {0} was cut short (a crash, a kill or a full disk) and has been undone: the file is as "
                "it was before that change.",
            ).format(Path(path).name)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Recovery", "Nothing else was lost. If the change was yours, make it again.\nWhere: {0}"
            ).format(path)
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shown.append(box)
        box.finished.connect(lambda _: self.shown.remove(box) if box in self.shown else None)
        box.open()
