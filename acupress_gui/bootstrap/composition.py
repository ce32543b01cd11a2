"""The composition root: the one place that builds the app's objects and wires them.

The app (``main()``), the tests and ``scripts/make_screenshots.py`` all build through
these functions, so what is tested is what ships. Services live for the whole run; a
visitor session lives for one person (or one language) and is built anew from them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from acupress_gui.core.clock import Clock, SystemClock
from acupress_gui.core.history_recorder import HistoryRecorder
from acupress_gui.core.paths import AppPaths
from acupress_gui.core.preferences import (
    DeviceSettings,
    MemoryStore,
    PersonPreferences,
    Preferences,
    StoredPreferences,
)
from acupress_gui.core.settings import SettingsStore
from acupress_gui.ui.common.theme import Appearance, Theme
from acupress_gui.ui.common.translations import Translations
from acupress_gui.ui.map.row_sizes import RowSizes
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.timer.cue_player import CuePlayer
from acupress_gui.ui.visitor.visitor_start import VisitorStart

if TYPE_CHECKING:
    # The kiosk's parts: a desktop start must not pay for them before its window shows.
    from PySide6.QtWidgets import QWidget

    from acupress_gui.bootstrap.kiosk_setup import KioskSetup
    from acupress_gui.core.catalog import Catalog
    from acupress_gui.core.history import HistoryStore
    from acupress_gui.core.kiosk.counting_recorder import CountingRecorder
    from acupress_gui.core.kiosk.kiosk_config import KioskConfig
    from acupress_gui.core.kiosk.pin_lockout import PinLockout
    from acupress_gui.core.kiosk.visit_counters import VisitCounters
    from acupress_gui.ui.kiosk.kiosk_window import KioskWindow
    from acupress_gui.ui.timer.speech_engine import SpeechEngine
    from acupress_gui.ui.visitor.visitor_session import VisitorSession


def _speech_for(
    language: str, engine: SpeechEngine | None, engine_language: str | None
) -> tuple[SpeechEngine, str | None]:
    """A speech engine for ``language`` and the language it speaks: ``engine`` while it
    speaks that language (or was handed in, with no language of its own), else a new one,
    the old one closed."""
    wanted = language.split("_")[0]  # the helper matches "zh", "es"
    if engine is not None and engine_language not in (None, wanted):
        engine.close()
        engine = None
    if engine is None:
        from acupress_gui.ui.timer.speech_engine import SpeechEngine

        return SpeechEngine(wanted), wanted
    return engine, engine_language


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
    row_sizes: RowSizes = field(default_factory=RowSizes)
    """The points list's measured rows, for the next view (a language change) too."""

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
        self._speech, self._speech_language = _speech_for(
            self.translations.code, self._speech, self._speech_language
        )
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
        services.row_sizes,
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


# --- the kiosk ---------------------------------------------------------------------


@dataclass
class KioskServices:
    """What a kiosk's visitors share for as long as it runs; nothing of any one of them."""

    setup: KioskSetup
    clock: Clock
    theme: Theme
    counters: VisitCounters
    recorder: CountingRecorder
    """Holds only count: the kiosk has no history."""
    lockout: PinLockout
    cues: CuePlayer
    shown: Catalog
    """The catalog the kiosk shows (its entries and routines), in English."""
    translations: Translations
    """The app's own texts, in each visitor's language in turn."""
    row_sizes: RowSizes = field(default_factory=RowSizes)
    """The points list's measured rows: each visitor's list has the same."""
    _translated: dict[str, Catalog] = field(default_factory=dict)
    _speech: SpeechEngine | None = None
    _speech_language: str | None = None

    def catalog(self, language: str) -> Catalog:
        if language not in self._translated:
            self._translated[language] = self.shown.in_language(language)
        return self._translated[language]

    def speech(self, language: str) -> SpeechEngine:
        """The speech engine for a visitor's language, made again when it changes; its
        helper process starts only if a visitor turns spoken guidance on."""
        self._speech, self._speech_language = _speech_for(
            language, self._speech, self._speech_language
        )
        return self._speech

    def close(self) -> None:
        if self._speech is not None:
            self._speech.close()
        self.translations.remove()


def build_kiosk_services(
    setup: KioskSetup,
    theme: Theme,
    *,
    clock: Clock | None = None,
    speech: SpeechEngine | None = None,
    translations: Translations | None = None,
) -> KioskServices:
    """The kiosk's shared objects from its checked set-up; counters and the PIN pad's
    lockout in its state folder (in memory where there is none); the app's texts in the
    first language offered. Tests hand in a fake clock: the idle time, the lockout and
    the counters' days all follow it."""
    from acupress_gui.core.kiosk.counting_recorder import CountingRecorder
    from acupress_gui.core.kiosk.pin_lockout import PinLockout
    from acupress_gui.core.kiosk.visit_counters import VisitCounters

    clock = clock or SystemClock()
    translations = translations or Translations()
    translations.use(setup.config.languages[0])
    counters = VisitCounters.load(lambda: clock.wall().astimezone().date(), setup.state_dir)
    return KioskServices(
        setup=setup,
        clock=clock,
        theme=theme,
        counters=counters,
        recorder=CountingRecorder(counters),
        lockout=PinLockout.load(lambda: clock.wall().timestamp(), setup.state_dir),
        cues=CuePlayer(),
        shown=setup.config.shown_catalog(setup.catalog),
        translations=translations,
        _speech=speech,
    )


def kiosk_preferences(config: KioskConfig) -> Preferences:
    """A visitor's own preferences: the defaults at the kiosk's text size, in memory only,
    so their answers (the pregnancy question among them) never reach a disk."""
    stored = StoredPreferences(
        device=DeviceSettings(notice_acknowledged=True),
        person=PersonPreferences(text_scale=config.text_scale),
    )
    return Preferences(MemoryStore(stored), _memory_never_fails)


def _memory_never_fails(problem: str | None) -> None:
    """A ``MemoryStore`` cannot fail to save, so there is never a problem to show."""


def build_kiosk_visitor(
    services: KioskServices,
    language: str,
    preferences: Preferences,
    start: VisitorStart,
    parent: QWidget | None = None,
) -> VisitorSession:
    """One visitor's session at the kiosk, in their language, on their preferences, its
    view built inside ``parent``."""
    from acupress_gui.ui.timer.hold_timer_driver import HoldTimerDriver
    from acupress_gui.ui.timer.speech_engine import speaks_cues
    from acupress_gui.ui.visitor.visitor_mode import kiosk_mode
    from acupress_gui.ui.visitor.visitor_session import VisitorSession
    from acupress_gui.ui.visitor.visitor_view import VisitorView

    clock = services.clock
    speech = services.speech(language)
    services.cues.spoken_instead = lambda: speaks_cues(preferences, speech)
    view = VisitorView(
        services.catalog(language),
        preferences,
        services.theme,
        services.recorder,
        HoldTimerDriver(clock.monotonic, clock.wall),
        services.cues,
        clock.monotonic,
        clock.wall,
        speech,
        services.row_sizes,
        parent,
        mode=kiosk_mode(services.setup.config.print_handout),
    )
    return VisitorSession(view, start)


def build_kiosk_window(
    services: KioskServices, use_language: Callable[[str], object] | None = None
) -> KioskWindow:
    """The kiosk shell on its start screen, waiting for the first visitor.

    ``use_language`` puts the application's own texts in a language (the services'
    translations; tests may watch instead).
    """
    from acupress_gui.ui.kiosk.kiosk_parts import KioskParts
    from acupress_gui.ui.kiosk.kiosk_window import KioskWindow

    setup = services.setup
    parts = KioskParts(
        config=setup.config,
        clinic_name=setup.config.clinic_name or setup.catalog.clinic_name,
        kiosk_folder=setup.folder,
        state_dir=setup.state_dir,
        pin=setup.pin,
        lockout=services.lockout,
        counters=services.counters,
        theme=services.theme,
        monotonic=services.clock.monotonic,
        use_language=use_language or services.translations.use,
        catalog=services.catalog,
        new_preferences=lambda: kiosk_preferences(setup.config),
        new_session=lambda language, preferences, start, parent: build_kiosk_visitor(
            services, language, preferences, start, parent
        ),
    )
    return KioskWindow(parts)
