"""Issuing ballot packages, voting offline, and collecting signed ballot files (SPEC §2 steps 2–4)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from top10_panel.domain.anchor import part_digests
from top10_panel.domain.ballot_check import foreign_marks, rule_breaks, wrong_shape
from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.result import Decision
from top10_panel.domain.rules import Rules
from top10_panel.domain.rules import deadline_passed as rules_deadline_passed
from top10_panel.domain.votes import Vote, fingerprint
from top10_panel.exchange.ballot_files import (
    Ballot,
    Package,
    ballot_bytes,
    ballot_fingerprint,
    read_ballot,
    read_package,
    sign,
    tracker,
    write_atomically,
    write_package,
)
from top10_panel.store import events, repository
from top10_panel.store.database import open_selection

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class Issued:
    fingerprint: str
    rules_version: int
    packages: tuple[Path, ...]


def issue(path: Path, out: Path, forms: bool = False) -> Issued:
    """One package per expert into ``out`` (and with ``forms`` an Excel ballot form); the rules lock from now on."""
    out.mkdir(parents=True, exist_ok=True)
    with open_selection(path) as selection, selection.write() as session:
        stage = repository.current_stage(session)
        candidates = repository.candidates(session, stage)
        experts = repository.experts(session)
        if not candidates or not experts:
            raise InputError(
                "the selection needs candidates and experts before packages can be issued",
                fix="import them with import-candidates and import-experts",
                where=Location(file=str(path)),
            )
        row = repository.rules_row(session, stage)
        version = row.version
        rules = repository.rules(session, stage)
        fp = fingerprint(rules, candidates, repository.nonce(session))
        secrets = repository.expert_secrets(session)
        recused: dict[str, list[str]] = {}
        for r in repository.recusals(session):
            recused.setdefault(r.expert, []).append(r.candidate)
        title = repository.selection(session).title
        written = []
        for expert in experts:
            package = Package(
                title=title,
                stage=stage.name,
                rules=rules,
                rules_version=row.version,
                candidates=tuple(candidates),
                expert=expert.name,
                affiliation=expert.affiliation,
                secret=secrets[expert.name],
                recused=tuple(recused.get(expert.name, ())),
                fingerprint=fp,
                nonce=repository.nonce(session),
            )
            target = out / f"{_UNSAFE.sub('_', expert.name)}.t10pkg"
            write_package(target, package)
            written.append(target)
            if forms:
                from top10_panel.exchange.ballot_form import write_form

                write_form(target.with_suffix(".xlsx"), package)
                written.append(target.with_suffix(".xlsx"))
        events.lock_rules(session, stage.name, row)
        events.append(
            session,
            "packages issued",
            {
                "stage": stage.name,
                "fingerprint": fp,
                "parts": part_digests(rules, candidates),
                "rules_version": version,
                "experts": [e.name for e in experts],
            },
        )
    return Issued(fp, version, tuple(written))


@dataclass(frozen=True)
class Receipt:
    path: Path
    expert: str
    revision: int
    ballot_fingerprint: str
    tracker: str
    selection_fingerprint: str


def vote(package_path: Path, choice: Vote, out: Path) -> Receipt:
    """The expert's side: refuse a vote the rules do not allow, else write the signed ballot file atomically.

    Writing over an earlier ballot of the same package makes the next revision.
    """
    package = read_package(package_path)
    codes = [c.code for c in package.candidates]
    problem = (
        wrong_shape(choice, package.rules.mode)
        or foreign_marks(choice, codes, package.recused)
        or rule_breaks(choice, package.rules)
    )
    if problem:
        raise InputError(f"this ballot cannot be cast: {problem}", fix="change the vote", where=Location(file=str(out)))
    revision = 1
    if out.exists():
        earlier, _ = read_ballot(out)
        if earlier.expert == package.expert and earlier.fingerprint == package.fingerprint:
            revision = earlier.revision + 1
    ballot = Ballot(
        fingerprint=package.fingerprint,
        rules_version=package.rules_version,
        expert=package.expert,
        revision=revision,
        time=datetime.now(UTC).isoformat(timespec="seconds"),
        vote=dict(choice),
    )
    data = ballot_bytes(sign(ballot, package.secret))
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(out, data)
    return Receipt(
        out,
        package.expert,
        revision,
        ballot_fingerprint(data),
        tracker(package.secret, package.fingerprint),
        package.fingerprint,
    )


def admit_late(path: Path, expert: str, by: str, reason: str) -> None:
    """Count a ballot received after the deadline, by a recorded decision (who, why)."""
    if not by.strip() or not reason.strip():
        raise InputError("counting a late ballot needs who decided and why", fix="give --by NAME and --reason TEXT")
    with open_selection(path) as selection, selection.write() as session:
        stage = repository.current_stage(session)
        ballot = repository.latest_ballot(session, stage, expert)
        if ballot is None or ballot.status != "late":
            raise InputError(
                f"there is no late ballot of '{expert}' in this stage",
                fix="check the name against the register",
                where=Location(file=str(path)),
            )
        for earlier in repository.counted_ballots(session, stage, expert):
            earlier.status = "superseded"
            earlier.reason = f"replaced by the late revision {ballot.revision}, counted by decision"
        ballot.status = "accepted"
        ballot.reason = f"late, counted by decision of {by}: {reason}"
        repository.add_decision(session, stage, Decision("late", (expert,), by=by, reason=reason))
        events.append(
            session, "late ballot counted", {"stage": stage.name, "expert": expert, "by": by, "reason": reason}
        )


def deadline_passed(rules: Rules) -> bool:
    """Whether the selection's clock (received times are naive UTC) is past the rules' deadline."""
    return rules_deadline_passed(rules, repository.now().replace(tzinfo=UTC))
