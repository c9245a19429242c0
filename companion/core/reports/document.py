"""A small, typed document model that the UI renders to paper (PDF, print).

A :class:`Document` is a title and a list of blocks: headings, paragraphs, tables,
charts (a placeholder carrying the series the renderer draws), Markdown (an entry's own
text, rendered with the journal's safe Markdown) and page breaks. It holds only what
the person chose to put in it; building it writes nothing anywhere. :func:`as_text` is a
plain-text rendering, for tests and a text-only fallback.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from companion.core.insights.table import Table


class ParagraphStyle(StrEnum):
    NORMAL = "normal"
    NOTE = "note"  # an explanation or caveat, smaller or in italics
    META = "meta"  # a line of facts (dates, moods, tags) above a section or entry


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 (section) to 3


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: ParagraphStyle = ParagraphStyle.NORMAL


@dataclass(frozen=True)
class TableBlock:
    """A table of text cells; ``numeric[i]`` says column ``i`` holds numbers (align right)."""

    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]


class ChartKind(StrEnum):
    LINE = "line"
    BAR = "bar"


@dataclass(frozen=True)
class ChartSeries:
    """One line or set of bars: ``(x, y)`` points; ``y`` ``None`` is a gap (no data)."""

    name: str
    points: tuple[tuple[date, float | None], ...]


@dataclass(frozen=True)
class Chart:
    """Where a chart goes, and everything needed to draw it.

    Attributes:
        kind: Line or bar.
        title: The chart's title.
        series: The data.
        y_min: Bottom of the value axis.
        y_max: Top of the value axis.
        y_ticks: ``(value, label)`` marks on the value axis, e.g. ``(1, "Awful")``.
        description: What the chart shows in words, for screen readers and as alt text.
    """

    kind: ChartKind
    title: str
    series: tuple[ChartSeries, ...]
    y_min: float
    y_max: float
    y_ticks: tuple[tuple[float, str], ...]
    description: str


@dataclass(frozen=True)
class MarkdownBlock:
    """Text written by the person (an entry), rendered with the journal's safe Markdown."""

    text: str


@dataclass(frozen=True)
class PageBreak:
    """Start a new page here."""


Block = Heading | Paragraph | TableBlock | Chart | MarkdownBlock | PageBreak


@dataclass(frozen=True)
class Document:
    title: str
    subtitle: str | None
    blocks: tuple[Block, ...]


def table_block(table: Table, decimals: int = 2, blank: str = "–") -> TableBlock:
    """An insight's table as a report table (numbers as text with ``decimals`` places)."""
    return TableBlock(
        table.title,
        table.headers(),
        table.text_rows(decimals, blank),
        tuple(c.numeric for c in table.columns),
    )


def as_text(document: Document) -> str:
    """The document as plain text: headings underlined, tables with " | " between cells."""
    out = [document.title, "=" * len(document.title)]
    if document.subtitle:
        out.append(document.subtitle)
    for block in document.blocks:
        out.append("")
        if isinstance(block, Heading):
            out += [block.text, ("-" if block.level == 1 else "~") * len(block.text)]
        elif isinstance(block, Paragraph | MarkdownBlock):
            out.append(block.text)
        elif isinstance(block, TableBlock):
            out.append(block.caption)
            out.append(" | ".join(block.headers))
            out += [" | ".join(row) for row in block.rows]
        elif isinstance(block, Chart):
            out.append(f"[chart: {block.title} — {block.description}]")
        else:
            out.append("[page break]")
    return "\n".join(out) + "\n"
