"""A smaller ICU data library for the bundle: only the data Qt can reach.

Qt Core links ICU, and ICU's data library (``libicudata``, 31 MB in the wheel) holds
every service's data for every locale. Qt calls only four services: case mapping,
collation (``ucol_``), calendars and time-zone names (``ucal_``) and legacy text
codecs (``ucnv_``); nothing else in the bundle calls ICU. So the data of the services
nobody calls goes: break iteration and transliteration, unit, currency, language and
region names, number spelling, string preparation and spoof checks. The legacy codecs
(``*.cnv``) go too: the app reads and writes UTF-8 only, which ICU converts without
data, as Qt does without ICU. Collation, calendar and time-zone data stay.

``check_icu_callers`` refuses a bundle whose binaries call any other ICU function, so
a Qt release that starts using, say, break iterators cannot lose its data unnoticed.

The library is rebuilt with binutils alone (``as`` and ``ld``): the data is one
exported symbol (``icudt73_dat``) in a library with the same soname.
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

DROPPED_FOLDERS = frozenset({"brkitr", "translit", "unit", "curr", "lang", "region", "rbnf"})
"""Item folders inside the data package whose services Qt never calls."""

DROPPED_SUFFIXES = (".cnv", ".spp", ".cfu")
"""Top-level items: legacy codecs, string preparation (IDNA), spoof checks."""

ICU_CALLS_KEPT = re.compile(r"^(u_strToLower|u_strToUpper|ucal_\w+|ucnv_\w+|ucol_\w+)$")
"""The ICU functions whose data is kept; a caller of any other stops the build."""

_ICU_FUNCTION = re.compile(r"^(u[a-z0-9]*_\w+?)_(\d+)$")
_ALIGNMENT = 16


def icu_functions_called(binary: str) -> set[str]:
    """The ICU functions (without their version suffix) that ``binary`` imports."""
    symbols = subprocess.run(
        ["readelf", "--dyn-syms", "--wide", binary], capture_output=True, text=True, check=True
    ).stdout
    called = set()
    for line in symbols.splitlines():
        fields = line.split()
        if len(fields) >= 8 and fields[6] == "UND":
            match = _ICU_FUNCTION.match(fields[7].split("@")[0])
            if match:
                called.add(match.group(1))
    return called


def check_icu_callers(binaries: Iterable[str]) -> None:
    """Raise if a binary calls an ICU service whose data ``trim`` removes."""
    for binary in binaries:
        name = Path(binary).name
        if name.startswith("libicu"):
            continue  # ICU itself
        unexpected = sorted(
            call for call in icu_functions_called(binary) if not ICU_CALLS_KEPT.match(call)
        )
        if unexpected:
            raise RuntimeError(
                f"{name} calls ICU's {', '.join(unexpected)}, whose data the bundle "
                "leaves out: review icu_data.DROPPED_FOLDERS before building"
            )


def _read_symbol(library: str) -> tuple[str, bytes]:
    """The name and bytes of the ``icudt*_dat`` symbol: the data package."""
    symbols = subprocess.run(
        ["readelf", "--dyn-syms", "--wide", library], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(r"^\s*\d+:\s+([0-9a-f]+)\s+(\S+)\s+OBJECT.*\s(icudt\d+_dat)$", symbols, re.M)
    if found is None:
        raise RuntimeError(f"{library} exports no ICU data symbol")
    address, size, name = int(found.group(1), 16), int(found.group(2), 0), found.group(3)
    sections = subprocess.run(
        ["readelf", "--section-headers", "--wide", library],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for match in re.finditer(r"\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", sections):
        start, offset, length = (int(group, 16) for group in match.groups())
        if start <= address < start + length:
            with open(library, "rb") as file:
                file.seek(offset + address - start)
                return name, file.read(size)
    raise RuntimeError(f"{library}: no section holds {name}")


def _items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its items in order, each as (name, bytes).

    The layout (ICU's "common data", ucmndata.h): a header whose first two bytes give
    its size, then a table of contents: an item count and, per item, the offsets of its
    name and of its data, both counted from the start of the table.
    """
    header_size = struct.unpack_from("<H", package, 0)[0]
    table = package[header_size:]
    (count,) = struct.unpack_from("<I", table, 0)
    offsets = [struct.unpack_from("<II", table, 4 + 8 * index) for index in range(count)]
    items = []
    for index, (name_at, data_at) in enumerate(offsets):
        name = table[name_at : table.index(b"\0", name_at)].decode("ascii")
        end = offsets[index + 1][1] if index + 1 < count else len(table)
        items.append((name, table[data_at:end]))
    return package[:header_size], items


def _package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The inverse of ``_items``: a table of contents, the names, the data 16-aligned."""
    names = b""
    name_offsets = []
    names_start = 4 + 8 * len(items)
    for name, _data in items:
        name_offsets.append(names_start + len(names))
        names += name.encode("ascii") + b"\0"
    data = b""
    data_start = _aligned(names_start + len(names))
    data_offsets = []
    for _name, item in items:
        data_offsets.append(data_start + len(data))
        data += item + bytes(_aligned(len(item)) - len(item))
    table = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", name_at, data_at)
        for name_at, data_at in zip(name_offsets, data_offsets, strict=True)
    )
    table += names + bytes(data_start - names_start - len(names))
    return header + table + data


def _aligned(size: int) -> int:
    return -(-size // _ALIGNMENT) * _ALIGNMENT


def is_kept(name: str) -> bool:
    """Whether the item named ``icudt73l/<folder>/<item>`` or ``icudt73l/<item>`` stays."""
    parts = name.split("/")
    if len(parts) > 2:
        return parts[1] not in DROPPED_FOLDERS
    return not parts[-1].endswith(DROPPED_SUFFIXES)


def trim(library: str, target: Path) -> tuple[int, int]:
    """Write the smaller data library to ``target``; returns (bytes before, after)."""
    symbol, package = _read_symbol(library)
    header, items = _items(package)
    smaller = _package(header, [item for item in items if is_kept(item[0])])
    soname = Path(library).name
    with tempfile.TemporaryDirectory() as scratch:
        data_file = Path(scratch) / "data.bin"
        data_file.write_bytes(smaller)
        source = Path(scratch) / "data.s"
        source.write_text(
            ".section .rodata\n.balign 16\n"
            f".globl {symbol}\n.type {symbol}, @object\n{symbol}:\n"
            f'.incbin "{data_file}"\n.size {symbol}, . - {symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n'
        )
        objects = Path(scratch) / "data.o"
        subprocess.run(["as", "-o", str(objects), str(source)], check=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["ld", "-shared", "-soname", soname, "-o", str(target), str(objects)], check=True
        )
    return len(package), len(smaller)
