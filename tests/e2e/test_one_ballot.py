"""One counted ballot per expert per stage, whatever the source: matrices collected twice, unsigned ballots beside a
signed one held for a decision, the decision both ways, recused votes rejected from every source, and `vote`'s
revisions from the expert's own history."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from top10_panel.exchange.ballot_files import Ballot, ballot_bytes, read_ballot, read_package, sign
from top10_panel.exchange.ballot_form_sheet import META_SHEET

from .command import DEMO, run

MATRIX = DEMO / "sample-approval.csv"


def selection(folder: Path, *, issue: bool = True, forms: bool = False) -> Path:
    path = folder / "s.t10"
    run("new", path, "--title", "一人一票", "--mode", "approval")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    if issue:
        run("recusals", path, "--accept-suggested")
        run("issue", path, "--out", folder / "out", *(["--forms"] if forms else []))
    return path


def register(path: Path, expert: str | None = None) -> list[tuple[str, str, int, str, str]]:
    """(source, origin, revision, status, reason) of every ballot, or of one expert's."""
    connection = sqlite3.connect(path)
    query = (
        "SELECT b.source, b.origin, b.revision, b.status, b.reason FROM ballot b LEFT JOIN expert e "
        "ON e.id = b.expert_id WHERE ? IS NULL OR e.name = ? ORDER BY b.id"
    )
    rows = connection.execute(query, (expert, expert)).fetchall()
    connection.close()
    return rows


def tally(path: Path) -> dict[str, object]:
    result: dict[str, object] = json.loads(run("tally", path, "--json").stdout)
    return result


def adds_up(rec: dict[str, int]) -> bool:
    parts = rec["returned"] + rec["superseded"] + rec["late"] + rec["rejected"] + rec["held"]
    return rec["received"] == parts and rec["returned"] == rec["valid"] + rec["invalid"]


def edited_matrix(folder: Path, name: str, expert: str, cells: str) -> Path:
    """The sample matrix with one expert's row replaced by ``cells`` (the 25 candidate cells, comma-separated)."""
    lines = MATRIX.read_text(encoding="utf-8").splitlines()
    out = folder / name
    out.write_text(
        "\n".join(f"{expert},{cells}" if line.startswith(f"{expert},") else line for line in lines) + "\n",
        encoding="utf-8",
    )
    return out


def test_the_same_matrix_twice_is_already_on_record_row_by_row(tmp_path: Path) -> None:
    path = selection(tmp_path, issue=False)
    run("collect", path, MATRIX)
    once = tally(path)
    again = run("collect", path, MATRIX).stdout
    assert "0 accepted, 0 rejected, 27 already on record" in again
    twice = tally(path)
    assert twice["ballots"] == once["ballots"] and twice["ballots"]["valid"] == 26  # not 52 for 27 experts
    assert twice["ranking"] == once["ranking"]
    assert len(register(path)) == 27
    # a corrected copy with one new row: only that row is new, the others are on record already
    grown = edited_matrix(tmp_path, "grown.csv", "专家05", "1,1,1,,,,,,,,,,,,,,,,,,,,,,")
    assert "1 held for a decision" in run("collect", path, grown).stdout
    assert "0 accepted, 0 rejected, 27 already on record" in run("collect", path, grown).stdout
    rec = tally(path)["reconciliation"]
    assert rec["held"] == 1 and rec["received"] == 28 and adds_up(rec)


def test_a_matrix_row_beside_a_signed_ballot_is_held_and_the_signed_one_stays_counted(tmp_path: Path) -> None:
    path = selection(tmp_path)
    run("vote", tmp_path / "out" / "专家05.t10pkg", "--approve", "E02,E03", "--out", tmp_path / "v" / "5.t10vote")
    run("collect", path, tmp_path / "v")
    done = run("collect", path, MATRIX).stdout
    assert "1 held for a decision" in done
    rows = register(path, "专家05")
    assert [(source, status) for source, _, _, status, _ in rows] == [("file", "accepted"), ("matrix", "held")]
    assert "beside the signed ballot file on record" in rows[1][4]
    result = tally(path)
    rec = result["reconciliation"]
    # 专家05 counted once; the rows of 专家01 and 专家04 vote for candidates they are recused from
    assert rec["held"] == 1 and rec["rejected"] == 2 and rec["returned"] == 25 and adds_up(rec)
    assert result["ballots"]["returned"] == 25


def forge(form: Path, genuine: str, named: str) -> None:
    """Edit a form as an adversary would: the hidden identity and the visible sheet name another expert."""
    workbook = load_workbook(form)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and genuine in cell.value:
                    cell.value = cell.value.replace(genuine, named)
    sheet = workbook.worksheets[0]
    for row in sheet.iter_rows():
        if row[0].value in ("E01", "E04"):
            row[5].value = 1
    assert workbook[META_SHEET]["B5"].value == named
    workbook.save(form)


def test_a_forged_identity_form_never_supersedes_a_signed_ballot(tmp_path: Path) -> None:
    path = selection(tmp_path, forms=True)
    run("vote", tmp_path / "out" / "专家05.t10pkg", "--approve", "E02,E03", "--out", tmp_path / "v" / "5.t10vote")
    run("collect", path, tmp_path / "v")
    form = tmp_path / "forged.xlsx"
    form.write_bytes((tmp_path / "out" / "专家06.xlsx").read_bytes())
    forge(form, "专家06", "专家05")
    done = run("collect", path, form).stdout
    assert "0 accepted" in done and "held for a decision" in done
    statuses = [(source, status) for source, _, _, status, _ in register(path, "专家05")]
    assert statuses == [("file", "accepted"), ("form", "held")]  # the signed ballot is not superseded
    rec = tally(path)["reconciliation"]
    assert rec["superseded"] == 0 and rec["held"] == 1 and rec["returned"] == 1 and adds_up(rec)


def test_the_decision_keeps_or_replaces_and_the_audit_shows_it(tmp_path: Path) -> None:
    path = selection(tmp_path)
    for expert in ("专家05", "专家06"):
        run(
            "vote",
            tmp_path / "out" / f"{expert}.t10pkg",
            "--approve",
            "E02",
            "--out",
            tmp_path / "v" / f"{expert}.t10vote",
        )
    run("collect", path, *(tmp_path / "v").iterdir())
    run("collect", path, MATRIX)  # both experts' rows are held beside their signed ballots
    before = path.read_bytes()
    for refused in (
        run("decide", path, "专家07", "--keep", "--by", "监票人", "--reason", "核对", ok=False),
        run("decide", path, "专家05", "--keep", "--by", " ", "--reason", "核对", ok=False),
        run("decide", path, "专家05", "--keep", "--replace", "--by", "监票人", "--reason", "核对", ok=False),
        run("decide", path, "专家05", "--keep", "--ballot", "1", "--by", "监票人", "--reason", "核对", ok=False),
    ):
        assert refused.returncode == 2 and refused.stderr.count("\n") == 1, refused.stderr
    assert path.read_bytes() == before

    kept = run("decide", path, "专家05", "--keep", "--by", "监票人", "--reason", "专家确认以电子选票为准").stdout
    assert "stays counted" in kept
    replaced = run("decide", path, "专家06", "--replace", "--by", "监票人", "--reason", "纸质选票为本人最终意见")
    assert "counted instead" in replaced.stdout
    five, six = register(path, "专家05"), register(path, "专家06")
    assert [row[3] for row in five] == ["accepted", "rejected"]
    assert five[1][4].startswith("not counted: the ballot on record was kept, by decision of 监票人")
    assert five[1][4].endswith("专家确认以电子选票为准")
    assert [row[3] for row in six] == ["superseded", "accepted"]
    assert six[1][4].startswith("counted instead of the ballot on record, by decision of 监票人")
    assert "UTC: 纸质选票为本人最终意见" in six[1][4]

    connection = sqlite3.connect(path)
    events = [
        json.loads(body)
        for kind, body in connection.execute("SELECT kind, payload FROM event ORDER BY seq")
        if kind == "held ballot decided"
    ]
    decisions = connection.execute("SELECT kind, among, by, reason FROM decision ORDER BY id").fetchall()
    connection.close()
    assert [(e["expert"], e["decision"], e["by"]) for e in events] == [
        ("专家05", "keep", "监票人"),
        ("专家06", "replace", "监票人"),
    ]
    assert [d[0] for d in decisions] == ["keep", "replace"]
    rec = tally(path)["reconciliation"]
    assert rec["held"] == 0 and rec["returned"] == 25 and adds_up(rec)


def recused_form(tmp_path: Path) -> Path:
    form = tmp_path / "recused.xlsx"
    form.write_bytes((tmp_path / "out" / "专家18.xlsx").read_bytes())
    workbook = load_workbook(form)
    for row in workbook.worksheets[0].iter_rows():
        if row[0].value in ("E01", "E10"):
            row[5].value = 1  # E10 is 专家18's recusal: the form shows it, an expert types in it anyway
    workbook.save(form)
    return form


@pytest.mark.parametrize("source", ["file", "form", "matrix", "paper"])
def test_a_vote_for_a_recused_candidate_is_rejected_with_the_reason(tmp_path: Path, source: str) -> None:
    path = selection(tmp_path, forms=source == "form")
    if source == "file":  # signed by hand with the package's secret: `vote` itself refuses a recused candidate
        package = read_package(tmp_path / "out" / "专家18.t10pkg")
        ballot = tmp_path / "18.t10vote"
        vote = {"approve": ["E01", "E10"]}
        signed = sign(
            Ballot(package.fingerprint, package.rules_version, "专家18", 1, "2020-12-10T09:00:00+00:00", vote),
            package.secret,
        )
        ballot.write_bytes(ballot_bytes(signed))
        run("collect", path, ballot)
        expert, code = "专家18", "E10"
    elif source == "form":
        run("collect", path, recused_form(tmp_path))
        expert, code = "专家18", "E10"
    else:
        matrix = edited_matrix(tmp_path, "m.csv", "专家18", ",,,,,,,,,1,1,,,,,,,,,,,,,,")
        if source == "matrix":
            run("collect", path, matrix)
        else:
            run("collect", path, "--double-entry", matrix, matrix)
        expert, code = "专家18", "E10"
    rows = register(path, expert)
    assert [row[3] for row in rows] == ["rejected"]
    assert rows[0][4] == f"a vote for {code}, from which the expert is recused"
    rec = tally(path)["reconciliation"]
    assert rec["rejected"] >= 1 and adds_up(rec)


def test_vote_revisions_come_from_the_experts_history(tmp_path: Path) -> None:
    path = selection(tmp_path)
    package = tmp_path / "out" / "专家05.t10pkg"
    folder = tmp_path / "ballots"
    run("vote", package, "--approve", "E01", "--out", folder / "first.t10vote")
    second = run("vote", package, "--approve", "E02", "--out", folder / "second.t10vote").stdout
    assert "revision 2" in second  # a new file name, beside the first: the next revision
    run("vote", tmp_path / "out" / "专家06.t10pkg", "--approve", "E03", "--out", folder / "other.t10vote")
    assert read_ballot(folder / "other.t10vote")[0].revision == 1  # another expert's history is their own
    explicit = run(
        "vote", package, "--approve", "E04", "--out", tmp_path / "elsewhere" / "x.t10vote", "--revision", "7"
    )
    assert "revision 7" in explicit.stdout
    refused = run("vote", package, "--approve", "E04", "--out", tmp_path / "y.t10vote", "--revision", "0", ok=False)
    assert refused.returncode == 2 and not (tmp_path / "y.t10vote").exists()

    run("collect", path, folder / "first.t10vote", folder / "second.t10vote")
    rows = register(path, "专家05")
    assert [(row[2], row[3]) for row in rows] == [(1, "superseded"), (2, "accepted")]  # the newer vote counts


def test_a_signed_ballot_replaces_an_unsigned_matrix_row(tmp_path: Path) -> None:
    """The demo's case: its ballots are matrix rows (revision 1); the expert then votes with the app."""
    path = selection(tmp_path)
    run("collect", path, MATRIX)
    run("vote", tmp_path / "out" / "专家05.t10pkg", "--approve", "E02,E03", "--out", tmp_path / "5.t10vote")
    assert "1 accepted" in run("collect", path, tmp_path / "5.t10vote").stdout
    rows = register(path, "专家05")
    assert [(row[0], row[3]) for row in rows] == [("matrix", "superseded"), ("file", "accepted")]
    assert rows[0][4] == "replaced by the signed ballot file, revision 1"
    rec = tally(path)["reconciliation"]
    assert rec["returned"] == 25 and rec["superseded"] == 1 and adds_up(rec)
