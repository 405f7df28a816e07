"""The tally as one JSON object (SPEC §7 `tally --json`): deterministic, byte for byte."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

from top10_panel import __version__
from top10_panel.domain.agreement import Agreement
from top10_panel.domain.criteria import NORMALISATION_NOTE, SIGNIFICANT, percent_text
from top10_panel.domain.profile import BallotNote
from top10_panel.domain.result import TallyResult, Value
from top10_panel.domain.rules import DECISION_RULES, rules_to_dict


def number(value: Value) -> int | float | str:
    """An exact value as JSON: whole numbers as integers, other fractions as the nearest float."""
    if isinstance(value, Fraction):
        return value.numerator if value.denominator == 1 else float(value)
    return value


def exact(value: Value) -> str:
    """An exact value as text, e.g. '43/6', so that a reader can recompute ties without floats."""
    return str(value)


def result_dict(
    result: TallyResult, source: dict[str, str] | None = None, extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The result as JSON values; ``extra`` adds a selection's sections (reconciliation, tally sheet)."""
    rules = result.rules
    out: dict[str, Any] = {
        "mode": str(rules.mode),
        "method": rules.method,
        "seats": rules.seats,
        "rules": rules_to_dict(rules),
        "source": source or {},
        "fingerprint": result.fingerprint,
        "ballots": result.ballots,
        "invalid_ballots": [_note(b) for b in result.invalid],
        "ballot_notes": [_note(b) for b in result.notes],
        "quorum": _quorum(result),
        **_criteria(result),
        **({"reconciliation": extra["reconciliation"]} if extra and "reconciliation" in extra else {}),
        "provisional": result.provisional,
        "ranking": [
            {
                "code": r.candidate.code,
                "title": r.candidate.title,
                "score": number(r.score),
                "score_exact": exact(r.score),
                "rank": r.rank,
                "place": r.place,
                "status": str(r.status),
                **({"category": r.candidate.category} if r.candidate.category else {}),
                **{key: number(v) for key, v in r.detail},
                **{f"{key}_exact": exact(v) for key, v in r.detail if key == "raw"},
            }
            for r in result.ranking
        ],
        "top": list(result.top),
        "open": list(result.open),
        "open_seats": result.open_seats,
        "waiting_for": result.waiting_for or None,
        "open_ties": [
            {"among": list(t.among), "seats": t.seats, "waiting_for": t.waiting_for or None, "category": t.category}
            for t in result.open_ties
        ],
        "ways_to_settle": list(DECISION_RULES) if result.open else [],
        "final_order": [list(group) for group in result.final],
        "ties": [
            {
                "among": list(t.among),
                "first": t.first,
                "last": t.last,
                "matters": t.matters,
                "settled": t.settled,
                **({"category": t.category} if t.category else {}),
            }
            for t in result.ties
        ],
        "tie_breaks": [
            {
                "rule": step.rule,
                "among": list(step.among),
                "values": {code: number(v) for code, v in step.values},
                "order": [list(group) for group in step.order],
                **dict(step.record),
            }
            for step in result.tie_breaks
        ],
    }
    if result.pairwise is not None:
        codes = [c.code for c in result.candidates]
        n_ab = result.pairwise
        out["pairwise"] = {a: {b: int(n_ab[i, j]) for j, b in enumerate(codes) if i != j} for i, a in enumerate(codes)}
    if result.agreement is not None:
        out["agreement"] = agreement_dict(result.agreement)
    if extra and "tally_sheet" in extra:
        out["tally_sheet"] = extra["tally_sheet"]
    if extra and "integrity" in extra:
        out["integrity"] = extra["integrity"]
    out["app"] = {"name": "top10-panel", "version": __version__}
    return out


def _criteria(result: TallyResult) -> dict[str, Any]:
    """The criteria and the normalisation, with the note on rounding (SPEC §3)."""
    rules = result.rules
    out: dict[str, Any] = {}
    if rules.criteria:
        out["criteria"] = [
            {"name": name, "weight": percent_text(weight), "weight_exact": str(weight)}
            for name, weight in rules.criteria
        ]
    if rules.normalise:
        out["normalisation"] = {
            "method": rules.normalise,
            "significant_digits": SIGNIFICANT,
            "note": NORMALISATION_NOTE,
            "score": "the normalised value; raw: the raw mean beside it",
        }
    return out


def agreement_dict(found: Agreement) -> dict[str, Any]:
    """Kendall's W and the figures beside it (SPEC §3 "Panel agreement"); exact values beside their floats."""
    rate = found.response_rate

    def both(name: str, value: Fraction | None) -> dict[str, Any]:
        return {name: None if value is None else number(value), f"{name}_exact": None if value is None else str(value)}

    return {
        "experts": found.experts,
        "candidates": found.candidates,
        **both("w", found.w),
        "band": found.band or None,
        **both("chi2", found.chi2),
        "df": found.df,
        "p_value": found.p_value,
        "significance": found.significance or None,
        "ties": found.ties,
        "unranked_pairs": found.unranked,
        "recused_pairs": found.recused,
        "returned": found.returned,
        "invited": found.invited,
        **both("response_rate", rate),
        "rank_sums": {code: number(value) for code, value in found.rank_sums},
        "by_expert": [{"expert": e.expert, "spearman": e.spearman} for e in found.by_expert],
    }


def _note(note: BallotNote) -> dict[str, Any]:
    return {"expert": note.expert, "row": note.source, "reason": note.reason}


def _quorum(result: TallyResult) -> dict[str, Any] | None:
    quorum = result.quorum
    if quorum is None:
        return None
    return {"invited": quorum.invited, "valid": quorum.valid, "share": str(quorum.share), "met": quorum.met}


def to_json(result: TallyResult, source: dict[str, str] | None = None, extra: dict[str, Any] | None = None) -> str:
    return json.dumps(result_dict(result, source, extra), ensure_ascii=False, indent=2) + "\n"
