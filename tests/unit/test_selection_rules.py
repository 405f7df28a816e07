"""Selection rules in the tally (SPEC §3): category quotas, recorded decisions, over-votes, quorum, recusals, and the
rules' own serialisation and fingerprint.

Small examples are worked out by hand in the comments; the hypothesis properties check the same rules on random
profiles (against the brute-force helpers of ``tests/reference.py`` where those apply).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, fields, replace
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reference import (
    Case,
    approval_cases,
    chains,
    codes_for,
    ranking_cases,
    ref_pairwise,
    score_cases,
    to_profile,
)
from top10_panel.domain.errors import InputError
from top10_panel.domain.people import Candidate, Recusal
from top10_panel.domain.profile import Profile
from top10_panel.domain.result import Decision, OpenTie, Quorum, SeatStatus, TallyResult
from top10_panel.domain.rules import (
    METHODS,
    NOTICE_FIELDS,
    PUBLICATION_ORDERS,
    UNSET_LEFT_OUT,
    Mode,
    Rules,
    rules_from_dict,
    rules_to_dict,
)
from top10_panel.domain.tally import tally
from top10_panel.domain.votes import Vote, build_profile, fingerprint

KN = "知识创新"
TE = "技术创新"
OTHER = "其他"


def examples(n: int) -> settings:
    return settings(
        max_examples=n, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
    )


def approvals(counts: dict[str, int], n: int) -> list[tuple[str, Vote]]:
    """n ballots on which candidate c is approved by the first counts[c] experts (so it gets exactly that many)."""
    return [(f"E{i + 1:02d}", {"approve": [c for c, k in counts.items() if i < k]}) for i in range(n)]


def by_code(result: TallyResult) -> dict[str, object]:
    return {r.candidate.code: r for r in result.ranking}


def statuses(result: TallyResult) -> dict[str, SeatStatus]:
    return {r.candidate.code: r.status for r in result.ranking}


def final_codes(result: TallyResult) -> list[str]:
    return [code for group in result.final for code in group]


# ---------------------------------------------------------------------------------------------------------------
# Rules that contradict themselves are refused
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"mode": Mode.APPROVAL, "seats": 10, "quotas": ((KN, 7), (TE, 2))}, id="quotas-below-seats"),
        pytest.param({"mode": Mode.APPROVAL, "seats": 10, "quotas": ((KN, 7), (TE, 4))}, id="quotas-above-seats"),
        pytest.param({"mode": Mode.APPROVAL, "seats": 2, "quotas": ((KN, 1), (KN, 1))}, id="quota-named-twice"),
        pytest.param({"mode": Mode.APPROVAL, "seats": 2, "quotas": ((KN, 2), (TE, 0))}, id="empty-quota"),
        pytest.param({"mode": Mode.APPROVAL, "over_vote": "excess"}, id="excess-in-approval"),
        pytest.param({"mode": Mode.SCORE, "over_vote": "excess"}, id="excess-in-score"),
        pytest.param({"mode": Mode.RANKING, "over_vote": "half"}, id="unknown-over-vote"),
        pytest.param({"mode": Mode.RANKING, "tie_break": ("lot", "pairwise")}, id="lot-not-last"),
        pytest.param({"mode": Mode.APPROVAL, "tie_break": ("lot", "chair")}, id="lot-before-chair"),
        pytest.param({"mode": Mode.RANKING, "publication_order": "alphabet"}, id="unknown-publication-order"),
        pytest.param({"mode": Mode.RANKING, "deadline": "next Friday"}, id="deadline-not-iso"),
        pytest.param({"mode": Mode.RANKING, "deadline": "2020-13-40"}, id="deadline-impossible-date"),
        pytest.param({"mode": Mode.RANKING, "quorum": Fraction(1)}, id="quorum-of-one"),
        pytest.param({"mode": Mode.RANKING, "quorum": Fraction(-1, 3)}, id="negative-quorum"),
    ],
)
def test_contradictory_rules_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(InputError):
        Rules(**kwargs)  # type: ignore[arg-type]


def test_sound_selection_rules_are_accepted() -> None:
    rules = Rules(
        mode=Mode.RANKING,
        seats=10,
        max_ranks=10,
        over_vote="excess",
        quotas=((KN, 7), (TE, 3)),
        tie_break=("pairwise", "chair", "lot"),
        deadline="2020-12-20T18:00",
        publication_order="stroke",
    )
    assert rules.chain == ("pairwise", "chair", "lot")


# ---------------------------------------------------------------------------------------------------------------
# 1. Category quotas
# ---------------------------------------------------------------------------------------------------------------

QUOTA_CANDIDATES = [
    Candidate("O1", "no quota", category=OTHER),
    Candidate("K1", category=KN),
    Candidate("K2", category=KN),
    Candidate("K3", category=KN),
    Candidate("K4", category=KN),
    Candidate("T1", category=TE),
    Candidate("T2", category=TE),
    Candidate("T3", category=TE),
]
QUOTA_RULES = Rules(mode=Mode.APPROVAL, seats=3, quotas=((KN, 2), (TE, 1)))


def quota_tally(counts: dict[str, int], rules: Rules = QUOTA_RULES, **kwargs: object) -> TallyResult:
    profile = build_profile(Mode.APPROVAL, QUOTA_CANDIDATES, approvals(counts, 9))
    return tally(profile, rules, **kwargs)  # type: ignore[arg-type]


def test_quota_seats_come_from_each_categorys_own_order() -> None:
    # Overall order: O1 9, K1 8, T1 7, K2 6 = T2 6, K3 5, T3 2, K4 1.
    # 知识创新 (2 seats): K1, K2. 技术创新 (1 seat): T1. O1 has no quota: never seated, although it leads.
    counts = {"O1": 9, "K1": 8, "T1": 7, "K2": 6, "T2": 6, "K3": 5, "T3": 2, "K4": 1}
    result = quota_tally(counts)
    assert result.top == ("K1", "T1", "K2")
    assert result.open_ties == () and not result.provisional
    status = statuses(result)
    assert status["O1"] is SeatStatus.OUT
    assert {c for c, s in status.items() if s is SeatStatus.SEAT} == {"K1", "K2", "T1"}
    # K2 and T2 share a value, but they are in different categories, so neither category has a tie.
    assert result.ties == () and result.tie_breaks == ()
    # The method ranks stay the plain approval ranks over everyone.
    assert by_code(result)["K2"].rank == by_code(result)["T2"].rank == 4  # type: ignore[attr-defined]
    # Without quotas the same ballots seat the three leaders.
    plain = quota_tally(counts, Rules(mode=Mode.APPROVAL, seats=3))
    assert plain.top == ("O1", "K1", "T1")


def test_tie_at_one_categorys_cut_is_open_only_there() -> None:
    # 知识创新: K1 8, then K2 6 = K3 6 for its second seat. 技术创新: T1 7 settles its seat, though T2 also has 6.
    counts = {"O1": 9, "K1": 8, "T1": 7, "K2": 6, "K3": 6, "T2": 6, "T3": 2, "K4": 1}
    result = quota_tally(counts)
    assert result.open_ties == (OpenTie(among=("K2", "K3"), seats=1, waiting_for="", category=KN),)
    assert result.open == ("K2", "K3") and result.open_seats == 1
    assert result.top == ("K1", "T1")
    assert result.provisional
    status = statuses(result)
    assert status["K2"] is status["K3"] is SeatStatus.OPEN
    assert status["T1"] is SeatStatus.SEAT
    assert status["T2"] is SeatStatus.OUT
    assert [(set(t.among), t.category, t.matters, t.settled) for t in result.ties] == [({"K2", "K3"}, KN, True, False)]

    # A decision on exactly that group settles the category; the other category is untouched.
    chair = Decision("chair", among=("K3", "K2"), order=(("K3",), ("K2",)), by="组长", reason="评审组决定")
    settled = quota_tally(counts, decisions=[chair])
    assert settled.open_ties == () and not settled.provisional
    assert settled.top == ("K1", "T1", "K3")
    assert len(settled.top) == sum(q for _, q in QUOTA_RULES.quotas)


def test_tie_break_chain_applies_within_a_category() -> None:
    # Score mode, mean; default chain median, first_choices. Three experts:
    #   K1 9 9 9 (mean 9) | K2 5 5 5 (mean 5, median 5) | K3 3 6 6 (mean 5, median 6)
    #   T1 0 7 8 (mean 5, median 7) | T2 2 2 2 (mean 2)
    # K2, K3 and T1 tie on the mean overall, but only K2 and K3 compete for 知识创新's second seat; T1 leads 技术创新.
    cands = [Candidate("K1", category=KN), Candidate("K2", category=KN), Candidate("K3", category=KN)]
    cands += [Candidate("T1", category=TE), Candidate("T2", category=TE)]
    sheet = {"K1": (9, 9, 9), "K2": (5, 5, 5), "K3": (3, 6, 6), "T1": (0, 7, 8), "T2": (2, 2, 2)}
    ballots = [(f"E{i}", {"score": {c: str(v[i]) for c, v in sheet.items()}}) for i in range(3)]
    rules = Rules(mode=Mode.SCORE, seats=3, quotas=((KN, 2), (TE, 1)))
    result = tally(build_profile(Mode.SCORE, cands, ballots), rules)
    assert [(s.rule, s.among, s.values, s.order) for s in result.tie_breaks] == [
        ("median", ("K2", "K3"), (("K2", Fraction(5)), ("K3", Fraction(6))), (("K3",), ("K2",)))
    ]
    assert set(result.top) == {"K1", "K3", "T1"} and len(result.top) == 3
    assert result.open_ties == ()
    assert [(t.among, t.category, t.settled) for t in result.ties] == [(("K2", "K3"), KN, True)]


def test_tie_across_categories_above_the_cut_does_not_shift_a_categorys_positions() -> None:
    # K1 and T1 share the lead (mean 9) but sit in different categories, so each is first in its own. Then K2 and
    # K3 (mean 5) are second and third of 知识创新, across its cut at 2: the median settles it (6 > 5).
    cands = [Candidate(c, category=KN if c[0] == "K" else TE) for c in ("K1", "T1", "K2", "K3", "T2")]
    sheet = {"K1": (9, 9, 9), "T1": (9, 9, 9), "K2": (5, 5, 5), "K3": (3, 6, 6), "T2": (2, 2, 2)}
    ballots = [(f"E{i}", {"score": {c: str(v[i]) for c, v in sheet.items()}}) for i in range(3)]
    rules = Rules(mode=Mode.SCORE, seats=3, quotas=((KN, 2), (TE, 1)))
    result = tally(build_profile(Mode.SCORE, cands, ballots), rules)
    assert set(result.top) == {"K1", "T1", "K3"} and result.open_ties == ()
    assert [(s.rule, s.among) for s in result.tie_breaks] == [("median", ("K2", "K3"))]
    assert [(t.among, t.first, t.last, t.matters, t.settled, t.category) for t in result.ties] == [
        (("K2", "K3"), 2, 3, True, True, KN)
    ]


def test_chain_waiting_in_one_category_lets_the_other_settle() -> None:
    # Ranking, Borda, chain pairwise then chair. 知识创新 K1, K2 tie perfectly (pairwise 1:1) for its one seat;
    # 技术创新 T1 beats T2 on Borda outright.
    cands = [Candidate("K1", category=KN), Candidate("K2", category=KN)]
    cands += [Candidate("T1", category=TE), Candidate("T2", category=TE)]
    ballots = [
        ("E1", {"rank": {"K1": 1, "K2": 2, "T1": 3, "T2": 4}}),
        ("E2", {"rank": {"K2": 1, "K1": 2, "T1": 3, "T2": 4}}),
    ]
    rules = Rules(
        mode=Mode.RANKING, method="borda", seats=2, tie_break=("pairwise", "chair"), quotas=((KN, 1), (TE, 1))
    )
    result = tally(build_profile(Mode.RANKING, cands, ballots), rules)
    assert result.open_ties == (OpenTie(("K1", "K2"), 1, "chair", KN),)
    assert result.top == ("T1",)
    assert [(s.rule, s.among) for s in result.tie_breaks] == [("pairwise", ("K1", "K2"))]


def test_quota_larger_than_its_category_seats_everyone_in_it() -> None:
    cands = [Candidate("K1", category=KN), Candidate("T1", category=TE), Candidate("T2", category=TE)]
    rules = Rules(mode=Mode.APPROVAL, seats=3, quotas=((KN, 2), (TE, 1)))
    result = tally(build_profile(Mode.APPROVAL, cands, approvals({"T1": 2, "T2": 1}, 2)), rules)
    assert result.top == ("T1", "K1")
    assert result.open_ties == ()


def with_categories(profile: Profile, categories: list[str]) -> Profile:
    cands = tuple(replace(c, category=k) for c, k in zip(profile.candidates, categories, strict=True))
    return replace(profile, candidates=cands)


def columns(profile: Profile, keep: list[int]) -> Profile:
    """The profile with only the given candidates (columns)."""
    return replace(
        profile,
        candidates=tuple(profile.candidates[j] for j in keep),
        cells=profile.cells[:, keep],
        scored=None if profile.scored is None else profile.scored[:, keep],
        eligible=None if profile.eligible is None else profile.eligible[:, keep],
    )


@st.composite
def quota_setups(draw: st.DrawFn) -> tuple[Case, Rules, list[str], str | None]:
    mode = draw(st.sampled_from(list(Mode)))
    if mode is Mode.APPROVAL:
        case = draw(approval_cases(max_n=15, recusals=True))
    elif mode is Mode.SCORE:
        case = draw(score_cases(max_n=12))
    else:
        case = draw(ranking_cases(max_n=15))
    categories = draw(st.lists(st.sampled_from([KN, TE, OTHER]), min_size=case.m, max_size=case.m))
    q_kn = draw(st.integers(1, max(1, categories.count(KN)) + 1))
    q_te = draw(st.integers(1, max(1, categories.count(TE)) + 1))
    rules = Rules(
        mode=mode,
        method=draw(st.sampled_from(METHODS[mode])),
        seats=q_kn + q_te,
        max_picks=None,
        tie_break=draw(st.one_of(st.none(), chains(mode))),
        ordered_top=draw(st.booleans()),
        quotas=((KN, q_kn), (TE, q_te)),
    )
    seed = draw(st.one_of(st.none(), st.sampled_from(["", "7", "福彩 2020-12-20"])))
    return case, rules, categories, seed


@given(quota_setups())
@examples(250)
def test_quota_seats_are_each_categorys_best(setup: tuple[Case, Rules, list[str], str | None]) -> None:
    case, rules, categories, seed = setup
    profile = with_categories(to_profile(case), categories)
    result = tally(profile, rules, fingerprint="f" * 64, seed=seed)
    info = by_code(result)
    category = dict(zip(case.codes, categories, strict=True))
    status = statuses(result)
    quota = dict(rules.quotas)
    # Without a quota a candidate is never seated nor open.
    assert all(status[c] is SeatStatus.OUT for c in case.codes if category[c] not in quota)
    assert set(result.top) == {c for c in case.codes if status[c] is SeatStatus.SEAT}
    assert len(result.top) == len(set(result.top))
    assert all(len(t.among) > t.seats >= 1 for t in result.open_ties)
    for name, seats in rules.quotas:
        members = [c for c in case.codes if category[c] == name]
        seated = [c for c in members if status[c] is SeatStatus.SEAT]
        open_ties = [t for t in result.open_ties if t.category == name]
        assert len(open_ties) <= 1
        open_codes = {c for t in open_ties for c in t.among}
        assert open_codes <= set(members)
        assert open_codes == {c for c in members if status[c] is SeatStatus.OPEN}
        assert len(seated) + sum(t.seats for t in open_ties) == min(seats, len(members))
        # Nobody left out of the category is better under the method than anyone seated in it.
        others = [c for c in members if status[c] is not SeatStatus.SEAT]
        for s in seated:
            for o in others:
                assert info[o].rank >= info[s].rank  # type: ignore[attr-defined]
                if rules.method != "schulze":  # Schulze's shown value (wins) need not follow its order
                    assert info[o].score <= info[s].score  # type: ignore[attr-defined]
    if not result.open_ties and all(categories.count(n) >= q for n, q in rules.quotas):
        assert len(result.top) == rules.seats
    # Every tie-break step stays within one category.
    for step in result.tie_breaks:
        assert len({category[c] for c in step.among}) == 1
    # A category's tie groups are the method's tie groups restricted to it, at positions counted within it.
    for tie in result.ties:
        assert {category[c] for c in tie.among} == {tie.category}
        (rank,) = {info[c].rank for c in tie.among}  # type: ignore[attr-defined]
        ahead = sum(1 for c in case.codes if category[c] == tie.category and info[c].rank < rank)  # type: ignore[attr-defined]
        assert (tie.first, tie.last) == (ahead + 1, ahead + len(tie.among))
        size, seats = len(tie.among), quota[tie.category]
        assert tie.matters is (ahead < seats < ahead + size or (rules.ordered_top and ahead + size <= seats))


@given(quota_setups().filter(lambda s: s[0].mode is not Mode.RANKING))
@examples(200)
def test_quota_category_is_counted_as_its_own_selection(setup: tuple[Case, Rules, list[str], str | None]) -> None:
    """Approval and score values depend on a candidate's own column only, so a category with a quota of q must come
    out exactly as a separate tally of its own candidates for q seats."""
    case, rules, categories, seed = setup
    profile = with_categories(to_profile(case), categories)
    result = tally(profile, rules, fingerprint="ab" * 32, seed=seed)
    status = statuses(result)
    for name, seats in rules.quotas:
        keep = [j for j, k in enumerate(categories) if k == name]
        if not keep:
            continue
        alone = tally(columns(profile, keep), replace(rules, seats=seats, quotas=()), fingerprint="ab" * 32, seed=seed)
        codes = {case.codes[j] for j in keep}
        assert {c for c in codes if status[c] is SeatStatus.SEAT} == set(alone.top)
        mine = [t for t in result.open_ties if t.category == name]
        assert [(set(t.among), t.seats, t.waiting_for) for t in mine] == [
            (set(t.among), t.seats, t.waiting_for) for t in alone.open_ties
        ]
        steps = [(s.rule, s.among, s.values, s.order) for s in result.tie_breaks if set(s.among) <= codes]
        assert steps == [(s.rule, s.among, s.values, s.order) for s in alone.tie_breaks]


# ---------------------------------------------------------------------------------------------------------------
# 2. Recorded decisions: chair, runoff, lot
# ---------------------------------------------------------------------------------------------------------------

ABCD = [Candidate(c, f"事件 {c}") for c in "ABCD"]
DECISION_RULES = Rules(mode=Mode.APPROVAL, seats=2)


def abcd_tally(
    *decisions: Decision, counts: dict[str, int] | None = None, rules: Rules = DECISION_RULES
) -> TallyResult:
    # Default: A 3, B 2, C 2, D 0; B and C tie across the cut at the second seat.
    counts = counts or {"A": 3, "B": 2, "C": 2}
    return tally(build_profile(Mode.APPROVAL, ABCD, approvals(counts, 3)), rules, decisions=list(decisions))


def test_approval_tie_at_the_cut_stays_open_without_a_decision() -> None:
    result = abcd_tally()
    assert result.top == ("A",)
    assert result.open_ties == (OpenTie(("B", "C"), 1, "", ""),)
    assert result.tie_breaks == ()
    assert result.provisional


def test_chair_decision_settles_its_group_and_is_recorded() -> None:
    decision = Decision(
        "chair",
        among=("C", "B"),
        order=(("C",), ("B",)),
        by="王组长",
        reason="C 的社会影响更大",
        at="2020-12-21T10:00:00+08:00",
    )
    result = abcd_tally(decision)
    assert result.top == ("A", "C")
    assert result.open_ties == () and not result.provisional
    assert statuses(result) == {"A": "seat", "B": "out", "C": "seat", "D": "out"}
    assert by_code(result)["C"].place == 2 and by_code(result)["B"].place == 3  # type: ignore[attr-defined]
    (step,) = result.tie_breaks
    assert step.rule == "chair"
    assert set(step.among) == {"B", "C"}
    assert step.order == (("C",), ("B",))
    record = dict(step.record)
    assert record == {"by": "王组长", "at": "2020-12-21T10:00:00+08:00", "reason": "C 的社会影响更大"}


@pytest.mark.parametrize(
    "among",
    [("A", "B"), ("B", "C", "D"), ("B",), ("A", "B", "C")],
    ids=["other-pair", "superset", "subset", "with-a-seated-one"],
)
def test_decision_for_another_group_does_nothing(among: tuple[str, ...]) -> None:
    decision = Decision("chair", among=among, order=tuple((c,) for c in reversed(among)), by="x")
    result = abcd_tally(decision)
    assert result.top == ("A",)
    assert result.open_ties == (OpenTie(("B", "C"), 1, "", ""),)
    assert result.tie_breaks == ()


def lot_order(fp: str, seed: str, codes: list[str]) -> list[str]:
    return sorted(codes, key=lambda c: hashlib.sha256(f"{fp}:{seed}:{c}".encode()).hexdigest())


@pytest.mark.parametrize("ordered_top", [False, True])
def test_lot_decision_orders_by_ascending_sha256(ordered_top: bool) -> None:
    # Every candidate approved once: a four-way tie for two seats.
    rules = Rules(mode=Mode.APPROVAL, seats=2, ordered_top=ordered_top)
    fp = fingerprint(rules, ABCD)
    seed = "2020年12月20日 福彩3D 第2020345期 517"
    expected = lot_order(fp, seed, list("ABCD"))
    profile = build_profile(Mode.APPROVAL, ABCD, approvals(dict.fromkeys("ABCD", 1), 1))
    assert tally(profile, rules, fingerprint=fp).open_ties == (OpenTie(tuple("ABCD"), 2, "", ""),)

    result = tally(profile, rules, fingerprint=fp, decisions=[Decision("lot", tuple("DCBA"), seed=seed, by="公证员")])
    assert result.top == tuple(expected[:2])
    assert result.open_ties == ()
    assert [by_code(result)[c].place for c in expected] == [1, 2, 3, 4]  # type: ignore[attr-defined]
    (step,) = result.tie_breaks
    assert step.rule == "lot"
    assert step.order == tuple((c,) for c in expected)
    assert dict(step.values) == {c: hashlib.sha256(f"{fp}:{seed}:{c}".encode()).hexdigest() for c in "ABCD"}
    assert dict(step.record) == {"by": "公证员", "seed": seed}

    # The same draw as a lot rule of the chain, with the seed given to the tally.
    chained = tally(profile, replace(rules, tie_break=("lot",)), fingerprint=fp, seed=seed)
    assert chained.top == result.top
    assert [s.order for s in chained.tie_breaks] == [step.order]


def test_lot_depends_on_fingerprint_and_seed() -> None:
    profile = build_profile(Mode.APPROVAL, ABCD, approvals(dict.fromkeys("ABCD", 1), 1))
    rules = Rules(mode=Mode.APPROVAL, seats=1, ordered_top=False)
    orders = set()
    for fp in ["", "0" * 64, "1" * 64]:
        for seed in ["1", "2", "3"]:
            result = tally(profile, rules, fingerprint=fp, decisions=[Decision("lot", tuple("ABCD"), seed=seed)])
            assert result.top == (lot_order(fp, seed, list("ABCD"))[0],)
            orders.add(result.tie_breaks[0].order)
    assert len(orders) > 1


# Ranking, Borda: E1..E3 rank A>B>C, A>B>C, B>C>A. Borda A 4, B 4, C 1: A and B tie for one seat.
# Pairwise A beats B 2:1, so the pairwise rule would settle it for A.
AB_SETTLED_BY_PAIRWISE = [
    ("E1", {"rank": {"A": 1, "B": 2, "C": 3}}),
    ("E2", {"rank": {"A": 1, "B": 2, "C": 3}}),
    ("E3", {"rank": {"B": 1, "C": 2, "A": 3}}),
]
# E1 A>B>C, E2 B>A>C: Borda A 3, B 3; pairwise 1:1 and first choices 1:1, so no ballot rule settles it.
AB_DEAD_EVEN = [("E1", {"rank": {"A": 1, "B": 2, "C": 3}}), ("E2", {"rank": {"B": 1, "A": 2, "C": 3}})]
ABC = [Candidate(c) for c in "ABC"]
CHAIR_B = Decision("chair", among=("A", "B"), order=(("B",), ("A",)), by="组长", reason="r", at="2020-12-21")


def rank_tally(
    ballots: list[tuple[str, Vote]], chain: tuple[str, ...], *decisions: Decision, **kw: object
) -> TallyResult:
    rules = Rules(mode=Mode.RANKING, method="borda", seats=1, tie_break=chain)
    return tally(build_profile(Mode.RANKING, ABC, ballots), rules, decisions=list(decisions), **kw)  # type: ignore[arg-type]


def test_decision_applies_when_the_chain_waits_for_the_chair() -> None:
    waiting = rank_tally(AB_DEAD_EVEN, ("pairwise", "first_choices", "chair"))
    assert waiting.open_ties == (OpenTie(("A", "B"), 1, "chair", ""),)
    assert [s.rule for s in waiting.tie_breaks] == ["pairwise", "first_choices"]

    settled = rank_tally(AB_DEAD_EVEN, ("pairwise", "first_choices", "chair"), CHAIR_B)
    assert settled.top == ("B",) and settled.open_ties == ()
    assert [s.rule for s in settled.tie_breaks] == ["pairwise", "first_choices", "chair"]
    assert dict(settled.tie_breaks[-1].record) == {"by": "组长", "reason": "r", "at": "2020-12-21"}


def test_decision_applies_when_the_chain_is_spent() -> None:
    assert rank_tally(AB_DEAD_EVEN, ("pairwise",)).open_ties == (OpenTie(("A", "B"), 1, "", ""),)
    settled = rank_tally(AB_DEAD_EVEN, ("pairwise",), CHAIR_B)
    assert settled.top == ("B",)
    assert [s.rule for s in settled.tie_breaks] == ["pairwise", "chair"]


def test_decision_is_not_used_where_a_ballot_rule_settles_first() -> None:
    result = rank_tally(AB_SETTLED_BY_PAIRWISE, ("pairwise", "chair"), CHAIR_B)
    assert result.top == ("A",)
    assert [s.rule for s in result.tie_breaks] == ["pairwise"]


def test_chair_first_in_the_chain_waits_even_where_pairwise_could_settle() -> None:
    waiting = rank_tally(AB_SETTLED_BY_PAIRWISE, ("chair", "pairwise"))
    assert waiting.open_ties == (OpenTie(("A", "B"), 1, "chair", ""),) and waiting.tie_breaks == ()
    settled = rank_tally(AB_SETTLED_BY_PAIRWISE, ("chair", "pairwise"), CHAIR_B)
    assert settled.top == ("B",)
    assert [s.rule for s in settled.tie_breaks] == ["chair"]


def test_runoff_result_settles_a_tie_waiting_for_a_runoff() -> None:
    assert rank_tally(AB_DEAD_EVEN, ("runoff",)).waiting_for == "runoff"
    runoff = Decision("runoff", among=("A", "B"), order=(("B",), ("A",)), reason="加投 2:1")
    result = rank_tally(AB_DEAD_EVEN, ("runoff",), runoff)
    assert result.top == ("B",)
    assert [(s.rule, s.order) for s in result.tie_breaks] == [("runoff", (("B",), ("A",)))]


def test_lot_rule_without_a_seed_waits_and_takes_a_decision() -> None:
    assert rank_tally(AB_DEAD_EVEN, ("pairwise", "lot")).waiting_for == "lot"
    assert rank_tally(AB_DEAD_EVEN, ("pairwise", "lot"), CHAIR_B).top == ("B",)
    # With a seed the chain's own draw settles it and the chair's decision is not needed.
    drawn = rank_tally(AB_DEAD_EVEN, ("pairwise", "lot"), CHAIR_B, seed="42", fingerprint="fp")
    assert drawn.top == (lot_order("fp", "42", ["A", "B"])[0],)
    assert [s.rule for s in drawn.tie_breaks] == ["pairwise", "lot"]


def test_decision_settles_a_tie_inside_the_ordered_top() -> None:
    # A and B tie at the top with two seats: both seated, their order is a tie that matters when the top is ordered.
    rules = Rules(mode=Mode.APPROVAL, seats=2, ordered_top=True)
    counts = {"A": 2, "B": 2, "C": 1}
    open_inside = abcd_tally(counts=counts, rules=rules)
    assert set(open_inside.top) == {"A", "B"} and open_inside.open_ties == ()
    assert [(set(t.among), t.matters, t.settled) for t in open_inside.ties] == [({"A", "B"}, True, False)]
    decided = abcd_tally(Decision("chair", ("A", "B"), (("B",), ("A",))), counts=counts, rules=rules)
    assert decided.top == ("B", "A")
    assert [(t.matters, t.settled) for t in decided.ties] == [(True, True)]


def test_decision_that_leaves_its_group_tied_keeps_it_open() -> None:
    runoff_tied_again = Decision("runoff", among=("B", "C"), order=(("B", "C"),), reason="加投仍同票")
    try:
        result = abcd_tally(runoff_tied_again)
    except InputError:
        return
    assert result.open_ties == (OpenTie(("B", "C"), 1, "", ""),)


@pytest.mark.parametrize(
    "order",
    [(("A",), ("B",)), (("A",), ("D",), ("B",), ("C",))],
    ids=["leaves-C-out", "adds-D"],
)
def test_decision_order_must_name_exactly_the_tied_candidates(order: tuple[tuple[str, ...], ...]) -> None:
    # A, B, C approved once each, D never: a three-way tie for two seats.
    rules = Rules(mode=Mode.APPROVAL, seats=2, ordered_top=False)
    try:
        result = abcd_tally(Decision("chair", ("A", "B", "C"), order), counts={"A": 1, "B": 1, "C": 1}, rules=rules)
    except InputError:
        return  # refusing the decision is fine
    assert sorted(final_codes(result)) == ["A", "B", "C", "D"]
    assert statuses(result)["D"] is SeatStatus.OUT


# ---------------------------------------------------------------------------------------------------------------
# 3. Over-votes in ranking mode: void the ballot, or drop only the excess ranks
# ---------------------------------------------------------------------------------------------------------------

ABCDE = [Candidate(c) for c in "ABCDE"]
OVER_LONG = [
    ("E1", {"rank": {"A": 1, "B": 2, "C": 3, "D": 4}}),  # excess: keeps A 1, B 2
    ("E2", {"rank": {"A": 1, "B": 2, "C": 2}}),  # B = C straddle the limit of 2: both dropped, keeps A 1
    ("E3", {"rank": {"C": 1, "D": 2}}),  # within the limit
    ("E4", {}),  # blank: an abstention
]
CUT_BY_HAND = [
    ("E1", {"rank": {"A": 1, "B": 2}}),
    ("E2", {"rank": {"A": 1}}),
    ("E3", {"rank": {"C": 1, "D": 2}}),
    ("E4", {}),
]


def test_excess_keeps_the_best_ranks_and_counts_the_ballot() -> None:
    rules = Rules(mode=Mode.RANKING, method="borda", seats=2, max_ranks=2, over_vote="excess")
    result = tally(build_profile(Mode.RANKING, ABCDE, OVER_LONG), rules)
    assert result.ballots == {"valid": 4, "abstain": 1, "invalid": 0, "returned": 4}
    assert result.invalid == ()
    assert [n.expert for n in result.notes] == ["E1", "E2"]
    assert all("over-vote" in n.reason for n in result.notes)
    # N[a][b] of the ballots cut by hand: E1 A>B>rest, E2 A>rest, E3 C>D>rest.
    expected = [
        [0, 2, 2, 2, 2],
        [0, 0, 1, 1, 1],
        [1, 1, 0, 1, 1],
        [1, 1, 0, 0, 1],
        [0, 0, 0, 0, 0],
    ]
    assert result.pairwise is not None
    assert result.pairwise.tolist() == expected
    assert {r.candidate.code: r.score for r in result.ranking} == {"A": 8, "B": 3, "C": 4, "D": 3, "E": 0}
    assert result.top == ("A", "C")
    # The same as counting the hand-cut ballots under the default rule.
    by_hand = tally(build_profile(Mode.RANKING, ABCDE, CUT_BY_HAND), replace(rules, over_vote="void"))
    assert by_hand.invalid == () and by_hand.notes == ()
    assert by_hand.pairwise is not None and by_hand.pairwise.tolist() == expected
    assert [(r.candidate.code, r.score, r.rank, r.status) for r in by_hand.ranking] == [
        (r.candidate.code, r.score, r.rank, r.status) for r in result.ranking
    ]


def test_void_makes_the_over_long_ranking_invalid() -> None:
    rules = Rules(mode=Mode.RANKING, method="borda", seats=2, max_ranks=2)
    assert rules.over_vote == "void"
    result = tally(build_profile(Mode.RANKING, ABCDE, OVER_LONG), rules)
    assert result.ballots == {"valid": 2, "abstain": 1, "invalid": 2, "returned": 4}
    assert [b.expert for b in result.invalid] == ["E1", "E2"]
    assert result.notes == ()
    # Only E3 counts: C>D>rest.
    assert {r.candidate.code: r.score for r in result.ranking} == {"A": 0, "B": 0, "C": 4, "D": 3, "E": 0}


def test_excess_without_a_limit_changes_nothing() -> None:
    rules = Rules(mode=Mode.RANKING, method="borda", seats=2, over_vote="excess")
    result = tally(build_profile(Mode.RANKING, ABCDE, OVER_LONG), rules)
    assert result.notes == () and result.invalid == ()
    assert result.ballots["valid"] == 4


def cut_by_hand(row: list[int], k: int) -> list[int]:
    """Keep the ranks whose whole tie ends within the first k positions."""
    ranked = [r for r in row if r > 0]
    return [r if r > 0 and sum(1 for x in ranked if x <= r) <= k else 0 for r in row]


@given(ranking_cases(max_n=20), st.data())
@examples(200)
def test_excess_is_counting_the_ballots_cut_by_hand(case: Case, data: st.DataObject) -> None:
    k = data.draw(st.integers(1, case.m))
    method = data.draw(st.sampled_from(METHODS[Mode.RANKING]))
    rules = Rules(mode=Mode.RANKING, method=method, seats=2, max_ranks=k, over_vote="excess")
    result = tally(to_profile(case), rules)
    over = [case.experts[i] for i in range(case.n) if len(case.votes(i)) > k]
    assert [n.expert for n in result.notes] == over
    assert result.invalid == ()
    assert result.ballots["valid"] == case.n
    cut = Case(Mode.RANKING, case.codes, [cut_by_hand(row, k) for row in case.cells])
    assert all(len(cut.votes(i)) <= k for i in range(cut.n))
    assert result.pairwise is not None
    assert result.pairwise.tolist() == ref_pairwise([cut.votes(i) for i in range(cut.n)], cut.m)
    same = tally(to_profile(cut), replace(rules, over_vote="void"))
    assert same.invalid == ()
    assert [(r.candidate.code, r.score, r.rank, r.place, r.status) for r in same.ranking] == [
        (r.candidate.code, r.score, r.rank, r.place, r.status) for r in result.ranking
    ]
    # Under the default rule the same ballots are void instead.
    void = tally(to_profile(case), replace(rules, over_vote="void"))
    assert [b.expert for b in void.invalid] == over
    assert void.notes == ()


# ---------------------------------------------------------------------------------------------------------------
# 4. Quorum
# ---------------------------------------------------------------------------------------------------------------


def quorum_tally(valid: int, blank: int, void: int, invited: int | None = 9, **rules: object) -> TallyResult:
    """`valid` ballots approving A, `blank` empty ones, `void` over-votes (A and B with at most 1 pick)."""
    ballots: list[tuple[str, Vote]] = [(f"V{i}", {"approve": ["A"]}) for i in range(valid)]
    ballots += [(f"A{i}", {}) for i in range(blank)]
    ballots += [(f"X{i}", {"approve": ["A", "B"]}) for i in range(void)]
    profile = build_profile(Mode.APPROVAL, ABCD, ballots)
    return tally(profile, Rules(mode=Mode.APPROVAL, seats=1, max_picks=1, **rules), invited=invited)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("valid", "blank", "void", "met"),
    [
        (7, 0, 0, True),  # 7 > 2/3 × 9 = 6
        (6, 0, 0, False),  # exactly two thirds is not more than two thirds
        (6, 1, 0, True),  # an abstention is a valid ballot
        (6, 0, 1, False),  # a void ballot is not
        (5, 2, 2, True),
        (2, 0, 7, False),
        (9, 0, 0, True),
        (0, 0, 0, False),
    ],
)
def test_quorum_of_two_thirds_of_nine(valid: int, blank: int, void: int, met: bool) -> None:
    result = quorum_tally(valid, blank, void)
    assert result.quorum == Quorum(invited=9, valid=valid + blank, share=Fraction(2, 3))
    assert result.ballots["valid"] == valid + blank and result.ballots["invalid"] == void
    assert result.quorum.met is met
    assert result.open_ties == () or valid == 0
    assert result.provisional is (not met or bool(result.open_ties))


def test_quorum_share_is_a_rule() -> None:
    assert not quorum_tally(5, 0, 0, invited=10, quorum=Fraction(1, 2)).quorum.met  # type: ignore[union-attr]
    assert quorum_tally(6, 0, 0, invited=10, quorum=Fraction(1, 2)).quorum.met  # type: ignore[union-attr]
    assert quorum_tally(1, 0, 0, invited=10, quorum=Fraction(0)).quorum.met  # type: ignore[union-attr]


def test_without_invited_count_there_is_no_quorum_and_only_ties_make_it_provisional() -> None:
    result = quorum_tally(1, 0, 0, invited=None)
    assert result.quorum is None and not result.provisional
    tied = tally(build_profile(Mode.APPROVAL, ABCD, approvals({"A": 1, "B": 1}, 1)), Rules(Mode.APPROVAL, seats=1))
    assert tied.quorum is None and tied.provisional


def test_open_tie_keeps_the_result_provisional_though_the_quorum_is_met() -> None:
    ballots = approvals({"A": 3}, 3) + [(f"F{i}", {"approve": ["B"]}) for i in range(3)] + [("Z", {})]
    result = tally(build_profile(Mode.APPROVAL, ABCD, ballots), Rules(Mode.APPROVAL, seats=1), invited=9)
    assert result.quorum is not None and result.quorum.met  # 7 valid of 9
    assert result.open_ties == (OpenTie(("A", "B"), 1, "", ""),)
    assert result.provisional


@given(st.integers(0, 200), st.integers(0, 200), st.integers(0, 20), st.integers(1, 20))
@examples(300)
def test_quorum_met_is_strictly_more_than_the_share(invited: int, valid: int, num: int, den: int) -> None:
    share = Fraction(num % den, den)
    assert Quorum(invited, valid, share).met is (valid * share.denominator > share.numerator * invited)


# ---------------------------------------------------------------------------------------------------------------
# 5. Recusals (回避)
# ---------------------------------------------------------------------------------------------------------------


def test_recused_approval_is_not_counted_and_shares_use_each_electorate() -> None:
    # E1 is recused from A but ticks it anyway. A: E2, E3 of the 3 eligible = 2/3. B: 3 of 4. C: 1 of 4.
    ballots = [
        ("E1", {"approve": ["A", "B"]}),
        ("E2", {"approve": ["A"]}),
        ("E3", {"approve": ["A", "B"]}),
        ("E4", {"approve": ["B", "C"]}),
    ]
    cands = ABCD[:3]
    profile = build_profile(Mode.APPROVAL, cands, ballots, recusals=[Recusal("E1", "A")])
    assert profile.eligible is not None and profile.eligible.tolist() == [[False, True, True]] + [[True] * 3] * 3
    result = tally(profile, Rules(mode=Mode.APPROVAL, seats=1))
    assert [(r.candidate.code, r.score, dict(r.detail)) for r in result.ranking] == [
        ("B", Fraction(3, 4), {"approvals": 3, "eligible": 4}),
        ("A", Fraction(2, 3), {"approvals": 2, "eligible": 3}),
        ("C", Fraction(1, 4), {"approvals": 1, "eligible": 4}),
    ]
    assert result.top == ("B",)
    # Without the recusal E1's tick counts: A and B tie on 3.
    plain = tally(build_profile(Mode.APPROVAL, cands, ballots), Rules(mode=Mode.APPROVAL, seats=1))
    assert {r.candidate.code: r.score for r in plain.ranking} == {"A": 3, "B": 3, "C": 1}
    assert plain.open == ("A", "B")


def test_share_not_raw_count_orders_the_list() -> None:
    # E1, E2 recused from A. A: 2 approvals of 2 eligible = 1. B: 3 of 4 = 3/4. A leads with fewer approvals.
    ballots = [
        ("E1", {"approve": ["B"]}),
        ("E2", {"approve": ["B"]}),
        ("E3", {"approve": ["A", "B"]}),
        ("E4", {"approve": ["A"]}),
    ]
    recusals = [Recusal("E1", "A"), Recusal("E2", "A")]
    result = tally(build_profile(Mode.APPROVAL, ABCD[:2], ballots, recusals), Rules(mode=Mode.APPROVAL, seats=1))
    assert [(r.candidate.code, r.score, r.rank, dict(r.detail)) for r in result.ranking] == [
        ("A", Fraction(1), 1, {"approvals": 2, "eligible": 2}),
        ("B", Fraction(3, 4), 2, {"approvals": 3, "eligible": 4}),
    ]
    assert result.top == ("A",)


def test_recusals_of_unknown_experts_or_candidates_are_ignored() -> None:
    ballots = approvals({"A": 2, "B": 1}, 2)
    profile = build_profile(Mode.APPROVAL, ABCD[:2], ballots, [Recusal("nobody", "A"), Recusal("E01", "Z")])
    assert profile.eligible is not None and profile.eligible.all()


def test_recused_score_is_left_out_of_the_mean() -> None:
    # E1 is recused from A and gives it 0: A's mean is (8 + 6) / 2 = 7, not 14/3.
    ballots = [("E1", {"score": {"A": "0", "B": "5"}}), ("E2", {"score": {"A": "8"}}), ("E3", {"score": {"A": "6"}})]
    profile = build_profile(Mode.SCORE, ABCD[:2], ballots, [Recusal("E1", "A")])
    result = tally(profile, Rules(mode=Mode.SCORE, seats=1))
    assert [(r.candidate.code, r.score, dict(r.detail)) for r in result.ranking] == [
        ("A", Fraction(7), {"scored": 2}),
        ("B", Fraction(5), {"scored": 1}),
    ]


@given(st.data())
@examples(150)
def test_approval_shares_with_recusals(data: st.DataObject) -> None:
    m = data.draw(st.integers(1, 6))
    n = data.draw(st.integers(1, 12))
    codes = codes_for(m)
    experts = [f"E{i}" for i in range(n)]
    ticks = data.draw(st.lists(st.lists(st.booleans(), min_size=m, max_size=m), min_size=n, max_size=n))
    recused = data.draw(st.sets(st.tuples(st.integers(0, n - 1), st.integers(0, m - 1)), min_size=1))
    ballots = [
        (e, {"approve": [c for c, t in zip(codes, row, strict=True) if t]})
        for e, row in zip(experts, ticks, strict=True)
    ]
    recusals = [Recusal(experts[i], codes[j]) for i, j in recused]
    profile = build_profile(Mode.APPROVAL, [Candidate(c) for c in codes], ballots, recusals)
    result = tally(profile, Rules(mode=Mode.APPROVAL, seats=1, max_picks=None))
    for r in result.ranking:
        j = codes.index(r.candidate.code)
        eligible = [i for i in range(n) if (i, j) not in recused]
        count = sum(1 for i in eligible if ticks[i][j])
        assert dict(r.detail) == {"approvals": count, "eligible": len(eligible)}
        assert r.score == (Fraction(count, len(eligible)) if eligible else 0)
    scores = [r.score for r in result.ranking]
    assert scores == sorted(scores, reverse=True)


# ---------------------------------------------------------------------------------------------------------------
# 6. Serialisation of the rules, and the selection fingerprint
# ---------------------------------------------------------------------------------------------------------------

CATEGORY_NAMES = [KN, TE, "管理创新", "其他", "policy"]


@st.composite
def valid_rules(draw: st.DrawFn) -> Rules:
    mode = draw(st.sampled_from(list(Mode)))
    seats = draw(st.integers(1, 12))
    min_picks = draw(st.integers(0, 3))
    low = Fraction(draw(st.integers(-10, 10)), draw(st.integers(1, 4)))
    high = low + Fraction(draw(st.integers(1, 100)), draw(st.integers(1, 4)))
    quotas: tuple[tuple[str, int], ...] = ()
    if draw(st.booleans()):
        parts = draw(st.integers(1, min(seats, len(CATEGORY_NAMES))))
        cuts = (
            sorted(draw(st.sets(st.integers(1, seats - 1), min_size=parts - 1, max_size=parts - 1)))
            if parts > 1
            else []
        )
        sizes = [b - a for a, b in zip([0, *cuts], [*cuts, seats], strict=True)]
        names = draw(st.permutations(CATEGORY_NAMES))[:parts]
        quotas = tuple(zip(names, sizes, strict=True))
    deadline = draw(
        st.one_of(
            st.just(""),
            st.dates().map(lambda d: d.isoformat()),
            st.datetimes().map(lambda d: d.isoformat(timespec="minutes")),
        )
    )
    den = draw(st.integers(1, 12))
    return Rules(
        mode=mode,
        method=draw(st.sampled_from(METHODS[mode])),
        seats=seats,
        max_picks=draw(st.one_of(st.none(), st.integers(max(1, min_picks), 20))),
        min_picks=min_picks,
        max_ranks=draw(st.one_of(st.none(), st.integers(1, 20))),
        scale=(low, high),
        tie_break=draw(st.one_of(st.none(), chains(mode))),
        allow_rank_ties=draw(st.booleans()),
        allow_rank_gaps=draw(st.booleans()),
        ordered_top=draw(st.booleans()),
        over_vote=draw(st.sampled_from(["void", "excess"] if mode is Mode.RANKING else ["void"])),
        deadline=deadline,
        quorum=Fraction(draw(st.integers(0, den - 1)), den),
        quotas=quotas,
        secret=draw(st.booleans()),
        publication_order=draw(st.sampled_from(PUBLICATION_ORDERS)),
    )


@given(valid_rules())
@examples(200)
def test_rules_round_trip_through_plain_json(rules: Rules) -> None:
    data = rules_to_dict(rules)
    assert list(data) == [
        f.name for f in fields(Rules) if f.name not in NOTICE_FIELDS and f.name not in UNSET_LEFT_OUT
    ]  # empty: left out
    assert rules_from_dict(data) == rules
    text = json.dumps(data, ensure_ascii=False)
    again = rules_from_dict(json.loads(text))
    assert again == rules
    assert rules_to_dict(again) == data
    assert fingerprint(again, ABCD) == fingerprint(rules, ABCD)


@given(valid_rules(), st.sampled_from(["colour", "weight", "Mode", "quota"]))
@examples(30)
def test_unknown_rule_keys_are_refused(rules: Rules, key: str) -> None:
    data = rules_to_dict(rules)
    data[key] = 1
    with pytest.raises(InputError, match=key):
        rules_from_dict(data)


def test_rules_from_partial_dict_takes_the_defaults() -> None:
    assert rules_from_dict({"mode": "ranking"}) == Rules(mode=Mode.RANKING)
    assert rules_from_dict({"mode": "approval", "tie_break": None}).chain == ()
    assert rules_from_dict({"mode": "score", "tie_break": None}).chain == ("median", "first_choices")


@pytest.mark.parametrize("data", [{"mode": "borda"}, {"seats": 3}], ids=["bad-mode", "no-mode"])
def test_rules_from_dict_refuses_a_bad_mode_as_input_error(data: dict[str, object]) -> None:
    with pytest.raises(InputError):
        rules_from_dict(data)


BASE_RULES = Rules(mode=Mode.RANKING)
CHANGED_RULES: dict[str, Rules] = {
    "mode": Rules(mode=Mode.SCORE),
    "method": replace(BASE_RULES, method="borda"),
    "seats": replace(BASE_RULES, seats=9),
    "max_picks": replace(BASE_RULES, max_picks=9),
    "min_picks": replace(BASE_RULES, min_picks=1),
    "max_ranks": replace(BASE_RULES, max_ranks=5),
    "scale": replace(BASE_RULES, scale=(Fraction(0), Fraction(100))),
    "tie_break": replace(BASE_RULES, tie_break=("first_choices", "pairwise")),
    "allow_rank_ties": replace(BASE_RULES, allow_rank_ties=False),
    "allow_rank_gaps": replace(BASE_RULES, allow_rank_gaps=False),
    "ordered_top": replace(BASE_RULES, ordered_top=False),
    "over_vote": replace(BASE_RULES, over_vote="excess"),
    "deadline": replace(BASE_RULES, deadline="2020-12-20T18:00"),
    "quorum": replace(BASE_RULES, quorum=Fraction(1, 2)),
    "quotas": replace(BASE_RULES, quotas=((KN, 7), (TE, 3))),
    "secret": replace(BASE_RULES, secret=True),
    "weights": Rules(mode=Mode.SCORE, weights=(("experts", Fraction(7, 10)), ("public", Fraction(3, 10)))),
    "publication_order": replace(BASE_RULES, publication_order="pinyin"),
    # against score rules without them in tests/unit/test_criteria.py
    "criteria": Rules(mode=Mode.SCORE, criteria=(("a", Fraction(1, 2)), ("b", Fraction(1, 2)))),
    "normalise": Rules(mode=Mode.SCORE, normalise="z"),
}
BASE_CANDIDATES = [
    Candidate("C01", "科技部发布《科技资源标识》标准", "2020-06", "摘要一", "科技部", KN),
    Candidate("C02", "国家科技资源共享服务平台优化调整", "2020-09 至 2020-10", "摘要二", "财政部", TE),
]


def test_every_rule_is_covered_by_the_fingerprint_check() -> None:
    # The notice's period and contact do not touch the count (tests/unit/test_announcement.py).
    assert set(CHANGED_RULES) == {f.name for f in fields(Rules)} - set(NOTICE_FIELDS)


@pytest.mark.parametrize("name", list(CHANGED_RULES))
def test_fingerprint_changes_with_every_rule(name: str) -> None:
    changed = CHANGED_RULES[name]
    assert getattr(changed, name) != getattr(BASE_RULES, name)
    assert fingerprint(changed, BASE_CANDIDATES) != fingerprint(BASE_RULES, BASE_CANDIDATES)


@pytest.mark.parametrize("name", [f.name for f in fields(Candidate)])
@pytest.mark.parametrize("which", [0, 1])
def test_fingerprint_changes_with_every_candidate_field(name: str, which: int) -> None:
    cands = list(BASE_CANDIDATES)
    cands[which] = replace(cands[which], **{name: getattr(cands[which], name) + "·"})
    assert fingerprint(BASE_RULES, cands) != fingerprint(BASE_RULES, BASE_CANDIDATES)


def test_fingerprint_changes_with_the_candidate_set() -> None:
    base = fingerprint(BASE_RULES, BASE_CANDIDATES)
    assert fingerprint(BASE_RULES, BASE_CANDIDATES[:1]) != base
    assert fingerprint(BASE_RULES, [*BASE_CANDIDATES, Candidate("C03")]) != base


def test_fingerprint_is_sha256_of_canonical_json_and_stable() -> None:
    body = {"rules": rules_to_dict(BASE_RULES), "candidates": [asdict(c) for c in BASE_CANDIDATES]}
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    expected = hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert fingerprint(BASE_RULES, BASE_CANDIDATES) == expected
    # Equal rules and candidates built afresh, or through a round trip, give the same fingerprint.
    rebuilt = [Candidate(**asdict(c)) for c in BASE_CANDIDATES]
    assert fingerprint(Rules(mode=Mode.RANKING), rebuilt) == expected
    assert fingerprint(rules_from_dict(rules_to_dict(BASE_RULES)), tuple(rebuilt)) == expected
    # The default chain spelt out is the same rules.
    assert fingerprint(Rules(mode=Mode.RANKING, tie_break=("pairwise", "first_choices")), rebuilt) == expected


@given(valid_rules(), valid_rules())
@examples(150)
def test_fingerprint_equal_exactly_when_the_rules_are(a: Rules, b: Rules) -> None:
    same = fingerprint(a, BASE_CANDIDATES) == fingerprint(b, BASE_CANDIDATES)
    assert same is (rules_to_dict(a) == rules_to_dict(b))
    assert same is (a == b)
    assert fingerprint(a, BASE_CANDIDATES) == fingerprint(replace(a), list(BASE_CANDIDATES))


def test_profile_cells_match_the_votes() -> None:
    """A guard for the helpers above: build_profile puts each vote where the tests expect it."""
    profile = build_profile(Mode.APPROVAL, ABCD, approvals({"A": 2, "C": 1}, 2))
    assert np.array_equal(profile.cells, np.array([[1, 0, 1, 0], [1, 0, 0, 0]]))
