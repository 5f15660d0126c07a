"""Reminders in the app: the scheduler, the in-app popup, the tray icon, native
notifications (sent from a worker thread) and start at login."""
