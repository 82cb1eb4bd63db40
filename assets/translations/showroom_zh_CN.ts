<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../ui/widgets/accessibility.py" line="17"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accessibility.py" line="22"/>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accessibility.py" line="24"/>
        <source>Column headers</source>
        <translation>列标题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/accessibility.py" line="25"/>
        <source>Row headers</source>
        <translation>行标题</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="45"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="45"/>
        <source>Something went wrong. Nothing half-done was saved; the details are in the log.</source>
        <translation>出错了。未保存任何不完整的数据，详情已记入日志。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="76"/>
        <source>Preparing the demo showroom…</source>
        <translation>正在准备演示样品间…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="77"/>
        <source>Opening the showroom…</source>
        <translation>正在打开样品间…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="83"/>
        <source>Demo showroom. Staff and PINs: {people}</source>
        <translation>演示样品间。员工及密码：{people}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="99"/>
        <source>Showroom</source>
        <translation>样品间</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="99"/>
        <source>This database was made by a newer version of Showroom. Please install the newer version; the database was not changed.</source>
        <translation>此数据库由更新版本的样品间软件创建。请安装新版本；数据库未做任何改动。</translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <location filename="../../ui/models/basket_model.py" line="20"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/models/basket_model.py" line="20"/>
        <source>Sample</source>
        <translation>样品编号</translation>
    </message>
    <message>
        <location filename="../../ui/models/basket_model.py" line="20"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/models/basket_model.py" line="20"/>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../ui/models/basket_model.py" line="20"/>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <location filename="../../ui/models/basket_model.py" line="21"/>
        <source>Value</source>
        <translation>货值</translation>
    </message>
</context>
<context>
    <name>BasketView</name>
    <message>
        <location filename="../../ui/widgets/basket_view.py" line="31"/>
        <source>Samples to lend</source>
        <translation>待借出样品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/basket_view.py" line="39"/>
        <source>Line numbers</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/basket_view.py" line="42"/>
        <source>Basket columns</source>
        <translation>借出清单列</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/basket_view.py" line="50"/>
        <source>Remove line</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/basket_view.py" line="51"/>
        <source>Remove the selected sample from the basket</source>
        <translation>从借出清单中移除所选样品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/basket_view.py" line="52"/>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/basket_view.py" line="53"/>
        <source>Clear the streamer and the basket</source>
        <translation>清空当前主播和借出清单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/basket_view.py" line="92"/>
        <source>Basket: {count} sample(s), value {value}</source>
        <translation>借出清单：{count} 件样品，货值 {value}</translation>
    </message>
</context>
<context>
    <name>CheckinResultView</name>
    <message>
        <location filename="../../ui/widgets/checkin_result_view.py" line="20"/>
        <source>Result of the last check-in</source>
        <translation>上次归还结果</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_result_view.py" line="27"/>
        <source>The result of each check-in shows here: what came back, what the streamer still holds, and the deposit refunded.</source>
        <translation>每次归还的结果会显示在这里：归还了哪些样品、主播仍持有哪些样品，以及应退押金。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_result_view.py" line="31"/>
        <source>Checked in at {time}</source>
        <translation>归还时间：{time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_result_view.py" line="37"/>
        <source>Loan {number} — {name}</source>
        <translation>借样单 {number} — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_result_view.py" line="39"/>
        <source>Returned: {codes}</source>
        <translation>已归还：{codes}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_result_view.py" line="39"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_result_view.py" line="42"/>
        <source>Loan closed. Refund the deposit: {amount} by {method}.</source>
        <translation>借样单已结清。请退还押金：{amount}（{method}）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_result_view.py" line="45"/>
        <source>Loan closed. No deposit to refund.</source>
        <translation>借样单已结清。无押金需退还。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_result_view.py" line="48"/>
        <source>Loan still open; the deposit stays held.</source>
        <translation>借样单尚未结清，押金暂不退还。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_result_view.py" line="50"/>
        <source>{name} still holds {count} sample(s):</source>
        <translation>{name}仍持有 {count} 件样品：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_result_view.py" line="55"/>
        <source>{code} {product} — due {due}, {days} day(s) late</source>
        <translation>{code} {product} — 应还 {due}，已逾期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_result_view.py" line="59"/>
        <source>{code} {product} — due {due}</source>
        <translation>{code} {product} — 应还 {due}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkin_result_view.py" line="64"/>
        <source>{name} holds no other samples.</source>
        <translation>{name}已无其他在借样品。</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <location filename="../../ui/screens/checkin.py" line="49"/>
        <source>Check-in</source>
        <translation>归还</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="56"/>
        <source>Scan the returned samples, then press Enter on the empty field</source>
        <translation>扫描归还的样品，扫完后在空白扫码框按 Enter 确认</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="58"/>
        <source>Check-in scan field</source>
        <translation>归还扫码框</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="63"/>
        <source>Check-in messages</source>
        <translation>归还提示</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="69"/>
        <source>Samples being returned</source>
        <translation>待归还样品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="82"/>
        <source>Line numbers</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="86"/>
        <source>Columns of the returned samples</source>
        <translation>归还样品列</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="93"/>
        <source>Condition of the selected sample</source>
        <translation>所选样品的品相</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="97"/>
        <source>Remove line</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="98"/>
        <source>Remove the selected sample from the list</source>
        <translation>从列表中移除所选样品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="99"/>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="100"/>
        <source>Clear the list of returned samples</source>
        <translation>清空归还列表</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="104"/>
        <source>Confirm check-in</source>
        <translation>确认归还</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="108"/>
        <source>Condition of selected sample:</source>
        <translation>所选样品品相：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="143"/>
        <source>Recording the return; {code} will be taken right after.</source>
        <translation>正在记录归还，{code} 将在完成后接着处理。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="150"/>
        <source>{code} is a member card; on check-in scan the samples themselves.</source>
        <translation>{code} 是会员卡；归还时请扫描样品本身。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="153"/>
        <source>{code} is a loan number; scan the samples themselves, each finds its loan.</source>
        <translation>{code} 是借样单号；请逐件扫描样品，系统会自动匹配借样单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="170"/>
        <source>{code} {product} from {name} (loan {loan}), {days} day(s) late.</source>
        <translation>{code} {product}：{name}（借样单 {loan}），已逾期 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="175"/>
        <source>{code} {product} from {name} (loan {loan}).</source>
        <translation>{code} {product}：{name}（借样单 {loan}）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="209"/>
        <source>{code} removed from the list.</source>
        <translation>已从列表中移除 {code}。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="224"/>
        <source>{count} sample(s) to check in · {late} late · {bad} not in good condition</source>
        <translation>待归还 {count} 件 · 逾期 {late} 件 · 品相异常 {bad} 件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="247"/>
        <source>Recording the return…</source>
        <translation>正在登记归还…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkin.py" line="264"/>
        <source>{count} sample(s) checked in.</source>
        <translation>已归还 {count} 件样品。</translation>
    </message>
</context>
<context>
    <name>CheckoutScreen</name>
    <message>
        <location filename="../../ui/screens/checkout.py" line="65"/>
        <source>Check-out</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="71"/>
        <source>Scan member card or sample — or type a phone number</source>
        <translation>扫描会员卡或样品，或输入手机号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="73"/>
        <source>Check-out scan field</source>
        <translation>借出扫码框</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="78"/>
        <source>Check-out messages</source>
        <translation>借出提示</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="89"/>
        <location filename="../../ui/screens/checkout.py" line="252"/>
        <source>Confirm check-out</source>
        <translation>确认借出</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="122"/>
        <source>Recording the loan; {code} will be taken right after.</source>
        <translation>正在记录借样，{code} 将在完成后接着处理。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="128"/>
        <source>{code} is a loan number; returns are taken on the Check-in screen.</source>
        <translation>{code} 是借样单号；归还请到“归还”页面办理。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="131"/>
        <source>That is the product&apos;s own barcode; scan the sample&apos;s label instead.</source>
        <translation>这是商品条码；请改扫样品标签。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="156"/>
        <source>No streamer has phone {phone}. Register them now?</source>
        <translation>没有手机号为 {phone} 的主播，现在登记吗？</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="157"/>
        <source>New streamer</source>
        <translation>新主播</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="175"/>
        <source>Now serving {name}; the basket was cleared.</source>
        <translation>当前接待：{name}；借出清单已清空。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="176"/>
        <source>Serving {name}. Scan the samples.</source>
        <translation>当前接待：{name}。请扫描样品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="194"/>
        <source>Scan the streamer&apos;s member card (or type their phone number) before the samples.</source>
        <translation>请先扫描主播会员卡（或输入手机号），再扫样品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="205"/>
        <source>{code} {product} added.</source>
        <translation>已添加 {code} {product}。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="216"/>
        <source>{code} removed from the basket.</source>
        <translation>已从借出清单移除 {code}。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="251"/>
        <source>Confirm with manager override</source>
        <translation>经理授权后借出</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="269"/>
        <source>Working out the due date and deposit…</source>
        <translation>正在计算应还日期和押金…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="273"/>
        <source>Scan the streamer&apos;s member card first.</source>
        <translation>请先扫描主播会员卡。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="287"/>
        <source>Recording the loan…</source>
        <translation>正在登记借样单…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="297"/>
        <source>A manager must allow this: {blocks}.</source>
        <translation>需经理授权。{blocks}。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="312"/>
        <source>Not recorded: no manager override was given.</source>
        <translation>未登记：经理未授权。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/checkout.py" line="321"/>
        <source>Loan {number} recorded for {name}: {count} sample(s), due {due}; deposit {deposit} ({method}).</source>
        <translation>已为{name}登记借样单 {number}：共 {count} 件，应还日期 {due}；押金 {deposit}（{method}）。</translation>
    </message>
</context>
<context>
    <name>CheckoutTerms</name>
    <message>
        <location filename="../../ui/widgets/checkout_terms.py" line="38"/>
        <source>Due date</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_terms.py" line="45"/>
        <source>Deposit to collect</source>
        <translation>应收押金</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_terms.py" line="53"/>
        <source>Deposit method</source>
        <translation>押金支付方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_terms.py" line="58"/>
        <source>Planned live stream on</source>
        <translation>计划直播日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_terms.py" line="60"/>
        <source>Set a planned live-stream date</source>
        <translation>设置计划直播日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_terms.py" line="63"/>
        <source>Planned live-stream date</source>
        <translation>计划直播日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_terms.py" line="81"/>
        <source>Due back by</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_terms.py" line="82"/>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/checkout_terms.py" line="83"/>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
</context>
<context>
    <name>ConditionDelegate</name>
    <message>
        <location filename="../../ui/widgets/condition_delegate.py" line="15"/>
        <source>Condition on return</source>
        <translation>归还品相</translation>
    </message>
</context>
<context>
    <name>CounterStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="20"/>
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="24"/>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="37"/>
        <source>Staff: {name} ({role})</source>
        <translation>当班：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="47"/>
        <source>● Offline (HQ sync not set up) · {n} change(s) waiting</source>
        <translation>● 离线（未配置总部同步）· {n} 条变更待同步</translation>
    </message>
</context>
<context>
    <name>DeclareLostDialog</name>
    <message>
        <location filename="../../ui/dialogs/declare_lost_dialog.py" line="20"/>
        <source>Declare sample lost</source>
        <translation>样品报失</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declare_lost_dialog.py" line="22"/>
        <source>Sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declare_lost_dialog.py" line="23"/>
        <source>Unit value</source>
        <translation>单件货值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declare_lost_dialog.py" line="24"/>
        <source>Settle by</source>
        <translation>赔偿方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declare_lost_dialog.py" line="25"/>
        <source>How the loss is settled</source>
        <translation>丢失赔偿方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declare_lost_dialog.py" line="26"/>
        <source>Keep the deposit held (up to the unit value)</source>
        <translation>以押金抵扣（不超过单件货值）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declare_lost_dialog.py" line="28"/>
        <source>Charge the unit value</source>
        <translation>按单件货值收取赔偿</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declare_lost_dialog.py" line="29"/>
        <source>Charge paid by</source>
        <translation>赔偿支付方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declare_lost_dialog.py" line="30"/>
        <source>How the charge is paid</source>
        <translation>赔偿款支付方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declare_lost_dialog.py" line="33"/>
        <location filename="../../ui/dialogs/declare_lost_dialog.py" line="34"/>
        <source>What happened</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declare_lost_dialog.py" line="35"/>
        <source>e.g. streamer says it was lost in transit</source>
        <translation>例如：主播称在运输途中丢失</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="19"/>
        <source>{field} is required.</source>
        <translation>{field}不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="20"/>
        <source>{field} is too long (at most {value} characters).</source>
        <translation>{field}过长（最多 {value} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="21"/>
        <source>{value} is not a mainland mobile number (11 digits starting with 1).</source>
        <translation>{value} 不是有效的大陆手机号（应为以 1 开头的 11 位数字）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="22"/>
        <source>{value} is not a valid product barcode (check digit wrong).</source>
        <translation>{value} 不是有效的商品条码（校验位错误）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="23"/>
        <source>{field} must be an amount of money of zero or more.</source>
        <translation>{field}必须是不小于 0 的金额。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>{field} must be between 0 and 100 %.</source>
        <translation>{field}必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>Quantity must be between 1 and {value}.</source>
        <translation>数量必须在 1 到 {value} 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>密码须为 4 至 12 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="27"/>
        <source>A showroom code is 2 to 4 capital letters, e.g. CS.</source>
        <translation>样品间代码须为 2 至 4 个大写字母，例如 CS。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="28"/>
        <source>{field} cannot be in the past.</source>
        <translation>{field}不能早于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>Loan {value} is already closed.</source>
        <translation>借样单 {value} 已结清。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>{field} is too large.</source>
        <translation>{field}过大。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>The new due date must be after the current one ({value}).</source>
        <translation>新的应还日期必须晚于当前应还日期（{value}）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>Nothing to change: it is already so.</source>
        <translation>无需更改：当前已是该状态。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>No deposit is held for loan {value}; record a charge instead.</source>
        <translation>借样单 {value} 没有已收押金；请改为登记收费。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="35"/>
        <source>{field} is not valid: {value}</source>
        <translation>{field}无效：{value}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <source>blacklisted: {reason}</source>
        <translation>已拉黑：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>suspended: {reason}</source>
        <translation>已暂停：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45"/>
        <source>holds {count} overdue sample(s)</source>
        <translation>有 {count} 件样品逾期未还</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>would hold {count} samples, over the tier limit of {limit}</source>
        <translation>借后将持有 {count} 件，超出等级上限 {limit} 件</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>the deposit would be waived</source>
        <translation>本次将免押</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>Unknown code {code}: no sample, card or loan has this code.</source>
        <translation>无法识别 {code}：没有对应的样品、会员卡或借样单。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>Sample {code} is not in stock: {holder} has held it since {since} (loan {loan}).</source>
        <translation>样品 {code} 不在库：{holder}自 {since} 借出至今（借样单 {loan}）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>Sample {code} is not in stock (status: {status}).</source>
        <translation>样品 {code} 不在库（状态：{status}）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>Sample {code} is already in the list.</source>
        <translation>样品 {code} 已在列表中。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>Scan at least one sample first.</source>
        <translation>请先扫描至少一件样品。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75"/>
        <source>Sample {code} is not on loan (status: {status}); nothing to return.</source>
        <translation>样品 {code} 未借出（状态：{status}），无需归还。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>{name} cannot borrow now: {blocks}.</source>
        <translation>{name}暂不能借样。{blocks}。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>Override refused: that manager name and PIN do not match.</source>
        <translation>授权失败：经理姓名与密码不匹配。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>Override refused: please give a reason.</source>
        <translation>授权失败：请填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>Override refused.</source>
        <translation>授权失败。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>This staff account is disabled. Please ask an administrator.</source>
        <translation>该员工账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88"/>
        <source>Only a {role} may do this.</source>
        <translation>仅{role}可执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90"/>
        <source>Name or PIN is wrong.</source>
        <translation>姓名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="93"/>
        <source>Phone {key} is already registered to {owner}.</source>
        <translation>手机号 {key} 已登记在{owner}名下。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>Barcode {key} already belongs to {owner}.</source>
        <translation>条码 {key} 已被{owner}使用。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95"/>
        <source>A merchant named {key} already exists.</source>
        <translation>商家“{key}”已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96"/>
        <source>A staff member named {key} already exists.</source>
        <translation>员工“{key}”已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>{key} already exists.</source>
        <translation>{key} 已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>No streamer found for {key}.</source>
        <translation>未找到与 {key} 对应的主播。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="101"/>
        <source>No loan numbered {key}.</source>
        <translation>没有编号为 {key} 的借样单。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>No product has barcode {key}.</source>
        <translation>没有条码为 {key} 的商品。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="103"/>
        <source>Not found: {key}</source>
        <translation>未找到：{key}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>The planned live-stream date is in the past.</source>
        <translation>计划直播日期不能早于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="107"/>
        <source>The planned live-stream date is beyond this tier&apos;s loan period (latest {latest}).</source>
        <translation>计划直播日期超出该等级的借期（最晚 {latest}）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112"/>
        <source>The database is busy with another program; nothing was saved. Please try again.</source>
        <translation>数据库正被其他程序占用，本次未保存，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114"/>
        <source>This showroom has not been set up yet.</source>
        <translation>此样品间尚未设置。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>Something went wrong and nothing was saved. The details are in the log; please try again or tell your manager.</source>
        <translation>出错了，未保存任何内容。详情已记入日志；请重试或告知经理。</translation>
    </message>
</context>
<context>
    <name>ExtendDueDialog</name>
    <message>
        <location filename="../../ui/dialogs/extend_due_dialog.py" line="21"/>
        <source>Extend due date</source>
        <translation>延长应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_due_dialog.py" line="24"/>
        <source>Loan</source>
        <translation>借样单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_due_dialog.py" line="25"/>
        <source>Due now</source>
        <translation>当前应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_due_dialog.py" line="27"/>
        <location filename="../../ui/dialogs/extend_due_dialog.py" line="28"/>
        <source>New due date</source>
        <translation>新应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_due_dialog.py" line="31"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_due_dialog.py" line="32"/>
        <source>Reason for the extension</source>
        <translation>延期原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_due_dialog.py" line="33"/>
        <source>e.g. live stream moved to Saturday</source>
        <translation>例如：直播改到周六</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../ui/models/history_table_model.py" line="21"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_table_model.py" line="21"/>
        <source>Movement</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_table_model.py" line="21"/>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_table_model.py" line="21"/>
        <source>Streamer</source>
        <translation>主播</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_table_model.py" line="21"/>
        <source>Loan</source>
        <translation>借样单</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_table_model.py" line="22"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>HoldingActions</name>
    <message>
        <location filename="../../ui/widgets/holding_actions.py" line="23"/>
        <source>Extend due date…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/holding_actions.py" line="24"/>
        <source>Declare lost…</source>
        <translation>报失…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/holding_actions.py" line="46"/>
        <source>Only a manager may do this.</source>
        <translation>仅经理可执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/holding_actions.py" line="56"/>
        <source>Loan {loan} is now due {due}.</source>
        <translation>借样单 {loan} 已延期，新的应还日期为 {due}。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/holding_actions.py" line="66"/>
        <source>Sample {code} recorded as lost.</source>
        <translation>样品 {code} 已登记为丢失。</translation>
    </message>
</context>
<context>
    <name>HoldingTableModel</name>
    <message>
        <location filename="../../ui/models/streamer_detail_models.py" line="22"/>
        <source>Code</source>
        <translation>样品编号</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_detail_models.py" line="22"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_detail_models.py" line="22"/>
        <source>Loan</source>
        <translation>借样单</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_detail_models.py" line="22"/>
        <source>Out since</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_detail_models.py" line="22"/>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_detail_models.py" line="23"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_detail_models.py" line="23"/>
        <source>Value</source>
        <translation>货值</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <location filename="../../ui/screens/intake.py" line="41"/>
        <source>Scan a product barcode, or type a name, brand or merchant</source>
        <translation>扫描商品条码，或输入商品名称、品牌、商家</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="43"/>
        <source>Product search</source>
        <translation>商品搜索</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="44"/>
        <source>New merchant…</source>
        <translation>新建商家…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="45"/>
        <source>New merchant</source>
        <translation>新建商家</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="46"/>
        <source>New product…</source>
        <translation>新建商品…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="47"/>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="49"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="65"/>
        <source>Intake</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="75"/>
        <location filename="../../ui/screens/intake.py" line="93"/>
        <source>Receive samples</source>
        <translation>样品入库</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="83"/>
        <location filename="../../ui/screens/intake.py" line="102"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="86"/>
        <source>Shelf location</source>
        <translation>货架位置</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="87"/>
        <source>e.g. A-01</source>
        <translation>例如 A-01</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="91"/>
        <source>Condition note</source>
        <translation>品相备注</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="92"/>
        <source>Optional, e.g. box dented</source>
        <translation>选填，例如：外盒压痕</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="93"/>
        <source>Receive</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="98"/>
        <source>New sample codes</source>
        <translation>新样品编号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="103"/>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="104"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="110"/>
        <source>New codes</source>
        <translation>新样品编号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="144"/>
        <location filename="../../ui/screens/intake.py" line="215"/>
        <source>Scan or pick a product first.</source>
        <translation>请先扫描或选择商品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="146"/>
        <source>{product}
{merchant} · {spec}
Sample value {value} · {in_stock} in stock of {total}</source>
        <translation>{product}
{merchant} · {spec}
样品货值 {value} · 在库 {in_stock} 件 / 共 {total} 件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="173"/>
        <source>No product has barcode {ean}. Create a new product with this barcode?</source>
        <translation>没有条码为 {ean} 的商品。要用此条码新建商品吗？</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="174"/>
        <source>Unknown barcode</source>
        <translation>未知条码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="192"/>
        <source>Merchant {name} created.</source>
        <translation>已新建商家：{name}。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="206"/>
        <source>Product {name} created.</source>
        <translation>已新建商品：{name}。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/intake.py" line="229"/>
        <source>Received {count} sample(s) of {product}.</source>
        <translation>已入库 {count} 件样品：{product}。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="11"/>
        <source>In stock</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>On loan</source>
        <translation>借出中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Returned to merchant</source>
        <translation>已退回商家</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Lost</source>
        <translation>已丢失</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Written off</source>
        <translation>已报损</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Blacklisted</source>
        <translation>已拉黑</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Newcomer</source>
        <translation>新手</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Silver</source>
        <translation>银牌</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Gold</source>
        <translation>金牌</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Diamond</source>
        <translation>钻石</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Taobao Live</source>
        <translation>淘宝直播</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>WeChat Channels</source>
        <translation>视频号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>WeChat Pay</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Waived</source>
        <translation>免押</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Good</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Parts missing</source>
        <translation>缺件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Received</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Lent out</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Returned</source>
        <translation>归还</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Declared lost</source>
        <translation>报失</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Due date extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Streamer name</source>
        <translation>主播姓名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Merchant name</source>
        <translation>商家名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Showroom name</source>
        <translation>样品间名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Showroom code</source>
        <translation>样品间代码</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Product barcode (EAN)</source>
        <translation>商品条码（EAN）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Retail price</source>
        <translation>零售价</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Live price</source>
        <translation>直播价</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Sample value</source>
        <translation>样品货值</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Due date</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Deposit method</source>
        <translation>押金支付方式</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Platform handle</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Samples to return</source>
        <translation>待归还样品</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Loan</source>
        <translation>借样单</translation>
    </message>
</context>
<context>
    <name>LoanSummaryTableModel</name>
    <message>
        <location filename="../../ui/models/streamer_detail_models.py" line="64"/>
        <source>Loan</source>
        <translation>借样单</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_detail_models.py" line="64"/>
        <source>Opened</source>
        <translation>开单时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_detail_models.py" line="64"/>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_detail_models.py" line="64"/>
        <source>Closed</source>
        <translation>结清时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_detail_models.py" line="64"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_detail_models.py" line="65"/>
        <source>Returned</source>
        <translation>已还</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_detail_models.py" line="65"/>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_detail_models.py" line="65"/>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_detail_models.py" line="65"/>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="63"/>
        <location filename="../../ui/dialogs/login_dialog.py" line="71"/>
        <location filename="../../ui/dialogs/login_dialog.py" line="72"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="64"/>
        <source>Counter login</source>
        <translation>柜台登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="65"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="65"/>
        <location filename="../../ui/dialogs/login_dialog.py" line="68"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="65"/>
        <location filename="../../ui/dialogs/login_dialog.py" line="70"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="67"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="69"/>
        <source>Type your PIN and press Enter</source>
        <translation>输入密码后按 Enter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="32"/>
        <source>Showroom</source>
        <translation>样品间</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="33"/>
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="35"/>
        <source>Screens</source>
        <translation>功能导航</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>About Showroom</source>
        <translation>关于样品间</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Showroom {version}
Offline-first counter for a sample showroom.
Data folder: {folder}</source>
        <translation>样品间 {version}
离线优先的样品间柜台系统。
数据文件夹：{folder}</translation>
    </message>
</context>
<context>
    <name>MerchantDialog</name>
    <message>
        <location filename="../../ui/dialogs/merchant_dialog.py" line="15"/>
        <source>New merchant</source>
        <translation>新建商家</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merchant_dialog.py" line="17"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merchant_dialog.py" line="18"/>
        <source>Merchant name</source>
        <translation>商家名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merchant_dialog.py" line="19"/>
        <location filename="../../ui/dialogs/merchant_dialog.py" line="20"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merchant_dialog.py" line="21"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merchant_dialog.py" line="22"/>
        <source>Merchant phone</source>
        <translation>商家手机号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merchant_dialog.py" line="24"/>
        <source>Optional, 11-digit mobile</source>
        <translation>选填，11 位手机号</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="26"/>
        <location filename="../../ui/dialogs/override_dialog.py" line="27"/>
        <source>Manager override</source>
        <translation>经理授权</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="29"/>
        <source>This check-out is blocked: {blocks}.
A manager may allow it with their PIN and a reason.</source>
        <translation>此次借出受限。{blocks}。
经理可输入密码并填写原因后放行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="36"/>
        <location filename="../../ui/dialogs/override_dialog.py" line="49"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="40"/>
        <source>Manager PIN</source>
        <translation>经理密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="44"/>
        <source>Reason for the override</source>
        <translation>授权原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="45"/>
        <source>Why is this allowed today?</source>
        <translation>为什么今天可以放行？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="50"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="51"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="57"/>
        <source>Allow</source>
        <translation>授权放行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="59"/>
        <source>Allow the check-out</source>
        <translation>允许借出</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/override_dialog.py" line="62"/>
        <source>Cancel the override</source>
        <translation>取消授权</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/preferences.py" line="24"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="25"/>
        <source>Last staff member</source>
        <translation>上次登录的员工</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="26"/>
        <source>Window size</source>
        <translation>窗口大小</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="19"/>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="24"/>
        <location filename="../../ui/dialogs/product_dialog.py" line="36"/>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="27"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="29"/>
        <source>New merchant</source>
        <translation>新建商家</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="43"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="43"/>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="44"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="45"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="46"/>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="46"/>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="47"/>
        <source>e.g. 30 bags × 25 g</source>
        <translation>例如 30 袋 × 25 g</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="48"/>
        <source>Yuan, e.g. 129.90</source>
        <translation>单位：元，例如 129.90</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="49"/>
        <source>Retail price</source>
        <translation>零售价</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="51"/>
        <source>Live price</source>
        <translation>直播价</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="56"/>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="57"/>
        <source>Commission percent</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="58"/>
        <source>Sample value</source>
        <translation>样品货值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="58"/>
        <source>Sample unit value</source>
        <translation>单件样品货值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="59"/>
        <source>Yuan per sample, charged if lost</source>
        <translation>每件样品的金额（元），丢失时按此赔偿</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="60"/>
        <source>Barcode (EAN)</source>
        <translation>条码（EAN）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="60"/>
        <source>Product barcode</source>
        <translation>商品条码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="61"/>
        <source>Optional; scan the product&apos;s barcode</source>
        <translation>选填；可直接扫描商品条码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/product_dialog.py" line="115"/>
        <source>Choose the merchant first, or create one.</source>
        <translation>请先选择商家，或新建一个。</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../ui/models/product_table_model.py" line="15"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/models/product_table_model.py" line="15"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../ui/models/product_table_model.py" line="15"/>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../ui/models/product_table_model.py" line="15"/>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../ui/models/product_table_model.py" line="16"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/models/product_table_model.py" line="16"/>
        <source>In stock</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../ui/models/product_table_model.py" line="16"/>
        <source>Samples</source>
        <translation>样品数</translation>
    </message>
    <message>
        <location filename="../../ui/models/product_table_model.py" line="16"/>
        <source>Sample value</source>
        <translation>货值</translation>
    </message>
</context>
<context>
    <name>ReturnModel</name>
    <message>
        <location filename="../../ui/models/return_model.py" line="78"/>
        <source>Sample</source>
        <translation>样品编号</translation>
    </message>
    <message>
        <location filename="../../ui/models/return_model.py" line="79"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/models/return_model.py" line="80"/>
        <source>Loan</source>
        <translation>借样单</translation>
    </message>
    <message>
        <location filename="../../ui/models/return_model.py" line="81"/>
        <source>Streamer</source>
        <translation>主播</translation>
    </message>
    <message>
        <location filename="../../ui/models/return_model.py" line="82"/>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/return_model.py" line="83"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/models/return_model.py" line="84"/>
        <source>Condition</source>
        <translation>品相</translation>
    </message>
    <message>
        <location filename="../../ui/models/return_model.py" line="85"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/models/return_model.py" line="118"/>
        <source>{days} day(s) overdue</source>
        <translation>已逾期 {days} 天</translation>
    </message>
</context>
<context>
    <name>SampleTableModel</name>
    <message>
        <location filename="../../ui/models/sample_table_model.py" line="26"/>
        <source>Code</source>
        <translation>样品编号</translation>
    </message>
    <message>
        <location filename="../../ui/models/sample_table_model.py" line="26"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/models/sample_table_model.py" line="26"/>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../ui/models/sample_table_model.py" line="26"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/sample_table_model.py" line="27"/>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <location filename="../../ui/models/sample_table_model.py" line="27"/>
        <source>Holder</source>
        <translation>借用人</translation>
    </message>
    <message>
        <location filename="../../ui/models/sample_table_model.py" line="27"/>
        <source>Loan</source>
        <translation>借样单</translation>
    </message>
    <message>
        <location filename="../../ui/models/sample_table_model.py" line="27"/>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/sample_table_model.py" line="27"/>
        <source>Value</source>
        <translation>货值</translation>
    </message>
    <message>
        <location filename="../../ui/models/sample_table_model.py" line="68"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>SamplesScreen</name>
    <message>
        <location filename="../../ui/screens/samples.py" line="36"/>
        <source>Sample search</source>
        <translation>样品搜索</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="37"/>
        <source>Scan a sample code, or type a product, merchant or holder</source>
        <translation>扫描样品编号，或输入商品、商家、借用人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="41"/>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="42"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="47"/>
        <source>Merchant filter</source>
        <translation>商家筛选</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="49"/>
        <location filename="../../ui/screens/samples.py" line="182"/>
        <source>All merchants</source>
        <translation>全部商家</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="53"/>
        <location filename="../../ui/screens/samples.py" line="72"/>
        <source>Samples</source>
        <translation>样品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="86"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="86"/>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="87"/>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="87"/>
        <source>Value</source>
        <translation>货值</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="88"/>
        <source>Received</source>
        <translation>入库时间</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="88"/>
        <source>Holder</source>
        <translation>借用人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="89"/>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="89"/>
        <source>Condition note</source>
        <translation>品相备注</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="97"/>
        <source>Sample history</source>
        <translation>样品流转记录</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="103"/>
        <source>History</source>
        <translation>流转记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/samples.py" line="122"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="127"/>
        <source>No sample has code {code}.</source>
        <translation>没有编号为 {code} 的样品。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="152"/>
        <source>Select a sample to see its history.</source>
        <translation>选择一件样品，查看其流转记录。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="158"/>
        <source>{code} · {product}</source>
        <translation>{code} · {product}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="161"/>
        <source>{name} (loan {loan})</source>
        <translation>{name}（借样单 {loan}）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/samples.py" line="165"/>
        <source>{due} — overdue</source>
        <translation>{due}（已逾期）</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/widgets/service_dialog.py" line="35"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/service_dialog.py" line="38"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="19"/>
        <source>Set up this showroom</source>
        <translation>设置样品间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="24"/>
        <source>e.g. Changsha live sample room</source>
        <translation>例如：长沙直播样品间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="30"/>
        <source>Showroom code (2-4 capital letters)</source>
        <translation>样品间代码（2–4 个大写字母）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="31"/>
        <source>Showroom name</source>
        <translation>样品间名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="31"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="32"/>
        <source>Administrator name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="32"/>
        <source>Administrator PIN</source>
        <translation>管理员密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="42"/>
        <source>This folder holds no showroom yet. Set it up once; the administrator can add staff later.</source>
        <translation>此文件夹中还没有样品间。只需设置一次，之后管理员可再添加员工。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="104"/>
        <source>Signature area</source>
        <translation>签名区</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="105"/>
        <source>The streamer signs here with the mouse or a pen</source>
        <translation>主播用鼠标或手写笔在此签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="107"/>
        <location filename="../../ui/widgets/signature_pad.py" line="109"/>
        <source>Clear signature</source>
        <translation>清除签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="113"/>
        <source>Streamer&apos;s signature (optional)</source>
        <translation>主播签名（选填）</translation>
    </message>
</context>
<context>
    <name>StreamerDialog</name>
    <message>
        <location filename="../../ui/dialogs/streamer_dialog.py" line="20"/>
        <source>Register streamer</source>
        <translation>登记主播</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/streamer_dialog.py" line="22"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/streamer_dialog.py" line="23"/>
        <source>Streamer name</source>
        <translation>主播姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/streamer_dialog.py" line="24"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/streamer_dialog.py" line="25"/>
        <source>Streamer phone</source>
        <translation>主播手机号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/streamer_dialog.py" line="26"/>
        <source>11-digit mobile number</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/streamer_dialog.py" line="30"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/streamer_dialog.py" line="31"/>
        <source>Handle</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/streamer_dialog.py" line="32"/>
        <source>Platform handle</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/streamer_dialog.py" line="33"/>
        <source>e.g. @xiaomei</source>
        <translation>例如 @xiaomei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/streamer_dialog.py" line="35"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/streamer_dialog.py" line="42"/>
        <source>{tier} — up to {count} samples, {days} days</source>
        <translation>{tier} — 最多 {count} 件，借期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/streamer_dialog.py" line="51"/>
        <source>Only a manager may register a streamer above the first tier.</source>
        <translation>新手以上等级须由经理登记。</translation>
    </message>
</context>
<context>
    <name>StreamerPanelView</name>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="28"/>
        <source>Streamer</source>
        <translation>主播</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="34"/>
        <source>Why this streamer cannot borrow now</source>
        <translation>该主播暂不能借样的原因</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="61"/>
        <source>Samples the streamer holds</source>
        <translation>主播在借样品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="68"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="69"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="70"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="71"/>
        <source>Deposit held</source>
        <translation>已收押金</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="72"/>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="74"/>
        <source>Scan the streamer&apos;s member card
or type their phone number and press Enter.</source>
        <translation>扫描主播会员卡
或输入手机号后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="106"/>
        <source>{tier} (up to {max} samples, {days} days)</source>
        <translation>{tier}（最多 {max} 件，借期 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="110"/>
        <source>{status}: {reason}</source>
        <translation>{status}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="114"/>
        <source>{member} · {phone} · {loans} loan(s), {late} returned late</source>
        <translation>{member} · {phone} · 借样 {loans} 次，逾期归还 {late} 件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="119"/>
        <source>Holds {count} sample(s), {late} overdue</source>
        <translation>在借 {count} 件，逾期 {late} 件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="121"/>
        <source>Holds {count} sample(s)</source>
        <translation>在借 {count} 件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="123"/>
        <source>Holds no samples</source>
        <translation>无在借样品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="130"/>
        <source>due {due}, {days} day(s) late</source>
        <translation>应还 {due}，已逾期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="132"/>
        <source>due {due}</source>
        <translation>应还 {due}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="152"/>
        <source>Blocked: {blocks}. A manager may override.</source>
        <translation>借样受限。{blocks}。经理可授权放行。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/streamer_panel.py" line="154"/>
        <source>Cannot borrow: {blocks}.</source>
        <translation>不可借样。{blocks}。</translation>
    </message>
</context>
<context>
    <name>StreamerTableModel</name>
    <message>
        <location filename="../../ui/models/streamer_table_model.py" line="20"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_table_model.py" line="20"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_table_model.py" line="20"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_table_model.py" line="20"/>
        <source>Handle</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_table_model.py" line="20"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_table_model.py" line="21"/>
        <source>Member code</source>
        <translation>会员号</translation>
    </message>
    <message>
        <location filename="../../ui/models/streamer_table_model.py" line="21"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>StreamersScreen</name>
    <message>
        <location filename="../../ui/screens/streamers.py" line="45"/>
        <source>Streamer search</source>
        <translation>主播搜索</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="46"/>
        <source>Name, phone, handle or member code</source>
        <translation>姓名、手机号、账号或会员号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="48"/>
        <source>Register streamer…</source>
        <translation>登记主播…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="49"/>
        <source>Register streamer</source>
        <translation>登记主播</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="53"/>
        <location filename="../../ui/screens/streamers.py" line="69"/>
        <source>Streamers</source>
        <translation>主播</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="89"/>
        <source>Member code</source>
        <translation>会员号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="89"/>
        <source>Phone / platform</source>
        <translation>手机号 / 平台</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="90"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="90"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="91"/>
        <source>Can borrow</source>
        <translation>可否借样</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="91"/>
        <source>Deposit held</source>
        <translation>已收押金</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="92"/>
        <source>Record</source>
        <translation>借还记录</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="99"/>
        <source>Suspend…</source>
        <translation>暂停借样…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="99"/>
        <location filename="../../ui/screens/streamers.py" line="223"/>
        <source>Suspend streamer</source>
        <translation>暂停主播借样</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="101"/>
        <source>Blacklist…</source>
        <translation>拉黑…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="102"/>
        <location filename="../../ui/screens/streamers.py" line="227"/>
        <source>Blacklist streamer</source>
        <translation>拉黑主播</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="103"/>
        <source>Lift block…</source>
        <translation>解除限制…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="103"/>
        <location filename="../../ui/screens/streamers.py" line="232"/>
        <source>Lift block</source>
        <translation>解除限制</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="106"/>
        <source>Change tier…</source>
        <translation>调整等级…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="106"/>
        <location filename="../../ui/screens/streamers.py" line="262"/>
        <location filename="../../ui/screens/streamers.py" line="277"/>
        <source>Change tier</source>
        <translation>调整等级</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="112"/>
        <source>Samples held now</source>
        <translation>当前在借样品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="114"/>
        <source>Loan history</source>
        <translation>借样历史</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="120"/>
        <source>Holding now</source>
        <translation>当前在借</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="125"/>
        <source>Loans</source>
        <translation>借样单</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/streamers.py" line="145"/>
        <source>%n streamer(s)</source>
        <translation>
            <numerusform>共 %n 位主播</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="168"/>
        <source>Select a streamer to see their details.</source>
        <translation>选择一位主播，查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="179"/>
        <source>{status}: {reason}</source>
        <translation>{status}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="183"/>
        <source>{phone} · {platform} {handle}</source>
        <translation>{phone} · {platform} {handle}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="185"/>
        <source>{tier} — up to {count} samples, {days} days</source>
        <translation>{tier} — 最多 {count} 件，借期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="188"/>
        <source>No: {blocks}</source>
        <translation>否：{blocks}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="189"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="191"/>
        <source>{loans} loan(s); {late} sample(s) returned late; {overdue} overdue now</source>
        <translation>借样 {loans} 次；逾期归还 {late} 件；当前逾期 {overdue} 件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="218"/>
        <source>Only a manager may block or unblock a streamer.</source>
        <translation>仅经理可限制主播或解除限制。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="223"/>
        <source>Why is {name} suspended?</source>
        <translation>请填写暂停{name}借样的原因：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="228"/>
        <source>Why is {name} blacklisted? This applies in every showroom.</source>
        <translation>请填写拉黑{name}的原因（拉黑对所有样品间生效）：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="232"/>
        <source>Why may {name} borrow again?</source>
        <translation>请填写恢复{name}借样资格的原因：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="246"/>
        <source>{name} is now {status}.</source>
        <translation>{name}的状态已改为：{status}。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="262"/>
        <source>Why does {name} become {tier}?</source>
        <translation>为什么将{name}调整为{tier}？</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="270"/>
        <source>{name} is now {tier}.</source>
        <translation>{name}现为{tier}。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="277"/>
        <source>New tier for {name}:</source>
        <translation>{name}的新等级：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/streamers.py" line="294"/>
        <source>{name} registered with member code {code}.</source>
        <translation>已登记{name}，会员号 {code}。</translation>
    </message>
</context>
</TS>
