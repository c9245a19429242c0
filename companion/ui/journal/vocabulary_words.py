"""The built-in feelings and tags, in the person's language.

An entry stores the English name of a built-in feeling or tag ("anxious", "slept well"),
so that a change of language never changes old entries, searches, imports or exports.
Every screen that shows a name shows it through :func:`shown_word`: a built-in name is
translated (a few tags read as a short phrase, "spent time outdoors"), and a name the
person added is shown as they wrote it. The names are listed here with
``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` finds them; a test checks that every
built-in name is listed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from companion.core.journal.vocabulary import tag_label
from companion.ui.shell.i18n import noop, translate

# Translators: the feelings are states a person picks for an entry ("I felt …"); where
# adjectives change with gender, a noun ("calm" → "calma") keeps them for everyone.
FEELINGS: tuple[str, ...] = tuple(
    noop(w)
    for w in (
        QT_TRANSLATE_NOOP("Vocabulary", "calm"),
        QT_TRANSLATE_NOOP("Vocabulary", "content"),
        QT_TRANSLATE_NOOP("Vocabulary", "grateful"),
        QT_TRANSLATE_NOOP("Vocabulary", "hopeful"),
        QT_TRANSLATE_NOOP("Vocabulary", "proud"),
        QT_TRANSLATE_NOOP("Vocabulary", "excited"),
        QT_TRANSLATE_NOOP("Vocabulary", "loved"),
        QT_TRANSLATE_NOOP("Vocabulary", "relieved"),
        QT_TRANSLATE_NOOP("Vocabulary", "peaceful"),
        QT_TRANSLATE_NOOP("Vocabulary", "motivated"),
        QT_TRANSLATE_NOOP("Vocabulary", "nostalgic"),
        QT_TRANSLATE_NOOP("Vocabulary", "tired"),
        QT_TRANSLATE_NOOP("Vocabulary", "bored"),
        QT_TRANSLATE_NOOP("Vocabulary", "confused"),
        QT_TRANSLATE_NOOP("Vocabulary", "numb"),
        QT_TRANSLATE_NOOP("Vocabulary", "restless"),
        QT_TRANSLATE_NOOP("Vocabulary", "anxious"),
        QT_TRANSLATE_NOOP("Vocabulary", "stressed"),
        QT_TRANSLATE_NOOP("Vocabulary", "overwhelmed"),
        QT_TRANSLATE_NOOP("Vocabulary", "scared"),
        QT_TRANSLATE_NOOP("Vocabulary", "sad"),
        QT_TRANSLATE_NOOP("Vocabulary", "lonely"),
        QT_TRANSLATE_NOOP("Vocabulary", "disappointed"),
        QT_TRANSLATE_NOOP("Vocabulary", "guilty"),
        QT_TRANSLATE_NOOP("Vocabulary", "ashamed"),
        QT_TRANSLATE_NOOP("Vocabulary", "embarrassed"),
        QT_TRANSLATE_NOOP("Vocabulary", "jealous"),
        QT_TRANSLATE_NOOP("Vocabulary", "irritable"),
        QT_TRANSLATE_NOOP("Vocabulary", "frustrated"),
        QT_TRANSLATE_NOOP("Vocabulary", "angry"),
    )
)
# Activities and self-care: what the person did that day ("reading", "slept well").
TAGS: tuple[str, ...] = tuple(
    noop(w)
    for w in (
        QT_TRANSLATE_NOOP("Vocabulary", "work"),
        QT_TRANSLATE_NOOP("Vocabulary", "study"),
        QT_TRANSLATE_NOOP("Vocabulary", "exercise"),
        QT_TRANSLATE_NOOP("Vocabulary", "family"),
        QT_TRANSLATE_NOOP("Vocabulary", "friends"),
        QT_TRANSLATE_NOOP("Vocabulary", "reading"),
        QT_TRANSLATE_NOOP("Vocabulary", "music"),
        QT_TRANSLATE_NOOP("Vocabulary", "cooking"),
        QT_TRANSLATE_NOOP("Vocabulary", "chores"),
        QT_TRANSLATE_NOOP("Vocabulary", "gaming"),
        QT_TRANSLATE_NOOP("Vocabulary", "travel"),
        QT_TRANSLATE_NOOP("Vocabulary", "slept well"),
        QT_TRANSLATE_NOOP("Vocabulary", "drank water"),
        QT_TRANSLATE_NOOP("Vocabulary", "moved my body"),
        QT_TRANSLATE_NOOP("Vocabulary", "time outside"),
        QT_TRANSLATE_NOOP("Vocabulary", "talked to someone"),
        QT_TRANSLATE_NOOP("Vocabulary", "rested"),
        QT_TRANSLATE_NOOP("Vocabulary", "screen break"),
        QT_TRANSLATE_NOOP("Vocabulary", "journaled"),
        QT_TRANSLATE_NOOP("Vocabulary", "breathing exercise"),
    )
)
_LISTED = frozenset(FEELINGS) | frozenset(TAGS)


def shown_word(name: str) -> str:
    """A feeling or tag as the screen shows it: a built-in one in the person's language,
    the person's own as they wrote it."""
    label = tag_label(name)
    if label != name:
        return translate("Journal", label)  # "outdoors" reads "spent time outdoors"
    if name in _LISTED:
        return translate("Vocabulary", name)
    return name
