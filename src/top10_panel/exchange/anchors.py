"""Reading back the anchor a published file carries (see domain.anchor): the workbook's selection sheet, the
report's document info, the sidecar's comment line."""

from __future__ import annotations

from pathlib import Path

from top10_panel.domain.anchor import PREFIX, Anchor, find_anchor

from .bounded import PUBLISHED, check_zip_file, open_regular, read_bounded

HEAD_ROWS = 40
"""The anchor sits among the first rows of the selection sheet; no sheet is read further."""


def read_anchor(path: Path) -> Anchor | None:
    """The anchor of a published file (None when it carries none); InputError when it is not a regular file or is a
    zip bomb, OSError when it cannot be read."""
    if path.suffix.lower() == ".xlsx":
        return _workbook_anchor(path)
    if path.suffix.lower() == ".docx":
        return _document_anchor(path)
    data = read_bounded(path, PUBLISHED, lines=False)  # a PDF's document info and a sidecar hold it as plain ASCII
    return find_anchor(data.decode("latin-1"))


def _workbook_anchor(path: Path) -> Anchor | None:
    from openpyxl import load_workbook

    check_zip_file(path, PUBLISHED)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - not a readable workbook: it carries no anchor that can be read
        return None
    try:
        for sheet in reversed(workbook.worksheets):  # the selection sheet is the last one
            for row in sheet.iter_rows(max_row=HEAD_ROWS, max_col=2, values_only=True):
                for value in row:
                    if isinstance(value, str) and value.startswith(PREFIX):
                        return find_anchor(value)
    finally:
        workbook.close()
    return None


CORE_PROPERTIES = "docProps/core.xml"
MAX_CORE_PROPERTIES = 64 * 1024
"""An announcement's core properties are a few hundred bytes; a larger entry is not ours and is not inflated."""


def _document_anchor(path: Path) -> Anchor | None:
    """The anchor in an announcement's core properties (dc:identifier), read without inflating anything else."""
    import zipfile

    stream, _ = open_regular(path, PUBLISHED)
    try:
        with stream, zipfile.ZipFile(stream) as archive:
            info = archive.getinfo(CORE_PROPERTIES)
            if info.file_size > MAX_CORE_PROPERTIES:
                return None
            text = archive.read(info).decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, KeyError):
        return None
    return find_anchor(text)
