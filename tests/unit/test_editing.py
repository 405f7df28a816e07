"""Editing the lists by hand (services.editing): each edit one logged transaction, removals put back whole, and the
lists locked once packages are issued; the overview the editor's window reads."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.samples import reject_suggested
from top10_panel.domain.errors import InputError
from top10_panel.domain.people import Candidate, Expert
from top10_panel.domain.rules import Mode, Rules
from top10_panel.services import editing
from top10_panel.services.ballots import issue
from top10_panel.services.collect import collect_matrix
from top10_panel.services.overview import overview
from top10_panel.services.selection import import_candidates, import_experts, new_selection, review_recusals
from top10_panel.services.stages import change_rules
from top10_panel.store import events
from top10_panel.store.database import open_selection

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


@pytest.fixture
def selection(tmp_path: Path) -> Path:
    path = tmp_path / "s.t10"
    new_selection(path, "2020年度中国科技资源管理领域十大事件", Rules(mode=Mode.APPROVAL), year=2020)
    import_candidates(path, DEMO / "candidates-2020.csv")
    import_experts(path, DEMO / "experts.csv")
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def log_kinds(path: Path) -> list[str]:
    with open_selection(path, write=False) as selection, selection.read() as session:
        assert events.verify(session) == []
        from sqlalchemy import select

        from top10_panel.store.schema import EventRow

        return [row.kind for row in session.scalars(select(EventRow).order_by(EventRow.seq))]


def test_read_lists(selection: Path) -> None:
    lists = editing.read_lists(selection)
    assert len(lists.candidates) == 25 and len(lists.experts) == 27
    assert dict((e.name, e.recuse) for e in lists.experts)["专家18"] == ("E10",)
    statuses = {(r.expert, r.candidate): r.status for r in lists.recusals}
    assert statuses[("专家18", "E10")] == "confirmed"
    assert statuses[("专家01", "E01")] == "suggested"
    assert not lists.locked and lists.ballots == 0


def test_edit_a_candidate_and_back(selection: Path) -> None:
    stored = editing.edit_candidate(selection, "E03", "date", "2020年1月11日")
    assert stored == "2020-01-11"
    editing.edit_candidate(selection, "E03", "title", "  “中国天眼”正式开放运行 ")
    assert editing.read_lists(selection).candidates[2].title == "“中国天眼”正式开放运行"
    editing.edit_candidate(selection, "E03", "code", "F03")
    lists = editing.read_lists(selection)
    assert [c.code for c in lists.candidates][2] == "F03"
    assert "candidate edited" in log_kinds(selection)


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("code", "E01", "taken by another candidate"),
        ("code", "E 3", "space or a separator"),
        ("code", " ", "cannot be empty"),
        ("title", "", "cannot be empty"),
        ("summary", "字" * 20_001, "at most 20,000"),
    ],
)
def test_a_bad_edit_changes_nothing(selection: Path, field: str, value: str, words: str) -> None:
    before = digest(selection)
    with pytest.raises(InputError) as refused:
        editing.edit_candidate(selection, "E03", field, value)
    assert words in refused.value.message
    assert refused.value.where.file == str(selection)
    assert digest(selection) == before


def test_expert_edits(selection: Path) -> None:
    assert editing.edit_expert(selection, "专家02", "email", "zhang＠example.org") == "zhang@example.org"
    with pytest.raises(InputError, match="not an e-mail address"):
        editing.edit_expert(selection, "专家02", "email", "zhang at example")
    with pytest.raises(InputError, match="in the selection already"):
        editing.edit_expert(selection, "专家02", "name", "专家03")
    editing.edit_expert(selection, "专家02", "name", "张伟(北京)")
    assert editing.read_lists(selection).experts[1].name == "张伟(北京)"


def test_remove_and_restore_a_candidate_with_its_recusals(selection: Path) -> None:
    before = editing.read_lists(selection)
    removed = editing.remove_candidates(selection, ["E10", "E01"])
    after = editing.read_lists(selection)
    assert [c.code for c in after.candidates] == [c.code for c in before.candidates if c.code not in ("E10", "E01")]
    assert all(r.candidate not in ("E10", "E01") for r in after.recusals)
    editing.restore_candidates(selection, removed)
    again = editing.read_lists(selection)
    assert again.candidates == before.candidates
    assert sorted(again.recusals, key=repr) == sorted(before.recusals, key=repr)
    assert overview(selection).candidates == 25  # back in the stage too


def test_remove_and_restore_an_expert(selection: Path) -> None:
    before = editing.read_lists(selection)
    removed = editing.remove_experts(selection, ["专家18"])
    assert "专家18" not in [e.name for e in editing.read_lists(selection).experts]
    editing.restore_experts(selection, removed)
    assert editing.read_lists(selection).experts == before.experts


def test_add_candidate_and_expert(selection: Path) -> None:
    codes = [c.code for c in editing.read_lists(selection).candidates]
    code = editing.next_code(codes)
    assert code == "S26"
    editing.add_candidate(selection, Candidate(code, "新事件"))
    with pytest.raises(InputError, match="taken by another candidate"):
        editing.add_candidate(selection, Candidate(code, "again"))
    editing.add_expert(selection, Expert(editing.next_name(["新专家"], "新专家")))
    lists = editing.read_lists(selection)
    assert lists.candidates[-1] == Candidate("S26", "新事件")
    assert lists.experts[-1].name == "新专家 2"
    assert overview(selection).candidates == 26


def test_next_code() -> None:
    assert editing.next_code([]) == "C01"
    assert editing.next_code(["A1", "A9"]) == "A10"
    assert editing.next_code(["E09", "E10", "X"]) == "E11"
    assert editing.next_code(["E01", "E02", "E03"][:1] + ["E02"]) == "E03"


def test_recusal_states_set_and_put_back(selection: Path) -> None:
    review_recusals(selection, accept=[("专家01", "E01")])
    editing.set_recusals(selection, [("专家02", "E02", "confirmed", "合作者", "")])
    states = {(r.expert, r.candidate): r.status for r in editing.read_lists(selection).recusals}
    assert states[("专家01", "E01")] == "confirmed" and states[("专家02", "E02")] == "confirmed"
    editing.set_recusals(selection, [("专家01", "E01", "suggested", "本单位", "back"), ("专家02", "E02", None, "", "")])
    states = {(r.expert, r.candidate): r.status for r in editing.read_lists(selection).recusals}
    assert states[("专家01", "E01")] == "suggested" and ("专家02", "E02") not in states


def test_locked_after_issue(selection: Path, tmp_path: Path) -> None:
    reject_suggested(selection)
    issue(selection, tmp_path / "packages")
    before = digest(selection)
    for attempt in (
        lambda: editing.edit_candidate(selection, "E01", "title", "x"),
        lambda: editing.add_expert(selection, Expert("新专家")),
        lambda: editing.remove_candidates(selection, ["E01"]),
        lambda: editing.set_recusals(selection, [("专家01", "E01", "confirmed", "本单位", "")]),
    ):
        with pytest.raises(InputError, match="packages are issued already"):
            attempt()
    assert digest(selection) == before
    info = overview(selection)
    assert info.lists_locked and info.rules_locked
    assert info.last_issue is not None and len(info.last_issue.fingerprint) == 64 and info.last_issue.experts == 27


def test_ballots_on_record_keep_codes_and_names(selection: Path) -> None:
    collect_matrix(selection, DEMO / "sample-approval.csv")
    with pytest.raises(InputError, match="ballots are on record"):
        editing.remove_candidates(selection, ["E01"])
    with pytest.raises(InputError, match="ballots are on record"):
        editing.edit_expert(selection, "专家01", "name", "x")
    editing.edit_candidate(selection, "E01", "title", "新型冠状病毒国家科技资源服务系统")  # details still change


def test_overview_with_screening_and_versions(tmp_path: Path) -> None:
    path = tmp_path / "s.t10"
    rules = Rules(mode=Mode.APPROVAL)
    new_selection(path, "t", rules, screening=Rules(mode=Mode.APPROVAL, seats=20))
    info = overview(path)
    assert [s.kind for s in info.stages] == ["screening", "final"]
    assert info.current.kind == "screening" and info.can_advance and info.rules.seats == 20
    change_rules(path, Rules(mode=Mode.APPROVAL, seats=15))
    assert [v.version for v in overview(path).versions] == [1]
    assert overview(path).rules.seats == 15
