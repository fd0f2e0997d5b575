"""Benchmark: answers at seven questions (tests/data/round7_answers_heldout.yaml, written blind after round 6).

Written to measure readers changed in the sixth round without a blind set of their own, and the readers of the
seventh: names that are no Wi-Fi name ("the one on the sticker") and odd names that are ("The Sticker"), a unit's name
in a sentence, putting the set-up off ("maybe tomorrow"), "how long should I wait?", the app offline or without
readings while the unit is online, other languages and English with a foreign word, and capitals without anger.
Each entry is scored as in bench/answers_accuracy.py, except:
- `wait` and `duration` must be read as such (the sets of answers_accuracy count them as `other`);
- `other_language`: the message is seen as written in another language (`asks.other_language`), whatever it reads;
  an English message is read as labelled *and* not taken for another language;
- `upset` (the password question's entries): whether the customer is angry, read by `intents.upset`.
Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from bench.answers_accuracy import correct
from flows.troubleshoot.rules import intents
from flows.troubleshoot.rules.reading import read_for_bench

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "round7_answers_heldout.yaml"
STRICT = ("wait", "duration")


def _other_language(text: str) -> str | None:
    try:  # the reader came in the sixth round: a tree from before it has none (its figure before)
        from flows.troubleshoot.rules.asks import other_language
    except ImportError:
        return None
    return other_language(text)


def judge(entry: dict[str, Any]) -> bool:
    text, label = str(entry["text"]), str(entry["label"])
    language = _other_language(text)
    if label == "other_language":
        return language is not None
    got = read_for_bench(str(entry["q"]), text)
    if label in STRICT:
        ok = got.get("label") == label
    else:
        ok = correct(entry, got)
    return ok and language is None


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    per_q: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        group = "other_language" if case["label"] == "other_language" else str(case["q"])
        per_q[group][0] += judge(case)
        per_q[group][1] += 1
    tone = [c for c in cases if "upset" in c]
    tone_right = sum(intents.upset(str(c["text"])) == bool(c["upset"]) for c in tone)
    angry = [c for c in tone if c["upset"]]
    right = sum(a for a, _ in per_q.values())
    return [{
        "name": "round7_heldout",
        "load": f"{len(cases)} answers at seven questions",
        "read": f"{right}/{len(cases)}",
        **{q: f"{a}/{n}" for q, (a, n) in sorted(per_q.items())},
        "upset": f"{tone_right}/{len(tone)} ({sum(intents.upset(str(c['text'])) for c in angry)}/{len(angry)} angry "
                 "noticed)",
    }]
