"""Small helpers shared by the main-window tests."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.core.errors import StorageFull
from companion.core.journal.models import Entry, EntryDraft
from companion.ui.shell.session import Session


class FullDiskSession(Session):
    """A session whose disk is full until told otherwise."""

    full = True

    def save_entry(self, entry_id: int | None, draft: EntryDraft) -> Entry:
        if self.full:
            raise StorageFull()
        return super().save_entry(entry_id, draft)


def show_active(qtbot: QtBot, widget: QWidget) -> None:
    """Show ``widget`` as the active window so keyboard focus works offscreen."""
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def interactive_without_name(root: QWidget) -> list[str]:
    """Every shown, focusable widget under ``root`` that has no accessible name.

    Plain labels and containers are not interactive; scroll bars and viewports belong to
    their (named) scroll area, the text field inside a date editor to the (named) editor.
    Hidden widgets (closed pop-ups, days outside the month) cannot be reached.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QLabel, QScrollBar

    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, QLabel):
            continue
        if widget is not root and not widget.isVisibleTo(root):
            continue
        owner = widget.parentWidget()
        if isinstance(owner, QAbstractSpinBox) and owner.accessibleName():
            continue
        if isinstance(widget, QScrollBar):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            continue
        if type(widget).__name__ in ("QCalendarWidget", "QCalendarView", "QMenu"):
            continue  # the pop-up calendar of a date field: Qt names its own cells
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing
