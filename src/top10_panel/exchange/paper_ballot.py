"""The printable paper ballot (SPEC §2.4 paper ballots): one A4 sheet per expert with the selection's title, the
rules in words, every candidate with its code and title and a box to mark, the expert's name and a signature line.
The sheets are typed in twice afterwards, into the blank double-entry workbook (exchange.paper_entry)."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from fpdf.enums import WrapMode, XPos, YPos

from top10_panel.domain.criteria import percent_text
from top10_panel.domain.plural import counted
from top10_panel.domain.publication import decimal_text
from top10_panel.domain.rules import Mode

from .ballot_files import Package, write_atomically
from .fonts import FontFace, find_font
from .report_layout import BODY, FAMILY, GREY, HEAD_FILL, INK, LEADING, LINE, MARGIN, PAD, PT, SMALL, Report
from .report_words import Words

WORDS = {
    "zh": {
        "heading": "纸质选票",
        "runoff": "加投选票",
        "stage": "评选阶段",
        "expert": "专家",
        "affiliation": "单位",
        "deadline": "截止时间",
        "how_approval": "请在所选候选后的方框内打“√”。",
        "how_ranking": "请在方框内填写名次：1 为最好，每个名次只用一次；不排名的候选留空。",
        "how_score": "请在方框内填写 {low}–{high} 之间的分数；不评分的候选留空。",
        "how_criteria": "请在每项指标的方框内填写 {low}–{high} 之间的分数；候选须每项指标都评分才计入，"
        "得分为各项的加权和；不评分的候选整行留空。",
        "recused": "回避",
        "code": "编号",
        "title": "标题",
        "mark": "选择",
        "rank": "名次",
        "score": "分数",
        "signature": "专家签名：",
        "date": "日期：",
        "note": "请勿涂改；如需改动，请在改动处签名。本选票由编辑部两人分别录入，两次录入一致方可计入。",
        "counted": "选票收到时间：              录入人一：              录入人二：",
    },
    "en": {
        "heading": "Paper ballot",
        "runoff": "Runoff ballot",
        "stage": "Stage",
        "expert": "Expert",
        "affiliation": "Affiliation",
        "deadline": "Deadline",
        "how_approval": "Tick (√) the box of each candidate you choose.",
        "how_ranking": "Write a rank in the box: 1 is best, each rank once; leave unranked candidates empty.",
        "how_score": "Write a score from {low} to {high} in the box; leave candidates you do not score empty.",
        "how_criteria": "Write a score from {low} to {high} in the box of each criterion; a candidate counts only "
        "when every criterion is scored, its score the weighted sum; leave a candidate you do not score empty.",
        "recused": "recused",
        "code": "Code",
        "title": "Title",
        "mark": "Choice",
        "rank": "Rank",
        "score": "Score",
        "signature": "Expert's signature:",
        "date": "Date:",
        "note": "Do not overwrite; sign beside any correction. Two people of the editors type this ballot in "
        "separately; it counts only when both typings agree.",
        "counted": "Received on:              Typed by (1):              Typed by (2):",
    },
}
BOX = 6.0
"""The side of a box to mark, in millimetres."""


class PaperSheet(Report):
    """The report's page layout (fonts, tables, footer with the fingerprint), without a publication."""

    def __init__(self, package: Package, language: str, font: FontFace) -> None:
        FPDF.__init__(self, orientation="P", unit="mm", format="A4")
        self.language = language
        self.words = Words(language)
        self.fingerprint = package.fingerprint
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN + 4)
        self.c_margin = 0
        self.add_font(FAMILY, "", str(font.path), collection_font_number=font.index)
        self.set_font(FAMILY, size=BODY)
        self.set_text_color(*INK)
        self.set_title(f"{package.title} — {package.expert}")
        self.set_lang("zh-CN" if language == "zh" else "en")
        self.expert = package.expert
        self.add_page()

    def footer(self) -> None:
        """Every page names its expert (the sheets of a pile may come apart) beside the fingerprint and page."""
        self.set_y(-MARGIN)
        self.set_font(FAMILY, size=7)
        self.set_text_color(*GREY)
        third = self.width / 3
        self.cell(third, 4, f"{self.words('fingerprint')} {self.fingerprint[:16]}", align="L")
        self.cell(third, 4, self.expert, align="C")
        self.cell(third, 4, self.words("report_page", page=self.page_no(), pages="{nb}"), align="R")
        self.set_text_color(*INK)


def paper_ballot_bytes(package: Package, language: str = "zh", font: FontFace | None = None) -> bytes:
    """The expert's paper ballot as PDF bytes; a runoff's says whom it is among, for how many seats."""
    lang = "en" if language.startswith("en") else "zh"
    say = WORDS[lang]
    runoff = runoff_sentence(package, lang)
    doc = PaperSheet(package, lang, font or find_font())
    w = doc.words
    doc.heading(f"{package.title}\n{say['runoff' if runoff else 'heading']}", size=15, room=40)
    pairs = [(say["stage"], package.stage), (say["expert"], package.expert)]
    if package.affiliation:
        pairs.append((say["affiliation"], package.affiliation))
    if package.rules.deadline:
        pairs.append((say["deadline"], package.rules.deadline.replace("T", " ")))
    pairs.append((w("fingerprint"), package.fingerprint))
    doc.key_values(pairs, key_width=32)
    if runoff:
        doc.ln(1)
        doc.box(runoff, fill=(255, 248, 225), edge=(230, 170, 60))
    doc.ln(1)
    rules = w.rules(package.rules, package.rules_version)
    doc.bullets([rules[0], rules[2], _how(package, say)])
    doc.ln(1)
    mark = {Mode.APPROVAL: "mark", Mode.RANKING: "rank", Mode.SCORE: "score"}[package.rules.mode]
    marks = [f"{name} {percent_text(weight)}" for name, weight in package.rules.criteria] or [say[mark]]
    _table(doc, package, (say["code"], say["title"]), marks, say["recused"])
    doc.ln(4)
    doc.paragraph(say["note"], size=SMALL, colour=GREY)
    doc.ln(8)
    doc.keep(20)
    doc.set_font(FAMILY, size=BODY + 1)
    y = doc.get_y()
    doc.cell(30, 6, say["signature"])
    doc.line(doc.l_margin + 32, y + 5.5, doc.l_margin + 105, y + 5.5)
    doc.set_xy(doc.l_margin + 112, y)
    doc.cell(14, 6, say["date"])
    doc.line(doc.l_margin + 126, y + 5.5, doc.l_margin + doc.width, y + 5.5)
    doc.set_xy(doc.l_margin, y + 12)
    doc.paragraph(say["counted"], size=SMALL, colour=GREY)
    return bytes(doc.output())


def write_paper_ballot(path: Path, package: Package, language: str = "zh") -> None:
    write_atomically(path, paper_ballot_bytes(package, language), shared=True)


def runoff_sentence(package: Package, language: str) -> str:
    """Whom a runoff is among and for how many seats ('' for a ballot of a regular stage)."""
    if package.stage_kind != "runoff":
        return ""
    codes = [c.code for c in package.candidates]
    if language == "zh":
        return f"这是加投（同票重投）选票：{'、'.join(codes)} 票数相同，请在其中选出 {package.rules.seats} 席。"
    return (
        f"This is a runoff ballot: {', '.join(codes)} tied, and compete for {counted(package.rules.seats, 'seat')}. "
        "Vote among them only."
    )


def _how(package: Package, say: dict[str, str]) -> str:
    rules = package.rules
    if rules.mode is Mode.SCORE:
        low, high = rules.scale
        how = say["how_criteria" if rules.criteria else "how_score"]
        return how.format(low=decimal_text(low), high=decimal_text(high))
    return say[f"how_{rules.mode}"]


def _table(doc: PaperSheet, package: Package, lead: tuple[str, str], marks: list[str], recused_word: str) -> None:
    """Code, title and a box to mark per candidate — with criteria a box per criterion — (the word 'recused'
    instead of the boxes where the expert is recused); a row never splits across pages, a new page repeats the
    header."""
    box = 24.0 if len(marks) == 1 else 22.0
    heads = (*lead, *marks)
    widths = (16.0, doc.width - 16.0 - box * len(marks), *([box] * len(marks)))
    leading = BODY * PT * LEADING
    recused = set(package.recused)

    def header() -> None:
        y = doc.get_y()
        doc.set_fill_color(*HEAD_FILL)
        doc.set_draw_color(*LINE)
        x = doc.l_margin
        for text, width in zip(heads, widths, strict=True):
            doc.rect(x, y, width, leading + 2 * PAD, style="DF")
            doc.set_xy(x + PAD, y + PAD)
            doc.cell(width - 2 * PAD, leading, text, align="C" if width != widths[1] else "L")
            x += width
        doc.set_xy(doc.l_margin, y + leading + 2 * PAD)

    doc.set_font(FAMILY, size=BODY)
    doc.keep(2 * (leading + 2 * PAD) + BOX)
    header()
    for candidate in package.candidates:
        lines = doc.lines(candidate.title, widths[1] - 2 * PAD)
        height = max(len(lines) * leading + 2 * PAD, BOX + 3)
        if doc.keep(height):
            header()
        y = doc.get_y()
        x = doc.l_margin
        doc.set_draw_color(*LINE)
        doc.set_line_width(0.2)
        for width in widths:
            doc.rect(x, y, width, height)
            x += width
        top = y + (height - len(lines) * leading) / 2  # the text beside the middle of its box
        doc.set_xy(doc.l_margin + PAD, top)
        doc.cell(widths[0] - 2 * PAD, leading, candidate.code)
        doc.set_xy(doc.l_margin + widths[0] + PAD, top)
        doc.multi_cell(widths[1] - 2 * PAD, leading, "\n".join(lines), wrapmode=WrapMode.CHAR,
                       new_x=XPos.RIGHT, new_y=YPos.TOP)  # fmt: skip
        left = doc.l_margin + widths[0] + widths[1]
        for k in range(len(marks)):
            if candidate.code in recused:
                doc.set_text_color(*GREY)
                doc.set_xy(left + k * box, y + (height - leading) / 2)
                doc.cell(box, leading, recused_word, align="C")
                doc.set_text_color(*INK)
            else:
                doc.set_draw_color(*INK)
                doc.set_line_width(0.35)
                doc.rect(left + k * box + (box - BOX) / 2, y + (height - BOX) / 2, BOX, BOX)
        doc.set_xy(doc.l_margin, y + height)
