"""Every policy key: the value used when it is right, and the safest one when it is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.policy import (
    DEFAULT_IDLE_RESET_SECONDS,
    MAX_IDLE_RESET_SECONDS,
    MIN_IDLE_RESET_SECONDS,
    Policy,
    PolicyProblem,
    QuickExitPolicy,
    parse_policy,
)


def _parse(tmp_path: Path, **keys: object) -> tuple[Policy, list[PolicyProblem]]:
    return parse_policy({"version": 1, **keys}, tmp_path / "policies.json")


def _only(problems: list[PolicyProblem]) -> PolicyProblem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_a_complete_valid_policy_is_read_as_written(tmp_path: Path) -> None:
    (tmp_path / "packs").mkdir()
    policy, problems = _parse(
        tmp_path,
        mode="public",
        idle_reset_seconds=600,
        auto_lock_minutes=10,
        default_country="ie",
        local_resources="packs",
        allow_plaintext_export=True,
        quick_exit={"enabled": True, "shift_shortcut": False, "after": "neutral_screen"},
        ui_language="ga",
    )
    assert problems == []
    assert policy == Policy(
        mode="public",
        idle_reset_seconds=600,
        auto_lock_minutes=10,
        default_country="IE",
        local_resources=tmp_path / "packs",
        allow_plaintext_export=True,
        quick_exit=QuickExitPolicy(enabled=True, shift_shortcut=False, after="neutral_screen"),
        ui_language="ga",
        source=tmp_path / "policies.json",
    )


def test_an_empty_object_manages_nothing_but_still_asks_for_a_version(tmp_path: Path) -> None:
    policy, problems = parse_policy({}, tmp_path / "policies.json")
    assert str(_only(problems)) == "version: missing; read as version 1"
    assert policy.mode == "personal"
    assert policy.allow_plaintext_export
    assert policy.quick_exit == QuickExitPolicy()


def test_null_means_not_set(tmp_path: Path) -> None:
    policy, problems = _parse(
        tmp_path, mode=None, quick_exit=None, auto_lock_minutes=None, ui_language=None
    )
    assert problems == []
    assert policy.mode == "personal"
    assert policy.auto_lock_minutes is None


@pytest.mark.parametrize("value", ["Public", " public ", "PUBLIC"])
def test_mode_ignores_case_and_spaces(tmp_path: Path, value: str) -> None:
    policy, problems = _parse(tmp_path, mode=value)
    assert problems == []
    assert policy.public


@pytest.mark.parametrize("value", ["publik", "kiosk", "", 1, True, ["public"], {"mode": "x"}])
def test_a_wrong_mode_means_public(tmp_path: Path, value: object) -> None:
    policy, problems = _parse(tmp_path, mode=value)
    problem = _only(problems)
    assert problem.key == "mode"
    assert problem.message.startswith('must be "personal" or "public", found ')
    assert problem.used.startswith('using "public"')
    assert policy.public
    # Public mode without an explicit choice allows no unencrypted export.
    assert not policy.allow_plaintext_export


def test_public_mode_forbids_unencrypted_export_unless_allowed(tmp_path: Path) -> None:
    assert not _parse(tmp_path, mode="public")[0].allow_plaintext_export
    assert _parse(tmp_path, mode="public", allow_plaintext_export=True)[0].allow_plaintext_export
    assert _parse(tmp_path, mode="personal")[0].allow_plaintext_export
    assert not _parse(tmp_path, allow_plaintext_export=False)[0].allow_plaintext_export


@pytest.mark.parametrize("value", ["yes", 1, 0, "false", [], {}])
def test_a_wrong_export_flag_forbids_export(tmp_path: Path, value: object) -> None:
    policy, problems = _parse(tmp_path, allow_plaintext_export=value)
    problem = _only(problems)
    assert problem.key == "allow_plaintext_export"
    assert problem.message.startswith("must be true or false, found ")
    assert "using false" in problem.used
    assert not policy.allow_plaintext_export


@pytest.mark.parametrize(
    ("value", "used"),
    [
        (MIN_IDLE_RESET_SECONDS, MIN_IDLE_RESET_SECONDS),
        (MAX_IDLE_RESET_SECONDS, MAX_IDLE_RESET_SECONDS),
        (5, MIN_IDLE_RESET_SECONDS),
        (-1, MIN_IDLE_RESET_SECONDS),
        (10**9, MAX_IDLE_RESET_SECONDS),
    ],
)
def test_idle_reset_is_kept_in_range(tmp_path: Path, value: int, used: int) -> None:
    policy, problems = _parse(tmp_path, idle_reset_seconds=value)
    assert policy.idle_reset_seconds == used
    if value == used:
        assert problems == []
    else:
        problem = _only(problems)
        assert problem.message == f"must be from 60 to 14400 seconds, found {value}"
        assert problem.used == f"using {used}"


@pytest.mark.parametrize("value", ["300", 300.0, 299.5, True, [300]])
def test_idle_reset_that_is_not_a_whole_number_uses_the_default(
    tmp_path: Path, value: object
) -> None:
    policy, problems = _parse(tmp_path, idle_reset_seconds=value)
    problem = _only(problems)
    assert problem.key == "idle_reset_seconds"
    assert "whole number of seconds from 60 to 14400" in problem.message
    assert problem.used == f"using {DEFAULT_IDLE_RESET_SECONDS}"
    assert policy.idle_reset_seconds == DEFAULT_IDLE_RESET_SECONDS


def test_auto_lock_is_fixed_and_a_wrong_one_still_locks(tmp_path: Path) -> None:
    assert _parse(tmp_path, auto_lock_minutes=15)[0].auto_lock_minutes == 15
    policy, problems = _parse(tmp_path, auto_lock_minutes="ten")
    # The administrator meant to fix auto-lock: the app's default is fixed instead of
    # leaving the person's (possibly four-hour) choice in force.
    assert policy.auto_lock_minutes == 5
    assert str(_only(problems)).startswith("auto_lock_minutes: must be a whole number")
    policy, problems = _parse(tmp_path, auto_lock_minutes=1000)
    assert policy.auto_lock_minutes == 240
    assert str(_only(problems)) == (
        "auto_lock_minutes: must be from 1 to 240 minutes, found 1000; using 240"
    )


@pytest.mark.parametrize("value", ["GBR", "G", "12", "Éire", 44, ""])
def test_a_wrong_country_is_left_to_the_region(tmp_path: Path, value: object) -> None:
    policy, problems = _parse(tmp_path, default_country=value)
    problem = _only(problems)
    assert problem.key == "default_country"
    assert "two-letter country code" in problem.message
    assert problem.used == "ignored: the computer's region is used"
    assert policy.default_country is None


def test_local_resources_relative_absolute_and_missing(tmp_path: Path) -> None:
    (tmp_path / "ours.json").write_text("{}", encoding="utf-8")
    assert _parse(tmp_path, local_resources="ours.json")[0].local_resources == (
        tmp_path / "ours.json"
    )
    absolute = str(tmp_path / "ours.json")
    assert _parse(tmp_path, local_resources=absolute)[0].local_resources == tmp_path / "ours.json"
    policy, problems = _parse(tmp_path, local_resources="gone.json")
    assert policy.local_resources is None
    problem = _only(problems)
    assert problem.message.startswith("there is no file or folder at ")
    assert "gone.json" in problem.message
    assert problem.used == "ignored: only the built-in help directory is used"


@pytest.mark.parametrize("value", [3, "", "   ", ["a.json"], "a\u0000b"])
def test_local_resources_that_is_not_a_path_is_ignored(tmp_path: Path, value: object) -> None:
    policy, problems = _parse(tmp_path, local_resources=value)
    assert policy.local_resources is None
    assert _only(problems).message.startswith("must be the path of a pack file or a folder")


def test_resource_pack_is_an_alias_and_local_resources_wins(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("{}", encoding="utf-8")
    (tmp_path / "b.json").write_text("{}", encoding="utf-8")
    policy, problems = _parse(tmp_path, resource_pack="a.json")
    assert problems == []
    assert policy.local_resources == tmp_path / "a.json"
    policy, problems = _parse(tmp_path, resource_pack="a.json", local_resources="b.json")
    assert policy.local_resources == tmp_path / "b.json"
    assert str(_only(problems)) == (
        "resource_pack: also given as local_resources; local_resources is used"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (True, QuickExitPolicy()),
        (False, QuickExitPolicy(enabled=False)),
        ({}, QuickExitPolicy()),
        ({"after": "neutral_screen"}, QuickExitPolicy(after="neutral_screen")),
        ({"shift_shortcut": False}, QuickExitPolicy(shift_shortcut=False)),
    ],
)
def test_quick_exit_forms(tmp_path: Path, value: object, expected: QuickExitPolicy) -> None:
    policy, problems = _parse(tmp_path, quick_exit=value)
    assert problems == []
    assert policy.quick_exit == expected


def test_quick_exit_switches(tmp_path: Path) -> None:
    assert not QuickExitPolicy(enabled=False).shift_active
    assert not QuickExitPolicy(shift_shortcut=False).shift_active
    assert QuickExitPolicy().shift_active


@pytest.mark.parametrize(
    ("value", "line"),
    [
        (
            "off",
            'quick_exit: must be true, false or an object like {"enabled": true, "after": '
            '"quit"}, found "off"; using quick exit on, then quit',
        ),
        (
            {"enabled": "no"},
            'quick_exit.enabled: must be true or false, found "no"; using quick exit on',
        ),
        (
            {"shift_shortcut": 0},
            "quick_exit.shift_shortcut: must be true or false, found 0; "
            "using the Shift shortcut on",
        ),
        (
            {"after": "hide"},
            'quick_exit.after: must be "quit" or "neutral_screen", found "hide"; using "quit"',
        ),
        ({"colour": 1}, "quick_exit.colour: not a known setting; ignored"),
    ],
)
def test_a_wrong_quick_exit_keeps_it_on(tmp_path: Path, value: object, line: str) -> None:
    policy, problems = _parse(tmp_path, quick_exit=value)
    assert str(_only(problems)) == line
    assert policy.quick_exit.enabled
    assert policy.quick_exit.after == "quit"


@pytest.mark.parametrize(
    ("value", "tag"),
    [("de", "de"), ("pt_br", "pt-BR"), ("PT-br", "pt-BR"), ("sr-latn-rs", "sr-Latn-RS")],
)
def test_language_tags_are_normalised(tmp_path: Path, value: str, tag: str) -> None:
    policy, problems = _parse(tmp_path, ui_language=value)
    assert problems == []
    assert policy.ui_language == tag


@pytest.mark.parametrize("value", ["German", "d", "de--DE", 49, "de DE"])
def test_a_wrong_language_is_ignored(tmp_path: Path, value: object) -> None:
    policy, problems = _parse(tmp_path, ui_language=value)
    problem = _only(problems)
    assert problem.key == "ui_language"
    assert problem.used == "ignored: the person's or the computer's language is used"
    assert policy.ui_language is None


def test_unknown_keys_suggest_the_one_meant(tmp_path: Path) -> None:
    _policy, problems = _parse(tmp_path, idle_reset_second=100, colour="red")
    lines = sorted(str(p) for p in problems)
    assert lines == [
        "colour: not a setting this version knows; ignored",
        'idle_reset_second: not a setting this version knows (did you mean "idle_reset_seconds"?)'
        "; ignored",
    ]


def test_wrong_version_is_read_anyway(tmp_path: Path) -> None:
    policy, problems = parse_policy({"version": "1", "mode": "public"}, tmp_path / "p.json")
    assert str(_only(problems)) == 'version: expected 1, found "1"; read as version 1 anyway'
    assert policy.public


def test_long_values_are_shortened_to_keep_one_line(tmp_path: Path) -> None:
    _policy, problems = _parse(tmp_path, mode="x" * 500 + "\n")
    line = str(_only(problems))
    assert "\n" not in line
    assert len(line) < 160


@pytest.mark.parametrize("doc", [[], "public", 3, None, True])
def test_a_document_that_is_not_an_object_means_the_safest_policy(doc: object) -> None:
    policy, problems = parse_policy(doc, Path("/etc/companion/policies.json"))
    assert policy.unusable
    assert policy.public
    assert not policy.allow_plaintext_export
    problem = _only(problems)
    assert problem.key == "policy"
    assert problem.message.startswith("must be a JSON object, found ")
