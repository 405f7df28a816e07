"""Issuing ballot packages, voting offline, and collecting signed ballot files (SPEC §2 steps 2–4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

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

from .issue_files import file_stems, publish_staged, staging
from .paper import paper_font, write_paper


@dataclass(frozen=True)
class Issued:
    fingerprint: str
    rules_version: int
    packages: tuple[Path, ...]


def issue_refusal(path: Path) -> InputError | None:
    """Why packages cannot be issued yet (None: they can): no candidates or experts, or suggested recusals still
    undecided. The app asks this before its confirmation, the command before anything is written."""
    with open_selection(path, write=False) as selection, selection.read() as session:
        return _refusal(session, path)


def _refusal(session: Session, path: Path) -> InputError | None:
    where = Location(file=str(path))
    stage = repository.current_stage(session)
    missing = [
        what
        for what, rows in (
            ("candidates", repository.candidates(session, stage)),
            ("experts", repository.experts(session)),
        )
        if not rows
    ]
    if missing:
        return InputError(
            f"the selection has no {' and no '.join(missing)}, so there is nobody to send a package to or nothing to "
            "vote on",
            fix="import them first with " + " and ".join(f"import-{what}" for what in missing),
            where=where,
        )
    undecided = repository.recusals(session, "suggested")
    if undecided:
        shown = ", ".join(f"{r.expert}:{r.candidate}" for r in undecided[:6])
        more = f" and {len(undecided) - 6} more" if len(undecided) > 6 else ""
        return InputError(
            f"{len(undecided)} suggested recusals are undecided ({shown}{more}): an expert could vote on a candidate "
            "of their own unit",
            fix="decide them first: recusals FILE --accept EXPERT:CODE,... / --reject EXPERT:CODE,... "
            "(or --accept-suggested)",
            where=where,
        )
    return None


def issue(path: Path, out: Path, forms: bool = False, paper: bool = False) -> Issued:
    """One package per expert into ``out`` (and with ``forms`` an Excel ballot form; with ``paper`` a printable
    paper ballot per expert and a blank double-entry workbook); the rules lock from now on."""
    with open_selection(path) as selection, selection.write() as session:
        refused = _refusal(session, path)
        if refused is not None:
            raise refused
        font = paper_font() if paper else None  # no font for the sheets: refused before anything is written
        out.mkdir(parents=True, exist_ok=True)
        stage = repository.current_stage(session)
        candidates = repository.candidates(session, stage)
        experts = repository.experts(session)
        row = repository.rules_row(session, stage)
        version = row.version
        rules = repository.rules(session, stage)
        fp = fingerprint(rules, candidates, repository.nonce(session))
        secrets = repository.expert_secrets(session)
        recused: dict[str, list[str]] = {}
        for r in repository.recusals(session):
            recused.setdefault(r.expert, []).append(r.candidate)
        title = repository.selection(session).title
        names = file_stems([e.name for e in experts])
        packages = []
        with staging(out) as folder:
            for expert, stem in zip(experts, names, strict=True):
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
                    stage_kind="runoff" if stage.kind == "runoff" else "",
                )
                write_package(folder / f"{stem}.t10pkg", package)
                packages.append(package)
                if forms:
                    from top10_panel.exchange.ballot_form import write_form

                    write_form(folder / f"{stem}.xlsx", package)
            if font is not None:
                language = repository.selection(session).language
                write_paper(folder, path.stem, packages, repository.recusals(session), language, font)
            written = publish_staged(folder, out)
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


def vote(package_path: Path, choice: Vote, out: Path, revision: int | None = None, submitted: int = 0) -> Receipt:
    """The expert's side: refuse a vote the rules do not allow, else write the signed ballot file atomically.

    The revision comes from the expert's own history: ``revision`` when given, else one more than the highest of
    ``submitted`` (the last revision the app's draft store knows of) and the revisions of this expert's ballot files
    for the same selection beside ``out`` (the file written over included).
    """
    package = read_package(package_path)
    codes = [c.code for c in package.candidates]
    problem = (
        wrong_shape(choice, package.rules.mode, package.rules.criteria)
        or foreign_marks(choice, codes, package.recused)
        or rule_breaks(choice, package.rules)
    )
    if problem:
        raise InputError(f"this ballot cannot be cast: {problem}", fix="change the vote", where=Location(file=str(out)))
    if revision is not None and revision < 1:
        raise InputError("a ballot's revision is a whole number from 1", fix="give --revision 1 or more")
    if revision is None:
        revision = max(submitted, highest_revision(out.parent, package)) + 1
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


def highest_revision(folder: Path, package: Package) -> int:
    """The highest revision among the ballot files in ``folder`` of the package's expert and selection (0: none)."""
    highest = 0
    for file in sorted(folder.glob("*.t10vote")) if folder.is_dir() else []:
        try:
            earlier, _ = read_ballot(file)
        except InputError:
            continue  # not a ballot of ours: it says nothing about this expert's history
        if earlier.expert == package.expert and earlier.fingerprint == package.fingerprint:
            highest = max(highest, earlier.revision)
    return highest


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
        events.lock_counted(session, stage.id, stage.name)
        events.append(
            session, "late ballot counted", {"stage": stage.name, "expert": expert, "by": by, "reason": reason}
        )


def decide(path: Path, expert: str, *, replace: bool, by: str, reason: str, ballot: int | None = None) -> int:
    """Decide a ballot held for a decision (an unsigned ballot beside one on record): keep the one on record, or
    count the held one instead. Who, when and why go into the register, the decisions and the event log.

    Returns the held ballot's register number.
    """
    if not by.strip() or not reason.strip():
        raise InputError("deciding a held ballot needs who decided and why", fix="give --by NAME and --reason TEXT")
    with open_selection(path) as selection, selection.write() as session:
        stage = repository.current_stage(session)
        held = repository.held_ballots(session, stage, expert)
        where = Location(file=str(path))
        if not held:
            raise InputError(
                f"there is no ballot of '{expert}' held for a decision in this stage",
                fix="check the name against the register (status: needs a decision)",
                where=where,
            )
        if ballot is None and len(held) > 1:
            listed = ", ".join(f"{row.id} ({row.origin})" for row in held)
            raise InputError(
                f"'{expert}' has {len(held)} ballots held for a decision: {listed}",
                fix="name one with --ballot N",
                where=where,
            )
        chosen = next((row for row in held if ballot is None or row.id == ballot), None)
        if chosen is None:
            raise InputError(
                f"ballot {ballot} is not a held ballot of '{expert}' (held: {', '.join(str(r.id) for r in held)})",
                fix="give one of those numbers with --ballot",
                where=where,
            )
        at = repository.now().strftime("%Y-%m-%d %H:%M UTC")
        why = f"by decision of {by}, {at}: {reason}"
        if replace:
            for earlier in repository.counted_ballots(session, stage, expert):
                earlier.status = "superseded"
                earlier.reason = f"replaced by ballot {chosen.id} ({chosen.origin}) {why}"
            chosen.status = "accepted"
            chosen.reason = f"counted instead of the ballot on record, {why}"
        else:
            chosen.status = "rejected"
            chosen.reason = f"not counted: the ballot on record was kept, {why}"
        kind = "replace" if replace else "keep"
        repository.add_decision(session, stage, Decision(kind, (expert,), by=by, reason=reason))
        events.append(
            session,
            "held ballot decided",
            {"stage": stage.name, "expert": expert, "ballot": chosen.id, "decision": kind, "by": by, "reason": reason},
        )
        return chosen.id


def deadline_passed(rules: Rules) -> bool:
    """Whether the selection's clock (received times are naive UTC) is past the rules' deadline."""
    return rules_deadline_passed(rules, repository.now().replace(tzinfo=UTC))
