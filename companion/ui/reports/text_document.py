"""A core :class:`Document` as a paginated :class:`QTextDocument` for PDF and print.

Headings, paragraphs and tables become plain HTML (every word escaped); an entry's own
text goes through the journal's safe Markdown; charts are drawn by
:mod:`companion.ui.reports.charts` onto images at three times the print size and placed
with their description underneath (the description is also their alt text).

Layout happens in CSS pixels (96 to the inch) with design metrics, whatever the screen,
so a report lays out the same on every computer and in tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QDate, QLocale, QRectF, QSizeF, QUrl
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QTextDocument

from companion.core.reports.document import (
    Chart,
    ChartKind,
    Document,
    Heading,
    MarkdownBlock,
    PageBreak,
    Paragraph,
    ParagraphStyle,
    TableBlock,
)
from companion.ui.reports.charts import (
    Bar,
    BarChartData,
    LineChartData,
    LineSeries,
    bar_chart_height,
    line_chart_height,
    paint_bar_chart,
    paint_line_chart,
    paper_colours,
)
from companion.ui.shell.i18n import italic_suits_language

DPI = 96.0
MM = DPI / 25.4
CHART_SCALE = 3.0  # chart images carry three pixels per layout pixel: crisp on paper
_STYLE = """
h1 { font-size: 17pt; margin-bottom: 3px; }
h2 { font-size: 13pt; margin-top: 18px; margin-bottom: 5px; }
h3 { font-size: 11.5pt; margin-top: 13px; margin-bottom: 4px; }
h4 { font-size: 10.5pt; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 4px; margin-bottom: 4px; }
p.note { color: #4d5560; font-style: italic; }
p.meta { color: #4d5560; }
p.caption { font-weight: bold; margin-top: 10px; }
p.alt { color: #4d5560; font-size: 8.5pt; }
th { background-color: #eef2f5; font-weight: bold; }
"""


@dataclass(frozen=True)
class PageGeometry:
    """An A4 page in layout pixels: its size, margins and the footer's height."""

    width: float = 210 * MM
    height: float = 297 * MM
    margin: float = 18 * MM
    footer: float = 8 * MM

    @property
    def content(self) -> QSizeF:
        """The text area of one page."""
        return QSizeF(self.width - 2 * self.margin, self.height - 2 * self.margin - self.footer)


class ReportTextDocument(QTextDocument):
    """A text document that owns the 96 dpi device it is laid out against."""

    def __init__(self) -> None:
        super().__init__()
        self.layout_device = QImage(1, 1, QImage.Format.Format_RGB32)
        self.layout_device.setDotsPerMeterX(round(DPI / 0.0254))
        self.layout_device.setDotsPerMeterY(round(DPI / 0.0254))


def report_font() -> QFont:
    """The body font of reports: the app's family at a fixed 10 pt (not the screen size)."""
    font = QFont()
    font.setPointSizeF(10.0)
    return font


def _date_labels(days: list[date]) -> tuple[str, ...]:
    locale = QLocale()
    monthly = len(days) > 1 and (days[-1] - days[0]).days / (len(days) - 1) >= 27
    pattern = "MMM yyyy" if monthly else "d MMM"
    return tuple(locale.toString(QDate(d.year, d.month, d.day), pattern) for d in days)


def chart_image(chart: Chart, width: float, font: QFont) -> QImage:
    """Draw a document chart with the shared chart painter, on white."""
    fm = QFontMetricsF(font)
    days = [day for day, _value in chart.series[0].points] if chart.series else []
    labels = _date_labels(days)
    if chart.kind is ChartKind.LINE:
        line = LineChartData(
            chart.title,
            labels,
            tuple(
                LineSeries(s.name, tuple(v for _d, v in s.points), dashed=index > 0)
                for index, s in enumerate(chart.series)
            ),
            chart.y_min,
            chart.y_max,
            chart.y_ticks,
            chart.description,
        )
        height = line_chart_height(fm) * 0.8
    else:
        points = chart.series[0].points if chart.series else ()
        bar = BarChartData(
            chart.title,
            tuple(
                Bar(label, value, "–" if value is None else f"{value:.1f}")
                for label, (_d, value) in zip(labels, points, strict=True)
            ),
            chart.y_min,
            chart.y_max,
            chart.y_ticks,
        )
        height = bar_chart_height(fm, bar)
    image = QImage(
        round(width * CHART_SCALE), round(height * CHART_SCALE), QImage.Format.Format_RGB32
    )
    colours = paper_colours()
    image.fill(colours.background)
    painter = QPainter(image)
    painter.scale(CHART_SCALE, CHART_SCALE)
    painter.setFont(font)
    rect = QRectF(0, 0, width, height)
    if chart.kind is ChartKind.LINE:
        paint_line_chart(painter, rect, line, colours)
    else:
        paint_bar_chart(painter, rect, bar, colours)
    painter.end()
    return image


def _table(block: TableBlock) -> str:
    out = [f'<p class="caption">{escape(block.caption)}</p>'] if block.caption else []
    out.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">')
    # A <thead> row is repeated at the top of every page the table continues on.
    head = "".join(f"<th>{escape(h)}</th>" for h in block.headers)
    out.append(f"<thead><tr>{head}</tr></thead>")
    for row in block.rows:
        cells = []
        for index, cell in enumerate(row):
            right = index < len(block.numeric) and block.numeric[index]
            align = ' align="right"' if right else ""
            cells.append(f"<td{align}>{escape(cell)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def build_text_document(
    document: Document, geometry: PageGeometry | None = None
) -> ReportTextDocument:
    """Lay ``document`` out on A4 pages (``pageCount()`` tells how many)."""
    page = geometry or PageGeometry()
    doc = ReportTextDocument()
    doc.setUseDesignMetrics(True)
    font = report_font()
    doc.setDefaultFont(font)
    style = _STYLE if italic_suits_language() else _STYLE.replace(" font-style: italic;", "")
    doc.setDefaultStyleSheet(style)
    doc.setDocumentMargin(0)
    # Lay out against a 96 dpi device, not the screen: the same pages on every computer.
    doc.documentLayout().setPaintDevice(doc.layout_device)
    html = [f"<h1>{escape(document.title)}</h1>"]
    if document.subtitle:
        html.append(f'<p class="meta">{escape(document.subtitle)}</p>')
    width = page.content.width()
    charts = 0
    breaking = False
    for block in document.blocks:
        if isinstance(block, PageBreak):
            breaking = True
            continue
        part = _block_html(block, doc, width, font, charts)
        if isinstance(block, Chart):
            charts += 1
        if breaking:
            part = f'<div style="page-break-before: always">{part}</div>'
            breaking = False
        html.append(part)
    doc.setHtml("\n".join(html))
    doc.setPageSize(page.content)
    return doc


def _block_html(
    block: Heading | Paragraph | TableBlock | Chart | MarkdownBlock,
    doc: QTextDocument,
    width: float,
    font: QFont,
    charts: int,
) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 3) + 1
        return f"<h{level}>{escape(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        css = {ParagraphStyle.NOTE: ' class="note"', ParagraphStyle.META: ' class="meta"'}
        text = escape(block.text).replace("\n", "<br>")
        return f"<p{css.get(block.style, '')}>{text}</p>"
    if isinstance(block, TableBlock):
        return _table(block)
    if isinstance(block, Chart):
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85)
        image = chart_image(block, width, small)
        name = f"chart-{charts}"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        w, h = image.width() / CHART_SCALE, image.height() / CHART_SCALE
        return (
            f'<p class="caption">{escape(block.title)}</p>'
            f'<p><img src="{name}" width="{w:.0f}" height="{h:.0f}" '
            f'alt="{escape(block.description, quote=True)}"></p>'
            f'<p class="alt">{escape(block.description)}</p>'
        )
    from companion.core.journal.markdown import markdown_to_html  # entries only

    return f"<div>{markdown_to_html(block.text)}</div>"
