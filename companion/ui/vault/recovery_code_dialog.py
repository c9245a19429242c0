"""Show the recovery code once, help the person keep it, and make sure they did."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QCloseEvent, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.core.fsutil import atomic_write_bytes
from companion.ui.shell.design import make_primary, message_slot
from companion.ui.shell.i18n import noop, translate
from companion.ui.shell.messages import message_for
from companion.ui.shell.theme import HelpButtonSource, build_card_screen, scaled_font
from companion.ui.widgets.private_file_dialog import ask_save_path

log = logging.getLogger(__name__)


EXPLANATION = QT_TRANSLATE_NOOP(
    "Vault",
    "If you forget your passphrase, this code is the only way back in. Without both, "
    "nobody — not even us — can recover your journal. Save it to a file on a USB stick, "
    "print it, or write it down, and keep it somewhere private.",
)


def recovery_file_text(code: str) -> str:
    """What a saved recovery-code file contains (no journal data at all)."""
    return "\n".join(
        [
            translate("Vault", "Companion recovery code"),
            "",
            code,
            "",
            translate("Vault", noop(EXPLANATION)),
            "",
        ]
    )


def printing_available() -> bool:
    """True when a print dialog can be shown (not on the headless offscreen platform)."""
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return False
    try:
        from PySide6 import QtPrintSupport  # noqa: F401 - probe only
    except ImportError:
        return False
    return True


class RecoveryCodeDialog(QDialog):
    """Shows the code in large, selectable monospace text; Continue needs the checkbox."""

    def __init__(
        self, code: str, help_access: HelpButtonSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Vault", "Companion — Your recovery code"))
        self._code = code
        self.saved_to: Path | None = None

        self.explanation = QLabel(translate("Vault", noop(EXPLANATION)), self)
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(translate("Vault", "Why the recovery code matters"))

        self.code_label = QLabel(code, self)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(QApplication.font().pointSizeF(), 1.0))
        self.code_label.setFont(scaled_font(mono, 1.6, bold=True))
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setWordWrap(True)
        self.code_label.setAccessibleName(translate("Vault", "Recovery code"))
        # Screen readers read the groups one character at a time with this description.
        self.code_label.setAccessibleDescription(" ".join(code))
        self.code_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.code_label.setMargin(self.fontMetrics().height())

        self.save_button = QPushButton(translate("Vault", "Save to a file…"), self)
        self.save_button.setAccessibleName(translate("Vault", "Save the recovery code to a file"))
        self.save_button.clicked.connect(self.save_to_file)
        self.print_button = QPushButton(translate("Vault", "Print…"), self)
        self.print_button.setAccessibleName(translate("Vault", "Print the recovery code"))
        self.print_button.clicked.connect(self.print_code)
        if not printing_available():
            self.print_button.setEnabled(False)
            self.print_button.setToolTip(
                translate("Vault", "Printing is not available on this computer.")
            )

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("Vault", "Status"))
        self.status.setVisible(False)

        self.confirm_box = QCheckBox(translate("Vault", "I have saved my recovery code"), self)
        self.confirm_box.setAccessibleName(translate("Vault", "I have saved my recovery code"))
        self.continue_button = QPushButton(translate("Vault", "Continue"), self)
        self.continue_button.setAccessibleName(translate("Vault", "Continue to my journal"))
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        make_primary(self.continue_button)
        self.confirm_box.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.accept)

        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        finish = QHBoxLayout()
        finish.addWidget(self.confirm_box, 1)
        finish.addWidget(self.continue_button)

        form = QWidget(self)
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 0, 0)
        gap = self.fontMetrics().height() // 2
        column.addWidget(self.explanation)
        column.addSpacing(gap)
        column.addWidget(self.code_label)
        column.addLayout(actions)
        column.addWidget(message_slot(self.status, 1))
        column.addSpacing(gap * 2)
        column.addLayout(finish)
        self.header, self.title = build_card_screen(
            self, help_access, translate("Vault", "Your recovery code"), APP_NAME, form, 80
        )
        self.help_button = self.header.property("helpButton")
        self.setTabOrder(self.help_button, self.code_label)
        self.setTabOrder(self.code_label, self.save_button)
        self.setTabOrder(self.save_button, self.print_button)
        self.setTabOrder(self.print_button, self.confirm_box)
        self.setTabOrder(self.confirm_box, self.continue_button)
        self.code_label.setFocus()

    def code(self) -> str:
        """The code on screen."""
        return self._code

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(True)

    def save_to_file(self, path: Path | None = None) -> bool:
        """Ask where to save (non-native dialog, no history kept) and write the file.

        Args:
            path: skip the dialog and write here (tests and scripted use).
        """
        if not isinstance(path, Path):  # ``clicked`` passes a bool
            chosen = ask_save_path(
                self,
                translate("Vault", "Save your recovery code"),
                Path.home() / "companion-recovery-code.txt",
                translate("Vault", "Text files (*.txt)"),
            )
            if chosen is None:
                return False
            path = chosen
        try:
            atomic_write_bytes(path, recovery_file_text(self._code).encode("utf-8"))
        except Exception as exc:  # show a calm sentence; the code is still on screen
            log.warning("recovery code not saved: %s", type(exc).__name__)
            self._say(message_for(exc))
            return False
        self.saved_to = path
        self._say(
            translate("Vault", "Saved to {name}. Keep that file somewhere private.").format(
                name=path.name
            )
        )
        return True

    def print_code(self) -> bool:
        """Print the code through the system print dialog (when there is one)."""
        if not printing_available():
            self._say(
                translate(
                    "Vault", "Printing is not available here. Please save or write the code down."
                )
            )
            return False
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        doc = QTextDocument()
        doc.setPlainText(recovery_file_text(self._code))
        doc.print_(printer)
        self._say(translate("Vault", "Sent to the printer."))
        return True

    def reject(self) -> None:
        # The code is shown only once: closing before confirming would lose it. Once it
        # is kept, Esc or closing the window means "done here": go on to the journal
        # rather than leave the app with no window (which quit it).
        if self.confirm_box.isChecked():
            self.accept()
            return
        self._say(
            translate(
                "Vault",
                "Please keep your recovery code first, then tick the box and choose Continue.",
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_box.isChecked() or self.result() == QDialog.DialogCode.Accepted:
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()
