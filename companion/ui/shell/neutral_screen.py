"""What quick exit may leave on screen instead of Companion: a plain, empty window.

When the policy asks for a neutral screen rather than quitting (a kiosk that must always
show something), this is it: an empty notes page with an ordinary title, nothing from
Companion, no way back into the journal. Closing it ends the program.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from companion.ui.shell.i18n import translate


class NeutralScreen(QWidget):
    """An empty page titled "Untitled"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("neutralScreen")
        self.setWindowTitle(translate("Shell", "Untitled"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.page = QPlainTextEdit(self)
        self.page.setAccessibleName(translate("Shell", "Untitled page"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            self.resize(room.width() // 2, room.height() // 2)
