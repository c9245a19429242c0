"""What the help panel lists, and in which order: pure functions over the directory.

The panel only draws what these return, so ordering, pairing and filtering are tested
without widgets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from companion.core.datetime_types import datetime
from companion.core.resources.directory import CHANNEL_WORDS, Directory, normalise
from companion.core.resources.frozen import record
from companion.core.resources.hours import open_state
from companion.core.resources.records import Category, Channel, SearchQuery, Service
from companion.ui.help.wording import category_heading, for_everyone, particular_heading
from companion.ui.shell.i18n import translate

MAX_SEARCH_RESULTS = 60  # enough to scan by eye; more words narrow it further
OTHER_CATEGORIES = (
    Category.ONLINE_COUNSELLING,
    Category.LOCAL_ORGANISATION,
    Category.PEER_SUPPORT,
    Category.EDUCATION,
    Category.EMPLOYEE_ASSISTANCE,
)


@record
class Filters:
    """What the person narrowed the list to."""

    text: str = ""
    channels: frozenset[Channel] = frozenset()
    open_now: bool = False

    @property
    def active(self) -> bool:
        return bool(self.channels) or self.open_now


class Section:
    """A heading and its services (each inner list is a group shown together)."""

    def __init__(
        self,
        heading: str,
        groups: list[list[Service]] | None = None,
        *,
        prominent: bool = False,
        show_country: bool = False,
    ) -> None:
        self.heading = heading
        self.groups: list[list[Service]] = [] if groups is None else groups
        self.prominent = prominent
        self.show_country = show_country

    def __repr__(self) -> str:
        return f"Section({self.heading!r}, {len(self.groups)} groups)"

    @property
    def services(self) -> list[Service]:
        return [service for group in self.groups for service in group]


def paired_groups(services: Sequence[Service]) -> list[list[Service]]:
    """Split an ordered list into runs of services that are paired with each other."""
    groups: list[list[Service]] = []
    for service in services:
        if groups:
            last = groups[-1]
            ids = {s.id for s in last}
            if service.id in {p for s in last for p in s.paired_with} or ids & set(
                service.paired_with
            ):
                last.append(service)
                continue
        groups.append([service])
    return groups


def passes(service: Service, filters: Filters, now: datetime) -> bool:
    """Whether ``service`` offers a chosen channel and (if asked) is known to be open."""
    if filters.channels and not (filters.channels & service.channels):
        return False
    return not (filters.open_now and open_state(service, now) is not True)


def _filtered(
    groups: Iterable[list[Service]], filters: Filters, now: datetime
) -> list[list[Service]]:
    # A pair stays whole when any member passes: the partner is the other half of the help.
    return [g for g in groups if any(passes(s, filters, now) for s in g)]


def country_sections(
    directory: Directory, country: str | None, filters: Filters, now: datetime
) -> list[Section]:
    """Sections for one country (or the international list when ``country`` is None).

    Crisis lines for anyone come first (with the lines paired to them, such as a youth
    line beside the adult one); lines for particular people — children, women, veterans,
    people affected by drugs — follow under their own heading, never as general lines.
    """
    services = directory.for_country(country) if country else []
    emergency = directory.emergency(country) if country else None
    sections: list[Section] = []
    crisis = paired_groups([s for s in services if s.category is Category.CRISIS_LINE])
    general = [g for g in crisis if any(for_everyone(s) for s in g)]
    particular = [g for g in crisis if g not in general]
    for heading, groups in (
        (category_heading(Category.CRISIS_LINE), general),
        (particular_heading(), particular),
    ):
        kept = _filtered(groups, filters, now)
        if kept:
            sections.append(Section(heading, kept, prominent=True))
    for category in OTHER_CATEGORIES:
        chosen = [s for s in services if s.category is category]
        groups = _filtered(paired_groups(chosen), filters, now)
        if groups:
            sections.append(Section(category_heading(category), groups))
    if not crisis:
        anywhere = _filtered(paired_groups(directory.international()), filters, now)
        if anywhere:
            heading = translate("Help", "Help that works from anywhere")
            sections.append(Section(heading, anywhere, prominent=True))
    others = [
        s
        for s in services
        if s.category is Category.EMERGENCY and (emergency is None or s.id != emergency.id)
    ]
    groups = _filtered(paired_groups(others), filters, now)
    if groups:
        sections.append(Section(translate("Help", "Other emergency numbers"), groups))
    return sections


def channel_words(channel: Channel) -> str:
    """How a person reaches a service by ``channel``, as a verb: 'call', 'text', 'chat with'."""
    words = {
        Channel.PHONE: translate("Help", "call"),
        Channel.SMS: translate("Help", "text"),
        Channel.CHAT: translate("Help", "chat with online"),
        Channel.EMAIL: translate("Help", "email"),
        Channel.WEBSITE: translate("Help", "visit online"),
    }
    return words[channel]


def search_section(
    directory: Directory, filters: Filters, now: datetime, country: str | None = None
) -> tuple[Section, int]:
    """One section of search results across every country (``country``'s first)."""
    found = directory.search(
        SearchQuery(
            text=filters.text,
            channels=filters.channels,
            open_now=filters.open_now,
            now=now,
            prefer_country=country,
        )
    )
    shown = found[:MAX_SEARCH_RESULTS]
    total = len(found)
    if total == 1:
        heading = translate("Help", "1 result in every country")
    else:
        heading = translate("Help", "%n results in every country", None, total)
    named = [CHANNEL_WORDS[w] for w in normalise(filters.text).split() if w in CHANNEL_WORDS]
    if named:
        ways = [channel_words(c) for c in dict.fromkeys(named)]  # as typed, once each
        heading += translate("Help", " — services you can {ways}").format(
            ways=translate("Help", " or ").join(ways)
        )
    if country and any(s.country == country for s in shown):
        heading += translate("Help", " — {country} first").format(
            country=directory.country_name(country)
        )
    return Section(heading, [[s] for s in shown], show_country=True), total
