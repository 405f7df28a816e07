"""The result, ballots and pairwise sheets of the results workbook."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterator
from fractions import Fraction

from top10_panel.domain.criteria import NORMALISATION_NOTE, NORMALISATION_NOTE_ZH, column_header, percent_text
from top10_panel.domain.publication import Publication, Recount, cell_text, votes_of
from top10_panel.domain.result import OpenTie, SeatStatus, TallyResult
from top10_panel.domain.rules import DEFAULT_PANEL, Mode, Rules
from top10_panel.domain.votes import Vote

from .labels import label
from .reason_words import reason_text
from .results_xlsx import GREEN, GREY, LOSS, WIN, YELLOW, Sheet, joined, method_word, mode_word, number_text, rule_name

RESULT_COLUMNS = ("place", "rank", "code", "title", "score", "score_exact", "status", "category")
"""Label keys of the result table's first columns; the figures behind each score and a note follow."""
DETAIL_WORDS = ("approvals", "eligible", "scored", "raw")
PUBLICATION_COLUMNS = {1: "number", 3: "code", 4: "title", 6: "date", 8: "category"}
"""The publication order's columns, under the result table's columns of the same things."""
TITLE_WIDTH = 50
NOTE_WIDTH = 40


def criteria_lines(rules: Rules, language: str) -> list[str]:
    """The score criteria and the normalisation with its note on rounding, in words."""
    lines = []
    if rules.criteria:
        criteria = joined([f"{name} {percent_text(w)}" for name, w in rules.criteria], language)
        lines.append(label("w_criteria", language).format(criteria=criteria))
    if rules.normalise:
        note = NORMALISATION_NOTE_ZH if language == "zh" else NORMALISATION_NOTE
        lines.append(label("w_normalise", language).format(note=note))
    return lines


def heading(text: str) -> str:
    """A word as a row's heading: 'valid' → 'Valid' (Chinese is unchanged)."""
    return text[:1].upper() + text[1:]


def colon(language: str) -> str:
    return "：" if language == "zh" else ": "


def result_sheet(sheet: Sheet, publication: Publication) -> None:
    """Title block, the ranked list with its cut lines, the chosen in publication order, and a chart of the top."""
    from openpyxl.styles import Font

    result = publication.result
    details = list(dict.fromkeys(key for r in result.ranking for key, _ in r.detail))
    last = len(RESULT_COLUMNS) + len(details) + 1
    sheet.put(1, 1, publication.title, span=last, wrap=True).font = Font(bold=True, size=14)
    sheet.heights[1] = 24
    for k, ((left, left_value), (right, right_value)) in enumerate(_title_pairs(sheet, publication)):
        sheet.put(2 + k, 1, heading(sheet.word(left)), bold=True, span=3)
        sheet.put(2 + k, 4, left_value, align="left")
        sheet.put(2 + k, 5, heading(sheet.word(right)), bold=True, span=2, wrap=True)
        sheet.put(2 + k, 7, right_value, span=last - 6, wrap=True, align="left")
    outcome_row = 7
    said = "\n".join([outcome(sheet, result), *criteria_lines(result.rules, sheet.language)])
    sheet.put(outcome_row, 1, said, span=last, wrap=True, fill=YELLOW if result.open_ties else "")
    header = outcome_row + 2
    words = [sheet.word(key) for key in RESULT_COLUMNS]
    sheet.header(header, words + [sheet.word(k) if k in DETAIL_WORDS else k for k in details] + [sheet.word("note")])
    sheet.fixed[4] = TITLE_WIDTH
    sheet.fixed[last] = NOTE_WIDTH
    fmt = score_format(result)
    competing = {code: tie for tie in result.open_ties for code in tie.among}
    for i, r in enumerate(result.ranking):
        row = header + 1 + i
        fill = YELLOW if r.status is SeatStatus.OPEN else ""
        status = sheet.word(str(r.status))
        values: list[object] = [r.place, r.rank, r.candidate.code, r.candidate.title, r.score, str(r.score), status]
        values += [r.candidate.category, *(dict(r.detail).get(key, "") for key in details)]
        for j, value in enumerate(values, start=1):
            status_fill = GREEN if j == 7 and r.status is SeatStatus.SEAT else fill
            align = "center" if j in (1, 2, 3, 6, 7) or j > len(RESULT_COLUMNS) else ""
            shares = j > len(RESULT_COLUMNS) and isinstance(value, Fraction) and value.denominator != 1
            cell_fmt = fmt if j == 5 or shares else ""  # a weighted panel's own value is formatted like the score
            sheet.put(row, j, value, fill=status_fill, wrap=j == 4, fmt=cell_fmt, align=align)
        tie = competing.get(r.candidate.code)
        note = f"{compete(sheet, tie)} {sheet.word('ways_to_settle')}" if tie else ""
        sheet.put(row, last, note, fill=fill, wrap=True)
    _cut_lines(sheet, result, header, last)
    end = _publication_order(sheet, publication, header + len(result.ranking) + 2, last)
    _chart(sheet, result, header, end + 2, fmt)
    sheet.finish(freeze=f"A{header + 1}", title_rows=f"{header}:{header}")


def _title_pairs(sheet: Sheet, publication: Publication) -> list[tuple[tuple[str, object], tuple[str, object]]]:
    result = publication.result
    rules = result.rules
    ballots = result.ballots
    quorum = result.quorum
    if quorum is None:
        quorum_text = sheet.word("not_applicable")
    else:
        state = sheet.word("quorum_met" if quorum.met else "quorum_not_met")
        share = number_text(quorum.share)
        quorum_text = sheet.word("quorum_figure", valid=quorum.valid, invited=quorum.invited, share=share, state=state)
    state = sheet.word("provisional" if result.provisional else "final")
    return [
        (("stage", publication.stage), ("result_state", state)),
        (("mode", mode_word(rules.mode, sheet.language)), ("method", method_word(rules.method, sheet.language))),
        (("seats", rules.seats), ("quorum", quorum_text)),
        (("returned", ballots["returned"]), ("valid", ballots["valid"])),
        (("abstain", ballots["abstain"]), ("invalid", ballots["invalid"])),
    ]


def compete(sheet: Sheet, tie: OpenTie) -> str:
    """Who competes for how many seats, and what the chain does next."""
    category = sheet.word("in_category", category=tie.category) if tie.category else ""
    text = sheet.word("compete", among=joined(tie.among, sheet.language), seats=tie.seats, category=category)
    if tie.waiting_for:
        step = sheet.word("next_step", rule=rule_name(tie.waiting_for, sheet.language))
    else:
        step = sheet.word("chain_spent")
    return f"{text}（{step}）。" if sheet.language == "zh" else f"{text} ({step})."


def outcome(sheet: Sheet, result: TallyResult) -> str:
    """The state of the seats in sentences: all settled, or which seats are open and how to settle them."""
    seats = result.rules.seats
    stop = "。" if sheet.language == "zh" else "."
    if not result.open_ties:
        parts = [sheet.word("all_settled", n=min(seats, len(result.ranking)))]
    else:
        parts = [sheet.word("open_summary", seats=seats, settled=len(result.top))]
        parts += [compete(sheet, tie) for tie in result.open_ties]
        parts.append(sheet.word("ways_to_settle") + stop)
    for tie in result.ties:
        if tie.matters and not tie.settled and set(tie.among) - set(result.open):
            among = joined(tie.among, sheet.language)
            among += sheet.word("in_category", category=tie.category) if tie.category else ""
            parts.append(sheet.word("shared_inside", first=tie.first, last=tie.last, among=among))
    if result.quorum is not None and not result.quorum.met:
        parts.append(sheet.word("quorum") + colon(sheet.language) + sheet.word("quorum_not_met") + stop)
    return ("" if sheet.language == "zh" else " ").join(parts)


def score_format(result: TallyResult) -> str:
    if all(r.score.denominator == 1 for r in result.ranking):
        return "0"
    if result.rules.mode is Mode.APPROVAL:
        return "0.0%"
    return "0.000"


def _cut_lines(sheet: Sheet, result: TallyResult, header: int, last: int) -> None:
    """A thick line under each pool's last seat (and a dashed one under its open tie), with a note saying so."""
    rules = result.rules
    pools = rules.quotas or (("", rules.seats),)
    for name, seats in pools:
        members = [i for i, r in enumerate(result.ranking) if not name or r.candidate.category == name]
        seated = [i for i in members if result.ranking[i].status is SeatStatus.SEAT]
        competing = [i for i in members if result.ranking[i].status is SeatStatus.OPEN]
        if seated:
            row = header + 1 + seated[-1]
            sheet.rule_under(row, last)
            sheet.heights[row] = 20  # room for the thick line under the text
            category = sheet.word("in_category", category=name) if name else ""
            sheet.put(row, last, sheet.word("cut_line_note", seats=seats, category=category), wrap=True, bold=True)
        if competing:
            sheet.rule_under(header + 1 + competing[-1], last, "mediumDashed")


def _publication_order(sheet: Sheet, publication: Publication, row: int, last: int) -> int:
    """The chosen in publication order, under the ranked list; returns its last row."""
    rules = publication.result.rules
    order = sheet.word(f"order_{rules.publication_order}")
    sheet.put(row, 1, f"{sheet.word('publication')}{colon(sheet.language)}{order}", bold=True, span=last)
    for column, key in PUBLICATION_COLUMNS.items():
        sheet.header(row + 1, [sheet.word(key)], first=column)
    candidates = {c.code: c for c in publication.recount.candidates}
    for k, code in enumerate(publication.order, start=1):
        candidate = candidates[code]
        values = {1: k, 3: code, 4: candidate.title, 6: candidate.date, 8: candidate.category}
        for column, value in values.items():
            sheet.put(row + 1 + k, column, value, wrap=column == 4)
    return row + 1 + len(publication.order)


def _chart(sheet: Sheet, result: TallyResult, header: int, row: int, fmt: str) -> None:
    from openpyxl.chart import BarChart, Reference
    from openpyxl.worksheet.pagebreak import Break

    rules = result.rules
    shown = min(len(result.ranking), max(rules.seats, len(result.top) + len(result.open)) + 5)
    if not shown:
        return
    chart = BarChart()
    chart.type = "col"
    chart.title = sheet.word("top_scores", n=shown)
    chart.y_axis.title = sheet.word("score")
    chart.x_axis.title = sheet.word("code")
    chart.y_axis.number_format = "0%" if fmt.endswith("%") else fmt
    chart.y_axis.majorGridlines = None
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend = None
    chart.add_data(Reference(sheet.ws, min_col=5, min_row=header, max_row=header + shown), titles_from_data=True)
    chart.set_categories(Reference(sheet.ws, min_col=3, min_row=header + 1, max_row=header + shown))
    chart.width = 30
    chart.height = 9
    sheet.ws.add_chart(chart, f"A{row}")
    sheet.ws.row_breaks.append(Break(id=row - 1))  # the chart prints whole, on a page of its own


def ballot_rows(recount: Recount) -> Iterator[tuple[str, Vote, str | None]]:
    """Every ballot of the recount as (voter, vote, panel): the votes, then any panel kept whole."""
    panels = recount.panels
    for i, (voter, vote) in enumerate(recount.votes):
        yield voter, vote, (panels[i] if panels is not None else None)
    for batch in recount.batches:
        names = batch.panels if batch.panels is not None else [DEFAULT_PANEL] * len(batch.experts)
        for (voter, vote), panel in zip(votes_of(batch), names, strict=True):
            yield voter, vote, str(panel)


def criterion_text(vote: Vote, code: str, name: str) -> str:
    """A ballot's score of one candidate on one criterion, as written; '' when not scored."""
    scores = vote.get("score", {})
    marks = scores.get(code) if isinstance(scores, dict) else None
    return str(marks.get(name, "")) if isinstance(marks, dict) else ""


def cell_number(text: str) -> object:
    """A vote cell as a number where the number reads back as the very same text; otherwise the text."""
    if text.isascii() and text.isdigit() and str(int(text)) == text:
        return int(text)
    try:
        value = float(text)
    except ValueError:
        return text
    return value if repr(value) == text else text


def ballots_sheet(sheet: Sheet, publication: Publication) -> None:
    """Voters × candidates in the cell language of a ballot matrix, then each ballot's panel and status."""
    recount = publication.recount
    result = publication.result
    mode = recount.rules.mode
    codes = [c.code for c in recount.candidates]
    names = [name for name, _ in recount.rules.criteria]
    # With criteria, a column per candidate and criterion (E01:创新性), as a ballot matrix has them.
    columns = [(code, name) for code in codes for name in names] if names else [(code, "") for code in codes]
    has_panels = recount.panels is not None or bool(recount.batches)
    headers = [column_header(code, name) if name else code for code, name in columns]
    words = [sheet.word("expert"), *headers] + [sheet.word("panel")] * has_panels + [sheet.word("status")]
    sheet.header(1, words)
    recused = {(r.expert, r.candidate) for r in recount.recusals}
    said: dict[str, deque[tuple[bool, str]]] = defaultdict(deque)
    for note in result.invalid:
        said[note.expert].append((False, note.reason))
    for note in result.notes:
        said[note.expert].append((True, note.reason))
    rows = 0
    for i, (voter, vote, panel) in enumerate(ballot_rows(recount)):
        row = 2 + i
        sheet.put(row, 1, voter)
        marked = False
        for j, (code, name) in enumerate(columns, start=2):
            if i < len(recount.votes) and (voter, code) in recused:
                sheet.put(row, j, sheet.word("recused"), fill=GREY, align="center")
                continue
            text = criterion_text(vote, code, name) if name else cell_text(mode, vote, code)
            if text:
                marked = True
                sheet.put(row, j, cell_number(text), align="center")
        column = len(columns) + 2
        if has_panels:
            sheet.put(row, column, panel or DEFAULT_PANEL)
            column += 1
        status, fill = _status(sheet, said[voter], marked)
        sheet.put(row, column, status, fill=fill)
        rows += 1
    legend = [sheet.word(f"legend_{mode}"), sheet.word("legend_recused")]
    text = sheet.word("legend") + colon(sheet.language) + ("；" if sheet.language == "zh" else "; ").join(legend)
    sheet.put(rows + 3, 1, text, span=min(len(words), 12), wrap=True)
    for j in range(2, len(columns) + 2):
        sheet.widths[j] = max(sheet.widths.get(j, 0), 6)
    sheet.finish(freeze="B2", title_rows="1:1", title_columns="A:A")


def _status(sheet: Sheet, notes: deque[tuple[bool, str]], marked: bool) -> tuple[str, str]:
    """The ballot's status in words, and the fill that marks it: valid, abstaining, or void with the reason."""
    sep = colon(sheet.language)
    if notes and not notes[0][0]:
        return f"{sheet.word('invalid')}{sep}{reason_text(notes.popleft()[1], sheet.language)}", LOSS
    counted = sheet.word("valid") if marked else sheet.word("abstain")
    if notes:
        return f"{counted}{sep}{reason_text(notes.popleft()[1], sheet.language)}", ""
    return counted, ""


def pairwise_sheet(sheet: Sheet, publication: Publication) -> None:
    """N[a][b] for every pair, in the result's candidate order; wins green, losses red, the diagonal blank."""
    result = publication.result
    counts = result.pairwise
    assert counts is not None
    codes = [c.code for c in result.candidates]
    sheet.put(1, 1, sheet.word("pairwise_caption"), span=min(len(codes) + 2, 14), wrap=True)
    sheet.header(2, [sheet.word("code"), sheet.word("title"), *codes])
    sheet.fixed[2] = 30
    for a, candidate in enumerate(result.candidates):
        row = 3 + a
        sheet.put(row, 1, candidate.code, bold=True)
        sheet.put(row, 2, candidate.title, wrap=True)
        for b in range(len(codes)):
            if a == b:
                sheet.put(row, 3 + b, None, fill=GREY)
                continue
            n_ab, n_ba = int(counts[a, b]), int(counts[b, a])
            fill = WIN if n_ab > n_ba else LOSS if n_ab < n_ba else ""
            sheet.put(row, 3 + b, n_ab, fill=fill, align="center")
    for j in range(3, len(codes) + 3):
        sheet.widths[j] = max(sheet.widths.get(j, 0), 5)
    sheet.finish(freeze="C3", title_rows="2:2", title_columns="A:B")
