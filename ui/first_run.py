"""The first run's choice: look around with demo data, or start with one's own products.

Asked whenever the app starts on a data file with no products — a new one (``--db`` a
file not there yet, or the default file on the very first start) before it is made, an
existing empty one once it is open (:func:`offer_on_empty`) — unless ``--demo`` (the
choice is made) or ``--screenshot`` (nobody to ask). A file with products is opened as
it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from tracker.paths import default_db_path
from tracker.service import demo, files, products
from ui import recent_files
from ui.context import AppContext
from ui.i18n import in_chinese

DEMO, OWN = "demo", "own"


class FirstRunDialog(QDialog):
    """``firstRunDialog``: two big buttons; :attr:`choice` is DEMO, OWN or None (closed)."""

    def __init__(self, path: Path, parent: QWidget | None = None, *, new: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.choice: str | None = None
        self.new = new  # a new file, or one already there with no products
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
            if self.new
            else self.tr(
                "Your data file has no products yet. How would you like to begin? It is here:"
            )
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
    """The file to open at start, whether a new one gets demo data, and whether to ask
    once it is open if it turns out to have no products (:func:`offer_on_empty`)."""

    path: Path
    demo_if_new: bool
    ask_if_empty: bool = False


def start_file(
    db: str | None, demo: bool, settings: QSettings, *, ask: bool = True
) -> Start | None:
    """Which file the app opens: ``--db``, else the one chosen last time, else the default.

    A file not there yet (or empty) is asked about now — demo data or an empty file —
    unless ``demo`` (``--demo``) or not ``ask`` (``--screenshot``: ``--db`` as given, the
    default file with demo data). A file already there is asked about once open, if it has
    no products (``ask_if_empty``). None: the user closed the question (the app quits, no
    file is made).
    """
    if db:
        path = Path(db)
    elif (last := recent_files.last_file(settings)) is not None:
        path = last
    else:
        path = default_db_path()
        if not ask and not demo and _is_new(path):
            return Start(path, True)
    if demo or not ask:
        return Start(path, demo)
    if not _is_new(path):
        return Start(path, False, ask_if_empty=True)
    dialog = FirstRunDialog(path)
    dialog.exec()
    if dialog.choice is None:
        return None
    return Start(path, dialog.choice == DEMO)


def _is_new(path: Path) -> bool:
    """No file at ``path`` yet, an empty one, or a blank SQLite file (a set-up that never
    ran): asked about before anything is made, so closing the question leaves it as is."""
    return files.is_new(path)


def offer_on_empty(ctx: AppContext, parent: QWidget | None = None, *, new: bool = False) -> bool:
    """The open file has no products (archived ones count): ask, and fill it with the demo
    data if so chosen. False when the user closed the question (at start the app quits;
    the file stays as it was). ``new``: the file was just made (Settings → Create new…)."""
    if products.list_products(ctx.store, include_archived=True):
        return True
    dialog = FirstRunDialog(ctx.data_path, parent, new=new)
    dialog.exec()
    if dialog.choice is None:
        return False
    if dialog.choice == DEMO:
        chinese = in_chinese()  # the demo named in the language the question was asked in
        ctx.change(lambda store: demo.populate(store, ctx.today, chinese))
    return True
