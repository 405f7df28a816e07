"""Candidates, experts and recusals: who is voted on, who votes, and who may not vote on what."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class Candidate:
    """A candidate event; only the code and the title are required."""

    code: str
    title: str = ""
    date: str = ""
    """ISO date (YYYY-MM-DD), a month (YYYY-MM) or a span as written, e.g. 2020-06 至 2020-09."""
    summary: str = ""
    source: str = ""
    """来源/推荐单位: where the news came from or who recommended it."""
    category: str = ""


class RecusalReason(StrEnum):
    OWN_UNIT = "本单位"
    COLLABORATOR = "合作者"
    RECOMMENDER = "推荐人"
    OTHER = "other"


@dataclass(frozen=True)
class Recusal:
    expert: str
    candidate: str
    reason: RecusalReason = RecusalReason.OTHER
    note: str = ""


@dataclass(frozen=True)
class Expert:
    """An expert of the panel; ``name`` is the key used on ballots and lists."""

    name: str
    affiliation: str = ""
    email: str = ""
    recuse: tuple[str, ...] = ()
    """Codes of candidates the expert is recused from, as the expert list gives them."""


def suggest_recusals(experts: list[Expert], candidates: list[Candidate]) -> list[Recusal]:
    """Suggest a recusal wherever an expert's affiliation appears in a candidate's source (本单位)."""
    out = []
    for expert in experts:
        unit = expert.affiliation.strip()
        if len(unit) < 2:
            continue
        for candidate in candidates:
            if unit in candidate.source and candidate.code not in expert.recuse:
                out.append(Recusal(expert.name, candidate.code, RecusalReason.OWN_UNIT, f"{unit} ∈ {candidate.source}"))
    return out
