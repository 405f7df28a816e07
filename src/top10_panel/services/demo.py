"""A complete demo selection built from the 2020 edition's ten events (SPEC §7 `demo DIR`)."""

from __future__ import annotations

import shutil
from pathlib import Path

from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.rules import Mode, Rules
from top10_panel.resources import resource

from .announcement import set_introduction
from .collect import collect_matrix
from .selection import import_candidates, import_experts, new_selection

DEMO_FILE = "demo-2020.t10"
FILES = ("candidates-2020.csv", "experts.csv", "sample-approval.csv")
INTRODUCTION = "introduction-2020.txt"


def build_demo(folder: Path) -> Path:
    """The ten events plus fifteen sample candidates, 27 sample experts with recusals, their ballots (one void,
    one blank), and a tie at the cut line; the lists and the ballot matrix are copied beside the selection."""
    path = folder / DEMO_FILE
    if path.exists():
        raise InputError(
            "a demo selection exists in this folder already",
            fix="delete it, or choose another folder",
            where=Location(file=str(path)),
        )
    folder.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        shutil.copyfile(resource("demo", name), folder / name)
    new_selection(
        path,
        "2020年度中国科技资源管理领域十大事件（演示）",
        Rules(mode=Mode.APPROVAL, seats=10, max_picks=10),
        year=2020,
        description="演示评选：十个真实事件取自《中国科技资源导刊》2020 年度评选，另有十五个〔示例〕候选与示例专家。",
    )
    # The 2020 edition's own introduction, for the announcement (export --docx).
    set_introduction(path, resource("demo", INTRODUCTION).read_text(encoding="utf-8"))
    import_candidates(path, folder / "candidates-2020.csv")
    import_experts(path, folder / "experts.csv")
    collect_matrix(path, folder / "sample-approval.csv")
    return path
