"""Identities (candidate codes, expert names, marks) and free text as they come from office files.

An identity is compared character for character: it is NFKC-normalised (a full-width ``Ｃ０１`` is ``C01``) and
refused when it holds a character no one can see — a zero-width space, a bidi override, a control character — since
``C0\u200b1`` beside ``C01`` or ``张\u200b三`` beside ``张三`` would be two candidates or two experts that look
the same. Free text only loses what is harmless to lose: the ``_x000D_`` a paste from Word leaves, stray control
characters.
"""

from __future__ import annotations

import re
import unicodedata

INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"})
"""Control, format (zero-width, bidi, BOM, soft hyphen), private, surrogate, unassigned, line/paragraph separators."""
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff\uf900-\ufaff])\s+(?=[\u3400-\u9fff\uf900-\ufaff])")


def invisible(text: str) -> tuple[int, str] | None:
    """The first character no one can see (1-based position, U+XXXX NAME), or None."""
    for k, ch in enumerate(text, start=1):
        if unicodedata.category(ch) in INVISIBLE_CATEGORIES or (ch.isspace() and ch not in " "):
            name = unicodedata.name(ch, "")
            return k, f"U+{ord(ch):04X}{f' {name}' if name else ''}"
    return None


def shown(text: str) -> str:
    """The text for a message, its invisible characters written as \\uXXXX so that the message shows them."""
    return "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch) in INVISIBLE_CATEGORIES or (ch.isspace() and ch != " ") else ch
        for ch in text
    )


def identity(text: str) -> str:
    """An identity as stored: NFKC, trimmed, runs of spaces as one, none between two Chinese characters
    (``张　三`` aligned with an ideographic space is ``张三``). Invisible characters stay, for ``problem`` to name."""
    text = unicodedata.normalize("NFKC", text).strip(" ")
    text = re.sub(" {2,}", " ", text)
    return _CJK_GAP.sub("", text)


def problem(text: str, what: str) -> tuple[str, str] | None:
    """(problem, fix) when the identity holds an invisible character; None when it is clean."""
    found = invisible(text)
    if found is None:
        return None
    position, name = found
    return (
        f"the {what} '{shown(text)}' holds an invisible character ({name}) at position {position}",
        f"retype the {what} in this cell: invisible characters come with text copied from web pages, PDFs or chats, "
        "and would make two entries that look the same",
    )


def free_text(text: str) -> str:
    """Free text (a title, a summary) without ``_x000D_`` escapes left by Word and Excel, or stray control
    characters; line ends as ``\\n``, tabs as spaces."""
    text = _ESCAPED.sub(_unescape, text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def _unescape(match: re.Match[str]) -> str:
    code = int(match[1], 16)
    if code == 0x0D:
        return ""
    if code == 0x0A:
        return "\n"
    if code == 0x09:
        return " "
    return "" if code < 0x20 else match[0]


def mark(text: str) -> str:
    """A vote cell as written with a Chinese input method: ``１`` is 1, ``Ｘ`` is X, ``８．５`` is 8.5."""
    return unicodedata.normalize("NFKC", text).strip()
