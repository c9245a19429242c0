"""Paper and pictures: the shared chart painter, the PDF renderer and the clinician report.

- ``charts``: line, bar and pixel-grid charts drawn by hand with QPainter, for the
  insights screens, PNG exports and PDFs alike.
- ``pdf``: ``render_pdf(document, path)``, ``render_pdf_bytes``, ``render_pages`` and
  ``print_document`` for any core :class:`~companion.core.reports.document.Document`.
- ``clinician_dialog``: ``ClinicianReportDialog`` (date range, what to include, entries).

Import the modules themselves: this package file stays empty so that importing
``charts`` never pulls in the report's vault code.
"""
