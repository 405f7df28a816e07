"""The runoffs of a published stage (加投), in the workbook and the report: for each, whom it was among and for how
many seats, its count, and every ballot it counted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from top10_panel.domain.publication import Publication, RunoffRecord

from .labels import label, say
from .results_xlsx import Sheet, joined

if TYPE_CHECKING:
    from .report_layout import Report


def heading(record: RunoffRecord, language: str) -> str:
    return say(
        "runoff_heading",
        language,
        stage=record.stage,
        among=joined(record.among, language),
        seats=record.seats,
        valid=record.valid,
    )


def runoff_sheet(sheet: Sheet, publication: Publication) -> None:
    """One block per runoff: the heading, the count (code, value), then the ballots (expert, vote)."""
    language = sheet.language
    sheet.fixed.update({1: 26, 2: 40})
    row = 1
    for record in publication.runoffs:
        sheet.put(row, 1, heading(record, language), bold=True, span=3)
        row += 1
        sheet.header(row, [sheet.word("code"), sheet.word("runoff_count")])
        for code, value in record.counts:
            row += 1
            sheet.put(row, 1, code, align="center")
            sheet.put(row, 2, value, align="center")
        row += 2
        sheet.header(row, [sheet.word("expert"), sheet.word("vote")])
        for voter, vote in record.ballots:
            row += 1
            sheet.put(row, 1, voter)
            sheet.put(row, 2, vote or sheet.word("runoff_blank"))
        row += 3


def runoff_section(doc: Report, publication: Publication) -> None:
    """The runoffs under the tie-break audit of the report."""
    from .report_layout import SMALL, Column, Row

    language = doc.language
    for record in publication.runoffs:
        doc.heading(heading(record, language), size=10.5, room=30, underline=False)
        counts = [Row((code, value)) for code, value in record.counts]
        doc.draw_table((Column(label("code", language), 30), Column(label("runoff_count", language), 30)), counts)
        doc.ln(1)
        blank = label("runoff_blank", language)
        rows = [Row((voter, vote or blank)) for voter, vote in record.ballots]
        columns = (Column(label("expert", language), 40), Column(label("vote", language), 0))
        doc.draw_table(columns, rows, size=SMALL)
