"""A change the bot asked for in the router's settings, told as done ("k switchd to wpa2/wpa3", "turned the 2.4 GHz
back on and re-did the setup", "done"), as against one not made yet ("I'll do it tonight", "can't log into the
router", "how do I change it?"). Read at the router questions that follow the fix (explore13's n11: such news got
"Sorry, I didn't catch that" and counted towards the hand-off). Pure function.
"""

from __future__ import annotations

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import message

__all__ = ["change_done", "yes_is_the_change"]

# "done", "ok did it", "all set", "changed it", "ok changed. now what": the whole message, or its first words.
_DONE_ALONE = lazy(r"^(?:(?:ok(?:ay)?|k+|kk|alright|right|yes|yep|yup|ya|yeah|sure|there|so|update)\W* )*"
                   r"(?:(?:its |it s |thats |that s |all |just )?(?:done|saved|sorted|changed|switched|updated|fixed)"
                   r"|did (?:it|that|this|so)|all set|finished|(?:changed|switched|fixed|saved) (?:it|that)|there we go"
                   r")\b(?! (?:to|on|off|from|in|with)\b)")
# A change verb in the past, with what it changed near it: "switched to mixed mode", "enabled the 2.4ghz band".
_CHANGED = lazy(r"\b(?:switch(?:ed|d)|chang(?:ed|d)|turn(?:ed|d)|flip(?:ped|d)|toggl(?:ed|d)|enabl(?:ed|d)|disabl(?:ed|d)"
                r"|activat(?:ed|d)|re ?enabl(?:ed|d)|updat(?:ed|d)|select(?:ed|d)|picked|chose|went|split|separated|ticked"
                r"|checked|unticked|unchecked"
                r"|renamed|(?:set|put)(?= (?:\S+ ){0,3}(?:to|on|back|onto)\b))\b"
                r"(?: \S+){0,6}? (?:to |on |back |onto )?(?:the |my |our )?"
                r"(?:wpa\w*|mixed|transition|security|encryption|2[.,]?4\w*|24 ?ghz|2 ?4 ?g|band|bands|setting|settings"
                r"|mode|it|that|this|network|wifi|wi fi|radio)\b")
# "2.4 is back on", "security mode now wpa2", "2.4 band activated", "the router is now on wpa2".
_IS_NOW = lazy(r"\b(?:2[.,]?4\w*|24 ?ghz|wpa\w*|security|mode|band)(?: \S+){0,3}? (?:(?:is|s|are) )?(?:now |back )*"
               r"(?:on|enabled|up|wpa\w*|mixed|set|changed|switched|turned on|active|activated|selected)\b"
               r"|\b(?:smart connect|band steering)(?: \S+){0,2}? (?:(?:is|s) )?(?:now )?(?:off|disabled|turned off)"
               r"|^(?:(?:ok|okay|k|so) )?now (?:on |using )?(?:wpa\w*|mixed|2[.,]?4\w*)"
               r"|\b(?:router|wifi|network|modem)(?: \S+){0,2}? (?:is|s) (?:now |back )*(?:on )?(?:wpa\w*|mixed|2[.,]?4\w*)")
# The set-up done again, the settings saved, the change made: "re-did the setup", "saved and rebooted".
_REDONE = lazy(r"\b(?:re ?did|redid|re ?done|redone|reconnected|re ?paired|re ?added|set (?:it|him|her|the \w+) up again"
               r"|did (?:the )?set ?up again|saved (?:it|the|and|changes|settings)|applied (?:it|the|changes)"
               r"|(?:made|did) (?:the|that|those|this|these) changes?|did (?:what|as) you (?:said|asked|told|suggested)"
               r"|(?:wpa\w*|mixed|2[.,]?4\w*) (?:\S+ )?(?:selected|saved|applied)|(?:it s|its|it is|all) saved"
               r"|(?:i|we) (?:have |ve )?(?:done|did) (?:it|that|this|so)|(?:has|have|s|its) been (?:changed|switched"
               r"|updated|turned on|enabled|done|saved))\b")
# Not done: negated, to come, asked how, or not possible.
_NOT_DONE = lazy(r"\b(?:not|didnt|didn t|did not|havent|haven t|have not|hasnt|cant|can t|cannot|couldnt|couldn t"
                 r"|wont|won t|will|ll|gonna|going to|later|tonight|tomorrow|how|where|once i|when i|if i|should i"
                 r"|do i|can i|trying|try to|unable|no idea|dont know|don t know|dunno|not yet|yet|need to|have to"
                 r"|has to|let me|want me|nothing)\b")


def change_done(text: str) -> bool:
    """Whether the message tells a change in the router's settings as made (the set-up done again counts too)."""
    msg = message(text)
    plain = msg.plain.replace("-", " ")
    if _DONE_ALONE.search(plain):
        return True  # "done, not sure about the registration thing": the words after it are another matter
    for found in (_CHANGED.search(plain), _IS_NOW.search(plain), _REDONE.search(plain)):
        if found and not _NOT_DONE.search(plain[max(0, found.start() - 25):found.end()]):
            return True
    return False


# What each router question is about: a "yes" beside the news of a change answers it only when it names its topic
# ("yes, new devices need approval here, and I switched it to wpa2"). "ok done", "I've made the change" and "yep,
# changed to mixed" read as a yes to whatever was asked, and are the change's.
_TOPICS = {
    "mac_filter": lazy(r"\b(?:regist\w*|approv\w*|sign\w*|log ?in|login|portal|mac|whitelist\w*|allow ?list|permission\w*"
                       r"|admin\w*|it (?:department|dept|team|guy)|office|school|campus|dorm|building|apartment\w*"
                       r"|landlord|add(?:ed)? (?:new )?devices?|new devices?|vet\w*|need\w*|required?)\b"),
    "guest": lazy(r"\b(?:guest|visitor|sign\w*|log ?in|login|portal|hotel|cafe|page|accept\w*|terms)\b"),
    "many_devices": lazy(r"\b(?:devices?|gadgets?|things|lots|many|loads|\d+)\b"),
    "internet": lazy(r"\b(?:internet|online|work\w*|load\w*|brows\w*|stream\w*|phone|laptop|tv)\b"),
}


def yes_is_the_change(text: str, question: str | None) -> bool:
    """Whether a "yes" read in a message that tells the change as made is only that news, not an answer to
    `question` (the router question being asked: rq_current)."""
    topic = _TOPICS.get(question or "")
    return topic is None or not topic.search(message(text).plain)
