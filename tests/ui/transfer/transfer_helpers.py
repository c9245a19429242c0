"""Helpers for the transfer screen tests: find message boxes, click buttons, plain text."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget


def message_box(name: str) -> QMessageBox:
    """The open message box called ``name``."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == name and widget.isVisible():
            return widget
    raise AssertionError(f"no open message box {name!r}")


def click(box: QWidget, name: str) -> None:
    """Click the button called ``name`` inside ``box``."""
    button = box.findChild(QPushButton, name)
    assert button is not None, name
    button.click()


def plain(text: str) -> str:
    """``text`` without the bidirectional isolates around numbers and paths."""
    return text.replace("\u2068", "").replace("\u2069", "")
