"""Passphrase fields for the transfer screens.

Kept here rather than borrowed from ``companion.ui.vault``: feature UI packages are
independent of each other (see ``[tool.importlinter]``). The rules themselves come from
the core (``companion.core.vault.strength``), so every screen judges a passphrase alike.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from companion.core.errors import WeakPassphrase
from companion.core.vault.strength import check_passphrase
from companion.ui.shell.i18n import translate


def secret_field(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    """A password-style line edit (never echoed, never pasted into the logs)."""
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


class NewPassphraseInputs(QWidget):
    """A new passphrase typed twice, with "Show" and a kind sentence about what is missing.

    Args:
        for_journal: The passphrase is for the journal on this computer (a copy opened
            with its recovery code), not for a copy being saved: the wording says so.
    """

    def __init__(self, parent: QWidget | None = None, *, for_journal: bool = False) -> None:
        super().__init__(parent)
        self._for_journal = for_journal
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.first = secret_field(self, "newPassphrase", translate("Transfer", "New passphrase"))
        self.second = secret_field(
            self, "repeatPassphrase", translate("Transfer", "The same passphrase again")
        )
        label = (
            translate("Transfer", "&New passphrase:")
            if for_journal
            else translate("Transfer", "&Passphrase for the copy:")
        )
        form.addRow(label, self.first)
        form.addRow(translate("Transfer", "&Type it again:"), self.second)
        self.show_box = QCheckBox(translate("Transfer", "Show the passphrase"), self)
        self.show_box.setObjectName("showPassphrase")
        self.show_box.toggled.connect(self._show)
        form.addRow(self.show_box)
        self.hint = QLabel(self)
        self.hint.setObjectName("passphraseHint")
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self._changed()

    def labels(self) -> list[QLabel]:
        """The two fields' labels (to line them up with a form around this one)."""
        form = self.layout()
        assert isinstance(form, QFormLayout)
        found = [form.labelForField(self.first), form.labelForField(self.second)]
        return [label for label in found if isinstance(label, QLabel)]

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def problem(self) -> str | None:
        """What stands in the way, kindly; None when the pair can be used."""
        try:
            check_passphrase(self.first.text())
        except WeakPassphrase:
            return translate(
                "Transfer",
                "Please use at least 8 characters. A few words you'll remember work well.",
            )
        if self.first.text() != self.second.text():
            return translate("Transfer", "The two passphrases don't match yet.")
        return None

    def _changed(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.hint.setText(problem)
        elif self._for_journal:
            self.hint.setText(
                translate("Transfer", "Good. From now on this passphrase opens the journal.")
            )
        else:
            self.hint.setText(
                translate("Transfer", "Good. You'll need this passphrase to open the copy.")
            )

    def text(self) -> str:
        """The passphrase (check :meth:`problem` first)."""
        return self.first.text()

    def clear(self) -> None:
        """Forget what was typed."""
        self.first.clear()
        self.second.clear()
