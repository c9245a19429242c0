"""Where Companion keeps its files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from companion.core.paths import DATA_DIR_ENV, create_private_dirs, resolve_paths


def test_explicit_data_dir_holds_data_and_preferences(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "mine", environ={})
    assert paths.data_dir == (tmp_path / "mine").resolve()
    assert paths.preferences_file.parent == paths.data_dir
    assert paths.vault_dir.parent == paths.data_dir


def test_environment_variable_is_used_when_no_flag(tmp_path: Path) -> None:
    paths = resolve_paths(None, environ={DATA_DIR_ENV: str(tmp_path / "env")})
    assert paths.data_dir == (tmp_path / "env").resolve()


def test_flag_wins_over_environment(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "flag", environ={DATA_DIR_ENV: str(tmp_path / "env")})
    assert paths.data_dir.name == "flag"


def test_default_follows_the_user_data_folder(isolated_home: Path) -> None:
    paths = resolve_paths(None, environ={})
    # conftest points XDG_* into the throwaway home, so the default must land there.
    assert isolated_home in paths.data_dir.parents
    assert isolated_home in paths.config_dir.parents
    assert paths.data_dir.name == "Companion"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_ensure_creates_private_folders(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "a" / "b", environ={}).ensure()
    mode = stat.S_IMODE(paths.data_dir.stat().st_mode)
    assert mode == 0o700


def test_ensure_is_harmless_when_folders_exist(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "x", environ={})
    paths.ensure()
    (paths.data_dir / "keep.txt").write_text("kept")
    paths.ensure()
    assert (paths.data_dir / "keep.txt").read_text() == "kept"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_ensure_leaves_an_existing_folder_as_it_was(tmp_path: Path) -> None:
    # --data-dir ~/Documents must not lock the person out of their own Documents folder.
    documents = tmp_path / "Documents"
    documents.mkdir()
    os.chmod(documents, 0o755)
    resolve_paths(documents, environ={}).ensure()
    assert stat.S_IMODE(documents.stat().st_mode) == 0o755


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_every_folder_created_is_private_and_nothing_else_changes(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    created = create_private_dirs(tmp_path / "a" / "b" / "c")
    assert created == [tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "c"]
    for folder in created:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755
    assert create_private_dirs(tmp_path / "a" / "b" / "c") == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_created_folders_are_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o277)  # a strange umask: mkdir alone would give 0500
    try:
        created = create_private_dirs(tmp_path / "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(created[0].stat().st_mode) == 0o700


def test_a_file_in_the_way_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(OSError):  # noqa: PT011 - NotADirectoryError or FileExistsError
        create_private_dirs(tmp_path / "file")
    with pytest.raises(OSError):  # noqa: PT011
        create_private_dirs(tmp_path / "file" / "below")
