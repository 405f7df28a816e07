"""Settling the demo's open tie from the command line: lot draw, chair's decision, runoff stage."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from .command import run


def tally(path: Path) -> dict:
    return json.loads(run("tally", path, "--json").stdout)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    run("demo", folder)
    return folder


@pytest.fixture
def demo(demo_folder: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo-2020.t10"
    path.write_bytes((demo_folder / "demo-2020.t10").read_bytes())
    return path


def test_lot_draw_anyone_can_recompute(demo: Path) -> None:
    seed = "2020-12-31 福彩3D 第2020354期 571"
    before = tally(demo)
    run("settle", demo, "--lot-source", "福彩3D 第2020354期 开奖号码")
    run("settle", demo, "--lot", seed, "--by", "监票人")
    after = tally(demo)
    fingerprint = before["fingerprint"]
    digest = {c: hashlib.sha256(f"{fingerprint}:{seed}:{c}".encode()).hexdigest() for c in ("E10", "S11")}
    winner = min(digest, key=digest.get)
    assert after["open"] == [] and after["provisional"] is False and after["top"][-1] == winner
    (step,) = after["tie_breaks"]
    assert step["rule"] == "lot" and step["values"] == digest and step["seed"] == seed
    again = run("settle", demo, "--lot", "again", "--by", "监票人", ok=False)  # a second draw needs a reason
    assert again.returncode == 2 and "a second draw needs a reason" in again.stderr


def test_chair_decision_is_recorded_with_who_and_why(demo: Path) -> None:
    missing = run("settle", demo, "--chair", "S11,E10", "--by", "主任", ok=False)
    assert missing.returncode == 2 and "needs who decided and why" in missing.stderr
    wrong = run("settle", demo, "--chair", "S11,E09", "--by", "主任", "--reason", "讨论", ok=False)
    assert wrong.returncode == 2 and "is not an open tie" in wrong.stderr and "E10, S11" in wrong.stderr
    run("settle", demo, "--chair", "S11,E10", "--by", "评审组长 张三", "--reason", "专家组讨论后决定")
    result = tally(demo)
    assert result["top"][-1] == "S11" and result["open"] == []
    (step,) = result["tie_breaks"]
    assert step["rule"] == "chair" and step["by"] == "评审组长 张三" and step["reason"] == "专家组讨论后决定"
    assert step["order"] == [["S11"], ["E10"]]


def test_runoff_stage_decides(demo: Path, tmp_path: Path) -> None:
    ballots = tmp_path / "runoff"
    ballots.mkdir()
    (ballots / "round1.csv").write_text("expert,E10,S11\n专家01,1,\n专家02,,1\n", encoding="utf-8")
    done = run("settle", demo, "--runoff", ballots)
    assert "tied again (E10, S11)" in done.stdout
    (ballots / "round1.csv").unlink()
    (ballots / "round2.csv").write_text("expert,E10,S11\n专家03,,1\n", encoding="utf-8")
    assert "order is recorded as the decision" in run("settle", demo, "--runoff", ballots).stdout
    result = tally(demo)
    assert result["top"][-1] == "S11" and result["open"] == []
    (step,) = result["tie_breaks"]
    assert step["rule"] == "runoff" and step["order"] == [["S11"], ["E10"]]
