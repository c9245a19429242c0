"""Extract the facts Companion uses from Android's emergency-number database.

Android's Telephony service ships a per-country list of emergency numbers
(``ecc/input/eccdata.txt`` in AOSP ``platform/packages/services/Telephony``, a text
protocol buffer, Apache-2.0). This script reads that file and writes
``reference/android-emergency-numbers.json``: for each country, each number with the kinds
of help it reaches and Android's handset fallback (112 or 911). It keeps only those
facts, in our own compact shape; the file itself is not copied.

Run by a maintainer after fetching the repository (the program never runs this)::

    git -C <telephony-repo> show HEAD:ecc/input/eccdata.txt > /tmp/eccdata.txt
    python assets/resources/tools/extract_android_ecc.py /tmp/eccdata.txt \
        --commit <sha> --file-commit <sha> --file-date YYYY-MM-DD
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "reference" / "android-emergency-numbers.json"
KINDS = {
    "POLICE": "police",
    "AMBULANCE": "ambulance",
    "FIRE": "fire",
    "MARINE_GUARD": "coastguard",
    "MOUNTAIN_RESCUE": "mountain rescue",
    "MIEC": "manual eCall",
    "AIEC": "automatic eCall",
    "TYPE_UNSPECIFIED": "unspecified",
}


def _value(line: str) -> str:
    return line.split(":", 1)[1].strip().strip('"')


def parse_eccdata(text: str) -> dict[str, dict[str, Any]]:
    """Countries → {"fallback": "112", "numbers": {number: [kinds]}, "normal": [numbers]}.

    ``normal`` lists numbers Android routes as ordinary calls (``routing: NORMAL``): short
    codes that reach a service but are not treated as emergency calls by the network.

    Raises:
        ValueError: A line the parser does not understand (the format changed).
    """
    countries: dict[str, dict[str, Any]] = {}
    country: dict[str, Any] | None = None
    number: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line == "}" or line.startswith("revision:"):
            continue
        if line == "countries {":
            country = {"fallback": None, "numbers": {}, "normal": []}
        elif line == "eccs {":
            number = None
        elif country is None:
            raise ValueError(f"unexpected line outside a country: {line!r}")
        elif line.startswith("iso_code:"):
            countries[_value(line)] = country
        elif line.startswith("phone_number:"):
            number = _value(line)
            country["numbers"][number] = []
        elif line.startswith("types:") and number is not None:
            country["numbers"][number].append(KINDS[_value(line)])
        elif line.startswith("routing:") and number is not None:
            if _value(line) == "NORMAL":
                country["normal"].append(number)
        elif line.startswith("normal_routing_mncs:"):
            continue  # which mobile networks route it normally: not needed here
        elif line.startswith("ecc_fallback:"):
            country["fallback"] = _value(line)
        elif line.startswith("ignore_modem_config:"):
            continue
        else:
            raise ValueError(f"unexpected line: {line!r}")
    return countries


def dump(doc: dict[str, Any]) -> str:
    """JSON with one line per country, so a diff shows exactly which country changed."""
    head = {k: v for k, v in doc.items() if k != "countries"}
    lines = json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ',\n "countries": {\n'
    rows = [
        f"  {json.dumps(code)}: {json.dumps(info, ensure_ascii=False)}"
        for code, info in sorted(doc["countries"].items())
    ]
    return lines + ",\n".join(rows) + "\n }\n}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eccdata", type=Path, help="a copy of ecc/input/eccdata.txt")
    parser.add_argument("--commit", required=True, help="the repository commit read")
    parser.add_argument("--file-commit", required=True, help="last commit that changed the file")
    parser.add_argument("--file-date", required=True, help="date of that commit, YYYY-MM-DD")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    countries = parse_eccdata(args.eccdata.read_text(encoding="utf-8"))
    for info in countries.values():
        if not info["normal"]:
            del info["normal"]
    doc = {
        "about": (
            "Emergency numbers by country as listed in Android's emergency-number database, "
            "extracted by tools/extract_android_ecc.py for Companion's cross-check. Facts "
            "only, in our own shape: 'numbers' maps each number to the help it reaches, "
            "'fallback' is the number Android always treats as an emergency call in that "
            "country (112 or 911, as 3GPP TS 22.101 requires of every handset), 'normal' "
            "lists numbers Android routes as ordinary calls."
        ),
        "source": {
            "title": "Android Open Source Project — Telephony emergency-number database",
            "upstream": "https://android.googlesource.com/platform/packages/services/Telephony",
            "mirror": "github:GrapheneOS/platform_packages_services_Telephony",
            "path": "ecc/input/eccdata.txt",
            "commit": args.commit,
            "file_commit": args.file_commit,
            "file_date": args.file_date,
            "license": "Apache-2.0",
            "copyright": "Copyright (C) The Android Open Source Project",
        },
        "countries": countries,
    }
    args.out.write_text(dump(doc), encoding="utf-8")
    print(f"wrote {args.out}: {len(countries)} countries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
