"""What a selection's result follows from, read out of the selection file: shared by tally, export and verify."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from sqlalchemy.orm import Session

from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.people import Candidate
from top10_panel.domain.profile import Profile
from top10_panel.domain.publication import Recount
from top10_panel.domain.rules import Rules
from top10_panel.domain.votes import Vote, fingerprint
from top10_panel.exchange.ballot_files import tracker
from top10_panel.store import events, received, repository
from top10_panel.store.schema import StageRow


@dataclass(frozen=True)
class Loaded:
    recount: Recount
    title: str
    stage: str
    """e.g. '终评 (final)'."""
    language: str
    rules_version: int
    labels: dict[str, str]
    """Expert name → the label the result shows: the name, or in secret mode an anonymous id."""
    trackers: dict[str, str]
    """Expert name → tracker, for every expert."""
    stored: tuple[tuple[str, Vote, str], ...]
    """(expert or public voter, vote, panel) of every accepted ballot."""
    reconciliation: dict[str, int]


def load(
    session: Session,
    path: Path,
    *,
    rules: Rules | None = None,
    seed: str | None = None,
    anonymise: bool = False,
) -> Loaded:
    """The current stage's ballots, rules, recusals and decisions as a ``Recount``.

    In secret mode (or with ``anonymise``) experts appear as E01, E02 … numbered in the order of their trackers,
    which only each expert can compute: the ids follow neither the expert list nor the order ballots arrived.
    """
    stage = repository.current_stage(session)
    stage_rules = rules or repository.rules(session, stage)
    candidates = repository.candidates(session, stage)
    if not candidates:
        raise InputError(
            "the selection has no candidates yet", fix="import them with import-candidates", where=Location(str(path))
        )
    fp = fingerprint(stage_rules, candidates, repository.nonce(session))
    secrets = repository.expert_secrets(session)
    trackers = {name: tracker(secret, fp) for name, secret in secrets.items()}
    stored = repository.accepted_votes(session, stage)
    labels = {name: name for name in secrets}
    if stage_rules.secret or anonymise:
        voters = sorted({voter for voter, _, _ in stored if voter in trackers}, key=trackers.__getitem__)
        labels = {name: f"E{k:02d}" for k, name in enumerate(voters, start=1)}
    votes = tuple((labels.get(voter, voter), vote) for voter, vote, _ in stored)
    recusals = tuple(replace(r, expert=labels[r.expert]) for r in repository.recusals(session) if r.expert in labels)
    batches = received.batches(session, stage) if stage_rules.weights else []
    like = tuple(candidates)
    recount = Recount(
        rules=stage_rules,
        candidates=like,
        votes=votes,
        panels=tuple(panel for _, _, panel in stored) if stage_rules.weights else None,
        recusals=recusals,
        decisions=tuple(repository.decisions(session, stage)),
        fingerprint=fp,
        seed=seed,
        invited=len(secrets),
        batches=tuple(_batch_profile(b, like, stage_rules) for b in batches),
    )
    selection = repository.selection(session)
    versions = repository.rules_versions(session, stage)
    return Loaded(
        recount=recount,
        title=selection.title,
        stage=f"{stage.name} ({stage.kind})",
        language="en" if selection.language.startswith("en") else "zh",
        rules_version=versions[-1][0] if versions else 1,
        labels=labels,
        trackers=trackers,
        stored=tuple(stored),
        reconciliation=_reconcile(session, stage),
    )


def _batch_profile(batch: received.Batch, candidates: tuple[Candidate, ...], rules: Rules) -> Profile:
    """A kept-whole matrix as a profile over the stage's candidates, in their order."""
    column = {code: j for j, code in enumerate(batch.codes)}
    cells = np.zeros((len(batch.voters), len(candidates)), dtype=batch.cells.dtype)
    scored = np.zeros(cells.shape, dtype=bool) if batch.scored is not None else None
    for j, candidate in enumerate(candidates):
        if candidate.code in column:
            cells[:, j] = batch.cells[:, column[candidate.code]]
            if scored is not None and batch.scored is not None:
                scored[:, j] = batch.scored[:, column[candidate.code]]
    panels = np.full(len(batch.voters), batch.panel)
    return Profile(rules.mode, candidates, batch.voters, cells, scored, batch.unit, panels=panels)


def _reconcile(session: Session, stage: StageRow) -> dict[str, int]:
    """The counts of the register; the tally adds returned, valid, invalid and abstaining."""
    records = repository.ballot_counts(session, stage)
    return {
        "invited": len(repository.experts(session)),
        "issued": len(events.issued_to(session, stage.name)),
        "received": sum(records.values()) + received.batch_rows(session, stage),
        "superseded": records.get("superseded", 0),
        "late": records.get("late", 0),
        "rejected": records.get("rejected", 0),
    }
