"""English counts take their noun's number: "1 seat", never "1 seat(s)" or "1 seats"."""

from __future__ import annotations

import pytest

from top10_panel.domain.plural import counted, fill
from top10_panel.exchange.labels import LABELS, say


@pytest.mark.parametrize(("n", "expected"), [(0, "0 seats"), (1, "1 seat"), (2, "2 seats"), (11, "11 seats")])
def test_a_count_and_its_noun(n: int, expected: str) -> None:
    assert counted(n, "seat") == expected


def test_an_irregular_plural_is_given() -> None:
    assert (counted(1, "criterion", "criteria"), counted(3, "criterion", "criteria")) == ("1 criterion", "3 criteria")


def test_a_template_field_names_both_forms_and_other_fields_format_as_usual() -> None:
    assert fill("{seats:seat|seats} of {n:,}", seats=1, n=12345) == "1 seat of 12,345"
    assert fill("{seats:seat|seats}", seats=4) == "4 seats"


def test_the_published_files_say_one_seat_and_chinese_is_untouched() -> None:
    assert say("compete", "en", among="E10, S11", seats=1, category="") == "E10, S11 compete for 1 seat"
    assert say("compete", "zh", among="E10、S11", seats=1, category="") == "E10、S11 争 1 个名额"
    assert say("report_category_seats", "en", name="知识创新", seats=1) == "Category 知识创新: 1 seat"
    assert say("runoff_heading", "en", stage="R1", among="E10, S11", seats=1, valid=1) == (
        "R1: E10, S11 for 1 seat, 1 valid ballot"
    )


def test_no_english_label_leaves_its_plural_to_the_reader() -> None:
    assert [key for key, (_, en) in LABELS.items() if "(s)" in en] == []
