"""services/drafts.py without Qt (it would sit in tests/unit, which another stream of work owns for now): a draft
round-trips with its submission, is keyed by package and expert, refuses a damaged file, and the deadline check."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from top10_panel.domain.errors import InputError
from top10_panel.domain.rules import Mode, Rules
from top10_panel.services.drafts import Submitted, deadline_passed, draft_path, load_draft, save_draft

FP = "ab" * 32


def test_a_draft_comes_back_with_its_submission(tmp_path: Path) -> None:
    assert load_draft(tmp_path, FP, "专家01") is None
    submitted = Submitted("/ballots/专家01.t10vote", 2, "cd" * 32, {"approve": ["E01"]})
    path = save_draft(tmp_path, FP, "专家01", {"approve": ["E01", "E03"]}, submitted)
    assert path == draft_path(tmp_path, FP, "专家01") and path.parent == tmp_path
    draft = load_draft(tmp_path, FP, "专家01")
    assert draft is not None
    assert draft.vote == {"approve": ["E01", "E03"]} and draft.submitted == submitted
    assert datetime.fromisoformat(draft.saved).tzinfo is not None
    assert not list(tmp_path.glob(".*"))  # no temporary file left beside it


def test_each_package_and_expert_has_its_own_draft(tmp_path: Path) -> None:
    save_draft(tmp_path, FP, "专家01", {"rank": {"E01": 1}})
    assert load_draft(tmp_path, FP, "专家02") is None
    assert load_draft(tmp_path, "ef" * 32, "专家01") is None  # new rules, new fingerprint: a fresh start
    assert draft_path(tmp_path, FP, 'a/b:c*?"<>|').name.endswith(".json")  # any name makes a safe file name


@pytest.mark.parametrize(
    "content", [b"", b"{not json", b'{"format": "something else"}', "\udcff".encode(errors="surrogateescape")]
)
def test_a_damaged_draft_is_refused_not_guessed(tmp_path: Path, content: bytes) -> None:
    draft_path(tmp_path, FP, "专家01").write_bytes(content)
    with pytest.raises(InputError, match="the saved draft is damaged"):
        load_draft(tmp_path, FP, "专家01")


def test_the_deadline_is_local_time_unless_it_says_otherwise() -> None:
    rules = Rules(mode=Mode.APPROVAL, deadline="2020-12-20T18:00:00+08:00")
    assert deadline_passed(rules, datetime(2020, 12, 20, 10, 1, tzinfo=UTC))
    assert not deadline_passed(rules, datetime(2020, 12, 20, 9, 59, tzinfo=UTC))
    assert not deadline_passed(Rules(mode=Mode.APPROVAL))
