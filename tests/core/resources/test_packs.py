"""Local resource packs: discovery order, merge, and failure without losing help."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

from companion.core.resources.directory import Directory, load_bundled
from companion.core.resources.packs import (
    PackLocations,
    discover_packs,
    load_directory,
    load_with_packs,
    read_pack,
    system_pack_dirs,
)
from companion.core.resources.records import Category


def _pack(**extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "companion-resources",
        "version": 1,
        "pack": {"organisation": "Leeds Libraries", "region": "Leeds"},
        "services": [
            {
                "id": "leeds-crisis-team",
                "country": "GB",
                "name": "Leeds crisis team",
                "category": "local-organisation",
                "phones": [{"display": "0800 183 1485", "dial": "08001831485"}],
                "hours": {"text": "24/7", "timezone": "Europe/London", "always_open": True},
            }
        ],
    }
    doc.update(extra)
    return doc


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_valid_pack_is_merged_first_and_marked(tmp_path: Path) -> None:
    bundled = load_bundled()
    merged, errors = load_with_packs(bundled, [_write(tmp_path / "leeds.json", _pack())])
    assert errors == []
    gb = merged.for_country("GB")
    # The national emergency number stays on top; the pack's services come right after.
    assert gb[0].category is Category.EMERGENCY
    assert not gb[0].added_by_organisation
    assert gb[1].id == "leeds-crisis-team"
    assert gb[1].added_by_organisation
    assert gb[1].source_label == "Leeds Libraries"
    assert gb[1].region == "Leeds"
    # The bundled emergency number is still there and still found by emergency().
    assert merged.emergency("GB") == bundled.emergency("GB")
    assert len(merged.services) == len(bundled.services) + 1
    # The bundled directory itself is unchanged (immutable).
    assert bundled.get("leeds-crisis-team") is None


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"",
        b"[]",
        b'"just a string"',
        json.dumps(
            {"format": "companion-resources", "version": 1, "services": [{"id": 5}]}
        ).encode(),
        json.dumps(_pack(version="one")).encode(),
        json.dumps(
            _pack(
                services=[
                    {
                        "id": "a",
                        "country": "GB",
                        "name": "A",
                        "category": "crisis-line",
                        "phones": "0800",
                    }
                ]
            )
        ).encode(),
        b"[" * 100000,
    ],
)
def test_malformed_pack_never_stops_the_bundled_directory(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    bundled = load_bundled()
    with caplog.at_level(logging.WARNING, logger="companion.core.resources.packs"):
        merged, errors = load_with_packs(bundled, [bad])
    assert merged.services == bundled.services
    assert len(errors) == 1
    assert errors[0].source == str(bad)
    assert errors[0].problems
    assert "bad.json" in caplog.text


def test_missing_pack_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    merged, errors = load_with_packs(load_bundled(), [tmp_path / "nope.json"])
    assert merged.services == load_bundled().services
    assert "cannot be read" in errors[0].problems[0]


def test_good_pack_still_loads_next_to_a_bad_one(tmp_path: Path) -> None:
    bad = tmp_path / "a.json"
    bad.write_text("{", encoding="utf-8")
    good = _write(tmp_path / "b.json", _pack())
    merged, errors = load_with_packs(load_bundled(), [bad, good])
    assert len(errors) == 1
    assert merged.get("leeds-crisis-team") is not None


def test_pack_cannot_replace_a_bundled_service(tmp_path: Path) -> None:
    doc = _pack()
    doc["services"][0]["id"] = "gb-samaritans"
    doc["services"][0]["name"] = "Not Samaritans"
    merged, errors = load_with_packs(load_bundled(), [_write(tmp_path / "p.json", doc)])
    service = merged.get("gb-samaritans")
    assert service is not None
    assert service.name == "Samaritans"
    assert "already used" in errors[0].problems[0]


def test_earlier_packs_come_first(tmp_path: Path) -> None:
    first = _write(tmp_path / "1.json", _pack())
    second_doc = _pack(pack={"organisation": "Second"})
    second_doc["services"][0]["id"] = "second-service"
    second = _write(tmp_path / "2.json", second_doc)
    merged, _ = load_with_packs(load_bundled(), [first, second])
    ids = [s.id for s in merged.for_country("GB")[1:3]]
    assert ids == ["leeds-crisis-team", "second-service"]


def test_pack_without_metadata_is_labelled_by_file_name(tmp_path: Path) -> None:
    doc = _pack()
    del doc["pack"]
    services, organisation = read_pack(_write(tmp_path / "city-council.json", doc))
    assert organisation == "city-council"
    assert services[0].region is None


def test_discovery_order(tmp_path: Path) -> None:
    explicit = _write(tmp_path / "policy.json", _pack())
    exe = tmp_path / "exe"
    (exe / "resources").mkdir(parents=True)
    in_folder = _write(exe / "resources" / "a.json", _pack())
    (exe / "resources" / "notes.txt").write_text("ignored", encoding="utf-8")
    single = _write(exe / "companion-resources.json", _pack())
    system = tmp_path / "etc"
    system.mkdir()
    sys_pack = _write(system / "z.json", _pack())
    locations = PackLocations(
        explicit=(explicit, explicit), exe_dir=exe, system_dirs=(system, tmp_path / "missing")
    )
    assert discover_packs(locations) == [explicit, in_folder, single, sys_pack]


def test_explicit_folder_is_scanned(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    folder.mkdir()
    pack = _write(folder / "x.json", _pack())
    assert discover_packs(PackLocations(explicit=(folder,))) == [pack]


def test_system_locations_per_platform() -> None:
    assert system_pack_dirs("linux", {}) == [Path("/etc/companion/resources")]
    assert system_pack_dirs("darwin", {}) == [
        Path("/Library/Application Support/Companion/resources")
    ]
    windows = system_pack_dirs("win32", {"ProgramData": r"D:\PD"})
    assert str(windows[0]).replace("\\", "/").endswith("D:/PD/Companion/resources")


def test_load_directory_with_injected_locations(tmp_path: Path) -> None:
    pack = _write(tmp_path / "p.json", _pack())
    bundled = Directory(load_bundled().services)
    merged, errors = load_directory(PackLocations(explicit=(pack,)), bundled)
    assert errors == []
    first = merged.for_country("GB")[1]
    assert first.category is Category.LOCAL_ORGANISATION
    assert first.added_by_organisation


def test_pack_emergency_entry_never_displaces_the_national_number(tmp_path: Path) -> None:
    doc = _pack()
    doc["services"][0]["category"] = "emergency-number"
    bundled = load_bundled()
    merged, errors = load_with_packs(bundled, [_write(tmp_path / "p.json", doc)])
    assert errors == []
    assert merged.emergency("GB") == bundled.emergency("GB")
    gb = merged.for_country("GB")
    assert gb[0] == bundled.emergency("GB")
    assert gb[1].id == "leeds-crisis-team"
