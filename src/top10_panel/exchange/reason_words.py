"""The reasons a ballot register carries, in the language of a published file (the Chinese workbook and report).

The services store each reason as they say it, in English with the values inside ("revision 1 is not newer than
revision 1 on record"): the record stays one language, whatever the editor's. A Chinese output puts each reason it
prints through ``reason_text``, which finds the template it was made from and fills the values into its Chinese.
Where the editor's window says the same sentence (its Qt Linguist catalogue, resources/translations/*.ts), the
Chinese here is the same wording; tests/gui/test_reason_words.py holds the two together.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .sentences import Templates

REGISTER: tuple[tuple[str, str], ...] = (
    # what becomes of a ballot (services.inbox, services.collect, domain.acceptance)
    ("unsigned Excel ballot form", "未签名的 Excel 选票"),
    ("received after the deadline: counted only by a recorded decision", "截止时间后收到：须有记录在案的决定才能计入"),
    (
        "the signature does not match: the file was altered after it was signed, or signed for another selection",
        "签名不符：文件在签名后被改动，或为其他评选签名",
    ),
    ("replaced by revision {0}", "已被第 {0} 版替换"),
    ("replaced by the signed ballot file, revision {0}", "已被已签名的选票文件（第 {0} 版）替换"),
    (
        "its bytes ({0}) were not kept: a collect keeps at most {1} of rejected files, the SHA-256 of this one is on "
        "record",
        "未保存其文件内容（{0}）：每次收取最多保存 {1} 的拒收文件，此文件的 SHA-256 已记录在案",
    ),
    (
        "a ballot for another selection (its fingerprint is not this selection's)",
        "其他评选的选票（其指纹不是本评选的）",
    ),
    (
        "a ballot form for another selection (its fingerprint is not this selection's)",
        "其他评选的 Excel 选票（其指纹不是本评选的）",
    ),
    ("a ballot from '{0}', who is not an expert of this selection", "来自“{0}”的选票，此人不是本评选的专家"),
    (
        "a ballot form from '{0}', who is not an expert of this selection",
        "来自“{0}”的 Excel 选票，此人不是本评选的专家",
    ),
    (
        "cast under rules version {0}, replaced by version {1}: a new package is needed",
        "按第 {0} 版规则投出，规则已换为第 {1} 版：须发出新的选票包",
    ),
    ("revision {0} is not newer than revision {1} on record", "第 {0} 版并不比登记在案的第 {1} 版新"),
    (
        "an unsigned {0} beside the signed ballot file on record (revision {1}): counted only by a recorded decision",
        "已有已签名的选票文件（第 {1} 版）在记录中，又收到未签名的{0}：仅凭记录在案的决定计入",
    ),
    (
        "a second ballot of this expert ({0}) beside the {1} on record: counted only by a recorded decision",
        "该专家已有{1}在记录中，又收到第二张选票（{0}）：仅凭记录在案的决定计入",
    ),
    ("unknown expert '{0}'", "未知专家“{0}”"),
    ("{0} ballots", "{0} 张选票"),  # a public vote's batch, one register line (store.received)
    # decisions on late and held ballots (services.ballots)
    ("late, counted by decision of {0}: {1}", "逾期，依据{0}的决定计入：{1}"),
    ("replaced by the late revision {0}, counted by decision", "已被逾期的第 {0} 版替换（依据决定计入）"),
    ("replaced by ballot {0} ({1}) by decision of {2}, {3}: {4}", "已被第 {0} 号选票（{1}）替换，决定人 {2}，{3}：{4}"),
    ("counted instead of the ballot on record, by decision of {0}, {1}: {2}", "替换原有选票计入，决定人 {0}，{1}：{2}"),
    (
        "not counted: the ballot on record was kept, by decision of {0}, {1}: {2}",
        "不计入：保留原有选票，决定人 {0}，{1}：{2}",
    ),
)
"""What the register says of a ballot's fate: its status's reason and the decisions taken on it."""

VOTES: tuple[tuple[str, str], ...] = (
    # a vote of the wrong shape, or for whom it may not vote (domain.ballot_check)
    ("a vote of another kind ({0}) on a {1} ballot", "{1}选票上有其他方式的投票（{0}）"),
    ("the approvals are not a list of candidate codes", "所选项不是候选事件编号的列表"),
    ("the vote names {0} twice", "投票中 {0} 出现了两次"),
    ("the {0} marks are not a table of candidate codes", "{0}标记不是按候选事件编号列出的表"),
    ("the rank of {0} is not a whole number from 1", "{0} 的名次不是从 1 起的整数"),
    ("'{0}' for {1} is not a score", "{1} 的“{0}”不是分数"),
    ("the score of {0} is not given per criterion ({1})", "{0} 的评分没有按指标给出（{1}）"),
    ("'{0}' for {1} is not a criterion of the rules ({2})", "{1} 的“{0}”不是规则中的指标（{2}）"),
    ("'{0}' for {1}, {2} is not a score", "{1}（{2}）的“{0}”不是分数"),
    ("a vote for {0}, which is not a candidate", "投给了 {0}，它不是候选事件"),
    ("a vote for {0}, which are not a candidate", "投给了 {0}，它们不是候选事件"),
    ("a vote for {0}, from which the expert is recused", "投给了 {0}，该专家须对其回避"),
    # why the count holds a ballot invalid, or counts part of it (domain.profile: the ballot notes)
    ("over-vote: {0} picks, at most {1} allowed", "超选：选了 {0} 项，最多允许 {1} 项"),
    ("under-vote: {0} picks, at least {1} required", "少选：选了 {0} 项，至少须选 {1} 项"),
    ("over-vote: {0} candidates ranked, at most {1} allowed", "超选：排了 {0} 个候选事件，最多允许 {1} 个"),
    (
        "repeated rank: two candidates share a rank, which the rules forbid",
        "名次重复：两个候选事件名次相同，规则不允许",
    ),
    ("skipped rank: ranks must run 1, 2, 3 … without gaps", "名次跳空：名次须按 1、2、3 … 连续排列"),
    ("a score outside the scale {0}–{1}", "有分数超出分值范围 {0}–{1}"),
    (
        "over-vote: {0} candidates ranked; only the best {1} are counted",
        "超选：排了 {0} 个候选事件，只计入最前的 {1} 个",
    ),
)
"""What is wrong with a vote itself: the register's reason for a refused one, the count's note on an invalid one."""

FILES: tuple[tuple[str, str], ...] = (
    # a file refused before it is read (exchange.bounded)
    ("no such file", "找不到文件"),
    ("check the path and the file name", "请检查路径和文件名"),
    ("cannot read the file ({0})", "无法读取文件（{0}）"),
    ("check that it exists and can be read", "请确认文件存在且可以读取"),
    ("this is a symbolic link, not {0}; links are never followed", "这是符号链接，不是{0}；链接一律不跟随"),
    (
        "give the file itself, not a link to it (copy the file there)",
        "请给出文件本身，而不是指向它的链接（把文件复制过来）",
    ),
    ("this is a folder, not {0}", "这是文件夹，不是{0}"),
    ("give the file", "请给出文件"),
    ("this is a named pipe (FIFO), not {0}", "这是命名管道（FIFO），不是{0}"),
    ("this is a device, not {0}", "这是设备，不是{0}"),
    ("this is a socket, not {0}", "这是套接字，不是{0}"),
    ("this is not an ordinary file, not {0}", "这不是普通文件，也不是{0}"),
    ("give an ordinary file", "请给出普通文件"),
    ("the file is too large for {0} ({1}; at most {2})", "文件太大，不是{0}（{1}；最多 {2}）"),
    ("give the ballot form as the editors sent it", "请给出组织方发出的原样 Excel 选票"),
    ("the file changed while it was read", "读取期间文件被改动"),
    ("wait until it is completely copied or saved, then try again", "请等文件完整复制或保存后再试"),
    ("the file cannot be opened as an Excel workbook (.xlsx)", "文件无法作为 Excel 工作簿（.xlsx）打开"),
    (
        "open it in Excel and save it again as .xlsx (Excel Workbook)",
        "请用 Excel 打开，重新另存为 .xlsx（Excel 工作簿）",
    ),
    (
        "the workbook holds {0} parts (at most {1}): it is not an ordinary workbook",
        "该工作簿含 {0} 个部件（最多 {1} 个），不是普通工作簿",
    ),
    (
        "the part '{0}' would inflate to {1} (at most {2}): a zip bomb, or far too large for {3}",
        "部件“{0}”解压后将达 {1}（最多 {2}）：是压缩炸弹，或远超{3}应有的大小",
    ),
    (
        "the part '{0}' would inflate {1} times (to {2}): a zip bomb",
        "部件“{0}”解压后将膨胀 {1} 倍（达 {2}）：是压缩炸弹",
    ),
    (
        "the workbook's shared texts would inflate to {0} (at most {1}): a zip bomb, or far too large for {2}",
        "该工作簿的共享文本解压后将达 {0}（最多 {1}）：是压缩炸弹，或远超{2}应有的大小",
    ),
    (
        "the workbook would inflate to {0} (at most {1}): a zip bomb, or far too large for {2}",
        "该工作簿解压后将达 {0}（最多 {1}）：是压缩炸弹，或远超{2}应有的大小",
    ),
    (
        "the workbook holds more than {0} different texts: it is not an ordinary workbook",
        "该工作簿含超过 {0} 条不同文本，不是普通工作簿",
    ),
    (
        "check that this is the right file; give the list or matrix in a workbook of its own",
        "请确认文件无误；请将清单或汇总表单独存为一个工作簿",
    ),
    # a ballot file that is not one (exchange.ballot_files)
    ("this is not a readable {0} (damaged or cut short)", "这不是可读的{0}（已损坏或不完整）"),
    ("the file is too large for a {0}", "文件太大，不是{0}"),
    ("this is not a {0}: its data is nested more than {1} levels deep", "这不是{0}：其数据嵌套超过 {1} 层"),
    ("this is not a {0}", "这不是{0}"),
    ("this {0} is of format version {1}, which this version does not read", "这个{0}的格式版本为 {1}，本版本无法读取"),
    ("the ballot file is incomplete or damaged", "选票文件不完整或已损坏"),
    # an Excel ballot form that cannot be read (exchange.ballot_form, exchange.grid, exchange.cells)
    ("this is not an Excel workbook (.xlsx)", "这不是 Excel 工作簿（.xlsx）"),
    ("give the ballot form (.xlsx) as filled in", "请给出填好的 Excel 选票（.xlsx）"),
    ("this is not a Top10 Panel ballot form", "这不是 Top10 Panel 的 Excel 选票"),
    (
        "give the ballot form the editors sent (an ordinary workbook or ballot matrix is imported otherwise)",
        "请给出组织方发出的 Excel 选票（普通工作簿或选票汇总表另行导入）",
    ),
    ("the ballot form has no sheet '{0}'", "Excel 选票中没有工作表 {0}"),
    (
        "fill in the ballot form as the editors sent it, or ask them for a new one",
        "请在组织方发来的 Excel 选票上原样填写，或向组织方索取新的选票",
    ),
    ("{0}; add, delete or move no rows", "{0}；不要增加、删除或移动行"),
    (
        "the candidate table was changed: this row should hold candidate '{0}' but holds {1}",
        "候选事件表被改动：这一行应是候选事件 {0}，实为 {1}",
    ),
    (
        "the ballot form does not agree with itself: its sheet shows {0} {1}, its protected part holds '{2}'",
        "Excel 选票前后不一致：表上显示 {0} {1}，受保护部分记录的是 {2}",
    ),
    (
        "give the form exactly as the editors sent it to this expert, or ask them for a new one",
        "请原样提交组织方发给这位专家的选票，或向组织方索取新的选票",
    ),
    ("the cell holds a date or time ({0}), not a vote", "该单元格是日期或时间（{0}），不是投票"),
    ("format the cell as General and type the vote again", "请把单元格格式设为“常规”，重新填写投票"),
    (
        "the candidate table was changed: this row below the last candidate is filled in",
        "候选事件表被改动：最后一个候选事件下方的行被填写",
    ),
    ("the hidden part of the ballot form is damaged", "Excel 选票的隐藏部分已损坏"),
    (
        "this ballot form is of format version {0}, which this version does not read",
        "这张 Excel 选票的格式版本为 {0}，本版本无法读取",
    ),
    ("update Top10 Panel", "请升级 Top10 Panel"),
    ("'{0}' is not an approval mark", "“{0}”不是选择标记"),
    (
        "approve with 1, ✓, √, x or 是; leave the cell empty or 0 for not approved",
        "选择请填 1、✓、√、x 或“是”；不选请留空或填 0",
    ),
    ("'{0}' is not a rank", "“{0}”不是名次"),
    (
        "ranks are whole numbers 1, 2, 3 … (1 = best); leave the cell empty for an unranked candidate",
        "名次是整数 1、2、3 …（1 为最好）；不排序的候选事件请留空",
    ),
    ("'{0}' is not a score", "“{0}”不是分数"),
    ("write a number from {0} to {1}, or leave it empty", "请填写 {0} 到 {1} 之间的数，或留空"),
    ("score {0} is outside the scale {1}–{2}", "分数 {0} 超出分值范围 {1}–{2}"),
    (
        "write a number from {0} to {1}, or leave the cell empty for not scored",
        "请填写 {0} 到 {1} 之间的数；不评分请留空",
    ),
    ("the file is named {0} but is not an Excel workbook", "文件名为 {0}，但不是 Excel 工作簿"),
    (
        "open it in Excel, WPS or LibreOffice and save it again as .xlsx (Excel Workbook)",
        "请用 Excel、WPS 或 LibreOffice 打开，另存为 .xlsx（Excel 工作簿）",
    ),
    ("the cell holds a formula ({0})", "单元格中是公式（{0}）"),
    ("replace the formula by its value (Paste Special › Values)", "请把公式换成数值（选择性粘贴 › 数值）"),
    ("the cell holds an error value ({0})", "单元格中是错误值（{0}）"),
    ("type the value in the cell, or leave it empty", "请在单元格中填写数值，或留空"),
    ("the {0} workbook is protected by a password", "{0}工作簿设有密码"),
    ("open it, remove the password and save it again", "请打开它，去掉密码后重新保存"),
    ("the {0} file cannot be read ({1})", "无法读取{0}文件（{1}）"),
    (
        "the cell holds {0} characters (Excel allows {1}): this is not a list or ballot cell",
        "该单元格有 {0} 个字符（Excel 最多允许 {1} 个），不是清单或选票的单元格",
    ),
    ("shorten the text of the cell", "请缩短该单元格的文字"),
)
"""Why a file was refused: the readers' sentences a collect stores as the reason (a form's with where and fix)."""

REASONS = REGISTER + VOTES + FILES

WORDS: dict[str, str] = {
    # the kinds of ballot a held ballot's reason names (domain.acceptance.KINDS)
    "Excel ballot form": "Excel 选票",
    "ballot matrix row": "选票汇总表中的一行",
    "paper ballot": "纸质选票",
    "signed ballot file": "已签名的选票文件",
    "ballot": "选票",
    # the kinds of file a reader names (exchange.bounded, exchange.ballot_files, exchange.grid)
    "a ballot file": "选票文件",
    "ballot file": "选票文件",
    "ballot package": "选票包",
    "a ballot form": "Excel 选票",
    "ballot form": "Excel 选票",
    "a ballot matrix": "选票汇总表",
    # vote modes, and what a form's sheet shows
    "approval": "选择",
    "ranking": "排序",
    "score": "评分",
    "expert": "专家",
    "fingerprint": "指纹",
    "nothing": "空白",
}
"""The words the services put inside a reason, as a Chinese reason says them."""

PLACES: dict[str, str] = {
    "{0}: {1}": "{0}：{1}",
    "{0} — {1}": "{0}——{1}",
    "; ": "；",
    ", ": "，",
    "“{0}”": "“{0}”",
    "sheet “{0}”": "工作表“{0}”",
    "row {0}": "第 {0} 行",
    "column {0}": "第 {0} 列",
}
"""How a reason's parts join, and where in a file it is (keyed as the editor's catalogue has them)."""


@cache
def _templates() -> Templates[str]:
    return Templates(REASONS)


def reason_text(reason: str, language: str) -> str:
    """The stored ``reason`` in ``language``: in Chinese each sentence of it by its template, the values (codes,
    revisions, names, a file) as they are; as stored in English, or when no template makes it."""
    if language != "zh" or not reason:
        return reason
    return _chinese(reason)


@lru_cache(maxsize=4096)
def _chinese(reason: str) -> str:
    """(A register of 20,000 junk files says a few reasons 20,000 times: each is looked up once.)"""
    return _sentence(reason) or reason


def _sentence(text: str) -> str | None:
    """The Chinese of a reason: its sentences (joined by "; ") each by its template, as many and as short as make it
    whole, so that "this is not a {0}" never takes the sentence after it; those of no template left as they are;
    None when no part of it is known."""
    parts = text.split("; ")
    said: list[str | None] = [""] + [None] * len(parts)
    for end in range(1, len(parts) + 1):
        for start in range(end - 1, -1, -1):  # the shortest last sentence first; longer when a template holds "; "
            head = said[start]
            chinese = _one("; ".join(parts[start:end])) if head is not None else None
            if head is not None and chinese is not None:
                said[end] = head + PLACES["; "] + chinese if start else chinese
                break
    if said[-1] is not None:
        return said[-1]
    if len(parts) > 1:
        each = [_one(part) for part in parts]
        if any(part is not None for part in each):
            return PLACES["; "].join(chinese or part for chinese, part in zip(each, parts, strict=True))
    return None


def _one(text: str) -> str | None:
    """One sentence: of a template, with its fix after " — ", or with where it is in the file in front (as
    InputError.message writes them); None when it is of no template."""
    found = _templates().match(text)
    if found is not None:
        chinese, values = found
        return chinese.format(*(_value(value) for value in values))
    if " — " in text:
        head, fix = text.rsplit(" — ", 1)
        problem, said = _sentence(head), _sentence(fix)
        if problem is not None and said is not None:
            return PLACES["{0} — {1}"].format(problem, said)
    at = text.find(": ")
    while at >= 0:
        where = _where(text[:at])
        problem = _sentence(text[at + 2 :]) if where is not None else None
        if problem is not None:
            return PLACES["{0}: {1}"].format(where, problem)
        at = text.find(": ", at + 1)
    return None


def _value(value: str) -> str:
    """A value inside a sentence: a known word, a quoted name, or a sentence of its own in Chinese; else as it is."""
    known = WORDS.get(value)
    if known is not None:
        return known
    if value.startswith("'") and value.endswith("'") and len(value) > 2:
        return PLACES["“{0}”"].format(value[1:-1])
    if " " in value:
        return _sentence(value) or value
    return value


_SHEET = re.compile(r"sheet '(.*)'")
_ROW = re.compile(r"row (\d+)")
_COLUMN = re.compile(r"column (.+)")
_FILE = re.compile(r"[^ ]+|.*[/\\].*|.*\.\w{2,5}")
"""The file of a place: a name without spaces, a path, or a name with its suffix."""


def _where(text: str) -> str | None:
    """A place as domain.errors.Location writes it (FILE, sheet 'S', row N, column C) in Chinese; None when the text
    is not one."""
    parts = text.split(", ")
    said = []
    for i, part in enumerate(parts):
        if found := _SHEET.fullmatch(part):
            said.append(PLACES["sheet “{0}”"].format(found[1]))
        elif found := _ROW.fullmatch(part):
            said.append(PLACES["row {0}"].format(found[1]))
        elif found := _COLUMN.fullmatch(part):
            said.append(PLACES["column {0}"].format(found[1]))
        elif i == 0 and _FILE.fullmatch(part):
            said.append(part)
        else:
            return None
    return PLACES[", "].join(said)
