"""Runs flow events on one reused state machine instead of building a machine per step.

Building a python-statemachine machine resolves every callback of every transition (about 2.5 ms for the
troubleshooting flow), which was most of a step's cost. The engine runs one step at a time on the event loop
thread, so a single machine can serve every conversation in turn: it is bound to a `ModelSlot` whose target
is swapped to the conversation being stepped. Nothing about a conversation lives on the machine itself; the
state value and all data are on the FlowModel.
"""

from __future__ import annotations

from typing import Any

from bot.flowkit import FlowModel
from flows.troubleshoot.machine import TroubleshootFlow


class ModelSlot:
    """Forwards attribute reads and writes to the current FlowModel."""

    __slots__ = ("_target",)

    def __init__(self) -> None:
        object.__setattr__(self, "_target", None)

    def bind(self, model: FlowModel) -> None:
        object.__setattr__(self, "_target", model)

    def __getattr__(self, name: str) -> Any:
        return getattr(object.__getattribute__(self, "_target"), name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(object.__getattribute__(self, "_target"), name, value)


class FlowRunner:
    """`run(model, kind, payload)` feeds one event to the flow for that model."""

    def __init__(self) -> None:
        self._slot = ModelSlot()
        self._machine: TroubleshootFlow | None = None

    def run(self, model: FlowModel, kind: str, payload: dict[str, Any]) -> None:
        if model.state is None:
            model.state = TroubleshootFlow.start.value  # a new conversation starts at the initial state
        self._slot.bind(model)
        if self._machine is None:
            self._machine = TroubleshootFlow(model=self._slot, state_field="state")
        try:
            self._machine.handle(kind, **payload)
        except BaseException:
            # An exception may leave events queued inside the machine: never reuse it after one.
            self._machine = None
            raise
        if model.state in _FINAL:
            # A machine that reached a final state stops taking events; the next conversation gets a new one.
            self._machine = None


_FINAL = {s.value for s in TroubleshootFlow.final_states}
