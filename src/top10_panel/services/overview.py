"""What the editor's window shows about a selection: its title, stages, rules and their versions, and the packages
issued so far. Read only."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from top10_panel.domain.rules import Rules
from top10_panel.store import editing as store
from top10_panel.store import repository
from top10_panel.store.database import open_selection
from top10_panel.store.editing import IssueRecord
from top10_panel.store.repository import RulesVersion

from .stages import lock_cause

__all__ = ["IssueRecord", "Overview", "RulesVersion", "StageInfo", "overview"]


@dataclass(frozen=True)
class StageInfo:
    name: str
    """As stored: 初评, 终评, or a runoff's name."""
    kind: str
    """screening, final or runoff."""
    status: str
    """open or closed."""


@dataclass(frozen=True)
class Overview:
    title: str
    year: int | None
    description: str
    stages: tuple[StageInfo, ...]
    current: StageInfo
    current_index: int
    """Where the current stage is in ``stages``."""
    rules: Rules
    """The current stage's rules (its latest version)."""
    rules_locked: bool
    """The current version is locked: packages under it are out, a change makes a new logged version."""
    versions: tuple[RulesVersion, ...]
    """The current stage's rules versions, oldest first."""
    lists_locked: bool
    candidates: int
    """Candidates of the current stage."""
    experts: int
    issued: tuple[IssueRecord, ...]
    ballots: int
    lock_causes: tuple[tuple[int, str], ...] = ()
    """Each locked version's cause: 'packages issued' or 'ballots counted' (SPEC §3)."""

    @property
    def can_advance(self) -> bool:
        """The current stage is a screening stage with a stage after it."""
        later = self.stages[self.current_index + 1 :]
        return self.current.kind == "screening" and any(s.kind != "runoff" for s in later)

    @property
    def last_issue(self) -> IssueRecord | None:
        """The latest issue of packages for the current stage."""
        mine = [record for record in self.issued if record.stage == self.current.name]
        return mine[-1] if mine else None


def overview(path: Path) -> Overview:
    with open_selection(path, write=False) as selection, selection.read() as session:
        row = repository.selection(session)
        stages = repository.stages(session)
        current = repository.current_stage(session)
        infos = tuple(StageInfo(s.name, s.kind, s.status) for s in stages)
        return Overview(
            title=row.title,
            year=row.year,
            description=row.description,
            stages=infos,
            current=infos[stages.index(current)],
            current_index=stages.index(current),
            rules=repository.rules(session, current),
            rules_locked=repository.rules_row(session, current).locked,
            versions=tuple(repository.rules_history(session, current)),
            lock_causes=tuple(
                (v.version, lock_cause(session, current, v.version) or "packages issued")
                for v in repository.rules_history(session, current)
                if v.locked
            ),
            lists_locked=store.lists_locked(session),
            candidates=len(repository.candidates(session, current)),
            experts=len(repository.experts(session)),
            issued=tuple(store.issue_records(session)),
            ballots=store.ballots_on_record(session),
        )
