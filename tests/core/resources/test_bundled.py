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
from phonenumbers import shortnumberinfo

from companion.core.assets import asset_path
from companion.core.resources.directory import load_bundled
from companion.core.resources.records import INTERNATIONAL, Category, Phone, Service
from companion.core.resources.validate import validate_document

REFERENCE = Path(__file__).resolve().parents[3] / "assets" / "resources" / "tools" / "reference"
ALLOWLIST = json.loads(
    (Path(__file__).parent / "phone_allowlist.json").read_text(encoding="utf-8")
)["entries"]
# Territories whose numbers and short codes belong to another country's numbering plan.
NUMBERING_SIBLINGS = {
    "AX": "FI", "GF": "FR", "GP": "FR", "PF": "FR", "PM": "FR", "RE": "FR", "YT": "FR",
    "NC": "FR", "VA": "IT", "SM": "IT", "IO": "GB", "GS": "GB",
}  # fmt: skip


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


def test_every_reference_country_has_its_emergency_number() -> None:
    directory = load_bundled()
    for row in _reference("helplines-sources.json"):
        if "emergency" not in row["topics"]:
            continue
        service = directory.emergency(str(row["country_code"]))
        assert service is not None, row["country_code"]
        assert service.category is Category.EMERGENCY
        dials = {_digits(p.dial) for p in service.phones}
        assert _digits(str(row["phone"])) in dials, (row["country_code"], row["phone"])
        assert service.hours.always_open


def test_every_reference_crisis_line_is_present_with_its_sources() -> None:
    directory = load_bundled()
    for row in _reference("helplines-sources.json"):
        if "emergency" in row["topics"]:
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
        assert match, (row["country_code"], row["name"])
        first_source = str(row["source"]).split(" ; ")[0]
        assert any(src.reference == first_source for s in match for src in s.sources)


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


def _known_to_phonenumbers(country: str, phone: Phone) -> bool:
    if phone.e164 and phonenumbers.is_valid_number(phonenumbers.parse(phone.e164)):
        return True
    dial = phone.dial.lstrip("*")
    if dial.startswith("+"):
        return phonenumbers.is_valid_number(phonenumbers.parse(dial))
    for region in (country, NUMBERING_SIBLINGS.get(country, country)):
        try:
            number = phonenumbers.parse(dial, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(number, region):
            return True
        if shortnumberinfo.is_valid_short_number_for_region(number, region):
            return True
        if shortnumberinfo.is_emergency_number(dial, region):
            return True
        # Short codes whose length fits the country's short-number plan, though the
        # library does not list the code itself (most national helpline codes).
        if len(dial) <= 6 and shortnumberinfo.is_possible_short_number_for_region(number, region):
            return True
    return False


def test_every_phone_number_is_valid_or_a_known_short_code() -> None:
    unknown = []
    for service in load_bundled().services:
        if service.country == INTERNATIONAL:
            continue
        for phone in service.phones:
            key = f"{service.id} {phone.dial}"
            if not _known_to_phonenumbers(service.country, phone) and key not in ALLOWLIST:
                unknown.append(key)
    assert unknown == []


def test_allowlist_has_no_stale_entries_and_every_entry_has_a_reason() -> None:
    present = {f"{s.id} {p.dial}" for s in load_bundled().services for p in s.phones}
    for key, reason in ALLOWLIST.items():
        assert key in present, key
        assert len(reason) > 20


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


def test_last_verified_is_a_cited_date_never_in_the_future() -> None:
    for service in load_bundled().services:
        if service.last_verified is not None:
            assert service.last_verified <= date(2026, 11, 21)
            cited = " ".join(s.date or "" for s in service.sources)
            assert service.last_verified.isoformat() in cited, service.id


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


def test_multi_zone_countries_say_their_hours_are_for_the_capital() -> None:
    for service in load_bundled().for_country("AU"):
        if service.hours.spans:
            assert service.hours.timezone == "Australia/Sydney"
            assert service.hours.note
            assert "several time zones" in service.hours.note
