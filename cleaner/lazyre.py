"""Module-level patterns compiled when first used, not when their module is imported.

The filter and segment modules hold a few hundred patterns; compiling them all at import cost
about a third of the time to clean one small file, while such a run uses only the patterns its
lines reach (most of the header, notice and roundup forms are never tried on a short article).
`deferred(pattern, flags)` returns an object that behaves as the compiled pattern: `pattern` is
the source string at once (other patterns are built from it), and the first other attribute
compiles it, puts the compiled pattern's methods on the object itself and changes its class to
one without `__getattr__`, so later calls cost what calls on a compiled pattern cost. `compile_all()` compiles every deferred pattern: the
test suite calls it, so a bad pattern fails there and not on a user's first page that reaches it.
"""

from __future__ import annotations

import re
import sys
from typing import Any, cast

from . import recode

# The attributes of a compiled pattern copied onto the deferred object once it is compiled.
_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags", "groups", "groupindex")

_ALL: list[_Pattern] = []


class _Pattern:
    """What a deferred pattern is once compiled: the compiled pattern's methods on the object itself,
    found as plain attributes (a class with `__getattr__` makes every attribute lookup slower)."""

    def __init__(self, pattern: str, flags: int, home: dict[str, Any] | None = None) -> None:
        self.pattern = pattern
        self._flags = flags
        self._home = home

    def compiled(self) -> re.Pattern[str]:
        compiled = recode.compile(self.pattern, self._flags)
        for name in _ATTRIBUTES:
            setattr(self, name, getattr(compiled, name))
        self.__class__ = _Pattern
        if self._home is not None:
            # The module's own name for it now holds the compiled pattern itself: the module's code
            # reads it with no lookup through this object (measured 20 % of a stage's time).
            for key, value in list(self._home.items()):
                if value is self:
                    self._home[key] = compiled
            self._home = None
        return compiled

    def __reduce__(self) -> tuple[Any, ...]:
        # Unpickled (in a worker) as the compiled pattern itself: nothing to defer there.
        return (re.compile, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"deferred({self.pattern!r})"


class _Deferred(_Pattern):
    """A pattern not compiled yet: the first attribute it lacks compiles it."""

    def __getattr__(self, name: str) -> Any:
        # Only reached while a name is missing from the object: before the first compile.
        if name.startswith("__") or name == "_flags":
            raise AttributeError(name)
        return getattr(self.compiled(), name)


def deferred(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled on first use; typed as the compiled pattern it stands for. Meant for a
    module's top-level names (`NAME = deferred(...)`): the first use rebinds the name to the compiled
    pattern. One kept in a tuple or imported by another module stays this object, which works the
    same at the cost of a lookup more per call."""
    d = _Deferred(pattern, flags, sys._getframe(1).f_globals)
    _ALL.append(d)
    return cast("re.Pattern[str]", d)


def compile_all() -> int:
    """Compile every deferred pattern created so far (raising `re.error` on a bad one); how many."""
    for d in _ALL:
        d.compiled()
    return len(_ALL)

