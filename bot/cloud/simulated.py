"""A simulated Particle Cloud: the REST endpoints and SSE stream the bot uses, in memory, as a Starlette app.

It runs the bot without a Particle account (design.md: no token => simulated cloud), backs the demo's device panel,
and is the fake the cloud tests talk to. Paths, bodies and SSE framing follow docs/particle-facts.md 3.2, 3.3 and 3.5;
errors follow 3.6. Fault switches (`fail_next`, `set_delay`, `set_bad_json`) produce the failures the client must
survive. Control routes under `/_sim/` drive it from a browser; all routes are relative so the main server can
mount the whole app (it mounts it at /simcloud).

This module is the import point; the parts live beside it:
- sim_devices.py: the demo devices (`DEMO_DEVICES`, `DEMO_OWNER`);
- sim_state.py: `SimCloud`, the in-memory state (devices, request log, open streams);
- sim_faults.py: the fault switches;
- sim_app.py: `create_sim_app`, the Particle API routes; sim_control.py: the `/_sim/` routes.
"""

from __future__ import annotations

from bot.cloud.sim_app import PERMISSION_DENIED, REQUEST_LOG_LIMIT, create_sim_app
from bot.cloud.sim_devices import DEMO_DEVICES, DEMO_OWNER, PRODUCT_ONLY_FIELDS
from bot.cloud.sim_faults import INVALID_TOKEN
from bot.cloud.sim_state import SimCloud

__all__ = [
    "DEMO_DEVICES",
    "DEMO_OWNER",
    "INVALID_TOKEN",
    "PERMISSION_DENIED",
    "PRODUCT_ONLY_FIELDS",
    "REQUEST_LOG_LIMIT",
    "SimCloud",
    "create_sim_app",
]
