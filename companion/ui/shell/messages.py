"""One message table: each failure the core reports has one kind and one kind sentence.

:func:`message_for` looks an exception's class up along its class hierarchy, so a new
error that subclasses a known one is worded sensibly before anyone adds a line for it,
and anything unexpected gets the calm fallback. :func:`show_message` is the one helper
that puts such a sentence (or any notice) in a message box.

The messages never include the exception's own text: that may name files or fields,
and nothing here should ever echo what someone wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox, QWidget

from companion import APP_NAME
from companion.core.errors import (
    CompanionError,
    EntryNotFound,
    InvalidEntry,
    PreferencesError,
    ResourceDataError,
    StorageFull,
    UnsupportedVersion,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from companion.ui.shell.i18n import noop, translate


class Kind(StrEnum):
    """What sort of trouble it is: screens may treat kinds differently (focus, icons)."""

    WRONG_SECRET = "wrong-secret"  # noqa: S105 - a passphrase or code that did not open it
    DAMAGED = "damaged"  # files that failed a check; nothing was changed
    MISSING = "missing"  # something expected is not there
    BUSY = "busy"  # in use elsewhere, or locked
    STORAGE = "storage"  # the disk or the files could not be written
    BAD_INPUT = "bad-input"  # what was given cannot be used as it is
    NEWER = "newer"  # written by a newer Companion
    NOTICE = "notice"  # not a failure: something worth knowing
    UNEXPECTED = "unexpected"  # a bug; the crash path has the details


@dataclass(frozen=True)
class Message:
    """One entry of the table: the kind and the English source sentence."""

    kind: Kind
    text: str

    def translated(self) -> str:
        """The sentence in the user's language."""
        return translate("Messages", self.text)


def _m(kind: Kind, text: object) -> Message:
    return Message(kind, noop(text))


WRONG_PASSPHRASE = _m(
    Kind.WRONG_SECRET,
    QT_TRANSLATE_NOOP(
        "Messages",
        "That passphrase didn't open your journal. Check Caps Lock and try again — "
        "there's no limit on tries.",
    ),
)
WRONG_RECOVERY_CODE = _m(
    Kind.WRONG_SECRET,
    QT_TRANSLATE_NOOP(
        "Messages",
        "That recovery code didn't open your journal. Check each group of letters and "
        "numbers and try again — there's no limit on tries.",
    ),
)
UNEXPECTED = _m(
    Kind.UNEXPECTED,
    QT_TRANSLATE_NOOP("Messages", "Something went wrong. Your saved entries are safe."),
)
UNSAVED_AT_LOCK = _m(
    Kind.STORAGE,
    QT_TRANSLATE_NOOP(
        "Messages",
        "Your latest changes couldn't be saved before your journal locked (the disk may be "
        "full). Everything saved before is safe.",
    ),
)
HEADER_DAMAGED = _m(
    Kind.DAMAGED,
    # Said plainly because the alternative reading, "my passphrase is wrong", sends
    # people round in circles retyping a passphrase that was right all along.
    QT_TRANSLATE_NOOP(
        "Messages",
        "The small file that unlocks your journal looks damaged, so Companion did not "
        "open it. Your passphrase is not the problem, and the files were not changed. "
        "Keep them as they are and restore a backup copy if you have one.",
    ),
)

Entry = Message | Callable[[BaseException], Message]

# Looked up along the exception's class hierarchy: the most specific class wins.
TABLE: dict[type[BaseException], Entry] = {
    WrongPassphrase: WRONG_PASSPHRASE,
    VaultNotFound: _m(
        Kind.MISSING,
        QT_TRANSLATE_NOOP(
            "Messages",
            "Companion couldn't find your journal in its folder. If you moved it, put it "
            "back and start Companion again.",
        ),
    ),
    VaultExists: _m(
        Kind.BAD_INPUT,
        QT_TRANSLATE_NOOP(
            "Messages", "There is already a journal here, so a new one was not created."
        ),
    ),
    VaultDamaged: lambda exc: (
        HEADER_DAMAGED
        if isinstance(exc, VaultDamaged) and exc.part == "header"
        else _m(
            Kind.DAMAGED,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Your journal's files look damaged, so Companion did not open them. The "
                "files were not changed. Keep them as they are and restore a backup copy "
                "if you have one.",
            ),
        )
    ),
    UnsupportedVersion: _m(
        Kind.NEWER,
        QT_TRANSLATE_NOOP(
            "Messages",
            "This journal was saved by a newer version of Companion. Please install the "
            "newer version to open it. Nothing was changed.",
        ),
    ),
    WeakPassphrase: _m(
        Kind.BAD_INPUT,
        QT_TRANSLATE_NOOP("Messages", "Please choose a passphrase with at least 8 characters."),
    ),
    StorageFull: _m(
        Kind.STORAGE,
        QT_TRANSLATE_NOOP(
            "Messages",
            "Could not save: the disk is full. Your text is still here, and everything "
            "saved before is safe. Free some space and try again.",
        ),
    ),
    VaultInUse: _m(
        Kind.BUSY,
        QT_TRANSLATE_NOOP(
            "Messages",
            "Your journal is open in another Companion window or program. Close it there "
            "and try again.",
        ),
    ),
    VaultLocked: _m(
        Kind.BUSY,
        QT_TRANSLATE_NOOP("Messages", "Your journal is locked. Unlock it to carry on."),
    ),
    EntryNotFound: _m(
        Kind.MISSING,
        QT_TRANSLATE_NOOP(
            "Messages", "That entry is no longer there. It may have been deleted for good."
        ),
    ),
    InvalidEntry: _m(
        Kind.BAD_INPUT,
        QT_TRANSLATE_NOOP(
            "Messages",
            "That entry could not be saved as it is. Please check it and try again.",
        ),
    ),
    PreferencesError: _m(
        Kind.NOTICE,
        QT_TRANSLATE_NOOP(
            "Messages", "Your settings could not be read, so the defaults are used for now."
        ),
    ),
    ResourceDataError: _m(
        Kind.NOTICE,
        QT_TRANSLATE_NOOP(
            "Messages", "Some help information could not be loaded. The built-in list is used."
        ),
    ),
    CompanionError: UNEXPECTED,
    OSError: _m(
        Kind.STORAGE,
        QT_TRANSLATE_NOOP(
            "Messages",
            "Companion couldn't read or write its files. Nothing saved before was lost. "
            "Check the disk and try again.",
        ),
    ),
}


def lookup(exc: BaseException, table: dict[type[BaseException], Entry] = TABLE) -> Message:
    """The table's message for ``exc``, found along its class hierarchy."""
    for cls in type(exc).__mro__:
        entry = table.get(cls)
        if entry is not None:
            return entry if isinstance(entry, Message) else entry(exc)
    return UNEXPECTED


def message_for(exc: BaseException) -> str:
    """The translated sentence to show for ``exc`` (calm fallback for the unexpected).

    Returns:
        User-facing text with no journal content in it.
    """
    return lookup(exc).translated()


def show_message(
    parent: QWidget | None,
    text: str | BaseException,
    *,
    details: str = "",
    kind: Kind | None = None,
    name: str = "",
) -> QMessageBox:
    """Show one calm message box over ``parent`` (window-modal; does not block).

    Args:
        parent: The window the box belongs to.
        text: A translated sentence, or an exception to word through the table.
        details: A second, smaller paragraph (already translated).
        kind: What sort of message it is (kept on the box as a property for tests and
            later styling); derived from the exception when ``text`` is one.
        name: An object name, so tests and screen readers can find the box.

    Returns:
        The open box (already shown).
    """
    if isinstance(text, BaseException):
        message = lookup(text)
        text, kind = message.translated(), kind or message.kind
    # One calm icon for every kind: a warning triangle reads as alarm, and nothing here
    # is the person's fault.
    box = QMessageBox(
        QMessageBox.Icon.Information, APP_NAME, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setProperty("messageKind", str(kind or Kind.NOTICE))
    if name:
        box.setObjectName(name)
    if details:
        box.setInformativeText(details)
    box.open()
    return box
