"""Where Companion keeps its files.

One place decides; everything else is handed an :class:`AppPaths`. ``--data-dir DIR`` or
the ``COMPANION_DATA_DIR`` environment variable puts all data *and* preferences under DIR,
which is also how every test and the self-test isolate themselves. Which of these, the
portable folder or nothing at all (guest and public sessions) applies is decided by
:func:`companion.core.policy.modes.plan_run`.

Folders Companion creates are private (0700). A folder that already exists keeps the
permissions it has: ``--data-dir ~/Documents`` must not lock the person out of sharing
their own Documents folder.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from companion.core.fsutil import PRIVATE_DIR_MODE

DATA_DIR_ENV = "COMPANION_DATA_DIR"
APP_DIR_NAME = "Companion"


def create_private_dirs(path: Path) -> list[Path]:
    """Create ``path`` and any missing parents, each one private (0700 on POSIX).

    Only folders this call creates get their permissions set; folders that exist are
    left exactly as they are.

    Returns:
        The folders created, outermost first (empty when ``path`` already existed).

    Raises:
        OSError: A folder could not be created (read-only medium, no permission), or
            something that is not a folder is in the way.
    """
    missing: list[Path] = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    created: list[Path] = []
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:
            if not folder.is_dir():
                raise
            continue  # made by someone else meanwhile: not ours to change
        created.append(folder)
        if os.name == "posix":
            # mkdir's mode is filtered by the umask; a created folder is ours to set.
            with contextlib.suppress(OSError):
                os.chmod(folder, PRIVATE_DIR_MODE)
    if not path.is_dir():
        raise NotADirectoryError(str(path))
    return created


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
        """Non-sensitive preferences (theme, language, auto-lock, country …)."""
        return self.config_dir / "preferences.json"

    def ensure(self) -> AppPaths:
        """Create the folders that are missing (0700); existing ones are left alone.

        Missing folders are normal on reboot-to-restore PCs.
        """
        create_private_dirs(self.data_dir)
        create_private_dirs(self.config_dir)
        return self


def default_paths() -> AppPaths:
    """The person's own per-user folders for this operating system."""
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
    )


def single_folder(folder: str | os.PathLike[str]) -> AppPaths:
    """Data and preferences together under ``folder`` (absolute, ``~`` expanded)."""
    root = Path(folder).expanduser().resolve()
    return AppPaths(data_dir=root, config_dir=root)


def resolve_paths(
    data_dir: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> AppPaths:
    """Pick the folders: explicit ``data_dir``, then the environment, then the OS default."""
    env = os.environ if environ is None else environ
    chosen = data_dir if data_dir is not None else env.get(DATA_DIR_ENV) or None
    if chosen is not None:
        return single_folder(chosen)
    return default_paths()
