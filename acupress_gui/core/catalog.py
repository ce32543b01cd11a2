"""The point catalog: a human-editable TOML file read into immutable objects.

An *entry* is what a person selects (one line of the source guide); a *point* is one
standard point with one code. A clinic can ship its own file (``--catalog``), so the
loader trusts nothing: any mistake refuses the whole file with a message naming the
file, the entry or point, and the field, because half a catalog on screen would be
worse than none.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from acupress_gui.core.body import FIGURE_HEIGHT, LANDMARKS, Vec

CATALOG_FORMAT = 1
"""The newest ``format`` this loader understands."""

BUILT_IN_NAME = "catalog.toml"

_MAX_HALF_WIDTH = 12.0
"""No point can lie further than this from the midline on the figure."""


class CatalogError(ValueError):
    """The catalog file cannot be used; the message says where and why."""


class Side(StrEnum):
    PAIRED = "paired"
    MIDLINE = "midline"


class PregnancyAdvice(StrEnum):
    """The pregnancy rule of an entry: avoid it, or press gently after asking."""

    AVOID = "avoid"
    GENTLE = "gentle"


@dataclass(frozen=True, slots=True)
class Point:
    """One standard acupressure point; ``positions`` holds one (x, y) per body side.

    For a paired point the person's right side comes first (positive ``x``).
    """

    code: str
    guide_code: str | None
    names: tuple[str, ...]
    pinyin: str
    characters: str
    side: Side
    location: str
    landmark: str
    across: float
    down: float
    positions: tuple[Vec, ...]

    @property
    def name(self) -> str:
        return self.names[0]


@dataclass(frozen=True, slots=True)
class Entry:
    """A selectable group of points with everything the panel shows about them."""

    id: str
    title: str
    points: tuple[Point, ...]
    guide_name: str
    correction: str
    summary: str
    find_steps: tuple[str, ...]
    press_steps: tuple[str, ...]
    traditional_uses: tuple[str, ...]
    cautions: tuple[str, ...]
    pregnancy: PregnancyAdvice

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(point.code for point in self.points)

    @property
    def positions(self) -> tuple[Vec, ...]:
        return tuple(pos for point in self.points for pos in point.positions)

    @property
    def code_summary(self) -> str:
        """The codes as a person reads them: "GB20", "BL23 + BL52", "BL27\u2013BL34"."""
        codes = sorted(self.codes, key=_code_order)
        channels = {_code_order(code)[0] for code in codes}
        numbers = [_code_order(code)[1] for code in codes]
        consecutive = numbers == list(range(numbers[0], numbers[0] + len(numbers)))
        if len(codes) > 2 and len(channels) == 1 and consecutive:
            return f"{codes[0]}\u2013{codes[-1]}"
        return " + ".join(self.codes)


@dataclass(frozen=True, slots=True)
class Catalog:
    """The entries in display order and every point by code."""

    entries: tuple[Entry, ...]
    points: Mapping[str, Point]
    sources: str
    origin: str

    def entry(self, entry_id: str) -> Entry | None:
        return next((entry for entry in self.entries if entry.id == entry_id), None)


def _code_order(code: str) -> tuple[str, int]:
    """("BL", 27) for "BL27", so codes sort by channel, then number."""
    channel = code.rstrip("0123456789")
    digits = code[len(channel) :]
    return channel, int(digits) if digits else 0


def load_catalog(path: Path | str | None = None) -> Catalog:
    """Read and check a catalog file; without ``path``, the built-in one.

    Raises ``CatalogError`` for anything wrong, never a half-read catalog.
    """
    if path is None:
        origin = f"built-in {BUILT_IN_NAME}"
        data = resources.files("acupress_gui.resources").joinpath(BUILT_IN_NAME).read_bytes()
    else:
        origin = str(path)
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise CatalogError(f"{origin}: cannot be read ({error.strerror or error})") from error
    return parse_catalog(data, origin)


def parse_catalog(data: bytes, origin: str) -> Catalog:
    """Build a catalog from the bytes of a TOML file; ``origin`` names it in messages."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CatalogError(
            f"{origin}: is not UTF-8 text (invalid byte at position {error.start}); "
            "save it with UTF-8 encoding"
        ) from error
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogError(f"{origin}: is not valid TOML: {error}") from error

    top = _Table(document, origin, "the file")
    top.allow_only({"format", "sources", "entries", "points"})
    version = top.integer("format")
    if version > CATALOG_FORMAT:
        raise CatalogError(
            f"{origin}: field 'format' is {version}, written for a newer AcuPress "
            f"(this version reads format {CATALOG_FORMAT})"
        )
    sources = top.text("sources")

    points: dict[str, Point] = {}
    for index, table in enumerate(top.tables("points")):
        point = _read_point(_Table(table, origin, f"point #{index + 1}"))
        if point.code in points:
            raise CatalogError(f"{origin}: point '{point.code}', field 'code': duplicate code")
        points[point.code] = point

    entries: list[Entry] = []
    for index, table in enumerate(top.tables("entries")):
        entry = _read_entry(_Table(table, origin, f"entry #{index + 1}"), points)
        if any(existing.id == entry.id for existing in entries):
            raise CatalogError(f"{origin}: entry '{entry.id}', field 'id': duplicate id")
        entries.append(entry)

    return Catalog(tuple(entries), MappingProxyType(points), sources, origin)


def _read_point(table: _Table) -> Point:
    code = table.text("code")
    table.where = f"point '{code}'"
    table.allow_only(
        {
            "code",
            "guide_code",
            "names",
            "pinyin",
            "characters",
            "side",
            "location",
            "landmark",
            "across",
            "down",
        }
    )
    side = Side(table.choice("side", [s.value for s in Side]))
    landmark_name = table.choice("landmark", list(LANDMARKS))
    landmark = LANDMARKS[landmark_name]
    across = table.number("across")
    down = table.number("down")

    x, y = landmark.x + across, landmark.y + down
    if side is Side.MIDLINE and x != 0:
        table.fail("across", f"a midline point must sit on the midline, but it is {x:g} out")
    if side is Side.PAIRED and x <= 0:
        table.fail("across", "a paired point must sit to one side of the midline")
    if not (0 <= y <= FIGURE_HEIGHT and abs(x) <= _MAX_HALF_WIDTH):
        table.fail("down", f"puts the point at ({x:g}, {y:g}), outside the body figure")
    positions = ((x, y), (-x, y)) if side is Side.PAIRED else ((0.0, y),)

    return Point(
        code=code,
        guide_code=table.optional_text("guide_code"),
        names=table.texts("names"),
        pinyin=table.text("pinyin"),
        characters=table.text("characters"),
        side=side,
        location=table.text("location"),
        landmark=landmark_name,
        across=across,
        down=down,
        positions=positions,
    )


def _read_entry(table: _Table, points: Mapping[str, Point]) -> Entry:
    entry_id = table.text("id")
    table.where = f"entry '{entry_id}'"
    table.allow_only(
        {
            "id",
            "title",
            "points",
            "guide_name",
            "correction",
            "summary",
            "find_steps",
            "press_steps",
            "traditional_uses",
            "cautions",
            "pregnancy",
        }
    )
    codes = table.texts("points")
    for code in codes:
        if code not in points:
            table.fail("points", f"names point '{code}', which the catalog does not define")
    return Entry(
        id=entry_id,
        title=table.text("title"),
        points=tuple(points[code] for code in codes),
        guide_name=table.text("guide_name"),
        correction=table.text("correction"),
        summary=table.text("summary"),
        find_steps=table.texts("find_steps"),
        press_steps=table.texts("press_steps"),
        traditional_uses=table.texts("traditional_uses"),
        cautions=table.texts("cautions"),
        pregnancy=PregnancyAdvice(table.choice("pregnancy", [p.value for p in PregnancyAdvice])),
    )


class _Table:
    """Typed reads from one TOML table, failing with the file, the item and the field."""

    def __init__(self, data: Any, origin: str, where: str) -> None:
        self.origin = origin
        self.where = where
        if not isinstance(data, dict):
            raise CatalogError(f"{origin}: {where} is not a table")
        self.data: dict[str, Any] = data

    def fail(self, field: str, problem: str) -> None:
        raise CatalogError(f"{self.origin}: {self.where}, field '{field}': {problem}")

    def allow_only(self, known: set[str]) -> None:
        for key in self.data:
            if key not in known:
                self.fail(key, "unknown field (check its spelling)")

    def _get(self, field: str) -> Any:
        if field not in self.data:
            self.fail(field, "missing")
        return self.data[field]

    def text(self, field: str) -> str:
        value = self._get(field)
        if not isinstance(value, str) or not value.strip():
            self.fail(field, "must be a non-empty string")
        return value.strip()

    def optional_text(self, field: str) -> str | None:
        return self.text(field) if field in self.data else None

    def texts(self, field: str) -> tuple[str, ...]:
        value = self._get(field)
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(item, str) and item.strip() for item in value)
        ):
            self.fail(field, "must be a non-empty list of non-empty strings")
        return tuple(item.strip() for item in value)

    def integer(self, field: str) -> int:
        value = self._get(field)
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(field, "must be a whole number")
        return value

    def number(self, field: str) -> float:
        value = self._get(field)
        is_number = isinstance(value, int | float) and not isinstance(value, bool)
        if not is_number or not math.isfinite(value):
            self.fail(field, "must be a number (B-cun)")
        return float(value)

    def choice(self, field: str, options: list[str]) -> str:
        value = self.text(field)
        if value not in options:
            self.fail(field, f"unknown value '{value}' (expected one of: {', '.join(options)})")
        return value

    def tables(self, field: str) -> list[Any]:
        value = self._get(field)
        if not isinstance(value, list) or not value:
            self.fail(field, "must be a non-empty array of tables")
        return value
