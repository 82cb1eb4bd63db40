<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AbandonCountDialog</name>
        <message>
            <location filename="../../ui/dialogs/abandon_count_dialog.py" line="18" />
            <location filename="../../ui/dialogs/abandon_count_dialog.py" line="20" />
            <source>Abandon count</source>
            <translation>放弃盘点</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/abandon_count_dialog.py" line="22" />
            <source>Count {number} stops here; what was settled stays settled and no sample becomes missing.</source>
            <translation>盘点 {number} 到此停止：已处理的保持不变，不会有样品记为缺失。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/abandon_count_dialog.py" line="29" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/abandon_count_dialog.py" line="29" />
            <source>Why the count is abandoned</source>
            <translation>放弃盘点的原因</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/abandon_count_dialog.py" line="32" />
            <source>e.g. power cut half-way, to be counted again</source>
            <translation>例如：盘到一半停电，之后重盘</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="23" />
            <source>About Showroom</source>
            <translation>关于样品间</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="29" />
            <location filename="../../ui/dialogs/about_dialog.py" line="31" />
            <source>Open data folder</source>
            <translation>打开数据文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="34" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="47" />
            <source>the console</source>
            <translation>控制台</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="49" />
            <source>Showroom {version}</source>
            <translation>样品间 {version}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="50" />
            <source>Offline-first counter for a sample showroom.</source>
            <translation>离线优先的样品间前台系统。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="52" />
            <source>Showroom: {name} ({code})</source>
            <translation>样品间：{name}（{code}）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="53" />
            <source>Data folder: {folder}</source>
            <translation>数据文件夹：{folder}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="54" />
            <source>Database file: {path}</source>
            <translation>数据库文件：{path}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="55" />
            <source>Log file: {path} (a new file every {mb} MB; the last {count} are kept)</source>
            <translation>日志文件：{path}（每 {mb} MB 换一个新文件，保留最近 {count} 个）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="58" />
            <source>Qt {qt} · PySide6 {pyside} · Python {python} · {system}</source>
            <translation>Qt {qt} · PySide6 {pyside} · Python {python} · {system}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="67" />
            <source>The log cannot be written in {wanted} ({problem}); it goes to {instead} instead.</source>
            <translation>日志无法写入 {wanted}（{problem}），已改为写入 {instead}。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="72" />
            <source>This is the DEMO showroom: its data is made up and can be thrown away.</source>
            <translation>这是演示样品间：数据是虚构的，可以随时丢弃。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="74" />
            <source>Program folder: {folder}</source>
            <translation>程序文件夹：{folder}</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../../ui/widgets/accessibility.py" line="18" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/accessibility.py" line="23" />
            <source>Choices</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="323" />
            <location filename="../../ui/widgets/accessibility.py" line="26" />
            <source>Column headers</source>
            <translation>列标题</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/accessibility.py" line="27" />
            <source>Row headers</source>
            <translation>行标题</translation>
        </message>
    </context>
    <context>
        <name>AddStaffDialog</name>
        <message>
            <location filename="../../ui/dialogs/staff_forms.py" line="59" />
            <source>Add staff member</source>
            <translation>添加员工</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_forms.py" line="61" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_forms.py" line="63" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../cli/selftest.py" line="298" />
            <location filename="../../ui/app.py" line="48" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="51" />
            <source>Something went wrong. Nothing half-done was saved; the details are in the log.</source>
            <translation>出错了。未保存任何不完整的数据，详情已记入日志。</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="60" />
            <source>Preparing the demo showroom…</source>
            <translation>正在准备演示样品间…</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="62" />
            <source>Opening the showroom…</source>
            <translation>正在打开样品间…</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="85" />
            <source>Demo showroom. Staff and PINs: {people}</source>
            <translation>演示样品间。员工及密码：{people}</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="101" />
            <location filename="../../ui/app.py" line="115" />
            <location filename="../../ui/app.py" line="241" />
            <source>Showroom</source>
            <translation>样品间</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="109" />
            <source>Showroom is already open on {folder}: its window was brought forward.</source>
            <translation>样品间已在 {folder} 上打开：已将其窗口调到前面。</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="93" />
            <source>This database was made by a newer version of Showroom. Please install the newer version; the database was not changed.</source>
            <translation>此数据库由更新版本的样品间软件创建。请安装新版本；数据库未做任何改动。</translation>
        </message>
    </context>
    <context>
        <name>AutoLossModel</name>
        <message>
            <location filename="../../ui/widgets/auto_loss_panel.py" line="33" />
            <source>Sample</source>
            <translation>样品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/auto_loss_panel.py" line="34" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/auto_loss_panel.py" line="35" />
            <source>Streamer</source>
            <translation>主播</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/auto_loss_panel.py" line="36" />
            <source>Loan</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/auto_loss_panel.py" line="37" />
            <source>Days late</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/auto_loss_panel.py" line="38" />
            <source>Declared</source>
            <translation>判定时间</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/auto_loss_panel.py" line="39" />
            <source>Deposit kept</source>
            <translation>扣留押金</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/auto_loss_panel.py" line="40" />
            <source>Still owed</source>
            <translation>仍欠</translation>
        </message>
    </context>
    <context>
        <name>AutoLossPanel</name>
        <message>
            <location filename="../../ui/widgets/auto_loss_panel.py" line="74" />
            <source>Samples declared lost automatically</source>
            <translation>自动判定丢失的样品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/auto_loss_panel.py" line="78" />
            <source>Note (a reason is needed to reverse)</source>
            <translation>备注（撤销需填写原因）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/auto_loss_panel.py" line="79" />
            <source>Note on the loss</source>
            <translation>丢失备注</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/auto_loss_panel.py" line="81" />
            <source>Confirm loss</source>
            <translation>确认丢失</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/auto_loss_panel.py" line="84" />
            <source>Reverse: still on loan</source>
            <translation>撤销：仍在借出</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/auto_loss_panel.py" line="84" />
            <source>Reverse the loss</source>
            <translation>撤销丢失</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/auto_loss_panel.py" line="106" />
            <source>{count} sample(s) declared lost automatically, held past their tier's limit: a manager confirms each (the deposit is kept) or reverses it.</source>
            <translation>{count} 件样品超过等级期限未还，已自动判定丢失：请经理逐件确认（扣留押金）或撤销。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/auto_loss_panel.py" line="119" />
            <source>Loss of {code} confirmed.</source>
            <translation>已确认 {code} 丢失。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/auto_loss_panel.py" line="122" />
            <source>{code} is on loan again.</source>
            <translation>{code} 已恢复为借出状态。</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <location filename="../../present/backup_text.py" line="21" />
            <source>Daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="22" />
            <source>Manual</source>
            <translation>手动</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="23" />
            <source>Before an upgrade</source>
            <translation>升级前</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="24" />
            <source>Before a restore</source>
            <translation>恢复前</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="30" />
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="31" />
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="59" />
            <source>After the restore this showroom is no longer connected to HQ: connect it again with a new code from HQ (Sync → Connect to HQ…). The work done after this backup that reached HQ then comes back first; what never reached HQ is named.</source>
            <translation>恢复后本样品间与总部断开连接：请用总部新发的代码重新连接（同步 → 连接总部…）。此备份之后已同步到总部的操作会先取回；从未到达总部的操作会逐项列出。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="217" />
            <source>There is no file {detail}. Nothing was changed.</source>
            <translation>找不到文件 {detail}。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="218" />
            <source>This file is not a Showroom backup (it is not a database). Nothing was changed.</source>
            <translation>此文件不是样品间备份（不是数据库文件）。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="221" />
            <source>This backup is damaged: the database check failed. Nothing was changed; try another backup.</source>
            <translation>此备份已损坏：数据库完整性检查未通过。未做任何更改；请换一个备份。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="224" />
            <source>This database is not a Showroom backup. Nothing was changed.</source>
            <translation>此数据库不是样品间备份。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="225" />
            <source>This backup was made by a newer version of Showroom. Install that version first; nothing was changed.</source>
            <translation>此备份由更新版本的样品间生成。请先安装该版本；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="229" />
            <source>This backup holds no showroom (it was taken before set-up). Nothing was changed.</source>
            <translation>此备份中没有样品间（备份于初始设置之前）。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="232" />
            <source>This backup is of another showroom (backup/this folder: {detail}). Nothing was changed; to replace this showroom with it all the same, add --other-showroom.</source>
            <translation>这是另一个样品间的备份（备份/本文件夹：{detail}）。未做任何更改；如确要用它替换本样品间，请加上 --other-showroom。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="238" />
            <source>This file cannot be restored. Nothing was changed.</source>
            <translation>此文件无法恢复。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="350" />
            <source>The showroom database is open in another program (is Showroom still running?). Close it and try again; nothing was changed.</source>
            <translation>样品间数据库正被其他程序打开（样品间是否仍在运行？）。请关闭后重试；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="355" />
            <source>The backup failed its check after writing and was thrown away ({detail}). Please try again.</source>
            <translation>备份写入后检查未通过，已丢弃（{detail}）。请重试。</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="36" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="38" />
            <source>Showroom: {code} {name}</source>
            <translation>样品间：{code} {name}</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="39" />
            <source>Taken: {when}</source>
            <translation>备份时间：{when}</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="40" />
            <source>Holds {samples} samples ({on_loan} on loan), {loans} loans ({open} open), {streamers} streamers.</source>
            <translation>包含 {samples} 件样品（{on_loan} 件借出中）、{loans} 张借样单（{open} 张未结）、{streamers} 位主播。</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="49" />
            <source>Latest activity: {when}</source>
            <translation>最近一次操作：{when}</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="52" />
            <source>Made by an older version of Showroom: it is upgraded when opened.</source>
            <translation>由旧版样品间生成：打开时会自动升级。</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="70" />
            <source>The backup taken {when} was restored.</source>
            <translation>已恢复 {when} 的备份。</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="74" />
            <source>The database it replaced is kept as {file}.</source>
            <translation>被替换的数据库已保存为 {file}。</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="81" />
            <source>A restore is waiting: the database was open in another program. Close every Showroom window and command, then start Showroom again.</source>
            <translation>有一个恢复在等待：数据库正被其他程序打开。请关闭所有样品间窗口和命令，然后重新启动样品间。</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="87" />
            <source>The backup chosen for the restore is gone; nothing was restored.</source>
            <translation>选定用于恢复的备份已不存在；未恢复任何内容。</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="89" />
            <source>The chosen backup was not restored. {reason} The showroom goes on with its current database.</source>
            <translation>选定的备份未恢复。{reason}样品间继续使用当前数据库。</translation>
        </message>
        <message>
            <location filename="../../present/backup_text.py" line="95" />
            <source>Backed up to {path} ({size}).</source>
            <translation>已备份到 {path}（{size}）。</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="53" />
            <source>Choose a backup to restore</source>
            <translation>选择要恢复的备份</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="55" />
            <source>Showroom backups (*.sqlite3 *.db);;All files (*)</source>
            <translation>样品间备份 (*.sqlite3 *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="63" />
            <source>Quit now</source>
            <translation>立即退出</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="64" />
            <source>Later</source>
            <translation>稍后</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="109" />
            <location filename="../../ui/dialogs/backup_dialog.py" line="120" />
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="123" />
            <source>Cancel the waiting restore</source>
            <translation>取消等待中的恢复</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="127" />
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="128" />
            <source>Restore selected…</source>
            <translation>恢复所选备份…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="129" />
            <source>Restore from a file…</source>
            <translation>从文件恢复…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="152" />
            <source>Only an administrator may back up or restore.</source>
            <translation>只有管理员可以备份或恢复。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="165" />
            <source>Backups are kept in {folder}. A daily backup is taken while Showroom runs.</source>
            <translation>备份保存在 {folder}。样品间运行时每天自动备份一次。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="171" />
            <source>A restore of {file} waits for the next start of Showroom.</source>
            <translation>{file} 的恢复将在下次启动样品间时进行。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="199" />
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="215" />
            <source>Choose a backup in the list first.</source>
            <translation>请先在列表中选择一个备份。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="226" />
            <source>Checking {file}…</source>
            <translation>正在检查 {file}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="234" />
            <source>Careful: this backup is of another showroom ({code}); this counter is {own}.</source>
            <translation>注意：此备份属于另一个样品间（{code}）；本柜台是 {own}。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="237" />
            <source>Restoring replaces everything in this showroom's database with this backup: work done after it was taken will be gone (the current database is kept as a 'before a restore' backup). The restore is made when Showroom next starts. Restore this backup?</source>
            <translation>恢复会用此备份替换本样品间数据库中的全部内容：备份之后的操作将会丢失（当前数据库会保存为“恢复前”备份）。恢复将在下次启动样品间时进行。确定恢复此备份吗？</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="241" />
            <location filename="../../ui/dialogs/backup_dialog.py" line="254" />
            <source>Restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="242" />
            <source>Nothing was restored.</source>
            <translation>未恢复任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="250" />
            <source>The restore is ready. Quit Showroom and start it again to use the backup taken {when}; until then nothing has changed.</source>
            <translation>恢复已准备好。退出并重新启动样品间即可使用 {when} 的备份；在此之前没有任何更改。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="262" />
            <source>The waiting restore was cancelled.</source>
            <translation>已取消等待中的恢复。</translation>
        </message>
    </context>
    <context>
        <name>BackupTableModel</name>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="90" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="90" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="90" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
    </context>
    <context>
        <name>BasketModel</name>
        <message>
            <location filename="../../ui/models/basket_model.py" line="22" />
            <source>#</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../ui/models/basket_model.py" line="23" />
            <source>Sample</source>
            <translation>样品编号</translation>
        </message>
        <message>
            <location filename="../../ui/models/basket_model.py" line="24" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/models/basket_model.py" line="25" />
            <source>Merchant</source>
            <translation>商家</translation>
        </message>
        <message>
            <location filename="../../ui/models/basket_model.py" line="26" />
            <source>Shelf</source>
            <translation>货架</translation>
        </message>
        <message>
            <location filename="../../ui/models/basket_model.py" line="27" />
            <source>Value</source>
            <translation>货值</translation>
        </message>
    </context>
    <context>
        <name>BasketView</name>
        <message>
            <location filename="../../ui/widgets/basket_view.py" line="25" />
            <source>Samples to lend</source>
            <translation>待借出样品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/basket_view.py" line="33" />
            <source>Line numbers</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/basket_view.py" line="36" />
            <source>Basket columns</source>
            <translation>借出清单列</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/basket_view.py" line="47" />
            <source>Remove line</source>
            <translation>移除所选</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/basket_view.py" line="48" />
            <source>Remove the selected sample from the basket</source>
            <translation>从借出清单中移除所选样品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/basket_view.py" line="54" />
            <source>Start over</source>
            <translation>重新开始</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/basket_view.py" line="55" />
            <source>Clear the streamer and the basket</source>
            <translation>清空当前主播和借出清单</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/basket_view.py" line="97" />
            <source>Basket: {count} sample(s), value {value}</source>
            <translation>借出清单：{count} 件样品，货值 {value}</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <location filename="../../ui/widgets/camera_dialog.py" line="44" />
            <location filename="../../ui/widgets/camera_dialog.py" line="45" />
            <source>Camera</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/camera_dialog.py" line="50" />
            <source>Take photo (Space)</source>
            <translation>拍照 (空格)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/camera_dialog.py" line="50" />
            <source>Take photo</source>
            <translation>拍照</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/camera_dialog.py" line="53" />
            <source>Retake (R)</source>
            <translation>重拍 (R)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/camera_dialog.py" line="53" />
            <source>Take the photo again</source>
            <translation>重新拍照</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/camera_dialog.py" line="56" />
            <source>Use this photo (Enter)</source>
            <translation>用这张 (回车)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/camera_dialog.py" line="56" />
            <source>Use this photo</source>
            <translation>使用这张照片</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/camera_dialog.py" line="59" />
            <source>File… (F)</source>
            <translation>选文件… (F)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/camera_dialog.py" line="59" />
            <source>Choose a file instead</source>
            <translation>改为选择文件</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/camera_dialog.py" line="62" />
            <source>Cancel (Esc)</source>
            <translation>取消 (Esc)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/camera_dialog.py" line="62" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/camera_dialog.py" line="102" />
            <source>Does the photo show the sample clearly? Enter uses it; R takes it again.</source>
            <translation>照片拍清楚样品了吗？按回车使用这张；按 R 重拍。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/camera_dialog.py" line="112" />
            <location filename="../../ui/widgets/camera_dialog.py" line="176" />
            <source>Space takes the photo.</source>
            <translation>按空格拍照。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/camera_dialog.py" line="156" />
            <source>No camera is connected. Plug in a USB camera, or choose a file (F).</source>
            <translation>没有连接摄像头。请插上 USB 摄像头或高拍仪，或选择文件 (F)。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/camera_dialog.py" line="160" />
            <source>Starting the camera {name}…</source>
            <translation>正在打开摄像头 {name}…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/camera_dialog.py" line="186" />
            <source>The camera cannot be used: it may be in use by another program (close that program and try again) or unplugged. Choose a file instead (F).</source>
            <translation>摄像头无法使用：可能正被其他程序占用（请关闭该程序后重试），或已拔出。可改为选择文件 (F)。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/camera_dialog.py" line="196" />
            <source>The camera sends no picture. Another program may be using it: close that program, choose another camera, or choose a file (F).</source>
            <translation>摄像头没有画面。可能正被其他程序占用：请关闭该程序、换一个摄像头，或选择文件 (F)。</translation>
        </message>
    </context>
    <context>
        <name>CatchUp</name>
        <message>
            <location filename="../../present/catch_up_text.py" line="17" />
            <source>Caught up from HQ: {replayed} event(s) of this showroom replayed, {here} already here; {moved} recorded here meanwhile go to HQ after them.</source>
            <translation>已从总部补齐：重放本样品间 {replayed} 条记录，{here} 条本机已有；期间本机新记的 {moved} 条随后发往总部。</translation>
        </message>
        <message>
            <location filename="../../present/catch_up_text.py" line="25" />
            <location filename="../../present/catch_up_text.py" line="48" />
            <source>HQ had this showroom's work up to {when}. Anything recorded on the old PC after that never reached HQ and cannot come back: check the shelves for samples lent, returned or received since then.</source>
            <translation>总部保存的本样品间记录截至 {when}。旧电脑在此之后的记录从未到达总部，无法找回：请清点货架，核对此后借出、归还或入库的样品。</translation>
        </message>
        <message>
            <location filename="../../present/catch_up_text.py" line="39" />
            <source>This showroom never caught up from HQ: nothing was replayed, nothing is missing.</source>
            <translation>本样品间从未从总部补齐：没有重放任何记录，也没有缺失。</translation>
        </message>
        <message>
            <location filename="../../present/catch_up_text.py" line="42" />
            <source>Caught up from HQ on {when}: {replayed} event(s) of this showroom replayed.</source>
            <translation>{when} 已从总部补齐：重放本样品间 {replayed} 条记录。</translation>
        </message>
        <message>
            <location filename="../../present/catch_up_text.py" line="57" />
            <source>The old PC last synced at {when}; {count} event(s) it held then never reached HQ.</source>
            <translation>旧电脑最后一次同步在 {when}；当时它保存的 {count} 条记录从未到达总部。</translation>
        </message>
        <message>
            <location filename="../../present/catch_up_text.py" line="68" />
            <source>{was}, given again after the restore, is now {now}: reprint its receipt or card, or relabel the sample.</source>
            <translation>{was} 在恢复后被重复使用，现改为 {now}：请重打借样单或会员卡，或为样品重贴标签。</translation>
        </message>
        <message>
            <location filename="../../present/catch_up_text.py" line="76" />
            <source>Not restored: {type} {what} ({problem}).</source>
            <translation>未能恢复：{type} {what}（{problem}）。</translation>
        </message>
    </context>
    <context>
        <name>CatchUpDialog</name>
        <message>
            <location filename="../../ui/dialogs/catch_up_dialog.py" line="23" />
            <source>What came back from HQ</source>
            <translation>从总部取回的内容</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/catch_up_dialog.py" line="24" />
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/catch_up_dialog.py" line="28" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>ChangeRoleDialog</name>
        <message>
            <location filename="../../ui/dialogs/staff_forms.py" line="92" />
            <source>Change role</source>
            <translation>更改角色</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_forms.py" line="94" />
            <source>Staff</source>
            <translation>员工</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_forms.py" line="96" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
    </context>
    <context>
        <name>CheckinResultView</name>
        <message>
            <location filename="../../ui/widgets/checkin_result_view.py" line="21" />
            <source>Result of the last check-in</source>
            <translation>上次归还结果</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkin_result_view.py" line="31" />
            <source>The result of each check-in shows here: what came back, what the streamer still holds, and the deposit refunded.</source>
            <translation>每次归还的结果会显示在这里：归还了哪些样品、主播仍持有哪些样品，以及应退押金。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkin_result_view.py" line="41" />
            <source>Checked in at {time}</source>
            <translation>归还时间：{time}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkin_result_view.py" line="50" />
            <source>{code}: received for showroom {showroom}; HQ finds its loan when this counter syncs.</source>
            <translation>{code}：代样品间 {showroom} 收回；本机同步时由总部匹配借样单。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkin_result_view.py" line="53" />
            <source>{code} {product}: loan {loan} of {showroom}, back here ({condition}); {showroom} refunds the deposit.</source>
            <translation>{code} {product}：{showroom}的借样单 {loan}，已在本店归还（{condition}）；押金由{showroom}退还。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkin_result_view.py" line="65" />
            <source>Loan {number} — {name}</source>
            <translation>借样单 {number} — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkin_result_view.py" line="68" />
            <source>Returned: {codes}</source>
            <translation>已归还：{codes}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkin_result_view.py" line="68" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkin_result_view.py" line="72" />
            <source>Loan closed. Refund the deposit: {amount} by {method}.</source>
            <translation>借样单已结清。请退还押金：{amount}（{method}）。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkin_result_view.py" line="76" />
            <source>Loan closed. No deposit to refund.</source>
            <translation>借样单已结清。无押金需退还。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkin_result_view.py" line="79" />
            <source>Loan still open; the deposit stays held.</source>
            <translation>借样单尚未结清，押金暂不退还。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkin_result_view.py" line="84" />
            <source>{name} still holds {count} sample(s):</source>
            <translation>{name}仍持有 {count} 件样品：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkin_result_view.py" line="93" />
            <source>{code} {product} — due {due}, {days} day(s) late</source>
            <translation>{code} {product} — 应还 {due}，已逾期 {days} 天</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkin_result_view.py" line="98" />
            <source>{code} {product} — due {due}</source>
            <translation>{code} {product} — 应还 {due}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkin_result_view.py" line="105" />
            <source>{name} holds no other samples.</source>
            <translation>{name}已无其他在借样品。</translation>
        </message>
    </context>
    <context>
        <name>CheckinScreen</name>
        <message>
            <location filename="../../ui/screens/checkin.py" line="50" />
            <source>Check-in</source>
            <translation>归还</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="57" />
            <source>Check-in scan field</source>
            <translation>归还扫码框</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="58" />
            <source>Check-in messages</source>
            <translation>归还提示</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="56" />
            <source>Scan the returned samples · 1/2/3 set the condition · confirm with F12 or CMD-CONFIRM</source>
            <translation>扫描归还的样品 · 按 1/2/3 设定品相 · 按 F12 或扫 CMD-CONFIRM 确认</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="43" />
            <source>Photo of the sample's condition</source>
            <translation>样品状况照片</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="73" />
            <source>Confirm check-in (F12)</source>
            <translation>确认归还 (F12)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="117" />
            <source>Recording the return; {code} will be taken right after.</source>
            <translation>正在记录归还，{code} 将在完成后接着处理。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="127" />
            <source>{code} is a member card; on check-in scan the samples themselves.</source>
            <translation>{code} 是会员卡；归还时请扫描样品本身。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="131" />
            <source>{code} is a loan number; scan the samples themselves, each finds its loan.</source>
            <translation>{code} 是借样单号；请逐件扫描样品，系统会自动匹配借样单。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="142" />
            <source>Clear the list of {count} returned sample(s) and start over?</source>
            <translation>清空 {count} 件待归还样品，重新开始吗？</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="151" />
            <source>Scan a returned sample first; {code} then sets its condition.</source>
            <translation>请先扫描归还的样品，{code} 再设定它的品相。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="172" />
            <source>{code} {product} from {name} (loan {loan}), {days} day(s) late.</source>
            <translation>{code} {product}：{name}（借样单 {loan}），已逾期 {days} 天。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="182" />
            <source>{code} {product} from {name} (loan {loan}).</source>
            <translation>{code} {product}：{name}（借样单 {loan}）。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="193" />
            <source>{code} is not known here: received for showroom {showroom}; HQ finds its loan.</source>
            <translation>{code} 本店不认识：代样品间 {showroom} 收回，由总部匹配借样单。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="199" />
            <source>{code} {product}: loan {loan} of {showroom}, returned here.</source>
            <translation>{code} {product}：{showroom}的借样单 {loan}，在本店归还。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="214" />
            <source>{code}: {condition}.</source>
            <translation>{code}：{condition}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="226" />
            <source>Keeping the photo of {code}…</source>
            <translation>正在保存 {code} 的照片…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="241" />
            <source>Photo of {code} kept.</source>
            <translation>{code} 的照片已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="244" />
            <source>{code} removed from the list.</source>
            <translation>已从列表中移除 {code}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="250" />
            <source>Check-in: {count} returned sample(s) not yet confirmed</source>
            <translation>归还：{count} 件样品尚未确认</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="264" />
            <source>{count} sample(s) to check in · {late} late · {bad} not in good condition</source>
            <translation>待归还 {count} 件 · 逾期 {late} 件 · 品相异常 {bad} 件</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="282" />
            <source>Recording the return…</source>
            <translation>正在登记归还…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkin.py" line="298" />
            <source>{count} sample(s) checked in.</source>
            <translation>已归还 {count} 件样品。</translation>
        </message>
    </context>
    <context>
        <name>CheckoutScreen</name>
        <message>
            <location filename="../../ui/screens/checkout.py" line="61" />
            <source>Check-out</source>
            <translation>借出</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="67" />
            <source>Check-out scan field</source>
            <translation>借出扫码框</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="68" />
            <source>Check-out messages</source>
            <translation>借出提示</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="123" />
            <source>Recording the loan; {code} will be taken right after.</source>
            <translation>正在记录借样单，{code} 将在完成后接着处理。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="135" />
            <source>{code} is a loan number; returns are taken on the Check-in screen.</source>
            <translation>{code} 是借样单号；归还请到“归还”页面办理。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="138" />
            <source>That is the product's own barcode; scan the sample's label instead.</source>
            <translation>这是商品条码；请改扫样品标签。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="162" />
            <source>Scan the streamer's member card (or type their phone number) before the samples.</source>
            <translation>请先扫描主播会员卡（或输入手机号），再扫样品。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="178" />
            <source>{code} {product} added.</source>
            <translation>已添加 {code} {product}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="189" />
            <source>{code} removed from the basket.</source>
            <translation>已从借出清单移除 {code}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="66" />
            <source>Scan member card or sample — or type a phone number · confirm with F12 or CMD-CONFIRM</source>
            <translation>扫描会员卡或样品，或输入手机号 · 按 F12 或扫 CMD-CONFIRM 确认</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="81" />
            <location filename="../../ui/screens/checkout.py" line="251" />
            <source>Confirm check-out (F12)</source>
            <translation>确认借出 (F12)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="149" />
            <source>{code} sets the condition of a returned sample; it works on the Check-in screen.</source>
            <translation>{code} 用于设定归还样品的品相，请在归还界面使用。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="196" />
            <source>Clear the basket of {count} sample(s) and start over?</source>
            <translation>清空借出清单中的 {count} 件样品，重新开始吗？</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="206" />
            <source>Check-out: {name}, {count} sample(s) in the basket</source>
            <translation>借出：{name}，借出清单中有 {count} 件样品</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="249" />
            <source>Confirm with manager override (F12)</source>
            <translation>经理授权后借出 (F12)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="265" />
            <source>Working out the due date and deposit…</source>
            <translation>正在计算应还日期和押金…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="269" />
            <source>Scan the streamer's member card first.</source>
            <translation>请先扫描主播会员卡。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="283" />
            <source>Recording the loan…</source>
            <translation>正在登记借样单…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="301" />
            <source>A manager must allow this: {blocks}.</source>
            <translation>需经理授权。{blocks}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="316" />
            <source>Not recorded: no manager override was given.</source>
            <translation>未登记：经理未授权。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="326" />
            <source>Loan {number} recorded for {name}: {count} sample(s), due {due}; deposit {deposit} ({method}).</source>
            <translation>已为{name}登记借样单 {number}：共 {count} 件，应还日期 {due}；押金 {deposit}（{method}）。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="339" />
            <source>Photo of loan {number} as it leaves…</source>
            <translation>借样单 {number} 出门时的照片…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout.py" line="340" />
            <source>Photo of the samples of loan {number}</source>
            <translation>借样单 {number} 样品的照片</translation>
        </message>
    </context>
    <context>
        <name>CheckoutTerms</name>
        <message>
            <location filename="../../ui/widgets/checkout_terms.py" line="46" />
            <source>Due date</source>
            <translation>应还日期</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkout_terms.py" line="53" />
            <source>Deposit to collect</source>
            <translation>应收押金</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkout_terms.py" line="60" />
            <source>How the deposit is reached</source>
            <translation>押金计算方式</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkout_terms.py" line="68" />
            <source>Deposit method</source>
            <translation>押金支付方式</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkout_terms.py" line="73" />
            <source>Planned live stream on</source>
            <translation>计划直播日期</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkout_terms.py" line="75" />
            <source>Set a planned live-stream date</source>
            <translation>设置计划直播日期</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkout_terms.py" line="78" />
            <source>Planned live-stream date</source>
            <translation>计划直播日期</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkout_terms.py" line="96" />
            <source>Due back by</source>
            <translation>应还日期</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkout_terms.py" line="97" />
            <source>Deposit</source>
            <translation>押金</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/checkout_terms.py" line="99" />
            <source>Paid by</source>
            <translation>支付方式</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../../cli/common.py" line="64" />
            <source>No showroom database in {folder}.</source>
            <translation>{folder} 中没有样品间数据库。</translation>
        </message>
        <message>
            <location filename="../../cli/common.py" line="75" />
            <source>This showroom was saved by a newer version of the app; update the app first.</source>
            <translation>此样品间数据由更新版本的软件保存，请先升级软件。</translation>
        </message>
        <message>
            <location filename="../../cli/enrol.py" line="33" />
            <source>Enrolled with HQ at {url} as showroom {code} ({name}). Device {device}.</source>
            <translation>已在总部 {url} 注册为样品间 {code}（{name}）。设备 {device}。</translation>
        </message>
        <message>
            <location filename="../../cli/common.py" line="56" />
            <source>Wrote {path} ({size} KB)</source>
            <translation>已写入 {path}（{size} KB）</translation>
        </message>
        <message>
            <location filename="../../cli/report.py" line="24" />
            <source>{text} is not a date (YYYY-MM-DD).</source>
            <translation>{text} 不是日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location filename="../../cli/report.py" line="54" />
            <source>The daily report is a PDF: name the output file .pdf.</source>
            <translation>日报是 PDF 文件：输出文件名请以 .pdf 结尾。</translation>
        </message>
        <message>
            <location filename="../../cli/report.py" line="73" />
            <source>Name the output file .pdf, .csv or .xlsx.</source>
            <translation>输出文件名请以 .pdf、.csv 或 .xlsx 结尾。</translation>
        </message>
        <message>
            <location filename="../../cli/report.py" line="75" />
            <source>Call list</source>
            <translation>催还名单</translation>
        </message>
        <message>
            <location filename="../../cli/report.py" line="83" />
            <source>The merchant statement is a PDF: name the output file .pdf.</source>
            <translation>商家对账单是 PDF 文件：输出文件名请以 .pdf 结尾。</translation>
        </message>
        <message>
            <location filename="../../cli/sync.py" line="11" />
            <source>Sending</source>
            <translation>上传中</translation>
        </message>
        <message>
            <location filename="../../cli/sync.py" line="11" />
            <source>Receiving</source>
            <translation>接收中</translation>
        </message>
        <message>
            <location filename="../../cli/sync.py" line="32" />
            <source>Sent {pushed} change(s) to HQ; received {pulled} change(s) from HQ.</source>
            <translation>已向总部上传 {pushed} 条变更；从总部接收 {pulled} 条变更。</translation>
        </message>
        <message>
            <location filename="../../cli/sync.py" line="38" />
            <source>HQ reported {n} new sync exception(s) involving this showroom.</source>
            <translation>总部报告了 {n} 条涉及本样品间的新同步异常。</translation>
        </message>
        <message>
            <location filename="../../cli/sync.py" line="42" />
            <source>Waiting to be sent: {n}.</source>
            <translation>待上传：{n} 条。</translation>
        </message>
        <message>
            <location filename="../../cli/backup.py" line="80" />
            <source>Restored {file}.</source>
            <translation>已恢复 {file}。</translation>
        </message>
        <message>
            <location filename="../../cli/backup.py" line="83" />
            <source>The database it replaced is kept as {path}.</source>
            <translation>被替换的数据库已保存为 {path}。</translation>
        </message>
        <message>
            <location filename="../../cli/recover.py" line="34" />
            <source>{folder} already holds a showroom database: recover into an empty folder.</source>
            <translation>{folder} 中已有样品间数据库：请恢复到一个空文件夹。</translation>
        </message>
        <message>
            <location filename="../../cli/recover.py" line="38" />
            <source>New PIN of the first administrator: </source>
            <translation>第一位管理员的新 PIN：</translation>
        </message>
        <message>
            <location filename="../../cli/recover.py" line="60" />
            <source>Recovered showroom {code} ({name}) from HQ at {url}. Device {device}; the old one is revoked.</source>
            <translation>已从总部 {url} 恢复样品间 {code}（{name}）。本机设备 {device}；旧设备已注销。</translation>
        </message>
        <message>
            <location filename="../../cli/recover.py" line="68" />
            <source>{admin} logs in with the PIN given here.</source>
            <translation>{admin} 用这里输入的 PIN 登录。</translation>
        </message>
        <message>
            <location filename="../../cli/recover.py" line="71" />
            <source>These accounts need a new PIN from an administrator (HQ never holds PINs): {names}.</source>
            <translation>以下账号需由管理员重设 PIN（总部从不保存 PIN）：{names}。</translation>
        </message>
        <message>
            <location filename="../../cli/recover.py" line="75" />
            <source>This PC's own settings (printers, paper, backups) start from the defaults.</source>
            <translation>本机自己的设置（打印机、纸张、备份）恢复为默认值。</translation>
        </message>
    </context>
    <context>
        <name>CommandSheet</name>
        <message>
            <location filename="../../ui/command_sheet.py" line="20" />
            <source>Counter command barcodes (A4)…</source>
            <translation>柜台指令条码（A4）…</translation>
        </message>
        <message>
            <location filename="../../ui/command_sheet.py" line="22" />
            <source>Counter command labels…</source>
            <translation>柜台指令标签…</translation>
        </message>
        <message>
            <location filename="../../ui/command_sheet.py" line="40" />
            <source>Counter commands</source>
            <translation>柜台指令条码</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../printing/commands.py" line="41" />
            <source>Confirm</source>
            <translation>确认</translation>
        </message>
        <message>
            <location filename="../../printing/commands.py" line="42" />
            <source>Records the loan or the return on the screen (same as F12).</source>
            <translation>记录当前界面上的借出或归还（与 F12 相同）。</translation>
        </message>
        <message>
            <location filename="../../printing/commands.py" line="45" />
            <source>Start over</source>
            <translation>重新开始</translation>
        </message>
        <message>
            <location filename="../../printing/commands.py" line="46" />
            <source>Clears the screen; asks first when there is a list.</source>
            <translation>清空当前界面；有清单时会先询问。</translation>
        </message>
        <message>
            <location filename="../../printing/commands.py" line="49" />
            <source>Returned: good</source>
            <translation>归还：完好</translation>
        </message>
        <message>
            <location filename="../../printing/commands.py" line="50" />
            <source>Check-in: the last scanned sample came back in good condition.</source>
            <translation>归还时：刚扫描的样品完好归还。</translation>
        </message>
        <message>
            <location filename="../../printing/commands.py" line="53" />
            <source>Returned: damaged</source>
            <translation>归还：损坏</translation>
        </message>
        <message>
            <location filename="../../printing/commands.py" line="54" />
            <source>Check-in: the last scanned sample came back damaged.</source>
            <translation>归还时：刚扫描的样品归还时已损坏。</translation>
        </message>
        <message>
            <location filename="../../printing/commands.py" line="57" />
            <source>Returned: parts missing</source>
            <translation>归还：缺件</translation>
        </message>
        <message>
            <location filename="../../printing/commands.py" line="58" />
            <source>Check-in: the last scanned sample came back with parts missing.</source>
            <translation>归还时：刚扫描的样品归还时缺少配件。</translation>
        </message>
        <message>
            <location filename="../../printing/commands.py" line="67" />
            <location filename="../../printing/commands.py" line="69" />
            <source>Counter commands</source>
            <translation>柜台指令条码</translation>
        </message>
        <message>
            <location filename="../../printing/commands.py" line="71" />
            <source>Scan a code to act on the Check-out or Check-in screen. A scanner's Enter or Tab only ends a scan: it never confirms.</source>
            <translation>在借出或归还界面扫描下列条码即可执行操作。扫码枪发出的 Enter 或 Tab 只表示一次扫码结束，绝不会确认。</translation>
        </message>
    </context>
    <context>
        <name>ConditionDelegate</name>
        <message>
            <location filename="../../ui/widgets/condition_delegate.py" line="16" />
            <source>Condition on return</source>
            <translation>归还品相</translation>
        </message>
    </context>
    <context>
        <name>CountFigures</name>
        <message>
            <location filename="../../ui/widgets/count_figures.py" line="41" />
            <source>Expected</source>
            <translation>应有</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_figures.py" line="42" />
            <source>Found</source>
            <translation>已盘到</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_figures.py" line="43" />
            <source>Missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_figures.py" line="44" />
            <source>Unexpected</source>
            <translation>异常</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_figures.py" line="45" />
            <source>Not settled</source>
            <translation>未处理</translation>
        </message>
    </context>
    <context>
        <name>CountLineModel</name>
        <message>
            <location filename="../../ui/models/count_line_model.py" line="82" />
            <source>Code</source>
            <translation>样品编号</translation>
        </message>
        <message>
            <location filename="../../ui/models/count_line_model.py" line="83" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/models/count_line_model.py" line="84" />
            <source>What it meant</source>
            <translation>情况</translation>
        </message>
        <message>
            <location filename="../../ui/models/count_line_model.py" line="85" />
            <source>Found on shelf</source>
            <translation>发现货架</translation>
        </message>
        <message>
            <location filename="../../ui/models/count_line_model.py" line="86" />
            <source>Recorded shelf</source>
            <translation>记录货架</translation>
        </message>
        <message>
            <location filename="../../ui/models/count_line_model.py" line="87" />
            <source>Held by</source>
            <translation>借用人</translation>
        </message>
        <message>
            <location filename="../../ui/models/count_line_model.py" line="88" />
            <source>Settlement</source>
            <translation>处理方式</translation>
        </message>
    </context>
    <context>
        <name>CountPage</name>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="35" />
            <source>Lines shown</source>
            <translation>显示的明细</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="37" />
            <source>All lines</source>
            <translation>全部明细</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="38" />
            <source>Needs settling</source>
            <translation>待处理</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="39" />
            <source>Unexpected</source>
            <translation>异常</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="40" />
            <source>Not found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="44" />
            <source>Ne&amp;xt to settle</source>
            <translation>下一条待处理(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="44" />
            <source>Next to settle</source>
            <translation>下一条待处理</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="51" />
            <source>Print report…</source>
            <translation>打印盘点报告…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="51" />
            <source>Print report</source>
            <translation>打印盘点报告</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="53" />
            <source>Abandon count…</source>
            <translation>放弃盘点…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="53" />
            <source>Abandon count</source>
            <translation>放弃盘点</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="54" />
            <source>New count</source>
            <translation>新盘点</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="55" />
            <source>Finish count (F12)</source>
            <translation>完成盘点 (F12)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="78" />
            <source>Lines of the count</source>
            <translation>盘点明细</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="106" />
            <source>Only a manager may do this.</source>
            <translation>仅经理可执行此操作。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="158" />
            <source>No count is open.</source>
            <translation>当前没有进行中的盘点。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="161" />
            <source>Count {number} · {scope} · started {time} by {name}</source>
            <translation>盘点 {number} · {scope} · {name} 于 {time} 开始</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/count_page.py" line="165" />
            <source>Count {number} · {scope} · {status} {time} by {name}: {expected} expected, {found} found, {missing} missing, {unexpected} unexpected</source>
            <translation>盘点 {number} · {scope} · {name} 于 {time} {status}：应有 {expected}，已找到 {found}，缺失 {missing}，意外 {unexpected}</translation>
        </message>
    </context>
    <context>
        <name>CounterKeys</name>
        <message>
            <location filename="../../ui/widgets/counter_buttons.py" line="41" />
            <source>Enter only ends a scan. To confirm, press F12, click the confirm button or scan the printed CMD-CONFIRM code.</source>
            <translation>Enter 只表示扫码结束。确认请按 F12、点击确认按钮，或扫描打印的 CMD-CONFIRM 条码。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/counter_buttons.py" line="48" />
            <source>Answer the question above first (keys 1, 2 or Esc).</source>
            <translation>请先回答上方的问题（按 1、2 或 Esc）。</translation>
        </message>
    </context>
    <context>
        <name>CounterScreen</name>
        <message>
            <location filename="../../ui/screens/counter_screen.py" line="104" />
            <source>{code} will be taken once the question above is answered.</source>
            <translation>{code} 将在回答上方问题后处理。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/counter_screen.py" line="143" />
            <source>Keep the list</source>
            <translation>保留清单</translation>
        </message>
        <message>
            <location filename="../../ui/screens/counter_screen.py" line="144" />
            <source>Clear and start over</source>
            <translation>清空并重新开始</translation>
        </message>
    </context>
    <context>
        <name>CounterStatusBar</name>
        <message>
            <location filename="../../ui/status_bar.py" line="29" />
            <source>DEMO</source>
            <translation>演示</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="33" />
            <source>Sync status</source>
            <translation>同步状态</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="54" />
            <source>Staff: {name} ({role})</source>
            <translation>当班：{name}（{role}）</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="64" />
            <source>syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="69" />
            <source>sending {percent}%</source>
            <translation>正在上传 {percent}%</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="69" />
            <source>receiving {percent}%</source>
            <translation>正在接收 {percent}%</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="85" />
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="87" />
            <source>● Offline (not connected to HQ) · {n} change(s) waiting</source>
            <translation>● 离线（尚未连接总部）· {n} 条变更待上传</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="90" />
            <source>● Online · {n} change(s) waiting · last sync {last}</source>
            <translation>● 在线 · {n} 条变更待上传 · 上次同步 {last}</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="94" />
            <source>● Offline · {n} change(s) waiting · last sync {last} · {problem}</source>
            <translation>● 离线 · {n} 条变更待上传 · 上次同步 {last} · {problem}</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="105" />
            <source>Set this computer's date and time right (or let it take them from the internet): loans and returns are stamped with it.</source>
            <translation>请把这台电脑的日期和时间调准（或让它从网络自动获取）：借出和归还都以它记录时间。</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="112" />
            <source>HQ: {url}</source>
            <translation>总部：{url}</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="113" />
            <source>Last successful sync: {last}</source>
            <translation>上次成功同步：{last}</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="117" />
            <source>Connect this showroom to HQ with Sync → Connect to HQ…</source>
            <translation>请通过“同步 → 连接总部…”把本样品间连接到总部</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="119" />
            <source>{n} sync exception(s) reported by HQ involve this showroom.</source>
            <translation>总部报告了 {n} 条涉及本样品间的同步异常。</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="126" />
            <source>⚠ this PC's clock is {minutes} min behind HQ's</source>
            <translation>⚠ 本机时钟比总部慢 {minutes} 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="127" />
            <source>⚠ this PC's clock is {minutes} min ahead of HQ's</source>
            <translation>⚠ 本机时钟比总部快 {minutes} 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="131" />
            <source>not yet synced</source>
            <translation>尚未同步</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="132" />
            <source>HQ not reachable</source>
            <translation>无法连接总部</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="133" />
            <source>HQ had a problem</source>
            <translation>总部出现故障</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="134" />
            <source>this computer was revoked at HQ</source>
            <translation>本电脑已被总部停用</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="135" />
            <source>update needed</source>
            <translation>需要升级</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="136" />
            <source>HQ refused some changes</source>
            <translation>总部拒收了部分变更</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="137" />
            <source>a change from HQ could not be stored</source>
            <translation>总部发来的变更无法保存</translation>
        </message>
        <message>
            <location filename="../../ui/status_bar.py" line="138" />
            <source>sync did not finish</source>
            <translation>同步未完成</translation>
        </message>
    </context>
    <context>
        <name>DailyReport</name>
        <message>
            <location filename="../../printing/daily_report.py" line="33" />
            <source>Overdue 7 days or more</source>
            <translation>逾期 7 天及以上</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="34" />
            <source>Missing after a partial return</source>
            <translation>部分归还后仍缺件</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="35" />
            <source>Parcel not sent back</source>
            <translation>包裹未寄回</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="36" />
            <source>Parcel back in transit too long</source>
            <translation>寄回途中过久</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="37" />
            <source>Parcel not delivered</source>
            <translation>包裹未签收</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="38" />
            <source>Late 1–6 days</source>
            <translation>逾期 1–6 天</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="39" />
            <source>Due within 2 days</source>
            <translation>2 天内到期</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="19" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="20" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="21" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="22" />
            <source>Waived</source>
            <translation>免押</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="47" />
            <source>{showroom} report {first} to {last}</source>
            <translation>{showroom} 报表 {first} 至 {last}</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="51" />
            <source>{showroom} daily report {day}</source>
            <translation>{showroom} 日报 {day}</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="54" />
            <source>Holdings and overdue as of {moment} (local time)</source>
            <translation>在借与逾期数据截至 {moment}（本地时间）</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="84" />
            <source>{showroom} ({code}) · {title} · page {page}</source>
            <translation>{showroom}（{code}）· {title} · 第 {page} 页</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="93" />
            <source>Check-outs</source>
            <translation>借样单数</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="94" />
            <source>Samples lent</source>
            <translation>借出件数</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="95" />
            <source>Samples returned</source>
            <translation>归还件数</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="96" />
            <source>Samples received</source>
            <translation>入库件数</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="97" />
            <source>Samples out now</source>
            <translation>在外样品</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="98" />
            <source>Overdue now</source>
            <translation>当前逾期</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="99" />
            <source>New streamers</source>
            <translation>新增主播</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="100" />
            <source>Declared lost</source>
            <translation>报失件数</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="101" />
            <source>Missing at stocktake</source>
            <translation>盘点缺失</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="102" />
            <source>Short on transfers</source>
            <translation>调拨短少</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="106" />
            <source>Parcels sent</source>
            <translation>寄出包裹</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="107" />
            <source>Parcels delivered</source>
            <translation>签收包裹</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="108" />
            <source>Parcels back</source>
            <translation>寄回收到</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="109" />
            <source>Parcels overdue</source>
            <translation>逾期包裹</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="132" />
            <source>Last 14 days</source>
            <translation>近 14 天</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="139" />
            <source>lent</source>
            <translation>借出</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="140" />
            <source>returned</source>
            <translation>归还</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="232" />
            <location filename="../../printing/daily_report_money.py" line="32" />
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="33" />
            <source>Collected</source>
            <translation>收取</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="34" />
            <source>Refunded</source>
            <translation>退还</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="35" />
            <source>Forfeited</source>
            <translation>没收</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="36" />
            <source>Loss charges</source>
            <translation>丢失赔偿</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="37" />
            <source>Now owed</source>
            <translation>转为欠付</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="39" />
            <source>Net in</source>
            <translation>净收入</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="38" />
            <source>Owed paid</source>
            <translation>付清欠款</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="42" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="57" />
            <source>Deposits held: {start} at the start + {collected} collected − {refunded} refunded − {forfeited} forfeited − {owed} now owed = {end} at the end</source>
            <translation>押金余额：期初 {start} + 收取 {collected} − 退还 {refunded} − 没收 {forfeited} − 转为欠付 {owed} = 期末 {end}</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="73" />
            <source>Owed to streamers whose loan closed while they were away: {start} at the start + {owed} now owed − {paid} paid at the counter = {end} at the end</source>
            <translation>欠主播的押金（借样单在主播不在场时结清）：期初 {start} + 新增 {owed} − 柜台付清 {paid} = 期末 {end}</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="87" />
            <source>Cash drawer from this period: {collected} collected − {refunded} refunded − {paid} owed paid + {charges} loss charges = {net}</source>
            <translation>本期钱箱现金：收取 {collected} − 退还 {refunded} − 付清欠款 {paid} + 丢失赔偿 {charges} = {net}</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="102" />
            <source>More cash went out than came in: deposits taken before this period went back to the streamers who came for them.</source>
            <translation>支出多于收入：退还的是本期之前收取的押金，由到店的主播领回。</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="114" />
            <source>{owed} in cash is owed, not paid: it stays in the drawer until the streamer comes.</source>
            <translation>现金 {owed} 为欠付、尚未支付：留在钱箱，待主播到店领取。</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report_money.py" line="45" />
            <source>Deposit reconciliation</source>
            <translation>押金对账</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="148" />
            <source>Staff</source>
            <translation>员工</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="149" />
            <source>Loans</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="150" />
            <location filename="../../printing/daily_report.py" line="294" />
            <source>Lent</source>
            <translation>借出</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="151" />
            <source>Taken back</source>
            <translation>收回</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="152" />
            <source>Received</source>
            <translation>入库</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="153" />
            <source>Calls</source>
            <translation>催还</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="157" />
            <source>No activity</source>
            <translation>无业务</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="160" />
            <source>Activity per clerk</source>
            <translation>员工工作量</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="166" />
            <source>Who to call: samples late or due soon</source>
            <translation>催还名单：逾期与即将到期</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="168" />
            <source>Nothing is late or due soon.</source>
            <translation>没有逾期或即将到期的样品。</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="170" />
            <location filename="../../printing/daily_report.py" line="228" />
            <location filename="../../printing/daily_report.py" line="260" />
            <source>Streamer</source>
            <translation>主播</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="171" />
            <location filename="../../printing/daily_report.py" line="229" />
            <location filename="../../printing/daily_report.py" line="261" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="172" />
            <location filename="../../printing/daily_report.py" line="227" />
            <location filename="../../printing/daily_report.py" line="259" />
            <source>Loan</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="173" />
            <location filename="../../printing/daily_report.py" line="230" />
            <location filename="../../printing/daily_report.py" line="262" />
            <source>Samples</source>
            <translation>样品</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="174" />
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="175" />
            <source>Days late</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="176" />
            <source>Deposit held</source>
            <translation>押金余额</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="177" />
            <source>Last reminder</source>
            <translation>最近提醒</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="210" />
            <source>{tier}: {count} sample(s)</source>
            <translation>{tier}：{count} 件</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="220" />
            <source>Loans opened ({count})</source>
            <translation>新开借样单（{count}）</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="223" />
            <source>No loans in this period.</source>
            <translation>本期没有新开借样单。</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="226" />
            <location filename="../../printing/daily_report.py" line="258" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="231" />
            <source>Deposit</source>
            <translation>押金</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="233" />
            <location filename="../../printing/daily_report.py" line="265" />
            <source>Clerk</source>
            <translation>经办</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="253" />
            <source>Returns ({count})</source>
            <translation>归还（{count} 次）</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="256" />
            <source>No returns in this period.</source>
            <translation>本期没有归还。</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="263" />
            <source>Late</source>
            <translation>逾期</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="264" />
            <source>Damaged or incomplete</source>
            <translation>损坏/缺件</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="288" />
            <source>Most borrowed merchants</source>
            <translation>借样最多的商家</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="290" />
            <source>Most borrowed products</source>
            <translation>借样最多的商品</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="293" />
            <source>Merchant</source>
            <translation>商家</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="293" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="295" />
            <source>Streamers</source>
            <translation>主播</translation>
        </message>
        <message>
            <location filename="../../printing/daily_report.py" line="298" />
            <source>Nothing lent</source>
            <translation>无借出</translation>
        </message>
    </context>
    <context>
        <name>DeclareLostDialog</name>
        <message>
            <location filename="../../ui/dialogs/declare_lost_dialog.py" line="21" />
            <source>Declare sample lost</source>
            <translation>样品报失</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/declare_lost_dialog.py" line="23" />
            <source>Sample</source>
            <translation>样品</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/declare_lost_dialog.py" line="24" />
            <source>Unit value</source>
            <translation>单件货值</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/declare_lost_dialog.py" line="26" />
            <source>Settle by</source>
            <translation>赔偿方式</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/declare_lost_dialog.py" line="26" />
            <source>How the loss is settled</source>
            <translation>丢失赔偿方式</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/declare_lost_dialog.py" line="29" />
            <source>Keep the deposit held (up to the unit value)</source>
            <translation>以押金抵扣（不超过单件货值）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/declare_lost_dialog.py" line="31" />
            <source>Charge the unit value</source>
            <translation>按单件货值收取赔偿</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/declare_lost_dialog.py" line="33" />
            <source>Charge paid by</source>
            <translation>赔偿支付方式</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/declare_lost_dialog.py" line="36" />
            <source>How the charge is paid</source>
            <translation>赔偿款支付方式</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/declare_lost_dialog.py" line="42" />
            <source>What happened</source>
            <translation>情况说明</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/declare_lost_dialog.py" line="44" />
            <source>e.g. streamer says it was lost in transit</source>
            <translation>例如：主播称在运输途中丢失</translation>
        </message>
    </context>
    <context>
        <name>Deposit</name>
        <message>
            <location filename="../../printing/words.py" line="46" />
            <source>rounded up to the fen</source>
            <translation>向上取整到分</translation>
        </message>
        <message>
            <location filename="../../printing/words.py" line="47" />
            <source>rounded up to the whole yuan</source>
            <translation>向上取整到元</translation>
        </message>
        <message>
            <location filename="../../printing/words.py" line="48" />
            <source>rounded up to ¥10</source>
            <translation>向上取整到10元</translation>
        </message>
        <message>
            <location filename="../../printing/words.py" line="60" />
            <source>no deposit on this tier</source>
            <translation>本等级免押金</translation>
        </message>
        <message>
            <location filename="../../printing/words.py" line="63" />
            <source>{working} → {deposit} ({rounding})</source>
            <translation>{working} → {deposit}（{rounding}）</translation>
        </message>
    </context>
    <context>
        <name>Elsewhere</name>
        <message>
            <location filename="../../present/elsewhere_text.py" line="14" />
            <source>Waiting for HQ: not sent yet (sync)</source>
            <translation>等待总部：尚未上传（请同步）</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="15" />
            <source>Waiting for HQ's match</source>
            <translation>等待总部匹配</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="16" />
            <source>Matched: in our stock</source>
            <translation>已匹配：在本店库存</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="17" />
            <source>In our stock; HQ found its loan closed already</source>
            <translation>在本店库存；总部发现其借样单已结</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="18" />
            <source>HQ found no open loan: a manager decides</source>
            <translation>总部找不到未结借样单：待店长处理</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="19" />
            <source>HQ knows no such sample: ask HQ</source>
            <translation>总部无此样品：请联系总部</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="20" />
            <source>Kept in our stock</source>
            <translation>已留作本店库存</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="21" />
            <source>Sent back to its showroom</source>
            <translation>已调拨退回原样品间</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="29" />
            <source>{code} is held here, in no stock. Sync with HQ: it finds the loan of {showroom} it is from.</source>
            <translation>{code} 暂存本店，不入任何库存。请与总部同步：总部会找到它所属 {showroom} 的借样单。</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="32" />
            <source>{code} is held here, in no stock, until HQ's answer comes with a sync.</source>
            <translation>{code} 暂存本店，不入任何库存，等同步带回总部的答复。</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="33" />
            <source>{code} is in our stock; {showroom} refunds the deposit.</source>
            <translation>{code} 已入本店库存；押金由 {showroom} 退还。</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="34" />
            <source>{code} is in our stock, but HQ found no open loan for it: HQ follows it up with {showroom}.</source>
            <translation>{code} 已入本店库存，但总部找不到它的未结借样单：由总部与 {showroom} 跟进。</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="37" />
            <source>HQ found no open loan for {code} of {showroom}. A manager keeps it in our stock, or sends it back to {showroom} on a transfer.</source>
            <translation>总部找不到 {showroom} 的 {code} 的未结借样单。由店长决定：留作本店库存，或调拨退回 {showroom}。</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="42" />
            <source>HQ found no loan and knows no sample {code}: it cannot go into a stock. Keep it aside and ask HQ.</source>
            <translation>总部找不到借样单，也没有样品 {code} 的记录：无法入库。请另行保管并联系总部。</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="46" />
            <source>{code} was kept in our stock; it is lent from here now.</source>
            <translation>{code} 已留作本店库存，现由本店借出。</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="47" />
            <source>{code} was sent back to {showroom} on transfer {number}.</source>
            <translation>{code} 已通过调拨单 {number} 退回 {showroom}。</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="56" />
            <source>No such return taken for another showroom is known here.</source>
            <translation>本店没有这条代其他样品间收回的记录。</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="57" />
            <source>{code} is not waiting for a manager: HQ has not said it found no loan for it. Nothing changed.</source>
            <translation>{code} 无需店长处理：总部并未说找不到它的借样单。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="61" />
            <source>{code} was settled already. Nothing changed.</source>
            <translation>{code} 已处理过。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="62" />
            <source>HQ knows no sample {code}, so its product is unknown and it cannot go into a stock. Keep it aside and ask HQ. Nothing changed.</source>
            <translation>总部没有样品 {code} 的记录，商品不明，无法入库。请另行保管并联系总部。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../present/elsewhere_text.py" line="68" />
            <source>The return could not be settled.</source>
            <translation>无法处理这条归还。</translation>
        </message>
    </context>
    <context>
        <name>ElsewhereReturnModel</name>
        <message>
            <location filename="../../ui/models/elsewhere_return_model.py" line="22" />
            <source>Sample</source>
            <translation>样品</translation>
        </message>
        <message>
            <location filename="../../ui/models/elsewhere_return_model.py" line="23" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/models/elsewhere_return_model.py" line="24" />
            <source>Lending showroom</source>
            <translation>借出样品间</translation>
        </message>
        <message>
            <location filename="../../ui/models/elsewhere_return_model.py" line="25" />
            <source>Loan</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../ui/models/elsewhere_return_model.py" line="26" />
            <source>Condition</source>
            <translation>状况</translation>
        </message>
        <message>
            <location filename="../../ui/models/elsewhere_return_model.py" line="27" />
            <source>Taken back</source>
            <translation>收回时间</translation>
        </message>
        <message>
            <location filename="../../ui/models/elsewhere_return_model.py" line="28" />
            <source>By</source>
            <translation>经手人</translation>
        </message>
        <message>
            <location filename="../../ui/models/elsewhere_return_model.py" line="29" />
            <source>State</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>ElsewhereReturnsButton</name>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="191" />
            <source>Returns for other showrooms</source>
            <translation>代其他样品间收回的样品</translation>
        </message>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="192" />
            <source>Samples of other showrooms' loans taken back here, and where each stands (Alt+O)</source>
            <translation>本店收回的其他样品间借出的样品及其处理进度 (Alt+O)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="208" />
            <source>Returns for &amp;other showrooms ({count} waiting)</source>
            <translation>代其他样品间收回(&amp;O)（{count} 件待处理）</translation>
        </message>
    </context>
    <context>
        <name>ElsewhereReturnsDialog</name>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="45" />
            <location filename="../../ui/screens/elsewhere_returns.py" line="46" />
            <source>Returns for other showrooms</source>
            <translation>代其他样品间收回的样品</translation>
        </message>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="49" />
            <source>Samples of other showrooms' loans taken back here. A sample HQ has not matched yet is held: in no stock, not lendable. One HQ found on no open loan waits for a manager.</source>
            <translation>本店收回的其他样品间借出的样品。总部尚未匹配的样品暂存本店：不入任何库存，不可借出。总部找不到未结借样单的，等待店长处理。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="57" />
            <source>Returns taken for other showrooms</source>
            <translation>代其他样品间收回的样品</translation>
        </message>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="64" />
            <source>Note on the decision</source>
            <translation>处理备注</translation>
        </message>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="65" />
            <source>Note (optional; goes on the transfer when sent back)</source>
            <translation>备注（可选；调拨退回时写在调拨单上）</translation>
        </message>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="67" />
            <location filename="../../ui/screens/elsewhere_returns.py" line="114" />
            <location filename="../../ui/screens/elsewhere_returns.py" line="159" />
            <source>&amp;Keep in our stock</source>
            <translation>留作本店库存(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="69" />
            <location filename="../../ui/screens/elsewhere_returns.py" line="115" />
            <location filename="../../ui/screens/elsewhere_returns.py" line="155" />
            <source>Send &amp;back to its showroom</source>
            <translation>调拨退回原样品间(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="72" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="125" />
            <source>No sample of another showroom has been taken back here.</source>
            <translation>本店尚未收回过其他样品间的样品。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="128" />
            <source>Only a manager settles a return HQ could not match.</source>
            <translation>总部无法匹配的归还只能由店长处理。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="154" />
            <source>Confirm: &amp;keep</source>
            <translation>确认：留作库存(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="156" />
            <source>Keep {code} in our stock, lendable here? Press Keep again to confirm.</source>
            <translation>将 {code} 留作本店库存、可在本店借出？再按一次“留作本店库存”确认。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="158" />
            <source>Confirm: send &amp;back</source>
            <translation>确认：调拨退回(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="160" />
            <source>Send {code} back to {showroom} on a transfer? Press Send back again to confirm.</source>
            <translation>将 {code} 调拨退回 {showroom}？再按一次“调拨退回”确认。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="166" />
            <source>{code} is in our stock and on transfer {number} to {showroom}: print its slip on F10.</source>
            <translation>{code} 已入本店库存并列入发往 {showroom} 的调拨单 {number}：请在调拨（F10）打印调拨单。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/elsewhere_returns.py" line="168" />
            <source>{code} is in our stock now, lendable here.</source>
            <translation>{code} 已入本店库存，可在本店借出。</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <location filename="../../ui/dialogs/enrol_dialog.py" line="23" />
            <source>Connect to HQ</source>
            <translation>连接总部</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/enrol_dialog.py" line="25" />
            <location filename="../../ui/dialogs/enrol_dialog.py" line="35" />
            <source>HQ address</source>
            <translation>总部地址</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/enrol_dialog.py" line="26" />
            <source>e.g. http://hq.example.com:8400</source>
            <translation>例如 http://hq.example.com:8400</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/enrol_dialog.py" line="28" />
            <location filename="../../ui/dialogs/enrol_dialog.py" line="36" />
            <source>Enrolment code</source>
            <translation>注册码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/enrol_dialog.py" line="29" />
            <source>one-time code from HQ, e.g. K7QHM-2XD9P</source>
            <translation>总部提供的一次性注册码，例如 K7QHM-2XD9P</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/enrol_dialog.py" line="39" />
            <source>Connect</source>
            <translation>连接</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/enrol_dialog.py" line="47" />
            <source>Ask HQ operations for a one-time code for this showroom. Changes made before connecting are kept and sent at the first sync.</source>
            <translation>请向总部运营索取本样品间的一次性注册码。连接前的所有变更都会保留，并在第一次同步时上传。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/enrol_dialog.py" line="62" />
            <source>Please give both the HQ address and the code.</source>
            <translation>请同时填写总部地址和注册码。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/enrol_dialog.py" line="65" />
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/enrol_dialog.py" line="72" />
            <source>Connected to HQ as showroom {code}.</source>
            <translation>已作为样品间 {code} 连接到总部。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/enrol_dialog.py" line="82" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../present/refusal_details.py" line="23" />
            <source>{field} must be from {minimum} to {maximum}.</source>
            <translation>{field}须在 {minimum} 至 {maximum} 之间。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="30" />
            <source>{field} holds a character that cannot be saved or printed ({character}, character {position}). Please remove it and type the text again.</source>
            <translation>{field}含有无法保存或打印的字符（{character}，第 {position} 个字符）。请删除后重新输入。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="44" />
            <source>{field} is required.</source>
            <translation>{field}不能为空。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="45" />
            <source>{field} is too long (at most {value} characters).</source>
            <translation>{field}过长（最多 {value} 个字符）。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="46" />
            <source>{value} is not a mainland mobile number (11 digits starting with 1).</source>
            <translation>{value} 不是有效的大陆手机号（应为以 1 开头的 11 位数字）。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="47" />
            <source>{value} is not a phone number: give a mobile, a landline with its area code (0731-88886666) or a 400/800 number.</source>
            <translation>{value} 不是有效电话号码：请填写手机号、带区号的座机（0731-88886666）或 400/800 号码。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="52" />
            <source>{value} is not a valid product barcode (check digit wrong).</source>
            <translation>{value} 不是有效的商品条码（校验位错误）。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="53" />
            <source>{field} must be an amount of money of zero or more.</source>
            <translation>{field}必须是不小于 0 的金额。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="54" />
            <source>{field} must be between 0 and 100 %.</source>
            <translation>{field}必须在 0 到 100% 之间。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="55" />
            <source>Quantity must be between 1 and {value}.</source>
            <translation>数量必须在 1 到 {value} 之间。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="56" />
            <source>A PIN is 4 to 12 digits.</source>
            <translation>密码须为 4 至 12 位数字。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="57" />
            <source>A showroom code is 2 to 4 capital letters, e.g. CS.</source>
            <translation>样品间代码须为 2 至 4 个大写字母，例如 CS。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="58" />
            <source>{field} cannot be in the past.</source>
            <translation>{field}不能早于今天。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="59" />
            <source>Loan {value} is already closed.</source>
            <translation>借样单 {value} 已结清。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="60" />
            <source>{field} is too large.</source>
            <translation>{field}过大。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="61" />
            <source>The new due date must be after the current one ({value}).</source>
            <translation>新的应还日期必须晚于当前应还日期（{value}）。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="62" />
            <source>Nothing to change: it is already so.</source>
            <translation>无需更改：当前已是该状态。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="63" />
            <source>No deposit is held for loan {value}; record a charge instead.</source>
            <translation>借样单 {value} 没有已收押金；请改为登记收费。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="64" />
            <source>Nothing is owed to {value} any more.</source>
            <translation>已不欠 {value} 任何款项。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="65" />
            <source>The last day of the period ({value}) is before the first.</source>
            <translation>结束日期（{value}）早于开始日期。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="66" />
            <source>The period starts in the future ({value}).</source>
            <translation>开始日期在未来（{value}）。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="67" />
            <source>A report covers at most {value} days.</source>
            <translation>一份报表最多涵盖 {value} 天。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="68" />
            <source>{field}: {value} is not one of the choices.</source>
            <translation>{field}：{value} 不是可选项。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="69" />
            <source>The two PINs are not the same. Please type the new PIN twice.</source>
            <translation>两次输入的 PIN 不一致，请重新输入两遍新 PIN。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="70" />
            <source>{value} is not a web address (e.g. http://hq.example.com:8400).</source>
            <translation>{value} 不是网址（例如 http://hq.example.com:8400）。</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="72" />
            <source>{field} is not valid: {value}</source>
            <translation>{field}无效：{value}</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="79" />
            <source>blacklisted: {reason}</source>
            <translation>已拉黑：{reason}</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="81" />
            <source>suspended: {reason}</source>
            <translation>已暂停：{reason}</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="83" />
            <source>holds {count} overdue sample(s)</source>
            <translation>有 {count} 件样品逾期未还</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="85" />
            <source>would hold {count} samples, over the tier limit of {limit}</source>
            <translation>借后将持有 {count} 件，超出等级上限 {limit} 件</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="89" />
            <source>the deposit would be waived</source>
            <translation>本次将免押</translation>
        </message>
        <message>
            <location filename="../../present/refusal_details.py" line="94" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="256" />
            <source>Unknown code {code}: no sample, card or loan has this code.</source>
            <translation>无法识别 {code}：没有对应的样品、会员卡或借样单。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="74" />
            <source>Sample {code} is not in stock: {holder} has held it since {since} (loan {loan}).</source>
            <translation>样品 {code} 不在库：{holder}自 {since} 借出至今（借样单 {loan}）。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="77" />
            <source>Sample {code} is not in stock (status: {status}).</source>
            <translation>样品 {code} 不在库（状态：{status}）。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="260" />
            <source>Sample {code} is already in the list.</source>
            <translation>样品 {code} 已在列表中。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="263" />
            <source>Scan at least one sample first.</source>
            <translation>请先扫描至少一件样品。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="264" />
            <source>Sample {code} is not on loan (status: {status}); nothing to return.</source>
            <translation>样品 {code} 未借出（状态：{status}），无需归还。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="272" />
            <source>{name} cannot borrow now: {blocks}.</source>
            <translation>{name}暂不能借样。{blocks}。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="84" />
            <source>Override refused: that manager name and PIN do not match.</source>
            <translation>授权失败：经理姓名与密码不匹配。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="85" />
            <source>Override refused: please give a reason.</source>
            <translation>授权失败：请填写原因。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="86" />
            <source>Override refused.</source>
            <translation>授权失败。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="91" />
            <source>This staff account is disabled. Please ask an administrator.</source>
            <translation>该员工账号已停用，请联系管理员。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="92" />
            <source>Only a {role} may do this.</source>
            <translation>仅{role}可执行此操作。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="282" />
            <source>Name or PIN is wrong.</source>
            <translation>姓名或密码错误。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="96" />
            <source>{name} is locked after too many wrong PINs, until {until}. An administrator can unlock it sooner.</source>
            <translation>{name} 因多次输错 PIN 已被锁定，至 {until} 解除。管理员可提前解锁。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="103" />
            <source>You cannot disable your own account.</source>
            <translation>不能停用自己的账号。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="104" />
            <source>The showroom needs at least one active administrator; this change would leave none.</source>
            <translation>样品间至少要有一位在用的管理员；此操作会使管理员为零。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="109" />
            <source>Phone {key} is already registered to {owner}.</source>
            <translation>手机号 {key} 已登记在{owner}名下。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="110" />
            <source>Barcode {key} already belongs to {owner}.</source>
            <translation>条码 {key} 已被{owner}使用。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="111" />
            <source>A merchant named {key} already exists.</source>
            <translation>商家“{key}”已存在。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="112" />
            <source>A staff member named {key} already exists.</source>
            <translation>员工“{key}”已存在。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="113" />
            <source>This folder already holds showroom {key}: a showroom is recovered into an empty folder only.</source>
            <translation>此文件夹已有样品间 {key}：只能恢复到空文件夹中。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="116" />
            <source>{key} already exists.</source>
            <translation>{key} 已存在。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="121" />
            <source>No streamer found for {key}.</source>
            <translation>未找到与 {key} 对应的主播。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="122" />
            <source>No loan numbered {key}.</source>
            <translation>没有编号为 {key} 的借样单。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="123" />
            <source>No product has barcode {key}.</source>
            <translation>没有条码为 {key} 的商品。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="124" />
            <source>No merchant named {key}.</source>
            <translation>没有名为 {key} 的商家。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="125" />
            <source>Sample {key} has no automatic loss waiting for a manager.</source>
            <translation>样品 {key} 没有待经理处理的自动丢失记录。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="126" />
            <source>Not found: {key}</source>
            <translation>未找到：{key}</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="131" />
            <source>The planned live-stream date is in the past.</source>
            <translation>计划直播日期不能早于今天。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="132" />
            <source>The planned live-stream date is beyond this tier's loan period (latest {latest}).</source>
            <translation>计划直播日期超出该等级的借期（最晚 {latest}）。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="157" />
            <source>{path} cannot be used: {problem}</source>
            <translation>无法使用 {path}：{problem}</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="267" />
            <source>Sample {code} was declared lost automatically on {when}, {days} day(s) late. A manager reverses that on the Overdue screen; then take it back here.</source>
            <translation>样品 {code} 已于 {when} 因逾期 {days} 天被自动判定丢失。请经理在“逾期催还”页面撤销丢失，然后在此归还。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="295" />
            <source>The database is busy with another program; nothing was saved. Please try again.</source>
            <translation>数据库正被其他程序占用，本次未保存，请稍后重试。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="298" />
            <source>The disk that holds {where} is full, so nothing was saved. Free some space on it (empty the recycle bin, move old files elsewhere), then try again.</source>
            <translation>存放 {where} 的磁盘已满，未保存任何内容。请腾出空间（清空回收站、把旧文件移到别处），然后重试。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="303" />
            <source>{where} cannot be written: the drive is read-only or this user may not write there. Nothing was saved. Make it writable (or ask whoever looks after this PC), then try again.</source>
            <translation>{where} 无法写入：该磁盘是只读的，或当前用户没有写入权限。未保存任何内容。请将其设为可写（或请电脑管理员处理），然后重试。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="308" />
            <source>{where} cannot be opened: the folder is missing or on a drive that is not connected. Connect the drive or check the folder, then try again.</source>
            <translation>{where} 无法打开：文件夹不存在，或所在磁盘未连接。请连接磁盘或检查文件夹，然后重试。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="313" />
            <source>The showroom database in {where} is damaged and cannot be used. Restore the latest backup (File → Backup and restore…, or the command `showroom restore`).</source>
            <translation>{where} 中的样品间数据库已损坏，无法使用。请恢复最近的备份（文件 → 备份与恢复…，或命令 `showroom restore`）。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="145" />
            <source>The disk could not read or write {where}, so nothing was saved. Check the drive (a loose cable, a failing disk), then try again.</source>
            <translation>磁盘无法读写 {where}，未保存任何内容。请检查磁盘（线缆松动、磁盘故障），然后重试。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="141" />
            <source>the showroom folder</source>
            <translation>样品间文件夹</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="165" />
            <source>Showroom is already open on {folder} (process {pid}). Use that window, or close it first; nothing was done.</source>
            <translation>样品间已在 {folder} 上打开（进程 {pid}）。请使用那个窗口，或先将其关闭；未做任何操作。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="170" />
            <source>Another command ({command}, process {pid}) is working on {folder}. Wait until it has finished, then try again; nothing was done.</source>
            <translation>另一个命令（{command}，进程 {pid}）正在处理 {folder}。请等它完成后重试；未做任何操作。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="184" />
            <source>This computer's clock says {now}, earlier than the last recorded action ({last}): its date or time was probably reset. Nothing was saved. Set the clock right, then try again.</source>
            <translation>这台电脑的时钟显示 {now}，早于最后一次记录的操作（{last}）：它的日期或时间可能被重置了。未保存任何内容。请把时钟调准，然后重试。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="191" />
            <source>HQ's clock says {hq}.</source>
            <translation>总部的时钟显示 {hq}。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="195" />
            <source>If this clock is right now and the earlier time was wrong, sync with HQ (F9): once HQ confirms the time, work goes on.</source>
            <translation>如果本机时钟现在是准的、之前的时间有误，请与总部同步（F9）：总部确认时间后即可继续工作。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="291" />
            <source>This showroom has not been set up yet.</source>
            <translation>此样品间尚未设置。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="58" />
            <source>Something went wrong and nothing was saved. The details are in the log; please try again or tell your manager.</source>
            <translation>出错了，未保存任何内容。详情已记入日志；请重试或告知经理。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="325" />
            <source>HQ cannot be reached right now. Nothing is lost: changes wait here and go at the next sync.</source>
            <translation>暂时无法连接总部。数据不会丢失：变更保存在本机，下次同步时上传。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="328" />
            <source>HQ had a problem of its own. Changes wait here; the next sync tries again.</source>
            <translation>总部自身出现故障。变更保存在本机，下次同步会再试。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="331" />
            <source>This showroom is not connected to HQ yet. Enrol it with a code from HQ.</source>
            <translation>本样品间尚未连接总部。请用总部提供的注册码进行注册。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="334" />
            <source>This showroom is already connected to HQ.</source>
            <translation>本样品间已经连接到总部。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="335" />
            <source>HQ no longer accepts this computer. Nothing is lost here; ask HQ for a new code and enrol again.</source>
            <translation>总部已不再接受本电脑。本机数据不会丢失；请向总部索取新的注册码并重新注册。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="339" />
            <source>HQ runs another version of the sync protocol. Please update the app.</source>
            <translation>总部使用的同步协议版本不同。请升级本软件。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="342" />
            <source>HQ refused some changes. Nothing is lost here; please tell HQ operations.</source>
            <translation>总部拒收了部分变更。本机数据不会丢失；请联系总部运营。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="345" />
            <source>A change from HQ could not be stored here. Nothing is lost; please tell HQ operations.</source>
            <translation>总部发来的一条变更无法在本机保存。数据不会丢失；请联系总部运营。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="208" />
            <source>That enrolment code was made for another showroom.</source>
            <translation>该注册码是为其他样品间生成的。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="209" />
            <source>That enrolment code is unknown, already used or expired. Ask HQ for a new one.</source>
            <translation>该注册码无效、已被使用或已过期。请向总部索取新的注册码。</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="322" />
            <source>Sync with HQ did not finish. Nothing is lost; it tries again later.</source>
            <translation>与总部的同步未完成。数据不会丢失，稍后会自动重试。</translation>
        </message>
    </context>
    <context>
        <name>ExportButton</name>
        <message>
            <location filename="../../ui/widgets/export_button.py" line="68" />
            <source>Exported to {path}.</source>
            <translation>已导出到 {path}。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/export_button.py" line="70" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/export_button.py" line="72" />
            <source>Export the list to a CSV or Excel file</source>
            <translation>将列表导出为 CSV 或 Excel 文件</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/export_button.py" line="73" />
            <source>Save this list as a CSV or Excel (XLSX) file</source>
            <translation>将此列表保存为 CSV 或 Excel（XLSX）文件</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/export_button.py" line="78" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/export_button.py" line="78" />
            <source>CSV file (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/export_button.py" line="80" />
            <source>Export list</source>
            <translation>导出列表</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/export_button.py" line="105" />
            <source>Could not export to {path}: {problem}</source>
            <translation>无法导出到 {path}：{problem}</translation>
        </message>
    </context>
    <context>
        <name>ExtendDueDialog</name>
        <message>
            <location filename="../../ui/dialogs/extend_due_dialog.py" line="22" />
            <source>Extend due date</source>
            <translation>延长应还日期</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/extend_due_dialog.py" line="25" />
            <source>Loan</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/extend_due_dialog.py" line="26" />
            <source>Due now</source>
            <translation>当前应还日期</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/extend_due_dialog.py" line="29" />
            <source>New due date</source>
            <translation>新应还日期</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/extend_due_dialog.py" line="34" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/extend_due_dialog.py" line="34" />
            <source>Reason for the extension</source>
            <translation>延期原因</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/extend_due_dialog.py" line="36" />
            <source>e.g. live stream moved to Saturday</source>
            <translation>例如：直播改到周六</translation>
        </message>
    </context>
    <context>
        <name>HistoryTableModel</name>
        <message>
            <location filename="../../ui/models/history_table_model.py" line="23" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table_model.py" line="24" />
            <source>Movement</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table_model.py" line="25" />
            <source>Staff</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table_model.py" line="26" />
            <source>Streamer</source>
            <translation>主播</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table_model.py" line="27" />
            <source>Loan</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../ui/models/history_table_model.py" line="28" />
            <source>Detail</source>
            <translation>详情</translation>
        </message>
    </context>
    <context>
        <name>HoldingActions</name>
        <message>
            <location filename="../../ui/widgets/holding_actions.py" line="24" />
            <source>Extend due date…</source>
            <translation>延期…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/holding_actions.py" line="25" />
            <source>Declare lost…</source>
            <translation>报失…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/holding_actions.py" line="47" />
            <source>Only a manager may do this.</source>
            <translation>仅经理可执行此操作。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/holding_actions.py" line="59" />
            <source>Loan {loan} is now due {due}.</source>
            <translation>借样单 {loan} 已延期，新的应还日期为 {due}。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/holding_actions.py" line="73" />
            <source>Sample {code} recorded as lost.</source>
            <translation>样品 {code} 已登记为丢失。</translation>
        </message>
    </context>
    <context>
        <name>HoldingTableModel</name>
        <message>
            <location filename="../../ui/models/streamer_detail_models.py" line="24" />
            <source>Code</source>
            <translation>样品编号</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_detail_models.py" line="25" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_detail_models.py" line="26" />
            <source>Loan</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_detail_models.py" line="27" />
            <source>Out since</source>
            <translation>借出时间</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_detail_models.py" line="28" />
            <source>Due</source>
            <translation>应还日期</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_detail_models.py" line="29" />
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_detail_models.py" line="30" />
            <source>Value</source>
            <translation>货值</translation>
        </message>
    </context>
    <context>
        <name>IntakeScreen</name>
        <message>
            <location filename="../../ui/screens/intake.py" line="53" />
            <source>Scan a product barcode, or type a name, brand or merchant</source>
            <translation>扫描商品条码，或输入商品名称、品牌、商家</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="55" />
            <source>Product search</source>
            <translation>商品搜索</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="57" />
            <source>New merchant…</source>
            <translation>新建商家…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="57" />
            <source>New merchant</source>
            <translation>新建商家</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="60" />
            <source>New product…</source>
            <translation>新建商品…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="60" />
            <source>New product</source>
            <translation>新建商品</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="63" />
            <source>Products</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="85" />
            <source>Intake</source>
            <translation>入库</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="95" />
            <location filename="../../ui/screens/intake.py" line="114" />
            <source>Receive samples</source>
            <translation>样品入库</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="103" />
            <location filename="../../ui/screens/intake.py" line="126" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="106" />
            <source>Shelf location</source>
            <translation>货架位置</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="107" />
            <source>e.g. A-01</source>
            <translation>例如 A-01</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="111" />
            <source>Condition note</source>
            <translation>品相备注</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="112" />
            <source>Optional, e.g. box dented</source>
            <translation>选填，例如：外盒压痕</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="114" />
            <source>Receive</source>
            <translation>入库</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="119" />
            <source>New sample codes</source>
            <translation>新样品编号</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="127" />
            <source>Shelf</source>
            <translation>货架</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="128" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="134" />
            <source>New codes</source>
            <translation>新样品编号</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="170" />
            <location filename="../../ui/screens/intake.py" line="248" />
            <source>Scan or pick a product first.</source>
            <translation>请先扫描或选择商品。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="173" />
            <source>{product}
{merchant} · {spec}
Sample value {value} · {in_stock} in stock of {total}</source>
            <translation>{product}
{merchant} · {spec}
样品货值 {value} · 在库 {in_stock} 件 / 共 {total} 件</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="209" />
            <source>No product has barcode {ean}. Create a new product with this barcode?</source>
            <translation>没有条码为 {ean} 的商品。要用此条码新建商品吗？</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="210" />
            <source>Unknown barcode</source>
            <translation>未知条码</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="228" />
            <source>Merchant {name} created.</source>
            <translation>已新建商家：{name}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="240" />
            <source>Product {name} created.</source>
            <translation>已新建商品：{name}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="271" />
            <source>Photo of these {count} sample(s)…</source>
            <translation>为这 {count} 件样品添加照片…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="272" />
            <source>Photo of the samples just received</source>
            <translation>刚入库样品的照片</translation>
        </message>
        <message>
            <location filename="../../ui/screens/intake.py" line="276" />
            <source>Received {count} sample(s) of {product}.</source>
            <translation>已入库 {count} 件样品：{product}。</translation>
        </message>
    </context>
    <context>
        <name>IntakeSlip</name>
        <message>
            <location filename="../../printing/slips.py" line="31" />
            <source>Sample intake slip</source>
            <translation>样品入库单</translation>
        </message>
        <message>
            <location filename="../../printing/slips.py" line="45" />
            <source>{showroom} · {merchant} · page {page}</source>
            <translation>{showroom} · {merchant} · 第 {page} 页</translation>
        </message>
        <message>
            <location filename="../../printing/slips.py" line="96" />
            <source>Merchant</source>
            <translation>商家</translation>
        </message>
        <message>
            <location filename="../../printing/slips.py" line="97" />
            <source>Received at</source>
            <translation>入库时间</translation>
        </message>
        <message>
            <location filename="../../printing/slips.py" line="98" />
            <source>Clerk</source>
            <translation>经办</translation>
        </message>
        <message>
            <location filename="../../printing/slips.py" line="99" />
            <source>Samples</source>
            <translation>样品</translation>
        </message>
        <message>
            <location filename="../../printing/slips.py" line="99" />
            <source>{count} items</source>
            <translation>{count} 件</translation>
        </message>
        <message>
            <location filename="../../printing/slips.py" line="102" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../printing/slips.py" line="110" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../printing/slips.py" line="111" />
            <source>Sample code</source>
            <translation>样品编号</translation>
        </message>
        <message>
            <location filename="../../printing/slips.py" line="112" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../printing/slips.py" line="113" />
            <source>Shelf</source>
            <translation>货位</translation>
        </message>
        <message>
            <location filename="../../printing/slips.py" line="140" />
            <source>Merchant signature</source>
            <translation>商家签名</translation>
        </message>
        <message>
            <location filename="../../printing/slips.py" line="141" />
            <location filename="../../printing/slips.py" line="144" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../printing/slips.py" line="143" />
            <source>Clerk signature</source>
            <translation>经办人签名</translation>
        </message>
        <message>
            <location filename="../../printing/slips.py" line="159" />
            <source>The merchant keeps this slip as proof of the samples consigned.</source>
            <translation>本单由商家留存，作为寄存样品的凭证。</translation>
        </message>
    </context>
    <context>
        <name>Label</name>
        <message>
            <location filename="../../printing/labels.py" line="75" />
            <source>Sample labels</source>
            <translation>样品标签</translation>
        </message>
        <message>
            <location filename="../../printing/labels.py" line="128" />
            <source>Shelf {shelf}</source>
            <translation>货位 {shelf}</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../present/labels.py" line="15" />
            <source>In stock</source>
            <translation>在库</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="16" />
            <source>On loan</source>
            <translation>借出中</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="17" />
            <source>In transit</source>
            <translation>在途</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="18" />
            <location filename="../../present/labels.py" line="95" />
            <source>Returned to merchant</source>
            <translation>已退回商家</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="19" />
            <source>Lost</source>
            <translation>已丢失</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="20" />
            <source>Written off</source>
            <translation>已报损</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="21" />
            <location filename="../../present/labels.py" line="96" />
            <source>Missing at stocktake</source>
            <translation>盘点缺失</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="22" />
            <source>Transferred to another showroom</source>
            <translation>已调往其他样品间</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="28" />
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="29" />
            <source>Suspended</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="30" />
            <source>Blacklisted</source>
            <translation>已拉黑</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="36" />
            <source>Newcomer</source>
            <translation>新手</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="37" />
            <source>Silver</source>
            <translation>银牌</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="38" />
            <source>Gold</source>
            <translation>金牌</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="39" />
            <source>Diamond</source>
            <translation>钻石</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="45" />
            <source>Douyin</source>
            <translation>抖音</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="46" />
            <source>Kuaishou</source>
            <translation>快手</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="47" />
            <source>Taobao Live</source>
            <translation>淘宝直播</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="48" />
            <source>WeChat Channels</source>
            <translation>视频号</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="49" />
            <source>Xiaohongshu</source>
            <translation>小红书</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="50" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="56" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="57" />
            <source>WeChat Pay</source>
            <translation>微信</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="58" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="59" />
            <source>Waived</source>
            <translation>免押</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="65" />
            <source>Good</source>
            <translation>完好</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="66" />
            <source>Damaged</source>
            <translation>损坏</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="67" />
            <source>Parts missing</source>
            <translation>缺件</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="76" />
            <source>automatic: sample {code} is {days} day(s) late</source>
            <translation>系统自动：样品 {code} 逾期 {days} 天</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="82" />
            <source>Clerk</source>
            <translation>店员</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="83" />
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="84" />
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="90" />
            <source>Received</source>
            <translation>入库</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="91" />
            <source>Lent out</source>
            <translation>借出</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="92" />
            <source>Returned</source>
            <translation>归还</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="93" />
            <source>Declared lost</source>
            <translation>报失</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="94" />
            <source>Due date extended</source>
            <translation>延期</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="97" />
            <source>Found at stocktake</source>
            <translation>盘点找到</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="98" />
            <source>Shelf changed</source>
            <translation>货架变更</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="99" />
            <source>Loss reversed: on loan again</source>
            <translation>撤销丢失：恢复借出</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="100" />
            <source>Sent to another showroom</source>
            <translation>调往其他样品间</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="101" />
            <source>Received by transfer</source>
            <translation>调拨入库</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="102" />
            <source>Transfer called back: in stock</source>
            <translation>调拨撤回：重新入库</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="103" />
            <source>Short on a transfer, found here: in stock</source>
            <translation>调拨短少，已在本店找到：在库</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="104" />
            <source>Short on a transfer, declared lost</source>
            <translation>调拨短少，已报丢失</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="110" />
            <source>Phone</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="111" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="112" />
            <source>Streamer name</source>
            <translation>主播姓名</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="113" />
            <source>Merchant name</source>
            <translation>商家名称</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="114" />
            <source>Product name</source>
            <translation>商品名称</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="115" />
            <source>Showroom name</source>
            <translation>样品间名称</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="116" />
            <source>Showroom code</source>
            <translation>样品间代码</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="117" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="118" />
            <source>Product barcode (EAN)</source>
            <translation>商品条码（EAN）</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="119" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="120" />
            <source>Shelf</source>
            <translation>货架</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="121" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="122" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="123" />
            <source>PIN</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="124" />
            <source>Retail price</source>
            <translation>零售价</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="125" />
            <source>Live price</source>
            <translation>直播价</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="126" />
            <source>Sample value</source>
            <translation>样品货值</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="127" />
            <source>Commission</source>
            <translation>佣金</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="128" />
            <source>Due date</source>
            <translation>应还日期</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="129" />
            <source>Deposit method</source>
            <translation>押金支付方式</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="130" />
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="131" />
            <source>Platform handle</source>
            <translation>平台账号</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="132" />
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="133" />
            <source>Samples to return</source>
            <translation>待归还样品</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="134" />
            <source>Loan</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="135" />
            <source>Report period</source>
            <translation>报表期间</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="136" />
            <source>How the streamer was reached</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="137" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="138" />
            <source>Most samples out</source>
            <translation>最多借出样品数</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="139" />
            <source>Loan days</source>
            <translation>借期（天）</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="140" />
            <source>Deposit rule</source>
            <translation>押金规则</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="141" />
            <source>Deposit per sample</source>
            <translation>每件押金</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="142" />
            <source>Deposit share of the sample value</source>
            <translation>押金占样品价值比例</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="143" />
            <source>Deposit rounding</source>
            <translation>押金取整</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="144" />
            <source>Suspend after days late</source>
            <translation>逾期几天后暂停</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="145" />
            <source>Declare lost after days late</source>
            <translation>逾期几天判定丢失</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="146" />
            <source>Photo needed for a damaged return</source>
            <translation>损坏归还须拍照</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="147" />
            <source>May borrow by post</source>
            <translation>允许寄样</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="148" />
            <source>Samples by post at once</source>
            <translation>寄样同时持有上限</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="149" />
            <source>Days kept (from delivery)</source>
            <translation>寄样天数（自签收起）</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="150" />
            <source>Transit days (each way)</source>
            <translation>单程运输天数</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="151" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="152" />
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="153" />
            <source>Address</source>
            <translation>详细地址</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="154" />
            <source>Block when overdue</source>
            <translation>逾期时禁止借样</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="155" />
            <source>Manager may override</source>
            <translation>经理可放行</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="156" />
            <source>HQ address</source>
            <translation>总部地址</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="157" />
            <source>Administrator name</source>
            <translation>管理员姓名</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="158" />
            <source>Administrator PIN</source>
            <translation>管理员密码</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="159" />
            <source>Enrolment code</source>
            <translation>注册码</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="160" />
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="161" />
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="162" />
            <source>Category</source>
            <translation>类目</translation>
        </message>
        <message>
            <location filename="../../present/labels.py" line="163" />
            <source>Specification</source>
            <translation>规格</translation>
        </message>
    </context>
    <context>
        <name>LivePicture</name>
        <message>
            <location filename="../../ui/widgets/live_picture.py" line="40" />
            <source>Live picture from the camera</source>
            <translation>摄像头实时画面</translation>
        </message>
    </context>
    <context>
        <name>LoanSummaryTableModel</name>
        <message>
            <location filename="../../ui/models/streamer_detail_models.py" line="73" />
            <source>Loan</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_detail_models.py" line="74" />
            <source>Opened</source>
            <translation>开单时间</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_detail_models.py" line="75" />
            <source>Due</source>
            <translation>应还日期</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_detail_models.py" line="76" />
            <source>Closed</source>
            <translation>结清时间</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_detail_models.py" line="77" />
            <source>Items</source>
            <translation>件数</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_detail_models.py" line="78" />
            <source>Returned</source>
            <translation>已还</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_detail_models.py" line="79" />
            <source>Lost</source>
            <translation>丢失</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_detail_models.py" line="80" />
            <source>Deposit</source>
            <translation>押金</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_detail_models.py" line="81" />
            <source>Staff</source>
            <translation>经办人</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/dialogs/login_dialog.py" line="65" />
            <location filename="../../ui/dialogs/login_dialog.py" line="73" />
            <location filename="../../ui/dialogs/login_dialog.py" line="74" />
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login_dialog.py" line="66" />
            <source>Counter login</source>
            <translation>柜台登录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login_dialog.py" line="67" />
            <source>Staff</source>
            <translation>员工</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login_dialog.py" line="67" />
            <location filename="../../ui/dialogs/login_dialog.py" line="70" />
            <source>PIN</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login_dialog.py" line="67" />
            <location filename="../../ui/dialogs/login_dialog.py" line="72" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login_dialog.py" line="69" />
            <source>Staff member</source>
            <translation>员工</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login_dialog.py" line="71" />
            <source>Type your PIN and press Enter</source>
            <translation>输入密码后按 Enter</translation>
        </message>
    </context>
    <context>
        <name>LoginRecordModel</name>
        <message>
            <location filename="../../ui/models/staff_model.py" line="91" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="91" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="91" />
            <source>Where</source>
            <translation>途径</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="91" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
    </context>
    <context>
        <name>Mailing</name>
        <message>
            <location filename="../../present/mailing_papers.py" line="36" />
            <source>{method} transfer {ref}</source>
            <translation>{method}转账 {ref}</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="12" />
            <source>SF Express</source>
            <translation>顺丰速运</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="13" />
            <source>ZTO Express</source>
            <translation>中通快递</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="14" />
            <source>YTO Express</source>
            <translation>圆通速递</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="15" />
            <source>Yunda Express</source>
            <translation>韵达快递</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="16" />
            <source>JD Logistics</source>
            <translation>京东物流</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="17" />
            <source>EMS</source>
            <translation>EMS</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="23" />
            <source>Packed</source>
            <translation>已打包</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="24" />
            <source>Shipped</source>
            <translation>已寄出</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="25" />
            <source>Delivered</source>
            <translation>已签收</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="26" />
            <source>Return shipped</source>
            <translation>已寄回</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="27" />
            <source>Received</source>
            <translation>已收回</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="33" />
            <source>Not delivered</source>
            <translation>未签收</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="34" />
            <source>Not sent back</source>
            <translation>未寄回</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="35" />
            <source>Return in transit too long</source>
            <translation>寄回途中过久</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="48" />
            <source>{courier} is not a courier the counter knows.</source>
            <translation>{courier} 不是本系统支持的快递公司。</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="49" />
            <source>{waybill} is not a {courier} waybill number: scan the barcode on the waybill again.</source>
            <translation>{waybill} 不是{courier}的运单号：请重新扫描面单上的条码。</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="52" />
            <source>Parcel {number} is {state}; it cannot become {to}.</source>
            <translation>包裹 {number} 当前为「{state}」，不能改为「{to}」。</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="53" />
            <source>Loan {number} was lent at the counter, not by post.</source>
            <translation>借样单 {number} 是柜台借出的，不是寄样。</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="54" />
            <source>{name} has no delivery address: enter it first.</source>
            <translation>{name} 还没有收货地址：请先填写。</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="55" />
            <source>{name}'s delivery address is not verified: confirm it with them before mailing.</source>
            <translation>{name} 的收货地址尚未核实：寄出前请与主播确认。</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="58" />
            <source>Tier {tier} may not borrow by post.</source>
            <translation>等级 {tier} 不允许寄样。</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="59" />
            <source>By post, tier {tier} may hold {limit} sample(s) at once; this parcel would make {count}.</source>
            <translation>等级 {tier} 寄样最多同时持有 {limit} 件；寄出本包裹后将为 {count} 件。</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="62" />
            <source>A parcel's deposit is paid by WeChat or Alipay transfer: enter the transfer reference.</source>
            <translation>寄样押金须通过微信或支付宝转账：请填写转账单号。</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="65" />
            <source>No parcel has waybill {waybill}.</source>
            <translation>没有运单号为 {waybill} 的包裹。</translation>
        </message>
        <message>
            <location filename="../../present/mailing_text.py" line="67" />
            <source>The parcel refused this.</source>
            <translation>包裹无法进行此操作。</translation>
        </message>
    </context>
    <context>
        <name>MailingScreen</name>
        <message>
            <location filename="../../ui/models/parcel_model.py" line="26" />
            <source>Loan</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../ui/models/parcel_model.py" line="27" />
            <source>Streamer</source>
            <translation>主播</translation>
        </message>
        <message>
            <location filename="../../ui/models/parcel_model.py" line="28" />
            <source>Sent to</source>
            <translation>寄往</translation>
        </message>
        <message>
            <location filename="../../ui/models/parcel_model.py" line="29" />
            <source>Courier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/models/parcel_model.py" line="30" />
            <source>Waybill</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location filename="../../ui/models/parcel_model.py" line="31" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/models/parcel_model.py" line="32" />
            <source>Shipped</source>
            <translation>已寄出</translation>
        </message>
        <message>
            <location filename="../../ui/models/parcel_model.py" line="33" />
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <location filename="../../ui/models/parcel_model.py" line="34" />
            <source>Still out</source>
            <translation>未归还</translation>
        </message>
        <message>
            <location filename="../../ui/models/parcel_model.py" line="35" />
            <source>Stuck</source>
            <translation>卡在</translation>
        </message>
        <message>
            <location filename="../../ui/models/parcel_model.py" line="50" />
            <source>{tier}, {days} day(s)</source>
            <translation>{tier}，{days} 天</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="51" />
            <source>Mail-out messages</source>
            <translation>寄样提示</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="56" />
            <source>Mail out and print the slip (F12)</source>
            <translation>寄出并打印寄样单（F12）</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="58" />
            <source>Mail out</source>
            <translation>寄出</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="61" />
            <location filename="../../ui/screens/mailing.py" line="94" />
            <source>Parcels still out</source>
            <translation>在外的寄样包裹</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="63" />
            <source>Scan a waybill or a packing slip: in transit → delivered; coming back → take back</source>
            <translation>扫描运单或寄样单：在途 → 签收；寄回 → 收回</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="66" />
            <source>Waybill scan field</source>
            <translation>运单扫描框</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="70" />
            <source>Return courier</source>
            <translation>寄回快递</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="73" />
            <source>Return waybill the streamer sent</source>
            <translation>主播寄回的运单号</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="75" />
            <source>Return waybill</source>
            <translation>寄回运单号</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="98" />
            <source>Delivered</source>
            <translation>已签收</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="100" />
            <source>Mark delivered</source>
            <translation>标记签收</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="102" />
            <location filename="../../ui/screens/mailing.py" line="104" />
            <source>Check tracking</source>
            <translation>查询物流</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="106" />
            <source>Print slip</source>
            <translation>打印寄样单</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="108" />
            <source>Print packing slip</source>
            <translation>打印寄样单</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="124" />
            <source>Mail-out</source>
            <translation>寄样</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="155" />
            <source>Enter the delivery address and confirm it with the streamer.</source>
            <translation>请填写收货地址并与主播核实。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="160" />
            <location filename="../../ui/screens/mailing.py" line="197" />
            <source>Find the streamer first.</source>
            <translation>请先找到主播。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="167" />
            <source>Address saved.</source>
            <translation>地址已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="207" />
            <source>Recording the parcel…</source>
            <translation>正在登记包裹…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="212" />
            <source>Parcel {number} recorded: {count} sample(s) by {courier} {waybill}.</source>
            <translation>包裹 {number} 已登记：{count} 件样品，{courier} {waybill}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="234" />
            <source>Choose a parcel in the list first.</source>
            <translation>请先在列表中选择一个包裹。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="254" />
            <source>Parcel {number}: {state}.</source>
            <translation>包裹 {number}：{state}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="266" />
            <source>Parcel {number} is back: check each sample.</source>
            <translation>包裹 {number} 已寄回：请逐件检查样品。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="271" />
            <source>Parcel {number} is received already.</source>
            <translation>包裹 {number} 已经收回。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="276" />
            <source>No sample of the parcel is marked as in it.</source>
            <translation>没有样品被标记为在包裹中。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="285" />
            <source>Parcel {number} received; deposit {amount} to refund by transfer.</source>
            <translation>包裹 {number} 已收回；押金 {amount} 请转账退还。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="288" />
            <source>{count} sample(s) of {number} taken back; {left} still with the streamer.</source>
            <translation>{number} 已收回 {count} 件；主播处还有 {left} 件。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="300" />
            <source>Automatic tracking is off (Settings, Samples by courier).</source>
            <translation>自动物流查询未开启（设置 → 寄样）。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="302" />
            <source>Asking the courier-tracking service…</source>
            <translation>正在查询物流…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="317" />
            <source>Tracking: {delivered} parcel(s) delivered, {back} back at the door to scan in.</source>
            <translation>物流查询：{delivered} 个包裹已签收，{back} 个寄回包裹已到店待扫描收回。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mailing.py" line="322" />
            <source>Some parcels got no answer: {why}</source>
            <translation>有包裹未查到：{why}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="62" />
            <source>Showroom</source>
            <translation>样品间</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="63" />
            <source>DEMO</source>
            <translation>演示</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="65" />
            <source>Screens</source>
            <translation>功能导航</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="122" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="123" />
            <source>Log out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="126" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="129" />
            <source>Reprint…</source>
            <translation>补打…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="132" />
            <source>Settings…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="136" />
            <source>Staff…</source>
            <translation>员工…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="139" />
            <source>Backup and restore…</source>
            <translation>备份与恢复…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="147" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="155" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="156" />
            <source>About Showroom</source>
            <translation>关于样品间</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="168" />
            <source>&amp;Sync</source>
            <translation>同步(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="169" />
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="172" />
            <source>Connect to HQ…</source>
            <translation>连接总部…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="176" />
            <source>What came back from HQ…</source>
            <translation>从总部取回的内容…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="212" />
            <source>Printed {title} ({where})</source>
            <translation>{title} 已打印（{where}）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="216" />
            <source>{title} was not printed: {problem}. The record is saved; reprint it with File → Reprint (Ctrl+P).</source>
            <translation>{title} 未打印：{problem}。记录已保存，可通过“文件 → 补打”（Ctrl+P）重新打印。</translation>
        </message>
    </context>
    <context>
        <name>MemberCard</name>
        <message>
            <location filename="../../printing/cards.py" line="32" />
            <source>Member cards</source>
            <translation>会员卡</translation>
        </message>
        <message>
            <location filename="../../printing/cards.py" line="63" />
            <source>Member card</source>
            <translation>会员卡</translation>
        </message>
    </context>
    <context>
        <name>MerchantDialog</name>
        <message>
            <location filename="../../ui/dialogs/merchant_dialog.py" line="17" />
            <source>New merchant</source>
            <translation>新建商家</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merchant_dialog.py" line="20" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merchant_dialog.py" line="20" />
            <source>Merchant name</source>
            <translation>商家名称</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merchant_dialog.py" line="24" />
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merchant_dialog.py" line="27" />
            <source>Phone</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merchant_dialog.py" line="27" />
            <source>Merchant phone</source>
            <translation>商家手机号</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merchant_dialog.py" line="31" />
            <source>Optional: mobile, landline with area code (0731-88886666) or 400 number</source>
            <translation>选填：手机号、带区号的座机（0731-88886666）或 400 号码</translation>
        </message>
    </context>
    <context>
        <name>MerchantReturnButton</name>
        <message>
            <location filename="../../ui/widgets/merchant_return_button.py" line="22" />
            <source>Return to merchant…</source>
            <translation>退还商家…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/merchant_return_button.py" line="24" />
            <source>Return the sample to its merchant</source>
            <translation>将样品退还给商家</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/merchant_return_button.py" line="39" />
            <source>Only a manager may do this.</source>
            <translation>只有经理可以执行此操作。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/merchant_return_button.py" line="46" />
            <source>Return to merchant</source>
            <translation>退还商家</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/merchant_return_button.py" line="47" />
            <source>{code} {product} goes back to {merchant} and leaves the showroom. Note (optional):</source>
            <translation>{code} {product} 将退还给 {merchant} 并离开样品间。备注（可选）：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/merchant_return_button.py" line="64" />
            <source>{codes} returned to {merchants}.</source>
            <translation>{codes} 已退还给 {merchants}。</translation>
        </message>
    </context>
    <context>
        <name>MerchantStatement</name>
        <message>
            <location filename="../../printing/merchant_statement.py" line="21" />
            <source>In stock</source>
            <translation>在库</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="22" />
            <source>On loan</source>
            <translation>借出中</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="23" />
            <source>In transit</source>
            <translation>调拨中</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="24" />
            <source>Returned to merchant</source>
            <translation>已退还商家</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="25" />
            <source>Lost</source>
            <translation>已丢失</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="26" />
            <source>Written off</source>
            <translation>已报废</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="27" />
            <source>Missing at stocktake</source>
            <translation>盘点缺失</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="28" />
            <source>Transferred to another showroom</source>
            <translation>已调往其他样品间</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="34" />
            <source>Sample statement for {merchant}</source>
            <translation>{merchant} 样品对账单</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="35" />
            <source>{showroom} · period {first} to {last} · printed {moment}</source>
            <translation>{showroom} · 对账期 {first} 至 {last} · 打印于 {moment}</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="81" />
            <source>Received in period</source>
            <translation>本期入库</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="82" />
            <source>Lent in period</source>
            <translation>本期借出</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="83" />
            <source>Of those, by post</source>
            <translation>其中寄样</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="84" />
            <source>Lost in period</source>
            <translation>本期丢失</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="85" />
            <source>Returned to you in period</source>
            <translation>本期退还贵方</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="86" />
            <source>In stock now</source>
            <translation>当前在库</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="87" />
            <source>On loan now</source>
            <translation>当前借出</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="88" />
            <source>Lost (all time)</source>
            <translation>累计丢失</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="89" />
            <source>Charged for losses</source>
            <translation>丢失赔偿</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="48" />
            <source>Every sample and where it is now</source>
            <translation>每件样品及其当前去向</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="52" />
            <source>{total} samples received by {last}: {stock} in stock + {loan} on loan + {back} returned to you + {lost} lost + {other} other</source>
            <translation>截至 {last} 共收样 {total} 件：在库 {stock} + 借出 {loan} + 已退还 {back} + 丢失 {lost} + 其他 {other}</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="69" />
            <source>Streamers who borrowed your products most in the period</source>
            <translation>本期借样最多的主播</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="95" />
            <source>Streamer</source>
            <translation>主播</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="96" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="97" />
            <source>Samples borrowed</source>
            <translation>借样件数</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="98" />
            <source>Products</source>
            <translation>商品数</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="101" />
            <source>Nothing was lent in this period.</source>
            <translation>本期没有借出。</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="72" />
            <source>{showroom} ({code}) · {title} · page {page}</source>
            <translation>{showroom}（{code}）· {title} · 第 {page} 页</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="108" />
            <source>Sample</source>
            <translation>样品</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="109" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="110" />
            <source>Received</source>
            <translation>入库</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="111" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="112" />
            <source>Where / since</source>
            <translation>去向 / 起始</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="113" />
            <source>Times lent</source>
            <translation>借出次数</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="114" />
            <source>Charged</source>
            <translation>赔偿</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="120" />
            <source>{name} {phone} since {since}, due {due}</source>
            <translation>{name} {phone}，{since} 借出，{due} 到期</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="127" />
            <source> · by post to {place}</source>
            <translation> · 寄往{place}</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="129" />
            <source>back to you {day}</source>
            <translation>{day} 已退还</translation>
        </message>
        <message>
            <location filename="../../printing/merchant_statement.py" line="133" />
            <source>lost {day}</source>
            <translation>{day} 丢失</translation>
        </message>
    </context>
    <context>
        <name>MissingModel</name>
        <message>
            <location filename="../../ui/widgets/missing_panel.py" line="28" />
            <source>Sample</source>
            <translation>样品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/missing_panel.py" line="28" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/missing_panel.py" line="28" />
            <source>Shelf</source>
            <translation>货架</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/missing_panel.py" line="28" />
            <source>Missing since</source>
            <translation>缺失时间</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/missing_panel.py" line="28" />
            <source>Count</source>
            <translation>盘点单号</translation>
        </message>
    </context>
    <context>
        <name>MissingPanel</name>
        <message>
            <location filename="../../ui/widgets/missing_panel.py" line="51" />
            <source>Samples missing at stocktake</source>
            <translation>盘点缺失的样品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/missing_panel.py" line="56" />
            <location filename="../../ui/widgets/missing_panel.py" line="57" />
            <source>Found: back on its shelf</source>
            <translation>已找到：放回货架</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/missing_panel.py" line="79" />
            <source>{count} sample(s) missing at stocktake: not found on their shelf at the last count. Look for them before declaring them lost.</source>
            <translation>{count} 件样品盘点缺失：上次盘点时不在货架上。判定丢失前请先找一找。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/missing_panel.py" line="98" />
            <source>{code} is in stock again.</source>
            <translation>{code} 已恢复在库。</translation>
        </message>
    </context>
    <context>
        <name>NetworkStanding</name>
        <message>
            <location filename="../../ui/network_text.py" line="18" />
            <source>blacklisted at {showroom}</source>
            <translation>已被{showroom}列入黑名单</translation>
        </message>
        <message>
            <location filename="../../ui/network_text.py" line="21" />
            <source>suspended at {showroom}</source>
            <translation>在{showroom}被暂停借样</translation>
        </message>
        <message>
            <location filename="../../ui/network_text.py" line="24" />
            <source>1 sample overdue at {showroom}</source>
            <translation>在{showroom}有 1 件样品逾期</translation>
        </message>
        <message>
            <location filename="../../ui/network_text.py" line="26" />
            <source>{count} samples overdue at {showroom}</source>
            <translation>在{showroom}有 {count} 件样品逾期</translation>
        </message>
        <message>
            <location filename="../../ui/network_text.py" line="31" />
            <source>holds 1 sample at {showroom}</source>
            <translation>在{showroom}借有 1 件样品</translation>
        </message>
        <message>
            <location filename="../../ui/network_text.py" line="33" />
            <source>holds {count} samples at {showroom}</source>
            <translation>在{showroom}借有 {count} 件样品</translation>
        </message>
        <message>
            <location filename="../../ui/network_text.py" line="37" />
            <source>nothing held in other showrooms</source>
            <translation>在其他样品间无借样</translation>
        </message>
        <message>
            <location filename="../../ui/network_text.py" line="38" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../ui/network_text.py" line="44" />
            <source>network standing not yet pulled from HQ</source>
            <translation>尚未从总部获取全网记录</translation>
        </message>
        <message>
            <location filename="../../ui/network_text.py" line="49" />
            <source>network standing as of 1 day ago</source>
            <translation>全网记录更新于 1 天前</translation>
        </message>
        <message>
            <location filename="../../ui/network_text.py" line="51" />
            <source>network standing as of {count} days ago</source>
            <translation>全网记录更新于 {count} 天前</translation>
        </message>
        <message>
            <location filename="../../ui/network_text.py" line="55" />
            <source>network standing as of 1 hour ago</source>
            <translation>全网记录更新于 1 小时前</translation>
        </message>
        <message>
            <location filename="../../ui/network_text.py" line="57" />
            <source>network standing as of {count} hours ago</source>
            <translation>全网记录更新于 {count} 小时前</translation>
        </message>
        <message>
            <location filename="../../ui/network_text.py" line="61" />
            <source>network standing as of 1 minute ago</source>
            <translation>全网记录更新于 1 分钟前</translation>
        </message>
        <message>
            <location filename="../../ui/network_text.py" line="63" />
            <source>network standing as of {count} minutes ago</source>
            <translation>全网记录更新于 {count} 分钟前</translation>
        </message>
        <message>
            <location filename="../../ui/network_text.py" line="65" />
            <source>network standing as of a moment ago</source>
            <translation>全网记录刚刚更新</translation>
        </message>
    </context>
    <context>
        <name>OverdueCallModel</name>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="74" />
            <source>Tier</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="75" />
            <source>Streamer</source>
            <translation>主播</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="76" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="77" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="78" />
            <source>Samples</source>
            <translation>样品</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="79" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="80" />
            <source>Loan</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="81" />
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="82" />
            <source>Days late</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="83" />
            <source>Deposit held</source>
            <translation>押金余额</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="84" />
            <source>Value</source>
            <translation>价值</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="85" />
            <source>Last reminder</source>
            <translation>最近提醒</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="113" />
            <source>{when} {how}: {outcome} ({who})</source>
            <translation>{when} {how}：{outcome}（{who}）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/overdue_model.py" line="137" />
            <source>%n sample(s)</source>
            <translation>
                <numerusform>%n 件样品</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/models/overdue_model.py" line="138" />
            <source>%n loan(s)</source>
            <translation>
                <numerusform>%n 张借样单</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverdueList</name>
        <message>
            <location filename="../../printing/overdue_list.py" line="30" />
            <source>{showroom} call list</source>
            <translation>{showroom} 催还名单</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="31" />
            <source>As of {moment} (local time), worst first</source>
            <translation>截至 {moment}（本地时间），最严重的在前</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="35" />
            <source>{title} · page {page}</source>
            <translation>{title} · 第 {page} 页</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="117" />
            <source>Tier</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="43" />
            <location filename="../../printing/overdue_list.py" line="118" />
            <source>Streamer</source>
            <translation>主播</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="41" />
            <source>Nothing is late or due soon.</source>
            <translation>没有逾期或即将到期的样品。</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="44" />
            <location filename="../../printing/overdue_list.py" line="119" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="45" />
            <source>Samples late or due soon</source>
            <translation>逾期与即将到期的样品</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="47" />
            <source>Value</source>
            <translation>价值</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="48" />
            <source>Deposit held</source>
            <translation>押金余额</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="71" />
            <source>{tier}: {people} streamer(s), {count} sample(s)</source>
            <translation>{tier}：{people} 位主播，{count} 件样品</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="85" />
            <source>{code} {product} · {loan} · due {due}</source>
            <translation>{code} {product} · {loan} · {due} 到期</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="120" />
            <source>Samples</source>
            <translation>样品</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="121" />
            <source>Sample</source>
            <translation>样品</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="122" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="123" />
            <source>Merchant</source>
            <translation>商家</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="124" />
            <source>Loan</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="125" />
            <source>Out since</source>
            <translation>借出时间</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="126" />
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="46" />
            <location filename="../../printing/overdue_list.py" line="127" />
            <source>Days late</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="128" />
            <source>Sample value (yuan)</source>
            <translation>样品价值（元）</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="129" />
            <source>Deposit held (yuan)</source>
            <translation>押金余额（元）</translation>
        </message>
        <message>
            <location filename="../../printing/overdue_list.py" line="49" />
            <location filename="../../printing/overdue_list.py" line="130" />
            <source>Last reminder</source>
            <translation>最近提醒</translation>
        </message>
    </context>
    <context>
        <name>OverdueScreen</name>
        <message>
            <location filename="../../ui/screens/overdue.py" line="55" />
            <source>Show tier</source>
            <translation>显示级别</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="56" />
            <source>All tiers</source>
            <translation>全部级别</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="61" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="62" />
            <source>Print call list…</source>
            <translation>打印催还名单…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="64" />
            <source>People to call and their samples late or due soon</source>
            <translation>要联系的主播及其逾期与即将到期的样品</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="65" />
            <source>Log reminder…</source>
            <translation>记录提醒…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="66" />
            <source>Extend due date…</source>
            <translation>延长到期日…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="67" />
            <source>Declare lost…</source>
            <translation>报失…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="69" />
            <source>call-list</source>
            <translation>催还名单</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="109" />
            <source>Overdue</source>
            <translation>逾期催还</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="127" />
            <source>Suspended automatically for samples held too long: {names}.</source>
            <translation>因样品逾期过久已自动暂停：{names}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="133" />
            <source>Declared lost automatically, held past their tier's limit: {codes}.</source>
            <translation>超过等级期限未还，已自动判定丢失：{codes}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="149" />
            <source>{late} sample(s) late with {people} streamer(s); {soon} due within 2 days</source>
            <translation>{people} 位主播共 {late} 件逾期；{soon} 件 2 天内到期</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="213" />
            <source>Only a manager may do this.</source>
            <translation>只有经理可以执行此操作。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="216" />
            <source>{name} has more than one: open the row and choose a sample.</source>
            <translation>{name} 名下不止一件：请展开该行，选择一件样品。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="247" />
            <source>Reminder to {name} logged.</source>
            <translation>已记录对 {name} 的提醒。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="259" />
            <source>Loan {loan} is now due {due}.</source>
            <translation>借样单 {loan} 的到期日已改为 {due}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="273" />
            <source>Sample {code} recorded as lost.</source>
            <translation>样品 {code} 已登记为丢失。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/overdue.py" line="286" />
            <source>Call list</source>
            <translation>催还名单</translation>
        </message>
    </context>
    <context>
        <name>OverdueTiers</name>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="25" />
            <source>7+ days late</source>
            <translation>逾期 7 天以上</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="26" />
            <source>Missing after partial return</source>
            <translation>部分归还后缺件</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="27" />
            <source>Parcel not sent back</source>
            <translation>包裹未寄回</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="28" />
            <source>Parcel back in transit too long</source>
            <translation>寄回途中过久</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="29" />
            <source>Parcel not delivered</source>
            <translation>包裹未签收</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="30" />
            <source>1–6 days late</source>
            <translation>逾期 1–6 天</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="31" />
            <source>Due within 2 days</source>
            <translation>2 天内到期</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="37" />
            <source>Phone call</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="38" />
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="39" />
            <source>SMS</source>
            <translation>短信</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="45" />
            <source>Promised to return</source>
            <translation>答应归还</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="46" />
            <source>No answer</source>
            <translation>未接通</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="47" />
            <source>Left a message</source>
            <translation>已留言</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="48" />
            <source>Refused</source>
            <translation>拒绝归还</translation>
        </message>
        <message>
            <location filename="../../ui/models/overdue_model.py" line="49" />
            <source>Wrong number</source>
            <translation>号码错误</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../ui/dialogs/override_dialog.py" line="27" />
            <location filename="../../ui/dialogs/override_dialog.py" line="28" />
            <source>Manager override</source>
            <translation>经理授权</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/override_dialog.py" line="31" />
            <source>This check-out is blocked: {blocks}.
A manager may allow it with their PIN and a reason.</source>
            <translation>此次借出受限。{blocks}。
经理可输入密码并填写原因后放行。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/override_dialog.py" line="41" />
            <location filename="../../ui/dialogs/override_dialog.py" line="54" />
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/override_dialog.py" line="45" />
            <source>Manager PIN</source>
            <translation>经理密码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/override_dialog.py" line="49" />
            <source>Reason for the override</source>
            <translation>授权原因</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/override_dialog.py" line="50" />
            <source>Why is this allowed today?</source>
            <translation>为什么今天可以放行？</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/override_dialog.py" line="55" />
            <source>PIN</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/override_dialog.py" line="56" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/override_dialog.py" line="63" />
            <source>Allow</source>
            <translation>授权放行</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/override_dialog.py" line="65" />
            <source>Allow the check-out</source>
            <translation>允许借出</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/override_dialog.py" line="68" />
            <source>Cancel the override</source>
            <translation>取消授权</translation>
        </message>
    </context>
    <context>
        <name>PackingSlip</name>
        <message>
            <location filename="../../printing/packing_slip.py" line="52" />
            <source>Sample packing slip</source>
            <translation>寄样单</translation>
        </message>
        <message>
            <location filename="../../printing/packing_slip.py" line="66" />
            <source>{number} · page {page}</source>
            <translation>{number} · 第 {page} 页</translation>
        </message>
        <message>
            <location filename="../../printing/packing_slip.py" line="88" />
            <source>Streamer</source>
            <translation>主播</translation>
        </message>
        <message>
            <location filename="../../printing/packing_slip.py" line="89" />
            <source>Ship to</source>
            <translation>收件</translation>
        </message>
        <message>
            <location filename="../../printing/packing_slip.py" line="90" />
            <source>Courier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../printing/packing_slip.py" line="91" />
            <source>Shipped</source>
            <translation>已寄出</translation>
        </message>
        <message>
            <location filename="../../printing/packing_slip.py" line="92" />
            <source>Deposit</source>
            <translation>押金</translation>
        </message>
        <message>
            <location filename="../../printing/packing_slip.py" line="94" />
            <source>Due back</source>
            <translation>归还期限</translation>
        </message>
        <message>
            <location filename="../../printing/packing_slip.py" line="95" />
            <source>{due} (if delivered as expected; {days} days from delivery, {transit} to post back)</source>
            <translation>{due}（按预计签收计算：签收后 {days} 天，另加寄回 {transit} 天）</translation>
        </message>
        <message>
            <location filename="../../printing/packing_slip.py" line="103" />
            <source>Post every sample back in this parcel's packing, with this slip, before the due date; send us the return waybill number. A sample not back is charged at its value against the deposit.</source>
            <translation>请在到期前用原包装将全部样品连同本单寄回，并把寄回运单号发给我们。未归还的样品按货值从押金中扣除。</translation>
        </message>
        <message>
            <location filename="../../printing/packing_slip.py" line="109" />
            <source>Return to</source>
            <translation>寄回地址</translation>
        </message>
        <message>
            <location filename="../../printing/packing_slip.py" line="110" />
            <source>How to return</source>
            <translation>寄回说明</translation>
        </message>
        <message>
            <location filename="../../printing/packing_slip.py" line="134" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../printing/packing_slip.py" line="135" />
            <source>Sample code</source>
            <translation>样品编码</translation>
        </message>
        <message>
            <location filename="../../printing/packing_slip.py" line="136" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../printing/packing_slip.py" line="137" />
            <source>Value</source>
            <translation>货值</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <location filename="../../present/errors.py" line="247" />
            <source>no printer is set up on this computer</source>
            <translation>这台电脑没有设置打印机</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="248" />
            <source>printer “{name}” is not available</source>
            <translation>打印机“{name}”不可用</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="249" />
            <source>printer “{name}” refused the job</source>
            <translation>打印机“{name}”拒绝了打印任务</translation>
        </message>
        <message>
            <location filename="../../present/errors.py" line="250" />
            <source>could not save into {folder}</source>
            <translation>无法保存到 {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/paper.py" line="124" />
            <source>Save as PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/paper.py" line="126" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/paper.py" line="148" />
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
    </context>
    <context>
        <name>Papers</name>
        <message>
            <location filename="../../present/papers.py" line="52" />
            <source>Check-out receipt {key}</source>
            <translation>借样单 {key}</translation>
        </message>
        <message>
            <location filename="../../present/papers.py" line="53" />
            <source>Return receipt {key}</source>
            <translation>归还单 {key}</translation>
        </message>
        <message>
            <location filename="../../present/papers.py" line="54" />
            <source>Label {key}</source>
            <translation>样品标签 {key}</translation>
        </message>
        <message>
            <location filename="../../present/papers.py" line="55" />
            <source>Labels {key}</source>
            <translation>样品标签 {key}</translation>
        </message>
        <message>
            <location filename="../../present/papers.py" line="56" />
            <source>Intake slip {key}</source>
            <translation>入库单 {key}</translation>
        </message>
        <message>
            <location filename="../../present/papers.py" line="57" />
            <source>Member card {key}</source>
            <translation>会员卡 {key}</translation>
        </message>
        <message>
            <location filename="../../present/papers.py" line="58" />
            <source>Packing slip {key}</source>
            <translation>寄样单 {key}</translation>
        </message>
        <message>
            <location filename="../../present/papers.py" line="71" />
            <source>Samples stay the property of their merchants. Return them by the due date in the condition received; a lost or damaged sample is charged at its sample value.</source>
            <translation>样品归商家所有，仅供直播展示使用。请于归还日期前按原样归还；遗失或损坏按样品货值赔偿。</translation>
        </message>
        <message>
            <location filename="../../present/papers.py" line="112" />
            <source>Approved by {manager}: {reason}</source>
            <translation>{manager} 批准：{reason}</translation>
        </message>
    </context>
    <context>
        <name>ParcelForm</name>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="36" />
            <source>Scan the member card or type the phone, then Enter</source>
            <translation>扫描会员卡或输入手机号，按回车</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="38" />
            <source>Streamer card or phone</source>
            <translation>主播会员卡或手机号</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="40" />
            <source>No streamer yet.</source>
            <translation>尚未选择主播。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="46" />
            <source>Confirmed with the streamer</source>
            <translation>已与主播核实</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="48" />
            <source>Address confirmed</source>
            <translation>地址已核实</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="49" />
            <location filename="../../ui/widgets/parcel_form.py" line="51" />
            <source>Save address</source>
            <translation>保存地址</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="53" />
            <source>Scan each sample into the parcel</source>
            <translation>逐件扫描装入包裹的样品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="55" />
            <source>Sample scan field</source>
            <translation>样品扫描框</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="59" />
            <source>Samples in the parcel</source>
            <translation>包裹内样品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="62" />
            <location filename="../../ui/widgets/parcel_form.py" line="104" />
            <source>Courier</source>
            <translation>快递公司</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="65" />
            <source>Scan the courier's waybill</source>
            <translation>扫描快递面单</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="67" />
            <source>Waybill scan field</source>
            <translation>运单扫描框</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="74" />
            <location filename="../../ui/widgets/parcel_form.py" line="107" />
            <source>Deposit paid by</source>
            <translation>押金支付方式</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="79" />
            <location filename="../../ui/widgets/parcel_form.py" line="108" />
            <source>Transfer reference</source>
            <translation>转账单号</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="80" />
            <source>WeChat or Alipay transaction number</source>
            <translation>微信或支付宝交易单号</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="83" />
            <source>Packing slip size</source>
            <translation>寄样单尺寸</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="84" />
            <source>100 × 150 mm label</source>
            <translation>100 × 150 毫米面单</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="84" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="89" />
            <source>Streamer and delivery address</source>
            <translation>主播与收货地址</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="91" />
            <source>Streamer</source>
            <translation>主播</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="100" />
            <source>Parcel</source>
            <translation>包裹</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="102" />
            <source>Samples</source>
            <translation>样品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="105" />
            <source>Waybill</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="109" />
            <source>Packing slip</source>
            <translation>寄样单</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="117" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="118" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="119" />
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="120" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_form.py" line="121" />
            <source>Address</source>
            <translation>详细地址</translation>
        </message>
    </context>
    <context>
        <name>ParcelReceive</name>
        <message>
            <location filename="../../ui/widgets/parcel_receive.py" line="17" />
            <source>Parcel back: the condition of each sample</source>
            <translation>包裹寄回：每件样品的状况</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_receive.py" line="23" />
            <source>Samples of the parcel</source>
            <translation>包裹内样品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_receive.py" line="24" />
            <source>Sample</source>
            <translation>样品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_receive.py" line="24" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_receive.py" line="24" />
            <source>Condition</source>
            <translation>状况</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_receive.py" line="26" />
            <location filename="../../ui/widgets/parcel_receive.py" line="28" />
            <source>Take back</source>
            <translation>收回</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_receive.py" line="40" />
            <source>{number} from {name}: set the condition of each sample; one not in the parcel: 'Not in parcel'.</source>
            <translation>{name} 寄回的 {number}：请设置每件样品的状况；不在包裹中的选「不在包裹中」。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/parcel_receive.py" line="50" />
            <source>Not in parcel</source>
            <translation>不在包裹中</translation>
        </message>
    </context>
    <context>
        <name>PayOwedDialog</name>
        <message>
            <location filename="../../ui/dialogs/pay_owed_dialog.py" line="26" />
            <source>Pay what is owed</source>
            <translation>支付欠款</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pay_owed_dialog.py" line="28" />
            <source>Streamer</source>
            <translation>主播</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pay_owed_dialog.py" line="31" />
            <source>Owed to them</source>
            <translation>欠主播</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pay_owed_dialog.py" line="34" />
            <source>Deposit left over when their loan was closed while they were away. Pay it only to the streamer standing at the counter.</source>
            <translation>借样单在主播不在场时结清后剩余的押金。只付给本人到柜台的主播。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pay_owed_dialog.py" line="41" />
            <source>Paid by</source>
            <translation>支付方式</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pay_owed_dialog.py" line="41" />
            <source>How the money is paid</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pay_owed_dialog.py" line="45" />
            <source>Pay {amount}</source>
            <translation>支付 {amount}</translation>
        </message>
    </context>
    <context>
        <name>PhotoButton</name>
        <message>
            <location filename="../../ui/widgets/photo_button.py" line="36" />
            <source>Photo…</source>
            <translation>照片…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/photo_button.py" line="37" />
            <source>Photo</source>
            <translation>照片</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/photo_button.py" line="62" />
            <source>Photo kept for {count} sample(s).</source>
            <translation>已为 {count} 件样品保存照片。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/photo_button.py" line="66" />
            <source>The photo was not kept: {why}</source>
            <translation>照片未保存：{why}</translation>
        </message>
    </context>
    <context>
        <name>PhotoChooser</name>
        <message>
            <location filename="../../ui/widgets/photo_chooser.py" line="59" />
            <source>Photos (*.jpg *.jpeg *.png)</source>
            <translation>照片 (*.jpg *.jpeg *.png)</translation>
        </message>
    </context>
    <context>
        <name>PhotoSourceDialog</name>
        <message>
            <location filename="../../ui/widgets/photo_chooser.py" line="73" />
            <source>Take the photo with a USB camera, or choose a file a phone or camera saved.</source>
            <translation>用 USB 摄像头（或高拍仪）拍照，或选择手机、相机保存的照片文件。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/photo_chooser.py" line="79" />
            <source>Camera… (C)</source>
            <translation>摄像头… (C)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/photo_chooser.py" line="79" />
            <source>Take the photo with the camera</source>
            <translation>用摄像头拍照</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/photo_chooser.py" line="82" />
            <source>File… (F)</source>
            <translation>选文件… (F)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/photo_chooser.py" line="82" />
            <source>Choose a photo file</source>
            <translation>选择照片文件</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/photo_chooser.py" line="84" />
            <source>Cancel (Esc)</source>
            <translation>取消 (Esc)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/photo_chooser.py" line="84" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/photo_chooser.py" line="111" />
            <source>This copy of Showroom has no camera support: choose a file.</source>
            <translation>此版本的样品间程序不支持摄像头：请选择文件。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/photo_chooser.py" line="114" />
            <source>No camera is connected. Plug in a USB camera (it shows up here by itself), or choose a file.</source>
            <translation>没有连接摄像头。请插上 USB 摄像头或高拍仪（插上后会自动出现在这里），或选择文件。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/photo_chooser.py" line="117" />
            <source>Camera: {name}</source>
            <translation>摄像头：{name}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/photo_chooser.py" line="119" />
            <source>{count} cameras connected; choose one in the camera window.</source>
            <translation>已连接 {count} 个摄像头，可在拍照窗口中选择。</translation>
        </message>
    </context>
    <context>
        <name>PhotoStrip</name>
        <message>
            <location filename="../../ui/widgets/photo_strip.py" line="24" />
            <source>Photos of the sample</source>
            <translation>样品照片</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/photo_strip.py" line="42" />
            <source>file not on this PC</source>
            <translation>照片文件不在本机</translation>
        </message>
    </context>
    <context>
        <name>Photos</name>
        <message>
            <location filename="../../present/photo_text.py" line="12" />
            <source>At intake</source>
            <translation>入库时</translation>
        </message>
        <message>
            <location filename="../../present/photo_text.py" line="13" />
            <source>At check-out</source>
            <translation>借出时</translation>
        </message>
        <message>
            <location filename="../../present/photo_text.py" line="14" />
            <source>At return</source>
            <translation>归还时</translation>
        </message>
        <message>
            <location filename="../../present/photo_text.py" line="21" />
            <source>The photo</source>
            <translation>这张照片</translation>
        </message>
        <message>
            <location filename="../../present/photo_text.py" line="23" />
            <source>{name} cannot be read; choose the photo again. Nothing was saved.</source>
            <translation>无法读取 {name}，请重新选择照片。未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../present/photo_text.py" line="24" />
            <source>{name} is empty; choose another photo. Nothing was saved.</source>
            <translation>{name} 是空文件，请换一张照片。未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../present/photo_text.py" line="25" />
            <source>The photo is {size} MB; at most {limit} MB is kept. Choose a smaller one. Nothing was saved.</source>
            <translation>照片有 {size} MB，最多只能保存 {limit} MB。请选择小一些的照片。未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../present/photo_text.py" line="28" />
            <source>{name} is not a JPEG or PNG photo (whatever its name says). Nothing was saved.</source>
            <translation>{name} 不是 JPEG 或 PNG 照片（不论文件名如何）。未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../present/photo_text.py" line="31" />
            <source>Sample {code} was not lent on loan {number}. Nothing was saved.</source>
            <translation>样品 {code} 不在借样单 {number} 上。未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../present/photo_text.py" line="32" />
            <source>Sample {code} is marked damaged and this streamer's tier needs a photo of the damage: add one (Photo…) before confirming. Nothing was saved.</source>
            <translation>样品 {code} 标记为损坏，该主播等级要求拍下损坏照片：请先添加照片（拍照…）再确认。未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../present/photo_text.py" line="37" />
            <source>Sample {code} of another showroom is marked damaged: its showroom has no other evidence, so a photo of the damage is needed: add one (Photo…) before confirming. Nothing was saved.</source>
            <translation>其他样品间的样品 {code} 标为损坏：原样品间没有其他凭证，需要拍下损坏处：请在确认前添加照片（照片…）。未保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../present/photo_text.py" line="43" />
            <source>The photo was not kept.</source>
            <translation>照片未保存。</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <location filename="../../ui/preferences.py" line="26" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="27" />
            <source>Last staff member</source>
            <translation>上次登录的员工</translation>
        </message>
        <message>
            <location filename="../../ui/preferences.py" line="28" />
            <source>Window size</source>
            <translation>窗口大小</translation>
        </message>
    </context>
    <context>
        <name>PrintCheck</name>
        <message>
            <location filename="../../ui/widgets/print_check.py" line="24" />
            <source>Will not print on cards, labels and receipts: {chars}. Paper shows {mark} in their place.</source>
            <translation>以下字符无法打印在会员卡、标签和单据上：{chars}。纸上以 {mark} 代替。</translation>
        </message>
    </context>
    <context>
        <name>PrintSettings</name>
        <message>
            <location filename="../../ui/settings/printing_page.py" line="30" />
            <source>System default printer</source>
            <translation>系统默认打印机</translation>
        </message>
        <message>
            <location filename="../../ui/settings/printing_page.py" line="34" />
            <location filename="../../ui/settings/printing_page.py" line="82" />
            <source>Save PDFs into {folder}</source>
            <translation>PDF 保存到 {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/settings/printing_page.py" line="36" />
            <source>{name} (not available)</source>
            <translation>{name}（不可用）</translation>
        </message>
        <message>
            <location filename="../../ui/settings/printing_page.py" line="39" />
            <source>Save PDFs into a folder…</source>
            <translation>PDF 保存到文件夹…</translation>
        </message>
        <message>
            <location filename="../../ui/settings/printing_page.py" line="45" />
            <source>50 × 30 mm thermal label</source>
            <translation>50 × 30 毫米热敏标签</translation>
        </message>
        <message>
            <location filename="../../ui/settings/printing_page.py" line="46" />
            <source>40 × 30 mm thermal label</source>
            <translation>40 × 30 毫米热敏标签</translation>
        </message>
        <message>
            <location filename="../../ui/settings/printing_page.py" line="47" />
            <source>60 × 40 mm thermal label</source>
            <translation>60 × 40 毫米热敏标签</translation>
        </message>
        <message>
            <location filename="../../ui/settings/printing_page.py" line="48" />
            <source>A4 sheet, 3 × 8 labels (70 × 37 mm)</source>
            <translation>A4 标签纸，3 × 8 张（70 × 37 毫米）</translation>
        </message>
        <message>
            <location filename="../../ui/settings/printing_page.py" line="49" />
            <source>A4 sheet, 3 × 7 labels (70 × 42.3 mm)</source>
            <translation>A4 标签纸，3 × 7 张（70 × 42.3 毫米）</translation>
        </message>
        <message>
            <location filename="../../ui/settings/printing_page.py" line="54" />
            <source>{mm} mm</source>
            <translation>{mm} 毫米</translation>
        </message>
        <message>
            <location filename="../../ui/settings/printing_page.py" line="75" />
            <source>Folder for the PDFs</source>
            <translation>保存 PDF 的文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/settings/printing_page.py" line="110" />
            <source>Printer for {kind}</source>
            <translation>{kind}打印机</translation>
        </message>
        <message>
            <location filename="../../ui/settings/printing_page.py" line="114" />
            <source>Copies of {kind}</source>
            <translation>{kind}份数</translation>
        </message>
        <message>
            <location filename="../../ui/settings/printing_page.py" line="118" />
            <source> copies</source>
            <translation> 份</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="21" />
            <source>New product</source>
            <translation>新建商品</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="26" />
            <location filename="../../ui/dialogs/product_dialog.py" line="38" />
            <source>Merchant</source>
            <translation>商家</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="29" />
            <source>New…</source>
            <translation>新建…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="31" />
            <source>New merchant</source>
            <translation>新建商家</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="45" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="45" />
            <source>Product name</source>
            <translation>商品名称</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="47" />
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="48" />
            <source>Category</source>
            <translation>类目</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="50" />
            <source>Spec</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="50" />
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="50" />
            <source>e.g. 30 bags × 25 g</source>
            <translation>例如 30 袋 × 25 g</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="52" />
            <source>Yuan, e.g. 129.90</source>
            <translation>单位：元，例如 129.90</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="54" />
            <source>Retail price</source>
            <translation>零售价</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="56" />
            <source>Live price</source>
            <translation>直播价</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="62" />
            <source>Commission</source>
            <translation>佣金</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="62" />
            <source>Commission percent</source>
            <translation>佣金比例</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="65" />
            <source>Sample value</source>
            <translation>样品货值</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="67" />
            <source>Sample unit value</source>
            <translation>单件样品货值</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="69" />
            <source>Yuan per sample, charged if lost</source>
            <translation>每件样品的金额（元），丢失时按此赔偿</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="72" />
            <source>Barcode (EAN)</source>
            <translation>条码（EAN）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="74" />
            <source>Product barcode</source>
            <translation>商品条码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="76" />
            <source>Optional; scan the product's barcode</source>
            <translation>选填；可直接扫描商品条码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/product_dialog.py" line="131" />
            <source>Choose the merchant first, or create one.</source>
            <translation>请先选择商家，或新建一个。</translation>
        </message>
    </context>
    <context>
        <name>ProductTableModel</name>
        <message>
            <location filename="../../ui/models/product_table_model.py" line="17" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/models/product_table_model.py" line="18" />
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <location filename="../../ui/models/product_table_model.py" line="19" />
            <source>Merchant</source>
            <translation>商家</translation>
        </message>
        <message>
            <location filename="../../ui/models/product_table_model.py" line="20" />
            <source>Spec</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../../ui/models/product_table_model.py" line="21" />
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <location filename="../../ui/models/product_table_model.py" line="22" />
            <source>In stock</source>
            <translation>在库</translation>
        </message>
        <message>
            <location filename="../../ui/models/product_table_model.py" line="23" />
            <source>Samples</source>
            <translation>样品数</translation>
        </message>
        <message>
            <location filename="../../ui/models/product_table_model.py" line="24" />
            <source>Sample value</source>
            <translation>货值</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../../cli/selftest.py" line="299" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <location filename="../../ui/dialogs/questions.py" line="24" />
            <source>Log out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/questions.py" line="25" />
            <source>Not recorded yet:
{lists}

Logging out drops them.</source>
            <translation>以下内容尚未记录：
{lists}

退出登录将丢弃它们。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/questions.py" line="31" />
            <source>Keep working</source>
            <translation>继续工作</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/questions.py" line="33" />
            <source>Log out anyway</source>
            <translation>仍然退出</translation>
        </message>
    </context>
    <context>
        <name>Receipt</name>
        <message>
            <location filename="../../printing/receipt_layout.py" line="212" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../printing/receipt_layout.py" line="213" />
            <source>Clerk</source>
            <translation>经办</translation>
        </message>
        <message>
            <location filename="../../printing/receipt_layout.py" line="216" />
            <source>Streamer</source>
            <translation>主播</translation>
        </message>
        <message>
            <location filename="../../printing/receipt_layout.py" line="217" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../printing/receipt_layout.py" line="218" />
            <source>Member code</source>
            <translation>会员编号</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_checkout.py" line="20" />
            <location filename="../../printing/receipts_checkout.py" line="25" />
            <source>Checkout receipt</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_checkout.py" line="27" />
            <source>[ {copy} ]</source>
            <translation>【{copy}】</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_checkout.py" line="37" />
            <source>Due date</source>
            <translation>归还日期</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_checkout.py" line="56" />
            <source>{count} samples, total value</source>
            <translation>共 {count} 件，货值合计</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_checkout.py" line="61" />
            <location filename="../../printing/receipts_return.py" line="86" />
            <source>{amount} ({method})</source>
            <translation>{amount}（{method}）</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_checkout.py" line="64" />
            <location filename="../../printing/receipts_return.py" line="44" />
            <source>Deposit</source>
            <translation>押金</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_checkout.py" line="68" />
            <source>Override: {note}</source>
            <translation>特批：{note}</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_checkout.py" line="72" />
            <source>Streamer signature</source>
            <translation>主播签名</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_checkout.py" line="83" />
            <source>Store copy</source>
            <translation>门店联</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_checkout.py" line="83" />
            <source>Streamer copy</source>
            <translation>主播联</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_return.py" line="20" />
            <location filename="../../printing/receipts_return.py" line="48" />
            <source>Return receipt</source>
            <translation>归还单</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_return.py" line="24" />
            <source>Returned ({count})</source>
            <translation>本次归还（{count} 件）</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_return.py" line="29" />
            <source>Still out ({count})</source>
            <translation>尚未归还（{count} 件）</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_return.py" line="31" />
            <source>Nothing else is out on loan.</source>
            <translation>名下已无未归还的样品。</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_return.py" line="39" />
            <source>Loans closed</source>
            <translation>已结清借样单</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_return.py" line="46" />
            <source>Loan {loan}: the deposit is refunded by {showroom}.</source>
            <translation>借样单 {loan}：押金由{showroom}退还。</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_return.py" line="61" />
            <source>{days} days late</source>
            <translation>逾期 {days} 天</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_return.py" line="62" />
            <location filename="../../printing/receipts_return.py" line="80" />
            <source>Loan {loan}</source>
            <translation>借样单 {loan}</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_return.py" line="67" />
            <source>Photo of its condition at return</source>
            <translation>归还时状况照片</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_return.py" line="75" />
            <source>OVERDUE, due {date}</source>
            <translation>已逾期（应还 {date}）</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_return.py" line="77" />
            <source>Due {date}</source>
            <translation>应还 {date}</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_return.py" line="84" />
            <source>Deposit refunded</source>
            <translation>退还押金</translation>
        </message>
        <message>
            <location filename="../../printing/receipts_return.py" line="91" />
            <source>Total refunded</source>
            <translation>退还合计</translation>
        </message>
        <message>
            <location filename="../../present/papers.py" line="179" />
            <source>— (received for showroom {showroom})</source>
            <translation>—（代样品间 {showroom} 收回）</translation>
        </message>
    </context>
    <context>
        <name>RecentCountsModel</name>
        <message>
            <location filename="../../ui/widgets/stocktake_start.py" line="29" />
            <source>Count</source>
            <translation>盘点单号</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stocktake_start.py" line="29" />
            <source>Started</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stocktake_start.py" line="29" />
            <source>Shelves</source>
            <translation>货架</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stocktake_start.py" line="29" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stocktake_start.py" line="29" />
            <source>Figures</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stocktake_start.py" line="52" />
            <source>expected {expected} · found {found} · missing {missing} · unexpected {unexpected}</source>
            <translation>应有 {expected} · 已找到 {found} · 缺失 {missing} · 意外 {unexpected}</translation>
        </message>
    </context>
    <context>
        <name>RecoverPage</name>
        <message>
            <location filename="../../ui/dialogs/recover_page.py" line="27" />
            <source>Replaying this showroom's history from HQ: {done} of {total} events</source>
            <translation>正在从总部重放本样品间的记录：{done} / {total} 条</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/recover_page.py" line="31" />
            <source>Sending to HQ: {done} of {total}</source>
            <translation>正在发往总部：{done} / {total}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/recover_page.py" line="32" />
            <source>Receiving the network's catalog and streamers: {done} of {total}</source>
            <translation>正在接收全网商品目录和主播：{done} / {total}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/recover_page.py" line="65" />
            <source>Recover this showroom from HQ</source>
            <translation>从总部恢复本样品间</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/recover_page.py" line="67" />
            <source>This PC takes the place of a counter that is gone: HQ's copy of the showroom's loans, returns, streamers, samples, staff and settings is replayed here, and the old PC is disconnected. Ask HQ operations for a one-time code. HQ never holds PINs: give the first administrator a new one here.</source>
            <translation>本电脑接替已无法使用的柜台电脑：总部保存的本样品间借出、归还、主播、样品、员工和设置记录将在这里重放，旧电脑随之断开连接。请向总部运营索取一次性代码。总部从不保存密码：请在这里为第一位管理员设置新密码。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/recover_page.py" line="76" />
            <source>Recovery progress</source>
            <translation>恢复进度</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/recover_page.py" line="99" />
            <source>Recovering from HQ…</source>
            <translation>正在从总部恢复…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/recover_page.py" line="100" />
            <source>Asking HQ…</source>
            <translation>正在询问总部…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/recover_page.py" line="114" />
            <source>Showroom {code} ({name}) is recovered from HQ; the old PC is disconnected.</source>
            <translation>样品间 {code}（{name}）已从总部恢复；旧电脑已断开连接。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/recover_page.py" line="120" />
            <source>{admin} logs in with the PIN given here.</source>
            <translation>{admin} 用这里输入的密码登录。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/recover_page.py" line="124" />
            <source>These accounts need a new PIN from an administrator (File → Staff…), as HQ never holds PINs: {names}.</source>
            <translation>以下账号需要管理员设置新密码（文件 → 员工…），因为总部从不保存密码：{names}。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/recover_page.py" line="131" />
            <source>This PC's own settings (printers, paper, backups) start from the defaults.</source>
            <translation>本机自己的设置（打印机、纸张、备份）恢复为默认值。</translation>
        </message>
    </context>
    <context>
        <name>Reliability</name>
        <message>
            <location filename="../../present/reliability_text.py" line="18" />
            <source>No sample back yet</source>
            <translation>尚无归还记录</translation>
        </message>
        <message>
            <location filename="../../present/reliability_text.py" line="20" />
            <source>{rate}% on time of {count} · {late} late · {lost} lost</source>
            <translation>按时归还 {rate}%（共 {count} 件）· 逾期 {late} · 丢失 {lost}</translation>
        </message>
        <message>
            <location filename="../../present/reliability_text.py" line="23" />
            <source> · holds {holding}</source>
            <translation> · 在借 {holding} 件</translation>
        </message>
        <message>
            <location filename="../../present/reliability_text.py" line="25" />
            <source> · limits lowered from {tier} for a poor on-time record</source>
            <translation> · 因按时率低，额度已从{tier}降一级</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <location filename="../../ui/dialogs/reminder_dialog.py" line="20" />
            <source>Log a reminder</source>
            <translation>记录提醒</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reminder_dialog.py" line="22" />
            <source>Streamer</source>
            <translation>主播</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reminder_dialog.py" line="23" />
            <source>Loan</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reminder_dialog.py" line="25" />
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reminder_dialog.py" line="25" />
            <source>How the streamer was reached</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reminder_dialog.py" line="30" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reminder_dialog.py" line="30" />
            <source>What came of it</source>
            <translation>提醒结果</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reminder_dialog.py" line="34" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reminder_dialog.py" line="35" />
            <source>e.g. will bring it back on Saturday</source>
            <translation>例如：周六送回</translation>
        </message>
    </context>
    <context>
        <name>ReportsScreen</name>
        <message>
            <location filename="../../ui/screens/reports.py" line="79" />
            <source>First day of the report</source>
            <translation>报表开始日期</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="80" />
            <source>Last day of the report</source>
            <translation>报表结束日期</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="83" />
            <location filename="../../ui/screens/reports.py" line="124" />
            <source>Paper language</source>
            <translation>纸面语言</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="84" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="85" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="87" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="87" />
            <source>Yesterday</source>
            <translation>昨天</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="89" />
            <source>Last 7 days</source>
            <translation>近 7 天</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="90" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="91" />
            <source>Make daily report</source>
            <translation>生成日报</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="92" />
            <source>Daily report</source>
            <translation>日报</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="94" />
            <location filename="../../ui/screens/reports.py" line="112" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="95" />
            <location filename="../../ui/screens/reports.py" line="113" />
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="101" />
            <location filename="../../ui/screens/reports.py" line="111" />
            <source>Merchant</source>
            <translation>商家</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="103" />
            <source>First day of the statement</source>
            <translation>对账开始日期</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="105" />
            <source>Last day of the statement</source>
            <translation>对账结束日期</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="107" />
            <source>Make merchant statement</source>
            <translation>生成商家对账单</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="109" />
            <source>Merchant statement</source>
            <translation>商家对账单</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="132" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="133" />
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="134" />
            <source>Choose a day or a merchant and make the report: its pages show here.</source>
            <translation>选择日期或商家并生成报表，页面会显示在这里。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="163" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="213" />
            <source>There is no merchant yet.</source>
            <translation>还没有商家。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/reports.py" line="235" />
            <source>%n page(s). Print it or save it as a PDF.</source>
            <translation>
                <numerusform>共 %n 页。可打印或另存为 PDF。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="257" />
            <source>Saved to {path}.</source>
            <translation>已保存到 {path}。</translation>
        </message>
    </context>
    <context>
        <name>ReprintDialog</name>
        <message>
            <location filename="../../ui/dialogs/reprint_dialog.py" line="20" />
            <source>Reprint</source>
            <translation>补打</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reprint_dialog.py" line="21" />
            <source>Code to reprint</source>
            <translation>要补打的编码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reprint_dialog.py" line="22" />
            <source>Scan or type a sample code, member code or loan number</source>
            <translation>扫描或输入样品编号、会员编号或借样单号</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reprint_dialog.py" line="23" />
            <source>Check-out receipt</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reprint_dialog.py" line="24" />
            <source>Return receipt</source>
            <translation>归还单</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reprint_dialog.py" line="30" />
            <source>Sample label, member card or receipt:</source>
            <translation>样品标签、会员卡或单据：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reprint_dialog.py" line="32" />
            <source>For a loan number:</source>
            <translation>借样单号补打：</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/reprint_dialog.py" line="47" />
            <source>{code} is not a sample code, member code or loan number.</source>
            <translation>{code} 不是样品编号、会员编号或借样单号。</translation>
        </message>
    </context>
    <context>
        <name>ResetPinDialog</name>
        <message>
            <location filename="../../ui/dialogs/staff_forms.py" line="77" />
            <source>Reset PIN</source>
            <translation>重置 PIN</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_forms.py" line="79" />
            <source>Staff</source>
            <translation>员工</translation>
        </message>
    </context>
    <context>
        <name>ReturnListView</name>
        <message>
            <location filename="../../ui/widgets/return_list.py" line="45" />
            <source>Samples being returned</source>
            <translation>待归还样品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/return_list.py" line="62" />
            <source>Line numbers</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/return_list.py" line="66" />
            <source>Columns of the returned samples</source>
            <translation>归还样品列</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/return_list.py" line="73" />
            <source>Condition of the selected sample</source>
            <translation>所选样品的品相</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/return_list.py" line="78" />
            <source>Keys on the selected line: 1 good · 2 damaged · 3 parts missing · P photo</source>
            <translation>选中行按键：1 完好 · 2 损坏 · 3 缺件 · P 拍照</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/return_list.py" line="85" />
            <source>Remove line</source>
            <translation>移除所选</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/return_list.py" line="86" />
            <source>Remove the selected sample from the list</source>
            <translation>从列表中移除所选样品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/return_list.py" line="92" />
            <source>Photo…</source>
            <translation>拍照…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/return_list.py" line="93" />
            <source>Add a photo of the selected sample's condition (key P)</source>
            <translation>为选中样品添加状况照片（P 键）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/return_list.py" line="99" />
            <source>Start over</source>
            <translation>重新开始</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/return_list.py" line="100" />
            <source>Clear the list of returned samples</source>
            <translation>清空归还列表</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/return_list.py" line="104" />
            <source>Condition of selected sample:</source>
            <translation>所选样品品相：</translation>
        </message>
    </context>
    <context>
        <name>ReturnModel</name>
        <message>
            <location filename="../../ui/models/return_model.py" line="91" />
            <source>Sample</source>
            <translation>样品编号</translation>
        </message>
        <message>
            <location filename="../../ui/models/return_model.py" line="92" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/models/return_model.py" line="93" />
            <source>Loan</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../ui/models/return_model.py" line="94" />
            <source>Streamer</source>
            <translation>主播</translation>
        </message>
        <message>
            <location filename="../../ui/models/return_model.py" line="95" />
            <source>Due</source>
            <translation>应还日期</translation>
        </message>
        <message>
            <location filename="../../ui/models/return_model.py" line="96" />
            <source>Days late</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../../ui/models/return_model.py" line="97" />
            <source>Condition</source>
            <translation>品相</translation>
        </message>
        <message>
            <location filename="../../ui/models/return_model.py" line="98" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/models/return_model.py" line="116" />
            <source>for another showroom</source>
            <translation>代其他样品间收回</translation>
        </message>
        <message>
            <location filename="../../ui/models/return_model.py" line="117" />
            <source>loan of {showroom}</source>
            <translation>{showroom}的借样</translation>
        </message>
        <message>
            <location filename="../../ui/models/return_model.py" line="133" />
            <source>{days} day(s) overdue</source>
            <translation>已逾期 {days} 天</translation>
        </message>
        <message>
            <location filename="../../ui/models/return_model.py" line="135" />
            <source>{count} photo(s) of its condition</source>
            <translation>{count} 张状况照片</translation>
        </message>
    </context>
    <context>
        <name>SampleTableModel</name>
        <message>
            <location filename="../../ui/models/sample_table_model.py" line="86" />
            <source>Code</source>
            <translation>样品编号</translation>
        </message>
        <message>
            <location filename="../../ui/models/sample_table_model.py" line="87" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/models/sample_table_model.py" line="88" />
            <source>Merchant</source>
            <translation>商家</translation>
        </message>
        <message>
            <location filename="../../ui/models/sample_table_model.py" line="89" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/models/sample_table_model.py" line="90" />
            <source>Shelf</source>
            <translation>货架</translation>
        </message>
        <message>
            <location filename="../../ui/models/sample_table_model.py" line="91" />
            <source>Holder</source>
            <translation>借用人</translation>
        </message>
        <message>
            <location filename="../../ui/models/sample_table_model.py" line="92" />
            <source>Loan</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../ui/models/sample_table_model.py" line="93" />
            <source>Due</source>
            <translation>应还日期</translation>
        </message>
        <message>
            <location filename="../../ui/models/sample_table_model.py" line="94" />
            <source>Value</source>
            <translation>货值</translation>
        </message>
        <message>
            <location filename="../../ui/models/sample_table_model.py" line="135" />
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
    </context>
    <context>
        <name>SamplesScreen</name>
        <message>
            <location filename="../../ui/screens/samples.py" line="69" />
            <source>Sample search</source>
            <translation>样品搜索</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="70" />
            <source>Scan a sample code, or type a product, merchant or holder</source>
            <translation>扫描样品编号，或输入商品、商家、借用人</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="74" />
            <source>Status filter</source>
            <translation>状态筛选</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="75" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="80" />
            <source>Merchant filter</source>
            <translation>商家筛选</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="82" />
            <location filename="../../ui/screens/samples.py" line="337" />
            <source>All merchants</source>
            <translation>全部商家</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="86" />
            <location filename="../../ui/screens/samples.py" line="130" />
            <source>Samples</source>
            <translation>样品</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="95" />
            <source>samples</source>
            <translation>样品</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="139" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="140" />
            <source>Merchant</source>
            <translation>商家</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="141" />
            <source>Shelf</source>
            <translation>货架</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="142" />
            <source>Value</source>
            <translation>货值</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="143" />
            <source>Received</source>
            <translation>入库时间</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="144" />
            <source>Holder</source>
            <translation>借用人</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="145" />
            <source>Due</source>
            <translation>应还日期</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="146" />
            <source>Condition note</source>
            <translation>品相备注</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="151" />
            <source>Sample history</source>
            <translation>样品流转记录</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="158" />
            <source>Barcode on the sample's label</source>
            <translation>样品标签上的条码</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="161" />
            <source>History</source>
            <translation>流转记录</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="168" />
            <source>Print label</source>
            <translation>打印标签</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/samples.py" line="255" />
            <source>%n sample(s)</source>
            <translation>
                <numerusform>共 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="262" />
            <source>No sample has code {code}.</source>
            <translation>没有编号为 {code} 的样品。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="295" />
            <source>Select a sample to see its history.</source>
            <translation>选择一件样品，查看其流转记录。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="306" />
            <source>{code} · {product}</source>
            <translation>{code} · {product}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="309" />
            <source>{name} (loan {loan})</source>
            <translation>{name}（借样单 {loan}）</translation>
        </message>
        <message>
            <location filename="../../ui/screens/samples.py" line="313" />
            <source>{due} — overdue</source>
            <translation>{due}（已逾期）</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <location filename="../../ui/widgets/service_dialog.py" line="36" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/service_dialog.py" line="39" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>ServingStreamers</name>
        <message>
            <location filename="../../ui/screens/checkout_streamers.py" line="44" />
            <source>No streamer has phone {phone}. Register them now?</source>
            <translation>没有手机号为 {phone} 的主播，现在登记吗？</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout_streamers.py" line="47" />
            <source>Register a new streamer</source>
            <translation>登记新主播</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout_streamers.py" line="49" />
            <source>No</source>
            <translation>不登记</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout_streamers.py" line="84" />
            <source>The basket holds {count} sample(s) scanned for {old}, and {new}'s card was just scanned.</source>
            <translation>借出清单中有为 {old} 扫描的 {count} 件样品，刚才又扫描了 {new} 的会员卡。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout_streamers.py" line="90" />
            <source>Keep the basket for {new}</source>
            <translation>清单保留给 {new}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout_streamers.py" line="96" />
            <source>Clear the basket</source>
            <translation>清空借出清单</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout_streamers.py" line="102" />
            <source>Stay with {old}</source>
            <translation>继续接待 {old}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout_streamers.py" line="103" />
            <source>Still serving {name}.</source>
            <translation>继续接待 {name}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout_streamers.py" line="117" />
            <source>Serving {name}; the basket of {count} sample(s) is theirs now.</source>
            <translation>当前接待：{name}；借出清单中的 {count} 件样品已转给 TA。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout_streamers.py" line="126" />
            <source>Serving {name}; the basket was cleared.</source>
            <translation>当前接待：{name}；借出清单已清空。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/checkout_streamers.py" line="128" />
            <source>Serving {name}. Scan the samples.</source>
            <translation>当前接待：{name}。请扫描样品。</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../showroom/settings.py" line="50" />
            <source>Sample labels</source>
            <translation>样品标签</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="51" />
            <source>Receipts</source>
            <translation>单据（小票）</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="52" />
            <source>Member cards</source>
            <translation>会员卡</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="53" />
            <source>Intake slips</source>
            <translation>入库单</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="54" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="68" />
            <source>Time zone</source>
            <translation>时区</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="73" />
            <source>Printer</source>
            <translation>打印机</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="77" />
            <source>Copies</source>
            <translation>份数</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="81" />
            <source>Label layout</source>
            <translation>标签版式</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="87" />
            <source>Receipt paper width (mm)</source>
            <translation>小票纸宽（毫米）</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="94" />
            <source>Print two copies of a check-out receipt (showroom and streamer)</source>
            <translation>借样单打印两联（门店联、主播联）</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="100" />
            <source>Print a receipt after each check-out</source>
            <translation>每次借出后打印借样单</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="103" />
            <source>Print a receipt after each check-in</source>
            <translation>每次归还后打印归还单</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="106" />
            <source>Print labels right after intake</source>
            <translation>入库后立即打印标签</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="112" />
            <source>Print an intake slip for the merchant after intake</source>
            <translation>入库后为商家打印入库单</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="114" />
            <source>Terms printed on check-out receipts</source>
            <translation>借样单上的条款</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="120" />
            <source>Lower a streamer's limits below this on-time rate (%, 0 = never)</source>
            <translation>按时归还率低于此值时降低主播额度（%，0 = 不启用）</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="128" />
            <source>…once they have returned at least this many samples</source>
            <translation>……且已归还的样品至少达到此数量</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="134" />
            <source>Return address for parcels</source>
            <translation>寄样退回地址</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="139" />
            <source>Return instructions printed on packing slips</source>
            <translation>寄样单上的寄回说明</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="141" />
            <source>Track parcels automatically</source>
            <translation>自动查询物流</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="142" />
            <source>Tracking service address</source>
            <translation>物流查询服务地址</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="143" />
            <source>Tracking service customer id</source>
            <translation>物流查询客户编号</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="144" />
            <source>Tracking service key</source>
            <translation>物流查询授权 key</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="146" />
            <source>Backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="147" />
            <source>Daily backups to keep</source>
            <translation>保留的每日备份数</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="154" />
            <source>Printing</source>
            <translation>打印</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="155" />
            <source>Receipt terms</source>
            <translation>小票条款</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="156" />
            <source>Streamer reliability</source>
            <translation>主播信用</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="157" />
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../../showroom/settings.py" line="158" />
            <source>Samples by courier</source>
            <translation>寄样</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="42" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="43" />
            <source>Settings pages</source>
            <translation>设置页面</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="52" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="54" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="86" />
            <source>Tier policies</source>
            <translation>级别政策</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="89" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="90" />
            <source>HQ</source>
            <translation>总部</translation>
        </message>
        <message>
            <location filename="../../ui/settings/spec_pages.py" line="31" />
            <source>Empty: the standard terms are printed</source>
            <translation>留空则打印标准条款</translation>
        </message>
        <message>
            <location filename="../../ui/settings/spec_pages.py" line="32" />
            <source>Empty: the backups folder inside the data folder</source>
            <translation>留空则使用数据文件夹中的 backups 文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/settings/spec_pages.py" line="85" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../ui/settings/spec_pages.py" line="87" />
            <location filename="../../ui/settings/spec_pages.py" line="95" />
            <source>Choose a folder</source>
            <translation>选择文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/settings/spec_pages.py" line="109" />
            <location filename="../../ui/settings/spec_pages.py" line="114" />
            <source>Language of this PC</source>
            <translation>本机语言</translation>
        </message>
        <message>
            <location filename="../../ui/settings/spec_pages.py" line="116" />
            <source>Only this computer changes; the window reopens in the new language after saving.</source>
            <translation>只改变这台电脑；保存后窗口以新语言重新打开。</translation>
        </message>
        <message>
            <location filename="../../ui/settings/spec_pages.py" line="134" />
            <location filename="../../ui/settings/spec_pages.py" line="139" />
            <source>HQ address</source>
            <translation>总部地址</translation>
        </message>
        <message>
            <location filename="../../ui/settings/spec_pages.py" line="149" />
            <source>Connected to HQ as showroom {code}. Change the address only when HQ has moved; the connection is kept.</source>
            <translation>已作为样品间 {code} 连接总部。只有总部地址变了才需要修改；连接会保留。</translation>
        </message>
        <message>
            <location filename="../../ui/settings/spec_pages.py" line="157" />
            <source>This showroom is not connected to HQ. Connect it with Sync → Connect to HQ…</source>
            <translation>本样品间尚未连接总部。请通过“同步 → 连接总部…”连接。</translation>
        </message>
    </context>
    <context>
        <name>SettleBar</name>
        <message>
            <location filename="../../ui/widgets/settle_bar.py" line="23" />
            <source>Settlement note</source>
            <translation>处理备注</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/settle_bar.py" line="24" />
            <source>Note (needed to leave it as it is)</source>
            <translation>备注（选“保持原样”时必填）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/settle_bar.py" line="26" />
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/settle_bar.py" line="44" />
            <source>Select an unexpected line (or scan it again) to settle it.</source>
            <translation>选中一条意外明细（或再扫一次该样品）即可处理。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/settle_bar.py" line="47" />
            <source>{code}: {settlement}.</source>
            <translation>{code}：{settlement}。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/settle_bar.py" line="52" />
            <source>{code}: nothing to settle.</source>
            <translation>{code}：无需处理。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/settle_bar.py" line="55" />
            <source>{code} · {meaning}: settle as</source>
            <translation>{code} · {meaning}：处理为</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/settle_bar.py" line="64" />
            <source>Only a manager settles a find.</source>
            <translation>意外结果须由经理处理。</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="96" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="113" />
            <source>Welcome to Showroom</source>
            <translation>欢迎使用样品间</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="115" />
            <source>This folder holds no showroom yet. A few questions set it up; printers and other settings can be changed later in Settings. Choose the language first.</source>
            <translation>这个文件夹里还没有样品间。回答几个问题即可完成设置；打印机等设置以后可在“设置”中修改。请先选择语言。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="136" />
            <source>Showroom code (2-4 capital letters)</source>
            <translation>样品间代码（2–4 个大写字母）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="145" />
            <source>Your showroom</source>
            <translation>您的样品间</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="147" />
            <source>The code starts every sample, member card and loan number (e.g. CS-000042), so it cannot be changed later.</source>
            <translation>代码是每个样品、会员卡和借样单编号的开头（例如 CS-000042），设置后不能更改。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="153" />
            <source>e.g. Changsha live sample room</source>
            <translation>例如：长沙直播样品间</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/recover_page.py" line="44" />
            <location filename="../../ui/dialogs/setup_pages.py" line="173" />
            <source>The PIN again</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="180" />
            <source>The first administrator</source>
            <translation>第一位管理员</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="182" />
            <source>The administrator logs in with a PIN of 4 to 12 digits and can add managers and clerks later (File → Staff…).</source>
            <translation>管理员用 4 到 12 位数字密码登录，之后可以添加经理和店员（文件 → 员工…）。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="86" />
            <source>The two PINs are not the same. Please type the PIN again.</source>
            <translation>两次输入的密码不一致，请重新输入。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="122" />
            <source>Set up a new showroom</source>
            <translation>设置新的样品间</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="125" />
            <source>Recover this showroom from HQ (this PC replaces one that is gone)</source>
            <translation>从总部恢复本样品间（本电脑接替已无法使用的电脑）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="201" />
            <source>Label printer</source>
            <translation>标签打印机</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="211" />
            <source>Receipt printer</source>
            <translation>小票打印机</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="225" />
            <source>Printers and paper</source>
            <translation>打印机和纸张</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="227" />
            <source>Where labels and receipts go. Without a printer yet, choose a folder: each paper is saved there as a PDF. Every other paper can be set in Settings → Printing.</source>
            <translation>标签和小票打印到哪里。还没有打印机时，可选择一个文件夹：每张单据都会以 PDF 保存在那里。其他单据可在“设置 → 打印”中设置。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="260" />
            <source>Headquarters (optional)</source>
            <translation>总部（可选）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="262" />
            <source>With an address and a one-time code from HQ operations, this showroom connects when you finish. You can skip this and connect later with Sync → Connect to HQ…</source>
            <translation>填写总部运营提供的地址和一次性注册码，完成设置时样品间即连接总部。也可以跳过，以后通过“同步 → 连接总部…”连接。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="268" />
            <location filename="../../ui/dialogs/setup_pages.py" line="269" />
            <source>Connect to HQ now</source>
            <translation>现在连接总部</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/recover_page.py" line="75" />
            <location filename="../../ui/dialogs/setup_pages.py" line="270" />
            <source>one-time code from HQ, e.g. K7QHM-2XD9P</source>
            <translation>总部提供的一次性注册码，例如 K7QHM-2XD9P</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="296" />
            <source>Ready to set up</source>
            <translation>准备完成设置</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_pages.py" line="297" />
            <source>Finish saves all of this at once. Back changes an answer.</source>
            <translation>点“完成”一次保存以上全部内容；点“上一步”可修改答案。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_wizard.py" line="34" />
            <source>&lt; Back</source>
            <translation>&lt; 上一步</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_wizard.py" line="35" />
            <source>Next &gt;</source>
            <translation>下一步 &gt;</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_wizard.py" line="36" />
            <source>Finish</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_wizard.py" line="37" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_wizard.py" line="76" />
            <source>Set up this showroom</source>
            <translation>设置样品间</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_wizard.py" line="100" />
            <source>Language: {language}</source>
            <translation>语言：{language}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_wizard.py" line="103" />
            <source>Showroom: {name} ({code}), {city}</source>
            <translation>样品间：{name}（{code}），{city}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_wizard.py" line="106" />
            <source>Administrator: {name}</source>
            <translation>管理员：{name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_wizard.py" line="107" />
            <source>Labels: {printer}, {layout}</source>
            <translation>标签：{printer}，{layout}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_wizard.py" line="111" />
            <source>Receipts: {printer}, {width}</source>
            <translation>小票：{printer}，{width}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_wizard.py" line="118" />
            <source>HQ: connect to {url}</source>
            <translation>总部：连接 {url}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_wizard.py" line="120" />
            <source>HQ: not now (Sync → Connect to HQ… later)</source>
            <translation>总部：暂不连接（以后通过“同步 → 连接总部…”）</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_wizard.py" line="138" />
            <source>Setting up…</source>
            <translation>正在设置…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_wizard.py" line="153" />
            <source>The showroom is set up. Connecting to HQ…</source>
            <translation>样品间已设置好。正在连接总部…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_wizard.py" line="179" />
            <source>The showroom is set up, but connecting to HQ failed: {problem} Connect later with Sync → Connect to HQ….</source>
            <translation>样品间已设置好，但连接总部失败：{problem} 请稍后通过“同步 → 连接总部…”连接。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_wizard.py" line="208" />
            <source>Go to login</source>
            <translation>前往登录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/setup_wizard.py" line="173" />
            <location filename="../../ui/dialogs/setup_wizard.py" line="186" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>ShelfField</name>
        <message>
            <location filename="../../ui/widgets/shelf_field.py" line="19" />
            <location filename="../../ui/widgets/shelf_field.py" line="24" />
            <source>Shelf being counted</source>
            <translation>正在盘点的货架</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/shelf_field.py" line="25" />
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/shelf_field.py" line="30" />
            <source>&amp;Shelf being counted:</source>
            <translation>正在盘点的货架(&amp;S)：</translation>
        </message>
    </context>
    <context>
        <name>ShortfallModel</name>
        <message>
            <location filename="../../ui/models/shortfall_models.py" line="16" />
            <source>Transfer</source>
            <translation>调拨单</translation>
        </message>
        <message>
            <location filename="../../ui/models/shortfall_models.py" line="17" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../ui/models/shortfall_models.py" line="18" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/models/shortfall_models.py" line="19" />
            <source>Sent to / from</source>
            <translation>调往 / 来自</translation>
        </message>
        <message>
            <location filename="../../ui/models/shortfall_models.py" line="20" />
            <source>Days since</source>
            <translation>已过天数</translation>
        </message>
        <message>
            <location filename="../../ui/models/shortfall_models.py" line="21" />
            <source>To do</source>
            <translation>待办</translation>
        </message>
        <message>
            <location filename="../../ui/models/shortfall_models.py" line="26" />
            <source>to {showroom}</source>
            <translation>调往 {showroom}</translation>
        </message>
        <message>
            <location filename="../../ui/models/shortfall_models.py" line="26" />
            <source>from {showroom}</source>
            <translation>来自 {showroom}</translation>
        </message>
        <message>
            <location filename="../../ui/models/shortfall_models.py" line="30" />
            <source>Found here, or declare it lost</source>
            <translation>在本店找到，或报丢失</translation>
        </message>
        <message>
            <location filename="../../ui/models/shortfall_models.py" line="31" />
            <source>Scan the slip, then the sample, if it turns up</source>
            <translation>如样品找到：先扫调拨单，再扫样品</translation>
        </message>
    </context>
    <context>
        <name>ShortfallPanel</name>
        <message>
            <location filename="../../ui/widgets/shortfall_panel.py" line="29" />
            <source>Samples short on transfers, not settled</source>
            <translation>调拨短少、未处理的样品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/shortfall_panel.py" line="35" />
            <source>Open Transfers (F10)</source>
            <translation>打开调拨（F10）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/shortfall_panel.py" line="36" />
            <source>Open Transfers</source>
            <translation>打开调拨</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/shortfall_panel.py" line="54" />
            <source>Short on transfers, not settled ({count}): settled on the Transfers screen (F10).</source>
            <translation>调拨短少、未处理（{count}）：在调拨页面（F10）处理。</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <location filename="../../ui/widgets/signature_pad.py" line="103" />
            <source>Signature area</source>
            <translation>签名区</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/signature_pad.py" line="104" />
            <source>The streamer signs here with the mouse or a pen</source>
            <translation>主播用鼠标或手写笔在此签名</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/signature_pad.py" line="106" />
            <location filename="../../ui/widgets/signature_pad.py" line="108" />
            <source>Clear signature</source>
            <translation>清除签名</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/signature_pad.py" line="112" />
            <source>Streamer's signature (optional)</source>
            <translation>主播签名（选填）</translation>
        </message>
    </context>
    <context>
        <name>SlipLineModel</name>
        <message>
            <location filename="../../ui/models/transfer_models.py" line="31" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../ui/models/transfer_models.py" line="31" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../ui/models/transfer_models.py" line="31" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../ui/models/transfer_models.py" line="31" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/models/transfer_models.py" line="31" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/models/transfer_models.py" line="39" />
            <source>Scanned</source>
            <translation>已扫描</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <location filename="../../ui/dialogs/staff_dialog.py" line="31" />
            <location filename="../../ui/dialogs/staff_dialog.py" line="36" />
            <location filename="../../ui/dialogs/staff_dialog.py" line="60" />
            <source>Staff</source>
            <translation>员工</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_dialog.py" line="40" />
            <location filename="../../ui/dialogs/staff_dialog.py" line="61" />
            <source>Login records</source>
            <translation>登录记录</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_dialog.py" line="43" />
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_dialog.py" line="44" />
            <source>Change role…</source>
            <translation>更改角色…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_dialog.py" line="45" />
            <source>Reset PIN…</source>
            <translation>重置 PIN…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_dialog.py" line="46" />
            <location filename="../../ui/dialogs/staff_dialog.py" line="107" />
            <source>Disable</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_dialog.py" line="47" />
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_dialog.py" line="48" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_dialog.py" line="107" />
            <source>Enable</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_dialog.py" line="114" />
            <source>{name} added.</source>
            <translation>已添加 {name}。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_dialog.py" line="123" />
            <source>{name}'s role changed.</source>
            <translation>{name} 的角色已更改。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_dialog.py" line="132" />
            <source>{name} has a new PIN.</source>
            <translation>{name} 已设置新 PIN。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_dialog.py" line="141" />
            <source>Disable {name}? They can no longer log in; their history stays.</source>
            <translation>停用 {name}？停用后无法登录，其历史记录保留。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_dialog.py" line="144" />
            <source>Disable staff member</source>
            <translation>停用员工</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_dialog.py" line="146" />
            <source>{name} is disabled.</source>
            <translation>{name} 已停用。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_dialog.py" line="148" />
            <source>{name} is enabled again.</source>
            <translation>{name} 已重新启用。</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_dialog.py" line="157" />
            <source>{name} is unlocked (was locked until {until}).</source>
            <translation>{name} 已解锁（原锁定至 {until}）。</translation>
        </message>
    </context>
    <context>
        <name>StaffForms</name>
        <message>
            <location filename="../../ui/dialogs/staff_forms.py" line="39" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_forms.py" line="39" />
            <source>New PIN</source>
            <translation>新 PIN</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_forms.py" line="41" />
            <source>4 to 12 digits</source>
            <translation>4 至 12 位数字</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_forms.py" line="43" />
            <source>PIN again</source>
            <translation>再次输入 PIN</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/staff_forms.py" line="46" />
            <source>New PIN again</source>
            <translation>再次输入新 PIN</translation>
        </message>
    </context>
    <context>
        <name>StaffModel</name>
        <message>
            <location filename="../../ui/models/staff_model.py" line="22" />
            <source>Logged in</source>
            <translation>登录成功</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="23" />
            <source>Wrong PIN</source>
            <translation>PIN 错误</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="24" />
            <source>Wrong PIN: account locked</source>
            <translation>PIN 错误：账号已锁定</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="25" />
            <source>Refused: account locked</source>
            <translation>拒绝：账号已锁定</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="26" />
            <source>Refused: account disabled</source>
            <translation>拒绝：账号已停用</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="27" />
            <source>Unknown name</source>
            <translation>未知姓名</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="28" />
            <source>Refused: not a manager</source>
            <translation>拒绝：不是经理</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="33" />
            <source>Login</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="33" />
            <source>Manager override</source>
            <translation>经理授权</translation>
        </message>
    </context>
    <context>
        <name>StaffTableModel</name>
        <message>
            <location filename="../../ui/models/staff_model.py" line="46" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="46" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="46" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="46" />
            <source>Locked until</source>
            <translation>锁定至</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="46" />
            <source>Last login</source>
            <translation>最近登录</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="54" />
            <source>Active</source>
            <translation>在用</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="54" />
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="79" />
            <source>{count} wrong PIN(s) in a row</source>
            <translation>已连续输错 PIN {count} 次</translation>
        </message>
    </context>
    <context>
        <name>StartPanel</name>
        <message>
            <location filename="../../ui/widgets/stocktake_start.py" line="63" />
            <source>Shelves to count</source>
            <translation>要盘点的货架</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stocktake_start.py" line="65" />
            <source>Start count</source>
            <translation>开始盘点</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stocktake_start.py" line="75" />
            <location filename="../../ui/widgets/stocktake_start.py" line="86" />
            <source>Recent counts</source>
            <translation>最近的盘点</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stocktake_start.py" line="80" />
            <source>Shelves to count (none ticked: the whole showroom)</source>
            <translation>要盘点的货架（都不勾选即盘点整个样品间）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stocktake_start.py" line="99" />
            <source>{shelf} · {count} in stock</source>
            <translation>{shelf} · 在库 {count} 件</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stocktake_start.py" line="100" />
            <source>(no shelf)</source>
            <translation>（无货架）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stocktake_start.py" line="124" />
            <source>A manager starts a count; clerks then scan.</source>
            <translation>盘点须由经理开始，之后店员扫码。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/stocktake_start.py" line="127" />
            <source>Count: {shelves}</source>
            <translation>盘点范围：{shelves}</translation>
        </message>
    </context>
    <context>
        <name>Stocktake</name>
        <message>
            <location filename="../../present/stocktake_text.py" line="12" />
            <source>Found</source>
            <translation>已盘到</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="13" />
            <source>On the wrong shelf</source>
            <translation>货架不对</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="14" />
            <source>On loan per the records</source>
            <translation>记录为借出中</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="15" />
            <source>Declared lost</source>
            <translation>记录为已报失</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="16" />
            <source>Missing at an earlier count</source>
            <translation>上次盘点缺失</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="17" />
            <source>In transit per the records</source>
            <translation>记录为调拨中</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="18" />
            <source>Returned to merchant or written off</source>
            <translation>已退回商家或已报废</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="19" />
            <source>Another showroom's sample</source>
            <translation>其他样品间的样品</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="20" />
            <source>No such sample</source>
            <translation>查无此样品</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="21" />
            <source>Not found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="27" />
            <source>Back in stock</source>
            <translation>恢复在库</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="28" />
            <source>Taken back from its loan</source>
            <translation>从借样单收回</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="29" />
            <source>Moved to this shelf</source>
            <translation>改到此货架</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="30" />
            <source>Left as it is</source>
            <translation>保持原样</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="31" />
            <source>Not settled</source>
            <translation>未处理</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="37" />
            <source>Counting</source>
            <translation>盘点中</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="38" />
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="39" />
            <source>Abandoned</source>
            <translation>已放弃</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="45" />
            <source>the whole showroom</source>
            <translation>整个样品间</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="53" />
            <source>Count {number} is still open: finish or abandon it before starting another.</source>
            <translation>盘点 {number} 尚未结束：请先完成或放弃，再开始新的盘点。</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="56" />
            <source>That count no longer exists.</source>
            <translation>该盘点已不存在。</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="57" />
            <source>Count {number} has ended; nothing more can be recorded in it.</source>
            <translation>盘点 {number} 已结束，不能再记录。</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="58" />
            <source>{code} is not a sample's code: scan the label on each sample (its code looks like CS-000042).</source>
            <translation>{code} 不是样品编号：请扫描每件样品上的标签（编号形如 CS-000042）。</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="61" />
            <source>{code} needs no settling in this count.</source>
            <translation>{code} 在本次盘点中无需处理。</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="62" />
            <source>{code} is settled already.</source>
            <translation>{code} 已处理过。</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="63" />
            <source>{code} cannot be settled that way (for a move, say which shelf you are counting first).</source>
            <translation>{code} 不能这样处理（改货架须先填写正在盘点的货架）。</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="66" />
            <source>{code} is not missing at stocktake: nothing to put back.</source>
            <translation>{code} 不是盘点缺失的样品：无需放回。</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="67" />
            <source>{count} unexpected find(s) are not settled yet (the first is {code}); settle each before finishing.</source>
            <translation>还有 {count} 条意外结果未处理（第一条是 {code}）；全部处理后才能完成盘点。</translation>
        </message>
        <message>
            <location filename="../../present/stocktake_text.py" line="72" />
            <source>The count refused this.</source>
            <translation>盘点拒绝了此操作。</translation>
        </message>
    </context>
    <context>
        <name>StocktakeReport</name>
        <message>
            <location filename="../../printing/stocktake_report.py" line="45" />
            <source>{showroom} stocktake report {number}</source>
            <translation>{showroom} 盘点报告 {number}</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="54" />
            <source>{showroom} · stocktake {number} · page {page}</source>
            <translation>{showroom} · 盘点 {number} · 第 {page} 页</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="62" />
            <location filename="../../printing/stocktake_report.py" line="159" />
            <source>Found</source>
            <translation>已盘到</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="63" />
            <source>On the wrong shelf</source>
            <translation>货架不对</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="64" />
            <source>On loan per the records</source>
            <translation>记录为借出中</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="65" />
            <source>Declared lost</source>
            <translation>记录为已报失</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="66" />
            <source>Missing at an earlier count</source>
            <translation>上次盘点缺失</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="67" />
            <source>In transit per the records</source>
            <translation>记录为调拨中</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="68" />
            <source>Returned to merchant or written off</source>
            <translation>已退回商家或已报废</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="69" />
            <source>Another showroom's sample</source>
            <translation>其他样品间的样品</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="70" />
            <source>No such sample</source>
            <translation>查无此样品</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="71" />
            <source>Not found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="77" />
            <source>Back in stock</source>
            <translation>恢复在库</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="78" />
            <source>Taken back from its loan</source>
            <translation>从借样单收回</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="79" />
            <source>Moved to this shelf</source>
            <translation>改到此货架</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="80" />
            <source>Left as it is</source>
            <translation>保持原样</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="81" />
            <source>Not settled</source>
            <translation>未处理</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="87" />
            <source>Still counting</source>
            <translation>盘点中</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="88" />
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="89" />
            <source>Abandoned</source>
            <translation>已放弃</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="99" />
            <source>The count is still open: more samples may be scanned and finds settled. The samples not found are listed once it is finished.</source>
            <translation>盘点尚未结束：还可能扫描更多样品、处理更多异常。未找到的样品在盘点完成后列出。</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="105" />
            <source>The count was abandoned: no sample was marked missing; what was settled stays settled.</source>
            <translation>本次盘点已放弃：没有样品被记为盘点缺失；已处理的异常保持已处理。</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="109" />
            <source>NOT FINISHED — figures are provisional</source>
            <translation>盘点未完成——数字仅为暂定</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="129" />
            <source>The whole showroom</source>
            <translation>整个样品间</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="130" />
            <location filename="../../printing/stocktake_report.py" line="134" />
            <source>{moment} by {name}</source>
            <translation>{moment}　{name}</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="138" />
            <source>Not ended yet</source>
            <translation>尚未结束</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="142" />
            <source>Count</source>
            <translation>盘点单号</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="143" />
            <source>Shelves counted</source>
            <translation>盘点范围</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="144" />
            <source>Started</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="145" />
            <source>Ended</source>
            <translation>结束</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="146" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="149" />
            <location filename="../../printing/stocktake_report.py" line="211" />
            <location filename="../../printing/stocktake_report.py" line="244" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="158" />
            <source>Expected</source>
            <translation>应有</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="160" />
            <source>Missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="161" />
            <source>Unexpected</source>
            <translation>异常</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="162" />
            <source>Unsettled</source>
            <translation>未处理</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="163" />
            <source>Codes scanned</source>
            <translation>已扫描</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="172" />
            <source>Samples not found</source>
            <translation>未找到的样品</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="174" />
            <source>{count} sample(s) not scanned yet: they are listed once the count is finished.</source>
            <translation>还有 {count} 件样品未扫描：盘点完成后列出。</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="178" />
            <source>The count was abandoned before its end: it lists no samples not found.</source>
            <translation>盘点中途放弃：没有未找到样品的清单。</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="181" />
            <source>Samples not found ({count})</source>
            <translation>未找到的样品（{count}）</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="184" />
            <source>Every sample expected was found.</source>
            <translation>应有的样品全部找到。</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="187" />
            <location filename="../../printing/stocktake_report.py" line="205" />
            <location filename="../../printing/stocktake_report.py" line="239" />
            <source>Code</source>
            <translation>样品编号</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="188" />
            <location filename="../../printing/stocktake_report.py" line="207" />
            <location filename="../../printing/stocktake_report.py" line="240" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="189" />
            <source>Recorded shelf</source>
            <translation>记录货架</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="190" />
            <source>Found on recheck</source>
            <translation>复查找到</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="199" />
            <source>Unexpected finds ({count})</source>
            <translation>异常发现（{count}）</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="202" />
            <source>No unexpected finds.</source>
            <translation>没有异常发现。</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="206" />
            <source>What it meant</source>
            <translation>情况</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="208" />
            <location filename="../../printing/stocktake_report.py" line="241" />
            <source>Found on shelf</source>
            <translation>发现货架</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="209" />
            <source>Holder (loan)</source>
            <translation>持有人（借样单）</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="210" />
            <location filename="../../printing/stocktake_report.py" line="243" />
            <source>How settled</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="233" />
            <source>Found on the wrong shelf ({count})</source>
            <translation>放错货架（{count}）</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="236" />
            <source>No sample was on the wrong shelf.</source>
            <translation>没有放错货架的样品。</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="242" />
            <source>Shelf in the records</source>
            <translation>记录中的货架</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="264" />
            <source>Counted by</source>
            <translation>盘点人</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="264" />
            <source>Checked by (manager)</source>
            <translation>复核人（经理）</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="266" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="267" />
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="268" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../printing/stocktake_report.py" line="287" />
            <source>Signatures</source>
            <translation>签字</translation>
        </message>
    </context>
    <context>
        <name>StocktakeScreen</name>
        <message>
            <location filename="../../ui/screens/stocktake.py" line="54" />
            <source>Scan every sample on the shelf · F12 or CMD-CONFIRM finishes the count (a manager)</source>
            <translation>逐件扫描货架上的样品 · 按 F12 或扫 CMD-CONFIRM 完成盘点（经理）</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake.py" line="55" />
            <source>Stocktake scan field</source>
            <translation>盘点扫码框</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake.py" line="56" />
            <source>Stocktake messages</source>
            <translation>盘点提示</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake.py" line="60" />
            <source>Enter only ends a scan: scan the next sample.</source>
            <translation>Enter 只表示扫码结束：请扫描下一件样品。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake.py" line="100" />
            <source>Stocktake</source>
            <translation>盘点</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake.py" line="181" />
            <source>Starting the count…</source>
            <translation>正在开始盘点…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake.py" line="192" />
            <source>Count {number} started ({expected} sample(s) expected). Scan every sample.</source>
            <translation>盘点 {number} 已开始（应有 {expected} 件）。请逐件扫描。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake.py" line="201" />
            <source>No count is open; {code} was not recorded.</source>
            <translation>当前没有进行中的盘点，{code} 未记录。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake.py" line="206" />
            <source>{code} is not used in a count; scan the samples themselves.</source>
            <translation>盘点时不用 {code}；请扫描样品本身。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake.py" line="230" />
            <source>{code} is counted already ({meaning}); nothing added.</source>
            <translation>{code} 已盘过（{meaning}），未重复记录。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake.py" line="243" />
            <source>{code} {product}: found.</source>
            <translation>{code} {product}：已找到。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake.py" line="247" />
            <source>{code} {product}: {meaning}. A manager settles it before the count ends.</source>
            <translation>{code} {product}：{meaning}。须由经理在盘点结束前处理。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake.py" line="260" />
            <source>Counting shelf {shelf}.</source>
            <translation>正在盘点货架 {shelf}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake.py" line="260" />
            <source>No shelf said.</source>
            <translation>未指定货架。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake.py" line="282" />
            <source>Say in the note why {code} is left as it is (set aside, sent back…).</source>
            <translation>请在备注中说明 {code} 为何保持原样（已放一边、已寄回…）。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake.py" line="296" />
            <source>{code}: {settlement}.</source>
            <translation>{code}：{settlement}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake_ending.py" line="27" />
            <source>Only a manager finishes a count; every scan so far is kept.</source>
            <translation>盘点须由经理完成；已扫描的记录都会保留。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake_ending.py" line="44" />
            <source>Finish count {number}? {missing} sample(s) expected and not scanned will be recorded as missing.</source>
            <translation>完成盘点 {number}？应有但未扫到的 {missing} 件样品将记为缺失。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake_ending.py" line="50" />
            <source>Keep counting</source>
            <translation>继续盘点</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake_ending.py" line="52" />
            <source>Finish the count</source>
            <translation>完成盘点</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake_ending.py" line="59" />
            <source>Finishing the count…</source>
            <translation>正在完成盘点…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake_ending.py" line="69" />
            <source>Count {number} finished: {missing} sample(s) recorded as missing at stocktake.</source>
            <translation>盘点 {number} 已完成：{missing} 件样品记为盘点缺失。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake_ending.py" line="92" />
            <source>Count {number} abandoned; no sample's status changed.</source>
            <translation>盘点 {number} 已放弃，样品状态均未改变。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake_ending.py" line="102" />
            <source>Stocktake {number}</source>
            <translation>盘点 {number}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake_ending.py" line="109" />
            <source>Preparing the count report…</source>
            <translation>正在生成盘点报告…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake_ending.py" line="116" />
            <source>{title}: print it or save it from the preview.</source>
            <translation>{title}：可在预览中打印或另存。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/stocktake.py" line="309" />
            <source>Finishing the count; {code} will be taken right after.</source>
            <translation>正在完成盘点；{code} 稍后处理。</translation>
        </message>
    </context>
    <context>
        <name>StreamerDialog</name>
        <message>
            <location filename="../../ui/dialogs/streamer_dialog.py" line="22" />
            <source>Register streamer</source>
            <translation>登记主播</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/streamer_dialog.py" line="25" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/streamer_dialog.py" line="25" />
            <source>Streamer name</source>
            <translation>主播姓名</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/streamer_dialog.py" line="29" />
            <source>Phone</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/streamer_dialog.py" line="29" />
            <source>Streamer phone</source>
            <translation>主播手机号</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/streamer_dialog.py" line="31" />
            <source>11-digit mobile number</source>
            <translation>11 位手机号</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/streamer_dialog.py" line="35" />
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/streamer_dialog.py" line="37" />
            <source>Handle</source>
            <translation>账号</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/streamer_dialog.py" line="37" />
            <source>Platform handle</source>
            <translation>平台账号</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/streamer_dialog.py" line="39" />
            <source>e.g. @xiaomei</source>
            <translation>例如 @xiaomei</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/streamer_dialog.py" line="42" />
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/streamer_dialog.py" line="49" />
            <source>{tier} — up to {count} samples, {days} days</source>
            <translation>{tier} — 最多 {count} 件，借期 {days} 天</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/streamer_dialog.py" line="59" />
            <source>Only a manager may register a streamer above the first tier.</source>
            <translation>新手以上等级须由经理登记。</translation>
        </message>
    </context>
    <context>
        <name>StreamerPanelView</name>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="45" />
            <source>Streamer</source>
            <translation>主播</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="51" />
            <source>Why this streamer cannot borrow now</source>
            <translation>该主播暂不能借样的原因</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="91" />
            <source>Samples the streamer holds</source>
            <translation>主播在借样品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="98" />
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="99" />
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="100" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="101" />
            <source>Deposit held</source>
            <translation>已收押金</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="102" />
            <source>Owed to them</source>
            <translation>欠主播</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="104" />
            <source>History</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="108" />
            <source>Reliability</source>
            <translation>信用记录</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="114" />
            <source>Elsewhere</source>
            <translation>其他样品间</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="117" />
            <source>Scan the streamer's member card
or type their phone number and press Enter.</source>
            <translation>扫描主播会员卡
或输入手机号后按 Enter。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="160" />
            <source>{tier} (up to {max} samples, {days} days)</source>
            <translation>{tier}（最多 {max} 件，借期 {days} 天）</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="166" />
            <source>{status}: {reason}</source>
            <translation>{status}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="171" />
            <source>Pay {amount} now…</source>
            <translation>现在支付 {amount}…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="80" />
            <source>Pay what is owed to the streamer</source>
            <translation>支付欠主播的款项</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="173" />
            <source>{member} · {phone} · {loans} loan(s), {late} returned late</source>
            <translation>{member} · {phone} · 借样单 {loans} 张，逾期归还 {late} 件</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="181" />
            <source>Holds {count} sample(s), {late} overdue</source>
            <translation>在借 {count} 件，逾期 {late} 件</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="183" />
            <source>Holds {count} sample(s)</source>
            <translation>在借 {count} 件</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="185" />
            <source>Holds no samples</source>
            <translation>无在借样品</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="192" />
            <source>due {due}, {days} day(s) late</source>
            <translation>应还 {due}，已逾期 {days} 天</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="194" />
            <source>due {due}</source>
            <translation>应还 {due}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="224" />
            <source>Blocked: {blocks}. A manager may override.</source>
            <translation>借样受限。{blocks}。经理可授权放行。</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/streamer_panel.py" line="226" />
            <source>Cannot borrow: {blocks}.</source>
            <translation>不可借样。{blocks}。</translation>
        </message>
    </context>
    <context>
        <name>StreamerTableModel</name>
        <message>
            <location filename="../../ui/models/streamer_table_model.py" line="22" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_table_model.py" line="23" />
            <source>Phone</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_table_model.py" line="24" />
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_table_model.py" line="25" />
            <source>Handle</source>
            <translation>账号</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_table_model.py" line="26" />
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_table_model.py" line="27" />
            <source>Member code</source>
            <translation>会员号</translation>
        </message>
        <message>
            <location filename="../../ui/models/streamer_table_model.py" line="28" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>StreamersScreen</name>
        <message>
            <location filename="../../ui/screens/streamers.py" line="57" />
            <source>Streamer search</source>
            <translation>主播搜索</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="58" />
            <source>Name, phone, handle or member code</source>
            <translation>姓名、手机号、账号或会员号</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="61" />
            <source>Register streamer…</source>
            <translation>登记主播…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="63" />
            <source>Register streamer</source>
            <translation>登记主播</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="69" />
            <location filename="../../ui/screens/streamers.py" line="92" />
            <source>Streamers</source>
            <translation>主播</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="71" />
            <source>streamers</source>
            <translation>主播</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="108" />
            <source>Member code</source>
            <translation>会员号</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="109" />
            <source>Phone / platform</source>
            <translation>手机号 / 平台</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="110" />
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="111" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="112" />
            <source>Can borrow</source>
            <translation>可否借样</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="113" />
            <source>Deposit held</source>
            <translation>已收押金</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="114" />
            <source>Record</source>
            <translation>借还记录</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="115" />
            <source>Reliability</source>
            <translation>信用记录</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="143" />
            <source>Suspend…</source>
            <translation>暂停借样…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="143" />
            <location filename="../../ui/screens/streamers.py" line="289" />
            <source>Suspend streamer</source>
            <translation>暂停主播借样</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="146" />
            <source>Blacklist…</source>
            <translation>拉黑…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="146" />
            <location filename="../../ui/screens/streamers.py" line="294" />
            <source>Blacklist streamer</source>
            <translation>拉黑主播</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="149" />
            <source>Lift block…</source>
            <translation>解除限制…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="149" />
            <location filename="../../ui/screens/streamers.py" line="301" />
            <source>Lift block</source>
            <translation>解除限制</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="153" />
            <source>Change tier…</source>
            <translation>调整等级…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="153" />
            <location filename="../../ui/screens/streamers.py" line="336" />
            <location filename="../../ui/screens/streamers.py" line="353" />
            <source>Change tier</source>
            <translation>调整等级</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="120" />
            <source>Samples held now</source>
            <translation>当前在借样品</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="122" />
            <source>Loan history</source>
            <translation>借样单历史</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="128" />
            <source>Holding now</source>
            <translation>当前在借</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="133" />
            <source>Loans</source>
            <translation>借样单</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="165" />
            <source>Print member card</source>
            <translation>打印会员卡</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="166" />
            <source>Reprint check-out receipt</source>
            <translation>补打借样单</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="167" />
            <source>Print return receipt</source>
            <translation>打印归还单</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/streamers.py" line="198" />
            <source>%n streamer(s)</source>
            <translation>
                <numerusform>共 %n 位主播</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="222" />
            <source>Select a streamer to see their details.</source>
            <translation>选择一位主播，查看详情。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="234" />
            <source>{status}: {reason}</source>
            <translation>{status}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="238" />
            <source>{phone} · {platform} {handle}</source>
            <translation>{phone} · {platform} {handle}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="241" />
            <source>{tier} — up to {count} samples, {days} days</source>
            <translation>{tier} — 最多 {count} 件，借期 {days} 天</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="246" />
            <source>No: {blocks}</source>
            <translation>否：{blocks}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="246" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="249" />
            <source>{loans} loan(s); {late} sample(s) returned late; {overdue} overdue now</source>
            <translation>借样单 {loans} 张；逾期归还 {late} 件；当前逾期 {overdue} 件</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="283" />
            <source>Only a manager may block or unblock a streamer.</source>
            <translation>仅经理可限制主播或解除限制。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="289" />
            <source>Why is {name} suspended?</source>
            <translation>请填写暂停{name}借样的原因：</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="295" />
            <source>Why is {name} blacklisted? This applies in every showroom.</source>
            <translation>请填写拉黑{name}的原因（拉黑对所有样品间生效）：</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="301" />
            <source>Why may {name} borrow again?</source>
            <translation>请填写恢复{name}借样资格的原因：</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="317" />
            <source>{name} is now {status}.</source>
            <translation>{name}的状态已改为：{status}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="337" />
            <source>Why does {name} become {tier}?</source>
            <translation>为什么将{name}调整为{tier}？</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="346" />
            <source>{name} is now {tier}.</source>
            <translation>{name}现为{tier}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="353" />
            <source>New tier for {name}:</source>
            <translation>{name}的新等级：</translation>
        </message>
        <message>
            <location filename="../../ui/screens/streamers.py" line="371" />
            <source>{name} registered with member code {code}.</source>
            <translation>已登记{name}，会员号 {code}。</translation>
        </message>
    </context>
    <context>
        <name>TierPolicies</name>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="51" />
            <source>Most samples out</source>
            <translation>最多借出样品数</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="52" />
            <source>Loan days</source>
            <translation>借期（天）</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="53" />
            <source>Deposit</source>
            <translation>押金</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="54" />
            <source>Per sample (¥)</source>
            <translation>每件（元）</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="55" />
            <source>Of sample value (%)</source>
            <translation>占样品价值（%）</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="56" />
            <source>Deposit rounding</source>
            <translation>押金取整</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="57" />
            <source>Block when overdue</source>
            <translation>逾期时禁止借样</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="58" />
            <source>Manager may override</source>
            <translation>经理可放行</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="59" />
            <source>Suspend after days late</source>
            <translation>逾期几天后暂停</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="60" />
            <source>Declare lost after days late</source>
            <translation>逾期几天判定丢失</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="61" />
            <source>Photo needed for damage</source>
            <translation>损坏须拍照</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="62" />
            <source>May borrow by post</source>
            <translation>允许寄样</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="63" />
            <source>Samples by post at once</source>
            <translation>寄样同时持有上限</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="64" />
            <source>Days kept (from delivery)</source>
            <translation>寄样天数（自签收起）</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="65" />
            <source>Transit days (each way)</source>
            <translation>单程运输天数</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="71" />
            <source>No deposit</source>
            <translation>不收押金</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="72" />
            <source>Fixed amount per sample</source>
            <translation>每件固定金额</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="73" />
            <source>Share of the sample value</source>
            <translation>按样品价值比例</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="79" />
            <source>To the fen</source>
            <translation>精确到分</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="80" />
            <source>Up to the whole yuan</source>
            <translation>向上取整到元</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="81" />
            <source>Up to ¥10</source>
            <translation>向上取整到10元</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="96" />
            <source>Terms of each tier</source>
            <translation>各级别的借样条件</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="102" />
            <source>New streamers start in the first tier. Changes apply to the next check-out; loans already out keep their due dates and deposits.</source>
            <translation>新主播从第一个级别开始。修改从下一次借出起生效；已借出的样品保持原来的到期日和押金。</translation>
        </message>
        <message>
            <location filename="../../ui/settings/tier_page.py" line="151" />
            <source>never</source>
            <translation>从不</translation>
        </message>
    </context>
    <context>
        <name>Tracking</name>
        <message>
            <location filename="../../present/tracking_text.py" line="14" />
            <source>In transit</source>
            <translation>运输中</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="15" />
            <source>Picked up by the courier</source>
            <translation>快递已揽收</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="16" />
            <source>Out for delivery</source>
            <translation>派送中</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="17" />
            <source>Delivered</source>
            <translation>已签收</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="18" />
            <source>On its way back</source>
            <translation>退回途中</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="19" />
            <source>Back with the sender</source>
            <translation>已退回寄件人</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="20" />
            <source>Refused by the addressee</source>
            <translation>收件人拒签</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="21" />
            <source>Problem parcel: ask the courier</source>
            <translation>疑难件：请联系快递公司</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="22" />
            <source>Status not recognised</source>
            <translation>无法识别的状态</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="29" />
            <source>Automatic tracking is off. Enter the parcel's status by hand.</source>
            <translation>自动查件已关闭。请手动填写包裹状态。</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="32" />
            <source>Automatic tracking is on but not set up: enter the showroom's Kuaidi100 customer ID and key in Settings. Until then, enter statuses by hand.</source>
            <translation>自动查件已开启但尚未设置：请在设置中填写本样品间的快递100 customer 编号和授权 key。在此之前，请手动填写状态。</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="37" />
            <source>This courier cannot be tracked automatically. Enter the parcel's status by hand.</source>
            <translation>该快递公司无法自动查件。请手动填写包裹状态。</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="40" />
            <source>Kuaidi100 refused the showroom's account (wrong customer ID or key, expired key, or no queries left). Tracking has stopped; check the account in Settings.</source>
            <translation>快递100拒绝了本样品间的账号（customer 编号或授权 key 错误、key 已过期或查询单量已用完）。自动查件已停止，请在设置中检查账号。</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="45" />
            <source>Kuaidi100 would not look up this waybill. Check the waybill number, the courier and (for SF Express) the phone number.</source>
            <translation>快递100未能查询该运单。请检查运单号、快递公司以及（顺丰）手机号码。</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="50" />
            <source>The courier has no scans of this waybill yet. It will be asked again later.</source>
            <translation>快递公司暂无该运单的物流记录，稍后将再次查询。</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="53" />
            <source>Kuaidi100 is not answering properly just now. It will be asked again later.</source>
            <translation>快递100暂时无法正常响应，稍后将再次查询。</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="56" />
            <source>Kuaidi100 did not answer in time. It will be asked again later.</source>
            <translation>快递100未及时响应，稍后将再次查询。</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="59" />
            <source>Kuaidi100 cannot be reached (is the internet down?). It will be asked again later.</source>
            <translation>无法连接快递100（网络是否已断开？），稍后将再次查询。</translation>
        </message>
        <message>
            <location filename="../../present/tracking_text.py" line="62" />
            <source>Kuaidi100's answer could not be read. It will be asked again later.</source>
            <translation>无法读取快递100的返回结果，稍后将再次查询。</translation>
        </message>
    </context>
    <context>
        <name>TransferListModel</name>
        <message>
            <location filename="../../ui/models/transfer_models.py" line="61" />
            <source>Number</source>
            <translation>单号</translation>
        </message>
        <message>
            <location filename="../../ui/models/transfer_models.py" line="62" />
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <location filename="../../ui/models/transfer_models.py" line="63" />
            <source>From</source>
            <translation>调出</translation>
        </message>
        <message>
            <location filename="../../ui/models/transfer_models.py" line="64" />
            <source>To</source>
            <translation>调入</translation>
        </message>
        <message>
            <location filename="../../ui/models/transfer_models.py" line="65" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/models/transfer_models.py" line="66" />
            <source>Sent</source>
            <translation>发出</translation>
        </message>
        <message>
            <location filename="../../ui/models/transfer_models.py" line="67" />
            <source>Received</source>
            <translation>已接收</translation>
        </message>
        <message>
            <location filename="../../ui/models/transfer_models.py" line="68" />
            <source>Short</source>
            <translation>短少</translation>
        </message>
        <message>
            <location filename="../../ui/models/transfer_models.py" line="69" />
            <source>Extra</source>
            <translation>多出</translation>
        </message>
        <message>
            <location filename="../../ui/models/transfer_models.py" line="70" />
            <source>Damaged</source>
            <translation>损坏</translation>
        </message>
        <message>
            <location filename="../../ui/models/transfer_models.py" line="71" />
            <source>Sent at</source>
            <translation>发出时间</translation>
        </message>
    </context>
    <context>
        <name>TransferSlip</name>
        <message>
            <location filename="../../printing/transfer_slip.py" line="61" />
            <source>Transfer slip {number}: {source} to {destination}</source>
            <translation>调拨单 {number}：{source} 调往 {destination}</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="70" />
            <source>{source} to {destination} · transfer {number} · page {page}</source>
            <translation>{source} 调往 {destination} · 调拨单 {number} · 第 {page} 页</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="78" />
            <source>In transit</source>
            <translation>在途</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="79" />
            <location filename="../../printing/transfer_slip.py" line="88" />
            <location filename="../../printing/transfer_slip.py" line="106" />
            <location filename="../../printing/transfer_slip.py" line="118" />
            <source>Received</source>
            <translation>已接收</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="80" />
            <source>Received with samples short</source>
            <translation>已接收（有短少）</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="81" />
            <source>Called back</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="89" />
            <location filename="../../printing/transfer_slip.py" line="119" />
            <source>Short</source>
            <translation>短少</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="90" />
            <source>Extra (not on the slip)</source>
            <translation>多出（不在调拨单上）</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="91" />
            <location filename="../../printing/transfer_slip.py" line="121" />
            <source>Damaged</source>
            <translation>损坏</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="97" />
            <source>{moment} by {name}</source>
            <translation>{moment}，{name}</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="99" />
            <source>From</source>
            <translation>调出</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="100" />
            <source>To</source>
            <translation>调入</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="101" />
            <location filename="../../printing/transfer_slip.py" line="117" />
            <source>Sent</source>
            <translation>发出</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="102" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="108" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="110" />
            <source>Called back because</source>
            <translation>撤回原因</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="120" />
            <source>Extra</source>
            <translation>多出</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="127" />
            <source>Samples ({count})</source>
            <translation>样品（{count} 件）</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="128" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="128" />
            <source>Arrived ✓</source>
            <translation>到货 ✓</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="129" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="129" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="145" />
            <source>Sent by</source>
            <translation>发货人</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="146" />
            <source>Carried by</source>
            <translation>承运人</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="147" />
            <source>Received by</source>
            <translation>收货人</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="150" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="151" />
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="152" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../printing/transfer_slip.py" line="169" />
            <source>Signatures</source>
            <translation>签字</translation>
        </message>
    </context>
    <context>
        <name>Transfers</name>
        <message>
            <location filename="../../present/transfer_text.py" line="13" />
            <location filename="../../present/transfer_text.py" line="22" />
            <source>In transit</source>
            <translation>在途</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="14" />
            <location filename="../../present/transfer_text.py" line="23" />
            <source>Received</source>
            <translation>已接收</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="15" />
            <source>Received with samples short</source>
            <translation>已接收（有短少）</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="16" />
            <source>Called back</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="24" />
            <source>Short</source>
            <translation>短少</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="25" />
            <source>Extra (not on the slip)</source>
            <translation>多出（不在调拨单上）</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="26" />
            <source>Damaged</source>
            <translation>损坏</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="33" />
            <source>Short, found at the sender</source>
            <translation>短少，调出方已找到</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="34" />
            <source>Short, declared lost by the sender</source>
            <translation>短少，调出方已报丢失</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="35" />
            <source>Short, arrived late</source>
            <translation>短少，已迟到接收</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="40" />
            <source>Sent</source>
            <translation>发出</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="40" />
            <source>Incoming</source>
            <translation>调入</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="51" />
            <source>Choose the showroom the samples go to.</source>
            <translation>请选择样品调往的样品间。</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="52" />
            <source>This counter does not know showroom {showroom}: sync with HQ, then choose it again.</source>
            <translation>本柜台不认识样品间 {showroom}：请先与总部同步，再重新选择。</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="55" />
            <source>{showroom} is this showroom: a transfer goes to another one.</source>
            <translation>{showroom} 就是本样品间：调拨只能发往其他样品间。</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="56" />
            <source>{code} cannot be sent: it is {status}, not in stock.</source>
            <translation>{code} 不能调出：它当前为“{status}”，不在库。</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="57" />
            <source>{code} is not a sample of this showroom: only its own samples are sent.</source>
            <translation>{code} 不是本样品间的样品：只能调出本样品间的样品。</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="58" />
            <source>No transfer {number} is known here: sync with HQ to learn of transfers sent to this showroom.</source>
            <translation>本柜台没有调拨单 {number}：请与总部同步，以获取调往本样品间的调拨。</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="61" />
            <source>Transfer {number} is no longer in transit (received or called back).</source>
            <translation>调拨单 {number} 已不在途（已接收或已撤回）。</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="64" />
            <source>Transfer {number} was sent from this showroom, not to it.</source>
            <translation>调拨单 {number} 是本样品间发出的，不是调入本样品间的。</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="65" />
            <source>Transfer {number} was sent to this showroom: only its sender calls it back.</source>
            <translation>调拨单 {number} 是调入本样品间的：只有发出方可以撤回。</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="68" />
            <source>{code} is not a transfer slip: scan the barcode on the slip (it looks like CS-T261206001).</source>
            <translation>{code} 不是调拨单：请扫描调拨单上的条码（形如 CS-T261206001）。</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="71" />
            <source>{code} is not a sample's code: scan the label on each sample (its code looks like CS-000042).</source>
            <translation>{code} 不是样品编码：请扫描每件样品上的标签（形如 CS-000042）。</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="74" />
            <source>Scan the samples that came before finishing the receipt.</source>
            <translation>请先扫描到货的样品，再完成接收。</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="75" />
            <source>{code} is not a sample short on transfer {number}: only one its receipt found short, and not arrived since, is settled or received late.</source>
            <translation>{code} 不是调拨单 {number} 的短少样品：只有接收时短少、且之后未到货的样品，才能处理或迟到接收。</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="79" />
            <source>{code} of transfer {number} is settled already.</source>
            <translation>调拨单 {number} 的 {code} 已处理过。</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="80" />
            <source>Transfer {number} was received and nothing of it is still short: there is nothing to receive late.</source>
            <translation>调拨单 {number} 已接收，且已没有短少样品：没有可迟到接收的样品。</translation>
        </message>
        <message>
            <location filename="../../present/transfer_text.py" line="85" />
            <source>The transfer refused this.</source>
            <translation>调拨无法执行此操作。</translation>
        </message>
    </context>
    <context>
        <name>TransfersScreen</name>
        <message>
            <location filename="../../ui/screens/transfers.py" line="54" />
            <source>Scan samples to send, or a transfer slip to receive it · F12 or CMD-CONFIRM confirms</source>
            <translation>扫描要调出的样品，或扫描调拨单以接收 · F12 或 CMD-CONFIRM 确认</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="55" />
            <source>Transfers scan field</source>
            <translation>调拨扫描框</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="56" />
            <source>Transfers messages</source>
            <translation>调拨提示</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="60" />
            <source>Send to</source>
            <translation>调往</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="62" />
            <source>Note on the slip, or what is damaged</source>
            <translation>调拨单备注，或损坏情况</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="63" />
            <source>Transfer note</source>
            <translation>调拨备注</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="64" />
            <location filename="../../ui/screens/transfers.py" line="132" />
            <source>Send (F12)</source>
            <translation>调出 (F12)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="66" />
            <source>Damaged (note says how)</source>
            <translation>损坏（备注写明情况）</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="68" />
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="76" />
            <source>Samples of the slip</source>
            <translation>调拨单上的样品</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="78" />
            <location filename="../../ui/screens/transfers.py" line="104" />
            <source>Transfers</source>
            <translation>调拨</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="82" />
            <source>Print slip</source>
            <translation>打印调拨单</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="84" />
            <source>Call back (reason in the note)</source>
            <translation>撤回（备注写明原因）</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="87" />
            <source>Transfers sent and incoming</source>
            <translation>调出与调入的调拨</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="132" />
            <source>Finish receipt (F12)</source>
            <translation>完成接收 (F12)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="134" />
            <source>Receive late (F12)</source>
            <translation>迟到接收 (F12)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="136" />
            <source>Receiving late, on {number} from {source}: {count} sample(s) still short</source>
            <translation>迟到接收 {source} 的调拨单 {number}：仍短少 {count} 件样品</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="145" />
            <source>Receiving {number} from {source}: {count} sample(s) on the slip</source>
            <translation>正在接收 {source} 的调拨单 {number}：单上 {count} 件样品</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="150" />
            <source>New transfer: choose where it goes, scan the samples</source>
            <translation>新调拨：选择调往的样品间，扫描样品</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="158" />
            <source>Transfers: receipt of {number} not finished</source>
            <translation>调拨：{number} 的接收尚未完成</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="160" />
            <source>Transfers: {count} sample(s) on a slip not sent</source>
            <translation>调拨：调拨单上有 {count} 件样品尚未调出</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="173" />
            <source>{code} is not used here.</source>
            <translation>此处不使用 {code}。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="184" />
            <source>Send or clear the slip being made before receiving {number}.</source>
            <translation>接收 {number} 之前，请先调出或清空正在填写的调拨单。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="204" />
            <source>Transfer {number} opened: scan the samples that came.</source>
            <translation>已打开调拨单 {number}：请扫描到货的样品。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="222" />
            <source>{code} is on the slip already.</source>
            <translation>{code} 已在调拨单上。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="237" />
            <source>{code} {product}: on the slip ({count}).</source>
            <translation>{code} {product}：已加入调拨单（{count} 件）。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="262" />
            <source>{code} is not on this slip: listed as extra.</source>
            <translation>{code} 不在此调拨单上：记为多出。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="267" />
            <source>{code}: arrived ({count} of {total}).</source>
            <translation>{code}：已到货（{count}/{total}）。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_shortfalls.py" line="50" />
            <location filename="../../ui/screens/transfer_shortfalls.py" line="53" />
            <source>Short samples not settled</source>
            <translation>未处理的短少样品</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_shortfalls.py" line="54" />
            <source>&amp;Found here</source>
            <translation>在本店找到(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_shortfalls.py" line="57" />
            <source>Declare &amp;lost (reason in the note)</source>
            <translation>报丢失（备注写明原因）(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_shortfalls.py" line="89" />
            <source>{code} is short on transfer {number}: Found here (Alt+F) puts it back in stock.</source>
            <translation>{code} 是调拨单 {number} 的短少样品：按“在本店找到”(Alt+F) 使其重新在库。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_shortfalls.py" line="100" />
            <source>Choose a sample short on a transfer sent from here first.</source>
            <translation>请先选择一件本店调出、调拨短少的样品。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_shortfalls.py" line="104" />
            <source>Say in the note why {code} is declared lost.</source>
            <translation>请在备注中写明 {code} 报丢失的原因。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_shortfalls.py" line="123" />
            <source>{code} found here: in stock again.</source>
            <translation>{code} 已在本店找到：重新在库。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_shortfalls.py" line="127" />
            <source>{code} declared lost: no streamer is charged.</source>
            <translation>{code} 已报丢失：不向任何主播收费。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_shortfalls.py" line="136" />
            <source>Transfer {number} was received with {count} sample(s) short: scan the ones that turned up.</source>
            <translation>调拨单 {number} 接收时短少 {count} 件样品：请扫描找到的样品。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_shortfalls.py" line="166" />
            <source>{code} was short on transfer {number} from {showroom}: receiving it late — scan any others, then F12</source>
            <translation>{code} 在{showroom}发来的调拨单 {number} 上短少：正在迟到接收——如有其他样品请继续扫描，然后按 F12</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_shortfalls.py" line="199" />
            <source>{code}: arrived late ({count} of {total} short).</source>
            <translation>{code}：迟到到货（短少 {total} 件中的第 {count} 件）。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_shortfalls.py" line="204" />
            <location filename="../../ui/screens/transfers.py" line="273" />
            <source>{code} is scanned already.</source>
            <translation>{code} 已扫描过。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_shortfalls.py" line="209" />
            <source>Scan the samples that turned up first.</source>
            <translation>请先扫描找到的样品。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_shortfalls.py" line="227" />
            <source>{count} sample(s) of transfer {number} received late: in stock here; {short} still short.</source>
            <translation>调拨单 {number} 的 {count} 件样品已迟到接收：已在本店在库；仍短少 {short} 件。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="288" />
            <source>Scan the damaged sample first (while receiving a transfer).</source>
            <translation>请先扫描损坏的样品（在接收调拨时）。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="290" />
            <source>Say in the note how {code} is damaged.</source>
            <translation>请在备注中写明 {code} 的损坏情况。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="298" />
            <source>{code}: damaged ({note}).</source>
            <translation>{code}：损坏（{note}）。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="303" />
            <source>Recording the transfer; {code} will be taken right after.</source>
            <translation>正在记录调拨；{code} 将随后处理。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfers.py" line="328" />
            <source>{number}: {source} to {destination}, {state}</source>
            <translation>{number}：{source} 调往 {destination}，{state}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_ending.py" line="25" />
            <source>Scan the samples to send first.</source>
            <translation>请先扫描要调出的样品。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_ending.py" line="28" />
            <source>Choose the showroom the samples go to (sync with HQ to learn of them).</source>
            <translation>请选择样品调往的样品间（与总部同步后可见）。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_ending.py" line="48" />
            <source>Transfer {number} sent to {destination}: {count} sample(s) in transit. Print the slip.</source>
            <translation>调拨单 {number} 已调往 {destination}：{count} 件样品在途。请打印调拨单。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_ending.py" line="58" />
            <source>{scanned} of {total} sample(s) scanned; {short} will be recorded short. Finish?</source>
            <translation>已扫描 {scanned}/{total} 件样品；{short} 件将记为短少。完成接收？</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_ending.py" line="64" />
            <source>Keep scanning</source>
            <translation>继续扫描</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_ending.py" line="67" />
            <source>Finish the receipt</source>
            <translation>完成接收</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_ending.py" line="91" />
            <source>Transfer {number} received: {received} in stock here, {short} short, {extra} extra, {damaged} damaged.</source>
            <translation>调拨单 {number} 已接收：{received} 件在本店在库，短少 {short} 件，多出 {extra} 件，损坏 {damaged} 件。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_ending.py" line="106" />
            <source>Choose a transfer in the list first.</source>
            <translation>请先在列表中选择一张调拨单。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_ending.py" line="113" />
            <source>Transfer slip {number}</source>
            <translation>调拨单 {number}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_ending.py" line="134" />
            <source>Choose a transfer sent from here and still in transit.</source>
            <translation>请选择一张本店调出且仍在途的调拨单。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_ending.py" line="137" />
            <source>Say in the note why the transfer is called back.</source>
            <translation>请在备注中写明撤回调拨的原因。</translation>
        </message>
        <message>
            <location filename="../../ui/screens/transfer_ending.py" line="148" />
            <source>Transfer {number} called back: its {count} sample(s) are in stock again.</source>
            <translation>调拨单 {number} 已撤回：{count} 件样品重新在库。</translation>
        </message>
    </context>
</TS>
