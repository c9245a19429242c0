"""The bundled file is read without validating it again at run time: prove that this
gives exactly what full validation gives, and that a damaged file is still reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.core.assets import asset_path
from companion.core.errors import ResourceDataError
from companion.core.resources.directory import Directory, load_bundled
from companion.core.resources.parse import parse_document, parse_trusted
from companion.core.resources.records import SearchQuery


def _bundled_doc() -> object:
    return json.loads(asset_path("resources", "directory.json").read_text(encoding="utf-8"))


def test_trusted_parse_equals_validated_parse_for_the_bundled_file() -> None:
    doc = _bundled_doc()
    assert parse_trusted(doc) == parse_document(doc, source="bundled")


def test_load_bundled_equals_a_fully_validated_load() -> None:
    checked = Directory.load(asset_path("resources", "directory.json"))
    bundled = load_bundled()
    assert bundled.services == checked.services
    assert bundled.countries() == checked.countries()
    for code in ("GB", "US", "JP", "INTL"):
        assert bundled.for_country(code) == checked.for_country(code)
        assert bundled.emergency(code) == checked.emergency(code)
    query = SearchQuery(text="samaritans")
    assert bundled.search(query) == checked.search(query)


@pytest.mark.parametrize(
    "doc",
    [
        [],
        {"format": "something-else", "version": 1, "services": []},
        {"format": "companion-resources", "version": 99, "services": []},
        {"format": "companion-resources", "version": 1, "services": [{"id": "x"}]},
        {"format": "companion-resources", "version": 1, "services": [7]},
    ],
)
def test_trusted_parse_gives_up_on_an_unexpected_shape(doc: object) -> None:
    assert parse_trusted(doc) is None


def test_a_damaged_trusted_file_is_still_reported_in_full(tmp_path: Path) -> None:
    doc = _bundled_doc()
    assert isinstance(doc, dict)
    del doc["services"][3]["name"]
    damaged = tmp_path / "directory.json"
    damaged.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ResourceDataError) as caught:
        Directory.load(damaged, trusted=True)
    assert any("name: is required" in line for line in caught.value.problems)


def test_tables_are_built_on_first_use_and_warm_up_builds_them_all() -> None:
    directory = Directory(load_bundled().services)
    assert directory.emergency("GB") is not None  # only what one country needs
    directory.warm_up()
    assert directory.get(directory.services[0].id) is directory.services[0]
    assert directory.search(SearchQuery(text="samaritans"))


def test_a_trusted_entry_broken_inside_is_left_out_and_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # The tests above keep this from happening to the shipped file; if it ever did, the
    # other lines must still be shown rather than help failing to open.
    doc = _bundled_doc()
    assert isinstance(doc, dict)
    entries = doc["services"]
    broken_index = next(
        i for i, e in enumerate(entries) if e["country"] == "GB" and e.get("phones")
    )
    broken_id = entries[broken_index]["id"]
    del entries[broken_index]["phones"][0]["dial"]
    damaged = tmp_path / "directory.json"
    damaged.write_text(json.dumps(doc), encoding="utf-8")
    directory = Directory.load(damaged, trusted=True)
    gb = [s.id for s in directory.for_country("GB")]
    assert broken_id not in gb
    assert len(gb) == sum(1 for e in entries if e["country"] == "GB") - 1
    assert "could not be read" in caplog.text
    assert directory.get(broken_id) is None
    assert len(directory.services) == len(entries) - 1
    with pytest.raises(ResourceDataError):  # and full validation still names the problem
        Directory.load(damaged)
