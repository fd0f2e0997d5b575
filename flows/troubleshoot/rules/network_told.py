"""What a customer tells about their Wi-Fi beside an answer, which decides whether the unit can join it: the network's
name is hidden ("it's BobNet but it's hidden, I type it in by hand"), the signal is weak where the unit is ("it's in
the basement, my phone gets 1 bar there"), and the key has a letter the unit can't use ("it has an ü in it"). The
fifth blind exploratory test told each and heard nothing back: the checklist went on.

Facts from docs/particle-facts.md section 2: an Argon can't join a hidden network and a Photon or P2 needs extra
set-up; the key must be plain (7-bit ASCII) characters; about -70 dBm at the unit is already weak. Pure functions; the
letters are read on the message as sent (the plain text folds "ü" away), the rest on the plain text (text.message).
"""

from __future__ import annotations

import re
import unicodedata

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import Message

__all__ = ["called", "hidden", "key_letters", "no_key", "router_login", "typed_by_hand", "weak"]

_HIDDEN = (
    r"(network|wifi|ssid|name) is hidden", r"hidden (network|wifi|ssid|name)", r"^hidden$",
    r"^(its|it is|it s|thats|that is) hidden$", r"(doesnt|does not|dont|wont) (show|broadcast|appear)",
    # "my son made it hidden", "its set to hidden", "the network's invisible", not "the router is hidden behind the TV"
    r"(its|it is|it s|thats|which is|network is|wifi is|set to|set as|made it|make it|keep it|kept it|made the \w+|"
    r"is) ((?!called |named )\w+ )?(hidden|invisible|secret|not visible|not broadcast|not broadcasting)(?! (behind|under|in|inside|away"
    r"|from|by|on|at|somewhere))",
    r"(isnt|not|never|doesnt|dont|wont|cant|cannot) (\w+ ){0,3}(in|on) (the|my|our|any) (\w+ )?(list|wifi list|networks)",
    r"(type|typed|enter|entered|add|added|put|write|written|key|keyed) (\w+ ){0,4}(manually|by hand|in myself)",
    r"broadcast(ing)? (is |has been |was )?(turned |switched )?(off|disabled)",
    r"(turned|switched|turn|switch) off (the )?(ssid |name |network )?broadcast", r"(disabled|unticked) (the )?(ssid )?broadcast",
    r"(isnt|is not|not|never) (show|shows|showing|appearing|appear|listed|visible|discoverable)", r"undiscoverable",
    r"(nobody|no one|noone|others|people|guests) (\w+ )?(cant|cannot|can t|couldnt|dont|do not) see (it|the name|my"
    r" network|the network|my wifi|the wifi|our wifi|our network)\b",
    r"hide ssid", r"hidden ssid", r"secret (network|wifi)", r"\binvisible (network|wifi)", r"stealth",
)

_FEW_BARS = lazy(r"\b(?<!full )(?<!all )(?:1|one|2|two|a single|half a|no|zero|0) bars?\b|\bbarely (?:a|one|any) bar"
                 r"|\ba bar or two\b|\b(?:almost no|hardly any|barely any|not much|very little|little to no|low)"
                 r" (?:wifi|signal|reception|coverage|bars)\b"
                 r"|\b(?:far|other|opposite) (?:end|side|corner) of the (?:house|building|yard|property|garden|flat)")
_WEAK_WORD = (r"(?:weak|bad|poor|terrible|crap|crappy|spotty|patchy|lousy|low|awful|horrible|sketchy|iffy|flaky|dodgy"
              r"|sucks|stinks|rubbish|garbage|meh|unreliable|intermittent|barely|hardly|struggles|cuts out|drops out"
              r"|in and out|on and off|comes and goes|not (?:too |very |that |so )?strong|isnt (?:too |very |that |so )?strong"
              r"|isnt great|not very good|so so)")
_WEAK = lazy(
    rf"\b{_WEAK_WORD} (?:wifi |wi fi )?(?:signal|reception|coverage|connection|wifi)\b"
    rf"|\b(?:signal|reception|coverage|wifi|connection)\b(?: \w+){{0,6}}? (?:{_WEAK_WORD}|not great|not good"
    rf"|not the best|hit or miss)\b"
    r"|\bdead (?:zone|spot)\b|\b(?:wifi|signal) (?:doesnt|does not|dont|barely|hardly) (?:\w+ )?reach"
    r"|\b(?:drops|drop|loses|lose|loosing|losing) (?:the )?(?:wifi|signal|connection)(?! now and then)"
    r"|\bfar (?:away )?from the (?:router|modem|wifi|hub)\b|\b(?:barely|hardly) (?:gets |get |picks up |pick up )"
    r"(?:any |a |much )?(?:wifi|signal|reception|bars?)\b")
_STRONG = lazy(r"\b(?:full|all|great|good|strong|fine|perfect|excellent|decent|3|4|5|three|four|five) (?:bars|signal)\b"
               r"|\b(?:signal|wifi|reception) (?:is|s) (?:fine|good|great|strong|perfect|ok|okay|excellent|full)\b"
               r"|\bnot (?:weak|bad|far)\b|\bno (?:problem|issue)s? with (?:the )?(?:signal|wifi)")

# A letter the unit can't use, described: "an accent on the e", "the u with two dots", "a heart emoji".
_DESCRIBED = lazy(r"\b(?:accent|accents|accented|umlaut|umlauts|tilde|cedilla|diacritics?|two dots|2 dots|dots over"
                  r"|emoji|emojis|emoticon|smiley|euro sign|euro symbol|special letters?|foreign letters?"
                  r"|non english (?:letters?|characters?)|(?:chinese|japanese|korean|cyrillic|russian|arabic|greek"
                  r"|hebrew|thai|hindi|kanji|hiragana|katakana|mandarin|french|german|spanish|polish|swedish|danish"
                  r"|norwegian|portuguese|turkish|czech|icelandic|vietnamese) (?:characters?|letters?|symbols?|writing"
                  r"|alphabet|script)|(?:chinese|japanese|korean|russian|arabic|greek|hebrew|thai) words?|spanish n"
                  r"|non (?:english|latin|ascii) (?:letters?|characters?)|degree (?:sign|symbol)"
                  r"|with (?:a|the|an) (?:squiggle|squiggly|line|slash|dot|dots|hat|tail|circle|ring|mark)s? (?:over"
                  r"|above|under|through|on|in)|umlauted)\b")
_NOT_BEFORE = lazy(r"\b(?:no|not|without|dont|doesnt|isnt|never|nothing|none|zero)\b(?! sure)(?: \w+){0,2} $")
_KEY_WORD = lazy(r"\b(?:password|pass|passcode|key|pw|pwd|it|has|have|with|contains|includes|got)\b")


# The name told in so many words: "its called SecretNet", "named 'Batcave'" (beside "it's hidden": round 12 lost it).
_CALLED = lazy(r"\b(?:called|named|name is|name's)\s+[\"'\u201c]?(?P<name>[^\s,.!?;\"\u201d]{2,32})", re.IGNORECASE)


def called(raw: str, whole: bool = False) -> str | None:
    """The network's name told with "called" or "named", as sent; with `whole`, only a name that ends where its
    sentence does ("it's called ATT8h2Kq.", not "called Casa Bella" or "name is X_5G no sorry X")."""
    told = _CALLED.search(raw)
    if told is None or (whole and re.match(r"[\"'\u201d]?\s*(?:$|[.,!?;]|\n)", raw[told.end():]) is None):
        return None
    if told.group("name").lower() in _NOT_CALLED:
        return None  # "yes the name is right, HomeNet": said of the name, not the name (it was kept as "right")
    return told.group("name")


_NOT_CALLED = frozenset("right correct fine ok okay good wrong the same exactly spelled different case also too "
                        "definitely just".split())


def hidden(msg: Message) -> bool:
    """The network's name is hidden (not broadcast), said beside the answer or as it; not a name that starts with
    "Hidden" ("my wifi is Hidden Valley")."""
    if re.search(r"\b(?:Hidden|HIDDEN|Secret|SECRET|Invisible) (?!SSID|Ssid|Network|NETWORK|Wi-?Fi|WIFI|Name|NAME)"
                 r"[A-Z0-9]", msg.raw):
        return False
    return msg.has(*_HIDDEN)


def weak(msg: Message) -> bool:
    """A weak signal where the unit is told ("1 bar in the basement", "the wifi is spotty out there")."""
    plain = msg.plain
    return bool(_FEW_BARS.search(plain) or _WEAK.search(plain)) and not _STRONG.search(plain)


def key_letters(msg: Message) -> bool:
    """The Wi-Fi key has a letter the unit can't use: one typed that isn't plain ASCII (a letter, an emoji, a
    currency sign), or one described; not "no special letters"."""
    # A symbol counts inside a word only: "same wifi same password 🙄" has no emoji in a key (the eighth exploratory
    # test was told its password had special characters).
    typed = any(ord(ch) > 127 and (unicodedata.category(ch)[0] == "L" or unicodedata.category(ch) == "Sc" or
                                   unicodedata.category(ch) == "So" and re.search(r"[A-Za-z0-9]", word))
                for word in msg.raw.split() for ch in word)
    # Not the network's name ("my WiFi network with SSID 💩": another finding, read with the name).
    if typed and _KEY_WORD.search(msg.plain) and (
            not re.search(r"\b(?:ssid|network name|wifi name|name)\b", msg.plain)
            or re.search(r"\b(?:password|passcode|pw|pwd|key|passphrase)\b", msg.plain)):
        return True
    lower = " ".join(re.sub(r"[^\w\s]", " ", msg.raw.lower()).split())
    found = _DESCRIBED.search(lower)
    return found is not None and not _NOT_BEFORE.search(lower[:found.start()])


# The Wi-Fi's name typed by hand at the set-up, not picked from the list ("the wifi wasnt in the list so i just typed it
# in myself as Mikes WiFi": the seventh blind exploratory test's name had an apostrophe and an emoji, and was thanked).
_NAME = r"(?:it|the name|the wifi|the network|the ssid|ssid|(?:the |my |our )?(?:wifi|wi fi|network|router)(?: s)? name|my wifi|my network|that|mine)"
_TYPE = r"(?:typed|typing|type|entered|entering|enter|put|putting|wrote|written|write|keyed|punched|spelled|spelt|added)"
_TYPED_BY_HAND = lazy(
    rf"\b{_TYPE} (?:in )?{_NAME}(?: name| in| out| myself){{0,3}} (?:in )?(?:myself|manually|by hand|in myself|in by hand"
    r"|on my own|with the keyboard)\b"
    rf"|\b(?:manually|by hand|myself) (?:typed|entered|put|keyed|wrote|added|typed out)\b"
    rf"|\b{_TYPE} (?:in |out )?(?:(?:the |my )?(?:wifi |network )?(?:details|info|information)|(?:(?!password|passwords|pass|pw|pwd|key|passcode|code|pin)\w+ ){{1,3}}?)(?:in )?"
    r"(?:manually|by hand|myself|in myself)\b"
    r"|\b(?:didnt|did not|didn t|couldnt|could not|couldn t|wouldnt|would not) (?:find|show|see|list|pick up|detect)\b"
    rf".{{0,50}}\b{_TYPE} (?:it|the name|the wifi|the network|my wifi|my network|the ssid) (?:in|out)\b"
    r"|\b(?:wasnt|was not|wasn t|isnt|is not|not) (?:there|listed|showing|showing up|on there|visible)\b"
    rf".{{0,50}}\b{_TYPE} (?:it|the name|the wifi|the network|my wifi|my network|the ssid) (?:in|out)\b"
    rf"|\bhad to {_TYPE} (?:in |out )?{_NAME}\b|\b{_TYPE} (?:in |out )?(?:the |my )?(?:wifi |network )?name myself\b"
    r"|\bby typing (?:it|the name|in the name|the network|the wifi)\b"
    r"|\b(?:join other|add (?:a )?network|manual (?:entry|setup|option)|enter (?:it )?manually|hidden network option"
    r"|(?:chose|choose|picked|pick|selected|select|tapped|tap|clicked|click|used|hit) (?:the )?(?:other|other network"
    r"|other option))\b"
    r"|\b(?:didnt|did not|didn t|couldnt|could not|couldn t) (?:\w+ )?(?:pick|choose|select|tap|click) (?:it|my wifi|my network"
    r"|the network|the wifi|the name) (?:from|in|off|on) (?:the|that) list\b"
    r"|\b(?:wasnt|was not|wasn t|didnt show|did not show|didn t show|wasnt showing|not) (?:up )?(?:in|on)"
    r" (?:the|that) list\b(?:.{0,40}\b(?:typed|entered|put|wrote))"
)


def typed_by_hand(msg: Message) -> bool:
    """Whether the customer says they typed the Wi-Fi's name at the set-up instead of picking it from the list (asked
    or told: "i typed it in manually, could that be it?")."""
    return _TYPED_BY_HAND.search(msg.plain) is not None


# A Wi-Fi with no password at all ("the hotel wifi has no password", "there is no wifi password its open, u just log
# in on the page"): the password question does not apply (explore9's n04 was asked for the router sticker's, twice).
_NO_KEY = lazy(r"\bno (?:wi ?fi |network )?(?:password|pass|passcode|key)\b(?! (?:for|on|to) (?:the |my )?(?:app|account))"
               r"|\b(?:doesnt|does not|dont|do not) (?:have|need|ask for|use) (?:a |any )?(?:wi ?fi )?(?:password|key)\b"
               r"|\b(?:its|it s|wifi is|network is|its an) open(?: network| wifi)?(?: \w+)?$|\b(?:its|it s) open (?:u|you) \w+")


def no_key(msg: Message) -> bool:
    """The customer says the Wi-Fi has no password (an open network, often with a sign-in page)."""
    return any(_NO_KEY.search(clause) for clause in msg.clauses) or _NO_KEY.search(msg.plain) is not None



# The router's own login typed for the Wi-Fi's key ("the password admin1234 which is the one my son wrote on the paper
# for the router", the ninth blind exploratory test's n05, was taken as the Wi-Fi's): the settings page's password,
# "admin", the box's management login. Not "the wifi one, not the admin one".
_LOGIN = lazy(
    r"\badmin(?:istrator)?(?: \w+){0,2}? (?:password|pass|pw|pwd|login|log in|one|code)\b"
    r"|\b(?:password|pass|pw|login|username|user name|user)(?: is| was| for| of)? (?:the )?admin\b|\badmin(?: and|/) ?admin\b"
    r"|\b(?:router|modem|box|hub|gateway|routers|modems)(?: s)? (?:own )?(?:login|log in|admin|settings|setting|management|"
    r"web|config\w*|interface|page|app)(?: \w+){0,2}? (?:password|pass|pw|code)\b"
    r"|\b(?:password|pass|pw|code|one)(?: \w+){0,2}? (?:to|for) (?:log ?(?:ging )?in(?:to)?|open\w*|access\w*|get\w* into|"
    r"enter\w*|go into|sign\w* in(?:to)?|manag\w*) (?:the |to the |my |our )?(?:router|modem|box|hub|gateway|settings|admin"
    r"|web page|page|app)"
    r"|\b(?:log|logged|logging|sign|signed|get|got) (?:in|into|on)(?: to)? (?:the |my |our )?(?:router|modem|box|hub|gateway)"
    r"(?: s)?(?: (?:settings|page|app|admin|with))?\b(?! sticker| label)|\b(?:web ?ui|gui|management|admin(?:istration)?|"
    r"default login|device access|installer ?s?|engineer ?s?) (?:\w+ )?(?:password|pass|pw|code)\b|\bpassword (?:\w+ ){0,2}"
    r"(?:to|for) (?:change|changing|chang\w*) (?:the )?(?:router|wifi|settings)|\btplinkwifi|\brouterlogin|\bmyrouter"
    r"|\badmin\d+\b|\b(?:192 168|10 0 0 1|192\.168)|\b(?:login|log in|sign in) (?:password|details|page) (?:for|of|on) (?:the )?"
    r"(?:router|modem|box|hub)")
_NOT_LOGIN = lazy(r"\bnot (?:the |a |my )?(?:router s |routers )?(?:admin|login|log in|settings)\b|\bwasnt (?:the )?admin\b")


def router_login(msg: Message) -> bool:
    """Whether the password typed at the set-up was the router's own login (its settings page), not the Wi-Fi's."""
    return bool(_LOGIN.search(msg.plain)) and not _NOT_LOGIN.search(msg.plain)
