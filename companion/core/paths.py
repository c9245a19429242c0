"""Where Companion keeps its files.

One place decides; everything else is handed an :class:`AppPaths`. ``--data-dir DIR`` or
the ``COMPANION_DATA_DIR`` environment variable puts all data *and* preferences under DIR,
which is also how every test and the self-test isolate themselves.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from companion.core.fsutil import ensure_private_dir

DATA_DIR_ENV = "COMPANION_DATA_DIR"
APP_DIR_NAME = "Companion"


@dataclass(frozen=True)
class AppPaths:
    """The folders one running Companion uses."""

    data_dir: Path
    config_dir: Path

    @property
    def vault_dir(self) -> Path:
        """The folder holding the encrypted database and its key header."""
        return self.data_dir / "vault"

    @property
    def preferences_file(self) -> Path:
        """Non-sensitive preferences (theme, language, auto-lock, country)."""
        return self.config_dir / "preferences.json"

    def ensure(self) -> AppPaths:
        """Create the folders (0700). Missing folders are normal on reboot-to-restore PCs."""
        ensure_private_dir(self.data_dir)
        ensure_private_dir(self.config_dir)
        return self


def resolve_paths(
    data_dir: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> AppPaths:
    """Pick the folders: explicit ``data_dir``, then the environment, then the OS default."""
    env = os.environ if environ is None else environ
    chosen = data_dir if data_dir is not None else env.get(DATA_DIR_ENV) or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root, config_dir=root)
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
    )
