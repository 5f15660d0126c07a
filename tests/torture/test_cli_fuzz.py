"""CLI fuzz (hypothesis): any command line ends in exit 0 or a one-line refusal (exit 2),
never a traceback; and a refused command leaves the data file byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import io
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.cli.main import main

NASTY = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        ["", "0", "-1", "9" * 4400, "1e-999999999", "1E-99999999999999999999", "NaN", "inf",
         "１２", "1_0", "¥12", "$1,2,3", "2026-02-30", "2026-13-01", ":0.1", "3:", ",", "%",
         "0.05%", "x" * 300, "花呗", "\x00", "-0", "+5", " 7 ", "1e3", "0x10", "12.345"]
    ),
)  # fmt: skip
KEYS = st.sampled_from(
    ["grace_days", "revolving_daily_rate", "installment_total_rates", "allowed_periods",
     "statement_day", "currency", "credit_limit", "notes", "kind", "nope"]
)  # fmt: skip


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    v = draw
    forms = [
        ["due", "--days", v(NASTY)],
        ["product", "add", v(NASTY), "--preset", "huabei", "--set", f"{v(KEYS)}={v(NASTY)}"],
        ["product", "edit", "花呗", "--set", f"{v(KEYS)}={v(NASTY)}"],
        ["bill", "add", "花呗", "--statement-date", v(NASTY), "--due-date", "2026-12-10",
         "--amount", v(NASTY)],
        ["charge", "花呗", "--date", v(NASTY), "--amount", v(NASTY)],
        ["pay", v(NASTY), "--date", "2026-11-30", "--amount", v(NASTY)],
        ["plan", "add", "花呗", "--principal", v(NASTY), "--periods", v(NASTY),
         "--first-due", v(NASTY)],
        ["simulate", "--preset", "huabei", "--amount", v(NASTY), "--due", v(NASTY),
         "--periods", v(NASTY)],
        ["payoff", "--budget", v(NASTY), "--months", v(NASTY)],
        ["statement", "--from", v(NASTY), "--to", "2026-12-31"],
        ["restore", v(NASTY)],
        [v(NASTY)],
    ]  # fmt: skip
    return draw(st.sampled_from(forms))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "d.db"
    assert main(["--db", str(path), "--today", "2026-12-01", "init", "--demo"]) == 0
    return path


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(argv=command_lines())
def test_no_command_line_ends_in_a_traceback(argv: list[str], db: Path) -> None:
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            status = main(["--db", str(db), "--today", "2026-12-01", *argv])
        except SystemExit as exc:  # only --help / --version style exits
            status = exc.code if isinstance(exc.code, int) else 2
    assert status in (0, 2), (argv, err.getvalue())
    if status == 2:
        message = err.getvalue()
        assert message.startswith("debt-tracker-cli: error:"), (argv, message)
        assert hashlib.sha256(db.read_bytes()).hexdigest() == before, argv  # nothing written
