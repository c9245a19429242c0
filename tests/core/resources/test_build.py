"""The committed directory.json is exactly what the build script makes from its inputs."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from companion.core.assets import asset_path

TOOLS = Path(__file__).resolve().parents[3] / "assets" / "resources" / "tools"


def _build_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_directory", TOOLS / "build_directory.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rebuild_reproduces_the_committed_file() -> None:
    build = _build_module()
    curation = json.loads((TOOLS / "curation.json").read_text(encoding="utf-8"))
    rebuilt = build.build(TOOLS / "reference", curation)
    committed = json.loads(asset_path("resources", "directory.json").read_text(encoding="utf-8"))
    assert rebuilt == committed


def test_slug_and_dial_helpers() -> None:
    build = _build_module()
    assert build.slug("CALM (Campaign Against Living Miserably) helpline") == "calm-helpline"
    assert build.slug("Télé-Accueil") == "tele-accueil"
    assert build.digits("(+683) 4202") == "+6834202"
    assert build.digits("*4141") == "*4141"
    assert build.digits("116 123") == "116123"


def test_sms_cells_are_parsed_or_kept_as_notes() -> None:
    build = _build_module()
    curation = {"sms": {}}
    assert build.parse_sms("Text SHOUT to 85258", "GB", curation) == (
        [{"number": "85258", "display": "85258", "keyword": "SHOUT"}],
        None,
    )
    assert build.parse_sms("8004673 (SMS, per findahelpline listing)", "AE", curation) == (
        [{"number": "8004673", "display": "8004673"}],
        None,
    )
    sms, note = build.parse_sms("WhatsApp +65 6669 1771", "SG", curation)
    assert sms == []
    assert note == "WhatsApp: +65 6669 1771"


def test_last_verified_takes_the_latest_full_date_only() -> None:
    build = _build_module()
    assert build.last_verified("2023-11") is None
    assert build.last_verified("2026-08-08 (dataset) ; 2022-05-11 (x)") == "2026-08-08"
    assert build.last_verified(None) is None
