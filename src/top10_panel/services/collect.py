"""Collecting ballots into a selection: here, the rows of a ballot matrix (the editor's table, transcribed paper)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from top10_panel.domain.acceptance import OnRecord, admission
from top10_panel.domain.ballot_check import foreign_marks
from top10_panel.domain.criteria import split_header
from top10_panel.domain.errors import InputError, Location, readable
from top10_panel.domain.profile import Profile
from top10_panel.domain.rules import DEFAULT_PANEL, Mode
from top10_panel.domain.votes import Vote
from top10_panel.exchange.matrix import read_matrix, with_criteria
from top10_panel.store import events, received, repository
from top10_panel.store.database import open_selection

from .inbox import Collected

MAX_STRANGERS = 1000
"""Rows of a matrix naming no expert of the selection that are kept in the register as rejected ballots (a typo in a
name, an expert not yet imported). A matrix with more of them, or with nothing else, is not this selection's
matrix: it is refused whole, before any row becomes a ballot, and the selection is left as it was."""


def _vote(mode: Mode, codes: tuple[str, ...], cells: list[int], unit: int, scored: list[bool] | None) -> Vote:
    if mode is Mode.APPROVAL:
        picked = [code for code, cell in zip(codes, cells, strict=True) if cell]
        return {"approve": picked} if picked else {}
    if mode is Mode.RANKING:
        ranks = {code: int(cell) for code, cell in zip(codes, cells, strict=True) if cell}
        return {"rank": ranks} if ranks else {}
    assert scored is not None
    scores = {code: _decimal(cell, unit) for code, cell, has in zip(codes, cells, scored, strict=True) if has}
    return {"score": scores} if scores else {}


def _criteria_vote(headers: tuple[str, ...], cells: list[int], unit: int, scored: list[bool]) -> Vote:
    """A matrix row of CODE:CRITERION columns as {"score": {code: {criterion: "8"}}}, every scored cell kept (a
    candidate scored on some criteria only is stored as such, and counts as not scored)."""
    scores: dict[str, dict[str, str]] = {}
    for header, cell, has in zip(headers, cells, scored, strict=True):
        if has:
            code, criterion = split_header(header)
            scores.setdefault(code, {})[criterion] = _decimal(cell, unit)
    return {"score": scores} if scores else {}


def _decimal(cell: int, unit: int) -> str:
    whole, part = divmod(cell, unit)
    return str(whole) if not part else str(cell / unit)


def compare_entries(first: Path, second: Path, mode: Mode) -> list[str]:
    """Every cell where two typings of the same paper ballots disagree, as 'expert, candidate: a ≠ b'."""
    a, b = read_matrix(first, mode).profile, read_matrix(second, mode).profile
    if a.codes != b.codes:
        return [f"the candidate columns differ: {', '.join(a.codes)} ≠ {', '.join(b.codes)}"]
    rows_a = {name: i for i, name in enumerate(a.experts)}
    rows_b = {name: i for i, name in enumerate(b.experts)}
    out = [f"{name}: only in {first.name}" for name in rows_a if name not in rows_b]
    out += [f"{name}: only in {second.name}" for name in rows_b if name not in rows_a]
    for name, i in rows_a.items():
        j = rows_b.get(name)
        if j is None:
            continue
        for k, code in enumerate(a.codes):
            left, right = _cell(a, i, k), _cell(b, j, k)
            if left != right:
                out.append(f"{name}, {code}: {left or '(empty)'} ≠ {right or '(empty)'}")
    return out


@dataclass(frozen=True)
class Difference:
    """A cell where two typings of the paper ballots disagree, side by side ('' is an empty cell)."""

    expert: str
    code: str
    first: str
    second: str


def entry_differences(first: Path, second: Path, mode: Mode) -> list[Difference]:
    """The cells where the two typings disagree, for the rows and columns both have (``compare_entries`` also
    says which rows or columns only one of them has)."""
    a, b = read_matrix(first, mode).profile, read_matrix(second, mode).profile
    if a.codes != b.codes:
        return []
    rows_b = {name: j for j, name in enumerate(b.experts)}
    return [
        Difference(name, code, left, right)
        for i, name in enumerate(a.experts)
        if name in rows_b
        for k, code in enumerate(a.codes)
        for left, right in ((_cell(a, i, k), _cell(b, rows_b[name], k)),)
        if left != right
    ]


def correct_typings(first: Path, second: Path, corrections: Mapping[tuple[str, str], str]) -> None:
    """Write the value checked against the paper ballot into that cell of both typings (in place)."""
    from top10_panel.exchange.matrix_edit import write_cells

    write_cells(first, corrections)
    write_cells(second, corrections)


def _cell(profile: Profile, i: int, k: int) -> str:
    if profile.scored is not None and not profile.scored[i, k]:
        return ""
    value = int(profile.cells[i, k])
    if profile.mode is not Mode.SCORE and value == 0:
        return ""
    return _decimal(value, profile.unit)


def collect_double_entry(path: Path, first: Path, second: Path) -> Collected:
    """Paper ballots typed in twice by two people: stored only when both typings agree cell for cell."""
    with open_selection(path, write=False) as selection, selection.read() as session:
        mode = repository.rules(session, repository.current_stage(session)).mode
    differences = compare_entries(first, second, mode)
    if differences:
        shown = "; ".join(differences[:12]) + (f"; and {len(differences) - 12} more" if len(differences) > 12 else "")
        raise InputError(
            f"the two typings disagree in {len(differences)} place(s): {shown}",
            fix="check those cells against the paper ballots, correct the typing, and collect again",
            where=Location(file=f"{first} / {second}"),
        )
    return collect_matrix(path, first, source="paper")


def collect_matrix(path: Path, matrix_path: Path, panel: str = DEFAULT_PANEL, source: str = "matrix") -> Collected:
    """Store each row of the matrix as a ballot of the current stage; the whole matrix or nothing.

    Rows are kept as received: whether each one counts (an over-vote, a blank ballot) is decided by the tally. A row
    with a vote for a candidate its expert is recused from is rejected (SPEC §6); a row for an expert with a ballot on
    record is held for a decision, or changes nothing when it is that very vote (the same matrix collected again).
    A matrix of another panel than the experts' (a public vote) needs weighted sources naming that panel.
    """
    with open_selection(path) as selection, selection.write() as session:
        stage = repository.current_stage(session)
        rules = repository.rules(session, stage)
        matrix = read_matrix(matrix_path, rules.mode, rules.scale)
        profile = matrix.profile
        codes = profile.codes
        combined = profile
        if rules.criteria:  # the columns are CODE:CRITERION: checked whole, stored criterion by criterion
            combined = with_criteria(profile, rules.criteria, matrix_path)
            codes = combined.codes
        known = {c.code for c in repository.candidates(session, stage)}
        unknown = [code for code in codes if code not in known]
        if unknown:
            raise InputError(
                f"the matrix has columns for candidates that are not in this stage: {', '.join(unknown[:5])}",
                fix="remove those columns, or import the candidates first",
                where=Location(file=str(matrix_path), row=1, column=_column(matrix_path, profile.codes, unknown[0])),
            )
        panels = [name for name, _ in rules.weights] or [DEFAULT_PANEL]
        if panel not in panels:
            raise InputError(
                f"the rules weigh no panel '{panel}' (they count: {', '.join(panels)})",
                fix="name one of those panels, or set weighted sources with the rules command",
                where=Location(file=str(matrix_path)),
            )
        if panel != DEFAULT_PANEL:  # a public vote: kept whole, as its file and its cells
            if received.batch_received(session, matrix.sha256):
                return Collected(unchanged=len(profile.experts))
            voters = tuple(profile.experts)
            batch = received.Batch(
                panel, matrix_path.name, codes, combined.cells, combined.scored, combined.unit, voters
            )
            received.add_batch(session, stage, batch, matrix_path.read_bytes(), matrix.sha256)
            events.lock_counted(session, stage.id, stage.name)
            events.append(
                session,
                "ballots collected",
                {"file": matrix_path.name, "sha256": matrix.sha256, "rows": len(voters), "panel": panel},
            )
            received.log_register(session, stage)
            return Collected(accepted=len(voters))
        ids = repository.expert_ids(session)
        strangers = [i for i, expert in enumerate(profile.experts) if expert not in ids]
        if strangers and (len(strangers) == len(profile.experts) or len(strangers) > MAX_STRANGERS):
            raise _strangers(matrix_path, profile, strangers)
        recused: dict[str, set[str]] = {}
        for r in repository.recusals(session):
            recused.setdefault(r.expert, set()).add(r.candidate)
        record = received.on_record(session, stage)
        refused = received.rejected_rows(session, stage)
        cells = profile.cells.tolist()
        scored = profile.scored.tolist() if profile.scored is not None else None
        sources = profile.sources if profile.sources is not None else range(2, len(profile.experts) + 2)
        now = repository.now()
        rows = []
        counts = dict.fromkeys(("accepted", "rejected", "held", "unchanged", "strangers"), 0)
        for i, (expert, row) in enumerate(zip(profile.experts, sources, strict=True)):
            if rules.criteria:
                vote = _criteria_vote(profile.codes, cells[i], profile.unit, scored[i] if scored else [])
            else:
                vote = _vote(rules.mode, codes, cells[i], profile.unit, scored[i] if scored else None)
            expert_id, revision, status = ids.get(expert), 1, "accepted"
            reason = foreign_marks(vote, known, recused.get(expert, set()))
            if expert_id is None:
                status, reason = "rejected", f"unknown expert '{expert}'"
            elif reason:
                status = "rejected"
            else:
                verdict = admission(record.get(expert, []), source, vote)
                if verdict.outcome == "unchanged":  # this row is on record already (the same matrix again)
                    counts["unchanged"] += 1
                    continue
                revision, reason = verdict.revision, verdict.reason
                status = "held" if verdict.outcome == "held" else "accepted"
                record.setdefault(expert, []).append(OnRecord(-i - 1, source, revision, status, vote))
            origin = f"{matrix_path.name}, row {int(row)}"
            text = json.dumps(vote, ensure_ascii=False, sort_keys=True)
            if status == "rejected" and (origin, text) in refused:
                counts["unchanged"] += 1  # refused already, for the same reason: the same matrix again
                continue
            counts[status] += 1
            counts["strangers"] += expert_id is None
            rows.append(
                {
                    "stage_id": stage.id,
                    "expert_id": expert_id,
                    "revision": revision,
                    "received_at": now,
                    "source": source,
                    "origin": origin,
                    "raw": b"",
                    "status": status,
                    "reason": reason,
                    "fingerprint": "",
                    "late": False,
                    "panel": panel,
                    "vote": text,
                }
            )
        repository.add_ballot_rows(session, rows)
        if any(row["status"] == "accepted" for row in rows):
            events.lock_counted(session, stage.id, stage.name)
        events.append(
            session,
            "ballots collected",
            {"file": matrix_path.name, "sha256": matrix.sha256, "rows": len(profile.experts), "panel": panel, **counts},
        )
        received.log_register(session, stage)
        return Collected(
            accepted=counts["accepted"],
            rejected=counts["rejected"],
            held=counts["held"],
            unchanged=counts["unchanged"],
            strangers=counts["strangers"],
        )


def _column(matrix_path: Path, headers: tuple[str, ...], code: str) -> str | None:
    """Where the candidate's column is, as a matrix message names it: column 3 (C in a workbook)."""
    from top10_panel.exchange.xlsx_cells import letters

    for j, header in enumerate(headers, start=1):
        if header == code or split_header(header)[0] == code:
            return letters(j) if matrix_path.suffix.lower() in (".xlsx", ".xlsm") else str(j + 1)
    return None


def _strangers(matrix_path: Path, profile: Profile, strangers: list[int]) -> InputError:
    """A matrix whose rows are mostly or only of people who are not experts of the selection, refused whole."""
    first = strangers[0]
    row = int(profile.sources[first]) if profile.sources is not None else first + 2
    return InputError(
        f"rows naming no expert of this selection: {len(strangers)} of {len(profile.experts)} (the first: "
        f"'{readable(profile.experts[first])}'); 0 counted, {len(strangers)} refused: not an expert of this selection",
        fix="check that this is the ballot matrix of this selection's experts, its first column naming them as the "
        "expert list does; correct or remove those rows",
        where=Location(file=str(matrix_path), row=row, column="expert"),
    )
