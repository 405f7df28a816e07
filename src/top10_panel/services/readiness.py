"""Whether a result may be settled or published yet (SPEC §3, "The process is audited like the count"): not while
the quorum is unmet, nor while ballots may still arrive (experts missing before the deadline), unless the editor
records a reason to go ahead, which the audit shows."""

from __future__ import annotations

from pathlib import Path

from top10_panel.domain.errors import InputError, Location
from top10_panel.store import events, repository
from top10_panel.store.database import open_selection

from .ballots import deadline_passed
from .selection import tally_selection


def blockers(path: Path) -> list[str]:
    """Why the current stage is not ready to be settled or published, in words ('' reasons: ready)."""
    result = tally_selection(path).result
    with open_selection(path, write=False) as selection, selection.read() as session:
        stage = repository.current_stage(session)
        rules = repository.rules(session, stage)
        experts = [e.name for e in repository.experts(session)]
        voted = {voter for voter, _, _ in repository.accepted_votes(session, stage)}
    out = []
    quorum = result.quorum
    if quorum is not None and not quorum.met:
        need = int(quorum.share * quorum.invited) + 1
        out.append(
            f"the quorum is not met: {quorum.valid} of {quorum.invited} experts returned valid ballots, {need} needed"
        )
    missing = [name for name in experts if name not in voted]
    if rules.deadline and missing and not deadline_passed(rules):
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        out.append(f"{len(missing)} experts ({shown}) may still vote before the deadline {rules.deadline}")
    return out


def require_ready(path: Path, what: str, override: str = "") -> str:
    """Refuse ``what`` (settling, exporting) while ``blockers`` says so, unless ``override`` gives the reason to go
    ahead; returns the audit note for an override ('' when none was needed)."""
    found = blockers(path)
    if not found:
        return ""
    if not override.strip():
        raise InputError(
            f"{what} is refused for now: " + "; ".join(found),
            fix="wait for the ballots, or go ahead with --override REASON (the audit shows it)",
            where=Location(file=str(path)),
        )
    return "went ahead by override: " + override.strip() + " (" + "; ".join(found) + ")"


def log_override(path: Path, what: str, note: str) -> None:
    if note:
        with open_selection(path) as selection, selection.write() as session:
            stage = repository.current_stage(session)
            events.append(session, "override recorded", {"stage": stage.name, "what": what, "note": note})
