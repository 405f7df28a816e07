"""Faults of the machine, not of the input — a full disk, a busy or read-only file, a damaged page — in the user's
words: what happened, that nothing was changed, and what to do. Never the SQL or its parameters (votes, keys)."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from top10_panel.domain.errors import InputError, Location

_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_FULL = {sqlite3.SQLITE_FULL}
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_FORMAT}
_READ_ONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_AUTH}
_DISK = {sqlite3.SQLITE_IOERR}

_FULL_ERRNO = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY_ERRNO = {errno.EROFS, errno.EACCES, errno.EPERM}


def busy(path: Path | None = None) -> InputError:
    return InputError(
        "the selection file is busy: another program is writing it, and nothing was changed",
        fix="wait until it has finished, then try again",
        where=_where(path),
    )


def disk_full(path: Path | None = None) -> InputError:
    return InputError(
        "the disk is full: nothing was changed",
        fix="free some space on the disk, then try again",
        where=_where(path),
    )


def damaged(path: Path | None = None) -> InputError:
    return InputError(
        "the selection file is damaged",
        fix="restore it from a backup copy",
        where=_where(path),
    )


def read_only(path: Path | None = None) -> InputError:
    return InputError(
        "the file or its folder cannot be written here, so nothing was changed",
        fix="copy the selection to a folder you can write (not a CD or a locked USB stick), then open the copy",
        where=_where(path),
    )


def disk_error(path: Path | None = None) -> InputError:
    return InputError(
        "the disk reported an error, so nothing was changed",
        fix="check the disk or the USB stick, then try again",
        where=_where(path),
    )


def as_input_error(error: BaseException, path: Path | None = None) -> InputError | None:
    """The fault behind ``error`` (a database error, possibly wrapped by SQLAlchemy, or an OS error), in the user's
    words; None when it is not a fault of the machine but a fault of the program."""
    for cause in _causes(error):
        if isinstance(cause, InputError):
            return cause
        if isinstance(cause, sqlite3.Error):
            return _database_fault(cause, path)
        if isinstance(cause, OSError) and cause.errno is not None:
            where = Path(cause.filename) if isinstance(cause.filename, str) else path
            if cause.errno in _FULL_ERRNO:
                return disk_full(where)
            if cause.errno in _READ_ONLY_ERRNO:
                return read_only(where)
            if cause.errno == errno.EIO:
                return disk_error(where)
    return None


def _database_fault(error: sqlite3.Error, path: Path | None) -> InputError | None:
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in _BUSY:
        return busy(path)
    if primary in _FULL:
        return disk_full(path)
    if primary in _DAMAGED or (primary is None and "decode" in str(error)):
        return damaged(path)  # a page SQLite cannot read, or a text that is not UTF-8
    if primary in _READ_ONLY:
        return read_only(path)
    if primary in _DISK:
        return disk_error(path)
    return None


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error, then what it wraps (SQLAlchemy's ``orig``, or ``raise … from``), each once; not an error that merely
    happened while another was handled, which may be a fault of the program."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        wrapped = getattr(current, "orig", None)
        current = wrapped if isinstance(wrapped, BaseException) else current.__cause__


def _where(path: Path | None) -> Location | None:
    return Location(file=str(path)) if path is not None else None
