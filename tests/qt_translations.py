"""Translation files made at test time: what lupdate reads in the code, filled in by rule.

Nothing here is committed: a test runs pyside6-lupdate on the package it imports (this
worktree's), fills every message in with a made-up translation, and builds a ``.qm`` with
pyside6-lrelease for a ``QTranslator`` to load. Two fillings:

- a **pseudo-locale**, every letter accented, each text about 40% longer and wrapped in
  ``«`` … ``»``, so a screen shows at once what was not translated and what a longer
  language would clip;
- **English plurals**, "%n minute(s)" as "%n minute" and "%n minutes", the forms the
  app's English translation gives, for tests that read English counts.

Only subprocess and XML here: no Qt, so ``tests/ui/conftest.py`` can import it before
it knows whether Qt's widgets load.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import acupress_gui

PACKAGE = Path(acupress_gui.__file__).parent
"""The code lupdate reads: the package these tests import."""

START, END = "\u00ab", "\u00bb"
"""The pseudo-locale's marks around each translated text (no source text uses them)."""

GROWTH = 0.4
"""How much longer a pseudo translation is than its source: German and Spanish text often
runs 30 to 40% longer than English, more in short labels."""

_ACCENTED = str.maketrans(
    "aceinorsuyzACEINORSUYZ",
    "\u00e1\u00e7\u00eb\u00ee\u00f1\u00f6\u0155\u0161\u00fc\u00fd\u017e"
    "\u00c1\u00c7\u00cb\u00ce\u00d1\u00d6\u0154\u0160\u00dc\u00dd\u017d",
)
_PADDING = "\u0175\u00ef\u00f0\u00e9\u0155 "
"""Letters a pseudo translation grows by, with a space now and then so it can wrap."""

_KEPT = re.compile(
    r"\{[^{}]*\}"  # a str.format field: {title}
    r"|%L?n|%L?\d+"  # Qt's count and arguments: %n, %1
    r"|<[^>]*>"  # rich text's tags
    r"|&[A-Za-z]+;|&#\d+;"  # and its entities
    r"|&(?=[^\W\d_])"  # a mnemonic's ampersand: &File
)
"""What a translation must keep as it is; only the text between is pseudo-translated."""


def tool(name: str) -> str:
    """``pyside6-lupdate`` or ``pyside6-lrelease`` beside the Python running the tests."""
    return str(Path(sys.executable).parent / f"pyside6-{name}")


@dataclass(frozen=True)
class Scan:
    """What lupdate found in the code: its messages in a .ts file, and what it said."""

    ts_file: Path
    warnings: str

    def tree(self) -> ElementTree.ElementTree:
        return ElementTree.parse(self.ts_file)

    def contexts(self) -> dict[str, list[str]]:
        """Each context's source texts."""
        return {
            context.findtext("name") or "": [
                message.findtext("source") or "" for message in context.iter("message")
            ]
            for context in self.tree().getroot().iter("context")
        }


def lupdate(ts_file: Path, *, plural_only: bool = False) -> Scan:
    """Read every translatable text of the package into ``ts_file``, as ``make
    translations`` does; lupdate's warnings (a string it could not end, unbalanced
    parentheses) are returned, not raised."""
    command = [tool("lupdate"), "-silent", "-extensions", "py", "-no-obsolete"]
    command += ["-source-language", "en", "-target-language", "en"]
    if plural_only:
        command.append("-pluralonly")
    done = subprocess.run(
        [*command, str(PACKAGE), "-ts", str(ts_file)], capture_output=True, text=True, check=True
    )
    return Scan(ts_file, (done.stdout + done.stderr).strip())


def lrelease(ts_file: Path, qm_file: Path) -> Path:
    subprocess.run(
        [tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        capture_output=True,
        check=True,
    )
    return qm_file


def fill(scan: Scan, translate: Callable[[str], str], target: Path) -> Path:
    """A copy of the scan with every message translated by ``translate``, each plural
    form alike, and marked finished."""
    tree = scan.tree()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = translate(source)
        else:
            translation.text = translate(source)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


def write_qm(messages: dict[tuple[str, str], str], language: str, folder: Path) -> Path:
    """A ``.qm`` holding only ``messages`` ((context, source) to translation), for a test
    that needs a few words in another language."""
    root = ElementTree.Element("TS", version="2.1", language=language, sourcelanguage="en")
    for (context_name, source), translation in messages.items():
        context = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(context, "name").text = context_name
        message = ElementTree.SubElement(context, "message")
        ElementTree.SubElement(message, "source").text = source
        ElementTree.SubElement(message, "translation").text = translation
    ts_file = folder / f"{language}.ts"
    ElementTree.ElementTree(root).write(ts_file, encoding="utf-8", xml_declaration=True)
    return lrelease(ts_file, folder / f"{language}.qm")


def pseudo(text: str) -> str:
    """``text`` accented, about 40% longer, its placeholders and markup kept: each run of
    words between them marked, so that a value filled into a translated sentence stands
    outside the marks: "Saved to {path}." becomes "«Šávëd tö »{path}«.ŵïðé»". Each line
    grows, so a two-line label widens too."""
    return "\n".join(_pseudo_line(line) for line in text.split("\n"))


def _pseudo_line(line: str) -> str:
    parts = _KEPT.split(line)
    kept = _KEPT.findall(line)
    letters = sum(len(part) for part in parts)
    grown = round(letters * GROWTH + 0.49) if letters else 0
    padding = "".join(itertools.islice(itertools.cycle(_PADDING), grown)).rstrip()
    if padding and parts[-1].strip():
        parts[-1] += padding
    elif padding:
        kept.append(padding)  # after the last placeholder, in marks of its own below
        parts.append("")
        parts[-1], kept[-1] = kept[-1], ""
    marked = [
        f"{START}{part.translate(_ACCENTED)}{END}" if part.strip() else part for part in parts
    ]
    return "".join(
        text + token for text, token in itertools.zip_longest(marked, kept, fillvalue="")
    )


def marked_runs(text: str) -> list[str]:
    """The marked runs of a pseudo translation, or of a screen's text: "«Šávëd tö »"."""
    return re.findall(f"{START}[^{START}{END}]*{END}", text)


def english_plural(text: str) -> list[str]:
    """The singular and plural of a source written the Qt way: "%n minute(s)" gives
    "%n minute" and "%n minutes"; a text without "(s)" is the same in both."""
    return [text.replace("(s)", ""), text.replace("(s)", "s")]


def english_plurals(scan: Scan, target: Path) -> Path:
    """``scan`` (lupdate's ``plural_only``) with the English forms of each count."""
    tree = scan.tree()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for form, text in zip(
            translation.findall("numerusform"), english_plural(source), strict=True
        ):
            form.text = text
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target
