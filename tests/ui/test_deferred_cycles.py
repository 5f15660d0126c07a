"""A file without stored closed cycles (written before they were stored, or by a bulk
loader) gets them after the first paint, once the background integrity check has passed,
as one write (issue 12) — never before the check."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import TODAY
from tracker.service import closed_cycles, demo, files
from tracker.storage import Store
from ui import app
from ui.upkeep import Upkeep


def test_missing_cycles_are_stored_after_the_check_passed(
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    db = tmp_path / "old.db"
    store = files.open_store(db, create=True)
    demo.populate(store, TODAY)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(Store, "before_commit", [])
        with store.transaction():
            store.db.execute("DELETE FROM cycles")  # as a file from before the migration
    store.close()
    window = app.create_main_window(db, TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Painted, not checked yet: nothing written.
    assert closed_cycles.missing(window.ctx.store)
    upkeep = Upkeep(window)
    with qtbot.waitSignal(upkeep.finished, timeout=20000):
        upkeep.start()
    assert not closed_cycles.missing(window.ctx.store)
    (count,) = window.ctx.store.db.execute("SELECT count(*) FROM cycles").fetchone()
    assert count > 0  # the demo's card products each have a closed cycle
