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

    def __init__(self, machine_class: Any) -> None:
        self._cls = machine_class
        self._slot = ModelSlot()
        self._machine: Any = None
        self._initial = next(s.value for s in machine_class.states if s.initial)
        self._final = {s.value for s in machine_class.final_states}

    def run(self, model: FlowModel, kind: str, payload: dict[str, Any]) -> None:
        if model.state is None:
            model.state = self._initial  # a new conversation starts at the initial state
        self._slot.bind(model)
        if self._machine is None:
            self._machine = self._cls(model=self._slot, state_field="state")
        try:
            self._machine.handle(kind, **payload)
        except BaseException:
            # An exception may leave events queued inside the machine: never reuse it after one.
            self._machine = None
            raise
        if model.state in self._final:
            # A machine that reached a final state stops taking events; the next conversation gets a new one.
            self._machine = None

