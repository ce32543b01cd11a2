"""Bring the translation sources up to date with the code, and build what the app loads.

    python scripts/update_translations.py [CODE ...]     (make translations: all of them)

For each language of ``core.languages.CODES`` whose ``resources/i18n/<code>.ts`` exists
(``en.ts`` is made when it is missing; the others are the translators'), pyside6-lupdate
reads every string the code marks for translation into the file, keeping what is
translated and dropping what the code no longer says; then pyside6-lrelease builds
``acupress_gui/resources/i18n/<code>.qm``, which the repository keeps, so a pip install
and the bundle need no build step. ``tests/i18n/test_translation_files.py`` checks, with
the functions here, that both are current and that nothing is left untranslated.

English is the code's own language, so ``en.ts`` holds only the strings with a count
(``-pluralonly``), which need a singular and a plural: for a source written the Qt way,
``"%n minute(s)"``, they are filled in here as "%n minute" and "%n minutes"; other
sources get the source in both forms. A form written by hand in ``en.ts`` is kept.

The tools are PySide6's, beside the Python running this script (the venv's bin).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The repository this script is in: it writes there, whichever copy of the app is installed."""
SOURCES = ROOT / "resources" / "i18n"
BUILT = ROOT / "acupress_gui" / "resources" / "i18n"
SCANNED = "acupress_gui"
"""The folder lupdate reads, relative to ROOT, so the files' locations are relative too."""
ENGLISH = "en"
PLURAL_MARK = "(s)"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")
"""The names ``str.format`` fills in (``{path}``) and Qt's count: a translation that
misspells one would raise, or show the wrong number."""

sys.path.insert(0, str(ROOT))
from acupress_gui.core.languages import CODES  # noqa: E402 (this tree's, not the venv's)


def tool(name: str) -> Path:
    """``pyside6-lupdate`` or ``pyside6-lrelease`` of this interpreter's environment."""
    path = Path(sys.executable).parent / f"pyside6-{name}"
    if not path.exists():
        found = shutil.which(f"pyside6-{name}")
        if found is None:
            raise FileNotFoundError(f"pyside6-{name} (it comes with PySide6-Essentials)")
        path = Path(found)
    return path


def _run(command: list[str]) -> None:
    """Run a Qt tool from ROOT; its own words on failure."""
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")


def lupdate(ts_file: Path, code: str) -> None:
    """Update (or create) ``ts_file`` for language ``code`` from the code's strings."""
    command = [str(tool("lupdate")), "-silent", "-extensions", "py", "-locations", "relative"]
    command += ["-no-obsolete", "-source-language", ENGLISH, "-target-language", code]
    if code == ENGLISH:
        command.append("-pluralonly")
    _run([*command, SCANNED, "-ts", str(ts_file)])


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Build ``qm_file`` from ``ts_file``; an unfinished translation is left out (the
    English source shows instead), never shipped as a guess."""
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    _run([str(tool("lrelease")), "-silent", "-nounfinished", str(ts_file), "-qm", str(qm_file)])


@dataclass(frozen=True, slots=True, order=True)
class MessageKey:
    """What makes a message the same message to Qt, whatever line it is on."""

    context: str
    source: str
    comment: str
    numerus: bool


@dataclass(frozen=True, slots=True)
class Message:
    key: MessageKey
    state: str
    """The translation's ``type``: "" when finished, else "unfinished", "vanished" ..."""
    forms: tuple[str, ...]
    """The translation, or each plural form of it."""


def messages(ts_file: Path) -> list[Message]:
    """Every message of ``ts_file``, in file order."""
    found = []
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            key = MessageKey(
                name, message.findtext("source") or "", message.findtext("comment") or "", numerus
            )
            translation = message.find("translation")
            if translation is None:
                found.append(Message(key, "unfinished", ()))
                continue
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(Message(key, translation.get("type", ""), forms))
    return found


def untranslated(ts_file: Path) -> list[MessageKey]:
    """The messages a person would see in English: unfinished, obsolete, or with an
    empty form."""
    return [
        message.key
        for message in messages(ts_file)
        if message.state or not message.forms or not all(form.strip() for form in message.forms)
    ]


def placeholder_mismatches(ts_file: Path) -> list[tuple[MessageKey, str]]:
    """Each translated form whose placeholders are not the source's, with the form."""
    found = []
    for message in messages(ts_file):
        wanted = sorted(PLACEHOLDER.findall(message.key.source))
        for form in message.forms:
            if form and sorted(PLACEHOLDER.findall(form)) != wanted:
                found.append((message.key, form))
    return found


COUNTED_PLURAL = re.compile(r"%n (\w+?)(ies|s)\b")
"""A counted noun written in the plural, "%n days", "%n entries" (not "%n class")."""


def _singular(match: re.Match[str]) -> str:
    stem, ending = match.groups()
    if ending == "s" and stem.endswith(("s", "u", "i")):  # "class", "bonus", "this"
        return match.group(0)
    return f"%n {stem}{'y' if ending == 'ies' else ''}"


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of an English source with a count: "%n minute(s)" (Qt's
    way) or a plural noun after the count, "%n days", which the singular says once."""
    if PLURAL_MARK in source:
        return source.replace(PLURAL_MARK, ""), source.replace(PLURAL_MARK, "s")
    return COUNTED_PLURAL.sub(_singular, source), source


def fill_english(ts_file: Path) -> int:
    """Write the English forms of every plural of ``ts_file`` not yet written; returns
    how many messages were filled."""
    tree = ElementTree.parse(ts_file)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        forms = list(translation.iter("numerusform"))
        if all(form.text for form in forms) and translation.get("type") is None:
            continue
        singular, plural = english_forms(message.findtext("source") or "")
        for index, form in enumerate(forms):
            if not form.text:
                form.text = singular if index == 0 else plural
        translation.attrib.pop("type", None)
        filled += 1
    if filled:
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def ts_path(code: str) -> Path:
    return SOURCES / f"{code}.ts"


def qm_path(code: str) -> Path:
    return BUILT / f"{code}.qm"


def update(code: str) -> None:
    """One language's source brought up to date and its ``.qm`` built."""
    source = ts_path(code)
    lupdate(source, code)
    if code == ENGLISH and fill_english(source):
        lupdate(source, code)  # lupdate's own layout again, so the next run changes nothing
    lrelease(source, qm_path(code))


def main(codes: list[str]) -> int:
    unknown = sorted(set(codes) - set(CODES))
    if unknown:
        print(f"Not a language of AcuPress: {', '.join(unknown)}; use {', '.join(CODES)}")
        return 2
    SOURCES.mkdir(parents=True, exist_ok=True)
    for code in codes or CODES:
        source = ts_path(code)
        if code != ENGLISH and not source.exists():
            print(f"{source.relative_to(ROOT)}: not there yet (the translators' file), skipped")
            continue
        update(code)
        left = len(untranslated(source))
        print(
            f"{source.relative_to(ROOT)}: {len(messages(source))} messages, {left} untranslated"
            f" -> {qm_path(code).relative_to(ROOT)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
