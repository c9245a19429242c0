"""The journal: entries, trash, timeline, calendar, search and vocabulary.

``from companion.core.journal import Journal`` is the public entry point; the modules
inside are ``store`` (the :class:`Journal` class) and ``rows`` (validation and the
stored time representation).
"""

from __future__ import annotations

from companion.core.journal.store import MAX_PAGE, Journal
from companion.core.journal.vocabulary import BUILTIN_EMOTIONS, BUILTIN_TAGS

__all__ = ["BUILTIN_EMOTIONS", "BUILTIN_TAGS", "MAX_PAGE", "Journal"]
