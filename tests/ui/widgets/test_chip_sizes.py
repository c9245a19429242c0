"""Chips keep their width when ticked, so quick clicks never land on the neighbour."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.ui.widgets.chip_picker import ChipPicker


def test_ticking_a_chip_moves_nothing(qtbot: QtBot, qapp: QApplication) -> None:
    picker = ChipPicker("Feelings", "Emotion", allow_custom=False)
    qtbot.addWidget(picker)
    picker.set_groups([("Feelings", None, ["calm", "content", "grateful", "hopeful", "sad"])])
    picker.resize(500, 200)
    picker.show()
    qtbot.waitExposed(picker)
    QApplication.processEvents()
    chips = picker.chips()
    before = [(c.mapTo(picker, QPoint(0, 0)), c.size()) for c in chips]
    for chip in chips[:3]:
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert chip.isChecked()
        assert chip.text().startswith("\u2713")
        after = [(c.mapTo(picker, QPoint(0, 0)), c.size()) for c in chips]
        assert after == before  # same place, same size, for every chip
    qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not chips[0].isChecked()
    assert [(c.mapTo(picker, QPoint(0, 0)), c.size()) for c in chips] == before


def test_a_label_shows_while_the_name_is_kept(qtbot: QtBot, qapp: QApplication) -> None:
    picker = ChipPicker("Tags", "Tag", allow_custom=True)
    qtbot.addWidget(picker)
    picker.set_labels({"outdoors": "spent time outdoors"})
    picker.set_groups([("Activities", None, ["work", "outdoors"])])
    chip = picker.chip("outdoors")
    assert chip is not None
    assert chip.text() == "spent time outdoors"
    assert chip.accessibleName() == "Tag: spent time outdoors"
    chip.setChecked(True)
    assert picker.selected() == ("outdoors",)  # stored as it always was
    picker.filter_edit.setText("time out")
    assert not chip.isHidden()  # found by the words it shows
    assert picker.chip("work").isHidden()
