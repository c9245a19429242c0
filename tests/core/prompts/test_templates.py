"""Templates turn into ordinary entry Markdown; prompts rotate by day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.journal.vocabulary import MAX_TEXT_LENGTH, check_text
from companion.core.prompts import (
    PROMPTS,
    TEMPLATES,
    EmotionRating,
    FieldKind,
    emotions_named,
    prompt_for_day,
    render_markdown,
    template,
)
from companion.core.prompts.errors import InvalidTemplate
from companion.core.prompts.templates import THOUGHT_RECORD

ALLOWED = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters=[chr(c) for c in range(32) if chr(c) not in "\t\n\r"],
)


def test_the_thought_record_has_the_classic_columns_in_order() -> None:
    assert [f.id for f in THOUGHT_RECORD.fields] == [
        "situation",
        "automatic_thought",
        "emotion_before",
        "evidence_for",
        "evidence_against",
        "balanced_thought",
        "emotion_after",
    ]
    kinds = {f.id: f.kind for f in THOUGHT_RECORD.fields}
    assert kinds["emotion_before"] is kinds["emotion_after"] is FieldKind.EMOTION_RATING
    assert {t.id for t in TEMPLATES} == {"daily_reflection", "gratitude", "thought_record"}
    assert template("gratitude").title == "Gratitude"


def test_a_filled_thought_record_as_markdown() -> None:
    text = render_markdown(
        THOUGHT_RECORD,
        {
            "situation": "Meeting at work\r\nwith my manager  ",
            "automatic_thought": "They think I'm useless",
            "emotion_before": EmotionRating("anxious", 80),
            "evidence_for": "",
            "evidence_against": "She thanked me last week",
            "balanced_thought": "One meeting does not define me",
            "emotion_after": EmotionRating(" anxious ", 40),
        },
    )
    assert text == (
        "## Situation\n\nMeeting at work\nwith my manager\n\n"
        "## The thought that came up\n\nThey think I'm useless\n\n"
        "## Emotion and how strong\n\nanxious — 80/100\n\n"
        "## What does not fit the thought\n\nShe thanked me last week\n\n"
        "## A more balanced thought\n\nOne meeting does not define me\n\n"
        "## The emotion now\n\nanxious — 40/100\n"
    )
    assert emotions_named(
        THOUGHT_RECORD,
        {
            "emotion_before": EmotionRating("Anxious", 80),
            "emotion_after": EmotionRating("anxious", 4),
        },
    ) == ("Anxious",)


def test_headings_are_translated_and_nothing_filled_gives_nothing() -> None:
    text = render_markdown(template("gratitude"), {"first": "tea"}, translate=str.upper)
    assert text == "## ONE GOOD THING\n\ntea\n"
    assert render_markdown(template("gratitude"), {}) == ""
    assert render_markdown(template("gratitude"), {"first": "  \n "}) == ""


@pytest.mark.parametrize(
    "values",
    [
        {"nope": "x"},
        {"situation": EmotionRating("sad", 10)},
        {"emotion_before": "sad"},
        {"emotion_before": EmotionRating("sad", 101)},
        {"emotion_before": EmotionRating("sad", -1)},
        {"emotion_before": EmotionRating("sad", True)},
        {"situation": "bell\x07"},
    ],
)
def test_answers_that_cannot_go_into_an_entry_are_refused(values: dict[str, object]) -> None:
    with pytest.raises(InvalidTemplate):
        render_markdown(THOUGHT_RECORD, values)  # type: ignore[arg-type]
    with pytest.raises(InvalidTemplate):
        template("unknown")


@given(
    st.dictionaries(
        st.sampled_from([f.id for f in THOUGHT_RECORD.fields if f.kind is FieldKind.TEXT]),
        st.text(ALLOWED, max_size=200),
    )
)
def test_any_typed_answers_make_valid_entry_text(values: dict[str, str]) -> None:
    text = render_markdown(THOUGHT_RECORD, values)
    assert check_text("text", text, MAX_TEXT_LENGTH) == text  # the journal accepts it
    for answer in values.values():
        for line in answer.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            assert line.strip() in text


def test_the_prompt_of_the_day_is_stable_and_goes_through_them_all() -> None:
    start = date(2026, 1, 1)
    days = [start + timedelta(days=n) for n in range(len(PROMPTS))]
    assert {prompt_for_day(d).id for d in days} == {p.id for p in PROMPTS}
    assert prompt_for_day(start) == prompt_for_day(date(2026, 1, 1))
    assert len({p.id for p in PROMPTS}) == len(PROMPTS)
