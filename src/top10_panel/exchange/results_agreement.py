"""The agreement sheet of the results workbook: Kendall's W in words, its figures, the rank sums and each expert's
Spearman ρ with the panel's order (named only where the selection is named)."""

from __future__ import annotations

from fractions import Fraction

from top10_panel.domain.publication import Publication

from .agreement_words import agreement_details, agreement_sentence, omitted, spearman_text
from .results_xlsx import Sheet


def agreement_sheet(sheet: Sheet, publication: Publication) -> None:
    found = publication.result.agreement
    assert found is not None
    language = sheet.language
    sheet.put(1, 1, agreement_sentence(found, language), bold=True, span=6, wrap=True)
    sheet.put(2, 1, agreement_details(found, language), span=6, wrap=True)
    sheet.put(3, 1, sheet.word("agreement_bands"), span=6, wrap=True)
    figures: list[tuple[str, object]] = [
        ("W", found.w if found.w is not None else "—"),
        ("W (exact)", str(found.w) if found.w is not None else "—"),
        ("χ²", found.chi2 if found.chi2 is not None else "—"),
        ("df", found.df),
        ("p", found.p_value if found.p_value is not None else "—"),
        ("ΣT", found.ties),
        ("K", found.experts),
        ("N", found.candidates),
    ]
    for k, (name, value) in enumerate(figures):
        sheet.put(5 + k, 1, name, bold=True)
        fmt = "0.0000" if isinstance(value, Fraction) else "0.000E+00" if isinstance(value, float) else ""
        sheet.put(5 + k, 2, value, fmt=fmt, align="left")
    row = 6 + len(figures)
    sheet.header(row, [sheet.word("code"), sheet.word("rank_sum")])
    for k, (code, total) in enumerate(found.rank_sums, start=1):
        sheet.put(row + k, 1, code)
        sheet.put(row + k, 2, total, fmt="0.0")
    sheet.header(row, [sheet.word("expert"), sheet.word("spearman")], first=4)
    note = omitted(found, language)
    if note:
        sheet.put(row + 1, 4, note, span=2, wrap=True)
    for k, by in enumerate(found.by_expert, start=1):
        sheet.put(row + k, 4, by.expert)
        sheet.put(row + k, 5, spearman_text(by.spearman), align="right")
    sheet.fixed[4] = 16
    sheet.fixed[5] = 30
    sheet.finish(freeze="", landscape=False)
