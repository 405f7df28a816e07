"""Differential tests: the tally engine against independent implementations (pref_voting, abcvoting).

Conventions (checked against the installed packages' source):
- pref_voting's ``ProfileWithTies`` after ``use_extended_strict_preference()`` counts a ranked candidate above an
  unranked one, so ``support(a, b)`` is SPEC's N[a][b] and ``domination_borda_scores`` is SPEC's Borda.
- ``copeland_scores(scores=(1, 0.5, 0))`` is SPEC's Copeland (wins + ½ ties); halves are exact in floats.
- ``beat_path`` / ``beat_path_defeat`` default to margins; with ``strength_function=profile.support`` the strength of a
  link a → b (a majority-preferred to b) is N[a][b], i.e. SPEC's winning votes. Links that are not majority edges are
  −∞ there and 0 in SPEC; both lose to every real link (≥ 1), so the defeat relation is the same.
- On complete strict rankings N[a][b] + N[b][a] = n, so winning votes = (n + margin) / 2 on every majority link and
  margin-based beat path (pref_voting's default) must give the same winners and defeat relation.
- abcvoting's ``av`` with ``resolute=False`` returns every committee of maximal approval score; ours are ``top`` plus
  any ``open_seats`` of ``open``.
"""

from __future__ import annotations

from fractions import Fraction
from itertools import combinations

import numpy as np
from abcvoting import abcrules
from abcvoting.preferences import Profile as AbcProfile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pref_voting.margin_based_methods import beat_path, beat_path_defeat
from pref_voting.profiles_with_ties import ProfileWithTies
from pref_voting.scoring_methods import domination_borda_scores

from tests.reference import (
    Case,
    approval_cases,
    competition_ranks,
    counted_rows,
    ranking_cases,
    ref_tally,
    to_profile,
)
from top10_panel.domain import pairwise
from top10_panel.domain.rules import Mode, Rules
from top10_panel.domain.tally import tally


def examples(n: int) -> settings:
    return settings(
        max_examples=n, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
    )


def pref_profile(case: Case, rows: list[int]) -> ProfileWithTies:
    """The counted ballots as a pref_voting profile of truncated weak orders, ranked above unranked."""
    prof = ProfileWithTies([case.votes(i) for i in rows], candidates=list(range(case.m)))
    prof.use_extended_strict_preference()
    return prof


def groups_from_scores(scores: dict[int, object]) -> list[set[int]]:
    return [{c for c in scores if scores[c] == v} for v in sorted(set(scores.values()), reverse=True)]  # type: ignore[type-var]


def groups_from_defeats(m: int, defeats: set[tuple[int, int]]) -> list[set[int]]:
    """SPEC's full order from a defeat relation: the undefeated, removed, then the next undefeated …"""
    remaining = set(range(m))
    groups = []
    while remaining:
        group = {a for a in remaining if not any((b, a) in defeats for b in remaining)}
        assert group
        groups.append(group)
        remaining -= group
    return groups


def method_groups(result) -> list[set[int]]:  # type: ignore[no-untyped-def]
    """The engine's method order as tie groups of candidate indices (candidates sharing a rank)."""
    index = {c.code: j for j, c in enumerate(result.candidates)}
    by_rank: dict[int, set[int]] = {}
    for r in result.ranking:
        by_rank.setdefault(r.rank, set()).add(index[r.candidate.code])
    return [by_rank[k] for k in sorted(by_rank)]


def check_ranks(result, groups: list[set[int]]) -> None:  # type: ignore[no-untyped-def]
    """Competition ranks follow from the groups, and the ranking lists candidates in method order."""
    expected = competition_ranks([sorted(g) for g in groups])
    got = {j: r.rank for j, c in enumerate(result.candidates) for r in result.ranking if r.candidate.code == c.code}
    assert got == expected
    ranks = [r.rank for r in result.ranking]
    assert ranks == sorted(ranks)


def ranking_rules(method: str, seats: int) -> Rules:
    return Rules(mode=Mode.RANKING, method=method, seats=seats, max_picks=None, max_ranks=None, tie_break=())


@examples(1500)
@given(case=ranking_cases(), data=st.data())
def test_ranking_methods_agree_with_pref_voting(case: Case, data: st.DataObject) -> None:
    """Pairwise counts, Borda, Copeland and the full Schulze order (winning votes) against pref_voting."""
    m = case.m
    seats = data.draw(st.integers(1, m))
    rows = list(range(case.n))
    prof = pref_profile(case, rows)
    profile = to_profile(case)

    # Pairwise counts: the low-level function and the result's matrix.
    support = np.array([[prof.support(a, b) if a != b else 0 for b in range(m)] for a in range(m)])
    n_ab = pairwise.pairwise_counts(profile.cells, profile.marked())
    assert n_ab.tolist() == support.tolist()

    # Borda = domination Borda on a profile with ties.
    borda = domination_borda_scores(prof)
    assert pairwise.borda_scores(n_ab) == [borda[a] for a in range(m)]
    result = tally(profile, ranking_rules("borda", seats))
    assert result.pairwise is not None and result.pairwise.tolist() == support.tolist()
    assert {r.candidate.code: r.score for r in result.ranking} == {case.codes[a]: Fraction(borda[a]) for a in range(m)}
    assert method_groups(result) == groups_from_scores(borda)
    check_ranks(result, groups_from_scores(borda))

    # Copeland = wins + ½ ties.
    copeland = {a: Fraction(v) for a, v in prof.copeland_scores(scores=(1, 0.5, 0)).items()}
    assert pairwise.copeland_scores(n_ab) == [copeland[a] for a in range(m)]
    result = tally(profile, ranking_rules("copeland", seats))
    assert {r.candidate.code: r.score for r in result.ranking} == {case.codes[a]: copeland[a] for a in range(m)}
    assert method_groups(result) == groups_from_scores(copeland)
    check_ranks(result, groups_from_scores(copeland))

    # Schulze with winning votes: the defeat relation, the winners and the full order by tie groups.
    defeat_graph = beat_path_defeat(prof, strength_function=prof.support)
    defeats = set(defeat_graph.edges)
    _, p = pairwise.schulze_strengths(n_ab)
    assert {(a, b) for a in range(m) for b in range(m) if p[a, b] > p[b, a]} == defeats
    expected = groups_from_defeats(m, defeats)
    assert [set(g) for g in pairwise.schulze_groups(p)] == expected
    assert set(beat_path(prof, strength_function=prof.support)) == expected[0]
    result = tally(profile, ranking_rules("schulze", seats))
    assert method_groups(result) == expected
    check_ranks(result, expected)


@examples(500)
@given(case=ranking_cases(styles=("strict",)))
def test_schulze_on_strict_rankings_agrees_with_margin_beat_path(case: Case) -> None:
    """Complete strict ballots: winning votes and margins give the same Schulze relation, so pref_voting's default."""
    m = case.m
    prof = pref_profile(case, list(range(case.n)))
    defeats = set(beat_path_defeat(prof).edges)
    result = tally(to_profile(case), ranking_rules("schulze", 1))
    expected = groups_from_defeats(m, defeats)
    assert method_groups(result) == expected
    assert set(beat_path(prof)) == expected[0]
    assert set(beat_path(prof, algorithm="schwartz_sequential_dropping")) == expected[0]


@examples(400)
@given(case=ranking_cases(), data=st.data())
def test_ranking_ballot_limits_agree_with_pref_voting(case: Case, data: st.DataObject) -> None:
    """With ``max_ranks`` an over-ranked ballot is void: the counts are pref_voting's on the remaining ballots."""
    rules = Rules(
        mode=Mode.RANKING,
        method=data.draw(st.sampled_from(["schulze", "borda", "copeland"])),
        seats=data.draw(st.integers(1, case.m)),
        max_ranks=data.draw(st.integers(1, case.m)),
        tie_break=(),
    )
    rows = counted_rows(case, rules)
    result = tally(to_profile(case), rules)
    abstain = sum(1 for i in rows if not case.votes(i))
    assert result.ballots == {"valid": len(rows), "abstain": abstain, "invalid": case.n - len(rows), "returned": case.n}
    assert len(result.invalid) == case.n - len(rows)
    if rows:
        prof = pref_profile(case, rows)
        support = [[prof.support(a, b) if a != b else 0 for b in range(case.m)] for a in range(case.m)]
        assert result.pairwise is not None and result.pairwise.tolist() == support
    else:
        assert result.pairwise is not None and not result.pairwise.any()


def abc_committees(case: Case, rows: list[int], seats: int) -> set[frozenset[str]]:
    prof = AbcProfile(case.m, cand_names=case.codes)
    prof.add_voters([sorted(j for j in range(case.m) if case.cells[i][j]) for i in rows])
    committees = abcrules.compute("av", prof, seats, resolute=False, max_num_of_committees=None)
    return {frozenset(case.codes[j] for j in committee) for committee in committees}


def our_committees(result) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    top = frozenset(result.top)
    if not result.open:
        return {top}
    return {top | frozenset(extra) for extra in combinations(result.open, result.open_seats)}


@examples(1500)
@given(case=approval_cases(), data=st.data())
def test_approval_committees_agree_with_abcvoting(case: Case, data: st.DataObject) -> None:
    """Approval voting: the settled seats plus every way to fill the open ones = abcvoting's winning committees."""
    seats = data.draw(st.integers(1, case.m))
    ordered_top = data.draw(st.booleans())
    rules = Rules(mode=Mode.APPROVAL, method="approval", seats=seats, max_picks=None, ordered_top=ordered_top)
    assert rules.chain == ()  # approval's default chain: a tie at the cut stays open
    result = tally(to_profile(case), rules)
    expected = abc_committees(case, list(range(case.n)), seats)
    assert our_committees(result) == expected
    assert len(result.top) + result.open_seats == seats
    assert (result.open_seats > 0) == (len(expected) > 1)
    if result.open:
        assert 0 < result.open_seats < len(result.open)
        assert result.waiting_for == ""
    counts = {case.codes[j]: sum(row[j] for row in case.cells) for j in range(case.m)}
    assert {r.candidate.code: r.score for r in result.ranking} == {c: Fraction(v) for c, v in counts.items()}


@examples(500)
@given(case=approval_cases(), data=st.data())
def test_approval_with_limits_and_lot_agrees_with_abcvoting(case: Case, data: st.DataObject) -> None:
    """Over-votes void the ballot; a lot draw picks one of abcvoting's winning committees, the one SPEC's hash gives."""
    seats = data.draw(st.integers(1, case.m))
    max_picks = data.draw(st.one_of(st.none(), st.integers(1, case.m)))
    seed = data.draw(st.text(min_size=1, max_size=8))
    fingerprint = data.draw(st.sampled_from(["", "ab" * 32, "指纹"]))
    rules = Rules(mode=Mode.APPROVAL, method="approval", seats=seats, max_picks=max_picks, tie_break=("lot",))
    rows = counted_rows(case, rules)
    result = tally(to_profile(case), rules, fingerprint=fingerprint, seed=seed)
    assert not result.open and len(result.top) == seats
    assert result.ballots["valid"] == len(rows) and result.ballots["invalid"] == case.n - len(rows)
    if rows:
        assert frozenset(result.top) in abc_committees(case, rows, seats)
    reference = ref_tally(case, rules, fingerprint, seed)
    assert set(result.top) == {case.codes[j] for j in reference.top}
