"""Accounts played to the eve of a day, once, for the payoff planner and the simulator
(issue 12): resumed from the stored closed cycle when there is one, so that neither
plays ten years of history, and copied for every strategy and option
(:mod:`tracker.engine.snapshot`). A policy that starts paying on or after the day is
inert before it, so the copy carried on under it gives the figures of a play from the
first record.
"""

from __future__ import annotations

from datetime import date, timedelta

from tracker.engine import AccountPlay, saved
from tracker.products import Product
from tracker.service import accounts
from tracker.storage import Store
from tracker.storage import cycles as stored_cycles


def eve_play(store: Store, product: Product, day: date) -> AccountPlay:
    """``product``'s account under the default policy (recorded payments only), no end
    day, played to the end of the day before ``day``; cached per file revision (callers
    play copies, never the play itself)."""
    key = ("eve-play", product.id, day)
    revision = store.revision()
    cached = store.memo.get(key)
    if cached is not None and cached[0] == revision:
        return cached[1]  # type: ignore[no-any-return]
    eve = day - timedelta(days=1)
    play = resumed(store, product, eve) or AccountPlay(accounts.account_for(store, product))
    play.run_to(eve)
    store.memo[key] = (revision, play)
    return play


def resumed(store: Store, product: Product, eve: date) -> AccountPlay | None:
    """A play (default policy, no end day, not run) resumed from ``product``'s stored
    closed cycle when it is on or before ``eve``; None when there is none that applies
    (none stored, nothing storable, an agreed plan, a cycle after ``eve``)."""
    pid = product.saved_id
    if accounts.has_agreement(store, pid):
        return None
    found = stored_cycles.load(store, pid)
    if found is None:
        return None
    day, state = found
    if state is None or day > eve:
        return None
    after = accounts.account_after(store, product, day, state.get("billed", True))
    if after is None:
        return None
    play = AccountPlay(after)
    return play if saved.resume(play, saved.Saved(day, state)) else None
