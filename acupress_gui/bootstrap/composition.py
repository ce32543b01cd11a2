"""The composition root: the one place that builds the app's objects and wires them.

The app (``main()``), the tests and ``scripts/make_screenshots.py`` all build through
these functions, so what is tested is what ships. Services live for the whole run; a
visitor session lives for one person (or one language) and is built anew from them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from acupress_gui.core.clock import Clock, SystemClock
from acupress_gui.core.history_recorder import HistoryRecorder
from acupress_gui.core.paths import AppPaths
from acupress_gui.core.preferences import Preferences
from acupress_gui.core.settings import SettingsStore
from acupress_gui.ui.common.theme import Appearance, Theme
from acupress_gui.ui.common.translations import Translations
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.timer.cue_player import CuePlayer
from acupress_gui.ui.visitor.visitor_start import VisitorStart

if TYPE_CHECKING:
    from acupress_gui.core.catalog import Catalog
    from acupress_gui.core.history import HistoryStore
    from acupress_gui.ui.timer.speech_engine import SpeechEngine
    from acupress_gui.ui.visitor.visitor_session import VisitorSession


@dataclass
class Services:
    """What every visitor session shares, for as long as the app runs."""

    paths: AppPaths
    catalog_file: Path | None
    """A clinic's own catalog, or None for the built-in one."""
    clock: Clock
    appearance: Appearance
    preferences: Preferences
    save_problems: SaveProblemRelay
    recorder: HistoryRecorder
    cues: CuePlayer
    translations: Translations
    """The app's language, decided at start and switched from the View menu."""

    _catalog: Catalog | None = None
    _speech: SpeechEngine | None = None
    _speech_language: str | None = None
    """The language the speech engine was made for; None for an engine given to
    ``build_services``, which is kept whatever the language."""

    @property
    def theme(self) -> Theme:
        """The palette applied now, which a new visitor's view is drawn in."""
        return self.appearance.theme

    def catalog(self) -> Catalog:
        """The point catalog in the app's language (English where it has no translation),
        read when the first visitor's view is built (after the window shows: reading it is
        a tenth of start-up); raises ``CatalogError`` for a bad one."""
        if self._catalog is None:
            from acupress_gui.core.catalog import load_catalog

            self._catalog = load_catalog(self.catalog_file)
        return self._catalog.in_language(self.translations.code)

    def speech(self) -> SpeechEngine:
        """The speech engine for the app's language, made with the first visitor and again
        after the language changes; its helper process starts only once spoken guidance is
        wanted (``speech_engine``)."""
        wanted = self.translations.code.split("_")[0]  # the helper matches "zh", "es"
        if self._speech is not None and self._speech_language not in (None, wanted):
            self._speech.close()
            self._speech = None
        if self._speech is None:
            from acupress_gui.ui.timer.speech_engine import SpeechEngine

            self._speech = SpeechEngine(wanted)
            self._speech_language = wanted
        return self._speech

    def close(self) -> None:
        if self._speech is not None:
            self._speech.close()
        self.recorder.close()
        self.translations.remove()


class SaveProblemRelay:
    """Passes the preferences' save problems on to the window, which exists only later."""

    def __init__(self) -> None:
        self.target: Callable[[str | None], None] | None = None

    def __call__(self, problem: str | None) -> None:
        if self.target is not None:
            self.target(problem)


def open_recorder(paths: AppPaths) -> HistoryRecorder:
    """The history, opened on first use (and re-opened after a failure) at its one path."""

    def open_store() -> HistoryStore:
        from acupress_gui.core.history import HistoryStore  # SQLite, after the window shows

        # A folder that cannot be made (a read-only stick) is for the store to report:
        # its HistoryError says why in plain words, and the holds wait in memory.
        with contextlib.suppress(OSError):
            paths.history_file.parent.mkdir(parents=True, exist_ok=True)
        return HistoryStore.open(paths.history_file)

    return HistoryRecorder(open_store)


def build_services(
    paths: AppPaths,
    theme: Theme,
    *,
    catalog_file: Path | None = None,
    clock: Clock | None = None,
    recorder: HistoryRecorder | None = None,
    speech: SpeechEngine | None = None,
    language: str | None = None,
    translations: Translations | None = None,
) -> Services:
    """Read the settings, put the app in its language and make the shared objects; the
    catalog is read when first used, and the speech engine made then too (unless one is
    given).

    The language is ``language`` (``--language``: this run only, not saved), else the
    person's saved choice, else the system's; ``translations`` may load from elsewhere
    (the tests' own files). ``theme`` is the palette until the person's choice is applied
    (``services.appearance.apply``).
    """
    save_problems = SaveProblemRelay()
    preferences = Preferences(SettingsStore(paths.settings_file), save_problems)
    translations = translations or Translations()
    translations.use(preferences.person.language if language is None else language)
    return Services(
        paths=paths,
        catalog_file=catalog_file,
        clock=clock or SystemClock(),
        appearance=Appearance(theme),
        preferences=preferences,
        save_problems=save_problems,
        recorder=recorder or open_recorder(paths),
        cues=CuePlayer(preferences.person.muted),
        translations=translations,
        _speech=speech,
    )


def build_visitor(services: Services, start: VisitorStart) -> VisitorSession:
    """A fresh visitor session on the shared services."""
    # Imported here: the window shows before the visitor's widgets are built.
    from acupress_gui.ui.timer.hold_timer_driver import HoldTimerDriver
    from acupress_gui.ui.timer.speech_engine import speaks_cues
    from acupress_gui.ui.visitor.visitor_session import VisitorSession
    from acupress_gui.ui.visitor.visitor_view import VisitorView

    clock = services.clock
    speech = services.speech()
    preferences = services.preferences
    services.cues.spoken_instead = lambda: speaks_cues(preferences, speech)
    view = VisitorView(
        services.catalog(),
        preferences,
        services.theme,
        services.recorder,
        HoldTimerDriver(clock.monotonic, clock.wall),
        services.cues,
        clock.monotonic,
        clock.wall,
        speech,
    )
    return VisitorSession(view, start)


def build_desktop_window(services: Services) -> DesktopWindow:
    """The desktop shell; its first visitor session comes with ``start_first_session()``."""
    window = DesktopWindow(
        lambda start: build_visitor(services, start),
        services.preferences,
        services.recorder,
        services.paths,
        services.clock.wall,
        services.translations,
        services.appearance,
    )
    services.save_problems.target = window.show_save_problem
    return window
