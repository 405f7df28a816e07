"""What the report says, section by section: the result, the chosen, the audit trail, the ballots, the rules and
fingerprints, the tally sheet, the ballot register and the signatures (SPEC §2.6)."""

from __future__ import annotations

import shlex

from top10_panel.domain.publication import Publication
from top10_panel.domain.result import RankedCandidate, SeatStatus, TallyResult, TieBreakStep

from .agreement_words import agreement_details, agreement_sentence, omitted, spearman_text
from .labels import label
from .reason_words import reason_text
from .report_layout import BODY, FAMILY, GREY, HEAD_FILL, SMALL, Colour, Column, Report, Row
from .report_words import Words, score_text, value_text
from .results_audit import rules_version_lines

FILLS: dict[SeatStatus, Colour | None] = {
    SeatStatus.SEAT: (233, 245, 234),
    SeatStatus.OPEN: (255, 238, 200),
    SeatStatus.OUT: None,
}
FINAL_BOX = ((233, 245, 234), (90, 160, 100))
OPEN_BOX = ((255, 243, 214), (215, 150, 40))
NOTE_BOX = ((245, 245, 245), (200, 200, 200))
SHORT_HASH = 16


def write_sections(doc: Report, publication: Publication) -> None:
    title_block(doc, publication)
    result_table(doc, publication)
    chosen(doc, publication)
    audit(doc, publication)
    ballots(doc, publication)
    agreement(doc, publication)
    rules_and_fingerprints(doc, publication)
    tally_sheet(doc, publication)
    register(doc, publication)
    signatures(doc)


def title_block(doc: Report, publication: Publication) -> None:
    w, result = doc.words, publication.result
    rules = result.rules
    doc.set_font(FAMILY, size=18)
    doc.strong(lambda: doc.paragraph(publication.title, size=18, align="C"))
    doc.paragraph(w("report_heading"), size=12, colour=GREY, align="C")
    doc.ln(4)
    doc.key_values(
        [
            (w("stage"), publication.stage),
            (w("mode"), w.mode(rules.mode)),
            (w("method"), w.method(rules.method)),
            (w("seats"), str(rules.seats)),
            (w("date"), publication.generated_at[:10]),
            (w("quorum"), w.quorum(result)),
        ]
    )
    doc.ln(2)
    fill, edge = OPEN_BOX if result.provisional else FINAL_BOX
    doc.box("\n".join(w.state(result)), fill, edge)


def result_table(doc: Report, publication: Publication) -> None:
    w, result = doc.words, publication.result
    rules = result.rules
    doc.heading(w("result"))
    columns = [
        Column(w("place"), 13, "C"),
        Column(w("rank"), 17, "C"),
        Column(w("code"), 16),
        Column(w("title"), 0),
        Column(w("score"), 20, "R"),
        *([Column(w("raw"), 20, "R")] if rules.normalise else []),
        Column(w("status"), 24, "C"),
    ]
    by_code = {r.candidate.code: r for r in result.ranking}
    rows: list[Row] = []
    for name, seats in rules.quotas or (("", rules.seats),):
        groups = [g for g in result.final if not name or by_code[g[0]].candidate.category == name]
        if name:
            rows.append(Row([w("report_category_seats", name=name, seats=seats)], fill=HEAD_FILL, span=True))
        rows += _pool_rows(w, groups, seats, by_code, result)
    outside = [r for r in result.ranking if rules.quotas and r.candidate.category not in dict(rules.quotas)]
    if outside:
        rows.append(Row([w("report_no_quota")], fill=HEAD_FILL, span=True))
        rows += [_result_row(w, r, result) for r in outside]
    doc.draw_table(columns, rows)
    doc.ln(2)
    if result.open_ties:
        doc.box("\n".join(w.open_ties(result)), *OPEN_BOX)
    notes = [
        w("shared_inside", first=t.first, last=t.last, among=w.join(t.among))
        for t in result.ties
        if t.matters and not t.settled and set(t.among) - set(result.open)
    ]
    notes += [
        w("report_ties_below", first=t.first, last=t.last, among=w.join(t.among)) for t in result.ties if not t.matters
    ]
    if rules.normalise:
        notes.append(w("w_normalise", note=w.normalisation_note()))
    doc.bullets(notes, size=SMALL)


def _pool_rows(
    w: Words, groups: list[tuple[str, ...]], seats: int, by_code: dict[str, RankedCandidate], result: TallyResult
) -> list[Row]:
    rows = []
    placed = 0
    for group in groups:
        for k, code in enumerate(group):
            rule = ""
            if k == len(group) - 1 and placed < seats <= placed + len(group):
                tied = placed + len(group) > seats
                rule = w("report_cut_tied" if tied else "report_cut_line", seats=seats)
            rows.append(_result_row(w, by_code[code], result, rule))
        placed += len(group)
    return rows


def _result_row(w: Words, r: RankedCandidate, result: TallyResult, rule: str = "") -> Row:
    cells: tuple[str, ...] = (
        str(r.place),
        str(r.rank),
        r.candidate.code,
        r.candidate.title,
        score_text(r, result.rules.mode),
    )
    if result.rules.normalise:  # the normalised value decides; the raw mean beside it
        cells = (*cells, value_text(dict(r.detail).get("raw", "")))
    return Row((*cells, w.status(r)), fill=FILLS[r.status], rule=rule)


def chosen(doc: Report, publication: Publication) -> None:
    w, result = doc.words, publication.result
    doc.heading(w("report_chosen"))
    doc.paragraph(w.cap(w("w_order", order=w(f"order_{result.rules.publication_order}"))))
    if result.open_ties:
        doc.paragraph(w("report_chosen_partial", settled=len(publication.order)))
    doc.ln(1)
    by_code = {r.candidate.code: r.candidate for r in result.ranking}
    picked = [by_code[code] for code in publication.order]
    with_category = any(c.category for c in picked)
    columns = [Column(w("number"), 13, "C"), Column(w("code"), 16), Column(w("title"), 0)]
    columns += [Column(w("category"), 32)] if with_category else []
    rows = [
        Row((str(n), c.code, c.title, *((c.category,) if with_category else ()))) for n, c in enumerate(picked, start=1)
    ]
    doc.draw_table(columns, rows, size=BODY - 0.5)


def audit(doc: Report, publication: Publication) -> None:
    w, result = doc.words, publication.result
    doc.heading(w("audit"))
    if not result.tie_breaks and not result.open_ties:
        doc.paragraph(w("no_ties"))
    for n, step in enumerate(result.tie_breaks, start=1):
        doc.heading(w("report_step", n=n, rule=w.rule(step.rule)), size=10.5, room=25, underline=False)
        doc.key_values(_step_lines(w, step, publication), size=SMALL + 0.5)
    if publication.runoffs:
        from .results_runoff import runoff_section

        runoff_section(doc, publication)
    if result.open_ties:
        doc.ln(1)
        doc.box("\n".join(w.open_ties(result)), *OPEN_BOX)
    lots = [step for step in result.tie_breaks if step.rule == "lot"]
    if lots or "lot" in result.rules.chain:
        doc.ln(1)
        doc.keep(30 if lots else 10)  # the explanation and its example on one page
        doc.paragraph(w("report_lot_howto"), size=SMALL + 0.5)
    if lots:
        step = lots[0]
        code, hashed = step.values[0]
        text = f"{result.fingerprint}:{_seed(step, publication)}:{code}"
        command = f"printf '%s' {shlex.quote(text)} | sha256sum"
        doc.box(f"{w('report_lot_example', code=code)}\n{command}\n→ {hashed}", *NOTE_BOX, size=SMALL)


def _seed(step: TieBreakStep, publication: Publication) -> str:
    return dict(step.record).get("seed") or publication.recount.seed or ""


def _step_lines(w: Words, step: TieBreakStep, publication: Publication) -> list[tuple[str, str]]:
    lines = [
        (w("rule"), step.rule),
        (w("among"), w.join(step.among)),
        (w("values"), "\n".join(f"{code}: {value_text(value)}" for code, value in step.values)),
        (w("order"), " > ".join(" = ".join(group) for group in step.order)),
    ]
    record = dict(step.record)
    if step.rule == "lot" and "seed" not in record:
        record["seed"] = _seed(step, publication)
    lines += [(w(key) if key in ("by", "at", "reason", "seed") else key, value) for key, value in record.items()]
    return lines


def ballots(doc: Report, publication: Publication) -> None:
    w, result = doc.words, publication.result
    doc.heading(w("report_ballots_summary"))
    doc.paragraph(w("report_ballots_line", **result.ballots))
    doc.paragraph(w.colon(w("quorum"), w.quorum(result)))
    if publication.reconciliation:
        doc.ln(2)
        rows = [Row((w.cap(w.reconciliation(key)), str(count))) for key, count in publication.reconciliation]
        doc.draw_table([Column(w("reconciliation"), 60), Column(w("count"), 25, "R")], rows, size=BODY - 0.5, width=85)
    for title, notes in (("report_invalid_list", result.invalid), ("report_notes_list", result.notes)):
        if notes:
            doc.ln(2)
            doc.paragraph(w(title))
            said = [w.colon(str(note.expert), reason_text(note.reason, w.language)) for note in notes]
            doc.bullets(said, size=SMALL + 0.5)


def agreement(doc: Report, publication: Publication) -> None:
    """Kendall's W in words with its figures, and each expert's Spearman ρ with the panel's order."""
    found = publication.result.agreement
    if found is None:
        return
    w, language = doc.words, publication.language
    doc.heading(w("agreement"))
    doc.strong(lambda: doc.paragraph(agreement_sentence(found, language)))
    doc.paragraph(agreement_details(found, language), size=SMALL + 0.5)
    doc.paragraph(w("agreement_bands"), size=SMALL + 0.5, colour=GREY)
    note = omitted(found, language)
    if note:
        doc.paragraph(note, size=SMALL + 0.5)
    if found.by_expert:
        doc.ln(2)
        rows = [Row((by.expert, spearman_text(by.spearman))) for by in found.by_expert]
        doc.draw_table([Column(w("expert"), 50), Column(w("spearman"), 60, "R")], rows, size=BODY - 0.5, width=110)


def rules_and_fingerprints(doc: Report, publication: Publication) -> None:
    w, result = doc.words, publication.result
    doc.heading(w("report_rules_fingerprints"))
    doc.bullets(w.rules(result.rules, publication.rules_version))
    doc.ln(2)
    pairs = [(w("fingerprint"), result.fingerprint or publication.recount.fingerprint)]
    if publication.anchor is not None:
        pairs.append((w("anchor"), publication.anchor.text()))
    pairs += [(w.source(key), value) for key, value in publication.source]
    pairs += [
        (w("rules_version"), str(publication.rules_version)),
        (w("app_version"), publication.app_version),
        (w("generated_at"), publication.generated_at),
    ]
    doc.key_values(pairs)
    if publication.rules_versions:
        doc.ln(2)
        doc.paragraph(w("rules_versions"))
        doc.bullets(rules_version_lines(publication, w))
    if publication.overrides:
        doc.ln(2)
        doc.paragraph(w("overrides"))
        doc.bullets(list(publication.overrides))


def tally_sheet(doc: Report, publication: Publication) -> None:
    w = doc.words
    doc.heading(w("tally_sheet"))
    if not publication.tally_sheet:
        doc.paragraph(w("report_tally_empty"))
        return
    doc.paragraph(w("report_tally_intro"))
    doc.paragraph(w(f"report_notation_{publication.result.rules.mode}"), size=SMALL, colour=GREY)
    doc.paragraph(w("report_tally_count", n=len(publication.tally_sheet)), size=SMALL, colour=GREY)
    doc.ln(1)
    doc.set_font(FAMILY, size=SMALL - 0.5)
    longest = max(doc.get_string_width(tracker) for tracker, _ in publication.tally_sheet)
    width = max(longest + 3, doc.get_string_width(w("tracker")) + 3)
    rows = [Row((tracker, vote)) for tracker, vote in publication.tally_sheet]
    doc.draw_table([Column(w("tracker"), width), Column(w("vote"), 0)], rows, size=SMALL - 0.5)


def register(doc: Report, publication: Publication) -> None:
    w = doc.words
    doc.heading(w("register"))
    if publication.anonymised:
        doc.paragraph(w("report_register_anonymised"), size=SMALL, colour=GREY)
    if not publication.register:
        doc.paragraph(w("report_register_empty"))
        return
    named = not publication.anonymised
    columns = [Column(w("received"), 30)]
    columns += [Column(w("voter"), 24)] if named else []
    columns += [
        Column(w("kind"), 22),
        Column(w("revision"), 15, "C"),
        Column(w("status"), 17, "C"),
        Column(w("reason"), 0),
        Column(w("report_ballot_hash"), 30),
    ]
    rows = [
        Row(
            (
                line.received.replace("T", " "),
                *((line.voter,) if named else ()),
                w.kind(line.kind),
                str(line.revision),
                w.register_status(line.status),
                reason_text(line.reason, w.language),
                line.sha256[:SHORT_HASH] + ("…" if len(line.sha256) > SHORT_HASH else ""),
            )
        )
        for line in publication.register
    ]
    doc.draw_table(columns, rows, size=SMALL - 0.5)


def signatures(doc: Report) -> None:
    """Lines for the counting and supervising people and the chair; an English report names the roles in Chinese
    too, the words of the panel's own rules (计票人, 监票人, 评审组长)."""
    w = doc.words
    doc.heading(w("signatures"), room=90)
    doc.paragraph(w("report_sign_intro"))
    doc.ln(6)
    roles = [w(role) if w.zh else f"{w(role)} ({label(role, 'zh')})" for role in ("counter", "supervisor", "chair")]
    left = doc.l_margin
    doc.set_font(FAMILY, size=BODY + 1)
    doc.set_draw_color(60, 60, 60)
    doc.set_line_width(0.3)
    name = max(doc.get_string_width(w.colon(role, "")) for role in roles) + 4
    date = doc.get_string_width(w.colon(w("signature_date"), "")) + 3
    for role in roles:
        y = doc.get_y() + 10
        doc.set_xy(left, y - 5)
        doc.cell(name, 5, w.colon(role, "").strip())
        doc.line(left + name, y, left + 110, y)
        doc.set_xy(left + 118, y - 5)
        doc.cell(date, 5, w.colon(w("signature_date"), "").strip())
        doc.line(left + 118 + date, y, left + doc.width, y)
        doc.set_y(y + 6)
    doc.set_font(FAMILY, size=BODY)
