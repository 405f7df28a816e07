"""Each fault of the machine in the user's words (store.faults): SQLite's result codes, as Python and SQLAlchemy raise
them, and the OS's errors; a fault of the program stays one (None), to be logged and reported."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from top10_panel.store.faults import as_input_error


def _sqlite(code: int, text: str = "") -> sqlite3.Error:
    error = sqlite3.OperationalError(text or "x")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("code", "says"),
    [
        (sqlite3.SQLITE_BUSY, "busy"),
        (sqlite3.SQLITE_LOCKED, "busy"),
        (sqlite3.SQLITE_FULL, "the disk is full"),
        (sqlite3.SQLITE_CORRUPT, "damaged"),
        (sqlite3.SQLITE_NOTADB, "damaged"),
        (sqlite3.SQLITE_READONLY, "cannot be written"),
        (sqlite3.SQLITE_CANTOPEN, "cannot be written"),
        (sqlite3.SQLITE_IOERR, "the disk reported an error"),
        (sqlite3.SQLITE_IOERR | (3 << 8), "the disk reported an error"),  # an extended code: SQLITE_IOERR_WRITE
    ],
)
def test_each_result_code_is_said_with_what_to_do(code: int, says: str) -> None:
    for raised in (_sqlite(code), OperationalError("INSERT INTO ballot VALUES (?)", ("专家01",), _sqlite(code))):
        fault = as_input_error(raised)
        assert fault is not None and says in fault.problem and fault.fix
        assert "INSERT" not in fault.message and "专家01" not in fault.message


def test_a_text_that_is_not_utf8_is_damage() -> None:
    fault = as_input_error(sqlite3.OperationalError("Could not decode to UTF-8 column 'title' with text '\ufffd'"))
    assert fault is not None and fault.problem == "the selection file is damaged"


@pytest.mark.parametrize(
    ("number", "says"),
    [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "cannot be written"), (errno.EIO, "the disk reported")],
)
def test_os_errors_are_said_with_the_file(number: int, says: str) -> None:
    fault = as_input_error(OSError(number, "…", "/media/usb/2020-results.xlsx"))
    assert fault is not None and says in fault.problem and "2020-results.xlsx" in fault.message


def test_a_fault_of_the_program_is_not_dressed_as_a_machines() -> None:
    assert as_input_error(KeyError("E01")) is None
    assert as_input_error(_sqlite(sqlite3.SQLITE_CONSTRAINT, "UNIQUE constraint failed")) is None
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError:
            raise ValueError("a bug while cleaning up") from None
    except ValueError as error:
        assert as_input_error(error) is None
