"""Words of the published files (workbook, PDF report) in Chinese and English: one table, one word per thing."""

from __future__ import annotations

from top10_panel.domain.plural import fill

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
    "runoff_sheet": ("加投", "Runoffs"),
    "runoff_heading": (
        "{stage}：{among} 争 {seats} 席，有效票 {valid} 张",
        "{stage}: {among} for {seats:seat|seats}, {valid:valid ballot|valid ballots}",
    ),
    "runoff_count": ("加投票数", "Runoff count"),
    "runoff_ballots": ("加投选票", "Runoff ballots"),
    "runoff_blank": ("空白票（弃权）", "blank (abstention)"),
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
    "held": ("待决定", "needs a decision"),
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
    "rules_versions": ("规则的各版本（结果所用版本见上）", "Every rules version (the result's version above)"),
    "rules_version_line": (
        "第 {version} 版，{at}；锁定：{because}；{by}{why}",
        "version {version}, {at}; locked: {because}; {by}{why}",
    ),
    "locked_packages issued": ("已发出选票包", "packages issued"),
    "locked_ballots counted": ("已计入第一张选票", "the first ballot counted"),
    "locked_": ("未锁定", "not locked"),
    "rules_by": ("决定人 {by}，", "by {by}, "),
    "rules_why": ("理由：{why}", "why: {why}"),
    "rules_first": ("首版", "the first version"),
    "overrides": ("未满足条件而继续（记录的理由）", "Went ahead by override (recorded reason)"),
    "fingerprint": ("评选指纹", "Selection fingerprint"),
    "anchor": ("审计锚点", "Audit anchor"),
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
    # results workbook: the result sheet
    "mode_score": ("评分", "score"),
    "method_approval": ("赞成票数", "approval count"),
    "final": ("正式结果", "final"),
    "result_state": ("结果状态", "State"),
    "all_settled": ("全部 {n} 个名额已确定。", "All {n:seat is|seats are} settled."),
    "open_summary": (
        "平局待定：{seats} 个名额中已确定 {settled} 个。",
        "Open tie: {settled} of {seats:seat|seats} are settled.",
    ),
    "compete": ("{among} 争 {seats} 个名额{category}", "{among} compete for {seats:seat|seats}{category}"),
    "in_category": ("（类别：{category}）", " in category {category}"),
    "next_step": ("下一步：{rule}", "next in the chain: {rule}"),
    "chain_spent": ("平局处理规则已用完", "the tie-break chain is spent"),
    "shared_inside": ("第 {first}–{last} 位仍并列：{among}。", "Places {first}–{last} are still shared: {among}."),
    "quorum_figure": (
        "有效票 {valid} / 邀请 {invited}，须超过 {share}：{state}",
        "{valid} valid of {invited} invited, more than {share} needed: {state}",
    ),
    "not_applicable": ("不适用", "not applicable"),
    "number": ("序号", "No."),
    "note": ("备注", "Note"),
    "approvals": ("赞成票", "Approvals"),
    "eligible": ("可投票专家", "Eligible"),
    "scored": ("评分人数", "Scored by"),
    "raw": ("原始均分", "Raw mean"),
    "criteria_sheet": ("分项得分", "Criterion scores"),
    "criteria_note": (
        "各候选在每项指标上的平均分，按 {n} 张有效选票中对该候选每项指标都打了分的选票计算；"
        "加权均分为各项平均分的加权和，即原始均分。",
        "Each candidate's mean on each criterion, over those of the {n} valid ballots that scored it on every "
        "criterion; the weighted mean is the weighted sum of these means, which is the raw mean.",
    ),
    "weighted_mean": ("加权均分", "Weighted mean"),
    "raw_place": ("按原始均分的名次", "Place by the raw mean"),
    "top_scores": ("前 {n} 名得分", "Scores of the top {n}"),
    "cut_line_note": ("入选线：{seats} 个名额{category}", "Cut line: {seats:seat|seats}{category}"),
    # results workbook: ballots, pairwise, tie-breaks, register
    "legend": ("说明", "Legend"),
    "legend_approval": ("1 = 选择，空 = 未选", "1 = approved, empty = not approved"),
    "legend_ranking": ("数字 = 名次（1 = 最好），空 = 未排", "a number = the rank (1 = best), empty = unranked"),
    "legend_score": ("数字 = 分数，空 = 未评", "a number = the score, empty = not scored"),
    "legend_recused": (
        "灰色“回避” = 该专家回避此候选事件，对其没有投票",
        "grey “recused” = the expert is recused from this candidate and has no vote on it",
    ),
    "pairwise_caption": (
        "N[行][列]：把行中候选排在列中候选之前的选票数。绿色 = 行中候选胜，红色 = 行中候选负。",
        "N[row][column]: ballots ranking the row's candidate above the column's. Green: the row wins; red: it loses.",
    ),
    "step": ("步骤", "Step"),
    "open_ties": ("待定平局", "Open ties"),
    "waiting_for": ("等待", "Waiting for"),
    "ties": ("并列情况", "Ties"),
    "positions": ("位置", "Places"),
    "matters": ("影响入选", "Matters"),
    "settled": ("已处理", "Settled"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "rule_pairwise": (
        "两两对比（平局候选之间的科普兰得分）",
        "head-to-head among the tied (Copeland within the group)",
    ),
    "rule_first_choices": ("第一选择数（第一名次数或满分次数）", "first choices (first places or top scores)"),
    "rule_borda": ("波达计数", "Borda score"),
    "rule_mean": ("平均分", "mean score"),
    "rule_median": ("中位数", "median score"),
    "rule_runoff": ("加投", "a runoff vote among the tied"),
    "rule_chair": ("评审组长决定", "the chair's recorded decision"),
    "rule_lot": (
        "公开抽签（按 指纹:种子:编号 的 SHA-256 升序）",
        "public lot (ascending SHA-256 of fingerprint:seed:code)",
    ),
    "kind_file": ("选票文件", "ballot file"),
    "kind_form": ("Excel 选票表", "Excel form"),
    "kind_matrix": ("选票矩阵", "ballot matrix"),
    "kind_paper": ("纸质选票（双人录入）", "paper (double entry)"),
    "kind_batch": ("公众投票（整表保存）", "public vote (kept whole)"),
    "count_received": ("收到文件", "received"),
    "item": ("项目", "Item"),
    "count": ("数量", "Count"),
    "quorum_share": ("须超过的比例", "Share to exceed"),
    # results workbook: selection info
    "rules_words": ("规则说明", "Rules in words"),
    "rules_json": ("规则（精确 JSON）", "Rules (exact JSON)"),
    "decisions": ("记录的决定（精确 JSON）", "Recorded decisions (exact JSON)"),
    "candidates": ("候选事件", "Candidates"),
    "summary": ("摘要", "Summary"),
    "recusals": ("回避登记", "Recusals"),
    "none": ("无", "none"),
    "w_max_picks": ("每张选票最多选 {n} 项", "at most {n} picks per ballot"),
    "w_no_max_picks": ("选择项数不限", "no limit on picks"),
    "w_min_picks": ("至少选 {n} 项", "at least {n} picks"),
    "w_max_ranks": ("最多排 {n} 项", "at most {n:candidate|candidates} ranked"),
    "w_rank_ties": ("名次可以并列", "equal ranks allowed"),
    "w_no_rank_ties": ("名次不可并列", "no equal ranks"),
    "w_rank_gaps": ("名次可以跳号", "gaps in the ranks allowed"),
    "w_no_rank_gaps": ("名次须连续", "ranks without gaps"),
    "w_scale": ("分值 {low}–{high}", "scores from {low} to {high}"),
    "w_chain": ("平局处理：{chain}", "tie-breaks: {chain}"),
    "w_no_chain": ("平局处理：无（同票重投）", "tie-breaks: none (the tied go to a runoff)"),
    "w_over_void": ("多选作废", "an over-vote voids the ballot"),
    "w_over_excess": ("只去掉超出的名次", "only the ranks past the limit are dropped"),
    "w_deadline": ("截止时间 {at}", "deadline {at}"),
    "w_quorum": ("有效票须超过邀请专家的 {share}", "valid ballots from more than {share} of the invited experts"),
    "w_quotas": ("类别名额：{quotas}", "category quotas: {quotas}"),
    "w_weights": ("加权来源：{weights}", "weighted sources: {weights}"),
    "w_criteria": (
        "评分标准（得分为加权和）：{criteria}",
        "score criteria (the score is the weighted sum): {criteria}",
    ),
    "w_normalise": ("标准化（z）：{note}", "normalisation (z): {note}"),
    "w_secret": ("无记名投票", "secret ballot"),
    "w_named": ("实名投票", "named ballot"),
    "w_ordered_top": ("入选者按名次公布", "the seats are published in order"),
    "w_unordered_top": ("入选者不分名次", "the seats are not ranked among themselves"),
    "w_order": ("公布顺序：{order}", "publication order: {order}"),
    # PDF report
    "report_heading": ("评选结果报告", "Selection result report"),
    "report_page": ("第 {page} 页，共 {pages} 页", "Page {page} of {pages}"),
    "report_provisional_quorum": (
        "有效票未达到法定人数，结果为临时结果。",
        "Too few valid ballots for the quorum: the result is provisional.",
    ),
    "report_cut_line": ("入选线：{seats} 个名额", "Cut line: {seats:seat|seats}"),
    "report_cut_tied": (
        "入选线：{seats} 个名额（平局跨线，待定）",
        "Cut line: {seats:seat|seats} (a tie crosses it: open)",
    ),
    "report_ties_below": (
        "入选线以下的并列（只报告，不处理）：第 {first}–{last} 位 {among}",
        "Tie below the cut line (reported, not settled): places {first}–{last}, {among}",
    ),
    "report_category_seats": ("类别 {name}：{seats} 个名额", "Category {name}: {seats:seat|seats}"),
    "report_no_quota": ("以下候选的类别没有名额（不入选）", "No quota for their category (no seat)"),
    "report_chosen": ("入选名单", "The chosen"),
    "report_chosen_partial": (
        "已确定 {settled} 个名额；其余名额待平局处理后确定。",
        "{settled} seats are settled; the rest follow once the open tie is settled.",
    ),
    "report_step": ("第 {n} 步：{rule}", "Step {n}: {rule}"),
    "report_lot_howto": (
        "任何人都可以重新计算抽签：对每个平局候选，计算 UTF-8 文本“评选指纹:公开种子:编号”的 SHA-256"
        "（十六进制），按从小到大排列即为抽签顺序。",
        "Anyone can recompute a lot draw: for each tied candidate, take the hex SHA-256 of the UTF-8 text "
        "fingerprint:seed:code; sorted ascending, these give the order of the draw.",
    ),
    "report_lot_example": ("例如 {code}（用 sha256sum 计算）：", "For example {code} (with sha256sum):"),
    "report_ballots_summary": ("选票与票数核对", "Ballots and reconciliation"),
    "report_ballots_line": (
        "收回选票 {returned} 份 = 有效 {valid} 份（其中弃权 {abstain} 份）+ 废票 {invalid} 份。",
        "{returned} ballots returned = {valid} valid ({abstain} abstaining) + {invalid} invalid.",
    ),
    "report_invalid_list": ("废票（保留，不计入）：", "Invalid ballots (kept, not counted):"),
    "report_notes_list": ("部分计入的选票：", "Ballots counted in part:"),
    "report_rules_fingerprints": ("规则与指纹", "Rules and fingerprints"),
    "report_source_sha": ("源文件 SHA-256", "Source file SHA-256"),
    "report_rules_locked": (
        "规则在发出选票前锁定（规则版本 {version}）",
        "The rules were fixed before the ballots were issued (rules version {version})",
    ),
    "report_blank_rule": (
        "空白选票为弃权：有效，但不给任何候选计票",
        "a blank ballot is an abstention: valid, gives no votes",
    ),
    "report_chain_note": (
        "只在平局候选之间依次使用，每一步都有记录",
        "applied in turn, only among the tied, each step recorded",
    ),
    "report_unranked_rule": ("未排的候选排在所有已排候选之后", "unranked candidates rank below all ranked ones"),
    "report_how_approval": (
        "按得票数排序；有回避时按有权投票专家中的得票比例排序，并列出原始票数",
        "ordered by approvals; with recusals by the share of the experts eligible to vote on it, the raw count beside",
    ),
    "report_how_borda": (
        "每张选票上，候选得到排在其后的候选数（未排者得 0 分）",
        "on each ballot a candidate scores the number of candidates ranked below it (unranked: 0)",
    ),
    "report_how_schulze": (
        "按两两对比的最强路径（获胜票数强度）排出完整顺序",
        "a full order from the strongest paths of the pairwise count (winning votes)",
    ),
    "report_how_copeland": ("两两对比胜场数 + ½ × 平局场数", "pairwise wins + ½ × pairwise ties"),
    "report_how_mean": (
        "对该候选评分的专家的平均分（回避专家不计）",
        "the mean of the experts who scored the candidate (recused experts excluded)",
    ),
    "report_how_median": (
        "对该候选评分的中位数（偶数个分数时取中间两个的平均）",
        "the median of the scores (the mean of the two middle ones for an even count)",
    ),
    "report_how_trimmed_mean": (
        "至少有 5 个分数时去掉一个最高分和一个最低分后的平均分",
        "the mean after dropping one highest and one lowest score, when there are at least 5",
    ),
    "report_tally_intro": (
        "下表按核验码列出每一张计入的专家选票。每位专家都可以自己重新计算核验码（以本人密钥对评选指纹做 "
        "HMAC-SHA256，也印在投票回执上），在表中找到它，核对计入的投票与本人所投一致。",
        "The table lists every counted expert ballot under its tracker. Each expert can recompute their own tracker "
        "(HMAC-SHA256 of the selection fingerprint keyed by their secret, also on their receipt), find it here and "
        "check that the vote counted is the vote they cast.",
    ),
    "report_notation_approval": ("投票一栏列出所选的编号。", "The vote lists the codes approved."),
    "report_notation_ranking": (
        "投票一栏按名次排列：“>”分隔先后，“,”连接同一名次。",
        "The vote in rank order: “>” between ranks, “,” within a rank.",
    ),
    "report_notation_score": ("投票一栏为“编号:分数”。", "The vote as code:score."),
    "report_tally_count": ("共 {n} 张计入的专家选票。", "{n} counted expert ballots."),
    "report_tally_empty": (
        "没有计票单：这次计票没有带核验码的专家选票（例如直接统计选票矩阵）。",
        "No tally sheet: this count has no expert ballots with trackers (e.g. a bare ballot matrix).",
    ),
    "report_register_anonymised": (
        "无记名：登记表不列专家姓名和文件名。",
        "Secret ballot: the register shows no names and no file names.",
    ),
    "report_register_empty": (
        "没有选票登记（例如直接统计选票矩阵）。",
        "No ballot register (e.g. a count of a bare ballot matrix).",
    ),
    "report_ballot_hash": ("选票指纹（前 16 位）", "Ballot SHA-256 (first 16)"),
    "report_sign_intro": (
        "签字确认：本报告所列结果由上述选票按上述规则计出。",
        "By signing we confirm that the result in this report follows from the ballots above under the rules above.",
    ),
    # panel agreement (SPEC §3): bands after Schmidt (1997), see domain.agreement.BANDS
    "agreement": ("专家意见协调程度", "Panel agreement"),
    "band_very_strong": ("极高", "unusually strong"),
    "band_high": ("很高", "strong"),
    "band_fairly_high": ("较高", "fairly strong"),
    "band_moderate": ("中等", "moderate"),
    "band_low": ("较低", "weak"),
    "band_very_low": ("很低", "very weak"),
    "agreement_line": (
        "专家意见协调程度{band}（W = {w}，χ² = {chi2}，df = {df}，{p}）",
        "The experts agree {band}ly (W = {w}, χ² = {chi2}, df = {df}, {p})",
    ),
    "agreement_undefined": (
        "专家意见协调程度无法计算（需要至少两张非空白的有效选票和两个候选项）",
        "Panel agreement cannot be computed (it needs two non-blank valid ballots and two candidates)",
    ),
    "agreement_details": (
        "计入 {k} 张选票、{n} 个候选项；同位校正 ΣT = {ties}；"
        "未排序/未评分 {unranked} 对、回避 {recused} 对按剩余名次的平均名次计；专家积极系数（收回 ÷ 邀请）{rate}。",
        "{k} ballots, {n} candidates; tie correction ΣT = {ties}; {unranked} unranked or unscored and {recused} "
        "recused (ballot, candidate) pairs placed at the mean of the remaining places; response rate "
        "(returned ÷ invited) {rate}.",
    ),
    "agreement_bands": (
        "用语：W ≥ 0.9 极高，≥ 0.7 很高，≥ 0.5 较高，≥ 0.3 中等，≥ 0.1 较低，其下很低（Schmidt 1997）。",
        "Wording: W ≥ 0.9 unusually strong, ≥ 0.7 strong, ≥ 0.5 fairly strong, ≥ 0.3 moderate, ≥ 0.1 weak, "
        "below that very weak (Schmidt 1997).",
    ),
    "spearman": ("与专家组排序的 Spearman ρ", "Spearman ρ with the panel's order"),
    "rank_sum": ("秩和 Rᵢ", "Rank sum Rᵢ"),
    "agreement_experts_omitted": (
        "选票超过 {n} 张：不逐一列出每人的相关系数。",
        "More than {n} ballots: the correlations are not listed one by one.",
    ),
}
"""key → (Chinese, English). Writers may add keys; every key has both languages."""


def say(key: str, language: str, **values: object) -> str:
    """The words for ``key`` with the values put in; an English count takes its noun's number ("1 seat")."""
    text = label(key, language)
    return fill(text, **values) if values else text


def label(key: str, language: str) -> str:
    """The word for ``key`` in ``language`` ('zh' or 'en'); an unknown key is a bug, not a blank cell."""
    zh, en = LABELS[key]
    return en if language == "en" else zh
