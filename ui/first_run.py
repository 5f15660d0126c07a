"""The first run's choice: look around with demo data, or start with one's own products.

Asked only when the app starts without ``--db``/``--demo``, no file was chosen before
(:mod:`ui.recent_files`) and the default data file does not exist yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from tracker.paths import default_db_path
from ui import recent_files

DEMO, OWN = "demo", "own"


class FirstRunDialog(QDialog):
    """``firstRunDialog``: two big buttons; :attr:`choice` is DEMO, OWN or None (closed)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.choice: str | None = None
        self.heading = QLabel(objectName="firstRunHeading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.text = QLabel(objectName="firstRunText")
        self.text.setWordWrap(True)
        self.demo_button = QPushButton(objectName="demoDataButton")
        self.own_button = QPushButton(objectName="ownProductsButton")
        self.demo_hint = _hint()
        self.own_hint = _hint()
        self.path = QLabel(str(path), objectName="firstRunPath")
        self.path.setStyleSheet("font-family: monospace; color: palette(placeholder-text);")
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path.setWordWrap(True)
        for button in (self.demo_button, self.own_button):
            button.setMinimumHeight(40)
            button.setAutoDefault(False)
        self.own_button.setDefault(True)
        self.demo_button.clicked.connect(lambda: self._choose(DEMO))
        self.own_button.clicked.connect(lambda: self._choose(OWN))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        layout.addWidget(self.own_button)
        layout.addWidget(self.own_hint)
        layout.addSpacing(4)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.demo_hint)
        layout.addSpacing(8)
        layout.addWidget(self.path)
        self.setTabOrder(self.own_button, self.demo_button)  # in reading order
        self.setMinimumWidth(480)
        self.retranslate()
        self.own_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Debt Tracker"))
        self.heading.setText(self.tr("Welcome to Debt Tracker"))
        self.text.setText(
            self.tr("Your data file is new. How would you like to begin? It is kept here:")
        )
        self.own_button.setText(self.tr("Start with my own products"))
        self.own_hint.setText(
            self.tr("An empty file: add your credit cards and loans, then their bills.")
        )
        self.demo_button.setText(self.tr("Look around with demo data"))
        self.demo_hint.setText(
            self.tr("Five made-up products with bills and plans, marked as demo data; "
                    "“Remove demo data” deletes them and keeps what you add.")
        )  # fmt: skip

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def _hint() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text); margin-left: 4px;")
    return label


@dataclass(frozen=True)
class Start:
    """The file to open at start, and whether a new one gets demo data."""

    path: Path
    demo_if_new: bool


def start_file(
    db: str | None, demo: bool, settings: QSettings, *, ask: bool = True
) -> Start | None:
    """Which file the app opens: ``--db``, else the one chosen last time, else the default.

    On the first run (no ``--db``, nothing chosen before, no default file yet) the user
    picks demo data or an empty file; ``ask`` False (``--screenshot``) takes the demo.
    None: the user closed the question (the app quits, no file is made).
    """
    if db:
        return Start(Path(db), demo)
    last = recent_files.last_file(settings)
    if last is not None:
        return Start(last, demo)
    path = default_db_path()
    if demo or (path.exists() and path.stat().st_size > 0):
        return Start(path, demo)
    if not ask:
        return Start(path, True)
    dialog = FirstRunDialog(path)
    dialog.exec()
    if dialog.choice is None:
        return None
    return Start(path, dialog.choice == DEMO)
