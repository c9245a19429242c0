"""The safety plan's fixed words (from the core, in English) for translators.

The core keeps its step titles, guidance, examples and notes as English data with stable
ids; they are listed here with ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` finds
them, and :func:`core_text` translates one where it is shown or printed. A test checks
that every phrase the core can hand over is listed. The person's own lines never pass
through here.

This module imports only Qt and ``i18n``: the plain-text copy's viewer uses it while the
journal is locked.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from companion.ui.shell.i18n import noop, translate

CORE_PHRASES: tuple[str, ...] = tuple(
    noop(w)
    for w in (
        QT_TRANSLATE_NOOP("SelfCare", "Signs that a hard time is starting"),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "The thoughts, feelings, moments or habits that tell you things are getting "
            "harder, so you can notice them early.",
        ),
        QT_TRANSLATE_NOOP("SelfCare", "I stop answering messages"),
        QT_TRANSLATE_NOOP("SelfCare", "Things I can do on my own"),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "Small things that have helped you feel a little steadier before, that you can "
            "do without anyone else.",
        ),
        QT_TRANSLATE_NOOP("SelfCare", "A slow walk round the block"),
        QT_TRANSLATE_NOOP("SelfCare", "People and places that take my mind off things"),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "Company or places that give you a break from hard thoughts; you do not have to "
            "talk about how you feel there.",
        ),
        QT_TRANSLATE_NOOP("SelfCare", "The library café"),
        QT_TRANSLATE_NOOP("SelfCare", "People I can ask for help"),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "People you trust enough to tell that you are struggling, and how to reach them.",
        ),
        QT_TRANSLATE_NOOP("SelfCare", "My cousin Sam"),
        QT_TRANSLATE_NOOP("SelfCare", "Professionals and services I can contact"),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "Your doctor or counsellor, a crisis line, and the emergency number, with the "
            "numbers ready to use.",
        ),
        QT_TRANSLATE_NOOP("SelfCare", "My doctor's surgery"),
        QT_TRANSLATE_NOOP("SelfCare", "Making my surroundings safer"),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "Ways to put time and distance between you and anything you could use to hurt "
            "yourself, with help from someone if that is easier.",
        ),
        QT_TRANSLATE_NOOP("SelfCare", "Ask someone I trust to look after my medicines for a while"),
        QT_TRANSLATE_NOOP("SelfCare", "What is worth living for"),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "The people, things and hopes that matter to you, even on the hardest days.",
        ),
        QT_TRANSLATE_NOOP("SelfCare", "Seeing my niece grow up"),
        QT_TRANSLATE_NOOP("SelfCare", "My safety plan"),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "This copy is not encrypted: anyone who can open this folder can read it. "
            "You can turn it off in Companion's safety plan settings, which deletes it.",
        ),
        QT_TRANSLATE_NOOP(
            "SelfCare", "If you are in danger now, call your local emergency number."
        ),
        QT_TRANSLATE_NOOP("SelfCare", "Last updated"),
        QT_TRANSLATE_NOOP("SelfCare", "(nothing written yet)"),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "The steps of this plan are adapted from the Safety Planning Intervention by "
            "Barbara Stanley and Gregory K. Brown (Stanley & Brown, 2012, Cognitive and "
            "Behavioral Practice 19(2), 256–264). The wording is Companion's own.",
        ),
    )
)


def core_text(text: str) -> str:
    """A fixed phrase of the core in the person's language (unchanged if untranslated)."""
    return translate("SelfCare", text)
