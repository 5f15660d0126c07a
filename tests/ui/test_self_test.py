"""``debt-tracker --self-test``: one ``ok`` line per check and exit 0; a broken build exits 1."""

from __future__ import annotations

import ast
import os
import pkgutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import ui.dialogs
import ui.self_test
from tests.support.dbus_session import FakeServer
from tracker import notify
from tracker.appinfo import APP_ID
from ui.app import main

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


def test_self_test_passes_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test", "--today", "2026-12-01"]) == 0
    lines = capsys.readouterr().out.splitlines()
    en = (I18N / "debt_tracker_en.qm").stat().st_size
    zh = (I18N / "debt_tracker_zh_CN.qm").stat().st_size
    # The sizes it reports are the .qm files' own: they were read from the package.
    assert lines[0] == f"ok translations: en {en} bytes, zh_CN {zh} bytes"
    # demo.py: Baitiao, Huabei, a CN card, a US card, Klarna = 5 products.
    assert lines[1].startswith("ok data: 5 products, ")
    assert lines[1].endswith(" open dues on 2026-12-01")
    assert lines[2] == "ok pages: dashboard, products, simulator, payoff, settings"
    # The oldest open due is Baitiao's, 5 days overdue: 2026-12-01 − 5 days = 2026-11-26.
    assert lines[3].startswith("ok simulation: ")
    assert lines[3].endswith(" options for 京东白条 due 2026-11-26")
    assert lines[4].startswith("ok payoff: CNY: avalanche ")
    assert "snowball" in lines[4] and "least-damage" in lines[4]
    # Each dialog action opened its own dialog (objectNames from ui/dialogs/*.py).
    # The payoff chart draws one balance line per strategy: avalanche, snowball, least-damage.
    assert lines[5].startswith("ok charts: 2 chart views, payoff chart 3 lines, ")
    assert lines[6] == (
        "ok dialogs: paymentDialog, chargeDialog, billDialog, planDialog, productDialog,"
        " exportDialog"
    )
    # debt_tracker_zh_CN.ts: DashboardPage "Dashboard" → "总览"; Qt's qtbase_zh_CN.qm:
    # QPlatformTheme "Cancel" → "取消".
    assert lines[7] == (
        "ok language: 'Dashboard' -> '总览', Qt's 'Cancel' -> '取消', "
        "\"金额 '12,34.5' 的千位分隔符位置不对（请写成 1,234.56 或 1234.56）\""
    )
    # tracker/desktop.py ICON_SIZES: 16, 24, 32, 48, 64, 128, 256, 512 = 8 sizes.
    assert lines[8] == f"ok icons: 8 sizes 16-512 px, window icon, {APP_ID}.desktop"
    # tests/conftest.py points DBUS_SESSION_BUS_ADDRESS at a bus that does not exist.
    assert lines[9] == "ok notification: no session bus — skipped"
    assert lines[10].startswith("ok fonts: ")
    assert lines[-1] == "self-test passed"


def test_missing_translation_fails_with_exit_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a bundle that lost debt_tracker_zh_CN.qm would see.
    real = ui.self_test.qm_bytes
    monkeypatch.setattr(
        ui.self_test, "qm_bytes", lambda lang: None if lang == "zh_CN" else real(lang)
    )
    assert main(["--self-test", "--today", "2026-12-01"]) == 1
    out = capsys.readouterr().out
    assert out.startswith(
        "FAIL translations: resources/i18n/debt_tracker_zh_CN.qm is missing or empty"
    )
    assert "self-test passed" not in out


def test_unreadable_translation_fails(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ui.self_test, "qm_bytes", lambda lang: b"not a qm file")
    assert main(["--self-test", "--today", "2026-12-01"]) == 1
    assert capsys.readouterr().out == "FAIL translations: Qt cannot read debt_tracker_en.qm\n"


def test_failing_check_names_itself(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(window: object) -> str:
        raise AssertionError("no payoff plan within 30 s")

    checks = tuple((n, broken if n == "payoff" else c) for n, c in ui.self_test.CHECKS)
    monkeypatch.setattr(ui.self_test, "CHECKS", checks)
    assert main(["--self-test", "--today", "2026-12-01"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "ok translations",
        "ok data",
        "ok pages",
        "ok simulation",
        "FAIL payoff",
    ]
    assert lines[-1] == "FAIL payoff: no payoff plan within 30 s"


def test_self_test_delivers_a_notification_to_a_server(
    capsys: pytest.CaptureFixture[str], fake_notifications: Callable[..., FakeServer]
) -> None:
    server = fake_notifications()  # its own process, on a private session bus
    assert main(["--self-test", "--today", "2026-12-01"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # The fake server numbers its notifications from 1 and has "actions" and "body".
    assert "ok notification: delivered (id 1; server capabilities: actions, body)" in lines
    assert lines[-1] == "self-test passed"
    (call,) = server.calls()
    assert call["summary"] == "Debt Tracker self-test"
    assert call["app_name"] == "Debt Tracker"
    assert call["hints"]["desktop-entry"] == APP_ID
    assert call["signature"] == "susssasa{sv}i"


def test_self_test_says_when_no_server_answers(
    capsys: pytest.CaptureFixture[str], session_bus: str
) -> None:
    # A session bus with nobody owning org.freedesktop.Notifications: skipped, not failed.
    assert main(["--self-test", "--today", "2026-12-01"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "ok notification: no notification server on the session bus — skipped" in lines
    assert lines[-1] == "self-test passed"


def test_a_refused_notification_fails_the_self_test(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A server answering UnknownMethod means our message is wrong: that is the build's fault.
    refused = notify.Outcome(reason="not delivered: the notification server refused: x.Unknown")
    monkeypatch.setattr(notify.Connection, "open", _opens_to(refused))
    assert main(["--self-test", "--today", "2026-12-01"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == (
        "FAIL notification: not delivered: the notification server refused: x.Unknown"
    )


def _opens_to(outcome: notify.Outcome) -> Callable[..., object]:
    class Answering:
        def watch_actions(self) -> None:
            pass

        def notify_all(self, notes: object, timeout: float) -> notify.Outcome:
            return outcome

        def next_signal(self, timeout: float) -> None:
            return None

        def close(self) -> None:
            pass

    return lambda timeout=notify.TIMEOUT: Answering()


def test_self_test_as_a_process_exits_0() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "ui.app", "--self-test", "--today", "2026-12-01"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "self-test passed"


def test_every_dialog_module_is_imported_by_name() -> None:
    # Dialogs are imported by name where they are opened (no import by a string built at
    # run time), so a bundler's analysis finds every one and a build cannot lack one. Most
    # are imported only when first opened (ui/dialog_openers.py, the pages built when
    # first shown): the analysis reads every import statement, those in functions too.
    named: set[str] = set()
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                named.add(node.module)
                named.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                named.update(alias.name for alias in node.names)
    names = [m.name for m in pkgutil.iter_modules(ui.dialogs.__path__)]
    missing = [n for n in names if f"ui.dialogs.{n}" not in named]
    assert len(names) >= 7 and missing == [], (names, missing)
