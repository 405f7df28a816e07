"""Writes resources/demo/candidates-2020.csv and experts.csv from the seed document (run by hand, output committed).

The ten events, dates and summaries come from shared/seed/2020-top10-events.txt; the sources and categories of the
events, the fifteen further candidates (marked 〔示例〕) and the panel are sample data made up for the demo.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "2020-top10-events.txt"

SOURCES = [
    "中国科学院微生物研究所", "科学技术部", "中国科学院国家天文台", "自然资源部", "科学技术部",
    "国家发展和改革委员会", "国家科技基础条件平台中心", "中国医学科学院实验动物研究所", "科学技术部",
    "国家科技图书文献中心",
]
CATEGORIES = ["资源共享", "政策", "设施", "国际合作", "政策", "政策", "资源共享", "资源共享", "设施", "资源共享"]
SAMPLES = [
    ("某省科技资源共享服务平台上线", "某省科学技术厅", "资源共享"),
    ("国家科学数据中心年度评估完成", "国家科技基础条件平台中心", "资源共享"),
    ("大型仪器共享补贴政策出台", "某市科学技术局", "政策"),
    ("生物种质资源库扩建工程启动", "某农业科学院", "设施"),
    ("科技期刊卓越行动计划新增项目", "中国科学技术协会", "政策"),
    ("科研诚信管理办法修订发布", "科学技术部", "政策"),
    ("区域科技资源普查工作完成", "某省科学技术厅", "资源共享"),
    ("科技成果转化年度报告发布", "中国科学技术发展战略研究院", "政策"),
    ("野外观测数据开放共享试点", "中国科学院地理科学与资源研究所", "资源共享"),
    ("实验动物标准体系发布", "中国医学科学院实验动物研究所", "资源共享"),
    ("科技资源标识服务系统试运行", "中国科学院计算机网络信息中心", "设施"),
    ("国家重点实验室体系重组", "科学技术部", "政策"),
    ("开放科学倡议在京签署", "中国科学院文献情报中心", "国际合作"),
    ("科技资源调查统计年报发布", "国家科技基础条件平台中心", "资源共享"),
    ("数据安全管理办法征求意见", "某部委", "政策"),
]
AFFILIATIONS = [
    "中国科学院微生物研究所", "清华大学", "北京大学", "国家科技基础条件平台中心", "中国农业大学", "浙江大学",
    "中国医学科学院实验动物研究所", "复旦大学", "武汉大学", "中山大学", "南京大学", "中国科学院文献情报中心",
    "西安交通大学", "四川大学", "山东大学", "吉林大学", "厦门大学", "同济大学", "华中科技大学", "天津大学",
    "中国科学技术大学", "哈尔滨工业大学", "兰州大学", "重庆大学", "东南大学", "湖南大学", "大连理工大学",
]


def events(text: str) -> list[tuple[str, str, str]]:
    """(title, date, summary) of each numbered event （1）…（10）."""
    parts = re.split(r"^（(\d+)）(.+)$", text, flags=re.M)
    out = []
    for k in range(1, len(parts) - 1, 3):
        title, body = parts[k + 1].strip(), parts[k + 2]
        summary = "".join(line.strip() for line in body.splitlines() if line.strip())
        found = re.search(r"(\d{4}) 年 (\d{1,2}) 月(?: (\d{1,2}) 日)?", summary)
        date = ""
        if found:
            year, month, day = found.groups()
            date = f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
        out.append((title, date, summary))
    return out


def main() -> None:
    seeded = events(SEED.read_text(encoding="utf-8"))
    if len(seeded) != 10:
        sys.exit(f"expected ten events in {SEED}, found {len(seeded)}")
    out = ROOT / "resources" / "demo"
    with (out / "candidates-2020.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["编号", "标题", "日期", "摘要", "来源", "类别"])
        for k, (title, date, summary) in enumerate(seeded):
            writer.writerow([f"E{k + 1:02d}", title, date, summary, SOURCES[k], CATEGORIES[k]])
        for k, (title, source, category) in enumerate(SAMPLES, start=11):
            summary = f"〔示例〕本条为演示用的示例候选，并非真实事件：{title}。"
            writer.writerow([f"S{k:02d}", f"〔示例〕{title}", "2020", summary, source, category])
    with (out / "experts.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["姓名", "单位", "邮箱", "回避"])
        for k, unit in enumerate(AFFILIATIONS, start=1):
            recuse = {18: "E10", 24: "S11"}.get(k, "")  # symmetric recusals keep the demo's tie at the cut
            writer.writerow([f"专家{k:02d}", unit, f"expert{k:02d}@example.org", recuse])


if __name__ == "__main__":
    main()
