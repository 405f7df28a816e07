"""Collecting beyond signed files: Excel ballot forms, paper ballots typed twice, late ballots by decision."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.samples import reject_suggested

from .command import DEMO, run


def selection(folder: Path, *options: str) -> Path:
    path = folder / "s.t10"
    run("new", path, "--title", "收集", "--mode", "approval", "--max-picks", "3", *options)
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    reject_suggested(path)
    return path


def register(path: Path) -> list[tuple[str, str, str]]:
    connection = sqlite3.connect(path)
    rows = connection.execute("SELECT source, status, reason FROM ballot ORDER BY id").fetchall()
    connection.close()
    return rows


def fill(form: Path, codes: list[str]) -> None:
    workbook = load_workbook(form)
    sheet = workbook["选票"]
    for row in sheet.iter_rows():
        if row[0].value in codes:
            row[5].value = 1
    workbook.save(form)


def test_excel_forms_are_issued_filled_and_collected_unsigned(tmp_path: Path) -> None:
    path = selection(tmp_path)
    assert "issued 54 files" in run("issue", path, "--out", tmp_path / "out", "--forms").stdout
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, codes in (("专家05", ["E01", "E03"]), ("专家06", ["E01", "E02", "E03", "E04"])):
        form = inbox / f"{name}.xlsx"
        form.write_bytes((tmp_path / "out" / f"{name}.xlsx").read_bytes())
        fill(form, codes)
    done = run("collect", path, inbox)
    assert "2 accepted" in done.stdout
    assert register(path) == [("form", "accepted", "unsigned Excel ballot form")] * 2
    result = json.loads(run("tally", path, "--json").stdout)
    assert result["ballots"]["valid"] == 1 and result["ballots"]["invalid"] == 1  # 专家06 picked four of three
    assert "over-vote: 4 picks" in result["invalid_ballots"][0]["reason"]


def test_double_entry_lists_every_disagreement(tmp_path: Path) -> None:
    path = selection(tmp_path, "--max-picks", "10")
    first = tmp_path / "first.csv"
    first.write_text((DEMO / "sample-approval.csv").read_text(encoding="utf-8"), encoding="utf-8")
    second = tmp_path / "second.csv"
    text = first.read_text(encoding="utf-8").replace("\n专家03,1,", "\n专家03,,", 1)
    second.write_text(text.replace("\n专家09,", "\n专家99,", 1), encoding="utf-8")
    before = path.read_bytes()
    refused = run("collect", path, "--double-entry", first, second, ok=False)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    for part in ("disagree in 3 place(s)", "专家03, E01: 1 ≠ (empty)", "专家09: only in first.csv", "专家99: only in"):
        assert part in refused.stderr
    assert path.read_bytes() == before
    run("collect", path, "--double-entry", first, first)
    assert {row[0] for row in register(path)} == {"paper"}


def test_a_late_ballot_counts_only_by_decision(tmp_path: Path) -> None:
    path = selection(tmp_path, "--deadline", "2020-12-20T18:00")
    run("issue", path, "--out", tmp_path / "out")
    run("vote", tmp_path / "out" / "专家01.t10pkg", "--approve", "E01", "--out", tmp_path / "v" / "1.t10vote")
    assert "1 late" in run("collect", path, tmp_path / "v").stdout
    assert json.loads(run("tally", path, "--json").stdout)["reconciliation"]["late"] == 1
    refused = run("admit-late", path, "专家02", "--by", "监票人", "--reason", "邮件故障", ok=False)
    assert refused.returncode == 2 and "no late ballot of '专家02'" in refused.stderr
    run("admit-late", path, "专家01", "--by", "监票人", "--reason", "邮件故障")
    result = json.loads(run("tally", path, "--json").stdout)
    assert result["reconciliation"]["late"] == 0 and result["ballots"]["valid"] == 1
    assert register(path)[0][2] == "late, counted by decision of 监票人: 邮件故障"


@pytest.mark.parametrize("choice", [["--approve", "E01,E02,E03,E04"], ["--approve", "E01,X99"]])
def test_vote_refuses_what_the_rules_forbid(tmp_path: Path, choice: list[str]) -> None:
    path = selection(tmp_path)
    run("issue", path, "--out", tmp_path / "out")
    out = tmp_path / "b.t10vote"
    refused = run("vote", tmp_path / "out" / "专家01.t10pkg", *choice, "--out", out, ok=False)
    assert refused.returncode == 2 and "cannot be cast" in refused.stderr and not out.exists()
