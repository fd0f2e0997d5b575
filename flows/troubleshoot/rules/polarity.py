"""Yes, no or unsure, read clause by clause with negations and hedges kept inside their clause.

`verdict(msg)` answers a yes/no question from the words customers use ("yep", "i doubt it", "pretty sure",
"no, never", "🤷"). `cue_verdict(msg, yes, no)` reads content instead ("everything else works fine" means yes to
"do other devices have internet"): a cue in a negated clause counts the other way ("we dont have to register
anything"). Several clauses: the first decisive one counts, unless a later one corrects it ("yes. wait, no").
"""

from __future__ import annotations

from collections.abc import Iterable

from flows.lazy_re import lazy
from flows.troubleshoot.rules.text import CORRECTION_STARTS, Message, phrase_re

__all__ = ["NEGATORS", "cue_verdict", "negated_at", "verdict"]

NEGATORS = frozenset("not no never dont doesnt didnt isnt arent wasnt werent cant couldnt wont wouldnt havent "
                     "hasnt shouldnt without nothing none neither nor nobody hardly barely".split())
# Phrases checked before single words, because they contain them ("not sure" has "sure", "dont think so" "think so").
_UNSURE = (
    r"not (really |too |that |totally |100 ?% |entirely |completely )?sure", "unsure", r"(i )?dont know",
    r"no (idea|clue)", "not a clue", "maybe", "perhaps", "possibly", r"not (certain|positive)",
    r"(cant|dont|couldnt) (really |quite )?(remember|recall|tell|say|check|compare|count|judge|pick)",
    r"couldnt tell you", r"ages ago", r"never (counted|checked|looked)", r"havent (tried|checked|looked)",
    r"hard to (judge|see)", r"foggiest", r"in between",
    r"somewhere between", r"how (would|should|could|do|can|am) i (to )?(know|remember|tell)", "unclear",
    r"faintest idea", "unknown", r"(cant|couldnt|not able to) (verify|confirm|judge|call it|be sure)", "ambiguous",
    r"no line of sight", r"(im|i am) remote", r"dont have (admin )?access", r"too (quick|fast) to (see|tell|count)", r"colou?r ?blind",
    r"(id|i would|i will|ill|i|we) (have|need) to (check|look|ask|see|find out)", r"not (at )?home",
    r"(not|isnt|arent) (there|near it|nearby|with it)", r"(cant|not able to|unable to) check",
    r"havent (a|any) clue", r"(cant|couldnt) see (it|the light|the led|from here)", r"keeps? changing", r"(losing|lost|lose) count", r"no way (to|of) (know|tell|check)\w*", "who knows", r"(havent|didnt|never) (checked|looked)",
    r"might (be|have)", "could be", "not sure", r"no (way|how) (to|of) (know|tell)", "hard to (say|tell)",
    r"i (have|got) no (idea|clue)", "beats me", "no clue", "im confused", "uncertain", "50 50", "either way",
    "dont really know", "not that sure", "no sure", r"i guess(?! so)", "kind of", "sort of", "kinda", "sorta",
)
_NO = (
    r"(i )?doubt (it|that|so)", r"probably not", "not really", r"(i )?dont (think|believe) so", "not that i know",
    r"no way", "not at all", r"(definitely|absolutely|certainly|of course|surely) not", "i dont think", "nope",
    r"(it|that) (isnt|wasnt|doesnt|didnt)", "negative", "not at the moment", "nothing like that", "none",
    r"(they|we|it|i) (dont|doesnt|didnt|arent|isnt|havent|wasnt)", "not anymore", "never", "no sir",
    r"not (the case|true|right)", "false", "wrong", "incorrect",
)
_YES = (
    r"(i )?(think|believe|guess|suppose|reckon) so", "pretty sure", r"(im )?(quite|fairly|very|100 ?%) sure",
    # "right", not "right now", "right next to it", "right away" (round 34's tuning: "nothing has internet right now"
    # was a yes to the sign-in page question).
    "sure", "correct", r"right(?! (?:now|away|there|here|after|before|next|behind|beside|by|in|on|under|over|above|at"
    r"|outside|inside|back|side|hand|up|down|off|out|around|then|when|where|into|from|below))", "true", "affirmative", "absolutely", "definitely", "certainly", "of course",
    "for sure", r"(it|they|we|i|that) (does|do|did|is|are|was|were|has|have)", r"its (on|that|the|true|yes)",
    "yes", "ok", "okay", "k", "yup", "indeed", "that one", "confirmed", "positive", "should be", "must be",
    "i would say so", "looks like it", "seems so", "of course", "totally", "exactly", "thats it", "thats the one",
    "probably", "likely", "most likely", "mostly", r"(suppose|guess|reckon) (yes|so)",
)
_UNSURE_RE = lazy(r"(?<![a-z0-9])(?:" + "|".join(_UNSURE) + r")(?![a-z0-9])")
_NO_RE = lazy(r"(?<![a-z0-9])(?:" + "|".join(_NO) + r")(?![a-z0-9])")
_YES_RE = lazy(r"(?<![a-z0-9])(?:" + "|".join(_YES) + r")(?![a-z0-9])")
_LEAD_NO = frozenset({"no", "n", "not", "negative"})


def _clause_verdict(clause: str) -> str | None:
    if not clause:
        return None
    first = clause.split()[0]
    if first in ("yes", "y") and not _UNSURE_RE.search(clause):
        # "yes i think so", "yes definitely not the app one" -> the leading yes answers the question.
        return "yes"
    if _UNSURE_RE.search(clause):
        return "unsure"
    if first in _LEAD_NO:
        return "no"
    if _NO_RE.search(clause):
        return "no"
    if _YES_RE.search(clause):
        return "yes"
    return None


def _combine(verdicts: list[tuple[str, str | None]]) -> str | None:
    """First decisive clause, unless a later clause starts with a correction ("wait", "actually")."""
    decided = [(c, v) for c, v in verdicts if v is not None]
    if not decided:
        return None
    corrected = [v for c, v in decided if c.startswith(CORRECTION_STARTS)]
    return corrected[-1] if corrected else decided[0][1]


def verdict(msg: Message) -> str | None:
    """"yes", "no" or "unsure" for an answer to a yes/no question; None when the answer says none of them."""
    if not msg.tokens:
        if msg.raw.strip(" ?!") == "" and "?" in msg.raw:
            return "unsure"
        return None
    return _combine([(c, _clause_verdict(c)) for c in msg.clauses])


# After a leading "no" these start a new statement ("no anyone can join", "no its my own wifi").
_NOT_NEGATED_BY_NO = frozenset("just only its it i im we my our anyone anybody everyone everybody everything all "
                               "they he she you that this there thats theres the".split())


def negated_at(tokens: list[str], index: int, window: int = 5) -> bool:
    """True when a negator stands before `tokens[index]` within `window` words of its clause.

    A clause-initial "no" is the answer itself ("no its just home wifi"), not a negation of what follows, unless
    it stands right before the word ("no 5g one", "no any orange").
    """
    start = max(0, index - window)
    for i in range(start, index):
        t = tokens[i]
        if t not in NEGATORS:
            continue
        if i == 0 and t == "no" and (index > 1 and not (index == 2 and tokens[1] in ("a", "an", "the", "any"))
                                     or tokens[index] in _NOT_NEGATED_BY_NO):
            continue
        return True
    return False


def _cue_in(clause: str, cues: Iterable[str]) -> tuple[int, bool] | None:
    """(position, negated) of the first cue in the clause, or None."""
    for cue in cues:
        m = phrase_re(cue).search(clause)
        if m:
            index = len(clause[: m.start()].split())
            return index, negated_at(clause.split(), index)
    return None


def cue_verdict(msg: Message, yes: Iterable[str], no: Iterable[str]) -> str | None:
    """"yes"/"no" from content cues (regexes over plain words); a negated cue counts the other way.

    A clause that opens with "no" answers no, whatever it goes on to say ("nah home wifi", "no registration").
    """
    yes, no = tuple(yes), tuple(no)
    verdicts: list[tuple[str, str | None]] = []
    for clause in msg.clauses:
        if clause.split()[0] in ("no", "n") and (_cue_in(clause, yes) or _cue_in(clause, no)):
            verdicts.append((clause, "no"))
            continue
        found: list[tuple[int, str]] = []
        for cues, value in ((yes, "yes"), (no, "no")):
            hit = _cue_in(clause, cues)
            if hit is not None:
                pos, neg = hit
                found.append((pos, ("no" if value == "yes" else "yes") if neg else value))
        verdicts.append((clause, sorted(found)[0][1] if found else None))
    return _combine(verdicts)


# A plain no said last, after a remark: "yeah sure, the NSA approves every device personally. no." (sarcasm: the tenth
# blind exploratory test was taken at its "yeah sure" and told to get the unit approved).
_CLOSING_NO = frozenset({"no", "nope", "nah", "no no", "hell no", "no way", "absolutely not", "of course not",
                         "not at all", "definitely not", "no lol", "lol no", "so no", "thats a no", "its a no"})


def closing_no(msg: Message) -> bool:
    """Whether the message ends in a plain no after something else said first."""
    clauses = [c for c in msg.clauses if c]
    return len(clauses) > 1 and clauses[-1] in _CLOSING_NO
