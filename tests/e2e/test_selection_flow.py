"""A selection file through the command line: new, import, rules, stages, quotas, demo."""

from __future__ import annotations

import json
import re
import sqlite3
from fractions import Fraction
from pathlib import Path

import pytest

from top10_panel.services.collect import collect_matrix
from top10_panel.services.stages import lock_rules

from .command import DEMO, run


def tally(path: Path, *args: str) -> dict:
    return json.loads(run("tally", path, "--json", *args).stdout)


@pytest.fixture
def selection(tmp_path: Path) -> Path:
    path = tmp_path / "2020.t10"
    run("new", path, "--title", "2020年度十大事件", "--mode", "approval", "--year", "2020")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    return path


def test_demo_then_tally_shows_the_open_tie(tmp_path: Path) -> None:
    done = run("demo", tmp_path / "d")
    path = tmp_path / "d" / "demo-2020.t10"
    assert str(path) in done.stdout
    result = tally(path)
    assert result["open"] == ["E10", "S11"] and result["open_seats"] == 1 and result["provisional"] is True
    assert result["top"] == ["E01", "E03", "E05", "E02", "E04", "E06", "E07", "E08", "E09"]
    assert result["quorum"] == {"invited": 27, "valid": 26, "share": "2/3", "met": True}
    assert result["ballots"] == {"valid": 26, "abstain": 1, "invalid": 1, "returned": 27}
    by_code = {entry["code"]: entry for entry in result["ranking"]}
    # 专家18 is recused from E10 and 专家24 from S11: each is counted among 25 eligible experts, not 26
    assert by_code["E10"]["eligible"] == by_code["S11"]["eligible"] == 25
    assert by_code["E10"]["approvals"] == 11 and by_code["E01"]["eligible"] == 26
    assert by_code["E03"]["title"] == "“中国天眼”通过国家验收正式开放运行"
    assert run("demo", tmp_path / "d", ok=False).returncode == 2


def test_imports_report_and_suggest_recusals(selection: Path) -> None:
    done = run("import-experts", selection, DEMO / "experts.csv")
    assert done.stdout.startswith(f"imported 27 experts into {selection}")
    assert "recusals suggested" in done.stdout
    connection = sqlite3.connect(selection)
    statuses = dict(connection.execute("SELECT status, count(*) FROM recusal GROUP BY status").fetchall())
    connection.close()
    assert statuses["confirmed"] == 2 and statuses["suggested"] >= 4


def test_rules_change_in_place_then_as_a_logged_version(selection: Path) -> None:
    assert "rules version 1 (changed in place)" in run("rules", selection, "--seats", "8", "--max-picks", "8").stdout
    lock_rules(selection)
    refused = run("rules", selection, "--seats", "9", ok=False)
    assert refused.returncode == 2 and "needs a recorded reason" in refused.stderr
    done = run("rules", selection, "--seats", "9", "--max-picks", "9", "--reason", "编委会决定增加一席")
    assert "rules version 2 (a new version)" in done.stdout
    assert tally(selection)["seats"] == 9
    assert run("rules", selection, "--mode", "ranking", ok=False).returncode == 2
    connection = sqlite3.connect(selection)
    kinds = [row[0] for row in connection.execute("SELECT kind FROM event ORDER BY seq")]
    versions = connection.execute("SELECT version, locked FROM rules ORDER BY version").fetchall()
    connection.close()
    assert kinds[-3:] == ["rules changed", "rules locked", "rules changed after issue"]
    assert versions == [(1, 1), (2, 0)]


def test_screening_winners_become_the_final_candidates(tmp_path: Path) -> None:
    path = tmp_path / "two-stage.t10"
    run("new", path, "--title", "两轮评选", "--mode", "approval", "--screening", "12")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    collect_matrix(path, DEMO / "sample-approval.csv")
    screening = tally(path)
    assert screening["seats"] == 12 and screening["open"] == [] and len(screening["top"]) == 12
    done = run("advance", path)
    assert "12 candidates go to the final stage" in done.stdout
    final = tally(path)
    assert final["seats"] == 10 and final["source"]["stage"] == "终评 (final)"
    assert [entry["code"] for entry in final["ranking"]] == sorted(screening["top"], key=lambda c: (c[0], c))
    assert final["ballots"]["returned"] == 0
    assert run("advance", path, ok=False).returncode == 2


def test_category_quotas(tmp_path: Path) -> None:
    path = tmp_path / "quotas.t10"
    run("new", path, "--title", "分类评选", "--mode", "approval", "--seats", "4", "--quota", "资源共享=2,政策=2")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    collect_matrix(path, DEMO / "sample-approval.csv")
    result = tally(path)
    categories = {entry["code"]: entry.get("category") for entry in result["ranking"]}
    assert sorted(categories[code] for code in result["top"]) == ["政策", "政策", "资源共享", "资源共享"]
    assert set(result["top"]) == {"E01", "E07", "E05", "E02"}
    text = run("tally", path).stdout
    assert "类别 category 资源共享: 2 seats" in text and "No quota for their category" in text


def test_a_selection_keeps_its_own_rules(selection: Path) -> None:
    refused = run("tally", selection, "--seats", "3", ok=False)
    assert refused.returncode == 2 and "counts under its own rules: --seats" in refused.stderr


def test_a_secret_selection_names_no_expert(tmp_path: Path) -> None:
    path = tmp_path / "secret.t10"
    run("new", path, "--title", "无记名评选", "--mode", "approval", "--secret")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    collect_matrix(path, DEMO / "sample-approval.csv")
    done = run("tally", path, "--json")
    assert "专家" not in done.stdout
    # anonymous ids follow the trackers, which only each expert can compute, not the expert list
    voided = json.loads(done.stdout)["invalid_ballots"][0]["expert"]
    assert re.fullmatch(r"E\d\d", voided)


def test_weighted_sources(tmp_path: Path) -> None:
    """Experts 70 % + a public vote 30 %: each panel's approval share, weighted; only experts make the quorum."""
    public = tmp_path / "public.csv"
    codes = [f"E{k:02d}" for k in range(1, 11)]
    rows = [f"网友{k}," + ",".join("1" if j in (k % 10, (k + 3) % 10) else "" for j in range(10)) for k in range(40)]
    public.write_text("expert," + ",".join(codes) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    path = tmp_path / "weighted.t10"
    run("new", path, "--title", "加权评选", "--mode", "approval", "--weights", "experts=70%,public=30%")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    run("collect", path, DEMO / "sample-approval.csv")
    refused = run("collect", path, public, "--panel", "press", ok=False)
    assert refused.returncode == 2 and "weigh no panel 'press'" in refused.stderr
    assert "40 accepted, 0 rejected" in run("collect", path, public, "--panel", "public").stdout
    result = tally(path)
    e01 = next(entry for entry in result["ranking"] if entry["code"] == "E01")
    # experts: 23 of 26 valid ballots; public: every candidate is picked by 8 of 40
    assert e01["score_exact"] == str(Fraction(7, 10) * Fraction(23, 26) + Fraction(3, 10) * Fraction(8, 40))
    assert e01["experts"] == pytest.approx(23 / 26) and e01["public"] == pytest.approx(8 / 40)
    assert result["quorum"]["valid"] == 26 and result["ballots"]["returned"] == 67


def test_suggested_recusals_are_accepted_or_rejected(selection: Path) -> None:
    path = selection  # the demo's lists and its sample ballots as a matrix; the demo itself has decided its recusals
    run("import-experts", path, DEMO / "experts.csv")
    run("collect", path, DEMO / "sample-approval.csv")
    listed = run("recusals", path).stdout
    assert "suggested  专家01 — E01: 本单位" in listed and "confirmed  专家18 — E10" in listed
    before = tally(path)
    run("recusals", path, "--accept", "专家01:E01", "--reject", "专家04:E07")
    listed = run("recusals", path).stdout
    assert "confirmed  专家01 — E01" in listed and "rejected   专家04 — E07" in listed
    e01 = next(e for e in tally(path)["ranking"] if e["code"] == "E01")
    assert e01["eligible"] == 25 and before["ranking"][0]["eligible"] == 26
    refused = run("recusals", path, "--accept", "专家01:E05", ok=False)
    assert refused.returncode == 2 and "no recusal of '专家01' from 'E05'" in refused.stderr
