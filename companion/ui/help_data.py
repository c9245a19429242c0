"""Load what the help panel shows: the bundled directory plus any local packs.

Failures never take help away: a broken pack is reported (for the panel's notice and the
log) and the bundled list is still shown; a broken bundled file gives an empty directory
and a notice rather than a crash.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from companion.core.errors import ResourceDataError
from companion.core.resources.directory import Directory, load_bundled


@dataclass(frozen=True)
class HelpData:
    """The directory to show and the problems met while building it."""

    directory: Directory
    problems: tuple[ResourceDataError, ...] = ()
    bundled_ok: bool = True


def _packs_module() -> Any | None:
    try:
        return importlib.import_module("companion.core.resources.packs")
    except ImportError:  # the pack loader is optional for the panel to work
        return None


def load_help_data(pack_paths: Sequence[Path] = (), *, discover: bool = True) -> HelpData:
    """The bundled directory merged with local packs.

    Args:
        pack_paths: Packs named explicitly (e.g. by the policy file).
        discover: Also add packs found in the standard folders.

    Returns:
        The merged directory and every pack problem (never raises).
    """
    try:
        bundled = load_bundled()
        bundled_ok = True
    except (ResourceDataError, OSError) as exc:
        problem = (
            exc
            if isinstance(exc, ResourceDataError)
            else ResourceDataError("built-in directory", [str(exc)])
        )
        return HelpData(Directory([]), (problem,), bundled_ok=False)
    packs = _packs_module()
    paths = [Path(p) for p in pack_paths]
    if packs is None:
        return HelpData(bundled)
    if discover and hasattr(packs, "discover_pack_paths"):
        try:
            found = [Path(p) for p in packs.discover_pack_paths()]
        except OSError:
            found = []
        paths.extend(p for p in found if p not in paths)
    if not paths:
        return HelpData(bundled, bundled_ok=bundled_ok)
    directory, errors = packs.load_with_packs(bundled, paths)
    return HelpData(directory, tuple(errors), bundled_ok=bundled_ok)
