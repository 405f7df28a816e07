"""Stored votes to a profile, and the selection fingerprint: the plain-data side of a selection file."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from decimal import Decimal
from fractions import Fraction

import numpy as np

from .criteria import Criteria, weighted_score
from .people import Candidate, Recusal
from .profile import Profile
from .rules import Mode, Rules, rules_to_dict

Vote = Mapping[str, object]
"""{"approve": [codes]}, {"rank": {code: n}} or {"score": {code: "7.5"}} ({"score": {code: {criterion: "8"}}}
with criteria); {} is a blank ballot."""


def fingerprint(rules: Rules, candidates: Sequence[Candidate], nonce: str = "") -> str:
    """SHA-256 over the rules, the candidates and the selection's nonce, in canonical JSON: what every package and
    ballot carries. The random nonce makes two selections with the same lists and rules differ, so that one never
    accepts the other's ballots; a selection made before nonces (none stored) keeps the formula without it."""
    body: dict[str, object] = {
        "rules": rules_to_dict(rules, counted=True),
        "candidates": [asdict(c) for c in candidates],
    }
    if nonce:
        body["nonce"] = nonce
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_profile(
    mode: Mode,
    candidates: Sequence[Candidate],
    ballots: Sequence[tuple[str, Vote]],
    recusals: Sequence[Recusal] = (),
    panels: Sequence[str] | None = None,
    criteria: Criteria = (),
) -> Profile:
    """One row per (expert, vote); recusals make the expert ineligible on that candidate; ``panels`` says whose
    each ballot is, for weighted sources. With ``criteria``, a candidate's score is the weighted sum of its
    criterion scores ({code: {criterion: "8"}}), and a candidate scored on some criteria only is not scored; a
    plain score (as a published ballots sheet gives the weighted score) is taken as it is."""
    index = {c.code: j for j, c in enumerate(candidates)}
    n, m = len(ballots), len(candidates)
    cells = np.zeros((n, m), dtype=np.int64)
    scored = np.zeros((n, m), dtype=bool) if mode is Mode.SCORE else None
    scores: list[tuple[int, int, Fraction]] = []
    for i, (_, vote) in enumerate(ballots):
        if mode is Mode.APPROVAL:
            for code in _list(vote.get("approve", [])):
                cells[i, index[code]] = 1
        elif mode is Mode.RANKING:
            for code, rank in _map(vote.get("rank", {})).items():
                cells[i, index[code]] = int(str(rank))
        else:
            for code, value in _map(vote.get("score", {})).items():
                if isinstance(value, dict):
                    weighted = weighted_score(value, criteria) if criteria else None
                    if weighted is not None:
                        scores.append((i, index[code], weighted))
                else:
                    scores.append((i, index[code], Fraction(Decimal(str(value)))))
    unit = math.lcm(1, *(v.denominator for _, _, v in scores))
    for i, j, value in scores:
        assert scored is not None
        cells[i, j] = int(value * unit)
        scored[i, j] = True
    eligible = None
    experts = [expert for expert, _ in ballots]
    if recusals:
        row = {expert: i for i, expert in enumerate(experts)}
        eligible = np.ones((n, m), dtype=bool)
        for recusal in recusals:
            if recusal.expert in row and recusal.candidate in index:
                eligible[row[recusal.expert], index[recusal.candidate]] = False
    return Profile(
        mode, tuple(candidates), tuple(experts), cells, scored, unit, eligible, panels=tuple(panels) if panels else None
    )


def _list(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _map(value: object) -> dict[str, object]:
    return {str(k): v for k, v in value.items()} if isinstance(value, dict) else {}
