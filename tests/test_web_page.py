"""Static checks on the customer web chat page (bot/channels/web_page.html).

The page is served as-is at ``GET /`` with ``{{SIMULATED}}`` and ``{{PRODUCT_NAME}}`` replaced, so it must be
self-contained (no external resources: the machine may be offline) and must never put message text into the DOM
as HTML.
"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

PAGE = Path(__file__).resolve().parents[1] / "bot" / "channels" / "web_page.html"


@pytest.fixture(scope="module")
def html() -> str:
    return PAGE.read_text(encoding="utf-8")


def _scripts(html: str) -> list[str]:
    return re.findall(r"<script\b[^>]*>(.*?)</script>", html, flags=re.S | re.I)


def test_placeholders_present(html: str) -> None:
    assert "{{SIMULATED}}" in html
    assert "{{PRODUCT_NAME}}" in html


def test_simulated_placeholder_not_inside_script_code(html: str) -> None:
    # The server substitutes a bare true/false; the page reads it from markup, so a stray value cannot break the JS.
    for script in _scripts(html):
        assert "{{SIMULATED}}" not in script
        assert "{{PRODUCT_NAME}}" not in script


def test_no_external_resources(html: str) -> None:
    refs = re.findall(r"""\b(?:src|href|action|srcset|poster|data)\s*=\s*["']?\s*([^"'\s>]+)""", html, flags=re.I)
    external = [r for r in refs if re.match(r"(?i)(https?:)?//", r)]
    assert external == []
    assert not re.search(r"(?i)url\(\s*['\"]?\s*(https?:)?//", html), "CSS url() pointing outside"
    assert not re.search(r"(?i)@import", html)
    assert not re.search(r"<link\b[^>]*\bstylesheet\b", html, flags=re.I)
    assert not re.search(r"<script\b[^>]*\bsrc\s*=", html, flags=re.I)


def test_contract_paths(html: str) -> None:
    assert "/web/messages" in html
    assert "/simcloud/_sim/devices" in html
    assert "cyanbot.session" in html


def test_viewport_meta(html: str) -> None:
    assert re.search(r'<meta\s+name=["\']viewport["\'][^>]*width=device-width', html, flags=re.I)


def test_required_copy(html: str) -> None:
    assert "Having trouble getting {{PRODUCT_NAME}} online? Say hi and I'll walk you through it." in html
    assert "Start over" in html
    assert "Support team" in html
    assert "Demo: simulated Particle Cloud" in html
    assert "Switch a device online to play the moment it connects (for example during the hotspot test)." in html
    assert "Couldn't reach the server, retrying" in html
    assert "pre-wrap" in html


_STRING_LITERAL = r"""(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""


def test_innerhtml_only_with_string_literals(html: str) -> None:
    for script in _scripts(html):
        for match in re.finditer(r"\.(?:inner|outer)HTML\s*\+?=(?!=)\s*([^;\n]*)", script):
            rhs = match.group(1).strip()
            assert re.fullmatch(_STRING_LITERAL, rhs), f"HTML assigned from an expression: {match.group(0)!r}"
        assert "insertAdjacentHTML" not in script
        assert "document.write" not in script
        assert not re.search(r"\beval\s*\(", script)


@pytest.mark.skipif(shutil.which("node") is None, reason="node not installed")
def test_script_is_valid_javascript(html: str, tmp_path: Path) -> None:
    scripts = _scripts(html)
    assert scripts
    for i, script in enumerate(scripts):
        path = tmp_path / f"page_{i}.js"
        path.write_text(script, encoding="utf-8")
        result = subprocess.run(["node", "--check", str(path)], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr


def test_every_message_carries_an_id_that_a_resend_keeps(html: str) -> None:
    """design §4 client_message_id: the page sends one with every message and re-sends with the same one."""
    script = "\n".join(_scripts(html))
    assert "client_message_id: messageId" in script
    assert "state.unsent = { text: text, id: messageId }" in script
