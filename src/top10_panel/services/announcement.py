"""The announcement and the 公示 notice (SPEC §5.8): the editor's introduction kept in the selection, the two
documents made from a publication, and what ``verify`` checks of them after export.

The introduction is a fact of the selection, not of a stage: it lives in the meta table, and each change is logged
(its length and SHA-256, so the log stays small). The workbook and the PDF report are evidence, so any changed byte
fails ``verify``; the announcement is written to be edited for print (restyled, copy-edited in Word or WPS), so
``verify`` checks what must not change: its （n） headings are the chosen titles in the published order, and the
notice's list likewise.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from docx.opc.exceptions import PackageNotFoundError

from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.publication import Publication
from top10_panel.domain.result import TallyResult
from top10_panel.exchange.announcement_docx import (
    Announcement,
    Event,
    read_announcement,
    read_notice_list,
    write_announcement,
    write_notice,
)
from top10_panel.store import events, repository
from top10_panel.store.database import open_selection
from top10_panel.store.schema import Meta

if TYPE_CHECKING:
    from .publish import Exported

INTRODUCTION_KEY = "announcement_introduction"
INTRODUCTION_MAX = 20_000
"""Characters: the 2020 edition's introduction has 480; a page of text is about 1,000."""
ANNOUNCEMENT, NOTICE = "announcement", "notice"
KINDS = (ANNOUNCEMENT, NOTICE)


def introduction(path: Path) -> str:
    with open_selection(path, write=False) as selection, selection.read() as session:
        row = session.get(Meta, INTRODUCTION_KEY)
        return row.value if row is not None else ""


def set_introduction(path: Path, text: str) -> bool:
    """Store the editor's introduction (one paragraph a line); returns False when it was already so."""
    text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))
    if len(text) > INTRODUCTION_MAX:
        raise InputError(
            f"the introduction has {len(text):,} characters, more than {INTRODUCTION_MAX:,}",
            fix="shorten it: the introduction leads the article, the events follow",
            where=Location(str(path)),
        )
    if any(ord(c) < 32 and c not in "\n\t" for c in text):
        raise InputError(
            "the introduction holds control characters", fix="paste it as plain text", where=Location(str(path))
        )
    with open_selection(path) as selection, selection.write() as session:
        row = session.get(Meta, INTRODUCTION_KEY)
        if (row.value if row is not None else "") == text:
            return False
        session.merge(Meta(key=INTRODUCTION_KEY, value=text))
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        events.append(session, "introduction changed", {"characters": len(text), "sha256": digest})
    return True


def notice_path(docx: Path) -> Path:
    """The notice beside the announcement: OUT-notice.docx for OUT.docx."""
    return docx.with_name(f"{docx.stem}-notice.docx")


def unsettled(result: TallyResult) -> list[tuple[str, ...]]:
    """The ties that matter and are still open: across the cut line, or inside an ordered top."""
    open_groups = [tie.among for tie in result.open_ties]
    inside = [t.among for t in result.ties if t.matters and not t.settled and t.among not in open_groups]
    return open_groups + inside


def prepare(path: Path, publication: Publication, docx: Path, notice: bool) -> Announcement:
    """The announcement of a publication, refused (before anything is written) while it would print an unsettled
    list, or a notice without its period and contact."""
    where = Location(str(path))
    ties = unsettled(publication.result)
    if ties:
        named = "; ".join(", ".join(group) for group in ties)
        raise InputError(
            f"the tie among {named} is open, so the announcement would print an unsettled list",
            fix="settle it first (settle --lot, --chair or --runoff), then export the announcement",
            where=where,
        )
    if not publication.order:
        raise InputError("no seat is settled yet, so there is nothing to announce", fix="tally first", where=where)
    rules = publication.recount.rules
    if notice and not (rules.notice_until and rules.notice_contact.strip()):
        raise InputError(
            "the 公示 notice needs the objection period's end and a contact",
            fix="set them with rules --notice-until 2021-01-11 --notice-contact TEXT (or on the rules page)",
            where=where,
        )
    for out in (docx, notice_path(docx)) if notice else (docx,):
        if not out.parent.is_dir():
            raise InputError(
                f"the folder {out.parent} does not exist", fix="create it, or choose another", where=Location(str(out))
            )
    by_code = {c.code: c for c in publication.recount.candidates}
    return Announcement(
        title=publication.title,
        introduction=introduction(path),
        events=tuple(
            Event(by_code[code].title, by_code[code].date, by_code[code].summary) for code in publication.order
        ),
        language=publication.language,
        order_rule=rules.publication_order,
        notice_until=rules.notice_until,
        notice_contact=rules.notice_contact.strip(),
        issued=publication.generated_at,
        anchor="" if publication.anchor is None else publication.anchor.text(),
    )


def write(
    announcement: Announcement, docx: Path, notice: bool, place: Callable[[Path], Path] = lambda final: final
) -> list[tuple[Path, str]]:
    """Write the announcement (and the notice) where ``place`` says each should be written; each (path, kind)."""
    write_announcement(place(docx), announcement)
    written = [(docx, ANNOUNCEMENT)]
    if notice:
        write_notice(place(notice_path(docx)), announcement)
        written.append((notice_path(docx), NOTICE))
    return written


def check(file: Path, kind: str, recorded: str, published: tuple[str, ...]) -> Iterable[tuple[str, bool, str]]:
    """verify's checks of an exported announcement or notice: (item, ok, detail).

    ``published`` are the titles of the recomputed result, in its publication order."""
    item = f"exported {file.name}"
    if not file.is_file():
        return
    digest = hashlib.sha256(file.read_bytes()).hexdigest()
    try:
        if kind == NOTICE:
            found = read_notice_list(file)
        else:
            found = tuple((event.number, event.title) for event in read_announcement(file).events)
    except (PackageNotFoundError, KeyError, ValueError):
        yield item, False, "no longer a Word document python-docx can read"
        return
    wrong = _differences(found, published)
    if wrong:
        yield item, False, "; ".join(wrong)
    elif digest == recorded:
        yield item, True, f"unchanged; its {len(published)} titles in the published order"
    else:
        count = len(published)
        yield item, True, f"edited since export (now {digest}); its {count} titles still in the published order"


def _differences(found: tuple[tuple[int, str], ...], published: tuple[str, ...]) -> list[str]:
    out = []
    if len(found) != len(published):
        out.append(f"it has {len(found)} events, the published result {len(published)}")
    for place, ((number, title), expected) in enumerate(zip(found, published, strict=False), start=1):
        if number != place:
            out.append(f"event {place} is numbered ({number})")
        if _plain(title) != _plain(expected):
            out.append(f"event {place} reads '{title}', the published result has '{expected}' there")
    return out


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class AnnouncementState:
    """What the publish page shows of the announcement before it is exported."""

    introduction: str
    notice_ready: bool
    """The rules give the objection period's end and a contact, so the notice can be written."""


def announcement_state(path: Path) -> AnnouncementState:
    with open_selection(path, write=False) as selection, selection.read() as session:
        row = session.get(Meta, INTRODUCTION_KEY)
        rules = repository.rules(session, repository.current_stage(session))
    return AnnouncementState(row.value if row is not None else "", bool(rules.notice_until and rules.notice_contact))


def export_announcement(path: Path, text: str, docx: Path, notice: bool, override: str = "") -> Exported:
    """The publish page's button: the introduction as typed is stored first, then the announcement exported."""
    set_introduction(path, text)
    from .publish import export_selection  # publish writes the announcement through this module

    return export_selection(path, docx=docx, notice=notice, override=override)
