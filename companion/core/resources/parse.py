"""Turn a validated directory document into :class:`Service` objects, and back.

:func:`parse_document` validates first (see :mod:`validate`) and raises
:class:`ResourceDataError` with every problem, so a half-read file never reaches the UI.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from companion.core.datetime_types import date, time
from companion.core.errors import ResourceDataError
from companion.core.resources.format import DAY_NAMES, FORMAT_NAME, FORMAT_VERSION
from companion.core.resources.records import (
    Category,
    Hours,
    OpeningSpan,
    Phone,
    Service,
    Sms,
    Source,
)

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "document_from_services",
    "parse_document",
    "parse_service",
    "parse_trusted",
    "service_to_dict",
    "trusted_entries",
    "validate_document",
]


def validate_document(doc: object) -> list[str]:
    """Every problem in ``doc``, one line each (see :mod:`validate`; ``[]`` when valid).

    Imported on first use: the bundled directory is read without it (see
    :func:`parse_trusted`), so showing help never pays for compiling its patterns.
    """
    from companion.core.resources.validate import validate_document as check

    return check(doc)


def _opt(obj: Mapping[str, Any], key: str) -> str | None:
    value = obj.get(key)
    return value if isinstance(value, str) else None


def _hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def _hours(raw: Mapping[str, Any] | None) -> Hours:
    if not raw:
        return Hours(text=None, timezone=None)
    spans = tuple(
        OpeningSpan(
            weekdays=tuple(sorted(DAY_NAMES.index(d) for d in span["days"])),
            opens=_hhmm(span["opens"]),
            closes=_hhmm(span["closes"]),
        )
        for span in raw.get("spans") or ()
    )
    return Hours(
        text=_opt(raw, "text"),
        timezone=_opt(raw, "timezone"),
        always_open=bool(raw.get("always_open", False)),
        spans=spans,
        note=_opt(raw, "note"),
    )


def parse_service(raw: Mapping[str, Any]) -> Service:
    """One service from its JSON form (already validated: see :func:`trusted_entries`)."""
    return _service(raw)


def _service(raw: Mapping[str, Any]) -> Service:
    verified = _opt(raw, "last_verified")
    return Service(
        id=raw["id"],
        country=raw["country"],
        name=raw["name"],
        category=Category(raw["category"]),
        phones=tuple(
            Phone(
                display=p["display"],
                dial=p["dial"],
                label=_opt(p, "label"),
                e164=_opt(p, "e164"),
                cost=_opt(p, "cost"),
            )
            for p in raw.get("phones") or ()
        ),
        sms=tuple(
            Sms(
                number=s["number"],
                display=s["display"],
                keyword=_opt(s, "keyword"),
                label=_opt(s, "label"),
            )
            for s in raw.get("sms") or ()
        ),
        chat_url=_opt(raw, "chat_url"),
        website=_opt(raw, "website"),
        email=_opt(raw, "email"),
        hours=_hours(raw.get("hours")),
        languages=tuple(raw.get("languages") or ()),
        topics=tuple(raw.get("topics") or ()),
        audience=_opt(raw, "audience"),
        description=_opt(raw, "description"),
        cost=_opt(raw, "cost"),
        confidentiality=_opt(raw, "confidentiality"),
        sources=tuple(
            Source(
                reference=s["reference"],
                date=_opt(s, "date"),
                title=_opt(s, "title"),
                checked=_opt(s, "checked"),
            )
            for s in raw.get("sources") or ()
        ),
        last_verified=date.fromisoformat(verified) if verified else None,
        doubt=_opt(raw, "doubt"),
        paired_with=tuple(raw.get("paired_with") or ()),
        region=_opt(raw, "region"),
        note=_opt(raw, "note"),
    )


def parse_document(doc: object, source: str = "directory") -> list[Service]:
    """Validate ``doc`` and build its services.

    Args:
        doc: The parsed JSON value.
        source: How to name the document in the error (a file path, "bundled directory").

    Returns:
        The services, in file order.

    Raises:
        ResourceDataError: With one line per problem when the document is invalid.
    """
    problems = validate_document(doc)
    if problems:
        raise ResourceDataError(source, problems)
    data = cast(Mapping[str, Any], doc)
    return [_service(entry) for entry in data["services"]]


_REQUIRED_TEXT = ("id", "country", "name", "category")
_CATEGORY_VALUES = frozenset(c.value for c in Category)


def trusted_entries(doc: object) -> list[Mapping[str, Any]] | None:
    """The service entries of a document that was validated when it was built.

    The bundled directory is checked by the build tool and by the test suite, so at run
    time it is not validated again (validation is most of the cost of loading it, on the
    path to showing help), and its entries become services only when asked for (see
    :class:`~companion.core.resources.directory.Directory`). Local packs never come here.
    Only a cheap check of the shape is made: every entry is an object with a textual
    id, country and name and a known category.

    Args:
        doc: The parsed JSON value.

    Returns:
        The entries, or ``None`` when the document does not have that shape: the caller
        then validates it fully, to report every problem.
    """
    if not isinstance(doc, dict):
        return None
    if doc.get("format") != FORMAT_NAME or doc.get("version") != FORMAT_VERSION:
        return None
    entries = doc.get("services")
    if not isinstance(entries, list):
        return None
    for entry in entries:
        if not isinstance(entry, dict):
            return None
        if not all(isinstance(entry.get(key), str) for key in _REQUIRED_TEXT):
            return None
        if entry["category"] not in _CATEGORY_VALUES:
            return None
    return entries


def parse_trusted(doc: object) -> list[Service] | None:
    """Every service of a trusted document at once (see :func:`trusted_entries`).

    Returns:
        The services, or ``None`` when the document is not shaped as expected.
    """
    entries = trusted_entries(doc)
    if entries is None:
        return None
    try:
        return [_service(entry) for entry in entries]
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        return None


def _drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v not in (None, [], ())}


def service_to_dict(service: Service) -> dict[str, Any]:
    """The JSON form of one service (empty fields left out), the inverse of parsing."""
    hours = service.hours
    raw_hours = _drop_empty(
        {
            "text": hours.text,
            "timezone": hours.timezone,
            "always_open": hours.always_open or None,
            "spans": [
                {
                    "days": [DAY_NAMES[d] for d in span.weekdays],
                    "opens": span.opens.strftime("%H:%M"),
                    "closes": span.closes.strftime("%H:%M"),
                }
                for span in hours.spans
            ],
            "note": hours.note,
        }
    )
    return _drop_empty(
        {
            "id": service.id,
            "country": service.country,
            "name": service.name,
            "category": service.category.value,
            "phones": [_drop_empty(dict(vars(p))) for p in service.phones],
            "sms": [_drop_empty(dict(vars(s))) for s in service.sms],
            "chat_url": service.chat_url,
            "website": service.website,
            "email": service.email,
            "hours": raw_hours or None,
            "languages": list(service.languages),
            "topics": list(service.topics),
            "audience": service.audience,
            "description": service.description,
            "cost": service.cost,
            "confidentiality": service.confidentiality,
            "sources": [_drop_empty(dict(vars(s))) for s in service.sources],
            "last_verified": service.last_verified.isoformat() if service.last_verified else None,
            "doubt": service.doubt,
            "paired_with": list(service.paired_with),
            "region": service.region,
            "note": service.note,
        }
    )


def document_from_services(services: Sequence[Service], **top: Any) -> dict[str, Any]:
    """A whole document around ``services`` (``top`` adds generated/attribution/pack)."""
    doc: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    doc.update(top)
    doc["services"] = [service_to_dict(s) for s in services]
    return doc
