"""Inline SVG charts for the console's stats page: the funnel per step and outcomes per day. Pure functions; every
label is escaped, and colours are presentation attributes (the page's CSP allows no inline style)."""

from __future__ import annotations

from html import escape
from typing import Any

FAMILY_COLOURS = {"resolved": "#2e7d32", "handoff": "#00838f", "abandoned": "#9e9e9e", "ended": "#6d4c41"}


def funnel_svg(steps: dict[str, dict[str, int]], order: list[str]) -> str:
    """One row per step: a bar for how many reached it, the resolved-there part drawn darker on top."""
    names = [s for s in order if s in steps] + [s for s in steps if s not in order]
    if not names:
        return '<p class="muted">No conversation has reached a step yet.</p>'
    top = max(max(v["reached"] for v in steps.values()), 1)
    row, label_w, bar_w = 30, 150, 560
    out = [f'<svg role="img" aria-labelledby="funnel-title" viewBox="0 0 {label_w + bar_w + 220} '
           f'{row * len(names) + 10}" xmlns="http://www.w3.org/2000/svg"><title id="funnel-title">Funnel: '
           'conversations that reached each step, and how many were resolved there</title>']
    for i, name in enumerate(names):
        y = i * row + 5
        reached, resolved = steps[name]["reached"], steps[name]["resolved"]
        w, rw = bar_w * reached / top, bar_w * resolved / top
        out.append(f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" font-size="13" fill="#1b2430">'
                   f'{escape(name)}</text>')
        out.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="22" fill="#9ccfd4"/>')
        out.append(f'<rect x="{label_w}" y="{y}" width="{rw:.1f}" height="22" fill="#2e7d32"/>')
        out.append(f'<text x="{label_w + w + 6:.1f}" y="{y + 17}" font-size="13" fill="#1b2430">{reached} reached, '
                   f'{resolved} resolved</text>')
    out.append("</svg>")
    return "".join(out)


def outcomes_svg(rows: list[dict[str, Any]]) -> str:
    """Stacked bars per day, one colour per outcome family (resolved, handoff, abandoned, ended)."""
    days: dict[str, dict[str, int]] = {}
    for r in rows:
        family = str(r["outcome"]).split(":")[0]
        days.setdefault(str(r["day"]), {}).setdefault(family, 0)
        days[str(r["day"])][family] += int(r["n"])
    if not days:
        return '<p class="muted">No conversation has ended in this period.</p>'
    top = max(sum(v.values()) for v in days.values())
    col, height, base = 44, 180, 200
    width = max(col * len(days) + 60, 720)
    out = [f'<svg role="img" aria-labelledby="outcomes-title" viewBox="0 0 {width} 250" '
           'xmlns="http://www.w3.org/2000/svg"><title id="outcomes-title">Outcomes per day</title>']
    for i, (day, counts) in enumerate(sorted(days.items())):
        x, y = 40 + i * col, float(base)
        for family, colour in FAMILY_COLOURS.items():
            n = counts.get(family, 0)
            if n:
                h = height * n / top
                y -= h
                out.append(f'<rect x="{x}" y="{y:.1f}" width="{col - 10}" height="{h:.1f}" fill="{colour}">'
                           f'<title>{escape(day)} {family}: {n}</title></rect>')
        out.append(f'<text x="{x + (col - 10) / 2}" y="{base + 16}" text-anchor="middle" font-size="11" '
                   f'fill="#1b2430">{escape(day[5:])}</text>')
        out.append(f'<text x="{x + (col - 10) / 2}" y="{y - 4:.1f}" text-anchor="middle" font-size="11" '
                   f'fill="#1b2430">{sum(counts.values())}</text>')
    for j, (family, colour) in enumerate(FAMILY_COLOURS.items()):
        out.append(f'<rect x="{40 + j * 95}" y="228" width="12" height="12" fill="{colour}"/>'
                   f'<text x="{56 + j * 95}" y="239" font-size="12" fill="#1b2430">{family}</text>')
    out.append("</svg>")
    return "".join(out)
