"""Step 5 suggestions come from the bundled help directory, for the person's country."""

from __future__ import annotations

import pytest

from companion.core.resources.directory import Directory, load_bundled
from companion.core.resources.records import Category, Phone, Service, Sms
from companion.core.safety_plan.models import PlanItem, PlanStep, make_plan
from companion.core.safety_plan.suggest import (
    STEP5_CATEGORIES,
    contact_detail,
    plan_item_for,
    suggest_professionals,
)


@pytest.fixture(scope="module")
def directory() -> Directory:
    return load_bundled()


def test_the_emergency_number_comes_first_then_services_in_the_panels_order(
    directory: Directory,
) -> None:
    found = suggest_professionals(directory, "GB")
    assert found, "the bundled directory has services for GB"
    assert found[0].service.category is Category.EMERGENCY
    assert all(s.service.country == "GB" for s in found)
    assert all(s.service.category in STEP5_CATEGORIES for s in found)
    expected = [s.id for s in directory.for_country("GB") if s.category in STEP5_CATEGORIES]
    assert [s.service.id for s in found] == expected[: len(found)]


def test_each_suggestion_is_a_ready_plan_line_that_remembers_its_service(
    directory: Directory,
) -> None:
    for suggestion in suggest_professionals(directory, "US"):
        assert suggestion.item.text == suggestion.service.name
        assert suggestion.item.service_id == suggestion.service.id
        assert suggestion.item.detail == contact_detail(suggestion.service)


def test_services_already_in_step_5_are_not_offered_again(directory: Directory) -> None:
    first = suggest_professionals(directory, "GB", limit=2)
    plan = make_plan({PlanStep.PROFESSIONALS: [s.item for s in first]})
    again = suggest_professionals(directory, "GB", plan=plan, limit=50)
    assert not {s.service.id for s in first} & {s.service.id for s in again}


def test_the_limit_is_respected(directory: Directory) -> None:
    assert len(suggest_professionals(directory, "US", limit=3)) == 3
    assert suggest_professionals(directory, "US", limit=0) == []


@pytest.mark.parametrize("country", [None, "ZZ"])
def test_no_country_or_an_unknown_one_gives_international_services(
    directory: Directory, country: str | None
) -> None:
    found = suggest_professionals(directory, country)
    assert found
    assert all(s.service.country == "INTL" for s in found)


def test_the_contact_detail_prefers_a_phone_then_a_text_number_then_the_website() -> None:
    base = Service("x", "GB", "Line", Category.CRISIS_LINE, website="https://example.org")
    phone = Service("x", "GB", "Line", Category.CRISIS_LINE, phones=(Phone("116 123", "116123"),))
    sms = Service("x", "GB", "Line", Category.CRISIS_LINE, sms=(Sms("85258", "85258", "SHOUT"),))
    assert contact_detail(phone) == "116 123"
    assert contact_detail(sms) == "85258 (SHOUT)"
    assert contact_detail(base) == "https://example.org"
    assert plan_item_for(phone) == PlanItem("Line", "116 123", "x")
