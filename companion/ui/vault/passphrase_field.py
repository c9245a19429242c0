"""A passphrase line edit with a show/hide toggle and a Caps Lock hint."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from companion.ui.shell.i18n import translate


class PassphraseField(QWidget):
    """One passphrase input. ``returnPressed`` and ``textChanged`` mirror the line edit.

    Args:
        accessible_name: what a screen reader announces for the input, e.g.
            "Passphrase" or "Confirm passphrase".
        placeholder: optional grey hint inside the empty field.
    """

    returnPressed = Signal()  # noqa: N815 - mirrors QLineEdit
    textChanged = Signal(str)  # noqa: N815 - mirrors QLineEdit

    def __init__(
        self, accessible_name: str, placeholder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._name = accessible_name
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setPlaceholderText(placeholder)
        # Never offer the passphrase to input-method prediction or history.
        self.edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
        self.edit.returnPressed.connect(self.returnPressed)
        self.edit.textChanged.connect(self.textChanged)
        self.edit.installEventFilter(self)

        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.toggled.connect(self._set_visible)
        self._set_visible(False)

        self.caps_hint = QLabel(translate("Vault", "Caps Lock seems to be on."), self)
        self.caps_hint.setAccessibleName(translate("Vault", "Caps Lock hint"))
        self.caps_hint.setVisible(False)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.caps_hint)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        """The typed passphrase."""
        return self.edit.text()

    def clear(self) -> None:
        """Empty the field (after a successful unlock the text should not linger)."""
        self.edit.clear()

    def select_all(self) -> None:
        """Focus the field with everything selected, ready for retyping."""
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit.selectAll()

    def set_busy(self, busy: bool) -> None:
        """Read-only while key derivation runs, so the text cannot change under it."""
        self.edit.setReadOnly(busy)
        self.toggle.setEnabled(not busy)

    def is_shown(self) -> bool:
        """True when the passphrase is shown as plain text."""
        return self.edit.echoMode() == QLineEdit.EchoMode.Normal

    def _set_visible(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        label = translate("Vault", "Hide") if shown else translate("Vault", "Show")
        self.toggle.setText(label)
        self.toggle.setAccessibleName(
            translate("Vault", "Hide {name}").format(name=self._name.lower())
            if shown
            else translate("Vault", "Show {name}").format(name=self._name.lower())
        )
        self.toggle.setToolTip(self.toggle.accessibleName())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt has no portable Caps Lock query; a letter whose case disagrees with Shift
        # is a cheap, reliable-enough sign.
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            typed = event.text()
            if len(typed) == 1 and typed.isalpha() and typed.upper() != typed.lower():
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.caps_hint.setVisible(typed.isupper() != shift)
        return super().eventFilter(watched, event)
