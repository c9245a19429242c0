"""The bundled directory: valid, complete against the reference data, and dialable.

The reference lists are the copy the build script reads
(``assets/resources/tools/reference/``), so these tests check the shipped file against
exactly the input it was built from.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import phonenumbers
import pytest

from companion.core.assets import asset_path
from companion.core.resources.directory import load_bundled
from companion.core.resources.records import Category, Service
from companion.core.resources.validate import validate_document

TOOLS = Path(__file__).resolve().parents[3] / "assets" / "resources" / "tools"
REFERENCE = TOOLS / "reference"
EMERGENCY = json.loads((TOOLS / "emergency.json").read_text(encoding="utf-8"))["countries"]
CURATION = json.loads((TOOLS / "curation.json").read_text(encoding="utf-8"))
ALLOWLIST = json.loads(asset_path("resources", "short-codes.json").read_text(encoding="utf-8"))[
    "entries"
]


def _reference(name: str) -> list[dict[str, object]]:
    path = REFERENCE / name
    if not path.exists():
        pytest.fail(f"reference data missing: {path}")
    return json.loads(path.read_text(encoding="utf-8"))


def _digits(text: str) -> str:
    """Digits only, without an international "00" prefix (so 00 45… equals +45…)."""
    found = re.sub(r"[^0-9]", "", text)
    return found[2:] if found.startswith("00") and len(found) > 8 else found


def test_bundled_directory_has_no_problems() -> None:
    doc = json.loads(asset_path("resources", "directory.json").read_text(encoding="utf-8"))
    assert validate_document(doc) == []
    assert doc["format"] == "companion-resources"
    assert "CC BY-SA 4.0" in doc["attribution"]


def _left_out(country: str, number: str) -> bool:
    decisions = EMERGENCY[country].get("decisions", [])
    return any(d["number"] == number and d["decision"] == "left out" for d in decisions)


def test_every_reference_country_has_its_emergency_number_or_a_decision() -> None:
    directory = load_bundled()
    for row in _reference("helplines-sources.json"):
        if "emergency" not in row["topics"]:
            continue
        country = str(row["country_code"])
        service = directory.emergency(country)
        assert service is not None, country
        assert service.category is Category.EMERGENCY
        assert service.hours.always_open
        dials = {_digits(p.dial) for p in service.phones}
        wanted = _digits(str(row["phone"]))
        if wanted not in dials:  # replaced after the cross-checks: the reason is recorded
            assert _left_out(country, wanted) or _left_out(country, "+" + wanted), (country, wanted)


def test_every_reference_crisis_line_is_present_with_its_sources() -> None:
    directory = load_bundled()
    for row in _reference("helplines-sources.json"):
        key = f"{row['country_code']} {row['phone'] or row['name']}"
        if "emergency" in row["topics"] or key in CURATION["drop_records"]:
            continue
        services = [
            s
            for s in directory.for_country(str(row["country_code"]))
            if s.category is Category.CRISIS_LINE
        ]
        # "111 (select option 2)" is dialled as 111 (the option becomes a label), and
        # "0508 828 865 (0508 TAUTOKO)" as 0508828865.
        phone = re.sub(r"\s*\([^)]*[A-Za-z][^)]*\)", "", str(row["phone"] or ""))
        wanted = _digits(phone) if phone else None
        if wanted:
            match = [s for s in services if wanted in {_digits(p.dial) for p in s.phones}]
        else:  # text-only or chat-only lines
            sms = str(row["sms"] or "")
            match = [
                s
                for s in services
                if any(x.number in _digits(sms) for x in s.sms) or s.website == row["website"]
            ]
        replaced = key in CURATION["records"] and "phones" in CURATION["records"][key]
        assert match or replaced, (row["country_code"], row["name"])
        cited = [r for r in str(row["source"]).split(" ; ") if not r.startswith("public code")]
        if match:
            assert any(src.reference == cited[0] for s in match for src in s.sources)


def test_every_reference_resource_is_present_with_a_description_in_our_words() -> None:
    directory = load_bundled()
    for row in _reference("resources-sources.json"):
        found = [
            s
            for s in directory.services
            if s.name == row["name"]
            and s.country == row["country_code"]
            and s.category is not Category.CRISIS_LINE
        ]
        assert len(found) == 1, row["name"]
        service = found[0]
        assert service.category not in (Category.EMERGENCY, Category.CRISIS_LINE)
        assert service.description
        assert service.description != row["description_facts"]
        assert service.sources


def test_every_phone_number_is_valid_or_in_the_cited_allow_list() -> None:
    doc = json.loads(asset_path("resources", "directory.json").read_text(encoding="utf-8"))
    assert [p for p in validate_document(doc) if "dial" in p] == []
    assert validate_document(doc, check_numbers=True) == []


def test_allow_list_has_no_stale_entries_and_every_entry_is_cited() -> None:
    from companion.core.resources import numbers

    present = {f"{s.country} {p.dial}" for s in load_bundled().services for p in s.phones}
    for key, entry in ALLOWLIST.items():
        assert key in present, key
        assert len(entry["why"]) > 30, key
        assert entry["source"].startswith(("http", "github:")), key
    # Every entry is needed: phonenumbers alone does not accept it.
    original = numbers.allow_list
    numbers.allow_list = lambda: {}  # type: ignore[assignment]
    try:
        for key in ALLOWLIST:
            country, dial = key.split(" ")
            assert not numbers.known_number(country, dial), key
    finally:
        numbers.allow_list = original  # type: ignore[assignment]


def test_e164_forms_agree_with_the_dial_form() -> None:
    for service in load_bundled().services:
        for phone in service.phones:
            if phone.e164:
                number = phonenumbers.parse(phone.e164)
                national = str(number.national_number)
                assert _digits(phone.dial).endswith(national), (service.id, phone)


def _by_id() -> dict[str, Service]:
    return {s.id: s for s in load_bundled().services}


def test_pairs_go_both_ways() -> None:
    services = _by_id()
    for service in services.values():
        for other in service.paired_with:
            assert service.id in services[other].paired_with


def test_known_pairs_are_marked() -> None:
    services = _by_id()
    assert "gb-samaritans-welsh-language-line" in services["gb-samaritans"].paired_with
    assert "ca-kids-help-phone" in services["ca-9-8-8-suicide-crisis-helpline"].paired_with


def test_doubtful_records_carry_a_doubt_and_neutral_names() -> None:
    services = _by_id()
    for row in _reference("helplines-sources.json"):
        notes = str(row["notes"] or "")
        name = str(row["name"])
        if "LOW-CONFIDENCE" in notes or "(unverified)" in name:
            matches = [s for s in services.values() if s.country == row["country_code"] and s.doubt]
            assert matches, name
        assert not any(
            "(unverified)" in s.name or "not captured" in s.name for s in services.values()
        )
    assert services["gb-papyrus-hopelineuk"].doubt
    assert services["et-national-crisis-line"].name == "National crisis line"
    assert "unverified" in (services["et-national-crisis-line"].description or "")


def test_last_verified_is_a_cited_or_checked_date_never_in_the_future() -> None:
    for service in load_bundled().services:
        if service.last_verified is not None:
            assert service.last_verified <= date(2026, 12, 5)
            cited = " ".join(f"{s.date or ''} {s.checked or ''}" for s in service.sources)
            assert service.last_verified.isoformat() in cited, service.id


def test_no_source_is_a_code_snippet_and_no_date_is_a_dataset_build_date() -> None:
    for service in load_bundled().services:
        for source in service.sources:
            assert "snippet" not in source.reference
            assert "search-index" not in source.reference
            assert "generatedAt" not in (source.date or "")
            assert "commit date" not in (source.date or "")
            if service.category in (Category.EMERGENCY, Category.CRISIS_LINE):
                assert source.title, (service.id, source.reference)
                assert not source.title.startswith("github:")


def test_structured_hours_match_the_published_text_for_samples() -> None:
    services = _by_id()
    calm = services["gb-calm-helpline"].hours
    assert calm.text == "5pm-midnight, 365 days a year"
    assert [(s.opens.hour, s.closes.hour) for s in calm.spans] == [(17, 0)]
    assert services["gb-samaritans"].hours.always_open


def test_sms_keywords_parsed() -> None:
    services = _by_id()
    shout = services["gb-shout-85258"].sms[0]
    assert (shout.number, shout.keyword) == ("85258", "SHOUT")
    trevor = services["us-the-trevor-project"].sms[0]
    assert (trevor.number, trevor.keyword) == ("678678", "START")


def test_multi_number_emergency_cells_are_split() -> None:
    directory = load_bundled()
    gb = directory.emergency("GB")
    assert gb is not None
    assert [p.dial for p in gb.phones] == ["999", "112"]
    ke = directory.emergency("KE")
    assert ke is not None
    assert {"112", "999", "911"} <= {p.dial for p in ke.phones}


def test_national_numbers_are_shown_where_112_is_only_a_handset_number() -> None:
    directory = load_bundled()
    for code, police, ambulance in (
        ("GH", "191", "193"),
        ("KG", "102", "103"),
        ("NG", "199", "199"),
    ):
        service = directory.emergency(code)
        assert service is not None
        labels = {p.dial: p.label for p in service.phones}
        assert service.phones[0].dial in (police, ambulance)
        assert labels[police] in ("Police", None)
        assert labels[ambulance] in ("Ambulance", None)
        assert labels["112"] == "From a mobile phone"
    gh = directory.emergency("GH")
    assert gh is not None
    assert {p.dial: p.label for p in gh.phones}["112"] == "From a mobile phone"


def test_germany_shows_its_police_number_beside_112() -> None:
    # Android lists only 112 for Germany, but 112 there reaches fire and ambulance; the
    # police are 110 (libphonenumber and a state interior ministry agree).
    germany = load_bundled().emergency("DE")
    assert germany is not None
    assert [(p.dial, p.label) for p in germany.phones] == [("112", None), ("110", "Police")]
    assert germany.doubt is None  # confirmed on an official page, so nothing to doubt


def test_police_and_fire_numbers_are_shown_beside_112_where_they_differ() -> None:
    # Android lists only 112 (and an ambulance number) for these; each national number
    # is confirmed on an official page (tools/emergency.json records which).
    directory = load_bundled()
    for code, expected in (
        ("LU", {"113": "Police"}),
        ("SI", {"113": "Police"}),
        ("LI", {"117": "Police", "118": "Fire", "144": "Ambulance"}),
        ("HU", {"107": "Police", "105": "Fire", "104": "Ambulance"}),
        ("HR", {"192": "Police", "193": "Fire", "194": "Ambulance"}),
        ("CZ", {"158": "Police", "150": "Fire", "155": "Ambulance"}),
        ("SK", {"158": "Police", "150": "Fire", "155": "Ambulance"}),
        ("LV", {"110": "Police", "113": "Ambulance"}),
        ("GR", {"100": "Police", "199": "Fire", "166": "Ambulance"}),
    ):
        service = directory.emergency(code)
        assert service is not None
        labels = {p.dial: p.label for p in service.phones}
        assert "112" in labels, code
        assert {dial: labels.get(dial) for dial in expected} == expected, code


def test_closed_and_replaced_numbers_stay_out() -> None:
    # Estonia closed its police number 110 in 2020 (112 only); Venezuela replaced 171 by
    # VEN 9-1-1. libphonenumber still lists both.
    directory = load_bundled()
    for code, shown, gone in (("EE", ["112"], "110"), ("VE", ["911"], "171")):
        service = directory.emergency(code)
        assert service is not None
        assert [p.dial for p in service.phones] == shown
        assert _left_out(code, gone)


def test_emergency_numbers_of_populous_countries_cite_an_official_page() -> None:
    # The banner names an official page first, before Wikipedia and datasets.
    directory = load_bundled()
    for code in ("GB", "US", "CA", "IE", "AU", "NZ", "IN", "DE", "NL", "MX", "PH", "MY", "SG"):
        service = directory.emergency(code)
        assert service is not None
        assert any(
            not s.reference.startswith("github:") and not s.checked for s in service.sources
        ), code


def test_the_two_numbers_the_audit_found_wrong_are_fixed() -> None:
    directory = load_bundled()
    laos = directory.emergency("LA")
    assert laos is not None
    assert [p.dial for p in laos.phones][:3] == ["1195", "1191", "1190"]  # not 195
    assert _left_out("LA", "195")
    curacao = directory.emergency("CW")
    assert curacao is not None
    assert curacao.phones[0].dial == "911"  # not 910
    assert _left_out("CW", "910")


def test_multi_zone_countries_say_their_hours_are_for_the_capital() -> None:
    for service in load_bundled().for_country("AU"):
        if service.hours.spans:
            assert service.hours.timezone == "Australia/Sydney"
            assert service.hours.note
            assert "several time zones" in service.hours.note


def test_the_data_licence_names_every_dataset_the_entries_cite_and_no_other() -> None:
    """The About dialog shows this file: it listed "public code snippets, cited by
    search-index file id" long after no entry cited one, and not the two cross-checks
    that every emergency number cites."""
    licence = asset_path("resources", "LICENSE-DATA.md").read_text(encoding="utf-8")
    doc = json.loads(asset_path("resources", "directory.json").read_text(encoding="utf-8"))
    cited = {
        source["reference"].split()[0].removeprefix("github:")
        for entry in doc["services"]
        for source in entry.get("sources", [])
        if source["reference"].startswith("github:")
    }
    # `owner/repo` names a repository; `folder/file.ext` a file in one.
    named = {n for n in re.findall(r"`([\w-]+/[\w.-]+)`", licence) if "." not in n}
    assert named == cited
    assert "android.googlesource.com/platform/packages/services/Telephony" in licence
    assert "github.com/google/libphonenumber" in licence
    assert "search-index" not in licence
    assert "snippet" not in licence
