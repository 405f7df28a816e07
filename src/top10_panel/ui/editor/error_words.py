"""What the services say about rules, lists and edits, in the editor's language (STYLE §9).

The services speak English in one line with the values inside. Each sentence they can say is listed here as a
template ({0}, {1} … where the values go); the interface's English of a template may differ from the source (an
editor clicks, where the command line's sentence names a --flag), and Qt Linguist translates it. A sentence not
listed is shown as the service wrote it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from top10_panel.domain.errors import InputError, Location
from top10_panel.exchange.sentences import Templates

from ..times import moment_text
from . import (
    error_sentences,
    error_sentences_criteria,
    error_sentences_faults,
    error_sentences_files,
    error_sentences_process,
)
from .error_sentences import CONTEXT

SENTENCES = (
    error_sentences.SENTENCES
    + error_sentences_process.SENTENCES
    + error_sentences_files.SENTENCES
    + error_sentences_criteria.SENTENCES
    + error_sentences_faults.SENTENCES
)
WORDS = {**error_sentences.WORDS, **error_sentences_process.WORDS}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@cache
def _patterns() -> Templates[str]:
    """The templates, each with the interface's English of it, matched the most specific first."""
    return Templates((source, str(shown or source)) for source, shown in SENTENCES)


def sentence(text: str) -> str:
    """One sentence of a service in the interface's words and language; as it is when it is not known."""
    found = _patterns().match(text)
    if found is None:
        return text
    shown, values = found
    return _t(shown).format(*(_word(value) for value in values))


def _word(value: str) -> str:
    """A value inside a sentence: a known word, a quoted name, a moment (in local time), or sentences of their own
    (the reasons a refusal lists, joined by '; ') in the interface's words; anything else as it is."""
    known = WORDS.get(value)
    if known is not None:
        return _t(str(known))
    if value.startswith("'") and value.endswith("'") and len(value) > 2:
        return QCoreApplication.translate("ErrorWords", "“{0}”").format(value[1:-1])
    if _MOMENT.fullmatch(value):
        return moment_text(value)
    if "; " in value:
        return QCoreApplication.translate("ErrorWords", "; ").join(sentence(part) for part in value.split("; "))
    return sentence(value) if " " in value else value


def sentences(parts: tuple[str, ...] | list[str]) -> str:
    """Sentences of a service in a row (the reasons a result waits), each in the interface's words."""
    return QCoreApplication.translate("ErrorWords", "; ").join(sentence(part) for part in parts)


_MOMENT = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)?")


_COLUMN = re.compile(r"'(.*)' \(column (\w+)\)")


def column_text(column: str | None) -> str:
    """A column as a message names it ('标题' (column B)), in the interface's words."""
    if not column:
        return ""
    match = _COLUMN.fullmatch(column)
    if match:
        return QCoreApplication.translate("ErrorWords", "“{0}” (column {1})").format(match[1], match[2])
    return column


def where_text(where: Location) -> str:
    parts = []
    if where.file:
        parts.append(Path(where.file).name)
    if where.sheet:
        parts.append(QCoreApplication.translate("ErrorWords", "sheet “{0}”").format(where.sheet))
    if where.row is not None:
        parts.append(QCoreApplication.translate("ErrorWords", "row {0}").format(where.row))
    if where.column:
        named = _COLUMN.fullmatch(where.column) is not None
        column = column_text(where.column)
        parts.append(column if named else QCoreApplication.translate("ErrorWords", "column {0}").format(column))
    return QCoreApplication.translate("ErrorWords", ", ").join(parts)


def error_text(error: InputError, *, with_place: bool = True) -> str:
    """The whole error on one line: where, what is wrong — what to do."""
    text = sentence(error.problem)
    where = where_text(error.where) if with_place else ""
    if where:
        text = QCoreApplication.translate("ErrorWords", "{0}: {1}").format(where, text)
    if error.fix:
        text = QCoreApplication.translate("ErrorWords", "{0} — {1}").format(text, sentence(error.fix))
    return text
