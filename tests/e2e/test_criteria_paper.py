"""Paper ballots of a criterion-scored selection, through the real command: `issue --paper` prints a box per
criterion on each expert's sheet and gives the double-entry workbook a column per candidate and criterion
(E01:创新性); the two typings collected with `collect --double-entry` count with their weighted scores."""

from __future__ import annotations

import json
import shutil
from fractions import Fraction
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from tests.e2e.command import DEMO, run
from top10_panel.exchange.paper_entry import FIRST_VOTE_ROW, SHEET

CRITERIA = "创新性=40%,影响力=40%,代表性=20%"
TYPED = {"专家02": {"E01": ("8", "7", "9"), "E02": ("6", "6", "10")}, "专家03": {"E01": ("9", "9", "9")}}


def test_paper_ballots_have_a_box_per_criterion_and_count_weighted(tmp_path: Path) -> None:
    path = tmp_path / "paper.t10"
    run("new", path, "--title", "分项评分", "--mode", "score", "--criteria", CRITERIA)
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    run("recusals", path, "--accept-suggested")
    run("issue", path, "--out", tmp_path / "out", "--paper")

    sheet = "".join(page.extract_text() for page in PdfReader(tmp_path / "out" / "专家05-paper.pdf").pages)
    assert "创新性 40%" in sheet and "影响力 40%" in sheet and "代表性 20%" in sheet
    assert "每项指标的方框内" in sheet

    blank = tmp_path / "out" / "paper-paper-entry.xlsx"
    book = load_workbook(blank)
    entry = book[SHEET]
    header = [c.value for c in entry[1]]
    assert header[:4] == ["专家", "E01:创新性", "E01:影响力", "E01:代表性"] and len(header) == 1 + 25 * 3
    rows = {entry.cell(r, 1).value: r for r in range(FIRST_VOTE_ROW, entry.max_row + 1)}
    keep = set(TYPED)
    for name, r in sorted(rows.items(), key=lambda item: -item[1]):
        if name not in keep:
            entry.delete_rows(r)  # the typists delete the rows of paper ballots that did not come back
    rows = {entry.cell(r, 1).value: r for r in range(FIRST_VOTE_ROW, entry.max_row + 1)}
    for expert, marks in TYPED.items():
        for code, values in marks.items():
            for k, value in enumerate(values):
                entry.cell(rows[expert], header.index(f"{code}:{('创新性', '影响力', '代表性')[k]}") + 1, float(value))
    first, second = tmp_path / "A.xlsx", tmp_path / "B.xlsx"
    book.save(first)
    shutil.copyfile(first, second)

    run("collect", path, "--double-entry", first, second)
    ranking = {r["code"]: r for r in json.loads(run("tally", path, "--json").stdout)["ranking"]}
    # E01: 0.4·8 + 0.4·7 + 0.2·9 = 7.8 and 0.4·9 + 0.4·9 + 0.2·9 = 9: mean 8.4; E02: 0.4·6 + 0.4·6 + 0.2·10 = 6.8
    assert Fraction(ranking["E01"]["score_exact"]) == Fraction(42, 5) and ranking["E01"]["scored"] == 2
    assert Fraction(ranking["E02"]["score_exact"]) == Fraction(34, 5) and ranking["E02"]["scored"] == 1
