<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Open a ballot package</source>
        <translation>打开选票包</translation>
    </message>
    <message>
        <source>Ballot packages (*.t10pkg)</source>
        <translation>选票包 (*.t10pkg)</translation>
    </message>
    <message>
        <source>Open a selection</source>
        <translation>打开评选文件</translation>
    </message>
    <message>
        <source>Selections (*.t10)</source>
        <translation>评选文件 (*.t10)</translation>
    </message>
    <message>
        <source>this is neither a ballot package (.t10pkg) nor a selection (.t10)</source>
        <translation>这个文件既不是选票包（.t10pkg），也不是评选文件（.t10）</translation>
    </message>
    <message>
        <source>open the .t10pkg file the editors sent you</source>
        <translation>请打开编辑部发给您的 .t10pkg 文件</translation>
    </message>
</context>
<context>
    <name>BallotCheck</name>
    <message>
        <source>{0}  {1} — score {2}</source>
        <translation>{0}  {1} — {2} 分</translation>
    </message>
    <message>
        <source>{0}  {1} — weighted score {2} ({3})</source>
        <translation>{0}  {1} — 加权分 {2}（{3}）</translation>
    </message>
    <message>
        <source>{0}  {1} — scored on some criteria only, not counted ({2})</source>
        <translation>{0}  {1} — 只评了部分指标，不计分（{2}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>You have marked nothing: this ballot counts as an abstention — returned and valid, but it gives no votes.</source>
        <translation>您没有做任何标记：本选票按弃权处理——视为已交回的有效选票，但不投给任何候选事件。</translation>
    </message>
    <message>
        <source>The rules require at least {0} picks and you have {1}: pick more, or untick all to abstain.</source>
        <translation>规则要求至少选 {0} 项，您只选了 {1} 项：请再选几项，或全部取消以弃权。</translation>
    </message>
    <message>
        <source>You picked {0} of up to {1}. That is allowed; unused places give no votes.</source>
        <translation>您选了 {0} 项（最多可选 {1} 项）。少选是允许的，未用的名额不计票。</translation>
    </message>
    <message>
        <source>You ranked {0} of up to {1}; the candidates you leave out count below all those you ranked.</source>
        <translation>您排了 {0} 项（最多可排 {1} 项）；未排序的候选事件都排在已排序的之后。</translation>
    </message>
    <message>
        <source>{0}: scored on some criteria only, so not scored at all on this ballot. Score every criterion of a candidate, or clear it.</source>
        <translation>{0}：只评了部分指标，本票对它不计分。请为该候选事件的每项指标打分，或将其清空。</translation>
    </message>
    <message>
        <source>You scored {0} of the {1} candidates you may score; the others are not scored (which is not the same as 0).</source>
        <translation>在可评分的 {1} 个候选事件中，您评了 {0} 个；其余为“未评分”（不等于 0 分）。</translation>
    </message>
    <message>
        <source>The deadline has passed: your ballot will be marked late and counted only by a decision.</source>
        <translation>截止时间已过：您的选票将被标为逾期，须经决定方可计入。</translation>
    </message>
    <message>
        <source>This replaces the ballot you submitted before (revision {0}) if you save it to the same file.</source>
        <translation>如保存到同一文件，本次提交将替换您此前提交的选票（第 {0} 版）。</translation>
    </message>
    <message>
        <source>The rules would refuse this ballot: {0}</source>
        <translation>按规则，这张选票无法接受：{0}</translation>
    </message>
</context>
<context>
    <name>BallotWindow</name>
    <message>
        <source>{0} — ballot of {1}</source>
        <translation>{0} — {1}的选票</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open another ballot package…</source>
        <translation>打开其他选票包(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Start screen</source>
        <translation>返回开始页(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Submit ballot…</source>
        <translation>提交选票(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>You are recused from {0}, so it cannot be ranked.</source>
        <translation>您须回避 {0}，不能对它排序。</translation>
    </message>
    <message>
        <source>You have picked {0}, the most the rules allow (more would void the ballot). To pick another, first untick one.</source>
        <translation>您已选满 {0} 项，这是规则允许的上限（多选将使选票作废）。如要改选，请先取消一项。</translation>
    </message>
    <message>
        <source>Your ranking has {0} candidates, the most the rules allow. To rank another, first remove one.</source>
        <translation>排序中已有 {0} 个候选事件，这是规则允许的上限。如要加入其他事件，请先移出一项。</translation>
    </message>
    <message>
        <source>The saved draft was damaged; start again.</source>
        <translation>保存的草稿已损坏，请重新投票。</translation>
    </message>
    <message>
        <source>The saved draft does not fit this ballot and was not restored.</source>
        <translation>保存的草稿与本选票不符，未予恢复。</translation>
    </message>
    <message>
        <source>Your draft of {0} is restored.</source>
        <translation>已恢复您 {0} 保存的草稿。</translation>
    </message>
    <message>
        <source>Save the ballot file</source>
        <translation>保存选票文件</translation>
    </message>
    <message>
        <source>Ballot files (*.t10vote)</source>
        <translation>选票文件 (*.t10vote)</translation>
    </message>
    <message>
        <source>Not submitted: no file was chosen.</source>
        <translation>未提交：没有选择文件。</translation>
    </message>
    <message>
        <source>Cannot write the ballot file ({0}).</source>
        <translation>无法写入选票文件（{0}）。</translation>
    </message>
    <message>
        <source>Ballot saved: {0} (revision {1}).</source>
        <translation>选票已保存：{0}（第 {1} 版）。</translation>
    </message>
    <message>
        <source>Ballot not submitted</source>
        <translation>选票尚未提交</translation>
    </message>
    <message>
        <source>You have not submitted this ballot.</source>
        <translation>您还没有提交这张选票。</translation>
    </message>
    <message>
        <source>Your draft is saved and comes back when you open the package again. Close anyway?</source>
        <translation>草稿已保存，下次打开选票包时会自动恢复。仍要关闭吗？</translation>
    </message>
    <message>
        <source>Close, keep the draft</source>
        <translation>关闭（保留草稿）</translation>
    </message>
    <message>
        <source>Back to the ballot</source>
        <translation>返回选票</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Weighted score</source>
        <translation>加权分</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>You are recused from this candidate, so you cannot vote on it.</source>
        <translation>您须回避此候选事件，不能对它投票。</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>partly scored</source>
        <translation>部分已评</translation>
    </message>
</context>
<context>
    <name>CandidatePanel</name>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>No., title or summary (Ctrl+F)</source>
        <translation>编号、标题或摘要（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Not ranked yet: {0} shown</source>
        <translation>尚未排序：显示 {0} 项</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>共 %n 个候选事件</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} candidates shown</source>
        <translation>显示 {0} / {1} 个候选事件</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Check your ballot</source>
        <translation>核对选票</translation>
    </message>
    <message>
        <source>Your choices, in order:</source>
        <translation>您的选择（按顺序）：</translation>
    </message>
    <message>
        <source>You have marked no candidate.</source>
        <translation>您没有标记任何候选事件。</translation>
    </message>
    <message>
        <source>Confirm and save the ballot file…</source>
        <translation>确认并保存选票文件…</translation>
    </message>
    <message>
        <source>Back to the ballot</source>
        <translation>返回修改</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Full &amp;text</source>
        <translation>全文(&amp;T)</translation>
    </message>
    <message>
        <source>Your s&amp;core:</source>
        <translation>您的评分(&amp;C)：</translation>
    </message>
    <message>
        <source>(scale {0})</source>
        <translation>（分值 {0}）</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>清除评分</translation>
    </message>
    <message>
        <source>Take the score away: not scored is not the same as 0</source>
        <translation>取消评分：“未评分”不等于 0 分</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Recused: the editors&apos; list recuses you from this candidate (for example your own unit or a collaborator), so you cannot vote on it.</source>
        <translation>回避：按编辑部的回避名单（例如本单位或合作者），您须回避此候选事件，不能对它投票。</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>The draft could not be saved! Submit the ballot, or check the disk: {0}</source>
        <translation>草稿未能保存！请提交选票，或检查磁盘：{0}</translation>
    </message>
    <message>
        <source>Draft saved automatically at {0}.</source>
        <translation>草稿已于 {0} 自动保存。</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>草稿已恢复。</translation>
    </message>
    <message>
        <source>Every change is saved as a draft.</source>
        <translation>每次修改都会自动保存为草稿。</translation>
    </message>
    <message>
        <source>Not submitted yet.</source>
        <translation>尚未提交。</translation>
    </message>
    <message>
        <source>Submitted as revision {0}.</source>
        <translation>已提交（第 {0} 版）。</translation>
    </message>
    <message>
        <source>Changed since revision {0} was submitted: submit again to replace it.</source>
        <translation>提交第 {0} 版后又有修改：请再次提交以替换。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot continue</source>
        <translation>无法继续</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>处理办法：{0}</translation>
    </message>
    <message>
        <source>Where: {0}</source>
        <translation>位置：{0}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Something went wrong inside Top10 Panel.</source>
        <translation>Top10 Panel 内部出错。</translation>
    </message>
    <message>
        <source>Your submitted ballots and your saved draft are not affected. Please try again.</source>
        <translation>您已提交的选票和已保存的草稿不受影响。请再试一次。</translation>
    </message>
    <message>
        <source>If it happens again, send this file to the editors: {0}</source>
        <translation>如果再次出现，请把这个文件发给编辑部：{0}</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Ballot of {0} ({1})</source>
        <translation>{0}（{1}）的选票</translation>
    </message>
    <message>
        <source>Ballot of {0}</source>
        <translation>{0}的选票</translation>
    </message>
    <message>
        <source>Stage: {0}</source>
        <translation>阶段：{0}</translation>
    </message>
    <message numerus="yes">
        <source>Runoff vote (加投): {0} tied for the last seats, and compete for %n seat(s). Vote among them only; the earlier ballots are not counted again.</source>
        <translation>
            <numerusform>加投（同票重投）：{0} 票数相同，争夺最后 %n 席。请只在它们之中投票；此前的选票不再重复计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Guide for editors</source>
        <translation>编辑指南</translation>
    </message>
    <message>
        <source>Guide for experts</source>
        <translation>专家指南</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Guide for &amp;editors</source>
        <translation>编辑指南(&amp;E)</translation>
    </message>
    <message>
        <source>Guide for e&amp;xperts</source>
        <translation>专家指南(&amp;X)</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>check the path and the file name</source>
        <translation>请检查路径和文件名</translation>
    </message>
    <message>
        <source>this is a folder, not a ballot package</source>
        <translation>这是一个文件夹，不是选票包</translation>
    </message>
    <message>
        <source>give the ballot package file</source>
        <translation>请选择选票包文件</translation>
    </message>
    <message>
        <source>the file is too large for a ballot package</source>
        <translation>文件太大，不可能是选票包</translation>
    </message>
    <message>
        <source>give the ballot package as it was made</source>
        <translation>请使用编辑部发来的原始选票包</translation>
    </message>
    <message>
        <source>this is not a readable ballot package (damaged or cut short)</source>
        <translation>无法读取这个选票包（文件已损坏或不完整）</translation>
    </message>
    <message>
        <source>ask for the ballot package again</source>
        <translation>请向编辑部重新索取选票包</translation>
    </message>
    <message>
        <source>this is not a ballot package</source>
        <translation>这不是选票包</translation>
    </message>
    <message>
        <source>give a ballot package made by Top10 Panel</source>
        <translation>请打开由 Top10 Panel 生成的选票包</translation>
    </message>
    <message>
        <source>the ballot package is incomplete or damaged</source>
        <translation>选票包不完整或已损坏</translation>
    </message>
    <message>
        <source>ask the editors for a new package</source>
        <translation>请向编辑部索取新的选票包</translation>
    </message>
    <message>
        <source>update Top10 Panel</source>
        <translation>请更新 Top10 Panel</translation>
    </message>
    <message>
        <source>this is not a readable ballot file (damaged or cut short)</source>
        <translation>无法读取这个选票文件（文件已损坏或不完整）</translation>
    </message>
    <message>
        <source>ask for the ballot file again</source>
        <translation>请重新获取选票文件</translation>
    </message>
    <message>
        <source>this is not a ballot file</source>
        <translation>这不是选票文件</translation>
    </message>
    <message>
        <source>give a ballot file made by Top10 Panel</source>
        <translation>请使用由 Top10 Panel 生成的选票文件</translation>
    </message>
    <message>
        <source>the ballot file is incomplete or damaged</source>
        <translation>选票文件不完整或已损坏</translation>
    </message>
    <message>
        <source>ask the expert to send the ballot file again</source>
        <translation>请专家重新发送选票文件</translation>
    </message>
    <message>
        <source>the saved draft is damaged</source>
        <translation>保存的草稿已损坏</translation>
    </message>
    <message>
        <source>vote again</source>
        <translation>请重新投票</translation>
    </message>
    <message>
        <source>change the vote</source>
        <translation>请修改选票</translation>
    </message>
    <message>
        <source>the disk is full: nothing was changed</source>
        <translation>磁盘已满：没有做任何改动</translation>
    </message>
    <message>
        <source>free some space on the disk, then try again</source>
        <translation>请在磁盘上腾出一些空间，然后再试一次</translation>
    </message>
    <message>
        <source>the disk reported an error, so nothing was changed</source>
        <translation>磁盘报告了一个错误，没有做任何改动</translation>
    </message>
    <message>
        <source>check the disk or the USB stick, then try again</source>
        <translation>请检查磁盘或U盘，然后再试一次</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <source>&amp;Your ranking (1 = best)</source>
        <translation>您的排序(&amp;Y)（1 = 最佳）</translation>
    </message>
    <message>
        <source>Add to ranking →</source>
        <translation>加入排序 →</translation>
    </message>
    <message>
        <source>Add the candidate chosen in the list (Enter, or drag it here)</source>
        <translation>把列表中选中的候选事件加入排序（按 Enter，或拖到这里）</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← 移出</translation>
    </message>
    <message>
        <source>Take the chosen candidate out of the ranking (Delete)</source>
        <translation>把选中的候选事件移出排序（Delete 键）</translation>
    </message>
    <message>
        <source>Move up ↑</source>
        <translation>上移 ↑</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+↑</translation>
    </message>
    <message>
        <source>Move down ↓</source>
        <translation>下移 ↓</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+↓</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Ballot receipt</source>
        <translation>选票回执</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>评选</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Ballot file</source>
        <translation>选票文件</translation>
    </message>
    <message>
        <source>Ballot fingerprint (SHA-256)</source>
        <translation>选票指纹（SHA-256）</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>核验码</translation>
    </message>
    <message>
        <source>Selection fingerprint</source>
        <translation>评选指纹</translation>
    </message>
    <message>
        <source>Your ballot is saved in the file above. Send that file to the editors (e-mail or USB stick).</source>
        <translation>您的选票已保存在上面的文件中。请把该文件交给编辑部（电子邮件或 U 盘）。</translation>
    </message>
    <message>
        <source>The fingerprint identifies exactly this file; the published tally sheet lists the tracker, so you can check that your ballot was counted as cast. Keep this receipt.</source>
        <translation>选票指纹唯一标识这个文件；公布的计票表会列出核验码，您可据此核对自己的选票已按所投计入。请妥善保存本回执。</translation>
    </message>
    <message>
        <source>This is revision {0}: it replaces your earlier ballot; the editors count only the latest revision.</source>
        <translation>这是第 {0} 版：它替换您此前提交的选票；编辑部只计最新一版。</translation>
    </message>
    <message>
        <source>To change your vote, submit again to the same file: that makes revision {0}.</source>
        <translation>如需修改，请再次提交到同一文件，即成为第 {0} 版。</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>将回执保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write the file ({0}).</source>
        <translation>无法写入文件（{0}）。</translation>
    </message>
    <message>
        <source>Receipt saved: {0}</source>
        <translation>回执已保存：{0}</translation>
    </message>
</context>
<context>
    <name>RecentFilesModel</name>
    <message>
        <source>ballot package</source>
        <translation>选票包</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>评选文件</translation>
    </message>
    <message>
        <source>{0} (no longer there)</source>
        <translation>{0}（文件已不存在）</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>An interrupted change was undone</source>
        <translation>已撤销一次被中断的修改</translation>
    </message>
    <message>
        <source>A change to {0} was cut short (a crash, a kill or a full disk) and has been undone: the file is as it was before that change.</source>
        <translation>对 {0} 的一次修改被中断（程序崩溃、被强行结束或磁盘已满），已经撤销：文件恢复到那次修改之前的样子。</translation>
    </message>
    <message>
        <source>Nothing else was lost. If the change was yours, make it again.
Where: {0}</source>
        <translation>其他内容都没有丢失。如果那是你做的修改，请再做一次。
位置：{0}</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <source>Approval vote</source>
        <translation>选择投票</translation>
    </message>
    <message>
        <source>Ranking vote</source>
        <translation>排序投票</translation>
    </message>
    <message>
        <source>Score vote</source>
        <translation>评分投票</translation>
    </message>
    <message>
        <source>Tick every candidate you support, out of {0}.</source>
        <translation>在 {0} 个候选事件中勾选您支持的全部事件。</translation>
    </message>
    <message>
        <source>Tick at least {0} and at most {1} of the {2} candidates.</source>
        <translation>在 {2} 个候选事件中至少选 {0} 项、最多选 {1} 项。</translation>
    </message>
    <message>
        <source>Tick at most {0} of the {1} candidates; fewer is allowed.</source>
        <translation>在 {1} 个候选事件中最多选 {0} 项，可以少选。</translation>
    </message>
    <message>
        <source>Rank as many of the {0} candidates as you wish, 1 = best.</source>
        <translation>在 {0} 个候选事件中任选若干项排序，1 为最佳。</translation>
    </message>
    <message>
        <source>Rank up to {0} of the {1} candidates, 1 = best.</source>
        <translation>在 {1} 个候选事件中最多排 {0} 项，1 为最佳。</translation>
    </message>
    <message>
        <source>Candidates you leave out count below all those you rank.</source>
        <translation>未排序的候选事件排在所有已排序事件之后。</translation>
    </message>
    <message>
        <source>Score each candidate on every criterion ({0}) from {1}; the weighted score counts, and a candidate scored on some criteria only gets no score.</source>
        <translation>请就每项指标（{0}）为每个候选事件打分（{1} 分）；计入的是加权分，只评了部分指标的候选事件不计分。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Give each candidate a score from {0}; a candidate you leave unscored gets no score (not the same as 0).</source>
        <translation>为候选事件打分（{0} 分）；未评分的事件不计分（不等于 0 分）。</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0} candidates will be chosen.</source>
        <translation>共评出 {0} 项。</translation>
    </message>
    <message>
        <source>More ticks than allowed would void the ballot, so the app stops at {0}.</source>
        <translation>超选将使选票作废，因此最多只能勾选 {0} 项。</translation>
    </message>
    <message>
        <source>Deadline: {0}.</source>
        <translation>截止时间：{0}。</translation>
    </message>
    <message>
        <source>The deadline has passed: a late ballot is counted only by a recorded decision.</source>
        <translation>截止时间已过：逾期选票须经记录在案的决定方可计入。</translation>
    </message>
    <message numerus="yes">
        <source>You are recused from %n candidate(s) ({0}) and cannot vote on them.</source>
        <translation>
            <numerusform>您须回避 %n 个候选事件（{0}），不能对其投票。</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret ballot: results show no names.</source>
        <translation>无记名投票：结果中不显示姓名。</translation>
    </message>
    <message>
        <source>Named ballot.</source>
        <translation>实名投票。</translation>
    </message>
</context>
<context>
    <name>ScoreSpin</name>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>“{0}” is not a number: type a score from {1} to {2}.</source>
        <translation>“{0}”不是数字：请填写 {1} 到 {2} 之间的分数。</translation>
    </message>
    <message>
        <source>{0} is off the scale: type a score from {1} to {2}.</source>
        <translation>{0} 超出评分范围：请填写 {1} 到 {2} 之间的分数。</translation>
    </message>
    <message>
        <source>{0} is not allowed: scores go in steps of {1} ({2} or {3}).</source>
        <translation>不能打 {0} 分：分数以 {1} 为单位（可打 {2} 或 {3}）。</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Top10 Panel — ten events of the year</source>
        <translation>Top10 Panel — 年度十大事件评选</translation>
    </message>
    <message>
        <source>Experts: open the ballot package (.t10pkg) the editors sent you, vote, and send back the ballot file. Editors: open a selection (.t10).</source>
        <translation>评审专家：打开编辑部发给您的选票包（.t10pkg），投票后交回选票文件。编辑部：打开评选文件（.t10）。</translation>
    </message>
    <message>
        <source>Open &amp;ballot package…</source>
        <translation>打开选票包(&amp;B)…</translation>
    </message>
    <message>
        <source>Open s&amp;election…</source>
        <translation>打开评选文件(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New selection…</source>
        <translation>新建评选(&amp;N)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>打开演示评选(&amp;D)</translation>
    </message>
    <message>
        <source>A complete selection over the 2020 edition&apos;s events, built in your data folder, to try every step</source>
        <translation>一个以 2020 年度事件为内容的完整评选，建在您的数据文件夹中，可试用每一步</translation>
    </message>
    <message>
        <source>&amp;Recent files (Enter or double-click to open):</source>
        <translation>最近打开的文件(&amp;R)（按 Enter 或双击打开）：</translation>
    </message>
    <message>
        <source>No recent files yet. Experts: open the ballot package the editors sent you. Editors: start with “Open the demo” to see a whole selection, or “New selection…” for your own. Help (F1) has a short guide for each.</source>
        <translation>还没有最近打开的文件。专家：请打开编辑部发给您的选票包。编辑：可先点“打开演示评选”看一个完整的评选，或点“新建评选…”开始自己的评选。帮助（F1）中各有一份简短指南。</translation>
    </message>
</context>
<context>
    <name>VoteBar</name>
    <message>
        <source>&amp;Submit ballot…</source>
        <translation>提交选票(&amp;S)…</translation>
    </message>
    <message>
        <source>Check your choices and save the ballot file (Ctrl+Enter)</source>
        <translation>核对您的选择并保存选票文件（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Picked {0} / {1}</source>
        <translation>已选 {0} / {1}</translation>
    </message>
    <message>
        <source>Picked {0}</source>
        <translation>已选 {0}</translation>
    </message>
    <message>
        <source>Ranked {0} / {1}</source>
        <translation>已排序 {0} / {1}</translation>
    </message>
    <message>
        <source>Ranked {0}</source>
        <translation>已排序 {0}</translation>
    </message>
    <message>
        <source>Scored {0} / {1}</source>
        <translation>已评分 {0} / {1}</translation>
    </message>
</context>
</TS>
