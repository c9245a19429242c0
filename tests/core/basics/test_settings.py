"""Non-sensitive, versioned preferences."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.settings import (
    PREFERENCES_VERSION,
    Preferences,
    PreferenceStorage,
    load_preferences,
    migrate_document,
    save_preferences,
)


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    prefs, error = load_preferences(tmp_path / "none.json")
    assert prefs == Preferences()
    assert error is None
    assert prefs.auto_lock_minutes == 5


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "preferences.json"
    chosen = Preferences(theme="dark", language="de", auto_lock_minutes=12, country="at")
    save_preferences(path, chosen)
    loaded, error = load_preferences(path)
    assert error is None
    assert loaded == Preferences(theme="dark", language="de", auto_lock_minutes=12, country="AT")
    doc = json.loads(path.read_text())
    assert doc["version"] == 3
    assert set(doc) == {
        "version",
        "theme",
        "language",
        "auto_lock_minutes",
        "country",
        "reduced_motion",
        "high_contrast",
        "gentle_response",
        "quick_exit_explained",
        "checkin_reminders",
        "backup_copy_folder",
    }


def test_broken_file_gives_defaults_and_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    path.write_text("{not json")
    prefs, error = load_preferences(path)
    assert prefs == Preferences()
    assert error is not None
    assert "not valid" in error.reason


def test_out_of_range_values_are_clamped() -> None:
    assert Preferences().with_changes(auto_lock_minutes=0).auto_lock_minutes == 1
    assert Preferences().with_changes(auto_lock_minutes=10_000).auto_lock_minutes == 240
    assert Preferences().with_changes(theme="neon").theme == "system"
    assert Preferences().with_changes(country="Britain").country is None


def test_unknown_keys_from_a_newer_version_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    path.write_text(json.dumps({"version": 7, "theme": "light", "future": [1, 2]}))
    prefs, error = load_preferences(path)
    assert error is None
    assert prefs.theme == "light"


@given(st.binary(max_size=300))
def test_any_bytes_never_crash_loading(raw: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "preferences.json"
        path.write_bytes(raw)
        prefs, _ = load_preferences(path)
        assert isinstance(prefs, Preferences)


def test_deeply_nested_file_gives_defaults_not_a_crash(tmp_path: Path) -> None:
    # json.loads raises RecursionError on deep nesting; the app then failed to start.
    path = tmp_path / "preferences.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    prefs, error = load_preferences(path)
    assert prefs == Preferences()
    assert error is not None


# Version 1 as shipped: four fields. It must keep loading, and gain the new defaults.
VERSION_1_FILE = (
    '{\n  "auto_lock_minutes": 12,\n  "country": "AT",\n  "language": "de",\n'
    '  "theme": "dark",\n  "version": 1\n}'
)


def test_a_version_1_file_loads_with_the_new_defaults(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    path.write_text(VERSION_1_FILE, encoding="utf-8")
    prefs, error = load_preferences(path)
    assert error is None
    assert prefs == Preferences(theme="dark", language="de", auto_lock_minutes=12, country="AT")
    assert prefs.gentle_response
    assert not prefs.reduced_motion
    assert not prefs.high_contrast
    assert not prefs.quick_exit_explained
    assert prefs.checkin_reminders == ()


def test_migration_writes_the_version_2_defaults_out() -> None:
    doc = migrate_document(json.loads(VERSION_1_FILE))
    assert doc["version"] == PREFERENCES_VERSION == 3
    assert doc["backup_copy_folder"] is None
    assert doc["gentle_response"] is True
    assert doc["checkin_reminders"] == []
    assert doc["theme"] == "dark"  # what the person had is kept


def test_migration_refuses_a_document_without_a_version() -> None:
    with pytest.raises(ValueError, match="missing version"):
        migrate_document({"theme": "dark"})
    with pytest.raises(ValueError, match="missing version"):
        migrate_document({"version": True})


def test_new_fields_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    chosen = Preferences().with_changes(
        reduced_motion=True,
        high_contrast=True,
        gentle_response=False,
        quick_exit_explained=True,
        checkin_reminders=["21:30", "8:05", "08:05"],
    )
    assert chosen.checkin_reminders == ("08:05", "21:30")
    save_preferences(path, chosen)
    assert json.loads(path.read_text())["checkin_reminders"] == ["08:05", "21:30"]
    assert load_preferences(path) == (chosen, None)


def test_wrong_values_in_the_new_fields_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    doc = {
        "version": 2,
        "reduced_motion": "yes",
        "high_contrast": 1,
        "gentle_response": None,
        "quick_exit_explained": [],
        "checkin_reminders": ["24:00", "7:60", "noon", 9, "07:15", "7:15"],
    }
    path.write_text(json.dumps(doc), encoding="utf-8")
    prefs, error = load_preferences(path)
    assert error is None
    assert prefs.reduced_motion is False
    assert prefs.high_contrast is False
    assert prefs.gentle_response is True
    assert prefs.quick_exit_explained is False
    assert prefs.checkin_reminders == ("07:15",)


def test_reminders_are_capped() -> None:
    times = [f"{h:02d}:00" for h in range(24)]
    assert len(Preferences().with_changes(checkin_reminders=times).checkin_reminders) == 12
    assert Preferences().with_changes(checkin_reminders="08:00").checkin_reminders == ()


def test_language_tags_are_normalised_and_nonsense_dropped() -> None:
    assert Preferences().with_changes(language="pt_br").language == "pt-BR"
    assert Preferences().with_changes(language="Portuguese!").language is None
    assert Preferences().with_changes(language="").language is None


def test_in_memory_storage_reads_and_writes_nothing(tmp_path: Path) -> None:
    storage = PreferenceStorage.in_memory()
    assert not storage.persists
    assert storage.load() == (Preferences(), None)
    assert storage.save(Preferences(theme="dark")) is False
    assert list(tmp_path.iterdir()) == []


def test_in_memory_storage_ignores_an_existing_file(isolated_home: Path) -> None:
    # A guest must not be greeted by the previous person's country.
    path = isolated_home / "preferences.json"
    save_preferences(path, Preferences(country="GB"))
    assert PreferenceStorage.in_memory().load()[0].country is None


def test_disk_storage_round_trips(tmp_path: Path) -> None:
    storage = PreferenceStorage.on_disk(tmp_path / "cfg" / "preferences.json")
    assert storage.persists
    assert storage.save(Preferences(high_contrast=True)) is True
    assert storage.load() == (Preferences(high_contrast=True), None)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_saving_into_an_existing_folder_leaves_its_permissions(tmp_path: Path) -> None:
    shared = tmp_path / "Documents"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    save_preferences(shared / "preferences.json", Preferences())
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert stat.S_IMODE((shared / "preferences.json").stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_saving_creates_a_private_folder(tmp_path: Path) -> None:
    save_preferences(tmp_path / "new" / "preferences.json", Preferences())
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700


def test_the_backups_second_folder_is_kept_only_as_an_absolute_path(tmp_path: Path) -> None:
    chosen = Preferences().with_changes(backup_copy_folder=str(tmp_path / "stick"))
    assert chosen.backup_copy_folder == str(tmp_path / "stick")
    for wrong in ("relative/place", 7, ""):
        assert Preferences().with_changes(backup_copy_folder=wrong).backup_copy_folder is None
    path = tmp_path / "preferences.json"
    save_preferences(path, chosen)
    loaded, error = load_preferences(path)
    assert error is None
    assert loaded.backup_copy_folder == str(tmp_path / "stick")
