"""Publish and verify end to end (SPEC §2.6, §5.6–5.7, §7 export/verify): the workbook and the report of a real
selection read back by two readers, sidecars `sha256sum` accepts, and `verify` passing on untouched output and
failing with exit 3, naming the difference, after one vote or one ballot file is changed."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from python_calamine import CalamineWorkbook

from tests.samples import reject_suggested
from top10_panel.exchange.ballot_files import Ballot, ballot_bytes, read_ballot, read_package, sign

from .command import DEMO, run

CHOSEN = {
    "approve": ["E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09", "E10"],
}


def tally(path: Path) -> dict:
    return json.loads(run("tally", path, "--json").stdout)


def cells(path: Path) -> list[str]:
    """Every non-empty cell of every sheet, as python-calamine (an independent reader) sees it."""
    book = CalamineWorkbook.from_path(str(path))
    return [
        str(value)
        for name in book.sheet_names
        for row in book.get_sheet_by_name(name).to_python()
        for value in row
        if value not in ("", None)
    ]


def pdf_text(path: Path) -> str:
    return "".join("".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo selection, its tie at the cut settled by a public lot, exported."""
    folder = tmp_path_factory.mktemp("published")
    run("demo", folder)
    selection = folder / "demo-2020.t10"
    run("settle", selection, "--lot-source", "福彩 2020-12-31 开奖号码", "--by", "编辑部")
    run("settle", selection, "--lot", "2020-12-31 福彩 123", "--by", "监票人")
    done = run("export", selection)
    assert "demo-2020-results.xlsx" in done.stdout and "demo-2020-report.pdf" in done.stdout
    return selection


def copy(selection: Path, tmp_path: Path) -> Path:
    for file in selection.parent.iterdir():
        if file.name.startswith("demo-2020"):
            shutil.copy(file, tmp_path / file.name)
    return tmp_path / selection.name


def test_every_figure_of_the_workbook_matches_the_tally(published: Path) -> None:
    result = tally(published)
    workbook = published.with_name("demo-2020-results.xlsx")
    seen = cells(workbook)
    book = openpyxl.load_workbook(workbook)
    texts = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    for entry in result["ranking"]:
        assert entry["title"] in seen and entry["title"] in texts
        assert entry["score_exact"] in seen  # exact figures, as text, for anyone to recompute
    for step in result["tie_breaks"]:
        for value in step["values"].values():
            assert str(value) in seen
    for entry in result["tally_sheet"]:
        assert entry["tracker"] in seen
    assert result["open"] == [] and len(result["top"]) == 10


def test_sidecars_are_what_sha256sum_checks(published: Path) -> None:
    for name in ("demo-2020-results.xlsx", "demo-2020-report.pdf"):
        file = published.with_name(name)
        first, anchor = published.with_name(name + ".sha256").read_text(encoding="utf-8").splitlines()
        digest, _, listed = first.partition("  ")
        assert listed == name and digest == hashlib.sha256(file.read_bytes()).hexdigest()
        assert anchor.startswith("# top10-panel anchor: log head ")  # a comment line, which sha256sum -c skips
        if shutil.which("sha256sum"):
            for strict in ([], ["--strict"]):
                check = subprocess.run(
                    ["sha256sum", "-c", *strict, name + ".sha256"], cwd=published.parent, capture_output=True
                )
                assert check.returncode == 0 and not check.stderr, check.stderr


def test_the_report_carries_every_chosen_title_and_the_tie_breaks(published: Path) -> None:
    result = tally(published)
    text = pdf_text(published.with_name("demo-2020-report.pdf"))
    titles = {entry["code"]: entry["title"] for entry in result["ranking"]}
    for code in result["top"]:
        assert "".join(titles[code].split()) in text
    for step in result["tie_breaks"]:
        assert all(code in text for code in step["among"])
    assert "2020-1231福彩123" in text or "2020-12-31福彩123" in text  # the lot's public seed
    for word in ("计票人", "监票人", "评审组长"):
        assert word in text


def test_verify_passes_on_untouched_output(published: Path) -> None:
    assert "verified" in run("verify", published).stdout
    assert "verified" in run("verify", published.with_name("demo-2020-results.xlsx")).stdout


def test_one_vote_changed_in_the_workbook_is_found(published: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "results.xlsx"
    shutil.copy(published.with_name("demo-2020-results.xlsx"), workbook)
    book = openpyxl.load_workbook(workbook)
    ballots = book.worksheets[1]  # result, then ballots
    header = [c.value for c in ballots[1]]
    column = header.index("S11") + 1
    row = next(r for r in range(2, ballots.max_row + 1) if ballots.cell(r, column).value in (None, ""))
    ballots.cell(row, column).value = "1"
    book.save(workbook)
    done = run("verify", workbook, ok=False)
    assert done.returncode == 3, done.stdout + done.stderr
    assert "✗" in done.stdout and "S11" in done.stdout


def test_an_exported_file_changed_afterwards_is_found(published: Path, tmp_path: Path) -> None:
    selection = copy(published, tmp_path)
    run("export", selection)  # the copy records its own files
    assert run("verify", selection).returncode == 0
    report = tmp_path / "demo-2020-report.pdf"
    report.write_bytes(report.read_bytes() + b"%")
    done = run("verify", selection, ok=False)
    assert done.returncode == 3 and "✗ exported demo-2020-report.pdf: changed since export" in done.stdout


@pytest.fixture(scope="module")
def voted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A selection whose ballots came as signed files from `vote`, collected and exported."""
    folder = tmp_path_factory.mktemp("voted")
    selection = folder / "ballots.t10"
    run("new", selection, "--title", "2020年度十大事件", "--mode", "approval", "--publish-order", "stroke")
    run("import-candidates", selection, DEMO / "candidates-2020.csv")
    run("import-experts", selection, DEMO / "experts.csv")
    reject_suggested(selection)
    run("issue", selection, "--out", folder / "packages")
    votes = folder / "votes"
    for k, package in enumerate(sorted((folder / "packages").glob("*.t10pkg"))[:8]):
        picks = [f"E{j:02d}" for j in range(1, 11) if (j + k) % 4] + ["S12"]
        recused = set(read_package(package).recused)
        picks = [code for code in picks if code not in recused][:10]
        run("vote", package, "--approve", ",".join(picks), "--out", votes / f"{package.stem}.t10vote")
    run("collect", selection, votes)
    run("export", selection, "--override", "eight ballots make this test panel")
    return selection, votes


def test_verify_checks_ballot_files_against_the_record(voted: tuple[Path, Path], tmp_path: Path) -> None:
    selection, votes = voted
    assert "verified" in run("verify", selection, votes).stdout
    workbook = selection.with_name("ballots-results.xlsx")
    assert "verified" in run("verify", workbook, votes).stdout
    # one ballot file changed after it was collected: the vote differs, the signature no longer matches
    changed = tmp_path / "votes"
    shutil.copytree(votes, changed)
    victim = sorted(changed.glob("*.t10vote"))[0]
    data = json.loads(victim.read_text(encoding="utf-8"))
    data["vote"]["approve"] = data["vote"]["approve"][:-1]
    victim.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    done = run("verify", selection, changed, ok=False)
    assert done.returncode == 3 and victim.name in done.stdout and "altered" in done.stdout
    done = run("verify", workbook, changed, ok=False)
    assert done.returncode == 3 and victim.name in done.stdout and "not in the ballot register" in done.stdout


def test_a_re_signed_ballot_is_not_on_record(voted: tuple[Path, Path], tmp_path: Path) -> None:
    """Someone with the expert's secret signs another vote: genuine-looking, but never collected."""
    selection, votes = voted
    package = sorted((selection.parent / "packages").glob("*.t10pkg"))[0]
    secret = read_package(package).secret
    original, _ = read_ballot(sorted(votes.glob("*.t10vote"))[0])
    forged = Ballot(**{**original.__dict__, "mac": "", "vote": {"approve": ["S25"]}})
    out = tmp_path / "forged.t10vote"
    out.write_bytes(ballot_bytes(sign(forged, secret)))
    done = run("verify", selection, out, ok=False)
    assert done.returncode == 3 and "not on record" in done.stdout


def test_the_register_says_how_each_ballot_came_in_words(voted: tuple[Path, Path]) -> None:
    selection, _ = voted
    seen = cells(selection.with_name("ballots-results.xlsx"))
    assert "选票文件" in seen  # the kind of a .t10vote ballot, in the selection's language
    assert not [text for text in seen if text.startswith("kind_")]  # never a label's key


def test_the_published_order_is_by_stroke(voted: tuple[Path, Path]) -> None:
    selection, _ = voted
    result = tally(selection)
    assert result["rules"]["publication_order"] == "stroke"
    verified = run("verify", selection).stdout
    assert "✓ publication order" in verified


def test_anonymised_export_names_no_expert(published: Path, tmp_path: Path) -> None:
    selection = copy(published, tmp_path)
    run("export", selection, "--xlsx", tmp_path / "anon.xlsx", "--pdf", tmp_path / "anon.pdf", "--anonymise")
    names = re.compile(r"专家\d\d")  # the demo's experts are 专家01 … 专家27; the word 专家 itself may appear
    assert not [text for text in cells(tmp_path / "anon.xlsx") if names.search(text)]
    words = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "anon.pdf").pages)
    assert not names.search(words)  # with the layout's spaces kept: '邀请专家 27' is a count, not a name
    assert "verified" in run("verify", tmp_path / "anon.xlsx").stdout


def test_formula_like_titles_stay_text(tmp_path: Path) -> None:
    matrix = tmp_path / "votes.csv"
    matrix.write_text(
        'expert,A,B,C\ntitle,"=HYPERLINK(""x"",""y"")",@SUM(A1),+1-2\n专家1,1,1,\n专家2,1,,1\n', encoding="utf-8"
    )
    out = tmp_path / "votes.xlsx"
    run("tally", matrix, "--mode", "approval", "--xlsx", out, "--pdf", tmp_path / "votes.pdf")
    seen = cells(out)
    for title in ('=HYPERLINK("x","y")', "@SUM(A1)", "+1-2"):
        assert title in seen
    book = openpyxl.load_workbook(out)
    assert all(c.data_type != "f" for ws in book.worksheets for row in ws.iter_rows() for c in row)
    assert "verified" in run("verify", out).stdout


def test_tally_json_stays_parseable_with_a_workbook(tmp_path: Path) -> None:
    done = run("tally", DEMO / "sample-approval.csv", "--mode", "approval", "--json", "--xlsx", tmp_path / "r.xlsx")
    assert json.loads(done.stdout)["mode"] == "approval"
    assert "r.xlsx" in done.stderr


def test_verify_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    bogus = tmp_path / "results.xlsx"
    bogus.write_bytes(b"not a workbook")
    done = run("verify", bogus, ok=False)
    assert done.returncode == 2 and "results.xlsx" in done.stderr
