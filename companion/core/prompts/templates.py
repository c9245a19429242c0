"""Entry templates (daily reflection, gratitude, a thought record) and their Markdown.

A template is a list of fields. The editor shows the fields; :func:`render_markdown`
turns what the person filled in into ordinary entry text (a heading per filled field),
so a template entry is searchable, exportable and editable like any other. Nothing about
the template is stored beyond that text.

English data with stable ids (the UI translates labels and hints; pass ``translate``
to :func:`render_markdown` so the headings in the entry are in the person's language).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from companion.core.prompts.errors import InvalidTemplate

MAX_FIELD_LENGTH = 50_000
MAX_EMOTION_LENGTH = 40
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


class FieldKind(StrEnum):
    TEXT = "text"  # free text, one or more lines
    EMOTION_RATING = "emotion_rating"  # an emotion word and how strong it is, 0-100


@dataclass(frozen=True)
class EmotionRating:
    """An emotion and its strength from 0 (not at all) to 100 (as strong as it gets)."""

    emotion: str
    intensity: int


FieldValue = str | EmotionRating


@dataclass(frozen=True)
class TemplateField:
    id: str
    label: str
    hint: str
    kind: FieldKind = FieldKind.TEXT


@dataclass(frozen=True)
class Template:
    """A template: stable id, words for the chooser, the entry title, and its fields."""

    id: str
    title: str
    description: str
    entry_title: str
    fields: tuple[TemplateField, ...]

    def field(self, field_id: str) -> TemplateField | None:
        return next((f for f in self.fields if f.id == field_id), None)


DAILY_REFLECTION = Template(
    "daily_reflection",
    "Daily reflection",
    "A few gentle questions to look back on the day.",
    "Daily reflection",
    (
        TemplateField("today", "Today in a few words", "However it went, a few words are enough."),
        TemplateField("went_well", "What went well, even a little", "A small thing counts."),
        TemplateField("was_hard", "What was hard", "You can name it without fixing it."),
        TemplateField("kindness", "Something kind I did for myself", "Rest counts too."),
        TemplateField("tomorrow", "Something small to look forward to", "A cup of tea is enough."),
    ),
)
GRATITUDE = Template(
    "gratitude",
    "Gratitude",
    "Three good things, large or small.",
    "Three good things",
    (
        TemplateField("first", "One good thing", "Something that went well or made you smile."),
        TemplateField("second", "Another good thing", "Small is fine: warm socks count."),
        TemplateField("third", "One more", "A person, a place, a moment."),
        TemplateField("why", "Why these mattered", "What they say about what you value."),
    ),
)
THOUGHT_RECORD = Template(
    "thought_record",
    "Thought record",
    "Slow a difficult thought down and look at it from more than one side.",
    "Thought record",
    (
        TemplateField("situation", "Situation", "Where were you, what was happening?"),
        TemplateField(
            "automatic_thought", "The thought that came up", "What went through your mind?"
        ),
        TemplateField(
            "emotion_before",
            "Emotion and how strong",
            "Name the feeling and rate it from 0 to 100.",
            FieldKind.EMOTION_RATING,
        ),
        TemplateField("evidence_for", "What supports the thought", "Facts, not guesses."),
        TemplateField(
            "evidence_against",
            "What does not fit the thought",
            "What would you say to a friend who thought this?",
        ),
        TemplateField(
            "balanced_thought", "A more balanced thought", "Something kinder that is also true."
        ),
        TemplateField(
            "emotion_after",
            "The emotion now",
            "Rate the same feeling again, from 0 to 100.",
            FieldKind.EMOTION_RATING,
        ),
    ),
)
TEMPLATES: tuple[Template, ...] = (DAILY_REFLECTION, GRATITUDE, THOUGHT_RECORD)


def template(template_id: str) -> Template:
    """A template by id. Raises InvalidTemplate for an unknown id."""
    for found in TEMPLATES:
        if found.id == template_id:
            return found
    raise InvalidTemplate("template", "no such template")


def _same(text: str) -> str:
    return text


def render_markdown(
    chosen: Template,
    values: Mapping[str, FieldValue],
    translate: Callable[[str], str] = _same,
) -> str:
    """The entry text for a filled template: ``## <label>`` then the answer, per field.

    Fields left empty are left out, so a half-filled template makes a short entry, not a
    form. The person's words are kept as typed (they may use Markdown), with line ends
    normalised, trailing spaces and outer white space trimmed.

    Args:
        chosen: The template.
        values: Answers by field id: text, or an :class:`EmotionRating`.
        translate: Turns each English label into the person's language.

    Raises:
        InvalidTemplate: An unknown field, a value of the wrong kind, text too long or
            with control characters, or an intensity outside 0-100.
    """
    for field_id in values:
        if chosen.field(field_id) is None:
            raise InvalidTemplate(field_id, "not a field of this template")
    blocks: list[str] = []
    for spec in chosen.fields:
        value = values.get(spec.id)
        if value is None:
            continue
        answer = _answer(spec, value)
        if answer:
            blocks.append(f"## {translate(spec.label)}\n\n{answer}")
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def emotions_named(chosen: Template, values: Mapping[str, FieldValue]) -> tuple[str, ...]:
    """The emotions rated in the answers (to offer as the entry's emotions), no repeats."""
    found: list[str] = []
    for spec in chosen.fields:
        value = values.get(spec.id)
        if spec.kind is FieldKind.EMOTION_RATING and isinstance(value, EmotionRating):
            name = " ".join(value.emotion.split())
            if name and name.casefold() not in {f.casefold() for f in found}:
                found.append(name)
    return tuple(found)


def _answer(spec: TemplateField, value: FieldValue) -> str:
    if spec.kind is FieldKind.EMOTION_RATING:
        if not isinstance(value, EmotionRating):
            raise InvalidTemplate(spec.id, "needs an emotion and a rating")
        name = " ".join(_check_text(spec.id, value.emotion, MAX_EMOTION_LENGTH).split())
        intensity = value.intensity
        if isinstance(intensity, bool) or not isinstance(intensity, int):
            raise InvalidTemplate(spec.id, "the rating must be a whole number")
        if not 0 <= intensity <= 100:
            raise InvalidTemplate(spec.id, "the rating must be between 0 and 100")
        return f"{name} — {intensity}/100" if name else ""
    if not isinstance(value, str):
        raise InvalidTemplate(spec.id, "needs text")
    text = _check_text(spec.id, value, MAX_FIELD_LENGTH)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def _check_text(field: str, value: str, limit: int) -> str:
    if not isinstance(value, str):
        raise InvalidTemplate(field, "needs text")
    if len(value) > limit:
        raise InvalidTemplate(field, f"longer than {limit} characters")
    if _FORBIDDEN.search(value):
        raise InvalidTemplate(field, "contains control characters")
    return value
