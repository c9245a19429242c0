"""Non-sensitive preferences in a small, versioned JSON file.

Only these fields ever live here: theme, language, auto-lock minutes, country and
(for the help panel) nothing else. Nothing derived from an entry is allowed in.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Literal

from companion.core.errors import PreferencesError
from companion.core.fsutil import atomic_write_bytes, ensure_private_dir

PREFERENCES_VERSION = 1
Theme = Literal["system", "light", "dark"]
_THEMES = ("system", "light", "dark")
MIN_AUTO_LOCK, MAX_AUTO_LOCK = 1, 240


@dataclass(frozen=True)
class Preferences:
    """What the user chose. ``country`` is an ISO 3166-1 alpha-2 code or ``None`` (use
    the system locale)."""

    theme: Theme = "system"
    language: str | None = None
    auto_lock_minutes: int = 5
    country: str | None = None

    def with_changes(self, **changes: Any) -> Preferences:
        """A copy with some fields changed, validated."""
        return _validated(replace(self, **changes))


def _validated(prefs: Preferences) -> Preferences:
    theme = prefs.theme if prefs.theme in _THEMES else "system"
    minutes = prefs.auto_lock_minutes
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        minutes = Preferences.auto_lock_minutes
    minutes = min(max(minutes, MIN_AUTO_LOCK), MAX_AUTO_LOCK)
    country = prefs.country
    if country is not None and not (
        isinstance(country, str) and len(country) == 2 and country.isalpha()
    ):
        country = None
    language = prefs.language if isinstance(prefs.language, str) and prefs.language else None
    return Preferences(
        theme=theme,
        language=language,
        auto_lock_minutes=minutes,
        country=country.upper() if country else None,
    )


def load_preferences(path: Path) -> tuple[Preferences, PreferencesError | None]:
    """Read preferences; a missing file gives defaults, a broken one gives defaults and
    the error (so the UI can mention it) but never raises."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Preferences(), None
    except OSError as exc:
        return Preferences(), PreferencesError(f"could not read preferences: {exc.strerror}")
    try:
        doc = json.loads(raw.decode("utf-8"))
        if not isinstance(doc, dict):
            raise ValueError("not an object")
        version = doc.get("version")
        if not isinstance(version, int) or version < 1:
            raise ValueError("missing version")
        # Newer files are read for the fields we know; unknown keys are ignored.
        known = {f.name for f in fields(Preferences)}
        values = {k: v for k, v in doc.items() if k in known}
        return _validated(Preferences(**values)), None
    except RecursionError:  # json.loads on absurdly deep nesting
        return Preferences(), PreferencesError("preferences file is not valid: nested too deeply")
    except (ValueError, TypeError, UnicodeDecodeError) as exc:
        return Preferences(), PreferencesError(f"preferences file is not valid: {exc}")


def save_preferences(path: Path, prefs: Preferences) -> None:
    """Write preferences atomically (0600 in a 0700 folder)."""
    ensure_private_dir(path.parent)
    doc = {"version": PREFERENCES_VERSION, **asdict(_validated(prefs))}
    atomic_write_bytes(path, json.dumps(doc, indent=2, sort_keys=True).encode("utf-8"))
