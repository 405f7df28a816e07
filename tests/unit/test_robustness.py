"""How robust each seat is (SPEC §3), checked against a brute-force search over every change on small profiles.

The brute force never uses the closed forms of domain/robustness.py: it enumerates every valid ballot (approval,
ranking) or every point of the scale (score), tries every set of k changes for k = 0, 1, 2, … and stops at the first
k after which the candidate across the line draws level. A candidate's margin is the fewest changes over every
candidate across its line, as the module promises."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterable
from dataclasses import replace
from fractions import Fraction

import numpy as np
import pytest

from tests.reference import SCORE_FUNCTIONS
from top10_panel.domain.people import Candidate
from top10_panel.domain.profile import Profile
from top10_panel.domain.result import SeatStatus, TallyResult
from top10_panel.domain.robustness import Measure, fewest, robustness
from top10_panel.domain.rules import Mode, Rules
from top10_panel.domain.tally import tally

Pair = tuple[int, int]


def make_profile(
    mode: Mode, cells: list[list[int]], eligible: list[list[bool]] | None = None, **extra: object
) -> Profile:
    m = len(cells[0])
    candidates = tuple(Candidate(f"C{j + 1}", f"candidate {j + 1}") for j in range(m))
    return Profile(
        mode,
        candidates,
        tuple(f"expert {i + 1}" for i in range(len(cells))),
        np.array(cells, dtype=np.int64),
        eligible=np.array(eligible, dtype=bool) if eligible is not None else None,
        **extra,  # type: ignore[arg-type]
    )


def across(result: TallyResult, j: int) -> list[Pair]:
    """The pairs (upper, lower) that put candidate j against a candidate across its cut line."""
    codes = [c.code for c in result.candidates]
    status = {r.candidate.code: r.status for r in result.ranking}
    mine = status[codes[j]]
    if mine is SeatStatus.SEAT:
        return [(j, b) for b, code in enumerate(codes) if status[code] is not SeatStatus.SEAT]
    if mine is SeatStatus.OUT:
        return [(a, j) for a, code in enumerate(codes) if status[code] is not SeatStatus.OUT]
    return []


def expected(result: TallyResult, pair_margin: Callable[[int, int], int | None]) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    for j, candidate in enumerate(result.candidates):
        status = next(r.status for r in result.ranking if r.candidate.code == candidate.code)
        if status is SeatStatus.OPEN:
            out[candidate.code] = 0
            continue
        found = [k for a, b in across(result, j) if (k := pair_margin(a, b)) is not None]
        out[candidate.code] = min(found) if found else None
    return out


def shown(profile: Profile, rules: Rules, result: TallyResult) -> dict[str, int | None]:
    computed = robustness(profile, rules, result)
    assert computed is not None
    return {m.code: m.changes for m in computed.margins}


def smallest_k(
    rows: list[int], options: Callable[[int], Iterable[tuple[int, ...]]], base: tuple[int, ...], level: Callable
) -> int | None:
    """Brute force: the fewest rows whose contribution, each replaced by any of its options, makes ``level`` true.
    ``base`` is the pair's totals; each option is a row's change to them."""
    for k in range(len(rows) + 1):
        for chosen in itertools.combinations(rows, k):
            for deltas in itertools.product(*(list(options(i)) for i in chosen)):
                totals = tuple(sum(parts) for parts in zip(base, *deltas, strict=True))
                if level(totals):
                    return k
    return None


# --- approval: every valid ballot of the expert --------------------------------------------------------------------


def approval_valid(rules: Rules, allowed: list[int]) -> list[frozenset[int]]:
    highest = rules.max_picks if rules.max_picks is not None else len(allowed)
    out = []
    for size in range(len(allowed) + 1):
        if size and not (max(1, rules.min_picks) <= size <= highest):
            continue
        out += [frozenset(s) for s in itertools.combinations(allowed, size)]
    return out


def approval_pair(profile: Profile, rules: Rules, a: int, b: int) -> int | None:
    n, m = profile.cells.shape
    eligible = profile.eligible if profile.eligible is not None else np.ones((n, m), dtype=bool)
    ballots = [frozenset(j for j in range(m) if profile.cells[i, j] and eligible[i, j]) for i in range(n)]
    highest = rules.max_picks if rules.max_picks is not None else m
    counted = [i for i in range(n) if not (len(ballots[i]) > highest or 0 < len(ballots[i]) < rules.min_picks)]
    voters_a = sum(1 for i in counted if eligible[i, a])
    voters_b = sum(1 for i in counted if eligible[i, b])
    shares = profile.eligible is not None

    def value(approvals: int, voters: int) -> Fraction:
        if not shares:
            return Fraction(approvals)
        return Fraction(approvals, voters) if voters else Fraction(0)

    def options(i: int) -> set[tuple[int, int]]:
        was = ballots[i]
        allowed = [j for j in range(m) if eligible[i, j]]
        return {((a in s) - (a in was), (b in s) - (b in was)) for s in approval_valid(rules, allowed)}

    base = (sum(a in ballots[i] for i in counted), sum(b in ballots[i] for i in counted))
    return smallest_k(counted, options, base, lambda t: value(t[1], voters_b) >= value(t[0], voters_a))


def random_approval(rng: random.Random) -> tuple[Profile, Rules]:
    m, n = rng.choice([3, 4]), rng.randint(1, 7)
    max_picks = rng.choice([1, 2, 2, 3, None])
    min_picks = rng.choice([0, 0, 1, 2])
    if max_picks is not None:
        min_picks = min(min_picks, max_picks)
    eligible = [[rng.random() > 0.2 for _ in range(m)] for _ in range(n)] if rng.random() < 0.4 else None
    liked = [rng.random() for _ in range(m)]  # some candidates far ahead, so that margins above 1 occur
    cells = [[int(rng.random() < p) for p in liked] for _ in range(n)]
    if eligible is not None:
        cells = [[c if e else 0 for c, e in zip(row, ok, strict=True)] for row, ok in zip(cells, eligible, strict=True)]
    rules = Rules(mode=Mode.APPROVAL, seats=rng.choice([1, 2]), max_picks=max_picks, min_picks=min_picks)
    return make_profile(Mode.APPROVAL, cells, eligible), rules


@pytest.mark.parametrize("seed", range(120))
def test_approval_margins_match_the_brute_force(seed: int) -> None:
    profile, rules = random_approval(random.Random(seed))
    result = tally(profile, rules)
    assert shown(profile, rules, result) == expected(result, lambda a, b: approval_pair(profile, rules, a, b))


# --- ranking: every valid ranking ----------------------------------------------------------------------------------


def ranking_valid(rules: Rules, allowed: list[bool]) -> list[tuple[int, ...]]:
    m = len(allowed)
    out = []
    for ranks in itertools.product(range(m + 1), repeat=m):
        if any(r and not ok for r, ok in zip(ranks, allowed, strict=True)):
            continue
        if rules.max_ranks is not None and sum(1 for r in ranks if r) > rules.max_ranks:
            continue
        out.append(ranks)
    return out


def above(ranks: tuple[int, ...], x: int, y: int, allowed: tuple[bool, ...] | None = None) -> bool:
    """x ranked above y; a ballot whose expert is recused from x or y has no vote on the pair (SPEC §3)."""
    if allowed is not None and not (allowed[x] and allowed[y]):
        return False
    return bool(ranks[x]) and (not ranks[y] or ranks[x] < ranks[y])


def borda_points(ranks: tuple[int, ...], c: int, allowed: tuple[bool, ...] | None = None) -> int:
    return sum(1 for d in range(len(ranks)) if d != c and above(ranks, c, d, allowed))


def ranking_pair(profile: Profile, rules: Rules, a: int, b: int) -> int | None:
    n, m = profile.cells.shape
    eligible = profile.eligible if profile.eligible is not None else np.ones((n, m), dtype=bool)
    ballots = [tuple(int(profile.cells[i, j]) if eligible[i, j] else 0 for j in range(m)) for i in range(n)]
    counted = [i for i in range(n) if rules.max_ranks is None or sum(1 for r in ballots[i] if r) <= rules.max_ranks]
    allowed = [tuple(bool(e) for e in eligible[i]) for i in range(n)]
    if rules.method == "borda":

        def score(ranks: tuple[int, ...], ok: tuple[bool, ...]) -> tuple[int, ...]:
            return (borda_points(ranks, a, ok), borda_points(ranks, b, ok))
    else:

        def score(ranks: tuple[int, ...], ok: tuple[bool, ...]) -> tuple[int, ...]:
            return (int(above(ranks, a, b, ok)), int(above(ranks, b, a, ok)))

    def options(i: int) -> set[tuple[int, ...]]:
        was = score(ballots[i], allowed[i])
        valid = ranking_valid(rules, list(allowed[i]))
        return {tuple(x - y for x, y in zip(score(r, allowed[i]), was, strict=True)) for r in valid}

    base = tuple(sum(parts) for parts in zip(*(score(ballots[i], allowed[i]) for i in counted), strict=True)) or (0, 0)
    return smallest_k(counted, options, base, lambda t: t[1] >= t[0])


def random_ranking(rng: random.Random, method: str) -> tuple[Profile, Rules]:
    m, n = 3, rng.randint(1, 6)
    eligible = [[rng.random() > 0.2 for _ in range(m)] for _ in range(n)] if rng.random() < 0.3 else None
    cells = [[rng.choice([0, 1, 1, 2, 3]) for _ in range(m)] for _ in range(n)]
    if rng.random() < 0.5:  # a common favourite, so that margins above 1 occur
        cells = [[1, *rng.sample([2, 3, 0], 2)] for _ in range(n)]
    if eligible is not None:
        cells = [[c if e else 0 for c, e in zip(row, ok, strict=True)] for row, ok in zip(cells, eligible, strict=True)]
    rules = Rules(mode=Mode.RANKING, method=method, seats=rng.choice([1, 2]), max_ranks=rng.choice([None, 2]))
    return make_profile(Mode.RANKING, cells, eligible), rules


@pytest.mark.parametrize("method", ["borda", "schulze", "copeland"])
@pytest.mark.parametrize("seed", range(40))
def test_ranking_margins_match_the_brute_force(method: str, seed: int) -> None:
    profile, rules = random_ranking(random.Random(seed), method)
    result = tally(profile, rules)
    assert shown(profile, rules, result) == expected(result, lambda a, b: ranking_pair(profile, rules, a, b))


# --- score: every point of the scale in every scored cell ----------------------------------------------------------


def score_pair(profile: Profile, rules: Rules, a: int, b: int) -> int | None:
    assert profile.scored is not None
    n, _ = profile.cells.shape
    low, high = (int(v) for v in rules.scale)
    counted = [
        i for i in range(n) if all(low <= profile.cells[i, j] <= high for j in np.flatnonzero(profile.scored[i]))
    ]
    method = SCORE_FUNCTIONS[rules.method]
    cells = [(i, j) for j in (a, b) for i in counted if profile.scored[i, j]]
    for k in range(len(cells) + 1):
        for chosen in itertools.combinations(cells, k):
            for values in itertools.product(range(low, high + 1), repeat=k):
                new = dict(zip(chosen, values, strict=True))

                def column(j: int, new: dict[tuple[int, int], int] = new) -> list[Fraction]:
                    return sorted(
                        Fraction(new.get((i, j), int(profile.cells[i, j]))) for i in counted if profile.scored[i, j]
                    )

                if method(column(b)) >= method(column(a)):
                    return k
    return None


def random_score(rng: random.Random, method: str) -> tuple[Profile, Rules]:
    m = rng.choice([2, 3])
    n = rng.randint(1, 6 if m == 2 else 4)
    low, high = rng.choice([(0, 2), (1, 3), (0, 3)])
    scored = [[rng.random() > 0.2 for _ in range(m)] for _ in range(n)]
    cells = [[rng.randint(low, high) if s else 0 for s in row] for row in scored]
    if rng.random() < 0.5:  # the first candidate far ahead, so that margins above 1 occur
        cells = [[high if s and j == 0 else low if s else 0 for j, s in enumerate(row)] for row in scored]
    rules = Rules(mode=Mode.SCORE, method=method, seats=1, scale=(Fraction(low), Fraction(high)))
    return make_profile(Mode.SCORE, cells, scored=np.array(scored, dtype=bool)), rules


@pytest.mark.parametrize("method", ["mean", "median", "trimmed_mean"])
@pytest.mark.parametrize("seed", range(40))
def test_score_margins_match_the_brute_force(method: str, seed: int) -> None:
    profile, rules = random_score(random.Random(seed), method)
    result = tally(profile, rules)
    assert shown(profile, rules, result) == expected(result, lambda a, b: score_pair(profile, rules, a, b))


# --- worked examples, as the results page explains them --------------------------------------------------------------


def test_an_approval_seat_is_lost_when_enough_ballots_move_a_vote_across_the_line() -> None:
    """C1 has 4 approvals, C2 2, C3 1, one seat: a ballot that moves its tick from C1 to C2 closes the gap by 2."""
    cells = [[1, 0, 0], [1, 0, 0], [1, 0, 1], [1, 1, 0], [0, 1, 0]]
    profile = make_profile(Mode.APPROVAL, cells)
    rules = Rules(mode=Mode.APPROVAL, seats=1, max_picks=2)
    result = tally(profile, rules)
    computed = robustness(profile, rules, result)
    assert computed is not None and computed.measure is Measure.BALLOTS
    assert [(m.code, m.changes, m.against) for m in computed.margins] == [
        ("C1", 1, "C2"),  # 4 − 2: one ballot moves its tick from C1 to C2 and they are level
        ("C2", 1, "C1"),
        ("C3", 2, "C1"),  # 4 − 1 = 3: two ballots (2 + 1) bring C3 level with C1
    ]


def test_a_tie_at_the_line_has_margin_zero_and_weighted_sources_have_none() -> None:
    cells = [[1, 1, 0], [1, 0, 1], [0, 1, 1]]
    profile = make_profile(Mode.APPROVAL, cells)
    rules = Rules(mode=Mode.APPROVAL, seats=1, max_picks=2)
    result = tally(profile, rules)
    assert result.open_ties and set(shown(profile, rules, result).values()) == {0}
    weighted = replace(rules, weights=(("experts", Fraction(1, 2)), ("public", Fraction(1, 2))))
    assert robustness(profile, weighted, result) is None


def test_schulze_and_copeland_count_head_to_head_and_scores_count_single_scores() -> None:
    ranking = make_profile(Mode.RANKING, [[1, 2, 3], [1, 3, 2], [2, 1, 3]])
    for method, measure in (("schulze", Measure.HEAD_TO_HEAD), ("borda", Measure.BALLOTS)):
        rules = Rules(mode=Mode.RANKING, method=method, seats=1)
        computed = robustness(ranking, rules, tally(ranking, rules))
        assert computed is not None and computed.measure is measure
    scored = make_profile(Mode.SCORE, [[9, 3], [8, 4], [7, 5]], scored=np.ones((3, 2), dtype=bool))
    rules = Rules(mode=Mode.SCORE, seats=1)
    computed = robustness(scored, rules, tally(scored, rules))
    assert computed is not None and computed.measure is Measure.SCORES
    # mean 8 against 4: 9 → 0 makes 5, then 3 → 10 makes 19/3 ≥ 5: two scores
    assert [(m.code, m.changes) for m in computed.margins] == [("C1", 2), ("C2", 2)]


def test_fewest_takes_the_largest_gains_first() -> None:
    assert fewest([1, 2, 2, 1], 0) == 0
    assert fewest([1, 2, 2, 1], 4) == 2
    assert fewest([1, 2, 2, 1], 5) == 3
    assert fewest([1, 1], 3) is None
