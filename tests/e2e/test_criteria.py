"""A criterion-scored selection with the z normalisation, end to end through the real command: new with criteria,
the demo lists, issue (packages and forms), votes from packages, a filled-in form and a ballot matrix of
CODE:CRITERION columns, collect, tally, export, verify. One selection for the module: each command costs a second."""

from __future__ import annotations

import hashlib
import json
import random
from fractions import Fraction

import pytest
from openpyxl import load_workbook

from tests.e2e.command import DEMO, run
from tests.unit.test_criteria import ref_count, ref_ranks, ref_weighted
from tests.unit.test_report_pdf import flat, texts

CRITERIA_TEXT = "创新性=40%,影响力=40%,代表性=20%"
CRITERIA = (("创新性", Fraction(2, 5)), ("影响力", Fraction(2, 5)), ("代表性", Fraction(1, 5)))
NAMES = [name for name, _ in CRITERIA]
CODES = [f"E{k:02d}" for k in range(1, 11)]
RECUSED = {("专家01", "E01"), ("专家04", "E07"), ("专家07", "E08"), ("专家18", "E10")}
"""The demo's suggested recusals (accepted below) among E01–E10."""


def _marks(expert: str, rng: random.Random) -> dict[str, dict[str, str]]:
    """An expert's criterion scores: harsh or lenient by expert, E03 of one criterion only (partly scored)."""
    base = rng.choice([2, 4, 6, 8])
    out: dict[str, dict[str, str]] = {}
    for code in CODES:
        if (expert, code) in RECUSED:
            continue
        out[code] = {name: str(min(10, base + rng.choice([0, 0.5, 1, 2]))) for name in NAMES}
    if expert.endswith("3"):
        out["E03"] = {"创新性": "9"}
    return out


@pytest.fixture(scope="module")
def selection(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("criteria")
    path = root / "评分.t10"
    run("new", path, "--title", "评分评选", "--mode", "score", "--criteria", CRITERIA_TEXT, "--normalise", "z")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    run("recusals", path, "--accept-suggested")
    run("issue", path, "--out", root / "issued", "--forms")
    rng = random.Random(17)
    experts = [f"专家{k:02d}" for k in range(1, 28)]
    cast = {expert: _marks(expert, rng) for expert in experts[:21]}
    ballots = root / "ballots"
    ballots.mkdir()
    for expert in experts[:3]:  # from their packages, as experts with the app
        scores = ",".join(
            f"{code}:{name}={value}" for code, marks in cast[expert].items() for name, value in marks.items()
        )
        run("vote", root / "issued" / f"{expert}.t10pkg", "--score", scores, "--out", ballots / f"{expert}.t10vote")
    form = root / "issued" / f"{experts[3]}.xlsx"  # an Excel form, one column per criterion
    book = load_workbook(form)
    sheet = book["选票"]
    header = [cell.value for cell in sheet[8]]
    rows = {sheet.cell(row=r, column=1).value: r for r in range(9, sheet.max_row + 1)}
    for code, marks in cast[experts[3]].items():
        for name, value in marks.items():
            sheet.cell(row=rows[code], column=header.index(f"{name} {_percent(name)}") + 1, value=float(value))
    book.save(form)
    matrix = root / "matrix.csv"  # the rest as the editor's matrix: a column per candidate and criterion
    columns = [f"{code}:{name}" for code in CODES for name in NAMES]
    lines = ["expert," + ",".join(columns)]
    for expert in experts[4:21]:
        marks = cast[expert]
        lines.append(expert + "," + ",".join(marks.get(c.split(":")[0], {}).get(c.split(":")[1], "") for c in columns))
    matrix.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run("collect", path, ballots, form, matrix)
    return {"root": root, "path": path, "cast": cast, "ballots": ballots}


def _percent(name: str) -> str:
    return {"创新性": "40%", "影响力": "40%", "代表性": "20%"}[name]


def test_the_tally_agrees_with_the_reference(selection: dict) -> None:
    result = json.loads(run("tally", selection["path"], "--json").stdout)
    assert result["ballots"]["valid"] == 21 and result["ballots"]["invalid"] == 0
    assert result["criteria"] == [
        {"name": "创新性", "weight": "40%", "weight_exact": "2/5"},
        {"name": "影响力", "weight": "40%", "weight_exact": "2/5"},
        {"name": "代表性", "weight": "20%", "weight_exact": "1/5"},
    ]
    assert (
        result["normalisation"]["significant_digits"] == 12
        and "12 significant digits" in result["normalisation"]["note"]
    )
    weighted = []
    for marks in selection["cast"].values():
        scores = {code: ref_weighted(m, CRITERIA) for code, m in marks.items()}
        weighted.append({code: v for code, v in scores.items() if v is not None})
    codes = [r["code"] for r in result["ranking"]]
    raw, normalised = ref_count(weighted, codes)
    by_code = {r["code"]: r for r in result["ranking"]}
    assert {code: Fraction(r["score_exact"]) for code, r in by_code.items()} == normalised
    assert {code: Fraction(r["raw_exact"]) for code, r in by_code.items()} == raw
    assert {code: r["rank"] for code, r in by_code.items()} == ref_ranks(normalised)
    assert by_code["E03"]["scored"] == 21 - 2  # 专家03 and 专家13 scored E03 on one criterion only: not scored
    text = run("tally", selection["path"]).stdout
    assert "normalised" in text and "raw mean" in text and "12 significant digits" in text


def test_bad_criteria_and_locked_rules_are_refused(selection: dict) -> None:
    path = selection["path"]
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for bad, says in [
        ("创新性=40%,影响力=40%,代表性=10%", "add up to 90%"),
        ("创新性=50%,创新性=50%", "named twice"),
        ("创新性=,影响力=100%", "not NAME=WEIGHT"),
    ]:
        refused = run("rules", path, "--criteria", bad, "--reason", "改", ok=False)
        assert refused.returncode == 2 and says in refused.stderr
        fresh = run(
            "new", selection["root"] / "bad.t10", "--title", "x", "--mode", "score", "--criteria", bad, ok=False
        )
        assert fresh.returncode == 2 and says in fresh.stderr and not (selection["root"] / "bad.t10").exists()
    locked = run("rules", path, "--normalise", "none", ok=False)
    assert locked.returncode == 2 and "locked" in locked.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    package = selection["root"] / "issued" / "专家05.t10pkg"
    plain = run("vote", package, "--score", "E01=8", "--out", selection["root"] / "x.t10vote", ok=False)
    assert plain.returncode == 2 and "not given per criterion" in plain.stderr


@pytest.fixture(scope="module")
def exported(selection: dict) -> dict:
    """The selection settled (a chair's order for any open tie) and exported once: workbook and report."""
    path, root = selection["path"], selection["root"]
    result = json.loads(run("tally", path, "--json").stdout)
    if result["open"]:
        run("settle", path, "--chair", ",".join(result["open"]), "--by", "组长", "--reason", "评审组讨论")
    workbook, report = root / "out.xlsx", root / "out.pdf"
    run("export", path, "--xlsx", workbook, "--pdf", report)
    return {
        **selection,
        "workbook": workbook,
        "report": report,
        "result": json.loads(run("tally", path, "--json").stdout),
    }


def test_export_and_verify(exported: dict) -> None:
    path, workbook, report = exported["path"], exported["workbook"], exported["report"]
    book = load_workbook(workbook, read_only=True)
    texts = [str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row if v]
    assert "E01:创新性" in texts and "原始均分" in texts
    assert any("12 位有效数字" in t for t in texts) and any("创新性 40%" in t for t in texts)
    book.close()
    assert report.read_bytes().startswith(b"%PDF")
    assert "verified" in run("verify", path).stdout
    checked = run("verify", workbook, exported["ballots"])
    assert checked.returncode == 0 and "in the register (accepted)" in checked.stdout


def test_the_report_shows_the_criteria_and_the_raw_means(exported: dict) -> None:
    """The PDF says how scores were made (criteria, the z normalisation and its rounding) and prints each
    candidate's raw mean beside its normalised value."""
    for extracted in texts(exported["report"]).values():
        text = flat(extracted)
        assert "创新性40%" in text and "代表性20%" in text and "12位有效数字" in text and "原始均分" in text
        for r in exported["result"]["ranking"][:10]:  # code, title, normalised value, raw mean: four places
            row = f"{r['code']}{r['title']}{_four(r['score_exact'])}{_four(r['raw_exact'])}"
            assert flat(row) in text, row


def _four(exact: str) -> str:
    return f"{float(Fraction(exact)):.4f}".rstrip("0").rstrip(".")


def test_the_criteria_sheet_adds_up_to_the_raw_means(exported: dict) -> None:
    """分项得分: each candidate's mean per criterion over the ballots that scored it fully; weighted, the raw mean."""
    book = load_workbook(exported["workbook"], read_only=True)
    rows = list(book["分项得分"].iter_rows(values_only=True))
    book.close()
    header = list(rows[2])
    assert header[:4] == ["名次", "编号", "标题", "评分人数"] and header[-2:] == ["加权均分", "按原始均分的名次"]
    assert header[4:-2] == ["创新性 40%", "影响力 40%", "代表性 20%"]
    raw = {r["code"]: Fraction(r["raw_exact"]) for r in exported["result"]["ranking"]}
    for row in rows[3:]:
        if row[1]:  # the place under the plain mean of the raw scores, as the raw means give it
            assert row[-1] == 1 + sum(v > raw[row[1]] for v in raw.values())
    rows = [row[:-1] for row in rows]
    by_code = {r["code"]: r for r in exported["result"]["ranking"]}
    body = [row for row in rows[3:] if row[1]]
    assert [row[1] for row in body] == [r["code"] for r in exported["result"]["ranking"]]  # in result order
    cast = exported["cast"]
    for row in body:
        code, n, means, weighted = row[1], row[3], row[4:-1], row[-1]
        scored = [marks[code] for marks in cast.values() if code in marks and len(marks[code]) == 3]
        assert n == len(scored) == by_code[code]["scored"]
        if not scored:  # S11–S25: nobody scored them
            assert set(row[4:]) == {"—"}
            continue
        for k, name in enumerate(NAMES):
            assert means[k] == pytest.approx(float(sum(Fraction(m[name]) for m in scored) / len(scored)), abs=1e-12)
        assert weighted == pytest.approx(float(Fraction(by_code[code]["raw_exact"])), abs=1e-12)


def test_a_changed_criterion_score_in_the_workbook_is_found(exported: dict) -> None:
    root, selection = exported["root"], exported
    book = load_workbook(exported["workbook"])
    sheet = next(s for s in book.worksheets if any(c.value == "E02:创新性" for c in s[1]))
    column = next(c.column for c in sheet[1] if c.value == "E02:创新性")
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(row=r, column=1).value == "专家01")
    sheet.cell(row=row, column=column, value=0 if sheet.cell(row=row, column=column).value != 0 else 10)
    changed = root / "changed.xlsx"
    book.save(changed)
    found = run("verify", changed, selection["ballots"] / "专家01.t10vote", ok=False)
    assert found.returncode == 3 and "differs" in found.stdout
