"""The one error type every layer raises for input a user can fix."""

from __future__ import annotations

from dataclasses import dataclass


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
        where = str(self.where)
        text = f"{where}: {self.problem}" if where else self.problem
        return f"{text} — {self.fix}" if self.fix else text

    def at(self, **where: str | int | None) -> InputError:
        """The same error with more of its location filled in."""
        fields = {k: v for k, v in vars(self.where).items() if v is not None}
        fields.update({k: v for k, v in where.items() if v is not None})
        return type(self)(self.problem, fix=self.fix, where=Location(**fields))
