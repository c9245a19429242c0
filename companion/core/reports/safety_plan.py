"""The safety plan as a printable document (the UI renders it to paper or PDF)."""

from __future__ import annotations

from collections.abc import Callable

from companion.core.reports.document import Block, Document, Heading, Paragraph, ParagraphStyle
from companion.core.safety_plan.models import ATTRIBUTION, STEPS, SafetyPlan
from companion.core.safety_plan.plaintext import DANGER_NOTE, NOTHING_YET, TITLE, UPDATED


def _same(text: str) -> str:
    return text


def safety_plan_document(plan: SafetyPlan, translate: Callable[[str], str] = _same) -> Document:
    """One heading per step (numbered 1-6, then what is worth living for), the person's
    lines under it, the danger note and the attribution.

    Args:
        plan: The plan.
        translate: Turns each fixed English phrase into the reader's language; the
            person's own lines are never passed through it.
    """
    t = translate
    blocks: list[Block] = []
    for info in STEPS:
        title = t(info.title)
        blocks.append(Heading(f"{info.number}. {title}" if info.number else title))
        lines = plan.lines(info.step)
        if not lines:
            blocks.append(Paragraph(t(NOTHING_YET), ParagraphStyle.NOTE))
        for item in lines:
            blocks.append(Paragraph(f"{item.text} — {item.detail}" if item.detail else item.text))
    blocks.append(Paragraph(t(DANGER_NOTE)))
    blocks.append(Paragraph(t(ATTRIBUTION), ParagraphStyle.NOTE))
    subtitle = f"{t(UPDATED)}: {plan.updated_at.date().isoformat()}" if plan.updated_at else None
    return Document(t(TITLE), subtitle, tuple(blocks))
