"""A runoff among the tied (加投, SPEC §3 `runoff`) as a stage of its own: started for the one open tie across the cut
line, with the seats the tied compete for; packages (and Excel forms, paper ballots) issued for the tied candidates
only; its ballots collected into its own register; and its count, once it settles, recorded as the decision of the
stage it came from — with the runoff's figures, so that the audit shows them. A runoff that ties again stays open."""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path

from sqlalchemy.orm import Session

from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.publication import RunoffRecord, decimal_text, vote_text
from top10_panel.domain.result import Decision, RankedCandidate, TallyResult
from top10_panel.store import events, repository
from top10_panel.store.database import open_selection

from . import sources
from .ballots import Issued, issue, issue_refusal
from .readiness import log_override, require_ready
from .selection import tally_selection

RUNOFF_STARTED = "runoff started"


@dataclass(frozen=True)
class RunoffState:
    """The runoff in progress (None from ``current_runoff`` when there is none)."""

    name: str
    parent: str
    among: tuple[str, ...]
    seats: int
    deadline: str


def current_runoff(path: Path) -> RunoffState | None:
    with open_selection(path, write=False) as selection, selection.read() as session:
        stage = repository.current_stage(session)
        if stage.kind != "runoff":
            return None
        rules = repository.rules(session, stage)
        parent = next(s for s in repository.stages(session) if s.id == stage.parent_id)
        among = tuple(c.code for c in repository.candidates(session, stage))
        return RunoffState(stage.name, parent.name, among, rules.seats, rules.deadline)


def refuse_while_running(path: Path, what: str) -> None:
    """Refuse ``what`` (publishing) while a runoff is in progress: the result would be the runoff's, not the
    selection's."""
    running = current_runoff(path)
    if running is not None:
        raise InputError(
            f"{what} waits: the runoff {running.name} among {', '.join(running.among)} is in progress",
            fix="collect its ballots and count it first (runoff FILE --count), or settle its own tie",
            where=Location(file=str(path)),
        )


def start_runoff(path: Path, deadline: str = "") -> RunoffState:
    """Start the runoff stage for the one open tie across the cut line (nothing to do if one is open already): the
    stage's rules with the tie's seats, at most that many picks, no quotas or weights, and its own deadline."""
    with open_selection(path) as selection, selection.write() as session:
        stage = repository.current_stage(session)
        if stage.kind != "runoff":
            ties = tally_selection(path).result.open_ties
            if len(ties) != 1:
                raise InputError(
                    "a runoff needs exactly one open tie" if ties else "there is no open tie: every seat is settled",
                    fix="settle the other ties first" if ties else "nothing to settle",
                    where=Location(file=str(path)),
                )
            (tie,) = ties
            rules = replace(
                repository.rules(session, stage), seats=tie.seats, quotas=(), weights=(), deadline=deadline.strip()
            )
            rules.check()
            if rules.max_picks is not None:  # pick as many as there are seats to fill
                rules = replace(rules, max_picks=tie.seats, min_picks=min(rules.min_picks, tie.seats))
            runoff = repository.add_stage(session, "runoff", f"加投 {stage.name}", stage, rules, tie.among)
            events.append(
                session,
                RUNOFF_STARTED,
                {"stage": runoff.name, "among": list(tie.among), "seats": tie.seats, "deadline": rules.deadline},
            )
    found = current_runoff(path)
    assert found is not None
    return found


def issue_runoff(
    path: Path,
    out: Path,
    forms: bool = False,
    paper: bool = False,
    deadline: str = "",
    override: str = "",
) -> tuple[RunoffState, Issued]:
    """Start the runoff (refused while the tie's own ballots may still arrive, unless overridden) and issue its
    packages: the tied candidates only, to every expert of the panel."""
    refused = issue_refusal(path)  # before the stage starts: a refused issue changes nothing
    if refused is not None:
        raise refused
    if current_runoff(path) is None:
        note = require_ready(path, "starting a runoff", override)
        state = start_runoff(path, deadline)
        log_override(path, "starting a runoff", note)
    state = start_runoff(path, deadline)
    return state, issue(path, out, forms, paper)


def count_runoff(path: Path, by: str = "", reason: str = "", override: str = "") -> TallyResult:
    """Count the runoff's ballots; when its count settles, record its order as the decision of the stage it came
    from (with the runoff's figures) and close it. Returns the runoff's own result (still open if it tied again)."""
    if current_runoff(path) is None:
        raise InputError(
            "no runoff is in progress",
            fix="start one for the open tie first: runoff FILE --out DIR",
            where=Location(file=str(path)),
        )
    note = require_ready(path, "counting the runoff", override)
    result = tally_selection(path).result
    if result.open_ties:
        return result  # tied again: settle the runoff itself (another runoff, the chair or a lot)
    close_runoff(path, result, by, "; ".join(part for part in (reason.strip(), note) if part))
    return result


def figures(result: TallyResult) -> str:
    """The runoff's count in one line, for the decision's record: ballots, then each candidate's value."""
    counts = ", ".join(f"{r.candidate.code} {_value(r)}" for r in result.ranking)
    b = result.ballots
    return f"{b['valid']} valid ballots ({b['abstain']} blank), {b['invalid']} void; {result.rules.method}: {counts}"


def cast_ballots(session: Session, path: Path, result: TallyResult) -> list[tuple[str, str]]:
    """Each counted runoff ballot as (expert, vote as text; '' for a blank ballot), by expert."""
    loaded = sources.load(session, path)
    order = [r.candidate.code for r in result.ranking]
    mode = loaded.recount.rules.mode
    return sorted((voter, vote_text(mode, vote, order)) for voter, vote, _ in loaded.stored)


def runoff_records(
    session: Session, stage: str, labels: dict[str, str], hidden: bool = False
) -> tuple[RunoffRecord, ...]:
    """The runoffs that settled ties of ``stage``, from the log, with the experts shown as ``labels`` says; when
    ``hidden`` (secret mode, anonymised), an expert without an anonymous id is shown as '—', never by name."""
    out = []
    for _, _, payload in events.of_kind(session, "tie settled by runoff"):
        if payload.get("stage") != stage or "counts" not in payload:
            continue
        out.append(
            RunoffRecord(
                stage=str(payload.get("runoff", "")),
                among=tuple(str(c) for c in payload.get("among", [])),
                seats=int(payload.get("seats", 0)),
                counts=tuple((str(c), str(v)) for c, v in payload["counts"]),
                ballots=tuple(
                    (labels.get(str(e), "—" if hidden else str(e)), str(v)) for e, v in payload.get("ballots", [])
                ),
                valid=int(payload.get("valid", 0)),
            )
        )
    return tuple(out)


def _value(ranked: RankedCandidate) -> str:
    """Approvals as a count (the share orders the list only with recusals), other values as exact decimals."""
    value = dict(ranked.detail).get("approvals", ranked.score)
    return decimal_text(value) if isinstance(value, Fraction) else str(value)


def close_runoff(path: Path, result: TallyResult, by: str, reason: str) -> None:
    """Record the runoff's settled order as the decision of its parent stage, and close the runoff."""
    with open_selection(path) as selection, selection.write() as session:
        runoff = repository.current_stage(session)
        parent = next(s for s in repository.stages(session) if s.id == runoff.parent_id)
        among = tuple(c.code for c in repository.candidates(session, runoff))
        cast = cast_ballots(session, path, result)
        # The ballots go into the log's structured record, not the reason: an anonymised export shows the reason
        # as it is, and the runoff section shows the ballots under the export's own ids.
        why = f"runoff stage {runoff.name}: {figures(result)}"
        why += f"; {reason.strip()}" if reason.strip() else ""
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
                "runoff": runoff.name,
                "seats": result.rules.seats,
                "valid": result.ballots["valid"],
                "counts": [[r.candidate.code, _value(r)] for r in result.ranking],
                "ballots": [list(pair) for pair in cast],
            },
        )
