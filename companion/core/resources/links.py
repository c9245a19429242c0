"""Links the help panel hands to the operating system: tel:, sms:, and the QR payload.

Dial strings are validated on load (digits and an optional leading ``+`` or ``*``), so
these builders never need to escape anything in a number; SMS bodies are
percent-encoded as RFC 5724 asks.
"""

from __future__ import annotations

from urllib.parse import quote

from companion.core.resources.records import Phone, Sms


def tel_uri(phone: Phone) -> str:
    """A ``tel:`` URI for ``phone``: E.164 when known (``tel:+448081640123``), else the
    number as dialled inside the country (``tel:116123``)."""
    return f"tel:{phone.e164 or phone.dial}"


def sms_uri(sms: Sms) -> str:
    """An RFC 5724 ``sms:`` URI, with the keyword (if any) as the message body.

    Example: ``sms:85258?body=SHOUT``.
    """
    uri = f"sms:{sms.number}"
    if sms.keyword:
        uri += "?body=" + quote(sms.keyword, safe="")
    return uri


def qr_payload(phone: Phone, country: str | None = None) -> str:
    """What the QR code encodes so a phone camera offers to dial the number.

    National short codes (116 123, 988, 13 11 14 …) are kept as they are: they have no
    international form and only work inside their country. Full numbers use E.164 when
    it is known, which also works from a phone set up in another country.

    Args:
        phone: The number to encode.
        country: The service's country; kept for callers that show it beside the code.
    """
    del country  # the stored E.164 form already carries the country
    if phone.e164:
        return f"tel:{phone.e164}"
    return f"tel:{phone.dial}"


def copy_text(phone: Phone) -> str:
    """The text placed on the clipboard: the number as published, which people read."""
    if phone.e164 and phone.e164 != phone.dial:
        return f"{phone.display} ({phone.e164})"
    return phone.display
