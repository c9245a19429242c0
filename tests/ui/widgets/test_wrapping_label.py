"""WrappingLabel answers exactly as a wrapped QLabel does, measuring each width once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.widgets import wrapping_label
from companion.ui.widgets.wrapping_label import REMEMBERED_WIDTHS, WrappingLabel

TEXT = "Free from landlines and mobiles, including pay-as-you-go phones with no credit"
WIDTHS = (40, 90, 160, 275, 468, 702)


def _plain(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def measured(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every width QLabel itself is asked to lay a WrappingLabel's text out at."""
    calls: list[int] = []
    original = QLabel.heightForWidth

    def spy(self: QLabel, width: int) -> int:
        if isinstance(self, WrappingLabel):
            calls.append(width)
        return original(self, width)

    monkeypatch.setattr(QLabel, "heightForWidth", spy)
    return calls


def test_same_heights_as_a_wrapped_qlabel(parent: QWidget) -> None:
    label, plain = WrappingLabel(TEXT, parent), _plain(TEXT, parent)
    assert label.wordWrap()
    for width in (*WIDTHS, *WIDTHS):
        assert label.heightForWidth(width) == plain.heightForWidth(width)
    assert label.heightForWidth(40) > label.heightForWidth(702)  # it really wraps


def test_each_width_is_laid_out_once(parent: QWidget, measured: list[int]) -> None:
    label = WrappingLabel(TEXT, parent)
    for _ in range(5):
        for width in WIDTHS:
            label.heightForWidth(width)
    assert measured == list(WIDTHS)


def test_new_text_is_measured_again_however_it_is_set(parent: QWidget, measured: list[int]) -> None:
    label = WrappingLabel(TEXT, parent)
    long_height = label.heightForWidth(90)
    label.setText("Open now")
    short_height = label.heightForWidth(90)
    assert short_height == _plain("Open now", parent).heightForWidth(90)
    assert short_height < long_height
    label.clear()  # from C++: no Python method of the label runs
    assert label.heightForWidth(90) == _plain("", parent).heightForWidth(90)
    assert measured == [90, 90, 90]


def test_a_new_font_is_measured_again(parent: QWidget) -> None:
    label = WrappingLabel(TEXT, parent)
    before = label.heightForWidth(160)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)  # arrives as a change event
    after = label.heightForWidth(160)
    plain = _plain(TEXT, parent)
    plain.setFont(font)
    assert after == plain.heightForWidth(160)
    assert after > before


def test_a_font_from_the_parent_is_measured_again(parent: QWidget) -> None:
    label = WrappingLabel(TEXT, parent)
    before = label.heightForWidth(160)
    font = parent.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # 200% text, set on the window
    parent.setFont(font)
    assert label.heightForWidth(160) > before


def test_memory_stays_small_while_a_window_is_resized(parent: QWidget) -> None:
    label = WrappingLabel(TEXT, parent)
    for width in range(100, 400):
        assert label.heightForWidth(width) == _plain(TEXT, parent).heightForWidth(width)
    assert len(label._heights) <= REMEMBERED_WIDTHS
    assert wrapping_label.REMEMBERED_WIDTHS == REMEMBERED_WIDTHS
