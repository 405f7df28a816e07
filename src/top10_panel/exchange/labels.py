"""Words of the published files (workbook, PDF report) in Chinese and English: one table, one word per thing."""

from __future__ import annotations

LANGUAGES = ("zh", "en")

LABELS: dict[str, tuple[str, str]] = {
    # sheets and sections
    "result": ("结果", "Result"),
    "ballots": ("选票", "Ballots"),
    "pairwise": ("两两对比", "Pairwise"),
    "audit": ("平局处理", "Tie-breaks"),
    "register": ("选票登记", "Ballot register"),
    "reconciliation": ("票数核对", "Reconciliation"),
    "info": ("评选信息", "Selection"),
    "tally_sheet": ("计票单", "Tally sheet"),
    "publication": ("公布顺序", "Publication order"),
    "signatures": ("签字", "Signatures"),
    # result columns
    "place": ("名次", "Place"),
    "rank": ("方法名次", "Rank"),
    "code": ("编号", "Code"),
    "title": ("标题", "Title"),
    "score": ("得分", "Score"),
    "score_exact": ("精确得分", "Exact score"),
    "status": ("状态", "Status"),
    "category": ("类别", "Category"),
    "date": ("日期", "Date"),
    "source": ("来源", "Source"),
    "seat": ("入选", "Seat"),
    "open": ("待定（平局）", "Open (tied)"),
    "out": ("未入选", "Out"),
    "cut_line": ("入选线", "Cut line"),
    # ballots and register
    "expert": ("专家", "Expert"),
    "voter": ("投票人", "Voter"),
    "panel": ("来源组", "Panel"),
    "received": ("收到时间", "Received"),
    "kind": ("方式", "Kind"),
    "origin": ("文件", "File"),
    "revision": ("版本", "Revision"),
    "reason": ("原因", "Reason"),
    "sha256": ("选票指纹 (SHA-256)", "Ballot fingerprint (SHA-256)"),
    "tracker": ("核验码", "Tracker"),
    "vote": ("投票", "Vote"),
    "recused": ("回避", "recused"),
    "accepted": ("有效", "accepted"),
    "superseded": ("已被替换", "superseded"),
    "late": ("逾期", "late"),
    "rejected": ("拒收", "rejected"),
    "valid": ("有效票", "valid"),
    "abstain": ("弃权票", "abstaining"),
    "invalid": ("废票", "invalid"),
    # reconciliation and quorum
    "invited": ("邀请专家", "invited"),
    "issued": ("发出选票包", "packages issued"),
    "returned": ("收回选票", "returned"),
    "abstaining": ("弃权", "abstaining"),
    "quorum": ("法定人数", "Quorum"),
    "quorum_met": ("已达到", "met"),
    "quorum_not_met": ("未达到（结果为临时结果）", "not met (the result is provisional)"),
    "provisional": ("临时结果", "provisional"),
    # tie-breaks
    "rule": ("规则", "Rule"),
    "among": ("平局候选", "Among"),
    "values": ("比较的数值", "Values compared"),
    "order": ("得出的顺序", "Order produced"),
    "by": ("决定人", "By"),
    "at": ("时间", "At"),
    "seed": ("公开种子", "Public seed"),
    "no_ties": ("没有需要处理的平局", "No tie needed breaking"),
    "ways_to_settle": ("处理方式：加投、评审组长决定、公开抽签", "Ways to settle: a runoff, the chair, a public lot"),
    # selection info
    "selection": ("评选", "Selection"),
    "stage": ("阶段", "Stage"),
    "mode": ("投票方式", "Vote mode"),
    "method": ("计票方法", "Method"),
    "seats": ("名额", "Seats"),
    "rules": ("规则", "Rules"),
    "rules_version": ("规则版本", "Rules version"),
    "fingerprint": ("评选指纹", "Selection fingerprint"),
    "app_version": ("软件版本", "Application version"),
    "generated_at": ("生成时间", "Generated at"),
    "anonymised": ("匿名", "anonymised"),
    "unordered": ("排名不分先后", "in no particular order"),
    # signatures
    "counter": ("计票人", "Counted by"),
    "supervisor": ("监票人", "Supervised by"),
    "chair": ("评审组长", "Chair"),
    "signature_date": ("日期", "Date"),
    # vote modes, methods, tie-break rules, publication orders
    "approval": ("选择", "approval"),
    "ranking": ("排序", "ranking"),
    "mean": ("平均分", "mean"),
    "median": ("中位数", "median"),
    "trimmed_mean": ("去掉最高最低分的平均分", "trimmed mean"),
    "borda": ("波达计数", "Borda"),
    "schulze": ("舒尔茨法", "Schulze"),
    "copeland": ("科普兰法", "Copeland"),
    "first_choices": ("第一选择数", "first choices"),
    "runoff": ("加投", "runoff"),
    "lot": ("公开抽签", "lot"),
    "order_result": ("按结果", "by result"),
    "order_category": ("按类别", "by category"),
    "order_date": ("按日期", "by date"),
    "order_pinyin": ("排名不分先后（按拼音）", "in no particular order (by pinyin)"),
    "order_stroke": ("排名不分先后（按笔画）", "in no particular order (by stroke count)"),
}
"""key → (Chinese, English). Writers may add keys; every key has both languages."""


def label(key: str, language: str) -> str:
    """The word for ``key`` in ``language`` ('zh' or 'en'); an unknown key is a bug, not a blank cell."""
    zh, en = LABELS[key]
    return en if language == "en" else zh
