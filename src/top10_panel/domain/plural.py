"""English counts with their noun in the right number: "1 seat", "2 seats" — never "1 seat(s)".

Chinese needs no plural (and the interface's plurals go through Qt's %n); this is for the English the command line,
the workbook and the report print.
"""

from __future__ import annotations

import string


def counted(n: int, one: str, many: str | None = None) -> str:
    """``n`` and its noun: ``counted(1, "seat")`` is "1 seat", ``counted(3, "seat")`` "3 seats"; an irregular plural
    is given (``counted(2, "criterion", "criteria")``)."""
    return f"{n} {one if n == 1 else many or one + 's'}"


class _Formatter(string.Formatter):
    def format_field(self, value: object, format_spec: str) -> str:
        if "|" in format_spec and isinstance(value, int):
            one, many = format_spec.split("|", 1)
            return counted(value, one, many)
        return str(super().format_field(value, format_spec))


_FORMATTER = _Formatter()


def fill(template: str, **values: object) -> str:
    """``template.format(**values)``, where a field written ``{seats:seat|seats}`` becomes the count and its noun
    ("1 seat", "10 seats")."""
    return _FORMATTER.format(template, **values)
