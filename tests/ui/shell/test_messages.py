"""The message table: looked up along the class hierarchy; one helper shows a box."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from companion.core.errors import CompanionError, StorageFull, VaultDamaged, WrongPassphrase
from companion.ui.shell.messages import (
    HEADER_DAMAGED,
    TABLE,
    UNEXPECTED,
    Kind,
    lookup,
    message_for,
    show_message,
)


class _FeatureError(StorageFull):
    """A later feature's error that refines a known one."""


class _NewCoreError(CompanionError):
    """An error nobody has written a message for yet."""


def test_a_subclass_is_worded_as_its_nearest_known_parent() -> None:
    assert lookup(_FeatureError("disk")) == lookup(StorageFull("disk"))
    assert lookup(_FeatureError("disk")).kind is Kind.STORAGE


def test_an_unknown_core_error_gets_the_calm_fallback_not_a_crash() -> None:
    assert lookup(_NewCoreError()) == UNEXPECTED
    assert lookup(KeyError("x")) == UNEXPECTED


def test_damage_to_the_key_file_is_not_worded_as_a_wrong_passphrase() -> None:
    header = lookup(VaultDamaged("header", "bad checksum"))
    database = lookup(VaultDamaged("database", "bad page"))
    assert header == HEADER_DAMAGED
    assert header != database
    assert header.kind is database.kind is Kind.DAMAGED
    assert "passphrase is not the problem" in message_for(VaultDamaged("header", "x"))


def test_os_errors_are_calm_storage_messages() -> None:
    assert lookup(PermissionError("/home/someone/secret.txt")).kind is Kind.STORAGE
    assert "secret" not in message_for(PermissionError("/home/someone/secret.txt"))


def test_every_entry_is_a_whole_sentence() -> None:
    samples = [VaultDamaged("header", "x"), VaultDamaged("database", "x")]
    for cls, entry in TABLE.items():
        messages = [entry] if not callable(entry) else [entry(s) for s in samples]
        for message in messages:
            assert message.text.endswith((".", "!", "?")), cls.__name__


def test_show_message_opens_one_calm_box(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_message(parent, WrongPassphrase(), name="wrongNote")
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    assert box.objectName() == "wrongNote"
    assert box.text() == message_for(WrongPassphrase())
    assert box.property("messageKind") == "wrong-secret"
    assert box.icon() is QMessageBox.Icon.Information  # never an alarming triangle
    box.done(0)
    note = show_message(parent, "Saved.", details="All is well.")
    assert (note.text(), note.informativeText()) == ("Saved.", "All is well.")
    assert note.property("messageKind") == "notice"
    note.done(0)
