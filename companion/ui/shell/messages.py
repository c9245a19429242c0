"""One plain, kind, translatable sentence for each failure the core reports.

The messages never include the exception's own text: that may name files or fields,
and nothing here should ever echo what someone wrote.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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

_CONTEXT = "Messages"


def _tr(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; at run time it is the str it was given.
    return QCoreApplication.translate(_CONTEXT, str(text))


WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Messages",
    "That passphrase didn't open your journal. Check Caps Lock and try again — "
    "there's no limit on tries.",
)
WRONG_RECOVERY_CODE = QT_TRANSLATE_NOOP(
    "Messages",
    "That recovery code didn't open your journal. Check each group of letters and "
    "numbers and try again — there's no limit on tries.",
)
UNEXPECTED = QT_TRANSLATE_NOOP("Messages", "Something went wrong. Your saved entries are safe.")
UNSAVED_AT_LOCK = QT_TRANSLATE_NOOP(
    "Messages",
    "Your latest changes couldn't be saved before your journal locked (the disk may be "
    "full). Everything saved before is safe.",
)


def message_for(exc: BaseException) -> str:
    """The sentence to show for ``exc`` (a calm fallback for anything unexpected).

    Args:
        exc: usually a :class:`~companion.core.errors.CompanionError`.

    Returns:
        Translated, user-facing text with no journal content in it.
    """
    if isinstance(exc, WrongPassphrase):
        return _tr(WRONG_PASSPHRASE)
    if isinstance(exc, VaultNotFound):
        return _tr(
            "Companion couldn't find your journal in its folder. If you moved it, put it "
            "back and start Companion again."
        )
    if isinstance(exc, VaultExists):
        return _tr("There is already a journal here, so a new one was not created.")
    if isinstance(exc, VaultDamaged) and exc.part == "header":
        # Said plainly because the alternative reading, "my passphrase is wrong", sends
        # people round in circles retyping a passphrase that was right all along.
        return _tr(
            "The small file that unlocks your journal looks damaged, so Companion did not "
            "open it. Your passphrase is not the problem, and the files were not changed. "
            "Keep them as they are and restore a backup copy if you have one."
        )
    if isinstance(exc, VaultDamaged):
        return _tr(
            "Your journal's files look damaged, so Companion did not open them. The files "
            "were not changed. Keep them as they are and restore a backup copy if you have "
            "one."
        )
    if isinstance(exc, UnsupportedVersion):
        return _tr(
            "This journal was saved by a newer version of Companion. Please install the "
            "newer version to open it. Nothing was changed."
        )
    if isinstance(exc, WeakPassphrase):
        return _tr("Please choose a passphrase with at least 8 characters.")
    if isinstance(exc, StorageFull):
        return _tr(
            "Could not save: the disk is full. Your text is still here, and everything "
            "saved before is safe. Free some space and try again."
        )
    if isinstance(exc, VaultInUse):
        return _tr(
            "Your journal is open in another Companion window or program. Close it there "
            "and try again."
        )
    if isinstance(exc, VaultLocked):
        return _tr("Your journal is locked. Unlock it to carry on.")
    if isinstance(exc, EntryNotFound):
        return _tr("That entry is no longer there. It may have been deleted for good.")
    if isinstance(exc, InvalidEntry):
        return _tr("That entry could not be saved as it is. Please check it and try again.")
    if isinstance(exc, PreferencesError):
        return _tr("Your settings could not be read, so the defaults are used for now.")
    if isinstance(exc, ResourceDataError):
        return _tr("Some help information could not be loaded. The built-in list is used.")
    if isinstance(exc, CompanionError):
        return _tr(UNEXPECTED)
    if isinstance(exc, OSError):
        return _tr(
            "Companion couldn't read or write its files. Nothing saved before was lost. "
            "Check the disk and try again."
        )
    return _tr(UNEXPECTED)
