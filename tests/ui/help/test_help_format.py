"""Wording helpers: sources, dates, doubts, hours, links."""

from __future__ import annotations

from datetime import date

from companion.core.resources.models import Category, Hours, Phone, Service, Source
from companion.ui import help_format as fmt


def test_source_host_names_sites_repos_and_derived_datasets() -> None:
    assert fmt.source_host("https://www.samaritans.org/how-we-can-help/") == "samaritans.org"
    assert (
        fmt.source_host("github:padolsey/cite supabase/seed.sql @8b2d")
        == "github.com/padolsey/cite"
    )
    derived = (
        "github:fernando-195/emergency-and-helplines-api data/all.json @6023 "
        "(built from https://en.wikipedia.org/wiki/List_of_suicide_crisis_lines rev 1363635917)"
    )
    assert fmt.source_host(derived) == "en.wikipedia.org (via a public dataset)"


def test_source_line_prefers_the_check_date() -> None:
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
        == "Number from a.example and 1 other source, checked 8 August 2026"
    )
    undated = Service(
        id="y",
        country="GB",
        name="Y",
        category=Category.EDUCATION,
        sources=(Source("https://a.example/p", "2017-11"),),
    )
    assert fmt.source_line(undated) == "Details from a.example (source dated 2017-11)"


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
