"""Text files from Excel and editors: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK, detected."""

from __future__ import annotations

import codecs

from top10_panel.domain.errors import InputError

SLICE_BYTES = 24 << 20

WRONG_ENCODING = InputError(
    "the file is not UTF-8 or GB18030 (GBK) text",
    fix="in Excel choose Save As › 'CSV UTF-8 (comma delimited)', or save it as .xlsx",
)


def to_utf8(data: bytes) -> bytes:
    """The text as UTF-8 bytes without BOM; InputError when it is neither UTF-8, UTF-16 nor GB18030."""
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError("this is not a text file", fix="give a .csv (CSV UTF-8) or .xlsx file")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise WRONG_ENCODING from None
    if len(data) < SLICE_BYTES:
        try:
            data.decode("utf-8")
            return data
        except UnicodeDecodeError:
            pass
    elif _valid_utf8(data):
        return data
    try:
        return data.decode("gb18030").encode("utf-8")
    except UnicodeDecodeError:
        raise WRONG_ENCODING from None


def _valid_utf8(data: bytes) -> bool:
    """Check a large file in slices without building one huge string (ASCII slices are checked in C)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for start in range(0, len(data), SLICE_BYTES):
            decoder.decode(data[start : start + SLICE_BYTES])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True
