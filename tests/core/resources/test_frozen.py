"""``@record``: the behaviour the directory's record types had as frozen dataclasses."""

from __future__ import annotations

import pytest

from companion.core.resources.frozen import FrozenRecordError, fields, record, replace
from companion.core.resources.records import NO_HOURS, Hours, Phone, Service


def test_fields_defaults_and_keywords_work_as_in_a_dataclass() -> None:
    phone = Phone("116 123", "116123", cost="free")
    assert (phone.display, phone.dial, phone.label, phone.e164, phone.cost) == (
        "116 123",
        "116123",
        None,
        None,
        "free",
    )
    assert fields(Phone) == ("display", "dial", "label", "e164", "cost")
    assert Phone(display="1", dial="1") == Phone("1", "1")
    with pytest.raises(TypeError, match="missing argument 'dial'"):
        Phone("1")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected arguments"):
        Phone("1", "1", colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="multiple values"):
        Phone("1", "1", display="2")  # type: ignore[misc]
    with pytest.raises(TypeError, match="positional arguments"):
        Phone("1", "1", None, None, None, None)  # type: ignore[call-arg]


def test_equal_records_hash_alike_and_records_are_frozen() -> None:
    first = Service(id="a", country="GB", name="A", category="crisis-line")  # type: ignore[arg-type]
    same = Service(id="a", country="GB", name="A", category="crisis-line")  # type: ignore[arg-type]
    other = replace(first, name="B")
    assert first == same
    assert hash(first) == hash(same)
    assert first != other
    assert other.name == "B"
    assert first.name == "A"
    assert first.hours == NO_HOURS == Hours(text=None, timezone=None)
    assert len({first, same, other}) == 2
    assert first != ("a", "GB", "A")  # only records of the same class compare equal
    with pytest.raises(FrozenRecordError):
        first.name = "C"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del first.name  # type: ignore[misc]
    with pytest.raises(TypeError, match="no fields"):
        replace(first, colour="red")


def test_repr_names_every_field_in_order() -> None:
    assert repr(Phone("999", "999")) == (
        "Phone(display='999', dial='999', label=None, e164=None, cost=None)"
    )
    assert vars(Phone("999", "999")) == {
        "display": "999",
        "dial": "999",
        "label": None,
        "e164": None,
        "cost": None,
    }


def test_a_required_field_after_a_default_is_refused() -> None:
    with pytest.raises(TypeError, match="without a default"):

        @record
        class Broken:
            first: int = 0
            second: int
