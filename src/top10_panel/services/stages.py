"""Changing the rules (a new logged version once packages are out) and moving from screening to the final stage."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.rules import Rules, rules_to_dict
from top10_panel.store import events, repository
from top10_panel.store.database import open_selection
from top10_panel.store.schema import CandidateRow, RulesRow, StageCandidateRow, StageRow

from .selection import tally_selection


@dataclass(frozen=True)
class RulesChange:
    version: int
    new_version: bool
    """True when the old version was locked (packages issued): it stays on record and its packages are refused."""


def lock_cause(session: Session, stage: StageRow, version: int) -> str:
    """Why the version is locked, from the log: 'packages issued' or 'ballots counted' ('' while unlocked)."""
    for _, _, payload in reversed(events.of_kind(session, "rules locked")):
        if payload.get("stage") == stage.name and payload.get("version") == version:
            return str(payload.get("because", "packages issued"))
    return ""


def change_rules(path: Path, rules: Rules, reason: str = "", by: str = "") -> RulesChange:
    """Set the current stage's rules: in place while unlocked, as the next logged version (who, when, why) once
    locked. A new version made while ballots of the stage are counted is locked at once: they count under it."""
    with open_selection(path) as selection, selection.write() as session:
        stage = repository.current_stage(session)
        row = repository.rules_row(session, stage)
        if rules.mode != repository.rules(session, stage).mode and repository.accepted_votes(session, stage):
            raise InputError(
                "ballots of this stage are in already, so its vote mode cannot change",
                fix="start a new selection for another vote mode",
                where=Location(file=str(path)),
            )
        body = json.dumps(rules_to_dict(rules))
        before = json.loads(row.body)
        if not row.locked:
            row.body = body
            events.append(session, "rules changed", {"stage": stage.name, "version": row.version, "from": before})
            return RulesChange(row.version, False)
        if not reason.strip():
            cause = lock_cause(session, stage, row.version) or "packages issued"
            raise InputError(
                f"rules version {row.version} is locked ({cause}), so a change needs a recorded reason",
                fix="give the reason with --reason TEXT (and who decided with --by NAME): the change is then a new, "
                "logged version; issued packages of the old version are refused",
                where=Location(file=str(path)),
            )
        version = row.version + 1
        new = RulesRow(
            stage_id=stage.id, version=version, body=body, created_at=repository.now(), reason=reason.strip()
        )
        session.add(new)
        events.append(
            session,
            "rules changed after issue",
            {"stage": stage.name, "version": version, "reason": reason.strip(), "by": by.strip()},
        )
        if repository.accepted_votes(session, stage):
            session.flush()
            events.lock_rules(session, stage.name, new, "ballots counted")
        return RulesChange(version, True)


def current_rules(path: Path) -> Rules:
    with open_selection(path, write=False) as selection, selection.read() as session:
        return repository.rules(session, repository.current_stage(session))


def lock_rules(path: Path) -> int:
    """Lock the current stage's rules (done when packages are issued); returns the locked version."""
    with open_selection(path) as selection, selection.write() as session:
        stage = repository.current_stage(session)
        row = repository.rules_row(session, stage)
        events.lock_rules(session, stage.name, row)
        return row.version


def advance(path: Path) -> list[str]:
    """Close the screening stage (初评): its settled winners become the candidates of the next stage."""
    with open_selection(path) as selection, selection.write() as session:
        result = tally_selection(path).result  # read before anything is written, under this write lock
        stages = repository.stages(session)
        stage = repository.current_stage(session)
        later = [s for s in stages if s.position > stage.position]
        if stage.kind != "screening" or not later:
            raise InputError(
                "the current stage is not a screening stage followed by another",
                fix="advance is for selections made with --screening",
                where=Location(file=str(path)),
            )
        if result.open:
            raise InputError(
                f"the screening has an open tie ({', '.join(result.open)}) at its cut line",
                fix="settle it first (runoff, chair's decision or lot draw)",
                where=Location(file=str(path)),
            )
        winners = list(result.top)
        ids = dict(
            (code, id_)
            for code, id_ in session.execute(
                select(CandidateRow.code, CandidateRow.id).where(CandidateRow.code.in_(winners))
            )
        )
        final = later[0]
        session.add_all([StageCandidateRow(stage_id=final.id, candidate_id=ids[code]) for code in winners])
        stage.status = "closed"
        events.append(session, "screening closed", {"stage": stage.name, "winners": winners})
    return winners
