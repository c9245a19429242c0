"""Property tests: any allowed text round-trips; no query string makes search fail."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.clock import FakeClock
from companion.core.errors import InvalidEntry
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal import Journal
from companion.core.journal.models import EntryDraft, EntryFilter, Mood
from companion.core.journal.query import match_expression, parse_snippet
from companion.core.journal.rows import to_us
from companion.core.vault import Vault

# What the journal accepts: everything except surrogates and the C0 controls other than
# tab, newline and carriage return (see vocabulary.check_text for why).
ALLOWED = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters=[chr(c) for c in range(32) if chr(c) not in "\t\n\r"],
)
FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@pytest.fixture(scope="module")
def shared() -> Iterator[Journal]:
    # One database for all examples: hypothesis calls the test many times per fixture.
    vault = Vault.in_memory(schemas=FEATURE_SCHEMAS)
    yield Journal(vault.connection, FakeClock(datetime(2026, 5, 1, tzinfo=UTC)))
    vault.lock()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(alphabet=ALLOWED, max_size=400),
    title=st.none() | st.text(alphabet=ALLOWED.filter(lambda c: c not in "\r\n"), max_size=50),
    mood=st.none() | st.sampled_from(list(Mood)),
    when=st.datetimes(
        min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.timezones()
    ),
)
def test_round_trip(
    shared: Journal, text: str, title: str | None, mood: Mood | None, when: datetime
) -> None:
    entry = shared.create(EntryDraft(text=text, title=title, mood=mood, created_at=when))
    got = shared.get(entry.id)
    assert got == entry
    assert got.text == text
    assert got.title == (title if title and title.strip() else None)
    assert got.mood == mood
    # Same instant, same offset, same wall-clock time. (Not `==`: PEP 495 makes an
    # ambiguous local time unequal to every time in another zone.)
    assert to_us(got.created_at) == to_us(when)
    assert got.created_at.utcoffset() == when.utcoffset()
    assert got.created_at.replace(tzinfo=None) == when.replace(tzinfo=None, fold=0)
    assert got.created_at.date() == when.date()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_forbidden_characters_are_refused_not_stored(text: str) -> None:
    vault = Vault.in_memory(schemas=FEATURE_SCHEMAS)
    journal = Journal(vault.connection, FakeClock())
    if FORBIDDEN.search(text) or re.search("[\ud800-\udfff]", text):
        with pytest.raises(InvalidEntry):
            journal.create(EntryDraft(text=text))
        assert journal.count() == 0
    else:
        assert journal.get(journal.create(EntryDraft(text=text)).id).text == text
    vault.lock()


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    query=st.text(st.characters(blacklist_categories=()), max_size=80),
    moods=st.frozensets(st.sampled_from(list(Mood))),
)
def test_search_never_raises(shared: Journal, query: str, moods: frozenset[Mood]) -> None:
    if not shared.count():
        shared.create(EntryDraft(text='say "hello" AND NEAR(x) OR * ^ : ( ) -- é 🌱'))
    hits = shared.search(query, EntryFilter(moods=moods))
    for hit in hits:
        for span in hit.highlights:
            assert 0 <= span.start < span.end <= len(hit.snippet)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_match_expressions_are_all_quoted(query: str) -> None:
    expression = match_expression(query)
    if expression is None:
        return
    # Outside the quoted strings only spaces and a final "*" may appear.
    outside = re.sub(r'"(?:[^"]|"")*"', "", expression)
    assert set(outside) <= {" ", "*"}
    assert outside.count("*") <= 1


@given(st.text(alphabet="ab\x02\x03", max_size=30))
def test_parse_snippet_spans_are_in_range(marked: str) -> None:
    text, spans = parse_snippet(marked)
    assert "\x02" not in text
    assert "\x03" not in text
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
