"""How a reference record's sources become the directory's ``sources``: titles people can
read, and only dates that are a source's own (publication or update) date.

Two rules from the 2026 audit: a card names its sources by organisation or page title,
never by a repository path; and a dataset's build or commit date is never shown as if it
were a check. Code snippets found through a search index are not sources at all and are
dropped (the records they supported keep their other sources, or go).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

SNIPPET = "public code snippet"
# Dates that belong to a dataset, not to the page the fact came from.
DATASET_DATE = re.compile(r"generatedAt|commit date|last changed|dataset", re.I)
WIKIPEDIA = "Wikipedia, “{}” (revision {}), through a public dataset"
DATASET_TITLES = (
    ("List_of_suicide_crisis_lines", WIKIPEDIA.format("List of suicide crisis lines", 1363635917)),
    ("List_of_emergency_telephone_numbers",
     WIKIPEDIA.format("List of emergency telephone numbers", 1362829639)),
    ("padolsey/cite", "“cite”, an open-source list of crisis resources (third-party)"),
    ("Resilient-Rhino",
     "findahelpline.com listing, as captured in June 2023 by a third-party scrape"),
    ("DennisGross/aidlines", "aidlines (a third-party helpline dataset, September 2024)"),
)  # fmt: skip
# Organisations behind the sites cited most; other sites are named by their address.
SITE_NAMES = {
    "988lifeline.org": "988 Suicide & Crisis Lifeline",
    "samaritans.org": "Samaritans",
    "giveusashout.org": "Shout",
    "thecalmzone.net": "CALM",
    "papyrus-uk.org": "PAPYRUS",
    "canada.ca": "Government of Canada",
    "kidshelpphone.ca": "Kids Help Phone",
    "health.vic.gov.au": "Victorian Department of Health",
    "betterhealth.vic.gov.au": "Better Health Channel (Victorian Government)",
    "beyondblue.org.au": "Beyond Blue",
    "doh.gov.ph": "Philippine Department of Health",
    "sadag.org": "SADAG (South African Depression and Anxiety Group)",
    "ovc.ojp.gov": "US Office for Victims of Crime",
    "justice.gov": "US Department of Justice",
    "rainn.org": "RAINN",
    "bmfsfj.de": "German Federal Ministry for Family Affairs",
    "en.behzisti.ir": "State Welfare Organization of Iran",
    "progress.guide": "progress.guide (a guide known to contain errors)",
    "befrienders.org": "Befrienders Worldwide",
    "iasp.info": "International Association for Suicide Prevention (IASP)",
    "childhelplineinternational.org": "Child Helpline International",
    "health.govt.nz": "New Zealand Ministry of Health",
    "mentalhealth.org.nz": "Mental Health Foundation of New Zealand",
    "england.nhs.uk": "NHS England",
    "hhs.gov": "US Department of Health and Human Services",
    "nami.org": "NAMI (National Alliance on Mental Illness)",
    "camh.ca": "CAMH (Centre for Addiction and Mental Health)",
    "headtohealth.gov.au": "Head to Health (Australian Government)",
    "ameli.fr": "Assurance Maladie (ameli.fr)",
    "la1ere.francetvinfo.fr": "La 1ère (France Télévisions)",
    "francetvinfo.fr": "franceinfo",
    "straitstimes.com": "The Straits Times",
    "channelnewsasia.com": "CNA",
    "irishtimes.com": "The Irish Times",
    "thehindu.com": "The Hindu",
    "cbc.ca": "CBC News",
    "rtve.es": "RTVE",
    "rtp.pt": "RTP",
    "stluciatimes.com": "St. Lucia Times",
    "gulf-times.com": "Gulf Times",
}


def title_for(reference: str) -> str:
    """A readable name for ``reference``: the dataset it is, or the site's organisation."""
    for marker, title in DATASET_TITLES:
        if marker in reference:
            return title
    if reference.startswith("http"):
        host = (urlsplit(reference).hostname or reference).removeprefix("www.")
        return SITE_NAMES.get(host, host)
    return reference


def own_date(text: str | None) -> str | None:
    """The date part that is a source's own date; None for a dataset's build date."""
    if not text or DATASET_DATE.search(text):
        return None
    return text.strip() or None


def source_entries(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The record's sources as ``{reference, title, date?}``, snippets left out."""
    refs = [r.strip() for r in (record.get("source") or "").split(" ; ") if r.strip()]
    dates = [d.strip() for d in (record.get("source_date") or "").split(" ; ") if d.strip()]
    aligned = len(dates) == len(refs)
    entries: list[dict[str, Any]] = []
    for i, ref in enumerate(refs):
        if ref.startswith(SNIPPET):
            continue
        when = own_date(dates[i]) if aligned else _date_for(ref, dates)
        entry: dict[str, Any] = {"reference": ref, "title": title_for(ref)}
        if when:
            entry["date"] = when
        entries.append(entry)
    return entries


def _date_for(reference: str, dates: list[str]) -> str | None:
    """When dates do not line up with references, a date that names the reference's site."""
    host = (urlsplit(reference).hostname or "").removeprefix("www.") if "://" in reference else ""
    for text in dates:
        if host and host in text:
            return own_date(re.sub(r"\s*\([^)]*\)\s*$", "", text))
    return None
