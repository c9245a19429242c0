"""Managed preferences, and ``companion policy validate``."""

from __future__ import annotations

import io
import json
from pathlib import Path

from companion.core.policy import Policy, QuickExitPolicy, managed_settings
from companion.core.policy.cli import describe_policy, validate_command
from companion.core.settings import Preferences


def test_nothing_is_managed_without_a_policy() -> None:
    managed = managed_settings(Policy())
    assert managed.fields == frozenset()
    prefs = Preferences(auto_lock_minutes=30)
    assert managed.apply(prefs) is prefs


def test_the_policy_fixes_auto_lock_and_language_but_not_the_country() -> None:
    policy = Policy(
        auto_lock_minutes=10,
        ui_language="de",
        default_country="AT",
        source=Path("/etc/companion/policies.json"),
    )
    managed = managed_settings(policy)
    assert managed.fields == {"auto_lock_minutes", "language"}
    assert managed.is_managed("auto_lock_minutes")
    assert not managed.is_managed("country")
    assert managed.source == policy.source
    mine = Preferences(auto_lock_minutes=30, language="fr", country="GB", theme="dark")
    effective = managed.apply(mine)
    assert effective == Preferences(auto_lock_minutes=10, language="de", country="GB", theme="dark")
    assert mine.auto_lock_minutes == 30  # the person's own choice is kept underneath
    assert managed.without_managed({"auto_lock_minutes": 3, "theme": "light"}) == {"theme": "light"}


def _validate(path: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = validate_command(str(path), out)
    return code, out.getvalue().splitlines()


def test_validate_a_good_file(tmp_path: Path) -> None:
    path = tmp_path / "policies.json"
    doc = {"version": 1, "mode": "public", "idle_reset_seconds": 120, "default_country": "IE"}
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, lines = _validate(path)
    assert code == 0
    assert lines == [
        f"{path}: OK — public mode, idle reset after 120 s, help country IE, "
        "unencrypted export not allowed, quick exit on (Shift x3 on, then quit)"
    ]


def test_validate_lists_each_problem_and_what_is_in_force(tmp_path: Path) -> None:
    path = tmp_path / "policies.json"
    doc = {"version": 1, "mode": "publik", "quick_exit": {"after": "hide"}, "colour": 1}
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, lines = _validate(path)
    assert code == 1
    assert lines == [
        f"{path}: colour: not a setting this version knows; ignored",
        f'{path}: mode: must be "personal" or "public", found "publik"; using "public", '
        "the safest (guest sessions only, nothing kept)",
        f'{path}: quick_exit.after: must be "quit" or "neutral_screen", found "hide"; using "quit"',
        f"{path}: 3 problem(s); in force: public mode, idle reset after 300 s, "
        "unencrypted export not allowed, quick exit on (Shift x3 on, then quit)",
    ]


def test_validate_a_broken_or_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "policies.json"
    path.write_bytes(b'{"mode": "personal"')
    code, lines = _validate(path)
    assert code == 1
    assert lines[0].startswith(f"{path}: policy: not valid JSON (line 1, column 20")
    assert lines[-1].startswith(f"{path}: 1 problem(s); in force: public mode")
    code, lines = _validate(tmp_path / "missing.json")
    assert code == 1
    assert "policy: cannot be read (No such file or directory)" in lines[0]


def test_describe_every_setting() -> None:
    policy = Policy(
        auto_lock_minutes=7,
        local_resources=Path("/srv/packs"),
        ui_language="cy",
        quick_exit=QuickExitPolicy(shift_shortcut=False, after="neutral_screen"),
    )
    assert describe_policy(policy) == [
        "personal mode",
        "auto-lock fixed at 7 min",
        "local resources /srv/packs",
        "unencrypted export allowed",
        "quick exit on (Shift x3 off, then a neutral screen)",
        "interface language cy",
    ]
    off = Policy(quick_exit=QuickExitPolicy(enabled=False))
    assert "quick exit off" in describe_policy(off)
