"""Wording helpers: sources, dates, doubts, hours, links."""

from __future__ import annotations

from datetime import date

from companion.core.resources.records import Category, Hours, Phone, Service, Source
from companion.ui.help import wording as fmt


def test_source_host_names_sites_repos_and_derived_datasets() -> None:
    assert fmt.source_host("https://www.samaritans.org/how-we-can-help/") == "samaritans.org"
    assert (
        fmt.source_host("github:padolsey/cite supabase/seed.sql @8b2d")
        == "a public helpline dataset"
    )
    derived = (
        "github:fernando-195/emergency-and-helplines-api data/all.json @6023 "
        "(built from https://en.wikipedia.org/wiki/List_of_suicide_crisis_lines rev 1363635917)"
    )
    assert fmt.source_host(derived) == "Wikipedia (via a public dataset)"
    mirror = "https://kiwix.example.fun/content/wikipedia_en_all_maxi_2024-01/A/IASP"
    assert fmt.source_host(mirror) == "Wikipedia"


def test_a_web_page_is_named_before_a_dataset() -> None:
    service = Service(
        id="w",
        country="GB",
        name="W",
        category=Category.CRISIS_LINE,
        phones=(Phone("1", "1"),),
        sources=(Source("github:someone/data file.json @abc"), Source("https://www.w.example/")),
    )
    assert fmt.source_line(service) == "Number from w.example and 1 other source"


def test_loose_dates_show_only_what_is_certain() -> None:
    assert fmt.loose_date("2018-11 (CBC)") == "November 2018"
    assert fmt.loose_date("2015") == "2015"
    assert fmt.loose_date("2024-09-30 (article)") == "30 September 2024"
    assert fmt.loose_date("2024-13") is None
    assert fmt.loose_date("undated") is None


def test_source_line_gives_the_source_date_honestly() -> None:
    service = Service(
        id="x",
        country="GB",
        name="X",
        category=Category.CRISIS_LINE,
        phones=(Phone("1", "1"),),
        sources=(Source("https://a.example/p", "2020-01"), Source("https://b.example")),
        last_verified=date(2026, 8, 8),
    )
    assert (
        fmt.source_line(service)
        == "Number from a.example and 1 other source, source dated 8 August 2026"
    )
    undated = Service(
        id="y",
        country="GB",
        name="Y",
        category=Category.EDUCATION,
        sources=(Source("https://a.example/p", "2017-11"),),
    )
    assert fmt.source_line(undated) == "Details from a.example, source dated November 2017"
    unknown = Service(
        id="z",
        country="GB",
        name="Z",
        category=Category.EDUCATION,
        sources=(Source("https://a.example/p", "no date shown"),),
    )
    assert fmt.source_line(unknown) == "Details from a.example"


def test_doubt_headline_matches_what_is_in_doubt() -> None:
    assert fmt.doubt_line("Sources disagree on the opening hours.") == fmt.DOUBT_HOURS_LINE
    assert fmt.doubt_line("Another source gives a different number.") == fmt.DOUBT_LINE


def test_hours_line_names_the_zone() -> None:
    service = Service(
        id="z",
        country="JP",
        name="Z",
        category=Category.CRISIS_LINE,
        hours=Hours("9am-11pm daily", "Asia/Tokyo"),
    )
    assert fmt.hours_line(service) == "9am-11pm daily (Tokyo time)"


def test_web_addresses_without_scheme_get_https() -> None:
    assert fmt.web_url("www.samaritans.org") == "https://www.samaritans.org"
    assert fmt.web_url("http://example.org") == "http://example.org"
