"""The publication order of the chosen (SPEC §3) and the pinyin and stroke keys behind 排名不分先后."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.samples import sample_publication
from top10_panel.domain.errors import InputError
from top10_panel.domain.order import Key, pinyin_key, publication_order, stroke_key, stroke_sequence
from top10_panel.domain.people import Candidate
from top10_panel.domain.publication import recount
from top10_panel.domain.result import TallyResult
from top10_panel.domain.rules import PUBLICATION_ORDERS, Mode, Rules
from top10_panel.domain.stroke_table import COUNT, STROKES
from top10_panel.domain.tally import tally
from top10_panel.domain.votes import build_profile

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "candidates-2020.csv"
KEYS = pytest.mark.parametrize("key", [pinyin_key, stroke_key], ids=["pinyin", "stroke"])
KeyFunction = Callable[[str], Key]


def strictly_ascending(words: list[str], key: KeyFunction) -> None:
    """Each word sorts strictly before the next one under ``key``."""
    for (a, ka), (b, kb) in pairwise((w, key(w)) for w in words):
        assert ka < kb, f"{a} should come before {b}: {ka} vs {kb}"


# --- the stroke data -------------------------------------------------------------------------------------------------


def test_the_table_covers_the_common_characters() -> None:
    # cnchar-order 3.2.6: all 3,500 characters of level 1 of 通用规范汉字表, 2,866 of level 2, 404 of level 3
    entries = STROKES.split()
    assert len(entries) == len({e[0] for e in entries}) == COUNT == 6939
    assert all(e[1:] and set(e[1:]) <= set("12345") for e in entries)


@pytest.mark.parametrize(
    ("char", "strokes"),
    [
        ("一", "1"),
        ("乙", "5"),
        ("十", "12"),
        ("人", "34"),
        ("王", "1121"),  # the last stroke is a 提: it counts as 横
        ("方", "4153"),
        ("子", "521"),  # 竖钩 counts as 竖
        ("孔", "5215"),  # 子 with its 横 written as 提, then 竖弯钩 (折)
        ("重", "312511211"),  # 9 strokes: the 横折 of its 日 is a 折
        ("冗", "4535"),  # cnchar's second kind of 点 (点2) is a 点
        ("刃", "534"),
        ("之", "454"),  # 捺 counts as 点
        ("皙", "1234331232511"),  # 13 strokes: the source drops one, corrected by tools/make_stroke_table.py
    ],
)
def test_stroke_sequences_checked_by_hand(char: str, strokes: str) -> None:
    assert stroke_sequence(char) == strokes


def test_the_start_of_the_official_list() -> None:
    # 通用规范汉字表 begins 一 乙 二 十 丁 厂 七 卜 八 人 入 儿 匕 几 九 刁 了 刀 力 乃 又; each pair asserted here
    # differs in its strokes (十 丁 both 12, 八 人 入 both 34, 儿 匕 几 九 all 35 and 刀 力 乃 all 53 are left out:
    # the official list orders those by how the strokes join, which the data does not hold).
    strictly_ascending(["一", "乙", "二", "十", "厂", "七", "卜", "八", "儿", "刁", "了", "刀", "又"], stroke_key)
    assert [stroke_sequence(c) for c in "十丁八人入儿匕几九刀力乃"] == ["12"] * 2 + ["34"] * 3 + ["35"] * 4 + ["53"] * 3


def test_surnames_in_stroke_order_as_official_lists_print_them() -> None:
    # 丁 12 (2 strokes) | 王 1121, 方 4153, 孔 5215 (4: 横 < 点 < 折) | 石 13251, 叶 25112 (5: 横 < 竖)
    # | 刘 413422 (6) | 李 1234521, 张 5153154, 陈 5215234 (7: 横 < 折; 51 < 52) | 周 35121251 (8)
    # | 赵 121213434 (9) | 黄 12212512134 (11)
    surnames = "丁王方孔石叶刘李张陈周赵黄"
    assert [len(stroke_sequence(c)) for c in surnames] == [2, 4, 4, 4, 5, 5, 6, 7, 7, 7, 8, 9, 11]
    strictly_ascending(list(surnames), stroke_key)


def test_same_strokes_fall_back_to_the_code_point() -> None:
    assert stroke_sequence("十") == stroke_sequence("丁")
    assert stroke_key("丁") < stroke_key("十")  # U+4E01 < U+5341


# --- pinyin ----------------------------------------------------------------------------------------------------------


def test_places_in_pinyin_order_with_polyphones_read_in_context() -> None:
    # an1 < bei3 < chang2 (长沙) < chong2 (重庆, not zhong4) < yin2 hang2 (银行, not xing2)
    strictly_ascending(["安徽", "北京", "长沙", "重庆", "银行"], pinyin_key)
    strictly_ascending(["重庆", "重要"], pinyin_key)  # chong2 < zhong4
    assert pinyin_key("行业")[0][1:4] == ("hang", "hang", 2)
    assert pinyin_key("行动")[0][1:4] == ("xing", "xing", 2)


def test_tones_ascend_with_the_neutral_tone_last() -> None:
    strictly_ascending(["妈", "麻", "马", "骂"], pinyin_key)  # ma1 ma2 ma3 ma4
    assert pinyin_key("好吗")[1][3] == 5  # 吗 read as a neutral tone
    assert pinyin_key("骂")[0] < pinyin_key("好吗")[1]


def test_u_umlaut_follows_u_as_in_the_dictionary() -> None:
    # 现代汉语词典: lu < lü < luan < lüe; nu < nü < nuan < nüe
    strictly_ascending(["路", "驴", "乱", "略"], pinyin_key)
    strictly_ascending(["努", "女", "暖", "虐"], pinyin_key)


def test_homophones_go_by_strokes() -> None:
    # 衣 and 依 are both yi1: 衣 has 6 strokes, 依 8
    strictly_ascending(["衣", "依"], pinyin_key)


# --- characters that are not Chinese ---------------------------------------------------------------------------------


@KEYS
def test_numbers_then_letters_then_chinese(key: KeyFunction) -> None:
    strictly_ascending(["5G网络", "20周年", "FAST", "nstl文献", "一流", "中国"], key)


@KEYS
def test_numbers_compare_by_value_and_letters_ignore_case(key: KeyFunction) -> None:
    strictly_ascending(["第9届", "第10届"], key)
    assert key("FAST望远镜") == key("fast望远镜")


@KEYS
def test_punctuation_and_full_width_forms_do_not_move_a_title(key: KeyFunction) -> None:
    assert key("“中国天眼”通过验收") == key("中国天眼通过验收")
    assert key("关于《方案（暂行）》的通知") == key("关于方案暂行的通知")
    assert key("〔示例〕平台 上线") == key("示例平台上线")
    assert key("ＦＡＳＴ　２０２０") == key("FAST 2020")


@KEYS
def test_a_prefix_comes_first(key: KeyFunction) -> None:
    strictly_ascending(["中国", "中国天眼", "中国天眼工程"], key)
    strictly_ascending(["", "A", "一"], key)


def test_chinese_characters_outside_the_stroke_data_come_after_those_in_it() -> None:
    rare = "𬉼"  # U+2C27C, level 3 of 通用规范汉字表, not in cnchar-order
    assert stroke_sequence(rare) == ""
    strictly_ascending(["齉", rare], stroke_key)  # 齉 has 36 strokes
    assert pinyin_key(rare)[0][1:4] == ("ou", "ou", 1)  # pypinyin reads it: it goes by its reading


def test_chinese_characters_without_a_reading_come_after_those_with_one() -> None:
    unread = "兙"  # U+5159: pypinyin has no reading for it
    strictly_ascending(["座", "做", unread], pinyin_key)  # zuo4, the last syllable: 座 10 strokes, 做 11


# --- the seed's ten events -------------------------------------------------------------------------------------------


def seed_titles() -> dict[str, str]:
    with DEMO.open(encoding="utf-8", newline="") as f:
        return {row["编号"]: row["标题"] for row in csv.DictReader(f) if row["编号"].startswith("E")}


def ordered(titles: dict[str, str], key: KeyFunction) -> list[str]:
    return sorted(titles, key=lambda code: key(titles[code]))


def test_the_seed_events_in_pinyin_order() -> None:
    # First characters: 发 fa1 (E06) < 国 guo2 (E10) < 建 jian4 (E08) < 科 ke1 (E02, E05, E09) < 联 lian2 (E04)
    # < 新 xin1 (E01) < 中 zhong1 (E03, after the quotation mark) < 重 zhong4 (E07, 重大).
    # The three 科技部… go by their fourth character: 发 fa1 (E05) < 进 jin4 (E09) < 印 yin4 (E02).
    titles = seed_titles()
    assert len(titles) == 10
    assert ordered(titles, pinyin_key) == ["E06", "E10", "E08", "E05", "E09", "E02", "E04", "E01", "E03", "E07"]


def test_the_seed_events_in_stroke_order() -> None:
    # First characters: 中 4 (E03) < 发 5 (E06) < 国 8 25… (E10) < 建 8 51… (E08) < 科 9 3123… (E02, E05, E09)
    # < 重 9 3125… (E07) < 联 12 (E04) < 新 13 (E01).
    # The three 科技部… go by their fourth character: 印 35152 (E02) < 发 53544 (E05) < 进 7 strokes (E09).
    titles = seed_titles()
    assert ordered(titles, stroke_key) == ["E03", "E06", "E10", "E08", "E02", "E05", "E09", "E07", "E04", "E01"]


# --- publication_order on a tally ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def published() -> TallyResult:
    result = sample_publication().result
    # The sample's seats, in result order (their dates and categories are used below).
    assert result.top == ("E10", "S11", "E05", "E04", "E06", "E03", "E01", "E09", "E08", "E07")
    return result


def test_result_order_is_the_result(published: TallyResult) -> None:
    assert published.rules.publication_order == "result"
    assert publication_order(published) == published.top
    assert publication_order(published, "result") == published.top


def test_category_without_quotas_goes_by_first_appearance(published: TallyResult) -> None:
    # 资源共享 (E10 first), 政策 (E05), 国际合作 (E04), 设施 (E03); result order within each
    assert publication_order(published, "category") == (
        *("E10", "S11", "E01", "E08", "E07"),
        *("E05", "E06"),
        "E04",
        *("E03", "E09"),
    )


def test_category_with_quotas_goes_by_the_quotas() -> None:
    source = sample_publication().recount
    quotas = (("政策", 3), ("设施", 2), ("国际合作", 1), ("资源共享", 4))
    result = recount(replace(source, rules=replace(source.rules, quotas=quotas, publication_order="category")))
    by_code = {c.code: c for c in result.candidates}
    published = publication_order(result)
    categories = [by_code[code].category for code in published]
    assert categories == ["政策"] * 3 + ["设施"] * 2 + ["国际合作"] + ["资源共享"] * 4
    for name, _ in quotas:  # result order within a category
        within = [code for code in published if by_code[code].category == name]
        assert within == [code for code in result.top if by_code[code].category == name]


def test_date_order(published: TallyResult) -> None:
    # S11 "2020" stands for its start; E07 "2020-06" likewise; E06 and E09 share 2020-12-28: result order
    assert publication_order(published, "date") == (
        *("S11", "E03", "E01", "E05", "E08", "E07", "E10", "E04", "E06", "E09"),
    )


def test_date_order_with_spans_and_undated_candidates() -> None:
    source = sample_publication().recount
    dates = {"E07": "2020-06 至 2020-09", "E10": "", "S11": "不详", "E03": "2020-02", "E08": "2020年3月5日"}
    candidates = tuple(replace(c, date=dates.get(c.code, c.date)) for c in source.candidates)
    result = recount(replace(source, candidates=candidates, rules=replace(source.rules, publication_order="date")))
    # E01 01-24 < E03 02 (= 02-01) < E05 02-23 < E08 03-05 < E07 06 (its span's start) < E04 09-22
    # < E06, E09 12-28 (result order) < undated E10, S11 (result order)
    assert publication_order(result) == ("E01", "E03", "E05", "E08", "E07", "E04", "E06", "E09", "E10", "S11")


def test_pinyin_order(published: TallyResult) -> None:
    # 发 (E06) 国 (E10) 建 (E08) 科技部发 (E05) 科技部进 (E09) 联 (E04) 〔示例〕 shi4 (S11) 新 (E01) 中 (E03) 重 (E07)
    assert publication_order(published, "pinyin") == (
        *("E06", "E10", "E08", "E05", "E09", "E04", "S11", "E01", "E03", "E07"),
    )


def test_stroke_order(published: TallyResult) -> None:
    # 中 4 (E03) | 示 11234 (S11) < 发 53544 (E06) | 国 25… (E10) < 建 51… (E08) | 科 3123… (E05 发 < E09 进)
    # < 重 3125… (E07) | 联 12 (E04) | 新 13 (E01)
    assert publication_order(published, "stroke") == (
        *("E03", "S11", "E06", "E10", "E08", "E05", "E09", "E07", "E04", "E01"),
    )


def test_the_rules_choose_the_default(published: TallyResult) -> None:
    result = replace(published, rules=replace(published.rules, publication_order="stroke"))
    assert publication_order(result) == publication_order(published, "stroke")


def test_an_open_tie_leaves_only_the_settled_seats() -> None:
    result = sample_publication(seed=None).result
    assert result.open_ties
    for how in PUBLICATION_ORDERS:
        assert sorted(publication_order(result, how)) == sorted(result.top)


def test_an_unknown_order_is_refused(published: TallyResult) -> None:
    with pytest.raises(InputError, match="publication order"):
        publication_order(published, "alphabet")


# --- properties ------------------------------------------------------------------------------------------------------

TITLE_CHARS = "一乙二十丁重行长银安北京中国科技部发布年 “”《》（）0123456789ABCabc〔〕𬉼兙"
DATES = st.sampled_from(["", "2020", "2020-06", "2020-06-15", "2020-06 至 2020-09", "2019-12-31", "不详", "2020-13"])


@st.composite
def tallies(draw: st.DrawFn) -> TallyResult:
    n = draw(st.integers(2, 12))
    candidates = [
        Candidate(
            code=f"C{j:02d}",
            title=draw(st.text(TITLE_CHARS, max_size=8)),
            date=draw(DATES),
            category=draw(st.sampled_from(["甲", "乙", "丙", ""])),
        )
        for j in range(n)
    ]
    seats = draw(st.integers(1, n))
    ballots = [
        (
            f"e{k}",
            {"approve": draw(st.lists(st.sampled_from([c.code for c in candidates]), unique=True, max_size=seats))},
        )
        for k in range(draw(st.integers(1, 6)))
    ]
    rules = Rules(mode=Mode.APPROVAL, seats=seats, max_picks=seats)
    return tally(build_profile(Mode.APPROVAL, candidates, ballots), rules)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tallies(), st.sampled_from(PUBLICATION_ORDERS))
def test_the_order_is_a_permutation_of_the_settled_seats(result: TallyResult, how: str) -> None:
    published = publication_order(result, how)
    assert sorted(published) == sorted(result.top)
    if how == "result":
        assert published == result.top


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(TITLE_CHARS, max_size=6), min_size=1, max_size=8))
def test_any_two_titles_compare_and_a_title_precedes_its_extensions(titles: list[str]) -> None:
    for key in (pinyin_key, stroke_key):
        keys = [key(title) for title in titles]
        for a in keys:
            for b in keys:
                assert (a < b) + (a == b) + (a > b) == 1
        for title in titles:
            assert key(title) < key(title + "中")
            assert key(title) == key(title + "。")
