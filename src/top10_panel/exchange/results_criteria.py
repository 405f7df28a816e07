"""The criteria sheet of the results workbook: each candidate's mean on each criterion over the valid ballots that
scored it on every criterion, and the weighted mean they add up to (the raw mean of the count), in result order."""

from __future__ import annotations

from fractions import Fraction

from top10_panel.domain.criteria import criterion_means, percent_text
from top10_panel.domain.publication import Publication

from .results_xlsx import Sheet


def criteria_sheet(sheet: Sheet, publication: Publication) -> None:
    recount, result = publication.recount, publication.result
    criteria = recount.rules.criteria
    void = {note.expert for note in result.invalid}
    recused = {(r.expert, r.candidate) for r in recount.recusals}
    ballots = []
    for voter, vote in recount.votes:
        scores = vote.get("score", {})
        if voter not in void and isinstance(scores, dict):
            ballots.append({code: marks for code, marks in scores.items() if (voter, code) not in recused})
    codes = [r.candidate.code for r in result.ranking]
    means = criterion_means(ballots, codes, criteria)
    sheet.put(1, 1, sheet.word("criteria_note", n=len(ballots)), span=5 + len(criteria), wrap=True)
    headers = [sheet.word("place"), sheet.word("code"), sheet.word("title"), sheet.word("scored")]
    headers += [f"{name} {percent_text(weight)}" for name, weight in criteria]
    headers.append(sheet.word("weighted_mean"))
    normalised = bool(recount.rules.normalise)
    if normalised:  # what the normalisation changed: each candidate's place under the plain mean
        headers.append(sheet.word("raw_place"))
    sheet.header(3, headers)
    weighted = {
        code: sum((w * v for (_, w), v in zip(criteria, values, strict=True)), Fraction(0))
        for code, (_, values) in means.items()
    }
    last = 4 + len(criteria) + 1
    for row, r in enumerate(result.ranking, start=4):
        code = r.candidate.code
        n, values = means[code]
        cells: list[object] = [r.place, code, r.candidate.title, n]
        cells += [value if n else "—" for value in values]
        cells.append(weighted[code] if n else "—")
        if normalised:
            cells.append(1 + sum(other > weighted[code] for other in weighted.values()))
        for column, value in enumerate(cells, start=1):
            fmt = "0.000" if 4 < column <= last else ""
            sheet.put(row, column, value, fmt=fmt, align="center" if column != 3 else "")
    sheet.finish(freeze="D4", title_rows="3:3")
