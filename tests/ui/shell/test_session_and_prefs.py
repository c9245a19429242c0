"""Session signals and locking; the preferences store; messages for every core error."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from companion.core import errors
from companion.core.clock import FakeClock
from companion.core.errors import VaultLocked
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal.models import EntryDraft, Mood
from companion.core.settings import load_preferences
from companion.core.vault import Vault
from companion.ui.shell.messages import UNEXPECTED, message_for
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.session import Session


def test_session_emits_and_locks(qtbot, qapp) -> None:
    session = Session(FakeClock())
    assert not session.is_unlocked()
    with pytest.raises(VaultLocked):
        _ = session.journal
    vault = Vault.in_memory(schemas=FEATURE_SCHEMAS)
    with qtbot.waitSignal(session.unlocked, timeout=1000):
        session.attach(vault)
    saved: list[int] = []
    changed: list[bool] = []
    session.entry_saved.connect(saved.append)
    session.entries_changed.connect(lambda: changed.append(True))

    entry = session.save_entry(None, EntryDraft(text="first words", mood=Mood.OKAY))
    assert saved == [entry.id]
    updated = session.save_entry(entry.id, EntryDraft(text="second words"))
    assert updated.id == entry.id
    assert session.journal.get(entry.id).text == "second words"
    session.delete_entry(entry.id)
    assert session.journal.get(entry.id).in_trash
    session.restore_entry(entry.id)
    session.delete_entry(entry.id)
    assert session.empty_trash() == 1
    assert len(changed) == 6

    with qtbot.waitSignal(session.locked, timeout=1000):
        session.lock()
    assert vault.is_locked
    assert not session.is_unlocked()
    with pytest.raises(VaultLocked):
        session.save_entry(None, EntryDraft(text="nope"))
    # Idempotent: a second lock does not emit again.
    with qtbot.assertNotEmitted(session.locked):
        session.lock()


def test_preferences_store_saves_and_emits(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "preferences.json"
    store = PreferencesStore(path)
    assert store.load_error is None
    with qtbot.waitSignal(store.changed, timeout=1000):
        store.update(theme="dark", auto_lock_minutes=12, country="de")
    assert store.prefs.country == "DE"
    on_disk, problem = load_preferences(path)
    assert problem is None
    assert on_disk == store.prefs
    with qtbot.assertNotEmitted(store.changed):
        store.update(theme="dark")


def test_preferences_store_broken_file_uses_defaults(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    path.write_text("{not json", encoding="utf-8")
    store = PreferencesStore(path)
    assert store.load_error is not None
    assert store.prefs.auto_lock_minutes == 5


def test_memory_only_preferences_write_nothing(tmp_path: Path) -> None:
    store = PreferencesStore(None)
    store.update(theme="light")
    assert store.prefs.theme == "light"
    assert list(tmp_path.iterdir()) == []


def _error_instances() -> list[BaseException]:
    found: list[BaseException] = []
    for _name, cls in inspect.getmembers(errors, inspect.isclass):
        if not issubclass(cls, errors.CompanionError) or cls is errors.CompanionError:
            continue
        params = [
            p for p in inspect.signature(cls.__init__).parameters.values() if p.name != "self"
        ]
        args: list[object] = []
        for p in params:
            if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                continue
            args.append(
                1
                if p.name in ("found", "supported", "entry_id")
                else ["x"]
                if p.name == "problems"
                else "SECRET-TEXT"
            )
        found.append(cls(*args))
    return found


@pytest.mark.parametrize("exc", _error_instances(), ids=lambda e: type(e).__name__)
def test_every_core_error_has_its_own_plain_message(qapp, exc: BaseException) -> None:
    text = message_for(exc)
    assert text != UNEXPECTED.translated()
    assert "SECRET-TEXT" not in text  # never echoes what the error carried
    others = {message_for(e) for e in _error_instances() if type(e) is not type(exc)}
    assert text not in others


def test_unknown_errors_get_the_calm_fallback(qapp) -> None:
    assert message_for(RuntimeError("entry text here")) == UNEXPECTED.translated()
