"""The prompts' and templates' fixed words (English data in the core) for translators.

``companion.core.prompts`` keeps prompts, template titles, field labels and hints in
English; they are listed here with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` finds
them, and :func:`prompt_text` translates one where it is shown. A test checks that every
phrase the core can hand over is listed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from companion.ui.shell.i18n import noop, translate

PROMPT_PHRASES: tuple[str, ...] = tuple(
    noop(w)
    for w in (
        QT_TRANSLATE_NOOP("Journal", "What is one small thing that went all right today?"),
        QT_TRANSLATE_NOOP("Journal", "How does your body feel right now, from head to toe?"),
        QT_TRANSLATE_NOOP("Journal", "What has been on your mind most today?"),
        QT_TRANSLATE_NOOP("Journal", "What would you say to a friend who had the day you had?"),
        QT_TRANSLATE_NOOP("Journal", "What gave you energy today, and what used it up?"),
        QT_TRANSLATE_NOOP("Journal", "Who did you think about today, and why?"),
        QT_TRANSLATE_NOOP("Journal", "What is something you handled today, even if it was hard?"),
        QT_TRANSLATE_NOOP("Journal", "What do you need more of this week?"),
        QT_TRANSLATE_NOOP("Journal", "Is there something you would like to put down for tonight?"),
        QT_TRANSLATE_NOOP("Journal", "What did you notice today that you might usually miss?"),
        QT_TRANSLATE_NOOP("Journal", "What brings you comfort when things are heavy?"),
        QT_TRANSLATE_NOOP("Journal", "What would make tomorrow a little easier?"),
        QT_TRANSLATE_NOOP("Journal", "When did you last laugh or smile, and what was it about?"),
        QT_TRANSLATE_NOOP("Journal", "Describe a place where you feel at ease."),
        QT_TRANSLATE_NOOP("Journal", "Daily reflection"),
        QT_TRANSLATE_NOOP("Journal", "A few gentle questions to look back on the day."),
        QT_TRANSLATE_NOOP("Journal", "Today in a few words"),
        QT_TRANSLATE_NOOP("Journal", "However it went, a few words are enough."),
        QT_TRANSLATE_NOOP("Journal", "What went well, even a little"),
        QT_TRANSLATE_NOOP("Journal", "A small thing counts."),
        QT_TRANSLATE_NOOP("Journal", "What was hard"),
        QT_TRANSLATE_NOOP("Journal", "You can name it without fixing it."),
        QT_TRANSLATE_NOOP("Journal", "Something kind I did for myself"),
        QT_TRANSLATE_NOOP("Journal", "Rest counts too."),
        QT_TRANSLATE_NOOP("Journal", "Something small to look forward to"),
        QT_TRANSLATE_NOOP("Journal", "A cup of tea is enough."),
        QT_TRANSLATE_NOOP("Journal", "Gratitude"),
        QT_TRANSLATE_NOOP("Journal", "Three good things, large or small."),
        QT_TRANSLATE_NOOP("Journal", "Three good things"),
        QT_TRANSLATE_NOOP("Journal", "One good thing"),
        QT_TRANSLATE_NOOP("Journal", "Something that went well or made you smile."),
        QT_TRANSLATE_NOOP("Journal", "Another good thing"),
        QT_TRANSLATE_NOOP("Journal", "Small is fine: warm socks count."),
        QT_TRANSLATE_NOOP("Journal", "One more"),
        QT_TRANSLATE_NOOP("Journal", "A person, a place, a moment."),
        QT_TRANSLATE_NOOP("Journal", "Why these mattered"),
        QT_TRANSLATE_NOOP("Journal", "What they say about what you value."),
        QT_TRANSLATE_NOOP("Journal", "Thought record"),
        QT_TRANSLATE_NOOP(
            "Journal", "Slow a difficult thought down and look at it from more than one side."
        ),
        QT_TRANSLATE_NOOP("Journal", "Situation"),
        QT_TRANSLATE_NOOP("Journal", "Where were you, what was happening?"),
        QT_TRANSLATE_NOOP("Journal", "The thought that came up"),
        QT_TRANSLATE_NOOP("Journal", "What went through your mind?"),
        QT_TRANSLATE_NOOP("Journal", "Emotion and how strong"),
        QT_TRANSLATE_NOOP("Journal", "Name the feeling and rate it from 0 to 100."),
        QT_TRANSLATE_NOOP("Journal", "What supports the thought"),
        QT_TRANSLATE_NOOP("Journal", "Facts, not guesses."),
        QT_TRANSLATE_NOOP("Journal", "What does not fit the thought"),
        QT_TRANSLATE_NOOP("Journal", "What would you say to a friend who thought this?"),
        QT_TRANSLATE_NOOP("Journal", "A more balanced thought"),
        QT_TRANSLATE_NOOP("Journal", "Something kinder that is also true."),
        QT_TRANSLATE_NOOP("Journal", "The emotion now"),
        QT_TRANSLATE_NOOP("Journal", "Rate the same feeling again, from 0 to 100."),
    )
)


def prompt_text(text: str) -> str:
    """A prompt or template phrase of the core in the person's language."""
    return translate("Journal", text)
