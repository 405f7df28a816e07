"""Property tests of the tally: agreement with the brute-force reference, symmetry, and axioms of the methods."""

from __future__ import annotations

import statistics
from dataclasses import replace
from fractions import Fraction

import numpy as np
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.reference import (
    SCORE_FUNCTIONS,
    Case,
    approval_cases,
    chains,
    ranking_cases,
    ranking_rows,
    ref_pairwise,
    ref_schulze_d,
    ref_schulze_p,
    ref_schulze_p_by_paths,
    ref_tally,
    rules_for,
    score_cases,
    to_profile,
)
from top10_panel.domain import pairwise, scoring
from top10_panel.domain.result import TallyResult
from top10_panel.domain.rules import Mode, Rules
from top10_panel.domain.tally import tally
from top10_panel.exchange.result_json import to_json


def examples(n: int) -> settings:
    return settings(
        max_examples=n, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
    )


any_case = st.one_of(ranking_cases(), approval_cases(recusals=True), score_cases())
seeds = st.one_of(st.none(), st.text(min_size=1, max_size=6))
fingerprints = st.sampled_from(["", "0" * 64, "e3b0c44298fc1c149afbf4c8996fb924", "选择:1"])


# ---------------------------------------------------------------------------------------------------------------
# The engine against the brute-force reference of SPEC §3 (methods, ranks, cut line, tie-break chain)
# ---------------------------------------------------------------------------------------------------------------


def assert_matches_reference(case: Case, rules: Rules, fingerprint: str, seed: str | None) -> TallyResult:
    result = tally(to_profile(case), rules, fingerprint=fingerprint, seed=seed)
    ref = ref_tally(case, rules, fingerprint, seed)
    codes = case.codes
    by_code = {r.candidate.code: r for r in result.ranking}
    assert sorted(by_code) == sorted(codes)
    assert {c: by_code[c].score for c in codes} == {codes[j]: ref.values[j] for j in range(case.m)}
    assert {c: by_code[c].rank for c in codes} == {codes[j]: ref.rank[j] for j in range(case.m)}
    assert {c: by_code[c].place for c in codes} == {codes[j]: ref.place[j] for j in range(case.m)}
    assert {c: str(by_code[c].status) for c in codes} == {codes[j]: ref.status[j] for j in range(case.m)}
    # The ranking lists every candidate in method order; inside a tie group by place.
    keys = [(r.rank, r.place) for r in result.ranking]
    assert keys == sorted(keys)
    assert [set(g) for g in result.final] == [{codes[j] for j in g} for g in ref.final]
    assert set(result.top) == {codes[j] for j in ref.top}
    assert [by_code[c].place for c in result.top] == sorted(by_code[c].place for c in result.top)
    assert set(result.open) == {codes[j] for j in ref.open}
    assert result.open_seats == ref.open_seats
    assert result.waiting_for == ref.waiting_for
    assert len(result.top) + result.open_seats == min(rules.seats, case.m)
    steps = [(s.rule, set(s.among), dict(s.values), [set(g) for g in s.order]) for s in result.tie_breaks]
    assert steps == [(s.rule, s.among, s.values, s.order) for s in ref.steps]
    # Every method tie is reported; whether it is settled is compared where it matters (a tie below the line is
    # never settled: test_tie_below_the_line_is_reported_not_settled).
    ties = [(set(t.among), t.first, t.last, t.matters, t.settled or not t.matters) for t in result.ties]
    assert ties == [
        (among, first, last, matters, settled or not matters) for among, first, last, matters, settled in ref.ties
    ]
    assert result.ballots == ref.ballots
    if case.mode is Mode.RANKING:
        assert result.pairwise is not None and result.pairwise.tolist() == ref.n_ab
    else:
        assert result.pairwise is None
    return result


@examples(1000)
@given(case=ranking_cases(), data=st.data(), fingerprint=fingerprints, seed=seeds)
def test_ranking_matches_reference(case: Case, data: st.DataObject, fingerprint: str, seed: str | None) -> None:
    assert_matches_reference(case, data.draw(rules_for(case, limits=True)), fingerprint, seed)


@examples(600)
@given(case=approval_cases(recusals=True), data=st.data(), fingerprint=fingerprints, seed=seeds)
def test_approval_matches_reference(case: Case, data: st.DataObject, fingerprint: str, seed: str | None) -> None:
    """Includes recusals: the share among eligible experts orders the list, the raw count is reported beside it."""
    rules = data.draw(rules_for(case, limits=True))
    result = assert_matches_reference(case, rules, fingerprint, seed)
    for r in result.ranking:
        j = case.codes.index(r.candidate.code)
        detail = dict(r.detail)
        counted = [
            i for i in range(case.n) if rules.max_picks is None or sum(case.votes(i).values()) <= rules.max_picks
        ]
        assert detail["approvals"] == sum(1 for i in counted if case.has_vote(i, j))
        eligible = [i for i in counted if case.eligible is None or case.eligible[i][j]]
        assert detail["eligible"] == len(eligible)


@examples(600)
@given(case=score_cases(), data=st.data(), fingerprint=fingerprints, seed=seeds)
def test_score_matches_reference(case: Case, data: st.DataObject, fingerprint: str, seed: str | None) -> None:
    assert_matches_reference(case, data.draw(rules_for(case)), fingerprint, seed)


@examples(300)
@given(scores=st.lists(st.integers(-50, 50), max_size=12), unit=st.sampled_from([1, 2, 3, 10]))
def test_score_functions_are_exact(scores: list[int], unit: int) -> None:
    """mean, median (even count: mean of the two middle), trimmed mean (drop one each end from 5 scores on)."""
    column = np.sort(np.array(scores, dtype=np.int64))
    exact = [Fraction(s, unit) for s in scores]
    for name, function in scoring.SCORE_METHODS.items():
        value = function(column, unit)
        assert isinstance(value, Fraction)
        assert value == SCORE_FUNCTIONS[name](exact)
    if exact:  # stdlib statistics is exact on Fractions: a second, independent oracle
        assert scoring.mean(column, unit) == statistics.mean(exact)
        assert scoring.median(column, unit) == statistics.median(exact)
        trimmed = sorted(exact)[1:-1] if len(exact) >= 5 else exact
        assert scoring.trimmed_mean(column, unit) == statistics.mean(trimmed)


@examples(300)
@given(case=ranking_cases(max_m=5))
def test_schulze_strengths_match_path_enumeration(case: Case) -> None:
    """The engine's Floyd–Warshall d and p equal the reference's threshold search and brute-force path enumeration."""
    profile = to_profile(case)
    n_ab = pairwise.pairwise_counts(profile.cells, profile.marked())
    ref_n = ref_pairwise([case.votes(i) for i in range(case.n)], case.m)
    assert n_ab.tolist() == ref_n
    d_ref = ref_schulze_d(ref_n)
    p_ref = ref_schulze_p(d_ref)
    assert p_ref == ref_schulze_p_by_paths(d_ref)
    d, p = pairwise.schulze_strengths(n_ab)
    assert d.tolist() == d_ref
    assert p.tolist() == p_ref


# ---------------------------------------------------------------------------------------------------------------
# Anonymity, neutrality, determinism
# ---------------------------------------------------------------------------------------------------------------


def permute_rows(case: Case, order: list[int]) -> Case:
    pick = lambda rows: None if rows is None else [rows[i] for i in order]  # noqa: E731
    return replace(
        case,
        cells=pick(case.cells),
        eligible=pick(case.eligible),
        scored=pick(case.scored),
        experts=pick(case.experts),
    )


def permute_columns(case: Case, order: list[int], codes: list[str] | None = None) -> Case:
    pick = lambda rows: None if rows is None else [[row[j] for j in order] for row in rows]  # noqa: E731
    return replace(
        case,
        codes=codes if codes is not None else [case.codes[j] for j in order],
        cells=pick(case.cells),
        eligible=pick(case.eligible),
        scored=pick(case.scored),
    )


def rules_without_limits(draw: st.DrawFn, case: Case, lot: bool = True) -> Rules:
    rules = draw(rules_for(case))
    if not lot and "lot" in rules.chain:
        rules = replace(rules, tie_break=tuple(r for r in rules.chain if r != "lot"))
    return replace(rules, max_picks=None, max_ranks=None)


@examples(300)
@given(case=any_case, data=st.data(), fingerprint=fingerprints, seed=seeds)
def test_anonymity(case: Case, data: st.DataObject, fingerprint: str, seed: str | None) -> None:
    """Permuting the ballots changes nothing in the JSON result, byte for byte."""
    rules = rules_without_limits(data.draw, case)
    order = data.draw(st.permutations(range(case.n)))
    first = to_json(tally(to_profile(case), rules, fingerprint=fingerprint, seed=seed))
    second = to_json(tally(to_profile(permute_rows(case, order)), rules, fingerprint=fingerprint, seed=seed))
    assert first == second


def canonical(result: TallyResult, rename: dict[str, str] | None = None) -> dict[str, object]:
    """The result with every order that is only a presentation of a tie removed, codes optionally renamed."""
    name = (lambda c: rename[c]) if rename else (lambda c: c)
    index = {c.code: j for j, c in enumerate(result.candidates)}
    out: dict[str, object] = {
        "ranking": {
            name(r.candidate.code): (r.score, r.rank, r.place, str(r.status), dict(r.detail)) for r in result.ranking
        },
        "final": [frozenset(map(name, g)) for g in result.final],
        "top": frozenset(map(name, result.top)),
        "open": frozenset(map(name, result.open)),
        "open_seats": result.open_seats,
        "waiting_for": result.waiting_for,
        "ties": [(frozenset(map(name, t.among)), t.first, t.last, t.matters, t.settled) for t in result.ties],
        "steps": [
            (
                s.rule,
                frozenset(map(name, s.among)),
                {name(c): v for c, v in s.values},
                [frozenset(map(name, g)) for g in s.order],
            )
            for s in result.tie_breaks
        ],
        "ballots": result.ballots,
    }
    if result.pairwise is not None:
        out["pairwise"] = {
            (name(a), name(b)): int(result.pairwise[index[a], index[b]]) for a in index for b in index if a != b
        }
    return out


@examples(300)
@given(case=any_case, data=st.data(), fingerprint=fingerprints, seed=seeds)
def test_neutrality_permuting_candidates(case: Case, data: st.DataObject, fingerprint: str, seed: str | None) -> None:
    """Reordering the candidate columns (codes travel with them) reorders the result and changes nothing else."""
    rules = rules_without_limits(data.draw, case)
    order = data.draw(st.permutations(range(case.m)))
    first = tally(to_profile(case), rules, fingerprint=fingerprint, seed=seed)
    second = tally(to_profile(permute_columns(case, order)), rules, fingerprint=fingerprint, seed=seed)
    assert canonical(first) == canonical(second)


@examples(300)
@given(case=any_case, data=st.data())
def test_neutrality_relabelling_candidates(case: Case, data: st.DataObject) -> None:
    """Renaming and reordering the candidates maps the result through the renaming (no lot: it hashes the codes)."""
    rules = rules_without_limits(data.draw, case, lot=False)
    order = data.draw(st.permutations(range(case.m)))
    new_codes = data.draw(
        st.lists(st.text("ABCXYZ候选0123", min_size=1, max_size=4), min_size=case.m, max_size=case.m, unique=True)
    )
    rename = {case.codes[j]: new_codes[k] for k, j in enumerate(order)}
    first = tally(to_profile(case), rules)
    second = tally(to_profile(permute_columns(case, order, codes=new_codes)), rules)
    assert canonical(first, rename) == canonical(second)


@examples(200)
@given(case=any_case, data=st.data(), fingerprint=fingerprints, seed=seeds)
def test_determinism(case: Case, data: st.DataObject, fingerprint: str, seed: str | None) -> None:
    """The same input twice gives byte-identical JSON, and the profile is left as it was."""
    rules = data.draw(rules_for(case, limits=True))
    profile = to_profile(case)
    cells = profile.cells.copy()
    first = to_json(tally(profile, rules, fingerprint=fingerprint, seed=seed))
    assert np.array_equal(profile.cells, cells)
    second = to_json(tally(profile, rules, fingerprint=fingerprint, seed=seed))
    third = to_json(tally(to_profile(case), rules, fingerprint=fingerprint, seed=seed))
    assert first == second == third


# ---------------------------------------------------------------------------------------------------------------
# Condorcet winner and loser (Schulze, Copeland)
# ---------------------------------------------------------------------------------------------------------------


@st.composite
def condorcet_cases(draw: st.DrawFn) -> tuple[Case, int]:
    """A random profile plus more than n ballots ranking one candidate first: it beats every other pairwise."""
    case = draw(ranking_cases(max_n=20))
    winner = draw(st.integers(0, case.m - 1))
    extra = []
    for _ in range(case.n + draw(st.integers(1, 3))):
        row = draw(ranking_rows(case.m, draw(st.sampled_from(["strict", "truncated", "ties"]))))
        row = [r + 1 if r else 0 for r in row]  # everything ranked moves down one place …
        row[winner] = 1  # … and the winner alone is first
        if draw(st.booleans()):
            row = [r if j == winner else 0 for j, r in enumerate(row)]  # a bullet vote
        extra.append(row)
    mixed = draw(st.permutations(case.cells + extra))
    return replace(case, cells=list(mixed), experts=[]), winner


def beats(n_ab: list[list[int]], a: int, b: int) -> bool:
    return n_ab[a][b] > n_ab[b][a]


@examples(300)
@given(data=condorcet_cases(), method=st.sampled_from(["schulze", "copeland"]), seats=st.integers(1, 8))
def test_condorcet_winner_ranks_first_alone(data: tuple[Case, int], method: str, seats: int) -> None:
    case, winner = data
    n_ab = ref_pairwise([case.votes(i) for i in range(case.n)], case.m)
    assert all(beats(n_ab, winner, b) for b in range(case.m) if b != winner)
    result = tally(to_profile(case), Rules(mode=Mode.RANKING, method=method, seats=min(seats, case.m), tie_break=()))
    assert result.ranking[0].candidate.code == case.codes[winner]
    assert [r.rank for r in result.ranking].count(1) == 1
    assert result.final[0] == (case.codes[winner],)
    assert case.codes[winner] in result.top


@examples(300)
@given(case=ranking_cases(), method=st.sampled_from(["schulze", "copeland"]))
def test_condorcet_winner_and_loser_of_random_profiles(case: Case, method: str) -> None:
    """Where a random profile happens to have a Condorcet winner (loser), it is first (last) alone."""
    n_ab = ref_pairwise([case.votes(i) for i in range(case.n)], case.m)
    others = lambda a: [b for b in range(case.m) if b != a]  # noqa: E731
    winners = [a for a in range(case.m) if all(beats(n_ab, a, b) for b in others(a))]
    losers = [a for a in range(case.m) if all(beats(n_ab, b, a) for b in others(a))]
    assume(winners or losers)
    result = tally(to_profile(case), Rules(mode=Mode.RANKING, method=method, seats=1, tie_break=()))
    ranks = [r.rank for r in result.ranking]
    if winners:
        assert result.ranking[0].candidate.code == case.codes[winners[0]] and ranks.count(1) == 1
    if losers:
        assert result.ranking[-1].candidate.code == case.codes[losers[0]] and ranks.count(ranks[-1]) == 1
        assert ranks[-1] == case.m


# ---------------------------------------------------------------------------------------------------------------
# Approval monotonicity
# ---------------------------------------------------------------------------------------------------------------


@examples(400)
@given(case=approval_cases(recusals=True), data=st.data(), seed=seeds)
def test_approval_monotonicity(case: Case, data: st.DataObject, seed: str | None) -> None:
    """One more approval for c never lowers c's rank or place and never takes c out of the top (or the open tie)."""
    free = [
        (i, j)
        for i in range(case.n)
        for j in range(case.m)
        if not case.cells[i][j] and (case.eligible is None or case.eligible[i][j])
    ]
    assume(free)
    i, j = data.draw(st.sampled_from(free))
    rules = Rules(
        mode=Mode.APPROVAL,
        method="approval",
        seats=data.draw(st.integers(1, case.m)),
        max_picks=None,
        tie_break=data.draw(chains(Mode.APPROVAL)),
        ordered_top=data.draw(st.booleans()),
    )
    cells = [list(row) for row in case.cells]
    cells[i][j] = 1
    code = case.codes[j]
    before = next(r for r in tally(to_profile(case), rules, seed=seed).ranking if r.candidate.code == code)
    after = next(
        r for r in tally(to_profile(replace(case, cells=cells)), rules, seed=seed).ranking if r.candidate.code == code
    )
    assert after.score > before.score
    assert after.rank <= before.rank
    assert after.place <= before.place
    if before.status == "seat":
        assert after.status == "seat"
    if before.status == "open":
        assert after.status in ("seat", "open")
