"""The validator: one test per kind of problem, each line naming entry and field."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from companion.core.errors import ResourceDataError
from companion.core.resources.parse import document_from_services, parse_document, service_to_dict
from companion.core.resources.records import Category
from companion.core.resources.validate import validate_document


def _service(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "gb-samaritans",
        "country": "GB",
        "name": "Samaritans",
        "category": "crisis-line",
        "phones": [{"display": "116 123", "dial": "116123"}],
        "sms": [{"number": "85258", "display": "85258", "keyword": "SHOUT"}],
        "website": "https://www.samaritans.org",
        "hours": {
            "text": "7pm-11pm",
            "timezone": "Europe/London",
            "spans": [{"days": ["mon", "tue"], "opens": "19:00", "closes": "23:00"}],
        },
        "languages": ["en", "cy"],
        "topics": ["suicide"],
        "sources": [{"reference": "https://www.samaritans.org", "date": "2024-01-01"}],
        "last_verified": "2024-01-01",
    }
    base.update(changes)
    return base


def _doc(*services: dict[str, Any], **top: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "companion-resources",
        "version": 1,
        "services": list(services),
    }
    doc.update(top)
    return doc


def _problems(*services: dict[str, Any], **top: Any) -> list[str]:
    return validate_document(_doc(*services, **top))


def test_a_good_document_has_no_problems() -> None:
    assert _problems(_service()) == []


def test_not_an_object() -> None:
    assert validate_document([1, 2]) == ["document: must be a JSON object"]


def test_wrong_format_name() -> None:
    assert 'format: must be "companion-resources"' in _problems(_service(), format="other")


def test_newer_version_is_refused() -> None:
    assert any("newer than the supported version" in p for p in _problems(_service(), version=2))


def test_version_must_be_integer_not_bool() -> None:
    assert "version: must be an integer" in _problems(_service(), version=True)


def test_services_must_be_a_list() -> None:
    assert validate_document({"format": "companion-resources", "version": 1, "services": {}}) == [
        "services: must be a list"
    ]


def test_unknown_top_level_field() -> None:
    assert "colour: unknown field" in _problems(_service(), colour="blue")


def test_problem_line_names_index_id_and_field() -> None:
    problems = _problems(_service(), _service(id="x-1", phones=[{"display": "1", "dial": "12a"}]))
    assert problems == [
        "services[1] (x-1): phones[0].dial: must contain only digits and an optional leading +"
    ]


def test_bad_id() -> None:
    assert _problems(_service(id="GB Samaritans")) == [
        "services[0]: id: must be lowercase letters, digits and hyphens (at most 80)"
    ]


def test_duplicate_id() -> None:
    assert _problems(_service(), _service()) == [
        "services[1] (gb-samaritans): id: duplicates services[0]"
    ]


def test_paired_with_must_exist() -> None:
    problems = _problems(_service(paired_with=["gb-missing"]))
    assert problems == [
        'services[0] (gb-samaritans): paired_with: names "gb-missing", which is not in this file'
    ]


def test_paired_with_self() -> None:
    assert _problems(_service(paired_with=["gb-samaritans"])) == [
        "services[0] (gb-samaritans): paired_with[0]: a service cannot be paired with itself"
    ]


def test_unknown_category() -> None:
    problems = _problems(_service(category="hotline"))
    assert len(problems) == 1
    assert problems[0].startswith("services[0] (gb-samaritans): category: must be one of")


@pytest.mark.parametrize("country", ["gb", "GBR", "", 44, "Intl"])
def test_country_format(country: object) -> None:
    problems = _problems(_service(country=country))
    assert len(problems) == 1
    assert ": country: must be an ISO 3166-1 alpha-2 code" in problems[0]


def test_international_country_is_accepted() -> None:
    assert _problems(_service(country="INTL")) == []


def test_missing_name() -> None:
    assert _problems(_service(name="  ")) == [
        "services[0] (gb-samaritans): name: must not be empty"
    ]


def test_unknown_timezone() -> None:
    hours = {"timezone": "Europe/Atlantis", "spans": []}
    assert _problems(_service(hours=hours)) == [
        'services[0] (gb-samaritans): hours.timezone: "Europe/Atlantis" is not a known IANA time zone'  # noqa: E501
    ]


def test_path_like_timezone_is_refused() -> None:
    problems = _problems(_service(hours={"timezone": "../../etc/passwd"}))
    assert problems
    assert "hours.timezone" in problems[0]


def test_span_bad_day() -> None:
    hours = {
        "timezone": "Europe/London",
        "spans": [{"days": ["monday"], "opens": "09:00", "closes": "17:00"}],
    }
    assert _problems(_service(hours=hours)) == [
        "services[0] (gb-samaritans): hours.spans[0].days: must use mon, tue, wed, thu, fri, sat, sun"  # noqa: E501
    ]


def test_span_repeated_day() -> None:
    hours = {
        "timezone": "Europe/London",
        "spans": [{"days": ["mon", "mon"], "opens": "09:00", "closes": "17:00"}],
    }
    assert _problems(_service(hours=hours)) == [
        "services[0] (gb-samaritans): hours.spans[0].days: must not repeat a day"
    ]


@pytest.mark.parametrize("clock", ["24:00", "9:00", "09:60", "noon", 900])
def test_span_bad_time(clock: object) -> None:
    hours = {
        "timezone": "Europe/London",
        "spans": [{"days": ["mon"], "opens": clock, "closes": "17:00"}],
    }
    assert _problems(_service(hours=hours)) == [
        'services[0] (gb-samaritans): hours.spans[0].opens: must be a time written "HH:MM" (00:00 to 23:59)'  # noqa: E501
    ]


def test_spans_need_a_timezone() -> None:
    hours = {"spans": [{"days": ["mon"], "opens": "09:00", "closes": "17:00"}]}
    assert _problems(_service(hours=hours)) == [
        "services[0] (gb-samaritans): hours.timezone: is required when spans are given"
    ]


def test_always_open_with_spans_is_contradictory() -> None:
    hours = {
        "timezone": "Europe/London",
        "always_open": True,
        "spans": [{"days": ["mon"], "opens": "09:00", "closes": "17:00"}],
    }
    assert _problems(_service(hours=hours)) == [
        "services[0] (gb-samaritans): hours.spans: must be empty when always_open is true"
    ]


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://",
        "ftp://x.org",
        "https://ex ample.org",
        "data:text/html,hi",
    ],
)
def test_unsafe_urls(url: str) -> None:
    assert _problems(_service(website=url)) == [
        "services[0] (gb-samaritans): website: must be an http(s) address with a host"
    ]
    assert _problems(_service(chat_url=url)) == [
        "services[0] (gb-samaritans): chat_url: must be an http(s) address with a host"
    ]


def test_http_url_is_allowed() -> None:
    assert _problems(_service(website="http://thelowdown.co.nz")) == []


@pytest.mark.parametrize(
    "dial", ["116 123", "116-123", "tel:116123", "1;ext=2", "116123#", "+", "1"]
)
def test_dial_must_be_safe_for_tel_uris(dial: str) -> None:
    problems = _problems(_service(phones=[{"display": "x", "dial": dial}]))
    assert problems == [
        "services[0] (gb-samaritans): phones[0].dial: must contain only digits and an optional leading +"  # noqa: E501
    ]


def test_e164_form() -> None:
    problems = _problems(
        _service(phones=[{"display": "x", "dial": "08001111", "e164": "08001111"}])
    )
    assert problems == [
        'services[0] (gb-samaritans): phones[0].e164: must be "+" and 6 to 15 digits'
    ]


@pytest.mark.parametrize("keyword", ["SHOUT NOW", "a&b", "", "x" * 31, "<script>"])
def test_sms_keyword_sanity(keyword: str) -> None:
    sms = [{"number": "85258", "display": "85258", "keyword": keyword}]
    assert _problems(_service(sms=sms)) == [
        "services[0] (gb-samaritans): sms[0].keyword: must be one word of letters and digits (at most 30)"  # noqa: E501
    ]


def test_sms_number_digits_only() -> None:
    sms = [{"number": "852 58", "display": "85258"}]
    assert _problems(_service(sms=sms)) == [
        "services[0] (gb-samaritans): sms[0].number: must contain only digits and an optional leading +"  # noqa: E501
    ]


def test_language_codes() -> None:
    assert _problems(_service(languages=["english"])) == [
        'services[0] (gb-samaritans): languages[0]: must be an ISO 639-1 code such as "en"'
    ]


def test_email() -> None:
    assert _problems(_service(email="javascript:alert(1)")) == [
        "services[0] (gb-samaritans): email: must be a plain e-mail address"
    ]
    assert _problems(_service(email="jo@samaritans.org")) == []


def test_last_verified_date() -> None:
    assert _problems(_service(last_verified="2024-02-30")) == [
        "services[0] (gb-samaritans): last_verified: must be a date written YYYY-MM-DD"
    ]


def test_wrong_types_are_reported_not_raised() -> None:
    problems = _problems(
        _service(phones="116123", sms=[7], topics="suicide", sources=[{"reference": 5}])
    )
    assert "services[0] (gb-samaritans): phones: must be a list" in problems
    assert "services[0] (gb-samaritans): sms[0]: must be an object" in problems
    assert "services[0] (gb-samaritans): topics: must be a list" in problems
    assert "services[0] (gb-samaritans): sources[0].reference: must be a string" in problems


def test_unknown_service_field() -> None:
    assert _problems(_service(added_by_organisation=True)) == [
        "services[0] (gb-samaritans): added_by_organisation: unknown field"
    ]


def test_pack_block_requires_organisation() -> None:
    assert _problems(_service(), pack={"region": "Leeds"}) == ["pack.organisation: is required"]
    assert _problems(_service(), pack={"organisation": "Leeds Libraries", "region": "Leeds"}) == []


def test_parse_raises_with_every_problem() -> None:
    with pytest.raises(ResourceDataError) as caught:
        parse_document(
            _doc(_service(category="x"), _service(id="b", country="gb")), source="pack.json"
        )
    assert caught.value.source == "pack.json"
    assert len(caught.value.problems) == 2


def test_parse_then_serialise_round_trips() -> None:
    doc = _doc(
        _service(),
        _service(
            id="gb-other", hours={"text": "24/7", "timezone": "Europe/London", "always_open": True}
        ),
    )
    services = parse_document(doc)
    assert services[0].category is Category.CRISIS_LINE
    assert services[0].hours.spans[0].weekdays == (0, 1)
    again = document_from_services(services)
    assert validate_document(again) == []
    assert parse_document(again) == services
    assert service_to_dict(services[0])["hours"] == _service()["hours"]


def test_validator_does_not_mutate_input() -> None:
    doc = _doc(_service())
    before = copy.deepcopy(doc)
    validate_document(doc)
    assert doc == before


def test_schema_json_documents_the_same_fields_as_the_validator() -> None:
    import json

    from companion.core.assets import asset_path
    from companion.core.resources import validate as v

    schema = json.loads(asset_path("resources", "schema.json").read_text(encoding="utf-8"))
    defs = schema["$defs"]
    assert set(schema["properties"]) == v.TOP_FIELDS
    assert set(defs["service"]["properties"]) == v.SERVICE_FIELDS
    assert set(defs["phone"]["properties"]) == v.PHONE_FIELDS
    assert set(defs["sms"]["properties"]) == v.SMS_FIELDS
    assert set(defs["hours"]["properties"]) == v.HOURS_FIELDS
    assert set(defs["span"]["properties"]) == v.SPAN_FIELDS
    assert set(defs["service"]["properties"]["category"]["enum"]) == v.CATEGORIES


def test_example_pack_in_format_doc_is_valid() -> None:
    import json
    import re

    from companion.core.assets import asset_path

    text = asset_path("resources", "FORMAT.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```json\n(.*?)```", text, flags=re.S)
    example = json.loads(blocks[-1])
    assert example["pack"]["organisation"]
    assert validate_document(example) == []


def test_phone_cost_must_be_a_known_value() -> None:
    good = _service(phones=[{"display": "116 123", "dial": "116123", "cost": "free"}])
    assert validate_document(_doc(good)) == []
    bad = _service(phones=[{"display": "116 123", "dial": "116123", "cost": "cheap"}])
    (line,) = validate_document(_doc(bad))
    assert "phones[0].cost: must be one of free, caller-paid, special-rate, premium-rate" in line


def test_source_title_and_checked_date() -> None:
    good = _service(
        sources=[
            {"reference": "https://x.org", "title": "X", "date": "2024", "checked": "2026-12-05"}
        ]
    )
    assert validate_document(_doc(good)) == []
    bad = _service(sources=[{"reference": "https://x.org", "checked": "last week"}])
    (line,) = validate_document(_doc(bad))
    assert "sources[0].checked: must be a date written YYYY-MM-DD" in line


def test_numbers_can_be_left_unchecked_for_speed() -> None:
    fake = _service(phones=[{"display": "4747", "dial": "4747"}], country="IE")
    assert validate_document(_doc(fake), check_numbers=False) == []
    assert len(validate_document(_doc(fake))) == 1


def test_cost_and_title_survive_a_round_trip() -> None:
    raw = _service(
        phones=[{"display": "116 123", "dial": "116123", "cost": "free"}],
        sources=[{"reference": "https://x.org", "title": "X", "checked": "2026-12-05"}],
    )
    (service,) = parse_document(_doc(raw))
    assert service.phones[0].cost == "free"
    assert (service.sources[0].title, service.sources[0].checked) == ("X", "2026-12-05")
    assert service_to_dict(service)["phones"][0]["cost"] == "free"
