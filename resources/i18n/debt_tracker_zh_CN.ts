<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name></name>
        <message>
            <source>States</source>
            <comment>Upcoming</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>States</source>
            <comment>Due today</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>States</source>
            <comment>Minimum paid</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>States</source>
            <comment>In grace period</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>States</source>
            <comment>Overdue</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Options</source>
            <comment>Pay in full</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Options</source>
            <comment>Pay the minimum</comment>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>Options</source>
            <comment>Split into %n</comment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Options</source>
            <comment>Pay %n day(s) late</comment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Options</source>
            <comment>Negotiate after %n day(s)</comment>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>Options</source>
            <comment>clean</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Options</source>
            <comment>reported (serious), code {code}, visible until {until}</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Options</source>
            <comment>reported, code {code}, visible until {until}</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Kinds</source>
            <comment>Credit card</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Kinds</source>
            <comment>Pay in instalments</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Kinds</source>
            <comment>Loan</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Presets</source>
            <comment>JD Baitiao (京东白条)</comment>
            <extracomment>Tabs and the fields on each, in order.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Presets</source>
            <comment>Ant Huabei (花呗)</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Presets</source>
            <comment>Chinese credit card</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Presets</source>
            <comment>US credit card</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Presets</source>
            <comment>Pay in 4</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Presets</source>
            <comment>Personal loan</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choices</source>
            <comment>Days after the statement</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choices</source>
            <comment>Fixed day of the month</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choices</source>
            <comment>Unpaid remainder, from the due date</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choices</source>
            <comment>Whole statement, from each posting date</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choices</source>
            <comment>Unpaid remainder, from each posting date</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choices</source>
            <comment>Daily penalty on the unpaid amount</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choices</source>
            <comment>Interest plus a late fee (cards)</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choices</source>
            <comment>Flat rate per period on the original amount</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choices</source>
            <comment>Total rate per period count, spread evenly</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choices</source>
            <comment>Amortising loan at the annual rate</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choices</source>
            <comment>No instalments / no fee</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choices</source>
            <comment>Monthly</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choices</source>
            <comment>Every two weeks</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choices</source>
            <comment>Yes</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choices</source>
            <comment>No</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Strategies</source>
            <comment>Avalanche (highest rate first)</comment>
            <extracomment>Up to this many debts the month table shows one payment column per debt.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Strategies</source>
            <comment>Snowball (smallest balance first)</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Strategies</source>
            <comment>Least damage (credit report first)</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Records</source>
            <comment>charge</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Records</source>
            <comment>instalment plan (and all its periods)</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Records</source>
            <comment>payment</comment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>BillDialog</name>
        <message>
            <source>New bill</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Statement date</source>
            <translation type="unfinished"></translation>
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
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>blank = from the product's rules</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{minimum} (from the product's rules)</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>BillsModel</name>
        <message>
            <source>Statement date</source>
            <translation type="unfinished"></translation>
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
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ChargeDialog</name>
        <message>
            <source>New charge</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Bought on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Instalments</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Split into instalments</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>%n period(s)</source>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>This product offers no instalments.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Enter the amount to see what the split costs.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{n} × {payment} from {first}. Fee {fee} a period, {total} in all. True cost: APR {apr}, EAR {ear}.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ChargesModel</name>
        <message>
            <source>Date</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>CurrencyCard</name>
        <message numerus="yes">
            <source>{currency} · %n product(s)</source>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>Due this month</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Minimums due</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Total debt</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Credit used</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Available</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Utilisation {pct}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>no credit limit set</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{pct} of {limit}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Nothing due soon</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Next: {product} {amount} · {day}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>总览</translation>
        </message>
        <message>
            <source>Overdue and upcoming dues</source>
            <translation>逾期与即将到期的还款</translation>
        </message>
        <message numerus="yes">
            <source>Due dates, next %n day(s)</source>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Timeline of due dates</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No dues yet — add a product (Record → New product…), then its bills and charges, and this page shows what is due and what it costs.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add a product…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add a bill…</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>Nothing due in the next %n day(s)</source>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>due today</source>
            <translation>今天到期</translation>
        </message>
        <message numerus="yes">
            <source>due in %n day(s)</source>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>Next: {product} {amount} {when} — {day}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{date}: {product} {amount} ({days})</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>ddd d MMM</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Days</name>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>逾期 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>due today</source>
            <translation>今天到期</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>%n 天后到期</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuesModel</name>
        <message>
            <source>Due date</source>
            <extracomment>Row colours by urgency (tracker.service.dashboard.urgency); "later" rows stay plain.</extracomment>
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
            <source>{product}: {amount} due {date}, minimum {minimum}. Double-click to record a payment.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Edit payment</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Edit charge</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished"></translation>
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
            <translation type="unfinished"></translation>
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
        <message numerus="yes">
            <source>Wrote %n row(s) to {file}.</source>
            <translation>
                <numerusform>已将 %n 行写入 {file}。</numerusform>
            </translation>
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
            <source>folder {folder} does not exist</source>
            <translation>文件夹 {folder} 不存在</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file</source>
            <translation>{path} 是文件夹，不是文件</translation>
        </message>
    </context>
    <context>
        <name>LedgerTab</name>
        <message>
            <source>Search…</source>
            <extracomment>Tab key → (model class, dialog module, dialog class, editable here).</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Debt Tracker</source>
            <extracomment>Page keys, as ``--page`` and the navigation know them, in navigation order.</extracomment>
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
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;About Debt Tracker</source>
            <translation>关于债务管家(&amp;A)</translation>
        </message>
        <message>
            <source>Data file: {path}    Today: {today}</source>
            <translation>数据文件：{path}    今天：{today}</translation>
        </message>
        <message>
            <source>About Debt Tracker</source>
            <translation>关于债务管家</translation>
        </message>
        <message>
            <source>Debt Tracker keeps every due date of your credit products in one place.</source>
            <translation>债务管家把您所有信贷产品的到期日集中在一处，不再错过任何一次还款。</translation>
        </message>
    </context>
    <context>
        <name>MonthsModel</name>
        <message>
            <source>Month</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Paid</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Interest</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Fees</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Balance left</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Minimum missed: {debts}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>OptionsModel</name>
        <message>
            <source>Option</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Cost %</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>APR</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>EAR</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Cash per month (first / max)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Credit report</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The cheapest choice that keeps your credit report clean</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>OverdueModel</name>
        <message>
            <source>Month</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Debt</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unpaid minimum</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Credit report</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>reported</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>not reported yet</source>
            <translation type="unfinished"></translation>
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
            <translation type="unfinished"></translation>
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
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Monthly budget:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>e.g. 3,000</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Currency:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Strategy:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Nothing is owed: there is nothing to plan.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This month's minimums together: {amount}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Month by month</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>What goes overdue (%n)</source>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your budget is {short} short of this month's minimums: %n payment(s) go overdue.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n debt(s) reach your credit report.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>At this budget the debts are not paid off within 30 years.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Total owed over time</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>Type the amount to see the payments and the true rate.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{n} payments of {payment} · total fee {fee} · true rate APR {apr} (EAR {ear})</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Existing instalment plan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Amount split</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Number of periods</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>First payment due</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>e.g. Phone, 12 instalments</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>PlansModel</name>
        <message>
            <source>Description</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>First due</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Principal</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Per period</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Total fee</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Paid</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Still owed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Next due</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{paid} of {total}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ProductDetail</name>
        <message>
            <source> (archived)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Balance {amount}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Limit {amount}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No credit limit</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Used {percent}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Next due {date}: {amount}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Nothing due</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Overdue {amount}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Customer service: {phone}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No customer-service number yet: add it with Edit product.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>That dialog is not available yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete this {what}?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Deleted the {what}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>← All products</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Edit product…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Bills</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Charges</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Instalment plans</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Payments</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>New product</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Edit product</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>e.g. 0.0005 or 0.05%</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>e.g. 3:0.025,6:0.045</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>e.g. 3,6,12</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>the number on the back of the card</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Basics</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Billing cycle</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Minimum &amp;&amp; interest</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Late payment</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Instalments</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Credit report</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Start from preset</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Customer-service phone</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Statement day (1–31)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Due date rule</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Due days / day of month</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Grace days</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tolerance (unpaid amount ignored)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Minimum payment rate</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Minimum payment floor</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Minimum adds interest and fees</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Revolving interest per day</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Interest charged on</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Compounded monthly</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>When overdue</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Penalty per day</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Late fee rate (of unpaid minimum)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Late fee at least</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Late fee capped at the minimum</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Instalment fee model</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Fee per period (flat)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Total rates (periods:rate)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Period counts offered</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Instalment interval</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Annual rate (loans)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reported after days past due</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Kept on the report (years)</source>
            <translation type="unfinished"></translation>
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
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Balance</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Used</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Next due</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Next amount</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Archived</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Overdue {amount}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Preset: {preset}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ProductsPage</name>
        <message>
            <source>Products</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Add product…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Double-click or press Enter to open a product: its bills, charges, plans and payments. Ins adds, F2 edits, Del archives.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Archive</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Archive {name}? It leaves the dashboard and reminders; its records stay.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Restore {name} to the everyday views?</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication</name>
        <message>
            <source>States</source>
            <comment>Paid</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Kinds</source>
            <comment>Buy now, pay later</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Records</source>
            <comment>bill (and its due)</comment>
            <translation type="unfinished"></translation>
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
            <source>Remind me before a due date:</source>
            <translation>到期日前提醒：</translation>
        </message>
        <message>
            <source>on the day</source>
            <translation>到期当天</translation>
        </message>
        <message>
            <source>Data file</source>
            <translation>数据文件</translation>
        </message>
        <message>
            <source>Everything you record is kept in this one file on your computer.</source>
            <translation type="unfinished"></translation>
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
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Copies of the data file, made before every upgrade and when you click “Back up now”; the newest {count} are kept.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message numerus="yes">
            <source> day(s) ahead</source>
            <translation>
                <numerusform> 天前</numerusform>
            </translation>
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
        <message>
            <source>Backup failed</source>
            <translation>备份失败</translation>
        </message>
        <message>
            <source>Saved a copy as {name}</source>
            <translation>已保存备份：{name}</translation>
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
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>What to simulate</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A due:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An amount:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>e.g. 3,245.60</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rules of:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Due on:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Simulate</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{product} · due {date} · {amount}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Preset: {name}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Pick a due, or type an amount and choose whose rules apply.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Paying {amount} in full by {date} costs nothing.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Every other choice reaches your credit report.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>If you cannot: &lt;b&gt;{option}&lt;/b&gt; costs {cost}, {apr} a year, and keeps your report clean.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>If you cannot: &lt;b&gt;{option}&lt;/b&gt; costs {cost} and keeps your report clean.</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>Paying %n day(s) late costs {cost} and stays on your credit report until {until}.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paying %n day(s) late costs {cost} and is not reported.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>Cumulative cost over time (dashed: reaches the credit report)</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>StrategiesModel</name>
        <message>
            <source>Strategy</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Debt-free</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Months</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Interest</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Fees</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Interest + fees</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Total paid</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Missed payments</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>not within 30 years</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>WarningCard</name>
        <message numerus="yes">
            <source>⚠ Overdue: %n due(s) not paid</source>
            <translation type="unfinished">
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>Pay…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{product} · {what}: {amount}, {late} — costs {per_day} a day ({so_far} so far).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>On your credit report since {day}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reaches your credit report on {day} unless paid.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
</TS>
