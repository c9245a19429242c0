"""What a PDF of the journal shows, as a core :class:`Document` (the UI renders it).

:func:`journal_document` picks the entries of a date range and lays them out: a heading
per day, a line of facts (time, mood, emotions, tags) and the entry's own text per entry,
and a short summary at the top. The renderer is ``companion.ui.reports.pdf.render_pdf``;
this module decides only what is on the page. Labels are passed in so the UI can
translate them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date

import sqlcipher3

from companion.core.journal.models import Mood
from companion.core.journal.records import iter_records
from companion.core.reports.document import (
    Block,
    Document,
    Heading,
    MarkdownBlock,
    Paragraph,
    ParagraphStyle,
)

LABELS: Mapping[str, str] = {
    "title": "My journal",
    "range": "{first} to {last}",
    "summary": "{count} entries",
    "mood": "Mood: {mood}",
    "emotions": "Emotions: {names}",
    "tags": "Tags: {names}",
    "empty": "No entries in these dates.",
}


def journal_document(
    conn: sqlcipher3.Connection,
    date_from: date | None = None,
    date_to: date | None = None,
    *,
    labels: Mapping[str, str] = LABELS,
    mood_names: Mapping[int, str] | None = None,
) -> Document:
    """The journal's entries from ``date_from`` to ``date_to`` (local dates, inclusive).

    Entries in the trash are left out. ``mood_names`` maps 1-5 to the words to print.
    """
    names = mood_names or {int(m): m.label for m in Mood}
    blocks: list[Block] = []
    day: date | None = None
    moods: Counter[int] = Counter()
    count = 0
    first = last = None
    for record in iter_records(
        conn,
        include_trash=False,
        date_from=None if date_from is None else date_from.isoformat(),
        date_to=None if date_to is None else date_to.isoformat(),
    ):
        local = record.created_at.date()
        first = first or local
        last = local
        if local != day:
            day = local
            blocks.append(Heading(local.isoformat(), 2))
        facts = [record.created_at.strftime("%H:%M")]
        if record.title:
            facts.append(record.title)
        if record.mood is not None:
            moods[int(record.mood)] += 1
            facts.append(labels["mood"].format(mood=names[int(record.mood)]))
        if record.emotions:
            facts.append(labels["emotions"].format(names=", ".join(record.emotions)))
        if record.tags:
            facts.append(labels["tags"].format(names=", ".join(record.tags)))
        blocks.append(Paragraph(" · ".join(facts), ParagraphStyle.META))
        if record.text:
            blocks.append(MarkdownBlock(record.text))
        count += 1
    head: list[Block] = [Paragraph(labels["summary"].format(count=count))]
    if not count:
        head.append(Paragraph(labels["empty"], ParagraphStyle.NOTE))
    shown_first = date_from or first
    shown_last = date_to or last
    subtitle = None
    if shown_first and shown_last:
        subtitle = labels["range"].format(
            first=shown_first.isoformat(), last=shown_last.isoformat()
        )
    return Document(labels["title"], subtitle, tuple(head + blocks))
