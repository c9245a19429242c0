"""Pure helpers for search: safe FTS5 queries, snippet markers, and filter SQL.

Nothing here touches the database, so each piece is tested on its own (and with
hypothesis) before the journal puts them together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.core.errors import InvalidEntry
from companion.core.journal.models import EntryFilter, HighlightSpan, Mood

# snippet() wraps every match in these. The journal refuses C0 control characters in
# entries (see vocabulary.check_text), so they can never come from the user's own text.
MARK_START = "\x02"
MARK_END = "\x03"
ELLIPSIS = "…"
SNIPPET_TOKENS = 24

# The last word is matched as a prefix while typing, but a one-letter prefix matches
# nearly every entry and says nothing about what the user wants yet.
MIN_PREFIX_LENGTH = 2

_CONTROLS = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
_MOOD_VALUES = frozenset(int(m) for m in Mood)


def _has_word(token: str) -> bool:
    # unicode61 keeps letters, digits and marks; anything else would become an empty
    # phrase. FTS5 ignores empty phrases, but dropping them keeps "!!!" from turning a
    # search into "match everything".
    return any(ch.isalnum() for ch in token)


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def split_query(query: str) -> list[tuple[str, bool]]:
    """Split what the user typed into words and "quoted phrases".

    Returns:
        ``(text, is_phrase)`` pairs in order. An unmatched quote starts a phrase that runs
        to the end, so half-typed phrases still search.
    """
    parts: list[tuple[str, bool]] = []
    chunks = query.split('"')
    for index, chunk in enumerate(chunks):
        if index % 2 == 1:
            if chunk.strip():
                parts.append((chunk.strip(), True))
        else:
            parts.extend((word, False) for word in chunk.split())
    return parts


def match_expression(query: str) -> str | None:
    """Turn free user input into an FTS5 MATCH expression that cannot be a syntax error.

    Every word and phrase becomes a double-quoted FTS5 string (so AND, OR, NEAR, ``*``,
    ``:``, ``^`` and brackets are plain text); words are combined with an implicit AND.
    The last word, while still being typed (no space or closing quote after it) and at
    least :data:`MIN_PREFIX_LENGTH` characters long, also matches as a prefix, so results
    follow the typing.

    Args:
        query: Anything the user typed.

    Returns:
        The expression, or None when the query has no searchable words.
    """
    # Control characters are never part of a word; NUL would even end the expression
    # early inside SQLite's C code ("unterminated string"), and a lone surrogate cannot
    # be encoded for SQLite at all.
    query = _CONTROLS.sub(" ", query)
    parts = [(text, phrase) for text, phrase in split_query(query) if _has_word(text)]
    if not parts:
        return None
    terms = [_quote(text) for text, _ in parts]
    last_text, last_is_phrase = parts[-1]
    # Still typing: no space or closing quote after the last word. A phrase whose quote
    # is still open counts as being typed too.
    typing = not query[-1].isspace() and not query.endswith('"')
    open_phrase = query.count('"') % 2 == 1
    last_word = last_text.split()[-1]
    if typing and (open_phrase or not last_is_phrase) and len(last_word) >= MIN_PREFIX_LENGTH:
        terms[-1] += "*"
    return " ".join(terms)


def parse_snippet(marked: str) -> tuple[str, tuple[HighlightSpan, ...]]:
    """Remove the snippet markers and return the plain snippet with the matched ranges.

    Line breaks and tabs become spaces so the snippet fits one line. Tolerates unbalanced
    markers (an unmatched start runs to the end of the snippet).
    """
    out: list[str] = []
    spans: list[HighlightSpan] = []
    start: int | None = None
    length = 0
    for ch in marked:
        if ch == MARK_START:
            if start is None:
                start = length
        elif ch == MARK_END:
            if start is not None and length > start:
                spans.append(HighlightSpan(start, length))
            start = None
        else:
            # One line for the results list; one character for one keeps the offsets.
            out.append(" " if ch in "\r\n\t" else ch)
            length += 1
    if start is not None and length > start:
        spans.append(HighlightSpan(start, length))
    return "".join(out), tuple(spans)


def plain_snippet(title: str | None, body: str, limit: int = 160) -> str:
    """The opening of an entry, on one line, for results without a text query."""
    text = " ".join(body.split()) or (title or "")
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip() + ELLIPSIS


@dataclass(frozen=True)
class FilterSql:
    """A WHERE fragment over ``entry AS e`` and its parameters.

    ``impossible`` is True when a filter names only unknown tags or emotions: the answer
    is empty and the query need not run.
    """

    where: str
    params: tuple[object, ...]
    impossible: bool = False


def check_filter(flt: EntryFilter) -> None:
    """Reject filters that cannot be meant (wrong types, reversed dates)."""
    for mood in flt.moods:
        if isinstance(mood, bool) or not isinstance(mood, int) or mood not in _MOOD_VALUES:
            raise InvalidEntry("moods", "unknown mood value")
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise InvalidEntry("date_from", "is after date_to")


def filter_sql(
    flt: EntryFilter, tag_ids: list[int] | None, emotion_ids: list[int] | None
) -> FilterSql:
    """Build the WHERE fragment for a filter over live entries.

    Within one kind the choices widen (any of the chosen moods, any of the chosen tags);
    across kinds they narrow (a mood AND a tag), like the facets of a library catalogue.

    Args:
        flt: The filter.
        tag_ids: Ids of the filter's tags that exist, or None when it names no tags.
        emotion_ids: Likewise for emotions.
    """
    clauses = ["e.deleted_us IS NULL"]
    params: list[object] = []
    if flt.moods:
        moods = sorted(int(m) for m in flt.moods)
        clauses.append(f"e.mood IN ({', '.join('?' * len(moods))})")
        params.extend(moods)
    for ids, table, column in (
        (tag_ids, "entry_tag", "tag_id"),
        (emotion_ids, "entry_emotion", "emotion_id"),
    ):
        if ids is None:
            continue
        if not ids:
            return FilterSql("0", (), impossible=True)
        marks = ", ".join("?" * len(ids))
        # Only constant table/column names and placeholders are interpolated.
        clauses.append(f"e.id IN (SELECT entry_id FROM {table} WHERE {column} IN ({marks}))")  # noqa: S608
        params.extend(sorted(ids))
    if flt.date_from is not None:
        clauses.append("e.local_date >= ?")
        params.append(flt.date_from.isoformat())
    if flt.date_to is not None:
        clauses.append("e.local_date <= ?")
        params.append(flt.date_to.isoformat())
    return FilterSql(" AND ".join(clauses), tuple(params))
