"""The kiosk's escape checklist, kept as tables in docs/kiosk.md and read from there.

Each table sits between ``<!-- escape-checklist: NAME -->`` and ``<!-- /escape-checklist
-->``, one row per attempt to leave the kiosk, with an ``id`` column and a ``result``
column last. The ``in-window`` table also says, in its ``action`` column, how to make
the attempt on the real window (under Xvfb with a window manager), in the small
language of ``Action``; a real-window test reads the rows from here, tries each, and
writes what happened with ``with_results``, so the document and the run cannot part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DOCUMENT = Path(__file__).resolve().parents[1] / "docs" / "kiosk.md"
PLACEHOLDER = "to be filled by the real-window run"
"""The result of an attempt nobody has tried yet."""

_START = re.compile(r"^<!-- escape-checklist: ([\w-]+) -->$")
_END = "<!-- /escape-checklist -->"
_CHORD = re.compile(r"[A-Za-z0-9_]+(?:\+[A-Za-z0-9_]+)*")
PLACES = ("centre", "top-left")
"""Where on the window a pointer action happens: its middle, or its top-left corner
(where the staff's long press is)."""


class ChecklistError(ValueError):
    """A checklist table that a run could not follow; the message names the row."""


@dataclass(frozen=True, slots=True)
class Action:
    """How to make one attempt, parsed from text such as ``key alt+F4`` or ``hover 5``.

    - ``key CHORD...``: xdotool key names, typed through the X server (``xdotool key``
      without ``--window``, so the window manager's own bindings see them as they would
      a real keyboard's), the kiosk's window focused first;
    - ``click BUTTON [PLACE]``, ``press SECONDS [PLACE]`` (the left button held down),
      ``hover SECONDS [PLACE]`` (the pointer kept still there);
    - ``drag MODIFIER BUTTON``: the button dragged across the window with the modifier held;
    - ``delete-window``: a WM_DELETE_WINDOW message sent to the window itself;
    - ``wm-close`` and ``wm-minimize``: the window manager asked to close or minimise it
      (``wmctrl -c``, ``xdotool windowminimize``), as its title bar's buttons would;
    - ``pin right`` or ``pin wrong``: the staff PIN, or a wrong one, typed on the PIN pad;
    - ``staff exit``: Exit chosen on the staff screen.
    """

    verb: str
    arguments: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> Action:
        verb, *arguments = text.split()
        if not _valid(verb, arguments):
            raise ChecklistError(f"not an action a run can make: {text!r}")
        return cls(verb, tuple(arguments))

    def __str__(self) -> str:
        return " ".join((self.verb, *self.arguments))


def _valid(verb: str, arguments: list[str]) -> bool:
    def place_ok(rest: list[str]) -> bool:
        return len(rest) <= 1 and all(place in PLACES for place in rest)

    match verb, arguments:
        case "key", [_, *_]:
            return all(_CHORD.fullmatch(chord) for chord in arguments)
        case "click", [button, *rest]:
            return button in {"1", "2", "3"} and place_ok(rest)
        case "press" | "hover", [seconds, *rest]:
            return seconds.isdigit() and int(seconds) > 0 and place_ok(rest)
        case "drag", [modifier, button]:
            return modifier in {"alt", "super", "ctrl", "shift"} and button in {"1", "2", "3"}
        case "delete-window" | "wm-close" | "wm-minimize", []:
            return True
        case "pin", ["right" | "wrong"]:
            return True
        case "staff", ["exit"]:
            return True
    return False


@dataclass(frozen=True, slots=True)
class Attempt:
    """One row of a checklist table, its cells by column name."""

    cells: dict[str, str]
    line: int
    """The row's line in the document, from 1."""

    @property
    def id(self) -> str:
        return self.cells["id"]

    @property
    def result(self) -> str:
        return self.cells["result"]

    @property
    def action(self) -> Action:
        return Action.parse(self.cells["action"].strip("`"))


def read_checklist(text: str, name: str) -> list[Attempt]:
    """The rows of the table ``name``; raises ``ChecklistError`` for a malformed one."""
    lines = text.splitlines()
    first = _table_start(lines, name)
    header = _cells(lines[first])
    if not header or header[0] != "id" or header[-1] != "result":
        raise ChecklistError(f"{name}: the first column must be id and the last result")
    attempts = []
    for number in range(first + 2, len(lines)):
        if lines[number] == _END:
            break
        cells = _cells(lines[number])
        if len(cells) != len(header):
            raise ChecklistError(
                f"{name}, line {number + 1}: {len(cells)} cells, not {len(header)}"
            )
        attempts.append(Attempt(dict(zip(header, cells, strict=True)), number + 1))
    else:
        raise ChecklistError(f"{name}: no {_END} after the table")
    ids = [attempt.id for attempt in attempts]
    if len(set(ids)) != len(ids):
        raise ChecklistError(f"{name}: an id is used twice in {ids}")
    return attempts


def with_results(text: str, name: str, results: dict[str, str]) -> str:
    """``text`` with the result cells of the table ``name`` replaced, by row id; a row
    not in ``results`` keeps its result, and nothing else changes."""
    attempts = {attempt.id: attempt for attempt in read_checklist(text, name)}
    unknown = sorted(set(results) - set(attempts))
    if unknown:
        raise ChecklistError(f"{name}: no rows with the ids {unknown}")
    lines = text.splitlines(keepends=True)
    for row_id, result in results.items():
        if "|" in result or "\n" in result:
            raise ChecklistError(f"{row_id}: a result is one line without '|'")
        index = attempts[row_id].line - 1
        ending = lines[index][len(lines[index].rstrip("\r\n")) :]
        cells = _cells(lines[index])
        cells[-1] = result
        lines[index] = "| " + " | ".join(cells) + " |" + ending
    return "".join(lines)


def _table_start(lines: list[str], name: str) -> int:
    for number, line in enumerate(lines):
        found = _START.match(line)
        if found and found.group(1) == name:
            if number + 2 >= len(lines) or not set(lines[number + 2]) <= set("|-: "):
                raise ChecklistError(f"{name}: a table's header must follow its marker")
            return number + 1
    raise ChecklistError(f"no checklist named {name!r}")


def _cells(line: str) -> list[str]:
    line = line.strip()
    if not (line.startswith("|") and line.endswith("|")):
        return []
    return [cell.strip() for cell in line[1:-1].split("|")]
