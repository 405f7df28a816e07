"""The announcement's plain parts (issue 18): the notice's rules stay out of the fingerprint, dates are printed as
the journal prints them, the introduction is stored with a log entry, and the document reads back as written."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from top10_panel.domain.errors import InputError
from top10_panel.domain.people import Candidate
from top10_panel.domain.rules import Mode, Rules, rules_from_dict, rules_to_dict
from top10_panel.domain.votes import fingerprint
from top10_panel.exchange.announcement_docx import (
    Announcement,
    Event,
    date_words,
    opens_with_date,
    read_announcement,
    write_announcement,
)
from top10_panel.services.announcement import introduction, set_introduction
from top10_panel.services.selection import new_selection
from top10_panel.store import events
from top10_panel.store.database import open_selection
from top10_panel.store.schema import EventRow

CANDIDATES = [Candidate("E01", "新型冠状病毒国家科技资源服务系统启动", "2020-01-24")]


def test_the_notice_rules_never_change_the_fingerprint_and_are_kept_with_the_rules() -> None:
    plain = Rules(mode=Mode.APPROVAL)
    noticed = Rules(mode=Mode.APPROVAL, notice_until="2021-01-11", notice_contact="编辑部 010-58882345")
    assert "notice_until" not in rules_to_dict(plain) and "notice_contact" not in rules_to_dict(plain)
    # the fingerprint every existing selection and fixture has, which a lot draw hashes
    assert fingerprint(noticed, CANDIDATES) == fingerprint(plain, CANDIDATES)
    assert rules_from_dict(rules_to_dict(noticed)) == noticed


@pytest.mark.parametrize(
    "kwargs",
    [
        {"notice_until": "2021-13-40"},
        {"notice_until": "next week"},
        {"notice_contact": "a\nb"},
        {"notice_contact": "x" * 301},
    ],
)
def test_a_bad_notice_rule_is_refused(kwargs: dict[str, str]) -> None:
    with pytest.raises(InputError):
        Rules(mode=Mode.APPROVAL, **kwargs)


def test_dates_are_printed_as_the_journal_prints_them() -> None:
    assert date_words("2020-01-24") == "2020年1月24日"
    assert date_words("2020-06") == "2020年6月"
    assert date_words("2020-06 至 2020-09") == "2020年6月 至 2020年9月"
    assert date_words("2020-08-25", "en") == "25 August 2020"
    assert opens_with_date("2020 年 6 月至 9 月，按照……", "2020-06")
    assert not opens_with_date("科技部发布……", "2020-02-23")
    assert not opens_with_date("2020 年 1 月 24 日", "")


def test_an_event_whose_text_lacks_its_date_gets_a_date_line(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    events_ = (Event("甲", "2020-01-24", "2020 年 1 月 24 日，甲事件。"), Event("乙", "2020-03", "乙事件。\n第二段。"))
    write_announcement(path, Announcement("题目", "导语一\n\n导语二", events_, issued="2021-01-05T09:00:00+08:00"))
    read = read_announcement(path)
    assert (read.title, read.introduction) == ("题目", ("导语一", "导语二"))
    assert [(e.number, e.title, e.paragraphs) for e in read.events] == [
        (1, "甲", ("2020 年 1 月 24 日，甲事件。",)),
        (2, "乙", ("2020年3月", "乙事件。", "第二段。")),
    ]
    again = tmp_path / "b.docx"
    write_announcement(again, Announcement("题目", "导语一\n\n导语二", events_, issued="2021-01-05T09:00:00+08:00"))
    assert again.read_bytes() == path.read_bytes()  # the same export, the same bytes


def test_the_introduction_is_stored_with_a_log_entry_and_a_refused_one_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "s.t10"
    new_selection(path, "2020年度十大事件", Rules(mode=Mode.APPROVAL))
    assert introduction(path) == ""
    assert set_introduction(path, "  第一段\r\n第二段  \n")
    assert introduction(path) == "第一段\n第二段"
    assert not set_introduction(path, "第一段\n第二段")  # the same text: no new entry
    with open_selection(path, write=False) as selection, selection.read() as session:
        assert not events.verify(session)
        kinds = [row.kind for row in session.scalars(select(EventRow))]
    assert kinds.count("introduction changed") == 1
    before = path.read_bytes()
    with pytest.raises(InputError):
        set_introduction(path, "字" * 20_001)
    with pytest.raises(InputError):
        set_introduction(path, "bell\x07")
    assert path.read_bytes() == before
