"""The document model's plain-text form and the bridge from insight tables."""

from __future__ import annotations

from companion.core.insights.table import Column, Table
from companion.core.reports.document import (
    Document,
    Heading,
    PageBreak,
    Paragraph,
    as_text,
    table_block,
)


def test_an_insight_table_becomes_a_report_table() -> None:
    table = Table("T", (Column("a", "A"), Column("b", "B", True)), (("x", 1.5), ("y", None)))
    block = table_block(table)
    assert block.headers == ("A", "B")
    assert block.rows == (("x", "1.50"), ("y", "–"))
    assert block.numeric == (False, True)


def test_plain_text_rendering() -> None:
    doc = Document("Title", "Sub", (Heading("One"), Paragraph("Words."), PageBreak()))
    assert as_text(doc) == "Title\n=====\nSub\n\nOne\n---\n\nWords.\n\n[page break]\n"
