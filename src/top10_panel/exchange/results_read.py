"""Reading a results workbook back (``top10-panel verify RESULTS.xlsx``): what it counts from, and what it says.

The recount is rebuilt from the selection sheet (rules as exact JSON, candidates, recusals, decisions) and the
ballots sheet's cells; the published figures are read from the result and tie-break sheets as they stand, so that
``recount(read.recount)`` can be compared with them item by item. Formulas are refused, never evaluated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from top10_panel.domain.criteria import column_header
from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.people import Candidate, Recusal, RecusalReason
from top10_panel.domain.publication import Figures, Recount
from top10_panel.domain.result import Decision
from top10_panel.domain.rules import PUBLICATION_ORDERS, TIE_BREAK_RULES, Mode, Rules, rules_from_dict
from top10_panel.domain.votes import Vote

from .bounded import RESULTS
from .files import read_input
from .labels import LANGUAGES, label
from .results_audit import AUDIT_COLUMNS, CANDIDATE_COLUMNS, RECUSAL_COLUMNS, REGISTER_COLUMNS
from .results_grid import RESTORE, Grid, by_criterion, read_vote
from .results_sheets import RESULT_COLUMNS, colon, heading
from .results_xlsx import rule_word
from .xlsx_cells import BROKEN, NOT_A_WORKBOOK, open_workbook

STATUSES = ("seat", "open", "out")
REGISTER_STATUSES = ("accepted", "superseded", "late", "rejected", "held")


@dataclass(frozen=True)
class PublishedRow:
    code: str
    title: str
    score: str
    """The exact score as published, e.g. '43/6'."""
    rank: int
    place: int
    status: str
    """seat, open or out."""


@dataclass(frozen=True)
class PublishedStep:
    rule: str
    among: tuple[str, ...]
    values: tuple[tuple[str, str], ...]
    """(code, the exact value compared as text)."""
    order: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class PublishedWorkbook:
    """A results workbook as read: the recount it follows from, and every figure it publishes."""

    recount: Recount
    title: str
    stage: str
    language: str
    rows: tuple[PublishedRow, ...]
    top: tuple[str, ...]
    open: tuple[str, ...]
    order: tuple[str, ...]
    order_rule: str
    """The publication order the result sheet names: result, category, date, pinyin or stroke."""
    tie_breaks: tuple[PublishedStep, ...]
    ballots: dict[str, int]
    """valid, abstain, invalid and returned, as the result sheet says."""
    register: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Ballot fingerprint (SHA-256) → (voter, status: accepted, superseded, late or rejected)."""
    rules_version: int = 1
    generated_at: str = ""
    app_version: str = ""

    @property
    def figures(self) -> Figures:
        return Figures(
            ballots=tuple((key, self.ballots[key]) for key in ("valid", "abstain", "invalid")),
            rows=tuple((r.code, r.score, r.rank, r.place, r.status) for r in self.rows),
            top=self.top,
            open=self.open,
            order=self.order,
            tie_breaks=tuple((step.rule, step.among, step.order) for step in self.tie_breaks),
        )


def read_results(path: Path) -> PublishedWorkbook:
    """The workbook's recount and published figures; InputError naming file, sheet, row and column otherwise."""
    data = read_input(path, RESULTS)
    try:
        workbook = open_workbook(data)
    except InputError as error:
        raise error.at(file=str(path)) from None
    try:
        names = list(workbook.sheetnames)
        language = next((lang for lang in LANGUAGES if label("result", lang) in names), None)
        if language is None:
            raise InputError(
                "this workbook has no result sheet (结果 / Result): it is not a results workbook",
                fix="give the results workbook exported by top10-panel (tally --xlsx or export --xlsx)",
                where=Location(str(path)),
            )
        grids = {}
        for key in ("result", "ballots", "audit", "register", "info"):
            name = label(key, language)
            if name not in names:
                raise InputError(
                    f"the sheet '{name}' is missing", fix=RESTORE, where=Location(str(path), sheet=name)
                ) from None
            grids[key] = Grid(str(path), name, workbook[name])
    except BROKEN:
        raise NOT_A_WORKBOOK.at(file=str(path)) from None
    finally:
        workbook.close()
    return _Reader(grids, language).read()


class _Reader:
    def __init__(self, grids: dict[str, Grid], language: str) -> None:
        self.grids = grids
        self.language = language

    def word(self, key: str) -> str:
        return label(key, self.language)

    def read(self) -> PublishedWorkbook:
        info = self.grids["info"]
        keys = self._keys(info)
        rules = self._rules(info, keys["rules_json"])
        candidates = self._candidates(info, max(keys.values()) + 1)
        codes = [c.code for c in candidates]
        votes, panels = self._ballots(rules, codes)
        decisions = self._decisions(info, keys["decisions"])
        invited = info.text(keys["invited"], 2).strip()
        recount = Recount(
            rules=rules,
            candidates=tuple(candidates),
            votes=tuple(votes),
            panels=panels,
            recusals=self._recusals(info, codes),
            decisions=decisions,
            fingerprint=info.text(keys["fingerprint"], 2).strip(),
            seed=info.text(keys["seed"], 2) or None,
            invited=info.whole(keys["invited"], 2, "number of experts invited") if invited else None,
        )
        result = self.grids["result"]
        pairs = self._pairs(result)
        rows, end = self._rows(result, set(codes))
        order_rule, order = self._order(result, end, set(codes))
        counts: dict[str, int] = {}
        for key in ("valid", "abstain", "invalid", "returned"):
            if key not in pairs:
                raise result.error(f"the title block has no '{heading(self.word(key))}'")
            row, column = pairs[key]
            counts[key] = result.whole(row, column, f"number of {key} ballots")
        return PublishedWorkbook(
            recount=recount,
            title=result.text(1, 1),
            stage=result.text(*pairs["stage"]) if "stage" in pairs else "",
            language=self.language,
            rows=tuple(rows),
            top=tuple(r.code for r in rows if r.status == "seat"),
            open=self._open(set(codes)),
            order=order,
            order_rule=order_rule,
            tie_breaks=self._steps(set(codes)),
            ballots=counts,
            register=self._register(),
            rules_version=info.whole(keys["rules_version"], 2, "rules version"),
            generated_at=info.text(keys["generated_at"], 2),
            app_version=info.text(keys["app_version"], 2),
        )

    def _keys(self, info: Grid) -> dict[str, int]:
        """The selection sheet's key rows: label in column A, value in column B, up to the first blank row."""
        by_word = {}
        row = 1
        while not info.blank(row):
            by_word[info.text(row, 1).strip()] = row
            row += 1
        out = {}
        for key in ("rules_json", "rules_version", "fingerprint", "seed", "invited", "decisions"):
            if self.word(key) not in by_word:
                raise info.error(f"the row '{self.word(key)}' is missing", column=1)
            out[key] = by_word[self.word(key)]
        for key in ("generated_at", "app_version"):
            out[key] = by_word.get(self.word(key), 0)
        return out

    def _json(self, info: Grid, row: int) -> Any:
        try:
            return json.loads(info.text(row, 2))
        except ValueError:
            raise info.error("the cell is not the exact JSON the workbook was written with", row, 2) from None

    def _rules(self, info: Grid, row: int) -> Rules:
        data = self._json(info, row)
        if not isinstance(data, dict):
            raise info.error("the rules are not a JSON object", row, 2)
        try:
            return rules_from_dict(data)
        except (InputError, TypeError, ValueError) as error:
            problem = error.problem if isinstance(error, InputError) else f"the rules cannot be read ({error})"
            raise info.error(problem, row, 2) from None

    def _decisions(self, info: Grid, row: int) -> tuple[Decision, ...]:
        data = self._json(info, row)
        try:
            return tuple(
                Decision(
                    kind=str(d["kind"]),
                    among=tuple(str(c) for c in d["among"]),
                    order=tuple(tuple(str(c) for c in tier) for tier in d.get("order", ())),
                    **{key: str(d.get(key, "")) for key in ("seed", "by", "reason", "at")},
                )
                for d in data
            )
        except (TypeError, KeyError, AttributeError):
            raise info.error("the recorded decisions cannot be read", row, 2) from None

    def _table(self, grid: Grid, title: str, keys: tuple[str, ...], start: int) -> list[tuple[int, dict[str, str]]]:
        """The rows of a titled table (title in column A, header below it) up to the first blank row."""
        row = grid.find(1, title, start)
        if row is None:
            raise grid.error(f"the table '{title}' is missing", column=1)
        columns = grid.columns(row + 1, keys, self.language)
        out = []
        row += 2
        while not grid.blank(row):
            out.append((row, {key: grid.text(row, j) for key, j in columns.items()}))
            row += 1
        return out

    def _candidates(self, info: Grid, start: int) -> list[Candidate]:
        out: list[Candidate] = []
        for row, line in self._table(info, self.word("candidates"), CANDIDATE_COLUMNS, start):
            code = line["code"].strip()
            if not code or code in {c.code for c in out}:
                raise info.error(f"candidate code '{code}' is empty or repeated", row, 1)
            fields = {key: line[key] for key in CANDIDATE_COLUMNS[1:]}
            out.append(Candidate(code=code, **fields))
        return out

    def _recusals(self, info: Grid, codes: list[str]) -> tuple[Recusal, ...]:
        start = info.find(1, self.word("candidates")) or 1
        out = []
        for row, line in self._table(info, self.word("recusals"), RECUSAL_COLUMNS, start + 1):
            try:
                reason = RecusalReason(line["reason"])
            except ValueError:
                raise info.error(f"'{line['reason']}' is not a recusal reason", row, 3) from None
            if line["code"] not in codes:
                raise info.error(f"'{line['code']}' is not a candidate", row, 2)
            out.append(Recusal(line["expert"], line["code"], reason, line["note"]))
        return tuple(out)

    def _ballots(self, rules: Rules, codes: list[str]) -> tuple[list[tuple[str, Vote]], tuple[str, ...] | None]:
        grid = self.grids["ballots"]
        if not grid.rows:
            raise grid.error("the sheet is empty")
        header = [grid.text(1, j).strip() for j in range(1, len(grid.rows[0]) + 1)]
        extra = {self.word("panel"), self.word("status")}
        columns = {text: j for j, text in enumerate(header, start=1) if j > 1 and text and text not in extra}
        names = [name for name, _ in rules.criteria]
        wanted = [column_header(code, name) for code in codes for name in names] if names else codes
        for text, j in columns.items():
            if text not in wanted:
                raise grid.error(f"the column '{text}' is not a candidate of the selection sheet", 1, j)
        for code in wanted:
            if code not in columns:
                raise grid.error(f"candidate {code} has no column", 1)
        panel = header.index(self.word("panel")) + 1 if self.word("panel") in header else None
        votes: list[tuple[str, Vote]] = []
        panels: list[str] = []
        row = 2
        while not grid.blank(row):
            voter = grid.text(row, 1)
            if not voter.strip():
                raise grid.error("a ballot row names no voter", row, 1)
            vote = read_vote(grid, rules.mode, row, columns, self.word("recused"))
            votes.append((voter, by_criterion(vote) if names else vote))
            if panel is not None:
                panels.append(grid.text(row, panel))
            row += 1
        return votes, tuple(panels) if panel is not None else None

    def _pairs(self, grid: Grid) -> dict[str, tuple[int, int]]:
        """The title block's label keys → (row, column) of their values."""
        keys = {heading(self.word(key)): key for key in ("stage", "returned", "valid", "abstain", "invalid")}
        out = {}
        for row in range(2, self._header(grid)):
            for name, value in ((1, 4), (5, 7)):
                key = keys.get(grid.text(row, name).strip())
                if key:
                    out[key] = (row, value)
        return out

    def _header(self, grid: Grid) -> int:
        row = grid.find(1, self.word("place"))
        if row is None:
            raise grid.error(f"the result table's header (a row starting '{self.word('place')}') is missing")
        return row

    def _rows(self, grid: Grid, codes: set[str]) -> tuple[list[PublishedRow], int]:
        header = self._header(grid)
        at = grid.columns(header, RESULT_COLUMNS, self.language)
        statuses = {self.word(s): s for s in STATUSES}
        rows = []
        row = header + 1
        while grid.text(row, at["code"]).strip():
            code = grid.text(row, at["code"]).strip()
            if code not in codes:
                raise grid.error(f"'{code}' is not a candidate of the selection sheet", row, at["code"])
            status = statuses.get(grid.text(row, at["status"]).strip())
            if status is None:
                raise grid.error(f"the status '{grid.text(row, at['status'])}' is not a seat status", row, at["status"])
            rows.append(
                PublishedRow(
                    code=code,
                    title=grid.text(row, at["title"]),
                    score=grid.text(row, at["score_exact"]).strip(),
                    rank=grid.whole(row, at["rank"], "rank"),
                    place=grid.whole(row, at["place"], "place"),
                    status=status,
                )
            )
            row += 1
        return rows, row

    def _order(self, grid: Grid, start: int, codes: set[str]) -> tuple[str, tuple[str, ...]]:
        """The publication order's rule (from its heading) and the codes in that order."""
        heading = self.word("publication") + colon(self.language)
        rules = {heading + self.word(f"order_{rule}"): rule for rule in PUBLICATION_ORDERS}
        for row in range(start, len(grid.rows) + 1):
            text = grid.text(row, 1).strip()
            if text.startswith(heading):
                if text not in rules:
                    raise grid.error(f"'{text}' names no publication order", row, 1)
                order = []
                row += 2
                while code := grid.text(row, 3).strip():
                    if code not in codes:
                        raise grid.error(f"'{code}' is not a candidate of the selection sheet", row, 3)
                    order.append(code)
                    row += 1
                return rules[text], tuple(order)
        raise grid.error(f"the publication order ('{heading}…') is missing", column=1)

    def _codes(self, grid: Grid, text: str, codes: set[str], row: int, column: int) -> tuple[str, ...]:
        out = tuple(code.strip() for code in text.split(",")) if text.strip() else ()
        for code in out:
            if code not in codes:
                raise grid.error(f"'{code}' is not a candidate of the selection sheet", row, column)
        return out

    def _steps(self, codes: set[str]) -> tuple[PublishedStep, ...]:
        """Each step from its first row (rule, among, order) and its value rows (candidate, value)."""
        grid = self.grids["audit"]
        at = grid.columns(1, AUDIT_COLUMNS, self.language)
        rules = {rule_word(r, self.language): r for mode in Mode for r in TIE_BREAK_RULES[mode]}
        steps: list[PublishedStep] = []
        row = 2
        while not grid.blank(row) and grid.text(row, 1).strip() != self.word("no_ties"):
            if grid.text(row, at["step"]).strip():
                rule = rules.get(grid.text(row, at["rule"]).strip())
                if rule is None:
                    raise grid.error(f"'{grid.text(row, at['rule'])}' is not a tie-break rule", row, at["rule"])
                among = self._codes(grid, grid.text(row, at["among"]), codes, row, at["among"])
                order = tuple(
                    self._codes(grid, group.replace("=", ","), codes, row, at["order"])
                    for group in grid.text(row, at["order"]).split(">")
                )
                steps.append(PublishedStep(rule, among, (), order))
            elif not steps:
                raise grid.error("a compared value comes before any tie-break step", row, at["step"])
            named = self._codes(grid, grid.text(row, at["code"]), codes, row, at["code"])
            if len(named) != 1:
                raise grid.error("each row of compared values names one candidate", row, at["code"])
            value = (named[0], grid.text(row, at["values"]).strip())
            steps[-1] = replace(steps[-1], values=(*steps[-1].values, value))
            row += 1
        return tuple(steps)

    def _open(self, codes: set[str]) -> tuple[str, ...]:
        grid = self.grids["audit"]
        row = grid.find(1, self.word("open_ties"))
        if row is None:
            return ()
        at = grid.columns(row, ("among", "seats"), self.language, first=3)
        out: list[str] = []
        row += 1
        while grid.text(row, at["seats"]).strip():
            out += self._codes(grid, grid.text(row, at["among"]), codes, row, at["among"])
            row += 1
        return tuple(out)

    def _register(self) -> dict[str, tuple[str, str]]:
        grid = self.grids["register"]
        at = grid.columns(1, REGISTER_COLUMNS, self.language)
        statuses = {self.word(s): s for s in REGISTER_STATUSES}
        out = {}
        row = 2
        while not grid.blank(row):
            status = grid.text(row, at["status"]).strip()
            out[grid.text(row, at["sha256"]).strip()] = (grid.text(row, at["voter"]), statuses.get(status, status))
            row += 1
        return out
