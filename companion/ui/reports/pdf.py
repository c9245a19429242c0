"""Render any core :class:`~companion.core.reports.document.Document` to paper.

One painter routine draws the pages — text, tables, charts and a footer with the title
and "Page n of N" — onto whatever device it is given, so the PDF, the printer and the
page images used in tests and previews are the same pages::

    render_pdf(document, path)            # atomically, to a file the person chose
    data = render_pdf_bytes(document)      # in memory
    images = render_pages(document)        # one QImage per page
    print_document(document, parent)       # through the system's print dialog

The PDF's metadata holds only the document's fixed title and "Companion"; the file is
written to a temporary name beside the target and renamed, so a half-written PDF never
appears under the chosen name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from companion.core.fsutil import atomic_write_bytes
from companion.core.reports.document import Document
from companion.ui.reports.text_document import (
    DPI,
    PageGeometry,
    build_text_document,
    report_font,
)
from companion.ui.shell.i18n import translate

INK = QColor("#1b1f24")


def _footer(document: Document, page: int, pages: int) -> str:
    #: The footer of a printed page: {title} is the document's title, {page} and {pages}
    #: are numbers.
    return translate("Reports", "{title} · Page {page} of {pages}").format(
        title=document.title, page=page, pages=pages
    )


def _write(document: Document, device: QPagedPaintDevice, resolution: float) -> int:
    geometry = PageGeometry()
    doc = build_text_document(document, geometry)
    pages = max(1, doc.pageCount())
    painter = QPainter(device)
    try:
        painter.scale(resolution / DPI, resolution / DPI)
        for index in range(pages):
            if index:
                device.newPage()
            paint_page(painter, document, doc, geometry, index)
    finally:
        painter.end()
    return pages


def render_pdf_bytes(document: Document) -> bytes:
    """The PDF of ``document`` (A4) as bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(document.title)
    writer.setCreator("Companion")
    _write(document, writer, writer.resolution())
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def render_pdf(document: Document, path: Path) -> int:
    """Write ``document`` as a PDF at ``path`` (atomically). Returns the page count.

    Raises:
        StorageFull: The disk is full; an earlier file at ``path`` is untouched.
        OSError: The folder cannot be written.
    """
    data = render_pdf_bytes(document)
    atomic_write_bytes(path, data)
    return pdf_page_count(data)


def pdf_page_count(data: bytes) -> int:
    """How many pages a PDF written by :func:`render_pdf_bytes` has (its /Count)."""
    import re

    counts = [int(m) for m in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    counts += [int(m) for m in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)]
    return max(counts, default=0)


def page_count(document: Document) -> int:
    """How many A4 pages ``document`` takes."""
    return max(1, build_text_document(document).pageCount())


def render_pages(document: Document, scale: float = 1.0) -> list[QImage]:
    """Each page as an image, ``scale`` times 96 dpi (previews and tests)."""
    geometry = PageGeometry()
    doc = build_text_document(document, geometry)
    images = []
    for index in range(max(1, doc.pageCount())):
        image = QImage(
            round(geometry.width * scale),
            round(geometry.height * scale),
            QImage.Format.Format_RGB32,
        )
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        paint_page(painter, document, doc, geometry, index)
        painter.end()
        images.append(image)
    return images


def paint_page(
    painter: QPainter, document: Document, doc: QTextDocument, geometry: PageGeometry, index: int
) -> None:
    """Draw page ``index`` of ``doc`` and its footer (the painter is in layout pixels)."""
    pages = max(1, doc.pageCount())
    content = geometry.content
    shifted = QRectF(0, index * content.height(), content.width(), content.height())
    painter.save()
    painter.translate(geometry.margin, geometry.margin - index * content.height())
    painter.setClipRect(shifted)
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, INK)
    context.palette = palette
    context.clip = shifted
    doc.documentLayout().draw(painter, context)
    painter.restore()
    footer_font = QFont(report_font())
    footer_font.setPointSizeF(footer_font.pointSizeF() * 0.8)
    footer = QRectF(
        geometry.margin,
        geometry.height - geometry.margin - geometry.footer / 2,
        content.width(),
        geometry.footer,
    )
    painter.save()
    painter.setFont(footer_font)
    painter.setPen(QColor("#4d5560"))
    painter.drawText(footer, int(Qt.AlignmentFlag.AlignCenter), _footer(document, index + 1, pages))
    painter.restore()


def page_texts(document: Document) -> list[str]:
    """The words laid out on each page, in order (what tests check the pages by)."""
    geometry = PageGeometry()
    doc = build_text_document(document, geometry)
    height = geometry.content.height()
    pages: list[list[str]] = [[] for _ in range(max(1, doc.pageCount()))]
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        text = block.text()
        for n in range(lines.lineCount()):
            line = lines.lineAt(n)
            # Half a pixel of slack: a block moved to a new page starts at its top edge,
            # which floating point may put a hair above the boundary.
            page = int((top + line.y() + 0.5) // height)
            piece = text[line.textStart() : line.textStart() + line.textLength()].strip()
            if piece and 0 <= page < len(pages):
                pages[page].append(piece)
        block = block.next()
    return ["\n".join(lines) for lines in pages]


def print_document(document: Document, parent: QWidget | None) -> bool:
    """Ask the system's print dialog, then print. False when cancelled or unavailable."""
    try:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    except ImportError:  # a build without print support: "Save as PDF…" still works
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setDocName(document.title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Reports", "Print"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_to(document, printer)
    return True


def print_to(document: Document, printer: QPagedPaintDevice) -> int:
    """Print ``document`` on a ready printer (or any paged device). Returns pages drawn."""
    layout = printer.pageLayout()
    layout.setMargins(QMarginsF(0, 0, 0, 0))
    printer.setPageLayout(layout)
    resolution = float(printer.logicalDpiX())
    return _write(document, printer, resolution)
