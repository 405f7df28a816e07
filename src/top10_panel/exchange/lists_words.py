"""The one table of header words of candidate and expert lists, Chinese and English, and how a header is read.

A header matches after folding: NFKC, no case, no spaces between Chinese characters (``姓　名``), no marks such as
``*`` or ``（必填）``; a header of two lines or two languages (``编号⏎Code``, ``姓名 Name``, ``来源/source``)
matches when its parts name one field. Words of ``IGNORED`` are columns a list may carry and the selection does not
keep (telephone numbers, titles): they are read past, never refused.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

CANDIDATE_WORDS: Mapping[str, tuple[str, ...]] = {
    "code": (
        "编号",
        "code",
        "事件编号",
        "候选编号",
        "候选事件编号",
        "代码",
        "代号",
        "id",
        "candidate code",
        "event code",
    ),
    "title": (
        "标题",
        "title",
        "事件",
        "事件名称",
        "名称",
        "事件标题",
        "候选事件",
        "候选事件名称",
        "事件名",
        "event",
        "event title",
        "event name",
    ),
    "date": ("日期", "date", "发生时间", "时间", "发生日期", "事件时间", "事件日期", "when", "event date"),
    "summary": (
        "摘要",
        "summary",
        "简介",
        "事件简介",
        "内容",
        "事件内容",
        "描述",
        "事件描述",
        "概述",
        "简述",
        "主要内容",
        "内容简介",
        "简要介绍",
        "description",
        "abstract",
    ),
    "source": (
        "来源",
        "source",
        "推荐单位",
        "来源/推荐单位",
        "提名单位",
        "推荐机构",
        "提名机构",
        "申报单位",
        "报送单位",
        "推荐方",
        "出处",
        "nominated by",
        "nominator",
    ),
    "category": ("类别", "category", "分类", "领域", "类型", "所属领域", "事件类别", "事件类型", "type", "field"),
}
EXPERT_WORDS: Mapping[str, tuple[str, ...]] = {
    "name": ("姓名", "name", "专家姓名", "专家", "名字", "评委", "评委姓名", "expert", "full name", "expert name"),
    "affiliation": (
        "单位",
        "affiliation",
        "工作单位",
        "所在单位",
        "单位名称",
        "机构",
        "所在机构",
        "工作机构",
        "organisation",
        "organization",
        "institution",
    ),
    "email": (
        "邮箱",
        "email",
        "e-mail",
        "电子邮箱",
        "电子邮件",
        "邮件",
        "电子信箱",
        "邮箱地址",
        "mail",
        "email address",
        "e-mail address",
    ),
    "recuse": ("回避", "recuse", "recusal", "回避事件", "回避候选", "需回避", "回避编号", "回避事项", "conflicts"),
}
ORDINAL = ("序号", "no", "no.", "#", "serial", "serial no.", "序")
"""A running number: the code when the list has no code column, read past when it has one."""
COMMON_IGNORED = (
    "备注",
    "说明",
    "联系人",
    "联系方式",
    "联系电话",
    "电话",
    "手机",
    "手机号",
    "手机号码",
    "链接",
    "网址",
    "附件",
    "note",
    "notes",
    "remark",
    "remarks",
    "comment",
    "comments",
    "phone",
    "mobile",
    "telephone",
    "link",
    "url",
)
IGNORED: Mapping[str, tuple[str, ...]] = {
    "candidate": COMMON_IGNORED + ("推荐理由", "入选理由", "参考链接", "相关链接", "报道链接", "联系人电话"),
    "expert": COMMON_IGNORED
    + (
        "职称",
        "职务",
        "职称/职务",
        "职称职务",
        "职位",
        "性别",
        "年龄",
        "出生年月",
        "学历",
        "学位",
        "研究方向",
        "专业",
        "专业领域",
        "研究领域",
        "地址",
        "通讯地址",
        "邮编",
        "办公电话",
        "position",
        "job title",
        "gender",
        "research field",
        "address",
    ),
}
IGNORE = ""
"""The field key of a column that is read past."""

_MARKS = re.compile(r"^[*＊※]+|[*＊※:：]+$|[（(][^（()）]*[)）]$")
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
_PARTS = re.compile(r"[\n/／|]+|\s{2,}|(?<=[\u3400-\u9fff])\s+(?=[A-Za-z])|(?<=[A-Za-z.])\s+(?=[\u3400-\u9fff])")


def fold(header: str) -> str:
    """A header as compared: 'Code', 'CODE', full-width 'ｃｏｄｅ', '编 号' and '编号*' are all one word."""
    text = unicodedata.normalize("NFKC", header).replace("\r", "\n").strip().casefold()
    text = _CJK_GAP.sub("", text)
    for _ in range(3):  # '*编号（必填）：' has three marks
        stripped = _MARKS.sub("", text).strip()
        if stripped == text:
            break
        text = stripped
    return " ".join(text.split(" ")).strip()


def table(noun: str) -> dict[str, str]:
    """Folded header word → field key ('' for a column read past; 'ordinal' for 序号) for a list of ``noun``s."""
    words = CANDIDATE_WORDS if noun == "candidate" else EXPERT_WORDS
    out = {fold(word): IGNORE for word in IGNORED[noun]}
    out.update({fold(word): "ordinal" for word in ORDINAL})
    out.update({fold(word): key for key, names in words.items() for word in names})
    return out


def match(header: str, words: Mapping[str, str]) -> str | None:
    """The field key a header names (IGNORE for a column read past), or None for a word no table knows.

    Two-line and two-language headers match when all their known parts agree on one key."""
    whole = fold(header)
    if whole in words:
        return words[whole]
    parts = [fold(part) for part in _PARTS.split(unicodedata.normalize("NFKC", header)) if part.strip()]
    keys = {words[part] for part in parts if part in words}
    return keys.pop() if len(keys) == 1 else None


def one_line(header: str) -> str:
    """A header for a one-line message: line breaks as ' / '."""
    return " / ".join(part.strip() for part in header.replace("\r", "\n").split("\n") if part.strip())
