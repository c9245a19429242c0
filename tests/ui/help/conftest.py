"""A small, hand-made directory so the panel can be tested without the bundled data."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from companion.core.clock import FakeClock
from companion.core.resources.directory import Directory
from companion.core.resources.records import (
    Category,
    Hours,
    OpeningSpan,
    Phone,
    Service,
    Sms,
    Source,
)

EVERY_DAY = (0, 1, 2, 3, 4, 5, 6)
WEEKDAYS = (0, 1, 2, 3, 4)


def _emergency(code: str, number: str, *extra: str) -> Service:
    phones = (Phone(number, number), *(Phone(e, e) for e in extra))
    return Service(
        id=f"{code.lower()}-emergency",
        country=code,
        name="Emergency services",
        category=Category.EMERGENCY,
        phones=phones,
        sources=(Source("https://en.wikipedia.org/wiki/List_of_emergency_telephone_numbers"),),
    )


def fixture_services() -> list[Service]:
    london = "Europe/London"
    return [
        _emergency("GB", "999", "112"),
        Service(
            id="gb-samaritans",
            country="GB",
            name="Samaritans",
            category=Category.CRISIS_LINE,
            phones=(Phone("116 123", "116123"),),
            website="www.samaritans.org",
            hours=Hours("24 hours, every day", london, always_open=True),
            languages=("en",),
            topics=("suicide", "emotional-support"),
            audience="Anyone who is struggling",
            description="Someone to listen, any time, about anything.",
            sources=(Source("https://www.samaritans.org/how-we-can-help/contact-samaritan/"),),
            last_verified=date(2026, 3, 3),
            paired_with=("gb-samaritans-welsh",),
        ),
        Service(
            id="gb-samaritans-welsh",
            country="GB",
            name="Samaritans Welsh language line",
            category=Category.CRISIS_LINE,
            phones=(Phone("0808 164 0123", "08081640123", e164="+448081640123"),),
            hours=Hours(
                "7pm–11pm every day", london, spans=(OpeningSpan(EVERY_DAY, time(19), time(23)),)
            ),
            languages=("cy",),
            topics=("suicide",),
            sources=(Source("https://www.samaritans.org/wales/"),),
            doubt="Two sources give different numbers for this line.",
            paired_with=("gb-samaritans",),
        ),
        Service(
            id="gb-shout",
            country="GB",
            name="Shout",
            category=Category.CRISIS_LINE,
            sms=(Sms("85258", "85258", keyword="SHOUT"),),
            hours=Hours("24/7", london, always_open=True),
            topics=("crisis", "youth"),
            sources=(Source("https://giveusashout.org/"),),
        ),
        Service(
            id="gb-papyrus",
            country="GB",
            name="PAPYRUS HOPELINE247",
            category=Category.CRISIS_LINE,
            phones=(Phone("0800 068 4141", "08000684141", e164="+448000684141"),),
            hours=Hours(
                "9am to 5pm weekdays", london, spans=(OpeningSpan(WEEKDAYS, time(9), time(17)),)
            ),
            topics=("youth", "suicide"),
            audience="Young people under 35",
            sources=(Source("https://www.papyrus-uk.org/"),),
        ),
        Service(
            id="gb-mind",
            country="GB",
            name="Mind",
            category=Category.LOCAL_ORGANISATION,
            website="https://www.mind.org.uk",
            topics=("general-mental-health",),
            sources=(Source("https://www.mind.org.uk/"),),
        ),
        Service(
            id="gb-kooth",
            country="GB",
            name="Kooth",
            category=Category.ONLINE_COUNSELLING,
            chat_url="https://www.kooth.com",
            topics=("youth",),
        ),
        Service(
            id="gb-eap",
            country="GB",
            name="Employee assistance explained",
            category=Category.EMPLOYEE_ASSISTANCE,
            website="https://example.org/eap",
        ),
        _emergency("US", "911"),
        Service(
            id="us-988",
            country="US",
            name="988 Suicide & Crisis Lifeline",
            category=Category.CRISIS_LINE,
            phones=(Phone("988", "988"),),
            sms=(Sms("988", "988"),),
            chat_url="https://988lifeline.org/chat",
            hours=Hours("24/7", "America/New_York", always_open=True),
            languages=("en", "es"),
            topics=("suicide", "crisis"),
            sources=(Source("https://988lifeline.org/"),),
        ),
        _emergency("DE", "112"),
        Service(
            id="de-telefonseelsorge",
            country="DE",
            name="TelefonSeelsorge",
            category=Category.CRISIS_LINE,
            phones=(Phone("0800 111 0 111", "08001110111"), Phone("0800 111 0 222", "08001110222")),
            hours=Hours("24/7", "Europe/Berlin", always_open=True),
            languages=("de",),
            topics=("crisis",),
        ),
        _emergency("JP", "119"),
        Service(
            id="jp-inochi",
            country="JP",
            name="Inochi no Denwa",
            category=Category.CRISIS_LINE,
            phones=(Phone("0570 783 556", "0570783556"),),
            hours=Hours(
                "10:00–22:00", "Asia/Tokyo", spans=(OpeningSpan(EVERY_DAY, time(10), time(22)),)
            ),
            languages=("ja",),
            topics=("suicide",),
        ),
        _emergency("IN", "112"),
        Service(
            id="in-tele-manas",
            country="IN",
            name="Tele MANAS",
            category=Category.CRISIS_LINE,
            phones=(Phone("14416", "14416"),),
            languages=("hi", "en", "ta"),
            topics=("general-mental-health",),
        ),
        _emergency("FR", "15"),  # emergency only: the panel adds help from anywhere
        Service(
            id="intl-befrienders",
            country="INTL",
            name="Befrienders Worldwide",
            category=Category.CRISIS_LINE,
            website="https://befrienders.org",
            topics=("suicide",),
        ),
    ]


@pytest.fixture
def directory() -> Directory:
    return Directory(fixture_services())


@pytest.fixture
def noon_utc() -> FakeClock:
    """Wednesday 14 January 2026, 12:00 UTC (noon in London, 21:00 in Tokyo)."""
    return FakeClock(datetime(2026, 1, 14, 12, 0, tzinfo=UTC))
