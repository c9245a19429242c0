"""Finding and reading policies.json: precedence, and files that cannot be used at all."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from companion.core.policy import (
    MAX_POLICY_BYTES,
    POLICY_FILENAME,
    Policy,
    decode_policy,
    find_policy_file,
    load_effective_policy,
    load_policy,
    policy_candidates,
    program_dir,
)


def _write(folder: Path, doc: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / POLICY_FILENAME
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_candidates_are_beside_the_executable_then_the_system_folders(tmp_path: Path) -> None:
    exe, etc = tmp_path / "exe", tmp_path / "etc"
    assert policy_candidates(exe, [etc]) == [exe / POLICY_FILENAME, etc / POLICY_FILENAME]
    assert policy_candidates(None, [etc]) == [etc / POLICY_FILENAME]


def test_the_system_policy_applies_when_none_is_beside_the_executable(tmp_path: Path) -> None:
    path = _write(tmp_path / "etc", {"version": 1, "mode": "public"})
    policy, problems = load_effective_policy(tmp_path / "exe", [tmp_path / "etc"])
    assert problems == []
    assert policy.source == path
    assert policy.public


def test_files_are_never_merged(tmp_path: Path) -> None:
    _write(tmp_path / "etc", {"version": 1, "mode": "public", "default_country": "DE"})
    _write(tmp_path / "exe", {"version": 1, "default_country": "AT"})
    policy, _ = load_effective_policy(tmp_path / "exe", [tmp_path / "etc"])
    assert policy.default_country == "AT"
    assert policy.mode == "personal"  # the whole file beside the executable wins


def test_a_folder_in_place_of_the_file_is_an_unusable_policy(tmp_path: Path) -> None:
    (tmp_path / "etc" / POLICY_FILENAME).mkdir(parents=True)
    assert find_policy_file(None, [tmp_path / "etc"]) == tmp_path / "etc" / POLICY_FILENAME
    policy, problems = load_effective_policy(tmp_path / "exe", [tmp_path / "etc"])
    assert policy.unusable
    assert policy.public
    assert str(problems[0]).startswith("policy: cannot be read (")


def test_a_dangling_link_counts_as_a_policy_that_cannot_be_read(tmp_path: Path) -> None:
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / POLICY_FILENAME).symlink_to(tmp_path / "nowhere.json")
    policy, problems = load_effective_policy(None, [tmp_path / "etc"])
    assert policy.unusable
    assert len(problems) == 1


def test_no_file_anywhere_is_an_empty_policy(tmp_path: Path) -> None:
    assert load_effective_policy(tmp_path / "exe", [tmp_path / "etc"]) == (Policy(), [])


@pytest.mark.parametrize(
    ("raw", "start"),
    [
        (b"\xff\xfe{}", "policy: not UTF-8 text (invalid start byte at byte 0)"),
        (b'{"mode": "public",}', "policy: not valid JSON (line 1, column 19"),
        (b"[" * 30_000 + b"]" * 30_000, "policy: not valid JSON (nested too deeply)"),
        (b" " * (MAX_POLICY_BYTES + 1), "policy: larger than 64 KiB"),
    ],
)
def test_files_that_cannot_be_read_give_the_safest_policy(raw: bytes, start: str) -> None:
    policy, problems = decode_policy(raw, Path("policies.json"))
    assert policy.unusable
    assert policy.public
    assert not policy.allow_plaintext_export
    assert policy.quick_exit.enabled
    assert len(problems) == 1
    line = str(problems[0])
    assert line.startswith(start), line
    assert line.endswith("no unencrypted export, quick exit on")


def test_a_byte_order_mark_is_accepted() -> None:
    policy, problems = decode_policy(b'\xef\xbb\xbf{"version": 1, "mode": "public"}', Path("p"))
    assert problems == []
    assert policy.public
    assert not policy.unusable


def test_a_key_given_twice_is_reported(tmp_path: Path) -> None:
    raw = b'{"version": 1, "mode": "public", "mode": "personal"}'
    policy, problems = decode_policy(raw, tmp_path / POLICY_FILENAME)
    assert [str(p) for p in problems] == [
        "mode: given more than once in one object; the last one is used"
    ]
    assert policy.mode == "personal"
    assert policy.problems == tuple(problems)


def test_load_policy_reads_at_most_a_little_more_than_the_limit(tmp_path: Path) -> None:
    path = tmp_path / POLICY_FILENAME
    path.write_bytes(b"{" + b" " * (4 * MAX_POLICY_BYTES) + b"}")
    policy, problems = load_policy(path)
    assert policy.unusable
    assert "larger than 64 KiB" in str(problems[0])


def test_program_dir_is_only_used_in_a_frozen_build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert program_dir() is None
    exe = tmp_path / "bundle" / "companion"
    exe.parent.mkdir()
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert program_dir() == exe.parent.resolve()
