"""Plain-words text for the help panel: sources, hours, costs, languages, links.

Kept apart from the widgets so the wording can be tested (and translated) on its own. Every
sentence goes through ``translate("Help", …)``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from companion.core.datetime_types import date, datetime
from companion.core.resources.directory import LANGUAGE_NAMES
from companion.core.resources.hours import open_state
from companion.core.resources.records import Category, Phone, Service, Source
from companion.ui.shell.i18n import translate

ANDROID_TITLE = "Android's emergency-number database (AOSP Telephony)"
LIBPHONENUMBER_TITLE = "libphonenumber short-number metadata (Google)"
MOBILE_LABEL = "From a mobile phone"


def category_heading(category: Category) -> str:
    """The heading of a category's section."""
    headings = {
        Category.EMERGENCY: translate("Help", "Emergency services"),
        Category.CRISIS_LINE: translate("Help", "Crisis lines — someone to talk to now"),
        Category.ONLINE_COUNSELLING: translate("Help", "Online counselling"),
        Category.LOCAL_ORGANISATION: translate("Help", "Local organisations and clinics"),
        Category.PEER_SUPPORT: translate("Help", "Peer and community support"),
        Category.EDUCATION: translate("Help", "Educational sites and apps"),
        Category.EMPLOYEE_ASSISTANCE: translate("Help", "Employee assistance"),
    }
    return headings[category]


def particular_heading() -> str:
    """The heading of lines for particular people (children, women, veterans …)."""
    return translate("Help", "Lines for particular people")


def cost_text(cost: str | None) -> str | None:
    """Who pays for a call, in plain words (None when not known)."""
    if cost == "free":
        return translate("Help", "Free call")
    if cost == "caller-paid":
        return translate("Help", "You pay for this call at your normal rate")
    if cost == "special-rate":
        return translate("Help", "You pay for this call; it may cost more than a normal call")
    if cost == "premium-rate":
        return translate("Help", "Premium-rate number: this call costs more than a normal call")
    return None


def no_call_handler() -> str:
    """Said in place when the computer has nothing that can place a call."""
    return translate("Help", "This computer can't make calls — dial it on a phone or scan the code")


def no_call_handler_dial(number: str) -> str:
    """Said in place of an emergency call this computer cannot place."""
    return translate("Help", "This computer can't make calls — dial {number} on any phone.").format(
        number=number
    )


def no_text_handler() -> str:
    """Said in place when the computer has nothing that can send a text."""
    return translate("Help", "This computer can't send texts — text from a phone or scan the code")


def copied(number: str) -> str:
    """Confirms a copy."""
    return translate("Help", "Copied {number}. Paste it where you need it.").format(number=number)


def source_name(source: Source) -> str:
    """A short, readable name for where a fact came from."""
    if source.title:
        return source.title
    ref = source.reference.strip()
    if ref.startswith("github:"):
        return translate("Help", "a public helpline dataset")
    host = urlsplit(ref if "://" in ref else f"https://{ref}").hostname or ref
    return host.removeprefix("www.")


def format_date(value: date) -> str:
    """``3 March 2026`` — unambiguous in every English-speaking country."""
    return f"{value.day} {value.strftime('%B')} {value.year}"


def loose_date(text: str) -> str | None:
    """'2018-11 (CBC)' -> 'November 2018'; '2015' -> '2015'; anything else -> None.

    Parsed by hand: compiling a regular expression on the way to the first paint costs
    more than the whole date.
    """
    head = text.strip()[:10]
    parts = head.split(" ", 1)[0].split("-")
    if not parts[0].isdigit() or len(parts[0]) != 4:
        return None
    numbers = [p for p in parts[1:3] if len(p) == 2 and p.isdigit()]
    year = parts[0]
    try:
        if len(numbers) == 2:
            return format_date(date(int(year), int(numbers[0]), int(numbers[1])))
        if numbers:
            return f"{date(int(year), int(numbers[0]), 1).strftime('%B')} {year}"
    except ValueError:
        return None
    return year


def _checked(service: Service) -> str | None:
    dates = [s.checked for s in service.sources if s.checked]
    return loose_date(max(dates)) if dates else None


def _reading_order(source: Source) -> int:
    """Which source to name first: the one a reader can best judge for themselves.

    A service's own or an official page comes first (0), then Wikipedia, which anyone
    can look up (1), then other people's datasets, which few will have heard of (2).
    """
    if "Wikipedia" in (source.title or ""):
        return 1
    return 2 if source.reference.startswith("github:") else 0


def source_line(service: Service) -> str | None:
    """Where the facts came from, and the date a source was published or checked.

    'Source: Samaritans, dated 3 March 2026 (and 2 other sources)'; for emergency numbers
    'Checked 5 December 2026 against Android's emergency-number list and libphonenumber'.
    Never a dataset's build date: sources carry only their own dates.
    """
    if not service.sources:
        if service.added_by_organisation:
            who = service.source_label or translate("Help", "your organisation")
            return translate("Help", "Added by {who}").format(who=who)
        return None
    checked = _checked(service)
    checks = [s for s in service.sources if s.checked]
    others = [s for s in service.sources if not s.checked]
    parts: list[str] = []
    if checks and checked:
        parts.append(
            translate(
                "Help", "Checked {date} against Android's emergency-number list and libphonenumber"
            ).format(date=checked)
            if len(checks) > 1
            else translate("Help", "Checked {date} against {source}").format(
                date=checked, source=source_name(checks[0])
            )
        )
    if others:
        ordered = sorted(others, key=_reading_order)
        first = ordered[0]
        when = loose_date(first.date) if first.date else None
        text = translate("Help", "Source: {name}").format(name=source_name(first))
        if when:
            text += translate("Help", ", dated {date}").format(date=when)
        if len(ordered) == 2:
            text += translate("Help", " (and 1 other source)")
        elif len(ordered) > 2:
            text += translate("Help", " (and %n other sources)", None, len(ordered) - 1)
        parts.append(text)
    return ". ".join(parts) if parts else None


def doubt_line(doubt: str) -> str:
    """The plain-words headline for a recorded doubt (hours, or the number itself)."""
    lowered = doubt.casefold()
    if "hour" in lowered and "number" not in lowered:
        return translate("Help", "We could not fully confirm the opening hours.")
    return translate("Help", "We could not fully confirm this.")


def headline_phones(service: Service) -> list[Phone]:
    """The numbers said large in the banner: the first, and others that reach everything."""
    first = service.phones[0]
    rest = [p for p in service.phones[1:] if p.label is None]
    return [first, *rest]


def emergency_numbers(service: Service) -> tuple[str, str | None]:
    """'999 or 112' and a line naming the other numbers: 'Police 110 · Fire 118'."""
    headline = headline_phones(service)
    numbers = translate("Help", " or ").join(p.display for p in headline)
    others = [p for p in service.phones if p not in headline]
    if service.phones[0].label:
        others.insert(0, service.phones[0])
    labelled = [f"{p.label}: {p.display}" for p in others if p.label]
    return numbers, " · ".join(labelled) if labelled else None


def language_names(codes: tuple[str, ...]) -> str:
    """'English, Welsh' from ('en', 'cy'); unknown codes are shown as they are."""
    return ", ".join(LANGUAGE_NAMES.get(code, code) for code in codes)


def zone_label(timezone: str | None) -> str | None:
    """'London time' for 'Europe/London' — how people say it."""
    if not timezone:
        return None
    return translate("Help", "{city} time").format(
        city=timezone.rsplit("/", 1)[-1].replace("_", " ")
    )


def read_any_time(service: Service) -> bool:
    """True for a service reached only by reading or writing (a website, an email address)
    whose hours are not known: nobody needs to be there, so "Hours not listed" would only
    raise a doubt about something that is never closed."""
    hours = service.hours
    live = service.phones or service.sms or service.chat_url
    known = hours.always_open or hours.spans or hours.text
    return bool((service.website or service.email) and not live and not known)


def open_status(service: Service, now: datetime) -> tuple[bool | None, str]:
    """The open state and its label (a symbol and words, never colour alone)."""
    state = open_state(service, now)
    if state is True:
        return state, translate("Help", "● Open now")
    if state is False:
        return state, translate("Help", "○ Closed now")
    if service.hours.text:
        return None, translate("Help", "Can't tell if open now — see the hours")
    return None, translate("Help", "Hours not listed")


def hours_line(service: Service) -> str | None:
    """Published hours with the zone they are in, e.g. '9am–11pm (London time)'."""
    hours = service.hours
    if hours.always_open and not hours.text:
        text = translate("Help", "24 hours, every day")
    elif hours.text:
        text = hours.text
    else:
        return None
    zone = zone_label(hours.timezone)
    extras = [part for part in (zone, hours.note) if part]
    return f"{text} ({'; '.join(extras)})" if extras and not hours.always_open else text


def for_everyone(service: Service) -> bool:
    """True for lines for anyone; False for lines for particular people (children, women …)."""
    audience = (service.audience or "").casefold()
    return not audience or audience.startswith(("anyone", "everyone", "adults"))


def web_url(address: str) -> str:
    """An https URL for an address that may have been stored without a scheme."""
    return address if "://" in address else f"https://{address}"
