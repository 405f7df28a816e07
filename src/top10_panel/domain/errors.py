"""The one error type every layer raises for input a user can fix."""

from __future__ import annotations

import re
from dataclasses import dataclass

LONG_VALUE = 200
"""A run of characters longer than this in a message (a 200,000-character header cell) is elided."""
LONG_MESSAGE = 1000
_RUN = re.compile(rf"\S{{{LONG_VALUE + 1},}}")


@dataclass(frozen=True)
class Location:
    """Where in a file the problem is; every part is optional."""

    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        parts = []
        if self.file:
            parts.append(self.file)
        if self.sheet:
            parts.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        return ", ".join(parts)


class InputError(Exception):
    """Bad input: says what is wrong, where, and how to fix it, in one line."""

    def __init__(self, problem: str, *, fix: str = "", where: Location | None = None) -> None:
        self.problem = problem
        self.fix = fix
        self.where = where or Location()
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = readable(str(self.where))
        problem = readable(self.problem)
        text = f"{where}: {problem}" if where else problem
        return f"{text} — {self.fix}" if self.fix else text

    def at(self, **where: str | int | None) -> InputError:
        """The same error with more of its location filled in."""
        fields = {k: v for k, v in vars(self.where).items() if v is not None}
        fields.update({k: v for k, v in where.items() if v is not None})
        return type(self)(self.problem, fix=self.fix, where=Location(**fields))


def readable(text: str) -> str:
    """The text as one line of a readable length: line breaks as spaces, each over-long value cut to its start and
    end with … and its length, so that a message quoting a hostile value never floods a terminal."""
    text = " ".join(text.split()) if any(ch in text for ch in "\r\n\t\v\f\x1c\x1d\x1e\x85\u2028\u2029") else text
    if len(text) <= LONG_VALUE:
        return text
    text = _RUN.sub(lambda match: _elide(match[0]), text)
    return _elide(text) if len(text) > LONG_MESSAGE else text


def _elide(value: str) -> str:
    keep = LONG_VALUE if len(value) > LONG_MESSAGE else 80
    return f"{value[:keep]}…{value[-40:]} ({len(value)} characters)"
