"""Each translation source says what the code says, leaves nothing in English, and is
what the app loads: the ``.qm`` kept in the package is the one its ``.ts`` builds.

The checks run ``scripts/update_translations.py``'s own lupdate and lrelease (what
``make translations`` runs), on copies, so a string added to the code without running it
fails here, whichever line it is on. A language whose ``.ts`` has not arrived yet is
skipped, and fails with ``CI=true``; English's own file (only its plurals) must be there.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from acupress_gui.core.languages import CODES, SOURCE_LANGUAGE
from tests import capabilities
from tests.i18n.translation_tools import ROOT, translation_tools

SHOWN = 8
"""How many differing messages a failure lists."""


@pytest.fixture(scope="module")
def tools() -> ModuleType:
    return translation_tools()


def source_of(tools: ModuleType, code: str) -> Path:
    source: Path = tools.ts_path(code)
    if not source.exists():
        where = source.relative_to(ROOT)
        if code == SOURCE_LANGUAGE:
            pytest.fail(f"{where} is missing: run make translations")
        capabilities.missing(f"{where} is not there yet (the translators' file)")
    return source


def _listed(keys: Iterable[Any]) -> str:
    shown = sorted(keys)
    lines = [f"  [{key.context}] {key.source!r} ({key.comment!r})" for key in shown[:SHOWN]]
    if len(shown) > SHOWN:
        lines.append(f"  ... and {len(shown) - SHOWN} more")
    return "\n".join(lines)


@pytest.mark.parametrize("code", CODES)
def test_each_source_holds_exactly_what_the_code_says(
    tools: ModuleType, code: str, tmp_path: Path
) -> None:
    source = source_of(tools, code)
    updated = tmp_path / source.name
    shutil.copy(source, updated)
    tools.lupdate(updated, code)
    kept = {message.key for message in tools.messages(source)}
    current = {message.key for message in tools.messages(updated)}
    assert kept == current, (
        f"{source.name} is not current with the code: run make translations.\n"
        f"In the code, not in {source.name}:\n{_listed(current - kept)}\n"
        f"In {source.name}, no longer in the code:\n{_listed(kept - current)}"
    )


@pytest.mark.parametrize("code", CODES)
def test_nothing_is_left_untranslated(tools: ModuleType, code: str) -> None:
    source = source_of(tools, code)
    left = tools.untranslated(source)
    assert not left, f"{source.name}: unfinished or empty:\n{_listed(left)}"


@pytest.mark.parametrize("code", CODES)
def test_translations_keep_the_placeholders_of_their_source(tools: ModuleType, code: str) -> None:
    """A ``{name}`` misspelled in a translation would raise when the text is shown."""
    source = source_of(tools, code)
    wrong = tools.placeholder_mismatches(source)
    assert not wrong, "\n".join(f"{key.source!r} -> {form!r}" for key, form in wrong)


@pytest.mark.parametrize("code", CODES)
def test_the_shipped_qm_is_built_from_its_source(
    tools: ModuleType, code: str, tmp_path: Path
) -> None:
    """lrelease writes the same bytes for the same source, so bytes are compared."""
    source = source_of(tools, code)
    shipped: Path = tools.qm_path(code)
    assert shipped.exists(), f"{shipped.relative_to(ROOT)} is missing: run make translations"
    built = tmp_path / shipped.name
    tools.lrelease(source, built)
    assert shipped.read_bytes() == built.read_bytes(), (
        f"{shipped.relative_to(ROOT)} is not built from {source.name}: run make translations"
    )


def test_every_shipped_qm_has_its_source(tools: ModuleType) -> None:
    shipped = sorted(path.stem for path in tools.BUILT.glob("*.qm"))
    assert set(shipped) <= set(CODES)
    assert all(tools.ts_path(code).exists() for code in shipped)


def test_english_plurals_read_as_english(tools: ModuleType) -> None:
    """The Qt way of writing a count's source, "%n minute(s)", becomes two real words."""
    assert tools.english_forms("%n minute(s) left") == ("%n minute left", "%n minutes left")
    assert tools.english_forms("Holds: %n") == ("Holds: %n", "Holds: %n")
    assert tools.english_forms("on %n days, %n entries") == (
        "on %n day, %n entry",
        "on %n days, %n entries",
    )
    assert tools.english_forms("%n class") == ("%n class", "%n class")
    forms = [message.forms for message in tools.messages(source_of(tools, SOURCE_LANGUAGE))]
    assert forms and all(len(each) == 2 and "(s)" not in "".join(each) for each in forms)
