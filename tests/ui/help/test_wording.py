"""Wording helpers: sources, dates, doubts, hours, links."""

from __future__ import annotations

from datetime import date

from companion.core.resources.records import Category, Hours, Phone, Service, Source
from companion.ui.help import wording as fmt


def test_sources_are_named_by_title_then_by_site() -> None:
    titled = Source("https://www.samaritans.org/how-we-can-help/", title="Samaritans")
    assert fmt.source_name(titled) == "Samaritans"
    assert fmt.source_name(Source("https://www.samaritans.org/x")) == "samaritans.org"
    assert fmt.source_name(Source("github:someone/data file.json @abc")) == (
        "a public helpline dataset"
    )


def test_a_web_page_is_named_before_a_dataset() -> None:
    service = Service(
        id="w",
        country="GB",
        name="W",
        category=Category.CRISIS_LINE,
        phones=(Phone("1", "1"),),
        sources=(Source("github:someone/data file.json @abc"), Source("https://www.w.example/")),
    )
    assert fmt.source_line(service) == "Source: w.example (and 1 other source)"


def test_wikipedia_is_named_before_another_dataset_and_after_a_web_page() -> None:
    wikipedia = Source(
        "github:someone/list.json @abc",
        title="Wikipedia, “List of emergency telephone numbers” (revision 1), through a dataset",
    )
    dataset = Source("github:other/seed.sql @def", title="A third-party list")
    page = Source("https://www.gov.example/999", title="Government of Example")

    def line(*sources: Source) -> str | None:
        service = Service(
            id="e",
            country="GB",
            name="Emergency services",
            category=Category.EMERGENCY,
            phones=(Phone("999", "999"),),
            sources=sources,
        )
        return fmt.source_line(service)

    assert (line(dataset, wikipedia) or "").startswith("Source: Wikipedia, “List of emergency")
    assert line(dataset, wikipedia, page) == ("Source: Government of Example (and 2 other sources)")


def test_loose_dates_show_only_what_is_certain() -> None:
    assert fmt.loose_date("2018-11 (CBC)") == "November 2018"
    assert fmt.loose_date("2015") == "2015"
    assert fmt.loose_date("2024-09-30 (article)") == "30 September 2024"
    assert fmt.loose_date("2024-13") is None
    assert fmt.loose_date("undated") is None


def test_source_line_gives_the_source_date_honestly() -> None:
    # last_verified is a dataset's build date: it is never shown as a source's date.
    service = Service(
        id="x",
        country="GB",
        name="X",
        category=Category.CRISIS_LINE,
        phones=(Phone("1", "1"),),
        sources=(Source("https://a.example/p", "2020-01"), Source("https://b.example")),
        last_verified=date(2026, 8, 8),
    )
    assert fmt.source_line(service) == "Source: a.example, dated January 2020 (and 1 other source)"
    undated = Service(
        id="y",
        country="GB",
        name="Y",
        category=Category.EDUCATION,
        sources=(Source("https://a.example/p", "no date shown"),),
        last_verified=date(2026, 8, 8),
    )
    assert fmt.source_line(undated) == "Source: a.example"


def test_emergency_numbers_say_when_they_were_checked_and_against_what() -> None:
    both = Service(
        id="e",
        country="DE",
        name="Emergency services",
        category=Category.EMERGENCY,
        phones=(Phone("112", "112"),),
        sources=(
            Source("aosp", title=fmt.ANDROID_TITLE, checked="2026-12-05"),
            Source("lpn", title=fmt.LIBPHONENUMBER_TITLE, checked="2026-12-01"),
        ),
    )
    assert fmt.source_line(both) == (
        "Checked 5 December 2026 against Android's emergency-number list and libphonenumber"
    )


def test_cost_is_said_in_plain_words() -> None:
    assert fmt.cost_text("free") == "Free call"
    assert "costs more than a normal call" in (fmt.cost_text("premium-rate") or "")
    assert fmt.cost_text("caller-paid") == "You pay for this call at your normal rate"
    assert fmt.cost_text(None) is None


def test_doubt_headline_matches_what_is_in_doubt() -> None:
    hours = "We could not fully confirm the opening hours."
    assert fmt.doubt_line("Sources disagree on the opening hours.") == hours
    assert fmt.doubt_line("Another source gives a different number.") == (
        "We could not fully confirm this."
    )


def test_hours_line_names_the_zone() -> None:
    service = Service(
        id="z",
        country="JP",
        name="Z",
        category=Category.CRISIS_LINE,
        hours=Hours("9am-11pm daily", "Asia/Tokyo"),
    )
    assert fmt.hours_line(service) == "9am-11pm daily (Tokyo time)"


def test_only_a_service_someone_answers_has_an_open_or_closed_line() -> None:
    site = "https://s.example"

    def service(**fields: object) -> Service:
        return Service(id="s", country="GB", name="S", category=Category.EDUCATION, **fields)  # type: ignore[arg-type]

    assert fmt.read_any_time(service(website=site))
    assert fmt.read_any_time(service(email="help@s.example"))
    # Someone has to be there: the line says whether they are, or that we don't know.
    assert not fmt.read_any_time(service(website=site, phones=(Phone("1", "1"),)))
    assert not fmt.read_any_time(service(website=site, chat_url="https://c.example"))
    # Hours that are known are always shown, whatever the channel.
    assert not fmt.read_any_time(service(website=site, hours=Hours("Mon-Fri 9-5", None)))
    # A group that meets somewhere, with no link at all, keeps "Hours not listed".
    assert not fmt.read_any_time(service())


def test_web_addresses_without_scheme_get_https() -> None:
    assert fmt.web_url("www.samaritans.org") == "https://www.samaritans.org"
    assert fmt.web_url("http://example.org") == "http://example.org"
