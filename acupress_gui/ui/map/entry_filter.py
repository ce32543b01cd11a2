"""What the person is looking for: a complaint and some typed words, as one test per entry.

The map, the list and the region labels all ask the same ``EntryFilter`` which entries
to show, so they can never disagree about what a search found. The matching itself is
plain Python (only the names of regions and complaints come translated from Qt): the
words a person types are compared without case, accents, spaces or hyphens, so
"fengchi", "Fēngchí", "gb 20" and "GB-20" all find Wind Pool.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from acupress_gui.core.catalog import Complaint, Entry
from acupress_gui.ui.map import map_layout
from acupress_gui.ui.map.complaint_chips import complaint_name


def _plain(text: str) -> str:
    """Lower case, without accents: what a person types when they do not know the marks."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _compact(text: str) -> str:
    """Plain, and without spaces, hyphens or dots, so "EX-B2" and "exb 2" are one code."""
    return "".join(char for char in _plain(text) if char.isalnum())


def searchable_text(entry: Entry) -> tuple[str, ...]:
    """Everything a person may know an entry by: its title, the names, pinyin and
    characters of its points, their codes and the guide's old codes, and where it is
    and what it is used for ("neck", "low back", "sciatica" find those points), in the
    words the map and the chips show, in English too."""
    texts = [
        entry.title,
        str(entry.region),
        map_layout.region_name(entry.region),
        *(str(complaint) for complaint in entry.complaints),
        *(complaint_name(complaint) for complaint in entry.complaints),
    ]
    if entry.guide_name:
        texts.append(entry.guide_name)
    for point in entry.points:
        texts.extend(point.names)
        texts.extend((point.pinyin, point.characters, point.code))
        if point.guide_code:
            texts.append(point.guide_code)
    return tuple(texts)


@dataclass(frozen=True)
class EntryFilter:
    """A complaint (None for all) and the typed text; an empty filter shows everything."""

    complaint: Complaint | None = None
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return self.complaint is None and not self.text.strip()

    def matches(self, entry: Entry) -> bool:
        if self.complaint is not None and self.complaint not in entry.complaints:
            return False
        return self._text_matches(entry)

    def _text_matches(self, entry: Entry) -> bool:
        words = [_compact(word) for word in self.text.split()]
        words = [word for word in words if word]
        if not words:
            return True
        # Every word is found somewhere: "kidney shu", "gb 20", "wind pool".
        texts = [_compact(text) for text in searchable_text(entry)]
        return all(any(word in text for text in texts) for word in words)
