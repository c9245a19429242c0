"""Check boxes and radio buttons grow with the text (issue 12): at the normal size they
keep Fusion's own square, at 200% text the square is most of a line high, and in every
theme its edge stands out from the window around it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.ui.shell.design import tokens_for
from companion.ui.shell.theme import apply_theme

THEMES = [("light", False), ("dark", False), ("light", True), ("dark", True)]


def _fusion_square() -> int:
    fusion = QStyleFactory.create("Fusion")
    assert fusion is not None
    return fusion.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)


def _at_scale(qapp: QApplication, base: QFont, scale: float, theme: str, contrast: bool) -> None:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    qapp.setFont(font)
    apply_theme(qapp, theme, contrast)  # type: ignore[arg-type]


def _indicator(button: QCheckBox | QRadioButton) -> QRect:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    return button.style().subElementRect(element, option, button)


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


@pytest.mark.parametrize(("theme", "contrast"), THEMES, ids=["light", "dark", "hc", "hc-dark"])
def test_indicators_grow_with_the_text_and_show_in_every_theme(
    qapp: QApplication, qtbot: QtBot, theme: str, contrast: bool
) -> None:
    base = QFont(qapp.font())
    try:
        sizes: dict[float, list[int]] = {}
        for scale in (1.0, 2.0):
            _at_scale(qapp, base, scale, theme, contrast)
            window = QWidget()
            qtbot.addWidget(window)
            column = QVBoxLayout(window)
            box = QCheckBox("Include my check-in summary", window)
            box.setChecked(True)
            empty = QCheckBox("Leave this out", window)
            radio = QRadioButton("This one", window)
            for button in (box, empty, radio):
                column.addWidget(button)
            window.show()
            QApplication.processEvents()
            image = window.grab().toImage()
            line = box.fontMetrics().height()
            sizes[scale] = []
            for button in (box, empty, radio):
                square = _indicator(button)
                sizes[scale].append(square.height())
                if scale == 1.0:
                    # The normal size keeps Fusion's own square.
                    assert square.width() == max(_fusion_square(), round(line * 0.9))
                else:
                    assert square.height() >= 0.8 * line, (square, line)
                    assert square.height() <= button.height()
                # Its edge is drawn, and stands out from the window around it.
                where = square.translated(button.pos())
                _edge_shows(image, where, QColor(tokens_for(theme == "dark", contrast).window))
            window.close()
        assert min(sizes[2.0]) >= 1.7 * max(sizes[1.0])
    finally:
        qapp.setFont(base)
        apply_theme(qapp, "light")


def _edge_shows(image: QImage, square: QRect, window: QColor) -> None:
    """Along the square's middle row, some pixel differs clearly from the window."""
    y = square.center().y()
    far = max(
        _distance(image.pixelColor(x, y), window) for x in range(square.left(), square.right() + 1)
    )
    assert far > 150, f"the box's edge barely shows ({far})"


def test_item_views_tick_boxes_grow_too(qapp: QApplication, qtbot: QtBot) -> None:
    """A list's tick boxes (the report's entries) use the same square."""
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    base = QFont(qapp.font())
    try:
        _at_scale(qapp, base, 2.0, "light", False)
        view = QListWidget()
        qtbot.addWidget(view)
        item = QListWidgetItem("An entry")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        view.addItem(item)
        square = view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view)
        assert square >= 0.8 * view.fontMetrics().height()
        view.close()
    finally:
        qapp.setFont(base)
        apply_theme(qapp, "light")
