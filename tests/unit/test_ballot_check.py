"""One vote against the rules: shapes, marks and scales that make a ballot unusable or invalid."""

from __future__ import annotations

import pytest

from top10_panel.domain.ballot_check import foreign_marks, rule_breaks, wrong_shape
from top10_panel.domain.people import Candidate
from top10_panel.domain.rules import Mode, Rules
from top10_panel.domain.tally import tally
from top10_panel.domain.votes import build_profile


@pytest.mark.parametrize(
    ("vote", "mode", "problem"),
    [
        ({"rank": {"A": 1}}, Mode.APPROVAL, "another kind"),
        ({"approve": ["A", "A"]}, Mode.APPROVAL, "names A twice"),
        ({"approve": "A"}, Mode.APPROVAL, "not a list"),
        ({"rank": {"A": 1.5}}, Mode.RANKING, "rank of A is not a whole number"),
        ({"rank": {"A": True}}, Mode.RANKING, "rank of A is not a whole number"),
        ({"rank": {"A": 0}}, Mode.RANKING, "rank of A is not a whole number"),
        ({"score": {"A": "x"}}, Mode.SCORE, "'x' for A is not a score"),
        ({"score": {"A": "NaN"}}, Mode.SCORE, "'NaN' for A is not a score"),
        ({"score": ["A"]}, Mode.SCORE, "not a table"),
    ],
)
def test_wrong_shapes(vote: dict, mode: Mode, problem: str) -> None:
    assert problem in wrong_shape(vote, mode)


def test_right_shapes_pass() -> None:
    assert wrong_shape({}, Mode.APPROVAL) == ""
    assert wrong_shape({"approve": ["A", "B"]}, Mode.APPROVAL) == ""
    assert wrong_shape({"rank": {"A": 1, "B": 1}}, Mode.RANKING) == ""
    assert wrong_shape({"score": {"A": "7.5", "B": 3}}, Mode.SCORE) == ""


def test_foreign_marks_and_rule_breaks() -> None:
    assert "X9, which is not a candidate" in foreign_marks({"approve": ["A", "X9"]}, {"A", "B"}, set())
    assert "from which the expert is recused" in foreign_marks({"approve": ["B"]}, {"A", "B"}, {"B"})
    assert "over-vote: 3 picks" in rule_breaks({"approve": ["A", "B", "C"]}, Rules(mode=Mode.APPROVAL, max_picks=2))
    assert "outside the scale" in rule_breaks({"score": {"A": "11"}}, Rules(mode=Mode.SCORE))


def test_a_score_off_the_scale_makes_the_ballot_invalid_in_the_tally() -> None:
    candidates = [Candidate("A"), Candidate("B")]
    ballots = [("e1", {"score": {"A": "11", "B": "5"}}), ("e2", {"score": {"A": "7.5"}})]
    result = tally(build_profile(Mode.SCORE, candidates, ballots), Rules(mode=Mode.SCORE))
    assert result.ballots == {"valid": 1, "abstain": 0, "invalid": 1, "returned": 2}
    assert result.invalid[0].reason == "a score outside the scale 0–10"
