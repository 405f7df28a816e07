"""Panel agreement (SPEC §3): Kendall's W with the tie correction, χ², p-value, response rate, Spearman's ρ.

Published worked examples first, then a reference written from SPEC (exact fractions, brute force) and scipy as
oracles on hypothesis-generated panels with ties, truncated ballots, approval ballots and recusals.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy import stats

from top10_panel.domain.agreement import Agreement, agreement
from top10_panel.domain.chi2 import chi2_sf
from top10_panel.domain.people import Candidate, Recusal, RecusalReason
from top10_panel.domain.profile import check_ballots
from top10_panel.domain.rules import Mode, Rules
from top10_panel.domain.tally import tally
from top10_panel.domain.votes import Vote, build_profile

EXAMPLES = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _candidates(n: int) -> list[Candidate]:
    return [Candidate(f"C{j:02d}", f"candidate {j}") for j in range(n)]


def _of_ranks(rows: list[list[float]]) -> Agreement:
    """A panel given as ranks (1 = best, ties as equal numbers), counted as score ballots: higher first."""
    n = len(rows[0])
    candidates = _candidates(n)
    top = 2 * n + 2
    ballots = [
        (f"J{i}", {"score": {c.code: str(top - 2 * Fraction(str(v))) for c, v in zip(candidates, row, strict=True)}})
        for i, row in enumerate(rows)
    ]
    rules = Rules(mode=Mode.SCORE, scale=(Fraction(0), Fraction(top)))
    result = tally(build_profile(Mode.SCORE, candidates, ballots), rules)
    assert result.agreement is not None
    return result.agreement


# --- published worked examples ------------------------------------------------------------------------------------


def test_worked_example_with_tied_ranks_siegel_1956() -> None:
    """Siegel, S. (1956) Nonparametric Statistics for the Behavioral Sciences, McGraw-Hill, ch. 9 (the Kendall
    coefficient of concordance, correction for ties): three sets of ranks of ten objects with many ties. The NAG
    Library's g08daf (nagf_nonpar_concordance_kendall), which cites Siegel (1956), prints for these data
    "Kendall's coefficient = 0.828, Significance = 0.008" (g08dafe.r, Mark 26–27)."""
    rows = [
        [1.0, 4.5, 2.0, 4.5, 3.0, 7.5, 6.0, 9.0, 7.5, 10.0],
        [2.5, 1.0, 2.5, 4.5, 4.5, 8.0, 9.0, 6.5, 10.0, 6.5],
        [2.0, 1.0, 4.5, 4.5, 4.5, 4.5, 8.0, 8.0, 8.0, 10.0],
    ]
    found = _of_ranks(rows)
    assert found.w is not None and found.p_value is not None
    assert f"{float(found.w):.3f}" == "0.828"
    assert f"{found.p_value:.3f}" == "0.008"
    assert found.df == 9
    # By hand: ΣT = 6 + 6 (first) + 6 + 6 + 6 (second) + 60 + 24 (third: 4.5 four times, 8.0 three times) = 114.
    assert [v for _, v in found.rank_sums] == [Fraction(v) for v in ("11/2", "13/2", "9", "27/2", "12", "20", "23",
                                                                         "47/2", "51/2", "53/2")]  # fmt: skip
    assert found.ties == 114


def test_worked_example_without_ties_proofwiki() -> None:
    """ProofWiki, "Kendall's Coefficient of Concordance/Examples/Arbitrary Example 1" (after Nelson, The Penguin
    Dictionary of Mathematics): four judges rank three competitors X, Y, Z; rank sums 7, 9, 8, S = 2, W = 1/16."""
    judges = {"A": (1, 3, 2), "B": (1, 2, 3), "C": (2, 3, 1), "D": (3, 1, 2)}
    candidates = [Candidate(code, code) for code in "XYZ"]
    ballots = [(name, {"rank": dict(zip("XYZ", ranks, strict=True))}) for name, ranks in judges.items()]
    result = tally(build_profile(Mode.RANKING, candidates, ballots), Rules(mode=Mode.RANKING, seats=1))
    found = result.agreement
    assert found is not None
    assert found.w == Fraction(1, 16)
    assert [v for _, v in found.rank_sums] == [7, 9, 8]
    assert found.chi2 == Fraction(4 * 2, 16) and found.df == 2
    assert found.ties == 0 and found.unranked == 0


def test_worked_example_three_judges_eight_essays() -> None:
    """Three judges rate eight essays (a textbook exercise, "Kendall's coefficient of concordance", Jegie, pp.
    177–188): rank sums 23 17 15 4 8 6 13 22, printed "W = 0.94"."""
    rows = [[8, 6, 4, 1, 3, 2, 5, 7], [7, 5, 6, 2, 3, 1, 4, 8], [8, 6, 5, 1, 2, 3, 4, 7]]
    found = _of_ranks([[float(v) for v in row] for row in rows])
    assert found.w == Fraction(12 * 354, 9 * 504)
    assert f"{float(found.w):.2f}" == "0.94"


# --- the p-value without scipy ------------------------------------------------------------------------------------


@pytest.mark.parametrize("df", [1, 2, 3, 9, 10, 29, 59, 199])
@pytest.mark.parametrize("x", [0.001, 0.5, 1.0, 3.3, 9.0, 22.35, 60.0, 250.0, 1500.0])
def test_chi2_tail_agrees_with_scipy(df: int, x: float) -> None:
    expected = float(stats.chi2.sf(x, df))
    assert chi2_sf(x, df) == pytest.approx(expected, rel=1e-9, abs=1e-300)


# --- a reference written from SPEC --------------------------------------------------------------------------------


def ref_ranks(mode: Mode, vote: Vote, codes: list[str], recused: set[str]) -> list[Fraction]:
    """SPEC §3: ranks 1…N with mid-ranks; what the ballot leaves out (or is recused from) shares the rest."""
    n = len(codes)
    if mode is Mode.APPROVAL:
        approved = [c for c in codes if c in vote.get("approve", []) and c not in recused]  # type: ignore[operator]
        key = {c: 0 for c in approved}
    elif mode is Mode.RANKING:
        ranks = vote.get("rank", {})
        key = {c: int(ranks[c]) for c in codes if c in ranks and c not in recused}  # type: ignore[index,operator]
    else:
        scores = vote.get("score", {})
        key = {c: -Fraction(str(scores[c])) for c in codes if c in scores and c not in recused}  # type: ignore[index,operator]
    out: dict[str, Fraction] = {}
    for c in key:
        below = sum(1 for d in key if key[d] < key[c])
        tied = sum(1 for d in key if key[d] == key[c])
        out[c] = below + Fraction(tied + 1, 2)
    r = len(key)
    for c in codes:
        if c not in key:
            out[c] = Fraction(r + 1 + n, 2)
    return [out[c] for c in codes]


def ref_w(matrix: list[list[Fraction]]) -> Fraction | None:
    k, n = len(matrix), len(matrix[0])
    sums = [sum((row[j] for row in matrix), Fraction(0)) for j in range(n)]
    mean = sum(sums, Fraction(0)) / n
    s = sum(((v - mean) ** 2 for v in sums), Fraction(0))
    t = 0
    for row in matrix:
        for value in set(row):
            size = row.count(value)
            t += size**3 - size
    denominator = k * k * (n**3 - n) - k * t
    return 12 * s / denominator if k >= 2 and n >= 2 and denominator > 0 else None


@st.composite
def panels(draw: st.DrawFn) -> tuple[Mode, list[Candidate], list[tuple[str, Vote]], list[Recusal]]:
    mode = draw(st.sampled_from(list(Mode)))
    n = draw(st.integers(2, 7))
    k = draw(st.integers(1, 7))
    candidates = _candidates(n)
    codes = [c.code for c in candidates]
    ballots: list[tuple[str, Vote]] = []
    for i in range(k):
        chosen = draw(st.lists(st.sampled_from(codes), unique=True, max_size=n))
        if mode is Mode.APPROVAL:
            vote: Vote = {"approve": chosen} if chosen else {}
        elif mode is Mode.RANKING:
            ranks = {c: draw(st.integers(1, 4)) for c in chosen}
            vote = {"rank": ranks} if ranks else {}
        else:
            scores = {c: str(draw(st.sampled_from(["0", "2.5", "5", "7", "7.5", "10"]))) for c in chosen}
            vote = {"score": scores} if scores else {}
        ballots.append((f"E{i}", vote))
    pairs = draw(st.lists(st.tuples(st.integers(0, k - 1), st.sampled_from(codes)), unique=True, max_size=4))
    recusals = [Recusal(f"E{i}", code, RecusalReason.OTHER) for i, code in pairs]
    return mode, candidates, ballots, recusals


@EXAMPLES
@given(panels())
def test_agreement_agrees_with_a_reference_from_spec_and_scipy(
    panel: tuple[Mode, list[Candidate], list[tuple[str, Vote]], list[Recusal]],
) -> None:
    mode, candidates, ballots, recusals = panel
    codes = [c.code for c in candidates]
    profile = build_profile(mode, candidates, ballots, recusals)
    rules = Rules(mode=mode, max_picks=None, seats=1)
    checked = check_ballots(profile, rules)
    found = agreement(profile, checked.counted, checked.abstain, invited=len(ballots) + 2)
    recused_of = {b[0]: {r.candidate for r in recusals if r.expert == b[0]} for b in ballots}
    kept = [
        (name, vote)
        for (name, vote), counted, blank in zip(ballots, checked.counted, checked.abstain, strict=True)
        if counted and not blank
    ]
    matrix = [ref_ranks(mode, vote, codes, recused_of[name]) for name, vote in kept]
    assert found.experts == len(kept)
    assert found.response_rate == Fraction(len(ballots), len(ballots) + 2)
    assert found.recused == sum(len(recused_of[name]) for name, _ in kept)
    if not kept:
        assert found.w is None
        return
    assert [v for _, v in found.rank_sums] == [sum((row[j] for row in matrix), Fraction(0)) for j in range(len(codes))]
    expected = ref_w(matrix)
    assert found.w == expected
    if expected is None:
        return
    assert found.chi2 == len(kept) * (len(codes) - 1) * expected
    assert found.p_value == pytest.approx(float(stats.chi2.sf(float(found.chi2), len(codes) - 1)), rel=1e-9)
    if len(codes) >= 3 and len(kept) >= 2:
        friedman = stats.friedmanchisquare(*np.array(matrix, dtype=float).T)
        assert float(found.chi2) == pytest.approx(float(friedman.statistic), rel=1e-9)
    panel_order = stats.rankdata([float(v) for _, v in found.rank_sums])
    said = {by.expert: by for by in found.by_expert}
    assert list(said) == sorted(said)
    for (name, _), row in zip(kept, matrix, strict=True):
        by = said[name]
        x = np.array(row, dtype=float)
        if np.ptp(x) == 0 or np.ptp(panel_order) == 0:
            assert by.spearman is None
        else:
            assert by.spearman == pytest.approx(float(stats.spearmanr(x, panel_order).statistic), abs=1e-12)


def test_unranked_pairs_are_counted_and_blank_ballots_left_out() -> None:
    candidates = _candidates(4)
    ballots: list[tuple[str, Vote]] = [
        ("a", {"rank": {"C00": 1, "C01": 2}}),
        ("b", {"rank": {"C00": 1, "C01": 2, "C02": 3, "C03": 4}}),
        ("c", {}),
    ]
    recusals = [Recusal("b", "C03", RecusalReason.OTHER)]
    result = tally(build_profile(Mode.RANKING, candidates, ballots, recusals), Rules(mode=Mode.RANKING, seats=1))
    found = result.agreement
    assert found is not None
    assert (found.experts, found.unranked, found.recused, found.returned) == (2, 2, 1, 3)


def test_bands_and_significance_words() -> None:
    base = _of_ranks([[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 4, 3]])
    assert base.w == Fraction(41, 45) and base.band == "very_strong" and base.significance == "p < 0.05"
    weak = _of_ranks([[1, 2, 3], [3, 2, 1]])
    assert weak.w == 0 and weak.band == "very_low" and weak.significance == "p = 1.00"


def test_a_public_vote_counted_as_a_matrix_lists_no_experts() -> None:
    candidates = _candidates(5)
    rng = np.random.default_rng(7)
    ballots = [
        (f"v{i}", {"approve": [c.code for c, keep in zip(candidates, row, strict=True) if keep]})
        for i, row in enumerate(rng.random((30, 5)) < 0.4)
    ]
    profile = build_profile(Mode.APPROVAL, candidates, ballots)
    checked = check_ballots(profile, Rules(mode=Mode.APPROVAL, max_picks=None))
    listed = agreement(profile, checked.counted, checked.abstain)
    summed = agreement(profile, checked.counted, checked.abstain, listed=10)
    assert summed.by_expert == () and len(listed.by_expert) == listed.experts
    assert (summed.w, summed.ties, summed.rank_sums) == (listed.w, listed.ties, listed.rank_sums)
