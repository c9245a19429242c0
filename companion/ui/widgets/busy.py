"""A calm "working on it" indicator: an indeterminate bar with words beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from companion.ui.shell.i18n import translate


class BusyIndicator(QWidget):
    """Hidden until :meth:`start`; the text says what is happening (not just a spinner)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # indeterminate: key derivation has no progress to report
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.bar.setAccessibleName(translate("Widgets", "Working"))
        self.label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self.setVisible(False)

    def start(self, text: str) -> None:
        """Show the indicator with ``text`` (also announced to screen readers)."""
        self.label.setText(text)
        self.bar.setAccessibleName(text)
        self.setAccessibleName(text)
        self.setVisible(True)

    def stop(self) -> None:
        """Hide the indicator."""
        self.setVisible(False)
        self.label.clear()

    def is_busy(self) -> bool:
        """True while shown."""
        return not self.isHidden()
