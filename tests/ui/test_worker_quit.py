"""A job still running when the app quits ends quietly (no traceback on stderr)."""

from __future__ import annotations

import pytest
from shiboken6 import Shiboken

from ui import worker


def test_a_job_whose_signals_were_deleted_ends_without_an_error(
    qtbot: object, capsys: pytest.CaptureFixture[str]
) -> None:
    # What quitting during the background check did: the window (and the job's signals
    # object) deleted while the pool's thread still ran the work.
    job = worker.Job(lambda: 42)
    got: list[object] = []
    job.signals.finished.connect(got.append)
    Shiboken.delete(job.signals)
    job.run()  # used to raise RuntimeError("Signal source has been deleted")
    assert got == []
    assert "Traceback" not in capsys.readouterr().err


def test_a_job_delivers_its_result_and_its_error(qtbot: object) -> None:
    got: list[object] = []
    job = worker.Job(lambda: 42)
    job.signals.finished.connect(got.append)
    job.run()

    def fail() -> None:
        raise ValueError("bad")

    failing = worker.Job(fail)
    failing.signals.failed.connect(got.append)
    failing.run()
    assert got[0] == 42
    assert isinstance(got[1], ValueError) and str(got[1]) == "bad"
