"""The administrator's policy file: applied when valid, never fatal when not."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from companion.core.policy import (
    POLICY_FILENAME,
    Policy,
    PolicyProblem,
    find_policy_file,
    load_effective_policy,
    load_policy,
    system_policy_dirs,
)


def _write(folder: Path, doc: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / POLICY_FILENAME
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_no_policy_means_nothing_is_managed(tmp_path: Path) -> None:
    policy, problems = load_effective_policy(tmp_path / "exe", [tmp_path / "etc"])
    assert policy == Policy()
    assert not policy.managed
    assert problems == []


def test_valid_policy_sets_country_and_pack(tmp_path: Path) -> None:
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "library.json").write_text("{}", encoding="utf-8")
    path = _write(
        tmp_path / "etc",
        {"version": 1, "default_country": "ie", "resource_pack": "library.json"},
    )
    policy, problems = load_effective_policy(tmp_path / "exe", [tmp_path / "etc"])
    assert problems == []
    assert policy.managed
    assert policy.source == path
    assert policy.default_country == "IE"
    assert policy.resource_pack == tmp_path / "etc" / "library.json"
    assert policy.local_resources == policy.resource_pack  # the old name is an alias
    assert policy.mode == "personal"


def test_absolute_pack_path_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "packs"
    target.mkdir()
    _write(tmp_path / "etc", {"version": 1, "resource_pack": str(target)})
    policy, _ = load_effective_policy(tmp_path / "exe", [tmp_path / "etc"])
    assert policy.resource_pack == target


def test_policy_next_to_the_executable_wins(tmp_path: Path) -> None:
    _write(tmp_path / "etc", {"version": 1, "default_country": "DE"})
    beside = _write(tmp_path / "exe", {"version": 1, "default_country": "AT"})
    assert find_policy_file(tmp_path / "exe", [tmp_path / "etc"]) == beside
    policy, _ = load_effective_policy(tmp_path / "exe", [tmp_path / "etc"])
    assert policy.default_country == "AT"


def test_bad_settings_are_ignored_one_line_each(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {"version": 9, "default_country": "Ireland", "resource_pack": 3, "colour": "red"},
    )
    policy, problems = load_policy(path)
    assert policy.default_country is None
    assert policy.resource_pack is None
    assert policy.managed
    lines = [str(p) for p in problems]
    assert len(lines) == 4
    assert any(p.startswith("default_country:") for p in lines)
    assert any(p.startswith("resource_pack:") for p in lines)
    assert any(p.startswith("colour: not a setting") for p in lines)
    assert any(p.startswith("version:") for p in lines)
    assert policy.problems == tuple(problems)  # the administrator can be shown them later


def test_unreadable_json_means_the_safest_policy(tmp_path: Path) -> None:
    path = tmp_path / POLICY_FILENAME
    path.write_bytes(b'{"default_country": ')
    policy, problems = load_policy(path)
    assert policy.unusable
    assert policy.mode == "public"
    assert not policy.allow_plaintext_export
    assert policy.quick_exit.enabled
    assert policy.source == path
    assert len(problems) == 1
    assert str(problems[0]).startswith("policy: not valid JSON (line 1, column 21")
    assert "public mode" in problems[0].used


def test_system_folders_per_platform() -> None:
    assert system_policy_dirs("linux", {}) == [Path("/etc/companion")]
    assert system_policy_dirs("win32", {"ProgramData": r"D:\PD"}) == [Path(r"D:\PD") / "Companion"]
    assert system_policy_dirs("darwin", {}) == [Path("/Library/Application Support/Companion")]


@given(st.binary(max_size=400))
def test_any_bytes_give_a_policy_and_never_raise(raw: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / POLICY_FILENAME
        path.write_bytes(raw)
        policy, problems = load_policy(path)
        assert policy.source == path
        assert all(isinstance(p, PolicyProblem) and "\n" not in str(p) for p in problems)
