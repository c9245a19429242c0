"""Choosing a new passphrase: one form for first run, recovery and change passphrase.

The form is the new passphrase, a strength meter that speaks in words, and a second
field to type it again. :meth:`NewPassphraseForm.problem` says, kindly, what stands in
the way; the screens around it decide when to show that.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from companion.core.errors import WeakPassphrase
from companion.core.vault.strength import (
    MIN_PASSPHRASE_LENGTH,
    StrengthHint,
    check_passphrase,
    passphrase_strength,
)
from companion.ui.shell.i18n import noop, translate
from companion.ui.vault.passphrase_field import PassphraseField

# Kind words for each score: encouragement, never a scolding. They say the same as the
# advice under the meter ("easy to guess" beside "This would be easy to guess", "a good
# start" beside "A good start…"), so the two never disagree.
STRENGTH_WORDS = (
    QT_TRANSLATE_NOOP("Vault", "Strength: easy to guess"),
    QT_TRANSLATE_NOOP("Vault", "Strength: a good start"),
    QT_TRANSLATE_NOOP("Vault", "Strength: fair"),
    QT_TRANSLATE_NOOP("Vault", "Strength: strong"),
    QT_TRANSLATE_NOOP("Vault", "Strength: very strong"),
)
TOO_SHORT_WORDS = QT_TRANSLATE_NOOP("Vault", "Strength: just starting")

HINT_WORDS = {
    StrengthHint.TOO_SHORT: QT_TRANSLATE_NOOP(
        "Vault", "Please use at least 8 characters. A short sentence works well."
    ),
    StrengthHint.EASY_TO_GUESS: QT_TRANSLATE_NOOP(
        "Vault",
        "This would be easy to guess. A few unrelated words make a strong, memorable passphrase.",
    ),
    StrengthHint.ADD_A_WORD: QT_TRANSLATE_NOOP(
        "Vault", "A good start. Adding another word or two would make it much stronger."
    ),
    StrengthHint.FAIR: QT_TRANSLATE_NOOP(
        "Vault", "Fair. One more word, or a less common one, would help."
    ),
    StrengthHint.STRONG: QT_TRANSLATE_NOOP("Vault", "Strong. Keep it somewhere only you can find."),
    StrengthHint.VERY_STRONG: QT_TRANSLATE_NOOP(
        "Vault", "Very strong. Keep it somewhere only you can find."
    ),
}


def strength_text(score: int, hint: StrengthHint | None = None) -> str:
    """The words shown on the strength meter for ``score`` (0–4); a passphrase still
    too short is "just starting" whatever its score."""
    if hint is StrengthHint.TOO_SHORT:
        return translate("Vault", noop(TOO_SHORT_WORDS))
    return translate("Vault", noop(STRENGTH_WORDS[max(0, min(score, len(STRENGTH_WORDS) - 1))]))


def validate_new_passphrase(passphrase: str, confirmation: str) -> str | None:
    """A friendly problem description, or ``None`` when the pair is usable."""
    try:
        check_passphrase(passphrase)
    except WeakPassphrase:
        return translate(
            "Vault",
            "Please use at least 8 characters. A few words you'll remember work well, "
            "for example three unrelated words.",
        )
    if passphrase != confirmation:
        return translate(
            "Vault", "The two passphrases don't match yet. Please type the same one twice."
        )
    return None


class StrengthMeter(QWidget):
    """A meter that says its value in words (never colour alone) plus a hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(True)
        self.bar.setAccessibleName(translate("Vault", "Passphrase strength"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(translate("Vault", "Passphrase advice"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.hint)
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        """Show the strength of ``passphrase``."""
        if not passphrase:
            score = 0
            hint = translate(
                "Vault", "A few unrelated words you'll remember make a good passphrase."
            )
            words = translate("Vault", "Strength: nothing typed yet")
        else:
            strength = passphrase_strength(passphrase)
            score = strength.score
            hint = translate("Vault", noop(HINT_WORDS[strength.hint]))
            words = strength_text(score, strength.hint)
        self.bar.setValue(score)
        self.bar.setFormat(words)
        self.bar.setAccessibleDescription(words)
        self.hint.setText(hint)


class NewPassphraseForm(QWidget):
    """New passphrase, strength meter, and the same passphrase again.

    Args:
        label: The first field's label ("Passphrase" at first run, "New passphrase" later).
        confirm_label: The second field's label.

    ``submitted`` fires when Return is pressed in the second field.
    """

    submitted = Signal()
    changed = Signal()

    def __init__(self, label: str, confirm_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(label, self)
        self.passphrase = PassphraseField(label, parent=self)
        self.label.setBuddy(self.passphrase.edit)
        self.meter = StrengthMeter(self)
        self.confirm_label = QLabel(confirm_label, self)
        self.confirm = PassphraseField(confirm_label, parent=self)
        self.confirm_label.setBuddy(self.confirm.edit)

        self.passphrase.textChanged.connect(self.meter.update_for)
        self.passphrase.textChanged.connect(self.changed)
        self.confirm.textChanged.connect(self.changed)
        self.passphrase.returnPressed.connect(self.confirm.select_all)
        self.confirm.returnPressed.connect(self.submitted)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.label)
        column.addWidget(self.passphrase)
        column.addWidget(self.meter)
        column.addSpacing(self.fontMetrics().height() // 2)
        column.addWidget(self.confirm_label)
        column.addWidget(self.confirm)
        self.setTabOrder(self.passphrase.edit, self.passphrase.toggle)
        self.setTabOrder(self.passphrase.toggle, self.confirm.edit)
        self.setTabOrder(self.confirm.edit, self.confirm.toggle)
        self.setFocusProxy(self.passphrase)

    def text(self) -> str:
        """The new passphrase as typed in the first field."""
        return self.passphrase.text()

    def problem(self) -> str | None:
        """What stands in the way, in kind words; ``None`` when the pair is usable."""
        return validate_new_passphrase(self.passphrase.text(), self.confirm.text())

    def focus_problem(self) -> None:
        """Put the cursor where the problem is: too short → first field, else the second."""
        too_short = len(self.passphrase.text().strip()) < MIN_PASSPHRASE_LENGTH
        (self.passphrase if too_short else self.confirm).select_all()

    def first_field(self) -> PassphraseField:
        """The first field (screens chain their tab order through it)."""
        return self.passphrase

    def last_control(self) -> QWidget:
        """The last control in the form's tab order."""
        return self.confirm.toggle

    def set_busy(self, busy: bool) -> None:
        """Read-only while key derivation runs."""
        self.passphrase.set_busy(busy)
        self.confirm.set_busy(busy)

    def clear(self) -> None:
        """Empty both fields (the text should not linger after use)."""
        self.passphrase.clear()
        self.confirm.clear()
