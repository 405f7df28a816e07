"""The cheap checks of a selection file, which ``tally`` runs before counting and ``verify`` among its own: the
event log's chain and head, the fingerprint against the one logged at issue or export, and the register's size
against the one logged at the last collect."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from top10_panel.domain.anchor import changed_parts, part_digests
from top10_panel.domain.votes import fingerprint
from top10_panel.store import events, received, repository
from top10_panel.store.schema import StageRow

LOGGING_FINGERPRINT = ("packages issued", "results exported")


@dataclass(frozen=True)
class Finding:
    item: str
    ok: bool
    detail: str


def cheap_checks(session: Session) -> list[Finding]:
    broken = events.verify(session)
    out = [Finding("event log", not broken, "; ".join(broken) or "intact: no entry changed, removed or added")]
    return out + stage_checks(session)


def stage_checks(session: Session) -> list[Finding]:
    """The fingerprint and register checks of every stage (what ``cheap_checks`` adds to the log's chain)."""
    out = []
    for stage in repository.stages(session):
        out.extend(_stage_checks(session, stage))
    return out


def _stage_checks(session: Session, stage: StageRow) -> list[Finding]:
    out = []
    fp = _fingerprint_check(session, stage)
    if fp is not None:
        out.append(fp)
    size = _register_check(session, stage)
    if size is not None:
        out.append(size)
    return out


def _fingerprint_check(session: Session, stage: StageRow) -> Finding | None:
    """The stage's candidates and rules still give the fingerprint logged at issue (or the last export)."""
    logged = events.latest_payload(session, LOGGING_FINGERPRINT, stage.name, "fingerprint")
    if logged is None:
        return None  # neither issued nor published: nothing was promised yet
    rules = repository.rules(session, stage)
    candidates = repository.candidates(session, stage)
    now = fingerprint(rules, candidates, repository.nonce(session))
    item = f"fingerprint ({stage.name})"
    if now == logged["fingerprint"]:
        return Finding(item, True, f"the candidates and rules give the fingerprint logged at issue: {now[:16]}…")
    parts = logged.get("parts")
    changed = changed_parts(parts, part_digests(rules, candidates)) if isinstance(parts, dict) else []
    version = repository.rules_row(session, stage).version
    if changed == ["rules"] and version > int(logged.get("rules_version", version)):
        return Finding(item, True, f"the rules changed to version {version} after they were logged (see rules)")
    what = ", ".join(changed) if changed else "the candidates, the rules or the nonce"
    return Finding(
        item,
        False,
        f"changed since it was logged: {what} (now {now[:16]}…, logged {str(logged['fingerprint'])[:16]}…)",
    )


def _register_check(session: Session, stage: StageRow) -> Finding | None:
    """The register holds as many rows as the log says it held after the last collect."""
    logged = events.latest_payload(session, (received.REGISTER_COUNTED,), stage.name, "ballots")
    if logged is None:
        return None  # nothing collected since the register's size was logged (or a file made before that)
    now = received.register_size(session, stage)
    item = f"ballot register ({stage.name})"
    said = {key: int(logged.get(key, 0)) for key in now}
    if now == said:
        return Finding(item, True, f"{now['ballots']} ballots received, as the log says")
    gone = said["ballots"] - now["ballots"]
    words = f"{gone} received ballot row(s) deleted" if gone > 0 else f"{-gone} ballot row(s) added outside a collect"
    if now["batches"] != said["batches"]:
        words += f"; kept-whole matrices now {now['batches']}, logged {said['batches']}"
    return Finding(item, False, f"{words} (the log counted {said['ballots']} after the last collect)")
