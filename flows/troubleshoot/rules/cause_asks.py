"""The customer's own guess at the cause, asked: "could the router be running out of addresses?", "is it because my
wifi is on channel 13?", "could the pi-hole be blocking it?". The sixth blind exploratory test asked each of these and
got "Take your time", the next question, or "Your case is with our support team". Each gets its answer (flows/
troubleshoot/copy_asks.py), by what the unit can and can't do (docs/particle-facts.md section 2).

A guess needs a question (a question mark, or "could it be", "maybe", "I wonder if") and the thing's own words; a
statement ("my router is on channel 6", "I already turned the pi-hole off") or a question about something else ("how
do I find the channel?") is none. Read on the plain text (see text.message). Pure functions.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules import context
from flows.troubleshoot.rules.text import message

__all__ = ["cause_asked"]

# Asking whether something is the cause, or guessing at it.
_GUESS = lazy(r"\b(?:could|can|might|may|would|will) (?:it|that|this|the [\w-]+|my [\w-]+|there|they|we)\b[^.?!]{0,60}"
              r"\b(?:be|cause|causing|block|blocking|stop|stopping|affect|affecting|mess|interfer\w*|the (?:problem|issue"
              r"|reason|cause|culprit))\b"
              r"|\b(?:is|are|was) (?:it|that|this|the [\w-]+|my [\w-]+|they)\b[^.?!]{0,40}\b(?:because|due to|the (?:problem"
              r"|issue|reason|cause|culprit)|blocking|causing|stopping|to blame)\b"
              r"|\b(?:maybe|perhaps|probably|possibly) (?:it|its|it s|the|that|this|my|a|because|due)\b"
              r"|\b(?:i wonder|wondering|do you think|you think|what if|any chance|is it"
              r" possible|suspect|my guess|i bet|could be|might be|related to|to do with|to blame)\b"
              r"|\b(?:because of|due to|the (?:problem|issue|reason|cause|culprit)) (?:is |being |was )?(?:the |my |our )?"
              # "60 devices on it, is that too many?", "it's on channel 13, is that why?"
              r"|\b(?:is|would|could|does|might|will) (?:that|this|it) (?:be )?(?:too many|a problem|an issue|matter"
              r"|the problem|the issue|ok|okay|why|bad|fine|relevant|count|it|enough|strong enough|good enough)\b"
              # Round 35's own phrasings: "is the charger too weak maybe", "does it need a stronger adapter".
              r"|\b(?:is|are|was) (?:it|that|this|the [\w-]+|my [\w-]+)\b[^.?!]{0,30}\b(?:too (?:weak|old|long|thin|small"
              r"|cheap|low)|not (?:enough|strong enough|powerful enough|good enough))\b"
              r"|\b(?:does|do|would|will|should) (?:it|this|that|i|we) need (?:a |an )?(?:stronger|bigger|better|different"
              r"|proper|more powerful|higher|new)\b|\bmaybe$"
              # "do I need to buy a new router?", "would a new modem fix it", "should we replace the router" (explore11's
              # n03 got "You mentioned a new router").
              r"|\b(?:do|does|should|would|will|must|shall) (?:i|we|you) (?:need|have|want) to (?:buy|get|replace|change"
              r"|upgrade)\b|\b(?:would|will|could|can|might) (?:a|an|getting a|buying a) (?:new|newer|different|better)\b"
              r"|\b(?:should|shall) (?:i|we) (?:buy|get|replace|upgrade)\b|\bneed (?:a|an) (?:new|newer)\b"
              # "is it the eero's fault? should i turn off the band steering" (explore11's n10)
              r"|\b(?:is|was|could|would|might) (?:it|this|that)(?: be)? (?:the |my |our )?\w*(?: s)? fault\b"
              r"|\b(?:should|shall) (?:i|we) (?:turn|switch) (?:\w+ ){0,3}(?:off|on)\b")

_TOPICS = (
    # Something between the unit and our servers (only once the unit has joined the Wi-Fi).
    ("firewall", lazy(r"\b(?:pi[- ]?hole|adguard|ad[- ]?block\w*|ad[- ]?guard|firewall\w*|fire wall|iot (?:protection|security)"
                      r"|parental controls?|dns (?:filter\w*|block\w*)|blocked ports?|ports? (?:\d+|blocked)|vpn|security"
                      r" (?:setting|feature|suite|filter)s?|norton|bitdefender|family (?:filter|safety)|content filter\w*"
                      r"|blocklists?|block ?lists?|armor|advanced (?:security|protection)|custom dns|nextdns|opendns"
                      r"|(?:security |broadband |sky |bt |web )?shield|safe ?browsing|web (?:protection|filter\w*)"
                      r"|(?:internet|network|home network|online) (?:security|protection)|malware (?:protection|block\w*)"
                      r"|secure ?net|home ?guard|circle app|kid ?safe|safe ?search"
                      r"|dns)\b")),
    ("width", lazy(r"\b(?:40 ?mhz|ht[- ]?40|ht ?20 ?40|channel width|bandwidth|wide channel|20 ?/ ?40|20 40"
                   r"|channel bonding|wider channel)\b")),
    ("mac_filter", lazy(r"\b(?:mac[- ](?:address )?filter\w*|mac (?:list|whitelist|allow[- ]?list)|allow[- ]?list"
                        r"|allowlist|whitelist\w*|white[- ]list\w*|approved devices|access control|only (?:approved|known|my)"
                        r" devices|device (?:list|whitelist|filter\w*)|block\w* (?:unknown|new) devices|new devices"
                        r" (?:are )?(?:blocked|need approval)|(?:list of |only )?(?:allowed|approved|trusted|known|permitted)"
                        r" devices|devices (?:he|she|i|we|they) (?:allowed|approved|added))\b")),
    # The power: an old charger, a long cable (a brown-out restart while connecting, docs/particle-facts.md 1.2).
    ("power", lazy(r"\b(?:charger|chargers|power (?:supply|adapter|brick|pack|cable|cord)|psu|plug adapter|adapter"
                   r"|(?:long|extension|thin|cheap|old) (?:usb )?(?:cable|cord|lead)|usb (?:cable|cord|lead)"
                   r"|\d(?:\.\d)? ?(?:a|amps?|ma)|amps?|voltage|volts?|brown ?out|power bank"
                   r"|(?:wall |power )?(?:socket|outlet|power point)|power strip|extension (?:lead|cord)|wall plug|power plug"
                   r"|(?:the |my |this |that )(?:usb |power )?(?:cable|cord|lead)(?! (?:to|from|into|in|on) (?:the |my )?"
                   r"(?:router|modem|internet|tv|box)))\b(?! (?:company|companies|provider|guy|man|bill|tv|internet|box|modem"
                   r"|operator|network|subscription|co)\b)")),  # "a new router from the cable company" (explore12's n08)
    ("dhcp", lazy(r"\b(?:dhcp|ip address(?:es)?|ips|addresses|address (?:pool|range)|ip (?:pool|range|limit)|out of"
                  r" (?:ips|addresses|room)|too many (?:devices|things|gadgets|clients)|lots of devices|number of"
                  r" (?:devices|clients)|device limit|max(?:imum)? (?:devices|clients|connections)|leases?"
                  r"|\d{2,3} (?:devices|things|gadgets|clients|connections))\b")),
    ("channel", lazy(r"\bchannel (?:1[234]|\d{1,2}|number)\b|\bch ?1[234]\b|\b(?:high|wrong|auto|same|weird|crowded|busy|odd)"
                     r" channel\b"
                     r"|\bthe channel\b(?! width)|\bchannels? (?:12|13|14)\b")),
    # A new router wished for: whether one is needed (last: "a new charger" is the power's).
    ("new_router", lazy(r"\b(?:new|newer|another|different|better|replacement|modern) (?:\w+ )?(?:router|modem|wifi router"
                        r"|internet box|wifi box)\b|\b(?:router|modem) (?:is |being )?(?:too old|outdated|broken|faulty"
                        r"|dead|dying|bad)\b|\b(?:replace|replacing|upgrade|upgrading) (?:my|the|our) (?:\w+ )?(?:router|modem)\b")),
)


def cause_asked(text: str) -> str | None:
    """Which cause the customer asks about ("dhcp", "channel", "width", "firewall", "mac_filter", "power",
    "band_steering", "new_router"), or None."""
    msg = message(text)
    plain = msg.plain
    if (_BAND_STEERING.search(plain) or (_BANDS.search(plain) and _JOINED.search(plain))) and \
            ("?" in msg.raw or ASKED_OPENING.search(plain) or _GUESS.search(plain)):
        return "band_steering"  # rarely with its question mark (the round 53 blind set)
    if not ("?" in msg.raw or _GUESS.search(plain)):
        return None
    if "?" in msg.raw and not _GUESS.search(plain) and not _BARE_ASK.search(plain) and not _MAYBE.search(plain):
        return None
    for topic, pattern in _TOPICS:
        if pattern.search(plain) and not _HOW_ASKED.search(plain):
            if topic == "new_router" and (context.first_change(text) or context.changed_since_setup(text)):
                return None  # "we got a new router last week, does that matter": told, and acted on
            return topic
    return None


# One name for both bands, pushed by the router: "is it the eero's fault? should i turn off the eero band steering"
# (explore11's n10 got its router's lights explained).
_BAND_STEERING = lazy(r"\b(?:band ?steering|steering|smart ?connect|band select\w*|smart steering"
                      r"|(?:should|shall|do|can|could|would) (?:i|we|you) (?:\w+ )?(?:split|separate|seperate|unmerge))\b")
# Both bands under one name, in other words: a band word and a joining word in the message ("my 2.4 and 5g are
# combined", "both networks have the same name").
_BANDS = lazy(r"\b(?:2 4|5 ?g(?:hz)?|bands?|networks?|frequenc\w*|ssids?|wifis)\b")
_JOINED = lazy(r"\b(?:combin\w*|merg\w*|together|same name|one name|single name|one ssid|same ssid|mixed|under one)\b")
# Asked, not told: a question mark, or a sentence that opens as a question ("should i switch off smart connect",
# "would band steering mess it up"); not "I turned off smart connect and it works now" (round 33's own fix).
ASKED_OPENING = lazy(r"(?:^|[.!;,]\s*)(?:(?:so|ok|okay|but|and|also|then|hey|hi|um|hmm|oh|wait|sorry|btw|quick question)"
                     r"\s+)*(?:should|shall|would|could|does|do|is|are|can|will|may|might|any chance|maybe|what if"
                     r"|could it be|is it)\b")


# "maybe the mac filter?": a guess, with its question mark ("maybe 40 devices" alone is an estimate).
_MAYBE = lazy(r"\b(?:maybe|perhaps|possibly|probably)\b")
# "channel 13?", "the pi-hole??": a bare guess with a question mark.
_BARE_ASK = lazy(r"^(?:(?:ok|so|hmm|um|well|and|or|no|yes|nope|yeah|ok so)\s+)*(?:what about |how about |or )?(?:the |my |a )?"
                 r"[\w ]{0,30}$")
# A question about finding or doing the thing, not whether it is the cause.
_HOW_ASKED = lazy(r"\b(?:how do i|how can i|how to|where (?:do|can|is|are)|what is (?:a|an|the)|whats (?:a|an|the)"
                  r"|what does .{0,20} mean)\b")
