"""The bundled directory's index (directory.index.json): made from the directory by a
build step, equal to what that step makes now, and never a source of stale numbers."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from companion.core.assets import asset_path
from companion.core.resources.directory import Directory
from companion.core.resources.index import (
    IndexedEntries,
    build_index,
    index_path_for,
    index_text,
    main,
)

DIRECTORY = asset_path("resources", "directory.json")


def test_the_committed_index_is_what_the_build_step_makes_from_the_directory() -> None:
    committed = index_path_for(DIRECTORY).read_text(encoding="utf-8")
    assert committed == index_text(DIRECTORY.read_bytes()), (
        "directory.index.json is out of date: run python -m companion.core.resources.index"
    )


def test_every_range_decodes_to_its_own_entry() -> None:
    raw = DIRECTORY.read_bytes()
    services = json.loads(raw)["services"]
    index = build_index(raw)
    assert index["count"] == len(services)
    ranges = index["ranges"]
    assert len(ranges) == 2 * len(services)
    seen = []
    for code, positions in index["countries"]:
        for position in positions:
            start, end = ranges[2 * position], ranges[2 * position + 1]
            entry = json.loads(raw[start:end])
            assert entry == services[position]
            assert entry["country"] == code
            seen.append(position)
    assert sorted(seen) == list(range(len(services)))
    # Countries in file order (of their first entry), as the whole-file load lists them.
    firsts = [positions[0] for _code, positions in index["countries"]]
    assert firsts == sorted(firsts)


def test_the_indexed_load_gives_exactly_the_full_load() -> None:
    indexed = Directory.load(DIRECTORY, trusted=True)
    assert isinstance(indexed._entries, IndexedEntries)  # the index was used
    full = Directory(Directory.load(DIRECTORY).services)  # validated, whole file
    for code in [*full._groups, "ZZ"]:
        assert indexed.for_country(code) == full.for_country(code)
        assert indexed.emergency(code) == full.emergency(code)
    assert indexed.services == full.services
    assert indexed.countries() == full.countries()


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "directory.json"
    shutil.copyfile(DIRECTORY, target)
    shutil.copyfile(index_path_for(DIRECTORY), index_path_for(target))
    return target


def _gb_emergency_display(directory: Directory) -> str:
    service = directory.emergency("GB")
    assert service is not None
    return service.phones[0].display


def test_a_changed_directory_is_read_whole_never_through_a_stale_index(tmp_path: Path) -> None:
    target = _copy(tmp_path)
    raw = target.read_bytes()
    before = _gb_emergency_display(Directory.load(target, trusted=True))
    assert before == "999"
    # The same length (every range would still decode) and a longer number.
    for changed in ("998", "9999"):
        doc = raw.decode("utf-8")
        marker = '"id": "gb-emergency"'
        at = doc.index(marker)
        at = doc.index('"display": "999"', at)
        edited = doc[:at] + f'"display": "{changed}"' + doc[at + len('"display": "999"') :]
        target.write_text(edited, encoding="utf-8")
        loaded = Directory.load(target, trusted=True)
        assert not isinstance(loaded._entries, IndexedEntries)
        assert _gb_emergency_display(loaded) == changed


@pytest.mark.parametrize(
    "index",
    ["", "[]", '{"format": "companion-resources-index", "version": 2}', "{not json"],
)
def test_a_missing_or_damaged_index_reads_the_whole_file(tmp_path: Path, index: str) -> None:
    target = _copy(tmp_path)
    index_path_for(target).write_text(index, encoding="utf-8")
    loaded = Directory.load(target, trusted=True)
    assert not isinstance(loaded._entries, IndexedEntries)
    assert _gb_emergency_display(loaded) == "999"
    index_path_for(target).unlink()
    assert _gb_emergency_display(Directory.load(target, trusted=True)) == "999"


def _country(index: dict[str, Any], code: str) -> list[int]:
    return next(positions for found, positions in index["countries"] if found == code)


def _drop_an_entry_of_gb(index: dict[str, Any]) -> None:
    del _country(index, "GB")[0]


def _list_an_entry_twice(index: dict[str, Any]) -> None:
    _country(index, "GB").append(_country(index, "FR")[0])


def _drop_a_range(index: dict[str, Any]) -> None:
    del index["ranges"][-2:]


def _a_range_that_is_not_a_whole_number(index: dict[str, Any]) -> None:
    index["ranges"][0] = float(index["ranges"][0])


def _a_position_that_is_text(index: dict[str, Any]) -> None:
    gb = _country(index, "GB")
    gb[0] = str(gb[0])


def _countries_as_an_object(index: dict[str, Any]) -> None:
    index["countries"] = dict(index["countries"])


def _a_country_listed_twice(index: dict[str, Any]) -> None:
    index["countries"].append(["GB", []])


@pytest.mark.parametrize(
    "damage",
    [
        _drop_an_entry_of_gb,
        _list_an_entry_twice,
        _drop_a_range,
        _a_range_that_is_not_a_whole_number,
        _a_position_that_is_text,
        _countries_as_an_object,
        _a_country_listed_twice,
    ],
)
def test_an_index_that_does_not_cover_every_entry_once_is_not_used(
    tmp_path: Path, damage: Callable[[dict[str, Any]], None]
) -> None:
    target = _copy(tmp_path)
    index = json.loads(index_path_for(target).read_text(encoding="utf-8"))
    damage(index)
    index_path_for(target).write_text(json.dumps(index), encoding="utf-8")
    loaded = Directory.load(target, trusted=True)
    assert not isinstance(loaded._entries, IndexedEntries)
    assert len(loaded.for_country("GB")) == len(Directory.load(DIRECTORY).for_country("GB"))


def test_the_build_step_writes_the_index_beside_the_file(tmp_path: Path) -> None:
    target = tmp_path / "directory.json"
    shutil.copyfile(DIRECTORY, target)
    assert main([str(target)]) == 0
    assert index_path_for(target).read_text(encoding="utf-8") == index_text(target.read_bytes())


@pytest.mark.parametrize(
    "raw",
    [
        b"[]",
        b'{"format": "companion-resources", "version": 1, "services": [{"id": 1}]}',
        b'{"format": "other", "version": 1, "services": []}',
    ],
)
def test_the_build_step_refuses_what_is_not_a_directory(raw: bytes) -> None:
    with pytest.raises(ValueError, match="not a directory document"):
        build_index(raw)
