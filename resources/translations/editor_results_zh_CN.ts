<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Agreement</name>
    <message>
        <source>unusually strong</source>
        <translation>极高</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>很高</translation>
    </message>
    <message>
        <source>fairly strong</source>
        <translation>较高</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>较低</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>很低</translation>
    </message>
    <message>
        <source>Panel agreement cannot be computed: it needs two non-blank valid ballots and two candidates.</source>
        <translation>专家意见协调程度无法计算：需要至少两张非空白的有效选票和两个候选项。</translation>
    </message>
    <message>
        <source>Panel agreement: {0} (W = {1}, χ² = {2}, df = {3}, {4})</source>
        <translation>专家意见协调程度{0}（W = {1}，χ² = {2}，df = {3}，{4}）</translation>
    </message>
    <message>
        <source>response rate {0}/{1} = {2}</source>
        <translation>专家积极系数 {0}/{1} = {2}</translation>
    </message>
    <message>
        <source>{0} unranked and {1} recused pairs placed at the mean of the remaining places</source>
        <translation>未排序/未评分 {0} 对、回避 {1} 对按剩余名次的平均名次计</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Spearman ρ with the panel&apos;s order</source>
        <translation>与专家组排序的 Spearman ρ</translation>
    </message>
</context>
<context>
    <name>AnnouncementBox</name>
    <message>
        <source>Announcement for the journal (Word)</source>
        <translation>刊发公告（Word）</translation>
    </message>
    <message>
        <source>The editor&apos;s introduction, printed under the title (one paragraph a line):</source>
        <translation>编者导语，印在标题之下（每行一段）：</translation>
    </message>
    <message>
        <source>Save introduction</source>
        <translation>保存导语</translation>
    </message>
    <message>
        <source>Export announcement</source>
        <translation>导出公告</translation>
    </message>
    <message>
        <source>The title, the introduction, then (1)…(n): each chosen event&apos;s title, date and full text</source>
        <translation>标题、导语，然后（1）…（n）：每个入选事件的标题、日期和全文</translation>
    </message>
    <message>
        <source>with the 公示 notice</source>
        <translation>同时写出公示</translation>
    </message>
    <message>
        <source>The notice lists the chosen with the objection period&apos;s end and the contact set in the rules.</source>
        <translation>公示列出入选名单，以及规则中设定的公示截止日期和联系方式。</translation>
    </message>
    <message>
        <source>For the notice, set the objection period&apos;s end and the contact in the rules (公示).</source>
        <translation>如需公示，请先在规则中设定公示截止日期和联系方式（公示）。</translation>
    </message>
    <message>
        <source>Writes {0} and {1}, each with a .sha256 file beside it.</source>
        <translation>将写出 {0} 和 {1}，并各附一个 .sha256 校验文件。</translation>
    </message>
    <message>
        <source>Writes {0}, with a .sha256 file beside it.</source>
        <translation>将写出 {0}，并附一个 .sha256 校验文件。</translation>
    </message>
</context>
<context>
    <name>ChairDialog</name>
    <message>
        <source>Record the chair&apos;s decision</source>
        <translation>记录评审组长决定</translation>
    </message>
    <message numerus="yes">
        <source>{0} compete for %n seat(s). Put them in the order the chair decided, best first (drag, or use the buttons); the decision is recorded with who decided and why, and shown in every report.</source>
        <translation>
            <numerusform>{0} 竞争 %n 个席位。请按评审组长决定的顺序排列，靠前者优先（可拖动，或使用按钮）；决定连同决定人和理由一并记录，并写入每一份报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>评审组长：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>记录决定</translation>
    </message>
</context>
<context>
    <name>CollectPage</name>
    <message>
        <source>Collect ballots</source>
        <translation>收集选票</translation>
    </message>
    <message>
        <source>Drop ballot files (.t10vote), Excel ballot forms, ballot matrices or whole folders anywhere on this page. Every ballot is checked and either accepted or rejected with its reason.</source>
        <translation>将选票文件（.t10vote）、Excel 选票、选票汇总表或整个文件夹拖放到本页任意位置。每张选票都会经过核验，或予以接受，或注明理由予以拒收。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Paper ballots typed twice…</source>
        <translation>纸质选票双人录入…</translation>
    </message>
    <message>
        <source>Count a late ballot…</source>
        <translation>计入逾期选票…</translation>
    </message>
    <message>
        <source>Decide a held ballot…</source>
        <translation>处理待决定的选票…</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>票数核对</translation>
    </message>
    <message>
        <source>Ballot register</source>
        <translation>选票登记</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>{0} ballots received in the {1}</source>
        <translation>{1}共收到 {0} 张选票</translation>
    </message>
    <message>
        <source>void</source>
        <translation>废票</translation>
    </message>
    <message>
        <source>late, not counted yet</source>
        <translation>逾期，尚未计入</translation>
    </message>
    <message>
        <source>Voted ({0})</source>
        <translation>已投票专家（{0}）</translation>
    </message>
    <message>
        <source>Not voted yet ({0})</source>
        <translation>未投票专家（{0}）</translation>
    </message>
    <message>
        <source>Add ballot files</source>
        <translation>添加选票文件</translation>
    </message>
    <message>
        <source>Add a folder of ballots</source>
        <translation>添加选票文件夹</translation>
    </message>
    <message>
        <source>Checking and storing ballots…</source>
        <translation>正在核验并保存选票…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking and storing ballots… {0} of {1}</source>
        <translation>正在核验并保存选票… 第 {0} 张，共 {1} 张</translation>
    </message>
    <message>
        <source>The late ballot of {0} is counted, by a recorded decision.</source>
        <translation>{0}的逾期选票已依据记录在案的决定计入。</translation>
    </message>
    <message>
        <source>The held ballot of {0} is counted instead of the one on record, by a recorded decision.</source>
        <translation>已按记录在案的决定，计入{0}的待决定选票，替换原有选票。</translation>
    </message>
    <message>
        <source>The ballot of {0} on record stays counted; the held one is not, by a recorded decision.</source>
        <translation>已按记录在案的决定，{0}的原有选票继续计入，待决定的选票不计入。</translation>
    </message>
    <message>
        <source>The two typings agreed: {0} paper ballots collected.</source>
        <translation>两次录入完全一致：已收集 {0} 张纸质选票。</translation>
    </message>
    <message>
        <source>Reading the register again…</source>
        <translation>正在重新读取选票登记…</translation>
    </message>
</context>
<context>
    <name>CollectWords</name>
    <message>
        <source>Collecting was cancelled: nothing was stored.</source>
        <translation>收集已取消：未保存任何选票。</translation>
    </message>
    <message>
        <source>ballot files: {0} accepted, {1} rejected, {2} late, {3} earlier revisions superseded, {4} already on record</source>
        <translation>选票文件：接受 {0} 张，拒收 {1} 张，逾期 {2} 张，替换旧版本 {3} 张，已在登记中 {4} 张</translation>
    </message>
    <message>
        <source>{0}: {1} ballots accepted, {2} rejected, {3} already on record</source>
        <translation>{0}：接收 {1} 张，拒收 {2} 张，{3} 张已在记录中</translation>
    </message>
    <message>
        <source>{0} files ignored (not ballots): {1}</source>
        <translation>忽略 {0} 个非选票文件：{1}</translation>
    </message>
    <message>
        <source>no ballot files or ballot matrices were found</source>
        <translation>未找到选票文件或选票汇总表</translation>
    </message>
    <message>
        <source>Cancelled after the ballot matrices collected so far: {0}</source>
        <translation>已取消，此前收集的选票汇总表已保存：{0}</translation>
    </message>
    <message>
        <source>, {0} held for a decision (see the register)</source>
        <translation>，{0} 张待决定（见选票登记表）</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>packages issued</source>
        <translation>已发放选票包</translation>
    </message>
    <message>
        <source>received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>交回</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>被替换</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>needing a decision</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>{0} {1} = {2} {3} + {4} {5} + {6} {7} + {8} {9} + {10} {11}</source>
        <translation>{0} {1} = {2} {3} + {4} {5} + {6} {7} + {8} {9} + {10} {11}</translation>
    </message>
    <message>
        <source>{0} {1} = {2} {3} + {4} {5}; {6} of the valid abstain (blank ballots)</source>
        <translation>{0} {1} = {2} {3} + {4} {5}；有效票中弃权（空白票）{6} 张</translation>
    </message>
    <message>
        <source>{0} experts invited, {1} ballot packages issued</source>
        <translation>邀请专家 {0} 位，已发放选票包 {1} 份</translation>
    </message>
    <message>
        <source>Quorum: not counted yet (the selection has no candidates).</source>
        <translation>法定人数：尚未统计（评选还没有候选事件）。</translation>
    </message>
    <message>
        <source>Quorum met: {0} valid ballots of {1} experts invited; more than {2} needed, i.e. at least {3}.</source>
        <translation>已达法定人数：{1} 位受邀专家中 {0} 人投出有效票；须超过 {2}，即至少 {3} 票。</translation>
    </message>
    <message>
        <source>Quorum not met yet: {0} valid ballots of {1} experts invited; more than {2} needed, i.e. at least {3}. The result is provisional.</source>
        <translation>尚未达到法定人数：{1} 位受邀专家中 {0} 人投出有效票；须超过 {2}，即至少 {3} 票。结果暂为临时结果。</translation>
    </message>
    <message>
        <source>{0}, candidate {1}: first typing {2}, second typing {3}</source>
        <translation>{0}，候选 {1}：第一次录入 {2}，第二次录入 {3}</translation>
    </message>
    <message>
        <source>{0}: only in {1}</source>
        <translation>{0}：仅出现在 {1} 中</translation>
    </message>
    <message>
        <source>the candidate columns differ: {0} ≠ {1}</source>
        <translation>候选列不一致：{0} ≠ {1}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>final stage</source>
        <translation>终评</translation>
    </message>
    <message>
        <source>screening stage</source>
        <translation>初评</translation>
    </message>
    <message>
        <source>runoff stage {0}</source>
        <translation>加投（{0}）</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>被拒收的选票：</translation>
    </message>
</context>
<context>
    <name>CollectWordsCounted</name>
    <message numerus="yes">
        <source>and %n more (see the register)</source>
        <translation>
            <numerusform>另有 %n 张（见选票登记）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionModel</name>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>First typing</source>
        <translation>第一次录入</translation>
    </message>
    <message>
        <source>Second typing</source>
        <translation>第二次录入</translation>
    </message>
    <message>
        <source>On the paper ballot</source>
        <translation>纸质选票上的值</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>CorrectionPanel</name>
    <message>
        <source>Write these values into both typings and compare again</source>
        <translation>将这些值写入两份录入并重新比对</translation>
    </message>
</context>
<context>
    <name>DoubleEntryDialog</name>
    <message>
        <source>Paper ballots typed twice</source>
        <translation>纸质选票双人录入</translation>
    </message>
    <message>
        <source>Two people each type the paper ballots into a ballot matrix (.csv or .xlsx: the first column &apos;expert&apos;, then one column per candidate code). The ballots are stored only when both typings agree cell for cell.</source>
        <translation>由两人分别将纸质选票录入选票汇总表（.csv 或 .xlsx：第一列为“专家”，其后每个候选编号一列）。只有两次录入逐格完全一致，选票才会保存。</translation>
    </message>
    <message>
        <source>First typing:</source>
        <translation>第一次录入：</translation>
    </message>
    <message>
        <source>Second typing:</source>
        <translation>第二次录入：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Compare the two typings</source>
        <translation>比对两次录入</translation>
    </message>
    <message>
        <source>Collect the ballots</source>
        <translation>收集选票</translation>
    </message>
    <message>
        <source>Choose a typing of the paper ballots</source>
        <translation>选择纸质选票的录入文件</translation>
    </message>
    <message>
        <source>The typings disagree in {0} places. Check them against the paper ballots, correct the typing, and compare again; nothing is stored until they agree.</source>
        <translation>两次录入有 {0} 处不一致。请对照纸质选票改正录入后重新比对；一致之前不会保存任何选票。</translation>
    </message>
    <message>
        <source>The two typings agree cell for cell: the ballots can be collected.</source>
        <translation>两次录入逐格一致，可以收集选票。</translation>
    </message>
</context>
<context>
    <name>HeldBallotDialog</name>
    <message>
        <source>Decide a held ballot</source>
        <translation>处理待决定的选票</translation>
    </message>
    <message>
        <source>This expert already has a ballot on record, so this one is not counted beside it: it waits for a decision. An unsigned ballot never replaces a signed one without it. Who decided and why go into the ballot register, the event log and every report.</source>
        <translation>该专家已有一张选票在记录中，因此这张选票不会与之同时计入，而是等待决定。未签名的选票未经决定绝不替换已签名的选票。决定人和理由将写入选票登记表、事件日志和所有报告。</translation>
    </message>
    <message>
        <source>Held ballot:</source>
        <translation>待决定的选票：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>决定人：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Keep the ballot on record (the held one is not counted)</source>
        <translation>保留原有选票（待决定的选票不计入）</translation>
    </message>
    <message>
        <source>Count the held ballot instead of the one on record</source>
        <translation>计入待决定的选票，替换原有选票</translation>
    </message>
    <message>
        <source>e.g. the supervisor (监票人)</source>
        <translation>例如：监票人</translation>
    </message>
    <message>
        <source>e.g. the expert confirmed by telephone which ballot is theirs</source>
        <translation>例如：专家已电话确认哪张选票为本人所投</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <source>{0} — {1}: {2} (ballot {3})</source>
        <translation>{0} — {1}：{2}（第 {3} 号选票）</translation>
    </message>
</context>
<context>
    <name>LateBallotDialog</name>
    <message>
        <source>Count a late ballot</source>
        <translation>计入逾期选票</translation>
    </message>
    <message>
        <source>A ballot received after the deadline counts only by a recorded decision. Who decided and why go into the ballot register and the event log, and into every report.</source>
        <translation>截止时间之后收到的选票，只有依据记录在案的决定才能计入。决定人和理由将写入选票登记、事件日志和每一份报告。</translation>
    </message>
    <message>
        <source>Expert:</source>
        <translation>专家：</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>决定人：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>e.g. the supervisor (监票人)</source>
        <translation>例如：监票人</translation>
    </message>
    <message>
        <source>e.g. the e-mail server was down on the last day</source>
        <translation>例如：截止当天邮件服务器故障</translation>
    </message>
    <message>
        <source>Count this ballot</source>
        <translation>计入此选票</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <source>Draw lots with a public seed</source>
        <translation>公开抽签</translation>
    </message>
    <message>
        <source>A lot is drawn in two steps. First record where the seed will come from (e.g. a named public lottery&apos;s draw) before anyone knows it; then, once it is announced, enter the seed and record the draw at once. The tied candidates are ordered by the SHA-256 of fingerprint:seed:code, smallest first; the order is shown only after it is recorded, and anyone can recompute it.</source>
        <translation>抽签分两步：先在任何人知道种子之前，记录种子的来源（例如某一公开彩票的开奖号码）；公布之后，输入种子并立即记录抽签。平局候选按“指纹:种子:编号”的 SHA-256 从小到大排序；顺序只在记录之后显示，任何人都可以复核。</translation>
    </message>
    <message>
        <source>Selection fingerprint:</source>
        <translation>评选指纹：</translation>
    </message>
    <message>
        <source>Step 1: the seed&apos;s source</source>
        <translation>第一步：种子的来源</translation>
    </message>
    <message>
        <source>Step 2: the seed and the draw</source>
        <translation>第二步：种子与抽签</translation>
    </message>
    <message>
        <source>Source of the seed:</source>
        <translation>种子来源：</translation>
    </message>
    <message>
        <source>Known at:</source>
        <translation>公布时间：</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>记录人：</translation>
    </message>
    <message>
        <source>e.g. 福彩3D, 2020-12-31 开奖号码</source>
        <translation>例如：福彩3D，2020-12-31 开奖号码</translation>
    </message>
    <message>
        <source>e.g. 2020-12-31 21:15</source>
        <translation>例如：2020-12-31 21:15</translation>
    </message>
    <message>
        <source>Record the source</source>
        <translation>记录种子来源</translation>
    </message>
    <message>
        <source>Public seed:</source>
        <translation>公开种子：</translation>
    </message>
    <message>
        <source>Drawn by:</source>
        <translation>抽签人：</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <source>the announced number, as published</source>
        <translation>按公布原样填写开奖号码</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No source is recorded yet: the draw cannot be made before it is.</source>
        <translation>尚未记录种子来源：记录之前不能抽签。</translation>
    </message>
    <message>
        <source>, known at {0}</source>
        <translation>，公布时间 {0}</translation>
    </message>
    <message>
        <source>, by {0}</source>
        <translation>，记录人 {0}</translation>
    </message>
    <message>
        <source>Recorded at {0}: {1}{2}{3}.</source>
        <translation>已于 {0} 记录：{1}{2}{3}。</translation>
    </message>
    <message>
        <source>Recorded. The seats go to: {0}</source>
        <translation>已记录。席位归于：{0}</translation>
    </message>
    <message>
        <source>who carries out the draw</source>
        <translation>执行抽签的人</translation>
    </message>
    <message>
        <source>e.g. tie at the cut line, the chain has no further rule</source>
        <translation>例如：入选线处平局，平局规则已用尽</translation>
    </message>
    <message>
        <source>Record the lot draw</source>
        <translation>记录抽签结果</translation>
    </message>
    <message>
        <source>Recompute, e.g.: printf &apos;%s&apos; &apos;{0}&apos; | sha256sum</source>
        <translation>复核方法，例如：printf &apos;%s&apos; &apos;{0}&apos; | sha256sum</translation>
    </message>
</context>
<context>
    <name>LotModel</name>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>SHA-256 of fingerprint:seed:code</source>
        <translation>“指纹:种子:编号”的 SHA-256</translation>
    </message>
    <message>
        <source>sha256 of: {0}</source>
        <translation>sha256 原文：{0}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Go ahead before every ballot is in</source>
        <translation>选票未齐时继续</translation>
    </message>
    <message>
        <source>Settling waits: {0}. To go ahead now, record why; every report shows it.</source>
        <translation>暂不能决定平局：{0}。如需现在继续，请记录理由；每一份报告都会载明。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Exporting waits: {0}. To go ahead now, record why; every report shows it.</source>
        <translation>暂不能导出：{0}。如需现在继续，请记录理由；每份报告都会载明。</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>输出文件夹：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export workbook and PDF</source>
        <translation>导出工作簿和 PDF</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <source>Recompute the result from the ballots and the rules, and check it against what was published</source>
        <translation>依据选票和规则重新计算结果，并与已发布的内容逐项核对</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>打开输出文件夹</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>已写出的文件</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <source>Anonymise the experts (E01, E02 … in the ballots sheet and the register)</source>
        <translation>专家匿名（选票表和选票登记中以 E01、E02…… 代替姓名）</translation>
    </message>
    <message>
        <source>A secret (无记名) selection is always published anonymised.</source>
        <translation>无记名评选始终以匿名方式发布。</translation>
    </message>
    <message>
        <source>Provisional: the tie {0} at the cut line is open; an export now says so.</source>
        <translation>临时结果：入选线处的平局（{0}）尚未决定；现在导出将注明这一点。</translation>
    </message>
    <message>
        <source>Provisional: the quorum is not met; an export now says so.</source>
        <translation>临时结果：尚未达到法定人数；现在导出将注明这一点。</translation>
    </message>
    <message>
        <source>Every seat is settled: the result can be published.</source>
        <translation>全部席位均已确定，可以发布结果。</translation>
    </message>
    <message>
        <source>Last exported {0}.</source>
        <translation>上次导出时间：{0}。</translation>
    </message>
    <message>
        <source>Verify after exporting: every figure is recomputed from the ballots.</source>
        <translation>导出后请核验：每个数字都将依据选票重新计算。</translation>
    </message>
    <message>
        <source>✓ Every check passed: the published result follows from the ballots.</source>
        <translation>✓ 全部核验通过：发布的结果与选票相符。</translation>
    </message>
    <message numerus="yes">
        <source>✗ %n check(s) failed: see the details below.</source>
        <translation>
            <numerusform>✗ %n 项核验未通过，详见下表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes {0} and {1}, each with a .sha256 file beside it.</source>
        <translation>将写出 {0} 和 {1}，并各附一个 .sha256 校验文件。</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Writing the workbook and the PDF report…</source>
        <translation>正在写出工作簿和 PDF 报告…</translation>
    </message>
    <message>
        <source>Saving the introduction…</source>
        <translation>正在保存导语…</translation>
    </message>
    <message>
        <source>Writing the announcement…</source>
        <translation>正在写出公告…</translation>
    </message>
    <message>
        <source>Recomputing the result from the ballots…</source>
        <translation>正在依据选票重新计算结果…</translation>
    </message>
    <message>
        <source>Go ahead with a reason…</source>
        <translation>写明理由后继续…</translation>
    </message>
    <message>
        <source>Exporting waits: {0}.</source>
        <translation>暂不能导出：{0}。</translation>
    </message>
    <message>
        <source>Exporting waits: {0}</source>
        <translation>暂不能导出：{0}</translation>
    </message>
    <message>
        <source>Going ahead by override: {0}</source>
        <translation>已记录理由并继续：{0}</translation>
    </message>
    <message>
        <source>Wait for the ballots, or go ahead with a recorded reason.</source>
        <translation>请等待选票交回，或记录理由后继续。</translation>
    </message>
    <message>
        <source>Reading the selection…</source>
        <translation>正在读取评选文件…</translation>
    </message>
</context>
<context>
    <name>PublishWords</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>SHA-256 (also in FILE.sha256 beside it)</source>
        <translation>SHA-256（同时写入同目录的 .sha256 文件）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>核验项目</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>ballot files on record</source>
        <translation>登记在案的选票文件</translation>
    </message>
    <message>
        <source>ballots counted</source>
        <translation>计票数</translation>
    </message>
    <message>
        <source>ranked list</source>
        <translation>排名表</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>席位</translation>
    </message>
    <message>
        <source>open tie</source>
        <translation>未决平局</translation>
    </message>
    <message>
        <source>publication order</source>
        <translation>发布顺序</translation>
    </message>
    <message>
        <source>tie-break steps</source>
        <translation>破平步骤</translation>
    </message>
    <message>
        <source>rules version</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <source>lot seed source</source>
        <translation>抽签种子来源</translation>
    </message>
    <message>
        <source>exported file {0}</source>
        <translation>导出文件 {0}</translation>
    </message>
    <message>
        <source>ballot file {0}</source>
        <translation>选票文件 {0}</translation>
    </message>
    <message>
        <source>anchor in {0}</source>
        <translation>{0} 中的审计锚点</translation>
    </message>
    <message>
        <source>SHA-256 sidecar {0}</source>
        <translation>SHA-256 校验文件 {0}</translation>
    </message>
    <message>
        <source>fingerprint ({0})</source>
        <translation>评选指纹（{0}）</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>{0} 个步骤</translation>
    </message>
    <message>
        <source>{0} step</source>
        <translation>{0} 个步骤</translation>
    </message>
    <message>
        <source>no lot drawn</source>
        <translation>未进行抽签</translation>
    </message>
    <message>
        <source>{0} draws, each after its seed source was recorded</source>
        <translation>共 {0} 次抽签，每次都在记录种子来源之后进行</translation>
    </message>
    <message>
        <source>{0} draw, made after its seed source was recorded</source>
        <translation>共 {0} 次抽签，在记录种子来源之后进行</translation>
    </message>
    <message>
        <source>the draw of log entry {0} ({1}) names no seed source recorded for it</source>
        <translation>日志第 {0} 条的抽签（{1}）没有对应的已记录种子来源</translation>
    </message>
    <message>
        <source>the seed source of the draw of log entry {0} was recorded after it (entry {1})</source>
        <translation>日志第 {0} 条抽签的种子来源是在抽签之后才记录的（第 {1} 条）</translation>
    </message>
    <message>
        <source>counted under rules version {0}; versions on record: {1}</source>
        <translation>按第 {0} 版规则计票；在案的规则版本：{1}</translation>
    </message>
    <message>
        <source>the export names no rules version; versions on record: {0}</source>
        <translation>导出记录未注明规则版本；在案的规则版本：{0}</translation>
    </message>
    <message>
        <source>the export record names rules version {0}, the log says {1}</source>
        <translation>导出记录注明第 {0} 版规则，而日志记载为第 {1} 版</translation>
    </message>
    <message>
        <source>published under rules version {0}, which is not on record</source>
        <translation>发布时注明第 {0} 版规则，但该版本不在记录中</translation>
    </message>
    <message>
        <source>published claiming rules version {0}, but version {1} on record is not the rules it was counted under (SHA-256 {2}, published {3})</source>
        <translation>发布时注明按第 {0} 版规则计票，但在案的第 {1} 版并非计票所用的规则（SHA-256 {2}，发布时为 {3}）</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation>（已锁定）</translation>
    </message>
    <message>
        <source>ballot register ({0})</source>
        <translation>选票登记表（{0}）</translation>
    </message>
    <message>
        <source>register re-checked ({0})</source>
        <translation>登记表复核（{0}）</translation>
    </message>
    <message>
        <source>intact: no entry changed, removed or added</source>
        <translation>完整：没有条目被修改、删除或添加</translation>
    </message>
    <message>
        <source>unchanged since the export</source>
        <translation>导出后未被改动</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>none settled yet</source>
        <translation>尚无确定席位</translation>
    </message>
    <message>
        <source>{0} ballot files re-read: signatures valid, votes as counted</source>
        <translation>重新读取 {0} 个选票文件：签名有效，选票与计票一致</translation>
    </message>
    <message>
        <source>{0} candidates: scores, ranks, places and seats</source>
        <translation>{0} 个候选：得分、名次、位次和席位</translation>
    </message>
    <message>
        <source>{0} valid ({1} of them abstaining), {2} invalid</source>
        <translation>有效 {0} 张（其中弃权 {1} 张），无效 {2} 张</translation>
    </message>
    <message>
        <source>changed since the export (now {0})</source>
        <translation>导出后已被改动（现在为 {0}）</translation>
    </message>
    <message>
        <source>log head {0} still in the log; fingerprint as published</source>
        <translation>日志最新条目 {0} 仍在日志中；评选指纹与发布时一致</translation>
    </message>
    <message>
        <source>the event log no longer holds entry {0} with hash {1} that was published: the log was changed or rewritten after export</source>
        <translation>事件日志中已没有发布时记录的第 {0} 条（哈希 {1}）：导出后日志被修改或重写</translation>
    </message>
    <message>
        <source>published under fingerprint {0}, but the candidates and rules now give {1}: they changed after export</source>
        <translation>发布时的评选指纹为 {0}，但现在的候选与规则得出 {1}：导出后它们被改动</translation>
    </message>
    <message>
        <source>missing: {0} was published and is gone</source>
        <translation>缺失：已发布的 {0} 不见了</translation>
    </message>
    <message>
        <source>the candidates and rules give the fingerprint logged at issue: {0}</source>
        <translation>候选与规则得出的评选指纹与发放时记录的一致：{0}</translation>
    </message>
    <message>
        <source>changed since it was logged: {0} (now {1}, logged {2})</source>
        <translation>记录后被改动：{0}（现在为 {1}，记录为 {2}）</translation>
    </message>
    <message>
        <source>{0} ballots received, as the log says</source>
        <translation>已收到 {0} 张选票，与日志一致</translation>
    </message>
    <message>
        <source>{0} received ballot row(s) deleted (the log counted {1} after the last collect)</source>
        <translation>{0} 条已收到的选票记录被删除（上次收集后日志记录为 {1} 条）</translation>
    </message>
    <message>
        <source>{0} rows: one counted ballot per expert, each status follows from its bytes</source>
        <translation>{0} 条记录：每位专家只计一张选票，每条状态都与其原始字节一致</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Place</source>
        <translation>位次</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>席位</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>稳健性</translation>
    </message>
    <message>
        <source>Raw mean</source>
        <translation>原始平均分</translation>
    </message>
    <message>
        <source>Place after the tie-break steps</source>
        <translation>经破平步骤后的位次</translation>
    </message>
    <message>
        <source>Rank under the method alone: 1 + the candidates strictly ahead</source>
        <translation>仅按计票方法的名次：1 + 严格领先的候选数</translation>
    </message>
    <message>
        <source>How many changes would bring it level with a candidate across the cut line</source>
        <translation>需要改动多少才会与入选线另一侧的候选持平</translation>
    </message>
    <message>
        <source>The mean of the raw scores, before the normalisation</source>
        <translation>标准化之前原始评分的平均值</translation>
    </message>
    <message>
        <source>{0} (official)</source>
        <translation>{0}（正式）</translation>
    </message>
    <message>
        <source>{0} (tied)</source>
        <translation>{0}（平局）</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <source>needs a decision</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>ballot file</source>
        <translation>选票文件</translation>
    </message>
    <message>
        <source>Excel form</source>
        <translation>Excel 选票</translation>
    </message>
    <message>
        <source>ballot matrix</source>
        <translation>选票汇总表</translation>
    </message>
    <message>
        <source>paper (typed twice)</source>
        <translation>纸质（双人录入）</translation>
    </message>
    <message>
        <source>public vote</source>
        <translation>公众投票</translation>
    </message>
    <message>
        <source>ballot matrix row</source>
        <translation>选票汇总表中的一行</translation>
    </message>
    <message>
        <source>paper ballot</source>
        <translation>纸质选票</translation>
    </message>
    <message>
        <source>signed ballot file</source>
        <translation>已签名的选票文件</translation>
    </message>
    <message>
        <source>{0}, row {1}</source>
        <translation>{0} 第 {1} 行</translation>
    </message>
</context>
<context>
    <name>RegisterReasons</name>
    <message>
        <source>unsigned Excel ballot form</source>
        <translation>未签名的 Excel 选票</translation>
    </message>
    <message>
        <source>received after the deadline: counted only by a recorded decision</source>
        <translation>截止时间后收到：须有记录在案的决定才能计入</translation>
    </message>
    <message>
        <source>the signature does not match: the file was altered after it was signed, or signed for another selection</source>
        <translation>签名不符：文件在签名后被改动，或为其他评选签名</translation>
    </message>
    <message>
        <source>replaced by revision {0}</source>
        <translation>已被第 {0} 版替换</translation>
    </message>
    <message>
        <source>revision {0} is not newer than revision {1} on record</source>
        <translation>第 {0} 版并不比登记在案的第 {1} 版新</translation>
    </message>
    <message>
        <source>late, counted by decision of {0}: {1}</source>
        <translation>逾期，依据{0}的决定计入：{1}</translation>
    </message>
    <message>
        <source>replaced by the late revision {0}, counted by decision</source>
        <translation>已被逾期的第 {0} 版替换（依据决定计入）</translation>
    </message>
    <message>
        <source>unknown expert &apos;{0}&apos;</source>
        <translation>未知专家“{0}”</translation>
    </message>
    <message>
        <source>an unsigned {0} beside the signed ballot file on record (revision {1}): counted only by a recorded decision</source>
        <translation>已有已签名的选票文件（第 {1} 版）在记录中，又收到未签名的{0}：仅凭记录在案的决定计入</translation>
    </message>
    <message>
        <source>a second ballot of this expert ({0}) beside the {1} on record: counted only by a recorded decision</source>
        <translation>该专家已有{1}在记录中，又收到第二张选票（{0}）：仅凭记录在案的决定计入</translation>
    </message>
    <message>
        <source>replaced by the signed ballot file, revision {0}</source>
        <translation>已被已签名的选票文件（第 {0} 版）替换</translation>
    </message>
    <message>
        <source>replaced by ballot {0} ({1}) by decision of {2}, {3}: {4}</source>
        <translation>已被第 {0} 号选票（{1}）替换，决定人 {2}，{3}：{4}</translation>
    </message>
    <message>
        <source>counted instead of the ballot on record, by decision of {0}, {1}: {2}</source>
        <translation>替换原有选票计入，决定人 {0}，{1}：{2}</translation>
    </message>
    <message>
        <source>not counted: the ballot on record was kept, by decision of {0}, {1}: {2}</source>
        <translation>不计入：保留原有选票，决定人 {0}，{1}：{2}</translation>
    </message>
    <message>
        <source>{0} ballots</source>
        <translation>{0} 张选票</translation>
    </message>
    <message>
        <source>its bytes ({0}) were not kept: a collect keeps at most {1} of rejected files, the SHA-256 of this one is on record</source>
        <translation>未保存其文件内容（{0}）：每次收取最多保存 {1} 的拒收文件，此文件的 SHA-256 已记录在案</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <source>Reminder in</source>
        <translation>提醒语言</translation>
    </message>
    <message>
        <source>Copy their e-mail addresses</source>
        <translation>复制他们的邮箱地址</translation>
    </message>
    <message>
        <source>E-mail a reminder…</source>
        <translation>发送提醒邮件…</translation>
    </message>
    <message>
        <source>Save a reminder list…</source>
        <translation>保存提醒名单…</translation>
    </message>
    <message>
        <source>No deadline is set.</source>
        <translation>未设截止时间。</translation>
    </message>
    <message>
        <source>The deadline {0} passed {1} ago.</source>
        <translation>截止时间 {0} 已过去 {1}。</translation>
    </message>
    <message>
        <source>Deadline {0}: {1} left.</source>
        <translation>截止时间 {0}：还剩 {1}。</translation>
    </message>
    <message>
        <source>{0} days {1} hours</source>
        <translation>{0} 天 {1} 小时</translation>
    </message>
    <message>
        <source>{0} hours {1} minutes</source>
        <translation>{0} 小时 {1} 分钟</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <source>{0} e-mail addresses copied.</source>
        <translation>已复制 {0} 个邮箱地址。</translation>
    </message>
    <message>
        <source>A reminder to {0} experts is open in the mail program; its text is on the clipboard too.</source>
        <translation>给 {0} 位专家的提醒邮件已在邮件程序中打开；提醒全文也已复制到剪贴板。</translation>
    </message>
    <message>
        <source>No mail program opened: copy the addresses and save the reminder list instead.</source>
        <translation>未能打开邮件程序：请复制邮箱地址并保存提醒名单。</translation>
    </message>
    <message>
        <source>Save a reminder list</source>
        <translation>保存提醒名单</translation>
    </message>
    <message>
        <source>Reminder list of {0} experts saved: {1}</source>
        <translation>已保存 {0} 位专家的提醒名单：{1}</translation>
    </message>
    <message>
        <source>No e-mail address for: {0}.</source>
        <translation>以下专家没有邮箱地址：{0}。</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>评选结果</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>计票方法：</translation>
    </message>
    <message>
        <source>Runoff from typed matrices…</source>
        <translation>加投（选票汇总表）…</translation>
    </message>
    <message>
        <source>Chair&apos;s decision…</source>
        <translation>评审组长决定…</translation>
    </message>
    <message>
        <source>Draw lots…</source>
        <translation>公开抽签…</translation>
    </message>
    <message>
        <source>Count a runoff among the tied (加投) whose ballots were typed into ballot matrices</source>
        <translation>统计已录入选票汇总表的加投（平局候选之间重新投票）选票</translation>
    </message>
    <message>
        <source>Record the chair&apos;s order of the tied candidates, with who and why</source>
        <translation>记录评审组长对平局候选的排序，以及决定人和理由</translation>
    </message>
    <message>
        <source>A reproducible draw from a public seed text</source>
        <translation>以公开种子进行可复核的抽签</translation>
    </message>
    <message>
        <source>Go ahead anyway…</source>
        <translation>仍要继续…</translation>
    </message>
    <message>
        <source>Record why the tie is settled before every ballot is in (shown in the audit)</source>
        <translation>记录在选票未齐时决定平局的理由（写入审计记录）</translation>
    </message>
    <message>
        <source>Tie-break audit</source>
        <translation>破平记录</translation>
    </message>
    <message>
        <source>Other methods side by side</source>
        <translation>其他计票方法对照</translation>
    </message>
    <message>
        <source>Panel agreement</source>
        <translation>专家意见协调程度</translation>
    </message>
    <message>
        <source>Results — {0}</source>
        <translation>评选结果 — {0}</translation>
    </message>
    <message>
        <source>{0} (official)</source>
        <translation>{0}（正式）</translation>
    </message>
    <message>
        <source>No tie-break rule has settled anything yet: the tie at the cut line waits for a decision.</source>
        <translation>尚无平局规则作出决定：入选线处的平局有待决定。</translation>
    </message>
    <message>
        <source>No tie needed breaking.</source>
        <translation>没有需要破除的平局。</translation>
    </message>
    <message>
        <source>{0} ballots returned: {1} valid ({2} abstaining), {3} invalid.</source>
        <translation>交回选票 {0} 张：有效 {1} 张（其中弃权 {2} 张），无效 {3} 张。</translation>
    </message>
    <message>
        <source>Shown for comparison under {0}; the seats follow the official method, {1}.</source>
        <translation>此处按{0}显示，仅供对照；席位以正式方法{1}为准。</translation>
    </message>
    <message>
        <source>Provisional: a tie at the cut line is open.</source>
        <translation>临时结果：入选线处存在未决平局。</translation>
    </message>
    <message>
        <source>Provisional: the quorum is not met ({0} valid, at least {1} needed).</source>
        <translation>临时结果：未达到法定人数（有效 {0} 票，至少需要 {1} 票）。</translation>
    </message>
    <message>
        <source>Every seat is settled.</source>
        <translation>全部席位均已确定。</translation>
    </message>
    <message>
        <source>Settle it by a runoff vote among them, a recorded chair&apos;s decision, or a public lot draw.</source>
        <translation>可通过平局候选之间的加投、记录在案的评审组长决定或公开抽签来决定。</translation>
    </message>
    <message>
        <source>Ties are settled under the official method, {0}.</source>
        <translation>平局须在正式方法{0}下决定。</translation>
    </message>
    <message>
        <source>Settling waits: {0}.</source>
        <translation>暂不能决定平局：{0}。</translation>
    </message>
    <message>
        <source>Going ahead by override: {0}</source>
        <translation>已记录理由继续：{0}</translation>
    </message>
    <message>
        <source>Wait for the ballots, or go ahead with a recorded reason.</source>
        <translation>请等待选票收齐，或记录理由后继续。</translation>
    </message>
    <message>
        <source>Settling waits: {0}</source>
        <translation>暂不能决定平局：{0}</translation>
    </message>
    <message>
        <source>Counting the ballots…</source>
        <translation>正在计票…</translation>
    </message>
    <message>
        <source>Runoff packages…</source>
        <translation>加投选票包…</translation>
    </message>
    <message>
        <source>The experts vote again among the tied only, in the ballot window, on a form or on paper (加投)</source>
        <translation>专家只在并列候选之中重新投票：用评选程序、Excel 选票表或纸质选票（加投）</translation>
    </message>
</context>
<context>
    <name>ResultsWords</name>
    <message>
        <source>approval count</source>
        <translation>得票数</translation>
    </message>
    <message>
        <source>Schulze</source>
        <translation>舒尔策法</translation>
    </message>
    <message>
        <source>Borda</source>
        <translation>博尔达计分</translation>
    </message>
    <message>
        <source>Copeland</source>
        <translation>科普兰法</translation>
    </message>
    <message>
        <source>mean score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>mean score, not normalised</source>
        <translation>平均分（未标准化）</translation>
    </message>
    <message>
        <source>median score</source>
        <translation>中位分</translation>
    </message>
    <message>
        <source>trimmed mean</source>
        <translation>去极值平均分</translation>
    </message>
    <message>
        <source>seat</source>
        <translation>入选</translation>
    </message>
    <message>
        <source>tied at the line</source>
        <translation>入选线平局</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>head to head among the tied</source>
        <translation>平局候选之间两两对决</translation>
    </message>
    <message>
        <source>more first places</source>
        <translation>第一名次数更多</translation>
    </message>
    <message>
        <source>Borda score</source>
        <translation>博尔达得分</translation>
    </message>
    <message>
        <source>runoff vote</source>
        <translation>加投</translation>
    </message>
    <message>
        <source>chair&apos;s decision</source>
        <translation>评审组长决定</translation>
    </message>
    <message>
        <source>public lot draw</source>
        <translation>公开抽签</translation>
    </message>
    <message>
        <source>by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>public seed</source>
        <translation>公开种子</translation>
    </message>
    <message>
        <source>Normalised (z)</source>
        <translation>标准化值（z）</translation>
    </message>
    <message>
        <source>Approvals / eligible</source>
        <translation>得票 / 可投票人数</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>得票数</translation>
    </message>
    <message>
        <source>Robustness is not computed under the z normalisation: one changed score moves every standardised score of that expert.</source>
        <translation>z 标准化下不计算稳健度：改动一个评分，会使该专家的全部标准分随之变化。</translation>
    </message>
    <message>
        <source>Robustness is not computed for weighted sources: a public vote kept whole has no single ballots.</source>
        <translation>加权来源的评选不计算稳健性：整体保存的公众投票没有单张选票。</translation>
    </message>
    <message>
        <source>Robustness: the fewest single scores that would have to change (each moved to the end of the scale) before this candidate draws level on the {0} with one across the cut line; 0 means it is on the line.</source>
        <translation>稳健性：至少要改动多少个单项评分（每个改到量表的一端），该候选的{0}才会与入选线另一侧的候选持平；0 表示它就在入选线上。</translation>
    </message>
    <message>
        <source>Robustness: the fewest ballots that would have to change before a candidate across the cut line ties or beats this one head to head; 0 means it is on the line.</source>
        <translation>稳健性：至少要改动多少张选票，入选线另一侧的候选才会在两两对决中与它打平或胜过它；0 表示它就在入选线上。</translation>
    </message>
    <message>
        <source>Robustness: the fewest ballots that would have to change (each into another valid ranking) before this candidate draws level on the Borda score with one across the cut line; 0 means it is on the line.</source>
        <translation>稳健性：至少要改动多少张选票（每张改为另一份有效排序），该候选的博尔达得分才会与入选线另一侧的候选持平；0 表示它就在入选线上。</translation>
    </message>
    <message>
        <source>Robustness: the fewest ballots that would have to change (each into another valid ballot) before this candidate draws level with one across the cut line; 0 means it is on the line.</source>
        <translation>稳健性：至少要改动多少张选票（每张改为另一张有效选票），该候选才会与入选线另一侧的候选持平；0 表示它就在入选线上。</translation>
    </message>
    <message>
        <source>No change of the counted ballots can move it across the cut line.</source>
        <translation>无论怎样改动计入的选票，都不能使它越过入选线。</translation>
    </message>
    <message>
        <source>On the cut line: level with a candidate on the other side.</source>
        <translation>正在入选线上：与另一侧的候选持平。</translation>
    </message>
    <message>
        <source>{0} changes would bring it level with {1}, across the cut line.</source>
        <translation>改动 {0} 处即与入选线另一侧的 {1} 持平。</translation>
    </message>
    <message>
        <source>Tie inside the top: {0} share a place, and the top is published in order, so their order must be settled.</source>
        <translation>前列内部平局：{0} 并列同一位次，而前列按名次公布，因此须决定其先后顺序。</translation>
    </message>
    <message numerus="yes">
        <source>Open tie in {0}: {1} compete for %n seat(s).</source>
        <translation>
            <numerusform>{0}类未决平局：{1} 竞争 %n 个席位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each score is the exact weighted sum of the criteria: {0}.</source>
        <translation>每个得分都是各项指标的精确加权和：{0}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Normalised (z): each expert&apos;s scores are standardised to mean 0 and standard deviation 1 over the candidates that expert scored, averaged per candidate and mapped onto the range of the raw means; the values are compared after rounding to 12 significant digits. The raw mean stands beside each.</source>
        <translation>标准化值（z）：每位专家的评分在其所评候选中标准化为均值 0、标准差 1，再按候选求平均，并映射到原始平均分的范围内；比较时先四舍五入到 12 位有效数字。每项旁列出原始平均分。</translation>
    </message>
    <message numerus="yes">
        <source>Open tie: {0} compete for %n seat(s).</source>
        <translation>
            <numerusform>未决平局：{0} 竞争 %n 个席位。</numerusform>
        </translation>
    </message>
    <message>
        <source>, then </source>
        <translation>，其后 </translation>
    </message>
    <message>
        <source>Public lot draw among {0} with the seed &quot;{1}&quot;: SHA-256 of fingerprint:seed:code — {2}; the smallest comes first: {3}.</source>
        <translation>{0} 之间公开抽签，种子为“{1}”：“指纹:种子:编号”的 SHA-256 —— {2}；值最小者在前：{3}。</translation>
    </message>
    <message>
        <source>{0} among {1}: {2}.</source>
        <translation>{1} 之间的{0}：{2}。</translation>
    </message>
    <message>
        <source>{0} among {1}: {2} — {3}.</source>
        <translation>{1} 之间按{0}：{2} —— {3}。</translation>
    </message>
</context>
<context>
    <name>RunoffBar</name>
    <message numerus="yes">
        <source>Runoff {0} in progress among {1} for %n seat(s).</source>
        <translation>
            <numerusform>{0}正在进行：在 {1} 之中选出 %n 席。</numerusform>
        </translation>
    </message>
    <message>
        <source>It is tied again: settle it below, then count it.</source>
        <translation>加投再次平票：请先在下方处理，再统计。</translation>
    </message>
    <message>
        <source>Collect its ballots on the Collect page, then count it.</source>
        <translation>请在“收集选票”页收集加投选票，然后统计。</translation>
    </message>
    <message>
        <source>Count the runoff…</source>
        <translation>统计加投结果…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>RunoffCountDialog</name>
    <message>
        <source>Count the runoff</source>
        <translation>统计加投结果</translation>
    </message>
    <message>
        <source>{0}: {1} valid ballots; its order: {2}. The order is recorded as the decision of the tie, with the runoff&apos;s figures, and the runoff is closed.</source>
        <translation>{0}：有效票 {1} 张；顺序：{2}。此顺序连同加投的票数记录为该平局的决定，加投随即结束。</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation>组织人：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Go ahead because:</source>
        <translation>提前统计的理由：</translation>
    </message>
    <message>
        <source>only if the quorum is unmet or experts may still vote</source>
        <translation>仅在未达法定人数或仍有专家可能投票时填写</translation>
    </message>
    <message>
        <source>Counting waits while the quorum is unmet or experts may still vote, unless a reason is given.</source>
        <translation>未达法定人数或仍有专家可能投票时，须填写理由才能统计。</translation>
    </message>
</context>
<context>
    <name>RunoffDialog</name>
    <message>
        <source>Runoff among the tied</source>
        <translation>平局候选加投</translation>
    </message>
    <message numerus="yes">
        <source>The experts vote again among {0} only, for %n seat(s). Type their runoff ballots into ballot matrices (the header line: {1}) and put them in one folder. The runoff is counted as its own stage; its order settles the tie, and if it ties again it can be settled in turn.</source>
        <translation>
            <numerusform>专家仅在 {0} 之间重新投票，决定 %n 个席位。请将加投选票录入选票汇总表（表头为：{1}），放在同一个文件夹中。加投作为单独的阶段计票，其结果决定平局；若再次平局，可再行决定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder of the runoff ballots:</source>
        <translation>加投选票所在文件夹：</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation>组织人：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>who organised the runoff</source>
        <translation>组织加投的人</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Count the runoff</source>
        <translation>加投计票</translation>
    </message>
    <message>
        <source>Folder of the runoff ballots</source>
        <translation>加投选票所在文件夹</translation>
    </message>
</context>
<context>
    <name>RunoffIssueDialog</name>
    <message>
        <source>Runoff packages</source>
        <translation>加投选票包</translation>
    </message>
    <message numerus="yes">
        <source>A runoff stage among {0} for %n seat(s): every expert gets a package with these candidates only, votes in the ballot window as before, and sends back the ballot file. Collect the ballots on the Collect page (the runoff has its own register), then count the runoff here.</source>
        <translation>
            <numerusform>在 {0} 之中加投，选出 %n 席：每位专家收到只含这些候选的选票包，像上一轮一样在投票窗口中投票并发回选票文件。请在“收集选票”页收集（加投有自己的选票登记），然后在此统计加投结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>also an Excel ballot form per expert</source>
        <translation>同时为每位专家生成 Excel 选票表</translation>
    </message>
    <message>
        <source>also paper ballots (PDF) and a blank double-entry workbook</source>
        <translation>同时生成纸质选票（PDF）和空白的双人录入表</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>截止时间：</translation>
    </message>
    <message>
        <source>optional, e.g. 2020-12-24 18:00</source>
        <translation>可选，例如 2020-12-24 18:00</translation>
    </message>
    <message>
        <source>Issue runoff packages</source>
        <translation>发出加投选票包</translation>
    </message>
    <message>
        <source>Folder for the runoff packages</source>
        <translation>加投选票包的文件夹</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Seat</source>
        <translation>入选</translation>
    </message>
    <message>
        <source>Tied at the line</source>
        <translation>入选线平局</translation>
    </message>
    <message>
        <source>Below the line</source>
        <translation>入选线以下</translation>
    </message>
    <message>
        <source>Cut line</source>
        <translation>入选线</translation>
    </message>
    <message>
        <source>The first {0} of {1} candidates</source>
        <translation>前 {0} 名（共 {1} 个候选）</translation>
    </message>
</context>
</TS>
