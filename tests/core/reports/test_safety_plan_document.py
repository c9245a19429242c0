"""The safety plan as a printable document."""

from __future__ import annotations

from datetime import UTC, datetime

from companion.core.reports.document import Heading, Paragraph, ParagraphStyle, as_text
from companion.core.reports.safety_plan import safety_plan_document
from companion.core.safety_plan.models import PlanItem, PlanStep, make_plan


def test_every_step_is_a_heading_with_the_persons_lines_under_it() -> None:
    plan = make_plan(
        {
            PlanStep.ON_MY_OWN: [PlanItem("music"), PlanItem("a walk")],
            PlanStep.ASK_FOR_HELP: [PlanItem("Sam", "07700 900123")],
        },
        updated_at=datetime(2026, 3, 14, 9, 30, tzinfo=UTC),
    )
    doc = safety_plan_document(plan)
    assert doc.title == "My safety plan"
    assert doc.subtitle == "Last updated: 2026-03-14"
    headings = [b.text for b in doc.blocks if isinstance(b, Heading)]
    assert headings[0] == "1. Signs that a hard time is starting"
    assert headings[-1] == "What is worth living for"
    assert len(headings) == 7
    at = doc.blocks.index(Heading("2. Things I can do on my own"))
    assert doc.blocks[at + 1 : at + 3] == (Paragraph("music"), Paragraph("a walk"))
    assert Paragraph("Sam — 07700 900123") in doc.blocks
    assert Paragraph("(nothing written yet)", ParagraphStyle.NOTE) in doc.blocks
    assert "Safety Planning Intervention" in as_text(doc)


def test_fixed_phrases_are_translated_and_the_persons_lines_are_not() -> None:
    plan = make_plan({PlanStep.ON_MY_OWN: [PlanItem("music")]})
    doc = safety_plan_document(plan, translate=str.upper)
    assert doc.title == "MY SAFETY PLAN"
    assert doc.subtitle is None
    assert Paragraph("music") in doc.blocks
