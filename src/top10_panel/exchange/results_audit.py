"""The tie-break audit, ballot register and selection info sheets of the results workbook."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict

from top10_panel.domain.publication import Publication
from top10_panel.domain.rules import Mode, Rules, rules_to_dict

from .labels import LABELS, label, say
from .reason_words import reason_text
from .results_sheets import colon, criteria_lines, heading
from .results_xlsx import YELLOW, Sheet, joined, method_word, mode_word, number_text, rule_name, rule_word

AUDIT_COLUMNS = ("step", "rule", "among", "code", "values", "order", "by", "at", "reason", "seed")
"""A step takes one row per candidate it compared: the step's own cells on its first row, a value on each."""
REGISTER_COLUMNS = ("received", "voter", "kind", "origin", "revision", "status", "reason", "sha256", "tracker", "panel")
CANDIDATE_COLUMNS = ("code", "title", "date", "source", "category", "summary")
RECUSAL_COLUMNS = ("expert", "code", "reason", "note")
RECONCILIATION_WORDS = {"received": "count_received"}
"""Reconciliation keys whose label key differs (``received`` alone is the register's time of receipt)."""


def among_text(codes: tuple[str, ...]) -> str:
    return ", ".join(codes)


def order_text(order: tuple[tuple[str, ...], ...]) -> str:
    """Groups best first: 'E04 > E02 = E10 > E08'."""
    return " > ".join(" = ".join(group) for group in order)


def _word(key: str, language: str) -> str:
    """A stored word (a status, a kind) in the language where there is one; the stored text otherwise."""
    return label(key, language) if key in LABELS else key


def audit_sheet(sheet: Sheet, publication: Publication) -> None:
    """Every tie-break step with what it compared and produced; the open ties; every tie group."""
    result = publication.result
    language = sheet.language
    sheet.header(1, [sheet.word(key) for key in AUDIT_COLUMNS])
    lots = any(step.rule == "lot" for step in result.tie_breaks)
    sheet.fixed.update({2: 30, 3: 22, 6: 26, 9: 24} | ({5: 34} if lots else {}))
    row = 2
    for k, step in enumerate(result.tie_breaks, start=1):
        record = dict(step.record)
        values: list[object] = [k, rule_word(step.rule, language), among_text(step.among)]
        for j, value in enumerate(values, start=1):
            sheet.put(row, j, value, wrap=j > 1, align="center" if j == 1 else "")
        values = [order_text(step.order), *(record.get(key, "") for key in ("by", "at", "reason", "seed"))]
        for j, value in enumerate(values, start=6):
            sheet.put(row, j, value, wrap=j in (6, 9))
        for code, value in step.values:
            # Exact values as text ('3/2', a lot's hash), so that anyone can compare them without rounding.
            sheet.put(row, 4, code, align="center")
            sheet.put(row, 5, str(value), wrap=lots, mono=step.rule == "lot", align="" if lots else "center")
            row += 1
        sheet.rule_under(row - 1, len(AUDIT_COLUMNS), "thin", "A6A6A6")
    if not result.tie_breaks:
        sheet.put(row, 1, sheet.word("no_ties"), span=len(AUDIT_COLUMNS), bold=True)
        row += 1
    if result.open_ties:
        row += 1
        sheet.put(row, 1, sheet.word("open_ties"), bold=True, span=2)
        sheet.header(row, [sheet.word(key) for key in ("among", "seats", "waiting_for", "category")], first=3)
        for tie in result.open_ties:
            row += 1
            waiting = rule_name(tie.waiting_for, language) if tie.waiting_for else sheet.word("chain_spent")
            for j, value in enumerate((among_text(tie.among), tie.seats, waiting, tie.category), start=3):
                sheet.put(row, j, value, wrap=j in (3, 5), fill=YELLOW, align="center" if j == 4 else "")
        row += 1
        sheet.put(row, 3, sheet.word("ways_to_settle"), span=4, wrap=True)
        row += 1
    if result.ties:
        row += 1
        sheet.put(row, 1, sheet.word("ties"), bold=True, span=2)
        sheet.header(row, [sheet.word(key) for key in ("among", "positions", "matters", "settled", "category")], 3)
        for group in result.ties:
            row += 1
            yes_no = [sheet.word("yes" if flag else "no") for flag in (group.matters, group.settled)]
            values = [joined(group.among, language), f"{group.first}–{group.last}", *yes_no, group.category]
            for j, value in enumerate(values, start=3):
                sheet.put(row, j, value, wrap=j == 3)
    sheet.finish(freeze="A2", title_rows="1:1")


def register_sheet(sheet: Sheet, publication: Publication) -> None:
    """Every ballot received, then the reconciliation, the quorum and the tally sheet."""
    language = sheet.language
    sheet.header(1, [sheet.word(key) for key in REGISTER_COLUMNS])
    sheet.fixed.update({7: 30, 8: 34})
    row = 1
    for line in publication.register:
        row += 1
        values: list[object] = [line.received, line.voter, _word(f"kind_{line.kind}", language), line.origin]
        values += [line.revision, _word(line.status, language), reason_text(line.reason, language)]
        values += [line.sha256, line.tracker, line.panel]
        for j, value in enumerate(values, start=1):
            sheet.put(row, j, value, wrap=j in (7, 8), mono=j in (8, 9), align="center" if j == 5 else "")
    row += 2
    sheet.put(row, 1, sheet.word("reconciliation"), bold=True, span=2)
    sheet.header(row + 1, [sheet.word("item"), sheet.word("count")])
    row += 1
    for key, count in publication.reconciliation:
        row += 1
        sheet.put(row, 1, heading(_word(RECONCILIATION_WORDS.get(key, key), language)))
        sheet.put(row, 2, count)
    row += 2
    sheet.put(row, 1, sheet.word("quorum"), bold=True, span=2)
    quorum = publication.result.quorum
    if quorum is None:
        sheet.put(row + 1, 1, sheet.word("not_applicable"), span=2)
        row += 1
    else:
        state = sheet.word("quorum_met" if quorum.met else "quorum_not_met")
        lines = [("invited", quorum.invited), ("valid", quorum.valid), ("quorum_share", number_text(quorum.share))]
        for key, value in [*lines, ("result_state", state)]:
            row += 1
            sheet.put(row, 1, sheet.word(key))
            sheet.put(row, 2, value)
    if publication.tally_sheet:
        row += 2
        sheet.put(row, 1, sheet.word("tally_sheet"), bold=True, span=2)
        sheet.header(row + 1, [sheet.word("tracker"), sheet.word("vote")])
        sheet.ws.merge_cells(start_row=row + 1, start_column=2, end_row=row + 1, end_column=len(REGISTER_COLUMNS))
        row += 1
        for tracker, vote in publication.tally_sheet:
            row += 1
            sheet.put(row, 1, tracker, mono=True)
            sheet.put(row, 2, vote, wrap=True, span=len(REGISTER_COLUMNS) - 1)
    sheet.finish(freeze="A2", title_rows="1:1")


def rules_words(rules: Rules, language: str) -> str:
    """The rules in sentences, one a line."""

    def word(key: str, **fields: object) -> str:
        return say(key, language, **fields)

    sep = colon(language)
    lines = [
        f"{word('mode')}{sep}{mode_word(rules.mode, language)}",
        f"{word('method')}{sep}{method_word(rules.method, language)}",
        f"{word('seats')}{sep}{rules.seats}",
    ]
    if rules.mode is Mode.APPROVAL:
        lines.append(word("w_max_picks", n=rules.max_picks) if rules.max_picks else word("w_no_max_picks"))
        lines.append(word("w_over_void"))
    if rules.min_picks:
        lines.append(word("w_min_picks", n=rules.min_picks))
    if rules.mode is Mode.RANKING:
        if rules.max_ranks is not None:
            lines.append(word("w_max_ranks", n=rules.max_ranks))
            lines.append(word("w_over_void" if rules.over_vote == "void" else "w_over_excess"))
        lines.append(word("w_rank_ties" if rules.allow_rank_ties else "w_no_rank_ties"))
        lines.append(word("w_rank_gaps" if rules.allow_rank_gaps else "w_no_rank_gaps"))
    if rules.mode is Mode.SCORE:
        low, high = (number_text(v) for v in rules.scale)
        lines.append(word("w_scale", low=low, high=high))
    if rules.chain:
        lines.append(word("w_chain", chain=" → ".join(rule_word(rule, language) for rule in rules.chain)))
    else:
        lines.append(word("w_no_chain"))
    if rules.deadline:
        lines.append(word("w_deadline", at=rules.deadline))
    lines.append(word("w_quorum", share=number_text(rules.quorum)))
    if rules.quotas:
        lines.append(word("w_quotas", quotas=joined([f"{name} {n}" for name, n in rules.quotas], language)))
    if rules.weights:
        weights = [f"{name} {number_text(w * 100)}%" for name, w in rules.weights]
        lines.append(word("w_weights", weights=joined(weights, language)))
    lines += criteria_lines(rules, language)
    lines.append(word("w_secret" if rules.secret else "w_named"))
    lines.append(word("w_ordered_top" if rules.ordered_top else "w_unordered_top"))
    lines.append(word("w_order", order=word(f"order_{rules.publication_order}")))
    return "\n".join(lines)


def exact_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def rules_version_lines(publication: Publication, word: Callable[..., str]) -> list[str]:
    """One line per rules version: when, why it locked, who changed it and why (the workbook and the report)."""
    return [
        word(
            "rules_version_line",
            version=version,
            at=at,
            because=word(f"locked_{because}") if f"locked_{because}" in LABELS else because,
            by=word("rules_by", by=by) if by else "",
            why=word("rules_why", why=why) if why else word("rules_first"),
        )
        for version, at, because, by, why in publication.rules_versions
    ]


def info_sheet(sheet: Sheet, publication: Publication) -> None:
    """The selection: rules in words and as exact JSON, fingerprint, seed, decisions; candidates; recusals."""
    recount = publication.recount
    rules = recount.rules
    language = sheet.language
    sep = "（{}）" if language == "zh" else " ({})"
    rows: list[tuple[str, object]] = [
        (sheet.word("selection"), publication.title),
        (sheet.word("stage"), publication.stage),
        *((sheet.word("source") + sep.format(key), value) for key, value in publication.source),
        (sheet.word("rules_words"), rules_words(rules, language)),
        (sheet.word("rules_json"), exact_json(rules_to_dict(rules))),
        (sheet.word("rules_version"), publication.rules_version),
        (sheet.word("fingerprint"), recount.fingerprint),
        *(((sheet.word("anchor"), publication.anchor.text()),) if publication.anchor is not None else ()),
        (sheet.word("seed"), recount.seed or ""),
        (sheet.word("invited"), "" if recount.invited is None else recount.invited),
        (sheet.word("decisions"), exact_json([asdict(d) for d in recount.decisions])),
        (sheet.word("app_version"), publication.app_version),
        (sheet.word("generated_at"), publication.generated_at),
        (sheet.word("anonymised"), sheet.word("yes" if publication.anonymised else "no")),
    ]
    if publication.rules_versions:
        rows.append((sheet.word("rules_versions"), "\n".join(rules_version_lines(publication, sheet.word))))
    if publication.overrides:
        rows.append((sheet.word("overrides"), "\n".join(publication.overrides)))
    sheet.fixed.update({2: 70, 4: 30, 6: 60})
    for row, (name, value) in enumerate(rows, start=1):
        sheet.put(row, 1, name, bold=True)
        sheet.put(row, 2, value, wrap=True, align="left")
    row = len(rows) + 2
    sheet.put(row, 1, sheet.word("candidates"), bold=True)
    sheet.header(row + 1, [sheet.word(key) for key in CANDIDATE_COLUMNS])
    row += 1
    for candidate in recount.candidates:
        row += 1
        values = (candidate.code, candidate.title, candidate.date, candidate.source, candidate.category)
        for j, value in enumerate((*values, candidate.summary), start=1):
            sheet.put(row, j, value, wrap=j in (2, 4, 6))
    row += 2
    sheet.put(row, 1, sheet.word("recusals"), bold=True)
    sheet.header(row + 1, [sheet.word(key) for key in RECUSAL_COLUMNS])
    row += 1
    for recusal in recount.recusals:
        row += 1
        for j, value in enumerate((recusal.expert, recusal.candidate, str(recusal.reason), recusal.note), start=1):
            sheet.put(row, j, value, wrap=j == 4)
    sheet.finish(freeze="", landscape=True)
