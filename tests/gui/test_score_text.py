"""A score as the ballot window reads it from what the expert typed: refused with the reason when the scale does
not allow it, never rounded (issue 15: "8.25" had become 8.2, "11" had become 1)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from top10_panel.ui.expert.score import score_text


def test_score_text_refuses_instead_of_rounding() -> None:
    scale = (Fraction(0), Fraction(10))
    assert score_text("7.5", scale) == "7.5" and score_text("10", scale) == "10" and score_text("0", scale) == "0"
    for typed, why in (("11", "off the scale"), ("8.25", "steps of 0.5"), ("-1", "off the scale"), ("abc", "number")):
        with pytest.raises(ValueError, match=why):
            score_text(typed, scale)
    assert score_text("37", (Fraction(0), Fraction(100))) == "37"
    with pytest.raises(ValueError, match="steps of 1"):
        score_text("37.5", (Fraction(0), Fraction(100)))
