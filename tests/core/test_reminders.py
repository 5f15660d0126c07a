"""The reminder engine, travelling in time over a month of the demo user.

The demo is made on Tue 1 Dec 2026 (tracker/service/demo.py), so its open dues are:
  京东白条 bill (id 2) and iPhone period 4/12 (id 6): due Thu 26 Nov, 5 days late;
  花呗 bill (16): Fri 4 Dec; Klarna 2/4 (22): Sat 5 Dec; 招商银行信用卡 (18): Fri 11 Dec,
  3 grace days (free until Mon 14 Dec); Chase Freedom (20) and Klarna 3/4 (23): Sat 19 Dec;
  京东白条 iPhone 5/12 (7): Sat 26 Dec; Klarna 4/4 (24): Sat 2 Jan 2027.
Default leads 7, 3, 1, 0 days ahead, and one a day while late. Checks run three times
a day (08:00, 13:00, 21:00, UTC+8) and every batch is recorded as delivered.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tracker import reminders as engine
from tracker.errors import InputError
from tracker.reminders import Delivery, OpenDue, ReminderSettings
from tracker.service import demo, files, payments
from tracker.service import reminders as rs
from tracker.storage import Store

CST = timezone(timedelta(hours=8))
EST = timezone(timedelta(hours=-5))
DEMO_DAY = date(2026, 12, 1)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = files.open_store(tmp_path / "demo.db", create=True)
    demo.populate(s, DEMO_DAY)
    yield s
    s.close()


def at(day: int, hour: int, minute: int = 0, tz: timezone = CST) -> datetime:
    """A time in December 2026 (day 32 = 1 Jan 2027)."""
    return datetime(2026, 12, 1, hour, minute, tzinfo=tz) + timedelta(days=day - 1)


def deliver(store: Store, now: datetime) -> engine.Batch:
    batch = rs.check(store, now)
    rs.record_delivered(store, batch.reminders, now, "popup")
    return batch


def pay(store: Store, product: str, day: int, amount: int) -> None:
    payments.add_payment(store, product, date(2026, 12, day), amount, date(2026, 12, day))


def test_a_month_of_the_demo_user(store: Store) -> None:
    fired: dict[int, list[tuple[str, int]]] = {}
    batches: dict[datetime, engine.Batch] = {}
    # What the user does, at 12:00 on the day (between the 08:00 and 13:00 checks).
    payments = {
        2: [("京东白条", 86_420 + 61_825)],  # the late bill and period 4/12: 1,482.45
        4: [("花呗", 324_560)],
        6: [("Klarna", 6_000)],  # period 2/4, a day late
        14: [("招商银行信用卡", 95_419)],  # the minimum on the last free day: stops it
        19: [("Chase Freedom", 123_456), ("Klarna", 6_000)],
        26: [("京东白条", 61_825)],  # period 5/12 on its day
    }
    for day in range(1, 32):
        for hour in (8, 13, 21):
            now = at(day, hour)
            if hour == 13:
                for product, amount in payments.get(day, []):
                    pay(store, product, day, amount)
            batch = deliver(store, now)
            batches[now] = batch
            for r in batch.reminders:
                fired.setdefault(r.due.due_id, []).append((f"{day} {hour:02}", r.lead))
            if (day, hour) == (5, 8):
                # Klarna 2/4 "due today": snoozed for an hour, back at the 13:00 check.
                (klarna,) = [r for r in batch.reminders if r.due.due_id == 22]
                rs.snooze(store, klarna, now, "hour")
    assert fired == {
        2: [("1 08", -5), ("2 08", -6)],  # paid 2 Dec: nothing after
        6: [("1 08", -5), ("2 08", -6)],
        16: [("1 08", 3), ("3 08", 1), ("4 08", 0)],  # recorded 3 days ahead: no 7
        # 7 days ahead was Sat 28 Nov, before the demo was checked: it comes late, once.
        22: [("1 08", 7), ("2 08", 3), ("4 08", 1), ("5 08", 0), ("5 13", 0), ("6 08", -1)],
        18: [
            ("4 08", 7),
            ("8 08", 3),
            ("10 08", 1),
            ("11 08", 0),
            ("12 08", -1),
            ("13 08", -2),
            ("14 08", -3),  # free until Mon 14 Dec
        ],
        20: [("12 08", 7), ("16 08", 3), ("18 08", 1), ("19 08", 0)],
        23: [("12 08", 7), ("16 08", 3), ("18 08", 1), ("19 08", 0)],
        7: [("19 08", 7), ("23 08", 3), ("25 08", 1), ("26 08", 0)],
        24: [("26 08", 7), ("30 08", 3)],  # 2 Jan: on 31 Dec the 3-day one is done
    }
    # Each (due, lead) exactly once, apart from the snooze that came back.
    pairs = [(due, lead) for due, rows in fired.items() for _, lead in rows]
    assert len(pairs) == len(set(pairs)) + 1
    # The first check is a summary (Klarna's 7-day lead was missed); later ones are not.
    assert batches[at(1, 8)].summary
    assert not batches[at(2, 8)].summary  # 京东白条 ×2 + Klarna 3 days: 3 on time
    grace = [r for r in batches[at(12, 8)].reminders if r.due.due_id == 18]
    assert engine.when_text(grace[0]) == "due yesterday — still free until Mon 14 Dec"
    assert grace[0].urgency == 1  # still free: not critical
    late = [r for r in batches[at(6, 8)].reminders if r.due.due_id == 22]
    assert late[0].urgency == 2 and engine.when_text(late[0]) == "1 day late"


def test_a_week_off_gives_one_summary(store: Store) -> None:
    deliver(store, at(1, 8))
    # Off from Tue 1 to Wed 9 Dec. Missed meanwhile: 京东白条 ×2 (late, daily),
    # 花呗 3/1/0 and late, Klarna 3/1/0 and late, 招商 7 and 3. What fires is each due's
    # latest lead only: 京东 −13 ×2, 花呗 −5, Klarna −4, 招商 3 (for Tue 8 Dec).
    batch = rs.check(store, at(9, 8))
    assert batch.summary
    assert [(r.due.due_id, r.lead) for r in batch.reminders] == [
        (2, -13), (6, -13), (16, -5), (22, -4), (18, 3)
    ]  # fmt: skip
    (note,) = rs.notifications(batch)
    assert note.summary == "5 payments need attention"
    assert "花呗: ¥3,245.60 5 days late (2026-12-04)" in note.body.splitlines()
    assert note.urgency == 2
    rs.record_delivered(store, batch.reminders, at(9, 8), "notification")
    assert not rs.check(store, at(9, 13))


def test_midnight_rollover_brings_the_new_days_reminders(store: Store) -> None:
    for day in (1, 2, 3):
        deliver(store, at(day, 8))
    assert not rs.check(store, at(3, 23, 59))
    assert rs.next_change(store, at(3, 23)) == at(4, 0)
    batch = rs.check(store, at(4, 0, 1))
    # Thu 4 Dec: 京东 −8 ×2, 花呗 due today, Klarna tomorrow, 招商 in 7 days.
    assert [(r.due.due_id, r.lead) for r in batch.reminders] == [
        (2, -8), (6, -8), (16, 0), (22, 1), (18, 7)
    ]  # fmt: skip


def test_a_time_zone_change_moves_today(store: Store) -> None:
    for day in (1, 2, 3):
        deliver(store, at(day, 8))
    instant = datetime(2026, 12, 3, 18, 0, tzinfo=UTC)
    # In New York it is still Thu 3 Dec 13:00: nothing new.
    assert not rs.check(store, instant.astimezone(EST))
    # The clock moves to UTC+8: the same instant is Fri 4 Dec 02:00 there.
    batch = rs.check(store, instant.astimezone(CST))
    assert [(r.due.due_id, r.lead) for r in batch.reminders] == [
        (2, -8), (6, -8), (16, 0), (22, 1), (18, 7)
    ]  # fmt: skip


def test_delivered_by_one_channel_is_not_repeated_by_another(store: Store) -> None:
    batch = rs.check(store, at(1, 8))
    rs.record_delivered(store, batch.reminders, at(1, 8), "notification")
    assert not rs.check(store, at(1, 9))
    assert {d.channel for d in rs.saved.list_deliveries(store)} == {"notification"}


# -- the engine on its own -----------------------------------------------------------
def _due(due_date: date, state: str = "upcoming", **kw: object) -> OpenDue:
    fields: dict[str, object] = {
        "due_id": 1, "product": "花呗", "currency": "CNY", "due_date": due_date,
        "amount": 100_00, "minimum": 10_00, "state": state,
    }  # fmt: skip
    fields.update(kw)
    return OpenDue(**fields)  # type: ignore[arg-type]


NOW = datetime(2026, 12, 1, 8, 0, tzinfo=CST)


def test_a_due_recorded_late_gets_one_reminder_not_every_passed_lead() -> None:
    # Due Thu 3 Dec, seen first on Tue 1 Dec: 2 days left → the 3-day lead, once.
    batch = engine.due_now([_due(date(2026, 12, 3))], [], ReminderSettings(), NOW)
    assert [r.lead for r in batch.reminders] == [3]
    assert engine.when_text(batch.reminders[0]) == "due in 2 days"
    assert not batch.summary  # one reminder alone is never a summary


def test_paid_and_revolving_dues_fire_nothing() -> None:
    dues = [
        _due(date(2026, 12, 1), "paid", amount=0),
        _due(date(2026, 11, 28), "revolving", due_id=2),  # minimum met, rest unpaid
    ]
    assert not engine.due_now(dues, [], ReminderSettings(), NOW)


def test_settings_decide_what_fires() -> None:
    late = _due(date(2026, 11, 28), "overdue")
    assert not engine.due_now([late], [], ReminderSettings(overdue_daily=False), NOW)
    assert not engine.due_now([late], [], ReminderSettings(enabled=False), NOW)
    soon = _due(date(2026, 12, 6))  # 5 days left: leads 14 and 2 → the 14-day one
    (r,) = engine.due_now([soon], [], ReminderSettings(lead_days=(14, 2)), NOW).reminders
    assert r.lead == 14


def test_snooze_comes_back_once_at_its_time() -> None:
    due = _due(date(2026, 12, 1))
    until = engine.snooze_until(NOW, "tomorrow")
    assert until == datetime(2026, 12, 2, 9, 0, tzinfo=CST)
    # Delivered at 08:00 and snoozed to an hour later (a due today has lead 0 all day).
    record = Delivery(1, date(2026, 12, 1), 0, NOW, engine.snooze_until(NOW, "hour"))
    assert not engine.due_now([due], [record], ReminderSettings(), NOW + timedelta(minutes=59))
    later = NOW + timedelta(hours=1)
    assert engine.due_now([due], [record], ReminderSettings(), later)
    redelivered = Delivery(1, date(2026, 12, 1), 0, later, record.snoozed_until)
    assert not engine.due_now([due], [redelivered], ReminderSettings(), later)


def test_a_snooze_quiets_the_whole_due_not_only_its_lead() -> None:
    # Due Sat 5 Dec, 4 days ahead on Tue 1 Dec: the 7-day lead fired at 08:00 and was
    # snoozed an hour. Lead days become 5, 2, 0: the current lead is now 5, a new key,
    # but the due stays quiet until 09:00, then fires once on its 5-day lead.
    due = _due(date(2026, 12, 5))
    record = Delivery(1, date(2026, 12, 5), 7, NOW, NOW + timedelta(hours=1))
    settings = ReminderSettings(lead_days=(5, 2, 0))
    assert not engine.due_now([due], [record], settings, NOW + timedelta(minutes=5))
    (r,) = engine.due_now([due], [record], settings, NOW + timedelta(hours=1)).reminders
    assert r.lead == 5
    # Another due is not quieted by this one's snooze.
    other = _due(date(2026, 12, 5), due_id=2)
    (o,) = engine.due_now([due, other], [record], settings, NOW).reminders
    assert o.due.due_id == 2


def test_a_moved_due_date_is_a_new_reminder() -> None:
    record = Delivery(1, date(2026, 12, 1), 0, NOW)
    moved = _due(date(2026, 12, 4))  # the bill was corrected: 3 days left
    batch = engine.due_now([moved], [record], ReminderSettings(), NOW)
    assert [r.lead for r in batch.reminders] == [3]


def test_now_must_know_its_time_zone() -> None:
    with pytest.raises(ValueError):
        engine.due_now([], [], ReminderSettings(), datetime(2026, 12, 1, 8))


def test_lead_days_are_parsed_and_stored(store: Store) -> None:
    assert rs.settings(store) == ReminderSettings()
    saved = rs.save_settings(store, "1，7, 3,3", overdue_daily=False)
    assert saved.lead_days == (7, 3, 1)
    assert rs.settings(store) == ReminderSettings((7, 3, 1), overdue_daily=False)
    with pytest.raises(InputError):
        rs.save_settings(store, "7, x", True)
    with pytest.raises(InputError):
        rs.save_settings(store, "61", True)
    assert rs.settings(store).lead_days == (7, 3, 1)  # the refused input wrote nothing
