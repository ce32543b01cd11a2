"""Translations the tests make from the code's own strings, so that loading and switching
languages is tested without depending on the translators' files: in each made language
every message is its English source between that language's marks.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from tests.i18n.translation_tools import translation_tools

MARKS = {"es": ("\u00ab", "\u00bb"), "zh_CN": ("\u3010", "\u3011")}
"""Spanish quotes and Chinese brackets: unlike anything the English texts hold."""


def marked(code: str, text: str) -> str:
    """``text`` as the made translation into ``code`` shows it."""
    left, right = MARKS[code]
    return f"{left}{text}{right}"


def make_translations(folder: Path) -> Path:
    """``folder`` with a made ``es.qm`` and ``zh_CN.qm``, and the real ``en.qm``."""
    tools = translation_tools()
    folder.mkdir(parents=True, exist_ok=True)
    for code in MARKS:
        source = folder / f"{code}.ts"
        tools.lupdate(source, code)
        tree = ElementTree.parse(source)
        for message in tree.getroot().iter("message"):
            text = marked(code, message.findtext("source") or "")
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            forms = list(translation.iter("numerusform"))
            for form in forms:
                form.text = text
            if not forms:
                translation.text = text
        tree.write(source, encoding="utf-8", xml_declaration=True)
        tools.lrelease(source, folder / f"{code}.qm")
    shutil.copy(tools.qm_path("en"), folder / "en.qm")
    return folder
