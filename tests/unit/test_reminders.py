"""Reminders for the experts who have not voted: who, what is missing, the text, the mailto: link and the list."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from tests.samples import reject_suggested
from top10_panel.domain.rules import Mode, Rules
from top10_panel.services.collect import collect_matrix
from top10_panel.services.reminders import local_deadline, reminder, save_list, time_left
from top10_panel.services.selection import import_candidates, import_experts, new_selection

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
TITLE = "2020年度中国科技资源管理领域十大事件"


def selection(tmp_path: Path, deadline: str = "2030-12-20T18:00", voters: int = 20) -> Path:
    path = tmp_path / "s.t10"
    new_selection(path, TITLE, Rules(mode=Mode.APPROVAL, seats=10, max_picks=10, deadline=deadline), year=2020)
    import_candidates(path, DEMO / "candidates-2020.csv")
    import_experts(path, DEMO / "experts.csv")
    reject_suggested(path)
    lines = (DEMO / "sample-approval.csv").read_text(encoding="utf-8").splitlines()
    matrix = tmp_path / "some.csv"
    matrix.write_text("\n".join(lines[: voters + 2]) + "\n", encoding="utf-8")  # header, title row, the voters
    collect_matrix(path, matrix)
    return path


def test_the_missing_experts_and_their_addresses_in_list_order(tmp_path: Path) -> None:
    found = reminder(selection(tmp_path))
    assert [m.name for m in found.missing] == [f"专家{n:02d}" for n in range(21, 28)]
    assert found.emails == tuple(f"expert{n:02d}@example.org" for n in range(21, 28))
    assert {m.why for m in found.missing} == {"none"}
    assert found.title == TITLE and len(found.fingerprint) == 64
    assert found.deadline == "2030-12-20 18:00"


def test_the_text_names_the_title_the_deadline_and_the_fingerprint_in_both_languages(tmp_path: Path) -> None:
    found = reminder(selection(tmp_path))
    for language in ("zh", "en"):
        body = found.body(language)
        assert TITLE in body and found.fingerprint in body and "2030-12-20 18:00" in body
        assert TITLE in found.subject(language) and "2030-12-20 18:00" in found.subject(language)
    assert "尊敬的专家" in found.body("zh") and "本地时间" in found.body("zh")
    assert found.body("en").startswith("Dear expert") and "local time" in found.body("en")


def test_without_a_deadline_the_text_says_the_vote_is_still_open(tmp_path: Path) -> None:
    found = reminder(selection(tmp_path, deadline=""))
    assert found.deadline == ""
    assert "仍在进行" in found.body("zh") and "still open" in found.body("en")
    assert "前提交" not in found.subject("zh")


def test_the_mailto_link_puts_every_address_in_bcc_with_the_text(tmp_path: Path) -> None:
    found = reminder(selection(tmp_path))
    link = urlsplit(found.mailto("zh"))
    assert link.scheme == "mailto" and link.path == ""
    query = parse_qs(link.query)
    assert query["bcc"][0].split(",") == list(found.emails)
    assert query["subject"] == [found.subject("zh")]
    assert unquote(link.query.split("&body=")[1]) == found.body("zh")


def test_the_list_is_a_csv_with_what_is_missing(tmp_path: Path) -> None:
    path = selection(tmp_path)
    out = tmp_path / "remind.csv"
    save_list(path, out, "en")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["name", "affiliation", "email", "missing"]
    assert [r[0] for r in rows[1:]] == [f"专家{n:02d}" for n in range(21, 28)]
    assert all(r[3] == "no ballot received yet" for r in rows[1:])
    save_list(path, out, "zh")
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["姓名", "单位", "邮箱", "缺少"] and rows[1][2] == "expert21@example.org"


def test_a_rejected_ballot_is_what_the_list_says_is_missing(tmp_path: Path) -> None:
    path = selection(tmp_path)
    header = (DEMO / "sample-approval.csv").read_text(encoding="utf-8").splitlines()[0]
    codes = header.split(",")[1:]
    bad = tmp_path / "bad.csv"  # 专家24 is recused from S11: a vote for it is rejected (SPEC §6)
    bad.write_text(header + "\n专家24," + ",".join("1" if c in ("E01", "S11") else "" for c in codes) + "\n")
    collect_matrix(path, bad)
    found = {m.name: m for m in reminder(path).missing}
    assert found["专家24"].why == "rejected" and "S11" in found["专家24"].reason
    assert found["专家24"].missing("en") == f"ballot rejected: {found['专家24'].reason}"
    assert found["专家24"].missing("zh").startswith("选票被拒收")
    assert found["专家23"].why == "none"


def test_time_left_to_the_deadline() -> None:
    here = datetime(2030, 12, 20, 12, 0).astimezone()
    assert time_left("2030-12-20T18:00", here) == timedelta(hours=6)
    assert time_left("2030-12-20T10:00", here) == timedelta(hours=-2)
    assert time_left("", here) is None
    utc = datetime(2030, 12, 20, 10, 0, tzinfo=UTC)
    assert time_left("2030-12-20T18:00+08:00", utc) == timedelta(0)
    assert local_deadline("not a date") == ""


@pytest.mark.parametrize("language", ["zh", "en"])
def test_nobody_missing_means_nothing_to_send(tmp_path: Path, language: str) -> None:
    found = reminder(selection(tmp_path, voters=27))
    assert found.missing == () and found.emails == ()
    assert found.list_csv(language).count("\r\n") == 1
