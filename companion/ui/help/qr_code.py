"""A QR code drawn locally from a ``segno`` matrix, so a phone can dial a helpline.

Nothing is fetched: segno computes the modules and we paint them ourselves. The code is
always dark on light whatever the theme, because phone cameras need that contrast; the
quiet zone (four modules) is part of the image.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from companion.ui.shell.i18n import translate

QUIET_ZONE = 4  # modules of light border the QR standard asks for
DEFAULT_MODULE_PX = 8  # a version 2-3 code is then about 260-290 px: easy to scan off a screen


def qr_matrix(payload: str, border: int = QUIET_ZONE) -> list[list[bool]]:
    """The QR modules for ``payload`` including the quiet zone; ``True`` means dark.

    Args:
        payload: What the code encodes, e.g. ``"tel:+44116123"``.
        border: Width of the light quiet zone in modules.

    Returns:
        Rows of booleans, top to bottom.
    """
    code = segno.make(payload, error="m", micro=False)
    return [[bool(cell) for cell in row] for row in code.matrix_iter(scale=1, border=border)]


def qr_image(payload: str, module_px: int = DEFAULT_MODULE_PX, border: int = QUIET_ZONE) -> QImage:
    """Render ``payload`` as a black-on-white QImage, ``module_px`` pixels per module."""
    rows = qr_matrix(payload, border)
    size = len(rows) * module_px
    # Fixed black and white on purpose: a themed (e.g. inverted high-contrast) code
    # would not scan on many phones. The pixels are built in one buffer rather than by
    # hundreds of QPainter calls: faster, and it avoids a None reference leak that
    # PySide6 6.12 has in every void method call on Python 3.11.
    lines = bytearray()
    for row in rows:
        line = b"".join((b"\x00" if dark else b"\xff") * module_px for dark in row)
        lines += line * module_px
    image = QImage(bytes(lines), size, size, size, QImage.Format.Format_Grayscale8)
    return image.copy()  # own the pixels: the buffer above goes away


class QrCodeView(QLabel):
    """A label showing one QR code; its accessible description says what it encodes."""

    def __init__(
        self,
        payload: str,
        description: str,
        module_px: int = DEFAULT_MODULE_PX,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.payload = payload
        self.module_px = module_px
        self.setObjectName("qrCodeImage")
        self.setPixmap(QPixmap.fromImage(qr_image(payload, module_px)))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(translate("Help", "QR code"))
        self.setAccessibleDescription(description)


class QrCodeDialog(QDialog):
    """A small window with the QR code and a plain caption."""

    def __init__(
        self,
        payload: str,
        number_text: str,
        service_name: str,
        parent: QWidget | None = None,
        *,
        caption: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("qrCodeDialog")
        self.setWindowTitle(translate("Help", "QR code for {name}").format(name=service_name))
        caption_text = caption or translate(
            "Help", "Scan with your phone's camera to call {number}"
        ).format(number=number_text)
        layout = QVBoxLayout(self)
        title = QLabel(service_name, self)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        self.view = QrCodeView(payload, caption_text, parent=self)
        self.caption = QLabel(caption_text, self)
        self.caption.setObjectName("qrCaption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("Help", "Close QR code"))
        layout.addWidget(title)
        layout.addWidget(self.view)
        layout.addWidget(self.caption)
        layout.addWidget(buttons)
