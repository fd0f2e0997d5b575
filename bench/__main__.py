"""`make bench`: run every benchmark named in the issues, print each figure, write .bench/results.json."""

from __future__ import annotations

import importlib
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

# Each entry: module with run() returning a dict or a list of dicts. Missing modules are reported, not fatal.
BENCHES = [
    "bench.answers_accuracy", "bench.redaction", "bench.led_accuracy", "bench.led_heldout", "bench.led_real",
    "bench.led_after", "bench.opener", "bench.found_in_testing", "bench.works_now", "bench.mesh",
    "bench.give_up", "bench.led_now", "bench.white_light", "bench.key_recall", "bench.grouped_keys", "bench.light_later", "bench.volunteered_names", "bench.round4", "bench.round5", "bench.round7", "bench.round8", "bench.round9", "bench.round10", "bench.round11", "bench.round12", "bench.round13", "bench.round14", "bench.round15", "bench.round16", "bench.round17", "bench.round18", "bench.round19", "bench.round20", "bench.round21", "bench.round22", "bench.round23", "bench.round24", "bench.round25", "bench.round26", "bench.round27", "bench.round28", "bench.round29", "bench.round30", "bench.round31", "bench.round32", "bench.round33", "bench.round34", "bench.round35", "bench.round36", "bench.round37", "bench.round38", "bench.round39", "bench.round40", "bench.round41", "bench.round42", "bench.round43", "bench.round44", "bench.round45", "bench.round46", "bench.round47", "bench.round48", "bench.round49", "bench.round50", "bench.round51", "bench.round52", "bench.round53", "bench.round54", "bench.round55", "bench.round56", "bench.round57", "bench.round58", "bench.round59", "bench.round60", "bench.round61", "bench.round62", "bench.round63", "bench.round64", "bench.round65", "bench.round66", "bench.round67", "bench.opener_names", "bench.away", "bench.opener_context", "bench.terms", "bench.scan_accuracy", "bench.scan_heldout",
    "bench.scan_lines", "bench.scan_real", "bench.step_time", "bench.sms_bench", "bench.slack_bench", "bench.web_poll",
]


def _fmt(result: dict[str, Any]) -> str:
    name = result.get("name", "?")
    # Short lists of figures (per round) are printed; longer lists and dicts only go to results.json.
    parts = [f"{k}={v}" for k, v in result.items() if k not in ("name", "misses", "per_format", "per_question") and
             not isinstance(v, dict) and not (isinstance(v, list) and (len(v) > 10 or
                                                                       any(isinstance(x, (list, dict)) for x in v)))]
    return f"{name}: " + ", ".join(parts)


def main(argv: list[str]) -> int:
    only = set(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    results: list[dict[str, Any]] = []
    print(f"machine: {platform.machine()} {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} cores")
    for mod_name in BENCHES:
        if only and mod_name.split(".")[-1] not in only:
            continue
        try:
            mod = importlib.import_module(mod_name)
        except ModuleNotFoundError as exc:
            if exc.name == mod_name:
                print(f"{mod_name}: not present")
                continue
            raise
        t0 = time.perf_counter()
        out = mod.run()
        for r in out if isinstance(out, list) else [out]:
            r.setdefault("seconds", round(time.perf_counter() - t0, 2))
            results.append(r)
            print(_fmt(r), flush=True)
            if r.get("misses"):
                print(f"  first misses: {r['misses'][:5]}")
            if r.get("per_format"):
                print(f"  per format: {r['per_format']}")
            if r.get("per_question"):
                print("  per question: " + ", ".join(f"{q} {v}" for q, v in r["per_question"].items()))
    out_dir = Path(".bench")
    out_dir.mkdir(exist_ok=True)
    (out_dir / "results.json").write_text(json.dumps({"cores": os.cpu_count(), "results": results}, indent=2))
    print(f"wrote {out_dir / 'results.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
