"""The register's reasons in Chinese (exchange.reason_words): each template with its values put back, the reasons
as the services really make them (acceptance, the ballot checks, the file readers, a form's where and fix), the
sentences joined by "; ", and English or an unknown sentence left as stored."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from top10_panel.domain.acceptance import OnRecord, admission
from top10_panel.domain.ballot_check import foreign_marks, rule_breaks, wrong_shape
from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.rules import Mode, Rules
from top10_panel.exchange.ballot_files import parse_ballot
from top10_panel.exchange.bounded import BALLOT, FORM, not_regular
from top10_panel.exchange.reason_words import FILES, REASONS, REGISTER, VOTES, WORDS, reason_text
from top10_panel.exchange.sentences import Templates

CJK = re.compile(r"[\u4e00-\u9fff]")


def _filled(template: str) -> tuple[str, list[str]]:
    values = [f"V{i}" for i in range(template.count("{"))]
    return template.format(*values), values


@pytest.mark.parametrize(("english", "chinese"), REASONS, ids=[english[:40] for english, _ in REASONS])
def test_each_template_gives_its_chinese_with_the_values_back(english: str, chinese: str) -> None:
    text, values = _filled(english)
    assert reason_text(text, "zh") == chinese.format(*values)
    assert reason_text(text, "en") == text


def test_each_template_is_said_once_and_its_chinese_keeps_its_places() -> None:
    sources = [english for english, _ in REASONS]
    assert len(sources) == len(set(sources))
    for english, chinese in REASONS:
        assert sorted(re.findall(r"\{\d\}", english)) == sorted(re.findall(r"\{\d\}", chinese)), english
        assert CJK.search(chinese) or chinese.startswith("{0}"), english


def test_the_register_family_as_acceptance_and_the_decisions_say_it() -> None:
    signed = OnRecord(1, "file", 2, "accepted", {"approve": ["E01"]})
    stale = admission([signed], "file", {"approve": ["E02"]}, 2).reason
    assert reason_text(stale, "zh") == "第 2 版并不比登记在案的第 2 版新"
    held = admission([signed], "form", {"approve": ["E02"]}).reason
    assert reason_text(held, "zh") == (
        "已有已签名的选票文件（第 2 版）在记录中，又收到未签名的Excel 选票：仅凭记录在案的决定计入"
    )
    form = OnRecord(1, "form", 1, "accepted", {"approve": ["E01"]})
    second = admission([form], "paper", {"approve": ["E02"]}).reason
    assert reason_text(second, "zh") == (
        "该专家已有Excel 选票在记录中，又收到第二张选票（纸质选票）：仅凭记录在案的决定计入"
    )
    decided = "replaced by ballot 7 (张三.xlsx) by decision of 编辑部, 2020-12-21 10:00 UTC: 专家来电确认"
    assert reason_text(decided, "zh") == (
        "已被第 7 号选票（张三.xlsx）替换，决定人 编辑部，2020-12-21 10:00 UTC：专家来电确认"
    )
    late = "late, counted by decision of 主任: 邮件故障"
    assert reason_text(late, "zh") == "逾期，依据主任的决定计入：邮件故障"
    assert {english for english, _ in REGISTER} >= {"unsigned Excel ballot form", "unknown expert '{0}'"}


def test_the_vote_family_as_the_ballot_checks_say_it() -> None:
    assert reason_text(foreign_marks({"approve": ["E01", "X9"]}, {"E01"}, ()), "zh") == "投给了 X9，它不是候选事件"
    assert reason_text(foreign_marks({"approve": ["E01"]}, {"E01"}, {"E01"}), "zh") == "投给了 E01，该专家须对其回避"
    assert reason_text(wrong_shape({"rank": {"E01": 1}}, Mode.APPROVAL), "zh") == "选择选票上有其他方式的投票（rank）"
    assert reason_text(wrong_shape({"approve": ["E01", "E01"]}, Mode.APPROVAL), "zh") == "投票中 E01 出现了两次"
    assert reason_text(wrong_shape({"score": {"E01": "x"}}, Mode.SCORE), "zh") == "E01 的“x”不是分数"
    over = rule_breaks({"approve": ["E01", "E02", "E03"]}, Rules(mode=Mode.APPROVAL, max_picks=2))
    assert reason_text(over, "zh") == "超选：选了 3 项，最多允许 2 项"
    assert {english for english, _ in VOTES} >= {"over-vote: {0} candidates ranked; only the best {1} are counted"}


def test_the_file_family_as_the_readers_say_it(tmp_path: Path) -> None:
    folder = not_regular(tmp_path, BALLOT)
    assert folder is not None and reason_text(folder.problem, "zh") == "这是文件夹，不是选票文件"
    link = tmp_path / "link.t10vote"
    os.symlink(tmp_path, link)
    linked = not_regular(link, FORM)
    assert linked is not None and reason_text(linked.problem, "zh") == "这是符号链接，不是Excel 选票；链接一律不跟随"
    for raw, chinese in (
        (b'{"hello": 1}', "这不是选票文件"),
        (b'{"format": "top10', "这不是可读的选票文件（已损坏或不完整）"),
        (b"[" * 100 + b"]" * 100, "这不是选票文件：其数据嵌套超过 32 层"),
    ):
        with pytest.raises(InputError) as refused:
            parse_ballot(raw, "x.t10vote")
        assert reason_text(refused.value.problem, "zh") == chinese
    assert {english for english, _ in FILES} >= {"the hidden part of the ballot form is damaged"}


def test_a_form_refusal_with_its_place_and_fix() -> None:
    error = InputError(
        "'?' is not an approval mark",
        fix="approve with 1, ✓, √, x or 是; leave the cell empty or 0 for not approved",
        where=Location(file="/收件箱/张三.xlsx", sheet="选票", row=7, column="D"),
    )
    assert reason_text(error.message, "zh") == (
        "/收件箱/张三.xlsx，工作表“选票”，第 7 行，第 D 列：“?”不是选择标记——"
        "选择请填 1、✓、√、x 或“是”；不选请留空或填 0"
    )
    moved = InputError(
        "the candidate table was changed: this row below the last candidate is filled in",
        fix="fill in the ballot form as the editors sent it, or ask them for a new one; add, delete or move no rows",
        where=Location(file="a.xlsx", sheet="选票", row=30, column="A"),
    )
    assert reason_text(moved.message, "zh") == (
        "a.xlsx，工作表“选票”，第 30 行，第 A 列：候选事件表被改动：最后一个候选事件下方的行被填写——"
        "请在组织方发来的 Excel 选票上原样填写，或向组织方索取新的选票；不要增加、删除或移动行"
    )


def test_sentences_in_a_row_each_in_chinese_and_the_unknown_as_stored() -> None:
    kept = (
        "this is not a ballot file; its bytes (40 MiB) were not kept: a collect keeps at most 16 MiB of rejected "
        "files, the SHA-256 of this one is on record"
    )
    assert reason_text(kept, "zh") == (
        "这不是选票文件；未保存其文件内容（40 MiB）：每次收取最多保存 16 MiB 的拒收文件，此文件的 SHA-256 已记录在案"
    )
    held = (
        "an unsigned ballot matrix row beside the signed ballot file on record (revision 2): counted only by a "
        "recorded decision; received after the deadline: counted only by a recorded decision"
    )
    assert reason_text(held, "zh") == (
        "已有已签名的选票文件（第 2 版）在记录中，又收到未签名的选票汇总表中的一行：仅凭记录在案的决定计入；"
        "截止时间后收到：须有记录在案的决定才能计入"
    )
    assert reason_text("something new the services say", "zh") == "something new the services say"
    assert reason_text("something new; update Top10 Panel", "zh") == "something new；请升级 Top10 Panel"
    assert reason_text("", "zh") == ""
    assert reason_text(kept, "en") == kept


def test_the_words_inside_are_words_a_reason_uses() -> None:
    assert WORDS["Excel ballot form"] == "Excel 选票" and WORDS["a ballot file"] == "选票文件"


def test_templates_match_the_most_specific_first() -> None:
    templates = Templates([("write the {0}", "short"), ("write the {0} in this cell", "long")])
    assert templates.match("write the title in this cell") == ("long", ("title",))
    assert templates.match("write the title") == ("short", ("title",))
    assert templates.match("something else") is None
