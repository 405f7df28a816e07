"""The PDF report (SPEC §2.6, §5.7): the result, the audit trail and the fingerprints, for signing and archiving.

``report_layout`` lays the pages out; ``report_sections`` says what goes on them.
"""

from __future__ import annotations

from pathlib import Path

from top10_panel.domain.publication import Publication

from .ballot_files import write_atomically
from .fonts import FontFace, find_font
from .report_layout import Report
from .report_sections import write_sections


def write_report(path: Path, publication: Publication) -> None:
    """Write the report as a PDF at ``path``, atomically; the same publication gives the same bytes."""
    write_atomically(path, report_bytes(publication), shared=True)


def report_bytes(publication: Publication, font: FontFace | None = None) -> bytes:
    """The report as PDF bytes, in ``publication.language``, with ``font`` (else the one ``find_font`` finds)."""
    report = Report(publication, font or find_font())
    write_sections(report, publication)
    return bytes(report.output())
