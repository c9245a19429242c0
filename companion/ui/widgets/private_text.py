"""A plain-text editor whose copies ask clipboard histories not to keep them.

security.md's threat table: Win+V history, the cloud clipboard and Klipper keep what was
copied long after Companion locks and clears the clipboard. These formats are the
platforms' "do not record" hints; a manager that honours them keeps no copy.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QPlainTextEdit

from companion.ui.widgets.viewport_name import NamesItsViewport

# Format name -> value. Windows formats are reached through Qt's raw-format mime type.
PRIVATE_CLIPBOARD_HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': (
        b"\x01\x00\x00\x00"
    ),
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\x00\x00\x00\x00",
    "application/x-nspasteboard-concealed-type": b"secret",
}


def mark_private(mime: QMimeData) -> QMimeData:
    """Add the "do not record" hints to ``mime`` (returned for chaining)."""
    for fmt, value in PRIVATE_CLIPBOARD_HINTS.items():
        mime.setData(fmt, value)
    return mime


class PrivateTextEdit(NamesItsViewport, QPlainTextEdit):
    """QPlainTextEdit whose copied and dragged text carries the private hints."""

    def createMimeDataFromSelection(self) -> QMimeData:
        return mark_private(super().createMimeDataFromSelection())
