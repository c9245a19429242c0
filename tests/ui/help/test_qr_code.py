"""The QR code we draw is exactly segno's matrix, with a quiet zone, big enough to scan."""

from __future__ import annotations

import pytest
import segno
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from companion.ui.help.qr_code import QUIET_ZONE, QrCodeDialog, qr_image, qr_matrix

PAYLOAD = "tel:+448000684141"


def sample(image: QImage, module_px: int) -> list[list[bool]]:
    """Read the image back by sampling the centre of every module."""
    count = image.width() // module_px
    half = module_px // 2
    return [
        [
            QColor(image.pixel(x * module_px + half, y * module_px + half)).lightness() < 128
            for x in range(count)
        ]
        for y in range(count)
    ]


def test_drawn_modules_equal_segnos_matrix() -> None:
    code = segno.make(PAYLOAD, error="m", micro=False)
    expected = [[bool(v) for v in row] for row in code.matrix_iter(scale=1, border=QUIET_ZONE)]
    for module_px in (3, 8):
        image = qr_image(PAYLOAD, module_px)
        assert image.width() == image.height() == len(expected) * module_px
        assert sample(image, module_px) == expected


def test_quiet_zone_is_light_and_finder_pattern_is_dark() -> None:
    rows = qr_matrix(PAYLOAD)
    assert not any(rows[0])
    assert not any(rows[-1])
    assert all(not row[x] for row in rows for x in range(QUIET_ZONE))
    # Top-left finder pattern: a 7x7 dark ring starting right after the quiet zone.
    assert all(rows[QUIET_ZONE][QUIET_ZONE + i] for i in range(7))


def test_short_codes_and_long_numbers_both_encode() -> None:
    for payload in ("tel:988", "tel:116123", "tel:+4930123456789"):
        image = qr_image(payload, 4)
        assert sample(image, 4) == qr_matrix(payload)


def test_dialog_is_large_enough_to_scan_from_a_screen(qtbot: QtBot) -> None:
    dialog = QrCodeDialog(PAYLOAD, "0800 068 4141", "PAPYRUS HOPELINE247")
    qtbot.addWidget(dialog)
    dialog.show()
    pixmap = dialog.view.pixmap()
    assert pixmap.width() >= 200
    assert dialog.view.accessibleDescription() == dialog.caption.text()
    assert "0800 068 4141" in dialog.caption.text()


class _GreyArray:
    """Expose an 8-bit QImage through the array interface a decoder reads."""

    def __init__(self, image: QImage) -> None:
        grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
        self._data = bytes(grey.constBits())[: grey.bytesPerLine() * grey.height()]
        self.__array_interface__ = {
            "shape": (grey.height(), grey.width()),
            "typestr": "|u1",
            "data": self._data,
            "strides": (grey.bytesPerLine(), 1),
            "version": 3,
        }


def test_an_independent_decoder_reads_our_codes() -> None:
    # zxing-cpp is an optional test tool (not a runtime dependency of Companion).
    zxingcpp = pytest.importorskip("zxingcpp")
    for payload in ("tel:+448000684141", "tel:116123", "tel:988"):
        found = zxingcpp.read_barcodes(_GreyArray(qr_image(payload)))
        assert [r.text for r in found] == [payload]
