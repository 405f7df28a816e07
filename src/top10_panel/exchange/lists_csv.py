"""Candidate and expert lists from CSV: encoding detected, quoted multi-line cells, rows numbered as in Excel."""

from __future__ import annotations

import csv
import io

from top10_panel.domain.errors import InputError

from .text import to_utf8


def read_rows(data: bytes) -> list[tuple[int, list[str]]]:
    """The non-blank records, each with its number: a quoted cell may span lines and still counts as one row."""
    text = to_utf8(data).decode("utf-8")
    delimiter = _delimiter(text)
    # A strict pass finds a quote that is never closed, which the lenient pass would silently run to the end of the
    # file; the lenient pass then forgives what Excel users type by hand, like `"quoted" text` in one cell.
    try:
        records = _parse(text, delimiter, strict=True)
    except _Unclosed as error:
        raise InputError(
            "a quoted cell starts in this row and its quote is never closed",
            fix='close the quote (") at the end of the cell; write a quote inside a cell as two quotes ("")',
        ).at(row=error.row) from None
    except csv.Error:
        records = _parse(text, delimiter, strict=False)
    return [(n, cells) for n, cells in records if any(c.strip() for c in cells)]


class _Unclosed(Exception):
    def __init__(self, row: int) -> None:
        super().__init__(row)
        self.row = row


def _parse(text: str, delimiter: str, strict: bool) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    records: list[tuple[int, list[str]]] = []
    while True:
        number = len(records) + 1
        try:
            cells = next(reader)
        except StopIteration:
            return records
        except csv.Error as error:
            if "unexpected end of data" in str(error):
                raise _Unclosed(number) from None
            if not strict or "field larger than field limit" in str(error):
                raise InputError(
                    f"this row cannot be read as CSV ({error})",
                    fix="open the file in Excel and save it again as 'CSV UTF-8 (comma delimited)'",
                ).at(row=number) from None
            raise
        records.append((number, cells))


def _delimiter(text: str) -> str:
    """A comma, unless the header line has none but has tabs or semicolons (Excel in some locales writes those)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if "," not in first:
        for other in ("\t", ";"):
            if other in first:
                return other
    return ","
