<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CandidatesPage</name>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>共 %n 个候选事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Ballot packages are issued, so the candidates are locked. A change now needs a new version of the rules (Rules page) and new packages for every expert.</source>
        <translation>选票包已发出，候选事件已锁定。如需修改，须先在“规则”页建立新版本规则，再为每位专家重新发出选票包。</translation>
    </message>
    <message>
        <source>Ballots are counted, so candidates can no longer be added, removed or given another code; a title, date, summary or source may still be corrected.</source>
        <translation>已有选票计入，候选事件不能再增加、删除或改换编号；标题、日期、简介和来源仍可更正。</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选事件</translation>
    </message>
    <message>
        <source>The events up for selection. Import them from an Excel or CSV list (columns 编号/code, 标题/title, 日期/date, 摘要/summary, 来源/source, 类别/category) or drop the file here; double-click a cell to correct it. Every change is saved at once and can be undone until the packages are issued.</source>
        <translation>参加评选的事件。可从 Excel 或 CSV 名单导入（列：编号、标题、日期、摘要、来源、类别），也可把文件直接拖到这里；双击单元格即可修改。每次修改立即保存，在发出选票包之前都可以撤销。</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>导入名单…</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>添加候选事件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>edit {0}</source>
        <translation>修改 {0}</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新事件</translation>
    </message>
    <message>
        <source>add {0}</source>
        <translation>添加 {0}</translation>
    </message>
    <message>
        <source>remove {0}</source>
        <translation>删除 {0}</translation>
    </message>
    <message>
        <source>Import candidates</source>
        <translation>导入候选事件</translation>
    </message>
    <message>
        <source>Candidate lists ({0})</source>
        <translation>候选事件名单 ({0})</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个候选事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} recusals suggested: review them on the Experts page.</source>
        <translation>系统建议了 {0} 项回避，请到“专家”页确认。</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Recusals</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Header row: row {0} of sheet &apos;{1}&apos;.</source>
        <translation>表头：工作表“{1}”第 {0} 行。</translation>
    </message>
    <message>
        <source>Header row: row {0}.</source>
        <translation>表头：第 {0} 行。</translation>
    </message>
    <message numerus="yes">
        <source>%n title row(s) above it are not imported.</source>
        <translation>
            <numerusform>其上 %n 行标题不导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what a column holds where the list names it otherwise:</source>
        <translation>列名与本软件不同的，请选择该列的内容：</translation>
    </message>
    <message>
        <source>“{0}” (column {1})</source>
        <translation>“{0}”（第 {1} 列）</translation>
    </message>
    <message>
        <source>Not recognised — choose</source>
        <translation>未识别——请选择</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
</context>
<context>
    <name>EditorErrors</name>
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
</context>
<context>
    <name>EditorOpening</name>
    <message>
        <source>Open a selection</source>
        <translation>打开评选</translation>
    </message>
    <message>
        <source>Selections (*.t10)</source>
        <translation>评选文件 (*.t10)</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>give the {0} as Top10 Panel made it</source>
        <translation>请提供 Top10 Panel 生成的原{0}</translation>
    </message>
    <message>
        <source>this line is longer than {0}; no list or ballot matrix has such lines</source>
        <translation>此行超过 {0}，清单或选票汇总表不会有这样长的行</translation>
    </message>
    <message>
        <source>check that this is the right file; save it again from Excel as CSV UTF-8 or as .xlsx</source>
        <translation>请确认文件无误；可在 Excel 中另存为“CSV UTF-8”或 .xlsx</translation>
    </message>
    <message>
        <source>the workbook holds {0} parts (at most {1}): it is not an ordinary workbook</source>
        <translation>该工作簿含 {0} 个部件（最多 {1} 个），不是普通工作簿</translation>
    </message>
    <message>
        <source>the workbook would inflate to {0} (at most {1}): a zip bomb, or far too large for {2}</source>
        <translation>该工作簿解压后将达 {0}（最多 {1}）：是压缩炸弹，或远超{2}应有的大小</translation>
    </message>
    <message>
        <source>the part &apos;{0}&apos; would inflate to {1} (at most {2}): a zip bomb, or far too large for {3}</source>
        <translation>部件“{0}”解压后将达 {1}（最多 {2}）：是压缩炸弹，或远超{3}应有的大小</translation>
    </message>
    <message>
        <source>the part &apos;{0}&apos; would inflate {1} times (to {2}): a zip bomb</source>
        <translation>部件“{0}”解压后将膨胀 {1} 倍（达 {2}）：是压缩炸弹</translation>
    </message>
    <message>
        <source>the workbook&apos;s shared texts would inflate to {0} (at most {1}): a zip bomb, or far too large for {2}</source>
        <translation>该工作簿的共享文本解压后将达 {0}（最多 {1}）：是压缩炸弹，或远超{2}应有的大小</translation>
    </message>
    <message>
        <source>the workbook holds more than {0} different texts: it is not an ordinary workbook</source>
        <translation>该工作簿含超过 {0} 条不同文本，不是普通工作簿</translation>
    </message>
    <message>
        <source>check that this is the right file; give the list or matrix in a workbook of its own</source>
        <translation>请确认文件无误；请将清单或汇总表单独存为一个工作簿</translation>
    </message>
    <message>
        <source>the file holds a NUL byte (a character 0), which no text holds</source>
        <translation>文件含有 NUL 字节（字符 0），正常文本不会含有它</translation>
    </message>
    <message>
        <source>the cell holds {0} characters (Excel allows {1}): this is not a list or ballot cell</source>
        <translation>该单元格有 {0} 个字符（Excel 最多允许 {1} 个），不是清单或选票的单元格</translation>
    </message>
    <message>
        <source>shorten the text of the cell</source>
        <translation>请缩短该单元格的文字</translation>
    </message>
    <message>
        <source>the header row cannot be read as CSV (a cell of more than 131,072 characters, or a stray quote)</source>
        <translation>表头行无法按 CSV 读取（某单元格超过 131,072 个字符，或有多余的引号）</translation>
    </message>
    <message>
        <source>start the file with the header row: expert, then candidate codes</source>
        <translation>文件应以表头行开始：先是 expert，再是候选编号</translation>
    </message>
    <message>
        <source>the method {0} does not belong to the {1} mode</source>
        <translation>计票方法 {0} 不属于“{1}”投票方式</translation>
    </message>
    <message>
        <source>use one of: {0}</source>
        <translation>请选用：{0}</translation>
    </message>
    <message>
        <source>there must be at least 1 seat, not {0}</source>
        <translation>入选名额至少为 1，不能是 {0}</translation>
    </message>
    <message>
        <source>give 1 seat or more</source>
        <translation>请设置 1 个或更多名额</translation>
    </message>
    <message>
        <source>the fewest picks cannot be negative</source>
        <translation>最少选数不能为负数</translation>
    </message>
    <message>
        <source>give 0 or more</source>
        <translation>请填写 0 或更大的数</translation>
    </message>
    <message>
        <source>the most picks ({0}) are fewer than the fewest picks ({1}), or fewer than 1</source>
        <translation>最多选数（{0}）小于最少选数（{1}），或小于 1</translation>
    </message>
    <message>
        <source>make the most picks at least the fewest picks, and at least 1</source>
        <translation>请使最多选数不小于最少选数，且至少为 1</translation>
    </message>
    <message>
        <source>the most ranks must be at least 1</source>
        <translation>最多排序数至少为 1</translation>
    </message>
    <message>
        <source>give 1 or more</source>
        <translation>请填写 1 或更大的数</translation>
    </message>
    <message>
        <source>the score scale {0}–{1} is empty</source>
        <translation>分值范围 {0}–{1} 无效</translation>
    </message>
    <message>
        <source>make the lowest score smaller than the highest</source>
        <translation>请使最低分小于最高分</translation>
    </message>
    <message>
        <source>the tie-break rule {0} does not apply in the {1} mode</source>
        <translation>平局处理规则“{0}”不适用于“{1}”投票方式</translation>
    </message>
    <message>
        <source>use rules from: {0}</source>
        <translation>请从以下规则中选用：{0}</translation>
    </message>
    <message>
        <source>a tie-break rule appears twice</source>
        <translation>同一条平局处理规则出现了两次</translation>
    </message>
    <message>
        <source>use each rule once</source>
        <translation>每条规则只用一次</translation>
    </message>
    <message>
        <source>the lot draw settles every tie, so it can only be the last rule of the chain</source>
        <translation>抽签能解决一切平票，因此只能作为最后一条规则</translation>
    </message>
    <message>
        <source>move the lot draw to the end of the chain</source>
        <translation>请把“公开抽签”移到最后</translation>
    </message>
    <message>
        <source>only ranking ballots have an order by which to drop the excess</source>
        <translation>只有排序选票才能按名次去掉超出部分</translation>
    </message>
    <message>
        <source>void the whole ballot (多选作废) in the approval and score modes</source>
        <translation>选择和评分方式下请采用整张作废（多选作废）</translation>
    </message>
    <message>
        <source>the quorum {0} is not a share below 1</source>
        <translation>法定票数 {0} 不是小于 1 的比例</translation>
    </message>
    <message>
        <source>give a share such as 2/3 or 66%</source>
        <translation>请填写比例，例如 2/3 或 66%</translation>
    </message>
    <message>
        <source>each category quota needs its own category name</source>
        <translation>每个分类名额都要有各自的类别名称</translation>
    </message>
    <message>
        <source>name each category once</source>
        <translation>每个类别只写一次</translation>
    </message>
    <message>
        <source>the category quotas ({0}) do not add up to the {1} seats</source>
        <translation>分类名额（{0}）之和不等于入选名额 {1}</translation>
    </message>
    <message>
        <source>make the quotas add up to the number of seats</source>
        <translation>请使各类名额之和等于入选名额</translation>
    </message>
    <message>
        <source>weighted sources combine approval shares or scores; rankings do not add up</source>
        <translation>加权来源只能合成得票比例或分数，排序无法相加</translation>
    </message>
    <message>
        <source>use the approval or score mode for weighted sources</source>
        <translation>加权来源请使用选择或评分方式</translation>
    </message>
    <message>
        <source>weighted sources need the {0} panel and at least one other, each named once</source>
        <translation>加权来源须包含 {0}，并至少再有一个来源，名称各不相同</translation>
    </message>
    <message>
        <source>give e.g. experts 70% and public 30%</source>
        <translation>例如：experts 70%，public 30%</translation>
    </message>
    <message>
        <source>the weights of the sources must be positive and add up to 100%</source>
        <translation>各来源的权重须为正数，合计 100%</translation>
    </message>
    <message>
        <source>the deadline {0} is not a date and time</source>
        <translation>截止时间 {0} 不是有效的日期和时间</translation>
    </message>
    <message>
        <source>write it as 2020-12-20 18:00</source>
        <translation>请写成 2020-12-20 18:00 的格式</translation>
    </message>
    <message>
        <source>the seats of category {0} are not a whole number ({1})</source>
        <translation>类别 {0} 的名额不是整数（{1}）</translation>
    </message>
    <message>
        <source>type a number of seats</source>
        <translation>请填写名额数</translation>
    </message>
    <message>
        <source>the weight of source {0} is not a number ({1})</source>
        <translation>来源 {0} 的权重不是数字（{1}）</translation>
    </message>
    <message>
        <source>type a percentage such as 30</source>
        <translation>请填写百分数，例如 30</translation>
    </message>
    <message>
        <source>the shortlist of the screening ({0}) is not larger than the seats ({1})</source>
        <translation>初评入围数（{0}）不大于入选名额（{1}）</translation>
    </message>
    <message>
        <source>make the shortlist larger than the number of seats, or do without a screening stage</source>
        <translation>请使入围数大于入选名额，或不设初评</translation>
    </message>
    <message>
        <source>no selection file is given</source>
        <translation>未指定评选文件</translation>
    </message>
    <message>
        <source>choose where to keep the selection file</source>
        <translation>请选择评选文件的存放位置</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>标题为空</translation>
    </message>
    <message>
        <source>give the selection a title</source>
        <translation>请填写评选标题</translation>
    </message>
    <message>
        <source>a file of that name exists already</source>
        <translation>同名文件已存在</translation>
    </message>
    <message>
        <source>choose another name, or delete the old file first</source>
        <translation>请换一个文件名，或先删除旧文件</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>create the folder first</source>
        <translation>请先建立该文件夹</translation>
    </message>
    <message>
        <source>no such selection file</source>
        <translation>找不到这个评选文件</translation>
    </message>
    <message>
        <source>check the path, or make a new selection</source>
        <translation>请检查路径，或新建评选</translation>
    </message>
    <message>
        <source>this is not a selection file (.t10)</source>
        <translation>这不是评选文件（.t10）</translation>
    </message>
    <message>
        <source>open a file made by Top10 Panel</source>
        <translation>请打开由 Top10 Panel 生成的文件</translation>
    </message>
    <message>
        <source>this selection was made by a newer version of Top10 Panel ({0}; this is {1})</source>
        <translation>这个评选文件由较新版本的 Top10 Panel 生成（{0}；当前为 {1}）</translation>
    </message>
    <message>
        <source>update Top10 Panel to open it</source>
        <translation>请升级 Top10 Panel 后再打开</translation>
    </message>
    <message>
        <source>the selection is open for writing in another Top10 Panel window or command</source>
        <translation>该评选正在另一个 Top10 Panel 窗口或命令中写入</translation>
    </message>
    <message>
        <source>close it there, or wait for that command to finish, then try again</source>
        <translation>请先在那里关闭，或等该命令完成后再试</translation>
    </message>
    <message>
        <source>ballot packages are issued already, so the {0} cannot change</source>
        <translation>选票包已经发出，{0}不能再修改</translation>
    </message>
    <message>
        <source>changing them now needs a new version of the rules and new packages for every expert</source>
        <translation>现在修改需要建立新版本规则，并为每位专家重新发出选票包</translation>
    </message>
    <message>
        <source>packages are issued under the current rules, so a change needs a recorded reason</source>
        <translation>选票包已按现行规则发出，修改规则须记录原因</translation>
    </message>
    <message>
        <source>write the reason; every expert then needs a new package</source>
        <translation>请填写原因；之后须为每位专家重新发出选票包</translation>
    </message>
    <message>
        <source>ballots of this stage are in already, so its vote mode cannot change</source>
        <translation>本阶段已收到选票，投票方式不能再修改</translation>
    </message>
    <message>
        <source>start a new selection for another vote mode</source>
        <translation>如需其他投票方式，请新建评选</translation>
    </message>
    <message>
        <source>the current stage is not a screening stage followed by another</source>
        <translation>当前阶段不是初评，或其后没有终评</translation>
    </message>
    <message>
        <source>only a selection with a screening stage advances</source>
        <translation>只有设置了初评的评选才能进入下一阶段</translation>
    </message>
    <message>
        <source>the screening has an open tie ({0}) at its cut line</source>
        <translation>初评入围线上有未决平票（{0}）</translation>
    </message>
    <message>
        <source>settle it first (runoff, chair&apos;s decision or lot draw)</source>
        <translation>请先处理平票（加投、组长决定或抽签）</translation>
    </message>
    <message>
        <source>the selection needs candidates and experts before packages can be issued</source>
        <translation>发出选票包之前须先有候选事件和专家</translation>
    </message>
    <message>
        <source>import them on the Candidates and Experts pages</source>
        <translation>请在“候选事件”和“专家”页导入</translation>
    </message>
    <message>
        <source>there is no recusal of {0} from {1} to review</source>
        <translation>没有 {0} 对 {1} 的回避记录可供确认</translation>
    </message>
    <message>
        <source>reload the recusals: they were changed elsewhere</source>
        <translation>请重新载入回避表：它已在别处被修改</translation>
    </message>
    <message>
        <source>the rules are locked (ballot packages issued or ballots counted), so the {0} cannot change</source>
        <translation>规则已锁定（已发出选票包或已计入选票），{0}不能再改</translation>
    </message>
    <message>
        <source>ballots are on record already, so {0} cannot be removed or renamed</source>
        <translation>已有选票记录，{0}不能删除或改名</translation>
    </message>
    <message>
        <source>correct the titles and other details instead, or start a new selection</source>
        <translation>可以修改标题等其他内容，或新建评选</translation>
    </message>
    <message>
        <source>the {0} cannot be empty</source>
        <translation>{0}不能为空</translation>
    </message>
    <message>
        <source>write the {0}</source>
        <translation>请填写{0}</translation>
    </message>
    <message>
        <source>the code {0} is taken by another candidate</source>
        <translation>编号 {0} 已被另一个候选事件使用</translation>
    </message>
    <message>
        <source>there is no {0} {1} in the selection</source>
        <translation>评选中没有{0} {1}</translation>
    </message>
    <message>
        <source>reload the list: it was changed elsewhere</source>
        <translation>请重新载入名单：它已在别处被修改</translation>
    </message>
    <message>
        <source>the code {0} is taken again</source>
        <translation>编号 {0} 又被占用了</translation>
    </message>
    <message>
        <source>rename that candidate first</source>
        <translation>请先给那个候选事件改编号</translation>
    </message>
    <message>
        <source>expert {0} is in the selection again</source>
        <translation>专家 {0} 又出现在评选中</translation>
    </message>
    <message>
        <source>rename that expert first</source>
        <translation>请先给那位专家改名</translation>
    </message>
    <message>
        <source>there is no expert {0} or no candidate {1} any more</source>
        <translation>专家 {0} 或候选事件 {1} 已不存在</translation>
    </message>
    <message>
        <source>reload the lists: they were changed elsewhere</source>
        <translation>请重新载入名单：它们已在别处被修改</translation>
    </message>
    <message>
        <source>write it as name@example.org, or leave it empty</source>
        <translation>请写成 name@example.org 的格式，或留空</translation>
    </message>
    <message>
        <source>this candidate has no code</source>
        <translation>这个候选事件没有编号</translation>
    </message>
    <message>
        <source>give every candidate a short code of its own, e.g. A01</source>
        <translation>请给每个候选事件一个简短而唯一的编号，例如 A01</translation>
    </message>
    <message>
        <source>the code {0} has a space or a separator inside</source>
        <translation>编号 {0} 中含有空格或分隔符</translation>
    </message>
    <message>
        <source>write the code as one word, e.g. A01, without spaces or {0}</source>
        <translation>编号请写成一个词，例如 A01，不含空格和 {0}</translation>
    </message>
    <message>
        <source>candidate {0} is in the selection already</source>
        <translation>候选事件 {0} 已在评选中</translation>
    </message>
    <message>
        <source>remove this row (codes are unique), or give the candidate a new code</source>
        <translation>请删除这一行（编号不能重复），或给这个候选事件换一个新编号</translation>
    </message>
    <message>
        <source>the code {0} is given to two candidates (rows {1} and {2})</source>
        <translation>编号 {0} 被两个候选事件使用（第 {1} 行和第 {2} 行）</translation>
    </message>
    <message>
        <source>give each candidate a code of its own</source>
        <translation>请给每个候选事件各自的编号</translation>
    </message>
    <message>
        <source>candidate {0} has no title</source>
        <translation>候选事件 {0} 没有标题</translation>
    </message>
    <message>
        <source>write the event&apos;s title in this cell</source>
        <translation>请在这个单元格填写事件标题</translation>
    </message>
    <message>
        <source>this expert has no name</source>
        <translation>这位专家没有姓名</translation>
    </message>
    <message>
        <source>write the expert&apos;s name in this cell</source>
        <translation>请在这个单元格填写专家姓名</translation>
    </message>
    <message>
        <source>expert {0} is in the selection already</source>
        <translation>专家 {0} 已在评选中</translation>
    </message>
    <message>
        <source>remove the experts already imported from the list</source>
        <translation>请从名单中删去已导入的专家</translation>
    </message>
    <message>
        <source>expert {0} is listed twice (rows {1} and {2})</source>
        <translation>专家 {0} 在名单中出现两次（第 {1} 行和第 {2} 行）</translation>
    </message>
    <message>
        <source>keep one row per expert; tell two experts of the same name apart, e.g. 张伟(北京) and 张伟(上海)</source>
        <translation>每位专家只保留一行；同名专家请加以区分，例如 张伟(北京) 和 张伟(上海)</translation>
    </message>
    <message>
        <source>tell two experts of the same name apart, e.g. 张伟(北京) and 张伟(上海)</source>
        <translation>同名专家请加以区分，例如 张伟(北京) 和 张伟(上海)</translation>
    </message>
    <message>
        <source>{0} is not an e-mail address</source>
        <translation>{0} 不是电子邮件地址</translation>
    </message>
    <message>
        <source>write it as name@example.org, or leave the cell empty</source>
        <translation>请写成 name@example.org 的格式，或让单元格留空</translation>
    </message>
    <message>
        <source>the recusal list names {0} twice</source>
        <translation>回避名单中 {0} 出现了两次</translation>
    </message>
    <message>
        <source>name each candidate code once</source>
        <translation>每个候选事件编号只写一次</translation>
    </message>
    <message>
        <source>expert {0} is recused from {1}, which is not a candidate code</source>
        <translation>专家 {0} 回避的 {1} 不是候选事件编号</translation>
    </message>
    <message>
        <source>correct the code, or import that candidate first</source>
        <translation>请改正编号，或先导入该候选事件</translation>
    </message>
    <message>
        <source>the first sheet is empty</source>
        <translation>第一个工作表是空的</translation>
    </message>
    <message>
        <source>the file has only blank rows</source>
        <translation>文件中只有空行</translation>
    </message>
    <message>
        <source>start with a header row ({0}), then one row per {1}</source>
        <translation>第一行为表头（{0}），之后每个{1}一行</translation>
    </message>
    <message>
        <source>the {0} column is missing</source>
        <translation>缺少 {0} 列</translation>
    </message>
    <message>
        <source>the {0} columns are missing</source>
        <translation>缺少 {0} 列</translation>
    </message>
    <message>
        <source>add a column headed {0}; a {1} list has the columns {2}</source>
        <translation>请添加表头为 {0} 的列；{1}名单的列为 {2}</translation>
    </message>
    <message>
        <source>the list has a header but no {0}s</source>
        <translation>名单只有表头，没有{0}</translation>
    </message>
    <message>
        <source>add one row per {0} below the header</source>
        <translation>请在表头下每个{0}填写一行</translation>
    </message>
    <message>
        <source>this cell is in a column without a header</source>
        <translation>这个单元格所在的列没有表头</translation>
    </message>
    <message>
        <source>give the column a header ({0}) or empty the cell</source>
        <translation>请给这一列加上表头（{0}），或清空这个单元格</translation>
    </message>
    <message>
        <source>the header cell holds a date or time ({0})</source>
        <translation>表头单元格中是日期或时间（{0}）</translation>
    </message>
    <message>
        <source>write the column&apos;s name there, e.g. 日期 or date</source>
        <translation>请在那里填写列名，例如 日期 或 date</translation>
    </message>
    <message>
        <source>unknown column {0}: this looks like a {1} list, not a {2} list</source>
        <translation>无法识别的列 {0}：这像是{1}名单，而不是{2}名单</translation>
    </message>
    <message>
        <source>give the {0} list here (columns {1}); the {2} list is imported on its own</source>
        <translation>这里请导入{0}名单（列：{1}）；{2}名单另行导入</translation>
    </message>
    <message>
        <source>unknown column {0}</source>
        <translation>无法识别的列 {0}</translation>
    </message>
    <message>
        <source>rename it to one of {0}, delete the column, or choose above what it holds; columns such as 序号, 备注, 手机 are read past</source>
        <translation>将列名改为 {0} 之一，或删除该列，或在上方选择该列的内容；序号、备注、手机等列不导入</translation>
    </message>
    <message>
        <source>the {0} {1} holds an invisible character ({2}) at position {3}</source>
        <translation>{0} {1} 的第 {3} 个字符是不可见字符（{2}）</translation>
    </message>
    <message>
        <source>retype the {0} in this cell: invisible characters come with text copied from web pages, PDFs or chats, and would make two entries that look the same</source>
        <translation>请在此单元格重新输入{0}：不可见字符常随从网页、PDF 或聊天软件复制的文字带入，会造成两条看起来相同的记录</translation>
    </message>
    <message>
        <source>no header row found in the first {0} rows: no row names the columns {1}</source>
        <translation>前 {0} 行中找不到表头：没有一行含有 {1} 列</translation>
    </message>
    <message>
        <source>add a header row above the list with the columns {0}</source>
        <translation>在清单上方加一行表头，列名为 {0}</translation>
    </message>
    <message>
        <source>two columns are headed {0}: {1} and {2}</source>
        <translation>有两列的表头都是 {0}：{1} 和 {2}</translation>
    </message>
    <message>
        <source>keep one of them and delete or rename the other</source>
        <translation>请保留其中一列，删除或重命名另一列</translation>
    </message>
    <message>
        <source>the cell holds a date or time ({0})</source>
        <translation>单元格中是日期或时间（{0}）</translation>
    </message>
    <message>
        <source>type the date as 2020-01-24</source>
        <translation>请按 2020-01-24 的格式填写日期</translation>
    </message>
    <message>
        <source>format the cell as Text and type the value</source>
        <translation>请把单元格设为“文本”格式后再填写</translation>
    </message>
    <message>
        <source>the {0} is {1} characters long; at most {2} are allowed</source>
        <translation>{0}有 {1} 个字符，最多允许 {2} 个</translation>
    </message>
    <message>
        <source>shorten it to at most {0} characters</source>
        <translation>请缩短到 {0} 个字符以内</translation>
    </message>
    <message>
        <source>a quoted cell starts in this row and its quote is never closed</source>
        <translation>这一行有以引号开头的单元格，但引号没有闭合</translation>
    </message>
    <message>
        <source>close the quote (&quot;) at the end of the cell; write a quote inside a cell as two quotes (&quot;&quot;)</source>
        <translation>请在单元格末尾补上引号（&quot;）；单元格内的引号请写成两个（&quot;&quot;）</translation>
    </message>
    <message>
        <source>this row cannot be read as CSV ({0})</source>
        <translation>这一行无法按 CSV 读取（{0}）</translation>
    </message>
    <message>
        <source>open the file in Excel and save it again as &apos;CSV UTF-8 (comma delimited)&apos;</source>
        <translation>请用 Excel 打开文件，另存为“CSV UTF-8（逗号分隔）”</translation>
    </message>
    <message>
        <source>this is a folder, not a list</source>
        <translation>这是文件夹，不是名单</translation>
    </message>
    <message>
        <source>give a .xlsx or .csv file</source>
        <translation>请选择 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>the file is too large ({0} MiB; at most {1})</source>
        <translation>文件太大（{0} MiB；最多 {1}）</translation>
    </message>
    <message>
        <source>check that this is the candidate or expert list; shorten the summaries if it is</source>
        <translation>请确认这是候选事件或专家名单；如果是，请缩短摘要</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>check the path and the file name</source>
        <translation>请检查路径和文件名</translation>
    </message>
    <message>
        <source>cannot read the file ({0})</source>
        <translation>无法读取文件（{0}）</translation>
    </message>
    <message>
        <source>check that it exists and can be read</source>
        <translation>请确认文件存在且可以读取</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>give a header row, then one row per entry</source>
        <translation>第一行为表头，之后每项一行</translation>
    </message>
    <message>
        <source>the file is named .xlsx but is not an Excel workbook</source>
        <translation>文件扩展名是 .xlsx，但不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>open it in Excel and save it as .xlsx (Excel Workbook) or as CSV UTF-8</source>
        <translation>请用 Excel 打开，另存为 .xlsx（Excel 工作簿）或 CSV UTF-8</translation>
    </message>
    <message>
        <source>this is an old binary Excel file (.xls)</source>
        <translation>这是旧版二进制 Excel 文件（.xls）</translation>
    </message>
    <message>
        <source>save it as .xlsx or as CSV UTF-8</source>
        <translation>请另存为 .xlsx 或 CSV UTF-8</translation>
    </message>
    <message>
        <source>the file cannot be opened as an Excel workbook (.xlsx)</source>
        <translation>文件无法作为 Excel 工作簿（.xlsx）打开</translation>
    </message>
    <message>
        <source>open it in Excel and save it again as .xlsx (Excel Workbook)</source>
        <translation>请用 Excel 打开，重新另存为 .xlsx（Excel 工作簿）</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>put the list on the first sheet</source>
        <translation>请把名单放在第一个工作表</translation>
    </message>
    <message>
        <source>the cell holds a formula ({0})</source>
        <translation>单元格中是公式（{0}）</translation>
    </message>
    <message>
        <source>replace the formula by its value (Paste Special › Values)</source>
        <translation>请把公式换成数值（选择性粘贴 › 数值）</translation>
    </message>
    <message>
        <source>the cell holds an error value ({0})</source>
        <translation>单元格中是错误值（{0}）</translation>
    </message>
    <message>
        <source>type the value in the cell, or leave it empty</source>
        <translation>请在单元格中填写数值，或留空</translation>
    </message>
    <message>
        <source>the file is not UTF-8 or GB18030 (GBK) text</source>
        <translation>文件不是 UTF-8 或 GB18030（GBK）编码的文本</translation>
    </message>
    <message>
        <source>in Excel choose Save As › &apos;CSV UTF-8 (comma delimited)&apos;, or save it as .xlsx</source>
        <translation>请在 Excel 中选择“另存为 › CSV UTF-8（逗号分隔）”，或另存为 .xlsx</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>这不是文本文件</translation>
    </message>
    <message>
        <source>give a .csv (CSV UTF-8) or .xlsx file</source>
        <translation>请选择 .csv（CSV UTF-8）或 .xlsx 文件</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>候选事件</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>recusals</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>候选事件</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <source>“{0}” (column {1})</source>
        <translation>“{0}”（第 {1} 列）</translation>
    </message>
    <message>
        <source>sheet “{0}”</source>
        <translation>工作表“{0}”</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <source>column {0}</source>
        <translation>第 {0} 列</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0}——{1}</translation>
    </message>
    <message>
        <source>{0} is refused for now: {1}</source>
        <translation>暂不能{0}：{1}</translation>
    </message>
    <message>
        <source>wait for the ballots, or go ahead and record the reason (the audit shows it)</source>
        <translation>请等待选票交回，或写明理由后继续（审计记录会载明）</translation>
    </message>
    <message>
        <source>the quorum is not met: {0} of {1} experts returned valid ballots, {2} needed</source>
        <translation>未达法定人数：{1} 位专家中 {0} 位交回有效票，至少需要 {2} 位</translation>
    </message>
    <message>
        <source>{0} experts ({1}) may still vote before the deadline {2}</source>
        <translation>{0} 位专家（{1}）在截止时间 {2} 前仍可投票</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0}，另有 {1} 个</translation>
    </message>
    <message>
        <source>the selection has no {0}, so there is nobody to send a package to or nothing to vote on</source>
        <translation>评选中还没有{0}，无人可发选票包或无事件可投</translation>
    </message>
    <message>
        <source>import them first on the Candidates and Experts pages</source>
        <translation>请先在“候选事件”和“专家”页导入</translation>
    </message>
    <message>
        <source>{0} suggested recusals are undecided ({1}{2}): an expert could vote on a candidate of their own unit</source>
        <translation>有 {0} 条建议回避尚未决定（{1}{2}）：专家可能为本单位的候选事件投票</translation>
    </message>
    <message>
        <source>decide them first on the Experts page: accept or reject each suggested recusal</source>
        <translation>请先在“专家”页逐条接受或驳回建议回避</translation>
    </message>
    <message>
        <source>this ballot cannot be cast: {0}</source>
        <translation>这张选票无法提交：{0}</translation>
    </message>
    <message>
        <source>change the vote</source>
        <translation>请修改投票</translation>
    </message>
    <message>
        <source>a ballot&apos;s revision is a whole number from 1</source>
        <translation>选票的版本号是从 1 起的整数</translation>
    </message>
    <message>
        <source>give a revision of 1 or more</source>
        <translation>请给出 1 或更大的版本号</translation>
    </message>
    <message>
        <source>counting a late ballot needs who decided and why</source>
        <translation>计入逾期选票须写明决定人和理由</translation>
    </message>
    <message>
        <source>deciding a held ballot needs who decided and why</source>
        <translation>处理待决定的选票须写明决定人和理由</translation>
    </message>
    <message>
        <source>write who decided and why</source>
        <translation>请填写决定人和理由</translation>
    </message>
    <message>
        <source>there is no late ballot of &apos;{0}&apos; in this stage</source>
        <translation>本阶段没有 {0} 的逾期选票</translation>
    </message>
    <message>
        <source>check the name against the register</source>
        <translation>请对照选票登记核对姓名</translation>
    </message>
    <message>
        <source>there is no ballot of &apos;{0}&apos; held for a decision in this stage</source>
        <translation>本阶段没有 {0} 待决定的选票</translation>
    </message>
    <message>
        <source>check the name against the register (status: needs a decision)</source>
        <translation>请对照选票登记（状态：待决定）核对姓名</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has {1} ballots held for a decision: {2}</source>
        <translation>{0} 有 {1} 张待决定的选票：{2}</translation>
    </message>
    <message>
        <source>choose one of them</source>
        <translation>请选择其中一张</translation>
    </message>
    <message>
        <source>ballot {0} is not a held ballot of &apos;{1}&apos; (held: {2})</source>
        <translation>第 {0} 张不是 {1} 待决定的选票（待决定：{2}）</translation>
    </message>
    <message>
        <source>choose one of those ballots</source>
        <translation>请选择其中一张</translation>
    </message>
    <message>
        <source>the two typings disagree in {0} places: {1}</source>
        <translation>两次录入有 {0} 处不一致：{1}</translation>
    </message>
    <message>
        <source>check those cells against the paper ballots, correct the typing, and collect again</source>
        <translation>请对照纸质选票核对这些格，改正录入后重新收集</translation>
    </message>
    <message>
        <source>the matrix has columns for candidates that are not in this stage: {0}</source>
        <translation>汇总表中有不属于本阶段的候选事件列：{0}</translation>
    </message>
    <message>
        <source>remove those columns, or import the candidates first</source>
        <translation>请删去这些列，或先导入这些候选事件</translation>
    </message>
    <message>
        <source>rows naming no expert of this selection: {0} of {1} (the first: &apos;{2}&apos;); 0 counted, {3} refused: not an expert of this selection</source>
        <translation>不是本评选专家的行：共 {1} 行中有 {0} 行（第一个：“{2}”）；计入 0 行，拒收 {3} 行：不是本评选的专家</translation>
    </message>
    <message>
        <source>check that this is the ballot matrix of this selection&apos;s experts, its first column naming them as the expert list does; correct or remove those rows</source>
        <translation>请确认这是本评选专家的选票汇总表，且第一列的专家名称与专家名单一致；请更正或删去这些行</translation>
    </message>
    <message>
        <source>the rules weigh no panel &apos;{0}&apos; (they count: {1})</source>
        <translation>规则中没有名为 {0} 的来源（计入的来源：{1}）</translation>
    </message>
    <message>
        <source>choose one of those sources, or set weighted sources on the Rules page</source>
        <translation>请选用其中一个来源，或在“规则”页设置加权来源</translation>
    </message>
    <message>
        <source>there is no open tie: every seat is settled</source>
        <translation>没有未破的平票：所有席位均已确定</translation>
    </message>
    <message>
        <source>nothing to settle</source>
        <translation>无需破平</translation>
    </message>
    <message>
        <source>a runoff needs exactly one open tie</source>
        <translation>加投只能针对恰好一组未破的平票</translation>
    </message>
    <message>
        <source>settle the other ties first</source>
        <translation>请先破除其他平票</translation>
    </message>
    <message>
        <source>the seed&apos;s source is empty</source>
        <translation>未填写随机种子的来源</translation>
    </message>
    <message>
        <source>say where the seed will come from, e.g. 福彩3D 2020-12-31 开奖号码</source>
        <translation>请写明种子将取自何处，例如：福彩3D 2020-12-31 开奖号码</translation>
    </message>
    <message>
        <source>the seed text is empty</source>
        <translation>未填写随机种子</translation>
    </message>
    <message>
        <source>give the public seed text, e.g. the announced lottery number</source>
        <translation>请填写公开的种子，例如公布的彩票开奖号码</translation>
    </message>
    <message>
        <source>a lot draw needs who drew it</source>
        <translation>抽签须写明抽签人</translation>
    </message>
    <message>
        <source>write who drew it</source>
        <translation>请填写抽签人</translation>
    </message>
    <message>
        <source>no source of the seed is recorded for this draw</source>
        <translation>本次抽签尚未登记种子的来源</translation>
    </message>
    <message>
        <source>first record where the seed will come from; once the seed is known, draw the lot with it</source>
        <translation>请先登记种子的来源；种子公布后，再用它抽签</translation>
    </message>
    <message>
        <source>the tie among {0} was settled by a lot already, so a second draw needs a reason</source>
        <translation>{0} 之间的平票已抽签决定，再次抽签须写明理由</translation>
    </message>
    <message>
        <source>write the reason (both draws stay in the audit), after recording the new seed&apos;s source</source>
        <translation>请登记新种子的来源后写明理由（两次抽签都留在审计记录中）</translation>
    </message>
    <message>
        <source>a chair&apos;s decision needs who decided and why</source>
        <translation>主席决定须写明决定人和理由</translation>
    </message>
    <message>
        <source>{0} is not an open tie</source>
        <translation>{0} 不是一组未破的平票</translation>
    </message>
    <message>
        <source>order exactly the candidates of the open tie, each once: {0}</source>
        <translation>请对未破平票中的候选事件逐一排序，每个一次：{0}</translation>
    </message>
    <message>
        <source>give the folder of the runoff&apos;s ballot matrices</source>
        <translation>请给出存放加投选票汇总表的文件夹</translation>
    </message>
    <message>
        <source>choose the folder</source>
        <translation>请选择文件夹</translation>
    </message>
    <message>
        <source>the folder holds no ballot matrix (.csv, .xlsx)</source>
        <translation>该文件夹中没有选票汇总表（.csv、.xlsx）</translation>
    </message>
    <message>
        <source>put the runoff&apos;s ballots there</source>
        <translation>请把加投选票放入该文件夹</translation>
    </message>
    <message>
        <source>rules version {0} is locked ({1}), so a change needs a recorded reason</source>
        <translation>第 {0} 版规则已锁定（{1}），修改须记录理由</translation>
    </message>
    <message>
        <source>write the reason and who decided: the change is then a new, logged version; issued packages of the old version are refused</source>
        <translation>请填写理由和决定人：修改将成为新的一版并记入日志；按旧版规则发出的选票包将被拒收</translation>
    </message>
    <message>
        <source>unknown over-vote rule &apos;{0}&apos;</source>
        <translation>未知的超选处理规则 {0}</translation>
    </message>
    <message>
        <source>unknown publication order &apos;{0}&apos;</source>
        <translation>未知的公布顺序 {0}</translation>
    </message>
    <message>
        <source>the notice&apos;s contact must be one line of at most {0} characters</source>
        <translation>公示的联系方式须为一行，至多 {0} 个字符</translation>
    </message>
    <message>
        <source>give the office, a telephone number and an e-mail address on one line</source>
        <translation>请在一行内写明办公室、电话和电子邮箱</translation>
    </message>
    <message>
        <source>the objection period&apos;s end &apos;{0}&apos; is not a date</source>
        <translation>公示截止日期 {0} 不是有效日期</translation>
    </message>
    <message>
        <source>write it as 2021-01-11</source>
        <translation>请写成 2021-01-11 的形式</translation>
    </message>
    <message>
        <source>the {0} decision orders {1} but the tie is among {2}</source>
        <translation>{0}的决定排列了 {1}，但平票发生在 {2} 之间</translation>
    </message>
    <message>
        <source>record the decision again, ordering exactly the tied candidates, each once</source>
        <translation>请重新记录决定，对平票的候选事件逐一排序，每个一次</translation>
    </message>
    <message>
        <source>the selection has no candidates yet</source>
        <translation>评选中还没有候选事件</translation>
    </message>
    <message>
        <source>import them on the Candidates page</source>
        <translation>请在“候选事件”页导入</translation>
    </message>
    <message>
        <source>a demo selection exists in this folder already</source>
        <translation>该文件夹中已有示例评选</translation>
    </message>
    <message>
        <source>delete it, or choose another folder</source>
        <translation>请删除它，或另选文件夹</translation>
    </message>
    <message>
        <source>the saved draft is damaged</source>
        <translation>保存的草稿已损坏</translation>
    </message>
    <message>
        <source>the saved draft cannot be read ({0})</source>
        <translation>无法读取保存的草稿（{0}）</translation>
    </message>
    <message>
        <source>vote again</source>
        <translation>请重新投票</translation>
    </message>
    <message>
        <source>the introduction has {0} characters, more than {1}</source>
        <translation>编者导语有 {0} 个字符，超过 {1} 个</translation>
    </message>
    <message>
        <source>shorten it: the introduction leads the article, the events follow</source>
        <translation>请精简：导语在前，事件在后</translation>
    </message>
    <message>
        <source>the introduction holds control characters</source>
        <translation>编者导语中有控制字符</translation>
    </message>
    <message>
        <source>paste it as plain text</source>
        <translation>请以纯文本粘贴</translation>
    </message>
    <message>
        <source>the tie among {0} is open, so the announcement would print an unsettled list</source>
        <translation>{0} 之间的平票尚未破除，公告将列出未定的名单</translation>
    </message>
    <message>
        <source>settle it first on the Results page (lot draw, chair&apos;s decision or runoff), then export the announcement</source>
        <translation>请先在“结果”页破平（抽签、主席决定或加投），再导出公告</translation>
    </message>
    <message>
        <source>no seat is settled yet, so there is nothing to announce</source>
        <translation>尚无确定的席位，无可公告</translation>
    </message>
    <message>
        <source>collect the ballots first</source>
        <translation>请先收集选票</translation>
    </message>
    <message>
        <source>the 公示 notice needs the objection period&apos;s end and a contact</source>
        <translation>公示须有截止日期和联系方式</translation>
    </message>
    <message>
        <source>set them on the Rules page</source>
        <translation>请在“规则”页设置</translation>
    </message>
    <message>
        <source>the folder {0} does not exist</source>
        <translation>文件夹 {0} 不存在</translation>
    </message>
    <message>
        <source>create it, or choose another</source>
        <translation>请创建它，或另选一个</translation>
    </message>
    <message>
        <source>{0} ballots do not fit in one worksheet</source>
        <translation>{0} 张选票超出一个工作表的容量</translation>
    </message>
    <message>
        <source>nothing has been published from this stage yet, so there is nothing to verify against</source>
        <translation>本阶段尚未发布任何结果，无可核验</translation>
    </message>
    <message>
        <source>export the results first</source>
        <translation>请先导出结果</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>check the path</source>
        <translation>请检查路径</translation>
    </message>
    <message>
        <source>this SQLite file is not a Top10 Panel selection</source>
        <translation>这个 SQLite 文件不是 Top10 Panel 的评选文件</translation>
    </message>
    <message>
        <source>open a .t10 file made by Top10 Panel</source>
        <translation>请打开由 Top10 Panel 制作的 .t10 文件</translation>
    </message>
    <message>
        <source>the selection file is damaged ({0})</source>
        <translation>评选文件已损坏（{0}）</translation>
    </message>
    <message>
        <source>the selection file is busy: another program is writing it, and nothing was changed</source>
        <translation>评选文件正被另一个程序写入，没有做任何改动</translation>
    </message>
    <message>
        <source>wait until it has finished, then try again</source>
        <translation>请等它写完后再试一次</translation>
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
        <source>the selection file is damaged</source>
        <translation>评选文件已损坏</translation>
    </message>
    <message>
        <source>restore it from a backup copy</source>
        <translation>请从备份恢复</translation>
    </message>
    <message>
        <source>the file or its folder cannot be written here, so nothing was changed</source>
        <translation>这个文件或它所在的文件夹在这里不能写入，没有做任何改动</translation>
    </message>
    <message>
        <source>copy the selection to a folder you can write (not a CD or a locked USB stick), then open the copy</source>
        <translation>请把评选文件复制到一个可以写入的文件夹（不要用光盘或写保护的U盘），再打开这份副本</translation>
    </message>
    <message>
        <source>the disk reported an error, so nothing was changed</source>
        <translation>磁盘报告了一个错误，没有做任何改动</translation>
    </message>
    <message>
        <source>check the disk or the USB stick, then try again</source>
        <translation>请检查磁盘或U盘，然后再试一次</translation>
    </message>
    <message>
        <source>a change to the selection file was interrupted and must be undone, but the file cannot be written here</source>
        <translation>评选文件上次的一次修改被中断，需要撤销，但这个文件在这里不能写入</translation>
    </message>
    <message>
        <source>copy the file together with its -journal file to a folder you can write, then open the copy</source>
        <translation>请把这个文件连同它旁边的 -journal 文件一起复制到一个可以写入的文件夹，再打开这份副本</translation>
    </message>
    <message>
        <source>the results are recorded, but {0} could not be put in place (open in another program?)</source>
        <translation>结果已经记录，但 {0} 没能放到位（是否正在别的程序中打开？）</translation>
    </message>
    <message>
        <source>close it there, then run verify or export again, which puts it in place</source>
        <translation>请在那个程序中关闭它，然后再核验或导出一次，文件就会放到位</translation>
    </message>
    <message>
        <source>this is not a Top10 Panel selection file</source>
        <translation>这不是 Top10 Panel 的评选文件</translation>
    </message>
    <message>
        <source>open a .t10 file</source>
        <translation>请打开 .t10 文件</translation>
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
        <source>this is not a {0}</source>
        <translation>这不是{0}</translation>
    </message>
    <message>
        <source>give a {0} made by Top10 Panel</source>
        <translation>请给出由 Top10 Panel 制作的{0}</translation>
    </message>
    <message>
        <source>this {0} is of format version {1}, which this version does not read</source>
        <translation>这个{0}的格式版本为 {1}，本版本无法读取</translation>
    </message>
    <message>
        <source>update Top10 Panel</source>
        <translation>请升级 Top10 Panel</translation>
    </message>
    <message>
        <source>the file is too large for a {0}</source>
        <translation>文件太大，不是{0}</translation>
    </message>
    <message>
        <source>give the {0} as it was made</source>
        <translation>请给出原样的{0}</translation>
    </message>
    <message>
        <source>this is a folder, not a {0}</source>
        <translation>这是文件夹，不是{0}</translation>
    </message>
    <message>
        <source>give the {0} file</source>
        <translation>请给出{0}文件</translation>
    </message>
    <message>
        <source>this is not a readable {0} (damaged or cut short)</source>
        <translation>这不是可读的{0}（已损坏或不完整）</translation>
    </message>
    <message>
        <source>ask for the {0} again</source>
        <translation>请重新索取{0}</translation>
    </message>
    <message>
        <source>the ballot package is incomplete or damaged</source>
        <translation>选票包不完整或已损坏</translation>
    </message>
    <message>
        <source>ask the editors for a new package</source>
        <translation>请向评选组织方索取新的选票包</translation>
    </message>
    <message>
        <source>this is not a Top10 Panel ballot form</source>
        <translation>这不是 Top10 Panel 的 Excel 选票</translation>
    </message>
    <message>
        <source>give the ballot form the editors sent (an ordinary workbook or ballot matrix is imported otherwise)</source>
        <translation>请给出组织方发出的 Excel 选票（普通工作簿或选票汇总表另行导入）</translation>
    </message>
    <message>
        <source>the ballot form has no sheet &apos;{0}&apos;</source>
        <translation>Excel 选票中没有工作表 {0}</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx)</source>
        <translation>这不是 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>give the ballot form (.xlsx) as filled in</source>
        <translation>请给出填好的 Excel 选票（.xlsx）</translation>
    </message>
    <message>
        <source>the hidden part of the ballot form is damaged</source>
        <translation>Excel 选票的隐藏部分已损坏</translation>
    </message>
    <message>
        <source>this ballot form is of format version {0}, which this version does not read</source>
        <translation>这张 Excel 选票的格式版本为 {0}，本版本无法读取</translation>
    </message>
    <message>
        <source>the cell holds a date or time ({0}), not a vote</source>
        <translation>该单元格是日期或时间（{0}），不是投票</translation>
    </message>
    <message>
        <source>format the cell as General and type the vote again</source>
        <translation>请把单元格格式设为“常规”，重新填写投票</translation>
    </message>
    <message>
        <source>the candidate table was changed: this row should hold candidate &apos;{0}&apos; but holds {1}</source>
        <translation>候选事件表被改动：这一行应是候选事件 {0}，实为 {1}</translation>
    </message>
    <message>
        <source>the candidate table was changed: this row below the last candidate is filled in</source>
        <translation>候选事件表被改动：最后一个候选事件下方的行被填写</translation>
    </message>
    <message>
        <source>the ballot form does not agree with itself: its sheet shows {0} {1}, its protected part holds &apos;{2}&apos;</source>
        <translation>Excel 选票前后不一致：表上显示 {0} {1}，受保护部分记录的是 {2}</translation>
    </message>
    <message>
        <source>give the form exactly as the editors sent it to this expert, or ask them for a new one</source>
        <translation>请原样提交组织方发给这位专家的选票，或向组织方索取新的选票</translation>
    </message>
    <message>
        <source>the selection has no candidates</source>
        <translation>评选中没有候选事件</translation>
    </message>
    <message>
        <source>import the candidates before issuing ballot forms</source>
        <translation>请先导入候选事件，再发出 Excel 选票</translation>
    </message>
    <message>
        <source>the {0} {1} holds control characters, which a workbook cannot store</source>
        <translation>{0} {1} 中有控制字符，工作簿无法保存</translation>
    </message>
    <message>
        <source>correct the {0} in the selection</source>
        <translation>请在评选中改正该{0}</translation>
    </message>
    <message>
        <source>the file is named {0} but is not an Excel workbook</source>
        <translation>文件名为 {0}，但不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>open it in Excel, WPS or LibreOffice and save it again as .xlsx (Excel Workbook)</source>
        <translation>请用 Excel、WPS 或 LibreOffice 打开，另存为 .xlsx（Excel 工作簿）</translation>
    </message>
    <message>
        <source>the {0} workbook is protected by a password</source>
        <translation>{0}工作簿设有密码</translation>
    </message>
    <message>
        <source>open it, remove the password and save it again</source>
        <translation>请打开它，去掉密码后重新保存</translation>
    </message>
    <message>
        <source>the {0} file cannot be read ({1})</source>
        <translation>无法读取{0}文件（{1}）</translation>
    </message>
    <message>
        <source>the matrix has no ballots</source>
        <translation>汇总表中没有选票</translation>
    </message>
    <message>
        <source>the first column is headed &apos;{0}&apos;, not &apos;expert&apos;</source>
        <translation>第一列的表头是 {0}，不是“专家”</translation>
    </message>
    <message>
        <source>head the first column &apos;expert&apos; (or 专家) and put one candidate code above each other column</source>
        <translation>请把第一列的表头写成“专家”，其余各列表头各写一个候选事件编号</translation>
    </message>
    <message>
        <source>there are no candidate columns</source>
        <translation>没有候选事件列</translation>
    </message>
    <message>
        <source>add one column per candidate, headed by its code</source>
        <translation>请为每个候选事件加一列，表头写其编号</translation>
    </message>
    <message>
        <source>this ballot has no expert</source>
        <translation>这张选票没有专家姓名</translation>
    </message>
    <message>
        <source>a candidate column has no code in the header</source>
        <translation>有一个候选事件列的表头没有编号</translation>
    </message>
    <message>
        <source>candidate &apos;{0}&apos; has two columns ({1} and {2})</source>
        <translation>候选事件 {0} 有两列（{1} 和 {2}）</translation>
    </message>
    <message>
        <source>keep one column per candidate: merge or delete the duplicate</source>
        <translation>每个候选事件只保留一列：请合并或删除重复的列</translation>
    </message>
    <message>
        <source>expert &apos;{0}&apos; has two ballots (rows {1} and {2})</source>
        <translation>专家 {0} 有两张选票（第 {1} 行和第 {2} 行）</translation>
    </message>
    <message>
        <source>keep one row per expert: delete or rename the duplicate</source>
        <translation>每位专家只保留一行：请删除或改名重复的行</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV ({0})</source>
        <translation>无法按 CSV 读取该文件（{0}）</translation>
    </message>
    <message>
        <source>save it again as CSV UTF-8 or as .xlsx</source>
        <translation>请另存为 CSV UTF-8 或 .xlsx</translation>
    </message>
    <message>
        <source>this row has {0} cells but the header has {1}</source>
        <translation>这一行有 {0} 格，但表头有 {1} 格</translation>
    </message>
    <message>
        <source>give every row one cell per header column (an empty cell is fine)</source>
        <translation>每一行的格数须与表头列数相同（可以留空）</translation>
    </message>
    <message>
        <source>put the ballot matrix on the first sheet</source>
        <translation>请把选票汇总表放在第一个工作表</translation>
    </message>
    <message>
        <source>the first row is empty</source>
        <translation>第一行是空的</translation>
    </message>
    <message>
        <source>start the sheet with the header row: expert, then candidate codes</source>
        <translation>工作表第一行应为表头：专家，然后是候选事件编号</translation>
    </message>
    <message>
        <source>format the cell as a number or text and type the vote</source>
        <translation>请把单元格格式设为数字或文本，再填写投票</translation>
    </message>
    <message>
        <source>this row has cells beyond the last headed column</source>
        <translation>这一行在最后一个有表头的列之后还有内容</translation>
    </message>
    <message>
        <source>give each of these cells a header, or delete it</source>
        <translation>请为这些格加上表头，或删除它们</translation>
    </message>
    <message>
        <source>this workbook has no result sheet (结果 / Result): it is not a results workbook</source>
        <translation>这个工作簿没有结果表（结果 / Result）：它不是结果工作簿</translation>
    </message>
    <message>
        <source>give the results workbook exported by Top10 Panel</source>
        <translation>请给出 Top10 Panel 导出的结果工作簿</translation>
    </message>
    <message>
        <source>the sheet &apos;{0}&apos; is missing</source>
        <translation>缺少工作表 {0}</translation>
    </message>
    <message>
        <source>no font with Chinese glyphs was found for the PDF report</source>
        <translation>找不到可用于 PDF 报告的中文字体</translation>
    </message>
    <message>
        <source>from the expert list</source>
        <translation>据专家名单</translation>
    </message>
    <message>
        <source>unknown rules {0}</source>
        <translation>未知的规则 {0}</translation>
    </message>
    <message>
        <source>this file was made by a newer version; update the app</source>
        <translation>此文件由更新的版本制作，请升级本软件</translation>
    </message>
    <message>
        <source>the rules name no known vote mode ({0})</source>
        <translation>规则中没有已知的投票方式（{0}）</translation>
    </message>
    <message>
        <source>the file is damaged; restore a backup</source>
        <translation>文件已损坏，请从备份恢复</translation>
    </message>
    <message>
        <source>{0}; add, delete or move no rows</source>
        <translation>{0}；不要增加、删除或移动行</translation>
    </message>
    <message>
        <source>fill in the ballot form as the editors sent it, or ask them for a new one</source>
        <translation>请在组织方发来的 Excel 选票上原样填写，或向组织方索取新的选票</translation>
    </message>
    <message>
        <source>this is a folder, not {0}</source>
        <translation>这是文件夹，不是{0}</translation>
    </message>
    <message>
        <source>publish the count without the ballots sheet: the matrix file itself is the ballots sheet</source>
        <translation>请发布不含选票表的计票结果：汇总表文件本身就是选票表</translation>
    </message>
    <message>
        <source>publish the count without the ballots sheet; keep the public vote&apos;s own file beside the workbook</source>
        <translation>请发布不含选票表的计票结果，并把公众投票的原文件与工作簿放在一起</translation>
    </message>
    <message>
        <source>the tie-break chain ends in a lot draw, which needs the public seed text</source>
        <translation>破平规则以抽签结束，须有公开的随机种子</translation>
    </message>
    <message>
        <source>give the public seed text (e.g. the announced lottery number), or drop the lot draw from the tie-break rules</source>
        <translation>请填写公开的种子（例如公布的彩票开奖号码），或从破平规则中去掉抽签</translation>
    </message>
    <message>
        <source>{0}={1} is not a font the report can embed with Chinese glyphs</source>
        <translation>{0}={1} 不是报告可嵌入的中文字体</translation>
    </message>
    <message>
        <source>point {0} at an existing .ttf, .otf or .ttc font with Chinese glyphs, or unset it</source>
        <translation>请把 {0} 指向一个含中文字形的 .ttf、.otf 或 .ttc 字体文件，或取消该设置</translation>
    </message>
    <message>
        <source>start with a header row, then one row per {0}</source>
        <translation>第一行写表头，其下每行一个{0}</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheets are empty</source>
        <translation>工作簿的各工作表都是空的</translation>
    </message>
    <message>
        <source>the rules are locked ({0}), so a change needs a recorded reason</source>
        <translation>规则已锁定（{0}），修改须记录理由</translation>
    </message>
    <message>
        <source>give the reason; the change is then a new version on record</source>
        <translation>请填写理由；修改将作为新的一版记录在案</translation>
    </message>
    <message>
        <source>the column is headed by {0} characters, too many for a candidate code (at most {1})</source>
        <translation>该列的表头有 {0} 个字符，候选编号不会这么长（最多 {1} 个）</translation>
    </message>
    <message>
        <source>head each column by a candidate&apos;s code (E01), or by code and criterion (E01:创新性)</source>
        <translation>请在每列表头写候选编号（如 E01），或编号加评分维度（如 E01:创新性）</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date: there is no year 0</source>
        <translation>“{0}”不是日期：没有 0 年</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date: there is no month {1}</source>
        <translation>“{0}”不是日期：没有 {1} 月</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date: {1}-{2} has no day {3}</source>
        <translation>“{0}”不是日期：{1} 年 {2} 月没有 {3} 日</translation>
    </message>
    <message>
        <source>write the day as it happened, e.g. 2020-01-24 or 2020年1月24日</source>
        <translation>请填写事件发生的实际日期，例如 2020-01-24 或 2020年1月24日</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>settling the tie</source>
        <translation>破平</translation>
    </message>
    <message>
        <source>packages issued</source>
        <translation>已发出选票包</translation>
    </message>
    <message>
        <source>ballots counted</source>
        <translation>已计入选票</translation>
    </message>
    <message>
        <source>candidates and no experts</source>
        <translation>候选事件，也没有专家</translation>
    </message>
    <message>
        <source>ballot file</source>
        <translation>选票文件</translation>
    </message>
    <message>
        <source>ballot package</source>
        <translation>选票包</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>runoff</source>
        <translation>加投</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>抽签</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>a ballot form</source>
        <translation>Excel 选票</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>a ballot matrix</source>
        <translation>选票汇总表</translation>
    </message>
    <message>
        <source>a results workbook</source>
        <translation>结果工作簿</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>the typing has no column for {0}</source>
        <translation>录入表中没有 {0} 列</translation>
    </message>
    <message>
        <source>check its header row</source>
        <translation>请检查表头行</translation>
    </message>
    <message>
        <source>the typing has no row for {0}</source>
        <translation>录入表中没有 {0} 行</translation>
    </message>
    <message>
        <source>check its first column</source>
        <translation>请检查第一列</translation>
    </message>
    <message>
        <source>the first row is not a ballot matrix&apos;s header (expert, then codes)</source>
        <translation>第一行不是选票汇总表的表头（专家，然后是候选事件编号）</translation>
    </message>
    <message>
        <source>correct the cells in Excel or WPS</source>
        <translation>请在 Excel 或 WPS 中改正这些单元格</translation>
    </message>
    <message>
        <source>correct the cells in the program that made the file</source>
        <translation>请在制作该文件的程序中改正这些单元格</translation>
    </message>
    <message>
        <source>only an .xlsx or .csv typing can be corrected here</source>
        <translation>这里只能改正 .xlsx 或 .csv 录入表</translation>
    </message>
    <message>
        <source>{0} waits: the runoff {1} among {2} is in progress</source>
        <translation>{0}须等待：{2} 之间的加投 {1} 正在进行</translation>
    </message>
    <message>
        <source>collect its ballots and count it first on the Results page, or settle its own tie</source>
        <translation>请先在“结果”页收集并计算加投选票，或破除其自身的平局</translation>
    </message>
    <message>
        <source>no runoff is in progress</source>
        <translation>没有正在进行的加投</translation>
    </message>
    <message>
        <source>start one for the open tie first on the Results page</source>
        <translation>请先在“结果”页为未破的平票发起加投</translation>
    </message>
    <message>
        <source>{0} is not a criterion with its weight</source>
        <translation>{0} 不是“指标=权重”的写法</translation>
    </message>
    <message>
        <source>give the criteria as e.g. 创新性 40%, 影响力 40%, 代表性 20%</source>
        <translation>请按如下写法给出指标：创新性 40%，影响力 40%，代表性 20%</translation>
    </message>
    <message>
        <source>the weight {0} is not a percentage</source>
        <translation>权重 {0} 不是百分数</translation>
    </message>
    <message>
        <source>write each weight as a percentage, e.g. 40</source>
        <translation>请把每个权重写成百分数，例如 40</translation>
    </message>
    <message>
        <source>the weight of the criterion {0} is not a number ({1})</source>
        <translation>指标“{0}”的权重不是数字（{1}）</translation>
    </message>
    <message>
        <source>type a percentage such as 40</source>
        <translation>请填写百分数，例如 40</translation>
    </message>
    <message>
        <source>a criterion has no name</source>
        <translation>有一项指标没有名称</translation>
    </message>
    <message>
        <source>name every criterion, e.g. 创新性</source>
        <translation>请为每项指标命名，例如“创新性”</translation>
    </message>
    <message>
        <source>the criterion name {0} holds a colon, a comma or an equals sign</source>
        <translation>指标名称“{0}”含有冒号、逗号或等号</translation>
    </message>
    <message>
        <source>name the criterion without them</source>
        <translation>请去掉这些符号后再命名</translation>
    </message>
    <message>
        <source>the criterion {0} is named twice</source>
        <translation>指标“{0}”重复出现</translation>
    </message>
    <message>
        <source>name each criterion once</source>
        <translation>每项指标只列一次</translation>
    </message>
    <message>
        <source>a single criterion is the score itself</source>
        <translation>只有一项指标，就等于直接评分</translation>
    </message>
    <message>
        <source>give at least two criteria, or score each candidate without criteria</source>
        <translation>请至少设两项指标，或不设指标直接评分</translation>
    </message>
    <message>
        <source>every criterion needs a weight above 0%</source>
        <translation>每项指标的权重都须大于 0%</translation>
    </message>
    <message>
        <source>give each criterion a positive weight</source>
        <translation>请给每项指标一个大于 0 的权重</translation>
    </message>
    <message>
        <source>the criteria weights add up to {0}, not 100%</source>
        <translation>各指标权重之和为 {0}，不是 100%</translation>
    </message>
    <message>
        <source>make the weights add up to 100%, e.g. 创新性 40%, 影响力 40%, 代表性 20%</source>
        <translation>请使权重之和为 100%，例如：创新性 40%，影响力 40%，代表性 20%</translation>
    </message>
    <message>
        <source>the column {0} names no criterion</source>
        <translation>列“{0}”没有写明指标</translation>
    </message>
    <message>
        <source>head each column with the candidate&apos;s number, {0} and the criterion, e.g. {1}</source>
        <translation>每列的列名应为“候选编号{0}指标”，例如 {1}</translation>
    </message>
    <message>
        <source>the column {0} names the criterion {1}, which the rules do not have</source>
        <translation>列“{0}”写的指标“{1}”不在规则之中</translation>
    </message>
    <message>
        <source>use the criteria of the rules: {0}</source>
        <translation>请使用规则中的指标：{0}</translation>
    </message>
    <message>
        <source>the candidate {0} has no column for {1}</source>
        <translation>候选事件 {0} 缺少“{1}”这一列</translation>
    </message>
    <message>
        <source>add the column {0}</source>
        <translation>请添加列 {0}</translation>
    </message>
    <message>
        <source>criteria and normalisation are for score ballots</source>
        <translation>评分指标和标准化只适用于评分投票</translation>
    </message>
    <message>
        <source>choose the score mode, or turn them off</source>
        <translation>请选择评分投票，或关闭这两项</translation>
    </message>
    <message>
        <source>unknown normalisation {0}</source>
        <translation>未知的标准化方式 {0}</translation>
    </message>
    <message>
        <source>the z normalisation is a mean of standardised scores; it does not go with the {0}</source>
        <translation>z 标准化是标准分的平均，不能与{0}同用</translation>
    </message>
    <message>
        <source>count by the mean score to normalise harsh and lenient experts</source>
        <translation>要校正打分偏严或偏宽的专家，请按平均分计票</translation>
    </message>
    <message>
        <source>the z normalisation and weighted sources cannot be combined</source>
        <translation>z 标准化不能与多来源加权同时使用</translation>
    </message>
    <message>
        <source>turn off the normalisation or the weighted sources</source>
        <translation>请关闭标准化或多来源加权</translation>
    </message>
</context>
<context>
    <name>ExpertsPage</name>
    <message numerus="yes">
        <source>%n expert(s)</source>
        <translation>
            <numerusform>共 %n 位专家</numerusform>
        </translation>
    </message>
    <message>
        <source>Ballot packages are issued, so the experts and their recusals are locked. A change now needs a new version of the rules (Rules page) and new packages for every expert.</source>
        <translation>选票包已发出，专家名单和回避已锁定。如需修改，须先在“规则”页建立新版本规则，再为每位专家重新发出选票包。</translation>
    </message>
    <message>
        <source>Ballots are counted, so experts can no longer be added, removed or renamed, nor their recusals changed; an affiliation or an e-mail address may still be corrected.</source>
        <translation>已有选票计入，专家不能再增加、删除或改名，回避也不能再更改；工作单位和电子邮箱仍可更正。</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>The panel who votes. Import it from an Excel or CSV list (columns 姓名/name, 单位/affiliation, 邮箱/email, 回避/recuse with candidate codes) or drop the file here; double-click a cell to correct it. Import the candidates first, so that recusals can name them.</source>
        <translation>参加投票的评审专家。可从 Excel 或 CSV 名单导入（列：姓名、单位、邮箱、回避——填候选事件编号），也可把文件直接拖到这里；双击单元格即可修改。请先导入候选事件，回避才能对应到事件。</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>导入名单…</translation>
    </message>
    <message>
        <source>Add expert</source>
        <translation>添加专家</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>edit {0}</source>
        <translation>修改 {0}</translation>
    </message>
    <message>
        <source>New expert</source>
        <translation>新专家</translation>
    </message>
    <message>
        <source>add {0}</source>
        <translation>添加 {0}</translation>
    </message>
    <message>
        <source>remove {0}</source>
        <translation>删除 {0}</translation>
    </message>
    <message>
        <source>Import experts</source>
        <translation>导入专家</translation>
    </message>
    <message>
        <source>Expert lists ({0})</source>
        <translation>专家名单 ({0})</translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 位专家。</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} recusals suggested: review them in the matrix.</source>
        <translation>系统建议了 {0} 项回避，请在回避表中确认。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import experts from {0}</source>
        <translation>从 {0} 导入专家</translation>
    </message>
    <message numerus="yes">
        <source>Import %n expert(s)</source>
        <translation>
            <numerusform>导入 %n 位专家</numerusform>
        </translation>
    </message>
    <message>
        <source>Experts the import would add:</source>
        <translation>将要导入的专家：</translation>
    </message>
    <message>
        <source>Import candidates from {0}</source>
        <translation>从 {0} 导入候选事件</translation>
    </message>
    <message numerus="yes">
        <source>Import %n candidate(s)</source>
        <translation>
            <numerusform>导入 %n 个候选事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidates the import would add:</source>
        <translation>将要导入的候选事件：</translation>
    </message>
    <message>
        <source>Problems, by row:</source>
        <translation>问题（按行列出）：</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in {0}. Nothing is imported until the list is fixed: correct these rows in the file, save it, and import it again. The selection has not been changed.</source>
        <translation>
            <numerusform>{0} 中有 %n 处问题。名单改正之前不会导入任何内容：请在文件中改正这些行，保存后重新导入。评选文件没有任何改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list adds nothing.</source>
        <translation>这份名单没有可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are ready to import from {0}. Nothing is written until you press Import.</source>
        <translation>
            <numerusform>{0} 中的 %n 行可以导入。按“导入”之前不会写入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recusal(s) will be suggested where an expert&apos;s affiliation is a candidate&apos;s source; accept or reject them in the recusal matrix.</source>
        <translation>
            <numerusform>专家单位与候选事件来源相同之处，将建议 %n 项回避；请在回避表中确认或驳回。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <source>Folder for the ballot packages</source>
        <translation>选票包存放文件夹</translation>
    </message>
    <message>
        <source>Issue ballot packages</source>
        <translation>发出选票包</translation>
    </message>
    <message>
        <source>Write a ballot package for each of the {0} experts into {1}?</source>
        <translation>为 {0} 位专家各生成一个选票包，存入 {1}？</translation>
    </message>
    <message>
        <source>From now on the rules, the candidates and the experts are locked: a change needs a new version of the rules and new packages for every expert.</source>
        <translation>此后规则、候选事件和专家名单都将锁定：如需修改，须建立新版本规则，并为每位专家重新发出选票包。</translation>
    </message>
    <message>
        <source>{0} files written into {1}; rules version {2} is locked.</source>
        <translation>已在 {1} 写入 {0} 个文件；第 {2} 版规则已锁定。</translation>
    </message>
    <message>
        <source>Fingerprint copied.</source>
        <translation>指纹已复制。</translation>
    </message>
    <message>
        <source>Files written into {0}:</source>
        <translation>已写入 {0} 的文件：</translation>
    </message>
    <message>
        <source>No packages issued yet: {0} candidates, {1} experts.</source>
        <translation>尚未发出选票包：{0} 个候选事件，{1} 位专家。</translation>
    </message>
    <message>
        <source>The rules changed after packages were issued (now version {0}): issue new packages to every expert; the old ones are refused.</source>
        <translation>选票包发出后规则已修改（现为第 {0} 版）：请为每位专家重新发出选票包，旧选票包将不被接受。</translation>
    </message>
    <message>
        <source>Packages issued {0} to {1} experts. Issuing again writes the same packages.</source>
        <translation>已于 {0} 向 {1} 位专家发出选票包。再次发出会生成相同的选票包。</translation>
    </message>
    <message>
        <source>Issue ballots</source>
        <translation>发出选票</translation>
    </message>
    <message>
        <source>Each expert gets one ballot package (.t10pkg) to e-mail or copy to a USB stick; experts who will not install anything can get a protected Excel ballot form as well. Both carry the selection&apos;s fingerprint.</source>
        <translation>每位专家一个选票包（.t10pkg），可通过电子邮件发送或拷入 U 盘；不便安装软件的专家还可以使用受保护的 Excel 选票表。两者都带有本次评选的指纹。</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>The packages are named after the experts, e.g. 专家01.t10pkg.</source>
        <translation>选票包以专家姓名命名，例如 专家01.t10pkg。</translation>
    </message>
    <message>
        <source>Excel forms</source>
        <translation>Excel 选票表</translation>
    </message>
    <message>
        <source>also write an Excel ballot form (.xlsx) for each expert</source>
        <translation>同时为每位专家生成 Excel 选票表（.xlsx）</translation>
    </message>
    <message>
        <source>Only the vote column of the form can be edited; a returned form is counted as unsigned.</source>
        <translation>表中只有投票一列可以填写；交回的选票表按“无签名”选票登记。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selection fingerprint (指纹)&lt;/b&gt; — tell it to the experts by phone or in the e-mail; their app shows the same one, so they know their package is genuine:</source>
        <translation>&lt;b&gt;评选指纹&lt;/b&gt;——请通过电话或在邮件中告知专家；专家软件中显示的指纹与此相同，即可确认选票包真实无误：</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation>复制指纹</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>纸质选票</translation>
    </message>
    <message>
        <source>also a printable paper ballot (PDF) per expert and a blank double-entry workbook</source>
        <translation>同时为每位专家生成可打印的纸质选票（PDF），并生成空白的双人录入表</translation>
    </message>
    <message>
        <source>Print the sheets for experts who vote on paper; two people then type the returned sheets into two copies of the workbook, which are collected only when they agree.</source>
        <translation>为用纸质选票投票的专家打印选票；收回后由两人分别录入两份录入表，两份一致才会计入。</translation>
    </message>
</context>
<context>
    <name>ListModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
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
        <source>Source / recommended by</source>
        <translation>来源/推荐单位</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Recused from</source>
        <translation>回避事件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>NewSelectionWizard</name>
    <message>
        <source>New selection</source>
        <translation>新建评选</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>How the experts vote, how the votes are counted, and how many win.</source>
        <translation>专家怎样投票、怎样计票、评出多少项。</translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation>有效票</translation>
    </message>
    <message>
        <source>When a ballot counts, until when, and how many ballots are enough.</source>
        <translation>什么样的选票有效、截止时间、收回多少选票才算有效。</translation>
    </message>
    <message>
        <source>Seats, secrecy and stages</source>
        <translation>名额、记名方式与评审阶段</translation>
    </message>
    <message>
        <source>Seats per category, named or secret ballots, other sources of votes, a screening stage.</source>
        <translation>分类名额、实名或无记名投票、其他投票来源、初评阶段。</translation>
    </message>
    <message>
        <source>Ties and publication</source>
        <translation>平局处理与公布</translation>
    </message>
    <message>
        <source>How a tie at the cut line is settled, and how the chosen are published.</source>
        <translation>入选线上出现平票时如何处理，入选结果如何公布。</translation>
    </message>
</context>
<context>
    <name>NoticeSection</name>
    <message>
        <source>Notice (公示)</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>objections taken until</source>
        <translation>受理异议至</translation>
    </message>
    <message>
        <source>The last day of the objection period, printed by the notice of the chosen list.</source>
        <translation>公示期（异议期）的最后一天，印在入选名单的公示中。</translation>
    </message>
    <message>
        <source>Objections to</source>
        <translation>异议联系方式</translation>
    </message>
    <message>
        <source>office, telephone, e-mail</source>
        <translation>单位、电话、邮箱</translation>
    </message>
    <message>
        <source>Where objections go, as the notice prints it. Neither line changes the count.</source>
        <translation>异议的受理方式，按原样印在公示中。这两项都不影响计票。</translation>
    </message>
</context>
<context>
    <name>PanelSection</name>
    <message>
        <source>Category quotas</source>
        <translation>分类名额</translation>
    </message>
    <message>
        <source>seats per category</source>
        <translation>按类别分配名额</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>E.g. 7 knowledge-innovation and 3 technology-innovation seats; the quotas add up to the seats, and the category names are those of the candidate list.</source>
        <translation>例如知识创新 7 项、技术创新 3 项；各类名额之和等于入选名额，类别名称与候选事件名单中的一致。</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>记名方式</translation>
    </message>
    <message>
        <source>Named (实名)</source>
        <translation>实名</translation>
    </message>
    <message>
        <source>Secret (无记名)</source>
        <translation>无记名</translation>
    </message>
    <message>
        <source>In a secret selection, exports and screens show only totals and anonymous ids, never names.</source>
        <translation>无记名评选中，导出文件和界面只显示汇总数和匿名编号，不显示姓名。</translation>
    </message>
    <message>
        <source>Recusals (回避)</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Who may not vote on which candidate is set per expert: from the 回避 column of the expert list, or in the recusal matrix on the Experts page, where the app also suggests a recusal wherever an expert&apos;s affiliation is a candidate&apos;s source.</source>
        <translation>哪位专家对哪个候选事件回避，按专家逐一设定：来自专家名单的“回避”列，或在“专家”页的回避表中设置；专家单位与候选事件来源相同时，系统也会建议回避。</translation>
    </message>
    <message>
        <source>Weighted sources</source>
        <translation>加权来源</translation>
    </message>
    <message>
        <source>combine the experts with other sources</source>
        <translation>专家投票与其他来源加权合成</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>权重 %</translation>
    </message>
    <message>
        <source>E.g. experts 70% + public vote 30%; “experts” is the invited panel, other sources are collected as ballot matrices. The weights add up to 100%.</source>
        <translation>例如专家 70% + 公众投票 30%；“experts”指受邀专家组，其他来源以选票矩阵形式收集。权重合计 100%。</translation>
    </message>
    <message>
        <source>Screening stage</source>
        <translation>初评阶段</translation>
    </message>
    <message>
        <source>first a screening (初评) with a shortlist of</source>
        <translation>先进行初评，入围</translation>
    </message>
    <message>
        <source>The experts first vote on all candidates; the shortlist&apos;s winners become the candidates of the final vote (终评), e.g. 30 of 80.</source>
        <translation>专家先对全部候选事件投票，入围者成为终评的候选事件，例如从 80 项中选出 30 项。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理办法</translation>
    </message>
</context>
<context>
    <name>RecusalModel</name>
    <message>
        <source>R</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>R?</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议回避</translation>
    </message>
    <message>
        <source>Not recused</source>
        <translation>不回避</translation>
    </message>
    <message>
        <source>own unit (本单位)</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>collaborator (合作者)</source>
        <translation>合作者</translation>
    </message>
    <message>
        <source>recommender (推荐人)</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>其他原因</translation>
    </message>
</context>
<context>
    <name>RecusalPanel</name>
    <message>
        <source>recuse {0}</source>
        <translation>回避 {0}</translation>
    </message>
    <message>
        <source>no recusal {0}</source>
        <translation>不回避 {0}</translation>
    </message>
    <message>
        <source>accept {0} suggested recusals</source>
        <translation>确认 {0} 项建议回避</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recusals (回避)&lt;/b&gt;</source>
        <translation>&lt;b&gt;回避&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} confirmed, {1} suggested. A recused expert&apos;s ballot has no vote on that candidate. The app suggests a recusal where an expert&apos;s affiliation is a candidate&apos;s source: select the cells and accept or reject them.</source>
        <translation>已确认 {0} 项，建议 {1} 项。回避的专家对该事件不投票。专家单位与候选事件来源相同时，系统会建议回避：选中单元格，确认或驳回。</translation>
    </message>
    <message>
        <source>Recuse</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Not recused</source>
        <translation>不回避</translation>
    </message>
    <message>
        <source>Accept all suggested ({0})</source>
        <translation>全部确认建议（{0}）</translation>
    </message>
    <message>
        <source>Reason for a new recusal:</source>
        <translation>新增回避的原因：</translation>
    </message>
    <message>
        <source>R (pale red): recused. R? (amber): suggested, waiting for your decision. no (grey): not recused, a suggestion rejected. Hover over a cell for the reason.</source>
        <translation>回避（浅红）：已确认回避。建议（浅黄）：系统建议，待您决定。否（灰）：不回避，建议已驳回。鼠标停在单元格上可查看原因。</translation>
    </message>
</context>
<context>
    <name>RulesChangeDialog</name>
    <message>
        <source>Change the rules</source>
        <translation>修改规则</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation>有效票</translation>
    </message>
    <message>
        <source>Seats and secrecy</source>
        <translation>名额与记名方式</translation>
    </message>
    <message>
        <source>Ties and publication</source>
        <translation>平局处理与公布</translation>
    </message>
    <message>
        <source>Ballots are counted under the current rules, so they are locked. Saving makes a new version of the rules, kept on record with who decided it and why; the ballots in are counted under it, and every report shows both versions.</source>
        <translation>已有选票按现行规则计入，规则因此锁定。保存将生成新版本规则，连同决定人和理由一并记录；已收到的选票按新版本计票，每一份报告都会列出各个版本。</translation>
    </message>
    <message>
        <source>Ballot packages are out under the current rules. Saving makes a new version of the rules, kept on record with your reason; packages of the old version are refused from then on, so every expert needs a new package (Issue page).</source>
        <translation>选票包已按现行规则发出。保存后将生成新版本规则，连同修改原因一并存档；此后旧版本的选票包不再被接受，须为每位专家重新发出选票包（“发出选票”页）。</translation>
    </message>
    <message>
        <source>No packages are out yet, so the rules change in place. The change is logged.</source>
        <translation>尚未发出选票包，规则直接修改，修改记入日志。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Required once the rules are locked: why they change, for the record. Save waits for it.</source>
        <translation>规则锁定后必填：修改的理由，记录在案。填写之前不能保存。</translation>
    </message>
    <message>
        <source>Optional while no packages are out and no ballot is counted.</source>
        <translation>尚未发出选票包、也未计入选票时可不填。</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Who decided the change (recorded with the new version).</source>
        <translation>谁决定了此次修改（随新版本记录）。</translation>
    </message>
</context>
<context>
    <name>RulesNames</name>
    <message>
        <source>Approval</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Each expert ticks the candidates they support; the most ticks win.</source>
        <translation>每位专家勾选支持的候选事件，得票最多者入选。</translation>
    </message>
    <message>
        <source>Each expert puts candidates in order, 1 = best; the order of all ballots decides.</source>
        <translation>每位专家为候选事件排序，1 为最好；按全部选票的排序决定结果。</translation>
    </message>
    <message>
        <source>Each expert gives each candidate a score; the candidates with the best scores win.</source>
        <translation>每位专家为每个候选事件打分，得分最高者入选。</translation>
    </message>
    <message>
        <source>Approval count</source>
        <translation>得票数</translation>
    </message>
    <message>
        <source>Schulze</source>
        <translation>舒尔茨法（Schulze）</translation>
    </message>
    <message>
        <source>Borda count</source>
        <translation>波达计数法（Borda）</translation>
    </message>
    <message>
        <source>Copeland</source>
        <translation>科普兰法（Copeland）</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Median score</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>去掉最高最低分的平均分</translation>
    </message>
    <message>
        <source>Candidates are ordered by their ticks; with recusals, by the share of the experts who may vote.</source>
        <translation>按得票数排序；有回避时，按可投票专家中的得票比例排序。</translation>
    </message>
    <message>
        <source>Compares every pair of candidates head to head and follows the strongest chains of wins.</source>
        <translation>两两比较所有候选事件，依据最强的胜出链条排序。</translation>
    </message>
    <message>
        <source>On each ballot a candidate scores one point for every candidate ranked below it.</source>
        <translation>每张选票上，一个候选事件排在几个事件之前就得几分。</translation>
    </message>
    <message>
        <source>A candidate scores one point for every head-to-head win and half a point for a draw.</source>
        <translation>两两比较，每胜一次得 1 分，打平得 0.5 分。</translation>
    </message>
    <message>
        <source>The average of the scores the candidate received.</source>
        <translation>候选事件所得分数的平均值。</translation>
    </message>
    <message>
        <source>The middle score the candidate received: one extreme score cannot move it.</source>
        <translation>候选事件所得分数的中间值：个别极端分数影响不了它。</translation>
    </message>
    <message>
        <source>The average after dropping one highest and one lowest score (from five scores on).</source>
        <translation>去掉一个最高分和一个最低分后的平均值（至少有五个分数时）。</translation>
    </message>
    <message>
        <source>Head to head among the tied</source>
        <translation>平票者之间两两比较</translation>
    </message>
    <message>
        <source>More first places or top scores</source>
        <translation>第一名或最高分较多者优先</translation>
    </message>
    <message>
        <source>Borda count of the same ballots</source>
        <translation>同一批选票的波达计数</translation>
    </message>
    <message>
        <source>Runoff vote among the tied</source>
        <translation>平票者加投</translation>
    </message>
    <message>
        <source>Chair&apos;s decision</source>
        <translation>评审组长决定</translation>
    </message>
    <message>
        <source>Public lot draw</source>
        <translation>公开抽签</translation>
    </message>
    <message>
        <source>The tied candidates are compared with each other only, head to head.</source>
        <translation>只在平票的候选事件之间两两比较。</translation>
    </message>
    <message>
        <source>The candidate ranked first, or given the top score, more often goes ahead.</source>
        <translation>被排在第一或获得最高分次数较多者排前。</translation>
    </message>
    <message>
        <source>A second method counts the same ballots; the higher Borda count goes ahead.</source>
        <translation>用另一种方法重计同一批选票，波达计数较高者排前。</translation>
    </message>
    <message>
        <source>A second method counts the same ballots; the higher mean score goes ahead.</source>
        <translation>用另一种方法重计同一批选票，平均分较高者排前。</translation>
    </message>
    <message>
        <source>A second method counts the same ballots; the higher median score goes ahead.</source>
        <translation>用另一种方法重计同一批选票，中位数较高者排前。</translation>
    </message>
    <message>
        <source>The experts vote again among the tied candidates only (加投).</source>
        <translation>专家仅在平票的候选事件之间再投一次（加投）。</translation>
    </message>
    <message>
        <source>The chair decides the order and the reason is recorded.</source>
        <translation>由评审组长决定先后，并记录理由。</translation>
    </message>
    <message>
        <source>Lots are drawn from a public seed text, so anyone can repeat the draw; it settles every tie.</source>
        <translation>以公开的种子文本抽签，任何人都能复核；抽签可解决一切平票。</translation>
    </message>
    <message>
        <source>By result</source>
        <translation>按评选结果</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>按日期</translation>
    </message>
    <message>
        <source>Unranked, by pinyin</source>
        <translation>排名不分先后，按拼音</translation>
    </message>
    <message>
        <source>Unranked, by stroke order</source>
        <translation>排名不分先后，按笔画</translation>
    </message>
    <message>
        <source>The chosen are published in the order of the count, best first.</source>
        <translation>入选者按计票结果排序公布，名次高者在前。</translation>
    </message>
    <message>
        <source>The chosen are published by category, in the order of the count within each.</source>
        <translation>入选者按类别公布，类别内按计票结果排序。</translation>
    </message>
    <message>
        <source>The chosen are published in the order of their dates.</source>
        <translation>入选者按事件日期先后公布。</translation>
    </message>
    <message>
        <source>排名不分先后: the chosen are published by the pinyin of their titles, without ranks.</source>
        <translation>排名不分先后：入选者按标题拼音排序公布，不标名次。</translation>
    </message>
    <message>
        <source>排名不分先后: the chosen are published by the stroke order of their titles, without ranks.</source>
        <translation>排名不分先后：入选者按标题笔画排序公布，不标名次。</translation>
    </message>
    <message>
        <source>Void the whole ballot (多选作废)</source>
        <translation>整张选票作废（多选作废）</translation>
    </message>
    <message>
        <source>Drop only the excess ranks</source>
        <translation>只去掉超出的名次</translation>
    </message>
    <message>
        <source>Screening (初评)</source>
        <translation>初评</translation>
    </message>
    <message>
        <source>Final (终评)</source>
        <translation>终评</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Year {0}</source>
        <translation>{0} 年度</translation>
    </message>
    <message>
        <source>Stages: {0}; now: {1}</source>
        <translation>评审阶段：{0}；当前：{1}</translation>
    </message>
    <message>
        <source>{0} candidates, {1} experts</source>
        <translation>{0} 个候选事件，{1} 位专家</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current rules&lt;/b&gt; — version {0}, {1}</source>
        <translation>&lt;b&gt;现行规则&lt;/b&gt;——第 {0} 版，{1}</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions of the rules&lt;/b&gt;</source>
        <translation>&lt;b&gt;规则版本&lt;/b&gt;</translation>
    </message>
    <message>
        <source>open: no packages issued, no ballot counted</source>
        <translation>可修改：尚未发出选票包，也未计入选票</translation>
    </message>
    <message>
        <source>locked: ballots are counted; a change needs a reason</source>
        <translation>已锁定：已计入选票；修改须记录理由</translation>
    </message>
    <message>
        <source>locked: packages are issued; a change needs a reason</source>
        <translation>已锁定：已发出选票包；修改须记录理由</translation>
    </message>
    <message>
        <source>The rules are fixed once ballot packages are issued or the first ballot of any kind is counted. A change after that is a new version with who decided it and why on record, and packages of an older version are refused.</source>
        <translation>一旦发出选票包或计入第一张选票（任何形式），规则即告锁定。此后的修改成为新版本，决定人和理由记录在案，旧版本的选票包将被拒收。</translation>
    </message>
    <message>
        <source>Change the rules…</source>
        <translation>修改规则…</translation>
    </message>
    <message>
        <source>Close the screening and advance…</source>
        <translation>结束初评，进入终评…</translation>
    </message>
    <message>
        <source>When the screening (初评) is counted and its cut line settled, its winners become the candidates of the final stage (终评).</source>
        <translation>初评计票完毕、入围线上没有未决平票后，入围者即成为终评的候选事件。</translation>
    </message>
    <message>
        <source>Rules version {0} made; the ballots in are counted under it.</source>
        <translation>已生成第 {0} 版规则；已收到的选票按此版本计票。</translation>
    </message>
    <message>
        <source>Rules version {0} made; issue new packages to every expert.</source>
        <translation>已生成第 {0} 版规则；请为每位专家重新发出选票包。</translation>
    </message>
    <message>
        <source>Rules changed (version {0}).</source>
        <translation>规则已修改（第 {0} 版）。</translation>
    </message>
    <message>
        <source>Advance to the final stage</source>
        <translation>进入终评</translation>
    </message>
    <message>
        <source>Close the screening and make its winners the candidates of the final stage?</source>
        <translation>结束初评，并将入围者作为终评的候选事件？</translation>
    </message>
    <message>
        <source>The screening&apos;s ballots stay on record; it cannot be reopened.</source>
        <translation>初评选票将保留存档；初评结束后不能重新开启。</translation>
    </message>
    <message>
        <source>Screening closed: {0} candidates go to the final stage ({1}).</source>
        <translation>初评已结束：{0} 个候选事件进入终评（{1}）。</translation>
    </message>
</context>
<context>
    <name>RulesWords</name>
    <message>
        <source>Vote mode</source>
        <translation>投票方式</translation>
    </message>
    <message>
        <source>Counting method</source>
        <translation>计票方法</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>入选名额</translation>
    </message>
    <message>
        <source>{0} candidates are chosen</source>
        <translation>评出 {0} 项</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>选票</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>法定票数</translation>
    </message>
    <message>
        <source>provisional until more than {0} of the invited experts returned valid ballots</source>
        <translation>受邀专家中超过 {0} 交回有效选票之前，结果为临时结果</translation>
    </message>
    <message>
        <source>none: the result is final with any number of ballots</source>
        <translation>无：无论收回多少选票，结果都有效</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1} 项</translation>
    </message>
    <message>
        <source>Category quotas</source>
        <translation>分类名额</translation>
    </message>
    <message>
        <source>none: all seats are open to every category</source>
        <translation>无：各类别均可竞争全部名额</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>记名方式</translation>
    </message>
    <message>
        <source>secret ballot (无记名)</source>
        <translation>无记名投票</translation>
    </message>
    <message>
        <source>named ballot (实名)</source>
        <translation>实名投票</translation>
    </message>
    <message>
        <source>Weighted sources</source>
        <translation>加权来源</translation>
    </message>
    <message>
        <source>Screening stage</source>
        <translation>初评阶段</translation>
    </message>
    <message>
        <source>first a screening (初评) chooses a shortlist of {0}</source>
        <translation>先进行初评，入围 {0} 项</translation>
    </message>
    <message>
        <source>Tie-break chain</source>
        <translation>平局处理</translation>
    </message>
    <message>
        <source>none: a tie at the cut line stays open (同票重投)</source>
        <translation>无：入选线上的平票保持未决（同票重投）</translation>
    </message>
    <message>
        <source>the chosen without ranks (排名不分先后), in the order of the count</source>
        <translation>排名不分先后，按计票结果顺序列出</translation>
    </message>
    <message>
        <source>Publication order</source>
        <translation>公布顺序</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>public vote</source>
        <translation>公众投票</translation>
    </message>
    <message>
        <source>as many candidates as they wish</source>
        <translation>不限数量的候选事件</translation>
    </message>
    <message>
        <source>at most {0} candidates</source>
        <translation>最多 {0} 个候选事件</translation>
    </message>
    <message>
        <source>each expert ticks {0}, at least {1}</source>
        <translation>每位专家勾选{0}，至少 {1} 个</translation>
    </message>
    <message>
        <source>each expert ticks {0}</source>
        <translation>每位专家勾选{0}</translation>
    </message>
    <message>
        <source>each expert ranks as many candidates as they wish, 1 = best</source>
        <translation>每位专家为任意多个候选事件排序，1 为最好</translation>
    </message>
    <message>
        <source>each expert ranks up to {0} candidates, 1 = best</source>
        <translation>每位专家最多为 {0} 个候选事件排序，1 为最好</translation>
    </message>
    <message>
        <source>each expert scores candidates from {0} to {1}</source>
        <translation>每位专家为候选事件打分，分值 {0} 至 {1}</translation>
    </message>
    <message>
        <source>, on each criterion: {0}; the weighted sum counts</source>
        <translation>，按各项指标评分：{0}；以加权和计</translation>
    </message>
    <message>
        <source>; each expert&apos;s scores normalised (z-scores), the raw means shown beside</source>
        <translation>；每位专家的分数经标准化（z 分数），并列出原始平均分</translation>
    </message>
    <message>
        <source> when a ballot holds too many</source>
        <translation>（选票超出上限时）</translation>
    </message>
    <message>
        <source>equal ranks allowed</source>
        <translation>允许并列名次</translation>
    </message>
    <message>
        <source>equal ranks make a ballot invalid</source>
        <translation>有并列名次的选票无效</translation>
    </message>
    <message>
        <source>skipped ranks allowed</source>
        <translation>允许跳号</translation>
    </message>
    <message>
        <source>skipped ranks make a ballot invalid</source>
        <translation>名次跳号的选票无效</translation>
    </message>
    <message>
        <source>a blank ballot is an abstention</source>
        <translation>空白选票视为弃权</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <source>Save the new selection as</source>
        <translation>新评选另存为</translation>
    </message>
    <message>
        <source>Selections (*.t10)</source>
        <translation>评选文件 (*.t10)</translation>
    </message>
    <message>
        <source>The selection</source>
        <translation>评选</translation>
    </message>
    <message>
        <source>What is selected, for which year, and where the selection file is kept.</source>
        <translation>评选什么、哪一年度，以及评选文件存放在哪里。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>e.g. 2020年度中国科技资源管理领域十大事件</source>
        <translation>例如：2020年度中国科技资源管理领域十大事件</translation>
    </message>
    <message>
        <source>As it will appear on the ballots and in the published result.</source>
        <translation>将显示在选票和公布的结果上。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>The year whose events are selected.</source>
        <translation>评选哪一年的事件。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>A sentence or two for the experts and the report; optional.</source>
        <translation>给专家和报告看的一两句说明，可不填。</translation>
    </message>
    <message>
        <source>Selection file</source>
        <translation>评选文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>One file (.t10) holds everything: rules, candidates, experts, ballots and the audit trail.</source>
        <translation>一个文件（.t10）保存全部内容：规则、候选事件、专家、选票和审计记录。</translation>
    </message>
</context>
<context>
    <name>SelectionWindow</name>
    <message>
        <source>rules locked</source>
        <translation>规则已锁定</translation>
    </message>
    <message>
        <source>setting up</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>{0} — {1} · {2}</source>
        <translation>{0} — {1} · {2}</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>撤销“{0}”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>重做“{0}”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选事件</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Issue ballots</source>
        <translation>发出选票</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>收集选票</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Not part of this version yet</source>
        <translation>本版本尚未提供</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New selection…</source>
        <translation>新建评选(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open selection…</source>
        <translation>打开评选(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>No recent selections</source>
        <translation>没有最近打开的评选</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Selection file</source>
        <translation>评选文件</translation>
    </message>
    <message>
        <source>Check and create</source>
        <translation>核对并创建</translation>
    </message>
    <message>
        <source>The rules are fixed once ballot packages are issued; until then you can change them.</source>
        <translation>选票包发出后规则即固定；在此之前仍可修改。</translation>
    </message>
</context>
<context>
    <name>TiesSection</name>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Tie-break chain (平局处理)</source>
        <translation>平局处理</translation>
    </message>
    <message>
        <source>Tick the rules that settle a tie at the cut line, in the order they are tried, top first; each step is recorded. The runoff, the chair and the lot need a decision when the tie happens; the lot settles every tie, so it can only be last. With none ticked, a tie stays open (同票重投).</source>
        <translation>勾选用来处理入选线上平票的规则，自上而下依次使用，每一步都有记录。加投、组长决定和抽签需要在出现平票时再作决定；抽签能解决一切平票，因此只能放在最后。一条都不勾选时，平票保持未决（同票重投）。</translation>
    </message>
    <message>
        <source>Publication order</source>
        <translation>公布顺序</translation>
    </message>
    <message>
        <source>Ranks of the chosen</source>
        <translation>入选名次</translation>
    </message>
    <message>
        <source>publish the chosen with their ranks</source>
        <translation>公布入选者的名次</translation>
    </message>
    <message>
        <source>With ranks, a tie inside the top matters and is settled too; without (排名不分先后), only the tie at the cut line does.</source>
        <translation>公布名次时，入选者之间的平票也要处理；排名不分先后时，只处理入选线上的平票。</translation>
    </message>
</context>
<context>
    <name>ValiditySection</name>
    <message>
        <source>Too many picks</source>
        <translation>超额投票</translation>
    </message>
    <message>
        <source>A ballot that ranks more candidates than allowed is void as a whole, or keeps only its best ranks.</source>
        <translation>排序超过上限的选票整张作废，或只保留前面的名次。</translation>
    </message>
    <message>
        <source>A ballot with more picks than allowed is void as a whole (多选作废); the app stops experts before that happens.</source>
        <translation>勾选超过上限的选票整张作废（多选作废）；专家投票时软件会提前阻止。</translation>
    </message>
    <message>
        <source>Equal ranks</source>
        <translation>并列名次</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Whether two candidates may share a rank on one ballot; if not, such a ballot is invalid.</source>
        <translation>一张选票上两个候选事件可否并列同一名次；不允许时，这样的选票无效。</translation>
    </message>
    <message>
        <source>Skipped ranks</source>
        <translation>名次跳号</translation>
    </message>
    <message>
        <source>Whether ranks may skip a number (1, 2, 4); if not, such a ballot is invalid.</source>
        <translation>名次可否跳号（如 1、2、4）；不允许时，这样的选票无效。</translation>
    </message>
    <message>
        <source>Blank ballot</source>
        <translation>空白选票</translation>
    </message>
    <message>
        <source>A blank ballot is returned and valid, but gives no votes: an abstention (弃权).</source>
        <translation>空白选票算作交回的有效票，但不投任何一票，即弃权。</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>ballots are due by</source>
        <translation>选票截止于</translation>
    </message>
    <message>
        <source>A ballot received later is flagged, and counted only by a recorded decision.</source>
        <translation>逾期收到的选票会被标记，须经记录在案的决定才能计入。</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>法定票数</translation>
    </message>
    <message>
        <source>The result stays provisional until more than this share of the invited experts returned valid ballots (2/3 by default; type a share such as 3/4 or 60%, or 0 for none).</source>
        <translation>受邀专家中交回有效选票的比例超过此值之前，结果为临时结果（默认 2/3；可填 3/4、60% 等，填 0 表示不设）。</translation>
    </message>
</context>
<context>
    <name>VersionModel</name>
    <message>
        <source>locked: packages issued</source>
        <translation>已锁定：选票包已发出</translation>
    </message>
    <message>
        <source>open</source>
        <translation>可修改</translation>
    </message>
    <message>
        <source>locked: ballots counted</source>
        <translation>已锁定：已计入选票</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>VotingSection</name>
    <message>
        <source>Innovation</source>
        <translation>创新性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Representativeness</source>
        <translation>代表性</translation>
    </message>
    <message>
        <source>{0} The first one is the usual choice.</source>
        <translation>{0}第一项为通常的选择。</translation>
    </message>
    <message>
        <source>Vote mode</source>
        <translation>投票方式</translation>
    </message>
    <message>
        <source>Counting method</source>
        <translation>计票方法</translation>
    </message>
    <message>
        <source>Seats (入选名额)</source>
        <translation>入选名额</translation>
    </message>
    <message>
        <source>How many candidates are chosen: ten for a “ten events of the year”.</source>
        <translation>评出多少项：“年度十大事件”即为 10 项。</translation>
    </message>
    <message>
        <source>Most picks</source>
        <translation>最多选</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>An expert may tick at most this many candidates; without a limit, any number.</source>
        <translation>每位专家最多可勾选的候选事件数；不设上限则不限。</translation>
    </message>
    <message>
        <source>Fewest picks</source>
        <translation>最少选</translation>
    </message>
    <message>
        <source>A ballot with fewer ticks (but not blank) is invalid; 0 means any number is fine.</source>
        <translation>勾选少于此数（但非空白）的选票无效；0 表示不限。</translation>
    </message>
    <message>
        <source>Most ranks</source>
        <translation>最多排序</translation>
    </message>
    <message>
        <source>An expert ranks at most this many candidates; the rest count below all ranked ones.</source>
        <translation>每位专家最多为多少个候选事件排序；未排序的事件排在所有已排序事件之后。</translation>
    </message>
    <message>
        <source>Score scale</source>
        <translation>分值范围</translation>
    </message>
    <message>
        <source>The lowest and the highest score an expert may give, e.g. 0 to 10.</source>
        <translation>专家可给出的最低分和最高分，例如 0 至 10 分。</translation>
    </message>
    <message>
        <source>Score criteria (评分指标)</source>
        <translation>评分指标</translation>
    </message>
    <message>
        <source>score each candidate on several criteria</source>
        <translation>按多项指标为每个候选事件评分</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>权重 %</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Each expert scores every criterion of a candidate on the scale; the candidate&apos;s score is the weighted sum, exactly. The weights add up to 100%; a candidate scored on some criteria only counts as not scored.</source>
        <translation>专家按评分范围为候选事件的每项指标打分；该候选事件的得分是各指标的加权和（精确计算）。权重之和为 100%；只评了部分指标的候选事件视为未评分。</translation>
    </message>
    <message>
        <source>Harsh and lenient experts</source>
        <translation>打分宽严校正</translation>
    </message>
    <message>
        <source>normalise each expert&apos;s scores (z-scores)</source>
        <translation>将每位专家的分数标准化（z 分数）</translation>
    </message>
    <message>
        <source>Each expert&apos;s scores are standardised before the mean, so a harsh and a lenient expert weigh alike; the raw means are published beside the normalised values. With the mean score only.</source>
        <translation>先把每位专家的分数标准化再求平均，使打分偏严与偏宽的专家权重相当；原始平均分与标准化值并列公布。仅适用于平均分。</translation>
    </message>
</context>
</TS>
