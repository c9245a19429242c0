"""The one way a user-facing string is translated: :func:`translate`.

Every sentence the app shows goes through ``translate("<Feature>", "text")`` with a
literal context per feature (``"Journal"``, ``"Help"``, ``"Vault"``, ``"Shell"``,
``"Preferences"``, ``"Messages"``…), so ``pyside6-lupdate`` finds each one and a
translator sees where it belongs. The function is called ``translate`` because that is
the name lupdate's Python parser reads with an explicit context (it reads ``tr(a, b)`` as
text plus comment). Strings defined before a translator is installed (tables of
messages) are marked with Qt's ``QT_TRANSLATE_NOOP("Context", "text")`` and passed
through :func:`translate` where they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

# Unicode "first strong isolate" and "pop directional isolate": a number wrapped in them
# keeps its own left-to-right order inside a right-to-left sentence ("116 123" must never
# be shown as "123 116").
_FSI = "\u2068"
_PDI = "\u2069"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (unchanged when no translation is installed).

    Args:
        context: The feature the text belongs to; a string literal at every call site.
        text: The English source text; a string literal at every call site.
        disambiguation: Tells apart two uses of the same English words.
        n: For plurals: the count that picks the form (``%n`` in the text).
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


def noop(text: object) -> str:
    """A ``QT_TRANSLATE_NOOP`` marker's value as ``str`` (PySide types it as object)."""
    return str(text)


#: Scripts written without italics: slanting them is not emphasis, and many fonts have
#: no slanted face for them at all (the text then shows as empty boxes).
_NO_ITALIC_SCRIPTS = frozenset(
    {
        QLocale.Script.ArabicScript,
        QLocale.Script.HebrewScript,
        QLocale.Script.HanScript,
        QLocale.Script.SimplifiedHanScript,
        QLocale.Script.TraditionalHanScript,
        QLocale.Script.JapaneseScript,
        QLocale.Script.KoreanScript,
        QLocale.Script.ThaiScript,
        QLocale.Script.DevanagariScript,
    }
)


def italic_suits_language() -> bool:
    """False when the interface language's script is not written in italics (Arabic…).

    Use it where a screen would slant a note: ``font.setItalic(italic_suits_language())``.
    """
    return QLocale().script() not in _NO_ITALIC_SCRIPTS


def isolate(text: str) -> str:
    """Wrap a number, code or date so bidirectional text never reorders its parts."""
    return f"{_FSI}{text}{_PDI}" if text else text
