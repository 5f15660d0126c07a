<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Debt Tracker {version}</source>
            <translation>债务管家 {version}</translation>
        </message>
        <message>
            <source>Debt Tracker keeps every due date of your credit products in one place.</source>
            <translation>债务管家把您所有信贷产品的到期日集中在一处，不再错过任何一次还款。</translation>
        </message>
        <message>
            <source>Data file: {path}</source>
            <translation>数据文件：{path}</translation>
        </message>
        <message>
            <source>Data file schema version: {version} (this app understands up to {newest})</source>
            <translation>数据文件结构版本：{version}（本程序最高支持 {newest}）</translation>
        </message>
        <message>
            <source>About Debt Tracker</source>
            <translation>关于债务管家</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>{product} owes {owed} today. Type the total the lender agreed.</source>
            <translation>{product}今天共欠 {owed}。请填写和对方谈定的还款总额。</translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) of {each}</source>
            <translation>
                <numerusform>分 %n 期，每期 {each}</numerusform>
            </translation>
        </message>
        <message>
            <source>, the last {last}</source>
            <translation>，最后一期 {last}</translation>
        </message>
        <message>
            <source>; {waived} of the {owed} owed today is waived.</source>
            <translation>；今天所欠 {owed} 中减免了 {waived}。</translation>
        </message>
        <message numerus="yes">
            <source>Agreed plan, %n payment(s)</source>
            <translation>
                <numerusform>协商分期，共 %n 期</numerusform>
            </translation>
        </message>
        <message>
            <source>Record the agreed plan</source>
            <translation>记录协商结果</translation>
        </message>
        <message>
            <source>The plan takes over everything {product} owes today: the overdue dues are replaced by its payments, which are reminded like any other due. While you pay them on time no penalty is charged; a missed one is late again.</source>
            <translation>这个方案会接管{product}今天的全部欠款：逾期的账单和分期由方案的各期还款代替，到期前同样会提醒你。按时还款期间不计罚息；哪一期没按时还，就又算逾期。</translation>
        </message>
        <message>
            <source>Total to repay</source>
            <translation>还款总额</translation>
        </message>
        <message>
            <source>Number of payments</source>
            <translation>期数</translation>
        </message>
        <message>
            <source>First payment due</source>
            <translation>首期到期日</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>e.g. Agreed with customer service</source>
            <translation>例如：与客服电话协商</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>每周</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>每月</translation>
        </message>
        <message>
            <source>before a risky step</source>
            <translation>风险操作前</translation>
        </message>
        <message>
            <source>made by hand</source>
            <translation>手动</translation>
        </message>
    </context>
    <context>
        <name>BackupsPanel</name>
        <message>
            <source>Backups</source>
            <extracomment>What each backup's full check found ([] = good), by (path, size, mtime).</extracomment>
            <translation>备份</translation>
        </message>
        <message>
            <source>Copies of the data file: one a day while the app runs (the last {daily} days, {weekly} weeks and {monthly} months are kept), one before every upgrade or restore, and one when you click “Back up now”.</source>
            <translation>数据文件的副本：应用运行时每天一份（保留最近 {daily} 天、{weekly} 周和 {monthly} 个月的），每次升级或恢复前一份，点击“立即备份”时一份。</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>No backups of this file yet: one is made each day while the app runs, or click “Back up now”.</source>
            <translation>这个文件还没有备份：应用运行时每天自动备份一次，也可以点击“立即备份”。</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>恢复…</translation>
        </message>
        <message>
            <source>checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>good</source>
            <translation>完好</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>已损坏</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>备份失败</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>Replace the data file by the backup from {taken}? The file as it is now is backed up first (or kept aside if it is damaged).</source>
            <translation>用 {taken} 的备份替换数据文件？当前的文件会先备份（如果已损坏则另外保留）。</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>未恢复</translation>
        </message>
        <message>
            <source>Restored the backup from {taken}.</source>
            <translation>已恢复 {taken} 的备份。</translation>
        </message>
        <message>
            <source>Saved a copy as {name}</source>
            <translation>已保存备份：{name}</translation>
        </message>
    </context>
    <context>
        <name>BillDialog</name>
        <message>
            <source>New bill</source>
            <translation>新增账单</translation>
        </message>
        <message>
            <source>Edit bill</source>
            <translation>编辑账单</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Statement date</source>
            <translation>账单日</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Minimum payment</source>
            <translation>最低还款</translation>
        </message>
        <message>
            <source>What this statement adds: new spending and what the lender charged, without the periods of instalment plans recorded here</source>
            <translation>本期新增的金额：新的消费和贷款机构收取的费用，不含已在这里记录的分期付款的每期金额</translation>
        </message>
        <message>
            <source>The minimum printed on the statement, instalment periods and any unpaid earlier minimum included; blank: by the product's rules</source>
            <translation>账单上印的最低还款额（含分期每期金额和之前未还的最低还款）；留空则按产品规则计算</translation>
        </message>
        <message>
            <source>{statement} is after today: record this bill once the lender has issued it (every statement up to today is recorded).</source>
            <translation>{statement} 在今天之后：请在贷款机构出账后再录入这期账单（截至今天的账单都已录入）。</translation>
        </message>
        <message>
            <source>blank = from the product's rules</source>
            <translation>留空则按产品规则计算</translation>
        </message>
        <message>
            <source>{minimum} (from the product's rules)</source>
            <translation>{minimum}（按产品规则）</translation>
        </message>
    </context>
    <context>
        <name>BillsModel</name>
        <message>
            <source>Statement date</source>
            <extracomment>Column → the stored value ``record_order.record_ids`` sorts it by (the same order as :meth:`sort_key`); the other columns are sorted in Python. True (bills, plans): a row needs the product's whole ledger, so the first row shown builds every row (up to ``CACHE_ROWS``) for the cost of one batch. Bill id → its difference (differences.bill_differences); None: being worked out.</extracomment>
            <translation>账单日</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>最低还款</translation>
        </message>
        <message>
            <source>Still owed</source>
            <translation>待还</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Against the estimate</source>
            <translation>与估算相比</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>the lender charged {amount} more than estimated</source>
            <translation>贷方比估算多收 {amount}</translation>
        </message>
        <message>
            <source>the lender charged {amount} less than estimated</source>
            <translation>贷方比估算少收 {amount}</translation>
        </message>
        <message>
            <source>as estimated</source>
            <translation>与估算一致</translation>
        </message>
        <message>
            <source>Moved to the agreed plan on {date}</source>
            <translation>已于 {date} 转入协商还款计划</translation>
        </message>
        <message>
            <source> (on the credit report)</source>
            <translation>，已上报征信</translation>
        </message>
        <message numerus="yes">
            <source>Paid %n day(s) late</source>
            <translation>
                <numerusform>已还（逾期 %n 天）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarExport</name>
        <message>
            <source>Export calendar</source>
            <translation>导出日历</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar 日历 (*.ics)</translation>
        </message>
        <message>
            <source>Calendar not saved</source>
            <translation>日历未保存</translation>
        </message>
        <message>
            <source>Calendar saved</source>
            <translation>日历已保存</translation>
        </message>
        <message>
            <source>Saved {count} due dates with their reminders to {name}. Import the file into your phone's calendar; importing a newer one updates the same events.</source>
            <translation>已将 {count} 个到期日及其提醒保存到 {name}。把该文件导入手机日历即可；再次导入较新的文件会更新同一批日程，不会重复。</translation>
        </message>
    </context>
    <context>
        <name>ChargeDialog</name>
        <message>
            <source>Choose how many instalments.</source>
            <translation>请选择分几期。</translation>
        </message>
        <message>
            <source>New charge</source>
            <translation>新增消费</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Bought on</source>
            <translation>消费日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Instalments</source>
            <translation>分期</translation>
        </message>
        <message>
            <source>Split into instalments</source>
            <translation>分期还款</translation>
        </message>
        <message>
            <source>This product offers no instalments.</source>
            <translation>该产品不提供分期。</translation>
        </message>
        <message>
            <source>Enter the amount to see what the split costs.</source>
            <translation>输入金额，查看分期的费用。</translation>
        </message>
        <message>
            <source>{n} × {payment}, then {last}, from {first}. Fee {fee} a period, {total} in all. True cost: APR {apr}, EAR {ear}.</source>
            <translation>自 {first} 起每期 {payment}，共 {n} 期，最后一期 {last}。每期手续费 {fee}，合计 {total}。实际成本：年化利率 {apr}，实际年利率 {ear}。</translation>
        </message>
        <message>
            <source>{n} × {payment} from {first}. Fee {fee} a period, {total} in all. True cost: APR {apr}, EAR {ear}.</source>
            <translation>自 {first} 起每期 {payment}，共 {n} 期。每期手续费 {fee}，合计 {total}。实际成本：年化利率 {apr}，实际年利率 {ear}。</translation>
        </message>
        <message>
            <source>APR</source>
            <translation>年化利率</translation>
        </message>
        <message>
            <source>EAR</source>
            <translation>实际年利率</translation>
        </message>
        <message numerus="yes">
            <source>%n period(s)</source>
            <translation>
                <numerusform>%n 期</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChargesModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <source>Days after the statement</source>
            <translation>账单日后若干天</translation>
        </message>
        <message>
            <source>Fixed day of the month</source>
            <translation>每月固定日</translation>
        </message>
        <message>
            <source>Unpaid remainder, from the due date</source>
            <translation>未还部分，自到期日起计</translation>
        </message>
        <message>
            <source>Whole statement, from each posting date</source>
            <translation>全部账单金额，自各笔记账日起计</translation>
        </message>
        <message>
            <source>Unpaid remainder, from each posting date</source>
            <translation>未还部分，自各笔记账日起计</translation>
        </message>
        <message>
            <source>Daily penalty on the unpaid amount</source>
            <translation>按未还金额每日计收罚息</translation>
        </message>
        <message>
            <source>Interest plus a late fee (cards)</source>
            <translation>利息加滞纳金（信用卡）</translation>
        </message>
        <message>
            <source>Flat rate per period on the original amount</source>
            <translation>按本金每期固定费率</translation>
        </message>
        <message>
            <source>Total rate per period count, spread evenly</source>
            <translation>按期数总费率，平均分摊</translation>
        </message>
        <message>
            <source>Amortising loan at the annual rate</source>
            <translation>按年利率等额还款</translation>
        </message>
        <message>
            <source>No instalments / no fee</source>
            <translation>不分期 / 无手续费</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>每月</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>每两周</translation>
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
        <name>CurrencyCard</name>
        <message>
            <source>Due this month</source>
            <translation>本月应还</translation>
        </message>
        <message>
            <source>What falls due this month, and what is already overdue from earlier months</source>
            <translation>本月到期的款项，以及之前月份已逾期的款项</translation>
        </message>
        <message>
            <source>Minimums due</source>
            <translation>最低还款合计</translation>
        </message>
        <message>
            <source>The minimums of this month's dues and of the overdue ones</source>
            <translation>本月到期款项与已逾期款项的最低还款</translation>
        </message>
        <message>
            <source>Total debt</source>
            <translation>总欠款</translation>
        </message>
        <message>
            <source>Credit used</source>
            <translation>已用额度</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>可用额度</translation>
        </message>
        <message>
            <source>Set a credit limit on a product to see this</source>
            <translation>在产品中设置信用额度后显示</translation>
        </message>
        <message>
            <source>Utilisation {pct}</source>
            <translation>额度使用率 {pct}</translation>
        </message>
        <message>
            <source>no credit limit set</source>
            <translation>未设置信用额度</translation>
        </message>
        <message>
            <source>{pct} of {limit}</source>
            <translation>已用 {limit} 的 {pct}</translation>
        </message>
        <message>
            <source>Next: {product} about {amount} · {day} (estimate)</source>
            <translation>下一笔：{product} 约 {amount} · {day}（估算）</translation>
        </message>
        <message>
            <source>Nothing else due soon</source>
            <translation>近期无其他待还款</translation>
        </message>
        <message>
            <source>Nothing due soon</source>
            <translation>近期无待还款</translation>
        </message>
        <message>
            <source>Next: {product} {amount} · {day}</source>
            <translation>下一笔：{product} {amount} · {day}</translation>
        </message>
        <message numerus="yes">
            <source>{currency} · %n product(s)</source>
            <extracomment>A currency card's labels styled by the card's one style sheet, by their ``part`` property: a style sheet on each of its 13 labels cost ~4 ms a card (issue 12).</extracomment>
            <translation>
                <numerusform>{currency} · %n 个产品</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Record payment…</source>
            <translation>记录还款…</translation>
        </message>
        <message>
            <source>What are my options? (simulator)</source>
            <translation>我有哪些选择？（还款模拟）</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <extracomment>Page keys, as ``--page`` and the navigation know them, in navigation order, with what builds each page.</extracomment>
            <translation>总览</translation>
        </message>
        <message>
            <source>Overdue and upcoming dues</source>
            <translation>逾期与即将到期的还款</translation>
        </message>
        <message>
            <source>Filter: product, what or status…</source>
            <translation>筛选：产品、项目或状态…</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Timeline of due dates</source>
            <translation>到期日时间线</translation>
        </message>
        <message>
            <source>No dues yet — add a product (Record → New product…), then its bills and charges, and this page shows what is due and what it costs.</source>
            <translation>还没有待还款项——先添加产品（记录 → 新增产品…），再录入账单和消费，这里就会显示应还多少、要花多少钱。</translation>
        </message>
        <message numerus="yes">
            <source>Nothing is due in the next %n day(s). When a bill arrives, add it (Record → New bill…).</source>
            <translation>
                <numerusform>未来 %n 天内没有待还款。账单到了，就录入它（记录 → 新增账单…）。</numerusform>
            </translation>
        </message>
        <message>
            <source>The next due: {product} {amount} on {day}.</source>
            <translation>下一笔到期：{product} {amount}，{day}。</translation>
        </message>
        <message>
            <source>Add a product…</source>
            <translation>添加产品…</translation>
        </message>
        <message>
            <source>Add a bill…</source>
            <translation>添加账单…</translation>
        </message>
        <message numerus="yes">
            <source>Nothing else due in the next %n day(s)</source>
            <translation>
                <numerusform>未来 %n 天内没有其他待还款</numerusform>
            </translation>
        </message>
        <message>
            <source>due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <source>Next: {product} {amount} {when} — {day}</source>
            <translation>下一笔：{product} {amount}，{when}——{day}</translation>
        </message>
        <message>
            <source>Next: {product} about {amount} {when} (estimate) — {day}</source>
            <translation>下一笔：{product} 约 {amount}，{when}（估算）——{day}</translation>
        </message>
        <message>
            <source>{date}: {product} {amount} ({days})</source>
            <translation>{date}：{product} {amount}（{days}）</translation>
        </message>
        <message>
            <source>{date}: {product} about {amount} ({days}), estimated: late charges after the last instalment</source>
            <translation>{date}：{product} 约 {amount}（{days}），估算：最后一期之后的逾期费用</translation>
        </message>
        <message>
            <source>{date}: {product} about {amount} ({days}), estimated: no bill recorded</source>
            <translation>{date}：{product} 约 {amount}（{days}），估算：尚未录入账单</translation>
        </message>
        <message numerus="yes">
            <source>Due dates, next %n day(s)</source>
            <translation>
                <numerusform>未来 %n 天的到期日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing due in the next %n day(s)</source>
            <translation>
                <numerusform>未来 %n 天内没有待还款</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>due in %n day(s)</source>
            <translation>
                <numerusform>%n 天后到期</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>ddd d MMM</source>
            <extracomment>QSettings key of the choice (Settings → currency display); the window applies it at start, as the settings page is built only when first shown.</extracomment>
            <translation>M月d日 ddd</translation>
        </message>
        <message>
            <source>dddd d MMMM yyyy</source>
            <translation>yyyy年M月d日 dddd</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <extracomment>Mark colours by urgency (tracker.service.dashboard.URGENCIES).</extracomment>
            <translation>yyyy年M月</translation>
        </message>
    </context>
    <context>
        <name>Days</name>
        <message>
            <source>due today</source>
            <translation>今天到期</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <extracomment>Word joiner: no line break on either side of it (Unicode UAX #14, class WJ).</extracomment>
            <translation>
                <numerusform>逾期 %n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>%n 天后到期</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <source>Remove demo data</source>
            <translation>删除演示数据</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Demo data: these products and debts are made up, for looking around.</source>
            <translation>演示数据：这些产品和欠款都是虚构的，供您随便看看。</translation>
        </message>
        <message>
            <source>“Remove demo data” deletes them; products and records you add stay.</source>
            <translation>点“删除演示数据”即可删除它们；您添加的产品和记录会保留。</translation>
        </message>
        <message>
            <source>Removed the demo data: {products} ({records}).</source>
            <translation>已删除演示数据：{products}（{records}）。</translation>
        </message>
        <message>
            <source>Kept {products}: you added records to them.</source>
            <translation>已保留{products}：您在其中添加过记录。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Demo data not removed</source>
            <translation>未删除演示数据</translation>
        </message>
        <message>
            <source>Delete the demo products {products} with {records}? Products and records you added stay.</source>
            <translation>删除演示产品{products}及其 {records}？您添加的产品和记录会保留。</translation>
        </message>
        <message>
            <source>{products} will be kept: you added records to them.</source>
            <translation>{products}将被保留：您在其中添加过记录。</translation>
        </message>
        <message>
            <source>{products} will be kept: you added records to them. Stop marking them as demo data?</source>
            <translation>{products}将被保留：您在其中添加过记录。不再把它们标记为演示数据？</translation>
        </message>
    </context>
    <context>
        <name>DuesModel</name>
        <message>
            <source>Minimum paid; the rest bears interest (not late)</source>
            <extracomment>Row colours by urgency (tracker.service.dashboard.urgency); "later" rows stay plain.</extracomment>
            <translation>已还最低还款；其余部分计息（未逾期）</translation>
        </message>
        <message>
            <source>Paid; {amount} of interest, fees and penalty still owed</source>
            <translation>已还清；仍欠利息、费用和罚息 {amount}</translation>
        </message>
        <message>
            <source>Statement {date}</source>
            <extracomment>A row of the dues table: a due, or what the engine's own statements hold that no due shows (tracker.service.estimated_dues: charges with no bill recorded).</extracomment>
            <translation>{date} 账单</translation>
        </message>
        <message>
            <source>{what} (incl. {amount} late charges)</source>
            <translation>{what}（含逾期费用 {amount}）</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>What</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>最低还款</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Late charges after the last instalment (estimated)</source>
            <translation>最后一期之后的逾期费用（估算）</translation>
        </message>
        <message>
            <source>Statement {date} (estimated: no bill recorded)</source>
            <translation>{date} 账单（估算：尚未录入账单）</translation>
        </message>
        <message>
            <source>{product}: about {amount} on its statement of {statement}, due {date}, worked out from your charges by the product's rules. Record the lender's bill to replace the estimate. Double-click to record a payment.</source>
            <translation>{product}：{statement} 的账单约 {amount}，{date} 到期，由您的消费记录按产品规则估算。录入贷款方的账单即可替换此估算。双击记录还款。</translation>
        </message>
        <message>
            <source>{product}: {amount} due {date}, minimum {minimum}. Double-click to record a payment.</source>
            <translation>{product}：{date} 到期 {amount}，最低还款 {minimum}。双击可记录还款。</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Edit payment</source>
            <translation>编辑还款</translation>
        </message>
        <message>
            <source>Edit charge</source>
            <translation>编辑消费</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>--days must be between 0 and 3660, not {days}</source>
            <translation>--days 必须在 0 到 3660 之间，而不是 {days}</translation>
        </message>
        <message>
            <source>a bill with statement date {statement} is already recorded</source>
            <translation>账单日为 {statement} 的账单已经记录过了</translation>
        </message>
        <message>
            <source>a product named {product_name!r} already exists</source>
            <translation>已有名为 {product_name!r} 的产品</translation>
        </message>
        <message>
            <source>a rate needs at least one payment</source>
            <translation>计算利率至少需要一笔还款</translation>
        </message>
        <message>
            <source>a saved product needs the data file</source>
            <translation>使用已保存的产品需要数据文件</translation>
        </message>
        <message>
            <source>amount must be greater than zero</source>
            <translation>金额必须大于零</translation>
        </message>
        <message>
            <source>bill amount must be greater than zero</source>
            <translation>账单金额必须大于零</translation>
        </message>
        <message>
            <source>budget must be greater than zero</source>
            <translation>预算必须大于零</translation>
        </message>
        <message>
            <source>charge amount must be greater than zero</source>
            <translation>消费金额必须大于零</translation>
        </message>
        <message>
            <source>due date {due} is before the statement date {statement}</source>
            <translation>到期日 {due} 早于账单日 {statement}</translation>
        </message>
        <message>
            <source>due {due_id} is paid already: nothing to simulate</source>
            <translation>第 {due_id} 笔待还款已还清：无需模拟</translation>
        </message>
        <message>
            <source>folder {folder} does not exist</source>
            <translation>文件夹 {folder} 不存在</translation>
        </message>
        <message>
            <source>minimum payment must be between 0 and the bill amount</source>
            <translation>最低还款额必须在 0 和账单金额之间</translation>
        </message>
        <message>
            <source>no charge with id {charge_id}</source>
            <translation>没有编号为 {charge_id} 的消费</translation>
        </message>
        <message>
            <source>no due with id {due_id}</source>
            <translation>没有编号为 {due_id} 的待还款</translation>
        </message>
        <message>
            <source>no payment with id {payment_id}</source>
            <translation>没有编号为 {payment_id} 的还款</translation>
        </message>
        <message>
            <source>no product named {name_or_id!r}</source>
            <translation>没有名为 {name_or_id!r} 的产品</translation>
        </message>
        <message>
            <source>no product named {ref!r} (products: {names})</source>
            <translation>没有名为 {ref!r} 的产品（现有产品：{names}）</translation>
        </message>
        <message>
            <source>no product with id {product_id}</source>
            <translation>没有编号为 {product_id} 的产品</translation>
        </message>
        <message>
            <source>no rate: every payment is zero</source>
            <translation>无法计算利率：每笔还款都是零</translation>
        </message>
        <message>
            <source>no {kind} with id {record_id}</source>
            <translation>没有编号为 {record_id} 的记录（{kind}）</translation>
        </message>
        <message>
            <source>cannot write a statement in {folder}: {reason}</source>
            <translation>无法在 {folder} 中写入对账单：{reason}</translation>
        </message>
        <message>
            <source>due_days must be 0–{most_days} days after the statement, not {value}</source>
            <translation>到期天数必须是账单日后 0–{most_days} 天，而不是 {value}</translation>
        </message>
        <message>
            <source>due_days must be a day of the month 1–31, not {value}</source>
            <translation>到期日必须是每月的 1–31 日，而不是 {value}</translation>
        </message>
        <message>
            <source>due_rule must be one of {known}, not {value!r}</source>
            <translation>到期规则必须是 {known} 之一，而不是 {value!r}</translation>
        </message>
        <message>
            <source>interval must be one of {known}, not {interval!r}</source>
            <translation>还款间隔必须是 {known} 之一，而不是 {interval!r}</translation>
        </message>
        <message>
            <source>no {table} with id {row_id}</source>
            <translation>没有编号为 {row_id} 的记录（{table}）</translation>
        </message>
        <message>
            <source>not saved: {exc}</source>
            <translation>未保存：{exc}</translation>
        </message>
        <message>
            <source>nothing is owed in {currency}: no payoff plan to make</source>
            <translation>{currency} 没有欠款：无需制定还清计划</translation>
        </message>
        <message>
            <source>nothing is owed: no payoff plan to make</source>
            <translation>没有欠款：无需制定还清计划</translation>
        </message>
        <message>
            <source>number of periods must be 1–{max_periods}, not {periods}</source>
            <translation>分期期数必须是 1–{max_periods}，而不是 {periods}</translation>
        </message>
        <message>
            <source>number of periods must be a whole number, not {periods!r}</source>
            <translation>分期期数必须是整数，而不是 {periods!r}</translation>
        </message>
        <message>
            <source>overdue days must be whole numbers greater than zero</source>
            <translation>逾期天数必须是大于零的整数</translation>
        </message>
        <message>
            <source>pay date {pay_date} must be after the due date {due}</source>
            <translation>还款日 {pay_date} 必须晚于到期日 {due}</translation>
        </message>
        <message>
            <source>payment amount must be greater than zero</source>
            <translation>还款金额必须大于零</translation>
        </message>
        <message>
            <source>payment date {day} is in the future (today is {today})</source>
            <translation>还款日期 {day} 在未来（今天是 {today}）</translation>
        </message>
        <message>
            <source>payments must be non-negative whole numbers of minor units</source>
            <translation>还款额必须是非负的整数（以分计）</translation>
        </message>
        <message>
            <source>principal must be a whole number of minor units, not {principal!r}</source>
            <translation>本金必须是整数（以分计），而不是 {principal!r}</translation>
        </message>
        <message>
            <source>principal must be positive and at most {max_minor}, not {principal}</source>
            <translation>本金必须为正数且不超过 {max_minor}，而不是 {principal}</translation>
        </message>
        <message>
            <source>principal {principal} is too small for {periods} periods: at least {least} ({unit} a period)</source>
            <translation>本金 {principal} 太少，不够分 {periods} 期：至少需要 {least}（每期 {unit}）</translation>
        </message>
        <message>
            <source>retention years cannot be negative ({retention_years} was given)</source>
            <translation>保留年数不能为负数（给出的是 {retention_years}）</translation>
        </message>
        <message>
            <source>statement date {statement} is in the future (today is {today}): record a bill once the lender has issued it</source>
            <translation>账单日 {statement} 在未来（今天是 {today}）：请在贷款方出账后再记录账单</translation>
        </message>
        <message>
            <source>statement_day must be 1–31, not {value}</source>
            <translation>账单日必须是 1–31，而不是 {value}</translation>
        </message>
        <message>
            <source>the minimum {minimum} must be between {zero} and the amount {amount}</source>
            <translation>最低还款 {minimum} 必须在 {zero} 和金额 {amount} 之间</translation>
        </message>
        <message>
            <source>unknown preset {preset!r} (known: {known})</source>
            <translation>未知预设 {preset!r}（支持：{known}）</translation>
        </message>
        <message>
            <source>{key} cannot be negative ({text} was typed)</source>
            <translation>{key}不能为负数（您输入的是 {text}）</translation>
        </message>
        <message>
            <source>{key} must be one of {known}, not {value!r}</source>
            <translation>{key}必须是 {known} 之一，而不是 {value!r}</translation>
        </message>
        <message>
            <source>{name} cannot be negative ({rate} was given)</source>
            <translation>{name}不能为负数（填写的是 {rate}）</translation>
        </message>
        <message>
            <source>{name} must be between 0 and 3650, not {value}</source>
            <translation>{name}必须在 0 到 3650 之间，而不是 {value}</translation>
        </message>
        <message>
            <source>{product_name} still owes {owed}; pay it off before archiving it</source>
            <translation>{product_name} 仍欠 {owed}；请先还清再归档</translation>
        </message>
        <message>
            <source>{what} must be text, not {type_name}</source>
            <translation>{what}必须是文本，不能是 {type_name}</translation>
        </message>
        <message>
            <source>{what} {raw!r} is too large (at most {most:,})</source>
            <translation>{what} {raw!r} 太大（最多 {most:,}）</translation>
        </message>
        <message>
            <source>product name is empty</source>
            <translation>产品名称为空</translation>
        </message>
        <message>
            <source>a column of the mapping is missing from this line</source>
            <translation>这一行缺少映射中的某一列</translation>
        </message>
        <message>
            <source>a payment is recorded on {later}, after {day}: a loan is paid off after its last payment</source>
            <translation>{day} 之后的 {later} 已记录了一笔还款：提前还清的日期须在最后一笔还款之后</translation>
        </message>
        <message>
            <source>a payment must be negative in a statement, not {text}</source>
            <translation>对账单中的还款应为负数，而不是 {text}</translation>
        </message>
        <message>
            <source>a quote opened on this line is not closed</source>
            <translation>此行有一个未闭合的引号</translation>
        </message>
        <message>
            <source>a {kind} row needs a due date</source>
            <translation>{kind} 行需要到期日</translation>
        </message>
        <message>
            <source>a {kind} row without its bill or instalment above it</source>
            <translation>{kind} 行上方没有对应的账单或分期</translation>
        </message>
        <message>
            <source>an OFX transaction without DTPOSTED or TRNAMT</source>
            <translation>OFX 交易缺少 DTPOSTED 或 TRNAMT</translation>
        </message>
        <message>
            <source>an estimate of the account engine, not a record</source>
            <translation>账户引擎的估算，不是记录</translation>
        </message>
        <message>
            <source>another copy of Debt Tracker is saving; try again</source>
            <translation>另一个债务管家正在保存；请稍后再试</translation>
        </message>
        <message>
            <source>both income and spending are filled in</source>
            <translation>收入和支出两栏都填了金额</translation>
        </message>
        <message>
            <source>cannot create {path}: {reason}</source>
            <translation>无法创建 {path}：{reason}</translation>
        </message>
        <message>
            <source>cannot open {path}: {error}</source>
            <translation>无法打开 {path}：{error}</translation>
        </message>
        <message>
            <source>cannot read {path}: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
        <message>
            <source>cannot switch {path} to WAL mode (got {mode})</source>
            <translation>无法将 {path} 切换到 WAL 模式（得到 {mode}）</translation>
        </message>
        <message>
            <source>cannot tell the encoding of {file}; give one with --encoding (gb18030, utf-8, big5, cp1252, ...)</source>
            <translation>无法判断 {file} 的编码，请用 --encoding 指定（gb18030、utf-8、big5、cp1252 等）</translation>
        </message>
        <message>
            <source>cannot tell the file's encoding (not UTF-8, not Chinese GB18030); choose one</source>
            <translation>无法判断文件编码（不是 UTF-8，也不是中文 GB18030），请选择一种</translation>
        </message>
        <message>
            <source>cannot write a calendar in {folder}: {reason}</source>
            <translation>无法在 {folder} 中写入日历：{reason}</translation>
        </message>
        <message>
            <source>cannot write {path}: {folder} is not a folder</source>
            <translation>无法写入 {path}：{folder} 不是文件夹</translation>
        </message>
        <message>
            <source>charge amount must not be zero</source>
            <translation>消费金额不能为零</translation>
        </message>
        <message>
            <source>choose the product this file is for</source>
            <translation>请选择这个文件对应的产品</translation>
        </message>
        <message>
            <source>could not upgrade the data file: {error}</source>
            <translation>无法升级数据文件：{error}</translation>
        </message>
        <message>
            <source>date {text!r} does not match {fmt}</source>
            <translation>日期 {text!r} 不符合格式 {fmt}</translation>
        </message>
        <message>
            <source>days past due cannot be negative ({days} was given)</source>
            <translation>逾期天数不能为负数（给出的是 {days}）</translation>
        </message>
        <message>
            <source>due date {due} is before today ({today}): a preset's amount must fall due today or later (for a debt already late, simulate its product)</source>
            <translation>到期日 {due} 早于今天（{today}）：按预设规则模拟的金额只能今天或以后到期（已逾期的欠款请选择它的产品来模拟）</translation>
        </message>
        <message>
            <source>income, not a refund</source>
            <translation>收入，不是退款</translation>
        </message>
        <message>
            <source>kind {kind!r} is not one of {kinds}</source>
            <translation>类型 {kind!r} 不在 {kinds} 之中</translation>
        </message>
        <message>
            <source>line {line}: {reason} (and {others} more bad lines); nothing was imported</source>
            <translation>第 {line} 行：{reason}（另有 {others} 行有误）；未导入任何内容</translation>
        </message>
        <message>
            <source>line {line}: {reason}; nothing was imported</source>
            <translation>第 {line} 行：{reason}；未导入任何内容</translation>
        </message>
        <message>
            <source>mapping {part!r}: expected key=value with a key among {keys}</source>
            <translation>映射 {part!r}：应为 键=值，键为 {keys} 之一</translation>
        </message>
        <message>
            <source>minimum payment {minimum} is more than the bill and everything else {product_name} owes by its due date ({most})</source>
            <translation>最低还款额 {minimum} 超过了这期账单加上{product_name}到还款日的其他全部欠款（{most}）</translation>
        </message>
        <message>
            <source>neither income nor spending (不计收支)</source>
            <translation>不计收支</translation>
        </message>
        <message>
            <source>neither income nor spending is filled in</source>
            <translation>收入和支出两栏都是空的</translation>
        </message>
        <message>
            <source>no backup {name} (see `backups` for the list)</source>
            <translation>没有备份 {name}（用 `backups` 查看列表）</translation>
        </message>
        <message>
            <source>no bill with id {bill_id}</source>
            <translation>没有编号为 {bill_id} 的账单</translation>
        </message>
        <message>
            <source>no budget clears everything by {by}</source>
            <translation>没有任何每月预算能在 {by} 前还清全部欠款</translation>
        </message>
        <message>
            <source>no header row with the columns {columns} in the file</source>
            <translation>文件中没有包含 {columns} 这些列的表头行</translation>
        </message>
        <message>
            <source>no product named {name!r}</source>
            <translation>没有名为 {name!r} 的产品</translation>
        </message>
        <message>
            <source>not backed up: cannot write in {folder}: {reason}</source>
            <translation>未备份：无法写入 {folder}：{reason}</translation>
        </message>
        <message>
            <source>not backed up: not enough free space on the disk holding {folder}</source>
            <translation>未备份：{folder} 所在的磁盘空间不足</translation>
        </message>
        <message>
            <source>not backed up: {dest} already exists</source>
            <translation>未备份：{dest} 已存在</translation>
        </message>
        <message>
            <source>not backed up: {error}</source>
            <translation>未备份：{error}</translation>
        </message>
        <message>
            <source>not backed up: {path} is damaged ({problems}); restore a backup instead</source>
            <translation>未备份：{path} 已损坏（{problems}）；请改为恢复一个备份</translation>
        </message>
        <message>
            <source>not restored: cannot keep the damaged file aside as {aside}: {reason}</source>
            <translation>未恢复：无法把损坏的文件另存为 {aside}：{reason}</translation>
        </message>
        <message>
            <source>not restored: {error}</source>
            <translation>未恢复：{error}</translation>
        </message>
        <message>
            <source>not restored: {path} cannot be replaced ({reason})</source>
            <translation>未恢复：无法替换 {path}（{reason}）</translation>
        </message>
        <message>
            <source>not restored: {source} is not a good backup ({problems})</source>
            <translation>未恢复：{source} 不是完好的备份（{problems}）</translation>
        </message>
        <message>
            <source>not saved: the data file is open read-only ({reason})</source>
            <translation>未保存：数据文件以只读方式打开（{reason}）</translation>
        </message>
        <message>
            <source>not saved: the disk holding {path} is full; free some space and try again</source>
            <translation>未保存：{path} 所在的磁盘已满；请腾出空间后再试</translation>
        </message>
        <message>
            <source>not saved: {error}</source>
            <translation>未保存：{error}</translation>
        </message>
        <message>
            <source>not saved: {path} is damaged ({damage}); restore a backup</source>
            <translation>未保存：{path} 已损坏（{damage}）；请恢复一个备份</translation>
        </message>
        <message>
            <source>not saved: {path} is read-only</source>
            <translation>未保存：{path} 是只读的</translation>
        </message>
        <message>
            <source>only a loan's repayment schedule can be paid off early here: an instalment plan's fees are set by the lender's terms</source>
            <translation>这里只能提前还清贷款的还款计划：分期计划的手续费按贷款机构的条款收取</translation>
        </message>
        <message>
            <source>paid with {method}, not {wanted}</source>
            <translation>用{method}支付，不是{wanted}</translation>
        </message>
        <message>
            <source>principal must be greater than zero</source>
            <translation>本金必须大于零</translation>
        </message>
        <message>
            <source>product name is longer than 80 characters</source>
            <translation>产品名称超过 80 个字符</translation>
        </message>
        <message>
            <source>product name {name!r} is all digits and would be taken for a product id; add a letter or a word</source>
            <translation>产品名称 {name!r} 全是数字，会被当成产品编号；请加上字母或文字</translation>
        </message>
        <message>
            <source>purchase date {day} is in the future (today is {today})</source>
            <translation>消费日期 {day} 在未来（今天是 {today}）</translation>
        </message>
        <message>
            <source>reminder days must be whole numbers from 0 to {most}, not {part!r}</source>
            <translation>提醒天数必须是 0 到 {most} 之间的整数，而不是 {part!r}</translation>
        </message>
        <message>
            <source>repays another credit line ({text})</source>
            <translation>偿还的是其他信贷产品（{text}）</translation>
        </message>
        <message>
            <source>sign must be one of {signs}</source>
            <translation>金额符号约定必须是 {signs} 之一</translation>
        </message>
        <message>
            <source>the XLSX workbook has no sheet</source>
            <translation>XLSX 工作簿中没有工作表</translation>
        </message>
        <message>
            <source>the agreed amount {amount} is more than {product_name} owes today ({owed})</source>
            <translation>谈定的金额 {amount} 超过了{product_name}今天的欠款（{owed}）</translation>
        </message>
        <message>
            <source>the amounts in {file} are in {file_currency}, and {product} keeps {currency}: choose the product this file is for; nothing was imported</source>
            <translation>{file} 中的金额以 {file_currency} 计，而 {product} 以 {currency} 记账：请选择此文件对应的产品；未导入任何内容</translation>
        </message>
        <message>
            <source>the calendar file name is empty</source>
            <translation>日历文件名为空</translation>
        </message>
        <message>
            <source>the column separator must be one of , ; | or a tab</source>
            <translation>列分隔符必须是 , ; | 或制表符</translation>
        </message>
        <message>
            <source>the data file is damaged ({error}); restore a backup</source>
            <translation>数据文件已损坏（{error}）；请恢复一个备份</translation>
        </message>
        <message>
            <source>the data file is damaged: {table} row {row_id}: {what}; restore a backup</source>
            <translation>数据文件已损坏：{table} 表第 {row_id} 行：{what}；请恢复一个备份</translation>
        </message>
        <message>
            <source>the decimal separator must be . or ,</source>
            <translation>小数点必须是 . 或 ,</translation>
        </message>
        <message>
            <source>the file cannot be read as an XLSX workbook: {reason}</source>
            <translation>无法将文件读取为 XLSX 工作簿：{reason}</translation>
        </message>
        <message>
            <source>the file is not OFX or QFX (no &lt;OFX&gt; element)</source>
            <translation>文件不是 OFX 或 QFX 格式（没有 &lt;OFX&gt; 元素）</translation>
        </message>
        <message>
            <source>the file is not {encoding}: byte {position} cannot be read</source>
            <translation>文件不是 {encoding} 编码：第 {position} 个字节无法读取</translation>
        </message>
        <message>
            <source>the file name {name!r} is too long (at most {most} bytes)</source>
            <translation>文件名 {name!r} 太长（最多 {most} 字节）</translation>
        </message>
        <message>
            <source>the file's layout is not one the app knows; choose a profile or map its columns</source>
            <translation>无法识别文件格式，请选择来源格式或指定各列的含义</translation>
        </message>
        <message>
            <source>the first agreed payment must fall after today ({today}), not on {first_due}</source>
            <translation>协商后的第一期还款日要在今天（{today}）之后，不能是 {first_due}</translation>
        </message>
        <message>
            <source>the first agreed payment {first_due} is more than three months away: lenders start a plan within a month or two</source>
            <translation>协商后的第一期还款日 {first_due} 离今天超过三个月：一般一两个月内就要开始还</translation>
        </message>
        <message>
            <source>the generic profile needs a column mapping (--map date=0,amount=1,...)</source>
            <translation>通用格式需要列映射（--map date=0,amount=1,...）</translation>
        </message>
        <message>
            <source>the last instalment was due on {due}: nothing is left to pay off early</source>
            <translation>最后一期已于 {due} 到期：没有可以提前还清的部分</translation>
        </message>
        <message>
            <source>the line cannot be read as CSV: {reason}</source>
            <translation>这一行不是有效的 CSV：{reason}</translation>
        </message>
        <message>
            <source>the line has {count} cells where the header has {columns} columns</source>
            <translation>此行只有 {count} 个单元格，而表头有 {columns} 列</translation>
        </message>
        <message>
            <source>the mapping needs a date column (date=…)</source>
            <translation>映射需要日期列（date=…）</translation>
        </message>
        <message>
            <source>the mapping needs an amount column, or income and spending columns</source>
            <translation>映射需要金额列，或收入列和支出列</translation>
        </message>
        <message>
            <source>the name is given on its own (product add NAME), not as a setting name=…</source>
            <translation>名称应单独给出（product add NAME），而不是作为设置 name=…</translation>
        </message>
        <message>
            <source>the row is for {name!r}, not {product!r}</source>
            <translation>这一行属于 {name!r}，不是 {product!r}</translation>
        </message>
        <message>
            <source>the row is in {code}, {name!r} in {currency}</source>
            <translation>这一行的币种是 {code}，而 {name!r} 以 {currency} 计价</translation>
        </message>
        <message>
            <source>the statement file name is empty</source>
            <translation>对账单文件名为空</translation>
        </message>
        <message>
            <source>the statement starts on {start}, after it ends on {end}</source>
            <translation>对账单开始日 {start} 晚于结束日 {end}</translation>
        </message>
        <message>
            <source>the statement's month is not in the file's title; dates are MM/DD only</source>
            <translation>文件标题中没有账单月份，而日期只有 月/日</translation>
        </message>
        <message>
            <source>there is no import to undo</source>
            <translation>没有可以撤销的导入</translation>
        </message>
        <message>
            <source>this data file has no demo data</source>
            <translation>此数据文件中没有演示数据</translation>
        </message>
        <message>
            <source>trade closed (交易关闭)</source>
            <translation>交易关闭</translation>
        </message>
        <message>
            <source>unknown currency {code!r}</source>
            <translation>未知币种 {code!r}</translation>
        </message>
        <message>
            <source>unknown currency {code!r} (known: {known})</source>
            <translation>未知币种 {code!r}（支持：{known}）</translation>
        </message>
        <message>
            <source>unknown encoding {encoding!r}</source>
            <translation>未知编码 {encoding!r}</translation>
        </message>
        <message>
            <source>unknown product setting {key!r}</source>
            <translation>未知的产品设置 {key!r}</translation>
        </message>
        <message>
            <source>unknown product setting: {exc}</source>
            <translation>未知的产品设置：{exc}</translation>
        </message>
        <message>
            <source>unknown profile {name!r} (known: {known})</source>
            <translation>未知来源格式 {name!r}（可用：{known}）</translation>
        </message>
        <message>
            <source>waiver must be a decimal fraction such as 0.2, not {waiver!r}</source>
            <translation>减免比例必须是 0.2 这样的小数，而不是 {waiver!r}</translation>
        </message>
        <message>
            <source>waiver must be between 0 and 1 (0.2 = 20%), not {waiver}</source>
            <translation>减免比例必须在 0 和 1 之间（0.2 即 20%），而不是 {waiver}</translation>
        </message>
        <message>
            <source>{amount} is less than the {least} of remaining principal and past due amounts the loan still owes</source>
            <translation>{amount} 少于这笔贷款仍欠的剩余本金和逾期款项 {least}</translation>
        </message>
        <message>
            <source>{given} is a folder; give a file name for the statement</source>
            <translation>{given} 是文件夹；请为对账单指定文件名</translation>
        </message>
        <message>
            <source>{given} is not a regular file; give a file name for the calendar</source>
            <translation>{given} 不是普通文件；请为日历指定文件名</translation>
        </message>
        <message>
            <source>{given} is not a regular file; give a file name for the statement</source>
            <translation>{given} 不是普通文件；请为对账单指定文件名</translation>
        </message>
        <message>
            <source>{given} is the data file (or its -wal/-shm); choose another file</source>
            <translation>{given} 是数据文件（或其 -wal/-shm 文件）；请选择其他文件</translation>
        </message>
        <message>
            <source>{key} must be 0–60 days after the statement, not {value}</source>
            <translation>{key}必须是账单日后 0–60 天，而不是 {value}</translation>
        </message>
        <message>
            <source>{key} must be 1–31, not {value}</source>
            <translation>{key}必须是 1–31，而不是 {value}</translation>
        </message>
        <message>
            <source>{key} must be a day of the month 1–31, not {value}</source>
            <translation>{key}必须是每月的 1–31 日，而不是 {value}</translation>
        </message>
        <message>
            <source>{key} must be true or false, not {text!r}</source>
            <translation>{key}必须是 true 或 false，而不是 {text!r}</translation>
        </message>
        <message>
            <source>{key} must be whole numbers joined by commas, not {text!r}</source>
            <translation>{key}必须是用逗号分隔的整数，而不是 {text!r}</translation>
        </message>
        <message>
            <source>{key} must look like 3:0.025,6:0.045, not {text!r}</source>
            <translation>{key}应写成 3:0.025,6:0.045 的形式，而不是 {text!r}</translation>
        </message>
        <message>
            <source>{key} of {percent}% is implausibly low: rates here are percentages — did you mean {meant}%?</source>
            <translation>{key}为 {percent}%，低得不合常理：这里的利率按百分比填写——您是想填 {meant}% 吗？</translation>
        </message>
        <message>
            <source>{key} of {percent}% is too high: at most {most}%</source>
            <translation>{key}为 {percent}%，过高：最多 {most}%</translation>
        </message>
        <message>
            <source>{key} of {value} is too many: at most {most}</source>
            <translation>{key} 为 {value}，超出上限：最多 {most}</translation>
        </message>
        <message>
            <source>{key} {text!r} is not a percentage such as 0.05</source>
            <translation>{key} {text!r} 不是百分比数字（如 0.05）</translation>
        </message>
        <message>
            <source>{name} must be a decimal rate such as 0.0005, not {rate!r}</source>
            <translation>{name}必须是 0.0005 这样的小数利率，而不是 {rate!r}</translation>
        </message>
        <message>
            <source>{name} must be a whole number, not {value!r}</source>
            <translation>{name}必须是整数，而不是 {value!r}</translation>
        </message>
        <message>
            <source>{name} must not be negative</source>
            <translation>{name}不能为负数</translation>
        </message>
        <message>
            <source>{name} of {rate} is implausibly high (rates are fractions: 0.05 = 5%)</source>
            <translation>{name} {rate} 高得不合理（利率用小数表示：0.05 即 5%）</translation>
        </message>
        <message>
            <source>{name} of {rate} is too high: at most {limit} ({limit_percent}); rates are fractions, 0.0005 = 0.05%</source>
            <translation>{name} {rate} 太高：最多 {limit}（{limit_percent}）；利率用小数表示，0.0005 即 0.05%</translation>
        </message>
        <message>
            <source>{name} {text!r} is not a decimal rate such as 0.0005</source>
            <translation>{name} {text!r} 不是 0.0005 这样的小数利率</translation>
        </message>
        <message>
            <source>{name} {text!r} is not a number</source>
            <translation>{name} {text!r} 不是数字</translation>
        </message>
        <message>
            <source>{name} {text!r} is not a plausible rate (use a plain decimal such as 0.0005)</source>
            <translation>{name} {text!r} 不是合理的利率（请用 0.0005 这样的普通小数）</translation>
        </message>
        <message>
            <source>{name} {text!r} is too long for a rate</source>
            <translation>{name} {text!r} 作为费率太长了</translation>
        </message>
        <message>
            <source>{path} already exists; it was left unchanged</source>
            <translation>{path} 已存在；未作改动</translation>
        </message>
        <message>
            <source>{path} does not exist (run `init` to create it)</source>
            <translation>{path} 不存在（运行 `init` 创建）</translation>
        </message>
        <message>
            <source>{path} holds Debt Tracker tables but no schema version (user_version 0): it was not made by this app as it is; it was left unchanged (restore a backup)</source>
            <translation>{path} 含有债务管家的表但没有结构版本（user_version 0）：它并非由本应用以现在的样子生成；未作改动（请恢复一个备份）</translation>
        </message>
        <message>
            <source>{path} is an SQLite file but not a Debt Tracker data file</source>
            <translation>{path} 是 SQLite 文件，但不是债务管家的数据文件</translation>
        </message>
        <message>
            <source>{path} is damaged (it is cut short); restore a backup</source>
            <translation>{path} 已损坏（文件不完整）；请恢复一个备份</translation>
        </message>
        <message>
            <source>{path} is damaged ({problems}); restore a backup</source>
            <translation>{path} 已损坏（{problems}）；请恢复一个备份</translation>
        </message>
        <message>
            <source>{path} is empty: not set up yet (run `init` to initialise it)</source>
            <translation>{path} 是空文件：尚未初始化（运行 `init` 初始化）</translation>
        </message>
        <message>
            <source>{path} is not a Debt Tracker data file (not an SQLite database)</source>
            <translation>{path} 不是债务管家的数据文件（不是 SQLite 数据库）</translation>
        </message>
        <message>
            <source>{path} is not a Debt Tracker data file: it holds tables but not our mark (another program's database, or a set-up that did not finish); it was left unchanged</source>
            <translation>{path} 不是债务管家的数据文件：其中有表但没有我们的标记（可能是其他程序的数据库，或未完成的初始化）；未作改动</translation>
        </message>
        <message>
            <source>{path} is not a file</source>
            <translation>{path} 不是文件</translation>
        </message>
        <message>
            <source>{path} is not set up yet (an earlier set-up did not finish)</source>
            <translation>{path} 尚未初始化（之前的初始化没有完成）</translation>
        </message>
        <message>
            <source>{path} is not set up yet (an earlier set-up did not finish): run `init`</source>
            <translation>{path} 尚未初始化（之前的初始化没有完成）：请运行 `init`</translation>
        </message>
        <message>
            <source>{path} is too large to import</source>
            <translation>{path} 太大，无法导入</translation>
        </message>
        <message>
            <source>{path} needs an upgrade to be used by this version, but {reason}</source>
            <translation>{path} 需要升级才能被此版本使用，但{reason}</translation>
        </message>
        <message>
            <source>{path} was written by a newer Debt Tracker (schema {version}; this version understands up to {known}); please upgrade the app</source>
            <translation>{path} 由更新版本的债务管家写入（结构版本 {version}；此版本最高支持 {known}）；请升级应用</translation>
        </message>
        <message>
            <source>{path} was written in a newer SQLite file format ({version}) than this app can change; it was left unchanged</source>
            <translation>{path} 使用了更新的 SQLite 文件格式（{version}），本应用无法修改；未作改动</translation>
        </message>
        <message>
            <source>{product_name} already has an agreed plan running ({plan}): delete it first, then record the new one</source>
            <translation>{product_name}已经有一个正在执行的协商方案（{plan}）：请先删除它，再记录新的方案</translation>
        </message>
        <message>
            <source>{product_name} already has records in {product_currency}; its currency can change only while it has no bills, charges, payments or plans</source>
            <translation>{product_name} 已有以 {product_currency} 记录的数据；只有在没有账单、消费、还款和分期时才能更改币种</translation>
        </message>
        <message>
            <source>{product_name} does not offer instalments</source>
            <translation>{product_name} 不提供分期</translation>
        </message>
        <message>
            <source>{product_name} has no total rate for {periods} periods (rates for: {known})</source>
            <translation>{product_name} 没有 {periods} 期的总费率（已有：{known}）</translation>
        </message>
        <message>
            <source>{product_name} has nothing overdue: there is nothing to negotiate</source>
            <translation>{product_name}目前没有逾期，不需要协商还款</translation>
        </message>
        <message>
            <source>{product_name} offers {offered} periods, not {periods}</source>
            <translation>{product_name} 提供 {offered} 期，不提供 {periods} 期</translation>
        </message>
        <message>
            <source>{product_name} owes nothing today: there is no debt to reschedule</source>
            <translation>{product_name}今天没有欠款，没有可重新安排的还款</translation>
        </message>
        <message>
            <source>{target} already exists; open it instead of creating it</source>
            <translation>{target} 已存在；请直接打开，而不是新建</translation>
        </message>
        <message>
            <source>{text!r} is not a date</source>
            <translation>{text!r} 不是日期</translation>
        </message>
        <message>
            <source>{text!r} is not a date like 12/31</source>
            <translation>{text!r} 不是 12/31 这样的日期</translation>
        </message>
        <message>
            <source>{what} is empty</source>
            <translation>{what}为空</translation>
        </message>
        <message>
            <source>{what} must be a whole number, not {text!r}</source>
            <translation>{what}必须是整数，而不是 {text!r}</translation>
        </message>
        <message>
            <source>{what} {raw!r} has a space inside the number</source>
            <translation>{what} {raw!r} 的数字中间有空格</translation>
        </message>
        <message>
            <source>{what} {raw!r} has misplaced thousands separators (use 1,234.56 or 1234.56)</source>
            <translation>{what} {raw!r} 的千位分隔符位置不对（请写成 1,234.56 或 1234.56）</translation>
        </message>
        <message>
            <source>{what} {raw!r} has more than {digits} decimal places</source>
            <translation>{what} {raw!r} 的小数超过 {digits} 位</translation>
        </message>
        <message>
            <source>{what} {raw!r} is in another currency: this product counts in {code}</source>
            <translation>{what} {raw!r} 用的是其他币种：该产品以 {code} 计价</translation>
        </message>
        <message>
            <source>{what} {raw!r} is not a number</source>
            <translation>{what} {raw!r} 不是数字</translation>
        </message>
        <message>
            <source>{what} {raw!r} is not a number like 1234.56</source>
            <translation>{what} {raw!r} 不是 1234.56 这样的数字</translation>
        </message>
        <message>
            <source>{what} {raw!r} is too long for an amount</source>
            <translation>{what} {raw!r} 作为金额太长了</translation>
        </message>
        <message>
            <source>{what} {raw!r} must be written with the digits 0-9</source>
            <translation>{what} {raw!r} 必须用数字 0-9 书写</translation>
        </message>
        <message>
            <source>{what} {raw!r} must not be negative</source>
            <translation>{what} {raw!r} 不能为负数</translation>
        </message>
        <message>
            <source>{what} {s} does not exist: that month has {last} days</source>
            <translation>{what} {s} 不存在：该月只有 {last} 天</translation>
        </message>
        <message>
            <source>{what} {text!r} has an implausible year {year}</source>
            <translation>{what} {text!r} 的年份 {year} 不合理</translation>
        </message>
        <message>
            <source>{what} {text!r} has no month {month} (1–12)</source>
            <translation>{what} {text!r} 中没有 {month} 月（应为 1–12）</translation>
        </message>
        <message>
            <source>{what} {text!r} is not a date like 2026-12-01 (YYYY-MM-DD)</source>
            <translation>{what} {text!r} 不是 2026-12-01 这样的日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <source>{what} {text!r} is too large (at most {most:,})</source>
            <translation>{what} {text!r} 太大（最多 {most:,}）</translation>
        </message>
        <message>
            <source>{what} {text!r} must be greater than zero</source>
            <translation>{what} {text!r} 必须大于零</translation>
        </message>
        <message>
            <source>金额 {text!r} is not a number like 131.77</source>
            <translation>金额 {text!r} 不是 131.77 这样的数字</translation>
        </message>
        <message>
            <source>amount</source>
            <extracomment>Words the core passes as values (``what``: "amount {raw!r} is not a number"; a date field's "date 2026-02-30 does not exist").</extracomment>
            <translation>金额</translation>
        </message>
        <message>
            <source>date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>there is no such file or folder</source>
            <extracomment>Why a file could not be used (``reason``: tracker.errors.PHRASES), translated like the message around it — never the operating system's English.</extracomment>
            <translation>没有这个文件或文件夹</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>没有访问权限</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>磁盘是只读的</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>这是一个文件夹，不是文件</translation>
        </message>
        <message>
            <source>part of the path is not a folder</source>
            <translation>路径中有一部分不是文件夹</translation>
        </message>
        <message>
            <source>a file of that name exists already</source>
            <translation>已有同名文件</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>名称太长</translation>
        </message>
        <message>
            <source>the file is in use</source>
            <translation>文件正被占用</translation>
        </message>
        <message>
            <source>files cannot be created in this folder</source>
            <translation>此文件夹中不能创建文件</translation>
        </message>
        <message>
            <source>{path} does not exist (Create new… makes a new data file)</source>
            <extracomment>The core's command-line advice ("run `init`"), said as the window does it: Settings → Open another… on an empty or vanished file.</extracomment>
            <translation>{path} 不存在（用“新建文件…”可新建数据文件）</translation>
        </message>
        <message>
            <source>{path} is empty, not set up yet (Create new… with this name sets it up)</source>
            <translation>{path} 是空文件，尚未初始化（用“新建文件…”选择这个文件名即可初始化）</translation>
        </message>
        <message>
            <source>… ({count} characters)</source>
            <translation>…（共 {count} 个字符）</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export statement</source>
            <translation>导出对账单</translation>
        </message>
        <message>
            <source>All products</source>
            <translation>全部产品</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>From</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>To</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>For Excel (UTF-8 with BOM)</source>
            <translation>兼容 Excel（带 BOM 的 UTF-8）</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>保存为</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>the end date is before the start date</source>
            <translation>结束日期早于开始日期</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Statement exported</source>
            <translation>对账单已导出</translation>
        </message>
        <message>
            <source>Export failed: {error}</source>
            <translation>导出失败：{error}</translation>
        </message>
        <message>
            <source>choose a file to write</source>
            <translation>请选择要保存的文件</translation>
        </message>
        <message>
            <source>cannot write {path}: {folder} is not a folder</source>
            <translation>无法写入 {path}：{folder} 不是文件夹</translation>
        </message>
        <message>
            <source>folder {folder} does not exist</source>
            <translation>文件夹 {folder} 不存在</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file</source>
            <translation>{path} 是文件夹，不是文件</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n row(s) to {file}.</source>
            <translation>
                <numerusform>已将 %n 行写入 {file}。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FileBanner</name>
        <message>
            <source>This data file is damaged ({damage}). Nothing will be saved to it: restore a backup in Settings → Backups.</source>
            <translation>这个数据文件已损坏（{damage}）。不会再向其中保存任何内容：请在 设置 → 备份 中恢复一个备份。</translation>
        </message>
        <message>
            <source>Read-only: {reason}. You can look at everything, but changes cannot be saved.</source>
            <translation>只读：{reason}。可以查看全部内容，但无法保存更改。</translation>
        </message>
        <message>
            <source>the file is read-only</source>
            <translation>文件是只读的</translation>
        </message>
        <message>
            <source>its folder is read-only</source>
            <translation>所在文件夹是只读的</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Debt Tracker</source>
            <translation>欢迎使用债务管家</translation>
        </message>
        <message>
            <source>Your data file is new. How would you like to begin? It is kept here:</source>
            <translation>这是一个新的数据文件。您想怎样开始？文件保存在：</translation>
        </message>
        <message>
            <source>Your data file has no products yet. How would you like to begin? It is here:</source>
            <translation>这个数据文件里还没有产品。您想怎样开始？文件位于：</translation>
        </message>
        <message>
            <source>Start with my own products</source>
            <translation>从我自己的产品开始</translation>
        </message>
        <message>
            <source>An empty file: add your credit cards and loans, then their bills.</source>
            <translation>一个空文件：先添加您的信用卡和贷款，再录入账单。</translation>
        </message>
        <message>
            <source>Look around with demo data</source>
            <translation>用演示数据随便看看</translation>
        </message>
        <message>
            <source>Five made-up products with bills and plans, marked as demo data; “Remove demo data” deletes them and keeps what you add.</source>
            <translation>五个虚构的产品，带账单和分期，并标记为演示数据；点“删除演示数据”即可删除，您添加的内容会保留。</translation>
        </message>
    </context>
    <context>
        <name>Form</name>
        <message>
            <source>{text!r} is not a complete date</source>
            <translation>{text!r} 不是完整的日期</translation>
        </message>
        <message>
            <source>Save it anyway?</source>
            <translation>仍要保存吗？</translation>
        </message>
        <message>
            <source>add a product first</source>
            <translation>请先添加产品</translation>
        </message>
        <message>
            <source>choose the number of periods</source>
            <translation>请选择分期期数</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>APR and EAR</source>
            <translation>年化利率与实际年利率</translation>
        </message>
        <message>
            <source>APR (annual percentage rate) is the rate per period times the periods in a year: 1.0863% a month is 13.03% APR. It ignores compounding, so it makes a cost look smaller than it is.</source>
            <translation>年化利率（APR）是每期利率乘以一年的期数：每月 1.0863% 即年化 13.03%。它不计复利，因此会让成本看起来比实际小。</translation>
        </message>
        <message>
            <source>EAR (effective annual rate) counts compounding: (1 + rate per period) to the power of the periods in a year, minus 1 — 1.0863% a month is 13.84% EAR. Compare choices by EAR: it is what a year of that debt really costs.</source>
            <translation>实际年利率（EAR）计入复利：(1 + 每期利率) 的「一年期数」次方减 1——每月 1.0863% 即实际年利率 13.84%。比较各种选择时请看实际年利率：它才是这笔欠款一年真正的成本。</translation>
        </message>
        <message>
            <source>Instalment fees quoted as “0.6% a period” are charged on the whole amount every period although you owe less each month: their APR is about twice the rate quoted times 12.</source>
            <translation>分期手续费标称“每期 0.6%”，却每期都按全部本金收取，而您每月欠的越来越少：其年化利率约为标称费率乘 12 的两倍。</translation>
        </message>
        <message>
            <source>Credit-report codes</source>
            <translation>征信还款状态代码</translation>
        </message>
        <message>
            <source>China (PBOC credit report): each month's repayment status is one character — N normal, 1 = 1–30 days past due, 2 = 31–60, 3 = 61–90, 4 = 91–120, 5 = 121–150, 6 = 151–180, 7 = over 180 days. Over 90 days (code 4 and up) is serious delinquency.</source>
            <translation>中国（人民银行征信报告）：每月的还款状态用一个字符表示——N 正常，1 = 逾期 1–30 天，2 = 31–60 天，3 = 61–90 天，4 = 91–120 天，5 = 121–150 天，6 = 151–180 天，7 = 180 天以上。逾期超过 90 天（代码 4 及以上）属于严重逾期。</translation>
        </message>
        <message>
            <source>United States (credit bureaus): a payment is reported late only once it is 30 days past due, then as 30, 60, 90, 120, 150 or 180 days late. Dollar products in this app use these.</source>
            <translation>美国（信用局）：逾期满 30 天才会上报，按逾期 30、60、90、120、150 或 180 天记录。本应用中的美元产品采用这种方式。</translation>
        </message>
        <message>
            <source>连三累六 (“three in a row, six in all”): late in 3 months in a row, or in 6 months in total within the last two years, and most Chinese lenders refuse new loans or cards. The product page shows your count.</source>
            <translation>连三累六：近两年内连续 3 个月逾期，或累计 6 个月逾期，大多数国内贷款机构会拒绝新的贷款或信用卡申请。产品页面会显示您的计数。</translation>
        </message>
        <message>
            <source>When it is reported</source>
            <translation>何时上报征信</translation>
        </message>
        <message>
            <source>A lender reports a due once it is past its grace days and its reporting threshold: Chinese lenders from the first day late (banks after a few grace days), US lenders at 30 days. The simulator names each product's threshold; paying within the grace days is never reported.</source>
            <translation>超过宽限期并达到上报门槛后，机构就会上报征信：国内机构逾期第一天起（银行在几天宽限期之后），美国机构满 30 天。模拟器会写明每个产品的门槛；在宽限期内还款不会上报。</translation>
        </message>
        <message>
            <source>A reported lateness stays visible for years: in China 5 years after the debt is paid, in the US 7 years from the first late month. The simulator shows the date for each choice.</source>
            <translation>上报的逾期记录会保留多年：国内为还清后 5 年，美国为自首次逾期起 7 年。模拟器会为每个选择显示保留到的日期。</translation>
        </message>
        <message>
            <source>Your data and backups</source>
            <translation>您的数据与备份</translation>
        </message>
        <message>
            <source>Everything is in one file on this computer; nothing is sent anywhere. Open now: {path}</source>
            <translation>所有数据都保存在本机的一个文件中，不会发送到任何地方。当前打开：{path}</translation>
        </message>
        <message>
            <source>Backups: {folder} — one a day while the app is used (the last {daily} days, {weekly} weeks and {monthly} months are kept) and one before every upgrade or restore. To restore one: Settings → Backups.</source>
            <translation>备份：{folder}——使用应用时每天一份（保留最近 {daily} 天、{weekly} 周和 {monthly} 个月的），每次升级或恢复前一份。要恢复备份：设置 → 备份。</translation>
        </message>
        <message>
            <source>A new install keeps its data in {path} (set DEBT_TRACKER_DB to use another file).</source>
            <translation>新安装时数据保存在 {path}（设置环境变量 DEBT_TRACKER_DB 可改用其他文件）。</translation>
        </message>
        <message>
            <source>Debt Tracker Help</source>
            <translation>债务管家帮助</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Debt Tracker statement</source>
            <translation>债务管家对账单</translation>
        </message>
        <message>
            <source>Alipay (支付宝)</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <source>WeChat Pay (微信支付)</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <source>JD (京东)</source>
            <translation>京东</translation>
        </message>
        <message>
            <source>CMB credit card (招商银行信用卡)</source>
            <translation>招商银行信用卡</translation>
        </message>
        <message>
            <source>ICBC credit card (工商银行信用卡)</source>
            <translation>工商银行信用卡</translation>
        </message>
        <message>
            <source>US card: Chase (purchases negative)</source>
            <translation>美国信用卡：Chase（消费为负数）</translation>
        </message>
        <message>
            <source>US card: Date,Description,Amount (purchases positive)</source>
            <translation>美国信用卡：Date,Description,Amount（消费为正数）</translation>
        </message>
        <message>
            <source>OFX / QFX (US banks)</source>
            <translation>OFX / QFX（美国银行）</translation>
        </message>
        <message>
            <source>columns mapped</source>
            <translation>自定义列</translation>
        </message>
        <message>
            <source>Import statement</source>
            <translation>导入账单</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>支付方式</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>As named in the file</source>
            <translation>按文件中写明的产品</translation>
        </message>
        <message>
            <source>Detect from the header</source>
            <translation>按表头自动识别</translation>
        </message>
        <message>
            <source>Other: map the columns</source>
            <translation>其他：指定各列含义</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>自动识别</translation>
        </message>
        <message>
            <source>the format's default (Alipay: 花呗, JD: 白条)</source>
            <translation>按格式默认（支付宝：花呗，京东：白条）</translation>
        </message>
        <message>
            <source>Import the good lines and skip the bad ones</source>
            <translation>导入正确的行，跳过有误的行</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Statements (*.csv *.txt *.xlsx *.ofx *.qfx);;All files (*)</source>
            <translation>账单文件 (*.csv *.txt *.xlsx *.ofx *.qfx);;所有文件 (*)</translation>
        </message>
        <message>
            <source>No rows to import in {file}.</source>
            <translation>{file} 中没有可导入的行。</translation>
        </message>
        <message>
            <source>The amounts in this {profile} file are in {file_currency}, and {product} keeps {currency}: choose the product this file is for.</source>
            <translation>此{profile}文件的金额以 {file_currency} 计，而 {product} 以 {currency} 记账：请选择此文件对应的产品。</translation>
        </message>
        <message>
            <source>The file's encoding could not be determined: choose it under Encoding.</source>
            <translation>无法判断文件编码：请在“编码”中选择。</translation>
        </message>
        <message>
            <source>Choose a file to see what it holds.</source>
            <translation>选择文件后可预览其中的内容。</translation>
        </message>
        <message>
            <source>{new} new, {dup} already imported, {skipped} not for this product, {bad} bad lines. Format: {profile}; encoding: {encoding}.</source>
            <translation>新增 {new} 行，已导入过 {dup} 行，不属于此产品 {skipped} 行，有误 {bad} 行。格式：{profile}；编码：{encoding}。</translation>
        </message>
        <message>
            <source>Line {line}: {reason}. Fix the file, or tick the box to skip bad lines.</source>
            <translation>第 {line} 行：{reason}。请修正文件，或勾选跳过有误的行。</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Imported {added} rows ({dup} were already imported).</source>
            <translation>已导入 {added} 行（{dup} 行之前已导入）。</translation>
        </message>
        <message>
            <source>Undo last import</source>
            <translation>撤销上次导入</translation>
        </message>
        <message>
            <source>Nothing has been imported.</source>
            <translation>还没有导入过任何内容。</translation>
        </message>
        <message>
            <source>Remove the {added} rows imported from {file} on {when}?</source>
            <translation>删除 {when} 从 {file} 导入的 {added} 行？</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>new</source>
            <extracomment>Row colours by status: new rows plain, the rest tinted.</extracomment>
            <translation>新增</translation>
        </message>
        <message>
            <source>already imported</source>
            <translation>已导入过</translation>
        </message>
        <message>
            <source>not for this product</source>
            <translation>不属于此产品</translation>
        </message>
        <message>
            <source>bad line</source>
            <translation>有误</translation>
        </message>
        <message>
            <source>charge</source>
            <translation>消费</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>payment</source>
            <translation>还款</translation>
        </message>
        <message>
            <source>bill</source>
            <translation>账单</translation>
        </message>
        <message>
            <source>instalment</source>
            <translation>分期</translation>
        </message>
        <message>
            <source>fee</source>
            <translation>手续费</translation>
        </message>
        <message>
            <source>interest</source>
            <translation>利息</translation>
        </message>
        <message>
            <source>penalty</source>
            <translation>罚息</translation>
        </message>
        <message>
            <source>adjustment</source>
            <translation>调整</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <source>Line</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>pays {dues}</source>
            <translation>偿还 {dues}</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>Buy now, pay later</source>
            <translation>先享后付</translation>
        </message>
        <message>
            <source>Credit card</source>
            <translation>信用卡</translation>
        </message>
        <message>
            <source>Pay in instalments</source>
            <translation>分期付款</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>贷款</translation>
        </message>
    </context>
    <context>
        <name>LedgerTab</name>
        <message>
            <source>Search…</source>
            <translation>搜索…</translation>
        </message>
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
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Debt Tracker</source>
            <extracomment>PAGES (re-exported): the page keys in navigation order, with what builds each page. The reminder scheduler (ui.reminders.scheduler.attach), once started.</extracomment>
            <translation>债务管家</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>记录(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Record &amp;payment…</source>
            <translation>记录还款(&amp;P)…</translation>
        </message>
        <message>
            <source>New &amp;charge…</source>
            <translation>新增消费(&amp;C)…</translation>
        </message>
        <message>
            <source>New &amp;bill…</source>
            <translation>新增账单(&amp;B)…</translation>
        </message>
        <message>
            <source>Existing &amp;instalment plan…</source>
            <translation>录入已有分期(&amp;I)…</translation>
        </message>
        <message>
            <source>New p&amp;roduct…</source>
            <translation>新增产品(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Export statement…</source>
            <translation>导出对账单(&amp;E)…</translation>
        </message>
        <message>
            <source>Export &amp;calendar…</source>
            <translation>导出日历(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Undo last import…</source>
            <translation>撤销上次导入(&amp;U)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;About Debt Tracker</source>
            <translation>关于债务管家(&amp;A)</translation>
        </message>
        <message>
            <source>Debt Tracker &amp;Help</source>
            <translation>债务管家帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Data file: {path}    Today: {today}</source>
            <translation>数据文件：{path}    今天：{today}</translation>
        </message>
        <message>
            <source>Could not back up the data file: {error}</source>
            <extracomment>Emitted with the problems when a check finds the open file damaged. Emitted after each run (tests wait for it).</extracomment>
            <translation>无法备份数据文件：{error}</translation>
        </message>
    </context>
    <context>
        <name>MappingBox</name>
        <message>
            <source>Columns (a number from 0, or the header's name)</source>
            <translation>各列（从 0 开始的列号，或表头名称）</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Date format (e.g. %d/%m/%Y; empty: 2026-11-03)</source>
            <translation>日期格式（如 %d/%m/%Y；留空：2026-11-03）</translation>
        </message>
        <message>
            <source>Decimal separator</source>
            <translation>小数点</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>正负号</translation>
        </message>
        <message>
            <source>Column separator</source>
            <translation>列分隔符</translation>
        </message>
        <message>
            <source>a purchase is positive</source>
            <translation>消费为正数</translation>
        </message>
        <message>
            <source>a purchase is negative</source>
            <translation>消费为负数</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>制表符</translation>
        </message>
    </context>
    <context>
        <name>MonthsModel</name>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已还</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>利息</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Balance left</source>
            <translation>剩余欠款</translation>
        </message>
        <message>
            <source>Minimum missed: {debts}</source>
            <translation>未还最低还款：{debts}</translation>
        </message>
    </context>
    <context>
        <name>NegotiateDialog</name>
        <message>
            <source>Waive {amount}</source>
            <translation>减免 {amount}</translation>
        </message>
        <message>
            <source>No waiver</source>
            <translation>不减免</translation>
        </message>
        <message>
            <source>{each} (last {last})</source>
            <translation>{each}（最后一期 {last}）</translation>
        </message>
        <message numerus="yes">
            <source>{product}: %n day(s) overdue (due {date})</source>
            <translation>
                <numerusform>{product}：已逾期 %n 天（{date} 到期）</numerusform>
            </translation>
        </message>
        <message>
            <source>Owed today: {total} — principal {principal}, interest {interest}, fees {fees}, penalty {penalty}.</source>
            <translation>今天共欠 {total}：本金 {principal}，利息 {interest}，手续费 {fees}，罚息 {penalty}。</translation>
        </message>
        <message>
            <source>Each further week of waiting adds {amount}.</source>
            <translation>每多拖一周，要多付 {amount}。</translation>
        </message>
        <message>
            <source>{budget} a month is too small for any plan of at most 60 payments: it takes at least {least} a month.</source>
            <translation>每月 {budget} 不够：就算分 60 期，每月也至少要还 {least}。</translation>
        </message>
        <message>
            <source>A negotiated plan stops the penalty while you keep to it, but it does not erase the record: what was reported stays until the date shown.</source>
            <translation>按协商方案按时还款期间不再计罚息，但逾期记录不会因此消失：已上报的记录会一直保留到表中的日期。</translation>
        </message>
        <message>
            <source>Negotiating with {product}</source>
            <translation>与{product}协商还款</translation>
        </message>
        <message>
            <source>Negotiate a repayment plan</source>
            <translation>协商还款</translation>
        </message>
        <message>
            <source>Monthly budget:</source>
            <translation>每月预算：</translation>
        </message>
        <message>
            <source>Ask to waive:</source>
            <translation>申请减免：</translation>
        </message>
        <message>
            <source>A share of what is owed, e.g. 30%; empty: the penalty and interest</source>
            <translation>按所欠总额的比例填写，如 30%；不填则按罚息和利息计</translation>
        </message>
        <message>
            <source>default: penalty and interest</source>
            <translation>默认：罚息和利息</translation>
        </message>
        <message>
            <source>On the report until</source>
            <translation>征信记录保留至</translation>
        </message>
        <message>
            <source>Show plans</source>
            <translation>查看方案</translation>
        </message>
        <message>
            <source>Plans you can afford</source>
            <translation>还得起的方案</translation>
        </message>
        <message>
            <source>Ask for</source>
            <translation>申请内容</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>期数</translation>
        </message>
        <message>
            <source>Each month</source>
            <translation>每期还款</translation>
        </message>
        <message>
            <source>Total repaid</source>
            <translation>共还</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>额外费用</translation>
        </message>
        <message>
            <source>What to say to customer service</source>
            <translation>跟客服怎么说</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Record the agreed plan…</source>
            <translation>记录协商结果…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>NegotiateScript</name>
        <message>
            <source>MMMM d, yyyy</source>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>Before you call, have ready:</source>
            <translation>打电话之前，先准备好：</translation>
        </message>
        <message>
            <source>what you owe now: {total} (interest, penalty and fees {charges} of it)</source>
            <translation>现在一共欠多少：{total}（其中利息、罚息等费用 {charges}）</translation>
        </message>
        <message>
            <source>what you can really pay each month: {budget}</source>
            <translation>每个月实际能拿出多少来还：{budget}</translation>
        </message>
        <message>
            <source>why you fell behind (lost income, illness…): they will ask</source>
            <translation>逾期的原因（收入中断、生病等），客服多半会问</translation>
        </message>
        <message>
            <source>What to say:</source>
            <translation>可以这样说：</translation>
        </message>
        <message>
            <source>If they agree, ask for it in writing (a text message or a message in the app): the total, the number of payments and each payment date. Then record it here with “Record the agreed plan…”.</source>
            <translation>谈妥之后，请对方用短信或 App 消息把还款总额、期数和每期还款日发给你，留作凭证；然后回到这里点“记录协商结果…”。</translation>
        </message>
        <message>
            <source>your ID card and the card (its number)</source>
            <translation>身份证和这张信用卡（客服会核对卡号）</translation>
        </message>
        <message>
            <source>your ID card and the phone number your {product} account uses</source>
            <translation>身份证，以及{product}账户绑定的手机号</translation>
        </message>
        <message>
            <source>Call {product} customer service: {phone}.</source>
            <translation>拨打{product}客服电话：{phone}。</translation>
        </message>
        <message>
            <source>Call the customer-service number on the back of your card.</source>
            <translation>拨打信用卡背面的客服电话。</translation>
        </message>
        <message>
            <source>Call {product} customer service (add its number with Edit product).</source>
            <translation>联系{product}客服（号码可以在“编辑产品”里补上）。</translation>
        </message>
        <message>
            <source>Or in the JD Finance app: 我的 → 客户服务 → 在线客服 (My → Customer Service → Online).</source>
            <translation>也可以在京东金融 App 里找在线客服：我的 → 客户服务 → 在线客服。</translation>
        </message>
        <message>
            <source>Or in the Alipay app: 我的 → 我的客服 (My → My Customer Service).</source>
            <translation>也可以在支付宝 App 里找客服：我的 → 我的客服。</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>“Hello, my {product} payment is {days} overdue. I want to pay it back, and I can pay {budget} a month. What repayment plan can you offer me?”</source>
            <translation>“您好，我的{product}已经逾期 {days}了。我想把钱还上，每个月能还 {budget}，请问可以帮我办协商还款吗？”</translation>
        </message>
        <message>
            <source>Even 60 payments need {least} a month: explain what you can really pay and ask for part of it to be waived, or find a way to reach that amount.</source>
            <translation>就算分 60 期，每月也要还 {least}。可以跟对方讲清楚自己每月实际能还多少，请求减免一部分；或者想办法把每月能拿出的钱凑到这个数。</translation>
        </message>
        <message>
            <source>a personalised instalment plan (个性化分期)</source>
            <translation>个性化分期</translation>
        </message>
        <message>
            <source>a repayment plan</source>
            <translation>协商分期</translation>
        </message>
        <message numerus="yes">
            <source>“Hello, my {product} payment is {days} overdue. I want to pay it back, but I can't pay {total} in one go. Could you set me up {plan}: %n monthly payment(s) of {payment}, starting {first}? Please stop the interest and penalty while I keep to it, and waive {waived} of what I owe.”</source>
            <translation>
                <numerusform>“您好，我的{product}已经逾期 {days}了。我想把钱还上，但一次拿不出 {total}。能不能帮我办理{plan}：分 %n 期，每月还 {payment}，从{first}开始？分期期间请停止计息和罚息，另外能不能减免 {waived}？”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“Hello, my {product} payment is {days} overdue. I want to pay it back, but I can't pay {total} in one go. Could you set me up {plan}: %n monthly payment(s) of {payment}, starting {first}? Please stop the interest and penalty while I keep to it.”</source>
            <translation>
                <numerusform>“您好，我的{product}已经逾期 {days}了。我想把钱还上，但一次拿不出 {total}。能不能帮我办理{plan}：分 %n 期，每月还 {payment}，从{first}开始？分期期间请停止计息和罚息。”</numerusform>
            </translation>
        </message>
        <message>
            <source>A plan does not erase the record: a late payment already reported stays on your credit report for 7 years from when you first fell behind.</source>
            <translation>协商分期不会消除逾期记录：已上报的逾期自首次逾期起在信用报告上保留 7 年。</translation>
        </message>
        <message numerus="yes">
            <source>A plan does not erase the record: the late months already reported stay on your credit report until {until} (%n year(s) after the last payment).</source>
            <translation>
                <numerusform>协商分期不会消除逾期记录：已经上报的逾期会一直留在征信报告上，直到{until}（最后一期还清后再保留 %n 年）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A plan does not erase the record: the late months already reported stay on your credit report for %n year(s) after the debt is paid off.</source>
            <translation>
                <numerusform>协商分期不会消除逾期记录：已经上报的逾期在欠款还清后还会保留 %n 年。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Options</name>
        <message>
            <source>Pay in full</source>
            <translation>全额还款</translation>
        </message>
        <message>
            <source>Pay the minimum every month</source>
            <translation>每月只还最低还款</translation>
        </message>
        <message>
            <source>clean</source>
            <translation>无不良记录</translation>
        </message>
        <message>
            <source>reported (serious), {days} days late, visible until {until}</source>
            <translation>上报征信（严重），逾期 {days} 天，保留至 {until}</translation>
        </message>
        <message>
            <source>reported, {days} days late, visible until {until}</source>
            <translation>上报征信，逾期 {days} 天，保留至 {until}</translation>
        </message>
        <message>
            <source>reported (serious), code {code}, visible until {until}</source>
            <translation>上报征信（严重逾期），代码 {code}，保留至 {until}</translation>
        </message>
        <message>
            <source>reported, code {code}, visible until {until}</source>
            <translation>上报征信，代码 {code}，保留至 {until}</translation>
        </message>
        <message>
            <source>US credit bureaus: reported as 30, 60, 90, 120, 150 or 180 days late, never under 30 days; over 90 days is serious. A late payment stays on the report for {years} years.</source>
            <translation>美国信用局：按逾期 30、60、90、120、150 或 180 天上报，不满 30 天不上报；超过 90 天为严重逾期。逾期记录保留 {years} 年。</translation>
        </message>
        <message>
            <source>Credit report (PBOC): the code counts months past due — 1 = 1–30 days, 2 = 31–60, … 7 = over 180; over 90 days is serious. A record stays {years} years after the debt is paid. 连三累六: late 3 months in a row or 6 in all within 24 months, and most lenders refuse new credit.</source>
            <translation>征信报告（人民银行）：代码表示逾期月数——1 = 1–30 天，2 = 31–60 天，…… 7 = 180 天以上；超过 90 天为严重逾期。记录在还清后保留 {years} 年。连三累六：24 个月内连续 3 个月或累计 6 个月逾期，大多数机构会拒绝新的授信。</translation>
        </message>
        <message>
            <source>{amount} once</source>
            <translation>{amount}（一次付清）</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) × {amount}</source>
            <translation>
                <numerusform>%n 个月 × {amount}</numerusform>
            </translation>
        </message>
        <message>
            <source>One payment, in {month}</source>
            <translation>一次付款，在 {month}</translation>
        </message>
        <message numerus="yes">
            <source>Pay the minimum, the rest %n day(s) later</source>
            <translation>
                <numerusform>先还最低还款，其余 %n 天后还清</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Split into %n</source>
            <translation>
                <numerusform>分 %n 期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pay %n day(s) late</source>
            <translation>
                <numerusform>逾期 %n 天还款</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Negotiate after %n day(s)</source>
            <translation>
                <numerusform>逾期 %n 天后协商还款</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payments, {amount} in all</source>
            <translation>
                <numerusform>%n 笔还款，共 {amount}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n × {amount}</source>
            <translation>
                <numerusform>%n 个月 × {amount}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n × up to {amount}</source>
            <translation>
                <numerusform>%n 个月 × 最多 {amount}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paid in %n payment(s):</source>
            <translation>
                <numerusform>分 %n 笔还款：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paid over %n calendar month(s):</source>
            <translation>
                <numerusform>分 %n 个自然月支付：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OptionsModel</name>
        <message>
            <source>Option</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>总成本</translation>
        </message>
        <message>
            <source>Cost %</source>
            <translation>成本占比</translation>
        </message>
        <message>
            <source>APR</source>
            <translation>年化利率</translation>
        </message>
        <message>
            <source>EAR</source>
            <translation>实际年利率</translation>
        </message>
        <message>
            <source>Cash needed</source>
            <translation>所需现金</translation>
        </message>
        <message>
            <source>If you cannot pay it all now: the cheapest choice that keeps your credit report clean</source>
            <translation>如果无法一次还清：不影响征信的最省钱方案</translation>
        </message>
        <message>
            <source>APR: the yearly rate without compounding (rate per period × periods a year)</source>
            <translation>年化利率：不计复利的年利率（每期利率 × 每年期数）</translation>
        </message>
        <message>
            <source>EAR: the yearly rate with compounding, (1 + rate per period)^periods − 1</source>
            <translation>实际年利率：计入复利的年利率，(1 + 每期利率)^期数 − 1</translation>
        </message>
        <message>
            <source>The money each option needs by calendar month: once, months × amount, or first month / largest month</source>
            <translation>每个选择按自然月所需的现金：一次付清、月数 × 金额，或 首月 / 最多的一个月</translation>
        </message>
        <message>
            <source>Credit report</source>
            <translation>征信</translation>
        </message>
        <message numerus="yes">
            <source>{product} reports a due once it is %n day(s) past due.</source>
            <translation>
                <numerusform>{product} 在逾期 %n 天后上报征信。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverdueModel</name>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Debt</source>
            <translation>欠款</translation>
        </message>
        <message>
            <source>Unpaid minimum</source>
            <translation>未还最低还款</translation>
        </message>
        <message>
            <source>Credit report</source>
            <translation>征信</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>已上报征信</translation>
        </message>
        <message>
            <source>not reported yet</source>
            <translation>尚未上报征信</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Record payment</source>
            <translation>记录还款</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>还款日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>PaymentsModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>PayoffPage</name>
        <message>
            <source>Payoff</source>
            <translation>还清计划</translation>
        </message>
        <message>
            <source>Pay it all off: a plan for your monthly budget</source>
            <translation>全部还清：按每月预算制定计划</translation>
        </message>
        <message>
            <source>Monthly budget:</source>
            <translation>每月预算：</translation>
        </message>
        <message>
            <source>e.g. 3,000</source>
            <translation>例如 3,000</translation>
        </message>
        <message>
            <source>Currency:</source>
            <translation>币种：</translation>
        </message>
        <message>
            <source>Strategy:</source>
            <translation>策略：</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>制定计划</translation>
        </message>
        <message>
            <source>Nothing is owed: there is nothing to plan.</source>
            <translation>没有欠款，无需制定计划。</translation>
        </message>
        <message>
            <source>(The dashboard's {amount} counts only the minimums on this month's and overdue bills and periods.)</source>
            <translation>（总览中的 {amount} 只计入本月到期及已逾期账单和分期的最低还款。）</translation>
        </message>
        <message>
            <source>monthly budget</source>
            <translation>每月预算</translation>
        </message>
        <message>
            <source>{debt} is paid off early on {day} with {amount}: {saved} of its interest is not charged.</source>
            <translation>{debt} 于 {day} 提前还款 {amount}，不再收取其利息 {saved}。</translation>
        </message>
        <message>
            <source>All three strategies give the same plan here: their lines lie on top of each other.</source>
            <translation>三种策略在此给出相同的计划：三条线重叠在一起。</translation>
        </message>
        <message>
            <source>{first} and {second} give the same plan here: their lines lie on top of each other.</source>
            <translation>{first}与{second}在此给出相同的计划：两条线重叠在一起。</translation>
        </message>
        <message>
            <source>Month by month</source>
            <translation>逐月明细</translation>
        </message>
        <message>
            <source>Minimums in the plan's first month: {amount} — each account's minimum on its next due date, with what is already late in full.</source>
            <translation>计划首月的最低还款合计：{amount}——每个账户在下一个还款日的最低还款，已逾期的部分全额计入。</translation>
        </message>
        <message>
            <source>At this budget the balances grow by up to {growth} a month; {budget} a month would stop the growth.</source>
            <translation>按这个预算，欠款每月最多增加 {growth}；每月 {budget} 才能止住增长。</translation>
        </message>
        <message>
            <source>The plan stops in {month}: an account would be over 90 days late (seriously delinquent) or charged off.</source>
            <translation>计划在 {month} 停止：将有账户逾期超过 90 天（严重逾期）或被核销。</translation>
        </message>
        <message>
            <source>At this budget the debts are not paid off within 30 years.</source>
            <translation>按此预算，30 年内无法还清欠款。</translation>
        </message>
        <message>
            <source>Total owed over time</source>
            <translation>总欠款变化</translation>
        </message>
        <message numerus="yes">
            <source>What goes overdue (%n)</source>
            <translation>
                <numerusform>将会逾期的款项（%n）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your budget is {short} short of this month's minimums: %n payment(s) go overdue.</source>
            <translation>
                <numerusform>您的预算比本月最低还款合计少 {short}：将有 %n 笔还款逾期。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n debt(s) reach your credit report.</source>
            <translation>
                <numerusform>%n 笔欠款将上报征信。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>{name} offers no instalments: choose another product.</source>
            <translation>{name} 不提供分期：请选择其他产品。</translation>
        </message>
        <message>
            <source>Type the amount to see the payments and the true rate.</source>
            <translation>输入金额，查看每期还款和实际利率。</translation>
        </message>
        <message>
            <source>{n} payments of {payment} · total fee {fee} · true rate APR {apr} (EAR {ear})</source>
            <translation>{n} 期，每期 {payment} · 总手续费 {fee} · 年化利率 {apr}（实际年利率 {ear}）</translation>
        </message>
        <message>
            <source>APR</source>
            <translation>年化利率</translation>
        </message>
        <message>
            <source>EAR</source>
            <translation>实际年利率</translation>
        </message>
        <message>
            <source>Existing instalment plan</source>
            <translation>已有分期</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Amount split</source>
            <translation>分期金额</translation>
        </message>
        <message>
            <source>Number of periods</source>
            <translation>期数</translation>
        </message>
        <message>
            <source>First payment due</source>
            <translation>首期到期日</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>e.g. Phone, 12 instalments</source>
            <translation>例如：手机，分 12 期</translation>
        </message>
        <message numerus="yes">
            <source>%n period(s)</source>
            <translation>
                <numerusform>%n 期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n-period plan</source>
            <translation>
                <numerusform>%n 期分期</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlansModel</name>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>First due</source>
            <translation>首期到期日</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>本金</translation>
        </message>
        <message>
            <source>Per period</source>
            <translation>每期</translation>
        </message>
        <message>
            <source>Total fee</source>
            <translation>总手续费</translation>
        </message>
        <message>
            <source>Total interest</source>
            <translation>利息合计</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已还</translation>
        </message>
        <message>
            <source>Still owed</source>
            <translation>待还</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>下次到期</translation>
        </message>
        <message>
            <source>{paid} of {total}</source>
            <translation>{paid} / {total}</translation>
        </message>
    </context>
    <context>
        <name>PrepayDialog</name>
        <message>
            <source>To pay {name} off on {date}: {amount} — the remaining principal {principal}, {interest} of interest to the day and anything past due. Interest no longer charged: {saved}. If your lender asks a different amount (its own interest or a prepayment fee), type what it asks below.</source>
            <translation>{date} 提前还清 {name}：{amount}——剩余本金 {principal}、截至当天的利息 {interest}，以及已逾期的款项。此后不再收取的利息：{saved}。如果贷款机构要求的金额不同（按其自己的利息或提前还款违约金计算），请在下方填写它要求的金额。</translation>
        </message>
        <message>
            <source>Paid off early</source>
            <translation>提前还清</translation>
        </message>
        <message>
            <source>Paid {name} off early: {amount} ({saved} of interest no longer charged)</source>
            <translation>已提前还清 {name}：{amount}（不再收取利息 {saved}）</translation>
        </message>
        <message>
            <source>Pay off early</source>
            <translation>提前还清</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>还款日期</translation>
        </message>
        <message>
            <source>Amount the lender asked (optional)</source>
            <translation>贷款机构要求的金额（可选）</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>Presets</name>
        <message>
            <source>JD Baitiao (京东白条)</source>
            <translation>京东白条</translation>
        </message>
        <message>
            <source>Ant Huabei (花呗)</source>
            <translation>蚂蚁花呗</translation>
        </message>
        <message>
            <source>Chinese credit card</source>
            <translation>国内信用卡</translation>
        </message>
        <message>
            <source>US credit card</source>
            <translation>美国信用卡</translation>
        </message>
        <message>
            <source>Pay in 4</source>
            <translation>分 4 次付款</translation>
        </message>
        <message>
            <source>Personal loan</source>
            <translation>个人贷款</translation>
        </message>
    </context>
    <context>
        <name>ProductDetail</name>
        <message>
            <source> (archived)</source>
            <translation>（已归档）</translation>
        </message>
        <message>
            <source>Balance {amount}</source>
            <translation>欠款 {amount}</translation>
        </message>
        <message>
            <source>Credit balance {amount} (paid beyond what was owed)</source>
            <translation>溢缴款 {amount}（超出欠款的还款）</translation>
        </message>
        <message>
            <source>Limit {amount}</source>
            <translation>额度 {amount}</translation>
        </message>
        <message>
            <source>No credit limit</source>
            <translation>无信用额度</translation>
        </message>
        <message>
            <source>Used {percent}</source>
            <translation>已用 {percent}</translation>
        </message>
        <message>
            <source>Next due {date}: about {amount} (estimate)</source>
            <translation>下次到期 {date}：约 {amount}（估算）</translation>
        </message>
        <message>
            <source>Next due {date}: {amount}</source>
            <translation>下次到期 {date}：{amount}</translation>
        </message>
        <message>
            <source>Nothing else due</source>
            <translation>没有其他待还款</translation>
        </message>
        <message>
            <source>Nothing due</source>
            <translation>无待还款</translation>
        </message>
        <message>
            <source>of which interest, fees and penalty so far {amount}</source>
            <translation>其中利息、费用和罚息至今 {amount}</translation>
        </message>
        <message>
            <source>interest, fees and penalty charged since the last bill {amount}</source>
            <translation>上一期账单以来收取的利息、费用和违约金 {amount}</translation>
        </message>
        <message>
            <source>Overdue {amount}</source>
            <translation>逾期 {amount}</translation>
        </message>
        <message>
            <source>and about {amount} more (estimate)</source>
            <translation>另约 {amount}（估算）</translation>
        </message>
        <message>
            <source>Overdue about {amount} (estimate)</source>
            <translation>逾期约 {amount}（估算）</translation>
        </message>
        <message>
            <source>Customer service: {phone}</source>
            <translation>客服电话：{phone}</translation>
        </message>
        <message>
            <source>No customer-service number yet: add it with Edit product.</source>
            <translation>还没有客服电话：可在“编辑产品”中添加。</translation>
        </message>
        <message>
            <source>Choose the plan to pay off in the table first.</source>
            <translation>请先在表格中选择要提前还清的计划。</translation>
        </message>
        <message>
            <source>This loan has no repayment schedule yet: add it first.</source>
            <translation>这笔贷款还没有还款计划：请先添加。</translation>
        </message>
        <message>
            <source>Repayment record: no late payment on your credit report.</source>
            <translation>还款记录：征信上没有逾期。</translation>
        </message>
        <message>
            <source>That crosses the lenders' red line (3 months in a row or 6 in total within 24 months): expect loans and new credit to be refused.</source>
            <translation>已触及贷款机构的红线（24 个月内连续 3 个月或累计 6 个月逾期，“连三累六”）：申请贷款和新的信用额度很可能被拒。</translation>
        </message>
        <message>
            <source>Lenders refuse credit at 3 months in a row or 6 in total within 24 months.</source>
            <translation>24 个月内连续 3 个月或累计 6 个月逾期（“连三累六”）后，贷款机构通常会拒绝放贷。</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete this {what}?</source>
            <translation>删除这笔{what}？</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>未删除</translation>
        </message>
        <message>
            <source>Deleted the {what}.</source>
            <translation>已删除{what}。</translation>
        </message>
        <message>
            <source>← All products</source>
            <translation>← 全部产品</translation>
        </message>
        <message>
            <source>Edit product…</source>
            <translation>编辑产品…</translation>
        </message>
        <message>
            <source>Negotiate a repayment plan…</source>
            <translation>协商还款…</translation>
        </message>
        <message>
            <source>Pay off early…</source>
            <translation>提前还清…</translation>
        </message>
        <message>
            <source>Pay the loan's remaining principal and the interest to the day</source>
            <translation>一次还清贷款的剩余本金和截至当天的利息</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Put the deleted record back (Ctrl+Z)</source>
            <translation>恢复刚删除的记录（Ctrl+Z）</translation>
        </message>
        <message>
            <source>Bills</source>
            <translation>账单</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>消费</translation>
        </message>
        <message>
            <source>Instalment plans</source>
            <translation>分期计划</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>还款</translation>
        </message>
        <message numerus="yes">
            <source>Repayment record: %n late payment(s) on your credit report</source>
            <translation>
                <numerusform>还款记录：征信上有 %n 次逾期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, at most %n in a row.</source>
            <translation>
                <numerusform>，最长连续 %n 次。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>New product</source>
            <translation>新增产品</translation>
        </message>
        <message>
            <source>Edit product</source>
            <translation>编辑产品</translation>
        </message>
        <message>
            <source>e.g. 3,6,12</source>
            <translation>例如 3,6,12</translation>
        </message>
        <message>
            <source>the number on the back of the card</source>
            <translation>卡片背面的电话号码</translation>
        </message>
        <message>
            <source>{number} (the lender's number, used when this is empty)</source>
            <extracomment>Tabs and the fields on each, in order. Fields whose text is a percentage of a period (rates; the service converts them). Fields a preset never fills in a new product: they are the user's own (a preset's customer-service number belongs to that lender, not to whatever the user adds).</extracomment>
            <translation>{number}（官方客服电话，不填就用这个）</translation>
        </message>
        <message>
            <source>e.g. 0.05 (0.05 % a day)</source>
            <translation>如 0.05（即日利率 0.05%）</translation>
        </message>
        <message>
            <source>e.g. 10</source>
            <translation>如 10</translation>
        </message>
        <message>
            <source>e.g. 5</source>
            <translation>如 5</translation>
        </message>
        <message>
            <source>e.g. 0.6</source>
            <translation>如 0.6</translation>
        </message>
        <message>
            <source>e.g. 3:2.5,6:4.5 (periods:%)</source>
            <translation>如 3:2.5,6:4.5（期数:%）</translation>
        </message>
        <message>
            <source>e.g. 6 (6 % a year)</source>
            <translation>如 6（即年利率 6%）</translation>
        </message>
        <message>
            <source>Basics</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <source>Billing cycle</source>
            <translation>账单周期</translation>
        </message>
        <message>
            <source>Minimum &amp;&amp; interest</source>
            <translation>最低还款与利息</translation>
        </message>
        <message>
            <source>Late payment</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Instalments</source>
            <translation>分期</translation>
        </message>
        <message>
            <source>Credit report</source>
            <translation>征信</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Start from preset</source>
            <translation>从预设开始</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <source>Customer-service phone</source>
            <translation>客服电话</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Statement day (1–31)</source>
            <translation>账单日（1–31）</translation>
        </message>
        <message>
            <source>Due date rule</source>
            <translation>到期日规则</translation>
        </message>
        <message>
            <source>Due days / day of month</source>
            <translation>天数 / 每月日期</translation>
        </message>
        <message>
            <source>Grace days</source>
            <translation>宽限期（天）</translation>
        </message>
        <message>
            <source>Tolerance (unpaid amount ignored)</source>
            <translation>容差（可忽略的未还金额）</translation>
        </message>
        <message>
            <source>Minimum payment, % of the balance</source>
            <translation>最低还款比例（占余额 %）</translation>
        </message>
        <message>
            <source>Revolving interest, % a day</source>
            <translation>循环利息 日利率 %</translation>
        </message>
        <message>
            <source>Penalty interest, % a day</source>
            <translation>罚息 日利率 %</translation>
        </message>
        <message>
            <source>Late fee, % of the unpaid minimum</source>
            <translation>滞纳金（占未还最低还款 %）</translation>
        </message>
        <message>
            <source>Fee, % of the principal per period</source>
            <translation>每期手续费率（占本金 %）</translation>
        </message>
        <message>
            <source>Total fee, % by period count</source>
            <translation>总手续费率 %（按期数）</translation>
        </message>
        <message>
            <source>Loan interest, % a year</source>
            <translation>贷款年利率 %</translation>
        </message>
        <message>
            <source>Minimum payment floor</source>
            <translation>最低还款下限</translation>
        </message>
        <message>
            <source>Minimum adds interest and fees</source>
            <translation>最低还款包含利息和费用</translation>
        </message>
        <message>
            <source>Interest charged on</source>
            <translation>计息方式</translation>
        </message>
        <message>
            <source>Compounded monthly</source>
            <translation>按月复利</translation>
        </message>
        <message>
            <source>When overdue</source>
            <translation>逾期时</translation>
        </message>
        <message>
            <source>Late fee at least</source>
            <translation>滞纳金下限</translation>
        </message>
        <message>
            <source>Late fee capped at the minimum</source>
            <translation>滞纳金不超过最低还款</translation>
        </message>
        <message>
            <source>Instalment fee model</source>
            <translation>分期手续费方式</translation>
        </message>
        <message>
            <source>Period counts offered</source>
            <translation>可选期数</translation>
        </message>
        <message>
            <source>Instalment interval</source>
            <translation>分期间隔</translation>
        </message>
        <message>
            <source>Reported after days past due</source>
            <translation>逾期多少天后上报征信</translation>
        </message>
        <message>
            <source>Kept on the report (years)</source>
            <translation>征信保留年限</translation>
        </message>
    </context>
    <context>
        <name>ProductUndoBar</name>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Put the product and its records back (Ctrl+Z)</source>
            <translation>恢复该产品及其记录（Ctrl+Z）</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>未删除</translation>
        </message>
        <message>
            <source>Delete {name} with {records}? Its dues and reminders go too. You can undo this until your next change.</source>
            <translation>删除{name}及其 {records}？它的应还款项和提醒也会一并删除。在您做下一次修改之前可以撤销。</translation>
        </message>
        <message>
            <source>Delete product</source>
            <translation>删除产品</translation>
        </message>
        <message>
            <source>Deleted {name} with {records}.</source>
            <translation>已删除{name}及其 {records}。</translation>
        </message>
    </context>
    <context>
        <name>ProductsModel</name>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>欠款</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>已用</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>下次到期</translation>
        </message>
        <message>
            <source>Next amount</source>
            <translation>下次应还</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>{date} (estimate)</source>
            <translation>{date}（估算）</translation>
        </message>
        <message>
            <source>about {amount}</source>
            <translation>约 {amount}</translation>
        </message>
        <message>
            <source>{late} (estimate)</source>
            <translation>{late}（估算）</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>Overdue {amount}</source>
            <translation>逾期 {amount}</translation>
        </message>
        <message>
            <source>and about {amount} more (estimate)</source>
            <translation>另约 {amount}（估算）</translation>
        </message>
        <message>
            <source>Overdue about {amount} (estimate)</source>
            <translation>逾期约 {amount}（估算）</translation>
        </message>
        <message>
            <source>Over the limit</source>
            <translation>超出额度</translation>
        </message>
        <message>
            <source>A credit balance: {amount} was paid beyond what was owed</source>
            <translation>溢缴款：多还了 {amount}</translation>
        </message>
        <message>
            <source>Preset: {preset}</source>
            <translation>预设：{preset}</translation>
        </message>
    </context>
    <context>
        <name>ProductsPage</name>
        <message>
            <source>Products</source>
            <extracomment>Why the last action on the list was refused (shown on the list, where it was asked).</extracomment>
            <translation>产品</translation>
        </message>
        <message>
            <source>Add product…</source>
            <translation>添加产品…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>显示已归档</translation>
        </message>
        <message>
            <source>Search products…</source>
            <translation>搜索产品…</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open a product: its bills, charges, plans and payments. Ins adds, F2 edits, Del deletes.</source>
            <translation>双击或按回车打开产品，查看账单、消费、分期和还款。Ins 添加，F2 编辑，Del 删除。</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>归档</translation>
        </message>
        <message>
            <source>Archive {name}? It leaves the dashboard and reminders; its records stay.</source>
            <translation>归档“{name}”？它将不再出现在总览和提醒中，记录会保留。</translation>
        </message>
        <message>
            <source>Restore {name} to the everyday views?</source>
            <translation>将“{name}”恢复到日常视图？</translation>
        </message>
    </context>
    <context>
        <name>RecentFilesMenu</name>
        <message>
            <source>Open &amp;recent</source>
            <extracomment>QSettings keys: the file open when the app last chose one, and the recent list.</extracomment>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;{n}  {name} (missing)</source>
            <translation>&amp;{n}  {name}（文件不存在）</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>没有最近打开的文件</translation>
        </message>
    </context>
    <context>
        <name>RecordActions</name>
        <message>
            <source>Every product is archived: add one (Record → New product…) or restore one (Products → Show archived)</source>
            <extracomment>The main window's actions that record something on a product.</extracomment>
            <translation>所有产品都已归档：请新增一个（记录 → 新增产品…）或恢复一个（产品 → 显示已归档）</translation>
        </message>
        <message>
            <source>Add a product first (Record → New product…)</source>
            <translation>请先添加产品（记录 → 新增产品…）</translation>
        </message>
    </context>
    <context>
        <name>RecordCounts</name>
        <message>
            <source>no records</source>
            <translation>没有记录</translation>
        </message>
        <message>
            <source>{some} and {last}</source>
            <translation>{some}和 {last}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message numerus="yes">
            <source>%n bill(s)</source>
            <translation>
                <numerusform>%n 笔账单</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n charge(s)</source>
            <translation>
                <numerusform>%n 笔消费</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n instalment plan(s)</source>
            <translation>
                <numerusform>%n 个分期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s)</source>
            <translation>
                <numerusform>%n 笔还款</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>bill (and its due)</source>
            <translation>账单（及其待还款）</translation>
        </message>
        <message>
            <source>charge</source>
            <translation>消费</translation>
        </message>
        <message>
            <source>instalment plan (and all its periods)</source>
            <translation>分期计划（及其所有分期）</translation>
        </message>
        <message>
            <source>payment</source>
            <translation>还款</translation>
        </message>
    </context>
    <context>
        <name>ReminderCard</name>
        <message>
            <source>about {amount}</source>
            <translation>约 {amount}</translation>
        </message>
        <message>
            <source>Due {day} — {when}</source>
            <translation>{day} — {when}</translation>
        </message>
        <message>
            <source>Late: pay at least {amount} to end it</source>
            <translation>已逾期：至少还 {amount} 才能结束逾期</translation>
        </message>
        <message>
            <source>Minimum to stay on time: {amount}</source>
            <translation>不逾期的最低还款：{amount}</translation>
        </message>
        <message>
            <source>Worked out from your charges by the product's rules; record the lender's bill to replace it.</source>
            <translation>由您的消费记录按产品规则估算；录入贷款方的账单即可替换此估算。</translation>
        </message>
        <message>
            <source>A day's delay costs {cost}</source>
            <translation>晚还一天多花 {cost}</translation>
        </message>
        <message>
            <source>Mark paid…</source>
            <translation>标记已还…</translation>
        </message>
        <message>
            <source>Snooze 1 hour</source>
            <translation>1 小时后提醒</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>明天再提醒</translation>
        </message>
        <message>
            <source>Remind me again tomorrow at 9:00</source>
            <translation>明天 9:00 再提醒我</translation>
        </message>
        <message>
            <source>Simulate…</source>
            <translation>模拟…</translation>
        </message>
    </context>
    <context>
        <name>ReminderPopup</name>
        <message>
            <source>Reminders — Debt Tracker</source>
            <translation>还款提醒 — 债务管家</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) to look at</source>
            <translation>
                <numerusform>有 %n 笔还款需要处理</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderScheduler</name>
        <message>
            <source>Open</source>
            <extracomment>QSettings keys (preferences of this computer's app, not of the data file). How often the wall clock is looked at, ms. A tick this much later (or earlier) than the monotonic clock says is a clock jump, s. Emitted after every check with the :class:`Batch` that fired (maybe empty). Emitted when an action came back from the notification server (tag, key).</extracomment>
            <translation>打开</translation>
        </message>
        <message>
            <source>Mark paid</source>
            <translation>标记已还</translation>
        </message>
        <message>
            <source>Snooze 1 hour</source>
            <translation>1 小时后提醒</translation>
        </message>
        <message>
            <source>Debt Tracker</source>
            <translation>债务管家</translation>
        </message>
        <message>
            <source>not available on this system yet</source>
            <translation>此系统暂不支持</translation>
        </message>
        <message>
            <source>no desktop session bus</source>
            <translation>没有桌面会话总线</translation>
        </message>
        <message>
            <source>no notification service is running</source>
            <translation>没有运行通知服务</translation>
        </message>
        <message>
            <source>the notification service did not answer</source>
            <translation>通知服务没有响应</translation>
        </message>
        <message>
            <source>the notification service refused it</source>
            <translation>通知服务拒绝了通知</translation>
        </message>
        <message>
            <source>Desktop notification not shown: {why}. The reminder window has it.</source>
            <translation>未能显示桌面通知：{why}。提醒窗口中有这条提醒。</translation>
        </message>
        <message>
            <source>Debt Tracker is still running</source>
            <translation>债务管家仍在运行</translation>
        </message>
        <message>
            <source>It keeps reminding you of due dates from the tray. Quit it from the tray menu; Settings can turn this off.</source>
            <translation>它会在系统托盘中继续提醒你还款日期。可从托盘菜单退出；也可在设置中关闭此功能。</translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) to look at</source>
            <translation>
                <numerusform>有 %n 笔还款需要处理</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderSettingsBox</name>
        <message>
            <source>Reminders</source>
            <translation>提醒</translation>
        </message>
        <message>
            <source>Remind me this many days before a due date:</source>
            <translation>在到期日前几天提醒我：</translation>
        </message>
        <message>
            <source>e.g. 7, 3, 1, 0</source>
            <translation>例如 7, 3, 1, 0</translation>
        </message>
        <message>
            <source>Whole days, separated by commas; 0 is the due day.</source>
            <translation>整数天数，用逗号分隔；0 表示到期当天。</translation>
        </message>
        <message>
            <source>And every day while a payment is late</source>
            <translation>逾期期间每天提醒</translation>
        </message>
        <message>
            <source>Keep running in the tray when the window is closed</source>
            <translation>关闭窗口后在系统托盘中继续运行</translation>
        </message>
        <message>
            <source>Keep running in the tray when the window is closed (needs a system tray; this desktop has none)</source>
            <translation>关闭窗口后在系统托盘中继续运行（需要系统托盘；此桌面没有）</translation>
        </message>
        <message>
            <source>Start at login, in the tray</source>
            <translation>登录时启动（在托盘中）</translation>
        </message>
        <message>
            <source>Start at login (with its window: no tray here)</source>
            <translation>登录时启动（显示窗口：此桌面没有托盘）</translation>
        </message>
        <message>
            <source>The reminder days are kept in the data file, so debt-tracker-cli remind (for a timer while the app is closed) uses them too.</source>
            <translation>提醒天数保存在数据文件中，因此应用关闭时由定时器运行的命令行提醒也使用同样的设置。</translation>
        </message>
        <message>
            <source>This desktop has no system tray: the app quits when closed.</source>
            <translation>此桌面没有系统托盘：关闭窗口即退出应用。</translation>
        </message>
        <message>
            <source>Start at login is not available on this system yet.</source>
            <translation>此系统暂不支持登录时启动。</translation>
        </message>
        <message>
            <source>No reminder before a due date: type the days, e.g. 7, 3, 1, 0.</source>
            <translation>到期前不会提醒：请输入提前提醒的天数，例如 7, 3, 1, 0。</translation>
        </message>
    </context>
    <context>
        <name>ReminderText</name>
        <message>
            <source>due tomorrow</source>
            <translation>明天到期</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <source>{product}: {amount} {when}</source>
            <translation>{product}：{amount}，{when}</translation>
        </message>
        <message>
            <source>{product}: about {amount} {when} (estimate)</source>
            <translation>{product}：约 {amount}，{when}（估算）</translation>
        </message>
        <message>
            <source>Due date: {day}</source>
            <translation>到期日：{day}</translation>
        </message>
        <message>
            <source>Minimum: {amount}</source>
            <translation>最低还款：{amount}</translation>
        </message>
        <message>
            <source>A day's delay costs {cost}</source>
            <translation>晚还一天多花 {cost}</translation>
        </message>
        <message>
            <source>+ {so_far} so far on the whole account ({total} to pay today)</source>
            <translation>整个账户目前另有 {so_far}（今天需还 {total}）</translation>
        </message>
        <message numerus="yes">
            <source>due in %n day(s)</source>
            <translation>
                <numerusform>%n 天后到期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>due %n day(s) ago — still free until {day}</source>
            <translation>
                <numerusform>已到期 %n 天 — 宽限期内免费至 {day}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>已逾期 %n 天</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreOffer</name>
        <message>
            <source>The data file is damaged</source>
            <translation>数据文件已损坏</translation>
        </message>
        <message>
            <source>{message}

No good backup of this file was found.</source>
            <translation>{message}

没有找到这个文件的完好备份。</translation>
        </message>
        <message>
            <source>{message}

The newest good backup is from {taken} ({kind}). Restore it? The damaged file is kept aside, not deleted.</source>
            <translation>{message}

最新的完好备份来自 {taken}（{kind}）。要恢复它吗？损坏的文件会另外保留，不会删除。</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>恢复这个备份</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>暂不</translation>
        </message>
    </context>
    <context>
        <name>Saved</name>
        <message>
            <source>Payment of {amount} to {product} saved</source>
            <translation>已保存：向 {product} 还款 {amount}</translation>
        </message>
        <message>
            <source>Charge of {amount} on {product} saved</source>
            <translation>已保存：{product} 消费 {amount}</translation>
        </message>
        <message numerus="yes">
            <source>{saved}, split into %n instalment(s)</source>
            <translation>
                <numerusform>{saved}，分 %n 期</numerusform>
            </translation>
        </message>
        <message>
            <source>Bill of {amount} for {product} updated, due {date}</source>
            <translation>已更新：{product} 账单 {amount}，{date} 到期</translation>
        </message>
        <message>
            <source>Bill of {amount} for {product} saved, due {date}</source>
            <translation>已保存：{product} 账单 {amount}，{date} 到期</translation>
        </message>
        <message numerus="yes">
            <source>Instalment plan of {amount} on {product} saved: %n period(s)</source>
            <translation>
                <numerusform>已保存：{product} 分期 {amount}，共 %n 期</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <extracomment>Keys in ``ctx.settings`` (QSettings). The file-dialog filter for data files.</extracomment>
            <translation>设置</translation>
        </message>
        <message>
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Show amounts as:</source>
            <translation>金额显示方式：</translation>
        </message>
        <message>
            <source>Symbol ({example})</source>
            <translation>货币符号（{example}）</translation>
        </message>
        <message>
            <source>ISO code ({example})</source>
            <translation>货币代码（{example}）</translation>
        </message>
        <message>
            <source>Data file</source>
            <translation>数据文件</translation>
        </message>
        <message>
            <source>Everything you record is kept in this one file on your computer.</source>
            <translation>您记录的所有内容都保存在电脑上的这一个文件中。</translation>
        </message>
        <message>
            <source>Open another…</source>
            <translation>打开其他文件…</translation>
        </message>
        <message>
            <source>Create new…</source>
            <translation>新建文件…</translation>
        </message>
        <message>
            <source>Open data file</source>
            <translation>打开数据文件</translation>
        </message>
        <message>
            <source>Create data file</source>
            <translation>新建数据文件</translation>
        </message>
        <message>
            <source>Data file not opened</source>
            <translation>未能打开数据文件</translation>
        </message>
    </context>
    <context>
        <name>SimulatorPage</name>
        <message>
            <source>Simulator</source>
            <translation>还款模拟</translation>
        </message>
        <message>
            <source>What will it cost? Every option side by side</source>
            <translation>要花多少钱？所有方案一目了然</translation>
        </message>
        <message>
            <source>What to simulate</source>
            <translation>模拟对象</translation>
        </message>
        <message>
            <source>A due:</source>
            <translation>一笔待还款：</translation>
        </message>
        <message>
            <source>Negotiate this plan with the lender…</source>
            <translation>拿这个方案去找对方协商…</translation>
        </message>
        <message>
            <source>An amount:</source>
            <translation>一个金额：</translation>
        </message>
        <message>
            <source>e.g. 3,245.60</source>
            <translation>例如 3,245.60</translation>
        </message>
        <message>
            <source>Rules of:</source>
            <translation>适用规则：</translation>
        </message>
        <message>
            <source>Due on:</source>
            <translation>到期日：</translation>
        </message>
        <message>
            <source>Simulate</source>
            <translation>模拟</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>到期日</translation>
        </message>
        <message numerus="yes">
            <source>{date} is more than a year ago: simulated as %n day(s) late. Check the year.</source>
            <translation>
                <numerusform>{date} 已是一年多以前：按逾期 %n 天模拟。请检查年份。</numerusform>
            </translation>
        </message>
        <message>
            <source>{product} · due {date} · {amount}</source>
            <translation>{product} · {date} 到期 · {amount}</translation>
        </message>
        <message>
            <source>Preset: {name}</source>
            <translation>预设：{name}</translation>
        </message>
        <message>
            <source>Pick a due, or type an amount and choose whose rules apply.</source>
            <translation>选择一笔待还款，或输入金额并选择适用的产品规则。</translation>
        </message>
        <message>
            <source>Paying {amount} in full by {date} costs nothing.</source>
            <translation>在 {date} 前全额还款 {amount}，不产生任何费用。</translation>
        </message>
        <message>
            <source>Every other choice reaches your credit report.</source>
            <translation>其他所有方案都会上报征信。</translation>
        </message>
        <message>
            <source>If you cannot: &lt;b&gt;{option}&lt;/b&gt; costs {cost}, {apr} a year, and keeps your report clean.</source>
            <translation>如果做不到：&lt;b&gt;{option}&lt;/b&gt; 需花费 {cost}，年化 {apr}，且不影响征信。</translation>
        </message>
        <message>
            <source>If you cannot: &lt;b&gt;{option}&lt;/b&gt; costs {cost} and keeps your report clean.</source>
            <translation>如果做不到：&lt;b&gt;{option}&lt;/b&gt; 需花费 {cost}，且不影响征信。</translation>
        </message>
        <message>
            <source>It is on your credit report and stays there until {until}.</source>
            <translation>逾期已上报征信，记录将保留至 {until}。</translation>
        </message>
        <message>
            <source>Cumulative cost over time (dashed: reaches the credit report)</source>
            <translation>累计成本变化（虚线：已上报征信）</translation>
        </message>
        <message numerus="yes">
            <source>This due is %n day(s) late.</source>
            <translation>
                <numerusform>这笔还款已逾期 %n 天。</numerusform>
            </translation>
        </message>
        <message>
            <source>Paying {amount} today also pays the {cost} the account has been charged for being late so far.</source>
            <translation>今天还 {amount}，还需一并支付账户目前因逾期已产生的 {cost}。</translation>
        </message>
        <message numerus="yes">
            <source>Paying %n day(s) late costs {cost} and stays on your credit report until {until}.</source>
            <translation>
                <numerusform>逾期 %n 天还款需花费 {cost}，且逾期记录将保留在征信中直到 {until}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paying %n day(s) late costs {cost} and is not reported.</source>
            <translation>
                <numerusform>逾期 %n 天还款需花费 {cost}，不会上报征信。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pay late (up to %n day(s))</source>
            <translation>
                <numerusform>逾期还款（最多 %n 天）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>States</name>
        <message>
            <source>Paid</source>
            <translation>已还</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <source>Minimum paid</source>
            <translation>已还最低还款</translation>
        </message>
        <message>
            <source>In grace period</source>
            <translation>宽限期内</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
    </context>
    <context>
        <name>Strategies</name>
        <message>
            <source>Avalanche (highest rate first)</source>
            <extracomment>Up to this many debts the month table shows one payment column per debt. Each strategy's chart line: its own dash pattern and marker shape (colours come in order), so that lines lying on top of each other can still be told apart.</extracomment>
            <translation>雪崩法（先还利率最高的）</translation>
        </message>
        <message>
            <source>Snowball (smallest balance first)</source>
            <translation>雪球法（先还余额最小的）</translation>
        </message>
        <message>
            <source>Least damage (credit report first)</source>
            <translation>损失最小（优先保护征信）</translation>
        </message>
    </context>
    <context>
        <name>StrategiesModel</name>
        <message>
            <source>Strategy</source>
            <translation>策略</translation>
        </message>
        <message>
            <source>Debt-free</source>
            <translation>还清日期</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>月数</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>利息</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Interest + fees</source>
            <translation>利息 + 费用</translation>
        </message>
        <message>
            <source>Total paid</source>
            <translation>还款总额</translation>
        </message>
        <message>
            <source>Missed payments</source>
            <translation>逾期笔数</translation>
        </message>
        <message>
            <source>stops {month}</source>
            <translation>止于 {month}</translation>
        </message>
        <message>
            <source>not within 30 years</source>
            <translation>30 年内无法还清</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>Statement</source>
            <translation>账单日</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>还款日</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>最低还款</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已还</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>利息</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Penalty</source>
            <translation>罚息</translation>
        </message>
        <message>
            <source>Late fee</source>
            <translation>滞纳金</translation>
        </message>
        <message>
            <source>Days past due</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>征信</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Debt Tracker</source>
            <translation>打开债务管家</translation>
        </message>
        <message>
            <source>Record payment…</source>
            <translation>记录还款…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Debt Tracker: nothing due soon</source>
            <translation>债务管家：近期没有到期的还款</translation>
        </message>
        <message numerus="yes">
            <source>Debt Tracker: %n payment(s) to look at</source>
            <translation>
                <numerusform>债务管家：%n 笔还款需要处理</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WarningCard</name>
        <message>
            <source>Pay…</source>
            <translation>还款…</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more overdue due(s): the list below has them all.</source>
            <translation>
                <numerusform>……另有 %n 笔逾期未还，下方列表中可查看全部。</numerusform>
            </translation>
        </message>
        <message>
            <source>Negotiate…</source>
            <translation>协商还款…</translation>
        </message>
        <message>
            <source>{product} · statement {date} (estimated: no bill recorded): {amount}, {late} — costs about {per_day} a day.</source>
            <translation>{product} · {date} 账单（估算：尚未录入账单）：{amount}，{late}——每天约产生 {per_day}。</translation>
        </message>
        <message>
            <source>{product} · statement {date} (estimated: no bill recorded): {amount}, {late}.</source>
            <translation>{product} · {date} 账单（估算：尚未录入账单）：{amount}，{late}。</translation>
        </message>
        <message>
            <source>{product} · late charges after the last instalment (estimated): {amount}, {late} — costs about {per_day} a day.</source>
            <translation>{product} · 最后一期之后的逾期费用（估算）：{amount}，{late}——每天约产生 {per_day}。</translation>
        </message>
        <message>
            <source>{product} · late charges after the last instalment (estimated): {amount}, {late}.</source>
            <translation>{product} · 最后一期之后的逾期费用（估算）：{amount}，{late}。</translation>
        </message>
        <message>
            <source>{product} · {what}: {amount}, {late} — costs {per_day} a day ({so_far} so far on the whole account).</source>
            <translation>{product} · {what}：{amount}，{late}——每天产生 {per_day}（整个账户目前已产生 {so_far}）。</translation>
        </message>
        <message>
            <source>{product} · {what}: {amount}, {late} — costs {per_day} a day.</source>
            <translation>{product} · {what}：{amount}，{late}——每天产生 {per_day}。</translation>
        </message>
        <message>
            <source>{product} · {what}: {amount}, {late} ({so_far} so far on the whole account).</source>
            <translation>{product} · {what}：{amount}，{late}（整个账户目前已产生 {so_far}）。</translation>
        </message>
        <message>
            <source>{product} · {what}: {amount}, {late}.</source>
            <translation>{product} · {what}：{amount}，{late}。</translation>
        </message>
        <message>
            <source>On your credit report since {day}.</source>
            <translation>自 {day} 起已上报征信。</translation>
        </message>
        <message>
            <source>Reaches your credit report on {day} unless paid.</source>
            <translation>如不还款，将于 {day} 上报征信。</translation>
        </message>
        <message numerus="yes">
            <source>⚠ Overdue: %n due(s) not paid</source>
            <extracomment>At most this many lines; the rest are counted in one more line (the dues table below lists them all) — a pay-in-4 with 30 instalments late is not a wall of lines.</extracomment>
            <translation>
                <numerusform>⚠ 逾期：%n 笔未还</numerusform>
            </translation>
        </message>
    </context>
</TS>
