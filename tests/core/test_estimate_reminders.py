"""Reminders and the calendar for an *estimated* due (issue 11: an account owing on the
engine's own statement with no bill recorded got no reminder and no calendar event).

The account (as tests/core/test_estimated_dues.py): a CN card (DESIGN.md § Presets:
statement + 19 days, grace 3 days, minimum 10% of the principal) on the 5th, one
¥1,000.00 charge on 10 Sep 2026 and no bill recorded. The engine's statement of 5 Oct
holds it, due 5 Oct + 19 = Sat 24 Oct, free until 24 + 3 = Tue 27 Oct. Default leads
7, 3, 1, 0: the reminders' days are 17, 21, 23 and 24 Oct, then one a day while late.
Checks at 10:00 UTC+8; every batch is recorded as delivered.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import icalendar
import pytest

from tracker import reminder_text
from tracker import reminders as engine
from tracker.service import bills, calendar, charges, demo, files, products
from tracker.service import reminders as rs
from tracker.storage import Store, schema
from tracker.storage import reminders as saved

CST = timezone(timedelta(hours=8))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = files.open_store(tmp_path / "card.db", create=True)
    pid = products.add_product(s, "Card", "cn-credit-card", {"statement_day": "5"}).saved_id
    charges.add_charge(s, pid, date(2026, 9, 10), 100_000, date(2026, 9, 10))
    yield s
    s.close()


def at(day: int, hour: int = 10, minute: int = 0) -> datetime:
    """A time in October 2026, UTC+8."""
    return datetime(2026, 10, day, hour, minute, tzinfo=CST)


def deliver(store: Store, now: datetime) -> engine.Batch:
    batch = rs.check(store, now)
    rs.record_delivered(store, batch.reminders, now, "popup")
    return batch


def test_an_estimate_reminds_before_its_due_date_and_each_day_late(store: Store) -> None:
    pid = store.list_products()[0].saved_id
    fired = {}
    for day in range(14, 30):
        batch = deliver(store, at(day))
        fired[day] = [(r.lead, r.due.state) for r in batch.reminders]
        assert not rs.check(store, at(day, 21))  # once each: nothing more the same day
        for r in batch.reminders:
            assert r.due.estimated and r.due.due_id == engine.estimate_due_id(pid) == -pid
            assert (r.due.due_date, r.due.statement_date) == (
                date(2026, 10, 24),
                date(2026, 10, 5),
            )
    # 17 Oct: 7 days before 24 Oct; 21: 3; 23: 1; 24: the day; 25–27 within the 3 grace
    # days (24 + 3 = 27); 28: 4 days late, past the grace.
    assert {d: f for d, f in fired.items() if f} == {
        17: [(7, "upcoming")],
        21: [(3, "upcoming")],
        23: [(1, "upcoming")],
        24: [(0, "due_today")],
        25: [(-1, "in_grace")],
        26: [(-2, "in_grace")],
        27: [(-3, "in_grace")],
        28: [(-4, "overdue")],
        29: [(-5, "overdue")],
    }
    # Kept by product and due date in the file (the reminders table needs a due row).
    leads = store.db.execute(
        "SELECT lead FROM estimate_reminders WHERE product_id = ? AND due_date = '2026-10-24'"
        " ORDER BY lead DESC",
        (pid,),
    ).fetchall()
    assert [r[0] for r in leads] == [7, 3, 1, 0, -1, -2, -3, -4, -5]


def test_what_an_estimates_reminder_says(store: Store) -> None:
    (early,) = rs.check(store, at(21)).reminders
    # 21 Oct: the ¥1,000.00 statement; its minimum 10% × ¥1,000.00 = ¥100.00. A day's
    # delay costs nothing yet: paid in full on 25 Oct, a day after the due date, it is
    # inside the 3 grace days (no interest, no late fee).
    assert (early.due.amount, early.due.minimum, early.due.day_cost) == (100_000, 10_000, 0)
    (en,) = rs.notifications(rs.check(store, at(21)), "en")
    assert en.summary == "Card: about ¥1,000.00 due in 3 days (estimate)"
    assert en.body == (
        "Estimated: no bill recorded for the 2026-10-05 statement; "
        "Due date 2026-10-24 (Sat 24 Oct); minimum ¥100.00"
    )
    (zh,) = rs.notifications(rs.check(store, at(21)), "zh_CN")
    assert zh.summary == "Card：约 ¥1,000.00，3 天后到期（估算）"
    assert (
        zh.body == "2026-10-05 账单（估算：尚未录入账单）；"
        "到期日 2026-10-24（10月24日 周六）；最低还款 ¥100.00"
    )
    (late,) = rs.check(store, at(28)).reminders
    # 28 Oct, 4 days late: unpaid past 27 Oct, a late fee of 5% × ¥100.00 = ¥5.00 → the
    # ¥10.00 floor; interest on the whole statement from the charge's posting day (10
    # Sep), 48 days × ¥1,000.00 × 0.05% = ¥24.00: ¥1,000.00 + ¥10.00 + ¥24.00 =
    # ¥1,034.00. Late past the grace: critical.
    assert (late.due.amount, late.lead, late.urgency) == (103_400, -4, 2)
    # Another day: ¥1,000.00 × 0.05% = ¥0.50 of interest (¥24.00 → ¥24.50 accrued).
    assert late.due.day_cost == 50
    (en,) = rs.notifications(rs.check(store, at(28)), "en")
    assert en.summary == "Card: about ¥1,034.00 4 days late (estimate)"
    assert en.body.endswith("; a day's delay costs ¥0.50")
    (zh,) = rs.notifications(rs.check(store, at(28)), "zh_CN")
    assert zh.summary == "Card：约 ¥1,034.00，逾期 4 天（估算）"


def test_snoozing_an_estimate(store: Store) -> None:
    (r,) = rs.check(store, at(21)).reminders
    assert rs.snooze(store, r, at(21), "hour") == at(21, 11)
    assert not rs.check(store, at(21, 10, 59))  # hidden for the hour
    (again,) = rs.check(store, at(21, 11)).reminders  # back when it ends, once
    assert (again.lead, again.due.due_id) == (3, r.due.due_id)
    assert rs.snooze(store, again, at(21, 11), "tomorrow") == at(22, 9)
    assert not rs.check(store, at(22, 8, 59))
    # 22 Oct 09:00: 2 days before 24 Oct, the 3-day lead is still the latest that came.
    (back,) = deliver(store, at(22, 9)).reminders
    assert back.lead == 3
    assert not rs.check(store, at(22, 21))  # delivered now: not again
    assert rs.next_change(store, at(22, 21)) == at(23, 0)  # no snooze left: midnight


def test_the_recorded_bill_replaces_the_estimates_reminder(store: Store) -> None:
    pid = store.list_products()[0].saved_id
    (est,) = deliver(store, at(21)).reminders  # the estimate's 3-day reminder
    assert est.due.estimated
    # 22 Oct: the lender's bill for the 5 Oct statement, due 24 Oct, is recorded.
    due = bills.add_bill(
        store, pid, date(2026, 10, 5), date(2026, 10, 24), 100_000, date(2026, 10, 22)
    )
    # The estimate is gone (the bill is the lender's truth) …
    assert [d.estimated for d in rs.open_reminder_dues(store, date(2026, 10, 22))] == [False]
    # … and the bill's 3-day lead (2 days before 24 Oct) was delivered as the estimate's:
    # no second "due in 2 days" for the same date.
    assert not rs.check(store, at(22))
    # 23 Oct: the bill's own next lead, with the lender's figures.
    (bill,) = deliver(store, at(23)).reminders
    assert (bill.due.due_id, bill.lead, bill.due.estimated) == (due.id, 1, False)
    (en,) = rs.notifications(engine.Batch((bill,), False), "en")
    assert en.summary == "Card: ¥1,000.00 due tomorrow"


def test_a_snoozed_estimate_stays_snoozed_when_its_bill_comes(store: Store) -> None:
    pid = store.list_products()[0].saved_id
    (est,) = rs.check(store, at(21)).reminders
    rs.snooze(store, est, at(21), "tomorrow")  # until 22 Oct 09:00
    bills.add_bill(store, pid, date(2026, 10, 5), date(2026, 10, 24), 100_000, date(2026, 10, 21))
    assert not rs.check(store, at(21, 15))  # the bill's reminder is the estimate's: snoozed
    (bill,) = rs.check(store, at(22, 9)).reminders
    assert (bill.lead, bill.due.estimated) == (3, False)


def test_a_bill_with_another_due_date_is_another_reminder(store: Store) -> None:
    pid = store.list_products()[0].saved_id
    deliver(store, at(21))  # the estimate's 3-day reminder, for 24 Oct
    # The lender's bill says due 25 Oct: 3 days after 22 Oct, its own 3-day reminder.
    bills.add_bill(store, pid, date(2026, 10, 5), date(2026, 10, 25), 100_000, date(2026, 10, 22))
    (bill,) = rs.check(store, at(22)).reminders
    assert (bill.due.due_date, bill.lead, bill.due.estimated) == (date(2026, 10, 25), 3, False)


def test_deleting_the_product_removes_its_estimate_reminders(store: Store) -> None:
    pid = store.list_products()[0].saved_id
    deliver(store, at(21))
    assert store.db.execute("SELECT COUNT(*) FROM estimate_reminders").fetchone()[0] == 1
    products.delete_product(store, pid)
    assert store.db.execute("SELECT COUNT(*) FROM estimate_reminders").fetchone()[0] == 0


# -- the calendar --------------------------------------------------------------------------
def _events(path: Path) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_the_calendar_has_the_estimate_marked_with_a_uid_of_its_own(
    store: Store, tmp_path: Path
) -> None:
    pid = store.list_products()[0].saved_id
    out = tmp_path / "dues.ics"
    assert calendar.export_calendar(store, out, date(2026, 10, 21), at(21)) == 1
    (event,) = _events(out)
    assert str(event["summary"]) == "Card: about ¥1,000.00 due (estimate)"
    assert event.decoded("dtstart") == date(2026, 10, 24)
    assert "Estimated: no bill recorded for the 2026-10-05 statement" in str(event["description"])
    uid = str(event["uid"])
    assert uid.startswith(f"estimate-{pid}-2026-10-24-") and uid.endswith("@debt-tracker")
    alarms = [str(a["description"]) for a in event.walk("VALARM")]
    assert alarms[0] == "Card: about ¥1,000.00 due in 7 days (estimate)"
    # 09:00 on each lead day, relative to 00:00 on 24 Oct: 7, 3, 1, 0 days ahead.
    hours = [a.decoded("trigger").total_seconds() / 3600 for a in event.walk("VALARM")]
    assert hours == [-7 * 24 + 9, -3 * 24 + 9, -24 + 9, 9]
    # Stable: the next export (a day later, the amount the same) keeps the UID.
    calendar.export_calendar(store, out, date(2026, 10, 22), at(22))
    assert [str(e["uid"]) for e in _events(out)] == [uid]
    # The recorded bill is a due's event (due-<id>-…), not the estimate's.
    due = bills.add_bill(
        store, pid, date(2026, 10, 5), date(2026, 10, 24), 100_000, date(2026, 10, 22)
    )
    calendar.export_calendar(store, out, date(2026, 10, 22), at(22))
    (event,) = _events(out)
    assert str(event["uid"]).startswith(f"due-{due.id}-")
    assert str(event["summary"]) == "Card: ¥1,000.00 due"


def test_the_demos_calendar_with_dues_and_an_estimate(tmp_path: Path) -> None:
    # The demo on 15 Jan 2027 (tests/core/test_estimated_dues.py): 招商银行信用卡's ¥458.00
    # charge of 29 Nov is on the engine's 22 Dec statement, due 10 Jan, no bill recorded.
    s = files.open_store(tmp_path / "demo.db", create=True)
    demo.populate(s, date(2026, 12, 1))
    today = date(2027, 1, 15)
    out = tmp_path / "dues.ics"
    count = calendar.export_calendar(s, out, today, datetime(2027, 1, 15, 10, tzinfo=CST))
    events = _events(out)
    uids = [str(e["uid"]) for e in events]
    assert len(events) == count and len(set(uids)) == count  # every UID its own
    estimate, klarna = [e for e in events if str(e["uid"]).startswith("estimate-")]
    # Due 10 Jan, 5 days before: overdue (past the card's 3 grace days), so its event is
    # on the export's day and says since when (not "due" on a day gone by).
    assert str(estimate["summary"]) == (
        "招商银行信用卡: about ¥458.00 OVERDUE since Sun 10 Jan (estimate)"
    )
    assert estimate.decoded("dtstart") == today
    # The demo's Klarna: its last instalment's $7.00 fee, asked at once on 13 Jan
    # (tests/core/test_estimated_dues.py), said as what it is, not "no bill recorded".
    # (Asked on 13 Jan and unpaid since: overdue on 15 Jan, an event of the day too.)
    assert str(klarna["summary"]) == "Klarna: about $7.00 OVERDUE since Wed 13 Jan (estimate)"
    assert klarna.decoded("dtstart") == today
    assert "late fees or penalty charged after the last instalment" in str(klarna["description"])
    # The rest are the open dues, as before (one event each).
    dues = [d for d in rs.open_reminder_dues(s, today) if not d.estimated and d.amount > 0]
    assert count == len(dues) + 2
    s.close()


def test_a_file_from_before_the_migration_gets_the_table(tmp_path: Path) -> None:
    # A file one migration before _ESTIMATE_REMINDERS, with a due's delivered reminder:
    # it opens at the current version, the due's delivery kept, and an estimate's
    # reminder can then be recorded.
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    version = schema.MIGRATIONS.index(schema._ESTIMATE_REMINDERS)
    for script in schema.MIGRATIONS[:version]:
        conn.executescript(script)
    conn.execute(
        "INSERT INTO products (name, kind, currency, rules) VALUES ('Card', 'credit_card',"
        " 'CNY', ?)",
        (json.dumps({"preset": "cn-credit-card", "statement_day": 5}),),
    )
    conn.execute(
        "INSERT INTO dues (product_id, due_date, principal, minimum, kind, description)"
        " VALUES (1, '2026-09-24', 5000, 500, 'adjustment', 'old')"
    )
    conn.execute(
        "INSERT INTO reminders (due_id, due_date, lead, delivered_at, channel)"
        " VALUES (1, '2026-09-24', 3, '2026-09-21T10:00:00+08:00', 'popup')"
    )
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    store = files.open_store(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    with store.transaction():
        saved.record_delivery(
            store, engine.estimate_due_id(1), date(2026, 10, 24), 7, at(17), "popup"
        )
    assert [(d.due_id, d.due_date, d.lead) for d in saved.list_deliveries(store)] == [
        (1, date(2026, 9, 24), 3),
        (-1, date(2026, 10, 24), 7),
    ]
    store.close()


def test_due_and_remind_in_plain_text_name_the_estimate(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    from tracker.cli.main import main

    path = str(store.path)
    store.close()
    assert main(["--db", path, "--today", "2026-10-21", "due"]) == 0
    # 21 Oct: 3 days before 24 Oct; ¥1,000.00, minimum 10% = ¥100.00.
    assert capsys.readouterr().out.strip() == (
        "2026-10-24  in 3 days      Card                  ¥1,000.00  (minimum ¥100.00)"
        "  estimated: no bill recorded for the 2026-10-05 statement"
    )
    assert main(["--db", path, "--today", "2026-10-21", "remind", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Card: about ¥1,000.00 due in 3 days (estimate) (2026-10-24)" in out


def test_a_late_reminder_names_what_the_account_was_charged_so_far() -> None:
    # The demo's 京东白条 bill: ¥864.20, 5 days late, ¥3.71 of 违约金 so far on the account
    # (0.05 % × 1,482.45 × 5 = 3.706 → 3.71, tests/core/test_negotiate.py). The body said
    # only the amount: paying ¥864.20 would have left the ¥3.71 owed.
    due = engine.OpenDue(1, "京东白条", "CNY", date(2026, 11, 26), 86_420, 8_642, "overdue",
                         penalty=371)  # fmt: skip
    r = engine.Reminder(due, -5, date(2026, 12, 1))
    assert "+ ¥3.71 so far on the whole account (¥867.91 to pay today)" in engine.reminder_body(r)
    assert "整个账户目前另有 ¥3.71（今天需还 ¥867.91）" in reminder_text.body(r, "zh_CN")
