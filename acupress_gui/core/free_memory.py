"""Handing memory back to the system once a big part of the app has gone.

glibc's allocator keeps what is freed in its pools (a worker thread's own among them)
for reuse, in pieces, and the process's resident memory stays where it peaked: after
the insights window's All time on a million holds, 5 of the 19 MB it had taken; in a
kiosk, 2.9 KB for each visitor's closed view (``benchmarks/kiosk_soak.py``), nothing of
theirs alive. ``malloc_trim`` gives back what is free. Elsewhere (musl, macOS, Windows)
there is nothing to call.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

RETURN_AFTER_MS = 1000
"""How long after a window closes its freed memory is handed back: its deletion, on a
later turn of the event loop, has run by then."""


def find_malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim`` in this process, or None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    trim: Callable[[int], int] | None = getattr(ctypes.CDLL(None), "malloc_trim", None)
    return trim


_MALLOC_TRIM = find_malloc_trim()
"""Looked up once, on import: ctypes makes a class for each library it opens."""


def return_free_memory() -> bool:
    """Ask the C allocator to give the system the memory it holds free; whether it could
    be asked."""
    if _MALLOC_TRIM is None:
        return False
    _MALLOC_TRIM(0)
    return True
