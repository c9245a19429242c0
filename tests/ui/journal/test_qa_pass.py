"""Problems found by using the journal by hand, each pinned by a test."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.ui.widgets.chip_picker import ChipPicker

from .helpers import show_active


def _picker(qtbot: QtBot) -> ChipPicker:
    picker = ChipPicker("Feelings", "Emotion", allow_custom=False)
    picker.set_groups([("Feelings", None, ["calm", "tired", "hopeful"])])
    qtbot.addWidget(picker)
    picker.resize(600, 200)
    show_active(qtbot, picker)
    return picker


def _fits(widget: QWidget) -> bool:
    return widget.width() >= widget.sizeHint().width()


def test_chosen_chip_grows_to_fit_its_check_mark(qtbot: QtBot) -> None:
    # Seen by hand: choosing "tired" showed "tire", the check mark pushed the word out.
    picker = _picker(qtbot)
    tired = picker.chip("tired")
    assert tired is not None
    tired.click()
    qtbot.waitUntil(lambda: _fits(tired))
    hopeful = picker.chip("hopeful")
    assert hopeful is not None
    assert hopeful.x() >= tired.geometry().right()  # the next chip moved along, no overlap
    tired.click()
    qtbot.waitUntil(lambda: tired.width() == tired.sizeHint().width())  # and shrinks back
