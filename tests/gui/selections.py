"""Selections and ballot packages for the GUI tests, made through the services as the editors would make them."""

from __future__ import annotations

import csv
import shutil
from dataclasses import dataclass
from pathlib import Path

from tests.samples import reject_suggested
from top10_panel.domain.rules import Mode, Rules
from top10_panel.services.ballots import issue
from top10_panel.services.selection import import_candidates, import_experts, new_selection

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
TITLES = {
    Mode.APPROVAL: "2020年度中国科技资源管理领域十大事件",
    Mode.RANKING: "2020年度中国科技资源管理领域十大事件（排序）",
    Mode.SCORE: "2020年度中国科技资源管理领域十大事件（评分）",
}
EXTRA_CATEGORIES = ("资源共享", "政策", "设施", "国际合作")


@dataclass(frozen=True)
class Made:
    selection: Path
    packages: Path

    def package(self, expert: str = "专家01") -> Path:
        return self.packages / f"{expert}.t10pkg"

    def copy_to(self, folder: Path) -> Made:
        """A private copy (selection and packages), so a test may collect into it and write ballots beside it."""
        folder.mkdir(parents=True, exist_ok=True)
        selection = folder / self.selection.name
        shutil.copyfile(self.selection, selection)
        packages = folder / "packages"
        shutil.copytree(self.packages, packages)
        return Made(selection, packages)


def candidate_list(folder: Path, count: int) -> Path:
    """The seed's 25 candidates, and more made up after them (S26 …) up to ``count``."""
    with (DEMO / "candidates-2020.csv").open(encoding="utf-8-sig", newline="") as source:
        rows = list(csv.reader(source))
    header, body = rows[0], rows[1:]
    body = body[:count]
    for n in range(len(body) + 1, count + 1):
        category = EXTRA_CATEGORIES[n % len(EXTRA_CATEGORIES)]
        body.append(
            [
                f"S{n:02d}",
                f"〔示例〕第{n}号候选事件：某地科技资源开放共享平台建设进展（{category}）",
                f"2020-{(n % 12) + 1:02d}-15",
                f"〔示例〕这是为测试而编写的第{n}号候选事件摘要。"
                "该平台汇聚科学数据、仪器设施和生物种质资源，面向高校、科研院所和企业提供开放共享服务。" * 2,
                "某省科学技术厅",
                category,
            ]
        )
    path = folder / f"candidates-{count}.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([header, *body])
    return path


def make(folder: Path, rules: Rules, candidates: int = 25) -> Made:
    folder.mkdir(parents=True, exist_ok=True)
    selection = folder / f"{rules.mode}.t10"
    new_selection(selection, TITLES[rules.mode], rules, year=2020)
    import_candidates(selection, candidate_list(folder, candidates))
    import_experts(selection, DEMO / "experts.csv")
    packages = folder / "packages"
    reject_suggested(selection)
    issue(selection, packages)
    return Made(selection, packages)


RULES = {
    Mode.APPROVAL: Rules(mode=Mode.APPROVAL, max_picks=10),
    Mode.RANKING: Rules(mode=Mode.RANKING, max_ranks=10),
    Mode.SCORE: Rules(mode=Mode.SCORE),
}
