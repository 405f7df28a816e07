"""Speed of `top10-panel export` and `verify`: a selection of 60 candidates and 1,000 experts' ballots.

Prints figures; never asserts times. Data goes to bench/data/export (git-ignored), rebuilt when missing.
Run: `uv run --no-sync python bench/bench_export.py`. Takes about a minute.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import numpy as np

from common import COMMAND, DATA, bytecode_cache_env, load, machine, markdown_table, mib, run_child, say, seconds
from top10_panel.domain.rules import Mode, Rules
from top10_panel.services.collect import collect_matrix
from top10_panel.services.selection import import_candidates, import_experts, new_selection

SEED = 20201231
CANDIDATES, EXPERTS, REPEAT = 60, 1_000, 3
WORK = DATA / "export"


def selection() -> Path:
    """60 candidates with Chinese titles and summaries, 1,000 experts, one approval ballot each."""
    base = WORK / f"base-{CANDIDATES}x{EXPERTS}.t10"
    if base.exists():
        return base
    WORK.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    codes = [f"C{k:02d}" for k in range(1, CANDIDATES + 1)]
    candidates = WORK / "candidates.csv"
    candidates.write_text(
        "编号,标题,日期,摘要,来源,类别\n"
        + "".join(
            f"{code},第{k}项科技资源管理重大事件：国家科学数据中心与平台建设进展,2020-{1 + k % 12:02d}-15,"
            f"{'摘要文字' * 40},来源单位{k % 9},{('资源共享', '政策', '设施')[k % 3]}\n"
            for k, code in enumerate(codes, start=1)
        ),
        encoding="utf-8",
    )
    experts = WORK / "experts.csv"
    experts.write_text("姓名,单位\n" + "".join(f"专家{k:04d},单位{k % 37}\n" for k in range(1, EXPERTS + 1)), "utf-8")
    matrix = WORK / "ballots.csv"
    weights = np.linspace(2.0, 0.5, CANDIDATES)
    rows = []
    for k in range(1, EXPERTS + 1):
        picks = set(rng.choice(CANDIDATES, size=int(rng.integers(0, 11)), replace=False, p=weights / weights.sum()))
        rows.append(f"专家{k:04d}," + ",".join("1" if j in picks else "" for j in range(CANDIDATES)))
    matrix.write_text("expert," + ",".join(codes) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    new_selection(base, "2020年度中国科技资源管理领域十大事件（基准）", Rules(mode=Mode.APPROVAL, tie_break=("lot",)))
    import_candidates(base, candidates)
    import_experts(base, experts)
    collect_matrix(base, matrix)
    return base


def main() -> None:
    say(f"machine: {machine()}")
    say(load())
    env = bytecode_cache_env()
    base = selection()
    say(f"\n== export of a selection of {CANDIDATES} candidates and {EXPERTS:,} ballots")
    rows: list[list[str]] = []
    for what, args in (
        ("`export` workbook + PDF report", []),
        ("`export --xlsx` workbook only", ["--xlsx", WORK / "only.xlsx"]),
        ("`export --pdf` report only", ["--pdf", WORK / "only.pdf"]),
    ):
        times, peak = [], 0
        for k in range(REPEAT):
            target = WORK / f"run{k}.t10"
            shutil.copyfile(base, target)
            elapsed, rss = run_child([COMMAND, "export", target, *args], env=env)
            times.append(elapsed)
            peak = max(peak, rss)
        say(f"{what}: best {seconds(min(times))}, runs {', '.join(seconds(t) for t in times)}, peak {mib(peak)}")
        rows.append([what + " (whole command)", seconds(min(times)), mib(peak)])
    target = WORK / f"run{REPEAT - 1}.t10"
    subprocess.run([str(COMMAND), "export", str(target)], check=True, capture_output=True, env=env)
    for what, source in (
        ("`verify` the selection", target),
        ("`verify` the workbook", WORK / f"run{REPEAT - 1}-results.xlsx"),
    ):
        started = time.perf_counter()
        done = subprocess.run([str(COMMAND), "verify", str(source)], capture_output=True, env=env)
        elapsed = time.perf_counter() - started
        say(f"{what}: {seconds(elapsed)} (exit {done.returncode})")
        rows.append([what + " (whole command)", seconds(elapsed), "–"])
    for name in (f"run{REPEAT - 1}-results.xlsx", f"run{REPEAT - 1}-report.pdf"):
        say(f"{name}: {(WORK / name).stat().st_size / 2**10:,.0f} KiB")
    say()
    say(markdown_table(["export", "best", "peak memory"], rows))


if __name__ == "__main__":
    main()
