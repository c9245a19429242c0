"""The safety plan's readable copy, shown without unlocking: :class:`SafetyPlanCopyWindow`.

Opened from the help panel and the lock screen, so it imports only the plan's plain-text
module, Qt and the shell's words and theme — never the vault or the journal. It reads
whatever file is there (``read_plaintext_copy`` never raises) and shows it read-only; if
there is none it says how to make one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from companion.core.safety_plan.plaintext import read_plaintext_copy
from companion.ui.safety_plan.words import core_text
from companion.ui.shell.i18n import translate
from companion.ui.shell.theme import HelpButtonSource, heading
from companion.ui.shell.window_titles import screen_title


class SafetyPlanCopyWindow(QWidget):
    """A window showing the unencrypted copy of the safety plan, read-only.

    Args:
        data_dir: The data folder holding ``safety-plan.txt``.
        parent: The owning widget (``None`` for a window of its own).
        help_access: Gives the "Get help now (F1)" button; without it the window says
            that F1 opens help.
    """

    def __init__(
        self,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        help_access: HelpButtonSource | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("safetyPlanCopyWindow")
        self.setWindowTitle(screen_title(core_text("My safety plan")))
        self.setAccessibleName(core_text("My safety plan"))
        self._data_dir = data_dir
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(core_text("My safety plan"), self), 1)
        if help_access is not None:
            button = help_access.button(self)
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        else:
            top.addWidget(QLabel(translate("SelfCare", "Get help now: press F1"), self))
        layout.addLayout(top)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("SelfCare", "My safety plan, readable copy"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(QFont().pointSizeF() * 1.1)
        self.text.setFont(font)
        layout.addWidget(self.text, 1)
        self.missing = QLabel(
            translate(
                "SelfCare",
                "There is no readable copy of your safety plan on this computer. After "
                "unlocking, you can make one on the safety plan page (it is not encrypted).",
            ),
            self,
        )
        self.missing.setWordWrap(True)
        layout.addWidget(self.missing)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(translate("SelfCare", "Close"), self)
        close.setAccessibleName(translate("SelfCare", "Close the safety plan"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 36)
        self.reload()

    def has_copy(self) -> bool:
        """True when a readable copy was found and is shown."""
        return not self.text.isHidden()

    def reload(self) -> None:
        """Read the copy again (it may have been turned on or off meanwhile)."""
        found = read_plaintext_copy(self._data_dir)
        self.text.setPlainText(found or "")
        self.text.setVisible(found is not None)
        self.missing.setVisible(found is None)
