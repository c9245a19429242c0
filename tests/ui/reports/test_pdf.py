"""PDFs rendered and checked page by page.

There is no PDF reader in PySide6-Essentials (QtPdf lives in the Addons wheel) and no
pdftoppm on the machine, so the pages are checked two ways: the PDF file's own page
tree (/Count) must match the layout, and the same layout, painted page by page onto
images by the same routine that paints the PDF, must carry the expected words on the
expected page and real ink (not a blank page).
"""

from __future__ import annotations

import ast
import inspect
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from companion.core.insights.models import DateRange
from companion.core.reports import clinician
from companion.core.reports.clinician import clinician_report
from companion.core.reports.document import Document, Heading, PageBreak, Paragraph
from companion.core.reports.safety_plan import safety_plan_document
from companion.core.safety_plan.models import PlanItem, PlanStep, make_plan
from companion.ui.reports.pdf import (
    page_count,
    page_texts,
    pdf_page_count,
    print_to,
    render_pages,
    render_pdf,
    render_pdf_bytes,
)
from companion.ui.reports.words import REPORT_PHRASES
from companion.ui.shell.session import Session


@pytest.fixture
def report(session: Session) -> Document:
    today = session.clock.now().date()
    entries = session.journal.timeline(limit=2)
    return clinician_report(
        session.vault.connection, DateRange(date(2026, 1, 1), today), today, entries=entries
    )


def ink(image: QImage) -> int:
    """Pixels that are not white (sampled)."""
    white = QColor("#ffffff").rgb()
    return sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixel(x, y) != white
    )


def test_the_clinician_report_renders_page_by_page(report: Document, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    pages = render_pdf(report, path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert pages == pdf_page_count(data) == page_count(report) >= 2
    images = render_pages(report)
    assert len(images) == pages
    assert all(ink(image) > 500 for image in images)
    texts = page_texts(report)
    assert "Mood and self-care summary" in texts[0]
    assert "Mood over time" in texts[0]
    assert f"Page 1 of {pages}" not in texts[0]  # the footer is painted, not laid out
    # The chosen entries start on a page of their own, after everything else.
    last = texts[-1]
    assert "Journal entries chosen to share" in last
    assert "Journal entries chosen to share" not in "".join(texts[:-1])
    assert "Sample day" in last
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left beside it


def test_a_chart_is_drawn_into_the_page(report: Document) -> None:
    first = render_pages(report, scale=1.0)[0]
    series = QColor("#2f6f8f")
    blue = sum(
        1
        for x in range(0, first.width(), 2)
        for y in range(0, first.height(), 2)
        if abs(QColor(first.pixel(x, y)).blue() - series.blue()) < 20
        and abs(QColor(first.pixel(x, y)).red() - series.red()) < 20
        and abs(QColor(first.pixel(x, y)).green() - series.green()) < 20
    )
    assert blue > 30


def test_a_long_table_repeats_its_header_on_the_next_page() -> None:
    from companion.core.reports.document import TableBlock
    from companion.ui.reports.text_document import PageGeometry

    rows = tuple((f"2026-01-{n % 28 + 1:02d}", str(n)) for n in range(120))
    document = Document("Long", None, (TableBlock("Days", ("Day", "Count"), rows, (False, True)),))
    texts = page_texts(document)
    assert len(texts) >= 2
    assert "Day" not in texts[1].split("\n")  # the repeat is painted, not laid out again
    # ...so look for the header row's shading at the top of the second page.
    second = render_pages(document)[1]
    margin = round(PageGeometry().margin)
    shade = QColor("#eef2f5").rgb()
    top = [
        second.pixel(x, y)
        for x in range(margin, second.width() - margin, 4)
        for y in range(margin, margin + 30)
    ]
    assert top.count(shade) > 100


def test_page_breaks_and_the_footer() -> None:
    document = Document(
        "Two pages", "subtitle", (Paragraph("first"), PageBreak(), Heading("Second page"))
    )
    texts = page_texts(document)
    assert len(texts) == 2
    assert "first" in texts[0]
    assert "Second page" in texts[1]
    images = render_pages(document)
    footer = images[1].copy(0, images[1].height() - 150, images[1].width(), 150)
    assert ink(footer) > 20  # "Two pages · Page 2 of 2" is drawn at the foot


def test_the_safety_plan_fits_on_one_page_with_its_attribution() -> None:
    plan = make_plan({PlanStep.WARNING_SIGNS: [PlanItem("I stop answering messages")]})
    document = safety_plan_document(plan)
    assert pdf_page_count(render_pdf_bytes(document)) == 1
    words = page_texts(document)[0]
    assert "I stop answering messages" in words
    assert "Stanley & Brown" in words


def test_printing_draws_the_same_pages(report: Document, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    pages = print_to(report, printer)
    assert pages == page_count(report)
    del printer
    assert pdf_page_count((tmp_path / "printed.pdf").read_bytes()) == pages


def test_the_pdf_holds_no_personal_words_in_its_metadata(report: Document) -> None:
    data = render_pdf_bytes(report)
    assert b"Sample day" not in data  # text is drawn as glyphs; the title is fixed words
    assert b"Companion" in data


def test_every_fixed_phrase_of_the_report_is_listed_for_translators() -> None:
    tree = ast.parse(inspect.getsource(clinician))
    phrases = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "t"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }
    assert len(phrases) > 20
    assert phrases <= set(REPORT_PHRASES)
    assert {label for _value, label in clinician.MOOD_TICKS} <= set(REPORT_PHRASES)


def test_every_phrase_the_report_asks_to_translate_is_in_the_catalogue(session: Session) -> None:
    """Headers built at run time too (a window length in a column title once was not)."""
    asked: list[str] = []

    def record(phrase: str) -> str:
        asked.append(phrase)
        return phrase

    today = session.clock.now().date()
    clinician_report(
        session.vault.connection,
        DateRange(date(2026, 1, 1), today),
        today,
        entries=session.journal.timeline(limit=2),
        translate=record,
    )
    assert len(asked) > 20
    assert set(asked) <= set(REPORT_PHRASES), set(asked) - set(REPORT_PHRASES)
