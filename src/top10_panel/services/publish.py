"""Publish (SPEC §2.6): the results workbook and the PDF report, each with a SHA-256 sidecar; the selection
records what it published, so that ``verify`` can later check it against a recount."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from top10_panel import __version__
from top10_panel.domain.anchor import Anchor, part_digests
from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.order import publication_order
from top10_panel.domain.publication import (
    Figures,
    Publication,
    Recount,
    RegisterLine,
    differences,
    figures,
    recount,
    vote_text,
    votes_of,
)
from top10_panel.domain.result import TallyResult
from top10_panel.domain.rules import Rules, rules_to_dict
from top10_panel.domain.votes import Vote
from top10_panel.exchange.ballot_files import write_atomically
from top10_panel.exchange.matrix import read_matrix
from top10_panel.store import events, received, repository
from top10_panel.store.database import open_selection

from . import announcement as announcing
from . import sources
from .export_set import ExportSet, finish_interrupted, sidecar
from .runoff import runoff_records
from .selection import reconcile, tally_sheet
from .tally import check_seed

MAX_SHEET_ROWS = 1_000_000
"""A worksheet holds 1,048,576 rows; a larger public vote is published as its file's SHA-256 only."""


@dataclass(frozen=True)
class Exported:
    result: TallyResult
    order: tuple[str, ...]
    files: tuple[tuple[Path, str], ...]
    """Each written file and its SHA-256 (also in the sidecar FILE.sha256 beside it)."""


def outputs(
    path: Path, xlsx: Path | None, pdf: Path | None, docx: Path | None = None
) -> tuple[Path | None, Path | None]:
    """Both files beside the source, named after it, when none is asked for (the announcement alone is just that)."""
    if xlsx is None and pdf is None and docx is None:
        return path.with_name(f"{path.stem}-results.xlsx"), path.with_name(f"{path.stem}-report.pdf")
    return xlsx, pdf


def export_selection(
    path: Path,
    xlsx: Path | None = None,
    pdf: Path | None = None,
    anonymise: bool = False,
    docx: Path | None = None,
    notice: bool = False,
    override: str = "",
) -> Exported:
    """Write the selection's results workbook, PDF report and/or announcement (with ``notice`` the 公示 notice
    beside it), and record what was published, under which rules version; refused while the quorum is unmet or
    experts may still vote, unless ``override`` says why."""
    from .readiness import require_ready
    from .runoff import refuse_while_running

    refuse_while_running(path, "publishing")
    note = require_ready(path, "publishing", override)
    xlsx, pdf = outputs(path, xlsx, pdf, docx)
    publication = selection_publication(path, anonymise=anonymise)
    if note:
        publication = replace(publication, overrides=(*publication.overrides, note))
    announcement = None if docx is None else announcing.prepare(path, publication, docx, notice)
    finish_interrupted(_recorded_files(path))
    staging = ExportSet()
    try:
        files = write_outputs(publication, xlsx, pdf, staging)
        kinds: dict[Path, str] = {}
        if announcement is not None and docx is not None:
            for file, kind in announcing.write(announcement, docx, notice, staging.stage):
                files += ((file, write_sidecar(file, publication.anchor, staging)),)
                kinds[file] = kind
        _record(path, publication, files, kinds, note)
    except BaseException:
        staging.discard()
        raise
    try:
        staging.move_in()
    except OSError as error:
        blocked = Path(str(error.filename2 or error.filename or "")).name or "a file"
        raise InputError(
            f"the results are recorded, but {blocked} could not be put in place (open in another program?)",
            fix="close it there, then run verify or export again, which puts it in place",
            where=Location(str(path)),
        ) from None
    return Exported(publication.result, publication.order, files)


def _record(
    path: Path, publication: Publication, files: tuple[tuple[Path, str], ...], kinds: dict[Path, str], note: str
) -> None:
    """The selection's record of what is published: figures, files and their SHA-256, rules version, in the log."""
    said = figures(publication.result, publication.order)
    claimed = {"rules_version": publication.rules_version, "rules_sha256": rules_digest(publication.recount.rules)}
    entries = [
        {
            "path": str(file.resolve()),
            "sha256": sha,
            **({"kind": kinds[file]} if file in kinds else {}),
            **({"anchor": publication.anchor.text()} if publication.anchor is not None else {}),
        }
        for file, sha in files
    ]
    with open_selection(path) as selection, selection.write() as session:
        stage = repository.current_stage(session)
        entries += _still_published(received.latest_snapshot(session, stage), said, entries)
        snapshot = {
            **claimed,
            "figures": asdict(said),
            "files": entries,
            "anonymised": publication.anonymised,
            "generated_at": publication.generated_at,
            **anchored(publication),
        }
        received.add_snapshot(session, stage, json.dumps(snapshot, ensure_ascii=False, sort_keys=True))
        events.append(
            session,
            "results exported",
            {
                "stage": stage.name,
                "files": {file.name: sha for file, sha in files},
                "top": list(publication.order),
                **anchored(publication),
                **claimed,
                **({"override": note} if note else {}),
            },
        )


def _recorded_files(path: Path) -> list[dict[str, str]]:
    with open_selection(path, write=False) as selection, selection.read() as session:
        snapshot = received.latest_snapshot(session, repository.current_stage(session))
    return [] if snapshot is None else published_figures(snapshot)[1]


def rules_digest(rules: Rules) -> str:
    """SHA-256 of the rules' exact JSON: what a published result claims it was counted under."""
    text = json.dumps(rules_to_dict(rules), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def anchored(publication: Publication) -> dict[str, Any]:
    """What an export logs and records of its anchor: the anchor, and the fingerprint with its parts' digests."""
    if publication.anchor is None:
        return {}
    recount = publication.recount
    return {
        "anchor": publication.anchor.text(),
        "fingerprint": publication.anchor.fingerprint,
        "parts": part_digests(recount.rules, recount.candidates),
        "rules_version": publication.rules_version,
    }


def _still_published(previous: str | None, said: Figures, entries: list[dict[str, str]]) -> list[dict[str, str]]:
    """Files of the last export of this very result that this export did not rewrite: they stay published (the
    announcement exported after the workbook and the report leaves both checked by verify)."""
    if previous is None:
        return []
    before, files = published_figures(previous)
    written = {entry["path"] for entry in entries}
    if any(differences(before, said).values()):
        return []
    anchor = json.loads(previous).get("anchor")
    kept = [entry for entry in files if entry["path"] not in written]
    # each file keeps the anchor it was published with: an earlier export's log head stays in the log
    return [{**entry, "anchor": entry.get("anchor", anchor)} if anchor else entry for entry in kept]


def published_figures(snapshot: str) -> tuple[Figures, list[dict[str, str]]]:
    """A recorded export's figures and files, as ``export_selection`` stored them."""
    data = json.loads(snapshot)
    said: dict[str, Any] = data["figures"]
    return (
        Figures(
            ballots=tuple((key, int(n)) for key, n in said["ballots"]),
            rows=tuple((str(c), str(s), int(r), int(p), str(st)) for c, s, r, p, st in said["rows"]),
            top=tuple(said["top"]),
            open=tuple(said["open"]),
            order=tuple(said["order"]),
            tie_breaks=tuple(
                (str(rule), tuple(among), tuple(tuple(group) for group in order))
                for rule, among, order in said["tie_breaks"]
            ),
        ),
        list(data["files"]),
    )


def selection_publication(path: Path, *, anonymise: bool = False) -> Publication:
    with open_selection(path, write=False) as selection, selection.read() as session:
        loaded = sources.load(session, path, anonymise=anonymise)
        lines = received.register(session, repository.current_stage(session))
        versions = sources.rules_audit(session, repository.current_stage(session))
        anchor = selection_anchor(session, loaded.recount.fingerprint)
        hidden_names = loaded.recount.rules.secret or anonymise
        runoffs = runoff_records(session, repository.current_stage(session).name, loaded.labels, hidden_names)
    result = recount(loaded.recount)
    hidden = loaded.recount.rules.secret or anonymise
    register = tuple(
        RegisterLine(
            received=line.received_at.isoformat(timespec="seconds"),
            voter=loaded.labels.get(line.expert, "") if line.expert else "",
            kind=line.source,
            origin="" if hidden else line.origin,
            revision=line.revision,
            status=line.status,
            reason=line.reason,
            sha256=line.sha256,
            tracker=loaded.trackers.get(line.expert, "") if line.expert else "",
            panel=line.panel,
        )
        for line in lines
    )
    codes = [c.code for c in loaded.recount.candidates]
    mode = loaded.recount.rules.mode
    sheet = tuple((str(e["tracker"]), vote_text(mode, _as_vote(e["vote"]), codes)) for e in tally_sheet(loaded))
    return Publication(
        title=loaded.title,
        stage=loaded.stage,
        language=loaded.language,
        recount=_unbatched(loaded.recount, path),
        result=result,
        order=publication_order(result),
        source=(("selection", path.name),),
        register=register,
        reconciliation=tuple(reconcile(loaded, result).items()),
        tally_sheet=sheet,
        rules_version=loaded.rules_version,
        rules_versions=versions,
        anonymised=hidden,
        runoffs=runoffs,
        generated_at=_now(),
        app_version=__version__,
        anchor=anchor,
    )


def selection_anchor(session: Session, fingerprint: str) -> Anchor | None:
    """The anchor of what is published now: the log's newest entry and the fingerprint (the announcement too)."""
    newest = events.newest(session)
    return Anchor(newest.seq, newest.hash, fingerprint) if newest is not None else None


def matrix_publication(matrix_path: Path, rules: Rules, seed: str | None = None, language: str = "zh") -> Publication:
    """A bare ballot matrix counted under the given rules: its rows are the ballots, its SHA-256 the fingerprint."""
    check_seed(rules, seed)
    matrix = read_matrix(matrix_path, rules.mode, rules.scale, rules.criteria)
    profile = matrix.profile
    if len(profile.experts) > MAX_SHEET_ROWS:
        raise InputError(
            f"{len(profile.experts):,} ballots do not fit in one worksheet",
            fix="publish the count with tally --json; the matrix file itself is the ballots sheet",
            where=Location(str(matrix_path)),
        )
    source = Recount(rules, profile.candidates, votes_of(profile), fingerprint=matrix.sha256, seed=seed)
    result = recount(source)
    return Publication(
        title=matrix_path.stem,
        stage="",
        language=language,
        recount=source,
        result=result,
        order=publication_order(result),
        source=(("file", matrix_path.name), ("sha256", matrix.sha256)),
        generated_at=_now(),
        app_version=__version__,
    )


def write_outputs(
    publication: Publication, xlsx: Path | None, pdf: Path | None, staging: ExportSet | None = None
) -> tuple[tuple[Path, str], ...]:
    """Write the asked-for files, each followed by its sidecar (with ``staging``, aside, to be moved in later)."""
    # The writers are imported when a file is written: the PDF's font and layout code alone takes 0.4 s to load.
    from top10_panel.exchange.report_pdf import write_report
    from top10_panel.exchange.results_xlsx import write_results

    written = []
    for out, write in ((xlsx, write_results), (pdf, write_report)):
        if out is None:
            continue
        if not out.parent.is_dir():
            raise InputError(
                f"the folder {out.parent} does not exist", fix="create it, or choose another", where=Location(str(out))
            )
        write(staging.stage(out) if staging is not None else out, publication)
        written.append((out, write_sidecar(out, publication.anchor, staging)))
    return tuple(written)


def write_sidecar(path: Path, anchor: Anchor | None = None, staging: ExportSet | None = None) -> str:
    """FILE.sha256 beside FILE, in the format `sha256sum -c` reads; returns the digest. The anchor follows as a
    '#' comment line, which `sha256sum -c` (even with --strict) passes over."""
    digest = hashlib.sha256((staging.where(path) if staging is not None else path).read_bytes()).hexdigest()
    text = f"{digest}  {path.name}\n" + (f"# {anchor.text()}\n" if anchor is not None else "")
    target = sidecar(path)
    write_atomically(staging.stage(target) if staging is not None else target, text.encode(), shared=True)
    return digest


def _unbatched(source: Recount, path: Path) -> Recount:
    """Kept-whole public votes as rows of the ballots sheet, so that the workbook alone recomputes the result."""
    if not source.batches:
        return source
    rows = len(source.votes) + sum(len(b.experts) for b in source.batches)
    if rows > MAX_SHEET_ROWS:
        raise InputError(
            f"{rows:,} ballots do not fit in one worksheet",
            fix="publish the count with tally --json; keep the public vote's own file beside the workbook",
            where=Location(str(path)),
        )
    votes = source.votes + tuple(vote for batch in source.batches for vote in votes_of(batch))
    panels = (source.panels or ()) + tuple(str(p) for batch in source.batches for p in (batch.panels or ()))
    return Recount(
        source.rules,
        source.candidates,
        votes,
        panels,
        source.recusals,
        source.decisions,
        source.fingerprint,
        source.seed,
        source.invited,
    )


def _as_vote(value: object) -> Vote:
    return value if isinstance(value, dict) else {}


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
