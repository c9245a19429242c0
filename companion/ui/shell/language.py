"""The interface language: which one, and installing its translations at start-up.

Order of precedence, strongest first: the organisation's policy (``ui_language``), the
person's choice in Preferences, the system's languages (on Linux that includes the
``LANGUAGE`` variable), and finally English, the language the code is written in.

Translations are Qt catalogues, ``assets/translations/companion_<lang>.qm`` (built from
the ``.ts`` sources by ``packaging/build_translations.py``), found through
:func:`companion.core.assets.asset_path` so a checkout, a wheel and the frozen bundle
behave the same. Qt's own ``qtbase_<lang>.qm`` comes along for the standard buttons of
Qt's dialogs. A language change applies at the next start: every window is built in
the language installed before it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from companion.core.assets import asset_path
from companion.core.settings import load_preferences, normalise_language_tag

#: The language of the source text.
SOURCE_LANGUAGE = "en"

#: Every language the interface speaks, each named in its own words (never translated:
#: a person who cannot read the current language must still find their own).
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "ar": "العربية",
}

# The translators installed by install_translations, kept referenced so Python does not
# collect them while Qt still uses them.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """The folder holding ``companion_<lang>.qm``."""
    return asset_path("translations")


def shipped_languages(folder: Path | None = None) -> list[str]:
    """English plus every language with a compiled catalogue, as tags (``"es"``)."""
    where = folder if folder is not None else translations_dir()
    found = {SOURCE_LANGUAGE}
    if where.is_dir():
        for qm in where.glob("companion_*.qm"):
            tag = normalise_language_tag(qm.stem.removeprefix("companion_"))
            if tag:
                found.add(tag)
    return sorted(found)


def _match(tag: str | None, available: Iterable[str]) -> str | None:
    """``tag`` if available, else its base language (``"es-MX"`` → ``"es"``), else None."""
    tag = normalise_language_tag(tag)
    if tag is None:
        return None
    options = set(available)
    if tag in options:
        return tag
    base = tag.split("-", 1)[0]
    return base if base in options else None


def choose_language(
    prefs_language: str | None,
    policy_language: str | None,
    system_languages: Iterable[str],
    available: Iterable[str],
) -> str:
    """The language to use: the policy's, the person's, the system's, or English.

    A choice that has no translation falls through to the next one, so a policy naming
    a language Companion does not speak yet still leaves a readable interface.
    """
    options = list(available)
    for candidate in (policy_language, prefs_language, *system_languages):
        found = _match(candidate, options)
        if found is not None:
            return found
    return SOURCE_LANGUAGE


def system_languages() -> list[str]:
    """The system's interface languages, most preferred first (``LANGUAGE`` on Linux)."""
    return list(QLocale.system().uiLanguages())


def is_right_to_left(language: str) -> bool:
    """True for languages written from right to left (Arabic, Hebrew, Persian…)."""
    return QLocale(language.replace("-", "_")).textDirection() == Qt.LayoutDirection.RightToLeft


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own catalogues may be: Qt's translations path, then PySide6's folder.

    The second is a fallback for a frozen bundle whose Qt paths were not set up.
    """
    import PySide6

    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).resolve().parent / "Qt" / "translations",
    ]


def locale_for(language: str, system: QLocale) -> QLocale:
    """Dates and numbers for ``language``: the system's own when it speaks it.

    Someone in Mexico with Spanish keeps Mexico's formats (``es_MX``); English chosen on
    a German system gives English as written in Germany (``en_DE``: day before month);
    Arabic chosen there gives Arabic's own. Text and formats never disagree on the
    language.
    """
    chosen = QLocale(language.replace("-", "_"))
    if system.language() == chosen.language():
        # By name, not the system object itself: that one formats through the system's
        # C library, which can be plain English (LANG=C with LANGUAGE=fr).
        return QLocale(system.name())
    if "-" not in language:  # no region named: the language as spoken where the person is
        here = QLocale(chosen.language(), system.territory())
        if here.language() == chosen.language() and here.territory() == system.territory():
            return here
    return chosen


def remove_translations(app: QCoreApplication) -> None:
    """Take out every translator :func:`install_translations` put in."""
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translations(
    app: QCoreApplication,
    prefs_language: str | None,
    policy_language: str | None,
    *,
    system: Iterable[str] | None = None,
    folder: Path | None = None,
) -> str:
    """Install the chosen language's translations; return its tag (``"en"`` for none).

    Call once at start-up, after the application object exists and before any window
    is built. Sets the default locale (dates and numbers follow the language) and, for a
    right-to-left language, the application's layout direction.

    Args:
        app: The running application.
        prefs_language: The Preferences choice (``None``: the system's language).
        policy_language: The policy's ``ui_language`` (``None``: not managed).
        system: The system's languages; read from Qt when not given (tests pass them).
        folder: Where the catalogues are; the bundled ones when not given.
    """
    remove_translations(app)
    where = folder if folder is not None else translations_dir()
    spoken = system_languages() if system is None else list(system)
    language = choose_language(prefs_language, policy_language, spoken, shipped_languages(where))
    if language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(f"companion_{language.replace('-', '_')}", str(where)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            language = SOURCE_LANGUAGE
    if language != SOURCE_LANGUAGE:
        qt_own = QTranslator(app)
        name = f"qtbase_{language.replace('-', '_')}"
        if any(qt_own.load(name, str(folder)) for folder in qt_translation_dirs()):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    QLocale.setDefault(locale_for(language, QLocale.system()))
    direction = (
        Qt.LayoutDirection.RightToLeft
        if is_right_to_left(language)
        else Qt.LayoutDirection.LeftToRight
    )
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(direction)
    return language


def choose_interface_language(
    app: QCoreApplication, preferences_file: Path | None, policy_language: str | None
) -> str:
    """Install the interface language before anything is built: the policy's
    ``ui_language``, else the person's choice in Preferences, else the system's.

    Args:
        preferences_file: Where the person's preferences are; ``None`` in guest and
            public sessions (no preferences are read).
    """
    chosen = None
    if preferences_file is not None:
        prefs, _problem = load_preferences(preferences_file)
        chosen = prefs.language
    return install_translations(app, chosen, policy_language)
