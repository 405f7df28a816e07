"""Sentences known as templates ({0}, {1} … where the values go), and a sentence read back as its template and values.

The services say each refusal and each reason in one English line with the values inside; whoever shows it in
another language (the editor's window through Qt Linguist, the Chinese workbook and report through reason_words)
finds the template it was made from and puts the values into that template's translation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")

_PLACE = re.compile(r"\{\d\}")


class Templates(Generic[T]):
    """Templates, each with what it stands for (its translation, say), matched the most specific first: the one of
    most fixed characters, so that "write the {0}" never takes what "write the event's title in this cell" says."""

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        compiled = []
        for source, meaning in entries:
            parts = _PLACE.split(source)
            regex = "(.*?)".join(re.escape(part) for part in parts)
            compiled.append((sum(map(len, parts)), re.compile(regex, re.DOTALL), meaning))
        compiled.sort(key=lambda entry: -entry[0])
        self._patterns = tuple((pattern, meaning) for _, pattern, meaning in compiled)

    def match(self, text: str) -> tuple[T, tuple[str, ...]] | None:
        """The template the whole ``text`` is made from (what it stands for) and the values in its places; None
        when no template makes it."""
        for pattern, meaning in self._patterns:
            found = pattern.fullmatch(text)
            if found:
                return meaning, found.groups()
        return None
