"""`remind` and `issue --paper` through the command, as an editor runs them."""

from __future__ import annotations

import csv
from pathlib import Path

from .command import DEMO, run


def selection(tmp_path: Path) -> Path:
    path = tmp_path / "s.t10"
    run("new", path, "--title", "2020年度中国科技资源管理领域十大事件", "--mode", "approval")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    run("recusals", path, "--accept-suggested")
    return path


def test_remind_prints_the_text_and_saves_the_list(tmp_path: Path) -> None:
    path = selection(tmp_path)
    rows = (DEMO / "sample-approval.csv").read_text(encoding="utf-8").splitlines()
    matrix = tmp_path / "first.csv"
    matrix.write_text("\n".join(rows[:12]) + "\n", encoding="utf-8")  # header, titles, 专家01 … 专家10
    run("collect", path, matrix)
    done = run("remind", path, "--out", tmp_path / "list.csv", "--lang", "en")
    # 专家01 and 专家04 voted for a candidate of their own unit, recused since: rejected, so reminded too
    assert "19 experts have not voted yet" in done.stdout
    assert "专家01\texpert01@example.org\tballot rejected: a vote for E01" in done.stdout
    assert "expert01@example.org, expert04@example.org, expert11@example.org" in done.stdout
    assert "Dear expert" in done.stdout and "is still open" in done.stdout
    with (tmp_path / "list.csv").open(encoding="utf-8-sig", newline="") as saved:
        listed = list(csv.reader(saved))
    assert listed[0] == ["name", "affiliation", "email", "missing"] and len(listed) == 20
    zh = run("remind", path)
    assert "尊敬的专家" in zh.stdout and "提醒：请提交" in zh.stdout


def test_remind_refuses_a_missing_folder_and_a_missing_file(tmp_path: Path) -> None:
    path = selection(tmp_path)
    refused = run("remind", path, "--out", tmp_path / "nowhere" / "list.csv", ok=False)
    assert refused.returncode == 2 and "no such folder" in refused.stderr
    assert run("remind", tmp_path / "none.t10", ok=False).returncode == 2


def test_issue_paper_writes_the_sheets_and_the_workbook(tmp_path: Path) -> None:
    path = selection(tmp_path)
    done = run("issue", path, "--out", tmp_path / "out", "--paper")
    assert "issued 55 files" in done.stdout
    assert (tmp_path / "out" / "专家27-paper.pdf").stat().st_size > 10_000
    assert (tmp_path / "out" / "s-paper-entry.xlsx").is_file()
