"""``debt-tracker-cli remind`` and ``calendar``: real processes, a private session bus
and a fake notification server in its own process (tests/support/).

The demo is made on Tue 1 Dec 2026; on that day four reminders fire (see
test_reminders.py): 京东白条's late bill (¥864.20) and period 4/12 (¥618.25), 5 days
late; 花呗 ¥3,245.60 due Fri 4 Dec (3 days); Klarna $60.00 due Sat 5 Dec (its 7-day
lead, missed on 28 Nov, so the four come as one summary).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import icalendar
import pytest

from tests.support.dbus_session import FakeServer
from tracker.appinfo import APP_ID

TODAY = "2026-12-01"


def cli(db: Path, *args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tracker.cli", "--db", str(db), "--today", TODAY, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "demo.db"
    assert cli(db, "init", "--demo").returncode == 0
    return db


def test_remind_delivers_once(
    demo_db: Path, fake_notifications: Callable[..., FakeServer]
) -> None:
    server = fake_notifications()
    done = cli(demo_db, "--json", "remind")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [(r["product"], r["amount"], r["due_date"], r["lead_days"]) for r in rows] == [
        ("京东白条", "864.20", "2026-11-26", -5),
        ("京东白条", "618.25", "2026-11-26", -5),
        ("花呗", "3245.60", "2026-12-04", 3),
        ("Klarna", "60.00", "2026-12-05", 7),
    ]
    assert {r["channel"] for r in rows} == {"notification"}
    (call,) = server.calls()
    assert call["signature"] == "susssasa{sv}i"
    assert call["summary"] == "4 payments need attention"
    assert "花呗: ¥3,245.60 due in 3 days (2026-12-04)" in call["body"].splitlines()
    assert call["hints"]["urgency"] == 2  # two of them are late
    assert call["hints"]["desktop-entry"] == APP_ID
    again = cli(demo_db, "--json", "remind")
    assert again.returncode == 0 and json.loads(again.stdout) == []
    assert len(server.calls()) == 1, "the second run delivers nothing new"


def test_one_reminder_names_product_amount_and_due_date(
    tmp_path: Path, fake_notifications: Callable[..., FakeServer]
) -> None:
    db = tmp_path / "one.db"
    assert cli(db, "init").returncode == 0
    assert cli(db, "product", "add", "花呗", "--preset", "huabei").returncode == 0
    bill = cli(db, "bill", "add", "花呗", "--statement-date", "2026-11-25",
               "--due-date", "2026-12-04", "--amount", "3245.60")  # fmt: skip
    assert bill.returncode == 0, bill.stderr
    server = fake_notifications()
    done = cli(db, "remind")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "花呗: ¥3,245.60 due in 3 days (2026-12-04)",
        "delivered as notifications",
    ]
    (call,) = server.calls()
    assert call["summary"] == "花呗: ¥3,245.60 due in 3 days"
    # Minimum 10% = 324.56; a day late costs 0.05% × 3,245.60 = 1.6228 → 1.62.
    assert call["body"] == (
        "Due date 2026-12-04 (Fri 4 Dec); minimum ¥324.56; a day's delay costs ¥1.62"
    )
    assert call["hints"]["urgency"] == 0  # 3 days ahead: low


def test_dry_run_sends_and_records_nothing(
    demo_db: Path, fake_notifications: Callable[..., FakeServer]
) -> None:
    server = fake_notifications()
    dry = cli(demo_db, "remind", "--dry-run")
    assert dry.returncode == 0 and "花呗: ¥3,245.60 due in 3 days" in dry.stdout
    assert "dry run: nothing delivered" in dry.stdout
    assert server.calls() == []
    assert len(json.loads(cli(demo_db, "--json", "remind").stdout)) == 4  # still due


def test_no_session_bus_prints_the_reminders_and_exits_0(demo_db: Path) -> None:
    # tests/conftest.py points DBUS_SESSION_BUS_ADDRESS at a socket that does not exist.
    started = time.monotonic()
    done = cli(demo_db, "remind", timeout=10)
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started < 5
    lines = done.stdout.splitlines()
    assert lines[2] == "花呗: ¥3,245.60 due in 3 days (2026-12-04)"
    assert lines[-1].startswith("not delivered: no session bus at unix:path=/nonexistent")
    # Not delivered, so not recorded: the next run (or the app) still has them.
    assert len(json.loads(cli(demo_db, "--json", "remind").stdout)) == 4


def test_a_bus_without_a_notification_server(demo_db: Path, session_bus: str) -> None:
    done = cli(demo_db, "--json", "remind", timeout=10)
    assert done.returncode == 0
    assert {r["channel"] for r in json.loads(done.stdout)} == {"none"}
    assert "not delivered: no notification server on the session bus" in done.stderr


def test_a_server_that_never_answers_does_not_hold_remind(
    demo_db: Path, fake_notifications: Callable[..., FakeServer]
) -> None:
    fake_notifications("--hang")
    started = time.monotonic()
    done = cli(demo_db, "remind", timeout=20)
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert elapsed < 8, elapsed  # 3 s for the reply, plus the start of Python
    assert done.stdout.splitlines()[-1] == (
        "not delivered: the notification server did not answer in 3 s"
    )


# -- calendar ------------------------------------------------------------------------
def test_calendar_has_one_event_per_open_due_with_alarms(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "dues.ics"
    done = cli(demo_db, "--json", "calendar", "-o", str(out))
    assert done.returncode == 0, done.stderr
    # The demo's open dues (tests/core/test_reminders.py): 京东白条 bill + periods 4–12
    # (10), 花呗, Klarna 2–4 (3), 招商, Chase = 16.
    assert json.loads(done.stdout)["events"] == 16
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = cal.walk("VEVENT")
    assert len(events) == 16
    huabei = next(e for e in events if str(e["summary"]) == "花呗: ¥3,245.60 due")
    assert huabei.decoded("dtstart").isoformat() == "2026-12-04"
    triggers = [a.decoded("trigger") for a in huabei.walk("VALARM")]
    # 09:00 on each lead day, relative to 00:00 on the due date: 7, 3, 1, 0 days ahead.
    assert [t.total_seconds() / 3600 for t in triggers] == [-159, -63, -15, 9]
    first = sorted(str(e["uid"]) for e in events)
    again = cli(demo_db, "calendar", "-o", str(out))
    assert again.returncode == 0
    second = sorted(
        str(e["uid"]) for e in icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    )
    assert first == second and len(set(first)) == 16


def test_calendar_refuses_to_write_over_the_data_file(demo_db: Path) -> None:
    before = demo_db.read_bytes()
    done = cli(demo_db, "calendar", "-o", str(demo_db))
    assert done.returncode == 2
    assert "is the data file" in done.stderr and len(done.stderr.splitlines()) == 1
    assert demo_db.read_bytes() == before


def test_calendar_to_an_unwritable_place_names_the_real_reason(
    demo_db: Path, tmp_path: Path
) -> None:
    """As the statement's export: /proc takes no new file (its ENOENT is not the reason),
    a file where the folder should be is not a folder."""
    plain = tmp_path / "notes.txt"
    plain.write_text("x", encoding="utf-8")
    done = cli(demo_db, "calendar", "-o", str(plain / "dues.ics"))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        f"debt-tracker-cli: error: cannot write {plain / 'dues.ics'}: {plain} is not a folder\n"
    )
    if Path("/proc").is_dir():
        done = cli(demo_db, "calendar", "-o", "/proc/dues.ics")
        assert done.returncode == 2
        assert done.stderr == (
            "debt-tracker-cli: error: cannot write a calendar in /proc: "
            "files cannot be created in this folder\n"
        )


def test_an_overdue_due_is_an_event_of_today_without_lead_day_alarms(
    demo_db: Path, tmp_path: Path
) -> None:
    # The demo's 京东白条 bill ¥864.20 was due Thu 26 Nov, 5 days before the export (1 Dec),
    # with ¥3.71 of 违约金 so far on the account (tests/core/test_negotiate.py). Its event
    # stayed on 26 Nov with "due in 7 days … due today" alarms, all in the past and wrong.
    # Now it is on the export's day, says since when it is late and what settles it, and
    # rings once, at 09:00 that day.
    out = tmp_path / "dues.ics"
    assert cli(demo_db, "calendar", "-o", str(out)).returncode == 0
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    bill = next(e for e in events if str(e["summary"]).startswith("京东白条: ¥864.20"))
    assert str(bill["summary"]) == "京东白条: ¥864.20 OVERDUE since Thu 26 Nov"
    assert bill.decoded("dtstart").isoformat() == "2026-12-01"
    assert "+ ¥3.71 so far on the whole account (¥867.91 to pay today)" in str(bill["description"])
    alarms = bill.walk("VALARM")
    assert [a.decoded("trigger").total_seconds() / 3600 for a in alarms] == [9]
    assert str(alarms[0]["description"]) == "京东白条: ¥864.20 OVERDUE since Thu 26 Nov"
    assert not any("due in" in str(a["description"]) for e in events
                   if "OVERDUE" in str(e["summary"]) for a in e.walk("VALARM"))  # fmt: skip
