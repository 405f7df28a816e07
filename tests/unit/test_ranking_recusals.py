"""Ranking mode with recusals (SPEC §3): a recused expert's ballot has no vote on that candidate, so every pair
holding it is left out of that ballot — pairwise counts, Borda, Copeland, Schulze and first choices alike."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reference import Case, ranking_cases, ref_borda, ref_first_places, ref_pairwise, rules_for, to_profile
from tests.unit.test_properties import assert_matches_reference, fingerprints, seeds
from top10_panel.domain import pairwise, scoring
from top10_panel.domain.rules import Mode, Rules
from top10_panel.domain.tally import tally

CODES = ["E01", "E02", "E03", "E04"]


def issue_case() -> Case:
    """e1 recused from E01 and E04 ranks E02 > E03; e2 ranks all four."""
    return Case(
        Mode.RANKING,
        CODES,
        [[0, 1, 2, 0], [1, 2, 3, 4]],
        eligible=[[False, True, True, False], [True, True, True, True]],
        experts=["e1", "e2"],
    )


def test_a_recused_candidate_is_left_out_of_that_ballots_pairs() -> None:
    result = tally(to_profile(issue_case()), Rules(mode=Mode.RANKING, method="borda", seats=2))
    assert result.pairwise is not None
    n = result.pairwise.tolist()
    e01, e02, e03, e04 = range(4)
    # e1 has no vote on E01 or E04: only e2's ballot counts in their pairs (it was 1 + e1's 1 before).
    assert n[e02][e01] == 0 and n[e02][e04] == 1 and n[e03][e04] == 1 and n[e03][e01] == 0
    assert n[e01][e02] == 1 and n[e02][e03] == 2 and n[e04][e03] == 0
    borda = {r.candidate.code: r.score for r in result.ranking}
    assert borda == {"E01": 3, "E02": 2 + 1, "E03": 1 + 0, "E04": 0}


def test_copeland_and_schulze_follow_the_pairs_left() -> None:
    """Without the fix e1's ballot made E02 beat E01 (1–1 → E02 ahead); with it e2 alone decides E01–E02."""
    profile = to_profile(issue_case())
    for method in ("copeland", "schulze"):
        result = tally(profile, Rules(mode=Mode.RANKING, method=method, seats=1))
        assert result.top == ("E01",), method


def test_first_choices_count_only_the_candidates_on_the_ballot() -> None:
    case = issue_case()
    profile = to_profile(case)
    firsts = scoring.first_places(profile.cells, profile.marked(), profile.cells[:, 0] >= 0)
    assert firsts == ref_first_places([case.ballot(i) for i in range(case.n)], case.m) == [1, 1, 0, 0]


def _examples(n: int) -> settings:
    return settings(max_examples=n, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_examples(600)
@given(case=ranking_cases(recusals=True), data=st.data(), fingerprint=fingerprints, seed=seeds)
def test_ranking_with_recusals_matches_the_reference(
    case: Case, data: st.DataObject, fingerprint: str, seed: str | None
) -> None:
    """Methods, ranks, cut line and tie-break chain (pairwise, first_choices, borda) against SPEC by brute force."""
    assert_matches_reference(case, data.draw(rules_for(case, limits=True)), fingerprint, seed)


@_examples(300)
@given(case=ranking_cases(recusals=True, styles=("strict", "truncated", "ties", "huge")))
def test_pairwise_and_borda_points_with_recusals_match_the_reference(case: Case) -> None:
    profile = to_profile(case)
    ballots = [case.ballot(i) for i in range(case.n)]
    n_ab = pairwise.pairwise_counts(profile.cells, profile.marked(), profile.eligible)
    assert n_ab.tolist() == ref_pairwise(ballots, case.m)
    points = pairwise.borda_points(profile.cells, profile.marked(), profile.eligible)
    assert points.sum(axis=0).tolist() == ref_borda(ballots, case.m)
