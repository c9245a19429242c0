"""Where Companion keeps its files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from companion.core.paths import DATA_DIR_ENV, resolve_paths


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
