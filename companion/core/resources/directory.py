"""The help directory: load once, then answer "what help is there for this country?".

A :class:`Directory` is immutable. What the help panel asks for on the critical path
(``emergency``, ``for_country``) touches one country only: the bundled file is trusted
(validated when it is built and by the tests, never again at run time) and its entries
become services country by country, on first use. The country list and the
pre-normalised search index are built when first needed, or ahead of time by
:meth:`Directory.warm_up` (the help preload thread calls it), so the panel shows help
in well under a second even on an old library PC. Local packs are always validated.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from companion.core.assets import asset_path
from companion.core.datetime_types import UTC, datetime
from companion.core.errors import ResourceDataError
from companion.core.resources.countries import COUNTRY_NAMES
from companion.core.resources.frozen import replace
from companion.core.resources.hours import open_state
from companion.core.resources.parse import parse_document, parse_service, trusted_entries
from companion.core.resources.records import (
    INTERNATIONAL,
    Category,
    Channel,
    Country,
    SearchQuery,
    Service,
)

CATEGORY_ORDER = {category: rank for rank, category in enumerate(Category)}
LANGUAGE_NAMES = {
    "ar": "Arabic", "cy": "Welsh", "de": "German", "en": "English", "es": "Spanish",
    "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi", "it": "Italian",
    "ja": "Japanese", "ko": "Korean", "ms": "Malay", "nl": "Dutch", "no": "Norwegian",
    "pl": "Polish", "pt": "Portuguese", "ru": "Russian", "sv": "Swedish", "ta": "Tamil",
    "th": "Thai", "tl": "Tagalog", "zh": "Chinese", "af": "Afrikaans", "zu": "Zulu",
    "xh": "Xhosa", "te": "Telugu", "cr": "Cree", "oj": "Ojibwe", "iu": "Inuktitut",
    "mi": "Maori", "tr": "Turkish", "uk": "Ukrainian", "el": "Greek", "ka": "Georgian",
    "da": "Danish", "gu": "Gujarati", "kn": "Kannada", "bn": "Bengali", "ur": "Urdu",
    "fa": "Persian", "id": "Indonesian", "vi": "Vietnamese", "sw": "Swahili", "ca": "Catalan",
    "ro": "Romanian", "hu": "Hungarian", "cs": "Czech", "is": "Icelandic", "et": "Estonian",
}  # fmt: skip
INTERNATIONAL_NAME = "International"
# Words that name a way of getting in touch: searching for one finds the services that
# offer it ("text" → services you can text), rather than the word in a description.
CHANNEL_WORDS: dict[str, Channel] = {
    "text": Channel.SMS, "texts": Channel.SMS, "texting": Channel.SMS, "sms": Channel.SMS,
    "txt": Channel.SMS, "chat": Channel.CHAT, "webchat": Channel.CHAT, "online": Channel.CHAT,
    "call": Channel.PHONE, "phone": Channel.PHONE, "ring": Channel.PHONE,
    "email": Channel.EMAIL, "e-mail": Channel.EMAIL, "mail": Channel.EMAIL,
    "website": Channel.WEBSITE, "web": Channel.WEBSITE,
}  # fmt: skip
_log = logging.getLogger(__name__)
# One search-index row: the service, its normalised name, everything searchable
# (normalised), and its channels (a property that would otherwise be rebuilt per query).
_Entry = tuple[Service, str, str, frozenset[Channel]]


# Combining marks left after NFKD decomposition (Latin accents, and the few others
# that matter for names in the directory). A regex keeps this in C: it runs on every
# service when the search index is built.
_COMBINING_MARKS = "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a]"


def normalise(text: str) -> str:
    """Lowercase, accent-free form used for searching ("Télé-Accueil" → "tele-accueil")."""
    if text.isascii():
        return text.lower()
    import unicodedata  # loaded on first use: the first screen of help never needs it

    return _combining().sub("", unicodedata.normalize("NFKD", text.casefold()))


@cache
def _combining() -> re.Pattern[str]:
    return re.compile(_COMBINING_MARKS)  # compiled on first use, like unicodedata


def country_name(code: str) -> str:
    """English name of an ISO code (or "International"); the code itself if unknown."""
    if code == INTERNATIONAL:
        return INTERNATIONAL_NAME
    return COUNTRY_NAMES.get(code.upper(), code)


def _rank(item: tuple[int, Service]) -> tuple[bool, bool, int, int]:
    index, service = item
    # The bundled emergency number always stays on top: a local pack adds help, it never
    # pushes the national emergency number down (or replaces it by mistake).
    national_emergency = (
        service.category is Category.EMERGENCY and not service.added_by_organisation
    )
    return (
        not national_emergency,
        not service.added_by_organisation,
        CATEGORY_ORDER[service.category],
        index,
    )


def _order(services: Iterable[Service]) -> list[Service]:
    """National emergency number, then organisation-added services, then by category and
    file order; paired services kept adjacent."""
    ranked = sorted(enumerate(services), key=_rank)
    ordered = [service for _, service in ranked]
    by_id = {s.id: s for s in ordered}
    result: list[Service] = []
    placed: set[str] = set()
    for service in ordered:
        if service.id in placed:
            continue
        result.append(service)
        placed.add(service.id)
        # Partners follow immediately (same category only, so the emergency number
        # always stays on top); breadth-first so chains of pairs stay together.
        queue = [service]
        while queue:
            current = queue.pop(0)
            for partner_id in current.paired_with:
                partner = by_id.get(partner_id)
                if partner is None or partner.id in placed or partner.category != service.category:
                    continue
                result.append(partner)
                placed.add(partner.id)
                queue.append(partner)
    return result


class Directory:
    """An immutable, indexed collection of services.

    Only what the first screen of help needs (one country's list and its emergency
    number) is computed when asked; the country list and the search index are built on
    first use, and a trusted file's entries become :class:`Service` objects country by
    country (see :meth:`load`). Each table is a pure function of the data, so building
    one twice from two threads is harmless: both give the same answer.
    """

    def __init__(self, services: Sequence[Service]) -> None:
        """Group ``services`` by country; the rest of the tables are built when needed."""
        slots: list[Service | None] = list(services)
        groups: dict[str, list[int]] = {}
        for position, service in enumerate(services):
            groups.setdefault(service.country, []).append(position)
        self._setup(slots, groups, None)

    @classmethod
    def _from_entries(cls, entries: Sequence[Mapping[str, Any]]) -> Directory:
        """A directory whose entries (of a trusted file) are parsed when first needed."""
        directory = cls.__new__(cls)
        groups: dict[str, list[int]] = {}
        for position, entry in enumerate(entries):
            groups.setdefault(entry["country"], []).append(position)
        directory._setup([None] * len(entries), groups, entries)
        return directory

    def _setup(
        self,
        slots: list[Service | None],
        groups: dict[str, list[int]],
        entries: Sequence[Mapping[str, Any]] | None,
    ) -> None:
        self._slots = slots
        self._groups = groups
        self._entries = entries
        self._broken: set[int] = set()
        self._all: tuple[Service, ...] | None = None
        self._ordered: dict[str, tuple[Service, ...]] = {}
        self._by_id_table: dict[str, Service] | None = None
        self._countries: tuple[Country, ...] | None = None
        self._index: tuple[_Entry, ...] | None = None
        self._index_by_country: dict[str, tuple[_Entry, ...]] = {}

    # -- tables, built on first use ------------------------------------------------------

    def _at(self, position: int) -> Service | None:
        service = self._slots[position]
        if service is None and self._entries is not None and position not in self._broken:
            try:
                service = parse_service(self._entries[position])
            except (KeyError, TypeError, ValueError, AttributeError, IndexError):
                # Cannot happen for the bundled file (the tests validate it): if it
                # does, one broken line is left out rather than help failing to open.
                self._broken.add(position)
                _log.error("bundled directory: entry %d could not be read", position)
                return None
            self._slots[position] = service
        return service

    def _rows(self, code: str) -> list[Service]:
        found = (self._at(position) for position in self._groups.get(code, ()))
        return [service for service in found if service is not None]

    def _for(self, code: str) -> tuple[Service, ...]:
        ordered = self._ordered.get(code)
        if ordered is None:
            ordered = tuple(_order(self._rows(code)))
            self._ordered[code] = ordered
        return ordered

    @property
    def _by_id(self) -> dict[str, Service]:
        table = self._by_id_table
        if table is None:
            table = {s.id: s for s in reversed(self.services)}  # first wins
            self._by_id_table = table
        return table

    def _search_index(self) -> tuple[_Entry, ...]:
        index = self._index
        if index is None:
            index = tuple(
                (s, normalise(s.name), self._haystack(s), s.channels) for s in self.services
            )
            by_country: dict[str, list[_Entry]] = {}
            for entry in index:
                by_country.setdefault(entry[0].country, []).append(entry)
            self._index_by_country = {code: tuple(items) for code, items in by_country.items()}
            self._index = index
        return index

    def warm_up(self) -> None:
        """Build every table now (e.g. in a background thread or after the first paint)."""
        self._search_index()
        self.countries()
        _ = self._by_id
        for code in self._groups:
            self._for(code)

    @staticmethod
    def _haystack(service: Service) -> str:
        parts = [
            service.name,
            service.country,
            country_name(service.country),
            service.category.value.replace("-", " "),
            *service.topics,
            *(t.replace("-", " ") for t in service.topics),
            *service.languages,
            *(LANGUAGE_NAMES.get(lang, "") for lang in service.languages),
            service.audience or "",
            service.description or "",
            service.region or "",
            service.source_label or "",
            *(p.display for p in service.phones),
            *(p.dial for p in service.phones),
            *(s.keyword or "" for s in service.sms),
        ]
        return normalise(" | ".join(part for part in parts if part))

    # -- loading ---------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path, *, trusted: bool = False) -> Directory:
        """Read, validate and index a directory file.

        Args:
            path: The file.
            trusted: Skip validation when the file has the expected shape (only for the
                bundled file, which is validated at build time and by the tests). A file
                that does not parse cleanly is still validated, to report its problems.

        Raises:
            ResourceDataError: The file is unreadable, not JSON, or fails validation.
        """
        label = str(path)
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise ResourceDataError(
                label, [f"file: cannot be read ({exc.strerror or exc})"]
            ) from exc
        if trusted:
            indexed = cls._from_index(Path(path), raw)
            if indexed is not None:
                return indexed
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ResourceDataError(label, [f"file: is not valid UTF-8 JSON ({exc})"]) from exc
        except RecursionError as exc:
            raise ResourceDataError(label, ["file: JSON nested too deeply"]) from exc
        if trusted:
            entries = trusted_entries(doc)
            if entries is not None:
                return cls._from_entries(entries)
        return cls(parse_document(doc, source=label))

    @classmethod
    def _from_index(cls, path: Path, raw: bytes) -> Directory | None:
        """A directory whose entries are decoded one by one from ``raw`` when needed.

        Uses the index beside the file (see :mod:`~companion.core.resources.index`), only
        when it was made from exactly these bytes; otherwise ``None``.
        """
        from companion.core.resources.index import index_path_for, indexed_entries

        try:
            index = json.loads(index_path_for(path).read_bytes())
        except (OSError, ValueError, RecursionError):
            return None
        found = indexed_entries(raw, index)
        if found is None:
            _log.warning("%s: index does not match the file; reading all of it", path.name)
            return None
        entries, groups = found
        directory = cls.__new__(cls)
        directory._setup([None] * len(entries), groups, entries)
        return directory

    @classmethod
    def load_bundled(cls) -> Directory:
        """The bundled directory, parsed once per process (same as :func:`load_bundled`)."""
        return load_bundled()

    # -- questions the help panel asks ---------------------------------------------

    @property
    def services(self) -> tuple[Service, ...]:
        """Every service, in file order (pack services first once merged)."""
        services = self._all
        if services is None:
            found = (self._at(position) for position in range(len(self._slots)))
            services = tuple(service for service in found if service is not None)
            self._all = services
        return services

    def countries(self) -> list[Country]:
        """Countries with at least one service, sorted by English name."""
        countries = self._countries
        if countries is None:
            codes = [c for c in self._groups if c != INTERNATIONAL]
            countries = tuple(
                sorted(
                    (Country(c, country_name(c)) for c in codes), key=lambda c: normalise(c.name)
                )
            )
            self._countries = countries
        return list(countries)

    def country_name(self, code: str) -> str:
        """English name for ``code`` (works for any ISO code, not only those present)."""
        return country_name(code)

    def emergency(self, code: str) -> Service | None:
        """The emergency-number service for ``code``, if the directory has one."""
        return next((s for s in self._for(code.upper()) if s.category is Category.EMERGENCY), None)

    def for_country(self, code: str) -> list[Service]:
        """Everything for one country: local pack first, then by category, pairs adjacent."""
        return list(self._for(code.upper()))

    def international(self) -> list[Service]:
        """Services that are not tied to one country."""
        return list(self._for(INTERNATIONAL))

    def get(self, service_id: str) -> Service | None:
        """The service with this id, or ``None``."""
        return self._by_id.get(service_id)

    def search(self, query: SearchQuery) -> list[Service]:
        """Services matching every word of ``query.text`` and its filters.

        Matching is case- and accent-insensitive over name, topics, languages (codes and
        English names), country (code and name), description and phone numbers. A word
        that names a channel ("text", "chat", "call", "email") keeps the services offering
        that channel instead of being looked for in the text. Services of
        ``query.prefer_country`` come first, then services whose *name* matches.
        ``channels`` keeps services offering at least one of the requested channels;
        ``open_now`` keeps only services known to be open (unknown hours are left out).
        """
        words = normalise(query.text).split()
        channels = set(query.channels)
        if words:
            named = {CHANNEL_WORDS[w] for w in words if w in CHANNEL_WORDS}
            if named:
                channels |= named
                words = [w for w in words if w not in CHANNEL_WORDS]
        entries = self._search_index()
        if query.country:
            entries = self._index_by_country.get(query.country.upper(), ())
        if words:
            # Plain comprehensions keep the hot loop in C-level iteration; most entries
            # fail the first word, so the rest are rarely looked at.
            first, rest = words[0], words[1:]
            entries = tuple(e for e in entries if first in e[2] and all(w in e[2] for w in rest))
        if channels:
            wanted = frozenset(channels)
            entries = tuple(e for e in entries if wanted & e[3])
        if query.open_now:
            now = query.now or datetime.now(UTC)
            entries = tuple(e for e in entries if open_state(e[0], now) is True)
        preferred = (query.prefer_country or "").upper()

        def rank(item: tuple[int, _Entry]) -> tuple[bool, bool, int]:
            position, entry = item
            by_name = bool(words) and all(w in entry[1] for w in words)
            return (entry[0].country != preferred, not by_name, position)

        return [e[0] for _, e in sorted(enumerate(entries), key=rank)]

    # -- local packs -------------------------------------------------------------------

    def merged_with(self, pack_services: Iterable[Service], source_label: str) -> Directory:
        """A new directory with ``pack_services`` added ahead of the bundled ones.

        Pack services are marked ``added_by_organisation`` and labelled with
        ``source_label`` (the organisation). A pack service whose id is already taken is
        left out, so a pack can add to the directory but never replace a bundled line.
        """
        added = [
            replace(s, added_by_organisation=True, source_label=source_label)
            for s in pack_services
            if s.id not in self._by_id
        ]
        earlier = [s for s in self.services if s.added_by_organisation]
        bundled = [s for s in self.services if not s.added_by_organisation]
        return Directory([*earlier, *added, *bundled])


@cache
def _load_cached(path: str) -> Directory:
    # Trusted: the bundled file is part of the program, validated when it is built and
    # by tests/core/resources (test_bundled), like the code beside it.
    return Directory.load(path, trusted=True)


def load_bundled() -> Directory:
    """The directory shipped with the program, parsed once per process and cached.

    Raises:
        ResourceDataError: The bundled file is missing or damaged (a packaging bug).
    """
    return _load_cached(str(asset_path("resources", "directory.json")))
