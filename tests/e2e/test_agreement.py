"""Panel agreement end to end: tally --json, the workbook's agreement sheet, the PDF, secret mode's anonymous ids,
weighted sources (only the experts' panel is a panel), and verify still passing on the exports."""

from __future__ import annotations

import json
import re
from pathlib import Path

from openpyxl import load_workbook

from tests.e2e.command import DEMO, run


def test_agreement_in_json_workbook_and_report_with_anonymous_ids(tmp_path: Path) -> None:
    path = tmp_path / "secret.t10"
    run("new", path, "--title", "无记名评选", "--mode", "approval", "--secret")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    run("collect", path, DEMO / "sample-approval.csv")
    result = json.loads(run("tally", path, "--json").stdout)
    agreement = result["agreement"]
    assert agreement["invited"] == 27 and agreement["returned"] == result["ballots"]["returned"]
    assert agreement["experts"] == result["ballots"]["valid"] - result["ballots"]["abstain"]
    assert agreement["w_exact"] and 0 <= agreement["w"] <= 1 and agreement["df"] == len(result["ranking"]) - 1
    ids = [entry["expert"] for entry in agreement["by_expert"]]
    assert len(ids) == agreement["experts"] and all(re.fullmatch(r"E\d\d", e) for e in ids)
    workbook, report = tmp_path / "out.xlsx", tmp_path / "out.pdf"
    run("export", path, "--xlsx", workbook, "--pdf", report, ok=False)
    if not workbook.exists():  # an open tie at the cut: settle it first, as the editor would
        run("settle", path, "--chair", ",".join(result["open"]), "--by", "组长", "--reason", "评审组讨论")
        run("export", path, "--xlsx", workbook, "--pdf", report)
    book = load_workbook(workbook, read_only=True)
    assert "专家意见协调程度" in book.sheetnames
    sheet = book["专家意见协调程度"]
    first = str(next(sheet.iter_rows(min_row=1, max_row=1, values_only=True))[0])
    assert first.startswith("专家意见协调程度") and "W = " in first and "χ² = " in first
    texts = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
    assert not any("专家0" in t or "专家1" in t or "专家2" in t for t in texts)  # no expert's name
    book.close()
    assert "verified" in run("verify", path).stdout


def test_only_the_experts_panel_is_a_panel(tmp_path: Path) -> None:
    public = tmp_path / "public.csv"
    codes = [f"E{k:02d}" for k in range(1, 11)]
    rows = [f"网友{k}," + ",".join("1" if j in (k % 10, (k + 3) % 10) else "" for j in range(10)) for k in range(40)]
    public.write_text("expert," + ",".join(codes) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    path = tmp_path / "weighted.t10"
    run("new", path, "--title", "加权评选", "--mode", "approval", "--weights", "experts=70%,public=30%")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    run("collect", path, DEMO / "sample-approval.csv")
    run("collect", path, public, "--panel", "public")
    agreement = json.loads(run("tally", path, "--json").stdout)["agreement"]
    assert agreement["returned"] == 27 and agreement["experts"] <= 26
    assert not any(entry["expert"].startswith("网友") for entry in agreement["by_expert"])
