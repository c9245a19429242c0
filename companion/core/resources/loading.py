"""Load what the help panel shows: the bundled directory plus any local packs.

Failures never take help away: a broken pack is reported (for the panel's notice and the
log) and the bundled list is still shown; a broken bundled file gives an empty directory
and a notice rather than a crash.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from companion.core.errors import ResourceDataError
from companion.core.resources.directory import Directory, load_bundled
from companion.core.resources.frozen import record
from companion.core.resources.packs import (
    PackLocations,
    discover_packs,
    load_with_packs,
    unique_paths,
)


@record
class HelpData:
    """The directory to show and the problems met while building it."""

    directory: Directory
    problems: tuple[ResourceDataError, ...] = ()


def load_help_data(
    pack_paths: Sequence[Path] = (),
    *,
    discover: bool = True,
    locations: PackLocations | None = None,
) -> HelpData:
    """The bundled directory merged with local packs (never raises).

    Args:
        pack_paths: Packs named explicitly (e.g. by the policy file), tried first.
        discover: Also add packs found next to the program and in the system folders.
        locations: Where discovery looks (defaults to the real places).

    Returns:
        The merged directory and one problem per pack that could not be fully read.
    """
    try:
        bundled = load_bundled()
    except (ResourceDataError, OSError) as exc:
        # A packaging bug; say so rather than show an empty window with no reason.
        problem = (
            exc
            if isinstance(exc, ResourceDataError)
            else ResourceDataError("built-in directory", [str(exc)])
        )
        return HelpData(Directory([]), (problem,))
    paths = [Path(p) for p in pack_paths]
    if discover:
        paths += discover_packs(locations or PackLocations.default())
    unique = unique_paths(paths)
    if not unique:
        return HelpData(bundled)
    directory, errors = load_with_packs(bundled, unique)
    return HelpData(directory, tuple(errors))
