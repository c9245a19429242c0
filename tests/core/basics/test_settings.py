"""Non-sensitive, versioned preferences."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from companion.core.settings import Preferences, load_preferences, save_preferences


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
    assert doc["version"] == 1
    assert set(doc) == {"version", "theme", "language", "auto_lock_minutes", "country"}


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
