"""Find the runtime data (help directory, icons, translations).

The same call works from a source checkout, an installed wheel and a frozen
PyInstaller bundle, so nothing else in the program needs to know which one it is.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_ASSETS = "assets"


def _candidates() -> list[Path]:
    here = Path(__file__).resolve()
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # frozen: PyInstaller unpacks datas beside the executable
        found.append(Path(bundle) / _ASSETS)
    found.append(here.parents[1] / _ASSETS)  # installed wheel: companion/assets
    found.append(here.parents[2] / _ASSETS)  # source checkout: <repo>/assets
    return found


@cache
def assets_root() -> Path:
    """The folder holding Companion's runtime data."""
    for candidate in _candidates():
        if (candidate / "resources").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in _candidates())
    raise FileNotFoundError(f"Companion's assets folder is missing (looked in {searched})")


def asset_path(*parts: str) -> Path:
    """Path of one runtime file, e.g. ``asset_path("resources", "directory.json")``."""
    return assets_root().joinpath(*parts)
