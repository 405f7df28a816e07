"""Errors at the edge, in the user's words (STYLE §9): a dialog, never a traceback; internal errors go to a log file."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from top10_panel.domain.errors import InputError
from top10_panel.services.diagnostics import trace_text
from top10_panel.store.faults import as_input_error
from top10_panel.store.private import open_private, private_folder

log = logging.getLogger("top10_panel")

# What the services say about a package or a ballot file the expert opens, as lupdate should see it: the services
# speak English, so the dialog looks each sentence up here and shows it untranslated when it is not known.
KNOWN = (
    QT_TRANSLATE_NOOP("InputError", "no such file"),
    QT_TRANSLATE_NOOP("InputError", "check the path and the file name"),
    QT_TRANSLATE_NOOP("InputError", "this is a folder, not a ballot package"),
    QT_TRANSLATE_NOOP("InputError", "give the ballot package file"),
    QT_TRANSLATE_NOOP("InputError", "the file is too large for a ballot package"),
    QT_TRANSLATE_NOOP("InputError", "give the ballot package as it was made"),
    QT_TRANSLATE_NOOP("InputError", "this is not a readable ballot package (damaged or cut short)"),
    QT_TRANSLATE_NOOP("InputError", "ask for the ballot package again"),
    QT_TRANSLATE_NOOP("InputError", "this is not a ballot package"),
    QT_TRANSLATE_NOOP("InputError", "give a ballot package made by Top10 Panel"),
    QT_TRANSLATE_NOOP("InputError", "the ballot package is incomplete or damaged"),
    QT_TRANSLATE_NOOP("InputError", "ask the editors for a new package"),
    QT_TRANSLATE_NOOP("InputError", "update Top10 Panel"),
    QT_TRANSLATE_NOOP("InputError", "this is not a readable ballot file (damaged or cut short)"),
    QT_TRANSLATE_NOOP("InputError", "ask for the ballot file again"),
    QT_TRANSLATE_NOOP("InputError", "this is not a ballot file"),
    QT_TRANSLATE_NOOP("InputError", "give a ballot file made by Top10 Panel"),
    QT_TRANSLATE_NOOP("InputError", "the ballot file is incomplete or damaged"),
    QT_TRANSLATE_NOOP("InputError", "ask the expert to send the ballot file again"),
    QT_TRANSLATE_NOOP("InputError", "the saved draft is damaged"),
    QT_TRANSLATE_NOOP("InputError", "vote again"),
    QT_TRANSLATE_NOOP("InputError", "change the vote"),
    QT_TRANSLATE_NOOP("InputError", "the disk is full: nothing was changed"),
    QT_TRANSLATE_NOOP("InputError", "free some space on the disk, then try again"),
    QT_TRANSLATE_NOOP("InputError", "the disk reported an error, so nothing was changed"),
    QT_TRANSLATE_NOOP("InputError", "check the disk or the USB stick, then try again"),
)


_shown: set[QMessageBox] = set()
"""Boxes without a parent window: held here until closed, or Python would collect them before they are seen."""


def _open(box: QMessageBox) -> QMessageBox:
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if box.parent() is None:
        _shown.add(box)
        box.finished.connect(lambda _: _shown.discard(box))
    box.open()
    return box


def _tr(text: str) -> str:
    return QCoreApplication.translate("InputError", text)


class _PrivateLog(RotatingFileHandler):
    """The log file, and each one it rotates to, readable by the user alone."""

    def _open(self):  # type: ignore[no-untyped-def]
        return open_private(Path(self.baseFilename), "a", encoding=self.encoding)


class _WithheldFormatter(logging.Formatter):
    """Tracebacks without exception messages, which may quote votes, keys or SQL parameters."""

    def formatException(self, ei):  # type: ignore[no-untyped-def]  # noqa: N802 - logging's name
        error = ei[1]
        return trace_text(error).rstrip("\n") if error is not None else ""


def setup_logging(path: Path) -> None:
    """Internal errors and warnings go to ``path`` (the user can send it), never to the screen."""
    private_folder(path.parent)
    handler = _PrivateLog(path, maxBytes=1 << 20, backupCount=2, encoding="utf-8")
    handler.setFormatter(_WithheldFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def show_input_error(parent: QWidget | None, error: InputError) -> QMessageBox:
    """Say what is wrong and how to fix it; opened window-modal with open(), so tests can find and close it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Cannot continue"))
    box.setText(_tr(error.problem))
    details = []
    if error.fix:
        details.append(QCoreApplication.translate("Errors", "What to do: {0}").format(_tr(error.fix)))
    if str(error.where):
        details.append(QCoreApplication.translate("Errors", "Where: {0}").format(error.where))
    box.setInformativeText("\n".join(details))
    return _open(box)


def show_internal_error(parent: QWidget | None, log_path: Path | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Something went wrong"))
    box.setText(QCoreApplication.translate("Errors", "Something went wrong inside Top10 Panel."))
    text = QCoreApplication.translate(
        "Errors", "Your submitted ballots and your saved draft are not affected. Please try again."
    )
    if log_path is not None:
        text += "\n" + QCoreApplication.translate(
            "Errors", "If it happens again, send this file to the editors: {0}"
        ).format(log_path)
    box.setInformativeText(text)
    return _open(box)


def show_error(parent: QWidget | None, error: BaseException, log_path: Path | None = None) -> QMessageBox:
    """An InputError in the user's words; anything else logged with its traceback and shown as an internal error."""
    fault = error if isinstance(error, InputError) else as_input_error(error)
    if fault is not None:
        log.info("refused an input (%s)", str(fault.where) or "no file")  # the sentence may quote a vote: not logged
        return show_input_error(parent, fault)
    log.error("internal error", exc_info=(type(error), error, error.__traceback__))
    return show_internal_error(parent, log_path)


def install_excepthook(log_path: Path) -> None:
    """An exception that escapes a slot ends in a dialog and the log, not on a console the user never sees."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        error.__traceback__ = trace
        show_error(QApplication.activeWindow(), error, log_path)

    sys.excepthook = hook
