"""The process is audited like the count (SPEC §3), through the real command: the rules lock at the first counted
ballot, a lot is drawn in two steps, nothing is settled or published before the ballots are in without a recorded
reason, packages wait for the recusals to be decided, and verify catches a result published under other rules or
a lot whose seed source was recorded after the seed."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from top10_panel.domain.result import Decision
from top10_panel.store import events, repository
from top10_panel.store.database import open_selection
from top10_panel.store.schema import EventRow

from .command import DEMO, run

SEED = "2020-12-31 福彩3D 123"
SOURCE = "福彩3D 2020-12-31 开奖号码"


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


def tally(path: Path) -> dict:
    return json.loads(run("tally", path, "--json").stdout)


def info(workbook: Path) -> dict[str, str]:
    """The workbook's info sheet (评选信息) as name → value."""
    sheet = load_workbook(workbook, read_only=True)["评选信息"]
    return {str(row[0]): str(row[1]) for row in sheet.iter_rows(values_only=True) if len(row) > 1 and row[0]}


def refused(path: Path, *args: str | Path) -> str:
    """The command exits 2 and leaves the selection byte for byte as it was; returns its message."""
    before = path.read_bytes()
    done = run(*args, ok=False)
    assert done.returncode == 2, done.stdout + done.stderr
    assert path.read_bytes() == before
    return done.stderr


@pytest.fixture
def matrix_counted(tmp_path: Path) -> Path:
    """The demo's lists and rules with the sample's ballots collected as matrix rows, no package issued."""
    path = tmp_path / "matrix.t10"
    run("new", path, "--title", "矩阵", "--mode", "approval", "--seats", "10", "--max-picks", "10")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    run("collect", path, DEMO / "sample-approval.csv")
    return path


def test_the_demo_rules_locked_when_its_packages_were_issued(demo: Path) -> None:
    message = refused(demo, "rules", demo, "--seats", "5")
    assert "rules version 1 is locked (packages issued)" in message and "--reason" in message


def test_the_rules_lock_at_the_first_counted_ballot_matrix(matrix_counted: Path) -> None:
    path = matrix_counted
    message = refused(path, "rules", path, "--seats", "5")
    assert "rules version 1 is locked (ballots counted)" in message and "--reason" in message
    assert tally(path)["rules"]["seats"] == 10
    done = run("rules", path, "--seats", "9", "--reason", "主办方改为九个名额", "--by", "编辑部 李")
    assert "rules version 2 (a new version)" in done.stdout
    assert tally(path)["rules"]["seats"] == 9
    # the new version counts the ballots already in, so it is locked at once: a third change needs a reason too
    assert "rules version 2 is locked (ballots counted)" in refused(path, "rules", path, "--seats", "8")
    run("export", path)
    rows = info(path.with_name("matrix-results.xlsx"))
    versions = next(value for key, value in rows.items() if key.startswith("规则的各版本"))
    assert "第 1 版" in versions and "已计入第一张选票" in versions
    assert "第 2 版" in versions and "编辑部 李" in versions and "主办方改为九个名额" in versions
    checked = run("verify", path).stdout
    assert (
        "✓ rules version: published under version 2; versions on record: v1 locked, v2 (主办方改为九个名额)" in checked
    )


def test_a_lot_is_drawn_only_after_its_seed_source_is_recorded(demo: Path) -> None:
    assert "no source of the seed is recorded" in refused(demo, "settle", demo, "--lot", SEED, "--by", "监票人 王")
    assert "not allowed with" in refused(demo, "settle", demo, "--lot-source", SOURCE, "--lot", SEED)  # one at a time
    step1 = run("settle", demo, "--lot-source", SOURCE, "--known-at", "2020-12-31 21:15", "--by", "编辑部")
    assert f"recorded the seed's source: {SOURCE}; the seed is known 2020-12-31 21:15" in step1.stdout
    assert tally(demo)["open"] == ["E10", "S11"]  # recording the source settles nothing and shows no order
    assert "needs who drew it" in refused(demo, "settle", demo, "--lot", SEED)
    run("settle", demo, "--lot", SEED, "--by", "监票人 王")
    (step,) = tally(demo)["tie_breaks"]
    assert step["rule"] == "lot" and step["seed"] == SEED and step["by"] == "监票人 王"
    assert f"seed source: {SOURCE}" in step["reason"]

    # a second draw of the same tie: a reason, and a new source recorded first; both draws stay in the audit
    assert "a second draw needs a reason" in refused(demo, "settle", demo, "--lot", "456", "--by", "监票人 王")
    redraw = ("settle", demo, "--lot", "2021-01-01 福彩3D 456", "--by", "监票人 王", "--reason", "种子录入有误")
    assert "no source of the seed is recorded" in refused(demo, *redraw)
    run("settle", demo, "--lot-source", "福彩3D 2021-01-01 开奖号码", "--reason", "种子录入有误")
    run(*redraw)
    (step,) = tally(demo)["tie_breaks"]
    assert step["seed"] == "2021-01-01 福彩3D 456" and "种子录入有误" in step["reason"]
    run("export", demo)
    decisions = json.loads(next(v for k, v in info(demo.with_name("demo-2020-results.xlsx")).items() if "决定" in k))
    assert [d["seed"] for d in decisions] == [SEED, "2021-01-01 福彩3D 456"]
    checked = run("verify", demo).stdout
    assert "✓ lot seed source: 2 draws, each after its seed source was recorded" in checked


@pytest.fixture
def two_of_27(tmp_path: Path) -> Path:
    """The demo's lists with only two ballots in: far from the quorum, and everything tied."""
    path = tmp_path / "early.t10"
    run("new", path, "--title", "早", "--mode", "approval", "--max-picks", "10")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    lines = (DEMO / "sample-approval.csv").read_text(encoding="utf-8").splitlines()
    matrix = tmp_path / "two.csv"
    matrix.write_text(
        "\n".join([lines[0], *[line for line in lines if line.startswith(("专家01,", "专家02,"))]]) + "\n"
    )
    run("collect", path, matrix)
    assert tally(path)["open"]
    return path


def test_settling_and_exporting_wait_for_the_quorum_unless_overridden(two_of_27: Path) -> None:
    path = two_of_27
    run("settle", path, "--lot-source", SOURCE)
    message = refused(path, "settle", path, "--lot", SEED, "--by", "监票人 王")
    assert "the quorum is not met: 2 of 27 experts returned valid ballots, 19 needed" in message
    assert "--override REASON" in message
    order = ",".join(tally(path)["open"])
    assert "the quorum is not met" in refused(path, "settle", path, "--chair", order, "--by", "主任", "--reason", "x")
    assert "publishing is refused for now: the quorum is not met" in refused(path, "export", path)
    run("settle", path, "--lot", SEED, "--by", "监票人 王", "--override", "评审会当场决定先行抽签")
    step = next(s for s in tally(path)["tie_breaks"] if s["rule"] == "lot")
    assert "went ahead by override: 评审会当场决定先行抽签" in step["reason"]
    run("export", path, "--override", "先行公布初步结果")
    rows = info(path.with_name("early-results.xlsx"))
    assert "先行公布初步结果" in next(v for k, v in rows.items() if k.startswith("未满足条件而继续"))


def test_settling_waits_while_experts_may_still_vote_before_the_deadline(tmp_path: Path) -> None:
    path = tmp_path / "s.t10"
    run("new", path, "--title", "截止", "--mode", "approval", "--max-picks", "10", "--deadline", "2999-12-31 18:00")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    lines = (DEMO / "sample-approval.csv").read_text(encoding="utf-8").splitlines()
    matrix = tmp_path / "most.csv"
    matrix.write_text("\n".join(line for line in lines if not line.startswith("专家27,")) + "\n", encoding="utf-8")
    run("collect", path, matrix)
    run("settle", path, "--lot-source", SOURCE)
    message = refused(path, "settle", path, "--lot", SEED, "--by", "监票人 王")
    assert "1 experts (专家27) may still vote before the deadline 2999-12-31 18:00" in message


def test_issue_refuses_empty_lists_and_undecided_recusals(tmp_path: Path) -> None:
    path = tmp_path / "s.t10"
    run("new", path, "--title", "发包", "--mode", "approval", "--max-picks", "3")
    message = refused(path, "issue", path, "--out", tmp_path / "out")
    assert "no candidates and no experts" in message and not (tmp_path / "out").exists()
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    message = refused(path, "issue", path, "--out", tmp_path / "out")
    assert "7 suggested recusals are undecided (专家01:E01" in message and "recusals FILE --accept" in message
    assert not (tmp_path / "out").exists()
    run("recusals", path, "--accept-suggested")
    assert "issued 27 files" in run("issue", path, "--out", tmp_path / "out").stdout


def _tamper(path: Path, write: Callable[[Session], None]) -> None:
    """Write through the store itself, so that the event log's chain stays intact: only the new checks see it."""
    with open_selection(path) as selection, selection.write() as session:
        write(session)


def test_verify_catches_a_result_published_under_other_rules(demo: Path) -> None:
    run("settle", demo, "--lot-source", SOURCE)
    run("settle", demo, "--lot", SEED, "--by", "监票人 王")
    run("export", demo)
    assert run("verify", demo).returncode == 0
    connection = sqlite3.connect(demo)  # the old silent overwrite: version 1 changed in place, the log untouched
    body = json.loads(connection.execute("SELECT body FROM rules WHERE version = 1").fetchone()[0])
    body["seats"] = 5
    connection.execute("UPDATE rules SET body = ? WHERE version = 1", (json.dumps(body),))
    connection.commit()
    connection.close()
    done = run("verify", demo, ok=False)
    assert done.returncode == 3
    assert "✓ event log" in done.stdout
    assert (
        "✗ rules version: published claiming rules version 1, but version 1 on record is not the rules" in done.stdout
    )


def test_verify_catches_a_seed_source_recorded_after_the_seed(demo: Path) -> None:
    def draw_then_source(session: Session) -> None:
        stage = repository.current_stage(session)
        repository.add_decision(session, stage, Decision("lot", ("E10", "S11"), seed=SEED, by="监票人 王"))
        head = session.scalar(select(func.max(EventRow.seq))) or 0
        draw = {"stage": stage.name, "among": ["E10", "S11"], "seed": SEED, "source": SOURCE, "source_seq": head + 2}
        events.append(session, "tie settled by lot", draw)
        events.append(
            session, "lot source recorded", {"stage": stage.name, "among": [["E10", "S11"]], "source": SOURCE}
        )

    _tamper(demo, draw_then_source)
    run("export", demo)
    done = run("verify", demo, ok=False)
    assert done.returncode == 3 and "✓ event log" in done.stdout
    assert (
        "✗ lot seed source: the seed source of the draw of entry" in done.stdout
        and "was recorded after it" in done.stdout
    )


def test_a_tie_for_first_place_in_an_ordered_top_is_settled_like_one_at_the_cut(tmp_path: Path) -> None:
    path = tmp_path / "r.t10"
    run("new", path, "--title", "排序", "--mode", "ranking", "--seats", "2")
    (tmp_path / "c.csv").write_text("编号,标题\nA,甲\nB,乙\nC,丙\n", encoding="utf-8")
    (tmp_path / "e.csv").write_text("姓名,单位\n专家01,一\n专家02,二\n", encoding="utf-8")
    (tmp_path / "m.csv").write_text("expert,A,B,C\n专家01,1,2,3\n专家02,2,1,3\n", encoding="utf-8")
    run("import-candidates", path, tmp_path / "c.csv")
    run("import-experts", path, tmp_path / "e.csv")
    run("collect", path, tmp_path / "m.csv")
    result = tally(path)
    assert result["top"] == ["A", "B"] and result["open"] == []
    assert [t["among"] for t in result["ties"] if t["matters"] and not t["settled"]] == [["A", "B"]]
    run("settle", path, "--lot-source", SOURCE)
    run("settle", path, "--lot", SEED, "--by", "监票人 王")
    result = tally(path)
    assert result["tie_breaks"][-1]["rule"] == "lot" and all(t["settled"] for t in result["ties"] if t["matters"])
