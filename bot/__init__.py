"""cyanbot: a support bot that gets customers' Particle Wi-Fi devices online, or hands support a complete case."""

import sys

# httpx imports its command-line tool (`httpx._main`: click, rich, pygments) whenever those are installed, as they
# are wherever import-linter or another tool brought `rich`: 45-90 ms of CPU in every process start for a tool the
# bot never runs. An entry of None in sys.modules makes that import fail, and httpx then defines its stub `main`
# instead (https://github.com/encode/httpx/blob/master/httpx/__init__.py, the `try: from ._main import main`).
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
