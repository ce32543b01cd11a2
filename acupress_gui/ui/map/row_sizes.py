"""The measured sizes of the list's rows, kept for every list the app builds.

Measuring a wrapped row is most of what building the list costs, and a kiosk builds a
new list for each visitor from the same texts, fonts and style sheets; so the sizes are
kept by the app (built once, in the composition root), not by each list.
"""

from __future__ import annotations

RowKey = tuple[str, bool, int, str]
"""A row's text, whether it is a heading, its width and its font's key."""

SHEETS_KEPT = 4
"""Style-sheet sets whose sizes are kept: a list passes through a few while its view is
built (it is styled in each widget it is put into), and a theme change makes another."""


class RowSizes:
    """Row sizes (width, height) by ``RowKey``, under the style sheets they were measured
    under: the sheets set the rows' padding and borders, which the key does not hold."""

    def __init__(self) -> None:
        self._by_sheets: dict[str, dict[RowKey, tuple[int, int]]] = {}

    def under(self, sheets: str) -> dict[RowKey, tuple[int, int]]:
        """The sizes measured under ``sheets`` (all that reach the list, joined), to read
        and add to; the sizes of the sets least recently asked for are dropped."""
        sizes = self._by_sheets.pop(sheets, None)
        if sizes is None:
            sizes = {}
            while len(self._by_sheets) >= SHEETS_KEPT:
                del self._by_sheets[next(iter(self._by_sheets))]
        self._by_sheets[sheets] = sizes  # now the most recently asked for
        return sizes
