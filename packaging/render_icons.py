"""Render ``assets/icons/companion.svg`` into every icon file the platforms need.

Usage::

    python packaging/render_icons.py            # (re)write the files under assets/icons/
    python packaging/render_icons.py --check    # exit 1 if any file is missing or stale

Outputs (committed to the repository, so a build never needs this step):

* ``hicolor/<n>x<n>/apps/org.companionapp.Companion.png`` for the freedesktop sizes,
* ``companion.ico`` (Windows: 16–48 px as 32-bit DIBs for old shell code, 256 px as PNG),
* ``companion.icns`` (macOS: PNG entries from 16 to 1024 px),
* ``companion-256.png`` (window icon, README).

Rendering uses Qt's QSvgRenderer on the offscreen platform, so it runs headless.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "assets" / "icons"
SOURCE = ICONS / "companion.svg"
APP_ID = "org.companionapp.Companion"

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
#: ICNS chunk type -> pixel size (PNG payloads; macOS 10.7+ reads all of these).
ICNS_TYPES = (
    ("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
    ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512),
)  # fmt: skip


def render_png(size: int) -> bytes:
    """Render the SVG at ``size`` x ``size`` pixels and return PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _dib(png: bytes) -> bytes:
    """A 32-bit BGRA DIB with an AND mask, as old Windows icon code expects."""
    from PySide6.QtGui import QImage

    image = QImage.fromData(png, "PNG").convertToFormat(QImage.Format.Format_ARGB32)
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in reversed(range(size)):  # DIBs are stored bottom-up
        rows.append(bytes(image.constScanLine(y))[: size * 4])  # ARGB32 is BGRA in memory
    mask_row = b"\x00" * (((size + 31) // 32) * 4)  # all opaque: alpha does the work
    return header + b"".join(rows) + mask_row * size


def make_ico(pngs: dict[int, bytes]) -> bytes:
    """Build a multi-size .ico from PNG renderings."""
    entries = []
    for size in ICO_SIZES:
        payload = pngs[size] if size >= 256 else _dib(pngs[size])
        entries.append((size, payload))
    offset = 6 + 16 * len(entries)
    head = struct.pack("<HHH", 0, 1, len(entries))
    directory = b""
    body = b""
    for size, payload in entries:
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(payload), offset)
        body += payload
        offset += len(payload)
    return head + directory + body


def make_icns(pngs: dict[int, bytes]) -> bytes:
    """Build an .icns container from PNG renderings."""
    chunks = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def outputs() -> dict[Path, bytes]:
    """Every icon file and its expected content."""
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    pngs = {size: render_png(size) for size in sizes}
    files: dict[Path, bytes] = {}
    for size in HICOLOR_SIZES:
        files[ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = pngs[size]
    files[ICONS / "companion.ico"] = make_ico(pngs)
    files[ICONS / "companion.icns"] = make_icns(pngs)
    files[ICONS / "companion-256.png"] = pngs[256]
    return files


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) every rendered icon."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    stale = []
    for path, data in outputs().items():
        if path.is_file() and path.read_bytes() == data:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    for path in stale:
        verb = "stale" if args.check else "wrote"
        print(f"{verb}: {path.relative_to(ROOT)}")
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
