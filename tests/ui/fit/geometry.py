"""Geometry checks for "every screen fits or scrolls as a whole" (issue 12).

``problems(window)`` lists, in words, what a person at this text size could not reach or
read: a control outside its window (or outside the part of a scroll area that scrolls),
a control squeezed below the height it needs, a button or check box whose words do not
fit, a label cut off without "…" and a tooltip, a wrapped label shorter than its text,
controls drawn over each other, and rows of a list drawn over each other.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

SLACK = 2  # pixels: rounding in layouts


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QAbstractButton, QLabel)):
        text = widget.text()
    label = widget.accessibleName() or text or widget.objectName()
    return f"{type(widget).__name__}({label[:40]!r})"


def _inside_internals(widget: QWidget, window: QWidget) -> bool:
    """Parts of compound controls (a spin box's line edit, a scroll bar, a combo's
    list, a tab bar's scroll buttons) are checked as the control they belong to."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar, QLineEdit)):
            return True
        if isinstance(parent, QAbstractItemView) and widget.parentWidget() is not parent:
            return False
        parent = parent.parentWidget()
    return isinstance(widget, QScrollBar) or (
        isinstance(widget.parentWidget(), QAbstractScrollArea)
        and widget is not widget.parentWidget().viewport()  # type: ignore[union-attr]
        and not isinstance(widget, QAbstractSlider)
    )


def interactive(window: QWidget) -> list[QWidget]:
    """Every visible control a person can act on."""
    found: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or _inside_internals(widget, window):
            continue
        if isinstance(widget, QScrollBar):
            continue
        takes_focus = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_focus or isinstance(widget, QAbstractButton):
            found.append(widget)
    return found


def _scroll_content(widget: QWidget) -> QAbstractScrollArea | None:
    """The scroll area ``widget`` is the scrolled content of, if any."""
    viewport = widget.parentWidget()
    area = viewport.parentWidget() if viewport is not None else None
    if isinstance(area, QAbstractScrollArea) and area.viewport() is viewport:
        return area
    return None


def unreachable(widget: QWidget, window: QWidget) -> str | None:
    """Why ``widget`` cannot be seen whole, even by scrolling; None when it can."""
    rect = QRect(widget.rect())
    child = widget
    while child is not window:
        parent = child.parentWidget()
        if parent is None:
            return None
        rect = rect.translated(child.pos())
        area = _scroll_content(child)
        if area is not None:
            # The content scrolls: what lies outside the viewport is reached by scrolling,
            # as long as the area can scroll that way.
            viewport = parent.rect()
            if rect.bottom() > viewport.bottom() + SLACK and (
                area.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            ):
                return f"below the end of a scroll area that cannot scroll down ({area})"
            if rect.right() > viewport.right() + SLACK and (
                area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            ):
                return f"right of a scroll area that cannot scroll sideways ({area})"
            rect = QRect(viewport)
        elif not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            where = "the window" if parent is window else _name(parent)
            return f"{rect} lies outside {where} {parent.rect()}"
        child = parent
    return None


def _shown(text: str) -> str:
    """``text`` as drawn: a single "&" marks the mnemonic and takes no room."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _text_fits(button: QAbstractButton) -> str | None:
    text = _shown(button.text())
    if not text:
        return None
    if button.hasHeightForWidth():
        # Its words wrap: every line must fit in its height at its width.
        need = button.heightForWidth(button.width())
        if need > button.height() + SLACK:
            return f"wrapped text needs {need}px high, has {button.height()}px"
        return None
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = text
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    if isinstance(button, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(button, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    elif isinstance(button, QPushButton):
        element = QStyle.SubElement.SE_PushButtonContents
    else:
        return None
    room = button.style().subElementRect(element, option, button).width()
    need = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if need > room + SLACK:
        return f"text needs {need}px, has {room}px"
    return None


def _label_problem(label: QLabel) -> str | None:
    text = _shown(label.text()) if label.buddy() is not None else label.text()
    if not text or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
        return None
    room = label.contentsRect()
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"wrapped text needs {need}px high, has {label.height()}px"
        return None
    elided = text.endswith("…") or "…" in text
    if elided and not label.toolTip():
        return "elided without a tooltip giving the whole text"
    widest = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
    if widest > room.width() + SLACK and not elided:
        return f"text cut off: needs {widest}px, has {room.width()}px, no … and tooltip"
    return None


def _squeezed(widget: QWidget) -> str | None:
    if isinstance(widget, (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)):
        need = widget.minimumSizeHint().height()
        if widget.hasHeightForWidth():
            need = max(need, widget.heightForWidth(widget.width()))
        if widget.height() + SLACK < need:
            return f"squeezed to {widget.height()}px high, needs {need}px"
    if isinstance(widget, (QTextEdit, QAbstractItemView)) and widget.height() < 2 * (
        widget.fontMetrics().height()
    ):
        return f"only {widget.height()}px high: not even two lines show"
    return None


def _overlaps(window: QWidget, controls: list[QWidget]) -> list[str]:
    found: list[str] = []
    by_parent: dict[int, list[QWidget]] = {}
    for widget in controls:
        by_parent.setdefault(id(widget.parentWidget()), []).append(widget)
    for siblings in by_parent.values():
        for i, first in enumerate(siblings):
            a = first.geometry().adjusted(SLACK, SLACK, -SLACK, -SLACK)
            for second in siblings[i + 1 :]:
                if a.intersects(second.geometry()):
                    found.append(f"{_name(first)} overlaps {_name(second)}")
    return found


def rows_drawn_over(view: QListView) -> list[str]:
    """Rows of a list that start before the row above them ends: each row is painted at
    its own height, so the one below covers the end of the one above (in a list whose
    rows wrap their text, after its width changed and its rows stayed where they were)."""
    model = view.model()
    if model is None or view.viewMode() != QListView.ViewMode.ListMode:
        return []
    rows = [
        (row, view.visualRect(model.index(row, view.modelColumn())))
        for row in range(model.rowCount())
        if not view.isRowHidden(row)
    ]
    return [
        f"{_name(view)}: row {above} ends at y={upper.bottom()}, "
        f"row {below} starts at y={lower.top()}"
        for (above, upper), (below, lower) in pairwise(rows)
        if lower.top() <= upper.bottom()
    ]


def problems(window: QWidget) -> list[str]:
    """Everything at this size that a person could not reach or read (empty when fine)."""
    found: list[str] = []
    controls = interactive(window)
    for widget in controls:
        for check in (unreachable(widget, window), _squeezed(widget)):
            if check:
                found.append(f"{_name(widget)}: {check}")
        if isinstance(widget, QAbstractButton):
            why = _text_fits(widget)
            if why:
                found.append(f"{_name(widget)}: {why}")
    labels = [
        label
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window) and not _inside_internals(label, window)
    ]
    for label in labels:
        why = _label_problem(label)
        if why is None and label.text() and unreachable(label, window):
            why = unreachable(label, window)
        if why:
            found.append(f"{_name(label)}: {why}")
    seen = {id(widget) for widget in controls}
    texts = [lbl for lbl in labels if lbl.text() and id(lbl) not in seen]  # not twice
    found.extend(_overlaps(window, [*controls, *texts]))
    for view in window.findChildren(QListView):
        if view.isVisibleTo(window):
            found.extend(rows_drawn_over(view))
    return found


def sideways(window: QWidget) -> list[str]:
    """Scroll areas of text and controls that scroll sideways: words should wrap, not
    run off to the side (lists, tables and text boxes are not these scroll areas)."""
    found: list[str] = []
    for area in window.findChildren(QScrollArea):
        content = area.widget()
        if not area.isVisibleTo(window) or content is None:
            continue
        if area.horizontalScrollBar().maximum() > SLACK:
            found.append(
                f"{_name(area)} scrolls sideways: its content needs "
                f"{content.minimumSizeHint().width()}px, the view is {area.viewport().width()}px"
            )
    return found
