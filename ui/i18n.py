"""Interface language: install the app's and Qt's own translators, switch them live.

Translations live in ``resources/i18n/debt_tracker_<lang>.qm`` (built from the ``.ts``
next to it by ``scripts/translations.sh``; the English one holds only plural forms). They
are read through importlib.resources, so an editable install, a wheel and a frozen bundle
all find them the same way.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: Languages the user can pick; "" follows the system.
LANGUAGES = ("", "en", "zh_CN")
_installed: list[QTranslator] = []
#: (application, language) of the translators in ``_installed``.
_current: list[tuple[object, str]] = []


def resolve(lang: str) -> str:
    """``""`` (system) → ``"zh_CN"`` on a Chinese system, else ``"en"``."""
    if lang in ("en", "zh_CN"):
        return lang
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def qm_bytes(lang: str) -> bytes | None:
    """The compiled translation for ``lang`` from the package resources, if any."""
    ref = resources.files("resources") / "i18n" / f"debt_tracker_{lang}.qm"
    return ref.read_bytes() if ref.is_file() else None


def in_chinese() -> bool:
    """Whether the interface is in Chinese now (what it generates follows: the demo
    data's names, a statement's texts)."""
    return QLocale().language() == QLocale.Language.Chinese


def current_language() -> str:
    """The language :func:`apply_language` installed ("" before it ever ran)."""
    return _current[0][1] if _current else ""


def apply_language(lang: str) -> str:
    """Install ``lang`` ("" = system) app-wide; every widget gets a LanguageChange event.

    Choosing the language already in use changes nothing (and sends no event).

    Returns:
        The language actually in use (``"en"`` or ``"zh_CN"``).
    """
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    chosen = resolve(lang)
    if _current == [(app, chosen)]:
        # Already in use: reinstalling would send every widget a needless LanguageChange.
        return chosen
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current[:] = [(app, chosen)]
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Chinese if chosen == "zh_CN" else QLocale.Language.English,
            QLocale.Country.China if chosen == "zh_CN" else QLocale.Country.UnitedStates,
        )
    )
    # English needs its .qm too: it holds the plural forms ("1 day late", "5 days late").
    data = qm_bytes(chosen)
    if data:
        ours = QTranslator(app)
        # QTranslator.load(bytes) keeps a pointer into the buffer: keep it alive.
        ours.setProperty("_buffer", data)
        if ours.load(data):
            app.installTranslator(ours)
            _installed.append(ours)
    if chosen == "en":
        return chosen  # Qt's own strings are English already
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator(app)
    if base.load(f"qtbase_{chosen}", qt_dir):
        app.installTranslator(base)
        _installed.append(base)
    return chosen
