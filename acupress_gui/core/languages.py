"""The languages AcuPress speaks, and which one to use for a run.

Pure data and choice, without Qt, so the command line, the settings and the tests agree
on the codes before a ``QApplication`` exists. The codes are Qt's locale names, which
also name the ``.ts``/``.qm`` files and the catalog's translation tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

SOURCE_LANGUAGE = "en"
"""The language the code and the catalog are written in; every other falls back to it."""


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    native_name: str
    """The language's name in itself, as a chooser shows it to someone who reads only it."""
    needs_cjk_font: bool = False


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English"),
    Language("zh_CN", "\u7b80\u4f53\u4e2d\u6587", needs_cjk_font=True),
    Language("es", "Espa\u00f1ol"),
)

CODES: tuple[str, ...] = tuple(language.code for language in LANGUAGES)


def language(code: str) -> Language:
    """The language of ``code``; raises ``KeyError`` for a code AcuPress does not have."""
    for each in LANGUAGES:
        if each.code == code:
            return each
    raise KeyError(code)


def check_code(code: str) -> None:
    """Raise ``ValueError`` naming the known codes when ``code`` is not one of them."""
    if code not in CODES:
        raise ValueError(f"{code!r} is not a language of AcuPress; use one of {', '.join(CODES)}")


def best_match(wanted: Iterable[str]) -> str:
    """The first of ``wanted`` (locale names such as ``es_MX`` or ``zh-Hans-CN``, best
    first, as ``QLocale.uiLanguages()`` gives them) that AcuPress has, else English.

    A regional variant falls back to its language (``es_MX`` to ``es``); Chinese written
    in simplified characters (``zh``, ``zh_CN``, ``zh_SG``, ``zh_Hans``) is ``zh_CN``,
    while traditional Chinese (``zh_TW``, ``zh_HK``, ``zh_Hant``) is not offered as it.
    """
    for name in wanted:
        parts = name.replace("-", "_").split("_")
        base = parts[0].lower()
        rest = {part.upper() for part in parts[1:]}
        if base == "zh":
            if rest & {"HANT", "TW", "HK", "MO"}:
                continue
            return "zh_CN"
        if base in CODES:
            return base
    return SOURCE_LANGUAGE
