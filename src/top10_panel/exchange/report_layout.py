"""The report's pages: A4, one embedded Chinese font, headings, paragraphs, and tables that wrap and repeat
their header across pages, with the cut line drawn as a rule. ``report_sections`` says what goes on them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from fpdf import FPDF
from fpdf.enums import TextMode, WrapMode, XPos, YPos

from top10_panel.domain.publication import Publication

from .fonts import FontFace
from .report_words import Words

FAMILY = "cjk"
MARGIN = 15.0
BODY = 9.5
SMALL = 8.0
PT = 25.4 / 72
"""Millimetres per point."""
LEADING = 1.45
PAD = 1.0
INK = (33, 33, 33)
GREY = (110, 110, 110)
LINE = (190, 190, 190)
HEAD_FILL = (236, 239, 243)
RED = (190, 30, 30)
WIDE = "\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’…—"
"""Characters a line may break before or after (CJK ideographs and punctuation, curly quotes, dashes)."""
BREAKS = ">,;/"
"""Latin characters a line may break after: a ranked vote 'E04>E01,E02' wraps between candidates."""
UNITS = re.compile(rf"\s+|[{WIDE}]|[^\s{WIDE}{BREAKS}]+[{BREAKS}]*|[{BREAKS}]+")
NO_START = set("，。、；：？！）》」』〕】”’,.;:?!)]}%…")
"""No line begins with a closing mark (禁则)."""
NO_END = set("（《「『〔【“‘([{")
"""No line ends with an opening one."""

Colour = tuple[int, int, int]


def created(generated_at: str) -> datetime:
    """The report's creation date: when the publication was generated (so that its bytes repeat)."""
    try:
        moment = datetime.fromisoformat(generated_at)
    except ValueError:
        return datetime.now(UTC)  # nothing to repeat: a publication without a time is not reproducible anyway
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    """Millimetres; 0 takes what the other columns leave."""
    align: str = "L"


@dataclass(frozen=True)
class Row:
    cells: Sequence[str]
    fill: Colour | None = None
    rule: str = ""
    """A cut line drawn under this row, with this label."""
    span: bool = False
    """One cell across the whole table (a sub-heading)."""


class Report(FPDF):
    """A4 pages in the publication's language, with the page number and the fingerprint in every footer."""

    def __init__(self, publication: Publication, font: FontFace) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.language = publication.language
        self.words = Words(publication.language)
        self.fingerprint = publication.result.fingerprint or publication.recount.fingerprint
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN + 4)
        self.c_margin = 0
        self.add_font(FAMILY, "", str(font.path), collection_font_number=font.index)
        self.set_font(FAMILY, size=BODY)
        self.set_text_color(*INK)
        self.set_title(publication.title)
        self.set_subject(self.words("report_heading"))
        self.set_creator(f"Top10 Panel {publication.app_version}".strip())
        if publication.anchor is not None:  # also in the document info, where verify reads it from the bytes
            self.set_keywords(publication.anchor.text())
        self.set_lang("zh-CN" if self.language == "zh" else "en")
        self.set_creation_date(created(publication.generated_at))
        self.add_page()

    @property
    def width(self) -> float:
        return self.epw

    def footer(self) -> None:
        self.set_y(-MARGIN)
        self.set_font(FAMILY, size=7)
        self.set_text_color(*GREY)
        half = self.width / 2
        self.cell(half, 4, f"{self.words('fingerprint')} {self.fingerprint[:16]}", align="L")
        self.cell(half, 4, self.words("report_page", page=self.page_no(), pages="{nb}"), align="R")
        self.set_text_color(*INK)

    # Text ---------------------------------------------------------------------------------------------------------

    def lines(self, text: str, width: float) -> list[str]:
        """The text broken into lines of at most ``width`` mm in the current font: between CJK characters, at
        spaces and after '>', ',', ';', '/' in Latin text, never a closing mark first or an opening one last."""
        out: list[str] = []
        for paragraph in text.split("\n"):
            out += self._break(paragraph, width - 0.2)  # a margin for rounding: fpdf2 must not wrap again
        return out

    def _break(self, text: str, width: float) -> list[str]:
        lines: list[str] = []
        line: list[str] = []
        used = 0.0
        for unit in UNITS.findall(text):
            size = self.get_string_width(unit)
            if unit.isspace():
                if line:
                    line.append(unit)
                    used += size
                continue
            if used + size <= width:
                line.append(unit)
                used += size
                continue
            carry = self._carry(line, unit, width)
            if line:
                lines.append("".join(line).rstrip())
            line, used = [*carry, unit], self.get_string_width("".join([*carry, unit]))
            while used > width and len(line) == 1:  # one unit wider than the line (a hash): split it anywhere
                head, rest = self._split(line[0], width)
                lines.append(head)
                line, used = [rest], self.get_string_width(rest)
        lines.append("".join(line).rstrip())
        return lines

    def _carry(self, line: list[str], unit: str, width: float) -> list[str]:
        """What moves from the full ``line`` to the next one with ``unit``: the unit before a closing mark, an
        opening mark at the end (禁则), as long as they fit there; the line loses them and its trailing space."""
        while line and line[-1].isspace():
            line.pop()
        carry: list[str] = []
        if unit[0] in NO_START and len(line) > 1:
            carry.append(line.pop())
        while len(line) > 1 and line[-1][-1] in NO_END:
            carry.insert(0, line.pop())
        if carry and self.get_string_width("".join([*carry, unit])) > width:
            line += carry
            return []
        return carry

    def _split(self, unit: str, width: float) -> tuple[str, str]:
        cut = 1
        while cut < len(unit) and self.get_string_width(unit[: cut + 1]) <= width:
            cut += 1
        return unit[:cut], unit[cut:]

    def text_block(self, lines: Sequence[str], width: float, leading: float, align: str = "L") -> None:
        """Lines already broken, from the current position; a page break may fall between them."""
        self.multi_cell(width, leading, "\n".join(lines), align=align, wrapmode=WrapMode.CHAR,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)  # fmt: skip

    def heading(self, text: str, size: float = 13, room: float = 30, underline: bool = True) -> None:
        """A section heading, kept on a page with at least ``room`` mm below it."""
        if self.get_y() > MARGIN + 1:
            self.ln(4 if underline else 2)
        if self.will_page_break(room):
            self.add_page()
        self.set_font(FAMILY, size=size)
        lines = self.lines(text, self.width)
        self.strong(lambda: self.text_block(lines, self.width, size * PT * 1.3))
        y = self.get_y() + 0.6
        if underline:
            self.set_draw_color(*LINE)
            self.set_line_width(0.3)
            self.line(self.l_margin, y, self.l_margin + self.width, y)
        self.set_y(y + (2 if underline else 0.5))
        self.set_font(FAMILY, size=BODY)

    def strong(self, draw: Callable[[], object]) -> None:
        """Draw text thicker: the one embedded font has no bold face, so outline the glyphs as well as fill them.
        In a local graphics state, so that the text rendering mode does not leak into the text after it."""
        with self.local_context(text_mode=TextMode.FILL_STROKE, line_width=0.12, draw_color=INK):
            draw()

    def paragraph(
        self, text: str, size: float = BODY, colour: Colour = INK, indent: float = 0, align: str = "L"
    ) -> None:
        self.set_font(FAMILY, size=size)
        self.set_text_color(*colour)
        self.set_x(self.l_margin + indent)
        self.text_block(self.lines(text, self.width - indent), self.width - indent, size * PT * LEADING, align)
        self.set_text_color(*INK)
        self.set_font(FAMILY, size=BODY)

    def bullets(self, items: Sequence[str], size: float = BODY) -> None:
        """A list, each item a dot and a paragraph; an item is not split from its dot by a page break."""
        leading = size * PT * LEADING
        for item in items:
            self.set_font(FAMILY, size=size)
            self.keep(len(self.lines(item, self.width - 4)) * leading)
            self.set_fill_color(*INK)
            self.circle(self.l_margin + 1.2, self.get_y() + leading / 2, 0.5, style="F")
            self.paragraph(item, size, indent=4)
            self.ln(0.6)

    def box(self, text: str, fill: Colour, edge: Colour, size: float = BODY) -> None:
        """A shaded note, e.g. whether the result is final or provisional."""
        self.set_font(FAMILY, size=size)
        inner = self.width - 6
        leading = size * PT * LEADING
        lines = self.lines(text, inner)
        height = len(lines) * leading + 4
        self.keep(height)
        y = self.get_y()
        self.set_fill_color(*fill)
        self.set_draw_color(*edge)
        self.set_line_width(0.4)
        self.rect(self.l_margin, y, self.width, height, style="DF")
        self.set_xy(self.l_margin + 3, y + 2)
        self.text_block(lines, inner, leading)
        self.set_y(y + height + 2)
        self.set_font(FAMILY, size=BODY)

    def key_values(self, pairs: Sequence[tuple[str, str]], key_width: float = 38, size: float = BODY) -> None:
        """Label and value pairs in two columns, without a grid."""
        columns = (Column("", key_width), Column("", 0))
        self.draw_table(columns, [Row((key, value)) for key, value in pairs], size=size, header=False, grid=False)

    # Tables -------------------------------------------------------------------------------------------------------

    def draw_table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Row],
        size: float = SMALL,
        header: bool = True,
        grid: bool = True,
        width: float = 0,
    ) -> None:
        """Rows that wrap their text; a page break repeats the header; a row's ``rule`` draws a cut line under it."""
        total = width or self.width
        fixed = sum(c.width for c in columns)
        widths = [c.width or (total - fixed) for c in columns]
        aligns = [c.align for c in columns]
        leading = size * PT * LEADING
        self.set_font(FAMILY, size=size)
        heads = self._layout(Row([c.header for c in columns], fill=HEAD_FILL), widths, aligns)
        for k, row in enumerate(rows):
            cells = self._layout(row, widths, aligns)
            height = self._height(cells, leading) + (5 if row.rule else 0)
            if header and k == 0:
                self.keep(self._height(heads, leading) + height)
                self._row(heads, HEAD_FILL, leading, grid)
            elif self.keep(height) and header:
                self._row(heads, HEAD_FILL, leading, grid)
            self._row(cells, row.fill, leading, grid)
            if row.rule:
                self.cut_line(row.rule, total)
                self.set_font(FAMILY, size=size)
        self.set_font(FAMILY, size=BODY)

    def cut_line(self, text: str, width: float) -> None:
        """The cut line: a red rule across the table, labelled."""
        y = self.get_y() + 2.5
        self.set_draw_color(*RED)
        self.set_line_width(0.7)
        self.line(self.l_margin, y, self.l_margin + width, y)
        self.set_font(FAMILY, size=7.5)
        label_width = self.get_string_width(text) + 4
        self.set_fill_color(255, 255, 255)
        self.set_text_color(*RED)
        self.set_xy(self.l_margin + 24, y - 2)
        self.cell(label_width, 4, text, align="C", fill=True)
        self.set_text_color(*INK)
        self.set_xy(self.l_margin, y + 2.5)

    def keep(self, height: float) -> bool:
        """A new page unless the next ``height`` mm fit on this one; True when one was added."""
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()
            return True
        return False

    def _layout(self, row: Row, widths: Sequence[float], aligns: Sequence[str]) -> list[Cell]:
        if row.span:
            return [Cell(self.lines(row.cells[0], sum(widths) - 2 * PAD), sum(widths), "L")]
        return [
            Cell(self.lines(text, w - 2 * PAD) if text else [""], w, align)
            for text, w, align in zip(row.cells, widths, aligns, strict=True)
        ]

    @staticmethod
    def _height(cells: Sequence[Cell], leading: float) -> float:
        return max(len(cell.lines) for cell in cells) * leading + 2 * PAD

    def _row(self, cells: Sequence[Cell], fill: Colour | None, leading: float, grid: bool) -> None:
        height = self._height(cells, leading)
        y = self.get_y()
        x = self.l_margin
        self.set_draw_color(*LINE)
        self.set_line_width(0.2)
        for cell in cells:
            if fill:
                self.set_fill_color(*fill)
                self.rect(x, y, cell.width, height, style="DF" if grid else "F")
            elif grid:
                self.rect(x, y, cell.width, height)
            self.set_xy(x + PAD, y + PAD)
            self.multi_cell(cell.width - 2 * PAD, leading, "\n".join(cell.lines), align=cell.align,
                            wrapmode=WrapMode.CHAR, new_x=XPos.RIGHT, new_y=YPos.TOP)  # fmt: skip
            x += cell.width
        self.set_xy(self.l_margin, y + height)


@dataclass(frozen=True)
class Cell:
    lines: list[str]
    width: float
    align: str
