"""A catalog's translations: a language's texts replace the English ones item by item,
English fills every gap, and a translation can change texts only, never a point's place."""

from __future__ import annotations

import pytest

from acupress_gui.core.catalog import CatalogError, parse_catalog
from tests.core.test_catalog_errors import BUILT_IN as ENGLISH_ONLY

SPANISH = """
[translations.es]
sources = "Fuentes."

[translations.es.entries.wind-pool]
title = "Estanque del Viento"
find_steps = ["uno", "dos", "tres", "cuatro", "cinco"]

[translations.es.points.GB20]
names = ["Estanque del Viento", "Puertas de la Conciencia"]

[translations.es.points.BL23]
label = "Par interior"

[translations.es.routines.low-back]
name = "Zona lumbar"
"""


def with_translations(text: str) -> bytes:
    return (ENGLISH_ONLY + text).encode("utf-8")


def test_a_translation_replaces_the_texts_it_has_and_english_fills_the_rest() -> None:
    english = parse_catalog(with_translations(SPANISH), "clinic.toml")
    spanish = english.in_language("es")

    pool = spanish.entry("wind-pool")
    assert pool is not None
    assert pool.title == "Estanque del Viento"
    assert pool.find_steps == ("uno", "dos", "tres", "cuatro", "cinco")
    english_pool = english.entry("wind-pool")
    assert english_pool is not None
    assert pool.summary == english_pool.summary
    assert pool.points[0].name == "Estanque del Viento"
    assert spanish.points["GB20"] is pool.points[0]
    assert spanish.points["BL23"].label == "Par interior"
    assert spanish.sources == "Fuentes."
    assert [r.name for r in spanish.routines if r.id == "low-back"] == ["Zona lumbar"]
    assert spanish.language == "es"
    assert english.languages == ("en", "es")


def test_a_translation_moves_nothing_and_keeps_every_id() -> None:
    english = parse_catalog(with_translations(SPANISH), "clinic.toml")
    spanish = english.in_language("es")
    assert [e.id for e in spanish.entries] == [e.id for e in english.entries]
    for code, point in english.points.items():
        assert spanish.points[code].positions == point.positions
        assert spanish.points[code].characters == point.characters
    assert [r.entry_ids for r in spanish.routines] == [r.entry_ids for r in english.routines]


def test_switching_language_starts_from_english_so_languages_never_mix() -> None:
    chinese = '\n[translations.zh_CN.entries.heavenly-pillar]\ntitle = "天柱"\n'
    english = parse_catalog(with_translations(SPANISH + chinese), "clinic.toml")
    twice = english.in_language("es").in_language("zh_CN")
    assert twice.language == "zh_CN"
    assert twice.entry("heavenly-pillar").title == "天柱"  # type: ignore[union-attr]
    assert twice.entry("wind-pool").title == "Wind Pool"  # type: ignore[union-attr]
    assert english.in_language("es").in_language("en") == english


def test_a_language_the_file_lacks_is_all_english() -> None:
    english = parse_catalog(ENGLISH_ONLY.encode(), "clinic.toml")
    assert english.in_language("es") is english
    assert english.languages == ("en",)


def test_spot_labels_follow_the_spots_in_order() -> None:
    english = parse_catalog(ENGLISH_ONLY.encode(), "clinic.toml")
    labelled = next(
        p for p in english.points.values() if len(p.spots) > 1 and all(s.label for s in p.spots)
    )
    labels = ", ".join(f'"S{n}"' for n in range(len(labelled.spots)))
    extra = f"\n[translations.es.points.{labelled.code}]\nspot_labels = [{labels}]\n"
    spanish = parse_catalog(with_translations(extra), "clinic.toml").in_language("es")
    assert [s.label for s in spanish.points[labelled.code].spots] == [
        f"S{n}" for n in range(len(labelled.spots))
    ]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            '[translations.es.entries.no-such]\ntitle = "x"',
            ["translations.es.entries", "'no-such'", "not one of the catalog's entries"],
            id="unknown-entry",
        ),
        pytest.param(
            '[translations.es.points.GB99]\nlocation = "x"',
            ["translations.es.points", "'GB99'"],
            id="unknown-point",
        ),
        pytest.param(
            '[translations.es.entries.wind-pool]\nregion = "legs"',
            ["translations.es.entries.wind-pool", "'region'", "unknown field"],
            id="not-a-text",
        ),
        pytest.param(
            '[translations.es.entries.wind-pool]\nfind_steps = ["uno"]',
            ["'find_steps'", "has 1 items; the English has 5"],
            id="list-length",
        ),
        pytest.param(
            '[translations.es.entries.great-vertebra]\nguide_name = "x"',
            ["great-vertebra", "'guide_name'", "no English text"],
            id="text-english-lacks",
        ),
        pytest.param(
            '[translations.es.entries.wind-pool]\ntitle = "   "',
            ["'title'", "non-empty"],
            id="empty",
        ),
        pytest.param(
            '[translations.es.entries.wind-pool]\ntitle = "' + "x" * 81 + '"',
            ["'title'", "81 characters"],
            id="too-long",
        ),
        pytest.param(
            '[translations.Spanish]\nsources = "x"', ["'Spanish'", "language code"], id="bad-code"
        ),
        pytest.param('[translations.en]\nsources = "x"', ["'en'", "English"], id="english"),
        pytest.param(
            '[translations.es]\ntitle = "x"',
            ["translations.es", "'title'", "unknown"],
            id="misplaced",
        ),
        pytest.param(
            '[translations.es]\nclinic_name = "x"',
            ["'clinic_name'", "no English text"],
            id="clinic-name-english-lacks",
        ),
    ],
)
def test_a_bad_translation_refuses_the_file_naming_where(table: str, expected: list[str]) -> None:
    with pytest.raises(CatalogError) as raised:
        parse_catalog(with_translations("\n" + table + "\n"), "clinic.toml")
    message = str(raised.value)
    assert message.startswith("clinic.toml: ")
    for part in expected:
        assert part in message


def test_the_built_in_catalog_is_translated_whole_into_every_language_of_the_app() -> None:
    from acupress_gui.core.catalog import load_catalog
    from acupress_gui.core.languages import CODES

    english = load_catalog()
    assert english.languages == CODES
    for code in CODES[1:]:
        translated = english.in_language(code)
        for entry, own in zip(translated.entries, english.entries, strict=True):
            for name in ("title", "summary", "find_steps", "press_steps", "cautions", "evidence"):
                assert getattr(entry, name) != getattr(own, name), (code, entry.id, name)
            if own.correction is not None:
                assert entry.correction != own.correction, (code, entry.id)
        for point_code, point in translated.points.items():
            assert point.location != english.points[point_code].location, (code, point_code)
            assert point.characters == english.points[point_code].characters
        for routine, own_routine in zip(translated.routines, english.routines, strict=True):
            assert routine.name != own_routine.name, (code, routine.id)
        assert translated.sources != english.sources
