"""Publications over the seed's ten events, for the exports' tests: one per vote mode, with a tie settled by lot."""

from __future__ import annotations

import hashlib
import random
from dataclasses import replace
from pathlib import Path

from top10_panel.domain.people import Candidate, Recusal, RecusalReason
from top10_panel.domain.publication import Publication, Recount, RegisterLine, recount, vote_text
from top10_panel.domain.result import Decision
from top10_panel.domain.rules import Mode, Rules
from top10_panel.domain.votes import Vote
from top10_panel.exchange.lists import read_candidates

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo"

TRICKY_TITLES = ('=HYPERLINK("x","y")', "@SUM(A1)")
"""Candidate titles a spreadsheet would run as formulas: they must appear as this very text."""


def seed_candidates(extra: int = 6) -> tuple[Candidate, ...]:
    """The seed's ten events (E01–E10) and ``extra`` sample candidates, two of them with formula-like titles."""
    every = read_candidates(DEMO / "candidates-2020.csv")
    chosen = [c for c in every if c.code.startswith("E")] + [c for c in every if c.code.startswith("S")][:extra]
    tricky = [replace(c, title=title) for c, title in zip(chosen[-len(TRICKY_TITLES) :], TRICKY_TITLES, strict=True)]
    return tuple(chosen[: -len(TRICKY_TITLES)] + tricky)


def _votes(mode: Mode, codes: list[str], experts: int, rng: random.Random) -> list[tuple[str, Vote]]:
    favourite = codes[:12]  # the seed's events lead, so that the result looks like the real one
    votes: list[tuple[str, Vote]] = []
    for k in range(1, experts + 1):
        pool = rng.sample(favourite, 9) + rng.sample(codes, 3)
        picks = list(dict.fromkeys(pool))[:10]
        if mode is Mode.APPROVAL:
            vote: Vote = {"approve": picks}
        elif mode is Mode.RANKING:
            vote = {"rank": {code: r for r, code in enumerate(picks, start=1)}}
        else:
            vote = {"score": {code: str(rng.choice([5, 6, 7, 7.5, 8, 9, 10])) for code in picks}}
        votes.append((f"专家{k:02d}", vote))
    return votes


def sample_publication(
    mode: Mode = Mode.APPROVAL,
    language: str = "zh",
    *,
    anonymised: bool = False,
    experts: int = 15,
    seed: str | None = "2020-12-31",
) -> Publication:
    """A whole publication: ballots (one blank, one over-vote), a recusal, ties settled by lot (left open
    in approval mode when ``seed`` is None)."""
    candidates = seed_candidates()
    codes = [c.code for c in candidates]
    rng = random.Random(f"{mode}-{experts}")
    votes = _votes(mode, codes, experts, rng)
    if mode is Mode.APPROVAL:  # E10 and S11 tie: the chain leaves it open until a lot settles it
        votes = [(voter, _tie_e10(vote, codes)) for voter, vote in votes]
        votes[-2] = (votes[-2][0], {"approve": codes[:11]})  # an over-vote: void (多选作废)
    votes[-1] = (votes[-1][0], {})  # a blank ballot: an abstention
    rules = Rules(mode=mode, tie_break=("lot",) if mode is Mode.APPROVAL else None, secret=anonymised)
    recusals = (Recusal("专家03", "E05", RecusalReason.OWN_UNIT, "本单位"),)
    votes = [(v, _without(vote, "E05")) if v == "专家03" else (v, vote) for v, vote in votes]
    fp = hashlib.sha256(repr((rules, codes)).encode()).hexdigest()
    source = Recount(rules, candidates, tuple(votes), None, recusals, (), fp, seed=seed, invited=experts + 2)
    result = recount(source)
    if seed is None:  # move the cut line into a tie group, so that the tie at the cut stays open
        ranks = [r.rank for r in result.ranking]
        cut = max((rank for rank in ranks if ranks.count(rank) > 1 and rank <= 10), default=10)
        source = replace(source, rules=replace(rules, seats=cut))
        result = recount(source)
    register = tuple(
        RegisterLine(
            received=f"2020-12-{10 + k % 10:02d}T09:{k:02d}:00",
            voter=voter,
            kind="file",
            origin=f"{voter}.t10vote",
            revision=1,
            status="accepted",
            reason="",
            sha256=hashlib.sha256(f"{voter}{vote}".encode()).hexdigest(),
            tracker=hashlib.sha256(f"tracker{voter}".encode()).hexdigest()[:16],
        )
        for k, (voter, vote) in enumerate(votes)
    ) + (
        RegisterLine("2020-12-21T10:00:00", "", "file", "unknown.t10vote", 1, "rejected", "unknown expert", "ab" * 32),
    )
    sheet = tuple(
        sorted((line.tracker, vote_text(mode, vote, codes)) for line, (_, vote) in zip(register, votes, strict=False))
    )
    return Publication(
        title="2020年度中国科技资源管理领域十大事件",
        stage="终评 (final)",
        language=language,
        recount=source,
        result=result,
        order=result.top,
        source=(("selection", "demo-2020.t10"),),
        register=register,
        reconciliation=(
            ("invited", experts + 2),
            ("issued", experts + 2),
            ("received", experts + 1),
            ("returned", experts),
            ("valid", result.ballots["valid"]),
            ("invalid", result.ballots["invalid"]),
            ("abstaining", result.ballots["abstain"]),
            ("superseded", 0),
            ("late", 0),
            ("rejected", 1),
        ),
        tally_sheet=sheet,
        rules_version=1,
        anonymised=anonymised,
        generated_at="2020-12-31T12:00:00+08:00",
        app_version="0.1.0",
    )


def _without(vote: Vote, code: str) -> Vote:
    return {
        key: ([c for c in v if c != code] if isinstance(v, list) else {c: x for c, x in v.items() if c != code})
        for key, v in vote.items()
    }  # type: ignore[union-attr]


def _tie_e10(vote: Vote, codes: list[str]) -> Vote:
    """Approve E10 exactly where S11 is approved, so that the two tie."""
    picks = [c for c in vote.get("approve", []) if c not in ("E10", "S11")]  # type: ignore[union-attr]
    if "S11" in vote.get("approve", []) or "E10" in vote.get("approve", []):  # type: ignore[operator]
        picks = (picks + ["E10", "S11"])[-10:] if len(picks) < 9 else picks[:8] + ["E10", "S11"]
    return {"approve": picks} if vote else vote


def lot_decision(among: tuple[str, ...], seed: str = "2020-12-31") -> Decision:
    return Decision(kind="lot", among=among, seed=seed, by="编辑部", reason="公开抽签", at="2020-12-31T10:00:00")


def reject_suggested(path: Path) -> None:
    """Decide every suggested recusal of the selection by rejecting it (the tests' panels vote as listed), so that
    packages can be issued: ``issue`` refuses while any is undecided."""
    from top10_panel.services.selection import review_recusals

    pairs = [(r.expert, r.candidate) for r, status in review_recusals(path) if status == "suggested"]
    if pairs:
        review_recusals(path, reject=pairs)
