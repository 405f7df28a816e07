"""The tally as a readable table for a terminal: rank, code, title, score, seat marks, cut line, ties."""

from __future__ import annotations

import unicodedata
from fractions import Fraction

from top10_panel.domain.criteria import NORMALISATION_NOTE, criteria_text
from top10_panel.domain.plural import counted
from top10_panel.domain.profile import BallotNote
from top10_panel.domain.result import RankedCandidate, SeatStatus, TallyResult
from top10_panel.domain.rules import Mode, Rules

from .result_json import number

TITLE_WIDTH = 40
MARKS = {SeatStatus.SEAT: "●", SeatStatus.OPEN: "?", SeatStatus.OUT: ""}
RULE_NAMES = {
    "pairwise": "head-to-head among the tied (Copeland within the group)",
    "first_choices": "more first places",
    "borda": "Borda score",
    "mean": "mean score",
    "median": "median score",
    "lot": "lot draw: ascending SHA-256 of fingerprint:seed:code",
    "runoff": "a runoff vote among the tied",
    "chair": "the chair's recorded decision",
}


def width(text: str) -> int:
    """Terminal columns the text takes: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fit(text: str, columns: int) -> str:
    """Cut the text to the columns (with an ellipsis) and pad it to exactly that width."""
    if width(text) > columns:
        out = ""
        for ch in text:
            if width(out + ch) > columns - 1:
                break
            out += ch
        text = out + "…"
    return text + " " * (columns - width(text))


def render(result: TallyResult, source: str = "") -> str:
    rules = result.rules
    lines = [
        f"Top10 Panel — {rules.mode} mode, method {rules.method}, {counted(rules.seats, 'seat')}"
        + (f" — {source}" if source else ""),
        _ballot_line(result),
        *_criteria_lines(rules),
        "",
    ]
    code_w = max([width("编号 code")] + [width(r.candidate.code) for r in result.ranking])
    score_head = f"{'normalised':>14}  {'raw mean':>8}" if rules.normalise else f"{'score':>10}"
    header = (
        f"{'place':>5} {'rank':>4}  {fit('编号 code', code_w)}  {fit('标题 title', TITLE_WIDTH)}  {score_head}  seat"
    )
    lines += [header, "─" * width(header)]
    by_code = {r.candidate.code: r for r in result.ranking}
    pools = rules.quotas or (("", rules.seats),)
    for name, seats in pools:
        if name:
            lines.append(f"类别 category {name}: {counted(seats, 'seat')}")
        groups = [g for g in result.final if not name or by_code[g[0]].candidate.category == name]
        lines += _pool_rows(groups, seats, by_code, code_w, rules.mode, width(header), bool(rules.normalise))
    outside = [r for r in result.ranking if rules.quotas and r.candidate.category not in dict(rules.quotas)]
    if outside:
        lines.append("No quota for their category (no seat):")
        lines += [_row(r, code_w, rules.mode, bool(rules.normalise)) for r in outside]
    lines.append("")
    lines += _outcome(result)
    if result.tie_breaks:
        lines += ["", "Tie-break steps:"]
        for n, step in enumerate(result.tie_breaks, start=1):
            values = ", ".join(f"{code}={number(v)}" for code, v in step.values)
            order = " > ".join("=".join(g) for g in step.order)
            lines.append(f"  {n}. {step.rule} ({RULE_NAMES[step.rule]}) among {', '.join(step.among)}")
            lines.append(f"     values: {values}")
            lines.append(f"     order:  {order}")
            if step.record:
                lines.append("     " + ", ".join(f"{key}: {value}" for key, value in step.record))
    below = [t for t in result.ties if not t.matters]
    if below:
        lines += ["", "Ties that do not cross the cut line (reported, not settled):"]
        lines += [f"  places {t.first}–{t.last}: {', '.join(t.among)}" for t in below]
    if result.notes:
        lines += ["", "Ballots counted in part:"]
        lines += [_note(b) for b in result.notes]
    if result.invalid:
        lines += ["", "Invalid ballots (kept, not counted):"]
        lines += [_note(b) for b in result.invalid]
    return "\n".join(lines) + "\n"


def _pool_rows(
    groups: list[tuple[str, ...]],
    seats: int,
    by_code: dict[str, RankedCandidate],
    code_w: int,
    mode: Mode,
    line: int,
    normalised: bool = False,
) -> list[str]:
    rows = []
    placed = 0
    for group in groups:
        rows += [_row(by_code[code], code_w, mode, normalised) for code in group]
        if placed < seats <= placed + len(group):
            label = f" cut line: {counted(seats, 'seat')} " if placed + len(group) == seats else " cut line "
            rows.append(f"{'─' * 8}{label}{'─' * max(0, line - 8 - len(label))}")
        placed += len(group)
    return rows


def _note(note: BallotNote) -> str:
    return f"  {note.expert}" + (f" (row {note.source})" if note.source is not None else "") + f": {note.reason}"


def _ballot_line(result: TallyResult) -> str:
    b = result.ballots
    line = f"Ballots: {b['returned']} returned, {b['valid']} valid ({b['abstain']} abstaining), {b['invalid']} invalid"
    quorum = result.quorum
    if quorum is not None:
        state = "met" if quorum.met else "NOT met: the result is provisional"
        line += f"; quorum: {quorum.valid} of {quorum.invited} invited, more than {quorum.share} needed: {state}"
    return line


def _criteria_lines(rules: Rules) -> list[str]:
    lines = []
    if rules.criteria:
        lines.append(f"Criteria: {criteria_text(rules.criteria)}; a candidate's score is the weighted sum")
    if rules.normalise:
        lines.append(f"Normalisation {rules.normalise}: {NORMALISATION_NOTE}")
    return lines


def _row(r: RankedCandidate, code_w: int, mode: Mode, normalised: bool = False) -> str:
    detail = dict(r.detail)
    if normalised:
        raw = detail.get("raw", 0)
        raw_text = f"{float(raw):.4g}" if isinstance(raw, Fraction) else str(raw)
        return (
            f"{r.place:>5} {r.rank:>4}  {fit(r.candidate.code, code_w)}  {fit(r.candidate.title or '', TITLE_WIDTH)}  "
            f"{float(r.score):>14.12g}  {raw_text:>8}  {MARKS[r.status]}"
        )
    score = str(number(r.score)) if r.score.denominator == 1 else f"{float(r.score):.4g}"
    if mode is Mode.APPROVAL and "eligible" in detail and r.score.denominator != 1:
        score = f"{detail['approvals']}/{detail['eligible']}"
    title = r.candidate.title or ""
    return (
        f"{r.place:>5} {r.rank:>4}  {fit(r.candidate.code, code_w)}  {fit(title, TITLE_WIDTH)}  "
        f"{score:>10}  {MARKS[r.status]}"
    )


def _outcome(result: TallyResult) -> list[str]:
    seats = result.rules.seats
    if not result.open_ties:
        settled = counted(min(seats, len(result.ranking)), "seat is", "seats are")
        lines = [f"All {settled} settled: {', '.join(result.top)}."]
    elif len(result.open_ties) == 1:
        (tie,) = result.open_ties
        lines = [
            f"OPEN TIE: {len(result.top)} of {counted(seats, 'seat')} are settled; "
            f"{', '.join(tie.among)} compete for the remaining {tie.seats}"
            + (f" in category {tie.category}." if tie.category else "."),
        ]
    else:
        lines = [f"OPEN TIES: {len(result.top)} of {counted(seats, 'seat')} are settled."]
        lines += [
            f"  {', '.join(t.among)} compete for {counted(t.seats, 'seat')}"
            + (f" in category {t.category}" if t.category else "")
            for t in result.open_ties
        ]
    if result.open_ties:
        lines.append(
            "  Settle it by a runoff vote among them, a recorded chair's decision, or a public lot draw"
            + (f" (next in the chain: {result.waiting_for})." if result.waiting_for else ".")
        )
    unsettled = [t for t in result.ties if t.matters and not t.settled and set(t.among) - set(result.open)]
    for t in unsettled:
        lines.append(f"  Places {t.first}–{t.last} are still shared inside the top: {', '.join(t.among)}.")
    return lines
