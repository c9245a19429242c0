"""tel:, sms: and QR payload forms."""

from __future__ import annotations

from companion.core.resources.links import copy_text, qr_payload, sms_uri, tel_uri
from companion.core.resources.records import Phone, Sms


def test_tel_uri_short_code() -> None:
    assert tel_uri(Phone("116 123", "116123")) == "tel:116123"


def test_tel_uri_prefers_e164() -> None:
    assert (
        tel_uri(Phone("0808 164 0123", "08081640123", e164="+448081640123")) == "tel:+448081640123"
    )


def test_tel_uri_star_code() -> None:
    assert tel_uri(Phone("*4141", "*4141")) == "tel:*4141"


def test_sms_uri_with_keyword_in_body() -> None:
    assert sms_uri(Sms("85258", "85258", keyword="SHOUT")) == "sms:85258?body=SHOUT"


def test_sms_uri_without_keyword() -> None:
    assert sms_uri(Sms("988", "988")) == "sms:988"


def test_sms_body_is_percent_encoded() -> None:
    assert sms_uri(Sms("686868", "686868", keyword="A-B_1")) == "sms:686868?body=A-B_1"
    # Keywords are validated to letters/digits, but the builder must still be safe.
    assert sms_uri(Sms("1", "1", keyword="a b&c")) == "sms:1?body=a%20b%26c"


def test_qr_payload_keeps_national_short_codes() -> None:
    assert qr_payload(Phone("988", "988"), "US") == "tel:988"
    assert qr_payload(Phone("13 11 14", "131114"), "AU") == "tel:131114"


def test_qr_payload_uses_e164_for_full_numbers() -> None:
    phone = Phone("0800 58 58 58", "0800585858", e164="+44800585858")
    assert qr_payload(phone, "GB") == "tel:+44800585858"


def test_qr_payload_without_e164_uses_the_national_form() -> None:
    assert qr_payload(Phone("1800 55 1800", "1800551800"), "AU") == "tel:1800551800"


def test_copy_text() -> None:
    assert copy_text(Phone("116 123", "116123")) == "116 123"
    assert (
        copy_text(Phone("0800 58 58 58", "0800585858", e164="+44800585858"))
        == "0800 58 58 58 (+44800585858)"
    )
