"""Worked examples, small enough to check by hand, and the Schulze example of Wikipedia."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from fractions import Fraction

import numpy as np
import pytest

from top10_panel.domain import pairwise
from top10_panel.domain.profile import Candidate, Profile
from top10_panel.domain.result import TallyResult
from top10_panel.domain.rules import Mode, Rules
from top10_panel.domain.tally import tally
from top10_panel.exchange.result_json import to_json


def ranking_profile(codes: str, ballots: list[dict[str, int]]) -> Profile:
    """Ballots as {code: rank number}; a code not on the ballot is unranked."""
    cells = np.array([[ballot.get(c, 0) for c in codes] for ballot in ballots], dtype=np.int64)
    return Profile(
        mode=Mode.RANKING,
        candidates=tuple(Candidate(c, f"Event {c}") for c in codes),
        experts=tuple(f"E{i + 1}" for i in range(len(ballots))),
        cells=cells,
    )


def order_ballot(order: str) -> dict[str, int]:
    """'ACBED' → A first, C second …; 'A,BC,D' with commas → tie groups."""
    groups = order.split(",") if "," in order else list(order)
    return {c: k + 1 for k, group in enumerate(groups) for c in group}


def by_code(result: TallyResult) -> dict[str, tuple[Fraction, int, int, str]]:
    return {r.candidate.code: (r.score, r.rank, r.place, str(r.status)) for r in result.ranking}


def lot_order(fingerprint: str, seed: str, codes: list[str]) -> list[str]:
    """SPEC §3, recomputed the way anyone would with sha256sum."""
    return sorted(codes, key=lambda c: hashlib.sha256(f"{fingerprint}:{seed}:{c}".encode()).hexdigest())


def ranking_rules(method: str, seats: int, chain: tuple[str, ...] | None = (), **kw: object) -> Rules:
    return Rules(mode=Mode.RANKING, method=method, seats=seats, tie_break=chain, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------------------------
# Schulze: the example of https://en.wikipedia.org/wiki/Schulze_method (45 voters, 5 candidates)
# ---------------------------------------------------------------------------------------------------------------

WIKIPEDIA = [
    (5, "ACBED"),
    (5, "ADECB"),
    (8, "BEDAC"),
    (3, "CABED"),
    (7, "CAEBD"),
    (2, "CBADE"),
    (7, "DCEBA"),
    (8, "EBADC"),
]
WIKI_N = [
    [0, 20, 26, 30, 22],
    [25, 0, 16, 33, 18],
    [19, 29, 0, 17, 24],
    [15, 12, 28, 0, 14],
    [23, 27, 21, 31, 0],
]
WIKI_P = [
    [0, 28, 28, 30, 24],
    [25, 0, 28, 33, 24],
    [25, 29, 0, 29, 24],
    [25, 28, 28, 0, 24],
    [25, 28, 28, 31, 0],
]


def wikipedia_profile() -> Profile:
    return ranking_profile("ABCDE", [order_ballot(order) for count, order in WIKIPEDIA for _ in range(count)])


def test_wikipedia_schulze_strengths() -> None:
    profile = wikipedia_profile()
    assert profile.cells.shape == (45, 5)
    n_ab = pairwise.pairwise_counts(profile.cells, profile.marked())
    assert n_ab.tolist() == WIKI_N
    d, p = pairwise.schulze_strengths(n_ab)
    # Winning votes: a link keeps N[a][b] only where a wins the pair.
    winning = [[WIKI_N[a][b] if WIKI_N[a][b] > WIKI_N[b][a] else 0 for b in range(5)] for a in range(5)]
    assert d.tolist() == winning
    assert d[0].tolist() == [0, 0, 26, 30, 0]
    assert p.tolist() == WIKI_P


def test_wikipedia_schulze_ranking() -> None:
    result = tally(wikipedia_profile(), ranking_rules("schulze", seats=1))
    assert [r.candidate.code for r in result.ranking] == list("EACBD")
    assert [r.rank for r in result.ranking] == [1, 2, 3, 4, 5]
    assert [r.score for r in result.ranking] == [4, 3, 2, 1, 0]  # how many candidates each beats
    assert result.top == ("E",) and result.open == () and not result.ties
    assert [list(g) for g in result.final] == [["E"], ["A"], ["C"], ["B"], ["D"]]
    assert result.pairwise is not None and result.pairwise.tolist() == WIKI_N
    out = json.loads(to_json(result))
    assert out["pairwise"]["A"] == {"B": 20, "C": 26, "D": 30, "E": 22}
    assert [r["rank"] for r in out["ranking"]] == [1, 2, 3, 4, 5]


def test_wikipedia_other_methods() -> None:
    """Borda = row sums of N; Copeland: E beats A, B, D; A beats C, D; B beats A, D; C beats B, E; D beats C."""
    profile = wikipedia_profile()
    borda = tally(profile, ranking_rules("borda", seats=5))
    assert {c: s for c, (s, *_) in by_code(borda).items()} == {
        c: sum(row) for c, row in zip("ABCDE", WIKI_N, strict=True)
    }
    copeland = tally(profile, ranking_rules("copeland", seats=5))
    assert {c: s for c, (s, *_) in by_code(copeland).items()} == {"A": 2, "B": 2, "C": 2, "D": 1, "E": 3}
    assert [r.rank for r in copeland.ranking] == [1, 2, 2, 2, 5]
    assert copeland.ranking[0].candidate.code == "E" and copeland.ranking[-1].candidate.code == "D"


# ---------------------------------------------------------------------------------------------------------------
# Borda with truncated ballots, equal ranks and gaps
# ---------------------------------------------------------------------------------------------------------------

BORDA_BALLOTS = [
    {"A": 1, "B": 2, "C": 3, "D": 4},  # complete: A 3, B 2, C 1, D 0 (n − rank)
    {"B": 1, "C": 1, "A": 2},  # B = C first (tie), A second, D unranked: B 2, C 2, A 1, D 0
    {"D": 1},  # a bullet vote: D 3
    {"A": 5, "C": 9},  # gaps are ignored: A 3, C 2
    {"B": 1},  # B 3
]


def test_borda_truncated_and_tied_by_hand() -> None:
    profile = ranking_profile("ABCD", BORDA_BALLOTS)
    n_ab = pairwise.pairwise_counts(profile.cells, profile.marked())
    assert n_ab.tolist() == [
        [0, 2, 2, 3],  # A over B: ballots 1, 4; over C: 1, 4 (C is first on 2); over D: 1, 2, 4
        [2, 0, 2, 3],  # B over A: 2, 5; over C: 1, 5 (B = C on 2); over D: 1, 2, 5
        [1, 1, 0, 3],  # C over A: 2; over B: 4 (B unranked); over D: 1, 2, 4
        [1, 1, 1, 0],  # D over A, B, C: ballot 3 only, where D alone is ranked
    ]
    assert pairwise.borda_scores(n_ab) == [7, 7, 5, 3]  # Borda = row sums
    result = tally(profile, ranking_rules("borda", seats=1, chain=None))
    assert {c: s for c, (s, *_) in by_code(result).items()} == {"A": 7, "B": 7, "C": 5, "D": 3}
    assert [(r.candidate.code, r.rank) for r in result.ranking] == [("A", 1), ("B", 1), ("C", 3), ("D", 4)]
    # Default chain: head to head A–B is 2:2, first places 2:2 (ballot 2 puts B and C both first): still open.
    assert [(s.rule, dict(s.values)) for s in result.tie_breaks] == [
        ("pairwise", {"A": Fraction(1, 2), "B": Fraction(1, 2)}),
        ("first_choices", {"A": 2, "B": 2}),
    ]
    assert result.top == () and set(result.open) == {"A", "B"} and result.open_seats == 1
    assert result.waiting_for == ""


def test_borda_pairwise_ranked_beats_unranked() -> None:
    """Ballot 3 ranks only D: D is above A, B and C there."""
    profile = ranking_profile("ABCD", [{"D": 1}])
    n_ab = pairwise.pairwise_counts(profile.cells, profile.marked())
    assert n_ab.tolist() == [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [1, 1, 1, 0]]
    assert pairwise.borda_scores(n_ab) == [0, 0, 0, 3]


# ---------------------------------------------------------------------------------------------------------------
# Copeland with ties
# ---------------------------------------------------------------------------------------------------------------


def test_copeland_half_point_for_a_pairwise_tie() -> None:
    """A>B>C and B>A>C, D never ranked: A–B tie 1:1, both beat C and D, C beats D (ranked above unranked)."""
    profile = ranking_profile("ABCD", [order_ballot("ABC"), order_ballot("BAC")])
    result = tally(profile, ranking_rules("copeland", seats=1, chain=None))
    assert {c: s for c, (s, *_) in by_code(result).items()} == {
        "A": Fraction(5, 2),
        "B": Fraction(5, 2),
        "C": Fraction(1),
        "D": Fraction(0),
    }
    assert [r.rank for r in result.ranking] == [1, 1, 3, 4]
    assert set(result.open) == {"A", "B"} and result.top == ()
    assert json.loads(to_json(result))["ranking"][0]["score"] == 2.5


def test_copeland_tie_settled_head_to_head() -> None:
    """Majorities A>B, B>C, B>D, C>A, A>D, D>C: Copeland A 2, B 2, C 1, D 1; within {A, B} A wins."""
    profile = ranking_profile("ABCD", [order_ballot("ABDC"), order_ballot("BDCA"), order_ballot("CADB")])
    result = tally(profile, ranking_rules("copeland", seats=1, chain=None))
    assert by_code(result) == {
        "A": (2, 1, 1, "seat"),
        "B": (2, 1, 2, "out"),
        "C": (1, 3, 3, "out"),
        "D": (1, 3, 3, "out"),
    }
    (step,) = result.tie_breaks
    assert (step.rule, set(step.among), dict(step.values)) == ("pairwise", {"A", "B"}, {"A": 1, "B": 0})
    assert step.order == (("A",), ("B",))
    assert result.top == ("A",) and result.open == ()
    ties = {frozenset(t.among): (t.first, t.last, t.matters) for t in result.ties}
    assert ties == {frozenset("AB"): (1, 2, True), frozenset("CD"): (3, 4, False)}  # C–D is below the line
    assert next(t for t in result.ties if t.matters).settled

    # With four seats published in order, the C–D tie inside the top matters: D beats C head to head.
    result = tally(profile, ranking_rules("copeland", seats=4, chain=None))
    assert [list(g) for g in result.final] == [["A"], ["B"], ["D"], ["C"]]
    assert result.top == ("A", "B", "D", "C")
    # Not in order: only the cut line matters, and with every candidate seated no tie does.
    result = tally(profile, ranking_rules("copeland", seats=4, chain=None, ordered_top=False))
    assert result.tie_breaks == () and set(result.top) == set("ABCD")


# ---------------------------------------------------------------------------------------------------------------
# Approval, with recusals
# ---------------------------------------------------------------------------------------------------------------


def approval_profile(codes: str, rows: list[str], eligible: list[str] | None = None) -> Profile:
    """rows: '1101' per expert; eligible: '1011' per expert, 0 = recused."""
    return Profile(
        mode=Mode.APPROVAL,
        candidates=tuple(Candidate(c) for c in codes),
        experts=tuple(f"E{i + 1}" for i in range(len(rows))),
        cells=np.array([[int(x) for x in row] for row in rows], dtype=np.int64),
        eligible=None if eligible is None else np.array([[x == "1" for x in row] for row in eligible]),
    )


def test_approval_competition_ranks() -> None:
    rows = ["1110", "1110", "1101", "1010", "1000"]  # A 5, B 3, C 3, D 1
    result = tally(approval_profile("ABCD", rows), Rules(mode=Mode.APPROVAL, seats=2))
    assert [(r.candidate.code, r.score, r.rank) for r in result.ranking] == [
        ("A", 5, 1),
        ("B", 3, 2),
        ("C", 3, 2),
        ("D", 1, 4),
    ]
    # B–C crosses the second seat; approval's default chain is empty: open for a runoff, the chair or a lot.
    assert result.top == ("A",) and set(result.open) == {"B", "C"} and result.open_seats == 1
    out = json.loads(to_json(result))
    assert out["ways_to_settle"] == ["runoff", "chair", "lot"] and out["open_seats"] == 1


def test_approval_with_recusals_orders_by_share_and_reports_the_count() -> None:
    rows = ["111", "111", "111", "000"]
    eligible = ["111", "111", "101", "101"]  # E3 and E4 are recused from B; E3's mark on B does not count
    result = tally(approval_profile("ABC", rows, eligible), Rules(mode=Mode.APPROVAL, seats=2))
    got = {r.candidate.code: (r.score, r.rank, dict(r.detail)) for r in result.ranking}
    assert got == {
        "B": (Fraction(1), 1, {"approvals": 2, "eligible": 2}),
        "A": (Fraction(3, 4), 2, {"approvals": 3, "eligible": 4}),
        "C": (Fraction(3, 4), 2, {"approvals": 3, "eligible": 4}),
    }
    assert result.ranking[0].candidate.code == "B"  # fewer approvals than A and C, but the best share
    assert result.top == ("B",) and set(result.open) == {"A", "C"}
    row = json.loads(to_json(result))["ranking"][1]
    assert (row["score"], row["approvals"], row["eligible"]) == (0.75, 3, 4)


def test_approval_over_vote_voids_the_ballot() -> None:
    rows = ["111", "100", "010", "000"]
    result = tally(approval_profile("ABC", rows), Rules(mode=Mode.APPROVAL, seats=1, max_picks=2))
    assert result.ballots == {"valid": 3, "abstain": 1, "invalid": 1, "returned": 4}
    assert [(r.candidate.code, r.score) for r in result.ranking] == [("A", 1), ("B", 1), ("C", 0)]


# ---------------------------------------------------------------------------------------------------------------
# Score: mean, median, trimmed mean, exactly
# ---------------------------------------------------------------------------------------------------------------


def score_profile(codes: str, rows: list[list[int | None]], unit: int = 1) -> Profile:
    return Profile(
        mode=Mode.SCORE,
        candidates=tuple(Candidate(c) for c in codes),
        experts=tuple(f"E{i + 1}" for i in range(len(rows))),
        cells=np.array([[v or 0 for v in row] for row in rows], dtype=np.int64),
        scored=np.array([[v is not None for v in row] for row in rows]),
        unit=unit,
    )


# X: 2 9 7 7 10 — mean 7, median 7, trimmed (9+7+7)/3 = 23/3
# Y: 5 9 5 9 7  — mean 7, median 7, trimmed (5+7+9)/3 = 7
# W: 3 – 4 – 8  — three scores: mean 5, median 4, trimmed = mean (fewer than 5 scores)
# V: 6 – 8 – –  — two scores: median = (6 + 8) / 2 = 7
SCORES = [[2, 5, 3, 6], [9, 9, None, None], [7, 5, 4, 8], [7, 9, None, None], [10, 7, 8, None]]


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        ("mean", {"X": Fraction(7), "Y": Fraction(7), "W": Fraction(5), "V": Fraction(7)}),
        ("median", {"X": Fraction(7), "Y": Fraction(7), "W": Fraction(4), "V": Fraction(7)}),
        ("trimmed_mean", {"X": Fraction(23, 3), "Y": Fraction(7), "W": Fraction(5), "V": Fraction(7)}),
    ],
)
def test_score_methods_by_hand(method: str, expected: dict[str, Fraction]) -> None:
    result = tally(score_profile("XYWV", SCORES), Rules(mode=Mode.SCORE, method=method, seats=1))
    assert {r.candidate.code: r.score for r in result.ranking} == expected


def test_score_default_chain_median_then_top_scores() -> None:
    """Mean ties X, Y and V at 7; medians are 7, 7, 7; top marks (10): X 1, Y 0, V 0 → X takes the seat."""
    result = tally(score_profile("XYWV", SCORES), Rules(mode=Mode.SCORE, method="mean", seats=1))
    assert [(s.rule, dict(s.values)) for s in result.tie_breaks] == [
        ("median", {"X": 7, "Y": 7, "V": 7}),
        ("first_choices", {"X": 1, "Y": 0, "V": 0}),
    ]
    assert result.top == ("X",) and result.open == ()


def test_score_ties_are_exact_not_float() -> None:
    """In tenths: A 0.1, 0.2 and B 0.3, 0.0 both average 3/20; in floats (0.1 + 0.2) / 2 != 0.3 / 2."""
    assert (0.1 + 0.2) / 2 != (0.3 + 0.0) / 2
    result = tally(score_profile("AB", [[1, 3], [2, 0]], unit=10), Rules(mode=Mode.SCORE, method="mean", seats=1))
    assert [(r.candidate.code, r.score, r.rank) for r in result.ranking] == [
        ("A", Fraction(3, 20), 1),
        ("B", Fraction(3, 20), 1),
    ]


def test_score_half_points_and_recusal() -> None:
    """Half points (unit 2): 6.5 and 7 → mean and median 27/4; the recused expert's 10 does not count."""
    profile = score_profile("Z", [[13], [14], [20]], unit=2)
    profile = replace(profile, eligible=np.array([[True], [True], [False]]))
    for method in ("mean", "median", "trimmed_mean"):
        result = tally(profile, Rules(mode=Mode.SCORE, method=method, seats=1))
        assert result.ranking[0].score == Fraction(27, 4)
        assert dict(result.ranking[0].detail) == {"scored": 2}


# ---------------------------------------------------------------------------------------------------------------
# The tie-break chain: lot, runoff, chair
# ---------------------------------------------------------------------------------------------------------------


def test_lot_draw_orders_by_sha256() -> None:
    """Borda example: A–B survive pairwise and first choices; the lot orders them by SHA-256, ascending."""
    profile = ranking_profile("ABCD", BORDA_BALLOTS)
    fingerprint = hashlib.sha256(b"ballots.csv").hexdigest()
    seed = "2020年12月31日 福彩 3D 123"
    rules = ranking_rules("borda", seats=1, chain=("pairwise", "first_choices", "lot"))
    result = tally(profile, rules, fingerprint=fingerprint, seed=seed)
    winner, runner_up = lot_order(fingerprint, seed, ["A", "B"])
    assert [s.rule for s in result.tie_breaks] == ["pairwise", "first_choices", "lot"]
    lot = result.tie_breaks[-1]
    assert dict(lot.values) == {c: hashlib.sha256(f"{fingerprint}:{seed}:{c}".encode()).hexdigest() for c in "AB"}
    assert lot.order == ((winner,), (runner_up,))
    assert result.top == (winner,) and result.open == () and result.waiting_for == ""
    assert by_code(result)[winner][2] == 1 and by_code(result)[runner_up][2] == 2
    out = json.loads(to_json(result))
    assert out["tie_breaks"][-1]["values"][winner] < out["tie_breaks"][-1]["values"][runner_up]
    # Another seed text, another draw, equally recomputable.
    other = tally(profile, rules, fingerprint=fingerprint, seed="456")
    assert other.top == (lot_order(fingerprint, "456", ["A", "B"])[0],)


def test_lot_among_many_approval_ties() -> None:
    """Four-way tie for three seats: the lot orders all four; the three lowest hashes take the seats."""
    profile = approval_profile("PQRS", ["1111", "1111"])
    result = tally(profile, Rules(mode=Mode.APPROVAL, seats=3, tie_break=("lot",)), fingerprint="f", seed="s")
    expected = lot_order("f", "s", list("PQRS"))
    assert [list(g) for g in result.final] == [[c] for c in expected]
    assert result.top == tuple(expected[:3])
    assert by_code(result)[expected[3]][3] == "out"


@pytest.mark.parametrize(
    ("chain", "seed", "waiting"),
    [
        (("pairwise", "runoff"), None, "runoff"),
        (("pairwise", "first_choices", "chair", "lot"), "123", "chair"),
        (("runoff",), None, "runoff"),
        (("lot",), None, "lot"),  # a lot draw needs the public seed text
        ((), None, ""),
    ],
)
def test_runoff_chair_or_missing_seed_leave_the_tie_open(
    chain: tuple[str, ...], seed: str | None, waiting: str
) -> None:
    profile = ranking_profile("ABCD", BORDA_BALLOTS)
    result = tally(profile, ranking_rules("borda", seats=1, chain=chain), fingerprint="fp", seed=seed)
    assert result.top == () and set(result.open) == {"A", "B"} and result.open_seats == 1
    assert result.waiting_for == waiting
    assert {"lot", "runoff", "chair"}.isdisjoint(s.rule for s in result.tie_breaks)  # nothing carried out yet
    assert {by_code(result)[c][3] for c in "AB"} == {"open"}
    assert by_code(result)["C"][3] == "out"
    out = json.loads(to_json(result))
    assert out["open"] and out["top"] == [] and out["waiting_for"] == (waiting or None)


def test_open_tie_with_settled_seats_above_it() -> None:
    """Schulze: C wins outright; A and B tie for the second of two seats; the runoff is pending."""
    ballots = [order_ballot("CAB"), order_ballot("CBA"), order_ballot("C")]
    result = tally(ranking_profile("ABC", ballots), ranking_rules("schulze", seats=2, chain=("pairwise", "runoff")))
    assert result.top == ("C",) and set(result.open) == {"A", "B"} and result.open_seats == 1
    assert result.waiting_for == "runoff"
    assert [(r.candidate.code, r.rank, str(r.status)) for r in result.ranking][0] == ("C", 1, "seat")
    assert {r.rank for r in result.ranking[1:]} == {2}


def test_tie_below_the_line_is_reported_not_settled() -> None:
    profile = ranking_profile("ABCD", [order_ballot("ABDC"), order_ballot("BDCA"), order_ballot("CADB")])
    result = tally(profile, ranking_rules("copeland", seats=1, chain=None))
    below = next(t for t in result.ties if set(t.among) == {"C", "D"})
    assert not below.matters
    assert not below.settled
