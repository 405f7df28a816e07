"""The announcement and the 公示 notice as Word documents (SPEC §5.8), made with python-docx.

The announcement has the form of the 2020 edition: the title, the editor's introduction, then （1）…（n）, each chosen
event's title as a heading followed by its full text, which opens with the event's date (a text that does not gets
the date as a line of its own). The notice is a document of its own, since it goes out first (to the website or the
notice board, while objections are taken) and the announcement goes to the journal after the objection period.

Both are meant to be edited for print: every paragraph has a named style (Title, Heading 1, and paragraph styles
based on Normal with their own names), East Asian fonts are declared in the styles (w:eastAsia: 宋体 for text, 黑体
for headings, 楷体 for the introduction), A4 with the margins Word uses for Chinese documents, a page number (a PAGE
field) in the footer. The core properties name the selection; their ``identifier`` is kept for the published file's
anchor.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .ballot_files import write_atomically

LATIN = "Times New Roman"
SONG, HEI, KAI = "宋体", "黑体", "楷体"

WORDS: dict[str, tuple[str, str]] = {
    "intro_style": ("导语", "Introduction"),
    "text_style": ("事件正文", "Event Text"),
    "date_style": ("事件日期", "Event Date"),
    "notice_style": ("公示正文", "Notice Text"),
    "list_style": ("公示名单", "Notice List"),
    "sign_style": ("落款", "Signature"),
    "notice_title": ("关于{0}评选结果的公示", "Notice of the results: {0}"),
    "notice_lead": (
        "经专家评审投票，{0}评选结果已经产生。现将入选名单予以公示{1}：",
        "The experts' vote has chosen the following for {0}. The list is published for objections{1}:",
    ),
    "number": ("序号", "No."),
    "event": ("事件", "Event"),
    "date": ("时间", "Date"),
    "period": (
        "公示期自发布之日起至{0}止。公示期内，对评选结果有异议的，请以书面形式提出，写明理由并提供必要的证明"
        "材料；以单位名义提出的须加盖公章，以个人名义提出的须署真实姓名并注明联系方式。逾期不予受理。",
        "Objections may be raised in writing until {0}, with the reasons and any supporting material; an "
        "objection made for an institution bears its seal, one made in person the signer's name and contact "
        "details. Objections received later cannot be considered.",
    ),
    "contact": ("联系方式：{0}", "Contact: {0}"),
}
ORDER_NOTES: dict[str, tuple[str, str]] = {
    "result": ("", ""),
    "category": ("（按类别排列）", " (listed by category)"),
    "date": ("（按事件时间排列）", " (listed by date)"),
    "pinyin": ("（按标题拼音排序，排名不分先后）", " (in the order of their titles, not by rank)"),
    "stroke": ("（按标题笔画排序，排名不分先后）", " (in the order of their titles, not by rank)"),
}
MONTHS = "January February March April May June July August September October November December".split()
HEADING = re.compile(r"^\s*[（(]\s*(\d+)\s*[）)]\s*(.*?)\s*$")
"""An event's heading as printed: （1）title, or (1) title."""


@dataclass(frozen=True)
class Event:
    title: str
    date: str
    """As the candidate list gives it: 2020-01-24, 2020-06, or a span such as 2020-06 至 2020-09."""
    text: str


@dataclass(frozen=True)
class Announcement:
    title: str
    introduction: str
    events: tuple[Event, ...]
    """The chosen, in the publication order."""
    language: str = "zh"
    order_rule: str = "result"
    notice_until: str = ""
    notice_contact: str = ""
    issued: str = ""
    """ISO date-time of the export: the notice's date line, and the documents' creation time."""
    anchor: str = ""
    """The log head and fingerprint at export (domain.anchor), kept in the document's core properties."""


@dataclass(frozen=True)
class ReadEvent:
    number: int
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class ReadAnnouncement:
    title: str
    introduction: tuple[str, ...]
    events: tuple[ReadEvent, ...]


def word(key: str, language: str) -> str:
    zh, en = WORDS[key]
    return en if language == "en" else zh


def date_words(date: str, language: str = "zh") -> str:
    """An ISO date, month or year (or a span of them) as printed: 2020年1月24日, 24 January 2020."""

    def one(match: re.Match[str]) -> str:
        year, month, day = match.group(1), match.group(2), match.group(3)
        if language == "en":
            if month and 1 <= int(month) <= 12:
                name = MONTHS[int(month) - 1]
                return f"{int(day)} {name} {year}" if day else f"{name} {year}"
            return year
        return year + "年" + (f"{int(month)}月" if month else "") + (f"{int(day)}日" if day else "")

    return re.sub(r"(?<!\d)(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?!\d)", one, date.strip())


def opens_with_date(text: str, date: str, language: str = "zh") -> bool:
    """Whether the text already begins with the event's date, as the 2020 edition's texts do (spaces aside)."""
    written = re.sub(r"\s+", "", date_words(date, language)).lower()
    return bool(written) and re.sub(r"\s+", "", text).lower().startswith(written)


def write_announcement(path: Path, announcement: Announcement) -> None:
    """The announcement, written atomically."""
    language = announcement.language
    document = _document(announcement, announcement.title)
    _paragraph(document, announcement.title, "Title")
    for line in _lines(announcement.introduction):
        _paragraph(document, line, word("intro_style", language))
    for n, event in enumerate(announcement.events, start=1):
        _paragraph(document, f"（{n}）{event.title}" if language != "en" else f"({n}) {event.title}", "Heading 1")
        lines = _lines(event.text)
        if event.date and not (lines and opens_with_date(lines[0], event.date, language)):
            _paragraph(document, date_words(event.date, language), word("date_style", language))
        for line in lines:
            _paragraph(document, line, word("text_style", language))
    _save(path, document, announcement.issued)


def write_notice(path: Path, announcement: Announcement) -> None:
    """The 公示 notice: the chosen list, the objection period's end and the contact, written atomically."""
    language = announcement.language
    title = word("notice_title", language).format(announcement.title)
    document = _document(announcement, title)
    _paragraph(document, title, "Title")
    note = ORDER_NOTES.get(announcement.order_rule, ("", ""))[1 if language == "en" else 0]
    body = word("notice_style", language)
    _paragraph(document, word("notice_lead", language).format(announcement.title, note), body)
    cells = word("list_style", language)
    table = document.add_table(rows=1, cols=3)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, key in zip(table.rows[0].cells, ("number", "event", "date"), strict=True):
        cell.paragraphs[0].text = word(key, language)
        cell.paragraphs[0].style = document.styles[cells]
        cell.paragraphs[0].runs[0].bold = True
    for n, event in enumerate(announcement.events, start=1):
        row = table.add_row().cells
        for cell, text in zip(row, (str(n), event.title, date_words(event.date, language)), strict=True):
            cell.paragraphs[0].text = text
            cell.paragraphs[0].style = document.styles[cells]
    table.autofit = False
    widths = (Cm(1.4), Cm(9.5), Cm(3.7))  # the 14.66 cm between the margins
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for k, row in enumerate(table.rows):
        for n, (cell, width) in enumerate(zip(row.cells, widths, strict=True)):
            cell.width = width
            if n != 1 or k == 0:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _paragraph(document, word("period", language).format(date_words(announcement.notice_until, language)), body)
    _paragraph(document, word("contact", language).format(announcement.notice_contact), body)
    _paragraph(document, date_words(announcement.issued[:10], language), word("sign_style", language))
    _save(path, document, announcement.issued)


def read_announcement(path: Path) -> ReadAnnouncement:
    """The announcement read back: its title, introduction, and each （n） heading with the paragraphs under it.

    A heading is a paragraph in a heading style (Heading 1 … or a style based on one) that reads （n）title, so a
    document restyled in Word or WPS reads back the same."""
    document = Document(str(path))
    title, introduction, events = "", [], []
    current: tuple[int, str] | None = None
    paragraphs: list[str] = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        match = HEADING.match(text)
        if match and _is_heading(paragraph.style):
            if current is not None:
                events.append(ReadEvent(current[0], current[1], tuple(paragraphs)))
            current, paragraphs = (int(match.group(1)), match.group(2)), []
        elif current is not None:
            paragraphs.append(text)
        elif not title:
            title = text
        else:
            introduction.append(text)
    if current is not None:
        events.append(ReadEvent(current[0], current[1], tuple(paragraphs)))
    return ReadAnnouncement(title, tuple(introduction), tuple(events))


def read_notice_list(path: Path) -> tuple[tuple[int, str], ...]:
    """The notice's list read back: (number, title) of each row of its first table under the header row."""
    document = Document(str(path))
    if not document.tables:
        return ()
    rows = []
    for row in document.tables[0].rows[1:]:
        cells = [cell.text.strip() for cell in row.cells]
        if len(cells) >= 2:
            rows.append((int(cells[0]) if cells[0].isdigit() else 0, cells[1]))
    return tuple(rows)


def _is_heading(style: Any) -> bool:
    while style is not None:
        if style.name.lower().startswith("heading") or style.name.startswith("标题"):
            return True
        style = style.base_style
    return False


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def _paragraph(document: Any, text: str, style: str) -> None:
    document.add_paragraph(text, style=document.styles[style])


def _document(announcement: Announcement, title: str) -> Any:
    document = Document()
    _page(document)
    _styles(document, announcement.language)
    core = document.core_properties
    core.title = title
    core.subject = announcement.title
    core.author = ""
    core.comments = ""
    core.identifier = announcement.anchor
    core.last_modified_by = ""
    core.keywords = ""
    core.language = "en-GB" if announcement.language == "en" else "zh-CN"
    core.revision = 1
    if announcement.issued:
        moment = datetime.fromisoformat(announcement.issued)
        if moment.tzinfo is not None:  # python-docx writes the time as UTC whatever it is given
            moment = moment.astimezone(UTC).replace(tzinfo=None)
        core.created = core.modified = moment
    return document


def _page(document: Any) -> None:
    """A4, Word's margins for Chinese documents (2.54 cm, 3.17 cm at the sides), the page number centred below."""
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2.54)
    section.left_margin = section.right_margin = Cm(3.17)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    for kind, text in (("begin", ""), ("instr", " PAGE "), ("separate", ""), ("text", "1"), ("end", "")):
        run = footer.add_run(text if kind == "text" else "")
        if kind == "instr":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)
        elif kind != "text":
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            run._r.append(field)
    footer.add_run(" —")


def _styles(document: Any, language: str) -> None:
    styles = document.styles
    east_asia = "en-GB" if language == "en" else "zh-CN"
    defaults = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _fonts(defaults, SONG)
    lang = defaults.find(qn("w:lang"))
    lang.set(qn("w:val"), "en-GB" if language == "en" else "en-US")
    lang.set(qn("w:eastAsia"), east_asia)
    normal = styles["Normal"]
    _fonts(normal.element.get_or_add_rPr(), SONG)
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.5
    _heading(styles["Title"], HEI, Pt(18), before=Pt(0), after=Pt(18), centred=True)
    _heading(styles["Heading 1"], HEI, Pt(14), before=Pt(12), after=Pt(6), centred=False)
    for key, font, indent, align in (
        ("intro_style", KAI, True, WD_ALIGN_PARAGRAPH.JUSTIFY),
        ("text_style", SONG, True, WD_ALIGN_PARAGRAPH.JUSTIFY),
        ("date_style", SONG, True, WD_ALIGN_PARAGRAPH.LEFT),
        ("notice_style", SONG, True, WD_ALIGN_PARAGRAPH.JUSTIFY),
        ("list_style", SONG, False, WD_ALIGN_PARAGRAPH.LEFT),
        ("sign_style", SONG, False, WD_ALIGN_PARAGRAPH.RIGHT),
    ):
        style = styles.add_style(word(key, language), WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        style.paragraph_format.alignment = align
        _fonts(style.element.get_or_add_rPr(), font)
        if indent:
            # Two characters' first-line indent, as Chinese text is set; firstLine is for readers of older files.
            ind = style.element.get_or_add_pPr().get_or_add_ind()
            ind.set(qn("w:firstLineChars"), "200")
            ind.set(qn("w:firstLine"), str(2 * 12 * 20))
        if key == "list_style":
            style.paragraph_format.line_spacing = 1.15
        if key in ("notice_style", "sign_style"):
            style.paragraph_format.space_before = Pt(6 if key == "notice_style" else 18)


def _heading(style: Any, font: str, size: Pt, *, before: Pt, after: Pt, centred: bool) -> None:
    """A heading style in the journal's black, its theme fonts, colour and rule replaced by named fonts."""
    rpr = style.element.get_or_add_rPr()
    _fonts(rpr, font)
    for name in ("w:color", "w:b", "w:bCs", "w:spacing", "w:kern"):
        for child in rpr.findall(qn(name)):
            rpr.remove(child)
    ppr = style.element.get_or_add_pPr()
    for child in ppr.findall(qn("w:pBdr")):
        ppr.remove(child)
    style.font.size = size
    style.paragraph_format.space_before = before
    style.paragraph_format.space_after = after
    style.paragraph_format.line_spacing = 1.25
    style.paragraph_format.keep_with_next = True
    if centred:
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _fonts(rpr: Any, east_asia: str) -> None:
    """Named fonts for Latin and East Asian text; theme font attributes go, since they win over named ones."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attribute), LATIN)
    fonts.set(qn("w:eastAsia"), east_asia)


def _save(path: Path, document: Any, issued: str) -> None:
    """The document's bytes with every zip entry dated at the export, so the same export gives the same bytes."""
    raw = io.BytesIO()
    document.save(raw)
    moment = datetime.fromisoformat(issued) if issued else datetime(1980, 1, 1)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            dated = zipfile.ZipInfo(entry.filename, date_time=moment.timetuple()[:6])
            dated.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(dated, source.read(entry.filename))
    write_atomically(path, out.getvalue(), shared=True)
