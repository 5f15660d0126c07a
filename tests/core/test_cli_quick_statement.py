"""``debt-tracker-cli statement`` through tracker/cli/quick.py: the same output, status
and messages as the full CLI (tracker/cli/main.py), without importing the other
commands; every other line goes to the full CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.cli import main, quick
from tracker.cli.main import main as full_main

TODAY = "2026-12-01"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("quick") / "demo.db"
    assert full_main(["--db", str(db), "--today", TODAY, "init", "--demo"]) == 0
    return db


def both(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> tuple[tuple[int, str, str], tuple[int, str, str]]:
    """(status, stdout, stderr) of ``argv`` through the entry point and the full CLI."""
    got = main(argv), *capsys.readouterr()
    want = full_main(argv), *capsys.readouterr()
    return got, want


@pytest.mark.parametrize(
    "tail",
    [
        ["statement", "--from", "2026-01-01", "--to", "2026-12-31"],
        ["--json", "statement", "--from", "2026-01-01", "--to", "2026-12-31"],
        ["statement", "--from", "2026-01-01", "--to", "2026-12-31", "--json", "--excel"],
        ["statement", "Klarna", "--from", "2026-06-01", "--to", "2026-12-31"],
    ],
)
def test_statement_to_stdout_is_the_full_clis(
    demo_db: Path, tail: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(demo_db), "--today", TODAY, *tail]
    assert quick.is_statement(argv)
    got, want = both(argv, capsys)
    assert got == want
    assert got[0] == 0
    assert "date,product,kind,description,amount,balance,currency,due_date" in got[1]


def test_statement_to_a_file_is_the_full_clis(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for form in ([], ["--json"]):
        argv = [f"--db={demo_db}", f"--today={TODAY}", *form, "statement"]
        argv += ["--from", "2026-01-01", "--to", "2026-12-31", "-o", str(tmp_path / "q.csv")]
        assert quick.run(argv) == 0
        quick_out = capsys.readouterr().out
        written = (tmp_path / "q.csv").read_bytes()
        argv[-1] = str(tmp_path / "full.csv")
        assert full_main(argv) == 0
        full_out = capsys.readouterr().out
        assert written == (tmp_path / "full.csv").read_bytes()
        assert quick_out == full_out.replace("full.csv", "q.csv")
        if form:
            assert json.loads(quick_out)["saved"] == "statement"
        else:  # the full CLI's "key: value" lines
            assert quick_out.splitlines()[0] == "saved: statement"


@pytest.mark.parametrize(
    "tail",
    [
        ["statement", "--from", "2026-12-31", "--to", "2026-01-01"],  # refused: after
        ["statement", "--from", "yesterday", "--to", "2026-01-01"],  # not a date
        ["statement", "Nobody", "--from", "2026-01-01", "--to", "2026-12-31"],  # no such
        ["statement", "--to", "2026-12-31"],  # --from missing: a usage error
        ["statement", "--from", "2026-01-01", "--to", "2026-12-31", "-o", " "],
    ],
)
def test_a_refused_statement_is_reported_by_the_full_cli(
    demo_db: Path, tail: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(demo_db), "--today", TODAY, *tail]
    assert quick.run(argv) is None  # left to the full CLI, which says why
    capsys.readouterr()
    got, want = both(argv, capsys)
    assert got == want
    assert got[0] == 2 and got[2].startswith("debt-tracker-cli: error: ")
    assert got[1] == ""


@pytest.mark.parametrize(
    "argv",
    [
        ["due"],
        ["--db", "x.db", "product", "list"],
        ["statement", "--help"],
        ["-h", "statement"],
        ["--d", "x.db", "statement", "--from", "2026-01-01", "--to", "2026-01-02"],  # abbreviated
        ["--version"],
        [],
        ["--db"],
    ],
)
def test_other_lines_are_not_taken(argv: list[str]) -> None:
    assert not quick.is_statement(argv)
    assert quick.run(argv) is None


@pytest.mark.parametrize("ask", ["--he", "--hel", "--help"])
def test_help_however_asked_is_printed_once_by_the_full_cli(
    demo_db: Path, ask: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(demo_db), "statement", "--from", "2026-01-01", "--to", "2026-01-02", ask]
    assert quick.run(argv) is None
    assert capsys.readouterr() == ("", "")  # nothing printed by the quick path
    with pytest.raises(SystemExit):
        main(argv)
    out = capsys.readouterr().out
    assert out.count("usage: debt-tracker-cli statement") == 1


def test_the_statement_imports_no_other_command(demo_db: Path, tmp_path: Path) -> None:
    # In a fresh interpreter, as the debt-tracker-cli script runs it.
    code = (
        "import sys\n"
        "from tracker.cli import main\n"
        f"status = main(['--db', {str(demo_db)!r}, '--today', {TODAY!r}, 'statement',"
        f" '--from', '2026-01-01', '--to', '2026-12-31', '-o', {str(tmp_path / 's.csv')!r}])\n"
        "heavy = [m for m in ('tracker.cli.main', 'tracker.cli.parser', 'tracker.imports',"
        " 'tracker.service.calendar', 'icalendar', 'tracker.payoff') if m in sys.modules]\n"
        "print(status, heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "0 []"
    assert (tmp_path / "s.csv").read_bytes().startswith(b"date,product,kind,description")


def test_the_entry_point_stays_a_function_once_the_full_cli_is_imported() -> None:
    import tracker.cli
    import tracker.cli.main as full_module  # noqa: F401  (sets the package attribute)

    assert callable(tracker.cli.main)
    assert tracker.cli.main is main
