"""Handing memory a closed visitor's view freed back to the system.

A visitor's view is some thousand Qt objects; when it goes, the C allocator (glibc's)
keeps most of what they took, in pieces, for whatever comes next. Over weeks of
visitors the kiosk's resident memory then creeps up by a few kilobytes a visitor although
nothing of theirs is alive (``benchmarks/kiosk_soak.py`` measured 2.9 KB a visitor, and
0.5 KB once the freed memory was handed back). ``malloc_trim`` gives back what is free.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable


def find_malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where the C library has none (Windows, macOS,
    musl)."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        library = ctypes.CDLL(name)
    except OSError:
        return None
    trim: Callable[[int], int] | None = getattr(library, "malloc_trim", None)
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
