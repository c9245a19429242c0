"""Suggestions for step 5 (professionals and services) from the offline help directory.

The person chooses which suggestions to add; an added line keeps the service id, so the
screen can show that service's current call, text and web buttons next to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from companion.core.resources.directory import Directory
from companion.core.resources.records import Category, Service
from companion.core.safety_plan.models import PlanItem, PlanStep, SafetyPlan

# The kinds of help that belong under "professionals and services": the ones that answer
# in a crisis or lead to care. Peer groups and reading fit better in other steps.
STEP5_CATEGORIES: tuple[Category, ...] = (
    Category.EMERGENCY,
    Category.CRISIS_LINE,
    Category.ONLINE_COUNSELLING,
    Category.LOCAL_ORGANISATION,
    Category.EMPLOYEE_ASSISTANCE,
)
DEFAULT_LIMIT = 8


@dataclass(frozen=True)
class ServiceSuggestion:
    """A directory service offered for step 5, and the plan line adding it would make."""

    service: Service
    item: PlanItem


def suggest_professionals(
    directory: Directory,
    country: str | None,
    *,
    plan: SafetyPlan | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[ServiceSuggestion]:
    """Services to offer for step 5, in the help panel's order.

    Args:
        directory: The help directory (bundled, with any local pack merged in).
        country: ISO 3166-1 alpha-2 code of the person's country; ``None`` or a country
            without entries gives the international services instead.
        plan: The current plan: services already in step 5 are not offered again.
        limit: At most this many suggestions.

    Returns:
        The emergency number first, then crisis lines, online counselling, local
        organisations and clinics, employee assistance — as the directory orders them.
    """
    chosen = {
        item.service_id
        for item in (plan.lines(PlanStep.PROFESSIONALS) if plan else ())
        if item.service_id
    }
    services = directory.for_country(country) if country else []
    if not any(s.category in STEP5_CATEGORIES for s in services):
        services = directory.international()
    found: list[ServiceSuggestion] = []
    for service in services:
        if len(found) >= max(0, limit):
            break
        if service.category in STEP5_CATEGORIES and service.id not in chosen:
            found.append(ServiceSuggestion(service, plan_item_for(service)))
    return found


def plan_item_for(service: Service) -> PlanItem:
    """The plan line for a directory service: its name and the quickest way to reach it."""
    return PlanItem(text=service.name, detail=contact_detail(service), service_id=service.id)


def contact_detail(service: Service) -> str | None:
    """A phone number, else a text number (keyword in brackets), else the website."""
    if service.phones:
        return service.phones[0].display
    if service.sms:
        sms = service.sms[0]
        return f"{sms.display} ({sms.keyword})" if sms.keyword else sms.display
    return service.website or service.chat_url
