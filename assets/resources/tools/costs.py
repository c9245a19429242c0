"""Who pays for a call: derived from the national numbering plan, never guessed.

``phonenumbers`` knows the type of every full number (toll-free, premium-rate, shared-cost,
ordinary fixed or mobile) and the expected cost of many short codes. A number whose cost
it does not know gets no cost at all (the card then says nothing rather than guess);
``curation.json``'s ``phone_costs`` corrects or completes it where a source says so.
"""

from __future__ import annotations

FREE = "free"
CALLER_PAID = "caller-paid"
SPECIAL = "special-rate"
PREMIUM = "premium-rate"
SIBLINGS = {"AX": "FI", "GF": "FR", "GP": "FR", "PF": "FR", "RE": "FR", "YT": "FR", "VA": "IT"}


def phone_cost(country: str, dial: str, e164: str | None) -> str | None:
    """One of free, caller-paid, special-rate, premium-rate, or None when not known."""
    import phonenumbers
    from phonenumbers import PhoneNumberType as T
    from phonenumbers import ShortNumberCost, shortnumberinfo

    if country == "INTL" or dial.startswith("*"):
        return None
    for region in (country, SIBLINGS.get(country)):
        if not region:
            continue
        try:
            number = phonenumbers.parse(
                e164 or dial, None if (e164 or dial).startswith("+") else region
            )
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            kind = phonenumbers.number_type(number)
            if kind == T.TOLL_FREE:
                return FREE
            if kind == T.PREMIUM_RATE:
                return PREMIUM
            if kind in (T.SHARED_COST, T.UAN):
                return SPECIAL
            if kind in (T.FIXED_LINE, T.MOBILE, T.FIXED_LINE_OR_MOBILE, T.VOIP):
                return CALLER_PAID
            return None
        if shortnumberinfo.is_valid_short_number_for_region(number, region):
            cost = shortnumberinfo.expected_cost_for_region(number, region)
            return {
                ShortNumberCost.TOLL_FREE: FREE,
                ShortNumberCost.STANDARD_RATE: CALLER_PAID,
                ShortNumberCost.PREMIUM_RATE: PREMIUM,
            }.get(cost)
    return None
