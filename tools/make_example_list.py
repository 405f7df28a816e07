"""Writes resources/examples/候选事件清单示例.xlsx: a candidate list as an editorial office makes it (run by hand,
output committed; rebuild it rather than edit it).

What it shows the reader copes with: a 填表说明 sheet before the list, a title merged across the columns and a
subtitle above the header, 序号 formatted 000 and no 编号 column, the headers offices use (事件名称, 发生时间, 事件简介,
推荐单位, 分类, 备注), dates as zh-CN Excel dates (yyyy"年"m"月"d"日"), and a category merged down a block of rows.
The ten events, their dates and summaries come from shared/seed/2020-top10-events.txt; sources and categories are
the demo's (tools/make_demo_lists.py).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_demo_lists import CATEGORIES, SEED, SOURCES, events  # noqa: E402 - a sibling script

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "examples" / "候选事件清单示例.xlsx"
HEADER = ["序号", "事件名称", "发生时间", "事件简介", "推荐单位", "分类", "备注"]


def main() -> None:
    seeded = events(SEED.read_text(encoding="utf-8"))
    if len(seeded) != 10:
        sys.exit(f"expected ten events in {SEED}, found {len(seeded)}")
    # Grouped by category, as offices sort them, so that the category can be merged down each block.
    rows = sorted(zip(seeded, SOURCES, CATEGORIES, strict=True), key=lambda r: r[2])
    workbook = Workbook()
    notes = workbook.active
    notes.title = "填表说明"
    for line in (
        "填表说明",
        "1. 每行填写一个候选事件，“事件名称”必填。",
        "2. “发生时间”按 2020年1月24日 格式填写；只知月份的填 2020年6月。",
        "3. 同一分类的事件可合并“分类”单元格。",
    ):
        notes.append([line])
    notes.column_dimensions["A"].width = 60
    sheet = workbook.create_sheet("候选事件")
    width = len(HEADER)
    sheet.append(["2020年度中国科技资源管理领域十大事件候选清单"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet["A1"].font = Font(size=16, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(["《中国科技资源导刊》编辑部　2020年12月"])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    sheet.append(HEADER)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    first = 4
    for k, ((title, when, summary), source, category) in enumerate(rows, start=1):
        parts = [int(p) for p in when.split("-")]
        day = date(parts[0], parts[1], parts[2]) if len(parts) == 3 else f"{parts[0]}年{parts[1]}月"
        sheet.append([k, title, day, summary, source, category, ""])
        row = first + k - 1
        sheet.cell(row=row, column=1).number_format = "000"
        if isinstance(day, date):
            sheet.cell(row=row, column=3).number_format = 'yyyy"年"m"月"d"日"'
    start = first
    for k in range(1, len(rows) + 1):
        last = k == len(rows) or rows[k][2] != rows[k - 1][2]
        if last:
            end = first + k - 1
            if end > start:
                for r in range(start + 1, end + 1):
                    sheet.cell(row=r, column=6).value = None
                sheet.merge_cells(start_row=start, start_column=6, end_row=end, end_column=6)
            start = end + 1
    for letter, w in zip("ABCDEFG", (6, 40, 16, 60, 28, 10, 10), strict=True):
        sheet.column_dimensions[letter].width = w
    workbook.properties.creator = "Top10 Panel"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
