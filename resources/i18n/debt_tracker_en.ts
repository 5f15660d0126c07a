<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AgreementDialog</name>
        <message numerus="yes">
            <source>%n payment(s) of {each}</source>
            <translation>
                <numerusform>%n payment of {each}</numerusform>
                <numerusform>%n payments of {each}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Agreed plan, %n payment(s)</source>
            <translation>
                <numerusform>Agreed plan, %n payment</numerusform>
                <numerusform>Agreed plan, %n payments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BillsModel</name>
        <message numerus="yes">
            <source>Paid %n day(s) late</source>
            <translation>
                <numerusform>Paid %n day late</numerusform>
                <numerusform>Paid %n days late</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChargeDialog</name>
        <message numerus="yes">
            <source>%n period(s)</source>
            <translation>
                <numerusform>%n period</numerusform>
                <numerusform>%n periods</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CurrencyCard</name>
        <message numerus="yes">
            <source>{currency} · %n product(s)</source>
            <extracomment>A currency card's labels styled by the card's one style sheet, by their ``part`` property: a style sheet on each of its 13 labels cost ~4 ms a card (issue 12).</extracomment>
            <translation>
                <numerusform>{currency} · %n product</numerusform>
                <numerusform>{currency} · %n products</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message numerus="yes">
            <source>Due dates, next %n day(s)</source>
            <translation>
                <numerusform>Due dates, next %n day</numerusform>
                <numerusform>Due dates, next %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing else due in the next %n day(s)</source>
            <translation>
                <numerusform>Nothing else due in the next %n day</numerusform>
                <numerusform>Nothing else due in the next %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing due in the next %n day(s)</source>
            <translation>
                <numerusform>Nothing due in the next %n day</numerusform>
                <numerusform>Nothing due in the next %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>due in %n day(s)</source>
            <translation>
                <numerusform>due in %n day</numerusform>
                <numerusform>due in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing is due in the next %n day(s). When a bill arrives, add it (Record → New bill…).</source>
            <translation>
                <numerusform>Nothing is due in the next %n day. When a bill arrives, add it (Record → New bill…).</numerusform>
                <numerusform>Nothing is due in the next %n days. When a bill arrives, add it (Record → New bill…).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Days</name>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <extracomment>Word joiner: no line break on either side of it (Unicode UAX #14, class WJ).</extracomment>
            <translation>
                <numerusform>%n day late</numerusform>
                <numerusform>%n days late</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>Wrote %n row(s) to {file}.</source>
            <translation>
                <numerusform>Wrote %n row to {file}.</numerusform>
                <numerusform>Wrote %n rows to {file}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NegotiateDialog</name>
        <message numerus="yes">
            <source>{product}: %n day(s) overdue (due {date})</source>
            <translation>
                <numerusform>{product}: %n day overdue (due {date})</numerusform>
                <numerusform>{product}: %n days overdue (due {date})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NegotiateScript</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“Hello, my {product} payment is {days} overdue. I want to pay it back, but I can't pay {total} in one go. Could you set me up {plan}: %n monthly payment(s) of {payment}, starting {first}? Please stop the interest and penalty while I keep to it, and waive {waived} of what I owe.”</source>
            <translation>
                <numerusform>“Hello, my {product} payment is {days} overdue. I want to pay it back, but I can't pay {total} in one go. Could you set me up {plan}: %n monthly payment of {payment}, starting {first}? Please stop the interest and penalty while I keep to it, and waive {waived} of what I owe.”</numerusform>
                <numerusform>“Hello, my {product} payment is {days} overdue. I want to pay it back, but I can't pay {total} in one go. Could you set me up {plan}: %n monthly payments of {payment}, starting {first}? Please stop the interest and penalty while I keep to it, and waive {waived} of what I owe.”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“Hello, my {product} payment is {days} overdue. I want to pay it back, but I can't pay {total} in one go. Could you set me up {plan}: %n monthly payment(s) of {payment}, starting {first}? Please stop the interest and penalty while I keep to it.”</source>
            <translation>
                <numerusform>“Hello, my {product} payment is {days} overdue. I want to pay it back, but I can't pay {total} in one go. Could you set me up {plan}: %n monthly payment of {payment}, starting {first}? Please stop the interest and penalty while I keep to it.”</numerusform>
                <numerusform>“Hello, my {product} payment is {days} overdue. I want to pay it back, but I can't pay {total} in one go. Could you set me up {plan}: %n monthly payments of {payment}, starting {first}? Please stop the interest and penalty while I keep to it.”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A plan does not erase the record: the late months already reported stay on your credit report until {until} (%n year(s) after the last payment).</source>
            <translation>
                <numerusform>A plan does not erase the record: the late months already reported stay on your credit report until {until} (%n year after the last payment).</numerusform>
                <numerusform>A plan does not erase the record: the late months already reported stay on your credit report until {until} (%n years after the last payment).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A plan does not erase the record: the late months already reported stay on your credit report for %n year(s) after the debt is paid off.</source>
            <translation>
                <numerusform>A plan does not erase the record: the late months already reported stay on your credit report for %n year after the debt is paid off.</numerusform>
                <numerusform>A plan does not erase the record: the late months already reported stay on your credit report for %n years after the debt is paid off.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Options</name>
        <message numerus="yes">
            <source>Pay the minimum, the rest %n day(s) later</source>
            <translation>
                <numerusform>Pay the minimum, the rest %n day later</numerusform>
                <numerusform>Pay the minimum, the rest %n days later</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Split into %n</source>
            <translation>
                <numerusform>Split into %n</numerusform>
                <numerusform>Split into %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pay %n day(s) late</source>
            <translation>
                <numerusform>Pay %n day late</numerusform>
                <numerusform>Pay %n days late</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Negotiate after %n day(s)</source>
            <translation>
                <numerusform>Negotiate after %n day</numerusform>
                <numerusform>Negotiate after %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payments, {amount} in all</source>
            <translation>
                <numerusform>%n payments, {amount} in all</numerusform>
                <numerusform>%n payments, {amount} in all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) × {amount}</source>
            <translation>
                <numerusform>%n month × {amount}</numerusform>
                <numerusform>%n months × {amount}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n × {amount}</source>
            <translation>
                <numerusform>%n × {amount}</numerusform>
                <numerusform>%n × {amount}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n × up to {amount}</source>
            <translation>
                <numerusform>%n × up to {amount}</numerusform>
                <numerusform>%n × up to {amount}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paid in %n payment(s):</source>
            <translation>
                <numerusform>Paid in %n payment:</numerusform>
                <numerusform>Paid in %n payments:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paid over %n calendar month(s):</source>
            <translation>
                <numerusform>Paid over %n calendar month:</numerusform>
                <numerusform>Paid over %n calendar months:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OptionsModel</name>
        <message numerus="yes">
            <source>{product} reports a due once it is %n day(s) past due.</source>
            <translation>
                <numerusform>{product} reports a due once it is %n day past due.</numerusform>
                <numerusform>{product} reports a due once it is %n days past due.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PayoffPage</name>
        <message numerus="yes">
            <source>What goes overdue (%n)</source>
            <translation>
                <numerusform>What goes overdue (%n)</numerusform>
                <numerusform>What goes overdue (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your budget is {short} short of this month's minimums: %n payment(s) go overdue.</source>
            <translation>
                <numerusform>Your budget is {short} short of this month's minimums: %n payment go overdue.</numerusform>
                <numerusform>Your budget is {short} short of this month's minimums: %n payments go overdue.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n debt(s) reach your credit report.</source>
            <translation>
                <numerusform>%n debt reach your credit report.</numerusform>
                <numerusform>%n debts reach your credit report.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message numerus="yes">
            <source>%n period(s)</source>
            <translation>
                <numerusform>%n period</numerusform>
                <numerusform>%n periods</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n-period plan</source>
            <translation>
                <numerusform>%n-period plan</numerusform>
                <numerusform>%n-period plan</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProductDetail</name>
        <message numerus="yes">
            <source>Repayment record: %n late payment(s) on your credit report</source>
            <translation>
                <numerusform>Repayment record: %n late payment on your credit report</numerusform>
                <numerusform>Repayment record: %n late payments on your credit report</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, at most %n in a row.</source>
            <translation>
                <numerusform>, at most %n in a row.</numerusform>
                <numerusform>, at most %n in a row.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordCounts</name>
        <message numerus="yes">
            <source>%n bill(s)</source>
            <translation>
                <numerusform>%n bill</numerusform>
                <numerusform>%n bills</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n charge(s)</source>
            <translation>
                <numerusform>%n charge</numerusform>
                <numerusform>%n charges</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n instalment plan(s)</source>
            <translation>
                <numerusform>%n instalment plan</numerusform>
                <numerusform>%n instalment plans</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s)</source>
            <translation>
                <numerusform>%n payment</numerusform>
                <numerusform>%n payments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderPopup</name>
        <message numerus="yes">
            <source>%n payment(s) to look at</source>
            <translation>
                <numerusform>%n payment to look at</numerusform>
                <numerusform>%n payments to look at</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderScheduler</name>
        <message numerus="yes">
            <source>%n payment(s) to look at</source>
            <translation>
                <numerusform>%n payment to look at</numerusform>
                <numerusform>%n payments to look at</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderText</name>
        <message numerus="yes">
            <source>due in %n day(s)</source>
            <translation>
                <numerusform>due in %n day</numerusform>
                <numerusform>due in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>due %n day(s) ago — still free until {day}</source>
            <translation>
                <numerusform>due %n day ago — still free until {day}</numerusform>
                <numerusform>due %n days ago — still free until {day}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n day late</numerusform>
                <numerusform>%n days late</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Saved</name>
        <message numerus="yes">
            <source>{saved}, split into %n instalment(s)</source>
            <translation>
                <numerusform>{saved}, split into %n instalment</numerusform>
                <numerusform>{saved}, split into %n instalments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Instalment plan of {amount} on {product} saved: %n period(s)</source>
            <translation>
                <numerusform>Instalment plan of {amount} on {product} saved: %n period</numerusform>
                <numerusform>Instalment plan of {amount} on {product} saved: %n periods</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SimulatorPage</name>
        <message numerus="yes">
            <source>{date} is more than a year ago: simulated as %n day(s) late. Check the year.</source>
            <translation>
                <numerusform>{date} is more than a year ago: simulated as %n day late. Check the year.</numerusform>
                <numerusform>{date} is more than a year ago: simulated as %n days late. Check the year.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This due is %n day(s) late.</source>
            <translation>
                <numerusform>This due is %n day late.</numerusform>
                <numerusform>This due is %n days late.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paying %n day(s) late costs {cost} and stays on your credit report until {until}.</source>
            <translation>
                <numerusform>Paying %n day late costs {cost} and stays on your credit report until {until}.</numerusform>
                <numerusform>Paying %n days late costs {cost} and stays on your credit report until {until}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paying %n day(s) late costs {cost} and is not reported.</source>
            <translation>
                <numerusform>Paying %n day late costs {cost} and is not reported.</numerusform>
                <numerusform>Paying %n days late costs {cost} and is not reported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pay late (up to %n day(s))</source>
            <translation>
                <numerusform>Pay late (up to %n day)</numerusform>
                <numerusform>Pay late (up to %n days)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message numerus="yes">
            <source>Debt Tracker: %n payment(s) to look at</source>
            <translation>
                <numerusform>Debt Tracker: %n payment to look at</numerusform>
                <numerusform>Debt Tracker: %n payments to look at</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WarningCard</name>
        <message numerus="yes">
            <source>⚠ Overdue: %n due(s) not paid</source>
            <extracomment>At most this many lines; the rest are counted in one more line (the dues table below lists them all) — a pay-in-4 with 30 instalments late is not a wall of lines.</extracomment>
            <translation>
                <numerusform>⚠ Overdue: %n due not paid</numerusform>
                <numerusform>⚠ Overdue: %n dues not paid</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more overdue due(s): the list below has them all.</source>
            <translation>
                <numerusform>…and %n more overdue due: the list below has them all.</numerusform>
                <numerusform>…and %n more overdue dues: the list below has them all.</numerusform>
            </translation>
        </message>
    </context>
</TS>
