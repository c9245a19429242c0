"""Writing prompts and entry templates for the editor.

- ``daily``: Prompt, PROMPTS, prompt_for_day(day).
- ``templates``: Template, TemplateField, FieldKind, EmotionRating, TEMPLATES,
  DAILY_REFLECTION, GRATITUDE, THOUGHT_RECORD, template(id),
  render_markdown(template, values, translate) -> entry text, emotions_named.
- ``insert``: separator_before, prompt_block, appended (add to an entry, never over it).
- ``errors``: InvalidTemplate.
"""

from __future__ import annotations

from companion.core.prompts.daily import PROMPTS, Prompt, prompt_for_day
from companion.core.prompts.insert import appended, prompt_block, separator_before
from companion.core.prompts.templates import (
    TEMPLATES,
    EmotionRating,
    FieldKind,
    Template,
    TemplateField,
    emotions_named,
    render_markdown,
    template,
)

__all__ = [
    "PROMPTS",
    "TEMPLATES",
    "EmotionRating",
    "FieldKind",
    "Prompt",
    "Template",
    "TemplateField",
    "appended",
    "emotions_named",
    "prompt_block",
    "prompt_for_day",
    "render_markdown",
    "separator_before",
    "template",
]
