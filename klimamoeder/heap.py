"""Python's cyclic garbage collector around bulk work, so that it never freezes the window.

A full collection walks every container object the process holds, with the GIL held: with a
100,000-registration meeting loaded that is a few hundred thousand objects, 50–300 ms during which
the GUI thread cannot run (measured: two such pauses of ~200 ms while the rows of a 100k meeting
were read in the background). Two measures, both here so there is one policy:

- `settle()` after start-up and after a bulk step: the objects alive now (modules, classes, the
  window, the rows just loaded) move to the permanent generation, which later collections skip.
  Objects there are still freed by reference counting as usual (replaced rows go at once); only
  cyclic garbage alive at that moment is kept (measured: about a dozen objects per table load).
- `bulk()` around a bulk step (reading a big table, an import, a PDF or workbook build): no
  collection runs inside it. With `keep=True` (a result that stays, like a table's rows) what it made
  is settled on leaving the outermost block; otherwise the collector resumes as it was. Only results
  without reference cycles are kept that way: a cycle settled is never collected.

Reference counting frees almost everything in this program; the cyclic collector only finds cycles
(ORM sessions and the like), which survive a moment longer.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_resume = False
_keep = False


def settle() -> None:
    """Move every object alive now out of the collector's way (see the module's docstring)."""
    gc.freeze()


def busy() -> bool:
    """Whether a bulk step is running (in any thread): a collector driven from elsewhere (the window's, on the
    GUI thread: `gui/collector.py`) waits until it is over, as the interpreter's own does."""
    return _depth > 0


@contextmanager
def bulk(*, keep: bool = False) -> Iterator[None]:
    """No cyclic collection during the block (from any thread; blocks may overlap)."""
    global _depth, _resume, _keep
    with _lock:
        if _depth == 0:
            _resume, _keep = gc.isenabled(), False
            gc.disable()
        _depth += 1
        _keep = _keep or keep
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                if _keep:
                    # Before the collector resumes: else its first young collection walks all that was made.
                    gc.freeze()
                if _resume:
                    gc.enable()
