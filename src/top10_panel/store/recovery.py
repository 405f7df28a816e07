"""A change cut short (a crash, a kill, a full disk) undone as a selection file is opened, and who is told: the
edge — the command, the app — says so to the user. Kept apart from SQLAlchemy, so that the command can listen
without loading it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from top10_panel.domain.errors import InputError, Location

from . import faults

_listeners: list[Callable[[Path], None]] = []


def on_recovery(listener: Callable[[Path], None]) -> None:
    """Have ``listener(path)`` called each time an interrupted change to the file at ``path`` has been undone."""
    if listener not in _listeners:
        _listeners.append(listener)


def recovered(path: Path) -> None:
    for listener in _listeners:
        listener(path)


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
"""The first bytes of a rollback journal that still holds a change to undo."""


def journal_path(path: Path) -> Path:
    return path.with_name(f"{path.name}-journal")


def _holds_a_change(journal: Path) -> bool:
    try:
        with journal.open("rb") as handle:
            return handle.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC
    except OSError:
        return False


def undo_interrupted_change(path: Path) -> None:
    """A write cut short leaves its journal beside the file; SQLite undoes the change from it at the first read of a
    connection that may write, which a read-only open cannot. A journal that belongs to a writer still at work is
    left alone by SQLite, and then by this."""
    if not _holds_a_change(journal_path(path)):
        return
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    except sqlite3.Error as error:
        raise _fault(error, path) from None
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        raise _fault(error, path) from None
    finally:
        connection.close()
    if not _holds_a_change(journal_path(path)):
        recovered(path)


def _fault(error: sqlite3.Error, path: Path) -> InputError:
    """Why the change could not be undone, in the user's words."""
    fault = faults.as_input_error(error, path) or faults.damaged(path)
    if fault.problem == faults.read_only().problem:
        return InputError(
            "a change to the selection file was interrupted and must be undone, but the file cannot be written here",
            fix="copy the file together with its -journal file to a folder you can write, then open the copy",
            where=Location(file=str(path)),
        )
    return fault
