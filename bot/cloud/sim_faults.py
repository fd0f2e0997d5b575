"""The simulated cloud's fault switches: injected HTTP failures, slow answers and broken JSON bodies.

They produce the failures the cloud client must survive (docs/particle-facts.md 3.6). `SimCloud.fail_next`,
`set_delay` and `set_bad_json` set them; the app (sim_app.py) takes one failure or bad body per request.
"""

from __future__ import annotations

import math
from typing import Any

from starlette.responses import JSONResponse, Response

# The real API's answer to a missing or wrong bearer token.
INVALID_TOKEN = {"error": "invalid_token", "error_description": "The access token provided is invalid."}


class FaultSwitches:
    """Counters for the failures still to inject; each request takes at most one of each kind."""

    def __init__(self) -> None:
        self.fail_left = 0
        self.fail_status = 503
        self.fail_retry_after: float | None = None
        self.bad_json_left = 0
        self.delay = 0.0

    def fail_next(self, n: int, status: int = 503, retry_after: float | None = None) -> None:
        """The next `n` API requests (REST or stream) answer `status` (with Retry-After if given)."""
        self.fail_left, self.fail_status, self.fail_retry_after = max(0, n), status, retry_after

    def set_delay(self, seconds: float) -> None:
        """Every REST answer waits this long first (0 to stop), to provoke client timeouts."""
        self.delay = max(0.0, seconds)

    def set_bad_json(self, n: int) -> None:
        """The next `n` successful REST answers have a body that is not JSON."""
        self.bad_json_left = max(0, n)

    def snapshot(self) -> dict[str, Any]:
        """The switches as the `/_sim/faults` route reports them."""
        return {"fail_next": self.fail_left, "status": self.fail_status, "retry_after": self.fail_retry_after,
                "delay": self.delay, "bad_json": self.bad_json_left}

    def take_failure(self) -> Response | None:
        """The injected failure answer for this request, if one is left."""
        if self.fail_left <= 0:
            return None
        self.fail_left -= 1
        status = self.fail_status
        headers = {}
        if self.fail_retry_after is not None:
            headers["Retry-After"] = str(math.ceil(self.fail_retry_after))
        if status == 401:
            return JSONResponse(INVALID_TOKEN, status, headers=headers)
        return JSONResponse({"ok": False, "error": f"simulated HTTP {status}"}, status, headers=headers)

    def take_bad_json(self) -> bool:
        """True (and one fewer left) when this answer's body must be broken JSON."""
        if self.bad_json_left <= 0:
            return False
        self.bad_json_left -= 1
        return True
