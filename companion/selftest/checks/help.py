"""Self-test checks for the help directory: valid, complete for key countries, dialable."""

from __future__ import annotations

from companion.selftest.framework import HELP_COUNTRIES, SelfTest, expect

ORDER = 20


def run(test: SelfTest) -> None:
    """The bundled directory is valid and answers for the countries people ask about."""
    from companion.core.assets import asset_path
    from companion.core.resources.directory import Directory
    from companion.core.resources.links import qr_payload, sms_uri, tel_uri
    from companion.core.resources.records import Category
    from companion.core.resources.validate import validate_document

    def validate() -> None:
        import json

        path = asset_path("resources", "directory.json")
        problems = validate_document(json.loads(path.read_text(encoding="utf-8")))
        expect(not problems, f"{len(problems)} problem(s), first: {problems[:1]}")

    def countries() -> None:
        directory = Directory.load_bundled()
        test.state["directory"] = directory
        for code in HELP_COUNTRIES:
            emergency = directory.emergency(code)
            expect(emergency is not None and emergency.phones, f"{code} has no emergency number")
            lines = [s for s in directory.for_country(code) if s.category is Category.CRISIS_LINE]
            expect(lines, f"{code} has no crisis line")

    def links() -> None:
        directory = test.shared("directory", Directory)
        composed = 0
        for code in HELP_COUNTRIES:
            for service in directory.for_country(code):
                for phone in service.phones:
                    uri = tel_uri(phone)
                    expect(uri.startswith("tel:") and uri[4:].lstrip("+").isdigit(), uri)
                    expect(qr_payload(phone, code).startswith("tel:"), "bad QR payload")
                    composed += 1
                for sms in service.sms:
                    expect(sms_uri(sms).startswith("sms:"), "bad sms link")
                    composed += 1
        expect(composed >= len(HELP_COUNTRIES) * 2, "too few links composed")

    test.check("help: the bundled directory is valid", validate)
    test.check("help: emergency number and crisis line for each test country", countries)
    test.check("help: tel:, sms: and QR payloads compose", links)
