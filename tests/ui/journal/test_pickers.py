"""Mood picker and chip picker, driven by keyboard and mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.journal.models import Mood, TagKind
from companion.ui.journal.mood_picker import MoodPicker
from companion.ui.widgets.chip_picker import ChipPicker

from .helpers import show_active


def _mood_picker(qtbot: QtBot) -> MoodPicker:
    picker = MoodPicker()
    qtbot.addWidget(picker)
    show_active(qtbot, picker)
    return picker


def test_mood_arrow_keys_move_and_space_chooses(qtbot: QtBot) -> None:
    picker = _mood_picker(qtbot)
    seen: list[object] = []
    picker.mood_changed.connect(seen.append)
    okay = picker.options[2]
    okay.setFocus()
    qtbot.keyClick(okay, Qt.Key.Key_Right)
    assert picker.options[3].hasFocus()
    assert picker.mood() is None  # moving alone does not choose
    qtbot.keyClick(picker.options[3], Qt.Key.Key_Space)
    assert picker.mood() is Mood.GOOD
    assert seen == [Mood.GOOD]
    assert picker.accessibleName() == "Mood: Good"
    assert picker.options[3].accessibleName() == "Good, chosen"


def test_mood_number_keys_and_clear(qtbot: QtBot) -> None:
    picker = _mood_picker(qtbot)
    picker.options[0].setFocus()
    qtbot.keyClick(picker.options[0], Qt.Key.Key_5)
    assert picker.mood() is Mood.GREAT
    assert picker.options[4].hasFocus()
    qtbot.keyClick(picker.options[4], Qt.Key.Key_1)
    assert picker.mood() is Mood.AWFUL
    qtbot.keyClick(picker.options[0], Qt.Key.Key_Delete)
    assert picker.mood() is None
    assert picker.accessibleName() == "Mood: not set"


def test_mood_click_chooses_and_click_again_clears(qtbot: QtBot) -> None:
    picker = _mood_picker(qtbot)
    qtbot.mouseClick(picker.options[1], Qt.MouseButton.LeftButton)
    assert picker.mood() is Mood.BAD
    qtbot.mouseClick(picker.options[1], Qt.MouseButton.LeftButton)
    assert picker.mood() is None


def test_mood_options_have_words_and_one_tab_stop(qtbot: QtBot) -> None:
    picker = _mood_picker(qtbot)
    assert [o.text() for o in picker.options] == ["Awful", "Bad", "Okay", "Good", "Great"]
    tab_stops = [o for o in picker.options if o.focusPolicy() == Qt.FocusPolicy.StrongFocus]
    assert len(tab_stops) == 1


def _tag_picker(qtbot: QtBot) -> ChipPicker:
    picker = ChipPicker("Activities and self-care", "Tag", allow_custom=True)
    qtbot.addWidget(picker)
    picker.set_groups(
        [
            ("Activities", TagKind.ACTIVITY, ["work", "walking", "reading"]),
            ("Self-care", TagKind.SELF_CARE, ["slept well", "drank water"]),
        ]
    )
    show_active(qtbot, picker)
    return picker


def test_chip_filter_and_enter_chooses_first_match(qtbot: QtBot) -> None:
    picker = _tag_picker(qtbot)
    qtbot.keyClicks(picker.filter_edit, "wa")
    visible = [c.name for c in picker.chips() if c.isVisible()]
    assert visible == ["walking", "drank water"]
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert picker.selected() == ("walking",)
    assert picker.filter_edit.text() == ""
    chip = picker.chip("walking")
    assert chip is not None
    assert chip.isChecked()
    assert chip.text().startswith("\u2713")


def test_chip_keyboard_navigation_and_toggle(qtbot: QtBot) -> None:
    picker = _tag_picker(qtbot)
    picker.filter_edit.setFocus()
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    first = picker.chips()[0]
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Right)
    second = picker.chips()[1]
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Space)
    assert picker.selected() == ("walking",)
    qtbot.keyClick(second, Qt.Key.Key_Left)
    qtbot.keyClick(first, Qt.Key.Key_Up)
    assert picker.filter_edit.hasFocus()


def test_chip_add_your_own_tag(qtbot: QtBot) -> None:
    picker = _tag_picker(qtbot)
    added: list[tuple[str, object]] = []
    picker.custom_added.connect(lambda name, kind: added.append((name, kind)))
    picker.kind_box.setCurrentIndex(1)
    qtbot.keyClicks(picker.filter_edit, "  knitting ")
    assert picker.add_button.isEnabled()
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert added == [("knitting", TagKind.SELF_CARE)]
    assert picker.selected() == ("knitting",)


def test_chip_accessible_names(qtbot: QtBot) -> None:
    picker = _tag_picker(qtbot)
    assert all(c.accessibleName() == f"Tag: {c.name}" for c in picker.chips())
    assert picker.filter_edit.accessibleName() == "Find tag"
    picker.set_selected(["reading", "unknown one"])
    assert picker.selected() == ("reading", "unknown one")
    assert "reading" in picker.accessibleDescription()
