"""CONTRACT — the resources helper may extend these types (add fields with defaults),
but must not rename or remove what is here: the help panel is built on them.
"""

from __future__ import annotations

from enum import StrEnum

from companion.core.datetime_types import date, datetime, time
from companion.core.resources.frozen import record

INTERNATIONAL = "INTL"
# Who pays for a call (``Phone.cost``): free to the caller; the caller's normal rate; a
# special (higher or non-inclusive) rate; a premium rate.
COSTS = ("free", "caller-paid", "special-rate", "premium-rate")


class Category(StrEnum):
    """Kinds of help, in the order the help panel shows them."""

    EMERGENCY = "emergency-number"
    CRISIS_LINE = "crisis-line"
    ONLINE_COUNSELLING = "online-counselling"
    LOCAL_ORGANISATION = "local-organisation"  # local organisations and clinics
    PEER_SUPPORT = "peer-support"  # peer or community support groups
    EDUCATION = "education"  # educational sites or apps
    EMPLOYEE_ASSISTANCE = "employee-assistance"


class Channel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    CHAT = "chat"
    WEBSITE = "website"
    EMAIL = "email"


@record
class Phone:
    """A phone number of a service."""

    display: str  # as published, e.g. "116 123"
    dial: str  # digits and a leading + only, e.g. "116123" or "+4411612 3"
    label: str | None = None  # e.g. "Welsh language line"
    e164: str | None = None  # international form when known safely, e.g. "+448081640123"
    cost: str | None = None  # one of COSTS: who pays for the call (None: not known)


@record
class Sms:
    """A number to text (with a keyword when the service asks for one)."""

    number: str  # digits (dialable form)
    display: str
    keyword: str | None = None  # e.g. "SHOUT"
    label: str | None = None  # e.g. "Spanish"


@record
class OpeningSpan:
    """Open on ``weekdays`` (0=Monday) from ``opens`` to ``closes`` in the service's zone.
    ``closes <= opens`` means the span runs past midnight."""

    weekdays: tuple[int, ...]
    opens: time
    closes: time


@record
class Hours:
    text: str | None  # as published
    timezone: str | None  # IANA zone of the service, e.g. "Europe/London"
    always_open: bool = False
    spans: tuple[OpeningSpan, ...] = ()
    note: str | None = None  # e.g. "local time where you call from" for multi-zone countries

    @property
    def known(self) -> bool:
        """True when "open now" can be computed."""
        return self.always_open or (bool(self.spans) and self.timezone is not None)


NO_HOURS = Hours(text=None, timezone=None)  # published hours not known


@record
class Source:
    """Where an entry's facts come from."""

    reference: str  # URL or "github:owner/repo path @commit"
    date: str | None = None  # as published in or for the source (never a dataset's build date)
    title: str | None = None  # the organisation or page title shown to people
    checked: str | None = None  # YYYY-MM-DD the entry was last checked against this source


@record
class Service:
    """One help service (a crisis line, an emergency number, a website …)."""

    id: str
    country: str  # ISO 3166-1 alpha-2 or "INTL"
    name: str
    category: Category
    phones: tuple[Phone, ...] = ()
    sms: tuple[Sms, ...] = ()
    chat_url: str | None = None
    website: str | None = None
    email: str | None = None
    hours: Hours = NO_HOURS
    languages: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    audience: str | None = None  # who it is for
    description: str | None = None
    cost: str | None = None
    confidentiality: str | None = None
    sources: tuple[Source, ...] = ()
    last_verified: date | None = None
    doubt: str | None = None  # recorded uncertainty (CONFLICT/verify), shown honestly
    paired_with: tuple[str, ...] = ()  # ids always shown together with this one
    added_by_organisation: bool = False  # from a local resource pack
    region: str | None = None  # for local packs: a city or area
    note: str | None = None  # other ways to reach it that are not links (e.g. WhatsApp)
    source_label: str | None = None  # for local packs: the organisation that added it

    @property
    def channels(self) -> frozenset[Channel]:
        found: set[Channel] = set()
        if self.phones:
            found.add(Channel.PHONE)
        if self.sms:
            found.add(Channel.SMS)
        if self.chat_url:
            found.add(Channel.CHAT)
        if self.website:
            found.add(Channel.WEBSITE)
        if self.email:
            found.add(Channel.EMAIL)
        return frozenset(found)


@record
class Country:
    """A country code and its English name."""

    code: str
    name: str


@record
class SearchQuery:
    """What to look for in the directory (see ``Directory.search``)."""

    text: str = ""
    channels: frozenset[Channel] = frozenset()
    open_now: bool = False
    country: str | None = None  # None searches every country
    now: datetime | None = None  # for open_now; aware
    prefer_country: str | None = None  # listed first (the country the person chose)
