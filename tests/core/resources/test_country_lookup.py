"""The country picker's lookup: names, native names, ISO codes and common aliases."""

from __future__ import annotations

import pytest

from companion.core.resources.country_lookup import key, matches, resolve
from companion.core.resources.directory import load_bundled


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("UK", "GB"),
        ("u.k.", "GB"),
        ("England", "GB"),
        ("Great Britain", "GB"),
        ("USA", "US"),
        ("US", "US"),
        ("the States", "US"),
        ("Deutschland", "DE"),
        ("deutschland", "DE"),
        ("España", "ES"),
        ("espana", "ES"),
        ("日本", "JP"),
        ("jp", "JP"),
        ("Holland", "NL"),
        ("Aotearoa", "NZ"),
        ("Türkiye", "TR"),
        ("Ivory Coast", "CI"),
        ("germ", "DE"),  # the one country whose name starts so
        ("United Kingdom", "GB"),
        ("st lucia", "LC"),
    ],
)
def test_names_native_names_codes_and_aliases_resolve(typed: str, code: str) -> None:
    assert resolve(typed) == code


@pytest.mark.parametrize("typed", ["Narnia", "", "   ", "xx", "United"])
def test_entries_that_name_no_single_country_resolve_to_nothing(typed: str) -> None:
    # "United" starts several names (Kingdom, States, Arab Emirates): not a guess.
    assert resolve(typed) is None


def test_resolve_keeps_to_the_countries_offered() -> None:
    assert resolve("Deutschland", among=["FR", "GB"]) is None
    assert resolve("Deutschland", among=["DE", "GB"]) == "DE"


def test_every_bundled_country_resolves_by_its_own_name_and_code() -> None:
    countries = load_bundled().countries()
    codes = [c.code for c in countries]
    for country in countries:
        assert resolve(country.code, codes) == country.code
        assert resolve(country.name, codes) == country.code, country.name


def test_suggestions_put_exact_and_starting_matches_first() -> None:
    assert matches("uk", 3)[0] == "GB"
    assert matches("Deutsch")[0] == "DE"
    found = matches("united")
    assert {"GB", "US", "AE"} <= set(found)
    assert len(matches("a", 5)) <= 5


def test_keys_ignore_case_accents_punctuation_and_ampersands() -> None:
    assert key("  Côte d’Ivoire ") == key("cote d ivoire")
    assert key("Trinidad & Tobago") == "trinidad and tobago"
    assert key("St. Lucia") == "saint lucia"
