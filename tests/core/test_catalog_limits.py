"""Hostile catalogs: each kind of input that once crashed or slipped through is refused
with a plain message naming the file and the field, or accepted in a safe form."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from acupress_gui.core.catalog import CatalogError, is_point_code, load_catalog
from tests.core.test_catalog_errors import BUILT_IN, write_variant


def refusal(path: Path) -> str:
    """The message ``path`` is refused with; it always starts with the file's name."""
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    return message


def nested_table(depth: int) -> str:
    return "{a = " * depth + "1" + "}" * depth


# --- nesting ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "old",
    [
        'pinyin = "Fengchi"',
        "across = 1.85",
        'points = ["GB20"]',
        "format = 2",
        'pregnancy = "gentle"',
    ],
)
def test_a_value_nested_a_thousand_levels_deep_is_refused(tmp_path: Path, old: str) -> None:
    field = old.split(" = ")[0]
    path = write_variant(tmp_path, old, f"{field} = {nested_table(1000)}")
    assert "too deeply" in refusal(path)


def test_nesting_the_reader_can_follow_is_refused_by_the_field(tmp_path: Path) -> None:
    path = write_variant(tmp_path, 'pinyin = "Fengchi"', f"pinyin = {nested_table(200)}")
    message = refusal(path)
    assert "point 'GB20', field 'pinyin': must be a non-empty string" in message


# --- numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "field", "problem"),
    [
        pytest.param("down = 0.0", "down = 1" + "0" * 400, "down", "outside", id="huge-int"),
        pytest.param("down = 0.0", "down = -1" + "0" * 400, "down", "outside", id="huge-neg"),
        pytest.param("across = 1.85", "across = 1e400", "across", "finite", id="inf-literal"),
        pytest.param("down = 0.0", "down = nan", "down", "finite", id="nan"),
        pytest.param("down = 0.0", "down = -inf", "down", "finite", id="minus-inf"),
        pytest.param("across = 1.85", "across = 1.7e308", "across", "outside", id="absurd"),
        pytest.param("across = 1.85", "across = -1.85", "across", "side", id="negative"),
        pytest.param("down = 0.0", "down = -30.0", "down", "outside", id="above-head"),
        pytest.param("across = 1.85", "across = 20", "across", "outside", id="beside-body"),
        pytest.param("format = 2", "format = 0x" + "f" * 5000, "format", "newer", id="fmt-huge"),
        pytest.param("format = 2", "format = 0", "format", "1 or more", id="fmt-zero"),
        pytest.param("format = 2", "format = -1", "format", "1 or more", id="fmt-negative"),
    ],
)
def test_an_absurd_number_is_refused_naming_its_field(
    tmp_path: Path, old: str, new: str, field: str, problem: str
) -> None:
    message = refusal(write_variant(tmp_path, old, new))
    assert f"field '{field}'" in message
    assert problem in message
    assert len(message) < len(str(tmp_path)) + 300


def test_a_number_too_long_to_read_is_refused_with_its_line(tmp_path: Path) -> None:
    path = write_variant(tmp_path, "down = 0.0", "down = 1" + "0" * 5000)
    line = BUILT_IN[: BUILT_IN.index("down = 0.0")].count("\n") + 1
    message = refusal(path)
    assert f"longer than 4300 digits on line {line}" in message
    assert len(message) < len(str(path)) + 100


# --- point codes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        "GB20",
        "BL23",
        "GV4",
        "SI3",
        "LI4",
        "KI3",
        "LU1",
        "BL67",
        "GV29",
        "CV24",
        "EX-B2",
        "EX-B7",
        "EX-UE7",
        "EX-LE12",
        "EX-HN1",
        "EX-CA1",
    ],
)
def test_standard_codes_are_point_codes(code: str) -> None:
    assert is_point_code(code)


@pytest.mark.parametrize(
    "code",
    [
        "GB 20",
        "gb20",
        "GB020",
        "GB0",
        "GB",
        "20",
        "GB45",
        "BL68",
        "LU12",
        "XX1",
        "G20",
        "EX-B10",
        "EX-Q1",
        "EX-B",
        "EX B2",
        "EX-b2",
        "BL23+BL52",
        "GB20\n",
        "",
        "GB" + "2" * 5000,
    ],
)
def test_anything_else_is_not_a_point_code(code: str) -> None:
    assert not is_point_code(code)


def test_a_code_with_thousands_of_digits_is_refused_briefly(tmp_path: Path) -> None:
    code = "GB" + "2" * 4400
    text = BUILT_IN.replace('"GB20"', f'"{code}"')
    path = tmp_path / "clinic.toml"
    path.write_text(text, encoding="utf-8")
    message = refusal(path)
    assert "point #1, field 'code'" in message
    assert "not a standard point code" in message
    assert len(message) < len(str(path)) + 300


def test_a_code_with_a_space_is_refused_before_any_hold_can_use_it(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(BUILT_IN.replace('"GB20"', '"GB 20"'), encoding="utf-8")
    message = refusal(path)
    assert "point #1, field 'code': 'GB 20' is not a standard point code" in message


def test_a_code_past_the_end_of_its_channel_says_how_far_it_goes(tmp_path: Path) -> None:
    message = refusal(write_variant(tmp_path, 'code = "BL10"', 'code = "BL68"'))
    assert "field 'code': 'BL68' is past the end of its channel (BL has points 1 to 67)" in message


def test_an_extra_point_loads_and_reads_as_its_code(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(BUILT_IN.replace('"GB20"', '"EX-HN15"'), encoding="utf-8")
    catalog = load_catalog(path)
    assert catalog.entries[0].code_summary == "EX-HN15"
    assert "EX-HN15" in catalog.points


def test_an_entry_naming_a_point_twice_is_refused(tmp_path: Path) -> None:
    path = write_variant(tmp_path, 'points = ["BL23", "BL52"]', 'points = ["BL23", "BL23"]')
    assert "entry 'sea-of-vitality', field 'points': names point 'BL23' twice" in refusal(path)


# --- text and lists ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "where", "problem"),
    [
        pytest.param(
            'title = "Wind Pool"',
            'title = "Wind\\u0007Pool"',
            "entry 'wind-pool', field 'title'",
            "invisible character U+0007 at character 5",
            id="bell-in-title",
        ),
        pytest.param(
            'title = "Wind Pool"',
            'title = "Wind\\nPool"',
            "entry 'wind-pool', field 'title'",
            "must be one line",
            id="line-break-in-title",
        ),
        pytest.param(
            'pinyin = "Fengchi"',
            'pinyin = "Feng\\u2028chi"',
            "point 'GB20', field 'pinyin'",
            "U+2028",
            id="line-separator",
        ),
        pytest.param(
            'summary = "Wind Pool is',
            'summary = "\\tWind Pool\\tis',
            "entry 'wind-pool', field 'summary'",
            "U+0009",
            id="tab-in-paragraph",
        ),
        pytest.param(
            'title = "Wind Pool"',
            f'title = "{"W" * 81}"',
            "entry 'wind-pool', field 'title'",
            "81 characters long; at most 80",
            id="long-title",
        ),
        pytest.param(
            'summary = "Wind Pool is',
            f'summary = "{"w" * 1000} Wind Pool is',
            "entry 'wind-pool', field 'summary'",
            "at most 1000",
            id="long-paragraph",
        ),
        pytest.param(
            'cautions = [\n  "Dizziness',
            "cautions = [" + '"Careful.", ' * 20 + '\n  "Dizziness',
            "entry 'wind-pool', field 'cautions'",
            "has 24 items; at most 20",
            id="long-list",
        ),
        pytest.param(
            'find_steps = [\n  "Sit',
            'find_steps = [\n  "ok", 7, "Sit',
            "entry 'wind-pool', field 'find_steps'",
            "item 2 must be a non-empty string",
            id="number-in-list",
        ),
        pytest.param(
            'names = ["Wind Pool"',
            'names = ["Wind\\u0000Pool"',
            "point 'GB20', field 'names'",
            "item 1 contains the invisible character U+0000",
            id="nul-in-list",
        ),
        pytest.param(
            'id = "wind-pool"',
            'id = "wind pool"',
            "entry #1, field 'id'",
            "'wind pool' must be a name of letters, digits",
            id="space-in-id",
        ),
        pytest.param(
            'id = "wind-pool"',
            f'id = "{"w" * 41}"',
            "entry #1, field 'id'",
            "at most 40",
            id="long-id",
        ),
        pytest.param(
            'guide_code = "B47"',
            'guide_code = "B4\\r7"',
            "point 'BL52', field 'guide_code'",
            "U+000D",
            id="carriage-return",
        ),
    ],
)
def test_text_that_could_break_a_screen_is_refused(
    tmp_path: Path, old: str, new: str, where: str, problem: str
) -> None:
    message = refusal(write_variant(tmp_path, old, new))
    assert where in message
    assert problem in message


def test_longest_allowed_texts_and_paragraph_breaks_load(tmp_path: Path) -> None:
    summary = next(line for line in BUILT_IN.splitlines() if line.startswith("summary = "))
    path = tmp_path / "clinic.toml"
    path.write_text(
        BUILT_IN.replace('title = "Wind Pool"', f'title = "{"T" * 80}"', 1).replace(
            summary, 'summary = "First paragraph.\\n\\nSecond paragraph."', 1
        ),
        encoding="utf-8",
    )
    entry = load_catalog(path).entries[0]
    assert entry.title == "T" * 80
    assert entry.summary == "First paragraph.\n\nSecond paragraph."


def test_an_odd_unknown_field_name_is_shown_short_and_visible(tmp_path: Path) -> None:
    key = "\\u0007" + "k" * 500
    path = write_variant(tmp_path, 'pinyin = "Fengchi"', f'pinyin = "Fengchi"\n"{key}" = 1')
    message = refusal(path)
    assert "point 'GB20', field '\\u0007kkkk" in message
    assert "\u2026': unknown field" in message
    assert "\x07" not in message
    assert len(message) < len(str(path)) + 100


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        pytest.param(
            'pinyin = "Fengchi"',
            'pinyin = "Fengchi"\npositions = [[1.0, 2.0]]',
            "positions",
            id="point",
        ),
        pytest.param("format = 2", 'format = 2\norigin = "elsewhere"', "origin", id="catalog"),
    ],
)
def test_fields_the_loader_works_out_cannot_be_written_in_the_file(
    tmp_path: Path, old: str, new: str, field: str
) -> None:
    assert f"field '{field}': unknown field" in refusal(write_variant(tmp_path, old, new))


# --- the file as a whole ----------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"  \n\n\t\n", b"\xef\xbb\xbf"])
def test_an_empty_file_is_called_empty(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "clinic.toml"
    path.write_bytes(content)
    assert "clinic.toml: is empty;" in refusal(path)


def test_a_file_of_comments_only_says_so(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text("# our clinic's points\n\n# (to do)\n", encoding="utf-8")
    assert "has no fields, only comments and blank lines" in refusal(path)


def test_a_byte_order_mark_from_a_windows_editor_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_bytes(b"\xef\xbb\xbf" + BUILT_IN.encode("utf-8"))
    assert len(load_catalog(path).entries) == len(load_catalog().entries)


def test_a_file_too_large_for_a_catalog_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(BUILT_IN + "#" * (1024 * 1024), encoding="utf-8")
    assert "larger than 1 MB" in refusal(path)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    assert "is not a file (it is a folder or a device)" in refusal(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    os.mkfifo(path)
    assert "is not a file" in refusal(path)


def test_a_value_quoted_in_a_message_stays_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(BUILT_IN.replace('"GB20"', '"GB\\n20"'), encoding="utf-8")
    message = refusal(path)
    assert "field 'code': 'GB\\u000a20' is not a standard point code" in message
    assert "\n" not in message


def test_a_file_saved_with_windows_line_endings_loads_the_same(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_bytes(BUILT_IN.replace("\n", "\r\n").encode("utf-8"))
    assert load_catalog(path).entries == load_catalog().entries
