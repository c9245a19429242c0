"""First run: say what Companion keeps private, then create the passphrase and vault."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.clock import Clock
from companion.core.errors import WeakPassphrase
from companion.core.features import FEATURE_SCHEMAS
from companion.core.vault import Vault
from companion.core.vault.strength import (
    MIN_PASSPHRASE_LENGTH,
    check_passphrase,
    passphrase_strength,
)
from companion.ui.shell.messages import message_for
from companion.ui.shell.ops import BackgroundTask, run_in_background
from companion.ui.shell.theme import build_screen, heading, make_header
from companion.ui.vault.passphrase_field import PassphraseField
from companion.ui.widgets.busy import BusyIndicator

if TYPE_CHECKING:
    from companion.core.vault import RecoveryCode
    from companion.core.vault.crypto import KdfParams
    from companion.ui.help.access import HelpAccess

APP_TITLE = "Companion"


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


# Kind words for each strength score: encouragement, never a scolding.
STRENGTH_WORDS = (
    QT_TRANSLATE_NOOP("FirstRun", "Strength: just starting"),
    QT_TRANSLATE_NOOP("FirstRun", "Strength: easy to guess"),
    QT_TRANSLATE_NOOP("FirstRun", "Strength: fair"),
    QT_TRANSLATE_NOOP("FirstRun", "Strength: strong"),
    QT_TRANSLATE_NOOP("FirstRun", "Strength: very strong"),
)


def strength_text(score: int) -> str:
    """The words shown on the strength meter for ``score`` (0–4)."""
    return _tr(str(STRENGTH_WORDS[max(0, min(score, len(STRENGTH_WORDS) - 1))]))


def validate_new_passphrase(passphrase: str, confirmation: str) -> str | None:
    """A friendly problem description, or ``None`` when the pair is usable."""
    try:
        check_passphrase(passphrase)
    except WeakPassphrase:
        return _tr(
            "Please use at least 8 characters. A few words you'll remember work well, "
            "for example three unrelated words."
        )
    if passphrase != confirmation:
        return _tr("The two passphrases don't match yet. Please type the same one twice.")
    return None


class StrengthMeter(QWidget):
    """A meter that says its value in words (never colour alone) plus a hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(True)
        self.bar.setAccessibleName(_tr("Passphrase strength"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(_tr("Passphrase advice"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.hint)
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        """Show the strength of ``passphrase``."""
        if not passphrase:
            score, hint = 0, _tr("A few unrelated words you'll remember make a good passphrase.")
        else:
            score, hint = passphrase_strength(passphrase)
            hint = QCoreApplication.translate("Strength", hint)
        words = strength_text(score) if passphrase else _tr("Strength: nothing typed yet")
        self.bar.setValue(score)
        self.bar.setFormat(words)
        self.bar.setAccessibleDescription(words)
        self.hint.setText(hint)


def kdf_kwargs(kdf_params: KdfParams | None) -> dict[str, Any]:
    """Keyword arguments for the slow vault calls.

    Production passes nothing (the vault calibrates Argon2id to this machine); tests and
    screenshots pass tiny parameters, which the vault only accepts when told so.
    """
    if kdf_params is None:
        return {}
    return {"kdf_params": kdf_params, "allow_weak_for_tests": True}


def create_vault(
    folder: Path, passphrase: str, clock: Clock, kdf_params: KdfParams | None
) -> tuple[Vault, RecoveryCode]:
    """Create the vault (slow: Argon2id). Runs on a worker thread."""
    return Vault.create(
        folder, passphrase, schemas=FEATURE_SCHEMAS, clock=clock, **kdf_kwargs(kdf_params)
    )


class FirstRunWindow(QWidget):
    """The welcome screen. Emits ``created(vault, recovery_code)`` once the vault exists."""

    created = Signal(object, object)

    def __init__(
        self,
        vault_dir: Path,
        help_access: HelpAccess,
        clock: Clock,
        kdf_params: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_TITLE)
        self._vault_dir = vault_dir
        self._clock = clock
        self._kdf_params = kdf_params
        self._task: BackgroundTask[tuple[Vault, RecoveryCode]] | None = None

        self.header = make_header(_tr("Welcome to Companion"), help_access, self)
        self.help_button = self.header.property("helpButton")
        self.promise = QLabel(
            _tr(
                "Everything you write stays on this computer, encrypted with your "
                "passphrase. There is no account and no internet connection, so nobody "
                "else can read it."
            ),
            self,
        )
        self.promise.setWordWrap(True)
        self.promise.setAccessibleName(_tr("What Companion keeps private"))

        self.choose_heading = heading(_tr("Choose a passphrase"), self, 1.2)
        self.guidance = QLabel(
            _tr(
                "You'll type it each time you open your journal. Make it at least 8 "
                "characters; a short sentence or a few words is easier to remember than "
                "a jumble of symbols."
            ),
            self,
        )
        self.guidance.setWordWrap(True)
        self.passphrase = PassphraseField(_tr("Passphrase"), parent=self)
        self.meter = StrengthMeter(self)
        self.confirm_label = QLabel(_tr("Type it again to be sure"), self)
        self.confirm = PassphraseField(_tr("Confirm passphrase"), parent=self)
        self.confirm_label.setBuddy(self.confirm.edit)
        self.passphrase_label = QLabel(_tr("Passphrase"), self)
        self.passphrase_label.setBuddy(self.passphrase.edit)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(_tr("Message"))
        self.message.setVisible(False)
        self.busy = BusyIndicator(self)
        self.create_button = QPushButton(_tr("Create my journal"), self)
        self.create_button.setAccessibleName(_tr("Create my journal"))
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)

        self.passphrase.textChanged.connect(self._on_typed)
        self.confirm.textChanged.connect(self._on_typed)
        self.passphrase.returnPressed.connect(self.confirm.select_all)
        self.confirm.returnPressed.connect(self.submit)
        self.create_button.clicked.connect(self.submit)

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(_tr("Note"))
        self.notice.setVisible(False)
        form = QWidget(self)
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.notice)
        column.addWidget(self.promise)
        line = QFrame(form)
        line.setFrameShape(QFrame.Shape.HLine)
        column.addSpacing(self.fontMetrics().height() // 2)
        column.addWidget(line)
        column.addSpacing(self.fontMetrics().height() // 2)
        column.addWidget(self.choose_heading)
        column.addWidget(self.guidance)
        column.addSpacing(self.fontMetrics().height() // 2)
        column.addWidget(self.passphrase_label)
        column.addWidget(self.passphrase)
        column.addWidget(self.meter)
        column.addSpacing(self.fontMetrics().height() // 2)
        column.addWidget(self.confirm_label)
        column.addWidget(self.confirm)
        column.addWidget(self.message)
        column.addWidget(self.busy)
        column.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        build_screen(self, self.header, form)
        self.setTabOrder(self.help_button, self.passphrase.edit)
        self.setTabOrder(self.passphrase.edit, self.passphrase.toggle)
        self.setTabOrder(self.passphrase.toggle, self.confirm.edit)
        self.setTabOrder(self.confirm.edit, self.confirm.toggle)
        self.setTabOrder(self.confirm.toggle, self.create_button)
        self.passphrase.setFocus()

    def show_notice(self, text: str) -> None:
        """A calm note above the form (for example: settings could not be read)."""
        self.notice.setText(text)
        self.notice.setVisible(True)

    def is_busy(self) -> bool:
        """True while the vault is being created."""
        return self._task is not None

    def _on_typed(self) -> None:
        self.meter.update_for(self.passphrase.text())
        if not self.message.isVisible():
            return
        # Hide the note once what it said is no longer true ("at least 8 characters"
        # stayed up after the passphrase grew long enough); a new problem is named on
        # the next try rather than while the person is still typing.
        problem = validate_new_passphrase(self.passphrase.text(), self.confirm.text())
        if problem != self.message.text():
            self.message.setVisible(False)

    def show_message(self, text: str) -> None:
        """Show a calm note under the fields."""
        self.message.setText(text)
        self.message.setVisible(True)

    def submit(self) -> None:
        """Validate, then create the vault in the background."""
        if self._task is not None:
            return
        problem = validate_new_passphrase(self.passphrase.text(), self.confirm.text())
        if problem is not None:
            self.show_message(problem)
            target = (
                self.passphrase
                if len(self.passphrase.text().strip()) < MIN_PASSPHRASE_LENGTH
                else self.confirm
            )
            target.select_all()
            return
        self.message.setVisible(False)
        self._set_busy(True)
        passphrase, folder, clock, params = (
            self.passphrase.text(),
            self._vault_dir,
            self._clock,
            self._kdf_params,
        )
        self._task = run_in_background(
            lambda: create_vault(folder, passphrase, clock, params),
            self._created,
            self._failed,
            self,
            on_abandoned=lambda made: made[0].lock(),  # closed meanwhile: lock it again
        )

    def _set_busy(self, busy: bool) -> None:
        self.passphrase.set_busy(busy)
        self.confirm.set_busy(busy)
        self.create_button.setEnabled(not busy)
        if busy:
            self.busy.start(_tr("Creating your journal… this takes a moment."))
        else:
            self.busy.stop()

    def _created(self, result: tuple[Vault, RecoveryCode]) -> None:
        self._task = None
        self._set_busy(False)
        self.passphrase.clear()
        self.confirm.clear()
        vault, code = result
        self.created.emit(vault, code)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self.show_message(message_for(exc))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing mid-creation would leave a half-made vault folder; wait it out.
        if self._task is not None:
            event.ignore()
            return
        super().closeEvent(event)
