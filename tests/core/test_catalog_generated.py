"""Generated hostile catalogs: whatever a clinic's file holds, the loader gives a catalog
the screens and the history can use, or refuses it with a short message naming the file.

The built-in catalog is mutated field by field (values dropped, replaced by values of
another type, huge or deeply nested), byte by byte (truncated, spliced with random
bytes) and code by code, and the outcome is checked against what the app relies on.
"""

from __future__ import annotations

import copy
import datetime
import math
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acupress_gui.core.body import BACK_VIEW, FIGURE_HEIGHT, INSETS, LANDMARKS, landmarks_of
from acupress_gui.core.catalog import (
    POINT_COUNTS,
    Catalog,
    CatalogError,
    Complaint,
    Reach,
    Region,
    is_point_code,
    load_catalog,
)
from tests.core.test_catalog_errors import BUILT_IN

pytestmark = pytest.mark.generated

DOCUMENT: dict[str, Any] = tomllib.loads(BUILT_IN)

STANDARD_CODE = re.compile(
    r"(?:LU|LI|ST|SP|HT|SI|BL|KI|PC|TE|GB|LR|CV|GV)(?:[1-9]|[1-6][0-9])"
    r"|EX-(?:HN|CA|B|UE|LE)[1-9][0-9]?"
)
"""What a person calls a standard code: a channel and 1-67, or an extra point."""

INVISIBLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
ONE_LINE_MOST = 160
"""What the lists and headings can show on one line."""
PARAGRAPH_MOST = 2000
LIST_MOST = 40


# --- writing TOML ---------------------------------------------------------------------


@dataclass(frozen=True)
class Raw:
    """TOML text written as it is: numbers too long for ``str``, nesting too deep to build."""

    text: str


ESCAPED = re.compile('["\\\\\x00-\x1f\x7f-\x9f\u2028\u2029]')
"""What the writer spells as an escape: quotes, backslashes and every control character."""


def toml_string(text: str) -> str:
    return '"' + ESCAPED.sub(lambda char: f"\\u{ord(char[0]):04x}", text) + '"'


def toml_value(value: Any) -> str:
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)  # Python's spelling of nan, inf and exponents is TOML's too
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    pairs = (f"{toml_string(key)} = {toml_value(item)}" for key, item in value.items())
    return "{" + ", ".join(pairs) + "}"


def toml_document(document: dict[str, Any]) -> str:
    """The document as one ``key = value`` line per top-level field."""
    return "".join(f"{toml_string(key)} = {toml_value(value)}\n" for key, value in document.items())


# --- what must hold -------------------------------------------------------------------


@pytest.fixture(scope="module")
def clinic_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("generated") / "clinic.toml"


def check_outcome(path: Path, data: bytes) -> None:
    """Load ``data`` from ``path``: a usable catalog, or a short plain refusal naming it."""
    path.write_bytes(data)
    try:
        catalog = load_catalog(path)
    except CatalogError as error:
        message = str(error)
        assert message.startswith(f"{path}: ")
        problem = message[len(str(path)) :]
        assert len(problem) < 400, message
        assert not INVISIBLE.search(problem) and "\n" not in problem, message
        return
    check_usable(catalog)


def check_text(text: str, most: int, *, one_line: bool) -> None:
    assert text and text == text.strip()
    assert len(text) <= most
    assert not INVISIBLE.search(text)
    assert not (one_line and "\n" in text)


def check_usable(catalog: Catalog) -> None:
    assert catalog.entries and catalog.points
    check_text(catalog.sources, PARAGRAPH_MOST, one_line=False)
    for code, point in catalog.points.items():
        assert point.code == code
        assert STANDARD_CODE.fullmatch(code) and is_point_code(code)
        assert code.split() == [code]  # what the history needs to store it
        for one_line in (point.pinyin, point.characters, *point.names):
            check_text(one_line, ONE_LINE_MOST, one_line=True)
        if point.guide_code is not None:
            check_text(point.guide_code, ONE_LINE_MOST, one_line=True)
        check_text(point.location, PARAGRAPH_MOST, one_line=False)
        assert 1 <= len(point.names) <= LIST_MOST
        assert 1 <= len(point.spots) <= LIST_MOST
        assert all(spot.landmark in landmarks_of(point.view) for spot in point.spots)
        assert point.positions
        for x, y in point.positions:
            assert math.isfinite(x) and math.isfinite(y)
            if point.view == BACK_VIEW:
                assert 0 <= y <= FIGURE_HEIGHT and abs(x) <= FIGURE_HEIGHT / 2
            else:
                (left, top), (right, bottom) = INSETS[point.view].bounds
                assert left <= x <= right and top <= y <= bottom
    for entry in catalog.entries:
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}", entry.id)
        check_text(entry.title, ONE_LINE_MOST, one_line=True)
        if entry.from_guide:
            assert entry.guide_name is not None and entry.correction is not None
            check_text(entry.guide_name, ONE_LINE_MOST, one_line=True)
            check_text(entry.correction, PARAGRAPH_MOST, one_line=False)
        else:
            assert entry.guide_name is None and entry.correction is None
        for paragraph in (entry.summary, entry.evidence or "present"):
            check_text(paragraph, PARAGRAPH_MOST, one_line=False)
        assert isinstance(entry.region, Region) and isinstance(entry.reach, Reach)
        assert all(isinstance(complaint, Complaint) for complaint in entry.complaints)
        assert len(set(entry.complaints)) == len(entry.complaints)
        for items in (entry.find_steps, entry.press_steps, entry.traditional_uses, entry.cautions):
            assert 1 <= len(items) <= LIST_MOST
            for item in items:
                check_text(item, PARAGRAPH_MOST, one_line=False)
        assert 1 <= len(entry.points) <= LIST_MOST
        assert all(catalog.points[point.code] is point for point in entry.points)
        check_text(entry.code_summary, 12 * LIST_MOST, one_line=True)


# --- strategies -----------------------------------------------------------------------

standard_codes = st.sampled_from(sorted(POINT_COUNTS)).flatmap(
    lambda channel: st.integers(1, POINT_COUNTS[channel]).map(lambda n: f"{channel}{n}")
)
codes = st.one_of(
    standard_codes,
    st.from_regex(r"(?:[A-Za-z]{1,3}|EX-[A-Za-z]{1,3})[ -]?0?[0-9]{1,3}", fullmatch=True),
    st.integers(1, 6000).map(lambda digits: "GB" + "2" * digits),
    standard_codes.map(lambda code: f" {code}\t"),
    st.text(max_size=8),
)
odd_texts = st.text(max_size=30)
long_texts = st.builds(
    lambda char, count: char * count,
    # A lone surrogate cannot be written to a UTF-8 file, so no catalog holds one.
    st.characters(exclude_categories=["Cs"]),
    st.integers(0, 3000),
)
nested = st.builds(
    lambda depth, table: Raw(
        ("{a = " * depth + "1" + "}" * depth) if table else "[" * depth + "]" * depth
    ),
    st.integers(1, 1200),
    st.booleans(),
)
huge_numbers = st.builds(
    lambda sign, zeros: Raw(f"{sign}1{'0' * zeros}"),
    st.sampled_from(["", "-", "+"]),
    st.integers(300, 6000),
)
readable_texts = st.text(st.characters(categories=["L", "N", "P", "S", "Zs"]), max_size=200)
plausible = st.one_of(
    st.sampled_from(
        [
            "paired",
            "midline",
            "avoid",
            "gentle",
            "GB20",
            "BL23",
            "",
            " ",
            *LANDMARKS,
            *INSETS,
            *Region,
            *Complaint,
            *Reach,
        ]
    ),
    st.floats(-15, 15),
    readable_texts,
    st.lists(readable_texts, min_size=1, max_size=25),
)
"""Values that might be right for some field, so that mutated catalogs also load."""
values = st.one_of(
    st.booleans(),
    st.integers(-100, 100),
    st.integers(),
    huge_numbers,
    st.floats(),
    st.sampled_from([math.nan, math.inf, -math.inf, 1e308, -0.0, 5e-324]),
    odd_texts,
    long_texts,
    codes,
    plausible,
    st.lists(odd_texts, max_size=30),
    st.lists(st.one_of(odd_texts, st.integers(), nested), max_size=4),
    nested,
    st.dates(),
    st.dictionaries(odd_texts, st.integers(), max_size=3),
)


def similar_values(old: Any) -> st.SearchStrategy[Any]:
    """Values of the same type as ``old``: these often load, so the limits are tried from
    both sides."""
    if isinstance(old, str):
        return st.one_of(readable_texts, odd_texts, long_texts, codes)
    if isinstance(old, bool) or not isinstance(old, int | float | list):
        return values
    if isinstance(old, list):
        return st.lists(readable_texts, max_size=25)
    return st.one_of(st.floats(), st.floats(-15, 15), st.integers(-20, 20), huge_numbers)


@st.composite
def places(draw: st.DrawFn, document: dict[str, Any]) -> tuple[dict[str, Any] | list[Any], Any]:
    """A container in ``document`` and a key or index in it: mostly a field of a point or
    an entry, sometimes an item of a list field, sometimes a field of the file itself."""
    container: dict[str, Any] | list[Any] = document
    tables = document.get(draw(st.sampled_from(["points", "entries", "points", "entries", ""])))
    if isinstance(tables, list) and tables:
        table = draw(st.sampled_from(tables))
        if isinstance(table, dict) and table:
            container = table
    if not container:
        return container, None
    key = draw(st.sampled_from(list(container)))
    value = container[key]  # type: ignore[index]
    if isinstance(value, list) and value and draw(st.booleans()):
        return value, draw(st.integers(0, len(value) - 1))
    return container, key


@st.composite
def mutated_documents(draw: st.DrawFn) -> dict[str, Any]:
    """The built-in document with one to three fields or items dropped, replaced or added."""
    document = copy.deepcopy(DOCUMENT)
    for _ in range(draw(st.integers(1, 3))):
        container, key = draw(places(document))
        action = draw(st.sampled_from(["drop", "replace", "replace", "add"]))
        if action == "add":
            if isinstance(container, dict):
                new_key = draw(st.one_of(odd_texts, st.sampled_from(["positions", "origin"])))
                container[new_key] = draw(values)
            else:
                container.append(draw(values))
        elif key is not None and action == "drop":
            del container[key]
        elif key is not None:
            container[key] = draw(st.one_of(similar_values(container[key]), values))
    return document


def text_places(document: dict[str, Any]) -> list[tuple[dict[str, Any] | list[Any], Any]]:
    """Every text in the document: string fields and the items of lists of strings."""
    found: list[tuple[dict[str, Any] | list[Any], Any]] = [(document, "sources")]
    for table in (*document["points"], *document["entries"]):
        for key, value in table.items():
            if isinstance(value, str):
                found.append((table, key))
            elif isinstance(value, list):
                found.extend((value, index) for index in range(len(value)))
    return found


@st.composite
def retexted_documents(draw: st.DrawFn) -> dict[str, Any]:
    """The built-in document with a few of its texts replaced by any text at all."""
    document = copy.deepcopy(DOCUMENT)
    for _ in range(draw(st.integers(1, 3))):
        container, key = draw(st.sampled_from(text_places(document)))
        container[key] = draw(st.one_of(readable_texts, odd_texts, long_texts))
    return document


@st.composite
def recoded_documents(draw: st.DrawFn) -> dict[str, Any]:
    """The built-in document with some points given other codes, everywhere they are used."""
    document = copy.deepcopy(DOCUMENT)
    for _ in range(draw(st.integers(1, 3))):
        point = draw(st.sampled_from(document["points"]))
        old, new = point["code"], draw(codes)
        point["code"] = new
        for entry in document["entries"]:
            entry["points"] = [new if code == old else code for code in entry["points"]]
    return document


@st.composite
def damaged_bytes(draw: st.DrawFn) -> bytes:
    """The built-in file truncated, spliced with random bytes, or with lines moved about."""
    data = BUILT_IN.encode("utf-8")
    kind = draw(st.sampled_from(["truncate", "splice", "lines", "random"]))
    if kind == "truncate":
        return data[: draw(st.integers(0, len(data)))]
    if kind == "splice":
        start = draw(st.integers(0, len(data)))
        end = draw(st.integers(start, min(len(data), start + 40)))
        return data[:start] + draw(st.binary(max_size=20)) + data[end:]
    if kind == "lines":
        lines = data.splitlines(keepends=True)
        for _ in range(draw(st.integers(1, 4))):
            index = draw(st.integers(0, len(lines) - 1))
            line = lines.pop(index)
            if draw(st.booleans()):
                lines.insert(draw(st.integers(0, len(lines))), line)
        return b"".join(lines)
    return draw(st.binary(max_size=300))


# --- the properties -------------------------------------------------------------------


def test_the_writer_reproduces_the_built_in_catalog(clinic_file: Path) -> None:
    """The generated files are only worth testing if an unmutated one loads the same."""
    clinic_file.write_text(toml_document(DOCUMENT), encoding="utf-8")
    written, built_in = load_catalog(clinic_file), load_catalog()
    assert written.entries == built_in.entries
    assert dict(written.points) == dict(built_in.points)
    assert written.sources == built_in.sources


@given(document=mutated_documents())
def test_a_catalog_with_any_field_changed_loads_safely_or_is_refused(
    clinic_file: Path, document: dict[str, Any]
) -> None:
    check_outcome(clinic_file, toml_document(document).encode("utf-8"))


@given(document=retexted_documents())
def test_a_catalog_with_any_texts_loads_safely_or_is_refused(
    clinic_file: Path, document: dict[str, Any]
) -> None:
    check_outcome(clinic_file, toml_document(document).encode("utf-8"))


@given(document=recoded_documents())
def test_a_catalog_with_any_codes_loads_safely_or_is_refused(
    clinic_file: Path, document: dict[str, Any]
) -> None:
    check_outcome(clinic_file, toml_document(document).encode("utf-8"))


@given(data=damaged_bytes())
def test_a_damaged_file_loads_safely_or_is_refused(clinic_file: Path, data: bytes) -> None:
    check_outcome(clinic_file, data)
