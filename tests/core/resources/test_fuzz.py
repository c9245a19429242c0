"""Arbitrary input never makes the validator or the pack loader raise anything unexpected."""

from __future__ import annotations

import contextlib
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.errors import ResourceDataError
from companion.core.resources.directory import Directory
from companion.core.resources.packs import load_with_packs, read_pack
from companion.core.resources.parse import parse_document
from companion.core.resources.validate import validate_document

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=6)
    ),
    max_leaves=30,
)
FIELD_NAMES = st.sampled_from(
    ["id", "country", "name", "category", "phones", "sms", "hours", "website", "paired_with",
     "sources", "languages", "last_verified", "spans", "days", "opens", "dial", "keyword",
     "timezone"]
)  # fmt: skip
# Documents shaped like the real format, with random values in the right places.
SERVICE = st.dictionaries(FIELD_NAMES, JSON, max_size=10)
DOCUMENT = st.fixed_dictionaries(
    {
        "format": st.just("companion-resources") | JSON,
        "version": st.just(1) | JSON,
        "services": st.lists(SERVICE, max_size=4) | JSON,
    }
)
SMALL = Directory([])


def _parse_or_fail(doc: Any) -> None:
    problems = validate_document(doc)
    assert all(isinstance(p, str) and p for p in problems)
    if problems:
        with pytest.raises(ResourceDataError) as caught:
            parse_document(doc)
        assert caught.value.problems == problems
    else:
        parse_document(doc)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(JSON)
def test_any_json_value(doc: Any) -> None:
    _parse_or_fail(doc)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENT)
def test_format_shaped_documents(doc: dict[str, Any]) -> None:
    _parse_or_fail(doc)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300) | DOCUMENT.map(lambda d: json.dumps(d).encode()))
def test_pack_loader_never_raises_on_any_bytes(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pack.json"
        path.write_bytes(content)
        with contextlib.suppress(ResourceDataError):
            read_pack(path)
        merged, errors = load_with_packs(SMALL, [path])
        assert len(errors) <= 1
        assert all(isinstance(e, ResourceDataError) for e in errors)
        assert isinstance(merged, Directory)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.sampled_from([None, "GB", "us", "ZZ", "INTL"]), st.booleans())
def test_search_accepts_any_text(text: str, country: str | None, open_now: bool) -> None:
    from datetime import UTC, datetime

    from companion.core.resources.directory import load_bundled
    from companion.core.resources.records import SearchQuery

    directory = load_bundled()
    now = datetime(2026, 1, 5, 12, tzinfo=UTC)
    results = directory.search(SearchQuery(text=text, country=country, open_now=open_now, now=now))
    assert len({s.id for s in results}) == len(results)
    if country:
        assert all(s.country == country.upper() for s in results)


@given(st.text(max_size=30))
def test_locale_parser_accepts_any_text(name: str) -> None:
    from companion.core.resources.locale import country_from_locale

    result = country_from_locale(name)
    assert result is None or (len(result) == 2 and result.isupper())
