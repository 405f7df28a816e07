"""Reading a user's input file: present, readable, not too large, not empty, and which format it really is."""

from __future__ import annotations

from pathlib import Path

from top10_panel.domain.errors import InputError, Location

OLD_XLS = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"


def read_input(path: Path, *, what: str, max_bytes: int, too_large_fix: str, empty_fix: str) -> bytes:
    """The file's bytes; InputError (naming the file) when there are none to read."""
    where = Location(file=str(path))
    if path.is_dir():
        raise InputError(f"this is a folder, not {what}", fix="give a .xlsx or .csv file", where=where)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            limit = f"{max_bytes / 2**30:.0f} GiB" if max_bytes >= 2**30 else f"{max_bytes >> 20} MiB"
            raise InputError(
                f"the file is too large ({size / 2**20:.0f} MiB; at most {limit})", fix=too_large_fix, where=where
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", fix="check the path and the file name", where=where) from None
    except OSError as error:
        raise InputError(
            f"cannot read the file ({error.strerror})", fix="check that it exists and can be read", where=where
        ) from None
    if not data[:65536].strip() and not data.strip():
        raise InputError("the file is empty", fix=empty_fix, where=where)
    return data


def is_workbook(data: bytes, path: Path) -> bool:
    """True for an .xlsx (a zip); False for text. A fake .xlsx or an old binary .xls raises InputError."""
    if data[:4] == ZIP:
        return True
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise InputError(
            "the file is named .xlsx but is not an Excel workbook",
            fix="open it in Excel and save it as .xlsx (Excel Workbook) or as CSV UTF-8",
        )
    if data[:8] == OLD_XLS:
        raise InputError("this is an old binary Excel file (.xls)", fix="save it as .xlsx or as CSV UTF-8")
    return False
