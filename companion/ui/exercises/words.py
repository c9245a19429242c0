"""The exercises' fixed words (from the core, in English) for translators.

Patterns, cues, grounding steps, muscle groups and the gentle line are English data in
``companion.core.exercises``; they are listed here with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` finds them, and :func:`core_text` translates one where it is shown.
A test checks that every phrase the core can hand over is listed.

Imports only Qt and ``i18n``: the exercises work while the journal is locked.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from companion.ui.shell.i18n import noop, translate

CORE_PHRASES: tuple[str, ...] = tuple(
    noop(w)
    for w in (
        QT_TRANSLATE_NOOP("SelfCare", "Slow breathing"),
        QT_TRANSLATE_NOOP(
            "SelfCare", "Breathe in for five and out for five: about six gentle breaths a minute."
        ),
        QT_TRANSLATE_NOOP("SelfCare", "Box breathing"),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "Breathe in, hold, breathe out and rest for four counts each, like tracing a square.",
        ),
        QT_TRANSLATE_NOOP("SelfCare", "4-7-8 breathing"),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "Breathe in for four, hold for seven, and let the breath out slowly for "
            "eight. If holding feels uncomfortable, try slow breathing instead.",
        ),
        QT_TRANSLATE_NOOP("SelfCare", "Breathe in"),
        QT_TRANSLATE_NOOP("SelfCare", "Hold"),
        QT_TRANSLATE_NOOP("SelfCare", "Breathe out"),
        QT_TRANSLATE_NOOP("SelfCare", "Rest"),
        QT_TRANSLATE_NOOP("SelfCare", "My pace"),
        QT_TRANSLATE_NOOP("SelfCare", "Your own pace."),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "This exercise gently brings your attention back to where you are. Go "
            "at your own pace; there is no wrong answer.",
        ),
        QT_TRANSLATE_NOOP("SelfCare", "Look around and notice five things you can see."),
        QT_TRANSLATE_NOOP(
            "SelfCare", "The colour of a wall, a shadow, the shape of a cup, light from a window."
        ),
        QT_TRANSLATE_NOOP("SelfCare", "Notice four things you can feel."),
        QT_TRANSLATE_NOOP(
            "SelfCare", "Your feet on the floor, the chair holding you, the fabric of your sleeve."
        ),
        QT_TRANSLATE_NOOP("SelfCare", "Listen for three things you can hear."),
        QT_TRANSLATE_NOOP("SelfCare", "A fan, traffic far away, your own breathing."),
        QT_TRANSLATE_NOOP("SelfCare", "Notice two things you can smell."),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "Soap on your hands, the air in the room. If nothing comes, think of a smell you like.",
        ),
        QT_TRANSLATE_NOOP("SelfCare", "Notice one thing you can taste."),
        QT_TRANSLATE_NOOP(
            "SelfCare", "A sip of water, or simply the taste in your mouth right now."
        ),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "Well done for taking this moment. Take one slow breath before you "
            "carry on. If you would like to talk to someone, help is one step away.",
        ),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "Find a comfortable position. You will gently tighten one group of "
            "muscles at a time, then let go. Tense only as much as feels "
            "comfortable, never to the point of pain, and skip any part of your "
            "body that is sore or injured.",
        ),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "Take a moment to notice how your body feels now. When you are ready, "
            "slowly move your fingers and toes, and open your eyes.",
        ),
        QT_TRANSLATE_NOOP("SelfCare", "Now let go. Notice how the muscles feel as they soften."),
        QT_TRANSLATE_NOOP("SelfCare", "Hands"),
        QT_TRANSLATE_NOOP("SelfCare", "Make gentle fists with both hands."),
        QT_TRANSLATE_NOOP("SelfCare", "Upper arms"),
        QT_TRANSLATE_NOOP("SelfCare", "Bend your elbows and tighten your upper arms."),
        QT_TRANSLATE_NOOP("SelfCare", "Shoulders"),
        QT_TRANSLATE_NOOP("SelfCare", "Lift your shoulders up towards your ears."),
        QT_TRANSLATE_NOOP("SelfCare", "Forehead"),
        QT_TRANSLATE_NOOP("SelfCare", "Raise your eyebrows as high as is comfortable."),
        QT_TRANSLATE_NOOP("SelfCare", "Eyes and cheeks"),
        QT_TRANSLATE_NOOP("SelfCare", "Close your eyes tightly and scrunch your cheeks."),
        QT_TRANSLATE_NOOP("SelfCare", "Mouth and jaw"),
        QT_TRANSLATE_NOOP("SelfCare", "Press your lips together and gently clench your jaw."),
        QT_TRANSLATE_NOOP("SelfCare", "Neck"),
        QT_TRANSLATE_NOOP("SelfCare", "Gently press your head back against the chair or pillow."),
        QT_TRANSLATE_NOOP("SelfCare", "Chest and back"),
        QT_TRANSLATE_NOOP("SelfCare", "Breathe in and draw your shoulder blades together."),
        QT_TRANSLATE_NOOP("SelfCare", "Stomach"),
        QT_TRANSLATE_NOOP("SelfCare", "Tighten your stomach muscles, as if bracing."),
        QT_TRANSLATE_NOOP("SelfCare", "Hips and seat"),
        QT_TRANSLATE_NOOP("SelfCare", "Squeeze the muscles of your seat together."),
        QT_TRANSLATE_NOOP("SelfCare", "Thighs"),
        QT_TRANSLATE_NOOP("SelfCare", "Press your knees together and tighten your thighs."),
        QT_TRANSLATE_NOOP("SelfCare", "Lower legs"),
        QT_TRANSLATE_NOOP("SelfCare", "Point your toes up towards your face."),
        QT_TRANSLATE_NOOP("SelfCare", "Feet"),
        QT_TRANSLATE_NOOP("SelfCare", "Curl your toes downwards gently."),
        QT_TRANSLATE_NOOP("SelfCare", "5-4-3-2-1 grounding"),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "Notice what you can see, feel, hear, smell and taste, 5 senses, one at a time.",
        ),
        QT_TRANSLATE_NOOP("SelfCare", "Progressive muscle relaxation"),
        QT_TRANSLATE_NOOP("SelfCare", "Gently tense and release one part of your body at a time."),
        QT_TRANSLATE_NOOP(
            "SelfCare",
            "That sounds like a hard moment. If it would help, support is here "
            "whenever you want it, or you could try a few slow breaths.",
        ),
    )
)


def core_text(text: str) -> str:
    """A fixed phrase of the core in the person's language (unchanged if untranslated)."""
    return translate("SelfCare", text)
