"""The one way the fakes wait: until a predicate over their state holds, re-checked when the state changes.

Each fake guards its state with a `threading.Condition` and notifies it on every change, so a test waits on
observable state instead of sleeping, with a bound. `wait_for` blocks (off any event loop); `until` is its async
form, waiting in a worker thread so the event loop keeps serving the bot and the fake.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any


def wait_for(
    cond: threading.Condition,
    check: Callable[[], Any],
    timeout: float,
    failure: Callable[[], BaseException],
) -> Any:
    """Block until `check()` is truthy (re-checked whenever `cond` is notified) and return its value.

    After `timeout` seconds raise `failure()`, built then so its message can describe the state at that moment.
    """
    deadline = time.monotonic() + timeout
    with cond:
        while True:
            value = check()
            if value:
                return value
            left = deadline - time.monotonic()
            if left <= 0:
                raise failure()
            cond.wait(left)


async def until(
    cond: threading.Condition,
    check: Callable[[], Any],
    timeout: float,
    failure: Callable[[], BaseException],
) -> Any:
    """`wait_for` from async code."""
    return await asyncio.to_thread(wait_for, cond, check, timeout, failure)
