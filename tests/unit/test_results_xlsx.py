"""The results workbook: every figure as the tally has it, read back alike by openpyxl and calamine; user text never
a formula; ``read_results`` gives back a recount that reproduces the published result."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from tests.samples import TRICKY_TITLES, sample_publication
from top10_panel.domain.errors import InputError
from top10_panel.domain.people import Recusal
from top10_panel.domain.publication import Publication, RegisterLine, cell_text, figures, recount
from top10_panel.domain.result import SeatStatus
from top10_panel.domain.rules import Mode
from top10_panel.exchange.labels import label
from top10_panel.exchange.reason_words import reason_text
from top10_panel.exchange.results_audit import order_text
from top10_panel.exchange.results_read import read_results
from top10_panel.exchange.results_xlsx import rule_word, write_results

CASES = [(mode, language) for mode in Mode for language in ("zh", "en")]
Cells = dict[str, list[list[str]]]


def text(value: Any) -> str:
    """A cell as text, the same from either reader: numbers as their shortest form, empty as ''."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def by_openpyxl(path: Path) -> Cells:
    workbook = load_workbook(path, read_only=True, data_only=False)
    try:
        return {ws.title: [[text(c.value) for c in row] for row in ws.iter_rows()] for ws in workbook.worksheets}
    finally:
        workbook.close()


def by_calamine(path: Path) -> Cells:
    workbook = CalamineWorkbook.from_path(str(path))
    return {name: [[text(v) for v in row] for row in workbook.get_sheet_by_name(name).to_python()] for name in
            workbook.sheet_names}  # fmt: skip


def readers(path: Path) -> list[Cells]:
    return [by_openpyxl(path), by_calamine(path)]


def at(cells: list[list[str]], row: int, column: int) -> str:
    """Row and column 1-based, '' beyond the sheet's end."""
    if row > len(cells) or column > len(cells[row - 1]):
        return ""
    return cells[row - 1][column - 1]


def find_row(cells: list[list[str]], first: str, start: int = 1) -> int:
    return next(r for r in range(start, len(cells) + 1) if at(cells, r, 1) == first)


def written(tmp_path: Path, publication: Publication, name: str = "results.xlsx") -> Path:
    path = tmp_path / name
    write_results(path, publication)
    return path


@pytest.fixture(params=CASES, ids=[f"{m}-{lang}" for m, lang in CASES])
def case(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Publication, Path]:
    mode, language = request.param
    publication = sample_publication(mode, language)
    return publication, written(tmp_path, publication)


@pytest.mark.parametrize("seed", ["2020-12-31", None], ids=["settled", "open"])
def test_result_sheet_shows_every_figure_of_the_tally(case: tuple[Publication, Path], seed: str | None) -> None:
    publication, path = case
    if seed is None:
        publication = sample_publication(publication.result.rules.mode, publication.language, seed=None)
        write_results(path, publication)
    language, result = publication.language, publication.result
    for cells in readers(path):
        sheet = cells[label("result", language)]
        assert at(sheet, 1, 1) == publication.title
        header = find_row(sheet, label("place", language))
        columns = {name: j for j, name in enumerate(sheet[header - 1], start=1) if name}
        for i, r in enumerate(result.ranking):
            row = header + 1 + i
            assert at(sheet, row, 1) == str(r.place)
            assert at(sheet, row, 2) == str(r.rank)
            assert at(sheet, row, 3) == r.candidate.code
            assert at(sheet, row, 4) == r.candidate.title
            assert float(at(sheet, row, 5)) == pytest.approx(float(r.score), abs=1e-12)
            assert at(sheet, row, 6) == str(r.score)
            assert at(sheet, row, 7) == label(str(r.status), language)
            assert at(sheet, row, 8) == r.candidate.category
            for key, value in r.detail:
                name = label(key, language) if key in ("approvals", "eligible", "scored") else key
                assert Fraction(at(sheet, row, columns[name])) == value
        assert at(sheet, header + len(result.ranking) + 1, 3) == ""  # the table ends with the candidates
        counts = {at(sheet, r, c).lower(): at(sheet, r, v) for r in range(2, header) for c, v in ((1, 4), (5, 7))}
        for key in ("returned", "valid", "abstain", "invalid"):
            assert counts[label(key, language)] == str(result.ballots[key])
        publication_row = find_row(sheet, "", header + len(result.ranking)) + 1
        order = [at(sheet, publication_row + 1 + k, 3) for k in range(1, len(publication.order) + 1)]
        assert order == list(publication.order)
        assert label(f"order_{result.rules.publication_order}", language) in at(sheet, publication_row, 1)
    if result.open_ties:
        sheet = by_openpyxl(path)[label("result", language)]
        notes = [row[-1] for row in sheet if row and row[6] == label("open", language)]
        assert len(notes) == len(result.open) and all(label("ways_to_settle", language) in n for n in notes)


def test_cut_line_is_a_thick_border_under_the_last_seat(case: tuple[Publication, Path]) -> None:
    publication, path = case
    ws = load_workbook(path)[label("result", publication.language)]
    header = next(c.row for c in ws["A"] if c.value == label("place", publication.language))
    lines = [
        r
        for r in range(header + 1, header + 1 + len(publication.result.ranking))
        if ws.cell(r, 1).border.bottom.style == "thick"
    ]
    last_seat = max(i for i, r in enumerate(publication.result.ranking) if r.status is SeatStatus.SEAT)
    assert lines == [header + 1 + last_seat]


def test_each_category_has_its_cut_line_with_quotas(tmp_path: Path) -> None:
    base = sample_publication(Mode.APPROVAL, "zh")
    quotas = (("资源共享", 3), ("政策", 3), ("设施", 2), ("国际合作", 1))
    source = replace(base.recount, rules=replace(base.recount.rules, seats=9, quotas=quotas))
    result = recount(source)
    publication = replace(base, recount=source, result=result, order=result.top)
    path = written(tmp_path, publication)
    ws = load_workbook(path)["结果"]
    header = next(c.row for c in ws["A"] if c.value == "名次")
    thick = {
        ws.cell(r, 3).value for r in range(header + 1, header + 17) if ws.cell(r, 1).border.bottom.style == "thick"
    }
    last = {}
    for r in result.ranking:
        if r.status is SeatStatus.SEAT:
            last[r.candidate.category] = r.candidate.code
    assert thick == set(last.values()) and len(thick) == len(quotas)
    read = read_results(path)
    assert read.figures == figures(result, result.top)


def test_ballots_sheet_holds_every_vote_in_the_cell_language_of_a_matrix(case: tuple[Publication, Path]) -> None:
    publication, path = case
    language, source = publication.language, publication.recount
    codes = [c.code for c in source.candidates]
    recused = {(r.expert, r.candidate) for r in source.recusals}
    reasons = {note.expert: note.reason for note in publication.result.invalid}
    for cells in readers(path):
        sheet = cells[label("ballots", language)]
        assert sheet[0][: len(codes) + 1] == [label("expert", language), *codes]
        assert sheet[0][len(codes) + 1] == label("status", language)  # no panel column: the sample has no panels
        for i, (voter, vote) in enumerate(source.votes):
            row = sheet[1 + i]
            assert row[0] == voter
            for j, code in enumerate(codes, start=1):
                wanted = (
                    label("recused", language) if (voter, code) in recused else cell_text(source.rules.mode, vote, code)
                )
                assert row[j] == wanted, (voter, code)
            status = row[len(codes) + 1]
            if voter in reasons:
                assert status.startswith(label("invalid", language)) and reason_text(reasons[voter], language) in status
            elif not vote:
                assert status == label("abstain", language)
            else:
                assert status == label("valid", language)
    ws = load_workbook(path)[label("ballots", language)]
    expert, code = next(iter(recused))
    row = next(c.row for c in ws["A"] if c.value == expert)
    assert ws.cell(row, 2 + codes.index(code)).fill.fgColor.rgb.endswith("D9D9D9")  # recused cells are grey


@pytest.mark.parametrize("language", ["zh", "en"])
def test_pairwise_sheet_holds_every_count(tmp_path: Path, language: str) -> None:
    publication = sample_publication(Mode.RANKING, language)
    path = written(tmp_path, publication)
    counts = publication.result.pairwise
    assert counts is not None
    codes = [c.code for c in publication.result.candidates]
    for cells in readers(path):
        sheet = cells[label("pairwise", language)]
        assert sheet[1][2 : 2 + len(codes)] == codes
        for a, code in enumerate(codes):
            row = sheet[2 + a]
            assert row[0] == code
            assert row[2 : 2 + len(codes)] == ["" if a == b else str(int(counts[a, b])) for b in range(len(codes))]
    ws = load_workbook(path)[label("pairwise", language)]
    a, b = next((a, b) for a in range(len(codes)) for b in range(len(codes)) if counts[a, b] > counts[b, a])
    assert ws.cell(3 + a, 3 + b).fill.fgColor.rgb.endswith("C6EFCE")
    assert ws.cell(3 + b, 3 + a).fill.fgColor.rgb.endswith("FFC7CE")


def test_no_pairwise_sheet_outside_ranking_mode(tmp_path: Path) -> None:
    path = written(tmp_path, sample_publication(Mode.SCORE, "en"))
    assert "Pairwise" not in by_openpyxl(path)


@pytest.mark.parametrize("seed", ["2020-12-31", None], ids=["settled", "open"])
def test_tie_break_audit_lists_every_step_and_open_tie(case: tuple[Publication, Path], seed: str | None) -> None:
    publication, path = case
    if seed is None:
        publication = sample_publication(publication.result.rules.mode, publication.language, seed=None)
        write_results(path, publication)
    language, result = publication.language, publication.result
    for cells in readers(path):
        sheet = cells[label("audit", language)]
        if not result.tie_breaks:
            assert at(sheet, 2, 1) == label("no_ties", language)
        row = 2
        for k, step in enumerate(result.tie_breaks, start=1):
            assert sheet[row - 1][:3] == [str(k), rule_word(step.rule, language), ", ".join(step.among)]
            assert at(sheet, row, 6) == order_text(step.order)
            for code, value in step.values:
                assert (at(sheet, row, 4), at(sheet, row, 5)) == (code, str(value))  # exact, as text
                row += 1
        if result.open_ties:
            first = find_row(sheet, label("open_ties", language))
            for i, tie in enumerate(result.open_ties, start=1):
                assert at(sheet, first + i, 3) == ", ".join(tie.among)
                assert at(sheet, first + i, 4) == str(tie.seats)
        else:
            assert label("open_ties", language) not in [row[0] for row in sheet if row]


def test_register_reconciliation_and_quorum(case: tuple[Publication, Path]) -> None:
    publication, path = case
    language = publication.language
    for cells in readers(path):
        sheet = cells[label("register", language)]
        for i, line in enumerate(publication.register, start=1):
            row = sheet[i]
            assert row[0] == line.received and row[1] == line.voter and row[3] == line.origin
            assert row[4] == str(line.revision) and row[6] == line.reason
            assert row[7] == line.sha256 and row[8] == line.tracker and row[9] == line.panel
            assert row[5] == label(line.status, language)
        first = find_row(sheet, label("reconciliation", language))
        for k, (_, count) in enumerate(publication.reconciliation, start=2):
            assert at(sheet, first + k, 2) == str(count)
        quorum = publication.result.quorum
        assert quorum is not None
        quorum_row = find_row(sheet, label("quorum", language))
        assert at(sheet, quorum_row + 1, 2) == str(quorum.invited) and at(sheet, quorum_row + 2, 2) == str(quorum.valid)
        trackers = find_row(sheet, label("tally_sheet", language))
        listed = [(at(sheet, trackers + 1 + k, 1), at(sheet, trackers + 1 + k, 2)) for k in range(1, 100)]
        assert [pair for pair in listed if pair[0]] == list(publication.tally_sheet)


def test_formula_like_titles_are_text_in_both_readers(case: tuple[Publication, Path]) -> None:
    publication, path = case
    for cells in readers(path):
        every = [value for sheet in cells.values() for row in sheet for value in row]
        for title in TRICKY_TITLES:
            code = next(c.code for c in publication.recount.candidates if c.title == title)
            places = 2 + (publication.result.pairwise is not None) + (code in publication.order)
            assert every.count(title) == places  # the result and selection sheets, pairwise, publication order
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any(b"<f>" in archive.read(n) or b"<f " in archive.read(n) for n in sheets)
    ws = load_workbook(path)[label("result", publication.language)]
    tricky = [c for row in ws.iter_rows() for c in row if c.value in TRICKY_TITLES]
    assert tricky and all(c.data_type == "s" for c in tricky)


def test_selection_sheet_holds_rules_and_candidates_exactly(case: tuple[Publication, Path]) -> None:
    publication, path = case
    read = read_results(path)
    assert read.recount.rules == publication.recount.rules
    assert read.recount.candidates == publication.recount.candidates
    assert read.recount.recusals == publication.recount.recusals
    assert read.recount.fingerprint == publication.recount.fingerprint
    assert read.recount.seed == publication.recount.seed
    assert read.recount.invited == publication.recount.invited
    mode, codes = publication.recount.rules.mode, [c.code for c in publication.recount.candidates]
    recused = {(r.expert, r.candidate) for r in publication.recount.recusals}
    assert [voter for voter, _ in read.recount.votes] == [voter for voter, _ in publication.recount.votes]
    for (voter, vote), (_, again) in zip(publication.recount.votes, read.recount.votes, strict=True):
        marks = [cell_text(mode, vote, code) for code in codes if (voter, code) not in recused]
        assert marks == [cell_text(mode, again, code) for code in codes if (voter, code) not in recused]
    assert (read.title, read.stage, read.rules_version) == (publication.title, publication.stage, 1)
    assert read.generated_at == publication.generated_at and read.app_version == publication.app_version


@pytest.mark.parametrize("seed", ["2020-12-31", None], ids=["settled", "open"])
def test_read_results_recount_gives_the_published_result(case: tuple[Publication, Path], seed: str | None) -> None:
    publication, path = case
    if seed is None:
        publication = sample_publication(publication.result.rules.mode, publication.language, seed=None)
        write_results(path, publication)
    read = read_results(path)
    again, said = recount(read.recount), publication.result
    assert [(r.candidate, r.score, r.rank, r.place, r.status) for r in again.ranking] == [
        (r.candidate, r.score, r.rank, r.place, r.status) for r in said.ranking
    ]
    assert (again.top, again.open, again.tie_breaks, again.ballots) == (
        said.top,
        said.open,
        said.tie_breaks,
        said.ballots,
    )
    assert read.figures == figures(said, publication.order)
    assert [(s.rule, s.among, s.order) for s in read.tie_breaks] == [
        (s.rule, s.among, s.order) for s in said.tie_breaks
    ]
    assert [s.values for s in read.tie_breaks] == [tuple((c, str(v)) for c, v in s.values) for s in said.tie_breaks]
    assert read.order_rule == said.rules.publication_order
    assert read.register == {line.sha256: (line.voter, line.status) for line in publication.register}


def _edit(path: Path, sheet: str, coordinate: str, value: object) -> None:
    workbook = load_workbook(path)
    workbook[sheet][coordinate] = value
    workbook.save(path)


def test_an_edited_vote_cell_changes_the_recount(tmp_path: Path) -> None:
    publication = sample_publication(Mode.APPROVAL, "zh")
    path = written(tmp_path, publication)
    winner = publication.result.top[0]
    column = chr(ord("B") + [c.code for c in publication.recount.candidates].index(winner))
    workbook = load_workbook(path)
    ws = workbook["选票"]
    for row in range(2, 2 + len(publication.recount.votes)):
        ws[f"{column}{row}"] = None  # nobody approves the winner any more
    workbook.save(path)
    read = read_results(path)
    again = recount(read.recount)
    assert winner not in again.top
    assert read.figures != figures(again, again.top)  # the sheets now disagree with their own ballots


@pytest.mark.parametrize("mode", list(Mode))
def test_a_formula_in_a_vote_cell_is_refused_with_its_place(tmp_path: Path, mode: Mode) -> None:
    path = written(tmp_path, sample_publication(mode, "en"))
    _edit(path, "Ballots", "C3", "=1+0")
    with pytest.raises(InputError) as caught:
        read_results(path)
    where = caught.value.where
    assert (where.file, where.sheet, where.row, where.column) == (str(path), "Ballots", 3, "C")
    assert "formula" in caught.value.problem


@pytest.mark.parametrize(
    ("sheet", "coordinate", "value", "problem"),
    [
        ("Ballots", "D4", "maybe", "not an approval mark"),
        ("Ballots", "A1", "Voter?", ""),
        ("Ballots", "B1", "X99", "not a candidate"),
        ("Result", "G10", "won", "not a seat status"),
        ("Result", "B11", "two", "whole number"),
        ("Selection", "B5", "{not json", "exact JSON"),
    ],
)
def test_edited_beyond_recognition_is_refused_with_its_place(
    tmp_path: Path, sheet: str, coordinate: str, value: str, problem: str
) -> None:
    path = written(tmp_path, sample_publication(Mode.APPROVAL, "en"))
    _edit(path, sheet, coordinate, value)
    if coordinate == "A1":  # the voter column's header is free text: still readable
        read_results(path)
        return
    with pytest.raises(InputError) as caught:
        read_results(path)
    assert caught.value.where.sheet == sheet and caught.value.where.file == str(path)
    assert problem in caught.value.problem and caught.value.fix


def test_not_a_results_workbook(tmp_path: Path) -> None:
    other = tmp_path / "other.xlsx"
    workbook = load_workbook(written(tmp_path, sample_publication(Mode.SCORE, "zh")))
    workbook.remove(workbook["结果"])
    workbook.save(other)
    with pytest.raises(InputError, match="no result sheet"):
        read_results(other)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("expert,E01\n")
    with pytest.raises(InputError) as caught:
        read_results(fake)
    assert caught.value.where.file == str(fake)


def _anonymous(publication: Publication) -> Publication:
    """The publication as a secret selection gives it: every expert under an anonymous id."""
    source = publication.recount
    ids = {voter: f"V{k:02d}" for k, (voter, _) in enumerate(source.votes, start=1)}
    source = replace(
        source,
        votes=tuple((ids[v], vote) for v, vote in source.votes),
        recusals=tuple(Recusal(ids[r.expert], r.candidate, r.reason, "") for r in source.recusals),
    )
    register = tuple(
        RegisterLine(line.received, ids.get(line.voter, ""), line.kind, "", line.revision, line.status, line.reason,
                     line.sha256, line.tracker) for line in publication.register
    )  # fmt: skip
    return replace(publication, recount=source, result=recount(source), register=register, anonymised=True)


@pytest.mark.parametrize("mode", list(Mode))
def test_an_anonymised_workbook_names_no_expert(tmp_path: Path, mode: Mode) -> None:
    publication = _anonymous(sample_publication(mode, "zh", anonymised=True))
    path = written(tmp_path, publication)
    names = re.compile(r"专家\d")
    for cells in readers(path):
        every = [value for sheet in cells.values() for row in sheet for value in row]
        assert not [value for value in every if names.search(value)]
        assert "V01" in every
    with zipfile.ZipFile(path) as archive:
        assert not any(names.search(archive.read(n).decode("utf-8", "replace")) for n in archive.namelist())
    read = read_results(path)
    assert read.figures == figures(recount(read.recount), publication.order)


def test_chart_frozen_panes_and_print_titles(case: tuple[Publication, Path]) -> None:
    publication, path = case
    language = publication.language
    workbook = load_workbook(path)
    result = workbook[label("result", language)]
    assert len(result._charts) == 1
    header = next(c.row for c in result["A"] if c.value == label("place", language))
    assert result.freeze_panes == f"A{header + 1}"
    assert result.print_title_rows == f"${header}:${header}"
    ballots = workbook[label("ballots", language)]
    assert ballots.freeze_panes == "B2" and ballots.print_title_rows == "$1:$1"
    for key in ("audit", "register"):
        assert workbook[label(key, language)].freeze_panes == "A2"
    for ws in workbook.worksheets:
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert [ws.title for ws in workbook.worksheets][0] == label("result", language)


def test_the_same_publication_gives_the_same_bytes(tmp_path: Path) -> None:
    publication = sample_publication(Mode.RANKING, "zh")
    first = written(tmp_path, publication, "a.xlsx").read_bytes()
    second = written(tmp_path, publication, "b.xlsx").read_bytes()
    assert first == second
    properties = load_workbook(tmp_path / "a.xlsx").properties
    assert properties.created == properties.modified
    assert properties.created is not None and properties.created.isoformat() == "2020-12-31T04:00:00"


def test_a_failed_write_leaves_the_old_workbook_as_it_was(tmp_path: Path) -> None:
    publication = sample_publication(Mode.APPROVAL, "zh")
    target = written(tmp_path, publication)
    before = target.read_bytes()
    with pytest.raises(KeyError):
        write_results(target, replace(publication, order=("NOPE",)))
    assert target.read_bytes() == before and list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize("mode", [Mode.APPROVAL, Mode.SCORE])
def test_weighted_sources_keep_each_ballots_panel(tmp_path: Path, mode: Mode) -> None:
    base = sample_publication(mode, "en")
    panels = tuple("experts" if k < 10 else "public" for k in range(len(base.recount.votes)))
    weights = (("experts", Fraction(7, 10)), ("public", Fraction(3, 10)))
    source = replace(base.recount, rules=replace(base.recount.rules, weights=weights), panels=panels)
    result = recount(source)
    publication = replace(base, recount=source, result=result, order=result.top)
    path = written(tmp_path, publication)
    sheet = by_calamine(path)["Ballots"]
    column = sheet[0].index("Panel")
    assert tuple(row[column] for row in sheet[1 : 1 + len(panels)]) == panels
    read = read_results(path)
    assert read.recount.panels == panels
    assert read.figures == figures(recount(read.recount), publication.order) == figures(result, publication.order)
