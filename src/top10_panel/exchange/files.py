"""Reading a user's input file: present, readable, not too large, not empty, and which format it really is."""

from __future__ import annotations

from pathlib import Path

from top10_panel.domain.errors import InputError, Location

from .bounded import Kind, read_bounded

OLD_XLS = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"
OLE_START = OLD_XLS[:4]


def read_input(path: Path, kind: Kind) -> bytes:
    """The file's bytes, read through ``bounded`` (a regular file, capped, no bomb); InputError (naming the file)
    when there are none to read."""
    data = read_bounded(path, kind)
    if not data.startswith((ZIP, OLE_START, b"\xff\xfe", b"\xfe\xff")):
        nul = data.find(b"\x00", 8192)  # in the first 8 kB, to_utf8 says it is not a text file
        if nul >= 0:
            raise InputError(
                "the file holds a NUL byte (a character 0), which no text holds",
                fix="check that this is the right file; save it again from Excel as CSV UTF-8 or as .xlsx",
                where=Location(file=str(path), row=data.count(b"\n", 0, nul) + 1),
            )
    if not data[:65536].strip() and not data.strip():
        raise InputError("the file is empty", fix=kind.empty_fix, where=Location(file=str(path)))
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
