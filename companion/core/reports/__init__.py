"""Reports: a typed document model, and the report for a clinician.

- ``document``: Document, Heading, Paragraph (ParagraphStyle), TableBlock, Chart
  (ChartKind, ChartSeries), MarkdownBlock, PageBreak, table_block, as_text.
- ``clinician``: clinician_report(connection, span, today, entries=…, …) -> Document.
- ``safety_plan``: safety_plan_document(plan, translate) -> Document (print, PDF).
"""

from __future__ import annotations

from companion.core.reports.clinician import clinician_report
from companion.core.reports.document import Document, as_text

__all__ = ["Document", "as_text", "clinician_report"]
