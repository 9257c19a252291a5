<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About BranchDesk</source>
        <translation>关于支部台账</translation>
    </message>
    <message>
        <source>BranchDesk</source>
        <translation>支部台账 BranchDesk</translation>
    </message>
    <message>
        <source>The archive of a school Party branch, kept offline on this PC.</source>
        <translation>学校党支部的工作台账，离线保存在本机。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>数据库结构版本：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>运行环境：</translation>
    </message>
    <message>
        <source>Included software and licences</source>
        <translation>随附软件及许可证</translation>
    </message>
    <message>
        <source>Qt and Qt for Python are used under the GNU LGPL version 3: their libraries are separate files in the program folder and may be replaced. Noto Sans SC is under the SIL Open Font License 1.1.</source>
        <translation>Qt 与 Qt for Python 依据 GNU LGPL 第 3 版使用：它们的程序库是程序文件夹中的独立文件，可以替换。Noto Sans SC 字体采用 SIL 开源字体许可证（OFL）1.1。</translation>
    </message>
    <message>
        <source>Font licence…</source>
        <translation>字体许可证…</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>The licence file {path} cannot be read: {error}</source>
        <translation>无法读取许可证文件 {path}：{error}</translation>
    </message>
    <message>
        <source>Noto Sans SC licence</source>
        <translation>Noto Sans SC 字体许可证</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>No branch on file yet. Enter your branch in Settings, then record its volunteer service here.</source>
        <translation>尚未登记支部。请先在“设置”中填写支部信息，再在此记录志愿服务。</translation>
    </message>
    <message>
        <source>No activity of {year} matches these filters. Clear filters shows them all.</source>
        <translation>{year}年没有符合筛选条件的活动。点击“清除筛选”可显示全部。</translation>
    </message>
    <message>
        <source>No volunteer activities in {year}. Click New activity… (Ctrl+N) to record one with each participant&apos;s hours; a completed service request records its own.</source>
        <translation>{year}年尚无志愿服务活动。点击“新建活动…”（Ctrl+N）记录活动及每位参加人员的服务时长；完成的服务需求会自动记录其活动。</translation>
    </message>
    <message>
        <source>{shown} of {total} activities</source>
        <translation>显示 {shown} / 共 {total} 项活动</translation>
    </message>
    <message>
        <source>{total} activities</source>
        <translation>共 {total} 项活动</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete “{title}” of {date} with the hours of its {count} participants? The audit trail keeps them.</source>
        <translation>删除{date}的“{title}”及其 {count} 名参加人员的服务时长？操作记录中仍会保留。</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>已删除“{title}”</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New volunteer activity</source>
        <translation>新建志愿服务活动</translation>
    </message>
    <message>
        <source>Volunteer activity</source>
        <translation>志愿服务活动</translation>
    </message>
    <message>
        <source>This activity completed a service request: reopen the request to undo it.</source>
        <translation>此活动由服务需求完成时生成：如需撤销，请重新打开该需求。</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>不属于服务队</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>不属于服务站</translation>
    </message>
    <message>
        <source>{count} people, {hours} hours in all</source>
        <translation>共 {count} 人，合计 {hours} 小时</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>The activity could not be saved; nothing was changed. ({error})</source>
        <translation>活动未能保存，未作任何更改。（{error}）</translation>
    </message>
    <message>
        <source>Saved “{title}” with {count} participants</source>
        <translation>已保存“{title}”，参加人员 {count} 人</translation>
    </message>
    <message>
        <source>The volunteer activity</source>
        <translation>该志愿服务活动</translation>
    </message>
</context>
<context>
    <name>ActivityDialogView</name>
    <message>
        <source>New volunteer activity</source>
        <translation>新建志愿服务活动</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Service team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>Service station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Count the time served only, not the travel. One person serves at most 12 hours in one activity and 24 hours a day.</source>
        <translation>只计服务时间，不计路途时间。每人每次活动不超过 12 小时，每天合计不超过 24 小时。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Who served, and for how long</source>
        <translation>参加人员及服务时长</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>Add members to the evaluation of {year}</source>
        <translation>添加{year}年度参评人员</translation>
    </message>
    <message>
        <source>Current probationary and full members of the branch who are not in the round. Tick those to evaluate too.</source>
        <translation>以下是本支部尚未列入本次评议的预备党员和正式党员，勾选需要一并参评的人员。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>BranchDesk is already open for this data folder (process {pid} on {host}). Switch to that window, or close it first.</source>
        <translation>支部台账已在使用这个数据文件夹（计算机 {host} 上的进程 {pid}）。请切换到那个窗口，或先将其关闭。</translation>
    </message>
    <message>
        <source>BranchDesk cannot lock the data folder {path}. Check that the folder exists and that you may write in it.</source>
        <translation>支部台账无法锁定数据文件夹 {path}。请检查该文件夹是否存在，以及是否有写入权限。</translation>
    </message>
    <message>
        <source>The archive already holds records, so no sample data was added.</source>
        <translation>台账中已有记录，未载入示例数据。</translation>
    </message>
    <message>
        <source>BranchDesk cannot open the archive: {error}</source>
        <translation>支部台账无法打开台账数据：{error}</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <source>Add a file</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Pictures and PDF documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>图片和 PDF 文档 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
</context>
<context>
    <name>AttachmentForm</name>
    <message>
        <source>Edit attachment</source>
        <translation>编辑附件</translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}：{message}</translation>
    </message>
    <message>
        <source>{file} could not be read: {message}</source>
        <translation>无法读取 {file}：{message}</translation>
    </message>
    <message>
        <source>{file} could not be opened.</source>
        <translation>无法打开 {file}。</translation>
    </message>
</context>
<context>
    <name>AttachmentSection</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the file with the system&apos;s viewer</source>
        <translation>用系统默认程序打开此文件</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>On saving</source>
        <translation>保存时</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}：{message}</translation>
    </message>
    <message>
        <source>{file} could not be read: {message}</source>
        <translation>无法读取 {file}：{message}</translation>
    </message>
    <message>
        <source>{file} could not be opened.</source>
        <translation>无法打开 {file}。</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>暂无照片</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Voting right</source>
        <translation>表决权</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Reason (if away)</source>
        <translation>缺席原因</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>有表决权</translation>
    </message>
    <message>
        <source>No vote (probationary)</source>
        <translation>无表决权（预备党员）</translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <source>Making the automatic backup before closing…</source>
        <translation>正在关闭前自动备份…</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Automatic backup made: {name}</source>
        <translation>已自动备份：{name}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {error}</source>
        <translation>自动备份失败：{error}</translation>
    </message>
</context>
<context>
    <name>AverageBarChart</name>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Branch average {hours} h</source>
        <translation>支部平均 {hours} 小时</translation>
    </message>
</context>
<context>
    <name>BackupLabels</name>
    <message>
        <source>Branches</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Party groups</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>Member and applicant files</source>
        <translation>党员及发展对象档案</translation>
    </message>
    <message>
        <source>Development steps</source>
        <translation>发展党员步骤记录</translation>
    </message>
    <message>
        <source>Posts held</source>
        <translation>职务任职记录</translation>
    </message>
    <message>
        <source>Awards and sanctions</source>
        <translation>奖惩记录</translation>
    </message>
    <message>
        <source>Care records</source>
        <translation>关怀帮扶记录</translation>
    </message>
    <message>
        <source>Membership changes</source>
        <translation>组织关系变动记录</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>出席记录</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>会议议题</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>会议决议</translation>
    </message>
    <message>
        <source>Study sessions</source>
        <translation>集体学习</translation>
    </message>
    <message>
        <source>Study notebook entries</source>
        <translation>学习笔记</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>Rectification problems</source>
        <translation>整改问题</translation>
    </message>
    <message>
        <source>Rectification progress notes</source>
        <translation>整改进展</translation>
    </message>
    <message>
        <source>Evaluation rounds</source>
        <translation>民主评议（年度）</translation>
    </message>
    <message>
        <source>Member evaluations</source>
        <translation>民主评议（人次）</translation>
    </message>
    <message>
        <source>Volunteer teams</source>
        <translation>志愿服务队</translation>
    </message>
    <message>
        <source>Service stations</source>
        <translation>党员服务站</translation>
    </message>
    <message>
        <source>Volunteer activities</source>
        <translation>志愿服务活动</translation>
    </message>
    <message>
        <source>Volunteer hours records</source>
        <translation>志愿服务时长记录</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服务需求（三单制）</translation>
    </message>
    <message>
        <source>Volunteer certificates</source>
        <translation>志愿服务证明</translation>
    </message>
    <message>
        <source>Attachments (scans, photos)</source>
        <translation>附件（扫描件、照片）</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>handoff</source>
        <translation>移交备份</translation>
    </message>
    <message>
        <source>safety copy</source>
        <translation>安全副本</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} 天前</translation>
    </message>
</context>
<context>
    <name>BackupNowDialog</name>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>备份到：</translation>
    </message>
    <message>
        <source>Encrypt it with a passphrase</source>
        <translation>用口令加密</translation>
    </message>
    <message>
        <source>Recommended when the file leaves this PC: without the passphrase nobody can open it, not even you.</source>
        <translation>备份文件要离开本机（例如存到U盘）时建议加密：没有口令，谁也打不开它，包括你自己。</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>开始备份</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose where to write the backup</source>
        <translation>选择备份的存放位置</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <source>Reading the backup back and checking it…</source>
        <translation>正在读回并核对备份…</translation>
    </message>
    <message>
        <source>The backup is written and checked:
{path} ({size})</source>
        <translation>备份已写入并核对无误：
{path}（{size}）</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>备份已写入：{path}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Never</source>
        <translation>从未备份</translation>
    </message>
    <message>
        <source>This archive has not been backed up yet. Click Back up now… and choose a USB stick, or leave BranchDesk open: the automatic backup follows today.</source>
        <translation>这份台账还没有备份过。请点击“立即备份…”并选择U盘；或保持支部台账开着，今天会自动备份一次。</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>，已加密</translation>
    </message>
    <message>
        <source>{when}, {kind}{encrypted}
{path}</source>
        <translation>{when}，{kind}{encrypted}
{path}</translation>
    </message>
    <message>
        <source>Older than the {days} days the local rules allow: back up now.</source>
        <translation>已超过本地规则允许的 {days} 天，请立即备份。</translation>
    </message>
    <message>
        <source>Backup and handoff</source>
        <translation>备份与移交</translation>
    </message>
    <message>
        <source>The backups could not be listed: {error}</source>
        <translation>无法列出备份：{error}</translation>
    </message>
</context>
<context>
    <name>BackupPageView</name>
    <message>
        <source>Backup and handoff</source>
        <translation>备份与移交</translation>
    </message>
    <message>
        <source>Keep the archive safe: automatic backups on this PC, copies on a USB stick, and the yearly handoff to the next clerk.</source>
        <translation>保管好台账：本机自动备份，U盘另存一份，换届时移交给下一任书记员。</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>上次备份</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <source>Hand over to the next clerk…</source>
        <translation>移交给下一任…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <source>Check a backup file…</source>
        <translation>核对备份文件…</translation>
    </message>
    <message>
        <source>Write the whole archive into one backup file, in a folder or on a USB stick you choose.</source>
        <translation>把整个台账写成一个备份文件，存到你选择的文件夹或U盘。</translation>
    </message>
    <message>
        <source>At the change of clerks: an encrypted backup on a USB stick, read back and checked, with the handoff list to sign.</source>
        <translation>换届时使用：把台账加密写到U盘，读回核对，并打印交接清单供双方签字。</translation>
    </message>
    <message>
        <source>Replace this PC&apos;s archive with a backup, for example the one your predecessor handed over.</source>
        <translation>用备份文件替换本机的台账，例如上一任书记员移交的U盘。</translation>
    </message>
    <message>
        <source>See whether a backup file is whole and what it holds; nothing is changed.</source>
        <translation>检查备份文件是否完整、里面有什么；不改动任何数据。</translation>
    </message>
    <message>
        <source>Automatic backups on this PC</source>
        <translation>本机自动备份</translation>
    </message>
    <message>
        <source>BranchDesk backs up the archive into this folder once a day and when you close it after changes, and keeps the newest of recent days, weeks and months. They protect against mistakes; a copy away from this PC protects against losing it.</source>
        <translation>支部台账每天以及修改后关闭时，都会把台账自动备份到这个文件夹，并保留最近各天、各周、各月最新的一份。自动备份防的是误操作；防电脑损坏或丢失，还要在别处（如U盘）另存一份。</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>No automatic backup yet. One is made today while BranchDesk is open, and each time you close it after a change.</source>
        <translation>还没有自动备份。支部台账开着时今天会自动备份一次，以后每次修改后关闭也会备份。</translation>
    </message>
</context>
<context>
    <name>BackupTask</name>
    <message>
        <source>The file could not be read or written ({error}).</source>
        <translation>无法读写文件（{error}）。</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>出现问题：{error}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>BranchTable</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>上级党组织</translation>
    </message>
    <message>
        <source>Committee elected on</source>
        <translation>支委会选举日期</translation>
    </message>
    <message>
        <source>Term (years)</source>
        <translation>任期（年）</translation>
    </message>
    <message>
        <source>Add branch</source>
        <translation>添加支部</translation>
    </message>
    <message>
        <source>e.g. First Student Branch, School of Computing</source>
        <translation>例如：计算机学院第一学生党支部</translation>
    </message>
    <message>
        <source>e.g. Party Committee of the School of Computing</source>
        <translation>例如：计算机学院党委</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this branch (only a branch without members or meetings)</source>
        <translation>删除此支部（仅限没有党员和会议记录的支部）</translation>
    </message>
</context>
<context>
    <name>CadenceModel</name>
    <message>
        <source>{month}</source>
        <translation>{month}月</translation>
    </message>
    <message>
        <source>{kind}, month {months}: {state} ({held} held)</source>
        <translation>{kind}，{months}月：{state}（已开 {held} 次）</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel request {number}</source>
        <translation>取消需求 {number}</translation>
    </message>
    <message>
        <source>Why it is cancelled</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>取消该需求</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>e.g. the requester solved it themselves</source>
        <translation>例如：同学已自行解决</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cancelled request {number}</source>
        <translation>已取消需求 {number}</translation>
    </message>
</context>
<context>
    <name>CareForm</name>
    <message>
        <source>Edit care record</source>
        <translation>编辑关怀记录</translation>
    </message>
    <message>
        <source>Add a care record</source>
        <translation>添加关怀记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>关怀人</translation>
    </message>
</context>
<context>
    <name>CareSection</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>关怀人</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>CareTab</name>
    <message>
        <source>Care records</source>
        <translation>关怀记录</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Complete request {number}</source>
        <translation>完成需求 {number}</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>服务情况</translation>
    </message>
    <message>
        <source>Complete and record the hours</source>
        <translation>完成并记录时长</translation>
    </message>
    <message>
        <source>Completing records an activity with each assignee&apos;s hours in the hours ledger. Leave 0 for an assignee who did not serve.</source>
        <translation>完成时将生成一项活动，并把每位接单党员的服务时长记入时长台账。未参加服务的接单人员请保留为 0。</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>尚未评价</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>不属于服务队</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>不属于服务站</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Hours served</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <source>Requester&apos;s rating</source>
        <translation>服务对象评价</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Service team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>Service station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <source>Completed request {number}; the hours are in the ledger</source>
        <translation>需求 {number} 已完成，服务时长已记入台账</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Today is {date}</source>
        <translation>今天是 {date}</translation>
    </message>
    <message>
        <source>{full} full
{probationary} probationary</source>
        <translation>正式党员 {full}
预备党员 {probationary}</translation>
    </message>
    <message>
        <source>{candidates} candidates
{activists} activists
{applicants} applicants</source>
        <translation>发展对象 {candidates}
积极分子 {activists}
入党申请人 {applicants}</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>其中 {count} 项已逾期</translation>
    </message>
    <message>
        <source>{count} open service requests</source>
        <translation>待办服务需求 {count} 项</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>The dashboard could not be read: {error}</source>
        <translation>工作台数据读取失败：{error}</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>待办提醒</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>统计日期 {date}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>In development</source>
        <translation>发展中人员</translation>
    </message>
    <message>
        <source>Meetings this year</source>
        <translation>本年会议</translation>
    </message>
    <message>
        <source>Study hours this year</source>
        <translation>本年学习学时</translation>
    </message>
    <message>
        <source>Open rectification items</source>
        <translation>待整改问题</translation>
    </message>
    <message>
        <source>Volunteer hours this year</source>
        <translation>本年志愿服务小时</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>待办提醒</translation>
    </message>
    <message>
        <source>Nothing is due or overdue. Well kept!</source>
        <translation>目前没有到期或逾期的事项。</translation>
    </message>
    <message>
        <source>This archive is still empty</source>
        <translation>台账还是空的</translation>
    </message>
    <message>
        <source>Start in Settings: enter your branch, its parent organisation and the date its committee was elected, and your name as clerk. Member files, minutes and the other records are added on their pages.

Just looking around? Load sample data: a made-up branch with members, meetings and study records, so you can see every page filled in.</source>
        <translation>请先到“设置”中填写本支部的名称、上级党组织、支委会选举日期和书记员姓名。党员档案、会议记录等其他记录在各自的页面中添加。

只是想先看看？可以载入示例数据：一个虚构的支部，含党员、会议和学习记录，各个页面都有内容可看。</translation>
    </message>
    <message>
        <source>Go to Settings</source>
        <translation>前往设置</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>载入示例数据</translation>
    </message>
</context>
<context>
    <name>DeadlineRule</name>
    <message>
        <source>Rectified at once: the deadline is {days} days after the finding unless you set another, within {limit} days at most.</source>
        <translation>立行立改：不另填时限时为发现后 {days} 天，最长不超过 {limit} 天。</translation>
    </message>
    <message>
        <source>Latest: {date}.</source>
        <translation>最迟：{date}。</translation>
    </message>
    <message>
        <source>Rectified by a deadline: the deadline is required.</source>
        <translation>限期整改：必须填写整改时限。</translation>
    </message>
    <message>
        <source>Kept up long-term: no deadline, never overdue; a date entered here is only a review date.</source>
        <translation>长期坚持：不设整改时限，不计逾期；此处填写的日期仅作复查日期。</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Dispatch request {number}</source>
        <translation>派单：需求 {number}</translation>
    </message>
    <message>
        <source>The dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Dispatched on</source>
        <translation>派单日期</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>接单党员</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>承诺完成日期</translation>
    </message>
    <message>
        <source>Dispatched request {number}</source>
        <translation>需求 {number} 已派单</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>New study entry</source>
        <translation>新建学习记录</translation>
    </message>
    <message>
        <source>Study entry: {topic}</source>
        <translation>学习记录：{topic}</translation>
    </message>
    <message>
        <source>{name}&apos;s study notebook</source>
        <translation>{name}的学习笔记</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Study entry</source>
        <translation>学习记录</translation>
    </message>
    <message>
        <source>The entry could not be saved; nothing was changed. ({error})</source>
        <translation>学习记录未能保存，未做任何修改。（{error}）</translation>
    </message>
    <message>
        <source>Saved “{topic}”</source>
        <translation>已保存“{topic}”</translation>
    </message>
    <message>
        <source>The new study entry</source>
        <translation>新的学习记录</translation>
    </message>
</context>
<context>
    <name>EntryDialogView</name>
    <message>
        <source>This entry comes from a collective session: its date, topic, form and class hours are the session&apos;s. Notes and reflections are this member&apos;s own.</source>
        <translation>这条记录来自集体学习：日期、主题、形式和学时以集体学习为准；学习笔记和心得体会由本人填写。</translation>
    </message>
    <message>
        <source>Key points of what was studied</source>
        <translation>学习的主要内容和要点</translation>
    </message>
    <message>
        <source>What the member took from it (心得体会)</source>
        <translation>本人的学习体会和收获</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>学习日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>学习主题</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>学习材料</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>学习形式</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>学习笔记</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>心得体会</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The study</source>
        <translation>学习内容</translation>
    </message>
    <message>
        <source>Notes and reflections</source>
        <translation>笔记与心得</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database could not be written ({reason}).</source>
        <translation>数据库无法写入（{reason}），本次修改未保存。</translation>
    </message>
    <message>
        <source>Cannot open the database file {path}: {reason}.</source>
        <translation>无法打开数据库文件 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} is not a BranchDesk database (it has no schema revision).</source>
        <translation>{path} 不是支部台账的数据库（没有结构版本信息）。</translation>
    </message>
    <message>
        <source>{path} is not a readable SQLite database: {reason}.</source>
        <translation>{path} 不是可读取的 SQLite 数据库：{reason}。</translation>
    </message>
    <message>
        <source>Cannot create the data folder {path}: {reason}.</source>
        <translation>无法创建数据文件夹 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The database in {path} was written by a newer BranchDesk (schema {revision}); install that version to open it. Nothing was changed.</source>
        <translation>{path} 中的数据库由更新版本的支部台账写入（结构版本 {revision}），请安装该版本后再打开。未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot open the database {path}: {reason}.</source>
        <translation>无法打开数据库 {path}：{reason}。</translation>
    </message>
    <message>
        <source>There is no member with number {id}.</source>
        <translation>档案中没有编号为 {id} 的人员。</translation>
    </message>
    <message>
        <source>The archive has no branch yet.</source>
        <translation>台账中还没有支部。</translation>
    </message>
    <message>
        <source>There is no branch named {name}; the branches are: {names}.</source>
        <translation>没有名为 {name} 的支部；现有支部：{names}。</translation>
    </message>
    <message>
        <source>Export to a .xlsx or .csv file, not {name}.</source>
        <translation>请导出为 .xlsx 或 .csv 文件，而不是 {name}。</translation>
    </message>
    <message>
        <source>No democratic evaluation is on file for {year}.</source>
        <translation>档案中没有{year}年度的民主评议。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The file {path} is too large for a roster (over {mb} MB).</source>
        <translation>文件 {path} 太大，不像是花名册（超过 {mb} MB）。</translation>
    </message>
    <message>
        <source>{path} is not an Excel .xlsx workbook; open it in Excel or WPS and save it as .xlsx first.</source>
        <translation>{path} 不是 Excel .xlsx 工作簿；请先用 Excel 或 WPS 打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The roster has more than {limit} rows; split it into smaller files.</source>
        <translation>花名册超过 {limit} 行，请拆分成几个较小的文件。</translation>
    </message>
    <message>
        <source>No header row found in the first {count} rows of {path}; the roster needs a row with headers such as 姓名 and 公民身份号码.</source>
        <translation>在 {path} 的前 {count} 行中没有找到表头；花名册需要有“姓名”“公民身份号码”等列标题的一行。</translation>
    </message>
    <message>
        <source>No column is mapped to the name (姓名); map one first.</source>
        <translation>还没有指定“姓名”对应的列，请先指定。</translation>
    </message>
    <message>
        <source>The archive has no branch yet; create the branch first.</source>
        <translation>台账中还没有支部，请先在“设置”中建立支部。</translation>
    </message>
    <message>
        <source>There is no branch named {name} in this archive.</source>
        <translation>台账中没有名为 {name} 的支部。</translation>
    </message>
    <message>
        <source>{count} rows of the roster have errors; correct them, or import only the good rows.</source>
        <translation>花名册中有 {count} 行有错误；请改正后再导入，或只导入正确的行。</translation>
    </message>
    <message>
        <source>Row {row}: {reason} Nothing was imported.</source>
        <translation>第 {row} 行：{reason} 未导入任何数据。</translation>
    </message>
    <message>
        <source>No person with the number {id} is on file.</source>
        <translation>档案中没有编号为 {id} 的人员。</translation>
    </message>
    <message>
        <source>This step is no longer on file; nothing was changed.</source>
        <translation>该步骤记录已不存在，未作任何更改。</translation>
    </message>
    <message>
        <source>There is no meeting with number {id}.</source>
        <translation>没有编号为 {id} 的会议。</translation>
    </message>
    <message>
        <source>No meetings are on file for {year}.</source>
        <translation>{year} 年没有会议记录。</translation>
    </message>
    <message>
        <source>No meetings of the kind {kind} are on file for {year}.</source>
        <translation>{year} 年没有 {kind} 类会议记录。</translation>
    </message>
    <message>
        <source>The year {year} is not between {first} and {last}.</source>
        <translation>年份 {year} 不在 {first} 至 {last} 年之间。</translation>
    </message>
    <message>
        <source>{branch} has no democratic evaluation of {year} on file.</source>
        <translation>档案中没有{branch}{year}年度的民主评议。</translation>
    </message>
    <message>
        <source>{name} is in no democratic evaluation of {year}.</source>
        <translation>{name}未参加{year}年度的民主评议。</translation>
    </message>
    <message>
        <source>This meeting is no longer on file; nothing was changed.</source>
        <translation>该会议记录已不存在，未作任何更改。</translation>
    </message>
    <message>
        <source>There is no study entry with number {id}.</source>
        <translation>档案中没有编号为 {id} 的学习笔记。</translation>
    </message>
    <message>
        <source>There is no study session with number {id}.</source>
        <translation>档案中没有编号为 {id} 的集中学习记录。</translation>
    </message>
    <message>
        <source>There is no inspection with number {id}.</source>
        <translation>档案中没有编号为 {id} 的检查记录。</translation>
    </message>
    <message>
        <source>{count} problem(s) on the ledger came from this inspection; delete them or link them elsewhere first.</source>
        <translation>台账中有 {count} 个问题来自这次检查，请先删除这些问题或改为其他来源。</translation>
    </message>
    <message>
        <source>There is no problem with number {id}.</source>
        <translation>档案中没有编号为 {id} 的问题。</translation>
    </message>
    <message>
        <source>There is no progress note with number {id}.</source>
        <translation>档案中没有编号为 {id} 的整改进展记录。</translation>
    </message>
    <message>
        <source>{folder} does not exist or is not a folder (is the drive plugged in?).</source>
        <translation>{folder} 不存在或不是文件夹（U 盘插好了吗？）。</translation>
    </message>
    <message>
        <source>BranchDesk may not write to {folder} (it is read-only or protected); the backup was not written.</source>
        <translation>支部台账无权写入 {folder}（只读或受保护），备份未写入。</translation>
    </message>
    <message>
        <source>The backup read back from {folder} differs from what was written.</source>
        <translation>从 {folder} 读回的备份与写入的内容不一致。</translation>
    </message>
    <message>
        <source>{drive} is not mounted any more; plug it in again.</source>
        <translation>{drive} 已不再可用，请重新插入。</translation>
    </message>
    <message>
        <source>{drive} is read-only (check the stick&apos;s lock switch); choose another drive.</source>
        <translation>{drive} 为只读（请检查 U 盘的写保护开关），请选择其他磁盘。</translation>
    </message>
    <message>
        <source>{drive} has {free} MB free; the backup needs about {needed} MB.</source>
        <translation>{drive} 剩余空间 {free} MB，备份约需 {needed} MB。</translation>
    </message>
    <message>
        <source>This backup is encrypted: enter the passphrase it was made with.</source>
        <translation>此备份已加密：请输入制作备份时设定的口令。</translation>
    </message>
    <message>
        <source>The passphrase is wrong: it does not open this backup. Ask the clerk who made it (it is agreed in person and never written on the handoff list).</source>
        <translation>口令不正确，无法打开此备份。请询问制作备份的书记员（口令应当面约定，不会写在交接清单上）。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>This file is not a BranchDesk backup (it has no BranchDesk table of contents).</source>
        <translation>此文件不是支部台账备份（没有支部台账的备份目录）。</translation>
    </message>
    <message>
        <source>The backup is damaged and cannot be read. Use another copy.</source>
        <translation>备份已损坏，无法读取。请使用其他副本。</translation>
    </message>
    <message>
        <source>The backup is damaged: “{name}” inside it does not match what was written. Use another copy.</source>
        <translation>备份已损坏：其中的“{name}”与写入时不一致。请使用其他副本。</translation>
    </message>
    <message>
        <source>The backup file is incomplete: it was cut short, for example when the USB stick was pulled out while copying. Use another copy.</source>
        <translation>备份文件不完整：文件被截断（例如复制时拔出了 U 盘）。请使用其他副本。</translation>
    </message>
    <message>
        <source>There is not enough free space in {folder}; the backup was not written and older backups are untouched.</source>
        <translation>{folder} 空间不足，备份未写入，原有备份未受影响。</translation>
    </message>
    <message>
        <source>{folder} is no longer available (was the drive removed?); the backup was not written and older backups are untouched.</source>
        <translation>{folder} 已不可用（磁盘被拔出了吗？），备份未写入，原有备份未受影响。</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: {reason}.</source>
        <translation>无法将备份写入 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>The backup&apos;s table of contents (manifest.json) is damaged at “{field}”.</source>
        <translation>备份目录（manifest.json）中的“{field}”已损坏。</translation>
    </message>
    <message>
        <source>This backup was made by BranchDesk {version} in a newer format; install that version or a newer one to open it.</source>
        <translation>此备份由支部台账 {version} 以更新的格式制作，请安装该版本或更新版本后再打开。</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}); nothing was changed.</source>
        <translation>无法恢复备份（{reason}），未做任何更改。</translation>
    </message>
    <message>
        <source>The restored archive does not hold what the backup lists; the previous data is kept in {path}.</source>
        <translation>恢复后的台账与备份目录所列不符；原有数据保存在 {path}。</translation>
    </message>
    <message>
        <source>This backup comes from a newer BranchDesk (schema {revision}); install that version or a newer one to restore it. Nothing was changed.</source>
        <translation>此备份来自更新版本的支部台账（数据结构 {revision}），请安装该版本或更新版本后再恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>The backup&apos;s database has tables, triggers or views BranchDesk does not make; it is refused for safety. Nothing was changed.</source>
        <translation>备份中的数据库含有支部台账不会创建的表、触发器或视图，为安全起见拒绝使用。未做任何更改。</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file.</source>
        <translation>{path} 是文件夹，不是备份文件。</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>无法读取口令文件 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The passphrase file {path} is empty.</source>
        <translation>口令文件 {path} 为空。</translation>
    </message>
    <message>
        <source>Restoring replaces this PC&apos;s archive: add --yes to confirm.</source>
        <translation>恢复将替换本机的台账：请加上 --yes 确认。</translation>
    </message>
    <message>
        <source>{folder} does not exist or is not a folder.</source>
        <translation>{folder} 不存在或不是文件夹。</translation>
    </message>
    <message>
        <source>This evaluation is no longer on file; nothing was changed.</source>
        <translation>该评议已不在档案中，未做任何更改。</translation>
    </message>
    <message>
        <source>This evaluation round is no longer on file; nothing was changed.</source>
        <translation>该次民主评议已不在档案中，未做任何更改。</translation>
    </message>
    <message>
        <source>This member is not in the evaluation round; nothing was changed.</source>
        <translation>该人员不在本次评议中，未做任何更改。</translation>
    </message>
    <message>
        <source>There is no volunteer certificate with number {id}.</source>
        <translation>没有编号为 {id} 的志愿服务记录证明。</translation>
    </message>
    <message>
        <source>There is no volunteer activity with number {id}.</source>
        <translation>没有编号为 {id} 的志愿服务活动。</translation>
    </message>
    <message>
        <source>The period {period} has not begun yet.</source>
        <translation>{period}尚未开始。</translation>
    </message>
    <message>
        <source>{name} has no volunteer service on file in {period}.</source>
        <translation>{name} 在{period}没有志愿服务记录。</translation>
    </message>
    <message>
        <source>There is no service request with number {id}.</source>
        <translation>没有编号为 {id} 的服务点单。</translation>
    </message>
    <message>
        <source>There is no service team with number {id}.</source>
        <translation>没有编号为 {id} 的党员服务队。</translation>
    </message>
    <message>
        <source>There is no service station with number {id}.</source>
        <translation>没有编号为 {id} 的党员服务站。</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>Self-assessment</source>
        <translation>个人自评</translation>
    </message>
    <message>
        <source>Peer votes</source>
        <translation>党员互评</translation>
    </message>
    <message>
        <source>Masses votes</source>
        <translation>民主测评</translation>
    </message>
    <message>
        <source>Branch opinion</source>
        <translation>支部意见</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评定等次</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluation of {name}</source>
        <translation>{name}的民主评议</translation>
    </message>
    <message>
        <source>{stage} · democratic evaluation of {year}</source>
        <translation>{stage} · {year}年度民主评议</translation>
    </message>
    <message>
        <source>Member {number} of {total}</source>
        <translation>第 {number} 人 / 共 {total} 人</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Saving puts an improvement item for {name} on the inspection and rectification ledger (to be rectified within 3 months).</source>
        <translation>保存后将在检查整改台账中为{name}登记一条限期改进事项（3个月内整改）。</translation>
    </message>
    <message>
        <source>Saved; that was the last member in the list</source>
        <translation>已保存；这是列表中的最后一人</translation>
    </message>
    <message>
        <source>The evaluation could not be saved; nothing was changed. ({error})</source>
        <translation>评议未能保存，未做任何更改。（{error}）</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saved the evaluation of {name}</source>
        <translation>已保存{name}的评议</translation>
    </message>
    <message>
        <source>Please check before saving:

{warnings}

Grade as excellent anyway?</source>
        <translation>保存前请核对：

{warnings}

仍然评定为优秀吗？</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <source>The evaluation of {name}</source>
        <translation>{name}的评议</translation>
    </message>
</context>
<context>
    <name>EvaluationDialogView</name>
    <message>
        <source>The member&apos;s own summary of the year: strengths, shortcomings, plans</source>
        <translation>党员本人的年度总结：优点、不足和努力方向</translation>
    </message>
    <message>
        <source>The branch&apos;s opinion of the member</source>
        <translation>支部对该党员的评议意见</translation>
    </message>
    <message>
        <source>Not graded yet</source>
        <translation>尚未评定</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>个人自评</translation>
    </message>
    <message>
        <source>Peer votes</source>
        <translation>党员互评</translation>
    </message>
    <message>
        <source>Masses votes</source>
        <translation>民主测评</translation>
    </message>
    <message>
        <source>Branch opinion</source>
        <translation>支部意见</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评定等次</translation>
    </message>
    <message>
        <source>Settled by</source>
        <translation>评定会议</translation>
    </message>
    <message>
        <source>Peer and masses votes</source>
        <translation>党员互评与民主测评</translation>
    </message>
    <message>
        <source>Branch grading</source>
        <translation>支部评定</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← 上一人</translation>
    </message>
    <message>
        <source>The member above in the list</source>
        <translation>列表中的上一人</translation>
    </message>
    <message>
        <source>The member below in the list</source>
        <translation>列表中的下一人</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>下一人 →</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>保存并下一人</translation>
    </message>
    <message>
        <source>Save, then go on with the next member (Ctrl+Enter)</source>
        <translation>保存后继续登记下一人（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>个人自评</translation>
    </message>
    <message>
        <source>Peer votes (E/Q/B/U)</source>
        <translation>互评票（优/合/基/不）</translation>
    </message>
    <message>
        <source>Masses votes (E/Q/B/U)</source>
        <translation>测评票（优/合/基/不）</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评定等次</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>尚缺</translation>
    </message>
    <message>
        <source>Votes for excellent / qualified / basically qualified / unqualified</source>
        <translation>优秀 / 合格 / 基本合格 / 不合格 的票数</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{grade} ({by})</source>
        <translation>{grade}（{by}）</translation>
    </message>
    <message>
        <source>Democratic evaluation</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>Graded on {date}</source>
        <translation>{date}评定</translation>
    </message>
    <message>
        <source>Minutes: {kind} “{title}”</source>
        <translation>会议记录：{kind}“{title}”</translation>
    </message>
    <message>
        <source>Date of grading not set yet</source>
        <translation>尚未填写评定日期</translation>
    </message>
    <message>
        <source>Open the evaluation of {year}…</source>
        <translation>开启{year}年度评议…</translation>
    </message>
    <message>
        <source>No branch on file yet</source>
        <translation>还没有支部信息</translation>
    </message>
    <message>
        <source>Enter your branch in Settings, then evaluate its members here.</source>
        <translation>请先在“设置”中填写支部信息，再在这里开展民主评议。</translation>
    </message>
    <message>
        <source>{branch} has not opened the democratic evaluation of {year}</source>
        <translation>{branch}尚未开启{year}年度民主评议</translation>
    </message>
    <message>
        <source>Opening it lists the branch&apos;s Party members of {year} ({count} now); add or remove people afterwards. Then record each member&apos;s self-assessment, the votes and the grade. Excellent is normally given to no more than one third of the members; a basically qualified or unqualified grade puts an improvement item on the inspection and rectification ledger.</source>
        <translation>开启后自动列出本支部{year}年度的党员（目前{count}人），之后可添加或移出人员。然后逐人登记个人自评、互评和测评票数以及评定等次。评为优秀的一般不超过参评党员的三分之一；评为基本合格或不合格的，将在检查整改台账中登记限期改进事项。</translation>
    </message>
    <message>
        <source>{shown} of {total} members shown</source>
        <translation>显示 {shown} 人，共 {total} 人</translation>
    </message>
    <message>
        <source>Nobody is in this round. Add the branch&apos;s members with Add members….</source>
        <translation>本次评议还没有参评人员。请用“添加人员…”添加本支部党员。</translation>
    </message>
    <message>
        <source>No one matches “{text}”.</source>
        <translation>没有与“{text}”匹配的人员。</translation>
    </message>
    <message>
        <source>Every member&apos;s evaluation is complete.</source>
        <translation>所有人员的评议均已完成。</translation>
    </message>
    <message>
        <source>The evaluation could not be read: {error}</source>
        <translation>无法读取民主评议：{error}</translation>
    </message>
    <message>
        <source>Print evaluation form</source>
        <translation>打印民主评议表</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>打印汇总表</translation>
    </message>
    <message>
        <source>Print all forms</source>
        <translation>打印全部评议表</translation>
    </message>
    <message>
        <source>Delete evaluation</source>
        <translation>删除评议</translation>
    </message>
    <message>
        <source>Delete {branch}&apos;s democratic evaluation of {year} with what was recorded for its {count} members? The audit trail keeps it; improvement items stay on the ledger.</source>
        <translation>删除{branch}{year}年度民主评议及其{count}名参评人员的全部登记内容吗？操作记录会保留这些内容；已登记的改进事项仍留在整改台账中。</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Deleted the democratic evaluation of {year}</source>
        <translation>已删除{year}年度民主评议</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Every current Party member of the branch is in this round already.</source>
        <translation>本支部现有党员均已列入本次评议。</translation>
    </message>
    <message>
        <source>Added {count} members to the round</source>
        <translation>已添加 {count} 名参评人员</translation>
    </message>
    <message>
        <source>Remove from round</source>
        <translation>移出评议</translation>
    </message>
    <message>
        <source>Take {name} out of the evaluation of {year}? What was recorded for them is deleted; the audit trail keeps it.</source>
        <translation>将{name}移出{year}年度民主评议吗？其已登记的评议内容将被删除，操作记录会保留。</translation>
    </message>
    <message>
        <source>Their improvement item stays on the ledger.</source>
        <translation>其改进事项仍留在整改台账中。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Removed {name} from the round</source>
        <translation>已将{name}移出本次评议</translation>
    </message>
    <message>
        <source>{graded} graded so far</source>
        <translation>已评定 {graded} 人</translation>
    </message>
    <message>
        <source>{count} still incomplete</source>
        <translation>尚有 {count} 人未完成</translation>
    </message>
    <message>
        <source>Every part recorded</source>
        <translation>各环节均已登记</translation>
    </message>
    <message>
        <source>{excellent} excellent of {graded} graded
normally at most {limit}</source>
        <translation>已评定 {graded} 人，优秀 {excellent} 人
一般不超过 {limit} 人</translation>
    </message>
    <message>
        <source>Each has an improvement item</source>
        <translation>均已登记改进事项</translation>
    </message>
    <message>
        <source>{rule} Check the grades with the branch committee before they are final.</source>
        <translation>{rule}请在确定等次前与支委会核实。</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>Democratic evaluation</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Edit arrangements…</source>
        <translation>编辑评议安排…</translation>
    </message>
    <message>
        <source>The date the grades were settled, the meeting&apos;s minutes, notes</source>
        <translation>评定日期、关联的会议记录和备注</translation>
    </message>
    <message>
        <source>Delete evaluation…</source>
        <translation>删除评议…</translation>
    </message>
    <message>
        <source>Delete this year&apos;s round with everything recorded in it</source>
        <translation>删除本年度评议及其全部登记内容</translation>
    </message>
    <message>
        <source>Every year the branch evaluates its Party members in four steps:</source>
        <translation>支部每年按以下四个环节开展民主评议党员：</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>个人自评</translation>
    </message>
    <message>
        <source>Each member sums up their year: strengths, shortcomings, plans.</source>
        <translation>党员对照标准总结一年的表现：优点、不足和努力方向。</translation>
    </message>
    <message>
        <source>Peer votes</source>
        <translation>党员互评</translation>
    </message>
    <message>
        <source>The other members vote a grade for each member.</source>
        <translation>其他党员对每名党员投票评议等次。</translation>
    </message>
    <message>
        <source>Masses votes</source>
        <translation>民主测评</translation>
    </message>
    <message>
        <source>Students and colleagues who are not members vote too.</source>
        <translation>党外群众代表参加民主测评投票。</translation>
    </message>
    <message>
        <source>Branch grading</source>
        <translation>支部评定</translation>
    </message>
    <message>
        <source>The branch committee or assembly writes its opinion and the grade.</source>
        <translation>支委会或党员大会提出评议意见并确定等次。</translation>
    </message>
    <message>
        <source>Members evaluated</source>
        <translation>参评党员</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成评议</translation>
    </message>
    <message>
        <source>Graded excellent</source>
        <translation>优秀占比</translation>
    </message>
    <message>
        <source>Basically qualified / unqualified</source>
        <translation>基本合格 / 不合格</translation>
    </message>
    <message>
        <source>Record evaluation…</source>
        <translation>评议登记…</translation>
    </message>
    <message>
        <source>Self-assessment, votes and grade of the selected member (Enter)</source>
        <translation>登记所选人员的个人自评、票数和等次（Enter）</translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <source>Add members of the branch who were left out</source>
        <translation>添加未列入的本支部党员</translation>
    </message>
    <message>
        <source>Remove from round…</source>
        <translation>移出人员…</translation>
    </message>
    <message>
        <source>Take the selected member out of this year&apos;s evaluation</source>
        <translation>将所选人员移出本年度评议</translation>
    </message>
    <message>
        <source>Print evaluation form…</source>
        <translation>打印评议表…</translation>
    </message>
    <message>
        <source>The selected member&apos;s democratic evaluation form (Ctrl+P)</source>
        <translation>所选人员的民主评议表（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>打印汇总表…</translation>
    </message>
    <message>
        <source>The round&apos;s summary table: votes and grades of every member</source>
        <translation>本次评议汇总表：每名党员的票数和等次</translation>
    </message>
    <message>
        <source>Print all forms…</source>
        <translation>打印全部…</translation>
    </message>
    <message>
        <source>The summary table, then every member&apos;s form from a new page</source>
        <translation>汇总表和每名党员的民主评议表（各自另起一页）</translation>
    </message>
    <message>
        <source>Search by name or pinyin initials (Ctrl+F)</source>
        <translation>按姓名或拼音首字母搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Only incomplete</source>
        <translation>只看未完成</translation>
    </message>
    <message>
        <source>Show only members whose evaluation still lacks a part</source>
        <translation>只显示尚有环节未登记的人员</translation>
    </message>
    <message>
        <source>Double-click a member to record their evaluation</source>
        <translation>双击人员进行评议登记</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Include people who left</source>
        <translation>包括已离开人员</translation>
    </message>
    <message>
        <source>No organisational life for 6 months</source>
        <translation>6个月未参加组织生活</translation>
    </message>
    <message>
        <source>Party members who attended no meeting in the last 6 months (Party Constitution, Article 9)</source>
        <translation>近6个月未参加任何会议的党员（党章第九条）</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <source>Set up BranchDesk</source>
        <translation>建立台账</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Your archive is ready.</source>
        <translation>台账已建立。</translation>
    </message>
    <message>
        <source>Nothing was stored: {error}</source>
        <translation>未保存任何内容：{error}</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <source>Welcome to BranchDesk</source>
        <translation>欢迎使用支部台账</translation>
    </message>
    <message>
        <source>1 Your branch</source>
        <translation>1 支部</translation>
    </message>
    <message>
        <source>2 Your name</source>
        <translation>2 您的姓名</translation>
    </message>
    <message>
        <source>3 How to start</source>
        <translation>3 开始方式</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Close the assistant; it opens again next time while the archive is empty</source>
        <translation>关闭向导；台账仍为空时，下次启动会再次打开</translation>
    </message>
    <message>
        <source>Add another branch</source>
        <translation>再添加一个支部</translation>
    </message>
    <message>
        <source>A general branch (党总支) keeps the archive of each of its branches</source>
        <translation>党总支可在此分别建立各支部的台账</translation>
    </message>
    <message>
        <source>e.g. 计算机学院党委</source>
        <translation>例如：计算机学院党委</translation>
    </message>
    <message>
        <source>Branch name *</source>
        <translation>支部名称 *</translation>
    </message>
    <message>
        <source>Higher Party organisation</source>
        <translation>上级党组织</translation>
    </message>
    <message>
        <source>Only looking around? Try the program with sample data</source>
        <translation>只是看看？用示例数据试用本程序</translation>
    </message>
    <message>
        <source>Which branch keeps its archive here?</source>
        <translation>哪个支部在这里建立台账？</translation>
    </message>
    <message>
        <source>The name is printed at the top of every form, as the branch writes it (e.g. 计算机学院第一学生党支部). Everything stays on this PC and can be changed later in Settings.</source>
        <translation>支部名称会印在每张表格的抬头，请按支部的正式名称填写（例如：计算机学院第一学生党支部）。所有数据只保存在这台电脑上，以后可在“设置”中修改。</translation>
    </message>
    <message>
        <source>e.g. 计算机学院第一学生党支部</source>
        <translation>例如：计算机学院第一学生党支部</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Who keeps the archive?</source>
        <translation>由谁管理台账？</translation>
    </message>
    <message>
        <source>Your name is written beside every change in the audit trail and on the handoff list when the archive passes to the next clerk. You may leave it empty and fill it in later in Settings.</source>
        <translation>您的姓名会记录在每一项修改的操作日志中，并在台账移交给下一任时写入交接清单。也可以暂不填写，以后在“设置”中补填。</translation>
    </message>
    <message>
        <source>Import the member roster from Excel</source>
        <translation>从 Excel 导入党员花名册</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>载入示例数据</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空台账开始</translation>
    </message>
    <message>
        <source>The import assistant reads your .xlsx list of members, activists and applicants, checks every row and imports them into your branch.</source>
        <translation>导入向导读取您的 .xlsx 名单（党员、积极分子、申请人），逐行检查后导入到您的支部。</translation>
    </message>
    <message>
        <source>A made-up branch with 60 people and three years of meetings, study, inspections and volunteer service, to try the program. It brings its own branch and clerk: the names entered before are not used.</source>
        <translation>一个虚构的支部，含 60 人及三年的会议、学习、检查整改和志愿服务记录，用于试用本程序。它自带支部和管理员，前面填写的名称不会使用。</translation>
    </message>
    <message>
        <source>Add people one by one under Member files (Ctrl+N).</source>
        <translation>在“党员档案”中逐个添加人员（Ctrl+N）。</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>您想怎样开始？</translation>
    </message>
    <message>
        <source>You can import a roster or add people at any time later as well.</source>
        <translation>以后也可以随时导入花名册或添加人员。</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Problems on the ledger</source>
        <translation>整改台账问题</translation>
    </message>
    <message>
        <source>Volunteer activities</source>
        <translation>志愿服务活动</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服务点单</translation>
    </message>
    <message>
        <source>Waiting to be dispatched</source>
        <translation>待派单</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name}（已离开）</translation>
    </message>
    <message>
        <source>{kind} no. {number}</source>
        <translation>{kind} 第{number}次</translation>
    </message>
    <message>
        <source>{year} ledger, no. {number}</source>
        <translation>{year}年台账 第{number}号</translation>
    </message>
    <message>
        <source>{kind} (first {count})</source>
        <translation>{kind}（仅显示前 {count} 条）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Volunteer service has no page in this version yet.</source>
        <translation>此版本还没有志愿服务页面。</translation>
    </message>
</context>
<context>
    <name>HandoffWizard</name>
    <message>
        <source>Hand over to the next clerk</source>
        <translation>移交给下一任书记员</translation>
    </message>
    <message>
        <source>The backup needs about {size}.</source>
        <translation>备份约需 {size} 空间。</translation>
    </message>
    <message>
        <source>Choose the folder to write to</source>
        <translation>选择要写入的文件夹</translation>
    </message>
    <message>
        <source>Write the backup</source>
        <translation>写入备份</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
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
        <source>{free} of {total}</source>
        <translation>可用 {free}，共 {total}</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Removable drive</source>
        <translation>可移动磁盘</translation>
    </message>
    <message>
        <source>Fixed disk</source>
        <translation>本机磁盘</translation>
    </message>
    <message>
        <source>{kind}, read-only</source>
        <translation>{kind}，只读</translation>
    </message>
    <message>
        <source>No passphrase</source>
        <translation>不设口令</translation>
    </message>
    <message>
        <source>Write the backup without a passphrase? Anyone who has the stick can then read the whole archive.</source>
        <translation>确定不设口令写入备份吗？这样任何拿到U盘的人都能读取整个台账。</translation>
    </message>
    <message>
        <source>Write without a passphrase</source>
        <translation>不设口令，继续写入</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>返回设置口令</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Writing the backup to {drive}…</source>
        <translation>正在把备份写入 {drive}…</translation>
    </message>
    <message>
        <source>Encrypting the backup, then reading it back from the drive and checking it…</source>
        <translation>正在加密备份，然后从磁盘读回并核对…</translation>
    </message>
    <message>
        <source>Reading the backup back from the drive and checking it…</source>
        <translation>正在从磁盘读回备份并核对…</translation>
    </message>
    <message>
        <source>{done} of {total} written</source>
        <translation>已写入 {done}，共 {total}</translation>
    </message>
    <message>
        <source>The backup is written and verified.</source>
        <translation>备份已写入，核对无误。</translation>
    </message>
    <message>
        <source>yes, with the passphrase you set</source>
        <translation>是，使用你设置的口令</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{count} attached files recorded in the archive were missing from this PC and are not in the backup.</source>
        <translation>台账中记录的 {count} 个附件在本机上找不到，未包含在备份中。</translation>
    </message>
    <message>
        <source>Handoff backup written and verified: {path}</source>
        <translation>移交备份已写入并核对：{path}</translation>
    </message>
    <message>
        <source>Backup file: {path}</source>
        <translation>备份文件：{path}</translation>
    </message>
    <message>
        <source>Encrypted backup file: {path}</source>
        <translation>加密备份文件：{path}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Please wait until the backup has been checked.</source>
        <translation>请等待备份核对完成。</translation>
    </message>
</context>
<context>
    <name>HandoffWizardView</name>
    <message>
        <source>Hand over to the next clerk</source>
        <translation>移交给下一任书记员</translation>
    </message>
    <message>
        <source>1 Drive</source>
        <translation>1 选择磁盘</translation>
    </message>
    <message>
        <source>2 Passphrase</source>
        <translation>2 设置口令</translation>
    </message>
    <message>
        <source>3 Write</source>
        <translation>3 写入</translation>
    </message>
    <message>
        <source>4 Verify</source>
        <translation>4 核对</translation>
    </message>
    <message>
        <source>5 Handoff list</source>
        <translation>5 交接清单</translation>
    </message>
    <message>
        <source>6 Done</source>
        <translation>6 完成</translation>
    </message>
    <message>
        <source>Plug in the USB stick that goes to the next clerk and choose it below. Removable drives are listed first; the backup is written to the top folder of the drive you choose.</source>
        <translation>插入要交给下一任书记员的U盘，并在下面选中它。可移动磁盘排在前面；备份写在所选磁盘的最外层文件夹里。</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>可用空间</translation>
    </message>
    <message>
        <source>No drive was found. Plug in the USB stick and click Refresh, or choose another folder.</source>
        <translation>没有找到磁盘。请插入U盘后点击“刷新”，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>选择其他文件夹…</translation>
    </message>
    <message>
        <source>The backup is encrypted with a passphrase: without it nobody can open the file, not even you. Tell it to the next clerk in person; never write it on the stick or on the handoff list.</source>
        <translation>备份用口令加密：没有口令，谁也打不开这个文件，包括你自己。请当面把口令告诉下一任书记员，不要写在U盘上或交接清单上。</translation>
    </message>
    <message>
        <source>A short sentence works well, for example four words that do not belong together. Chinese characters may be used.</source>
        <translation>一句短话就很好，例如四个互不相干的词语；可以使用汉字。</translation>
    </message>
    <message>
        <source>Write the backup without a passphrase</source>
        <translation>不设口令写入备份</translation>
    </message>
    <message>
        <source>Not recommended: without a passphrase, anyone who finds or copies the stick can read every member&apos;s ID number, phone number and family details.</source>
        <translation>不建议这样做：没有口令，任何捡到或复制了U盘的人都能看到每位党员的身份证号、电话和家庭情况。</translation>
    </message>
    <message>
        <source>Do not pull out the stick while the backup is written. Cancel stops it and leaves nothing behind on the drive.</source>
        <translation>写入时请不要拔出U盘。点击“取消”会停止写入，磁盘上不会留下任何文件。</translation>
    </message>
    <message>
        <source>The file is read back from the drive and every part of it is compared with what was written, so a stick that loses data is found now, not next year.</source>
        <translation>从磁盘读回文件，逐一核对每个部分与写入的是否一致——U盘若会丢数据，现在就能发现，而不是等到明年。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>Encrypted:</source>
        <translation>是否加密：</translation>
    </message>
    <message>
        <source>Print the handoff list</source>
        <translation>打印交接清单</translation>
    </message>
    <message>
        <source>The handoff list (交接清单) names the backup file with its size and SHA-256, the records it holds per family, and has lines for the outgoing clerk, the incoming clerk and a witness to sign. Print it, check the figures together, sign it, and keep it with the branch&apos;s paper archive. The passphrase is never printed on it.</source>
        <translation>交接清单列出备份文件名、大小和 SHA-256 校验值，以及各类记录的条数，并留有移交人、接收人和监交人的签字栏。请打印出来，双方一起核对数字后签字，与支部纸质档案一并保存。口令不会印在清单上。</translation>
    </message>
    <message>
        <source>Print the handoff list…</source>
        <translation>打印交接清单…</translation>
    </message>
    <message>
        <source>It can be printed again later: on the Backup and handoff page, check the backup file and print its handoff list there.</source>
        <translation>以后也可以补打：在“备份与移交”页面核对该备份文件，再打印它的交接清单。</translation>
    </message>
    <message>
        <source>The handoff backup is ready.</source>
        <translation>移交备份已准备好。</translation>
    </message>
    <message>
        <source>• Give the USB stick and the signed handoff list to the next clerk.
• Tell the passphrase in person.
• The next clerk opens BranchDesk, goes to Backup and handoff and clicks Restore a backup…; the backup is checked again before anything is replaced.</source>
        <translation>• 把U盘和签好字的交接清单交给下一任书记员。
• 当面告知口令。
• 下一任书记员打开支部台账，进入“备份与移交”，点击“恢复备份…”；替换任何数据之前会再次核对备份。</translation>
    </message>
</context>
<context>
    <name>HonourForm</name>
    <message>
        <source>Edit award or sanction</source>
        <translation>编辑奖惩</translation>
    </message>
    <message>
        <source>Add an award or sanction</source>
        <translation>添加奖惩</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>e.g. 优秀共产党员</source>
        <translation>例如：优秀共产党员</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>授予/决定单位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>HonourSection</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>授予/决定单位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>HonoursTab</name>
    <message>
        <source>Awards and sanctions</source>
        <translation>奖惩</translation>
    </message>
</context>
<context>
    <name>HoursChart</name>
    <message>
        <source>Collective hours</source>
        <translation>集中学习学时</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标学时</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>学时</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Student/staff number</source>
        <translation>学号/工号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>发展阶段（政治面貌）</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Dormitory</source>
        <translation>宿舍</translation>
    </message>
    <message>
        <source>Job post</source>
        <translation>工作岗位</translation>
    </message>
    <message>
        <source>Application submitted on</source>
        <translation>递交入党申请书时间</translation>
    </message>
    <message>
        <source>Made an activist on</source>
        <translation>列为入党积极分子时间</translation>
    </message>
    <message>
        <source>Made a candidate on</source>
        <translation>列为发展对象时间</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>转正时间</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
</context>
<context>
    <name>ImportLines</name>
    <message>
        <source>Already on file; not changed.</source>
        <translation>已有档案，不作改动。</translation>
    </message>
    <message>
        <source>Only the year and month of {fields}: the 1st of the month is stored.</source>
        <translation>{fields}只有年月，按当月 1 日记录。</translation>
    </message>
</context>
<context>
    <name>ImportMappingModel</name>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>文件中的列标题</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几行的值</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>有误的列</translation>
    </message>
    <message>
        <source>Reason / note</source>
        <translation>原因/说明</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <source>Update file</source>
        <translation>更新档案</translation>
    </message>
    <message>
        <source>Skip (already on file)</source>
        <translation>跳过（已有档案）</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import member roster</source>
        <translation>导入党员名册</translation>
    </message>
    <message>
        <source>The archive has no branch yet: enter your branch in Settings first.</source>
        <translation>台账中还没有支部：请先在“设置”中填写本支部。</translation>
    </message>
    <message>
        <source>Choose the member roster</source>
        <translation>选择党员名册</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
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
        <source>Please wait until the import has finished.</source>
        <translation>请等待导入完成。</translation>
    </message>
    <message>
        <source>The file could not be opened ({error}).</source>
        <translation>无法打开文件（{error}）。</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>出现错误：{error}</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”: headers on row {header}, {count} rows of data</source>
        <translation>{file}，工作表“{sheet}”：列标题在第 {header} 行，共 {count} 行数据</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the {count} rows with errors</source>
        <translation>只导入正确的行，跳过有错误的 {count} 行</translation>
    </message>
    <message>
        <source>New party groups will be created: {names}.</source>
        <translation>将新建党小组：{names}。</translation>
    </message>
    <message>
        <source>There is nothing to import from this file.</source>
        <translation>此文件中没有可导入的内容。</translation>
    </message>
    <message>
        <source>Row {row}, {column}:</source>
        <translation>第 {row} 行，{column}：</translation>
    </message>
    <message>
        <source>Row {row}:</source>
        <translation>第 {row} 行：</translation>
    </message>
    <message>
        <source>Importing… a safety copy of the archive is made first.</source>
        <translation>正在导入…… 导入前先为台账保存一份安全副本。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The roster has been imported.</source>
        <translation>党员名册已导入。</translation>
    </message>
    <message>
        <source>The archive as it was before the import is kept in a safety copy:
{path}</source>
        <translation>导入前的台账已保存为安全副本：
{path}</translation>
    </message>
    <message>
        <source>Imported the roster: {created} new, {updated} updated.</source>
        <translation>党员名册已导入：新建 {created} 人，更新 {updated} 人。</translation>
    </message>
    <message>
        <source>Nothing was imported; the archive is as it was before.</source>
        <translation>未导入任何数据，台账保持原样。</translation>
    </message>
</context>
<context>
    <name>ImportWizardView</name>
    <message>
        <source>Import a member roster</source>
        <translation>导入党员名册</translation>
    </message>
    <message>
        <source>1 Choose the file</source>
        <translation>1 选择文件</translation>
    </message>
    <message>
        <source>2 Match the columns</source>
        <translation>2 核对列</translation>
    </message>
    <message>
        <source>3 Check the rows</source>
        <translation>3 预览检查</translation>
    </message>
    <message>
        <source>4 Import</source>
        <translation>4 导入</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Skip them: their files stay as they are</source>
        <translation>跳过：其档案保持不变</translation>
    </message>
    <message>
        <source>Update them with the roster&apos;s values (empty cells change nothing)</source>
        <translation>用名册中的内容更新其档案（空白单元格不改动原有内容）</translation>
    </message>
    <message>
        <source>People are matched by ID number, or else by student/staff number.</source>
        <translation>按公民身份号码识别同一人；没有身份证号时按学号/工号识别。</translation>
    </message>
    <message>
        <source>Excel file:</source>
        <translation>Excel 文件：</translation>
    </message>
    <message>
        <source>Import into:</source>
        <translation>导入到：</translation>
    </message>
    <message>
        <source>People already on file:</source>
        <translation>已有档案的人员：</translation>
    </message>
    <message>
        <source>Choose a roster saved as an Excel workbook (.xlsx). Its first sheet is read; title rows above the headers are fine. Rows that name another branch go there; the others go into the branch chosen here.</source>
        <translation>请选择 Excel 工作簿（.xlsx）格式的党员名册。程序读取第一个工作表，列标题上方可以有标题行。填写了其他支部的行导入到该支部，其余的行导入到这里选择的支部。</translation>
    </message>
    <message>
        <source>Nothing is written until you click Import on the last step, and a safety copy of the archive is made first.</source>
        <translation>在最后一步点击“导入”之前不会写入任何数据；导入前会先为台账保存一份安全副本。</translation>
    </message>
    <message>
        <source>Check which field each column of the file fills, and correct it where the guess is wrong. Columns set to “Not imported” are left out; each field takes one column.</source>
        <translation>请核对文件中每一列对应的项目，自动识别有误时请改正。设为“不导入”的列不会导入；每个项目只能对应一列。</translation>
    </message>
    <message>
        <source>No column is mapped to the name (姓名). Choose “{name}” for the column that holds the names.</source>
        <translation>还没有哪一列对应“姓名”。请为存放姓名的那一列选择“{name}”。</translation>
    </message>
    <message>
        <source>New files</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <source>Files updated</source>
        <translation>更新档案</translation>
    </message>
    <message>
        <source>Skipped (already on file)</source>
        <translation>跳过（已有档案）</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>有错误的行</translation>
    </message>
    <message>
        <source>Show only rows with errors</source>
        <translation>只显示有错误的行</translation>
    </message>
    <message>
        <source>To import those rows too, correct them in Excel, save the file, and go back to step 1 to read it again.</source>
        <translation>如需导入这些行，请在 Excel 中改正并保存文件，然后回到第 1 步重新读取。</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>未导入的行</translation>
    </message>
    <message>
        <source>The people imported are now on the Member files page, and the import is recorded in the audit trail.</source>
        <translation>导入的人员已列入“党员档案”页，本次导入已记入操作记录。</translation>
    </message>
</context>
<context>
    <name>ImprovementNotice</name>
    <message>
        <source>{name} was graded {grade}: an improvement item is on the ledger.</source>
        <translation>{name}被评定为{grade}，已在整改台账中登记改进事项。</translation>
    </message>
    <message>
        <source>It is no. {number} of {year} on the Inspections page, category “{category}”, to be rectified by {deadline}. Its goal and measures are for the branch to fill in.</source>
        <translation>在“检查整改”页中为{year}年第{number}号，类别“{category}”，整改时限{deadline}。整改目标和措施由支部填写。</translation>
    </message>
    <message>
        <source>Improvement item</source>
        <translation>改进事项</translation>
    </message>
    <message>
        <source>Open the item…</source>
        <translation>打开该事项…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>{count} problem(s) on the ledger came from this inspection, {open} still open.</source>
        <translation>台账上有 {count} 个问题来自本次检查，其中 {open} 个尚未完成。</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <source>Inspection: {kind}</source>
        <translation>检查：{kind}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>The inspection could not be saved; nothing was changed. ({error})</source>
        <translation>检查记录未能保存，未做任何更改。（{error}）</translation>
    </message>
    <message>
        <source>Saved the {kind}</source>
        <translation>已保存{kind}</translation>
    </message>
</context>
<context>
    <name>InspectionDialogView</name>
    <message>
        <source>e.g. the branch committee, the college Party committee, a patrol team</source>
        <translation>例如：支部委员会、学院党委、巡察组</translation>
    </message>
    <message>
        <source>What was inspected, e.g. the study records</source>
        <translation>检查了什么，例如：学习笔记</translation>
    </message>
    <message>
        <source>The findings in general; each problem goes on the ledger with Raise a problem…</source>
        <translation>总体情况；每个问题请用“登记问题…”记入台账</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>检查类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Inspected by *</source>
        <translation>检查人 *</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>检查范围</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <source>Check lists, photos, the feedback letter.</source>
        <translation>检查清单、照片、反馈意见等。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The inspection</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>检查材料</translation>
    </message>
</context>
<context>
    <name>InspectionListModel</name>
    <message>
        <source>Date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>检查类型</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>检查范围</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <source>Delete inspection</source>
        <translation>删除检查记录</translation>
    </message>
    <message>
        <source>Delete the {kind} of {date}? The audit trail keeps it.</source>
        <translation>删除 {date} 的{kind}记录吗？审计记录会保留。</translation>
    </message>
    <message>
        <source>Deleted the {kind}</source>
        <translation>已删除{kind}记录</translation>
    </message>
    <message>
        <source>Print ledger</source>
        <translation>打印台账</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Applicant</source>
        <translation>入党申请人</translation>
    </message>
    <message>
        <source>Activist</source>
        <translation>入党积极分子</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>发展对象</translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Done / passed</source>
        <translation>已完成/通过</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Probation extended</source>
        <translation>延长预备期</translation>
    </message>
    <message>
        <source>Probationary status cancelled</source>
        <translation>取消预备资格</translation>
    </message>
    <message>
        <source>Talked with by</source>
        <translation>谈话人</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>培养联系人</translation>
    </message>
    <message>
        <source>Introducers</source>
        <translation>入党介绍人</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审查人</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Basically qualified</source>
        <translation>基本合格</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Branch committee</source>
        <translation>支部委员会</translation>
    </message>
    <message>
        <source>Branch assembly</source>
        <translation>支部党员大会</translation>
    </message>
    <message>
        <source>Branch committee meeting</source>
        <translation>支部委员会</translation>
    </message>
    <message>
        <source>Party group meeting</source>
        <translation>党小组会</translation>
    </message>
    <message>
        <source>Party lecture</source>
        <translation>党课</translation>
    </message>
    <message>
        <source>Theme Party day</source>
        <translation>主题党日</translation>
    </message>
    <message>
        <source>Organisational life meeting</source>
        <translation>组织生活会</translation>
    </message>
    <message>
        <source>Heart-to-heart talk</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Admit as probationary member</source>
        <translation>接收预备党员</translation>
    </message>
    <message>
        <source>Confirm as full member</source>
        <translation>预备党员转正</translation>
    </message>
    <message>
        <source>Other resolution</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>本期待开</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Collective study</source>
        <translation>集中学习</translation>
    </message>
    <message>
        <source>Self-study</source>
        <translation>自学</translation>
    </message>
    <message>
        <source>Xuexi Qiangguo app</source>
        <translation>学习强国</translation>
    </message>
    <message>
        <source>Micro Party lecture</source>
        <translation>微党课</translation>
    </message>
    <message>
        <source>Party school training</source>
        <translation>党校培训</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Routine inspection</source>
        <translation>日常小检查</translation>
    </message>
    <message>
        <source>Annual inspection</source>
        <translation>年度大检查</translation>
    </message>
    <message>
        <source>Special inspection</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <source>Patrol inspection</source>
        <translation>巡察</translation>
    </message>
    <message>
        <source>Pointed out by superiors</source>
        <translation>上级点</translation>
    </message>
    <message>
        <source>Raised by the masses</source>
        <translation>群众提</translation>
    </message>
    <message>
        <source>Found by the branch</source>
        <translation>自己找</translation>
    </message>
    <message>
        <source>Rectify immediately</source>
        <translation>立行立改</translation>
    </message>
    <message>
        <source>Rectify by a deadline</source>
        <translation>限期整改</translation>
    </message>
    <message>
        <source>Keep up long-term</source>
        <translation>长期坚持</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>{kind} on {date}</source>
        <translation>{date}{kind}</translation>
    </message>
    <message>
        <source>{kind} “{title}” on {date}</source>
        <translation>{date}{kind}“{title}”</translation>
    </message>
    <message>
        <source>Democratic evaluation of {year}: {name}</source>
        <translation>{year}年度民主评议：{name}</translation>
    </message>
    <message>
        <source>Democratic evaluation</source>
        <translation>民主评议</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>Inspection and rectification</source>
        <translation>检查整改</translation>
    </message>
    <message>
        <source>{shown} of {total} problems</source>
        <translation>共 {total} 个问题，显示 {shown} 个</translation>
    </message>
    <message>
        <source>{total} problems</source>
        <translation>共 {total} 个问题</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All inspections</source>
        <translation>全部检查</translation>
    </message>
    <message>
        <source>{count} more open from other years</source>
        <translation>另有其他年度未完成 {count} 个</translation>
    </message>
    <message>
        <source>of {total} on the ledger of {year}</source>
        <translation>{year}年台账共 {total} 个</translation>
    </message>
    <message>
        <source>No branch on file yet. Enter your branch in Settings, then keep its inspection and rectification ledger here.</source>
        <translation>尚未登记支部。请先在“设置”中填写支部信息，再在这里记录检查整改台账。</translation>
    </message>
    <message>
        <source>No problem on the ledger of {year} matches these filters. Clear filters shows them all.</source>
        <translation>{year}年台账中没有符合筛选条件的问题。点击“清除筛选”可显示全部问题。</translation>
    </message>
    <message>
        <source>No problems on the ledger of {year}. Record an inspection on the Inspections tab and raise the problems it found there, or click New problem… (Ctrl+N) for a problem pointed out by superiors, raised by the masses or found by the branch itself.</source>
        <translation>{year}年台账中还没有问题。可在“检查记录”页签登记检查，并从检查中登记发现的问题；上级点、群众提、自己找的问题，也可点击“新建问题…”（Ctrl+N）直接登记。</translation>
    </message>
    <message>
        <source>No inspections recorded in {year}. Click New inspection… to record a routine or annual inspection, a special inspection or a patrol; then raise the problems it found with Raise a problem….</source>
        <translation>{year}年还没有检查记录。点击“新建检查…”登记日常小检查、年度大检查、专项检查或巡察，再用“登记问题…”把发现的问题记入台账。</translation>
    </message>
    <message>
        <source>The ledger could not be read: {error}</source>
        <translation>无法读取台账：{error}</translation>
    </message>
    <message>
        <source>Delete problem</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <source>Delete problem No. {number} of {year} (“{description}”) with its progress notes and evidence links? Its number is not given again; the audit trail keeps everything.</source>
        <translation>删除{year}年第 {number} 号问题（“{description}”）及其整改进展和佐证材料链接吗？该序号不再使用；审计记录会全部保留。</translation>
    </message>
    <message>
        <source>Deleted problem No. {number} of {year}</source>
        <translation>已删除{year}年第 {number} 号问题</translation>
    </message>
    <message>
        <source>Print ledger</source>
        <translation>打印台账</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Inspection and rectification</source>
        <translation>检查整改</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Search problems, targets, measures (Ctrl+F)</source>
        <translation>搜索问题表现、整改目标、整改措施（Ctrl+F）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>7 天内到期</translation>
    </message>
    <message>
        <source>Closed after review</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Problem ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Show every responsible person</source>
        <translation>显示全部责任人</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation>姓名或其中的字</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Deadline from</source>
        <translation>时限从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>New problem…</source>
        <translation>新建问题…</translation>
    </message>
    <message>
        <source>Put a problem on the ledger: pointed out, raised or found (Ctrl+N)</source>
        <translation>登记上级点、群众提或自己找的问题（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Open the selected problem (Enter)</source>
        <translation>打开选中的问题（回车）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Print ledger…</source>
        <translation>打印台账…</translation>
    </message>
    <message>
        <source>The year&apos;s rectification ledger of the branch</source>
        <translation>本支部本年度的问题整改台账</translation>
    </message>
    <message>
        <source>Double-click a problem to open it</source>
        <translation>双击问题可打开</translation>
    </message>
    <message>
        <source>New inspection…</source>
        <translation>新建检查…</translation>
    </message>
    <message>
        <source>Record a routine, annual or special inspection, or a patrol (Ctrl+N)</source>
        <translation>登记日常小检查、年度大检查、专项检查或巡察（Ctrl+N）</translation>
    </message>
    <message>
        <source>Raise a problem…</source>
        <translation>登记问题…</translation>
    </message>
    <message>
        <source>Put a problem this inspection found on the ledger, linked to it</source>
        <translation>把本次检查发现的问题记入台账，并注明来自本次检查</translation>
    </message>
    <message>
        <source>Show its problems</source>
        <translation>查看其问题</translation>
    </message>
    <message>
        <source>Print its ledger…</source>
        <translation>打印本次检查台账…</translation>
    </message>
    <message>
        <source>The rectification ledger of the selected inspection</source>
        <translation>选中检查的问题整改台账</translation>
    </message>
    <message>
        <source>Double-click an inspection to edit it</source>
        <translation>双击检查记录可编辑</translation>
    </message>
</context>
<context>
    <name>LocalRules</name>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> month</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> day</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> working day</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source> class hour</source>
        <translation> 学时</translation>
    </message>
    <message>
        <source> class hours</source>
        <translation> 学时</translation>
    </message>
    <message>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <source> time</source>
        <translation> 次</translation>
    </message>
    <message>
        <source> (month of the year)</source>
        <translation> 月</translation>
    </message>
    <message>
        <source>Member development</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <source>Study, meetings and inspections</source>
        <translation>学习、会议与检查</translation>
    </message>
    <message>
        <source>Name an activist no sooner than this after the application</source>
        <translation>递交入党申请书后，列为入党积极分子须满</translation>
    </message>
    <message>
        <source>Development step 3; usually 3 or 6 months.</source>
        <translation>发展党员第 3 步；一般为 3 个月或 6 个月。</translation>
    </message>
    <message>
        <source>Contact person&apos;s review and thought report every</source>
        <translation>培养联系人考察及思想汇报间隔</translation>
    </message>
    <message>
        <source>Development step 6; usually every quarter.</source>
        <translation>发展党员第 6 步；一般每季度一次。</translation>
    </message>
    <message>
        <source>A political review&apos;s conclusion stays valid for</source>
        <translation>政治审查结论有效期</translation>
    </message>
    <message>
        <source>Development step 10; usually 1 year.</source>
        <translation>发展党员第 10 步；一般为 1 年。</translation>
    </message>
    <message>
        <source>Pre-review by the higher Party committee within</source>
        <translation>上级党委预审时限</translation>
    </message>
    <message>
        <source>Development step 13; usually 1 month.</source>
        <translation>发展党员第 13 步；一般为 1 个月。</translation>
    </message>
    <message>
        <source>File the materials after full membership within</source>
        <translation>转正后材料归档时限</translation>
    </message>
    <message>
        <source>Development step 25; usually 1 week.</source>
        <translation>发展党员第 25 步；一般为 1 周。</translation>
    </message>
    <message>
        <source>A public notice lasts at least</source>
        <translation>公示期不少于</translation>
    </message>
    <message>
        <source>For activists, candidates, admission and full membership; at least 5.</source>
        <translation>确定入党积极分子、发展对象，接收预备党员和预备党员转正时公示；不少于 5 个工作日。</translation>
    </message>
    <message>
        <source>Collective study per member and year</source>
        <translation>党员每年集中学习培训</translation>
    </message>
    <message>
        <source>Usually at least 32 class hours.</source>
        <translation>一般不少于 32 学时。</translation>
    </message>
    <message>
        <source>Collective study per year for the secretary and committee</source>
        <translation>书记、支委每年集中学习培训</translation>
    </message>
    <message>
        <source>Usually at least 56 class hours.</source>
        <translation>一般不少于 56 学时。</translation>
    </message>
    <message>
        <source>Party lectures per year</source>
        <translation>每年党课</translation>
    </message>
    <message>
        <source>Usually once a quarter.</source>
        <translation>一般每季度一次。</translation>
    </message>
    <message>
        <source>Remind this long before the committee&apos;s term ends</source>
        <translation>支委会任期届满前提前提醒</translation>
    </message>
    <message>
        <source>A committee serves 3 years; prepare the election in time.</source>
        <translation>支部委员会每届任期 3 年，请及时做好换届准备。</translation>
    </message>
    <message>
        <source>Hold a routine inspection at least every</source>
        <translation>日常小检查至少每隔</translation>
    </message>
    <message>
        <source>Usually every month; 0 when the branch holds no regular inspections.</source>
        <translation>通常每月一次；支部不开展日常小检查时填 0。</translation>
    </message>
    <message>
        <source>Hold the annual inspection by the end of</source>
        <translation>年度大检查最迟完成于每年</translation>
    </message>
    <message>
        <source>Usually in December.</source>
        <translation>通常在 12 月。</translation>
    </message>
    <message>
        <source>Remind of the democratic evaluation from</source>
        <translation>民主评议提醒起始月份</translation>
    </message>
    <message>
        <source>Members are evaluated every year, usually in December or January.</source>
        <translation>每年评议一次，一般在12月或次年1月进行。</translation>
    </message>
    <message>
        <source>Back up the archive at least every</source>
        <translation>台账备份间隔不超过</translation>
    </message>
    <message>
        <source>The dashboard reminds you when the last backup is older.</source>
        <translation>最近一次备份超过此天数时，工作台会提醒。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Find people, meetings, problems, activities and requests (Ctrl+K)</source>
        <translation>查找人员、会议、整改问题、志愿活动和服务点单（Ctrl+K）</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About BranchDesk</source>
        <translation>关于支部台账(&amp;A)</translation>
    </message>
    <message>
        <source>BranchDesk — {branch}</source>
        <translation>支部台账 BranchDesk — {branch}</translation>
    </message>
    <message>
        <source>BranchDesk</source>
        <translation>支部台账 BranchDesk</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit or role</source>
        <translation>单位或身份</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Points raised</source>
        <translation>发言要点</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>New minutes: {kind}</source>
        <translation>新建会议记录：{kind}</translation>
    </message>
    <message>
        <source>Minutes: {kind}, no. {number}</source>
        <translation>会议记录：第{number}次{kind}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Replace the attendance list with those expected at this meeting? The marks you made would be lost.</source>
        <translation>要按本次会议的应到人员重新生成出席名单吗？您已标记的出席情况将丢失。</translation>
    </message>
    <message>
        <source>Replace the list</source>
        <translation>重新生成名单</translation>
    </message>
    <message>
        <source>Keep my list</source>
        <translation>保留现有名单</translation>
    </message>
    <message>
        <source>Expected {expected}, present {present}, away {absent} · voting members: {voting_present} of {voting_expected} present</source>
        <translation>应到 {expected} 人 · 实到 {present} 人 · 缺席 {absent} 人&#x3000;｜&#x3000;有表决权：应到 {voting_expected} 人，实到 {voting_present} 人</translation>
    </message>
    <message>
        <source>The problem is on the rectification ledger.</source>
        <translation>问题已记入整改台账。</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>The minutes could not be saved; nothing was changed. ({error})</source>
        <translation>会议记录未能保存，未做任何更改。（{error}）</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>已保存“{title}”</translation>
    </message>
    <message>
        <source>Please check before saving:

{warnings}

Save the minutes anyway?</source>
        <translation>保存前请核对：

{warnings}

仍要保存会议记录吗？</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍要保存</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <source>The new minutes</source>
        <translation>新会议记录</translation>
    </message>
</context>
<context>
    <name>MeetingEditorView</name>
    <message>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Agenda and minutes</source>
        <translation>议题与记录</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No. </source>
        <translation>第 </translation>
    </message>
    <message>
        <source> (of this kind in the year)</source>
        <translation> 次（本年度同类会议）</translation>
    </message>
    <message>
        <source>e.g. Branch assembly on admitting a new member</source>
        <translation>例如：关于接收预备党员的支部党员大会</translation>
    </message>
    <message>
        <source>ends at</source>
        <translation>结束于</translation>
    </message>
    <message>
        <source>Who gave the Party lecture</source>
        <translation>讲党课的人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>Number in the year</source>
        <translation>年度次序</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>会议主题</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Lecturer</source>
        <translation>主讲人</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Counts as collective study for everyone who attended</source>
        <translation>计入每位出席者的集中学习</translation>
    </message>
    <message>
        <source>Each attendee gets an entry in the study notebook, and its class hours count toward the yearly target</source>
        <translation>每位出席者的学习笔记中自动增加一条记录，学时计入年度目标</translation>
    </message>
    <message>
        <source>Form of study</source>
        <translation>学习形式</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>学习培训</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>全部出席</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>添加列席人员</translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation>删除列席人员</translation>
    </message>
    <message>
        <source>Guests attending without a vote (列席)</source>
        <translation>列席人员（无表决权）</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加议题</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除议题</translation>
    </message>
    <message>
        <source>Minutes: what was said, dissent included</source>
        <translation>会议记录：发言内容（含不同意见）</translation>
    </message>
    <message>
        <source>Insert headings</source>
        <translation>插入提纲</translation>
    </message>
    <message>
        <source>The headings the minutes of this kind usually have; you write the content</source>
        <translation>插入此类会议记录常用的小标题，内容由您填写</translation>
    </message>
    <message>
        <source>Raise a rectification problem…</source>
        <translation>登记整改问题…</translation>
    </message>
    <message>
        <source>Put a problem found at this organisational life meeting on the ledger</source>
        <translation>把本次组织生活会查摆的问题记入整改台账</translation>
    </message>
    <message>
        <source>Add resolution</source>
        <translation>添加决议</translation>
    </message>
    <message>
        <source>Remove resolution</source>
        <translation>删除决议</translation>
    </message>
    <message>
        <source>Voting members expected</source>
        <translation>有表决权应到</translation>
    </message>
    <message>
        <source>present</source>
        <translation>实到</translation>
    </message>
    <message>
        <source>For</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstaining</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Take the counts from the attendance</source>
        <translation>按出席情况填入票数</translation>
    </message>
    <message>
        <source>What it decides</source>
        <translation>决议类型</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>决议内容</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The selected resolution</source>
        <translation>所选决议</translation>
    </message>
    <message>
        <source>The signed attendance sheet, photos of the meeting, documents handed out.</source>
        <translation>签到表、会议照片、会议材料等。</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Kind</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>次序</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>会议主题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Present / expected</source>
        <translation>实到/应到</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>决议</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meeting minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>No branch on file yet. Enter your branch in Settings, then record its meetings here.</source>
        <translation>尚未设置支部。请先在“设置”中填写本支部，再在此记录会议。</translation>
    </message>
    <message>
        <source>No minutes of {year} match “{text}”.</source>
        <translation>{year}年没有与“{text}”匹配的会议记录。</translation>
    </message>
    <message>
        <source>No minutes recorded in {year}. Click New… (Ctrl+N) to record a branch assembly, a committee or group meeting, a Party lecture or a theme Party day: the attendance list is filled in from the branch&apos;s members. The Cadence tab shows which meetings are still missing.</source>
        <translation>{year}年尚无会议记录。点击“新建…”（Ctrl+N）记录支部党员大会、支部委员会、党小组会、党课或主题党日，出席名单将按本支部党员自动填入。“开会情况”页显示尚缺哪些会议。</translation>
    </message>
    <message>
        <source>The minutes could not be read: {error}</source>
        <translation>无法读取会议记录：{error}</translation>
    </message>
    <message>
        <source>Delete minutes</source>
        <translation>删除会议记录</translation>
    </message>
    <message>
        <source>Delete the minutes of “{title}” ({kind}, no. {number})? Admissions or confirmations it recorded are deleted with it; the audit trail keeps them.</source>
        <translation>删除“{title}”（第{number}次{kind}）的会议记录吗？由此会议记录的接收预备党员或转正也将一并删除；操作日志仍会保留。</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>已删除“{title}”</translation>
    </message>
    <message>
        <source>Print minutes</source>
        <translation>打印会议记录</translation>
    </message>
    <message>
        <source>Print minutes book</source>
        <translation>打印年度记录本</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Meeting minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Search title, place, host or minutes (Ctrl+F)</source>
        <translation>搜索主题、地点、主持人或记录内容（Ctrl+F）</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Open the selected minutes (Enter)</source>
        <translation>打开所选会议记录（Enter）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Print minutes…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Record the minutes of a meeting</source>
        <translation>记录一次会议</translation>
    </message>
    <message>
        <source>The selected meeting&apos;s minutes</source>
        <translation>打印所选会议的记录</translation>
    </message>
    <message>
        <source>Print minutes book…</source>
        <translation>打印年度记录本…</translation>
    </message>
    <message>
        <source>All minutes of the year (of the kind chosen), with a contents page</source>
        <translation>本年度（所选类型）的全部会议记录，带目录</translation>
    </message>
    <message>
        <source>Double-click a meeting to open its minutes</source>
        <translation>双击会议打开记录</translation>
    </message>
    <message>
        <source>Each cell counts the meetings held that month; its colour is the state of the period the rules ask for (a month, or a quarter). Double-click a missing cell to record that meeting.</source>
        <translation>每格为当月已开会议的次数，颜色表示按规定周期（每月或每季度）的完成情况。双击缺失的格子即可补记该次会议。</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>开会情况</translation>
    </message>
</context>
<context>
    <name>MemberEditorDialog</name>
    <message>
        <source>New member file</source>
        <translation>新建党员档案</translation>
    </message>
    <message>
        <source>Member file: {name}</source>
        <translation>党员档案：{name}</translation>
    </message>
    <message>
        <source>{name} left on {date} ({change}). The file is kept read-only.</source>
        <translation>{name}已于 {date} 离开（{change}），档案只读保存。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>18 characters, ASCII digits</source>
        <translation>18位，半角数字</translation>
    </message>
    <message>
        <source>Member file</source>
        <translation>党员档案</translation>
    </message>
    <message>
        <source>The file could not be saved; nothing was changed. ({error})</source>
        <translation>档案未能保存，未作任何修改。（{error}）</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>The new member file</source>
        <translation>新建的党员档案</translation>
    </message>
</context>
<context>
    <name>MemberEditorView</name>
    <message>
        <source>From the ID number</source>
        <translation>按身份证号码</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong/Macau permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>The stage changes through the development steps, not here.</source>
        <translation>发展阶段随发展流程的步骤变化，不在此处修改。</translation>
    </message>
    <message>
        <source>Transfers, flows and exits are recorded with Status change in the member list.</source>
        <translation>转入转出、流动和出党请在党员档案列表中用“组织关系变动”登记。</translation>
    </message>
    <message>
        <source>Branch *</source>
        <translation>所在支部 *</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>Person type</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Organisational status</source>
        <translation>组织状态</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Communist Youth League member</source>
        <translation>共青团员</translation>
    </message>
    <message>
        <source>Recommended by the League</source>
        <translation>推优日期</translation>
    </message>
    <message>
        <source>Student/staff number</source>
        <translation>学号/工号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Job post</source>
        <translation>工作岗位</translation>
    </message>
    <message>
        <source>Expected leaving date</source>
        <translation>预计离校日期</translation>
    </message>
    <message>
        <source>Dormitory</source>
        <translation>宿舍</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Home/current address</source>
        <translation>家庭住址/现居住地</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation>递交入党申请书</translation>
    </message>
    <message>
        <source>Activist from</source>
        <translation>确定积极分子</translation>
    </message>
    <message>
        <source>Candidate from</source>
        <translation>确定发展对象</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>转正时间</translation>
    </message>
    <message>
        <source>Development dates</source>
        <translation>发展时间</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>Edit anyway</source>
        <translation>仍要编辑</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the file as it is saved</source>
        <translation>打印已保存的档案内容</translation>
    </message>
    <message>
        <source>Member information form</source>
        <translation>党员基本信息表</translation>
    </message>
    <message>
        <source>Development record</source>
        <translation>发展党员工作纪实表</translation>
    </message>
</context>
<context>
    <name>MemberHitModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Number / department</source>
        <translation>学号/部门</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>{name} has left the branch; the file stays in the archive.</source>
        <translation>{name} 已离开本支部，档案仍保留在台账中。</translation>
    </message>
</context>
<context>
    <name>MemberLabels</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>教职工</translation>
    </message>
    <message>
        <source>Retired staff</source>
        <translation>退休教职工</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Flowing in</source>
        <translation>流动（流入）</translation>
    </message>
    <message>
        <source>Flowing out</source>
        <translation>流动（流出）</translation>
    </message>
    <message>
        <source>Abroad (membership kept)</source>
        <translation>出国（境）暂留</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>失联</translation>
    </message>
    <message>
        <source>Membership suspended</source>
        <translation>停止党籍</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Flowed in</source>
        <translation>流入</translation>
    </message>
    <message>
        <source>Flowed out</source>
        <translation>流出</translation>
    </message>
    <message>
        <source>Regarded as withdrawn</source>
        <translation>自动退党</translation>
    </message>
    <message>
        <source>Removed from the Party</source>
        <translation>除名</translation>
    </message>
    <message>
        <source>Expelled from the Party</source>
        <translation>开除党籍</translation>
    </message>
    <message>
        <source>Membership not recognised</source>
        <translation>不予承认</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>Back to normal</source>
        <translation>恢复正常</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Person type</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class / department</source>
        <translation>班级/部门</translation>
    </message>
    <message>
        <source>Student / staff number</source>
        <translation>学号/工号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Joined the Party</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>Organisational status</source>
        <translation>组织状态</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name}（已离开）</translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <source>Name, pinyin initials (e.g. zs), student/staff number or phone</source>
        <translation>姓名、拼音首字母（如 zs）、学号/工号或手机号</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索内容</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>No one matches “{text}”.</source>
        <translation>没有与“{text}”匹配的人员。</translation>
    </message>
    <message>
        <source>The archive has no member files yet.</source>
        <translation>台账中还没有人员档案。</translation>
    </message>
    <message>
        <source>The first {count} matches are shown; type more to narrow down.</source>
        <translation>仅显示前 {count} 个结果，请输入更多内容缩小范围。</translation>
    </message>
    <message>
        <source>{count} found. Enter or a double-click previews the selected one.</source>
        <translation>找到 {count} 人。按回车键或双击，预览所选人员的表格。</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Member files</source>
        <translation>党员档案</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>共 {count} 人</translation>
    </message>
    <message>
        <source>No one matches “{text}” with these filters.</source>
        <translation>在当前筛选条件下，没有与“{text}”匹配的人员。</translation>
    </message>
    <message>
        <source>No one matches these filters.</source>
        <translation>没有符合筛选条件的人员。</translation>
    </message>
    <message>
        <source>No member files yet. Import a member list, or load the sample data from the dashboard to try the program.</source>
        <translation>还没有党员档案。请导入党员名册，或在工作台载入示例数据试用本程序。</translation>
    </message>
    <message>
        <source>Export member list</source>
        <translation>导出党员名册</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>党员名册</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Full ID numbers?</source>
        <translation>导出完整身份证号？</translation>
    </message>
    <message>
        <source>Write full ID numbers into the file? Choose No to mask them (recommended unless the file goes to the Party organisation). Every export is logged.</source>
        <translation>是否在文件中写入完整身份证号？选择“否”将隐去中间位数（除报送上级党组织外，建议隐去）。每次导出都会记录在案。</translation>
    </message>
    <message>
        <source>Exported {count} people to {path}</source>
        <translation>已导出 {count} 人到 {path}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The list was not exported: {error}</source>
        <translation>名册未能导出：{error}</translation>
    </message>
    <message>
        <source>{count} people, as of {date}</source>
        <translation>共 {count} 人，截至 {date}</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Member files</source>
        <translation>党员档案</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Add a person&apos;s file</source>
        <translation>新建一人的档案</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected person&apos;s file (Enter)</source>
        <translation>编辑所选人员的档案（回车）</translation>
    </message>
    <message>
        <source>Status change…</source>
        <translation>组织关系变动…</translation>
    </message>
    <message>
        <source>Record a transfer, a flow, an absence or an exit for the selected person</source>
        <translation>为选中人员登记组织关系转接、流动、出国（境）、失联或离开</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import people from an Excel roster (.xlsx)</source>
        <translation>从 Excel 名册（.xlsx）导入人员</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Search by name, pinyin initials (zs), student/staff number or phone</source>
        <translation>按姓名、拼音首字母（如 zs）、学号/工号或电话搜索</translation>
    </message>
</context>
<context>
    <name>MinutesTemplate</name>
    <message>
        <source>1. Agenda</source>
        <translation>一、会议议程</translation>
    </message>
    <message>
        <source>2. Speeches and discussion</source>
        <translation>二、发言讨论</translation>
    </message>
    <message>
        <source>3. Conclusions</source>
        <translation>三、会议结论</translation>
    </message>
    <message>
        <source>2. Reports and introductions</source>
        <translation>二、情况报告与介绍</translation>
    </message>
    <message>
        <source>3. Discussion (dissent included)</source>
        <translation>三、讨论发言（含不同意见）</translation>
    </message>
    <message>
        <source>4. Vote and count</source>
        <translation>四、表决与计票</translation>
    </message>
    <message>
        <source>5. Resolutions</source>
        <translation>五、会议决议</translation>
    </message>
    <message>
        <source>1. Topic and lecturer</source>
        <translation>一、党课主题与主讲人</translation>
    </message>
    <message>
        <source>2. Main points of the lecture</source>
        <translation>二、党课主要内容</translation>
    </message>
    <message>
        <source>3. Exchange and discussion</source>
        <translation>三、交流讨论</translation>
    </message>
    <message>
        <source>1. Report on the committee&apos;s work</source>
        <translation>一、支部委员会工作报告</translation>
    </message>
    <message>
        <source>2. Criticism and self-criticism</source>
        <translation>二、批评与自我批评</translation>
    </message>
    <message>
        <source>3. Problems found</source>
        <translation>三、查摆的问题</translation>
    </message>
    <message>
        <source>4. Rectification measures</source>
        <translation>四、整改措施</translation>
    </message>
    <message>
        <source>1. Theme of the day</source>
        <translation>一、活动主题</translation>
    </message>
    <message>
        <source>2. Activities</source>
        <translation>二、活动内容</translation>
    </message>
    <message>
        <source>3. What was learnt</source>
        <translation>三、学习体会</translation>
    </message>
    <message>
        <source>1. Who talked with whom</source>
        <translation>一、谈话双方</translation>
    </message>
    <message>
        <source>2. Main points</source>
        <translation>二、谈话要点</translation>
    </message>
    <message>
        <source>3. Follow-up</source>
        <translation>三、后续跟进</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>Service hours</source>
        <translation>服务时长</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Member files</source>
        <translation>党员档案</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>学习笔记</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检查整改</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>Volunteer service</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>Backup and handoff</source>
        <translation>备份与移交</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索内容</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Add →</source>
        <translation>添加 →</translation>
    </message>
    <message>
        <source>Add the selected people (or double-click a name)</source>
        <translation>添加所选人员（或双击姓名）</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← 移除</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Set for all</source>
        <translation>全部设为此时长</translation>
    </message>
    <message>
        <source>Give everyone listed this time</source>
        <translation>将列表中每个人的时长都设为此值</translation>
    </message>
    <message>
        <source>Time each:</source>
        <translation>每人时长：</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Show the passphrase</source>
        <translation>显示口令</translation>
    </message>
    <message>
        <source>The two entries differ: type the same passphrase twice.</source>
        <translation>两次输入不一致，请输入两遍相同的口令。</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>再输一遍：</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>至少 {count} 个字符。</translation>
    </message>
    <message>
        <source>Too short: use at least {count} characters.</source>
        <translation>太短：至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>Weak: make it longer, or mix letters, digits and other characters.</source>
        <translation>较弱：请加长，或混合使用字母、数字和其他字符。</translation>
    </message>
    <message>
        <source>Fair: a few more characters make it strong.</source>
        <translation>一般：再多几个字符就更安全。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索内容</translation>
    </message>
    <message>
        <source>Name or pinyin, e.g. zs</source>
        <translation>姓名或拼音，如 zs</translation>
    </message>
    <message>
        <source>Chosen: {names}</source>
        <translation>已选：{names}</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>尚未选择人员</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Named an activist</source>
        <translation>确定为入党积极分子</translation>
    </message>
    <message>
        <source>Named a candidate</source>
        <translation>列为发展对象</translation>
    </message>
    <message>
        <source>Admitted as probationary member</source>
        <translation>接收为预备党员</translation>
    </message>
    <message>
        <source>Confirmed as full member</source>
        <translation>预备党员转正</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>已逾期 {days} 天</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>剩 {days} 天</translation>
    </message>
    <message>
        <source>Can be done now</source>
        <translation>可以办理</translation>
    </message>
    <message>
        <source>Step {no}: {name}</source>
        <translation>第{no}步 {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>最早可办</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Publicity for</source>
        <translation>公示事项</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部支部</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>截至{date}</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <source>The development records could not be read: {error}</source>
        <translation>无法读取发展党员记录：{error}</translation>
    </message>
    <message>
        <source>Development progress</source>
        <translation>发展党员进度</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>Development</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>支部：</translation>
    </message>
    <message>
        <source>Record step…</source>
        <translation>记录发展步骤…</translation>
    </message>
    <message>
        <source>Record the selected person&apos;s next step</source>
        <translation>为选中人员记录下一个发展步骤</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开档案…</translation>
    </message>
    <message>
        <source>Next steps, most urgent first</source>
        <translation>下一步（最紧急的在前）</translation>
    </message>
    <message>
        <source>Double-click a person to open their development record</source>
        <translation>双击人员可打开其发展过程</translation>
    </message>
    <message>
        <source>Nobody is in development. Applicants appear here.</source>
        <translation>暂无发展中的人员。递交入党申请书的人会显示在这里。</translation>
    </message>
    <message>
        <source>Publicity periods (公示), current and last week</source>
        <translation>公示期（进行中及近一周内结束）</translation>
    </message>
    <message>
        <source>No publicity period is running or ended this week.</source>
        <translation>目前没有进行中或近一周内结束的公示。</translation>
    </message>
</context>
<context>
    <name>PostForm</name>
    <message>
        <source>Edit post</source>
        <translation>编辑职务</translation>
    </message>
    <message>
        <source>Add a post</source>
        <translation>添加职务</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务名称</translation>
    </message>
    <message>
        <source>Only when the post needs more words</source>
        <translation>职务需要补充说明时填写</translation>
    </message>
    <message>
        <source>From *</source>
        <translation>任职日期 *</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>离任日期</translation>
    </message>
</context>
<context>
    <name>PostSection</name>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>From</source>
        <translation>任职日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>离任日期</translation>
    </message>
    <message>
        <source>In office</source>
        <translation>在任</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务名称</translation>
    </message>
</context>
<context>
    <name>PostsTab</name>
    <message>
        <source>Posts</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Volunteer service teams</source>
        <translation>志愿服务队</translation>
    </message>
    <message>
        <source>Posts and teams</source>
        <translation>职务与小组</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Make the page as wide as the window</source>
        <translation>页面宽度与窗口一致</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>末页</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>关闭预览</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页 / 共 {count} 页</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>正在准备文档…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Member &amp;roster…</source>
        <translation>党员花名册(&amp;R)…</translation>
    </message>
    <message>
        <source>Member &amp;information form…</source>
        <translation>党员基本信息表(&amp;I)…</translation>
    </message>
    <message>
        <source>Print f&amp;orms</source>
        <translation>打印表格(&amp;O)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Print forms</source>
        <translation>打印表格</translation>
    </message>
    <message>
        <source>Print the member roster or a member&apos;s form</source>
        <translation>打印党员花名册或党员基本信息表</translation>
    </message>
    <message>
        <source>Print what this page shows ({keys})</source>
        <translation>打印本页内容（{keys}）</translation>
    </message>
    <message>
        <source>This page has nothing to print. The roster and the member forms are under Print forms.</source>
        <translation>本页没有可打印的内容。党员花名册和党员基本信息表在“打印表格”中。</translation>
    </message>
    <message>
        <source>Member information form: pick a person</source>
        <translation>党员基本信息表：选择人员</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview: {title}</source>
        <translation>打印预览：{title}</translation>
    </message>
    <message>
        <source>Generating page {page}…</source>
        <translation>正在生成第 {page} 页…</translation>
    </message>
    <message>
        <source>The PDF file could not be read ({error}).</source>
        <translation>无法读取生成的 PDF 文件（{error}）。</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>共 {count} 页</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>共 1 页</translation>
    </message>
    <message>
        <source>The document could not be made: {error}</source>
        <translation>文档未能生成：{error}</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer {printer} could not be opened.</source>
        <translation>无法打开打印机 {printer}。</translation>
    </message>
    <message>
        <source>Printed to {path}</source>
        <translation>已打印到 {path}</translation>
    </message>
    <message>
        <source>{count} pages sent to {printer}</source>
        <translation>已将 {count} 页发送到打印机 {printer}</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {error}</source>
        <translation>PDF 未能保存到 {path}：{error}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <source>The export could not be written to the audit trail: {error}</source>
        <translation>本次导出未能写入操作记录：{error}</translation>
    </message>
</context>
<context>
    <name>PrintProgress</name>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>正在将页面发送到打印机…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <source>— (entered directly on the ledger)</source>
        <translation>—（直接登记）</translation>
    </message>
    <message>
        <source>New problem</source>
        <translation>新建问题</translation>
    </message>
    <message>
        <source>Numbered when saved, in the year it was found</source>
        <translation>保存时按发现年度自动编号</translation>
    </message>
    <message>
        <source>Problem No. {number} of {year}</source>
        <translation>{year}年第 {number} 号问题</translation>
    </message>
    <message>
        <source>No. {number} of {year}</source>
        <translation>{year}年第 {number} 号</translation>
    </message>
    <message>
        <source>Only a completed problem can be closed.</source>
        <translation>只有已完成整改的问题才能销号。</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>退回待整改</translation>
    </message>
    <message>
        <source>Back to in progress</source>
        <translation>退回整改中</translation>
    </message>
    <message>
        <source>Reopen (the closing is void)</source>
        <translation>重新打开（撤销销号）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The problem could not be saved; nothing was changed. ({error})</source>
        <translation>问题未能保存，未做任何更改。（{error}）</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>已保存“{title}”</translation>
    </message>
    <message>
        <source>Rectification started.</source>
        <translation>已开始整改。</translation>
    </message>
    <message>
        <source>Rectification completed.</source>
        <translation>已完成整改。</translation>
    </message>
    <message>
        <source>Closed after review.</source>
        <translation>已复查销号。</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>已重新打开。</translation>
    </message>
    <message>
        <source>The new problem</source>
        <translation>新问题</translation>
    </message>
</context>
<context>
    <name>ProblemEditorView</name>
    <message>
        <source>This problem is closed. To change it, reopen it on the Progress tab.</source>
        <translation>此问题已销号。如需修改，请先在“整改进展”页签重新打开。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>整改进展</translation>
    </message>
    <message>
        <source>Review and closing</source>
        <translation>复查销号</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>e.g. Theoretical study, Organisational life, Party dues</source>
        <translation>例如：理论学习、组织生活、党费收缴</translation>
    </message>
    <message>
        <source>What was found, as the inspection or the opinion states it</source>
        <translation>发现的问题，按检查结论或意见原文填写</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>问题来源</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Problem *</source>
        <translation>问题表现 *</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>What the rectification is to achieve</source>
        <translation>整改要达到的目标</translation>
    </message>
    <message>
        <source>What will be done, by whom, how often</source>
        <translation>采取哪些措施、由谁落实、多久一次</translation>
    </message>
    <message>
        <source>Pick a member or type a name</source>
        <translation>选择党员或直接输入姓名</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>整改目标</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Leader in charge</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>整改类型</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>What is to be done, by whom, by when</source>
        <translation>整改目标、措施、责任与时限</translation>
    </message>
    <message>
        <source>Pending → In progress → Completed → Closed after review. Each step saves what the form holds with it.</source>
        <translation>待整改 → 整改中 → 已完成 → 复查销号。每一步都会连同表单中的内容一起保存。</translation>
    </message>
    <message>
        <source>Start rectifying</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <source>Record completion</source>
        <translation>完成整改</translation>
    </message>
    <message>
        <source>Why the closed problem is reopened</source>
        <translation>重新打开已销号问题的原因</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Add progress</source>
        <translation>添加进展</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>What was done on that day</source>
        <translation>当天做了什么</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>整改状态</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>整改进展</translation>
    </message>
    <message>
        <source>A completed problem is closed (销号) once reviewed: the reviewer, their opinion and the date are all needed. A closed problem can no longer be changed unless it is reopened.</source>
        <translation>已完成整改的问题经复查后销号，须填写复查人、复查意见和销号日期。销号后问题不能再修改，除非重新打开。</translation>
    </message>
    <message>
        <source>Who checked the rectification</source>
        <translation>复查整改情况的人</translation>
    </message>
    <message>
        <source>e.g. Rectified as required; agreed to close.</source>
        <translation>例如：整改到位，同意销号。</translation>
    </message>
    <message>
        <source>Close after review</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>复查人</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>复查意见</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Proof of the rectification: photos, scanned records, documents issued, sign-in sheets.</source>
        <translation>整改的佐证材料：照片、记录扫描件、印发的文件、签到表等。</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
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
        <source>Problem</source>
        <translation>问题表现</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改类型</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>{overdue} ({status})</source>
        <translation>{overdue}（{status}）</translation>
    </message>
</context>
<context>
    <name>ProgressNotesModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>整改进展</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Rating of request {number}</source>
        <translation>需求 {number} 的评价</translation>
    </message>
    <message>
        <source>The requester&apos;s rating</source>
        <translation>服务对象评价</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>尚未评价</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Saved the rating of request {number}</source>
        <translation>已保存需求 {number} 的评价</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Deputy secretary</source>
        <translation>副书记</translation>
    </message>
    <message>
        <source>Organisation committee member</source>
        <translation>组织委员</translation>
    </message>
    <message>
        <source>Propaganda committee member</source>
        <translation>宣传委员</translation>
    </message>
    <message>
        <source>Discipline committee member</source>
        <translation>纪检委员</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Party group leader</source>
        <translation>党小组长</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>处分</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>生日祝福</translation>
    </message>
    <message>
        <source>Political birthday</source>
        <translation>政治生日</translation>
    </message>
    <message>
        <source>Festival visit</source>
        <translation>节日慰问</translation>
    </message>
    <message>
        <source>Hardship help</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>队长</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>队员</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Scanned document</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete {what}? It is removed when the file is saved.</source>
        <translation>删除“{what}”？保存档案时才会真正删除。</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {message}</source>
        <translation>第 {row} 行，{field}：{message}</translation>
    </message>
</context>
<context>
    <name>ReminderTableModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Local rule: back up the archive at least every {max_days} days.</source>
        <translation>本地规则：台账至少每 {max_days} 天备份一次。</translation>
    </message>
    <message>
        <source>The archive has never been backed up.</source>
        <translation>台账从未备份。</translation>
    </message>
    <message>
        <source>The last backup is {days} days old (from {date}).</source>
        <translation>最近一次备份已过去 {days} 天（{date}）。</translation>
    </message>
    <message>
        <source>Branch Work Regulations: a branch committee is elected for a term of 3 years.</source>
        <translation>《中国共产党支部工作条例（试行）》：支部委员会每届任期 3 年。</translation>
    </message>
    <message>
        <source>{branch}: the committee&apos;s election date is not recorded (Settings).</source>
        <translation>{branch}：尚未填写支委会选举日期（请在“设置”中填写）。</translation>
    </message>
    <message>
        <source>{branch}: the committee&apos;s term ended on {date}; hold an election.</source>
        <translation>{branch}：支委会任期已于 {date} 届满，请及时换届选举。</translation>
    </message>
    <message>
        <source>{branch}: the committee&apos;s term ends on {date}; prepare the election.</source>
        <translation>{branch}：支委会任期将于 {date} 届满，请做好换届准备。</translation>
    </message>
    <message>
        <source>{name}: step {step_no} ({step}) was due by {date}.</source>
        <translation>{name}：第 {step_no} 步（{step}）应于 {date} 前完成，已逾期。</translation>
    </message>
    <message>
        <source>{name}: step {step_no} ({step}) is due by {date}.</source>
        <translation>{name}：第 {step_no} 步（{step}）须在 {date} 前完成。</translation>
    </message>
    <message>
        <source>{name} may now be considered for step {step_no} ({step}), since {date}.</source>
        <translation>{name}：自 {date} 起可以进行第 {step_no} 步（{step}）。</translation>
    </message>
    <message>
        <source>{name} is a candidate and leaves on {date}, within 3 months.</source>
        <translation>{name}是发展对象，将于 {date} 离校（3 个月内）。</translation>
    </message>
    <message>
        <source>{name}: the political review of {review_on} is valid until {date}.</source>
        <translation>{name}：{review_on} 作出的政治审查结论有效期至 {date}。</translation>
    </message>
    <message>
        <source>{date} is in the future.</source>
        <translation>{date} 晚于今天。</translation>
    </message>
    <message>
        <source>{date} is before step {previous} ({previous_date}).</source>
        <translation>{date} 早于第 {previous} 步的日期（{previous_date}）。</translation>
    </message>
    <message>
        <source>{name} turns 18 on {adult_on}, after the application date.</source>
        <translation>{name}于 {adult_on} 年满 18 周岁，晚于递交申请的日期。</translation>
    </message>
    <message>
        <source>{count} people are named; the rule asks for {low} to {high}.</source>
        <translation>填写了 {count} 人；规定为 {low} 至 {high} 人。</translation>
    </message>
    <message>
        <source>{person} is not a full member.</source>
        <translation>{person}不是正式党员。</translation>
    </message>
    <message>
        <source>{date} is later than {due_on}, the rule&apos;s limit.</source>
        <translation>{date} 晚于规定期限 {due_on}。</translation>
    </message>
    <message>
        <source>{date} is earlier than {earliest_on}, the rule&apos;s minimum.</source>
        <translation>{date} 早于规定的最早日期 {earliest_on}。</translation>
    </message>
    <message>
        <source>The political review of {review_on} expired on {valid_until}; review again.</source>
        <translation>{review_on} 作出的政治审查结论已于 {valid_until} 失效，请重新审查。</translation>
    </message>
    <message>
        <source>{name} leaves on {leave_on}, within 3 months of {date}.</source>
        <translation>{name}将于 {leave_on} 离校，距 {date} 不足 3 个月。</translation>
    </message>
    <message>
        <source>More than 6 months after the branch assembly of {admitted_on}: the branch must deliberate again.</source>
        <translation>距 {admitted_on} 支部大会已超过 6 个月，须由支部大会重新讨论。</translation>
    </message>
    <message>
        <source>Party Constitution, Article 1: an applicant must be at least 18 years old.</source>
        <translation>《党章》第一条：年满十八岁方可申请入党。</translation>
    </message>
    <message>
        <source>Development Work Rules: the 25 steps of development are done in order.</source>
        <translation>《发展党员工作细则》：发展党员的 25 个步骤须依次进行。</translation>
    </message>
    <message>
        <source>A step is recorded once it has happened.</source>
        <translation>步骤须在实际完成后再登记。</translation>
    </message>
    <message>
        <source>Development Work Rules: the branch talks with an applicant within 1 month of the application.</source>
        <translation>《发展党员工作细则》：党组织应在收到入党申请书后一个月内派人谈话。</translation>
    </message>
    <message>
        <source>Local rule: an activist is chosen no earlier than {months} months after the application.</source>
        <translation>本地规则：递交入党申请书满 {months} 个月后方可确定为入党积极分子。</translation>
    </message>
    <message>
        <source>Development Work Rules: 1 or 2 full members are appointed as contact persons.</source>
        <translation>《发展党员工作细则》：指定一至两名正式党员作为培养联系人。</translation>
    </message>
    <message>
        <source>Development Work Rules, Article 13: a candidate is chosen after at least 1 year as an activist.</source>
        <translation>《发展党员工作细则》第十三条：经过一年以上培养教育和考察方可列为发展对象。</translation>
    </message>
    <message>
        <source>Development Work Rules, Article 14: a candidate has exactly 2 full members as introducers.</source>
        <translation>《发展党员工作细则》第十四条：发展对象应有两名正式党员作入党介绍人。</translation>
    </message>
    <message>
        <source>Local rule: a political review&apos;s conclusion is valid for {months} months.</source>
        <translation>本地规则：政治审查结论有效期为 {months} 个月。</translation>
    </message>
    <message>
        <source>Local rule: the superior committee&apos;s pre-review follows the branch committee&apos;s review within {months} months.</source>
        <translation>本地规则：支委会审查后 {months} 个月内报上级党委预审。</translation>
    </message>
    <message>
        <source>Development Work Rules, Article 19: a candidate who leaves school or work within 3 months is normally not admitted.</source>
        <translation>《发展党员工作细则》第十九条：三个月内将离开工作、学习单位的，一般不办理接收预备党员的手续。</translation>
    </message>
    <message>
        <source>Development Work Rules: the superior committee approves an admission within 3 months of the branch assembly (6 at most); later, the branch deliberates again.</source>
        <translation>《发展党员工作细则》：上级党委应在支部大会通过后三个月内审批（最长不超过六个月），逾期须由支部大会重新讨论。</translation>
    </message>
    <message>
        <source>Party Constitution, Article 7: probation lasts 1 year from the branch assembly&apos;s resolution (an extension moves its end).</source>
        <translation>《党章》第七条：预备期为一年，自支部大会通过之日起计算（延长预备期的相应顺延）。</translation>
    </message>
    <message>
        <source>Development Work Rules: the superior committee approves a confirmation within 3 months.</source>
        <translation>《发展党员工作细则》：上级党委应在三个月内审批转正。</translation>
    </message>
    <message>
        <source>Local rule: the development file is archived within {days} days of confirmation.</source>
        <translation>本地规则：转正后 {days} 天内将入党材料归档。</translation>
    </message>
    <message>
        <source>Branch practice: members are greeted on their birthday and 政治生日.</source>
        <translation>支部做法：党员生日和政治生日送上祝福。</translation>
    </message>
    <message>
        <source>{name}&apos;s birthday is on {date}.</source>
        <translation>{name}的生日是 {date}。</translation>
    </message>
    <message>
        <source>{name}&apos;s 政治生日 ({years} years in the Party) is on {date}.</source>
        <translation>{name}的政治生日（入党 {years} 周年）是 {date}。</translation>
    </message>
    <message>
        <source>Party Constitution, Article 9: a member who misses organisational life for 6 months in a row without good reason is regarded as having given up membership.</source>
        <translation>《党章》第九条：党员如果没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，就被认为是自行脱党。</translation>
    </message>
    <message>
        <source>{name} has attended no recorded meeting since joining on {date}.</source>
        <translation>{name}自 {date} 入党以来没有参加会议的记录。</translation>
    </message>
    <message>
        <source>{name} has attended no meeting since {date} (6 months or more).</source>
        <translation>{name}自 {date} 以来未参加组织生活（已满 6 个月）。</translation>
    </message>
    <message>
        <source>Branch Work Regulations: a branch assembly needs more than half of the members with voting rights present.</source>
        <translation>《支部工作条例》：支部党员大会须有半数以上有表决权的党员到会。</translation>
    </message>
    <message>
        <source>Development Work Rules: an admission or confirmation passes with more than half of the expected voting full members in favour.</source>
        <translation>《发展党员工作细则》：接收预备党员或预备党员转正，须经应到会有表决权的正式党员半数以上赞成。</translation>
    </message>
    <message>
        <source>The votes cast cannot exceed the members present, nor those the expected.</source>
        <translation>投票数不能多于实到人数，实到人数不能多于应到人数。</translation>
    </message>
    <message>
        <source>A vote count cannot be negative.</source>
        <translation>票数不能为负数。</translation>
    </message>
    <message>
        <source>{present} present of {expected} expected, {cast} votes cast: the counts do not add up.</source>
        <translation>应到 {expected} 人，实到 {present} 人，投票 {cast} 票：人数和票数对不上。</translation>
    </message>
    <message>
        <source>Only {present} of {expected} voting members were present: no quorum, so the resolution is not valid.</source>
        <translation>应到 {expected} 名有表决权的党员，仅到会 {present} 名，不足半数，决议无效。</translation>
    </message>
    <message>
        <source>{in_favour} in favour of {expected} expected is not more than half: record the outcome as not passed.</source>
        <translation>赞成 {in_favour} 票，未超过应到 {expected} 人的半数：结果应记为“未通过”。</translation>
    </message>
    <message>
        <source>Step {step_no} belongs to a later stage than {name}&apos;s: the steps that lead there are not recorded.</source>
        <translation>第 {step_no} 步属于比{name}当前更后的阶段：之前的步骤尚未记录。</translation>
    </message>
    <message>
        <source>Lost contact means out of contact with the Party organisation for 6 months or more.</source>
        <translation>失联指与党组织失去联系6个月以上。</translation>
    </message>
    <message>
        <source>Contact was lost on {date}, less than 6 months ago; the 6 months are complete on {due}.</source>
        <translation>失联日期为{date}，至今不足6个月（{due}满6个月）。</translation>
    </message>
    <message>
        <source>Branch Work Regulations: the branch assembly meets once a quarter.</source>
        <translation>《支部工作条例》：支部党员大会一般每季度召开一次。</translation>
    </message>
    <message>
        <source>Branch Work Regulations: the branch committee meets once a month.</source>
        <translation>《支部工作条例》：支部委员会会议一般每月召开一次。</translation>
    </message>
    <message>
        <source>Branch Work Regulations: each party group meets once a month.</source>
        <translation>《支部工作条例》：党小组会一般每月召开一次。</translation>
    </message>
    <message>
        <source>Local rule: the branch holds {lectures} Party lectures a year.</source>
        <translation>本地规定：支部每年上党课 {lectures} 次。</translation>
    </message>
    <message>
        <source>Branch Work Regulations: a theme Party day is held once a month.</source>
        <translation>《支部工作条例》：主题党日一般每月开展一次。</translation>
    </message>
    <message>
        <source>Branch Work Regulations: an organisational life meeting is held at least once a year, usually in the fourth quarter.</source>
        <translation>《支部工作条例》：组织生活会一般每年至少召开一次，通常在第四季度。</translation>
    </message>
    <message>
        <source>{branch}: no branch assembly is recorded yet for quarter {quarter} of {year}.</source>
        <translation>{branch}：{year} 年第 {quarter} 季度尚无支部党员大会记录。</translation>
    </message>
    <message>
        <source>{branch}: no branch assembly was recorded in quarter {quarter} of {year}.</source>
        <translation>{branch}：{year} 年第 {quarter} 季度没有支部党员大会记录。</translation>
    </message>
    <message>
        <source>{branch}: no branch committee meeting is recorded yet for {month}/{year}.</source>
        <translation>{branch}：{year} 年 {month} 月尚无支部委员会会议记录。</translation>
    </message>
    <message>
        <source>{branch}: no branch committee meeting was recorded in {month}/{year}.</source>
        <translation>{branch}：{year} 年 {month} 月没有支部委员会会议记录。</translation>
    </message>
    <message>
        <source>{branch}, {group}: no party group meeting is recorded yet for {month}/{year}.</source>
        <translation>{branch}{group}：{year} 年 {month} 月尚无党小组会记录。</translation>
    </message>
    <message>
        <source>{branch}, {group}: no party group meeting was recorded in {month}/{year}.</source>
        <translation>{branch}{group}：{year} 年 {month} 月没有党小组会记录。</translation>
    </message>
    <message>
        <source>{branch}: no Party lecture is recorded yet for months {first}–{last} of {year}.</source>
        <translation>{branch}：{year} 年 {first}—{last} 月尚无党课记录。</translation>
    </message>
    <message>
        <source>{branch}: no Party lecture was recorded in months {first}–{last} of {year}.</source>
        <translation>{branch}：{year} 年 {first}—{last} 月没有党课记录。</translation>
    </message>
    <message>
        <source>{branch}: no theme Party day is recorded yet for {month}/{year}.</source>
        <translation>{branch}：{year} 年 {month} 月尚无主题党日记录。</translation>
    </message>
    <message>
        <source>{branch}: no theme Party day was recorded in {month}/{year}.</source>
        <translation>{branch}：{year} 年 {month} 月没有主题党日记录。</translation>
    </message>
    <message>
        <source>{branch}: the organisational life meeting of {year} is not recorded yet.</source>
        <translation>{branch}：尚无 {year} 年度组织生活会记录。</translation>
    </message>
    <message>
        <source>{branch}: no organisational life meeting was recorded in {year}.</source>
        <translation>{branch}：{year} 年没有组织生活会记录。</translation>
    </message>
    <message>
        <source>Local rule: at least {member_target} class hours of collective study and training a year ({committee_target} for the secretary and committee members).</source>
        <translation>本地规则：党员每年集中学习培训不少于 {member_target} 学时（书记、支委不少于 {committee_target} 学时）。</translation>
    </message>
    <message>
        <source>{name} has {hours} of {target} class hours of collective study this year ({missing} to go).</source>
        <translation>{name}本年集中学习培训 {hours} 学时，要求 {target} 学时，尚差 {missing} 学时。</translation>
    </message>
    <message>
        <source>Branch Work Regulations: a committee meeting needs more than half of the committee members present.</source>
        <translation>《支部工作条例》：支部委员会会议须有半数以上委员到会。</translation>
    </message>
    <message>
        <source>The votes of a resolution count the voting members on the attendance list.</source>
        <translation>决议的表决人数应与签到名单中有表决权的党员人数一致。</translation>
    </message>
    <message>
        <source>Only {present} of {expected} voting members were present: the branch assembly has no quorum.</source>
        <translation>应到 {expected} 名有表决权的党员，仅到会 {present} 名，支部党员大会不足法定人数。</translation>
    </message>
    <message>
        <source>Only {present} of {expected} committee members were present.</source>
        <translation>应到委员 {expected} 名，仅到会 {present} 名。</translation>
    </message>
    <message>
        <source>Resolution {row} counts {expected} expected and {present} present voting members; the attendance list has {list_expected} and {list_present}.</source>
        <translation>第 {row} 项决议记录应到 {expected} 名、实到 {present} 名有表决权的党员，而签到名单为应到 {list_expected} 名、实到 {list_present} 名。</translation>
    </message>
    <message>
        <source>Rectification ledger: each problem is rectified by its deadline; an immediate one within 30 days.</source>
        <translation>整改台账：问题应在时限内整改完成，立行立改的问题在 30 天内完成。</translation>
    </message>
    <message>
        <source>Local rule: a routine inspection at least every {months} month(s).</source>
        <translation>本地规定：至少每 {months} 个月开展一次日常小检查。</translation>
    </message>
    <message>
        <source>Local rule: the annual inspection is held by the end of month {month}.</source>
        <translation>本地规定：年度大检查应在 {month} 月底前完成。</translation>
    </message>
    <message>
        <source>{branch}: problem No. {number} of {year} ({description}) was due on {deadline}.</source>
        <translation>{branch}：{year} 年第 {number} 号问题（{description}）整改时限为 {deadline}，已逾期。</translation>
    </message>
    <message>
        <source>{branch}: problem No. {number} of {year} ({description}) is due on {deadline}.</source>
        <translation>{branch}：{year} 年第 {number} 号问题（{description}）整改时限为 {deadline}，即将到期。</translation>
    </message>
    <message>
        <source>{branch}: no routine inspection is on file yet.</source>
        <translation>{branch}：尚无日常小检查记录。</translation>
    </message>
    <message>
        <source>{branch}: the last routine inspection was on {last}; the next was due by {due}.</source>
        <translation>{branch}：上次日常小检查为 {last}，下次应在 {due} 前开展。</translation>
    </message>
    <message>
        <source>{branch}: the next routine inspection is due by {due}.</source>
        <translation>{branch}：下次日常小检查应在 {due} 前开展。</translation>
    </message>
    <message>
        <source>{branch}: no annual inspection was recorded for {year}.</source>
        <translation>{branch}：{year} 年未登记年度大检查。</translation>
    </message>
    <message>
        <source>{branch}: the annual inspection of {year} is due by {due}.</source>
        <translation>{branch}：{year} 年度大检查应在 {due} 前完成。</translation>
    </message>
    <message>
        <source>Democratic evaluation: members graded excellent are normally no more than one third of the members evaluated.</source>
        <translation>民主评议：评为优秀的党员一般不超过参评党员的三分之一。</translation>
    </message>
    <message>
        <source>{excellent} of {evaluated} members evaluated are graded excellent, more than one third (normally at most {limit}).</source>
        <translation>{evaluated}名参评党员中有{excellent}名评为优秀，超过三分之一（一般不超过{limit}名）。</translation>
    </message>
    <message>
        <source>Members are evaluated every year: self-assessment, peer votes, masses votes and the branch&apos;s grade (local rule: remind from month {month}).</source>
        <translation>每年开展民主评议党员：个人自评、党员互评、民主测评和支部评定（本地规则：从{month}月起提醒）。</translation>
    </message>
    <message>
        <source>{branch} has not opened the democratic evaluation of {year}.</source>
        <translation>{branch}尚未开启{year}年度民主评议。</translation>
    </message>
    <message>
        <source>Democratic evaluation of {year} in {branch}: {incomplete} of {members} members are not complete yet.</source>
        <translation>{branch}{year}年度民主评议：{members}名参评党员中还有{incomplete}名未完成。</translation>
    </message>
    <message>
        <source>Service requests (the masses order, the branch dispatches, members serve): each request is completed by the date promised to the requester.</source>
        <translation>群众点单、支部派单、党员接单：每项服务应在向服务对象承诺的日期前完成。</translation>
    </message>
    <message>
        <source>{branch}: service request {number} ({content}) was promised for {promised} and is not completed.</source>
        <translation>{branch}：服务点单 {number}（{content}）承诺于 {promised} 完成，至今尚未完成。</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>e.g. a student of class 2 of grade 2025</source>
        <translation>例如：2025级学前教育2班 张同学</translation>
    </message>
    <message>
        <source>Phone, WeChat or dormitory</source>
        <translation>电话、微信或宿舍</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>点单日期</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>需求内容</translation>
    </message>
    <message>
        <source>Register a service request</source>
        <translation>登记服务需求</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>群众点单</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>The masses order: note who asks for what. The branch then dispatches it to members (Dispatch…), who serve and complete it (Complete…).</source>
        <translation>群众点单：记下谁需要什么帮助。随后由支部派单给党员（“派单…”），党员接单服务后登记完成（“完成…”）。</translation>
    </message>
    <message>
        <source>Service request {number}</source>
        <translation>服务需求 {number}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Dispatched on</source>
        <translation>派单日期</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>承诺完成日期</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>接单党员</translation>
    </message>
    <message>
        <source>Saved service request {number}</source>
        <translation>已保存服务需求 {number}</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>No branch on file yet. Enter your branch in Settings.</source>
        <translation>尚未登记支部。请先在“设置”中填写支部信息。</translation>
    </message>
    <message>
        <source>No request of {year} matches these filters.</source>
        <translation>{year}年没有符合筛选条件的需求。</translation>
    </message>
    <message>
        <source>No service requests in {year}. When students or staff ask the branch for help, click Register request… (Ctrl+N); then dispatch it to members, who complete it and their hours land in the ledger.</source>
        <translation>{year}年尚无服务需求。师生向支部提出需求时，点击“登记需求…”（Ctrl+N）；再派单给党员，党员完成后其服务时长记入台账。</translation>
    </message>
    <message>
        <source>{shown} of {total} requests</source>
        <translation>显示 {shown} / 共 {total} 项需求</translation>
    </message>
    <message>
        <source>{total} requests</source>
        <translation>共 {total} 项需求</translation>
    </message>
    <message>
        <source>Rating…</source>
        <translation>补充评价…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Reopen request {number}? It is dispatched again, and the activity its completion recorded is deleted with its hours.</source>
        <translation>重新打开需求 {number}？它将回到“已派单”，完成时生成的活动及其服务时长将被删除。</translation>
    </message>
    <message>
        <source>Reopen the cancelled request {number}?</source>
        <translation>重新打开已取消的需求 {number}？</translation>
    </message>
    <message>
        <source>Reopen request</source>
        <translation>重新打开需求</translation>
    </message>
    <message>
        <source>Reopened request {number}</source>
        <translation>已重新打开需求 {number}</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>删除需求</translation>
    </message>
    <message>
        <source>Delete request {number} of {requester}? The audit trail keeps it.</source>
        <translation>删除{requester}的需求 {number}？操作记录中仍会保留。</translation>
    </message>
    <message>
        <source>Deleted request {number}</source>
        <translation>已删除需求 {number}</translation>
    </message>
</context>
<context>
    <name>ResolutionsTab</name>
    <message>
        <source>No quorum: {present} of {expected} voting members present; more than half must be.</source>
        <translation>不足法定人数：有表决权的党员应到 {expected} 名，实到 {present} 名，须超过半数。</translation>
    </message>
    <message>
        <source>Passed: {in_favour} of {expected} voting members in favour, more than half.</source>
        <translation>通过：有表决权的党员应到 {expected} 名，赞成 {in_favour} 票，超过半数。</translation>
    </message>
    <message>
        <source>Not passed: {in_favour} of {expected} in favour is not more than half.</source>
        <translation>未通过：应到 {expected} 名，赞成 {in_favour} 票，未超过半数。</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>（不涉及具体人员）</translation>
    </message>
    <message>
        <source>As the votes decide</source>
        <translation>按表决结果</translation>
    </message>
    <message>
        <source>The attendance list has {present} of {expected} voting members present: without a quorum this branch assembly cannot admit or confirm anyone.</source>
        <translation>出席名单中有表决权的党员应到 {expected} 名，实到 {present} 名：不足半数，本次支部党员大会不能接收预备党员或讨论转正。</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>BranchDesk {version}</source>
        <translation>支部台账 {version}</translation>
    </message>
    <message>
        <source>{name} ({size}, encrypted)</source>
        <translation>{name}（{size}，已加密）</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name}（{size}）</translation>
    </message>
    <message>
        <source>This backup is older than the data on this PC: it was made on {made}, and this PC&apos;s archive was last changed on {changed}. Restoring it loses every change made after the backup.</source>
        <translation>这个备份比本机的数据旧：备份制作于 {made}，本机台账最后修改于 {changed}。恢复后，备份之后做的所有修改都会丢失。</translation>
    </message>
    <message>
        <source>Nothing on this PC was changed.</source>
        <translation>本机数据没有任何改动。</translation>
    </message>
    <message>
        <source>Restoring replaces this PC&apos;s archive with the backup. Before anything is replaced, a safety copy of this PC&apos;s archive is written to {folder}.</source>
        <translation>恢复会用备份替换本机的台账。替换之前，先把本机台账的安全副本写入 {folder}。</translation>
    </message>
    <message>
        <source>This PC&apos;s archive is empty: restoring the backup replaces nothing.</source>
        <translation>本机台账是空的：恢复备份不会替换任何数据。</translation>
    </message>
    <message>
        <source>no records yet</source>
        <translation>尚无记录</translation>
    </message>
    <message>
        <source>(no branch)</source>
        <translation>（未设置支部）</translation>
    </message>
    <message>
        <source>{branches}, last changed {when}</source>
        <translation>{branches}，最后修改于 {when}</translation>
    </message>
    <message>
        <source>Check a backup file</source>
        <translation>核对备份文件</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>BranchDesk backups (*.zip *.age);;All files (*)</source>
        <translation>支部台账备份 (*.zip *.age);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>核对</translation>
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
        <source>The file cannot be read ({error}).</source>
        <translation>无法读取该文件（{error}）。</translation>
    </message>
    <message>
        <source>{size}, encrypted</source>
        <translation>{size}，已加密</translation>
    </message>
    <message>
        <source>{size}, not encrypted</source>
        <translation>{size}，未加密</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>正在核对 {name}…</translation>
    </message>
    <message>
        <source>Decrypting takes a few seconds.</source>
        <translation>解密需要几秒钟。</translation>
    </message>
    <message>
        <source>{done} of {total} checked</source>
        <translation>已核对 {done}，共 {total}</translation>
    </message>
    <message>
        <source>Checking was cancelled.</source>
        <translation>已取消核对。</translation>
    </message>
    <message>
        <source>Replace this PC&apos;s archive with the backup made on {made}? A safety copy of the current data is written first.</source>
        <translation>确定用 {made} 的备份替换本机的台账吗？替换前会先保存当前数据的安全副本。</translation>
    </message>
    <message>
        <source>The backup is older than this PC&apos;s data: the changes made since are lost.</source>
        <translation>这个备份比本机的数据旧：之后做的修改将会丢失。</translation>
    </message>
    <message>
        <source>Replace this PC&apos;s archive</source>
        <translation>替换本机台账</translation>
    </message>
    <message>
        <source>Keep this PC&apos;s archive</source>
        <translation>保留本机台账</translation>
    </message>
    <message>
        <source>Nothing was restored: save or discard the open edits first.</source>
        <translation>没有恢复：请先保存或放弃正在编辑的内容。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>A safety copy of this PC&apos;s archive is written first. Please wait.</source>
        <translation>正在先写入本机台账的安全副本，请稍候。</translation>
    </message>
    <message>
        <source>The backup has been restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>This PC&apos;s archive is now the backup made on {made}: {branches}.</source>
        <translation>本机台账现在是 {made} 制作的备份：{branches}。</translation>
    </message>
    <message>
        <source>The previous data is kept in the safety copy {path}.</source>
        <translation>原有数据保存在安全副本 {path} 中。</translation>
    </message>
    <message>
        <source>{count} attached files were added.</source>
        <translation>新增了 {count} 个附件。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Please wait until the restore has finished.</source>
        <translation>请等待恢复完成。</translation>
    </message>
</context>
<context>
    <name>RestoreWizardView</name>
    <message>
        <source>Check a backup file</source>
        <translation>核对备份文件</translation>
    </message>
    <message>
        <source>1 Choose the file</source>
        <translation>1 选择文件</translation>
    </message>
    <message>
        <source>2 Verify</source>
        <translation>2 核对</translation>
    </message>
    <message>
        <source>3 Contents</source>
        <translation>3 查看内容</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>3 Compare</source>
        <translation>3 对照</translation>
    </message>
    <message>
        <source>4 Restore</source>
        <translation>4 恢复</translation>
    </message>
    <message>
        <source>Choose a backup file to check. It is read completely and every part is compared with its table of contents; nothing on this PC is changed.</source>
        <translation>选择要核对的备份文件。程序会完整读取文件，逐一与其目录核对；不会改动本机的任何数据。</translation>
    </message>
    <message>
        <source>Choose the backup file to restore, for example the one on the USB stick your predecessor handed over. It is checked completely, and you see what it holds, before anything on this PC is changed.</source>
        <translation>选择要恢复的备份文件，例如上一任书记员移交的U盘里的文件。在改动本机任何数据之前，程序会完整核对它，并让你看到其中的内容。</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>显示口令</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>This backup is encrypted: enter the passphrase it was made with (the clerk who made it tells it in person; it is not on the handoff list).</source>
        <translation>这个备份已加密：请输入制作时设置的口令（由制作备份的书记员当面告知，交接清单上没有）。</translation>
    </message>
    <message>
        <source>The backup is complete and undamaged: every part matches its table of contents.</source>
        <translation>备份完整无损：每个部分都与其目录一致。</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>备份时间：</translation>
    </message>
    <message>
        <source>Branches:</source>
        <translation>所属支部：</translation>
    </message>
    <message>
        <source>Clerk:</source>
        <translation>制作人：</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>程序版本：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>This PC now:</source>
        <translation>本机现状：</translation>
    </message>
    <message>
        <source>The backup was made by an earlier version of BranchDesk; it is brought up to date as it is restored.</source>
        <translation>这个备份由较早版本的支部台账制作，恢复时会自动升级。</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>备份中</translation>
    </message>
    <message>
        <source>On this PC now</source>
        <translation>本机现有</translation>
    </message>
    <message>
        <source>Print its handoff list…</source>
        <translation>打印交接清单…</translation>
    </message>
</context>
<context>
    <name>RosterPrintDialog</name>
    <message>
        <source>Print the member roster</source>
        <translation>打印党员花名册</translation>
    </message>
    <message>
        <source>Show full ID numbers</source>
        <translation>显示完整身份证号码</translation>
    </message>
    <message>
        <source>Unchecked, the middle digits of every ID number are hidden.</source>
        <translation>不勾选时，身份证号码中间的数字将被隐藏。</translation>
    </message>
    <message>
        <source>The roster then shows every ID number in full and holds personal data: keep the printout locked away and do not pass the file on.</source>
        <translation>花名册将显示完整的身份证号码，含有个人信息：请妥善保管打印件，不要外传文件。</translation>
    </message>
    <message>
        <source>The archive has no branch yet: enter your branch in Settings first.</source>
        <translation>台账中还没有支部：请先在“设置”中填写本支部。</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>支部：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Democratic evaluation of {year}</source>
        <translation>{year}年度民主评议</translation>
    </message>
    <message>
        <source>Open the evaluation of {year}</source>
        <translation>开启{year}年度评议</translation>
    </message>
    <message>
        <source>{count} Party members of the branch will be evaluated: its probationary and full members of {year}, apart from those abroad, flowing out, out of contact or suspended. Add or remove people on the page afterwards. The date and the minutes can be filled in later.</source>
        <translation>将有本支部 {count} 名党员参评：{year}年度的预备党员和正式党员，出国（境）、流出、失联及停止党籍的除外。开启后可在页面上添加或移出人员。评定日期和会议记录可以以后再填。</translation>
    </message>
    <message>
        <source>Open evaluation</source>
        <translation>开启评议</translation>
    </message>
    <message>
        <source>Arrangements of the evaluation of {year}</source>
        <translation>{year}年度评议安排</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>{date} {kind}: {title}</source>
        <translation>{date} {kind}：{title}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>The evaluation could not be saved; nothing was changed. ({error})</source>
        <translation>评议未能保存，未做任何更改。（{error}）</translation>
    </message>
    <message>
        <source>Opened the democratic evaluation of {year}</source>
        <translation>已开启{year}年度民主评议</translation>
    </message>
    <message>
        <source>Saved the arrangements of the evaluation of {year}</source>
        <translation>已保存{year}年度评议安排</translation>
    </message>
</context>
<context>
    <name>RoundDialogView</name>
    <message>
        <source>How the evaluation was organised, who took part in the masses votes …</source>
        <translation>评议如何组织、哪些群众代表参加了民主测评……</translation>
    </message>
    <message>
        <source>The branch committee meeting or assembly that settled the grades, if its minutes are on file; its date fills an empty date.</source>
        <translation>确定等次的支委会或党员大会（如已有会议记录）；评定日期未填时取会议日期。</translation>
    </message>
    <message>
        <source>Grades settled on</source>
        <translation>评定日期</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Arrangements</source>
        <translation>评议安排</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Writing sample data…</source>
        <translation>正在写入示例数据…</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation>示例数据已载入。</translation>
    </message>
    <message>
        <source>The sample data could not be written: {error}</source>
        <translation>示例数据未能写入：{error}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>没有找到与“{text}”相关的记录。</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>搜索失败：{error}</translation>
    </message>
    <message>
        <source>Type a name or its pinyin initials (zs finds 张三), a student number, a meeting&apos;s number (第3次), a request&apos;s number or a few words.</source>
        <translation>输入姓名或拼音首字母（如 zs 可找到张三）、学号/工号、会议次数（如 第3次）、点单编号，或几个关键词。</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search people, meetings, problems, activities, requests…</source>
        <translation>搜索人员、会议、整改问题、志愿活动、服务点单…</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索内容</translation>
    </message>
    <message>
        <source>↑ ↓ choose    Enter open    Esc close</source>
        <translation>↑ ↓ 选择    Enter 打开    Esc 关闭</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Collective session</source>
        <translation>集体学习</translation>
    </message>
    <message>
        <source>Correct the collective session</source>
        <translation>修改集体学习</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>{ticked} of {total} members</source>
        <translation>已选 {ticked} / {total} 人</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>The session could not be saved; nothing was changed. ({error})</source>
        <translation>集体学习未能保存，未做任何修改。（{error}）</translation>
    </message>
    <message>
        <source>Recorded “{topic}” for {count} members</source>
        <translation>已为 {count} 名党员记录“{topic}”</translation>
    </message>
    <message>
        <source>The collective session</source>
        <translation>这次集体学习</translation>
    </message>
</context>
<context>
    <name>SessionDialogView</name>
    <message>
        <source>Collective session</source>
        <translation>集体学习</translation>
    </message>
    <message>
        <source>A theme day, a Party lecture or any study together: every member ticked below gets this entry in their notebook, in one step.</source>
        <translation>主题党日、党课或其他集中学习：下面勾选的每位党员都会在学习笔记中记上这一条，一步完成。</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>学习日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>学习主题</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>学习材料</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>学习形式</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Record for attendees</source>
        <translation>为参加人员记录</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The study</source>
        <translation>学习内容</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>出席情况</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The settings could not be saved; nothing was changed. ({error})</source>
        <translation>设置未能保存，所有内容均未改动。（{error}）</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存</translation>
    </message>
    <message>
        <source>The settings have unsaved changes: save or revert them first.</source>
        <translation>设置中有未保存的修改，请先保存或撤销。</translation>
    </message>
    <message>
        <source>Branch {number} ({column})</source>
        <translation>第 {number} 个支部（{column}）</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>书记员</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>支部</translation>
    </message>
    <message>
        <source>The Party branches kept in this archive. The first branch&apos;s name appears in the window title and in the header of printed forms. The committee&apos;s election date drives the reminder before its 3-year term ends.</source>
        <translation>本台账中的党支部。第一个支部的名称显示在窗口标题和打印表格的页眉中；支委会选举日期用于在 3 年任期届满前提醒换届。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>书记员</translation>
    </message>
    <message>
        <source>Recorded with every change in the audit trail and on handoff lists.</source>
        <translation>记入每项修改的操作记录，并印在交接清单上。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language applies the next time BranchDesk starts.</source>
        <translation>更改语言后，下次启动支部台账时生效。</translation>
    </message>
    <message>
        <source>Local rules</source>
        <translation>本地规则</translation>
    </message>
    <message>
        <source>Rules that differ between schools and provinces. The defaults follow the Party&apos;s regulations; change them only when your Party committee asks so.</source>
        <translation>各学校、各省份要求不尽相同的规则。默认值依据党内有关规定设置，仅在上级党组织有要求时修改。</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Forget the changes and show the saved settings</source>
        <translation>放弃修改，恢复为已保存的设置</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>{hint}
Default {default}; allowed {low}–{high}.</source>
        <translation>{hint}
默认值 {default}；可设范围 {low}–{high}。</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Hours of each member: {period}</source>
        <translation>个人服务时长：{period}</translation>
    </message>
    <message>
        <source>No branch on file yet. Enter your branch in Settings.</source>
        <translation>尚未登记支部。请先在“设置”中填写支部信息。</translation>
    </message>
    <message>
        <source>Nobody served in {period}.</source>
        <translation>{period}无人参加志愿服务。</translation>
    </message>
    <message>
        <source>Hours per team and station: {period}</source>
        <translation>各服务队、服务站服务时长：{period}</translation>
    </message>
    <message>
        <source>Hours per month of {year}</source>
        <translation>{year}年各月服务时长</translation>
    </message>
    <message>
        <source>Each member&apos;s hours against the branch average: {period}</source>
        <translation>个人服务时长与支部平均：{period}</translation>
    </message>
    <message>
        <source>Print service certificate</source>
        <translation>打印志愿服务记录证明</translation>
    </message>
    <message>
        <source>Print yearly summary</source>
        <translation>打印年度汇总表</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>An exit: the person leaves the current member list; their file stays in the archive.</source>
        <translation>登记后此人将移出当前党员名单，档案仍保留。</translation>
    </message>
    <message>
        <source>The organisational relationship moves to another Party organisation (most graduates). The person leaves the current member list; their file stays in the archive.</source>
        <translation>组织关系转往其他党组织（多数毕业生属此类）。此人将移出当前党员名单，档案仍保留。</translation>
    </message>
    <message>
        <source>The organisational relationship comes here from another Party organisation; the person is on the current member list with the status Normal.</source>
        <translation>组织关系从其他党组织转入本支部；此人列入当前党员名单，组织状态为正常。</translation>
    </message>
    <message>
        <source>The relationship stays here; the person takes part in organisational life elsewhere.</source>
        <translation>组织关系保留在本支部，在外地参加组织生活（外出流动）。</translation>
    </message>
    <message>
        <source>The relationship stays with another organisation; the person takes part in organisational life here.</source>
        <translation>组织关系在其他党组织，在本支部参加组织生活（流入）。</translation>
    </message>
    <message>
        <source>Studying or working abroad (including Hong Kong, Macau and Taiwan) with membership kept.</source>
        <translation>出国（境）学习或工作，保留党籍。</translation>
    </message>
    <message>
        <source>Out of contact with the Party organisation; the date is the day contact was lost.</source>
        <translation>与党组织失去联系；日期填失去联系之日。</translation>
    </message>
    <message>
        <source>Membership suspended by decision of the Party organisation.</source>
        <translation>经党组织决定停止党籍。</translation>
    </message>
    <message>
        <source>Back from abroad, contact regained, flow ended or suspension lifted.</source>
        <translation>回国（境）、恢复联系、流动结束或恢复党籍。</translation>
    </message>
    <message>
        <source>Transferred to *</source>
        <translation>转往党组织 *</translation>
    </message>
    <message>
        <source>Transferred from *</source>
        <translation>转自党组织 *</translation>
    </message>
    <message>
        <source>Flowing to *</source>
        <translation>流入地党组织 *</translation>
    </message>
    <message>
        <source>Flowing from *</source>
        <translation>流出地党组织 *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>变动日期 *</translation>
    </message>
    <message>
        <source>Lost contact since *</source>
        <translation>失联日期 *</translation>
    </message>
    <message>
        <source>Organisational status change: {name}</source>
        <translation>组织关系变动：{name}</translation>
    </message>
    <message>
        <source>Record an exit?</source>
        <translation>确认登记离开</translation>
    </message>
    <message>
        <source>Record “{change}” for {name} on {date}? {name} will leave the current member list; the file stays in the archive and is shown with “Include people who left”.</source>
        <translation>确定为{name}登记{date}“{change}”吗？{name}将移出当前党员名单；档案仍保留，勾选“包括已离开人员”即可查看。</translation>
    </message>
    <message>
        <source>{status} since {date}</source>
        <translation>{status}（{date}起）</translation>
    </message>
    <message>
        <source>Left on {date}: {change}</source>
        <translation>已于{date}离开（{change}）</translation>
    </message>
    <message>
        <source>{name} left for good: no further change can be recorded.</source>
        <translation>{name}已离开且不是转出，不能再登记变动。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Note: {message} {rule}</source>
        <translation>注意：{message}{rule}</translation>
    </message>
    <message>
        <source>Organisational status change</source>
        <translation>组织关系变动</translation>
    </message>
    <message>
        <source>The change could not be saved; nothing was changed. ({error})</source>
        <translation>变动未能保存，未做任何修改。（{error}）</translation>
    </message>
    <message>
        <source>Recorded {change} for {name}</source>
        <translation>已为{name}登记{change}</translation>
    </message>
</context>
<context>
    <name>StatusChangeView</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Organisational status</source>
        <translation>组织状态</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开情况</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>对方党组织</translation>
    </message>
    <message>
        <source>Letter No.</source>
        <translation>介绍信编号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>尚无变动记录。</translation>
    </message>
    <message>
        <source>Choose what happened</source>
        <translation>请选择变动类型</translation>
    </message>
    <message>
        <source>Full name, e.g. 中共××学院××党支部委员会</source>
        <translation>填写全称，如：中共××学院××党支部委员会</translation>
    </message>
    <message>
        <source>What happened *</source>
        <translation>变动类型 *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>变动日期 *</translation>
    </message>
    <message>
        <source>Other organisation *</source>
        <translation>对方党组织 *</translation>
    </message>
    <message>
        <source>Introduction letter No.</source>
        <translation>组织关系介绍信编号</translation>
    </message>
    <message>
        <source>The number on the letter of introduction of the organisational relationship</source>
        <translation>组织关系介绍信上的编号</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>变动记录</translation>
    </message>
    <message>
        <source>Record a change</source>
        <translation>登记变动</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>{name} · {stage}</source>
        <translation>{name} · {stage}</translation>
    </message>
    <message>
        <source>Correct a development step</source>
        <translation>更正发展步骤</translation>
    </message>
    <message>
        <source>Correcting step {step} recorded for {date}.</source>
        <translation>正在更正 {date} 记录的第 {step} 步。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Record a development step</source>
        <translation>记录发展步骤</translation>
    </message>
    <message>
        <source>Next step: {step}.</source>
        <translation>下一步：{step}。</translation>
    </message>
    <message>
        <source>Overdue since {date}.</source>
        <translation>已于 {date} 逾期。</translation>
    </message>
    <message>
        <source>Due by {date}.</source>
        <translation>应于 {date} 前完成。</translation>
    </message>
    <message>
        <source>Not before {date}.</source>
        <translation>不早于 {date}。</translation>
    </message>
    <message>
        <source>No rule is broken.</source>
        <translation>未违反任何规定。</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不能记录</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Development step</source>
        <translation>发展步骤</translation>
    </message>
    <message>
        <source>The step was not recorded; nothing was changed. ({error})</source>
        <translation>步骤未记录，未作任何更改。（{error}）</translation>
    </message>
    <message>
        <source>Recorded {step} for {name}</source>
        <translation>已为{name}记录“{step}”</translation>
    </message>
    <message>
        <source>The development step of {name}</source>
        <translation>{name}的发展步骤</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
</context>
<context>
    <name>StepDialogView</name>
    <message>
        <source>Name (pick or type)</source>
        <translation>姓名（选择或输入）</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <source>In favour</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstaining</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>What happened, where, documents filed …</source>
        <translation>经过、地点、归档材料……</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Scans of the forms, minutes or certificates</source>
        <translation>表格、会议记录或证明材料的扫描件</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>I have checked these warnings: record what happened</source>
        <translation>以上提醒已核实，按实际情况记录</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Rule checks</source>
        <translation>规定核对</translation>
    </message>
</context>
<context>
    <name>StepTimelineModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>People</source>
        <translation>相关人员</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{expected} expected, {present} present: {in_favour} for, {against} against, {abstaining} abstaining</source>
        <translation>应到{expected} 实到{present} 赞成{in_favour} 反对{against} 弃权{abstaining}</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>StepWizardView</name>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StudyFields</name>
    <message>
        <source> class hours</source>
        <translation> 学时</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>支委</translation>
    </message>
    <message>
        <source>Collective hours</source>
        <translation>集中学习学时</translation>
    </message>
    <message>
        <source>All hours</source>
        <translation>全部学时</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标学时</translation>
    </message>
    <message>
        <source>To go</source>
        <translation>尚差</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>学习主题</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>学习形式</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Recorded with</source>
        <translation>记录来源</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>{form} (branch session)</source>
        <translation>{form}（支部组织）</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Study notebooks</source>
        <translation>学习笔记</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>截至{date}</translation>
    </message>
    <message>
        <source>Collective class hours in {year}, against the target</source>
        <translation>{year}年集中学习学时与目标</translation>
    </message>
    <message>
        <source>No one matches “{text}”.</source>
        <translation>没有与“{text}”匹配的党员。</translation>
    </message>
    <message>
        <source>No Party members on file. Probationary and full members appear here with their class hours.</source>
        <translation>尚无党员档案。预备党员和正式党员会连同学时显示在这里。</translation>
    </message>
    <message>
        <source>No collective sessions in {year}. Record one with Collective session…, or tick “counts as collective study” in the minutes of a theme day or Party lecture.</source>
        <translation>{year}年还没有集体学习。可点击“集体学习…”记录，或在主题党日、党课的会议记录中勾选“计入每位出席者的集中学习”。</translation>
    </message>
    <message>
        <source>The study records could not be read: {error}</source>
        <translation>无法读取学习记录：{error}</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <source>No entries of {year} match “{text}”.</source>
        <translation>{year} 年没有与“{text}”相符的学习记录。</translation>
    </message>
    <message>
        <source>No study entries in {year} yet.</source>
        <translation>{year} 年还没有学习记录。</translation>
    </message>
    <message>
        <source>{name}: study notebook of {year}</source>
        <translation>{name}的{year}年学习笔记</translation>
    </message>
    <message>
        <source>Study notebook</source>
        <translation>学习笔记</translation>
    </message>
    <message>
        <source>No study entries in {year}. Add one with New…, or record a collective session.</source>
        <translation>{year}年尚无学习记录。点击“新建…”添加，或记录一次集体学习。</translation>
    </message>
    <message>
        <source>Choose a member on the left to see their notebook.</source>
        <translation>在左侧选择一名党员，查看其学习笔记。</translation>
    </message>
    <message>
        <source>Delete the study entry “{topic}” of {name}?</source>
        <translation>删除{name}的学习记录“{topic}”？</translation>
    </message>
    <message>
        <source>It came from a collective session: this removes only this member&apos;s attendance.</source>
        <translation>该记录来自集体学习：只删除这名党员的参加记录。</translation>
    </message>
    <message>
        <source>Delete study entry</source>
        <translation>删除学习记录</translation>
    </message>
    <message>
        <source>Deleted “{topic}”</source>
        <translation>已删除“{topic}”</translation>
    </message>
    <message>
        <source>Delete the collective session “{topic}” and its {count} entries?</source>
        <translation>删除集体学习“{topic}”及其 {count} 条学习记录吗？</translation>
    </message>
    <message>
        <source>The meeting&apos;s minutes stay; the meeting no longer counts as study.</source>
        <translation>会议记录保留，但该会议不再计入学习。</translation>
    </message>
    <message>
        <source>Delete collective session</source>
        <translation>删除集体学习</translation>
    </message>
    <message>
        <source>Print study notebook</source>
        <translation>打印学习笔记</translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <source>Study notebooks</source>
        <translation>学习笔记</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Collective session…</source>
        <translation>集体学习…</translation>
    </message>
    <message>
        <source>Record a collective study (a theme day, a Party lecture …) for all who attended</source>
        <translation>为参加集体学习（如主题党日、党课）的每位党员记录学习笔记</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员人数</translation>
    </message>
    <message>
        <source>Reached the target</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>Behind the target</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Collective sessions</source>
        <translation>集体学习次数</translation>
    </message>
    <message>
        <source>Class hours of the year</source>
        <translation>本年度学时</translation>
    </message>
    <message>
        <source>Search by name or pinyin initials</source>
        <translation>按姓名或拼音首字母搜索</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Add a study entry for the selected member</source>
        <translation>为所选党员新建学习记录</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Print study notebook…</source>
        <translation>打印学习笔记…</translation>
    </message>
    <message>
        <source>The selected member&apos;s notebook of the year, with the hour tally</source>
        <translation>所选党员本年度的学习笔记，附学时统计</translation>
    </message>
    <message>
        <source>Double-click an entry to edit it</source>
        <translation>双击一条记录进行编辑</translation>
    </message>
    <message>
        <source>Correct the session: its topic, hours and who attended</source>
        <translation>修改本次集体学习：主题、学时和参加人员</translation>
    </message>
    <message>
        <source>Double-click a session to correct it</source>
        <translation>双击一次集体学习可修改</translation>
    </message>
    <message>
        <source>Search by name, pinyin initials, topic or material</source>
        <translation>按姓名、拼音首字母、学习主题或学习材料搜索</translation>
    </message>
    <message>
        <source>Click a column title to sort; double-click an entry to edit it</source>
        <translation>点击列标题排序；双击一条记录可编辑</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>学习记录</translation>
    </message>
    <message>
        <source>Everyone&apos;s entries</source>
        <translation>全部学习记录</translation>
    </message>
    <message>
        <source>Collective study</source>
        <translation>集体学习</translation>
    </message>
    <message>
        <source>Branch chart</source>
        <translation>支部学时图</translation>
    </message>
</context>
<context>
    <name>TeamForm</name>
    <message>
        <source>Edit team membership</source>
        <translation>编辑服务队成员信息</translation>
    </message>
    <message>
        <source>Join a service team</source>
        <translation>加入服务队</translation>
    </message>
    <message>
        <source>Team *</source>
        <translation>服务队 *</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离队日期</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>Service team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离队日期</translation>
    </message>
    <message>
        <source>No service teams yet: set them up on the Volunteer service page.</source>
        <translation>还没有服务队：请先在“志愿服务”页面建立。</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Record a step…</source>
        <translation>记录发展步骤…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>发展过程</translation>
    </message>
    <message>
        <source>Save the new file first; then record each development step here. The dates entered on the first tab become the first steps.</source>
        <translation>请先保存新档案，然后在这里记录每个发展步骤。在“基本信息”中填写的日期会成为最初的步骤。</translation>
    </message>
    <message>
        <source>Now: {stage}</source>
        <translation>当前：{stage}</translation>
    </message>
    <message>
        <source>No development step is pending.</source>
        <translation>没有待办的发展步骤。</translation>
    </message>
    <message>
        <source>Next: {step}, overdue since {date}.</source>
        <translation>下一步：{step}，已于 {date} 逾期。</translation>
    </message>
    <message>
        <source>Next: {step}, due by {date}.</source>
        <translation>下一步：{step}，应于 {date} 前完成。</translation>
    </message>
    <message>
        <source>Next: {step}, not before {date}.</source>
        <translation>下一步：{step}，不早于 {date}。</translation>
    </message>
    <message>
        <source>Next: {step}.</source>
        <translation>下一步：{step}。</translation>
    </message>
    <message>
        <source>No step is recorded yet.</source>
        <translation>尚未记录任何步骤。</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <source>Delete the record of “{step}”? Do this only for a step recorded by mistake; the audit trail keeps what it said.</source>
        <translation>删除“{step}”的记录？仅在误记时这样做；操作记录会保留其内容。</translation>
    </message>
</context>
<context>
    <name>Tooltip</name>
    <message>
        <source>{text} ({key})</source>
        <translation>{text}（{key}）</translation>
    </message>
</context>
<context>
    <name>UnitChart</name>
    <message>
        <source>No team or station</source>
        <translation>未归属服务队或服务站</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>服务时长</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>New service team</source>
        <translation>新建党员服务队</translation>
    </message>
    <message>
        <source>New service station</source>
        <translation>新建党员服务站</translation>
    </message>
    <message>
        <source>{count} current, leaders: {leaders}</source>
        <translation>现有 {count} 人，负责人：{leaders}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Saved “{name}”</source>
        <translation>已保存“{name}”</translation>
    </message>
</context>
<context>
    <name>UnitDialogView</name>
    <message>
        <source>e.g. Building 5 of the dormitories</source>
        <translation>例如：桃李园5栋</translation>
    </message>
    <message>
        <source>In service (offered for new activities)</source>
        <translation>在用（新建活动时可选）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>添加 →</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← 移除</translation>
    </message>
    <message>
        <source>Remove a row entered by mistake; for someone who left, enter the date left</source>
        <translation>移除误加的行；已离开的人员请填写离开日期</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The team or station</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Members and leaders</source>
        <translation>成员与负责人</translation>
    </message>
</context>
<context>
    <name>UnitPeopleModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开日期</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <source>No branch on file yet. Enter your branch in Settings.</source>
        <translation>尚未登记支部。请先在“设置”中填写支部信息。</translation>
    </message>
    <message>
        <source>No service teams or stations yet. A branch typically runs several Party member service teams (new-student guidance, exam tutoring …) and service stations in the dormitories; click New service team… to set up the first.</source>
        <translation>尚无服务队或服务站。支部通常设有若干党员服务队（新生成长导航、等级考试辅导……）和宿舍党员服务站；点击“新建服务队…”建立第一个。</translation>
    </message>
    <message>
        <source>Delete team or station</source>
        <translation>删除服务队或服务站</translation>
    </message>
    <message>
        <source>Delete the {kind} “{name}” and its list of {count} people?</source>
        <translation>删除{kind}“{name}”及其 {count} 人的名单？</translation>
    </message>
    <message>
        <source>Deleted “{name}”</source>
        <translation>已删除“{name}”</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>{what} has unsaved changes. Save them?</source>
        <translation>“{what}”中有未保存的修改。是否保存？</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Every branch needs a name.</source>
        <translation>每个支部都必须填写名称。</translation>
    </message>
    <message>
        <source>A branch name may have at most 100 characters.</source>
        <translation>支部名称最多 100 个字。</translation>
    </message>
    <message>
        <source>A committee term is from 1 to 5 years.</source>
        <translation>支委会任期应为 1 至 5 年。</translation>
    </message>
    <message>
        <source>The committee&apos;s election date cannot be in the future.</source>
        <translation>支委会选举日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The branch name {name} is used twice.</source>
        <translation>支部名称“{name}”重复了。</translation>
    </message>
    <message>
        <source>Keep at least one branch.</source>
        <translation>请至少保留一个支部。</translation>
    </message>
    <message>
        <source>The branch {name} still has members or meetings and cannot be removed.</source>
        <translation>支部“{name}”下仍有党员或会议记录，不能删除。</translation>
    </message>
    <message>
        <source>The clerk&apos;s name may have at most 60 characters.</source>
        <translation>书记员姓名最多 60 个字。</translation>
    </message>
    <message>
        <source>Choose Chinese or English.</source>
        <translation>请选择中文或英文。</translation>
    </message>
    <message>
        <source>The ID number has a non-ASCII digit {char} at position {pos}; type half-width (ASCII) digits 0–9.</source>
        <translation>身份证号第 {pos} 位是非半角数字 {char}，请输入半角数字 0–9。</translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number; please enter the 18-digit number from the current ID card.</source>
        <translation>这是旧的 15 位身份证号，请填写现行身份证上的 18 位号码。</translation>
    </message>
    <message>
        <source>The ID number must have 18 characters; this one has {count}.</source>
        <translation>身份证号应为 18 位，现为 {count} 位。</translation>
    </message>
    <message>
        <source>The ID number may contain only digits 0–9 and a final X; position {pos} has {char}.</source>
        <translation>身份证号只能由数字 0–9 和末位的 X 组成，第 {pos} 位是 {char}。</translation>
    </message>
    <message>
        <source>The ID number&apos;s check digit (last character) is wrong; please look for a typing mistake.</source>
        <translation>身份证号校验码（最后一位）不对，请检查是否有输错的数字。</translation>
    </message>
    <message>
        <source>The birth date in the ID number ({embedded}) differs from the birth date entered ({entered}).</source>
        <translation>身份证号中的出生日期（{embedded}）与填写的出生日期（{entered}）不一致。</translation>
    </message>
    <message>
        <source>Please enter the ID number.</source>
        <translation>请填写证件号码。</translation>
    </message>
    <message>
        <source>The ID number has a full-width character {char} at position {pos}; full-width digits are not allowed, please type half-width (ASCII) digits and letters.</source>
        <translation>证件号码第 {pos} 位是全角字符 {char}；不能使用全角数字，请切换到半角后输入数字和字母。</translation>
    </message>
    <message>
        <source>The ID number must not contain spaces.</source>
        <translation>证件号码中不能有空格。</translation>
    </message>
    <message>
        <source>The birth date in the ID number ({date}) is not a real date.</source>
        <translation>身份证号中的出生日期（{date}）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number ({date}) is before {year}.</source>
        <translation>身份证号中的出生日期（{date}）早于 {year} 年。</translation>
    </message>
    <message>
        <source>The birth date in the ID number ({date}) is in the future.</source>
        <translation>身份证号中的出生日期（{date}）晚于今天。</translation>
    </message>
    <message>
        <source>The ID number may contain only letters A–Z and digits 0–9; position {pos} has {char}.</source>
        <translation>证件号码只能由字母 A–Z 和数字 0–9 组成，第 {pos} 位是 {char}。</translation>
    </message>
    <message>
        <source>A passport number has 5 to 17 letters or digits; this one has {count}.</source>
        <translation>护照号码应为 5 至 17 位字母或数字，现为 {count} 位。</translation>
    </message>
    <message>
        <source>A Hong Kong/Macau permit number is H or M followed by 8 or 10 digits.</source>
        <translation>港澳居民来往内地通行证号码为 H 或 M 加 8 位或 10 位数字。</translation>
    </message>
    <message>
        <source>A Hong Kong/Macau permit number has 8 or 10 digits after the letter; this one has {count}.</source>
        <translation>港澳居民来往内地通行证号码字母后应为 8 位或 10 位数字，现为 {count} 位。</translation>
    </message>
    <message>
        <source>A Taiwan permit number is 8 digits, or a letter followed by 9 digits.</source>
        <translation>台湾居民来往大陆通行证号码为 8 位数字，或 1 个字母加 9 位数字。</translation>
    </message>
    <message>
        <source>This rule must be a whole number from {low} to {high}.</source>
        <translation>此项须为 {low} 至 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>The phone number {value} is neither an 11-digit mobile number starting with 1 nor a landline with its area code.</source>
        <translation>联系电话 {value} 既不是以 1 开头的 11 位手机号，也不是带区号的固定电话。</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>This party group belongs to another branch.</source>
        <translation>该党小组属于其他支部。</translation>
    </message>
    <message>
        <source>Please enter the date the step happened.</source>
        <translation>请填写该步骤的日期。</translation>
    </message>
    <message>
        <source>Step {step_no} cannot have this outcome.</source>
        <translation>第 {step_no} 步不能选择此结果。</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>姓名超过 {limit} 个字。</translation>
    </message>
    <message>
        <source>Please enter the votes of the branch assembly (expected, present, in favour, against, abstaining).</source>
        <translation>请填写支部大会的表决情况（应到、实到、赞成、反对、弃权）。</translation>
    </message>
    <message>
        <source>The notes are longer than {limit} characters.</source>
        <translation>备注超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Please enter the gender (男 or 女).</source>
        <translation>请填写性别（男或女）。</translation>
    </message>
    <message>
        <source>The text is longer than {limit} characters.</source>
        <translation>内容超过 {limit} 个字。</translation>
    </message>
    <message>
        <source>Please choose the kind of inspection.</source>
        <translation>请选择检查类型。</translation>
    </message>
    <message>
        <source>Please enter who carried out the inspection.</source>
        <translation>请填写检查人或检查单位。</translation>
    </message>
    <message>
        <source>The year must be from {first} to {last}.</source>
        <translation>年度应在{first}年至{last}年之间。</translation>
    </message>
    <message>
        <source>The evaluation of {year} cannot be held before {year}.</source>
        <translation>{year}年度的评议不能早于{year}年进行。</translation>
    </message>
    <message>
        <source>Please choose the branch.</source>
        <translation>请选择党支部。</translation>
    </message>
    <message>
        <source>The branch&apos;s democratic evaluation of {year} is already open.</source>
        <translation>本支部{year}年度民主评议已经开启。</translation>
    </message>
    <message>
        <source>A round keeps its branch and year; delete it and open another instead.</source>
        <translation>评议的支部和年度不能更改；如需更改，请删除后重新开启。</translation>
    </message>
    <message>
        <source>{name} is not a member of this branch.</source>
        <translation>{name}不是本支部的成员。</translation>
    </message>
    <message>
        <source>{name} is not a Party member; only probationary and full members are evaluated.</source>
        <translation>{name}不是党员；只有预备党员和正式党员参加民主评议。</translation>
    </message>
    <message>
        <source>{name} is already in this evaluation.</source>
        <translation>{name}已在本次评议中。</translation>
    </message>
    <message>
        <source>Problems on the ledger came from this inspection: it stays with its branch.</source>
        <translation>台账中有问题来自这次检查，不能改为其他支部的检查。</translation>
    </message>
    <message>
        <source>Please choose the party group of this branch.</source>
        <translation>请选择本支部的党小组。</translation>
    </message>
    <message>
        <source>Please enter the title.</source>
        <translation>请填写会议名称。</translation>
    </message>
    <message>
        <source>Please enter when the meeting started.</source>
        <translation>请填写会议开始时间。</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <source>The date {date} is before the problem was found ({found}).</source>
        <translation>日期 {date} 早于问题发现日期（{found}）。</translation>
    </message>
    <message>
        <source>A rectification with a time limit needs its deadline.</source>
        <translation>限期整改须填写整改时限。</translation>
    </message>
    <message>
        <source>An immediate rectification is finished within {days} days of finding the problem: by {latest} at the latest.</source>
        <translation>立行立改的问题应在发现后 {days} 天内整改完成，最迟至 {latest}。</translation>
    </message>
    <message>
        <source>This problem is closed; reopen it before changing it.</source>
        <translation>该问题已销号，如需修改请先重新打开。</translation>
    </message>
    <message>
        <source>Only a problem still waiting for rectification can be started.</source>
        <translation>只有待整改的问题才能开始整改。</translation>
    </message>
    <message>
        <source>This problem is already completed or closed.</source>
        <translation>该问题已完成或已销号。</translation>
    </message>
    <message>
        <source>Only a completed problem can be closed: record its completion first.</source>
        <translation>只有已完成的问题才能销号，请先登记整改完成。</translation>
    </message>
    <message>
        <source>Closing a problem needs the reviewer who checked the rectification.</source>
        <translation>销号须填写复查人。</translation>
    </message>
    <message>
        <source>Closing a problem needs the reviewer&apos;s opinion.</source>
        <translation>销号须填写复查意见。</translation>
    </message>
    <message>
        <source>The closing date {date} is before the completion date {completed}.</source>
        <translation>销号日期 {date} 早于完成日期 {completed}。</translation>
    </message>
    <message>
        <source>A problem still waiting for rectification cannot be reopened.</source>
        <translation>待整改的问题无需重新打开。</translation>
    </message>
    <message>
        <source>Please say why the closed problem is reopened.</source>
        <translation>请说明重新打开已销号问题的原因。</translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation>会议结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>The meeting number must be 1 or more.</source>
        <translation>会议次数须为 1 或以上。</translation>
    </message>
    <message>
        <source>Meeting number {number} of this kind is already taken in {year}; the next free one is {free}.</source>
        <translation>{year} 年该类会议的第 {number} 次已被使用，下一个可用的是第 {free} 次。</translation>
    </message>
    <message>
        <source>Please choose a Party member on file.</source>
        <translation>请选择在册党员。</translation>
    </message>
    <message>
        <source>Row {row}: each Party member on file appears once in the attendance list.</source>
        <translation>第 {row} 行：签到名单中每名在册党员只能出现一次。</translation>
    </message>
    <message>
        <source>Row {row}: {name} is a probationary member and has no vote (Party Constitution, Article 7).</source>
        <translation>第 {row} 行：{name} 是预备党员，没有表决权（党章第七条）。</translation>
    </message>
    <message>
        <source>Row {row}: please give the reason {name} was away (e.g. 未请假).</source>
        <translation>第 {row} 行：请填写 {name} 缺席的原因（如“未请假”）。</translation>
    </message>
    <message>
        <source>Row {row}: please enter the name.</source>
        <translation>第 {row} 行：请填写姓名。</translation>
    </message>
    <message>
        <source>Row {row}: please enter the title.</source>
        <translation>第 {row} 行：请填写议题。</translation>
    </message>
    <message>
        <source>Row {row}: please enter the resolution.</source>
        <translation>第 {row} 行：请填写决议内容。</translation>
    </message>
    <message>
        <source>Row {row}: only a branch assembly admits a member or confirms a probationary member.</source>
        <translation>第 {row} 行：只有支部党员大会才能讨论接收预备党员或预备党员转正。</translation>
    </message>
    <message>
        <source>Row {row}: {name} is already voted on in this meeting; one vote per person.</source>
        <translation>第 {row} 行：本次会议已对 {name} 进行表决，每人只表决一次。</translation>
    </message>
    <message>
        <source>Row {row}: please choose the person on file the resolution concerns.</source>
        <translation>第 {row} 行：请选择该决议所涉及的人员。</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <source>Please enter the date the post started.</source>
        <translation>请填写任职日期。</translation>
    </message>
    <message>
        <source>Please enter the title of a post of the kind Other.</source>
        <translation>职务类别为“其他”时请填写职务名称。</translation>
    </message>
    <message>
        <source>Please enter the date of the award or sanction.</source>
        <translation>请填写奖惩日期。</translation>
    </message>
    <message>
        <source>Please enter the title of the award or sanction.</source>
        <translation>请填写奖惩名称。</translation>
    </message>
    <message>
        <source>Please enter the date the care was given.</source>
        <translation>请填写关怀日期。</translation>
    </message>
    <message>
        <source>Please describe care of the kind Other.</source>
        <translation>关怀类别为“其他”时请填写关怀内容。</translation>
    </message>
    <message>
        <source>Please choose a service team.</source>
        <translation>请选择服务队。</translation>
    </message>
    <message>
        <source>The person is already a current member of {team}.</source>
        <translation>此人已是“{team}”的在队成员。</translation>
    </message>
    <message>
        <source>The date {date} is earlier than the previous step&apos;s date {previous}; the steps go application, activist, candidate, admission, confirmation.</source>
        <translation>日期 {date} 早于上一步骤的日期 {previous}；各步骤依次为递交申请、确定积极分子、确定发展对象、接收预备党员、转正。</translation>
    </message>
    <message>
        <source>An applicant must be at least {age} years old on the application date {date} (党章 第一条).</source>
        <translation>递交入党申请书之日（{date}）须年满 {age} 周岁（《党章》第一条）。</translation>
    </message>
    <message>
        <source>{value} is not a real date (month or day is wrong).</source>
        <translation>{value} 不是有效日期（月份或日期有误）。</translation>
    </message>
    <message>
        <source>{value} is not a date; write it like 2019-05-04, 2019/5/4 or 2019年5月4日.</source>
        <translation>{value} 不是日期；请写成 2019-05-04、2019/5/4 或 2019年5月4日 的形式。</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>The ID number is stored as a number, so Excel has lost its last digits; format the column as text and type the number again.</source>
        <translation>身份证号被存成了数字，Excel 已丢失最后几位；请把该列设为文本格式后重新输入号码。</translation>
    </message>
    <message>
        <source>The ID number is masked ({value}); import a list exported with full ID numbers.</source>
        <translation>身份证号已隐去部分数字（{value}）；请导入含完整身份证号的名单。</translation>
    </message>
    <message>
        <source>The gender {value} is not 男 or 女.</source>
        <translation>性别“{value}”不是“男”或“女”。</translation>
    </message>
    <message>
        <source>{value} is not a stage; use 入党申请人, 入党积极分子, 发展对象, 预备党员 or 正式党员.</source>
        <translation>“{value}”不是发展阶段；请填写入党申请人、入党积极分子、发展对象、预备党员或正式党员。</translation>
    </message>
    <message>
        <source>There is no branch named {value} in this archive.</source>
        <translation>台账中没有名为 {value} 的支部。</translation>
    </message>
    <message>
        <source>This row repeats row {row} (same {column}).</source>
        <translation>此行与第 {row} 行重复（{column}相同）。</translation>
    </message>
    <message>
        <source>The file is {size} MB; files of at most {limit} MB can be attached.</source>
        <translation>该文件为 {size} MB，附件不能超过 {limit} MB。</translation>
    </message>
    <message>
        <source>Only JPG or PNG pictures and PDF documents can be attached.</source>
        <translation>只能添加 JPG、PNG 图片或 PDF 文档。</translation>
    </message>
    <message>
        <source>This text is longer than {limit} characters.</source>
        <translation>内容超过 {limit} 个字。</translation>
    </message>
    <message>
        <source>A photo must be a JPG or PNG picture.</source>
        <translation>照片须为 JPG 或 PNG 图片。</translation>
    </message>
    <message>
        <source>A person&apos;s file has one photo only.</source>
        <translation>每人的档案只能有一张照片。</translation>
    </message>
    <message>
        <source>{name} already left on {date}; a person leaves only once.</source>
        <translation>{name}已于{date}离开，不能再次登记离开。</translation>
    </message>
    <message>
        <source>{name} left on {date}; only a transfer back in can be recorded now.</source>
        <translation>{name}已于{date}离开，现在只能登记转入。</translation>
    </message>
    <message>
        <source>{name} left for good on {date}; only someone who transferred out can transfer back in.</source>
        <translation>{name}已于{date}离开且不是转出，不能再转入；只有转出的人员才能重新转入。</translation>
    </message>
    <message>
        <source>{name} is not a Party member yet; this applies to probationary and full members only.</source>
        <translation>{name}尚不是党员；此项只适用于预备党员和正式党员。</translation>
    </message>
    <message>
        <source>{name} already transferred in on {date} and has not left since.</source>
        <translation>{name}已于{date}转入，此后没有离开。</translation>
    </message>
    <message>
        <source>{name} already has this status.</source>
        <translation>{name}已是此状态。</translation>
    </message>
    <message>
        <source>Please choose what happened.</source>
        <translation>请选择变动类型。</translation>
    </message>
    <message>
        <source>Please enter the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>The date {date} is before {name}&apos;s date of birth {birth}.</source>
        <translation>日期{date}早于{name}的出生日期{birth}。</translation>
    </message>
    <message>
        <source>The date {date} is before {name}&apos;s application date {applied}.</source>
        <translation>日期{date}早于{name}递交入党申请书的日期{applied}。</translation>
    </message>
    <message>
        <source>The date {date} is before the latest recorded change of {name} ({previous}).</source>
        <translation>日期{date}早于{name}最近一次登记的变动（{previous}）。</translation>
    </message>
    <message>
        <source>Please enter the other Party organisation.</source>
        <translation>请填写对方党组织的名称。</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is longer than {limit} characters.</source>
        <translation>党组织名称超过{limit}个字。</translation>
    </message>
    <message>
        <source>The letter number is longer than {limit} characters.</source>
        <translation>介绍信编号超过{limit}个字符。</translation>
    </message>
    <message>
        <source>Please enter the class hours.</source>
        <translation>请填写学时。</translation>
    </message>
    <message>
        <source>The class hours must be more than 0.</source>
        <translation>学时必须大于 0。</translation>
    </message>
    <message>
        <source>A day has at most {limit} class hours.</source>
        <translation>每天最多 {limit} 学时。</translation>
    </message>
    <message>
        <source>Class hours take at most 2 decimal places.</source>
        <translation>学时最多保留两位小数。</translation>
    </message>
    <message>
        <source>{name} has later development steps on file (step {later}); delete those before undoing step {step_no} of this meeting.</source>
        <translation>{name} 已有后续发展步骤记录（第 {later} 步）；请先删除这些记录，再撤销本次会议的第 {step_no} 步。</translation>
    </message>
    <message>
        <source>Please enter the topic of the study.</source>
        <translation>请填写学习主题。</translation>
    </message>
    <message>
        <source>Please choose at least one attendee.</source>
        <translation>请至少选择一名参加人员。</translation>
    </message>
    <message>
        <source>There is no member with number {id}.</source>
        <translation>档案中没有编号为 {id} 的人员。</translation>
    </message>
    <message>
        <source>{name} already has {hours} class hours on {date}; a day has at most {limit}.</source>
        <translation>{name}在 {date} 已有 {hours} 学时的学习记录；每天最多 {limit} 学时。</translation>
    </message>
    <message>
        <source>Please choose where the problem came from.</source>
        <translation>请选择问题来源。</translation>
    </message>
    <message>
        <source>Please choose the kind of rectification.</source>
        <translation>请选择整改类型。</translation>
    </message>
    <message>
        <source>Please describe the problem.</source>
        <translation>请填写问题表现。</translation>
    </message>
    <message>
        <source>A problem comes from one inspection, meeting or evaluation at most.</source>
        <translation>一个问题至多关联一次检查、会议或民主评议。</translation>
    </message>
    <message>
        <source>This inspection is not an inspection of the branch.</source>
        <translation>该检查不属于本支部。</translation>
    </message>
    <message>
        <source>This meeting is not a meeting of the branch.</source>
        <translation>该会议不是本支部的会议。</translation>
    </message>
    <message>
        <source>This evaluation is not an evaluation of the branch.</source>
        <translation>该民主评议不属于本支部。</translation>
    </message>
    <message>
        <source>This member does not belong to the branch.</source>
        <translation>该党员不属于本支部。</translation>
    </message>
    <message>
        <source>Progress on this problem is recorded on {date}, before {found}.</source>
        <translation>该问题已有 {date} 的整改记录，早于 {found}。</translation>
    </message>
    <message>
        <source>This meeting already has its study session.</source>
        <translation>该会议已登记过集中学习。</translation>
    </message>
    <message>
        <source>This entry comes from a collective session: change its date, topic, form or class hours in the session.</source>
        <translation>这条学习笔记来自集中学习：日期、主题、形式和学时请在集中学习记录中修改。</translation>
    </message>
    <message>
        <source>Please write what progress was made.</source>
        <translation>请填写整改进展。</translation>
    </message>
    <message>
        <source>A number of votes cannot be negative.</source>
        <translation>票数不能为负数。</translation>
    </message>
    <message>
        <source>{total} ballots were counted, but there are only {voters} voters.</source>
        <translation>共计{total}票，但投票人只有{voters}人。</translation>
    </message>
    <message>
        <source>The grade is settled by the branch committee or the assembly.</source>
        <translation>等次由支委会或党员大会评定。</translation>
    </message>
    <message>
        <source>Please say who settled the grade: the branch committee or the assembly.</source>
        <translation>请选择评定等次的会议：支委会或党员大会。</translation>
    </message>
    <message>
        <source>Please dispatch the request to members before completing it.</source>
        <translation>请先派单给党员，再登记完成。</translation>
    </message>
    <message>
        <source>This request is completed; reopen it before changing its status.</source>
        <translation>该点单已完成，如需更改状态请先重新打开。</translation>
    </message>
    <message>
        <source>This request is cancelled; reopen it before changing its status.</source>
        <translation>该点单已取消，如需更改状态请先重新打开。</translation>
    </message>
    <message>
        <source>This request is already dispatched.</source>
        <translation>该点单已派单。</translation>
    </message>
    <message>
        <source>Only a completed or cancelled request can be reopened.</source>
        <translation>只有已完成或已取消的点单才能重新打开。</translation>
    </message>
    <message>
        <source>The rating is a whole number from 1 to 5.</source>
        <translation>评价应为 1 至 5 的整数。</translation>
    </message>
    <message>
        <source>Row {row}: the hours cannot be negative.</source>
        <translation>第 {row} 行：小时数不能为负数。</translation>
    </message>
    <message>
        <source>Row {row}: the minutes are a whole number from 0 to 59.</source>
        <translation>第 {row} 行：分钟数应为 0 至 59 的整数。</translation>
    </message>
    <message>
        <source>Row {row}: please enter the time served.</source>
        <translation>第 {row} 行：请填写服务时长。</translation>
    </message>
    <message>
        <source>Row {row}: one person&apos;s time in one activity is at most {limit} hours.</source>
        <translation>第 {row} 行：每人每次活动的服务时长最多 {limit} 小时。</translation>
    </message>
    <message>
        <source>Row {row}: {name} already served {hours} hours on {date}; with this activity it would be more than {limit} hours that day.</source>
        <translation>第 {row} 行：{name} 在 {date} 已服务 {hours} 小时，加上本次活动将超过当天 {limit} 小时的上限。</translation>
    </message>
    <message>
        <source>Row {row}: {name} is not of this branch.</source>
        <translation>第 {row} 行：{name} 不是本支部人员。</translation>
    </message>
    <message>
        <source>Row {row}: on {date}, {name} was not yet an activist or a Party member; members and activists serve.</source>
        <translation>第 {row} 行：{date} 时 {name} 尚不是入党积极分子或党员；志愿服务由党员和入党积极分子参加。</translation>
    </message>
    <message>
        <source>Row {row}: {name} had left the branch before {date}.</source>
        <translation>第 {row} 行：{name} 在 {date} 之前已离开本支部。</translation>
    </message>
    <message>
        <source>Row {row}: {name} transferred into the branch only after {date}.</source>
        <translation>第 {row} 行：{name} 在 {date} 之后才转入本支部。</translation>
    </message>
    <message>
        <source>Please enter the name of the activity.</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <source>Please enter the category of the service.</source>
        <translation>请填写服务类别。</translation>
    </message>
    <message>
        <source>Please add at least one participant and their time.</source>
        <translation>请至少添加一名参加人员及其服务时长。</translation>
    </message>
    <message>
        <source>Row {row}: please choose a person on file.</source>
        <translation>第 {row} 行：请选择档案中的人员。</translation>
    </message>
    <message>
        <source>Row {row}: this person is already listed.</source>
        <translation>第 {row} 行：该人员已在名单中。</translation>
    </message>
    <message>
        <source>Please choose a service team or station of the branch.</source>
        <translation>请选择本支部的党员服务队或服务站。</translation>
    </message>
    <message>
        <source>An activity stays in its branch; record it again in the other.</source>
        <translation>活动不能改到其他支部；请在该支部重新登记。</translation>
    </message>
    <message>
        <source>This activity completed a service request; reopen the request to undo it.</source>
        <translation>该活动是一项点单的完成记录；如需撤销，请重新打开该点单。</translation>
    </message>
    <message>
        <source>The date {date} is before the request was made ({earlier}).</source>
        <translation>日期 {date} 早于点单日期（{earlier}）。</translation>
    </message>
    <message>
        <source>The date {date} is before the request was dispatched ({earlier}).</source>
        <translation>日期 {date} 早于派单日期（{earlier}）。</translation>
    </message>
    <message>
        <source>Please choose who serves the request.</source>
        <translation>请选择接单人员。</translation>
    </message>
    <message>
        <source>Please enter the date the request was dispatched.</source>
        <translation>请填写派单日期。</translation>
    </message>
    <message>
        <source>Please enter who made the request.</source>
        <translation>请填写服务对象。</translation>
    </message>
    <message>
        <source>Please describe what is asked.</source>
        <translation>请填写服务内容。</translation>
    </message>
    <message>
        <source>The branch already has a request numbered {number}.</source>
        <translation>本支部已有编号为 {number} 的点单。</translation>
    </message>
    <message>
        <source>A request stays in its branch; record it again in the other.</source>
        <translation>点单不能改到其他支部；请在该支部重新登记。</translation>
    </message>
    <message>
        <source>A completed request keeps its dispatch; reopen it to change that.</source>
        <translation>已完成的点单须保留派单信息；如需修改请先重新打开。</translation>
    </message>
    <message>
        <source>The date {date} is after the request was completed ({completed}).</source>
        <translation>日期 {date} 晚于点单完成日期（{completed}）。</translation>
    </message>
    <message>
        <source>{name} served this request; keep them assigned or correct the activity first.</source>
        <translation>{name} 已参加该点单的服务，请保留其接单，或先修改对应的活动记录。</translation>
    </message>
    <message>
        <source>Row {row}: {name} was not assigned this request.</source>
        <translation>第 {row} 行：{name} 不是该点单的接单人员。</translation>
    </message>
    <message>
        <source>Only a completed request has a rating.</source>
        <translation>只有已完成的点单才能评价。</translation>
    </message>
    <message>
        <source>Please give the reason for cancelling.</source>
        <translation>请填写取消原因。</translation>
    </message>
    <message>
        <source>This request is completed; reopen it before deleting it.</source>
        <translation>该点单已完成，如需删除请先重新打开。</translation>
    </message>
    <message>
        <source>Please enter the name of the team or station.</source>
        <translation>请填写服务队或服务站名称。</translation>
    </message>
    <message>
        <source>The branch already has a team or station named {name}.</source>
        <translation>本支部已有名为 {name} 的服务队或服务站。</translation>
    </message>
    <message>
        <source>A team or station stays in its branch; create one in the other.</source>
        <translation>服务队或服务站不能改到其他支部；请在该支部新建。</translation>
    </message>
    <message>
        <source>{name} has activities on file; set it inactive instead of deleting it.</source>
        <translation>{name} 已有活动记录，不能删除；请改为停用。</translation>
    </message>
    <message>
        <source>Row {row}: {name} is not a member or activist of the branch.</source>
        <translation>第 {row} 行：{name} 不是本支部的党员或入党积极分子。</translation>
    </message>
    <message>
        <source>Row {row}: the date {date} is in the future.</source>
        <translation>第 {row} 行：日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <source>Row {row}: {name} is listed twice as a current member.</source>
        <translation>第 {row} 行：{name} 作为现有成员重复出现。</translation>
    </message>
</context>
<context>
    <name>VolunteerActivityModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Team / station</source>
        <translation>服务队 / 服务站</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation>合计时长（小时）</translation>
    </message>
    <message>
        <source>Completed service request {number}</source>
        <translation>由服务需求 {number} 完成时生成</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>VolunteerLabels</name>
    <message>
        <source>Waiting for dispatch</source>
        <translation>待派单</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Service team</source>
        <translation>党员服务队</translation>
    </message>
    <message>
        <source>Service station</source>
        <translation>党员服务站</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期未完成</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>{year}年度</translation>
    </message>
    <message>
        <source>{start}—{end} autumn term</source>
        <translation>{start}—{end}学年第一学期</translation>
    </message>
    <message>
        <source>{start}—{end} spring term</source>
        <translation>{start}—{end}学年第二学期</translation>
    </message>
</context>
<context>
    <name>VolunteerPage</name>
    <message>
        <source>Volunteer service</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All teams and stations</source>
        <translation>全部服务队和服务站</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>其中 {count} 项逾期未完成</translation>
    </message>
    <message>
        <source>The volunteer records could not be read: {error}</source>
        <translation>无法读取志愿服务记录：{error}</translation>
    </message>
</context>
<context>
    <name>VolunteerRequestModel</name>
    <message>
        <source>{overdue} ({status})</source>
        <translation>{overdue}（{status}）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>点单日期</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>承诺完成</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>需求内容</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>接单党员</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
</context>
<context>
    <name>VolunteerTotalModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>参加次数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
</context>
<context>
    <name>VolunteerUnitModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动次数</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>VolunteerView</name>
    <message>
        <source>Volunteer service</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Service hours this year</source>
        <translation>本年服务时长（小时）</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>服务活动</translation>
    </message>
    <message>
        <source>Members who served</source>
        <translation>参加服务人数</translation>
    </message>
    <message>
        <source>Open service requests</source>
        <translation>未完成的服务需求</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>服务统计</translation>
    </message>
    <message>
        <source>Teams and stations</source>
        <translation>服务队与服务站</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服务需求</translation>
    </message>
    <message>
        <source>Search titles, places, descriptions (Ctrl+F)</source>
        <translation>搜索活动名称、地点、内容（Ctrl+F）</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Team / station</source>
        <translation>服务队/站</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Record an activity with each participant&apos;s hours (Ctrl+N)</source>
        <translation>记录一次活动及每位参加人员的服务时长（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Open the selected activity (Enter)</source>
        <translation>打开所选活动（Enter）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Double-click an activity to open it</source>
        <translation>双击活动可打开</translation>
    </message>
    <message>
        <source>Print service certificate…</source>
        <translation>打印服务证明…</translation>
    </message>
    <message>
        <source>The selected member&apos;s volunteer service record of the year, numbered once (a reprint shows the same number)</source>
        <translation>所选人员本年度的志愿服务记录证明，编号只分配一次（重印时编号不变）</translation>
    </message>
    <message>
        <source>Print yearly summary…</source>
        <translation>打印年度汇总表…</translation>
    </message>
    <message>
        <source>The branch&apos;s summary of the year by team and by member</source>
        <translation>支部本年度按服务队和人员统计的汇总表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>By team and station</source>
        <translation>按服务队/站</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>Against the average</source>
        <translation>个人与平均</translation>
    </message>
    <message>
        <source>New service team…</source>
        <translation>新建服务队…</translation>
    </message>
    <message>
        <source>A Party member service team of the branch, with its members and leaders</source>
        <translation>支部的党员服务队，及其成员和负责人</translation>
    </message>
    <message>
        <source>New service station…</source>
        <translation>新建服务站…</translation>
    </message>
    <message>
        <source>A Party member service station, e.g. in a dormitory building</source>
        <translation>党员服务站，例如设在宿舍楼的服务站</translation>
    </message>
    <message>
        <source>Name, place, in service, members and leaders (Enter)</source>
        <translation>名称、地点、是否在用、成员和负责人（Enter）</translation>
    </message>
    <message>
        <source>Double-click a team or station to edit it</source>
        <translation>双击服务队或服务站可编辑</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Search numbers, requesters, requests</source>
        <translation>搜索编号、服务对象、需求内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Register request…</source>
        <translation>登记需求…</translation>
    </message>
    <message>
        <source>The masses order: who asks for what, and when (Ctrl+N)</source>
        <translation>群众点单：谁、何时、需要什么帮助（Ctrl+N）</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>派单…</translation>
    </message>
    <message>
        <source>The branch dispatches: who serves, and by when it is promised</source>
        <translation>支部派单：由谁接单，承诺何时完成</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Members served: the date, each one&apos;s hours and the requester&apos;s rating</source>
        <translation>党员接单完成：日期、每人服务时长和服务对象评价</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Double-click a request to edit it</source>
        <translation>双击需求可编辑</translation>
    </message>
</context>
<context>
    <name>VoteFields</name>
    <message>
        <source>Total {total}</source>
        <translation>合计 {total} 票</translation>
    </message>
    <message>
        <source>Total {total}: over {voters} voters</source>
        <translation>合计 {total} 票，超过投票人数 {voters} 人</translation>
    </message>
    <message>
        <source>Total {total} of {voters} voters</source>
        <translation>合计 {total} 票（投票人 {voters} 人）</translation>
    </message>
</context>
</TS>
