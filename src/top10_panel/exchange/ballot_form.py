"""The Excel ballot form (SPEC §5.4): written by ``write_form``, read back by ``read_form``.

Reading only reads: the caller checks the fingerprint against the selection and the vote against the rules (an
over-vote is the rules' business, not the form's). What the form itself can tell is checked here: that it is a real
workbook made by Top10 Panel, that its candidate table is as written, and that each vote cell means something in
the vote mode.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Any

from top10_panel.domain.errors import InputError
from top10_panel.domain.rules import Mode

from .ballot_form_sheet import COLUMNS, FORM_FORMAT, FORM_VERSION, META_SHEET, RECUSED, SHEET, VOTE, write_form
from .cells import CellError, reader
from .files import is_workbook, read_input
from .xlsx_cells import cell_value, column_label, open_workbook

__all__ = ["FORM_FORMAT", "FORM_VERSION", "FormBallot", "read_form", "write_form"]

MAX_FORM_BYTES = 64 << 20
"""A form of a thousand candidates takes well under a megabyte."""
_ASK_AGAIN = "fill in the ballot form as the editors sent it, or ask them for a new one"
_VOTE_COLUMN = column_label(VOTE, COLUMNS[-1][3])
_CODE_COLUMN = column_label(COLUMNS[0][0], COLUMNS[0][3])


@dataclass(frozen=True)
class FormBallot:
    """What an Excel ballot form holds: whose it is, for which selection, and the vote in the project's format."""

    fingerprint: str
    rules_version: int
    expert: str
    vote: dict[str, Any]
    """{"approve": [codes]}, {"rank": {code: n}}, {"score": {code: "7.5"}}, or {} for a blank form."""
    cells: dict[str, int] = field(default_factory=dict)
    """Candidate code → the sheet row of its vote cell, for messages."""


@dataclass(frozen=True)
class _Meta:
    fingerprint: str
    rules_version: int
    expert: str
    mode: Mode
    scale: tuple[Fraction, Fraction]
    candidates: tuple[tuple[str, int, bool], ...]
    """(code, row of its vote cell, recused) in table order."""


def read_form(path: Path) -> FormBallot:
    """The ballot on a filled-in form; InputError naming the file, sheet, row and column when it cannot be read."""
    try:
        data = read_input(
            path,
            what="a ballot form",
            max_bytes=MAX_FORM_BYTES,
            too_large_fix="give the ballot form as the editors sent it",
            empty_fix=_ASK_AGAIN,
        )
        if not is_workbook(data, path):
            raise InputError("this is not an Excel workbook (.xlsx)", fix="give the ballot form (.xlsx) as filled in")
        workbook = open_workbook(data)
        try:
            return _read(workbook)
        finally:
            workbook.close()
    except InputError as error:
        raise error.at(file=str(path)) from None


def _read(workbook: Any) -> FormBallot:
    if META_SHEET not in workbook.sheetnames:
        raise InputError(
            "this is not a Top10 Panel ballot form",
            fix="give the ballot form the editors sent (an ordinary workbook or ballot matrix is imported otherwise)",
        )
    meta = _meta(workbook[META_SHEET])
    if SHEET not in workbook.sheetnames:
        raise InputError(f"the ballot form has no sheet '{SHEET}'", fix=_ASK_AGAIN)
    rows = _rows(workbook[SHEET], meta)
    marks: dict[str, int | Fraction] = {}
    texts: dict[str, str] = {}
    for code, row, recused in meta.candidates:
        cells = rows.get(row, ())
        written = _plain(cells[0].value if cells else None)
        if written != code:
            found = f"'{written}'" if written else "nothing"
            raise InputError(
                f"the candidate table was changed: this row should hold candidate '{code}' but holds {found}",
                fix=_ASK_AGAIN + "; add, delete or move no rows",
            ).at(sheet=SHEET, row=row, column=_CODE_COLUMN)
        text = _vote_text(cells[-1] if len(cells) == len(COLUMNS) else None, row)
        if recused and text in ("", RECUSED):
            continue
        try:
            value = reader(meta.mode, meta.scale)(text)
        except CellError as error:
            raise InputError(error.problem, fix=error.fix).at(sheet=SHEET, row=row, column=_VOTE_COLUMN) from None
        # Approval reads 0 or 1, ranking 0 for unranked, score None for not scored (a score of 0 is a score).
        if value is not None and (value != 0 or meta.mode is Mode.SCORE):
            marks[code] = value
            texts[code] = text
    return FormBallot(
        fingerprint=meta.fingerprint,
        rules_version=meta.rules_version,
        expert=meta.expert,
        vote=_vote(meta.mode, marks, texts),
        cells={code: row for code, row, _ in meta.candidates},
    )


def _vote(mode: Mode, marks: dict[str, int | Fraction], texts: dict[str, str]) -> dict[str, Any]:
    if not marks:
        return {}
    if mode is Mode.APPROVAL:
        return {"approve": list(marks)}
    if mode is Mode.RANKING:
        return {"rank": {code: int(value) for code, value in marks.items()}}
    return {"score": {code: _score_text(texts[code]) for code in marks}}


def _score_text(text: str) -> str:
    """The score as the vote format keeps it: plain decimal notation (Excel may hand back 1E-3 for 0.001)."""
    value = Decimal(text)
    return format(value, "f") if "e" in text.lower() else text


def _vote_text(cell: Any, row: int) -> str:
    if cell is None:
        return ""
    try:
        value = cell_value(cell, SHEET, error_fix="type the vote in the cell again")
    except InputError as error:
        raise error.at(row=row, column=_VOTE_COLUMN) from None
    if isinstance(value, date | time):
        raise InputError(
            f"the cell holds a date or time ({value}), not a vote",
            fix="format the cell as General and type the vote again",
        ).at(sheet=SHEET, row=row, column=_VOTE_COLUMN)
    return value.strip()


def _rows(sheet: Any, meta: _Meta) -> dict[int, tuple[Any, ...]]:
    """The table's rows by sheet row; a filled row below the last candidate is refused (a candidate added)."""
    first = min(row for _, row, _ in meta.candidates)
    last = max(row for _, row, _ in meta.candidates)
    rows: dict[int, tuple[Any, ...]] = {}
    for number, cells in enumerate(sheet.iter_rows(min_row=first, max_col=len(COLUMNS)), start=first):
        if number <= last:
            rows[number] = cells
        elif any(_plain(getattr(cell, "value", None)) for cell in cells):
            raise InputError(
                "the candidate table was changed: this row below the last candidate is filled in",
                fix=_ASK_AGAIN + "; add, delete or move no rows",
            ).at(sheet=SHEET, row=number)
    return rows


def _plain(value: object) -> str:
    return "" if value is None else str(value).strip()


def _meta(sheet: Any) -> _Meta:
    """The hidden sheet's content; a damaged one is refused as a whole."""
    values: dict[str, list[object]] = {}
    candidates: list[tuple[str, int, bool]] = []
    for row in sheet.iter_rows(values_only=True):
        if not row or row[0] is None:
            continue
        key, rest = str(row[0]), list(row[1:])
        if key == "candidate":
            candidates.append(
                (str(rest[0]), int(str(rest[1])), rest[2] == RECUSED) if len(rest) >= 3 else ("", 0, False)
            )
        else:
            values[key] = rest
    damaged = InputError("the hidden part of the ballot form is damaged", fix=_ASK_AGAIN).at(sheet=META_SHEET)
    try:
        if values["format"][0] != FORM_FORMAT:
            raise damaged
        version = int(str(values["version"][0]))
        if version != FORM_VERSION:
            raise InputError(
                f"this ballot form is of format version {version}, which this version does not read",
                fix="update Top10 Panel",
            )
        meta = _Meta(
            fingerprint=str(values["fingerprint"][0]),
            rules_version=int(str(values["rules_version"][0])),
            expert=str(values["expert"][0]),
            mode=Mode(str(values["mode"][0])),
            scale=(Fraction(str(values["scale"][0])), Fraction(str(values["scale"][1]))),
            candidates=tuple(candidates),
        )
    except (KeyError, IndexError, ValueError, InvalidOperation):
        raise damaged from None
    codes = [code for code, _, _ in meta.candidates]
    if not codes or any(not code or row < 1 for code, row, _ in meta.candidates) or len(set(codes)) != len(codes):
        raise damaged
    return meta


def is_ballot_form(path: Path) -> bool:
    """Whether an .xlsx is a Top10 Panel ballot form (it has the hidden sheet), without loading the workbook."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return f'name="{META_SHEET}"' in archive.read("xl/workbook.xml").decode("utf-8", errors="replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
