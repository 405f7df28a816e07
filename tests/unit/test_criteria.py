"""Score criteria with weights and the z normalisation (SPEC §3 "Criteria and normalisation").

A reference written from SPEC — exact fractions ballot by ballot, square roots by integer arithmetic, no engine
code — is compared with the engine on hypothesis-generated panels with partly scored candidates and recusals.
"""

from __future__ import annotations

import json
import math
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from top10_panel.domain.criteria import (
    combine_columns,
    criteria_text,
    criterion_means,
    parse_criteria,
    partly_scored,
)
from top10_panel.domain.errors import InputError
from top10_panel.domain.people import Candidate, Recusal, RecusalReason
from top10_panel.domain.rules import Mode, Rules, rules_from_dict, rules_to_dict
from top10_panel.domain.tally import tally
from top10_panel.domain.votes import Vote, build_profile, fingerprint

EXAMPLES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CRITERIA = (("创新性", Fraction(2, 5)), ("影响力", Fraction(2, 5)), ("代表性", Fraction(1, 5)))


# --- the reference, from SPEC ------------------------------------------------------------------------------------


def ref_weighted(marks: dict[str, str], criteria: tuple[tuple[str, Fraction], ...]) -> Fraction | None:
    """The candidate's score on a ballot: Σ weight × criterion score; None when any criterion is unscored."""
    if any(name not in marks for name, _ in criteria):
        return None
    return sum((weight * Fraction(marks[name]) for name, weight in criteria), Fraction(0))


def ref_sqrt(value: Fraction, digits: int = 90) -> Fraction:
    """√value to ``digits`` decimals, by integer square root: nothing shared with the engine's Decimal sqrt."""
    scale = 10**digits
    return Fraction(math.isqrt(value.numerator * scale * scale // value.denominator), scale)


def ref_round(value: Fraction, digits: int = 12) -> Fraction:
    """Half-even rounding to ``digits`` significant digits."""
    if value == 0:
        return Fraction(0)
    exponent = math.floor(math.log10(abs(value)))
    while Fraction(10) ** exponent > abs(value):
        exponent -= 1
    while Fraction(10) ** (exponent + 1) <= abs(value):
        exponent += 1
    scale = Fraction(10) ** (digits - 1 - exponent)
    return Fraction(round(value * scale)) / scale


def ref_count(ballots: list[dict[str, Fraction]], codes: list[str]) -> tuple[dict[str, Fraction], dict[str, Fraction]]:
    """Raw means and normalised values, each ballot a {code: weighted score} of the candidates it scored."""
    raw: dict[str, Fraction] = {}
    zs: dict[str, list[Fraction]] = {code: [] for code in codes}
    for ballot in ballots:
        scores = list(ballot.values())
        if not scores:
            continue
        mean = sum(scores, Fraction(0)) / len(scores)
        variance = sum(((s - mean) ** 2 for s in scores), Fraction(0)) / len(scores)
        sd = ref_sqrt(variance) if variance else Fraction(0)
        for code, score in ballot.items():
            zs[code].append((score - mean) / sd if sd else Fraction(0))
    for code in codes:
        column = [b[code] for b in ballots if code in b]
        raw[code] = sum(column, Fraction(0)) / len(column) if column else Fraction(0)
    scored = [code for code in codes if zs[code]]
    normalised = {code: Fraction(0) for code in codes}
    if scored:
        zbar = {code: sum(zs[code], Fraction(0)) / len(zs[code]) for code in scored}
        low, high = min(raw[c] for c in scored), max(raw[c] for c in scored)
        z_low, z_high = min(zbar.values()), max(zbar.values())
        for code in scored:
            if z_high - z_low < Fraction(1, 10**40):
                value = (low + high) / 2
            else:
                value = low + (zbar[code] - z_low) / (z_high - z_low) * (high - low)
            normalised[code] = ref_round(value)
    return raw, normalised


def ref_ranks(values: dict[str, Fraction]) -> dict[str, int]:
    return {code: 1 + sum(other > value for other in values.values()) for code, value in values.items()}


# --- panels ------------------------------------------------------------------------------------------------------

HALVES = st.integers(0, 20).map(lambda k: f"{k // 2}.5" if k % 2 else str(k // 2))


@st.composite
def panels(draw: st.DrawFn) -> tuple[tuple[tuple[str, Fraction], ...], list[str], list[tuple[str, Vote]], list]:
    k = draw(st.integers(2, 3))
    cuts = sorted(draw(st.lists(st.integers(1, 99), min_size=k - 1, max_size=k - 1, unique=True)))
    percents = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
    criteria = tuple((f"K{j}", Fraction(p, 100)) for j, p in enumerate(percents))
    codes = [f"C{j:02d}" for j in range(draw(st.integers(2, 6)))]
    ballots: list[tuple[str, Vote]] = []
    recusals = []
    for i in range(draw(st.integers(1, 7))):
        marks: dict[str, dict[str, str]] = {}
        for code in codes:
            if draw(st.integers(0, 9)) == 0:
                recusals.append(Recusal(f"X{i}", code, RecusalReason.OTHER, "test"))
                continue
            given = {name: draw(HALVES) for name, _ in criteria if draw(st.integers(0, 7))}
            if given:
                marks[code] = given
        ballots.append((f"X{i}", {"score": marks} if marks else {}))
    return criteria, codes, ballots, recusals


def _engine(criteria, codes, ballots, recusals, normalise: str):
    candidates = [Candidate(code, code) for code in codes]
    rules = Rules(mode=Mode.SCORE, criteria=criteria, normalise=normalise, seats=1)
    return tally(build_profile(Mode.SCORE, candidates, ballots, recusals, criteria=criteria), rules)


def _reference_ballots(criteria, ballots, recusals) -> list[dict[str, Fraction]]:
    barred = {(r.expert, r.candidate) for r in recusals}
    out = []
    for expert, vote in ballots:
        weighted = {}
        for code, marks in dict(vote.get("score", {})).items():
            value = ref_weighted(marks, criteria)
            if value is not None and (expert, code) not in barred:
                weighted[code] = value
        out.append(weighted)
    return out


@EXAMPLES
@given(panels())
def test_weighted_mean_agrees_with_the_reference(panel) -> None:
    criteria, codes, ballots, recusals = panel
    raw, _ = ref_count(_reference_ballots(criteria, ballots, recusals), codes)
    result = _engine(criteria, codes, ballots, recusals, "")
    assert {r.candidate.code: r.score for r in result.ranking} == raw
    assert {r.candidate.code: r.rank for r in result.ranking} == ref_ranks(raw)


@EXAMPLES
@given(panels())
def test_z_normalisation_agrees_with_the_reference(panel) -> None:
    criteria, codes, ballots, recusals = panel
    raw, normalised = ref_count(_reference_ballots(criteria, ballots, recusals), codes)
    result = _engine(criteria, codes, ballots, recusals, "z")
    assert {r.candidate.code: r.score for r in result.ranking} == normalised
    assert {r.candidate.code: dict(r.detail)["raw"] for r in result.ranking} == raw
    assert {r.candidate.code: r.rank for r in result.ranking} == ref_ranks(normalised)


@EXAMPLES
@given(panels())
def test_the_criterion_means_add_up_to_the_raw_mean(panel) -> None:
    """The workbook's breakdown: each criterion's mean over the ballots that scored the candidate on every
    criterion; weighted, they give the reference's raw mean, and the count of those ballots is the reference's."""
    criteria, codes, ballots, recusals = panel
    weighted = _reference_ballots(criteria, ballots, recusals)
    raw, _ = ref_count(weighted, codes)
    barred = {(r.expert, r.candidate) for r in recusals}
    marks = [
        {code: m for code, m in dict(vote.get("score", {})).items() if (expert, code) not in barred}
        for expert, vote in ballots
    ]
    means = criterion_means(marks, codes, criteria)
    for code in codes:
        n, values = means[code]
        assert n == sum(code in b for b in weighted)
        total = sum((w * v for (_, w), v in zip(criteria, values, strict=True)), Fraction(0))
        assert total == (raw[code] if n else 0)


# --- worked by hand ----------------------------------------------------------------------------------------------


def test_a_partly_scored_candidate_counts_as_not_scored() -> None:
    ballots: list[tuple[str, Vote]] = [
        ("A", {"score": {"E01": {"创新性": "8", "影响力": "6", "代表性": "10"}, "E02": {"创新性": "10"}}}),
        (
            "B",
            {
                "score": {
                    "E01": {"创新性": "5", "影响力": "5", "代表性": "5"},
                    "E02": {"创新性": "7", "影响力": "7", "代表性": "7"},
                }
            },
        ),
    ]
    result = _engine(CRITERIA, ["E01", "E02"], ballots, [], "")
    values = {r.candidate.code: (r.score, dict(r.detail)["scored"]) for r in result.ranking}
    # E01: (0.4·8 + 0.4·6 + 0.2·10 + 5) / 2 = 6.3; E02 only from B, as A scored one criterion of three
    assert values == {"E01": (Fraction(63, 10), 2), "E02": (Fraction(7), 1)}
    assert partly_scored(ballots[0][1]["score"], CRITERIA) == ["E02"]  # type: ignore[arg-type]


def test_normalisation_weighs_each_expert_alike() -> None:
    """A harsh expert spreading widely (1, 3, 2) and a lenient one narrowly (10, 9, 9.5), preferring opposite
    candidates. Raw means favour the harsh expert's favourite (E02: 6 against 5.5 and 5.75); standardised, each
    expert's scores are -√1.5, +√1.5, 0 and the reverse, every candidate's mean is 0, and all three tie, read at
    the middle of the raw means' range (5.5–6)."""
    ballots: list[tuple[str, Vote]] = [
        ("harsh", {"score": {"E01": "1", "E02": "3", "E03": "2"}}),
        ("lenient", {"score": {"E01": "10", "E02": "9", "E03": "9.5"}}),
    ]
    candidates = [Candidate(c, c) for c in ("E01", "E02", "E03")]
    profile = build_profile(Mode.SCORE, candidates, ballots)
    raw = tally(profile, Rules(mode=Mode.SCORE, seats=1))
    z = tally(profile, Rules(mode=Mode.SCORE, seats=1, normalise="z"))
    assert [(r.candidate.code, r.score, r.rank) for r in raw.ranking] == [
        ("E02", Fraction(6), 1),
        ("E03", Fraction(23, 4), 2),
        ("E01", Fraction(11, 2), 3),
    ]
    assert {(r.score, r.rank) for r in z.ranking} == {(Fraction(23, 4), 1)}
    assert {r.candidate.code: dict(r.detail)["raw"] for r in z.ranking}["E02"] == Fraction(6)
    # the seat is a tie among all three now, which the chain's first rule (the raw median) settles, recorded
    assert (
        not raw.tie_breaks and z.tie_breaks[0].rule == "median" and set(z.tie_breaks[0].among) == {"E01", "E02", "E03"}
    )


def test_normalised_values_are_rounded_to_twelve_significant_digits() -> None:
    ballots: list[tuple[str, Vote]] = [
        ("A", {"score": {"E01": "8", "E02": "6", "E03": "7"}}),
        ("B", {"score": {"E01": "4", "E02": "5"}}),
        ("C", {"score": {"E02": "9", "E03": "3", "E01": "4"}}),
    ]
    candidates = [Candidate(c, c) for c in ("E01", "E02", "E03")]
    z = tally(build_profile(Mode.SCORE, candidates, ballots), Rules(mode=Mode.SCORE, normalise="z"))
    for r in z.ranking:
        digits = str(r.score.numerator * 10**20 // r.score.denominator).rstrip("0")
        assert len(digits) <= 12 and r.score * 10**20 == int(r.score * 10**20)


# --- the rules ---------------------------------------------------------------------------------------------------


def test_criteria_are_parsed_from_percentages() -> None:
    assert parse_criteria("创新性=40%,影响力=40%，代表性=20%") == CRITERIA
    assert parse_criteria("a=37.5%,b=62.5%") == (("a", Fraction(3, 8)), ("b", Fraction(5, 8)))
    assert criteria_text(CRITERIA) == "创新性=40%,影响力=40%,代表性=20%"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("创新性=40%,影响力=40%,代表性=10%", "add up to 90%"),
        ("创新性=50%,创新性=50%", "named twice"),
        ("创新性=100%", "single criterion"),
        ("创新性=40%,=60%", "not NAME=WEIGHT"),
        ("a=x%,b=50%", "not a percentage"),
        ("a=0%,b=100%", "above 0%"),
        ("a:b=50%,c=50%", "holds ':'"),
    ],
)
def test_bad_criteria_are_refused_in_words(text: str, says: str) -> None:
    with pytest.raises(InputError, match=says):
        Rules(mode=Mode.SCORE, criteria=parse_criteria(text))


def test_criteria_and_normalisation_belong_to_score_mode() -> None:
    with pytest.raises(InputError, match="score ballots"):
        Rules(mode=Mode.APPROVAL, criteria=CRITERIA)
    with pytest.raises(InputError, match="mean"):
        Rules(mode=Mode.SCORE, method="median", normalise="z")
    with pytest.raises(InputError, match="unknown normalisation"):
        Rules(mode=Mode.SCORE, normalise="minmax")


def test_rules_round_trip_and_old_rules_load() -> None:
    rules = Rules(mode=Mode.SCORE, criteria=CRITERIA, normalise="z")
    stored = json.loads(json.dumps(rules_to_dict(rules)))
    assert rules_from_dict(stored) == rules
    old = rules_to_dict(Rules(mode=Mode.SCORE))
    assert "criteria" not in old and "normalise" not in old  # older selections keep their stored rules
    assert rules_from_dict(old).criteria == () and rules_from_dict(old).normalise == ""


def test_the_fingerprint_covers_criteria_and_normalisation() -> None:
    candidates = [Candidate("E01", "x")]
    plain = fingerprint(Rules(mode=Mode.SCORE), candidates)
    weighted = fingerprint(Rules(mode=Mode.SCORE, criteria=CRITERIA), candidates)
    other = fingerprint(Rules(mode=Mode.SCORE, criteria=tuple(reversed(CRITERIA))), candidates)
    normalised = fingerprint(Rules(mode=Mode.SCORE, criteria=CRITERIA, normalise="z"), candidates)
    assert len({plain, weighted, other, normalised}) == 4


def test_matrix_columns_combine_into_weighted_scores() -> None:
    import numpy as np

    headers = ["E01:创新性", "E01:影响力", "E01:代表性", "E02:代表性", "E02:创新性", "E02:影响力"]
    cells = np.array([[8, 6, 10, 7, 7, 7], [5, 5, 5, 0, 9, 0]])
    scored = np.array([[True] * 6, [True, True, True, False, True, False]])
    codes, out, marked, unit = combine_columns(headers, cells, scored, 1, CRITERIA)
    assert codes == ["E01", "E02"] and unit == 5
    assert [[Fraction(int(v), unit) for v in row] for row in out] == [[Fraction(38, 5), 7], [5, 0]]
    assert marked.tolist() == [[True, True], [True, False]]
    with pytest.raises(InputError, match="no column for 代表性"):
        combine_columns(headers[:2], cells[:, :2], scored[:, :2], 1, CRITERIA)
    with pytest.raises(InputError, match="which the rules do not have"):
        combine_columns(["E01:新颖"], cells[:, :1], scored[:, :1], 1, CRITERIA)
