"""The two independent cross-checks of every emergency number, re-run on the shipped file.

Android's emergency-number database (as extracted into the repository) and libphonenumber's
short-number metadata are compared with the directory. Any disagreement — a number we show
that a source lacks, or a police/ambulance/fire number a source has that we do not show —
must carry a decision in ``tools/emergency.json``: shown or left out, and why.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from companion.core.assets import asset_path

TOOLS = Path(__file__).resolve().parents[3] / "assets" / "resources" / "tools"
SAMPLE_ECC = """revision: 2
countries {
  iso_code: "AT"
  eccs {
    phone_number: "112"
    types: POLICE
    types: AMBULANCE
    types: FIRE
  }
  eccs {
    phone_number: "144"
    types: AMBULANCE
    routing: NORMAL
  }
  ecc_fallback: "112"
}
"""


def _tool(name: str) -> ModuleType:
    """A module of the build tools (they import each other by name, so use the path)."""
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))
    return importlib.import_module(name)


@pytest.fixture(scope="module")
def crosscheck() -> ModuleType:
    return _tool("crosscheck")


@pytest.fixture(scope="module")
def services() -> list[dict[str, object]]:
    doc = json.loads(asset_path("resources", "directory.json").read_text(encoding="utf-8"))
    return list(doc["services"])


@pytest.fixture(scope="module")
def table() -> dict[str, dict[str, object]]:
    return json.loads((TOOLS / "emergency.json").read_text(encoding="utf-8"))["countries"]


def _decision(table: dict[str, dict[str, object]], country: str, number: str) -> dict | None:
    decisions = table.get(country, {}).get("decisions", [])
    return next((d for d in decisions if d["number"] == number), None)  # type: ignore[union-attr]


def test_every_disagreement_with_either_source_has_a_decision(
    crosscheck: ModuleType, services: list[dict[str, object]], table: dict[str, dict[str, object]]
) -> None:
    unexplained = [
        f"{f.key} ({f.kind})"
        for f in crosscheck.findings(services)
        # libphonenumber's patterns cover whole ranges (Gabon's 1300-1399) and say nothing of
        # what a number reaches: numbers only it knows are for review, not disagreements.
        if f.kind != "missing-libphonenumber" and _decision(table, f.country, f.number) is None
    ]
    assert unexplained == []


def test_a_shown_number_has_a_decision_that_says_shown(
    crosscheck: ModuleType, services: list[dict[str, object]], table: dict[str, dict[str, object]]
) -> None:
    for finding in crosscheck.findings(services):
        decision = _decision(table, finding.country, finding.number)
        if finding.kind in ("not-in-android", "not-in-libphonenumber"):
            assert decision is not None, finding
            assert decision["decision"] == "shown", finding
        elif finding.kind == "missing-android":
            assert decision is not None, finding
            assert decision["decision"] == "left out", finding


def test_no_decision_is_stale(
    crosscheck: ModuleType, services: list[dict[str, object]], table: dict[str, dict[str, object]]
) -> None:
    reference = json.loads((TOOLS / "reference" / "helplines-sources.json").read_text("utf-8"))
    # Numbers the reference list gives: its phone field, and the other numbers of the
    # Wikipedia table cell it quotes ("112 or 116").
    listed = {(str(r["country_code"]), crosscheck.digits_only(str(r["phone"]))) for r in reference}
    for row in reference:
        cell = str(row.get("notes") or "").partition("Source cell: '")[2].partition("'")[0]
        for word in cell.replace("/", " ").split():
            listed.add((str(row["country_code"]), crosscheck.digits_only(word)))
    keys = {f.key for f in crosscheck.findings(services)}
    for country, entry in table.items():
        for decision in entry.get("decisions", []):  # type: ignore[union-attr]
            number = decision["number"]
            known = (
                f"{country} {number}" in keys
                or (country, crosscheck.digits_only(number)) in listed
                or number in crosscheck.android_numbers(country)
            )
            assert known, (country, number)
            assert len(decision["why"]) > 20, (country, number)


def test_official_decisions_cite_their_source(table: dict[str, dict[str, object]]) -> None:
    for country, entry in table.items():
        sources = entry.get("sources", [])
        for decision in entry.get("decisions", []):  # type: ignore[union-attr]
            if decision.get("official"):
                assert any(s.get("official") for s in sources), (country, decision["number"])  # type: ignore[union-attr]
            if "source" in decision:
                assert any(s["reference"] == decision["source"] for s in sources), country  # type: ignore[index,union-attr]


def test_every_country_has_exactly_its_emergency_service(
    services: list[dict[str, object]], table: dict[str, dict[str, object]]
) -> None:
    emergency = {s["country"]: s for s in services if s["category"] == "emergency-number"}
    assert set(emergency) == set(table)
    for country, entry in table.items():
        shown = [p["dial"] for p in emergency[country]["phones"]]  # type: ignore[index]
        assert shown == [n["dial"] for n in entry["numbers"]], country  # type: ignore[union-attr]


def test_single_source_numbers_keep_a_visible_doubt(
    services: list[dict[str, object]], table: dict[str, dict[str, object]]
) -> None:
    by_country = {s["country"]: s for s in services if s["category"] == "emergency-number"}
    for country, entry in table.items():
        for decision in entry.get("decisions", []):  # type: ignore[union-attr]
            single = decision["why"].startswith(("Android's list has it", "libphonenumber lists"))
            if decision["decision"] == "shown" and single and not decision.get("official"):
                assert decision["number"] in str(by_country[country].get("doubt")), country


def test_libphonenumber_emergency_patterns_are_listed_exactly(crosscheck: ModuleType) -> None:
    assert crosscheck.libphonenumber_numbers("AT") == frozenset({"112", "122", "133", "144"})
    assert crosscheck.libphonenumber_numbers("FR") == frozenset({"112", "15", "17", "18"})
    assert crosscheck.libphonenumber_numbers("GQ") == frozenset()  # no data: not "wrong"


def test_android_facts_are_extracted_from_the_text_protobuf() -> None:
    extract = _tool("extract_android_ecc")
    countries = extract.parse_eccdata(SAMPLE_ECC)
    assert countries == {
        "AT": {
            "fallback": "112",
            "numbers": {"112": ["police", "ambulance", "fire"], "144": ["ambulance"]},
            "normal": ["144"],
        }
    }
    with pytest.raises(ValueError, match="unexpected line"):
        extract.parse_eccdata('countries {\n  surprise: "field"\n}\n')


def test_the_android_extract_records_where_it_came_from(crosscheck: ModuleType) -> None:
    source = crosscheck.android()["source"]
    assert source["license"] == "Apache-2.0"
    assert source["path"] == "ecc/input/eccdata.txt"
    assert len(source["commit"]) == 40
    assert len(source["file_commit"]) == 40
    assert len(crosscheck.android()["countries"]) > 200


def test_most_numbers_agree_with_both_sources(
    crosscheck: ModuleType, services: list[dict[str, object]]
) -> None:
    shown = [
        (str(s["country"]), str(p["dial"]))
        for s in services
        if s["category"] == "emergency-number"
        for p in s["phones"]  # type: ignore[attr-defined]
    ]
    in_android = [
        n in crosscheck.android_numbers(c) or n == crosscheck.android_fallback(c) for c, n in shown
    ]
    in_lpn = [n in crosscheck.libphonenumber_numbers(c) for c, n in shown]
    assert sum(in_android) / len(shown) > 0.8
    assert sum(in_lpn) / len(shown) > 0.7
