"""Which mode a run is in, where it keeps files, and how it explains itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.paths import DATA_DIR_ENV, AppPaths
from companion.core.policy import (
    PORTABLE_DATA_DIR,
    PORTABLE_MARKER,
    LaunchFlags,
    Mode,
    Policy,
    Reason,
    RunPlan,
    Why,
    decode_policy,
    plan_run,
    plan_this_run,
)

NO_FLAGS = LaunchFlags()
NO_POLICY = Policy()
PUBLIC = Policy(
    mode="public",
    idle_reset_seconds=600,
    default_country="IE",
    allow_plaintext_export=False,
    source=Path("/etc/companion/policies.json"),
)


def _plan(
    tmp_path: Path,
    flags: LaunchFlags = NO_FLAGS,
    policy: Policy = NO_POLICY,
    *,
    env: dict[str, str] | None = None,
    marker: bool = False,
    frozen: bool = True,
) -> RunPlan:
    exe = tmp_path / "exe"
    exe.mkdir(exist_ok=True)
    if marker:
        (exe / PORTABLE_MARKER).write_text("portable", encoding="utf-8")

    def default() -> AppPaths:
        return AppPaths(tmp_path / "home-data", tmp_path / "home-cfg")

    return plan_run(
        flags,
        policy,
        environ=env or {},
        exe_dir=exe if frozen else None,
        is_file=Path.is_file,
        default=default,
    )


def _whys(plan: RunPlan) -> list[Why]:
    return [reason.why for reason in plan.reasons]


def test_default_is_personal_in_the_per_user_folders(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    assert plan.mode is Mode.PERSONAL
    assert plan.paths == AppPaths(tmp_path / "home-data", tmp_path / "home-cfg")
    assert plan.preferences_file == tmp_path / "home-cfg" / "preferences.json"
    assert _whys(plan) == [Why.DEFAULT_FOLDERS]
    assert not plan.guest_session
    assert plan.remembers_folders
    assert plan.idle_reset_seconds is None
    assert plan.session_country is None


def test_the_environment_variable_moves_everything(tmp_path: Path) -> None:
    plan = _plan(tmp_path, env={DATA_DIR_ENV: str(tmp_path / "env")})
    assert plan.mode is Mode.PERSONAL
    assert plan.paths == AppPaths(tmp_path / "env", tmp_path / "env")
    assert _whys(plan) == [Why.DATA_DIR_ENV]


def test_the_marker_makes_a_portable_run_beside_the_executable(tmp_path: Path) -> None:
    plan = _plan(tmp_path, marker=True, env={DATA_DIR_ENV: str(tmp_path / "env")})
    assert plan.mode is Mode.PORTABLE
    folder = (tmp_path / "exe" / PORTABLE_DATA_DIR).resolve()
    assert plan.paths == AppPaths(folder, folder)
    assert plan.preferences_file == folder / "preferences.json"
    assert _whys(plan) == [Why.PORTABLE_MARKER, Why.IGNORED_DATA_DIR_ENV]
    assert not plan.guest_session


def test_the_marker_names_match_the_packaging() -> None:
    assert PORTABLE_MARKER == "portable.txt"
    assert PORTABLE_DATA_DIR == "CompanionData"


def test_a_folder_named_like_the_marker_is_no_marker(tmp_path: Path) -> None:
    (tmp_path / "exe" / PORTABLE_MARKER).mkdir(parents=True)
    assert _plan(tmp_path).mode is Mode.PERSONAL


def test_running_from_source_never_looks_for_the_marker(tmp_path: Path) -> None:
    assert _plan(tmp_path, marker=True, frozen=False).mode is Mode.PERSONAL


def test_data_dir_wins_over_marker_and_environment(tmp_path: Path) -> None:
    flags = LaunchFlags(data_dir=str(tmp_path / "flag"))
    plan = _plan(tmp_path, flags, marker=True, env={DATA_DIR_ENV: "/elsewhere"})
    assert plan.mode is Mode.PERSONAL
    assert plan.paths == AppPaths((tmp_path / "flag").resolve(), (tmp_path / "flag").resolve())
    assert _whys(plan) == [Why.DATA_DIR_FLAG, Why.IGNORED_MARKER, Why.IGNORED_DATA_DIR_ENV]


def test_guest_keeps_nothing_and_says_what_it_left_aside(tmp_path: Path) -> None:
    flags = LaunchFlags(guest=True, data_dir=str(tmp_path / "flag"))
    plan = _plan(tmp_path, flags, marker=True, env={DATA_DIR_ENV: "/elsewhere"})
    assert plan.mode is Mode.GUEST
    assert plan.paths is None
    assert plan.preferences_file is None
    assert plan.guest_session
    assert not plan.guest_only
    assert not plan.remembers_folders
    assert _whys(plan) == [
        Why.GUEST_FLAG,
        Why.IGNORED_DATA_DIR_FLAG,
        Why.IGNORED_MARKER,
        Why.IGNORED_DATA_DIR_ENV,
    ]


def test_public_policy_gives_guest_sessions_only(tmp_path: Path) -> None:
    plan = _plan(tmp_path, LaunchFlags(guest=True), PUBLIC, marker=True)
    assert plan.mode is Mode.PUBLIC
    assert plan.paths is None
    assert plan.guest_only
    assert plan.guest_session
    assert plan.idle_reset_seconds == 600
    assert plan.session_country == "IE"
    assert not plan.plaintext_export_allowed
    assert _whys(plan) == [Why.POLICY_PUBLIC, Why.IGNORED_GUEST_FLAG, Why.IGNORED_MARKER]
    assert plan.reasons[0].detail == "/etc/companion/policies.json"


def test_an_unreadable_policy_says_why_it_is_public(tmp_path: Path) -> None:
    policy, _ = decode_policy(b"{oops", Path("/etc/companion/policies.json"))
    plan = _plan(tmp_path, policy=policy, env={DATA_DIR_ENV: "/x"})
    assert plan.mode is Mode.PUBLIC
    assert _whys(plan) == [Why.POLICY_UNUSABLE, Why.IGNORED_DATA_DIR_ENV]
    assert "could not be read" in plan.explain()[1]


def test_the_explanation_reads_as_lines(tmp_path: Path) -> None:
    plan = _plan(tmp_path, LaunchFlags(data_dir=str(tmp_path / "d")), marker=True)
    lines = plan.explain()
    assert lines[0] == "Mode: personal."
    assert lines[1] == f"Data and preferences in {(tmp_path / 'd').resolve()}, from --data-dir."
    assert lines[2] == f"{tmp_path / 'exe' / PORTABLE_MARKER} is not used here."
    assert all("{" not in line for line in lines)


@pytest.mark.parametrize("why", list(Why))
def test_every_reason_has_words(why: Why) -> None:
    text = Reason(why, "X").text
    assert text
    assert text.endswith(".")


def test_plan_this_run_uses_the_real_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "envdir"))
    plan = plan_this_run(LaunchFlags(), Policy())
    assert plan.mode is Mode.PERSONAL
    assert plan.paths is not None
    assert plan.paths.data_dir == (tmp_path / "envdir").resolve()
    assert plan_this_run(LaunchFlags(guest=True), Policy()).paths is None


def test_planning_touches_no_folder(tmp_path: Path) -> None:
    _plan(tmp_path, LaunchFlags(data_dir=str(tmp_path / "not-yet")))
    assert not (tmp_path / "not-yet").exists()
    assert not (tmp_path / "home-data").exists()
