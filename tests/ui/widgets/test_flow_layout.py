"""The one wrapping layout, used by the journal's chips and the help panel's buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.widgets.chip_picker import ChipPicker
from companion.ui.widgets.flow_layout import FlowLayout, flow_container


def _row(qtbot: QtBot, names: list[str], spacing: int = 6) -> tuple[QWidget, FlowLayout]:
    box, flow = flow_container(spacing=spacing)
    qtbot.addWidget(box)
    for name in names:
        flow.addWidget(QPushButton(name, box))
    box.show()
    qtbot.waitExposed(box)
    return box, flow


def _buttons(flow: FlowLayout) -> list[QPushButton]:
    found = []
    for i in range(flow.count()):
        item = flow.itemAt(i)
        assert item is not None
        widget = item.widget()
        assert isinstance(widget, QPushButton)
        found.append(widget)
    return found


def test_items_wrap_onto_new_rows_and_the_height_follows_the_width(qtbot: QtBot) -> None:
    box, flow = _row(qtbot, ["one", "two", "three", "four"])
    buttons = _buttons(flow)
    one_row = sum(b.sizeHint().width() for b in buttons) + 3 * flow.spacing()
    box.resize(one_row, flow.heightForWidth(one_row))
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 1)
    assert flow.heightForWidth(one_row) == max(b.sizeHint().height() for b in buttons)
    # One pixel less and the last item starts a second row under the first.
    narrower = one_row - 1
    box.resize(narrower, flow.heightForWidth(narrower))
    qtbot.waitUntil(lambda: buttons[3].y() > buttons[0].y())
    assert buttons[3].x() == buttons[0].x()
    assert flow.heightForWidth(narrower) > flow.heightForWidth(one_row)
    assert flow.itemAt(len(buttons)) is None
    assert flow.itemAt(-1) is None


def test_narrowest_width_is_the_widest_item(qtbot: QtBot) -> None:
    _, flow = _row(qtbot, ["a", "a much longer label", "b"])
    widest = max(b.sizeHint().width() for b in _buttons(flow))
    assert flow.minimumSize().width() == widest
    # At that width each item has a row of its own, and none is cut short.
    assert (
        flow.heightForWidth(widest)
        == sum(b.sizeHint().height() for b in _buttons(flow)) + 2 * flow.spacing()
    )


def test_hidden_items_take_no_room(qtbot: QtBot) -> None:
    box, flow = _row(qtbot, ["one", "two", "three"])
    box.resize(600, 100)
    one, two, three = _buttons(flow)
    two.hide()
    qtbot.waitUntil(lambda: three.x() == one.geometry().right() + 1 + flow.spacing())


def test_an_item_that_grows_pushes_the_next_one_along(qtbot: QtBot) -> None:
    # The height cache must not keep an answer from before the item changed.
    box, flow = _row(qtbot, ["x", "y"])
    box.resize(600, 100)
    first, second = _buttons(flow)
    narrow = first.sizeHint().width() + second.sizeHint().width() + flow.spacing()
    before = flow.heightForWidth(narrow)  # one row, and now remembered
    first.setText("a label too wide to share a narrow row")
    qtbot.waitUntil(lambda: first.width() == first.sizeHint().width())
    assert second.x() > first.geometry().right()
    assert flow.heightForWidth(narrow) > before  # two rows now


def test_spacing_can_be_changed(qtbot: QtBot) -> None:
    box, flow = _row(qtbot, ["one", "two"], spacing=4)
    box.resize(400, 100)
    one, two = _buttons(flow)
    flow.setSpacing(20)
    assert flow.spacing() == 20
    qtbot.waitUntil(lambda: two.x() == one.geometry().right() + 1 + 20)


def test_a_word_shown_while_on_screen_is_a_chip_you_can_reach_at_once(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    picker = ChipPicker("Activities", "Tag", allow_custom=True, parent=host)
    QVBoxLayout(host).addWidget(picker)
    picker.set_groups([("Activities", None, ["work"])])
    host.resize(500, 300)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)  # so keyboard focus works offscreen
    # A saved entry can hold a word that is not in the vocabulary: it gets a chip.
    picker.set_selected(["allotment"])
    chip = picker.chip("allotment")
    assert chip is not None
    assert chip.isChecked()
    assert not chip.isHidden()  # counts at once for filtering and arrow keys
    picker.filter_edit.setFocus()
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    first = QApplication.focusWidget()
    assert first is picker.chip("work")
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is chip
    qtbot.waitUntil(chip.isVisible)
    work = picker.chip("work")
    assert work is not None
    assert chip.parentWidget() is work.parentWidget()  # same group row
    qtbot.waitUntil(lambda: chip.x() > work.geometry().right())


def test_filtering_packs_the_chips_that_are_left(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    picker = ChipPicker("Feelings", "Emotion", allow_custom=False, parent=host)
    QVBoxLayout(host).addWidget(picker)
    picker.set_groups([("Feelings", None, ["calm", "tired", "content"])])
    host.resize(500, 300)
    host.show()
    qtbot.waitExposed(host)
    calm, content = picker.chip("calm"), picker.chip("content")
    assert calm is not None
    assert content is not None
    qtbot.waitUntil(lambda: content.x() > calm.x())
    picker.filter_edit.setText("c")  # calm, content
    qtbot.waitUntil(lambda: content.x() == calm.geometry().right() + 1 + 6)
    assert content.y() == calm.y()


def test_rows_run_from_the_right_in_a_right_to_left_layout(qtbot: QtBot) -> None:
    box, flow = _row(qtbot, ["one", "two", "three", "four"])
    buttons = _buttons(flow)
    width = sum(b.sizeHint().width() for b in buttons[:3]) + 2 * flow.spacing() + 5
    box.resize(width, flow.heightForWidth(width))
    qtbot.waitUntil(lambda: buttons[3].y() > buttons[0].y())
    left_to_right = [b.geometry() for b in buttons]
    assert left_to_right[0].left() == 0

    box.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: buttons[0].geometry().right() == box.width() - 1)
    # The same rows, each item where its mirror image was: first at the right edge.
    for button, before in zip(buttons, left_to_right, strict=True):
        assert button.y() == before.y()
        assert button.width() == before.width()
        assert button.geometry().right() == box.width() - 1 - before.left()
    assert buttons[1].x() < buttons[0].x()
    assert buttons[3].geometry().right() == box.width() - 1  # a new row starts at the right


def test_a_flow_container_grows_taller_inside_a_box_layout_when_narrowed(
    qtbot: QtBot,
) -> None:
    # No size policy is set on the container: its layout makes it height-for-width.
    outer = QWidget()
    qtbot.addWidget(outer)
    column = QVBoxLayout(outer)
    box, flow = flow_container(outer, spacing=6)
    for name in ("first", "second", "third", "fourth"):
        flow.addWidget(QPushButton(name, box))
    column.addWidget(box)
    assert box.hasHeightForWidth()
    assert column.hasHeightForWidth()
    one_row = flow.sizeHint().width() + sum(
        w.sizeHint().width() + 6 for w in box.findChildren(QPushButton)
    )
    narrow = max(w.sizeHint().width() for w in box.findChildren(QPushButton)) + 20
    assert outer.heightForWidth(narrow) > outer.heightForWidth(one_row)
