"""A runoff among the tied as a stage of its own, through the command: packages for the tied only, ballot files
collected into the runoff's register, refused counts that change nothing, a runoff that ties again and is settled
in turn, and the audit that follows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from top10_panel.exchange.ballot_files import read_package
from top10_panel.services.demo import build_demo

from .command import DEMO, run


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("runoff") / "demo")  # its suggested recusals are decided


def started(demo: Path, tmp_path: Path) -> tuple[Path, Path]:
    path = Path(shutil.copyfile(demo, tmp_path / demo.name))
    out = tmp_path / "runoff"
    done = run("runoff", path, "--out", out, "--forms")
    assert "E10, S11 compete for 1 seat" in done.stdout and "issued 54 files" in done.stdout
    return path, out


def cast(out: Path, folder: Path, votes: dict[str, str]) -> Path:
    for expert, code in votes.items():
        run("vote", out / f"{expert}.t10pkg", "--approve", code, "--out", folder / f"{expert}.t10vote")
    return folder


def test_the_packages_hold_the_tied_candidates_only_and_say_it_is_a_runoff(demo: Path, tmp_path: Path) -> None:
    _, out = started(demo, tmp_path)
    package = read_package(out / "专家05.t10pkg")
    assert [c.code for c in package.candidates] == ["E10", "S11"]
    assert package.stage_kind == "runoff" and package.rules.seats == 1 and package.rules.max_picks == 1
    assert package.stage == "加投 终评" and package.rules.deadline == ""
    over = run("vote", out / "专家05.t10pkg", "--approve", "E10,S11", "--out", tmp_path / "x.t10vote", ok=False)
    assert over.returncode == 2 and "at most 1" in over.stderr
    assert run("vote", out / "专家05.t10pkg", "--approve", "E01", "--out", tmp_path / "y.t10vote", ok=False).returncode


def test_a_runoff_counted_settles_the_tie_with_its_figures_in_the_audit(demo: Path, tmp_path: Path) -> None:
    path, out = started(demo, tmp_path)
    ballots = cast(out, tmp_path / "ballots", {"专家02": "E10", "专家03": "E10", "专家05": "S11"})
    assert "3 accepted" in run("collect", path, ballots).stdout
    before = path.read_bytes()
    early = run("export", path, "--xlsx", tmp_path / "early.xlsx", ok=False)
    assert early.returncode == 2 and "the runoff 加投 终评 among E10, S11 is in progress" in early.stderr
    assert path.read_bytes() == before and not (tmp_path / "early.xlsx").exists()
    refused = run("runoff", path, "--count", "--by", "编辑部", ok=False)
    assert refused.returncode == 2 and "quorum is not met: 3 of 27" in refused.stderr
    assert path.read_bytes() == before
    done = run("runoff", path, "--count", "--by", "编辑部", "--override", "到会专家三人")
    assert "E10 2, S11 1" in done.stdout and "every seat is settled" in done.stdout
    tally = json.loads(run("tally", path, "--json").stdout)
    assert tally["open"] == [] and "E10" in tally["top"] and "S11" not in tally["top"]
    (step,) = tally["tie_breaks"]
    assert step["rule"] == "runoff" and step["order"] == [["E10"], ["S11"]]
    run("export", path, "--xlsx", tmp_path / "r.xlsx", "--pdf", tmp_path / "r.pdf")
    assert run("verify", path).returncode == 0
    rows = [tuple(c for c in r if c is not None) for r in load_workbook(tmp_path / "r.xlsx")["加投"].values]
    assert ("E10", "2") in rows and ("专家05", "S11") in rows and ("专家02", "E10") in rows
    run("export", path, "--xlsx", tmp_path / "anonymous.xlsx", "--anonymise")
    hidden = [tuple(c for c in r if c is not None) for r in load_workbook(tmp_path / "anonymous.xlsx")["加投"].values]
    voters = [r[0] for r in hidden if len(r) == 2 and r[1] in ("E10", "S11")]
    assert len(voters) == 3 and all(v.startswith("E") and v[1:].isdigit() for v in voters)  # ids, never names
    every = [str(c) for sheet in load_workbook(tmp_path / "anonymous.xlsx") for r in sheet.values for c in r if c]
    assert not any("专家0" in c for c in every)
    assert run("verify", path).returncode == 0
    again = run("runoff", path, "--count", ok=False)
    assert again.returncode == 2 and "no runoff is in progress" in again.stderr


def test_a_runoff_that_ties_again_stays_open_until_it_is_settled_in_turn(demo: Path, tmp_path: Path) -> None:
    path, out = started(demo, tmp_path)
    run("collect", path, cast(out, tmp_path / "ballots", {"专家02": "E10", "专家03": "S11"}))
    done = run("runoff", path, "--count", "--override", "到会专家两人")
    assert "tied again (E10, S11)" in done.stdout
    assert json.loads(run("tally", path, "--json").stdout)["open"] == ["E10", "S11"]  # still the runoff's tie
    run(
        "settle",
        path,
        "--chair",
        "S11,E10",
        "--by",
        "评审组长",
        "--reason",
        "加投再次平票",
        "--override",
        "到会专家两人",
    )
    closed = run("runoff", path, "--count", "--by", "编辑部", "--override", "到会专家两人")
    assert "every seat is settled" in closed.stdout
    tally = json.loads(run("tally", path, "--json").stdout)
    assert "S11" in tally["top"] and tally["tie_breaks"][-1]["rule"] == "runoff"


def test_a_runoff_refused_for_undecided_recusals_changes_nothing(tmp_path: Path) -> None:
    # the demo's lists and sample ballots, collected as a matrix: the tie is the demo's, the suggested recusals are
    # still undecided (the demo decides them before it issues its packages)
    path = tmp_path / "raw.t10"
    run("new", path, "--title", "加投", "--mode", "approval", "--seats", "10", "--max-picks", "10")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    run("collect", path, DEMO / "sample-approval.csv")
    assert json.loads(run("tally", path, "--json").stdout)["open"] == ["E10", "S11"]
    before = path.read_bytes()
    refused = run("runoff", path, "--out", tmp_path / "out", ok=False)
    assert refused.returncode == 2 and "suggested recusals are undecided" in refused.stderr
    assert path.read_bytes() == before and not (tmp_path / "out").exists()
