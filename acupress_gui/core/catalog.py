"""The point catalog: a human-editable TOML file read into immutable objects.

An *entry* is what a person selects (one line of the source guide); a *point* is one
standard point with one code. A clinic can ship its own file (``--catalog``), so the
loader trusts nothing: any mistake refuses the whole file with a message naming the
file, the entry or point, and the field, because half a catalog on screen would be
worse than none. Every value that is accepted is bounded (codes in the standard form,
positions on the figure, texts and lists of a size the panels can show), so nothing a
file holds can break the screens or the history that use it.

Format 2 gives each entry its region, the complaints it is traditionally used for and
how a person reaches it, and each point its pregnancy advice and the drawing it is on
(the figure or an inset). Format 1 files, from before those fields, still load: the
missing values follow the rules in ``_read_entry`` and ``_finish_format_1``.

A format 2 file may also offer routines (``[[routines]]``), each for one complaint: a
clinic's file then brings its own, and a file without them loads with none. It may also
carry translations of its texts (``[translations.<language>.entries.<id>]`` and so on):
``Catalog.in_language`` gives the catalog in one language, English wherever a
translation leaves a text out, so a clinic's own file needs no translation to work.
"""

from __future__ import annotations

import math
import re
import stat
import sys
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, NoReturn

from acupress_gui.core.body import (
    BACK_VIEW,
    FIGURE_HEIGHT,
    INSETS,
    LANDMARKS,
    Vec,
    landmarks_of,
    mirror,
)
from acupress_gui.core.hold_choices import MAX_CHOSEN_SECONDS, MIN_CHOSEN_SECONDS
from acupress_gui.core.languages import SOURCE_LANGUAGE

CATALOG_FORMAT = 2
"""The newest ``format`` this loader understands."""

BUILT_IN_NAME = "catalog.toml"

MAX_FILE_BYTES = 1024 * 1024
"""A catalog is a small text file (the built-in one is about 70 KB); larger is a mistake."""

_MAX_HALF_WIDTH = 12.0
"""No point can lie further than this from the midline on the figure."""

_COMPUTED = MappingProxyType({"computed": True})
"""Field metadata: the loader works this field out; it is not written in the file."""


# --- point codes: the one place that says what a code may be -------------------------

POINT_COUNTS: Mapping[str, int] = MappingProxyType(
    {
        "LU": 11,
        "LI": 20,
        "ST": 45,
        "SP": 21,
        "HT": 9,
        "SI": 19,
        "BL": 67,
        "KI": 27,
        "PC": 9,
        "TE": 23,
        "GB": 44,
        "LR": 14,
        "CV": 24,
        "GV": 29,
        "EX-HN": 15,
        "EX-CA": 1,
        "EX-B": 9,
        "EX-UE": 11,
        "EX-LE": 12,
    }
)
"""How many points each of the 14 channels has in the WHO standard locations (2008),
and each region of extra points in the WHO standard nomenclature: codes run from 1 to
this number. GV29 is Yintang, which the 2008 standard moved onto the Governor Vessel."""

_CODE_FORM = re.compile(r"(?P<channel>[A-Z]{2}|EX-[A-Z]{1,2})(?P<number>[1-9][0-9]?)")
"""Capital letters, then a number of one or two digits without a leading zero."""


def _code_parts(code: str) -> tuple[str, int] | None:
    """("BL", 27) for "BL27"; None for text not in the form of a code."""
    match = _CODE_FORM.fullmatch(code)
    return (match["channel"], int(match["number"])) if match else None


def point_code_problem(code: str) -> str | None:
    """Why ``code`` is not a standard point code, as the end of a sentence; None if it is.

    Codes are stored in the history and shown everywhere, so they must be the short
    standard ones: a channel and a number (GB20, BL23, GV4) or an extra point (EX-B2).
    """
    parts = _code_parts(code)
    if parts is None:
        return (
            "is not a standard point code: write the channel in capitals with the number "
            "right after it, as in GB20, or an extra point as in EX-B2"
        )
    channel, number = parts
    count = POINT_COUNTS.get(channel)
    if count is None:
        return f"names no standard channel ({channel} is not one of {', '.join(POINT_COUNTS)})"
    if number > count:
        return f"is past the end of its channel ({channel} has points 1 to {count})"
    return None


def is_point_code(code: str) -> bool:
    """Whether ``code`` is a standard point code such as GB20 or EX-B2."""
    return point_code_problem(code) is None


# --- the model ------------------------------------------------------------------------


class CatalogError(ValueError):
    """The catalog file cannot be used; the message says where and why."""


class Side(StrEnum):
    PAIRED = "paired"
    MIDLINE = "midline"


class PregnancyAdvice(StrEnum):
    """The pregnancy rule of a point: avoid it, or press gently after asking."""

    AVOID = "avoid"
    GENTLE = "gentle"


_STRICTNESS = (PregnancyAdvice.GENTLE, PregnancyAdvice.AVOID)
"""Pregnancy advice from the mildest to the strictest."""


def strictest(advice: Collection[PregnancyAdvice]) -> PregnancyAdvice:
    """The strictest of ``advice``; gentle for none."""
    return max(advice, key=_STRICTNESS.index, default=PregnancyAdvice.GENTLE)


class Region(StrEnum):
    """Where on the body an entry is, from the head down; the map groups entries by it."""

    NECK_SHOULDERS = "neck-shoulders"
    UPPER_BACK = "upper-back"
    LOWER_BACK = "lower-back"
    BUTTOCK_SCIATICA = "buttock-sciatica"
    LEGS = "legs"
    HAND = "hand"


class Complaint(StrEnum):
    """What a person looks for points for; entries are tagged with those they are
    traditionally used for."""

    NECK_PAIN = "neck-pain"
    STIFF_NECK = "stiff-neck"
    UPPER_BACK_TENSION = "upper-back-tension"
    LOW_BACK_PAIN = "low-back-pain"
    SCIATICA = "sciatica"


class Reach(StrEnum):
    """How a person presses an entry's points."""

    SELF = "self"
    """With their own hands."""
    BALL = "ball"
    """Lying or leaning on a ball (or with a partner's help)."""
    PARTNER = "partner"
    """Only someone else can press them well."""


@dataclass(frozen=True, slots=True)
class Spot:
    """Where one spot of a point is measured from: a landmark of its view and an offset."""

    landmark: str
    across: float
    down: float
    label: str | None = None
    """What the timer calls this spot of a row when the spots are pressed one by one."""


@dataclass(frozen=True, slots=True)
class Point:
    """One standard acupressure point, at one or more spots of one drawing.

    ``view`` is ``"back"`` (the main figure, in B-cun) or the id of an inset of
    ``core.body.INSETS``, whose coordinates ``positions`` and the spots' landmarks are
    then in. On the figure a paired point has each spot on the person's right first,
    then the mirrored spots on the left; an inset draws only the right limb, so there
    a point has just its spots. Most points have one spot; a row (the lumbar Jiaji)
    has several.
    """

    code: str
    guide_code: str | None
    names: tuple[str, ...]
    pinyin: str
    characters: str
    side: Side
    location: str
    view: str
    pregnancy: PregnancyAdvice
    spots: tuple[Spot, ...]
    positions: tuple[Vec, ...] = field(metadata=_COMPUTED)
    label: str | None = None
    """What the timer calls the point when an entry's points are pressed one by one
    ("Inner pair"); without one, its name and code."""

    @property
    def name(self) -> str:
        return self.names[0]


@dataclass(frozen=True, slots=True)
class Entry:
    """A selectable group of points with everything the panel shows about them.

    ``from_guide`` entries are the source guide's five: they carry what the guide called
    them (``guide_name``) and what was corrected; other entries have neither.
    """

    id: str
    title: str
    region: Region
    complaints: tuple[Complaint, ...]
    reach: Reach
    from_guide: bool
    points: tuple[Point, ...]
    guide_name: str | None
    correction: str | None
    summary: str
    find_steps: tuple[str, ...]
    press_steps: tuple[str, ...]
    traditional_uses: tuple[str, ...]
    cautions: tuple[str, ...]
    evidence: str | None
    """One sentence or two on the best study, naming it and who pressed; None only in
    format 1 files, which had the catalog's ``sources`` alone."""

    @property
    def pregnancy(self) -> PregnancyAdvice:
        """The strictest advice of its points."""
        return strictest([point.pregnancy for point in self.points])

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(point.code for point in self.points)

    @property
    def views(self) -> tuple[str, ...]:
        """The drawings its points are on, in the order of its points."""
        return tuple(dict.fromkeys(point.view for point in self.points))

    def positions_in(self, view: str) -> tuple[Vec, ...]:
        """Every spot of its points on one drawing, in that drawing's coordinates."""
        return tuple(pos for point in self.points if point.view == view for pos in point.positions)

    @property
    def positions(self) -> tuple[Vec, ...]:
        """Its spots on the main figure (none for an entry drawn only on an inset)."""
        return self.positions_in(BACK_VIEW)

    @property
    def code_summary(self) -> str:
        """The codes as a person reads them: "GB20", "BL23 + BL52", "BL27\u2013BL34"."""
        parts = [_code_parts(code) for code in self.codes]
        if len(parts) > 2 and None not in parts:
            ordered = sorted(part for part in parts if part is not None)
            channel, first = ordered[0]
            if ordered == [(channel, first + offset) for offset in range(len(ordered))]:
                return f"{channel}{first}\u2013{channel}{first + len(ordered) - 1}"
        return " + ".join(self.codes)


@dataclass(frozen=True, slots=True)
class RoutinePreset:
    """A routine the catalog offers for one complaint: entries in the order to press them.

    Every entry carries the complaint's tag, so a preset never drifts from what the map's
    "What hurts?" filter shows for the same complaint.
    """

    id: str
    name: str
    complaint: Complaint
    entry_ids: tuple[str, ...]
    hold_seconds: Mapping[str, int]
    """Seconds for the entries that want their own hold; the others take the person's."""


@dataclass(frozen=True, slots=True)
class Translation:
    """One language's texts for a catalog's items: for each, the fields it replaces.

    Only texts are translated; ids, codes, positions and choices are the catalog's own, so
    a translation cannot move a point or change what a routine holds.
    """

    catalog: Mapping[str, Any]
    entries: Mapping[str, Mapping[str, Any]]
    points: Mapping[str, Mapping[str, Any]]
    """By code: ``names``, ``location``, ``label`` and the spots' labels (``spots``)."""
    routines: Mapping[str, Mapping[str, Any]]

    def entry(self, entry: Entry) -> Entry:
        return replace(entry, **self.entries.get(entry.id, {}))

    def point(self, point: Point) -> Point:
        texts = dict(self.points.get(point.code, {}))
        labels = texts.pop("spot_labels", None)
        if labels is not None:
            texts["spots"] = tuple(
                replace(spot, label=label) for spot, label in zip(point.spots, labels, strict=True)
            )
        return replace(point, **texts)

    def routine(self, routine: RoutinePreset) -> RoutinePreset:
        return replace(routine, **self.routines.get(routine.id, {}))


@dataclass(frozen=True, slots=True)
class Catalog:
    """The entries in display order, every point by code, and the routines offered.

    A clinic's own file may name the clinic and give a note line (a telephone number,
    opening hours): the handout prints them, so the catalog is the one place a clinic
    writes its name.
    """

    entries: tuple[Entry, ...]
    points: Mapping[str, Point]
    sources: str
    origin: str = field(metadata=_COMPUTED)
    routines: tuple[RoutinePreset, ...] = ()
    clinic_name: str | None = None
    clinic_note: str | None = None
    translations: Mapping[str, Translation] = field(default_factory=lambda: MappingProxyType({}))
    """Each language's texts, by language code (``zh_CN``, ``es``); English is the file's
    own."""
    language: str = field(default=SOURCE_LANGUAGE, metadata=_COMPUTED)
    """The language of the texts in this copy (``in_language`` makes the others)."""
    _source: Catalog | None = field(default=None, repr=False, compare=False, metadata=_COMPUTED)
    """The English catalog a translated copy was made from, so a copy can be translated
    again without mixing two languages."""

    @property
    def languages(self) -> tuple[str, ...]:
        """English and every language the file has texts for."""
        return (SOURCE_LANGUAGE, *self.translations)

    def in_language(self, code: str) -> Catalog:
        """This catalog with its texts in language ``code``: each text the translation
        has, English for the rest (all of it for a language the file does not have)."""
        english = self._source or self
        translation = english.translations.get(code)
        if translation is None:
            return english
        points = {
            point_code: translation.point(point) for point_code, point in english.points.items()
        }
        entries = tuple(
            replace(
                translation.entry(entry),
                points=tuple(points[point.code] for point in entry.points),
            )
            for entry in english.entries
        )
        return replace(
            english,
            entries=entries,
            points=MappingProxyType(points),
            routines=tuple(translation.routine(routine) for routine in english.routines),
            language=code,
            _source=english,
            **translation.catalog,
        )

    def entry(self, entry_id: str) -> Entry | None:
        return next((entry for entry in self.entries if entry.id == entry_id), None)

    def entries_in(self, region: Region) -> tuple[Entry, ...]:
        return tuple(entry for entry in self.entries if entry.region is region)


def _file_fields(model: type) -> frozenset[str]:
    """The fields of ``model`` that a catalog file writes, so the loader and the model
    cannot drift apart."""
    return frozenset(f.name for f in fields(model) if not f.metadata.get("computed"))


# --- limits ---------------------------------------------------------------------------

_INVISIBLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
"""Control characters (all but the newline, which multi-line rules allow) and the Unicode
line and paragraph separators: none of them belongs in text shown on screen."""
_UNSHOWABLE = re.compile(f"\n|{_INVISIBLE.pattern}")
"""What a value quoted in a one-line message spells out as an escape."""


@dataclass(frozen=True, slots=True)
class _TextRule:
    """How long a text field may be, and whether it may run over several lines."""

    limit: int
    multiline: bool = False

    def problem(self, text: str) -> str | None:
        """What is wrong with ``text`` (already stripped), as the end of a sentence."""
        if len(text) > self.limit:
            return f"is {len(text)} characters long; at most {self.limit} are allowed"
        line_break = text.find("\n")
        if not self.multiline and line_break >= 0:
            return f"must be one line (it has a line break at character {line_break + 1})"
        invisible = _INVISIBLE.search(text)
        if invisible:
            return (
                f"contains the invisible character U+{ord(invisible[0]):04X} at character "
                f"{invisible.start() + 1}; remove it"
            )
        return None


_GUIDE_CODE = _TextRule(16)
_NAME = _TextRule(80)
"""Titles, names, pinyin, characters: what fits on one line of a list or a heading."""
_PHRASE = _TextRule(160)
"""One traditional use: a short phrase in a list."""
_PARAGRAPH = _TextRule(1000, multiline=True)
"""Locations, summaries, corrections, steps and cautions: a paragraph."""
_SOURCES = _TextRule(2000, multiline=True)
_CLINIC_NOTE = _TextRule(200)
"""One line under the clinic's name on a handout."""

_ID = _TextRule(40)
_ID_FORM = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
"""An entry id is a short ASCII name: it is kept in the history and the settings."""

_MAX_POINTS = 500
_MAX_ENTRIES = 200
_MAX_NAMES = 8
_MAX_POINTS_PER_ENTRY = 40
_MAX_SPOTS = 20
"""Spots of one point: a row down the whole back (the Jiaji, T1 to L5) has 17."""
_MAX_LIST_ITEMS = 20
"""Steps, uses and cautions of one entry."""
_MAX_ROUTINES = 40
_MAX_ROUTINE_ENTRIES = 12
"""A routine longer than this is most of an hour; the editor and the handout plan for it."""
_ROUTINE_FIELDS = frozenset({"id", "name", "complaint", "entries", "hold_seconds"})

_ONE_SPOT = frozenset({"landmark", "across", "down"})
"""How a point with a single spot writes it, instead of a ``spots`` list."""
_SPOT_FIELDS = _file_fields(Spot)
"""What one spot of a ``spots`` list may write."""
_POINT_FIELDS = {
    1: frozenset({"code", "guide_code", "names", "pinyin", "characters", "side", "location"})
    | _ONE_SPOT,
    2: _file_fields(Point) | _ONE_SPOT,
}
_ENTRY_FIELDS = {
    1: frozenset(
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
    ),
    2: _file_fields(Entry),
}
"""The fields a file of each format may write."""


# --- reading --------------------------------------------------------------------------


def load_catalog(path: Path | str | None = None) -> Catalog:
    """Read and check a catalog file; without ``path``, the built-in one.

    Raises ``CatalogError`` for anything wrong, never a half-read catalog.
    """
    if path is None:
        origin = f"built-in {BUILT_IN_NAME}"
        data = resources.files("acupress_gui.resources").joinpath(BUILT_IN_NAME).read_bytes()
    else:
        origin = str(path)
        data = _read_file(Path(path), origin)
    return parse_catalog(data, origin)


def _read_file(path: Path, origin: str) -> bytes:
    """The file's bytes, or as many as show it is too large; never waits on a pipe."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise CatalogError(f"{origin}: is not a file (it is a folder or a device)")
        with path.open("rb") as file:
            return file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise CatalogError(f"{origin}: cannot be read ({error.strerror or error})") from error


def parse_catalog(data: bytes, origin: str) -> Catalog:
    """Build a catalog from the bytes of a TOML file; ``origin`` names it in messages."""
    if len(data) > MAX_FILE_BYTES:
        raise CatalogError(
            f"{origin}: is larger than {MAX_FILE_BYTES // 2**20} MB, too large for a catalog"
        )
    document = _parse_toml(_decode(data, origin), origin)

    top = _Table(document, origin, "the file")
    version = top.integer("format")
    if version < 1:
        top.fail("format", "must be 1 or more")
    if version > CATALOG_FORMAT:
        top.fail(
            "format",
            f"asks for a newer AcuPress (this version reads format {CATALOG_FORMAT})",
        )
    top.allow_only(_file_fields(Catalog) | {"format"})
    sources = top.text("sources", _SOURCES)
    clinic_name = top.optional_text("clinic_name", _NAME)
    clinic_note = top.optional_text("clinic_note", _CLINIC_NOTE)

    points: dict[str, Point] = {}
    for index, table in enumerate(top.tables("points", _MAX_POINTS)):
        point = _read_point(_Table(table, origin, f"point #{index + 1}"), version)
        if point.code in points:
            raise CatalogError(f"{origin}: point '{point.code}', field 'code': duplicate code")
        points[point.code] = point

    entries: list[Entry] = []
    entry_pregnancy: dict[str, PregnancyAdvice] = {}
    owners: dict[str, str] = {}
    for index, table in enumerate(top.tables("entries", _MAX_ENTRIES)):
        entry_table = _Table(table, origin, f"entry #{index + 1}")
        entry = _read_entry(entry_table, points, version)
        if any(existing.id == entry.id for existing in entries):
            raise CatalogError(f"{origin}: entry '{entry.id}', field 'id': duplicate id")
        if version == 1:
            entry_pregnancy[entry.id] = PregnancyAdvice(
                entry_table.choice("pregnancy", [p.value for p in PregnancyAdvice])
            )
        else:
            for code in entry.codes:
                if code in owners:
                    entry_table.fail(
                        "points",
                        f"names point '{code}', which entry '{owners[code]}' already has "
                        "(a point belongs to one entry)",
                    )
                owners[code] = entry.id
        entries.append(entry)

    if version == 1:
        if "routines" in top.data:
            top.fail("routines", "routines need format 2 (format 1 entries have no complaints)")
        entries, points = _finish_format_1(entries, points, entry_pregnancy)
    routines = _read_routines(top, {entry.id: entry for entry in entries})
    catalog = Catalog(
        tuple(entries),
        MappingProxyType(points),
        sources,
        origin,
        routines,
        clinic_name,
        clinic_note,
    )
    if "translations" not in top.data:
        return catalog
    if version == 1:
        top.fail("translations", "translations need format 2")
    return replace(catalog, translations=_read_translations(top, catalog))


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(_[A-Z]{2}|_[A-Z][a-z]{3})?")
"""A language as Qt's locales name it: ``es``, ``zh_CN``, ``sr_Latn``."""
_MAX_LANGUAGES = 20

_ENTRY_TEXTS: Mapping[str, _TextRule] = MappingProxyType(
    {
        "title": _NAME,
        "guide_name": _NAME,
        "correction": _PARAGRAPH,
        "summary": _PARAGRAPH,
        "find_steps": _PARAGRAPH,
        "press_steps": _PARAGRAPH,
        "traditional_uses": _PHRASE,
        "cautions": _PARAGRAPH,
        "evidence": _PARAGRAPH,
    }
)
"""What a translation may give an entry, and the rule each text (or list item) keeps."""
_POINT_TEXTS: Mapping[str, _TextRule] = MappingProxyType(
    {"names": _NAME, "location": _PARAGRAPH, "label": _NAME, "spot_labels": _NAME}
)
_ROUTINE_TEXTS: Mapping[str, _TextRule] = MappingProxyType({"name": _NAME})
_CATALOG_TEXTS: Mapping[str, _TextRule] = MappingProxyType(
    {"sources": _SOURCES, "clinic_name": _NAME, "clinic_note": _CLINIC_NOTE}
)


def _read_translations(top: _Table, catalog: Catalog) -> Mapping[str, Translation]:
    """The ``[translations.<language>]`` tables, each checked against the English items:
    a translation may only give texts the English has, with lists of the same length."""
    languages = _Table(top.data["translations"], top.origin, "translations")
    if len(languages.data) > _MAX_LANGUAGES:
        languages.fail("translations", f"has more than {_MAX_LANGUAGES} languages")
    translations: dict[str, Translation] = {}
    for code, data in languages.data.items():
        if not _LANGUAGE_CODE.fullmatch(code) or code == SOURCE_LANGUAGE:
            languages.fail(
                code,
                "is not a language code such as es or zh_CN (English is the file's own text)",
            )
        translations[code] = _read_translation(
            _Table(data, top.origin, f"translations.{code}"), catalog
        )
    return MappingProxyType(translations)


def _read_translation(table: _Table, catalog: Catalog) -> Translation:
    texts = _translated_texts(
        table,
        _CATALOG_TEXTS,
        _english_texts(catalog, _CATALOG_TEXTS),
        exclude={"entries", "points", "routines"},
    )
    entries = _translated_items(
        table, "entries", {entry.id: entry for entry in catalog.entries}, _ENTRY_TEXTS
    )
    points = _translated_items(table, "points", catalog.points, _POINT_TEXTS)
    routines = _translated_items(
        table, "routines", {routine.id: routine for routine in catalog.routines}, _ROUTINE_TEXTS
    )
    return Translation(
        MappingProxyType(texts),
        MappingProxyType(entries),
        MappingProxyType(points),
        MappingProxyType(routines),
    )


def _translated_items(
    parent: _Table, kind: str, english: Mapping[str, Any], rules: Mapping[str, _TextRule]
) -> dict[str, Mapping[str, Any]]:
    if kind not in parent.data:
        return {}
    items = _Table(parent.data[kind], parent.origin, f"{parent.where}.{kind}")
    found: dict[str, Mapping[str, Any]] = {}
    for key, data in items.data.items():
        if key not in english:
            items.fail(key, f"is not one of the catalog's {kind}")
        own = _english_texts(english[key], rules)
        table = _Table(data, parent.origin, f"{parent.where}.{kind}.{key}")
        found[key] = MappingProxyType(_translated_texts(table, rules, own))
    return found


def _english_texts(item: Any, rules: Mapping[str, _TextRule]) -> dict[str, Any]:
    """The English value of each field a translation may give ``item``; None where the
    item has no such text (a point without a label, spots without labels)."""
    own = {name: getattr(item, name, None) for name in rules if name != "spot_labels"}
    if "spot_labels" in rules:
        labels = tuple(spot.label for spot in item.spots)
        own["spot_labels"] = labels if all(labels) else None
    return own


def _translated_texts(
    table: _Table,
    rules: Mapping[str, _TextRule],
    english: Mapping[str, Any],
    exclude: Collection[str] = (),
) -> dict[str, Any]:
    """Each translated text of ``table`` by field, checked by its rule and shaped like the
    English value: a list of as many items, or one text."""
    table.allow_only(frozenset(rules) | frozenset(exclude))
    texts: dict[str, Any] = {}
    for name, rule in rules.items():
        if name not in table.data:
            continue
        own = english.get(name)
        if own is None:
            table.fail(name, "has no English text to translate in this item")
        if isinstance(own, tuple):
            items = table.texts(
                name, rule, _MAX_LIST_ITEMS if name != "spot_labels" else _MAX_SPOTS
            )
            if len(items) != len(own):
                table.fail(name, f"has {len(items)} items; the English has {len(own)}")
            texts[name] = items
        else:
            texts[name] = table.text(name, rule)
    return texts


def _read_routines(top: _Table, entries: Mapping[str, Entry]) -> tuple[RoutinePreset, ...]:
    """The file's ``[[routines]]``, none when it has no such table."""
    if "routines" not in top.data:
        return ()
    routines: list[RoutinePreset] = []
    for index, table in enumerate(top.tables("routines", _MAX_ROUTINES)):
        routine_table = _Table(table, top.origin, f"routine #{index + 1}")
        routine = _read_routine(routine_table, entries)
        for earlier in routines:
            if earlier.id == routine.id:
                routine_table.fail("id", "duplicate id")
            if earlier.name.casefold() == routine.name.casefold():
                # People start and print routines by name, so a name must say which.
                routine_table.fail(
                    "name", f"routine '{earlier.id}' already has the name {_shown(routine.name)}"
                )
        routines.append(routine)
    return tuple(routines)


def _read_routine(table: _Table, entries: Mapping[str, Entry]) -> RoutinePreset:
    routine_id = table.text("id", _ID)
    if not _ID_FORM.fullmatch(routine_id):
        table.fail(
            "id",
            f"{_shown(routine_id)} must be a name of letters, digits, '-' and '_' with no "
            "spaces, such as low-back",
        )
    table.where = f"routine '{routine_id}'"
    table.allow_only(_ROUTINE_FIELDS)
    complaint = Complaint(table.choice("complaint", [c.value for c in Complaint]))
    entry_ids = table.texts("entries", _ID, _MAX_ROUTINE_ENTRIES)
    for index, entry_id in enumerate(entry_ids):
        entry = entries.get(entry_id)
        if entry is None:
            table.fail(
                "entries", f"names entry {_shown(entry_id)}, which the catalog does not define"
            )
        if entry_id in entry_ids[:index]:
            table.fail("entries", f"names entry '{entry_id}' twice")
        if complaint not in entry.complaints:
            table.fail(
                "entries",
                f"names entry '{entry_id}', which is not tagged '{complaint}' (a routine "
                "holds only entries for its complaint; add the tag to the entry's complaints)",
            )
    hold_seconds: dict[str, int] = {}
    if "hold_seconds" in table.data:
        holds = table.data["hold_seconds"]
        if not isinstance(holds, dict) or not holds:
            table.fail(
                "hold_seconds",
                'must be a table of entries and seconds, such as { "wind-pool" = 90 }',
            )
        for entry_id, seconds in holds.items():
            if entry_id not in entry_ids:
                table.fail(
                    "hold_seconds",
                    f"names entry {_shown(entry_id)}, which the routine does not have",
                )
            if not isinstance(seconds, int) or isinstance(seconds, bool):
                table.fail("hold_seconds", f"'{entry_id}' must be a whole number of seconds")
            if not MIN_CHOSEN_SECONDS <= seconds <= MAX_CHOSEN_SECONDS:
                table.fail(
                    "hold_seconds",
                    f"'{entry_id}' is {_shown(str(seconds))} s; a hold is {MIN_CHOSEN_SECONDS} to "
                    f"{MAX_CHOSEN_SECONDS} s",
                )
            hold_seconds[entry_id] = seconds
    return RoutinePreset(
        id=routine_id,
        name=table.text("name", _NAME),
        complaint=complaint,
        entry_ids=entry_ids,
        hold_seconds=MappingProxyType(hold_seconds),
    )


def _finish_format_1(
    entries: list[Entry],
    points: dict[str, Point],
    entry_pregnancy: Mapping[str, PregnancyAdvice],
) -> tuple[list[Entry], dict[str, Point]]:
    """Format 1 set pregnancy advice per entry: each point takes the strictest advice of
    the entries that name it (gentle if none does), so each entry keeps its own."""
    for code, point in points.items():
        naming = [entry_pregnancy[e.id] for e in entries if code in e.codes]
        points[code] = replace(point, pregnancy=strictest(naming))
    entries = [replace(e, points=tuple(points[code] for code in e.codes)) for e in entries]
    return entries, points


_FORMAT_1_REGION_BELOW: tuple[tuple[float, Region], ...] = (
    (LANDMARKS["T1"].y, Region.NECK_SHOULDERS),
    (LANDMARKS["T12"].y, Region.UPPER_BACK),
    (LANDMARKS["S4"].y + 0.5, Region.LOWER_BACK),
    (LANDMARKS["gluteal_fold"].y + 1.0, Region.BUTTOCK_SCIATICA),
)
_FORMAT_1_ARM_FROM = 8.0
"""A format-1 point further than this from the midline is on the arm, so on the hand."""


def _format_1_region(point: Point) -> Region:
    """Format 1 had no regions: an entry's is read from the height of its first point on
    the figure (above T1 the neck, above T12 the upper back, to just below S4 the lower
    back, to just below the buttock crease the buttock, then the legs; on the arm, the
    hand)."""
    x, y = point.positions[0]
    if abs(x) > _FORMAT_1_ARM_FROM:
        return Region.HAND
    return next((region for below, region in _FORMAT_1_REGION_BELOW if y < below), Region.LEGS)


def _decode(data: bytes, origin: str) -> str:
    """The text of the file; a byte-order mark, as some Windows editors write, is dropped."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8-sig", errors="replace")) + 1
        line = data.count(b"\n", 0, error.start) + 1
        raise CatalogError(
            f"{origin}: is not UTF-8 text (line {line}, column {column} has a byte that "
            "UTF-8 does not allow); save it with UTF-8 encoding"
        ) from error


def _parse_toml(text: str, origin: str) -> dict[str, Any]:
    if not text.strip():
        raise CatalogError(
            f"{origin}: is empty; a catalog needs the fields format, sources, points and entries"
        )
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogError(f"{origin}: is not valid TOML: {error}") from error
    except ValueError as error:
        # tomllib lets Python's own refusal of very long whole numbers through.
        digits = sys.get_int_max_str_digits()
        raise CatalogError(
            f"{origin}: has a number longer than {digits} digits"
            f"{_line_of_long_number(text, digits)}"
        ) from error
    except RecursionError as error:
        raise CatalogError(
            f"{origin}: nests lists or tables too deeply to read "
            "(a catalog needs only a few levels)"
        ) from error
    if not document:
        raise CatalogError(f"{origin}: has no fields, only comments and blank lines")
    return document


def _line_of_long_number(text: str, digits: int) -> str:
    """Where the too long number is, as the end of a sentence: " on line 12"."""
    # The look-behind starts a try only at the first digit of a run, so this stays linear.
    run = re.search(rf"(?<![0-9_])[0-9][0-9_]{{{digits},}}", text)
    if run is None:
        return ""
    line = text.count("\n", 0, run.start()) + 1
    return f" on line {line}"


def _read_point(table: _Table, version: int) -> Point:
    code = table.code("code")
    table.where = f"point '{code}'"
    table.allow_only(_POINT_FIELDS[version])
    side = Side(table.choice("side", [s.value for s in Side]))
    view = table.choice("view", [BACK_VIEW, *INSETS]) if "view" in table.data else BACK_VIEW
    if view != BACK_VIEW and side is Side.MIDLINE:
        table.fail("side", f"the '{view}' inset shows one limb, so its points are paired")

    if "spots" in table.data:
        for key in sorted(_ONE_SPOT & table.data.keys()):
            table.fail(key, "a point with 'spots' gives each spot's landmark there, not here")
        spot_tables = table.tables("spots", _MAX_SPOTS)
        spots = tuple(
            _read_listed_spot(
                _Table(spot, table.origin, f"{table.where}, spot #{number}"), view, side
            )
            for number, spot in enumerate(spot_tables, start=1)
        )
    else:
        spots = (_read_spot(table, view, side),)
    places = [_place(spot, view) for spot in spots]
    if view == BACK_VIEW and side is Side.PAIRED:
        positions = (*places, *map(mirror, places))
    else:
        positions = tuple(places)

    if version == 1:
        pregnancy = PregnancyAdvice.GENTLE  # set from the entries by _finish_format_1
    else:
        pregnancy = PregnancyAdvice(table.choice("pregnancy", [p.value for p in PregnancyAdvice]))
    return Point(
        code=code,
        guide_code=table.optional_text("guide_code", _GUIDE_CODE),
        names=table.texts("names", _NAME, _MAX_NAMES),
        pinyin=table.text("pinyin", _NAME),
        characters=table.text("characters", _NAME),
        side=side,
        location=table.text("location", _PARAGRAPH),
        view=view,
        pregnancy=pregnancy,
        spots=spots,
        positions=positions,
        label=table.optional_text("label", _NAME),
    )


def _read_listed_spot(table: _Table, view: str, side: Side) -> Spot:
    """One spot of a ``spots`` list, which may have a label of its own."""
    table.allow_only(_SPOT_FIELDS)
    return replace(_read_spot(table, view, side), label=table.optional_text("label", _NAME))


def _place(spot: Spot, view: str) -> Vec:
    landmark = landmarks_of(view)[spot.landmark]
    return (landmark.x + spot.across, landmark.y + spot.down)


def _read_spot(table: _Table, view: str, side: Side) -> Spot:
    """One spot, checked to lie on its drawing and on the side its point says."""
    spot = Spot(
        landmark=table.choice("landmark", list(landmarks_of(view))),
        across=table.offset("across"),
        down=table.offset("down"),
    )
    x, y = _place(spot, view)
    if view == BACK_VIEW:
        if side is Side.MIDLINE and x != 0:
            table.fail("across", f"a midline point must sit on the midline, but it is {x:g} out")
        if side is Side.PAIRED and x <= 0:
            table.fail("across", "a paired point must sit to one side of the midline")
        if not 0 <= y <= FIGURE_HEIGHT:
            table.fail("down", f"puts the point at ({x:g}, {y:g}), outside the body figure")
        if abs(x) > _MAX_HALF_WIDTH:
            table.fail("across", f"puts the point at ({x:g}, {y:g}), outside the body figure")
        return spot
    (left, top), (right, bottom) = INSETS[view].bounds
    if not left <= x <= right:
        table.fail("across", f"puts the point at ({x:g}, {y:g}), outside the '{view}' inset")
    if not top <= y <= bottom:
        table.fail("down", f"puts the point at ({x:g}, {y:g}), outside the '{view}' inset")
    return spot


def _read_entry(table: _Table, points: Mapping[str, Point], version: int) -> Entry:
    entry_id = table.text("id", _ID)
    if not _ID_FORM.fullmatch(entry_id):
        table.fail(
            "id",
            f"{_shown(entry_id)} must be a name of letters, digits, '-' and '_' with no "
            "spaces, such as wind-pool",
        )
    table.where = f"entry '{entry_id}'"
    table.allow_only(_ENTRY_FIELDS[version])
    codes = table.texts("points", _NAME, _MAX_POINTS_PER_ENTRY)
    for index, code in enumerate(codes):
        if code not in points:
            table.fail("points", f"names point {_shown(code)}, which the catalog does not define")
        if code in codes[:index]:
            table.fail("points", f"names point '{code}' twice")
    entry_points = tuple(points[code] for code in codes)

    if version == 1:
        # Every format-1 entry was one of the guide's, with its name and correction;
        # regions, complaints, reach and evidence did not exist yet.
        region = _format_1_region(entry_points[0])
        complaints: tuple[Complaint, ...] = ()
        reach = Reach.SELF
        from_guide = True
        evidence = None
    else:
        region = Region(table.choice("region", [r.value for r in Region]))
        complaints = tuple(
            Complaint(c) for c in table.choices("complaints", [c.value for c in Complaint])
        )
        reach = Reach(table.choice("reach", [r.value for r in Reach]))
        from_guide = table.boolean("from_guide") if "from_guide" in table.data else False
        evidence = table.text("evidence", _PARAGRAPH)
        if not from_guide:
            for key in ("guide_name", "correction"):
                if key in table.data:
                    table.fail(key, "only an entry with from_guide = true has one")
    return Entry(
        id=entry_id,
        title=table.text("title", _NAME),
        region=region,
        complaints=complaints,
        reach=reach,
        from_guide=from_guide,
        points=entry_points,
        guide_name=table.text("guide_name", _NAME) if from_guide else None,
        correction=table.text("correction", _PARAGRAPH) if from_guide else None,
        summary=table.text("summary", _PARAGRAPH),
        find_steps=table.texts("find_steps", _PARAGRAPH, _MAX_LIST_ITEMS),
        press_steps=table.texts("press_steps", _PARAGRAPH, _MAX_LIST_ITEMS),
        traditional_uses=table.texts("traditional_uses", _PHRASE, _MAX_LIST_ITEMS),
        cautions=table.texts("cautions", _PARAGRAPH, _MAX_LIST_ITEMS),
        evidence=evidence,
    )


def _shown(value: str) -> str:
    """``value`` quoted for a message: short, and with anything invisible spelled out."""
    if len(value) > 24:
        value = value[:20] + "\u2026"
    return "'" + _UNSHOWABLE.sub(lambda char: f"\\u{ord(char[0]):04x}", value) + "'"


_MOST_OPTIONS_SHOWN = 8
"""A longer list of allowed values (the landmarks) is named, not spelled out, in a message."""


def _options(options: list[str]) -> str:
    """The allowed values as the end of "expected ...": all of a few, or some of many."""
    if len(options) <= _MOST_OPTIONS_SHOWN:
        return f"one of: {', '.join(options)}"
    return (
        f"one of the {len(options)} names listed in the comments at the top of the "
        f"built-in catalog, such as {', '.join(options[:3])}"
    )


class _Table:
    """Typed reads from one TOML table, failing with the file, the item and the field."""

    def __init__(self, data: Any, origin: str, where: str) -> None:
        self.origin = origin
        self.where = where
        if not isinstance(data, dict):
            raise CatalogError(f"{origin}: {where} is not a table")
        self.data: dict[str, Any] = data

    def fail(self, field: str, problem: str) -> NoReturn:
        raise CatalogError(f"{self.origin}: {self.where}, field {_shown(field)}: {problem}")

    def allow_only(self, known: frozenset[str]) -> None:
        for key in self.data:
            if key not in known:
                self.fail(key, "unknown field (check its spelling)")

    def _get(self, field: str) -> Any:
        if field not in self.data:
            self.fail(field, "missing")
        return self.data[field]

    def text(self, field: str, rule: _TextRule) -> str:
        value = self._get(field)
        if not isinstance(value, str) or not value.strip():
            self.fail(field, "must be a non-empty string")
        problem = rule.problem(value.strip())
        if problem:
            self.fail(field, problem)
        return value.strip()

    def optional_text(self, field: str, rule: _TextRule) -> str | None:
        return self.text(field, rule) if field in self.data else None

    def texts(self, field: str, rule: _TextRule, most: int) -> tuple[str, ...]:
        value = self._get(field)
        if not isinstance(value, list) or not value:
            self.fail(field, "must be a non-empty list of non-empty strings")
        if len(value) > most:
            self.fail(field, f"has {len(value)} items; at most {most} are allowed")
        for number, item in enumerate(value, start=1):
            if not isinstance(item, str) or not item.strip():
                self.fail(field, f"item {number} must be a non-empty string")
            problem = rule.problem(item.strip())
            if problem:
                self.fail(field, f"item {number} {problem}")
        return tuple(item.strip() for item in value)

    def code(self, field: str) -> str:
        """A standard point code, checked however long the text is."""
        value = self._get(field)
        if not isinstance(value, str):
            self.fail(field, 'must be a point code in quotes, such as "GB20"')
        code = value.strip()
        problem = point_code_problem(code)
        if problem:
            self.fail(field, f"{_shown(code)} {problem}")
        return code

    def integer(self, field: str) -> int:
        value = self._get(field)
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(field, "must be a whole number")
        return value

    def offset(self, field: str) -> float:
        """A distance in B-cun from a landmark: finite, and small enough to stay on the
        figure (compared before any conversion, so a huge whole number cannot overflow)."""
        value = self._get(field)
        if not isinstance(value, int | float) or isinstance(value, bool):
            self.fail(field, "must be a number (B-cun)")
        if isinstance(value, float) and not math.isfinite(value):
            self.fail(field, f"must be a finite number (B-cun), not {value}")
        if not -FIGURE_HEIGHT <= value <= FIGURE_HEIGHT:
            self.fail(
                field,
                f"puts the point outside the body figure (an offset is at most "
                f"{FIGURE_HEIGHT:g} B-cun either way)",
            )
        return float(value)

    def boolean(self, field: str) -> bool:
        value = self._get(field)
        if not isinstance(value, bool):
            self.fail(field, "must be true or false (without quotes)")
        return value

    def choices(self, field: str, options: list[str]) -> tuple[str, ...]:
        """A non-empty list of distinct values, each one of ``options``."""
        value = self._get(field)
        if not isinstance(value, list) or not value:
            self.fail(field, f"must be a non-empty list of: {_options(options)}")
        for number, item in enumerate(value, start=1):
            if not isinstance(item, str) or item.strip() not in options:
                shown = _shown(item) if isinstance(item, str) else "that is not text"
                self.fail(
                    field,
                    f"item {number} is an unknown value {shown} (expected {_options(options)})",
                )
        chosen = tuple(item.strip() for item in value)
        if len(set(chosen)) != len(chosen):
            self.fail(field, "names a value twice")
        return chosen

    def choice(self, field: str, options: list[str]) -> str:
        value = self._get(field)
        if not isinstance(value, str):
            self.fail(field, f"must be {_options(options)}")
        if value.strip() not in options:
            self.fail(field, f"unknown value {_shown(value)} (expected {_options(options)})")
        return value.strip()

    def tables(self, field: str, most: int) -> list[Any]:
        value = self._get(field)
        if not isinstance(value, list) or not value:
            self.fail(field, "must be a non-empty array of tables")
        if len(value) > most:
            self.fail(field, f"has {len(value)} tables; at most {most} are allowed")
        return value
