"""Choosing files: one injection point, so that windows ask for paths through it and tests answer without a dialog."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

PACKAGE_SUFFIX = ".t10pkg"
SELECTION_SUFFIX = ".t10"
BALLOT_SUFFIX = ".t10vote"


class FileChooser(Protocol):
    def open_file(self, parent: QWidget | None, title: str, folder: Path, filters: str) -> Path | None: ...

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None: ...


class DialogChooser:
    """The system's file dialogs."""

    def open_file(self, parent: QWidget | None, title: str, folder: Path, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
        return Path(name) if name else None

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(name) if name else None


def documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def writable_folder(near: Path) -> Path:
    """``near``'s folder when the user may write there (a package opened from a read-only share or a CD goes to
    Documents instead)."""
    folder = near.parent
    return folder if folder.is_dir() and os.access(folder, os.W_OK) else documents()
