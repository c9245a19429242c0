"""Directory lookups, ordering and search."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.core.errors import ResourceDataError
from companion.core.resources.directory import Directory, country_name, load_bundled, normalise
from companion.core.resources.records import Category, Channel, Hours, SearchQuery, Service

GB_CATEGORY_ORDER = list(Category)


def test_load_bundled_is_cached() -> None:
    assert load_bundled() is load_bundled()
    assert Directory.load_bundled() is load_bundled()


def test_load_reports_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "d.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ResourceDataError) as caught:
        Directory.load(bad)
    assert caught.value.source == str(bad)
    with pytest.raises(ResourceDataError):
        Directory.load(tmp_path / "missing.json")


def test_countries_sorted_by_name_with_names() -> None:
    countries = load_bundled().countries()
    names = [normalise(c.name) for c in countries]
    assert names == sorted(names)
    assert len(countries) == 240
    assert all(c.name != c.code for c in countries)
    assert "INTL" not in {c.code for c in countries}


def test_country_names() -> None:
    directory = load_bundled()
    assert directory.country_name("GB") == "United Kingdom"
    assert directory.country_name("gb") == "United Kingdom"
    assert country_name("INTL") == "International"
    assert country_name("ZZ") == "ZZ"


def test_for_country_orders_by_category_with_emergency_first() -> None:
    for code in ("GB", "US", "AU", "CA", "DE", "IE"):
        services = load_bundled().for_country(code)
        ranks = [GB_CATEGORY_ORDER.index(s.category) for s in services]
        assert ranks == sorted(ranks), code
        assert services[0].category is Category.EMERGENCY


def test_paired_services_are_adjacent() -> None:
    ids = [s.id for s in load_bundled().for_country("GB")]
    i = ids.index("gb-samaritans")
    assert set(ids[i + 1 : i + 3]) == {"gb-samaritans-welsh-language-line", "gb-childline"}
    ca = [s.id for s in load_bundled().for_country("CA")]
    assert ca.index("ca-kids-help-phone") == ca.index("ca-9-8-8-suicide-crisis-helpline") + 1


def test_unknown_country_is_empty() -> None:
    assert load_bundled().for_country("ZZ") == []
    assert load_bundled().emergency("ZZ") is None


def test_international() -> None:
    intl = load_bundled().international()
    assert len(intl) == 5
    assert all(s.country == "INTL" for s in intl)


def test_get() -> None:
    service = load_bundled().get("gb-samaritans")
    assert service is not None
    assert service.name == "Samaritans"
    assert load_bundled().get("nope") is None


def _ids(**query: object) -> list[str]:
    return [s.id for s in load_bundled().search(SearchQuery(**query))]  # type: ignore[arg-type]


def test_search_is_case_and_accent_insensitive() -> None:
    assert "be-tele-accueil" in _ids(text="TELE-ACCUEIL")
    assert "be-tele-accueil" in _ids(text="télé-accueil")
    assert "fr-sos-amitie" in _ids(text="sos amitie")


def test_search_by_country_name_topic_and_language() -> None:
    assert "gb-samaritans-welsh-language-line" in _ids(text="welsh")
    assert "ie-samaritans-ireland" in _ids(text="ireland suicide")
    assert "us-the-trevor-project" in _ids(text="lgbtq")
    spanish = _ids(text="spanish")
    assert "us-988-suicide-crisis-lifeline" in spanish


def test_search_name_matches_come_first() -> None:
    ids = _ids(text="samaritans")
    assert all("samaritan" in i for i in ids[:5])


def test_search_country_filter() -> None:
    ids = _ids(text="samaritans", country="gb")
    assert ids
    assert all(i.startswith("gb-") for i in ids)


def test_search_channel_filter() -> None:
    results = load_bundled().search(SearchQuery(country="US", channels=frozenset({Channel.SMS})))
    assert results
    assert all(Channel.SMS in s.channels for s in results)
    assert "us-crisis-text-line" in {s.id for s in results}


def test_search_open_now_keeps_only_known_open() -> None:
    at = datetime(2026, 1, 5, 20, 0, tzinfo=UTC)  # Monday 20:00 in London
    results = load_bundled().search(SearchQuery(country="GB", open_now=True, now=at))
    ids = {s.id for s in results}
    assert {"gb-calm-helpline", "gb-samaritans"} <= ids
    assert "gb-mind" not in ids  # 9am-6pm weekdays
    assert "gb-childline" not in ids  # hours unknown are left out
    morning = {
        s.id
        for s in load_bundled().search(
            SearchQuery(country="GB", open_now=True, now=at.replace(hour=10))
        )
    }
    assert "gb-mind" in morning
    assert "gb-calm-helpline" not in morning


def test_search_no_match() -> None:
    assert _ids(text="zzzzqqq") == []


def test_empty_query_returns_everything() -> None:
    assert len(_ids()) == len(load_bundled().services)


def test_merged_with_marks_and_orders() -> None:
    base = Directory(
        [
            Service(
                id="gb-a",
                country="GB",
                name="A",
                category=Category.CRISIS_LINE,
                hours=Hours(None, None),
            )
        ]
    )
    extra = Service(id="gb-local", country="GB", name="Local", category=Category.PEER_SUPPORT)
    merged = base.merged_with([extra], "Leeds Libraries")
    first = merged.for_country("GB")[0]  # no emergency number in this small directory
    assert first.id == "gb-local"
    assert first.added_by_organisation
    assert first.source_label == "Leeds Libraries"
    assert "gb-local" in [s.id for s in merged.search(SearchQuery(text="leeds libraries"))]
    assert base.get("gb-local") is None


def test_every_language_in_the_directory_has_an_english_name() -> None:
    from companion.core.resources.directory import LANGUAGE_NAMES

    used = {lang for s in load_bundled().services for lang in s.languages}
    assert used <= set(LANGUAGE_NAMES)
