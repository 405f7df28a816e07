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
from .bounded import FORM, check_zip, open_regular
from .cells import CellError, reader
from .files import read_input
from .grid import OLE2, Grid, Refused, Value, kind, read_grids
from .identity import mark
from .xlsx_cells import column_label, letters

_EXPERT_ROW, _FINGERPRINT_ROW = 3, 4
"""Rows of the title block (ballot_form_sheet._title_block) that show the expert and the fingerprint."""

__all__ = ["FORM_FORMAT", "FORM_VERSION", "FormBallot", "read_form", "write_form"]

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
    criteria: tuple[str, ...] = ()
    """With score criteria, their names: one vote column each, in this order."""


def read_form(path: Path, data: bytes | None = None) -> FormBallot:
    """The ballot on a filled-in form (.xlsx, or .xls/.ods as WPS or LibreOffice saved it); InputError naming the
    file, sheet, row and column when it cannot be read. ``data``: the file's bytes, when the caller read them."""
    try:
        if data is None:
            data = read_input(path, FORM)
        elif data.startswith(b"PK\x03\x04"):
            check_zip(data, FORM, path)
        form = kind(data, path)
        if form == "text":
            raise InputError("this is not an Excel workbook (.xlsx)", fix="give the ballot form (.xlsx) as filled in")
        return _read({grid.name: grid for grid in read_grids(data, form)})
    except InputError as error:
        raise error.at(file=str(path)) from None


def _read(sheets: dict[str, Grid]) -> FormBallot:
    if META_SHEET not in sheets:
        raise InputError(
            "this is not a Top10 Panel ballot form",
            fix="give the ballot form the editors sent (an ordinary workbook or ballot matrix is imported otherwise)",
        )
    meta = _meta(sheets[META_SHEET])
    if SHEET not in sheets:
        raise InputError(f"the ballot form has no sheet '{SHEET}'", fix=_ASK_AGAIN)
    rows = _rows(sheets[SHEET], meta)
    _cross_check(rows, meta)
    if meta.criteria:
        return _read_criteria(rows, meta)
    marks: dict[str, int | Fraction] = {}
    texts: dict[str, str] = {}
    for code, row, recused in meta.candidates:
        cells = rows.get(row, [])
        _check_code(cells, code, row)
        text = _vote_text(cells[len(COLUMNS) - 1] if len(cells) >= len(COLUMNS) else "", row)
        if recused and text in ("", RECUSED):
            continue
        try:
            value = reader(meta.mode, meta.scale)(text)
        except CellError as error:
            raise InputError(error.problem, fix=error.fix).at(sheet=SHEET, row=row, column=_VOTE_COLUMN) from None
        # Approval reads 0 or 1, ranking 0 for unranked, score None for not scored (a score of 0 is a score).
        if value is not None and (value != 0 or meta.mode is Mode.SCORE):
            marks[code] = value
            texts[code] = mark(text)
    return FormBallot(
        fingerprint=meta.fingerprint,
        rules_version=meta.rules_version,
        expert=meta.expert,
        vote=_vote(meta.mode, marks, texts),
        cells={code: row for code, row, _ in meta.candidates},
    )


_EXPERT_LINE = "专家 Expert："
_FINGERPRINT_LINE = "选票指纹 Fingerprint："


def _read_criteria(rows: dict[int, list[Value]], meta: _Meta) -> FormBallot:
    """A form with one vote column per criterion: {"score": {code: {criterion: "8"}}}, every filled cell kept."""
    scores: dict[str, dict[str, str]] = {}
    first = len(COLUMNS) - 1
    for code, row, recused in meta.candidates:
        cells = rows.get(row, [])
        _check_code(cells, code, row)
        for k, name in enumerate(meta.criteria):
            column = column_label(name, letters(first + k))
            value = cells[first + k] if len(cells) > first + k else ""
            if isinstance(value, Refused):
                raise value.error.at(sheet=SHEET, row=row, column=column)
            text = _vote_text(value, row).strip()
            if recused and text in ("", RECUSED):
                continue
            try:
                score = reader(meta.mode, meta.scale)(text)
            except CellError as error:
                raise InputError(error.problem, fix=error.fix).at(sheet=SHEET, row=row, column=column) from None
            if score is not None:
                scores.setdefault(code, {})[name] = _score_text(mark(text))
    return FormBallot(
        fingerprint=meta.fingerprint,
        rules_version=meta.rules_version,
        expert=meta.expert,
        vote={"score": scores} if scores else {},
        cells={code: row for code, row, _ in meta.candidates},
    )


def _check_code(cells: list[Value], code: str, row: int) -> None:
    written = _plain(cells[0] if cells else "")
    if written != code:
        found = f"'{written}'" if written else "nothing"
        raise InputError(
            f"the candidate table was changed: this row should hold candidate '{code}' but holds {found}",
            fix=_ASK_AGAIN + "; add, delete or move no rows",
        ).at(sheet=SHEET, row=row, column=_CODE_COLUMN)


def _cross_check(rows: dict[int, list[Value]], meta: _Meta) -> None:
    """The expert and fingerprint the visible sheet shows are those of the hidden part: a form whose visible title
    block was edited, or whose hidden part was copied from another expert's form, is refused."""
    shown = {
        "expert": (_EXPERT_LINE, _EXPERT_ROW, meta.expert),
        "fingerprint": (_FINGERPRINT_LINE, _FINGERPRINT_ROW, meta.fingerprint),
    }
    for what, (label, row, hidden) in shown.items():
        cells = rows.get(row, [])
        text = _plain(cells[0] if cells else "")
        value = text[len(label) :] if text.startswith(label) else None
        fits = value is not None and (value == hidden if what == "fingerprint" else _names_expert(value, hidden))
        if not fits:
            seen = f"'{value}'" if value else "nothing"
            raise InputError(
                f"the ballot form does not agree with itself: its sheet shows {what} {seen}, "
                f"its protected part holds '{hidden}'",
                fix="give the form exactly as the editors sent it to this expert, or ask them for a new one",
            ).at(sheet=SHEET, row=row, column="A")


def _names_expert(shown: str, expert: str) -> bool:
    """'张三（中国科学院）' names 张三: the affiliation follows the name in brackets."""
    return shown == expert or (shown.startswith(expert + "（") and shown.endswith("）"))


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


def _vote_text(value: Value, row: int) -> str:
    if isinstance(value, Refused):
        raise value.error.at(sheet=SHEET, row=row, column=_VOTE_COLUMN)
    if isinstance(value, date | time):
        raise InputError(
            f"the cell holds a date or time ({value}), not a vote",
            fix="format the cell as General and type the vote again",
        ).at(sheet=SHEET, row=row, column=_VOTE_COLUMN)
    return value.strip()


def _rows(sheet: Grid, meta: _Meta) -> dict[int, list[Value]]:
    """The sheet's rows by number; a filled row below the last candidate is refused (a candidate added)."""
    last = max(row for _, row, _ in meta.candidates)
    rows: dict[int, list[Value]] = {}
    for number, cells in sheet.rows:
        cells = cells[: len(COLUMNS) + max(len(meta.criteria) - 1, 0)]
        if number > last and any(_plain(cell) for cell in cells):
            raise InputError(
                "the candidate table was changed: this row below the last candidate is filled in",
                fix=_ASK_AGAIN + "; add, delete or move no rows",
            ).at(sheet=SHEET, row=number)
        rows[number] = cells
    return rows


def _plain(value: object) -> str:
    if isinstance(value, Refused):
        return "?"
    return "" if value is None else str(value).strip()


def _meta(sheet: Grid) -> _Meta:
    """The hidden sheet's content; a damaged one is refused as a whole.

    Only what a re-save keeps is relied on: LibreOffice and WPS drop empty cells and may store a number as text,
    so a candidate row without its third cell is a candidate that is not recused."""
    values: dict[str, list[str]] = {}
    candidates: list[tuple[str, int, bool]] = []
    for _, row in sheet.rows:
        texts = [_plain(v) for v in row]
        if not texts or not texts[0]:
            continue
        key, rest = texts[0], texts[1:] + ["", "", ""]
        if key == "candidate":
            candidates.append((rest[0], _whole(rest[1]), rest[2] == RECUSED))
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
            criteria=tuple(name for name in values.get("criteria", []) if name),
        )
    except (KeyError, IndexError, ValueError, InvalidOperation):
        raise damaged from None
    codes = [code for code, _, _ in meta.candidates]
    if not codes or any(not code or row < 1 for code, row, _ in meta.candidates) or len(set(codes)) != len(codes):
        raise damaged
    return meta


def _whole(text: str) -> int:
    """A row number as a re-saved form may hold it: 9, '9' or 9.0."""
    try:
        value = Decimal(text)
    except InvalidOperation:
        return 0
    return int(value) if value == value.to_integral_value() else 0


def is_ballot_form(path: Path) -> bool:
    """Whether a workbook is a Top10 Panel ballot form: it has the form's sheet and its hidden sheet, by name, which
    every re-save (Excel, WPS, LibreOffice; .xlsx, .xls, .ods) keeps. Only the sheet list is read."""
    import zipfile

    try:
        stream, _ = open_regular(path, FORM)
        with stream:
            head = stream.read(8)
            if head[:4] == b"PK\x03\x04":
                check_zip(stream, FORM, path)
            if head[:4] == b"PK\x03\x04" and path.suffix.lower() in (".xlsx", ".xlsm"):
                with zipfile.ZipFile(stream) as archive:
                    text = archive.read("xl/workbook.xml").decode("utf-8", errors="replace")
                return f'"{META_SHEET}"' in text and f'"{SHEET}"' in text
        if head[:4] == b"PK\x03\x04" or head == OLE2:
            from python_calamine import CalamineWorkbook

            workbook = CalamineWorkbook.from_path(str(path))
            try:
                return {META_SHEET, SHEET} <= set(workbook.sheet_names)
            finally:
                workbook.close()
    except Exception:  # noqa: BLE001 - whatever cannot be opened is not a form; the matrix reader says why
        return False
    return False
