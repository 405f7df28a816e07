"""Text files from Excel and editors: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK, detected."""

from __future__ import annotations

import codecs

from top10_panel.domain.errors import InputError

SLICE_BYTES = 24 << 20

WRONG_ENCODING = InputError(
    "the file is not UTF-8 or GB18030 (GBK) text",
    fix="in Excel choose Save As › 'CSV UTF-8 (comma delimited)', or save it as .xlsx",
)


class NotUtf8(Exception):
    """A reader found bytes that are not UTF-8 in a large file that to_utf8 took for UTF-8 on its first slice."""


def to_utf8(data: bytes, *, checked_later: bool = False) -> bytes:
    """The text as UTF-8 bytes without BOM; InputError when it is neither UTF-8, UTF-16 nor GB18030.

    With ``checked_later``, a large file whose first slice is UTF-8 is returned unchecked: its reader validates
    every cell anyway and raises NotUtf8, and the caller then tries again with gb18030_to_utf8.
    """
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
    elif _valid_utf8(data, SLICE_BYTES if checked_later else len(data)):
        return data
    return gb18030_to_utf8(data)


def gb18030_to_utf8(data: bytes) -> bytes:
    try:
        return data.decode("gb18030").encode("utf-8")
    except UnicodeDecodeError:
        raise WRONG_ENCODING from None


def _valid_utf8(data: bytes, upto: int) -> bool:
    """Check the first ``upto`` bytes in slices without building one huge string."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for start in range(0, min(upto, len(data)), SLICE_BYTES):
            decoder.decode(data[start : start + SLICE_BYTES])
        if upto >= len(data):
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True
