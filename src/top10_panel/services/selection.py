"""Setting up a selection (SPEC §2 step 1) and counting it: one transaction per use case."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.people import Recusal, RecusalReason, suggest_recusals
from top10_panel.domain.publication import recount
from top10_panel.domain.result import TallyResult
from top10_panel.domain.rules import Rules
from top10_panel.exchange.lists import read_candidates, read_experts
from top10_panel.store import events, repository
from top10_panel.store.database import create_selection, open_selection

from . import integrity, sources


@dataclass(frozen=True)
class Imported:
    added: int
    suggested_recusals: int = 0


def new_selection(
    path: Path,
    title: str,
    rules: Rules,
    *,
    year: int | None = None,
    description: str = "",
    screening: Rules | None = None,
) -> None:
    """A new selection file with its final stage, preceded by a screening stage (初评) when one is given."""
    if not title.strip():
        raise InputError("the title is empty", fix="give the selection a title with --title")
    stages = [("screening", "初评", screening)] if screening else []
    stages.append(("final", "终评", rules))

    def populate(session: Session) -> None:
        repository.add_selection(session, title.strip(), year, description, stages)
        events.append(session, "selection created", {"title": title.strip(), "stages": [s[0] for s in stages]})

    create_selection(path, populate)


def _check_unlocked(session: Session, path: Path, what: str) -> None:
    stage = repository.stages(session)[0]
    if repository.rules_row(session, stage).locked:
        raise InputError(
            f"ballot packages are issued already, so the {what} cannot change",
            fix="changing them now needs a new version of the rules and new packages for every expert",
            where=Location(file=str(path)),
        )


def import_candidates(path: Path, list_path: Path, mapping: Mapping[str, str] | None = None) -> Imported:
    """Add the list's candidates to the first stage; the whole list or nothing. ``mapping``: the editor's choice of
    field for headers the reader does not know (exchange.lists)."""
    with open_selection(path) as selection, selection.write() as session:
        _check_unlocked(session, path, "candidates")
        # A bad list fails here, before anything is written.
        new = read_candidates(list_path, taken={c.code for c in repository.candidates(session)}, mapping=mapping)
        first = repository.stages(session)[0]
        repository.add_candidates(session, first, new)
        suggested = repository.add_recusals(
            session, suggest_recusals(repository.experts(session), new), status="suggested"
        )
        events.append(
            session,
            "candidates imported",
            {"file": list_path.name, "sha256": _sha256(list_path), "codes": [c.code for c in new]},
        )
    return Imported(len(new), suggested)


def import_experts(path: Path, list_path: Path, mapping: Mapping[str, str] | None = None) -> Imported:
    """Add the list's experts with their recusals, and suggest recusals where affiliation meets source."""
    with open_selection(path) as selection, selection.write() as session:
        _check_unlocked(session, path, "experts")
        known = repository.candidates(session)
        taken = {e.name for e in repository.experts(session)}
        new = read_experts(list_path, taken=taken, candidates={c.code for c in known}, mapping=mapping)
        repository.add_experts(session, new)
        listed = [Recusal(e.name, code, RecusalReason.OTHER, "from the expert list") for e in new for code in e.recuse]
        repository.add_recusals(session, listed)
        suggested = repository.add_recusals(session, suggest_recusals(new, known), status="suggested")
        events.append(
            session,
            "experts imported",
            {"file": list_path.name, "sha256": _sha256(list_path), "names": [e.name for e in new]},
        )
    return Imported(len(new), suggested)


RECUSAL_STATES = ("confirmed", "suggested", "rejected")


def review_recusals(
    path: Path,
    accept: Sequence[tuple[str, str]] = (),
    reject: Sequence[tuple[str, str]] = (),
    *,
    all_suggested: bool = False,
) -> list[tuple[Recusal, str]]:
    """Accept or reject recusals (suggested ones among them); returns every recusal with its state."""
    with open_selection(path, write=bool(accept or reject or all_suggested)) as selection:
        if accept or reject or all_suggested:
            with selection.write() as session:
                if all_suggested:
                    accept = [*accept, *((r.expert, r.candidate) for r in repository.recusals(session, "suggested"))]
                for status, pairs in (("confirmed", accept), ("rejected", reject)):
                    for expert, code in pairs:
                        if not repository.set_recusal_status(session, expert, code, status):
                            raise InputError(
                                f"there is no recusal of '{expert}' from '{code}' to review",
                                fix="name a pair the recusals list shows (EXPERT:CODE)",
                                where=Location(file=str(path)),
                            )
                events.append(
                    session,
                    "recusals reviewed",
                    {"accepted": [list(p) for p in accept], "rejected": [list(p) for p in reject]},
                )
        with selection.read() as session:
            return [(r, status) for status in RECUSAL_STATES for r in repository.recusals(session, status)]


@dataclass(frozen=True)
class SelectionTally:
    result: TallyResult
    title: str
    stage: str
    reconciliation: dict[str, int]
    """invited, issued, received = returned + superseded + late + rejected, returned = valid + invalid, …"""
    tally_sheet: list[dict[str, object]]
    """Each counted expert ballot under its tracker, in tracker order: an expert finds their own and checks it."""
    problems: tuple[str, ...] = ()
    """Where the file fails the cheap checks (the log's chain and head, the fingerprint, the register's size)."""


def tally_selection(path: Path, seed: str | None = None, rules: Rules | None = None) -> SelectionTally:
    """Count the current stage's accepted ballots under its rules (or the given ones), with its decisions."""
    with open_selection(path, write=False) as selection, selection.read() as session:
        loaded = sources.load(session, path, rules=rules, seed=seed)
        problems = tuple(f"{f.item}: {f.detail}" for f in integrity.cheap_checks(session) if not f.ok)
    result = recount(loaded.recount)
    sheet = tally_sheet(loaded)
    return SelectionTally(result, loaded.title, loaded.stage, reconcile(loaded, result), sheet, problems)


def reconcile(loaded: sources.Loaded, result: TallyResult) -> dict[str, int]:
    """invited, issued, received = returned + superseded + late + rejected, returned = valid + invalid, …"""
    counted = result.ballots
    counts = loaded.reconciliation
    return {
        "invited": counts["invited"],
        "issued": counts["issued"],
        "received": counts["received"],
        "returned": counted["returned"],
        "valid": counted["valid"],
        "invalid": counted["invalid"],
        "abstaining": counted["abstain"],
        "superseded": counts["superseded"],
        "late": counts["late"],
        "rejected": counts["rejected"],
    }


def tally_sheet(loaded: sources.Loaded) -> list[dict[str, object]]:
    """Each counted expert ballot under its tracker, in tracker order: an expert finds their own and checks it."""
    sheet: list[dict[str, object]] = [
        {"tracker": loaded.trackers[voter], "vote": vote}
        for voter, vote, _ in loaded.stored
        if voter in loaded.trackers
    ]
    return sorted(sheet, key=lambda entry: str(entry["tracker"]))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
