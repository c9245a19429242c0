"""The About dialog renders its licence Markdown instead of showing the marks (issue 13)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextTable
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from companion.ui.shell.about_dialog import AboutDialog


def test_about_renders_markdown_not_raw_marks(qtbot: QtBot, tmp_path: Path) -> None:
    licence = tmp_path / "LICENSE-DATA.md"
    licence.write_text(
        "# Licence\n\nThe data is **CC BY-SA 4.0**.\n\n"
        "| article | revision |\n|---|---|\n| Crisis lines | 1363635917 |\n\n"
        "<b>raw html</b>\n",
        "utf-8",
    )
    dialog = AboutDialog(license_file=licence)
    qtbot.addWidget(dialog)
    text = dialog.attribution.toPlainText()
    assert "CC BY-SA 4.0" in text
    assert "**" not in text
    assert "# Licence" not in text
    assert "|---|" not in text
    html = dialog.attribution.toHtml()
    assert "font-weight" in html  # the bold survived as bold, not as asterisks
    frames = dialog.attribution.document().rootFrame().childFrames()
    assert any(isinstance(frame, QTextTable) for frame in frames)  # a real table
    assert dialog.attribution.isReadOnly()


def test_bundled_licence_reads_as_a_document(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.attribution.toPlainText()
    assert "1363635917" in text
    assert "**" not in text
    assert "<https://" not in text


def test_every_part_a_screen_reader_meets_has_a_name(qtbot: QtBot) -> None:
    # Found by the AT-SPI walk: the scrolling area (a Tab stop) and the licence text's
    # viewport (a large area of its own) were both nameless.
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    assert scroll.accessibleName() == "About Companion"
    viewport = dialog.attribution.viewport()
    assert viewport.accessibleName() == dialog.attribution.accessibleName() != ""
