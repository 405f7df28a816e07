"""Settling an open tie (SPEC §2 step 5, §3): a public lot draw, a chair's decision, or a runoff stage (加投)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.result import Decision, OpenTie, TallyResult
from top10_panel.store import events, repository
from top10_panel.store.database import open_selection

from .collect import collect_matrix
from .selection import tally_selection


def _open_ties(path: Path) -> tuple[OpenTie, ...]:
    ties = tally_selection(path).result.open_ties
    if not ties:
        raise InputError(
            "there is no open tie: every seat is settled", fix="nothing to settle", where=Location(file=str(path))
        )
    return ties


def _record(path: Path, decisions: list[Decision]) -> TallyResult:
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
                },
            )
    return tally_selection(path).result


def settle_by_lot(path: Path, seed: str, by: str = "", reason: str = "") -> TallyResult:
    """Draw lots for every open tie with the public seed text; anyone can recompute the draw with sha256sum."""
    if not seed.strip():
        raise InputError("the seed text is empty", fix="give the public seed text, e.g. the announced lottery number")
    return _record(path, [Decision("lot", t.among, seed=seed, by=by, reason=reason) for t in _open_ties(path)])


def settle_by_chair(path: Path, order: list[str], by: str, reason: str) -> TallyResult:
    """Record the chair's order of the candidates of one open tie, with who and why."""
    if not by.strip() or not reason.strip():
        raise InputError("a chair's decision needs who decided and why", fix="give --by NAME and --reason TEXT")
    for tie in _open_ties(path):
        if sorted(order) == sorted(tie.among):
            decision = Decision("chair", tie.among, tuple((code,) for code in order), by=by, reason=reason)
            return _record(path, [decision])
    raise InputError(
        f"{', '.join(order)} is not an open tie",
        fix="order exactly the candidates of the open tie, each once: "
        + "; ".join(", ".join(t.among) for t in _open_ties(path)),
        where=Location(file=str(path)),
    )


def settle_by_runoff(path: Path, ballots: Path, by: str = "", reason: str = "") -> TallyResult:
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
    _start_runoff(path)
    for file in files:
        collect_matrix(path, file)
    result = tally_selection(path).result
    if result.open_ties:
        return result  # tied again: settle the runoff itself (another runoff, the chair or a lot)
    with open_selection(path) as selection, selection.write() as session:
        runoff = repository.current_stage(session)
        parent = next(s for s in repository.stages(session) if s.id == runoff.parent_id)
        among = tuple(c.code for c in repository.candidates(session, runoff))
        why = f"runoff stage {runoff.name}" + (f": {reason.strip()}" if reason.strip() else "")
        decision = Decision("runoff", among, result.final, by=by.strip(), reason=why)
        repository.add_decision(session, parent, decision)
        runoff.status = "closed"
        events.append(
            session,
            "tie settled by runoff",
            {
                "stage": parent.name,
                "among": list(among),
                "order": [list(t) for t in result.final],
                "by": by.strip(),
                "reason": why,
            },
        )
    return result


def _start_runoff(path: Path) -> None:
    with open_selection(path) as selection, selection.write() as session:
        stage = repository.current_stage(session)
        if stage.kind == "runoff":
            return
        ties = tally_selection(path).result.open_ties
        if len(ties) != 1:
            raise InputError(
                "a runoff needs exactly one open tie" if ties else "there is no open tie: every seat is settled",
                fix="settle the other ties first" if ties else "nothing to settle",
                where=Location(file=str(path)),
            )
        (tie,) = ties
        rules = replace(repository.rules(session, stage), seats=tie.seats, quotas=(), weights=())
        if rules.max_picks is not None:  # pick as many as there are seats to fill
            rules = replace(rules, max_picks=tie.seats, min_picks=min(rules.min_picks, tie.seats))
        runoff = repository.add_stage(session, "runoff", f"加投 {stage.name}", stage, rules, tie.among)
        events.append(session, "runoff started", {"stage": runoff.name, "among": list(tie.among), "seats": tie.seats})
