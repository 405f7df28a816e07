"""A progress dialog closed when a short job ends stays closed. Qt shows a QProgressDialog four seconds after it was
made unless it was cancelled, and close() cancels it only through the dialog's own canceled → cancel connection —
which the collect page disconnects when a collect ends. A dialog closed that way but not deleted yet came back,
empty, over the next thing the editor did (seen as a stray "Checking and storing ballots…" window)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QProgressDialog, QWidget

from top10_panel.ui.editor.tools import dismiss


def _ended(qtbot: QtBot, page: QWidget) -> QProgressDialog:
    """A collect's progress dialog as the page has it when the collect ends: canceled disconnected."""
    qtbot.addWidget(page)
    dialog = QProgressDialog("Checking and storing ballots…", "Cancel", 0, 0, page)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(lambda: None)  # the page's own slot
    dialog.canceled.disconnect()  # and with it Qt's cancel
    return dialog


def test_closed_alone_it_is_not_cancelled_and_would_show_itself(qtbot: QtBot) -> None:
    page = QWidget()
    dialog = _ended(qtbot, page)
    dialog.close()
    assert not dialog.wasCanceled()  # Qt's timer would still show it


def test_dismissed_it_is_cancelled_and_never_shows_again(qtbot: QtBot) -> None:
    page = QWidget()
    dialog = _ended(qtbot, page)
    dismiss(dialog)
    assert dialog.wasCanceled() and not dialog.isVisible()
