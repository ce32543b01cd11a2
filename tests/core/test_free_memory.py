"""Once a big part of the app has gone, the memory it freed is handed back: where the C
library can be asked (glibc), it is; elsewhere nothing is tried."""

from __future__ import annotations

import platform

import pytest

from acupress_gui.core import free_memory


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc has malloc_trim")
def test_on_glibc_the_allocator_is_asked() -> None:
    assert free_memory.find_malloc_trim() is not None
    assert free_memory.return_free_memory() is True


def test_elsewhere_nothing_is_tried(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(free_memory.sys, "platform", "darwin")
    assert free_memory.find_malloc_trim() is None
    monkeypatch.setattr(free_memory, "_MALLOC_TRIM", None)
    assert free_memory.return_free_memory() is False


def test_a_c_library_without_malloc_trim_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    class Musl:
        def __init__(self, name: str | None) -> None:
            self.name = name

    monkeypatch.setattr(free_memory.ctypes, "CDLL", Musl)
    assert free_memory.find_malloc_trim() is None
