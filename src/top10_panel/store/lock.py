"""A cross-platform lock: one writer per selection file, across processes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from top10_panel.domain.errors import InputError, Location

from .private import open_private


def lock_path(path: Path) -> Path:
    """The hidden sidecar that carries the lock; it is left in place, since deleting it would race."""
    return path.with_name(f".{path.name}.lock")


class WriteLock:
    """Held while a process may write the selection; the OS releases it if the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None

    def acquire(self) -> None:
        handle = open_private(lock_path(self.path), "a+b")  # held open for the lock's lifetime
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise InputError(
                "the selection is open for writing in another Top10 Panel window or command",
                fix="close it there, or wait for that command to finish, then try again",
                where=Location(file=str(self.path)),
            ) from None
        self._file = handle

    def release(self) -> None:
        if self._file is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                self._file.seek(0)
                msvcrt.locking(self._file.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
        finally:
            self._file.close()
            self._file = None
