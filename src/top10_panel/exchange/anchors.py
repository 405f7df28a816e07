"""Reading back the anchor a published file carries (see domain.anchor): the workbook's selection sheet, the
report's document info, the sidecar's comment line."""

from __future__ import annotations

from pathlib import Path

from top10_panel.domain.anchor import PREFIX, Anchor, find_anchor

HEAD_ROWS = 40
"""The anchor sits among the first rows of the selection sheet; no sheet is read further."""


def read_anchor(path: Path) -> Anchor | None:
    """The anchor of a published file (None when it carries none); OSError when it cannot be read."""
    if path.suffix.lower() == ".xlsx":
        return _workbook_anchor(path)
    with path.open("rb") as file:  # a PDF's document info and a sidecar hold the anchor as plain ASCII
        data = file.read()
    return find_anchor(data.decode("latin-1"))


def _workbook_anchor(path: Path) -> Anchor | None:
    from openpyxl import load_workbook

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
