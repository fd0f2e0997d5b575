"""Regular expressions compiled at their first use instead of at import.

Why: the flow's readers hold about 360 module-level patterns, and compiling them all took 0.2 s of CPU in each
process at start-up (both the web process and the engine's worker import the flow). A restart's backlog (due timers,
unsent replies) reads no words, and the web process answers `/healthz` before its first message: neither should
wait for patterns it has not used yet (README "Where the time goes").

`lazy(pattern, flags)` stands in for `re.compile(pattern, flags)` at module level. It is not a `re.Pattern`, so
it cannot be passed to `re.search(p, ...)` or `re.compile(p)`; call its own methods (`p.search(...)`), or build a
bigger pattern from its `.pattern` source, as with a compiled one. After the first use its methods are the compiled
pattern's own bound methods: no cost per call.
"""

from __future__ import annotations

import re
from typing import Any, cast

# What a caller may use, compiled at the first use of any of them. `pattern` (the source) needs no compiling.
_COMPILED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "groups",
             "groupindex", "flags")


class _LazyPattern:
    __slots__ = ("pattern", "_flags", *_COMPILED)

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for a slot not yet filled, i.e. before the first compile.
        if name not in _COMPILED:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attr in _COMPILED:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags})"


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done at the first call of one of the result's methods."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))
