"""Plain-words text for the help panel: sources, hours, languages, links.

Kept apart from the widgets so the wording can be tested (and translated) on its own.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlsplit

from companion.core.resources.directory import LANGUAGE_NAMES
from companion.core.resources.hours import open_state
from companion.core.resources.records import Category, Service

CATEGORY_HEADINGS: dict[Category, str] = {
    Category.EMERGENCY: "Emergency services",
    Category.CRISIS_LINE: "Crisis lines — someone to talk to now",
    Category.ONLINE_COUNSELLING: "Online counselling",
    Category.LOCAL_ORGANISATION: "Local organisations and clinics",
    Category.PEER_SUPPORT: "Peer and community support",
    Category.EDUCATION: "Educational sites and apps",
    Category.EMPLOYEE_ASSISTANCE: "Employee assistance",
}

OPEN_NOW = "● Open now"
CLOSED_NOW = "○ Closed now"
HOURS_NOT_LISTED = "Hours not listed"
HOURS_UNCLEAR = "Can't tell if open now — see the hours"
DOUBT_LINE = "We could not fully confirm this number."
DOUBT_HOURS_LINE = "We could not fully confirm the opening hours."


def source_host(reference: str) -> str:
    """A short, readable name for where a fact came from.

    Web pages are named by their site; Wikipedia (and copies of it) by name; third-party
    datasets on GitHub as what they are, since a repository path reassures nobody.
    """
    ref = reference.strip()
    if " (built from " in ref:  # a dataset derived from a page: name the page's site
        origin = ref.split(" (built from ", 1)[1].split()[0].rstrip(")")
        return f"{source_host(origin)} (via a public dataset)"
    if ref.startswith("github:"):
        return "a public helpline dataset"
    host = urlsplit(ref if "://" in ref else f"https://{ref}").hostname or ref
    if host.endswith("wikipedia.org") or "/wikipedia_" in ref or "/wiki/" in ref:
        return "Wikipedia"
    return host.removeprefix("www.")


def format_date(value: date) -> str:
    """``3 March 2026`` — unambiguous in every English-speaking country."""
    return f"{value.day} {value.strftime('%B')} {value.year}"


def loose_date(text: str) -> str | None:
    """'2018-11 (CBC)' -> 'November 2018'; '2015' -> '2015'; anything else -> None.

    Reference dates are often partial and annotated; show only what is certain.
    """
    match = re.match(r"\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text)
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        if day:
            return format_date(date(int(year), int(month), int(day)))
        if month:
            return f"{date(int(year), int(month), 1).strftime('%B')} {year}"
    except ValueError:
        return None
    return year


def source_line(service: Service) -> str | None:
    """'Number from samaritans.org, source dated 3 March 2026'.

    The date is the cited source's own date, not a check of ours, and the words say so.
    """
    if not service.sources:
        if service.added_by_organisation:
            return f"Added by {service.source_label or 'your organisation'}"
        return None
    what = "Number" if service.phones else "Details"
    hosts: list[str] = []
    for source in service.sources:
        host = source_host(source.reference)
        if host not in hosts:
            hosts.append(host)
    # Name a service's own or an official page first; datasets and Wikipedia come after.
    hosts.sort(key=lambda h: (h == "a public helpline dataset", h.startswith("Wikipedia")))
    text = f"{what} from {hosts[0]}"
    if len(hosts) > 1:
        text += f" and {len(hosts) - 1} other source{'s' if len(hosts) > 2 else ''}"
    if service.last_verified is not None:
        dated: str | None = format_date(service.last_verified)
    else:
        dated = next((d for s in service.sources if s.date and (d := loose_date(s.date))), None)
    if dated:
        text += f", source dated {dated}"
    return text


def doubt_line(doubt: str) -> str:
    """The plain-words headline for a recorded doubt (hours, or the number itself)."""
    lowered = doubt.casefold()
    if "hour" in lowered and "number" not in lowered:
        return DOUBT_HOURS_LINE
    return DOUBT_LINE


def emergency_numbers(service: Service) -> tuple[str, str | None]:
    """'999 or 112' and, when numbers carry labels, a line like '110: Police'."""
    numbers = " or ".join(phone.display for phone in service.phones)
    labelled = [f"{p.display}: {p.label}" for p in service.phones if p.label]
    return numbers, " · ".join(labelled) if labelled else None


def language_names(codes: tuple[str, ...]) -> str:
    """'English, Welsh' from ('en', 'cy'); unknown codes are shown as they are."""
    return ", ".join(LANGUAGE_NAMES.get(code, code) for code in codes)


def zone_label(timezone: str | None) -> str | None:
    """'London time' for 'Europe/London' — how people say it."""
    if not timezone:
        return None
    return timezone.rsplit("/", 1)[-1].replace("_", " ") + " time"


def open_status(service: Service, now: datetime) -> tuple[bool | None, str]:
    """The open state and its label (a symbol and words, never colour alone)."""
    state = open_state(service, now)
    if state is True:
        return state, OPEN_NOW
    if state is False:
        return state, CLOSED_NOW
    return None, HOURS_UNCLEAR if service.hours.text else HOURS_NOT_LISTED


def hours_line(service: Service) -> str | None:
    """Published hours with the zone they are in, e.g. '9am–11pm (London time)'."""
    hours = service.hours
    if hours.always_open and not hours.text:
        text = "24 hours, every day"
    elif hours.text:
        text = hours.text
    else:
        return None
    zone = zone_label(hours.timezone)
    extras = [part for part in (zone, hours.note) if part]
    return f"{text} ({'; '.join(extras)})" if extras and not hours.always_open else text


def web_url(address: str) -> str:
    """An https URL for an address that may have been stored without a scheme."""
    return address if "://" in address else f"https://{address}"
