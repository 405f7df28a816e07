"""Settling an open tie (SPEC §2 step 5, §3): a public lot draw, a chair's decision, or a runoff stage (加投)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.result import Decision, OpenTie, TallyResult
from top10_panel.store import events, repository
from top10_panel.store.database import open_selection

from .collect import collect_matrix
from .readiness import require_ready
from .runoff import close_runoff, start_runoff
from .selection import tally_selection

LOT_SOURCE = "lot source recorded"
LOT_DRAWN = "tie settled by lot"


INSIDE_TOP = "order inside the top"
"""``OpenTie.waiting_for`` of a tie inside a top published in order: all its candidates are seated, their order not."""


def ties_to_settle(result: TallyResult) -> tuple[OpenTie, ...]:
    """Every tie that matters and is not settled (SPEC §3): the open ties across a cut line, and, where the top is
    published in order, the ties inside it (a tie for first place among them); each can be settled by a lot or the
    chair, an open tie also by a runoff."""
    crossing = {frozenset(t.among) for t in result.open_ties}
    inside = tuple(
        OpenTie(g.among, len(g.among), INSIDE_TOP, g.category)
        for g in result.ties
        if g.matters and not g.settled and frozenset(g.among) not in crossing
    )
    return result.open_ties + inside


def _open_ties(path: Path) -> tuple[OpenTie, ...]:
    ties = ties_to_settle(tally_selection(path).result)
    if not ties:
        raise InputError(
            "there is no open tie: every seat is settled", fix="nothing to settle", where=Location(file=str(path))
        )
    return ties


def _with_note(reason: str, note: str) -> str:
    return "; ".join(part for part in (reason.strip(), note) if part)


def _record(path: Path, decisions: list[Decision], extra: dict[str, object] | None = None) -> TallyResult:
    with open_selection(path) as selection, selection.write() as session:
        stage = repository.current_stage(session)
        for decision in decisions:
            repository.add_decision(session, stage, decision)
            events.append(
                session,
                f"tie settled by {decision.kind}",
                {
                    "stage": stage.name,
                    "among": list(decision.among),
                    "order": [list(t) for t in decision.order],
                    "seed": decision.seed,
                    "by": decision.by,
                    "reason": decision.reason,
                    **(extra or {}),
                },
            )
    return tally_selection(path).result


@dataclass(frozen=True)
class LotSource:
    """Where a lot's seed will come from, recorded before the seed is known."""

    seq: int
    """Its entry in the event log."""
    at: str
    among: tuple[tuple[str, ...], ...]
    source: str
    known_at: str
    by: str


def lot_sources(path: Path) -> list[LotSource]:
    """Every recorded lot source of the current stage, oldest first."""
    with open_selection(path, write=False) as selection, selection.read() as session:
        stage = repository.current_stage(session).name
        return [
            LotSource(
                seq,
                at,
                tuple(tuple(group) for group in payload.get("among", [])),
                str(payload.get("source", "")),
                str(payload.get("known_at", "")),
                str(payload.get("by", "")),
            )
            for seq, at, payload in events.of_kind(session, LOT_SOURCE)
            if payload.get("stage") == stage
        ]


def _redraw_ties(path: Path) -> tuple[tuple[str, ...], ...]:
    """The ties the last lot draw of the stage settled (what a second draw would draw again)."""
    with open_selection(path, write=False) as selection, selection.read() as session:
        stage = repository.current_stage(session)
        lots = [d for d in repository.decisions(session, stage) if d.kind == "lot"]
    if not lots:
        return ()
    last = lots[-1].at
    return tuple(d.among for d in lots if d.at == last)


def record_lot_source(path: Path, source: str, by: str = "", known_at: str = "", reason: str = "") -> LotSource:
    """Step 1 of a lot: record where the seed will come from (and when it will be known), before it is known.

    For the open ties; with none open but a lot drawn already, for a second draw of the ties it settled."""
    if not source.strip():
        raise InputError(
            "the seed's source is empty",
            fix='say where the seed will come from, e.g. --lot-source "福彩3D 2020-12-31 开奖号码"',
        )
    ties = ties_to_settle(tally_selection(path).result)
    among = tuple(t.among for t in ties) or _redraw_ties(path)
    if not among:
        raise InputError(
            "there is no open tie: every seat is settled", fix="nothing to settle", where=Location(file=str(path))
        )
    with open_selection(path) as selection, selection.write() as session:
        stage = repository.current_stage(session)
        row = events.append(
            session,
            LOT_SOURCE,
            {
                "stage": stage.name,
                "among": [list(group) for group in among],
                "source": source.strip(),
                "known_at": known_at.strip(),
                "by": by.strip(),
                "reason": reason.strip(),
            },
        )
        seq, at = row.seq, row.at
    return LotSource(seq, at, among, source.strip(), known_at.strip(), by.strip())


def settle_by_lot(path: Path, seed: str, by: str = "", reason: str = "", override: str = "") -> TallyResult:
    """Step 2 of a lot: draw at once for every open tie with the public seed text, under the source recorded
    before; anyone can recompute the draw with sha256sum. A second draw of a tie a lot settled needs a reason."""
    if not seed.strip():
        raise InputError("the seed text is empty", fix="give the public seed text, e.g. the announced lottery number")
    if not by.strip():
        raise InputError("a lot draw needs who drew it", fix="give --by NAME")
    open_ties = ties_to_settle(tally_selection(path).result)
    among = tuple(t.among for t in open_ties)
    if not among:
        among = _redraw_ties(path)
        if not among:
            raise InputError(
                "there is no open tie: every seat is settled", fix="nothing to settle", where=Location(file=str(path))
            )
        if not reason.strip():
            raise InputError(
                f"the tie among {', '.join(among[0])} was settled by a lot already, so a second draw needs a reason",
                fix="give --reason TEXT (both draws stay in the audit), after recording the new seed's source",
                where=Location(file=str(path)),
            )
    note = require_ready(path, "settling the tie", override)
    last_draw = _last_draw_seq(path)
    sources = [s for s in lot_sources(path) if set(s.among) == set(among) and s.seq > last_draw]
    if not sources:
        raise InputError(
            "no source of the seed is recorded for this draw",
            fix="first record where the seed will come from: settle FILE --lot-source TEXT [--by NAME], "
            "then, once the seed is known, settle FILE --lot SEED --by NAME",
            where=Location(file=str(path)),
        )
    source = sources[-1]
    why = _with_note(reason, note)
    extra: dict[str, object] = {"source": source.source, "source_seq": source.seq, "known_at": source.known_at}
    why = _with_note(f"seed source: {source.source} (recorded {source.at})", why)
    return _record(path, [Decision("lot", group, seed=seed, by=by.strip(), reason=why) for group in among], extra)


def _last_draw_seq(path: Path) -> int:
    with open_selection(path, write=False) as selection, selection.read() as session:
        stage = repository.current_stage(session).name
        seqs = [seq for seq, _, payload in events.of_kind(session, LOT_DRAWN) if payload.get("stage") == stage]
    return max(seqs, default=0)


def settle_by_chair(path: Path, order: list[str], by: str, reason: str, override: str = "") -> TallyResult:
    """Record the chair's order of the candidates of one open tie, with who and why."""
    if not by.strip() or not reason.strip():
        raise InputError("a chair's decision needs who decided and why", fix="give --by NAME and --reason TEXT")
    for tie in _open_ties(path):
        if sorted(order) == sorted(tie.among):
            why = _with_note(reason, require_ready(path, "settling the tie", override))
            decision = Decision("chair", tie.among, tuple((code,) for code in order), by=by, reason=why)
            return _record(path, [decision])
    raise InputError(
        f"{', '.join(order)} is not an open tie",
        fix="order exactly the candidates of the open tie, each once: "
        + "; ".join(", ".join(t.among) for t in _open_ties(path)),
        where=Location(file=str(path)),
    )


def settle_by_runoff(path: Path, ballots: Path, by: str = "", reason: str = "", override: str = "") -> TallyResult:
    """Run a runoff stage among the tied: start it if needed, collect its ballot matrices, and when its count
    settles, record its order as the decision of the stage it came from, with who ran it and why.
    Returns the runoff's own result."""
    if not ballots.is_dir():
        raise InputError(
            "give the folder of the runoff's ballot matrices", fix="--runoff DIR", where=Location(file=str(ballots))
        )
    files = sorted(p for p in ballots.iterdir() if p.suffix.lower() in (".csv", ".xlsx"))
    if not files:
        raise InputError(
            "the folder holds no ballot matrix (.csv, .xlsx)",
            fix="put the runoff's ballots there",
            where=Location(file=str(ballots)),
        )
    note = ""
    if _current_kind(path) != "runoff":
        note = require_ready(path, "settling the tie", override)
    reason = _with_note(reason, note)
    start_runoff(path)
    for file in files:
        collect_matrix(path, file)
    result = tally_selection(path).result
    if result.open_ties:
        return result  # tied again: settle the runoff itself (another runoff, the chair or a lot)
    close_runoff(path, result, by, reason)
    return result


def _current_kind(path: Path) -> str:
    with open_selection(path, write=False) as selection, selection.read() as session:
        return repository.current_stage(session).kind


def pending_lot_source(path: Path) -> LotSource | None:
    """The seed source recorded for the open ties since the last draw, which the next draw will use (None: step 1
    of the lot, recording the source, is still to be done)."""
    among = {t.among for t in ties_to_settle(tally_selection(path).result)}
    if not among:
        return None
    last = _last_draw_seq(path)
    found = [s for s in lot_sources(path) if set(s.among) == among and s.seq > last]
    return found[-1] if found else None
