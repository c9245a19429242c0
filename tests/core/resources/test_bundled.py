"""The bundled directory is valid and complete against the reference data."""

from __future__ import annotations

import json

from companion.core.assets import asset_path
from companion.core.resources.directory import load_bundled
from companion.core.resources.models import Category
from companion.core.resources.validate import validate_document


def test_bundled_directory_has_no_problems() -> None:
    doc = json.loads(asset_path("resources", "directory.json").read_text(encoding="utf-8"))
    assert validate_document(doc) == []


def test_emergency_number_on_top_for_gb() -> None:
    directory = load_bundled()
    services = directory.for_country("GB")
    assert services[0].category is Category.EMERGENCY
    assert services[0] is directory.emergency("gb")
    assert [p.dial for p in services[0].phones][:2] == ["999", "112"]
