"""Application start-up: arguments, data file, demo data, the main window, screenshots."""

from __future__ import annotations

import argparse
import gc
import linecache
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from tracker import desktop
from tracker.appinfo import APP_ID, GUI_COMMAND, VERSION
from tracker.dates import parse_date
from tracker.errors import DamagedFileError, TrackerError
from tracker.paths import APP_NAME
from tracker.service import backups, demo, files
from ui import first_run
from ui.context import AppContext
from ui.errors import error_text
from ui.i18n import apply_language, in_chinese
from ui.icons import app_icon
from ui.main_window import MainWindow
from ui.single_instance import SingleInstance, bring_forward
from ui.upkeep import Upkeep


def create_main_window(
    db_path: Path | str,
    today: date | None = None,
    demo_if_new: bool = False,
    reminders: bool = False,
    check_later: bool = False,
) -> MainWindow:
    """Open ``db_path`` (creating it, with demo data if asked, when new); return the window.

    ``reminders``: start the reminder scheduler (the app does; tests ask for it).
    ``check_later``: SQLite's quick check of the file waits for the background check
    after the first paint (:class:`ui.upkeep.Upkeep`, which :func:`main` starts); the
    window shows the file read as it is until then, and writes nothing before a check
    (see :func:`tracker.service.files.open_or_create`).
    """
    day = today or date.today()
    # Named in the interface's language (demo_data: Chinese descriptions in Chinese).
    chinese = in_chinese()
    fill = (lambda store: demo.populate(store, day, chinese)) if demo_if_new else None
    store = files.open_or_create(Path(db_path), fill, check_later=check_later)
    try:
        window = MainWindow(AppContext(store, today))
    except Exception as exc:  # e.g. a damaged row met while the pages load
        files.close_store(store)
        # Read before any check: a failure on a damaged file is that damage, named as
        # the quick check at open names it (then the restore offer, as before).
        damage = files.unchecked_damage(store)
        if damage is None:
            raise
        try:
            raise damage from exc
        finally:
            # No cycle (this frame ↔ the error raised from it) to keep the half-built
            # window of the traceback alive until the garbage collector runs.
            del damage
    except BaseException:
        files.close_store(store)
        raise
    window.setWindowIcon(app_icon())
    if reminders:
        from ui.reminders import scheduler

        scheduler.attach(window)
    return window


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog=GUI_COMMAND, description="Debt Tracker desktop app")
    p.add_argument("--version", action="version", version=f"%(prog)s {VERSION}")
    p.add_argument("--db", help="data file (default: the one debt-tracker-cli uses)")
    p.add_argument("--today", help="pretend today is this date (YYYY-MM-DD)")
    p.add_argument("--demo", action="store_true", help="fill a new data file with demo data")
    p.add_argument("--lang", choices=["en", "zh_CN"], help="interface language")
    p.add_argument("--screenshot", metavar="FILE", help="save the window as PNG and exit")
    p.add_argument("--page", default="dashboard", help="page to open (and to --screenshot)")
    p.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add this install to the desktop's menus (Linux; $XDG_DATA_HOME, no root)",
    )
    p.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove what --install-desktop-entry added",
    )
    p.add_argument(
        "--hidden", action="store_true", help="start in the tray (start at login uses this)"
    )
    p.add_argument(
        "--self-test",
        action="store_true",
        help="check this build offscreen on a temporary demo file; exit 0 if it works",
    )
    return p.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app; returns the exit status.

    Python's cyclic garbage collector is off from here to the first event-loop tick
    (the window on screen): the start makes ~100 collections' worth of objects, nearly
    all kept (the window, the rows shown), and those collections cost ~7 ms of its wall
    time. Reference counting frees as always; the collector is on again at the first
    tick, or when this returns before one.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv, collecting)
    finally:
        if collecting:
            gc.enable()


def _main(argv: Sequence[str] | None, collecting: bool) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return desktop_entry_command(install=args.install_desktop_entry)
    set_windows_app_id()
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window on the desktop
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(VERSION)
    # Wayland compositors and notification servers match windows to the desktop entry
    # by this id (<APP_ID>.desktop).
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    try:
        today = parse_date(args.today, "--today") if args.today else date.today()
        if args.self_test:
            from ui import self_test  # QtCharts and a demo file: not for a normal start

            return self_test.run(today)
        # The language before the first-run question and the window: built in it, their
        # widgets need no second pass (a LanguageChange to each); a message about the
        # file is in it too.
        apply_language(args.lang or str(QSettings().value("language", "")))
        # --db, else the file chosen last time, else the default (a new file: ask).
        start = first_run.start_file(args.db, args.demo, QSettings(), ask=not args.screenshot)
        if start is None:
            return 0
        instance = SingleInstance(start.path, app)
        if not args.screenshot and instance.hand_over():
            return 0  # the window that has this file open comes forward instead
        # PySide6 reads the source of every module imported after it (inspect.getsource,
        # looking for "from __feature__ import") and linecache keeps all of it: ui's
        # feature_marks spares the app's own modules and the standard library; what is
        # left (any other module's source) is dropped before the window's data. A
        # traceback reads the lines it shows again.
        linecache.clearcache()
        window = _open_window(start.path, today, demo_if_new=start.demo_if_new)
    except TrackerError as exc:
        if args.screenshot:
            print(f"debt-tracker: error: {exc}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox  # only to say why it did not start

            QMessageBox.critical(None, "Debt Tracker", error_text(exc))
        return 2
    if window is None:
        return 2
    # A file already there with no products: the first run's question now (it is open).
    if start.ask_if_empty and not first_run.offer_on_empty(window.ctx):
        window.close()
        return 0
    try:
        window.show_page(args.page)
    except KeyError as exc:
        print(f"debt-tracker: error: {exc.args[0]}", file=sys.stderr)
        return 2
    upkeep = Upkeep(window)
    upkeep.damageFound.connect(lambda message: _offer_restore(window, message))
    if not (args.hidden and not args.screenshot and _tray_available()):
        window.show()
    if collecting:
        QTimer.singleShot(0, gc.enable)  # the first tick (see main)
    # After the first paint: listening for a second start, the reminders, the file's check.
    QTimer.singleShot(0, lambda: _after_first_paint(window, upkeep, instance, args.screenshot))
    if args.screenshot:
        QTimer.singleShot(200, lambda: _save_and_quit(window, args.screenshot))
    return app.exec()


def _tray_available() -> bool:
    from ui.reminders import tray

    return tray.available()


def _after_first_paint(
    window: MainWindow, upkeep: Upkeep, instance: SingleInstance, screenshot: bool
) -> None:
    """What the window on screen does not need: run once the event loop is going.

    The reminder scheduler (its popup, tray icon and notifications) is attached here; its
    first check still waits for the file's full check, so no reminder is lost or early.
    """
    if window.ctx.closed:
        return
    if not screenshot:
        from ui.reminders import scheduler, tray

        if instance.listen():
            instance.activated.connect(lambda: bring_forward(window))
        elif instance.raced:  # a start of the same file just before ours has it now
            window.close()
            QApplication.quit()
            return
        # With a tray the app lives on when the window closes; Quit ends it.
        QApplication.setQuitOnLastWindowClosed(not tray.available())
        # Delivered reminders are recorded in the file: the first check waits for the
        # file's full check (in the background), so that no write comes before it — a
        # write would run that check on the GUI thread.
        reminders = scheduler.attach(window, start=False)
        # Not on a file the check found damaged (a delivered reminder is a write, refused
        # there); after a restore from the offer, the file open is the restored one.
        upkeep.finished.connect(
            lambda: (
                reminders.timer.isActive()
                or backups.damage(window.ctx.store) is not None
                or reminders.start()
            )
        )
    upkeep.start()  # off the GUI thread


def set_windows_app_id() -> None:
    """On Windows, take the AppUserModelID the Start-menu shortcut carries (Inno Setup
    script), so the taskbar groups our windows under it and toasts name the app."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)


def desktop_entry_command(install: bool) -> int:
    """``--install-desktop-entry`` / ``--uninstall-desktop-entry``: print what changed."""
    if sys.platform in ("win32", "darwin"):
        where = "the installer" if sys.platform == "win32" else "the .app bundle"
        print(f"{GUI_COMMAND}: error: desktop entries are for Linux; use {where}", file=sys.stderr)
        return 2
    try:
        if install:
            done = desktop.install()
            print(
                f"installed {len(done)} files for {desktop.exec_line(desktop.running_command())}"
            )
        else:
            done = desktop.uninstall()
            print(f"removed {len(done)} files")
    except OSError as exc:
        print(f"{GUI_COMMAND}: error: {exc}", file=sys.stderr)
        return 2
    for path in done:
        print(f"  {path}")
    return 0


def _open_window(path: Path, today: date, demo_if_new: bool) -> MainWindow | None:
    """The main window on ``path``; a damaged file is offered its newest good backup."""
    # The restore offer and QMessageBox are loaded only for a damaged file (issue 12:
    # resolving QMessageBox and its enums is ~1.7 ms of every start).
    try:
        return create_main_window(path, today, demo_if_new, check_later=True)
    except DamagedFileError as exc:
        from ui.dialogs import restore_offer

        if not restore_offer.offer_at_start(path, error_text(exc)):
            return None
    return create_main_window(path, today, demo_if_new, check_later=True)


def _offer_restore(window: MainWindow, message: str) -> None:
    """The background check found damage in the open file: offer the newest good backup."""
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs import modal, restore_offer

    box = restore_offer.RestoreOffer(
        message, backups.newest_good_backup(window.ctx.data_path), window
    )
    modal.run(box)
    if box.chose_restore() and box.good is not None:
        store, outcome = backups.restore_open(window.ctx.store, box.good.path)
        window.ctx.replace_store(store)
        if isinstance(outcome, TrackerError):
            QMessageBox.warning(window, "Debt Tracker", error_text(outcome))


def _save_and_quit(window: MainWindow, target: str) -> None:
    ok = window.grab().save(target)
    print(f"saved {target}" if ok else f"could not save {target}")
    QApplication.instance().exit(0 if ok else 1)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
