"""Open-now in the service's own zone, across midnight, DST and time zones."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from companion.core.resources.hours import next_change, open_state
from companion.core.resources.records import Category, Hours, OpeningSpan, Service

LONDON = ZoneInfo("Europe/London")
EVERY_DAY = tuple(range(7))


def _service(hours: Hours) -> Service:
    return Service(id="x", country="GB", name="x", category=Category.CRISIS_LINE, hours=hours)


def _evening(zone: str = "Europe/London") -> Service:
    # CALM-style: 5pm to midnight every day.
    return _service(Hours("5pm-midnight", zone, spans=(OpeningSpan(EVERY_DAY, time(17), time(0)),)))


def test_always_open() -> None:
    service = _service(Hours("24/7", None, always_open=True))
    assert open_state(service, datetime(2026, 1, 1, 3, tzinfo=UTC)) is True


def test_unknown_hours_give_none() -> None:
    assert (
        open_state(_service(Hours("Varies by region", "Africa/Johannesburg")), datetime.now(UTC))
        is None
    )
    assert open_state(_service(Hours(None, None)), datetime.now(UTC)) is None


def test_naive_datetime_gives_none() -> None:
    assert open_state(_evening(), datetime(2026, 1, 1, 18)) is None


def test_evening_span_until_midnight() -> None:
    service = _evening()
    assert open_state(service, datetime(2026, 1, 5, 16, 59, tzinfo=LONDON)) is False
    assert open_state(service, datetime(2026, 1, 5, 17, 0, tzinfo=LONDON)) is True
    assert open_state(service, datetime(2026, 1, 5, 23, 59, tzinfo=LONDON)) is True
    assert open_state(service, datetime(2026, 1, 6, 0, 0, tzinfo=LONDON)) is False


def test_span_past_midnight_belongs_to_the_day_it_opened() -> None:
    # Friday 11:00 to Saturday 04:00 only (e.g. "Fri 11am-4am").
    service = _service(
        Hours("Fri 11am-4am", "Europe/Copenhagen", spans=(OpeningSpan((4,), time(11), time(4)),))
    )
    cph = ZoneInfo("Europe/Copenhagen")
    assert open_state(service, datetime(2026, 1, 9, 10, 59, tzinfo=cph)) is False  # Friday
    assert open_state(service, datetime(2026, 1, 9, 23, 0, tzinfo=cph)) is True
    assert (
        open_state(service, datetime(2026, 1, 10, 3, 59, tzinfo=cph)) is True
    )  # Saturday small hours
    assert open_state(service, datetime(2026, 1, 10, 4, 0, tzinfo=cph)) is False
    assert (
        open_state(service, datetime(2026, 1, 9, 3, 0, tzinfo=cph)) is False
    )  # Thursday night not open


def test_sunday_overnight_wraps_to_monday() -> None:
    service = _service(
        Hours("Sun 17-01", "Europe/London", spans=(OpeningSpan((6,), time(17), time(1)),))
    )
    assert open_state(service, datetime(2026, 1, 12, 0, 30, tzinfo=LONDON)) is True  # Monday 00:30
    assert open_state(service, datetime(2026, 1, 13, 0, 30, tzinfo=LONDON)) is False  # Tuesday


def test_same_open_and_close_means_24_hours() -> None:
    service = _service(
        Hours("08:00 to 08:00", "Asia/Tokyo", spans=(OpeningSpan((2,), time(8), time(8)),))
    )
    tokyo = ZoneInfo("Asia/Tokyo")
    assert open_state(service, datetime(2026, 1, 7, 8, 0, tzinfo=tokyo)) is True  # Wednesday
    assert open_state(service, datetime(2026, 1, 8, 7, 59, tzinfo=tokyo)) is True
    assert open_state(service, datetime(2026, 1, 8, 8, 0, tzinfo=tokyo)) is False


def test_evaluated_in_the_services_zone_not_the_callers() -> None:
    service = _evening("Australia/Sydney")
    # 07:00 UTC on 5 Jan 2026 is 18:00 in Sydney (AEDT, UTC+11): open.
    assert open_state(service, datetime(2026, 1, 5, 7, 0, tzinfo=UTC)) is True
    # The same instant written in New York time gives the same answer.
    new_york = datetime(2026, 1, 5, 7, 0, tzinfo=UTC).astimezone(ZoneInfo("America/New_York"))
    assert open_state(service, new_york) is True
    # 12:00 UTC is 23:00 in Sydney (open); 13:00 UTC is midnight (closed).
    assert open_state(service, datetime(2026, 1, 5, 12, 0, tzinfo=UTC)) is True
    assert open_state(service, datetime(2026, 1, 5, 13, 0, tzinfo=UTC)) is False


def test_daylight_saving_is_respected() -> None:
    service = _evening()
    # 16:30 UTC is 17:30 BST in July (open) but 16:30 GMT in January (closed).
    assert open_state(service, datetime(2026, 7, 1, 16, 30, tzinfo=UTC)) is True
    assert open_state(service, datetime(2026, 1, 7, 16, 30, tzinfo=UTC)) is False


def test_fixed_offset_input() -> None:
    plus_two = timezone(timedelta(hours=2))
    assert (
        open_state(_evening(), datetime(2026, 1, 5, 19, 30, tzinfo=plus_two)) is True
    )  # 17:30 London


def test_unknown_zone_gives_none() -> None:
    service = _service(
        Hours("x", "Mars/Olympus", spans=(OpeningSpan(EVERY_DAY, time(9), time(17)),))
    )
    assert open_state(service, datetime(2026, 1, 5, 12, tzinfo=UTC)) is None


def test_next_change() -> None:
    service = _evening()
    at = next_change(service, datetime(2026, 1, 5, 12, 0, tzinfo=LONDON))
    assert at == datetime(2026, 1, 5, 17, 0, tzinfo=LONDON)
    at = next_change(service, datetime(2026, 1, 5, 18, 0, tzinfo=LONDON))
    assert at == datetime(2026, 1, 6, 0, 0, tzinfo=LONDON)
    assert next_change(_service(Hours("24/7", None, always_open=True)), datetime.now(UTC)) is None
