"""Benchmark: mesh systems named at the one-or-two-names question (tests/data/mesh_heldout.yaml, written blind).

Each answer is labelled with what it says (one, two or unsure names) and whether it names a mesh system or a
gateway that puts both bands under one name. Before `answers_router.mesh_named` (November 2026) no mesh was ever
noticed: 28/50 (the answers that name none). Never tune on this set: its misses are counted, not printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from flows.troubleshoot.rules.answers_router import mesh_named
from flows.troubleshoot.rules.reading import read

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "mesh_heldout.yaml"


def score(cases: list[dict[str, Any]]) -> dict[str, Any]:
    names = mesh = false_mesh = 0
    for case in cases:
        names += read("same_name", case["text"]).label == case["label"]
        got = mesh_named(case["text"]) is not None
        mesh += got == bool(case["mesh"])
        false_mesh += got and not case["mesh"]
    return {"mesh_read": f"{mesh}/{len(cases)}", "mesh_pct": round(100 * mesh / len(cases), 1),
            "false_mesh": false_mesh, "names_read": f"{names}/{len(cases)}"}


def run() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return [{"name": "mesh_heldout", "load": f"{len(cases)} answers to the one-or-two-names question", **score(cases)}]
