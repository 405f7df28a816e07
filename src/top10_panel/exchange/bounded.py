"""The one way an input file is opened: a regular file, not too large, and, for a workbook, no bomb.

Files come from e-mail and USB sticks. A symbolic link is never followed (it would carry any private file of the
machine into a selection that goes to auditors), a device or a named pipe is never read (``/dev/zero`` never ends, a
FIFO blocks for ever), every kind of file has a size cap, a text file's lines are capped while it is read, and a
workbook's zip directory is inspected before anything is inflated: how many entries, how large they say they are
inflated, and by what ratio. Python's zipfile never inflates an entry past the size its directory declares, so the
declared sizes are the sizes that are read.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from top10_panel.domain.errors import InputError, Location

ZIP = b"PK\x03\x04"
CHUNK = 1 << 20
MAX_LINE = 4 << 20
"""A text line (a CSV row) longer than this is refused while the file is read: a thousand candidates' header takes
a few kilobytes, a summary of 20,000 characters 60 kB."""
MAX_RATIO = 200
"""Office XML inflates 5 to 50 times; a large entry that inflates more than this is a bomb."""
RATIO_FROM = 1 << 20
"""The ratio is only checked for entries that inflate to more than this (a tiny part may inflate any amount)."""
MAX_SHARED_STRINGS = 64 << 20
"""The shared-strings part is read whole by every spreadsheet library: it is capped apart, and so is its count."""
MAX_STRINGS = 1_000_000
"""Distinct texts of a workbook: a list of a thousand candidates has a few thousand, a matrix a few hundred."""
MAX_CELL = 32_767
"""Excel's own limit on the characters of a cell; a longer one was not made by an office program."""


@dataclass(frozen=True)
class Kind:
    """A kind of input file and its caps."""

    what: str
    """As a message names it: 'a ballot file'."""
    max_bytes: int
    too_large_fix: str
    empty_fix: str = ""
    max_inflated: int = 256 << 20
    """A workbook's entries inflated, all together."""
    max_part: int = 128 << 20
    """One entry inflated (a sheet, the shared strings)."""
    max_entries: int = 2000


BALLOT = Kind("a ballot file", 32 << 20, "give the ballot file as it was made", "ask the expert to send it again")
PACKAGE = Kind("a ballot package", 32 << 20, "ask the editors for a new package", "ask the editors for a new package")
LIST = Kind(
    "a list",
    64 << 20,
    "check that this is the candidate or expert list; shorten the summaries if it is",
    "give a header row, then one row per entry",
)
MATRIX = Kind(
    "a ballot matrix",
    2 << 30,
    "split it into smaller files",
    "export the ballot matrix again: a header row, then one row per expert",
    max_inflated=512 << 20,
    max_part=256 << 20,
)
FORM = Kind(
    "a ballot form",
    64 << 20,
    "give the ballot form as the editors sent it",
    "fill in the ballot form as the editors sent it, or ask them for a new one",
    max_inflated=128 << 20,
    max_part=64 << 20,
)
RESULTS = Kind(
    "a results workbook",
    1 << 30,
    "give the results workbook as exported",
    "export the results again",
    max_inflated=2 << 30,
    max_part=1 << 30,
)
PUBLISHED = Kind("a published file", 1 << 30, "give the file as it was published", "give the file as it was published")


def size_text(size: int) -> str:
    if size >= 1 << 30:
        return f"{size / 2**30:.1f} GiB"
    if size >= 1 << 20:
        return f"{size / 2**20:.0f} MiB"
    return f"{size / 2**10:.0f} KiB" if size >= 1 << 10 else f"{size} bytes"


def _refused(problem: str, fix: str, path: Path) -> InputError:
    return InputError(problem, fix=fix, where=Location(file=str(path)))


def not_regular(path: Path, kind: Kind) -> InputError | None:
    """Why the path cannot be opened as an input file (a link, a folder, a device, a pipe …), or None."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return _refused("no such file", "check the path and the file name", path)
    except OSError as error:
        return _refused(f"cannot read the file ({error.strerror})", "check that it exists and can be read", path)
    return _mode_problem(info.st_mode, path, kind)


def _mode_problem(mode: int, path: Path, kind: Kind) -> InputError | None:
    if stat.S_ISREG(mode):
        return None
    copy = "give the file itself, not a link to it (copy the file there)"
    if stat.S_ISLNK(mode):
        return _refused(f"this is a symbolic link, not {kind.what}; links are never followed", copy, path)
    if stat.S_ISDIR(mode):
        return _refused(f"this is a folder, not {kind.what}", "give the file", path)
    if stat.S_ISFIFO(mode):
        return _refused(f"this is a named pipe (FIFO), not {kind.what}", "give an ordinary file", path)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _refused(f"this is a device, not {kind.what}", "give an ordinary file", path)
    if stat.S_ISSOCK(mode):
        return _refused(f"this is a socket, not {kind.what}", "give an ordinary file", path)
    return _refused(f"this is not an ordinary file, not {kind.what}", "give an ordinary file", path)


def open_regular(path: Path, kind: Kind) -> tuple[BinaryIO, int]:
    """The open file and its size: a regular file within its kind's cap, else InputError naming what it is.

    The link check and the open are one step where the platform can (O_NOFOLLOW, O_NONBLOCK so that a pipe swapped
    in between never blocks); the opened file is checked again, since the path may have changed in between."""
    problem = not_regular(path, kind)
    if problem is not None:
        raise problem
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    try:
        handle = os.open(path, flags)
    except OSError as error:
        if Path(path).is_symlink():
            raise _mode_problem(stat.S_IFLNK, path, kind) or error from None
        raise _refused(
            f"cannot read the file ({error.strerror})", "check that it exists and can be read", path
        ) from None
    info = os.fstat(handle)
    problem = _mode_problem(info.st_mode, path, kind)
    if problem is not None:
        os.close(handle)
        raise problem
    if info.st_size > kind.max_bytes:
        os.close(handle)
        raise _refused(
            f"the file is too large for {kind.what} ({size_text(info.st_size)}; at most {size_text(kind.max_bytes)})",
            kind.too_large_fix,
            path,
        )
    return os.fdopen(handle, "rb"), info.st_size


def read_bounded(path: Path, kind: Kind, *, lines: bool = True) -> bytes:
    """The bytes of a regular file within its cap; a workbook's zip directory checked, a text file's lines capped.

    A text file's lines are measured as it streams by, so that a 200 MB line is refused after its first megabytes;
    the file is then read in one piece of its exact size (one copy in memory), and nothing past the size it had
    when it was opened."""
    stream, size = open_regular(path, kind)
    with stream:
        if lines:  # (a ballot file is read once: its head would be a megabyte read for nothing, 20,000 times over)
            head = stream.read(CHUNK)
            if not head.startswith((ZIP, b"\xd0\xcf\x11\xe0")):
                line, row = _lines(head, 0, 1, path)
                while chunk := stream.read(CHUNK):
                    line, row = _lines(chunk, line, row, path)
            stream.seek(0)
        data = stream.read(size)
        if len(data) != size or stream.read(1):
            raise _refused(
                "the file changed while it was read",
                "wait until it is completely copied or saved, then try again",
                path,
            )
    if data.startswith(ZIP):
        check_zip(data, kind, path)
    return data


def _lines(chunk: bytes, line: int, row: int, path: Path) -> tuple[int, int]:
    """The length of the line still open after the chunk, and its number; a line past MAX_LINE raises."""
    first = chunk.find(b"\n")
    if first < 0:
        line += len(chunk)
    else:
        if line + first > MAX_LINE:
            raise _long_line(row, path)
        breaks = chunk.count(b"\n")
        last = chunk.rfind(b"\n")
        if breaks > 1 and last - first > MAX_LINE:
            _longest(chunk, first, row, path)
        row += breaks
        line = len(chunk) - last - 1
    if line > MAX_LINE:
        raise _long_line(row, path)
    return line, row


def _longest(chunk: bytes, at: int, row: int, path: Path) -> None:
    while True:
        following = chunk.find(b"\n", at + 1)
        if following < 0:
            return
        row += 1
        if following - at - 1 > MAX_LINE:
            raise _long_line(row, path)
        at = following


def _long_line(row: int, path: Path) -> InputError:
    return InputError(
        f"this line is longer than {size_text(MAX_LINE)}; no list or ballot matrix has such lines",
        fix="check that this is the right file; save it again from Excel as CSV UTF-8 or as .xlsx",
        where=Location(file=str(path), row=row),
    )


def check_zip(data: bytes | BinaryIO, kind: Kind, path: Path | None = None) -> None:
    """Refuse a zip (a workbook, a document) whose directory promises a bomb, before anything is inflated."""
    where = Location(file=str(path) if path else None)
    try:
        with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as archive:
            _check_entries(archive.infolist(), kind, where)
            for entry in archive.infolist():
                if _shared_strings(entry) and entry.file_size > 8 << 20:
                    _count_strings(archive, entry, where)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error):
        raise InputError(
            "the file cannot be opened as an Excel workbook (.xlsx)",
            fix="open it in Excel and save it again as .xlsx (Excel Workbook)",
            where=where,
        ) from None


def _check_entries(entries: list[zipfile.ZipInfo], kind: Kind, where: Location) -> None:
    fix = "check that this is the right file; a workbook saved by Excel, WPS or LibreOffice is never like this"
    if len(entries) > kind.max_entries:
        raise InputError(
            f"the workbook holds {len(entries)} parts (at most {kind.max_entries}): it is not an ordinary workbook",
            fix=fix,
            where=where,
        )
    total = 0
    for entry in entries:
        total += entry.file_size
        name = entry.filename if len(entry.filename) <= 60 else entry.filename[:57] + "…"
        if entry.file_size > kind.max_part:
            raise InputError(
                f"the part '{name}' would inflate to {size_text(entry.file_size)} "
                f"(at most {size_text(kind.max_part)}): a zip bomb, or far too large for {kind.what}",
                fix=fix,
                where=where,
            )
        if entry.file_size > RATIO_FROM and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            ratio = entry.file_size // max(entry.compress_size, 1)
            raise InputError(
                f"the part '{name}' would inflate {ratio} times (to {size_text(entry.file_size)}): a zip bomb",
                fix=fix,
                where=where,
            )
        if _shared_strings(entry) and entry.file_size > MAX_SHARED_STRINGS:
            raise InputError(
                f"the workbook's shared texts would inflate to {size_text(entry.file_size)} "
                f"(at most {size_text(MAX_SHARED_STRINGS)}): a zip bomb, or far too large for {kind.what}",
                fix=fix,
                where=where,
            )
    if total > kind.max_inflated:
        raise InputError(
            f"the workbook would inflate to {size_text(total)} (at most {size_text(kind.max_inflated)}): "
            f"a zip bomb, or far too large for {kind.what}",
            fix=fix,
            where=where,
        )


def _shared_strings(entry: zipfile.ZipInfo) -> bool:
    return entry.filename.lower().endswith("sharedstrings.xml")


_SI = re.compile(rb"<(?:\w+:)?si[\s>/]")


def _count_strings(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, where: Location) -> None:
    """Refuse a shared-strings part of more than MAX_STRINGS texts, counted while it inflates (1 MiB at a time)."""
    count, tail = 0, b""
    with archive.open(entry) as stream:
        while chunk := stream.read(CHUNK):
            block = tail + chunk
            # A match lying wholly in the tail was counted with the chunk before.
            count += sum(1 for found in _SI.finditer(block) if found.end() > len(tail))
            tail = block[-32:]
            if count > MAX_STRINGS:
                raise InputError(
                    f"the workbook holds more than {MAX_STRINGS:,} different texts: it is not an ordinary workbook",
                    fix="check that this is the right file; give the list or matrix in a workbook of its own",
                    where=where,
                )


def check_zip_file(path: Path, kind: Kind) -> None:
    """``check_zip`` for a workbook read from its path by another library (only its directory is read)."""
    stream, _ = open_regular(path, kind)
    with stream:
        check_zip(stream, kind, path)


def walk(folder: Path) -> list[Path]:
    """Every entry below a folder that is not itself a folder, sorted. Links, devices and pipes are listed, so that a
    collect can refuse them by name; a link to a folder is listed too, and never entered."""
    out: list[Path] = []
    for root, folders, files in os.walk(folder, followlinks=False):
        base = Path(root)
        out += [base / name for name in files]
        out += [base / name for name in folders if (base / name).is_symlink()]
    return sorted(out)


def walk_all(paths: list[Path] | tuple[Path, ...]) -> list[Path]:
    """Each given path, a folder (not a link to one) as every entry under it."""
    found: list[Path] = []
    for path in paths:
        found += walk(path) if path.is_dir() and not path.is_symlink() else [path]
    return found
