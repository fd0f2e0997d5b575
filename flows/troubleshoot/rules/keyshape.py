"""Telling a Wi-Fi key from everything else a customer types: the words that introduce a key, ordinary words
(wordfreq, nine languages), and the shapes of things that are never keys (serials, device IDs, e-mails, phone
numbers, dates, barcodes, measures, model and security names). Used by redact.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from flows.lazy_re import lazy
from flows.troubleshoot.rules.polarity import verdict
from flows.troubleshoot.rules.text import SPELLINGS, fold, is_word, message, zipf

LEAD_CORE = (
    r"(?:pass ?words?|passwd|passcode|passphrase|pass phrase|phrase|pass|pwd?|(?<!-)psk|(?:wi-?fi|wireless|network|wpa2?"
    r"|security|wep|sticker) key|key|contraseña|contrasena|clave|пароль|mot de passe|mdp|passwort|kennwort"
    r"|netzwerkschlüssel|schlüssel|wachtwoord|sleutel|senha|code|codice|código|codigo|klucz|hasło|haslo|lösenord"
    r"|losenord|salasana|parola|şifre\w*|sifre\w*|heslo|jelszó|geslo|clé|clef|код|ключ|パスワード|密码|비밀번호)"
)


LEAD_WORDS = (
    r"(?:wi-?fi |wireless |network |wlan |wpa2? |router |hotspot |security |home |the |my |our |new |old |la |le "
    r"|el |a |o |das |die |der |mon |ma )*" + LEAD_CORE + r"(?:\s*/\s*(?:pin|key|code|passphrase|pass ?word))?"
)


# Not "PSK" in a security name ("WPA2(PSK/AES/AES)", "WPA2-PSK", "PSK/SAE"): a pasted scanner readout has it on
# every line, and the network names after it were hidden as keys (a blind exploratory test's macOS `airport -s`).
PASSWORD_WORD_RE = lazy(rf"(?<![\w])(?!psk[/)\-])(?<![(/\-]){LEAD_CORE}(?![\w])", re.IGNORECASE)


LEAD_ONLY_RE = lazy(rf"^{LEAD_WORDS}$", re.IGNORECASE)


# Digits that name something else: a date, a barcode, a model or a phone number said as one.
NOT_KEY_CONTEXT_RE = lazy(r"(?:barcode|ean|upc|model|serial|part|sku|order|invoice|tracking|phone|call|ring"
                           r"|text me|mobile|cell|number is|zip|postcode)\W+(?:\w+\W+){0,3}$", re.IGNORECASE)


NOT_KEY_AFTER_RE = lazy(r"^\W*(?:but\W+)?(?:is|thats|that's|it's|its|that is|it is)\W+(?:just\W+)?(?:the\W+|a\W+)?"
                         r"(?:barcode|ean|upc|serial|model)", re.IGNORECASE)


# Alphabetic parts of names customers type that look like keys but are not (models, bands, security labels).
NOT_KEY_PARTS = frozenset("""
wpa wpa2 wpa3 psk sae ccmp tkip ess wps wep rsn aes ieee personal enterprise mixed owe
iphone ipad galaxy pixel android samsung motorola moto oneplus huawei xiaomi redmi nokia macbook
ghz mhz dbm db ch channel band 2g 5g 6g ac ax ssid bssid mac ip dhcp dns lan wan rssi signal freq frequency
security noise quality level width mode encryption
wlan passwort schluessel schlussel contrasena clave passe motdepasse senha wachtwoord
netgear linksys arris xfinity xfinitywifi comcast spectrum att verizon tmobile tp link tplink asus eero orbi
google nest deco ubiquiti unifi mesh belkin dlink huawei sky bt virgin optimum cox centurylink vodafone telekom
bell rogers shaw telus optus telstra plusnet talktalk ee frontier fios starlink tenda mercusys zyxel sagemcom
technicolor zte fritz fritzbox livebox freebox sfr bouygues movistar claro jio airtel
photon argon boron particle
""".split())


# Makers and product lines whose model follows their name ("NETGEAR R6700v3", "Archer C7"): that token is the model.
MAKERS = frozenset("""
netgear linksys arris asus eero orbi deco ubiquiti unifi belkin dlink d-link huawei zyxel tenda mercusys sagemcom
technicolor zte fritz fritz!box fritzbox archer nighthawk motorola tp-link tplink model
""".split())


def after_maker(before: str) -> bool:
    """Whether the word just before a token names a router's maker or product line (the token is its model)."""
    words = before.split()
    return bool(words) and words[-1].strip("(\"'").lower() in MAKERS


SERIAL_RE = lazy(r"^(?:PH2|PH|P0|P1|P2A|P2|ARN|ARG|B40|B41|B52|BRN|E40|E41|E31|T40|T50|TRK|M40|M50|MSM)"
                  r"[A-Z0-9]{8,14}$")


ALWAYS_NAMED = (
    lazy(r"^[0-9a-fA-F]{24}$"),                       # device ID
    lazy(r"^[\w.+\-]+@[\w\-]+(\.[\w\-]+)+$"),         # e-mail
    lazy(r"^(https?://|www\.)", re.IGNORECASE),        # link
    lazy(r"^([0-9a-f]{2}[:\-]){5}[0-9a-f]{2}$", re.IGNORECASE),  # MAC address
    lazy(r"^-?\d+(\.\d+)?(ghz|mhz|dbm|db|%|g|m|min|mins|s|am|pm|x)$", re.IGNORECASE),  # a measure
    lazy(r"^#?\d{1,2}[.)]?$"),                          # a choice number
    lazy(r"^-\d+$"),                                    # a signal level
    lazy(r"^\d{1,2}:\d{2}(am|pm)?$", re.IGNORECASE),   # a time
    lazy(r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}$"),          # a date
    lazy(r"^802\.11\w*$"),
)


PHONE_RE = lazy(r"^\+?[\d()\-. ]{7,}$")


WORD_LANGS = ("en", "es", "fr", "de", "pt", "it", "nl", "pl", "ru")


@lru_cache(maxsize=8192)
def is_common_word(token: str) -> bool:
    """True for a short word in everyday use in one of the languages customers write in ("oui", "nein", "sim"):
    Zipf 4 or more, and shorter than the 8 characters a Wi-Fi key needs. A longer word ("sonnenschein") may be
    someone's key."""
    t = token.lower()
    return len(t) < 8 and any(zipf(t, lang) >= 4.0 for lang in WORD_LANGS)


@lru_cache(maxsize=8192)
def is_any_word(token: str) -> bool:
    """True when wordfreq knows `token` as an ordinary word in one of the languages customers write in."""
    t = token.lower()
    # The "small" lists (about 30k words each): the large ones cost 400 MB of memory for nine languages.
    return any(zipf(t, lang) >= (2.0 if lang == "en" else 3.0) for lang in WORD_LANGS)


def strip_value(value: str, start: int) -> tuple[str, int, int]:
    """Trailing sentence punctuation is not part of an unquoted key; symbols such as ! # $ are."""
    end = start + len(value)
    while len(value) > 1 and value[-1] in ".,;:?)]}\"'\u201d\u2019":
        value, end = value[:-1], end - 1
    while len(value) > 1 and value[0] in "(\"'\u201c\u2018[\u00bf\u00a1":  # and Spanish "¿Eso", "¡Hola" (explore6)
        value, start = value[1:], start + 1
    return value, start, end


def is_named_thing(token: str, after_lead: bool = False) -> bool:
    """True for what customers type that is not a key: serials, IDs, e-mails, numbers, model and security names.

    After an explicit lead ("password is 84736291") a long number is a key, not a phone number.
    """
    t = token.strip(".,;:!?()[]{}\"'")
    if is_shape(t):
        return True
    if not after_lead and PHONE_RE.match(t):
        return True
    if re.fullmatch(r"[^\W\d_]+['\u2019][^\W\d_]+", t) or LEAD_ONLY_RE.match(t):
        return True  # a contraction ("it's", "don't") or the word "password" itself
    parts = [p for p in re.split(r"[^a-z0-9]+", t.lower()) if p]
    if "-" in t and all(p.isalpha() and is_word(p, 3.0) for p in parts) and len(parts) <= 3:
        return True  # "Wi-Fi", "e-mail", "set-up", "long-ish"
    return any(p in NOT_KEY_PARTS or re.sub(r"\d+", "", p) in NOT_KEY_PARTS for p in parts
               if len(re.sub(r"\d+", "", p)) >= 2)


def is_key_like(token: str, after_lead: bool = False) -> bool:
    """A token that mixes letters with digits or symbols (or is a long number) and is not a named thing."""
    t = token.strip(".,;:?()[]{}\"'")
    if len(t) < 4 or len(t) > 63 or is_named_thing(t, after_lead):
        return False
    if t.rstrip("!?.").isalpha() and is_word(t.rstrip("!?."), 3.0):
        return False  # "done!", "yes!!": a word and its exclamation
    has_alpha = any(c.isalpha() for c in t)
    has_digit = any(c.isdigit() for c in t)
    has_symbol = any(not c.isalnum() for c in t)
    if has_alpha and (has_digit or has_symbol):
        return True
    return has_digit and not has_alpha and len(t) >= 8 and (after_lead or not PHONE_RE.match(t))


def is_non_word(token: str) -> bool:
    """A plain token that is no word in any language we see ("letmein"), long enough to be a key.

    "grandmas", "mums" (a possessive typed without its apostrophe) are words.
    """
    t = token.strip(".,;:!?()[]{}\"'")
    if t.lower().endswith("s") and is_any_word(t[:-1]):
        return False
    return len(t) >= 5 and t.isalpha() and not is_any_word(t) and not is_named_thing(t)


def is_shape(token: str) -> bool:
    """Serials, device IDs, e-mails, links, MAC addresses, measures and choice numbers: never a key."""
    t = token.strip(".,;:!?()[]{}\"'")
    return not t or any(p.match(t) for p in ALWAYS_NAMED) or (
        bool(SERIAL_RE.match(t.upper())) and t.isalnum() and any(c.isdigit() for c in t))


def digits_key(value: str, source: str, start: int) -> bool:
    """A run of 8+ digits that is not a date, a barcode, a model or a phone number by its context."""
    t = value.strip(".,;:!?()[]{}\"'")
    if not re.fullmatch(r"\d{8,63}", t):
        return False
    if re.search(r"\bso\s+$", source[:start]):
        return True  # "it was my phone number backwards so 3210090077": the story of the key, then the key
    return not NOT_KEY_CONTEXT_RE.search(source[:start]) and not NOT_KEY_AFTER_RE.match(source[start + len(value):])


ANSWER_WORDS = frozenset("""
yes no yep nope yeah nah ok okay sure maybe idk dunno ready done skip help agent restart stop start thanks
thx ty hi hello hey what why huh sorry hmm nothing none wait later correct right wrong true false yse ya yea
brb lol lmao omg np ttyl wtf smh fyi asap btw imo tbh rofl
wdym wym nvm nvmd ikr ik ngl ofc idc iirc irl imho tbf bruh bro yass yasss kk mk mhm hbu wyd hmu tysm omw fr frfr
istg ong jk wth ffs ugh meh welp yh yuh sry srry nw gtg g2g lmk idts idek
""".split()) | frozenset(SPELLINGS)


def is_answer(token: str) -> bool:
    """An answer word, however typed ("yess", "nope!", "rdy", "2"), is not a key."""
    t = fold(token).lower().strip(".,!?;:'\" ")
    if t in ANSWER_WORDS or re.fullmatch(r"#?\d{1,2}[.)]?", t) or not t:
        return True
    plain = message(token).plain
    return plain in ANSWER_WORDS or verdict(message(token)) is not None and len(plain.split()) <= 2


# A token right after these names a network or a device, not a key.
NAME_CONTEXT_RE = lazy(r"(?:name|named|called|ssid|network|connected to|wifi is|wi-fi is|serial|device|unit"
                        r"|id|model|model number|\bwifi|\bwi-fi|\bwi fi|\bwlan|\bon|\bjoins?|\bjoined|connects to"
                        r"|connecting to)(?:\s+(?:is|was|=|:))?[\s:=]*$", re.IGNORECASE)


# --- a token's neighbourhood that calls it a name, not a key (redact.py) ---

# A network's 5 GHz (or 2.4 GHz) name beside its other name: "2 names HomeNet and HomeNet-5G" (a blind exploratory
# round saw "HomeNet-5G" hidden as a password, the message having said "wifi password" before).
BAND_TAIL = lazy(r"[\s_\-.]*(?:5g|5ghz|5\.0|2g|2\.4g?(?:hz)?|24g?)$", re.IGNORECASE)


def band_variant(value: str, source: str) -> bool:
    """One of a network's two band names, both in the message ("VM4829174 and VM4829174-5G"): names, not keys."""
    base = BAND_TAIL.sub("", value)
    if base == value:  # the name without a tail: its twin with one is there too (explore7 hid both)
        return len(value) >= 3 and re.search(rf"(?<![\w-]){re.escape(value)}[\s_\-.]*(?:5g|5ghz|5\.0|2g|2\.4g?(?:hz)?|24g?)"
                                             r"(?![\w-])", source, re.IGNORECASE) is not None
    return len(base) >= 3 and re.search(rf"(?<![\w-]){re.escape(base)}(?![\w-])", source.replace(value, " ")) is not None


def name_said_last(before: str) -> bool:
    """The words before a quote last spoke of a name, not a key ("the new eero name and password (same name we used
    before, we kept it: 'Hendersons')": the sixth exploratory test's Wi-Fi name was hidden three times)."""
    names = [m.end() for m in re.finditer(r"(?i)\b(?:name|ssid|called|named|network)\b", before)]
    keys = [m.end() for m in re.finditer(r"(?i)\b(?:password|passcode|passphrase|pw|key|pass)\b", before)]
    return bool(names) and (not keys or names[-1] > keys[-1])


# "set it up on ResNet-Devices", "joined HomeNet": a network's name follows (explore5 hid one as a key).
SET_UP_ON = lazy(r"(?:set (?:it |this |the \w+ )?up|put (?:it|this) on|joined|join|switched (?:it )?to|moved (?:it )?to)"
                  r"\s+(?:on\s+)?$", re.IGNORECASE)


def named_elsewhere(value: str, source: str) -> bool:
    """Whether the message calls `value` a Wi-Fi's name somewhere ("the paper says wifi: SmithHome ... not SmithHome"):
    then it is no key wherever it stands (explore5 hid an old Wi-Fi name three times)."""
    if len(value) < 3:
        return False
    # "the network name is right (Kowalski_IoT, it's the 2.4ghz band)" (explore6 hid it); "And Henderson_Home is my
    # Wi-Fi, not a second unit" at the password question (explore13's n01: hidden, then every message and scan with it).
    return re.search(rf"(?:wifi|wi-fi|network|ssid|name|called|named)\s*(?:is|was|:|=)?\s*(?:(?:definitely |surely )?"
                     rf"(?:right|correct|fine|ok|okay)\s*)?[\"'(]?\s*{re.escape(value)}"
                     rf"(?![\w])|(?<![\w]){re.escape(value)}\s+(?:is|was|s|=)\s+(?:the|my|our|me|his|her|their|the\s+home)"
                     rf"\s+(?:old\s+|new\s+|home\s+|house\s+|own\s+|main\s+)?(?:wifi|wi-fi|wi\s+fi|network|name|ssid|router)"
                     rf"|(?<![\w]){re.escape(value)}\s*\(\s*(?:the\s+|my\s+|our\s+)?(?:wifi|wi-fi|network|ssid)"
                     rf"|(?<![\w]){re.escape(value)}[\"']?\s+(?:network|wifi|wi-fi|wi\s+fi|ssid)\b",
                     source, re.IGNORECASE) is not None
