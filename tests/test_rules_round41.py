"""Why a question matters, asked at it (explore9's n16: "why does that matter? is it the mesh?" got the light question
again, with no reason), pinned on my own phrasings; the blind set (tests/data/round41_heldout.yaml) is never tuned on."""

from __future__ import annotations

import pytest

from flows.troubleshoot.rules.why_asked import why_asked
from tests.flowdrive import HOTSPOT_ROUTE, Drive

WHY = ["why does that matter?", "why does that matter? is it the mesh?", "why do you need my wifi name",
       "what does the light have to do with anything", "how is a scanner app going to help", "whats the point of the hotspot",
       "why do I need to unplug the router?", "why?", "is that relevant?", "why are you asking me this", "does it matter?",
       "how does knowing the name help", "what has the password got to do with it", "is this even necessary",
       "why unplug the router", "hows that supposed to help", "what would that prove", "why a hotspot?"]
NOT_WHY = ["why is it blinking green?", "why won't it connect??", "how do i turn on the hotspot", "blinking green", "yes",
           "HomeNet", "why is the light blue", "what does blinking green mean", "why cant it connect", "skip", "ready",
           "why is this taking so long", "why all these questions", "why green", "why not", "whats the password for"]


@pytest.mark.parametrize("text", WHY)
def test_why_a_question_matters_is_read(text: str) -> None:
    assert why_asked(text), text


@pytest.mark.parametrize("text", NOT_WHY)
def test_a_light_asked_about_a_failure_or_an_answer_is_not_why_it_matters(text: str) -> None:
    assert not why_asked(text), text


@pytest.mark.parametrize(("route", "awaiting", "text", "reason"), [
    ((), "led", "why does that matter? is it the mesh?", "own report"),
    (("blinking green", "steady"), "wifi_password", "why do you need to know that", "most common reason"),
    (("blinking green", "steady", "yes"), "wifi_network", "why do you need my wifi name", "exact name"),
    (("blinking green", "steady", "yes", "HomeNet"), "wifi_scan", "how is a scanner app going to help", "optional"),
    (HOTSPOT_ROUTE[:5], "router_check", "what does that have to do with anything", "rules one of them out"),
    (HOTSPOT_ROUTE, "hotspot_ready", "why do i need to unplug the router?", "Unplugging the router"),
    (HOTSPOT_ROUTE, "hotspot_ready", "why do I need a hotspot?", "a Wi-Fi we know works"),
])
def test_the_reason_then_the_same_question_uncounted(route: tuple[str, ...], awaiting: str, text: str,
                                                     reason: str) -> None:
    d = Drive.route(route, awaiting)
    before = (d.awaiting, d.model.data.get("rq_current"), int(d.model.data.get("misses") or 0))
    said = d.say(text)
    assert reason in said[0], said
    assert (d.awaiting, d.model.data.get("rq_current"), int(d.model.data.get("misses") or 0)) == before
    assert len(said) >= 2  # the question again


def test_a_change_told_beside_why_is_acted_on_first() -> None:
    # "why does that matter, we got a new router last week": the change decides what comes next (round 22).
    d = Drive.route(HOTSPOT_ROUTE[:5], "router_check")
    said = d.say("why does that matter, we got a new router last week")
    assert not any("rules one of them out" in s for s in said), said


@pytest.mark.parametrize("text", ["why do you keep asking me questions", "what do u want him to check",
                                  "he is there now, hes looking at it. what do u want him to check"])
def test_too_many_questions_or_what_to_check_is_no_why(text: str) -> None:
    assert not why_asked(text), text  # the questions' aside (asks.py), and what to look at (round 34)
