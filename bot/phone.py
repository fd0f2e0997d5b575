"""Phone numbers to E.164, the one form the store, the customer directory and Twilio use.

Twilio sends `From` already in E.164 (https://www.twilio.com/docs/glossary/what-e164), but numbers typed by a
seller into `cyanbot customers add/import` or by a customer in a chat arrive in every local shape, so every
path that stores or looks up a phone goes through `to_e164`. This is deliberately small: no per-country
length tables (that is what libphonenumber is for); it only guarantees "+" followed by 8-15 digits, with
10-digit numbers read as North American (the default country code 1) and "00"/"011" read as international
call prefixes.
"""

from __future__ import annotations

import re

# E.164 allows at most 15 digits including the country code (ITU-T E.164 section 6). The shortest real
# international numbers have 8 digits with their country code; fewer is a typo or a short code.
E164_MAX_DIGITS = 15
E164_MIN_DIGITS = 8

_SEPARATORS = re.compile(r"[\s\-.()/\u00a0\u2010-\u2015]")


def to_e164(raw: str, default_country: str = "1") -> str | None:
    """Return `raw` as "+<digits>" or None when it cannot be a phone number.

    Accepted shapes: "+15551230000", "+1 (555) 123-0000", "555.123.0000" (10 digits => +1 when the default
    country is 1), "1 555 123 0000" (11 digits starting with the NANP country code 1), "0044 20 7946 0000" /
    "011 44 ..." (international call prefixes => "+44..."), 12-15 bare digits (a country code without "+").
    With another default country, a national number ("07700 900123" for 44) gets the trunk 0 replaced by the
    country code. Letters, a "+" anywhere but first, and too few or too many digits give None.
    """
    if not isinstance(raw, str):
        return None
    s = _SEPARATORS.sub("", raw.strip())
    # ASCII digits only: str.isdigit() also accepts Arabic-Indic and superscript digits.
    body = s[1:] if s.startswith("+") else s
    if not body or not body.isascii() or not body.isdigit():
        return None
    if s.startswith("+"):
        digits = body
    elif s.startswith("00"):
        digits = s[2:]
    elif s.startswith("011") and default_country == "1":
        digits = s[3:]  # the NANP international call prefix
    elif default_country == "1":
        if len(s) == 10:
            digits = "1" + s
        elif len(s) == 11 and s.startswith("1") or len(s) >= 12:
            digits = s
        else:
            return None  # 7-digit local numbers need an area code we cannot guess
    elif s.startswith("0"):
        digits = default_country + s[1:]  # national trunk prefix
    elif s.startswith(default_country) and len(s) >= 11:
        digits = s
    else:
        digits = default_country + s
    if digits.startswith("0"):
        return None  # no country code starts with 0
    if not (E164_MIN_DIGITS <= len(digits) <= E164_MAX_DIGITS):
        return None
    return "+" + digits
