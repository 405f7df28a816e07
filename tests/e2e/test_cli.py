"""The `top10-panel` command as a user runs it: exit codes, one-line errors, deterministic JSON."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "sample-approval.csv"
SCRIPT = Path(sys.executable).parent / "top10-panel"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SCRIPT), *map(str, args)], capture_output=True, text=True, encoding="utf-8")


def refused(*args: str | Path) -> str:
    """Run a command that must fail as bad input: exit 2, nothing on stdout, one line on stderr."""
    done = run(*args)
    assert done.returncode == 2, done
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("top10-panel: "), done.stderr
    assert "Traceback" not in done.stderr
    return done.stderr


def test_version_and_help_need_neither_qt_nor_numpy() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from top10_panel.cli import main\n"
        "for args in (['--version'], ['--help'], ['tally', '--help']):\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        try: main(args)\n"
        "        except SystemExit: pass\n"
        "print(sorted(m for m in ('PySide6', 'numpy', 'pyarrow', 'openpyxl') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    assert run("--version").stdout.startswith("top10-panel ")


def test_demo_tally_shows_the_open_tie() -> None:
    done = run("tally", DEMO, "--mode", "approval")
    assert done.returncode == 0, done.stderr
    assert "新型冠状病毒国家科技资源服务系统启动" in done.stdout
    assert "cut line" in done.stdout
    assert "OPEN TIE: 9 of 10 seats are settled; E10, S11 compete for the remaining 1." in done.stdout
    assert "专家26 (row 28): over-vote: 12 picks, at most 10 allowed" in done.stdout


def test_json_fields_and_determinism() -> None:
    first = run("tally", DEMO, "--mode", "approval", "--json")
    second = run("tally", DEMO, "--mode", "approval", "--json")
    assert first.returncode == 0 and first.stdout == second.stdout
    result = json.loads(first.stdout)
    assert result["mode"] == "approval" and result["method"] == "approval" and result["seats"] == 10
    assert result["ballots"] == {"valid": 26, "abstain": 1, "invalid": 1, "returned": 27}
    assert result["top"] == ["E01", "E03", "E05", "E02", "E04", "E06", "E07", "E08", "E09"]
    assert result["open"] == ["E10", "S11"] and result["open_seats"] == 1
    assert result["tie_breaks"] == []
    first_entry = result["ranking"][0]
    assert first_entry == first_entry | {"code": "E01", "score": 23, "rank": 1}
    ranks = [entry["rank"] for entry in result["ranking"]]
    assert ranks[9:11] == [10, 10] and ranks[11] == 12


def test_lot_draw_is_recomputable_with_sha256() -> None:
    seed = "2020-12-31"
    result = json.loads(run("tally", DEMO, "--mode", "approval", "--tie-break", "lot", "--seed", seed, "--json").stdout)
    fingerprint = hashlib.sha256(DEMO.read_bytes()).hexdigest()
    assert result["fingerprint"] == fingerprint
    digest = {c: hashlib.sha256(f"{fingerprint}:{seed}:{c}".encode()).hexdigest() for c in ("E10", "S11")}
    winner = min(digest, key=digest.get)
    assert result["open"] == [] and result["top"][-1] == winner and len(result["top"]) == 10
    (step,) = result["tie_breaks"]
    assert step["rule"] == "lot" and step["among"] == ["E10", "S11"] and step["values"] == digest
    assert step["order"] == [[winner], [c for c in ("E10", "S11") if c != winner]]


def test_ranking_json_has_the_pairwise_matrix(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("expert,A,B,C\ne1,1,2,\ne2,2,1,3\ne3,1,,\n", encoding="utf-8")
    result = json.loads(run("tally", path, "--mode", "ranking", "--seats", "1", "--json").stdout)
    assert result["method"] == "schulze"
    assert result["pairwise"] == {"A": {"B": 2, "C": 3}, "B": {"A": 1, "C": 2}, "C": {"A": 0, "B": 0}}
    assert result["top"] == ["A"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["tally", "DEMO"], "give the vote mode"),
        (["tally", "DEMO", "--mode", "voting"], "invalid choice"),
        (["tally", "DEMO", "--mode", "approval", "--method", "borda"], "does not belong to approval mode"),
        (["tally", "DEMO", "--mode", "score", "--scale", "ten"], "not a scale"),
        (["tally", "DEMO", "--mode", "score", "--scale", "10-0"], "scale 10–0 is empty"),
        (["tally", "DEMO", "--mode", "approval", "--tie-break", "lot"], "needs the public seed text"),
        (["tally", "DEMO", "--mode", "approval", "--seed", "7"], "--seed is only used by the lot rule"),
        (["tally", "DEMO", "--mode", "approval", "--tie-break", "pairwise"], "does not apply in approval mode"),
        (["tally", "DEMO", "--mode", "ranking", "--tie-break", "lot,pairwise"], "last rule"),
        (["tally", "DEMO", "--mode", "approval", "--seats", "0"], "seats must be at least 1"),
        (["tally", "DEMO", "--mode", "approval", "--seats", "x"], "not a whole number"),
        (["tally", "selection.t10", "--mode", "approval"], "a selection counts under its own rules: --mode"),
        (["tally", "missing.t10"], "missing.t10: no such selection file"),
        (["tally", "missing.csv", "--mode", "approval"], "missing.csv: no such file"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args: list[str], expected: str) -> None:
    message = refused(*[str(DEMO) if a == "DEMO" else a for a in args])
    assert expected in message, message


def test_bad_matrix_is_one_line_naming_file_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "votes.csv"
    path.write_text("expert,A,B\ne1,1,\ne2,1,maybe\n", encoding="utf-8")
    message = refused("tally", path, "--mode", "approval")
    assert str(path) in message and "row 3" in message and "'B' (column 3)" in message and "— approve with" in message


def test_counting_a_csv_never_imports_pandas() -> None:
    """pandas is a test-only dependency; Arrow imports it on some calls when present, which costs 0.7 s."""
    code = (
        "import sys, contextlib, io\n"
        "from top10_panel.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()): main(['tally', {str(DEMO)!r}, '--mode', 'approval'])\n"
        "print('pandas' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
