"""Country from a locale name."""

from __future__ import annotations

import pytest

from companion.core.resources.locale import country_from_locale


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("en_GB.UTF-8", "GB"),
        ("de-AT", "AT"),
        ("de_AT", "AT"),
        ("fr_CA.utf8@euro", "CA"),
        ("zh_Hant_TW", "TW"),
        ("zh-Hans-CN", "CN"),
        ("sr_RS@latin", "RS"),
        ("en_uk", "GB"),
        ("pt-br", "BR"),
        ("ast_ES.UTF-8", "ES"),
        ("en", None),
        ("C", None),
        ("POSIX", None),
        ("C.UTF-8", None),
        ("es-419", None),
        ("en-001", None),
        ("", None),
        (None, None),
        ("garbage value", None),
    ],
)
def test_country_from_locale(name: str | None, country: str | None) -> None:
    assert country_from_locale(name) == country
