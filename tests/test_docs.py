"""Docs stay true: the README shows the two commands first and carries the current flow diagram."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.graph import mermaid

ROOT = Path(__file__).resolve().parent.parent


def test_readme_two_commands_first() -> None:
    text = (ROOT / "README.md").read_text()
    first_block = text.split("```sh", 1)[1].split("```", 1)[0]
    assert "make run" in first_block and "make test" in first_block


def test_readme_diagram_matches_the_machine() -> None:
    text = (ROOT / "README.md").read_text()
    assert "```mermaid\n" + mermaid(compact=True) + "\n```" in text


def test_every_cli_command_is_in_the_readme() -> None:
    from bot.cli import build_parser

    text = (ROOT / "README.md").read_text()
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in sub.choices:  # type: ignore[union-attr]
        assert f"cyanbot {name}" in text, name


def test_the_codes_document_matches_the_code() -> None:
    from flows.codes import codes_markdown

    assert (ROOT / "docs" / "codes.md").read_text() == codes_markdown()


def test_the_readme_points_at_nothing_outside_the_repository() -> None:
    text = (ROOT / "README.md").read_text()
    assert "../shared" not in text
    for link in __import__("re").findall(r"\]\(([^)#]+)", text):
        if not link.startswith(("http://", "https://")):
            assert (ROOT / link).exists(), link


def test_the_codes_generator_prints_the_committed_document(capsys: pytest.CaptureFixture[str]) -> None:
    from flows.codes import main

    assert main(["--markdown"]) == 0
    assert capsys.readouterr().out == (ROOT / "docs" / "codes.md").read_text()


def test_the_code_points_at_no_codes_document_outside_the_repository() -> None:
    for path in [*ROOT.joinpath("bot").rglob("*.py"), *ROOT.joinpath("flows").rglob("*.py"),
                 *ROOT.joinpath("tests").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        for outside in ("diagnosis" + "-codes", "/work/" + "shared"):
            assert outside not in text, (path, outside)


def test_every_document_the_code_cites_is_in_the_repository() -> None:
    """Comments cite docs by name ("docs/particle-facts.md 3.2", "design.md section 4"): each one is in docs/."""
    import re

    cited: dict[str, Path] = {}
    for path in [*ROOT.joinpath("bot").rglob("*.py"), *ROOT.joinpath("flows").rglob("*.py"),
                 *ROOT.joinpath("tests").rglob("*.py"), *ROOT.joinpath("tests").rglob("*.yaml")]:
        text = path.read_text(encoding="utf-8")
        assert "shared" + "/" not in text, path
        for name in re.findall(r"\bdocs/([a-z][a-z0-9_-]*\.(?:md|txt|png))\b", text):
            cited.setdefault(name, path)
        if "design.md" in text:
            cited.setdefault("design.md", path)
    missing = {n: str(p) for n, p in cited.items() if not (ROOT / "docs" / n).exists()}
    assert cited and not missing, missing
