"""Every benchmark of issue 12 against its baseline in the same run, as one table.

Run through ``bench/run.sh [--quick] [--runs N] [--sizes 10000,100000]``. For each file
size (10k, 100k and 1M charges; ``--quick`` leaves out 1M) it makes the data file once
with ``bench/generate.py`` (kept in ``bench/.data/``), then measures, interleaving the app
and its baseline run by run, and prints medians (min–max) and their ratio:

* cold start to first idle: ``debt-tracker --db FILE`` (its real ``ui.app.main``) until
  the first event-loop tick after the window is shown, against a bare PySide6
  QMainWindow; both whole processes, timed from their start to that tick, with their
  peak RSS; and, for reference, the bare window holding one table on a Python model;
* dashboard refresh, warm (nothing changed) and right after a change, against the bare
  SQL that reads the same dues and the payments that pay them;
* the statement CSV of every row (``debt-tracker-cli statement -o``) against
  ``sqlite3 -csv`` of the same rows (the charges, dues and payments of every product);
* the product with the most charges: its page opened as a user opens it (first paint
  of its first tab, Bills, after a change elsewhere in the file), then on its Charges
  tab (first paint), and its charges
  scrolled to the end, against a bare QAbstractTableModel on the same query, with the
  memory the scroll added;
* payoff (three strategies) and the simulator (every option for the first open due),
  each on a freshly opened file.

Python byte-code is compiled first (``compileall``, and PYTHONDONTWRITEBYTECODE unset), as
an install has its ``.pyc`` files; this environment sets PYTHONDONTWRITEBYTECODE, which
alone costs every start ~45 ms of compiling (TESTING.md). Not part of the test suite;
nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / ".data"
PY = sys.executable
SIZES = (10_000, 100_000, 1_000_000)


def env() -> dict[str, str]:
    """A private home for settings and runtime files, and compiled byte-code."""
    home = DATA / "home"
    runtime = home / "runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    out = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}  # fmt: skip
    return {
        **out,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(runtime),
        "HOME": str(home),
    }


def made_by() -> str:
    """What a data file's stored closed cycles are valid for: the schema version and the
    engine's saved-state format. A file made before either changed would be measured
    playing every account from its first record (its cycles are not resumed)."""
    sys.path.insert(0, str(ROOT))
    from tracker.engine import saved
    from tracker.storage.schema import SCHEMA_VERSION

    return f"schema {SCHEMA_VERSION}, saved format {saved.FORMAT}\n"


def data_file(charges: int) -> Path:
    path = DATA / f"{charges // 1000}k.db"
    stamp = path.with_suffix(".made")
    if path.exists() and (not stamp.exists() or stamp.read_text() != made_by()):
        print(f"{path.name} was made by another version: making it again", file=sys.stderr)
        for old in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            old.unlink(missing_ok=True)
    if not path.exists():
        print(f"making {path.name} ...", file=sys.stderr, flush=True)
        subprocess.run(
            [PY, str(ROOT / "bench/generate.py"), "--charges", str(charges), "--out", str(path)],
            check=True,
            env=env(),
        )
        stamp.write_text(made_by())
    return path


def until_line(cmd: list[str]) -> tuple[float, dict[str, Any]]:
    """Seconds from starting ``cmd`` to its first JSON line on stdout, and that line."""
    began = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env(), text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    took = time.perf_counter() - began
    proc.kill()  # the app's background check and backup are not what is measured
    proc.wait()
    return took, json.loads(line)


def whole_run(cmd: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(cmd, check=True, env=env(), stdout=subprocess.DEVNULL)
    return time.perf_counter() - began


def probe(name: str, path: Path, runs: int) -> dict[str, Any]:
    out = subprocess.run(
        [PY, str(ROOT / "bench/probe.py"), name, str(path), str(runs)],
        check=True,
        env=env(),
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def stat(values: list[float], scale: float = 1000.0) -> str:
    """Median (min–max), in ms by default."""
    v = [x * scale for x in values]
    unit = "ms" if scale == 1000.0 else "MB"
    return f"{statistics.median(v):.0f} ({min(v):.0f}–{max(v):.0f}) {unit}"


def ratio(app: list[float], base: list[float]) -> str:
    b = statistics.median(base)
    return f"{statistics.median(app) / b:.1f}×" if b > 0 else "—"


#: The rows sqlite3 writes for the statement baseline: the same records, in date order.
STATEMENT_SQL = (
    "SELECT c.date, p.name, 'charge', c.description, c.amount, p.currency FROM charges c"
    " JOIN products p ON p.id = c.product_id WHERE p.archived = 0"
    " UNION ALL SELECT d.due_date, p.name, d.kind, d.description, d.principal, p.currency"
    " FROM dues d JOIN products p ON p.id = d.product_id WHERE p.archived = 0"
    " UNION ALL SELECT y.date, p.name, 'payment', y.description, -y.amount, p.currency"
    " FROM payments y JOIN products p ON p.id = y.product_id WHERE p.archived = 0"
    " ORDER BY 1"
)


def measure(charges: int, runs: int) -> list[tuple[str, str, str, str]]:
    """Rows of (what, app, baseline, ratio) for one file size."""
    path = data_file(charges)
    rows: list[tuple[str, str, str, str]] = []
    app_t: list[float] = []
    bare_t: list[float] = []
    app_mb: list[float] = []
    bare_mb: list[float] = []
    probe_py = str(ROOT / "bench/probe.py")
    table_t: list[float] = []
    for _ in range(runs):  # interleaved: app, bare, bare with a table, app, bare…
        took, got = until_line([PY, probe_py, "start-app", str(path)])
        app_t.append(took)
        app_mb.append(got["rss_mb"])
        took, got = until_line([PY, probe_py, "start-bare"])
        bare_t.append(took)
        bare_mb.append(got["rss_mb"])
        table_t.append(until_line([PY, probe_py, "start-table"])[0])
    rows.append(("cold start to first idle", stat(app_t), stat(bare_t), ratio(app_t, bare_t)))
    # For reference (the goal is against the bare window): the same window with one
    # table on a Python model, what any PySide6 window listing its own rows pays.
    rows.append(("… the bare window with a table on a Python model", stat(table_t),
                 stat(bare_t), ratio(table_t, bare_t)))  # fmt: skip
    mb = [stat(app_mb, 1.0), stat(bare_mb, 1.0)]
    rows.append(("peak memory at start (RSS)", *mb, ratio(app_mb, bare_mb)))

    d = probe("dashboard", path, runs)
    rows.append(("dashboard refresh, warm", stat(d["app"]), stat(d["base"]),
                 ratio(d["app"], d["base"])))  # fmt: skip
    rows.append(("dashboard refresh after a change", stat(d["changed"]),
                 stat(d["changed_base"]), ratio(d["changed"], d["changed_base"])))  # fmt: skip

    sqlite = shutil.which("sqlite3")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "statement.csv"
        cli = str(Path(PY).with_name("debt-tracker-cli"))
        app_cmd = [cli, "--db", str(path), "--today", "2026-12-01", "statement",
                   "--from", "1900-01-01", "--to", "2100-12-31", "-o", str(out)]  # fmt: skip
        st_app: list[float] = []
        st_base: list[float] = []
        for _ in range(runs):
            st_app.append(whole_run(app_cmd))
            if sqlite:
                began = time.perf_counter()
                with open(Path(tmp) / "base.csv", "w") as f:
                    subprocess.run(
                        [sqlite, "-csv", str(path), STATEMENT_SQL], stdout=f, check=True
                    )
                st_base.append(time.perf_counter() - began)
        lines = sum(1 for _ in out.open(encoding="utf-8")) - 1
    base_text = stat(st_base) if st_base else "(no sqlite3)"
    rows.append((f"statement CSV of every row ({lines} rows)", stat(st_app), base_text,
                 ratio(st_app, st_base) if st_base else "—"))  # fmt: skip

    g = probe("ledger", path, runs)
    n = g["charges"]
    rows.append((f"product page open, its Bills tab ({n} charges)", stat(g["first"]),
                 stat(g["base"]), ratio(g["first"], g["base"])))  # fmt: skip
    rows.append(("… its Bills' Difference column filled in", stat(g["filled"]), "—", "—"))
    rows.append((f"product page open, its Charges tab ({n} charges)", stat(g["app"]),
                 stat(g["base"]), ratio(g["app"], g["base"])))  # fmt: skip
    rows.append((f"scroll {n} charges to the end", stat(g["scroll"]), stat(g["scroll_base"]),
                 ratio(g["scroll"], g["scroll_base"])))  # fmt: skip
    rows.append(("memory the scroll added", stat(g["scroll_mb"], 1.0), "—", "—"))

    p = probe("payoff", path, runs)
    rows.append(("payoff from the file (3 strategies)", stat(p["app"]), "—", "—"))
    s = probe("simulator", path, runs)
    rows.append(("simulator from the file (first open due)", stat(s["app"]), "—", "—"))
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Debt Tracker benchmarks against baselines")
    p.add_argument("--quick", action="store_true", help="leave out the 1M-charge file")
    p.add_argument("--runs", type=int, default=5, help="runs of each measurement (≥ 5)")
    p.add_argument("--sizes", help="charges per file, comma-separated (default 10k,100k,1M)")
    args = p.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else list(SIZES)
    if args.quick:
        sizes = [s for s in sizes if s < 1_000_000]
    DATA.mkdir(parents=True, exist_ok=True)
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "tracker"), str(ROOT / "ui"),
                    str(ROOT / "bench")], env=env(), check=True)  # fmt: skip
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    cpu = platform.processor() or platform.machine()
    machine = f"{platform.node()} ({cpu}, {os.cpu_count()} cores)"
    print(f"Debt Tracker benchmarks, {stamp}, {machine}, Python {platform.python_version()},"
          f" medians of {args.runs} interleaved runs\n")  # fmt: skip
    for size in sizes:
        print(f"## {size:,} charges\n")
        print("| what | app | baseline | ratio |")
        print("|---|---|---|---|")
        for row in measure(size, args.runs):
            print("| " + " | ".join(row) + " |", flush=True)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
