"""Paper ballots (SPEC §2.4): a printable ballot sheet per expert and the blank double-entry workbook the two
typists fill in, written beside the packages when ballots are issued (or a runoff's)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from top10_panel.domain.people import Recusal

if TYPE_CHECKING:
    from top10_panel.exchange.ballot_files import Package
    from top10_panel.exchange.fonts import FontFace

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
ENTRY_SUFFIX = "-paper-entry.xlsx"
SHEET_SUFFIX = "-paper.pdf"


def paper_font() -> FontFace:
    """The font the sheets embed; refuses (InputError) where the machine has no Chinese font."""
    from top10_panel.exchange.fonts import find_font

    return find_font()


def write_paper(
    out: Path,
    stem: str,
    packages: Sequence[Package],
    recusals: Sequence[Recusal],
    language: str,
    font: FontFace,
) -> list[Path]:
    """A paper ballot (PDF) per package, named after its expert, and one blank double-entry workbook for them all,
    named after the selection (a runoff's sheets say whom it is among). Returns the files written."""
    from top10_panel.exchange.ballot_files import write_atomically
    from top10_panel.exchange.paper_ballot import paper_ballot_bytes
    from top10_panel.exchange.paper_entry import write_entry_workbook

    lang = "en" if language.lower().startswith("en") else "zh"
    written = []
    for package in packages:
        target = out / f"{_UNSAFE.sub('_', package.expert)}{SHEET_SUFFIX}"
        write_atomically(target, paper_ballot_bytes(package, lang, font), shared=True)
        written.append(target)
    if packages:
        first = packages[0]
        runoff = "-runoff" if first.stage_kind == "runoff" else ""
        entry = out / f"{_UNSAFE.sub('_', stem)}{runoff}{ENTRY_SUFFIX}"
        names = [p.expert for p in packages]
        codes = {c.code for c in first.candidates}
        relevant = [r for r in recusals if r.candidate in codes and r.expert in names]
        write_entry_workbook(entry, first.title, first.rules, first.candidates, names, relevant)
        written.append(entry)
    return written
