"""Local resource packs: a library or school adds its own services to the directory.

A pack is a file in the directory format with an optional ``"pack"`` block naming the
organisation. Packs are found, in this order, at: the path the admin policy gives, next to
the executable, and the system-wide folders. A broken pack never stops help from loading:
the bundled directory is used and the problem is returned for the help panel to show
(and logged — packs hold no journal data, so logging them is safe).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from companion.core.errors import ResourceDataError
from companion.core.resources.directory import Directory
from companion.core.resources.frozen import record, replace
from companion.core.resources.parse import parse_document
from companion.core.resources.records import Service

log = logging.getLogger(__name__)

PACK_FILENAME = "companion-resources.json"
MAX_PACK_BYTES = 5 * 1024 * 1024  # a pack is a few hundred entries; refuse anything huge


def system_pack_dirs(platform: str | None = None, env: dict[str, str] | None = None) -> list[Path]:
    """The machine-wide folders an administrator can drop packs into."""
    platform = platform or sys.platform
    env = dict(os.environ) if env is None else env
    if platform.startswith("win"):
        base = env.get("ProgramData") or env.get("PROGRAMDATA") or r"C:\ProgramData"
        return [Path(base) / "Companion" / "resources"]
    if platform == "darwin":
        return [Path("/Library/Application Support/Companion/resources")]
    return [Path("/etc/companion/resources")]


def executable_dir() -> Path:
    """Folder of the running program (the frozen executable, or the Python interpreter)."""
    return Path(sys.executable).resolve().parent


@record
class PackLocations:
    """Where to look for packs; tests build their own instead of touching real folders."""

    explicit: tuple[Path, ...] = ()
    exe_dir: Path | None = None
    system_dirs: tuple[Path, ...] = ()

    @classmethod
    def default(cls, policy_path: str | Path | None = None) -> PackLocations:
        """The real locations, with ``policy_path`` (from the admin policy) first."""
        explicit = (Path(policy_path),) if policy_path else ()
        return cls(explicit, executable_dir(), tuple(system_pack_dirs()))


def _json_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.suffix.lower() == ".json" and p.is_file())
    except OSError:
        return []


def discover_packs(locations: PackLocations) -> list[Path]:
    """Pack files in priority order, without duplicates.

    An explicit path may be a file or a folder of ``*.json`` files. Next to the executable
    both ``resources/*.json`` and ``companion-resources.json`` count.
    """
    found: list[Path] = []
    for path in locations.explicit:
        found += _json_files(path) if path.is_dir() else [path]
    if locations.exe_dir is not None:
        found += _json_files(locations.exe_dir / "resources")
        single = locations.exe_dir / PACK_FILENAME
        if single.is_file():
            found.append(single)
    for folder in locations.system_dirs:
        found += _json_files(folder)
    return unique_paths(found)


def unique_paths(paths: Iterable[Path]) -> list[Path]:
    """``paths`` in order, each file once (compared as the OS would: case on Windows)."""
    unique: list[Path] = []
    seen: set[str] = set()
    for path in paths:
        key = os.path.normcase(str(path.absolute()))
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def read_pack(path: str | Path) -> tuple[list[Service], str]:
    """Parse one pack file.

    Returns:
        The services (with the pack's region applied) and the organisation's name.

    Raises:
        ResourceDataError: For any problem at all: unreadable, too big, not JSON, invalid.
    """
    label = str(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_PACK_BYTES + 1)
    except OSError as exc:
        raise ResourceDataError(label, [f"file: cannot be read ({exc.strerror or exc})"]) from exc
    if len(raw) > MAX_PACK_BYTES:
        raise ResourceDataError(label, [f"file: larger than {MAX_PACK_BYTES // (1024 * 1024)} MiB"])
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ResourceDataError(label, [f"file: is not valid UTF-8 JSON ({exc})"]) from exc
    except RecursionError as exc:
        raise ResourceDataError(label, ["file: JSON nested too deeply"]) from exc
    services = parse_document(doc, source=label)
    pack = doc.get("pack") if isinstance(doc, dict) else None
    organisation = Path(label).stem
    region = None
    if isinstance(pack, dict):
        organisation = str(pack.get("organisation") or organisation)
        region = pack.get("region") if isinstance(pack.get("region"), str) else None
    if region:
        services = [s if s.region else replace(s, region=region) for s in services]
    return services, organisation


def load_with_packs(
    bundled: Directory, pack_paths: Iterable[str | Path]
) -> tuple[Directory, list[ResourceDataError]]:
    """Merge every readable pack into ``bundled``; never raises for a bad pack.

    Args:
        bundled: The shipped directory.
        pack_paths: Pack files in priority order (see :func:`discover_packs`).

    Returns:
        The merged directory and one error per pack that was skipped or partly used.
    """
    directory = bundled
    errors: list[ResourceDataError] = []
    for path in pack_paths:
        try:
            services, organisation = read_pack(path)
        except ResourceDataError as exc:
            _report(exc)
            errors.append(exc)
            continue
        clashes = [s.id for s in services if directory.get(s.id) is not None]
        if clashes:
            clash_error = ResourceDataError(
                str(path),
                [f"services ({sid}): id: already used; this entry was left out" for sid in clashes],
            )
            _report(clash_error)
            errors.append(clash_error)
        directory = directory.merged_with(services, organisation)
    return directory, errors


def _report(error: ResourceDataError) -> None:
    log.warning(
        "resource pack %s was not fully loaded: %s", error.source, "; ".join(error.problems[:20])
    )


def load_directory(
    locations: PackLocations, bundled: Directory | None = None
) -> tuple[Directory, list[ResourceDataError]]:
    """Bundled directory plus every discovered pack (the app's one-call entry point)."""
    from companion.core.resources.directory import load_bundled

    base = bundled if bundled is not None else load_bundled()
    return load_with_packs(base, discover_packs(locations))


def pack_sources(errors: Sequence[ResourceDataError]) -> list[str]:
    """The file names of packs with problems (for a short message in the UI)."""
    return [e.source for e in errors]
