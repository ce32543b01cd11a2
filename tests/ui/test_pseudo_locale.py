"""Every main screen in a pseudo-locale: nothing shown in English that a translator could
not reach, and nothing clipped when the text is 40% longer, in a 1280 x 800 window.

The pseudo-locale is made at test time from what lupdate reads in the code
(``tests.qt_translations``), so a text added without ``tr()``, or in a way lupdate cannot
read, shows unmarked here. It is installed before the window is built, as the app
installs its translation. The same walk runs right to left, as Arabic or Hebrew would
lay the window out: the labels on the figure still say which side of the body is which.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QModelIndex, QPointF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from acupress_gui.bootstrap.composition import Services
from acupress_gui.core.catalog import Catalog
from acupress_gui.core.history import HistoryRecorder, HoldRecord, Side, SittingKind, SittingRecord
from acupress_gui.core.languages import LANGUAGES
from acupress_gui.core.paths import AppPaths
from acupress_gui.ui.kiosk.kiosk_window import KioskWindow
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.sitting.routine_steps_list import MOVE_DOWN_KEYS, MOVE_UP_KEYS
from acupress_gui.ui.timer.cue_player import CuePlayer
from acupress_gui.ui.visitor.visitor_view import VisitorView
from tests import qt_translations
from tests.core.fake_clock import START_WALL, FakeClock
from tests.ui import pseudo_locale
from tests.ui.conftest import StoredSettings
from tests.ui.fake_speech import VOICES, FakeSpeechEngine

SIZE = (1280, 800)
"""The smallest window the layout is made for (issue 12)."""
HOLD = 10
LOAD_MS = 10_000
ROUTINE = ["wind-pool", "heavenly-pillar", "sacral-points"]


@dataclass(frozen=True)
class PseudoLocale:
    qm_file: Path
    runs: set[str]
    """Every marked run of every translation: what a screen may show marked."""


@pytest.fixture(scope="module")
def pseudo_locale_files(tmp_path_factory: pytest.TempPathFactory) -> PseudoLocale:
    folder = tmp_path_factory.mktemp("pseudo-locale")
    scan = qt_translations.lupdate(folder / "source.ts")
    filled = qt_translations.fill(scan, qt_translations.pseudo, folder / "pseudo.ts")
    runs = {
        run
        for source in (text for texts in scan.contexts().values() for text in texts)
        for run in qt_translations.marked_runs(qt_translations.pseudo(source))
    }
    return PseudoLocale(qt_translations.lrelease(filled, folder / "pseudo.qm"), runs)


@pytest.fixture
def make_services(
    paths: AppPaths,
    stored_settings: StoredSettings,
    recorder: HistoryRecorder,
    clock: FakeClock,
    pseudo_locale_files: PseudoLocale,
    tmp_path: Path,
) -> Callable[[], Services]:
    """The services as the other UI tests build them, but with the pseudo-locale as the
    app's own English translation: the window installs its language's file as main()
    does, and the shipped en.qm (its plurals) would otherwise cover the pseudo ones."""
    from acupress_gui.bootstrap.composition import build_services
    from acupress_gui.ui.common.theme import LIGHT
    from acupress_gui.ui.common.translations import Translations

    folder = tmp_path / "app-translations"
    folder.mkdir()
    shutil.copy(pseudo_locale_files.qm_file, folder / "en.qm")

    speech = FakeSpeechEngine(clock)  # ready at once, and starts no process
    speech.start()

    def make() -> Services:
        return build_services(
            paths,
            LIGHT,
            clock=clock,
            recorder=recorder,
            speech=speech,  # type: ignore[arg-type]
            translations=Translations(folder),
        )

    return make


@pytest.fixture
def pseudo_translator(qapp: QApplication, pseudo_locale_files: PseudoLocale) -> Iterator[None]:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(pseudo_locale_files.qm_file))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def styled(qapp: QApplication) -> Iterator[None]:
    """The app's own look, as main() sets it: its fonts and padding decide what fits."""
    from acupress_gui.ui.common.theme import LIGHT, apply_theme

    sheet, palette, font = qapp.styleSheet(), qapp.palette(), qapp.font()
    apply_theme(qapp, LIGHT)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture(autouse=True)
def silent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CuePlayer, "play", lambda self, cue: None)


@pytest.fixture
def stored_settings(paths: AppPaths) -> StoredSettings:
    """Check-ins on, so the routine asks for a rating before and after."""
    stored = StoredSettings(paths.settings_file)
    stored.change(
        notice_acknowledged=True,
        ask_pain=True,
        position_seconds=0,
        hold_seconds=HOLD,
        may_be_pregnant=False,
        routine_entries=ROUTINE,
        reminders_enabled=True,
    )
    return stored


@pytest.fixture
def two_weeks_of_ratings(recorder: HistoryRecorder) -> None:
    """Rated sittings in the first week and the last, so Insights states a trend."""
    now = START_WALL
    for days_ago, before in ((15, 7), (14, 7), (3, 4), (1, 3)):
        started = now - timedelta(days=days_ago)
        key = f"earlier-{days_ago}"
        recorder.record(SittingRecord(key, SittingKind.ROUTINE, started, before, before - 1))
        recorder.record(
            HoldRecord("wind-pool", ("GB20",), Side.BOTH, 1, started, 60.0, 60.0, True, key)
        )


@pytest.fixture
def window(
    pseudo_translator: None,
    two_weeks_of_ratings: None,
    make_window: Callable[[], DesktopWindow],
) -> DesktopWindow:
    window = make_window()
    window.resize(*SIZE)
    return window


@dataclass
class Screens:
    """Checks what is on screen at each step of a walk through the app."""

    qtbot: QtBot
    catalog: Catalog
    runs: set[str]
    person_data: list[str]
    """What the person's own (their files' paths): shown as it is in every language."""

    def check(self, screen: str, clipped_in: Sequence[QWidget] | None = None) -> None:
        """Everything on screen now is translated (or exempt), shown as translated, and
        fits its widget (of those in ``clipped_in`` only, when given)."""
        self.qtbot.wait(1)
        # Layouts settle over several turns of the event loop (a label's new text asks
        # its card for room, the card its overlay), however busy the machine is.
        for _ in range(4):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            QCoreApplication.processEvents()
        windows = pseudo_locale.top_windows()
        exempt = [
            *pseudo_locale.catalog_texts(self.catalog),
            *pseudo_locale.locale_words(QLocale()),
            *pseudo_locale.qt_button_texts(),
            *pseudo_locale.qt_key_names(MOVE_UP_KEYS, MOVE_DOWN_KEYS),  # the editor's tips
            *self.person_data,
            *VOICES,  # the speech engine's names for its voices
            # Each language is offered by its own name, which no translation changes.
            *(language.native_name for language in LANGUAGES),
        ]
        untranslated = sorted(set(pseudo_locale.untranslated(windows, exempt)))
        assert not untranslated, f"{screen}, shown untranslated:\n" + "\n".join(untranslated)
        altered = sorted(set(pseudo_locale.altered(windows, self.runs)))
        assert not altered, f"{screen}, changed after translation:\n" + "\n".join(altered)
        clipped = sorted(set(pseudo_locale.clipped(windows if clipped_in is None else clipped_in)))
        if clipped_in is None:
            clipped += self.clipped_headings()
        assert not clipped, f"{screen}, clipped:\n" + "\n".join(clipped)

    def clipped_headings(self) -> list[str]:
        """The region headings of the list of points, which its delegate draws: each
        heading's words, wrapped at the row's width, fit the row's height."""
        from acupress_gui.ui.common.theme import em
        from acupress_gui.ui.map.entry_list_delegate import (
            HEADING_BOTTOM,
            HEADING_INDENT,
            HEADING_TOP,
            EntryListDelegate,
        )
        from acupress_gui.ui.map.entry_list_model import RegionRole

        indent, top, bottom = (
            round(em(size)) for size in (HEADING_INDENT, HEADING_TOP, HEADING_BOTTOM)
        )
        found = []
        for window in pseudo_locale.top_windows():
            view = getattr(getattr(window, "view", None), "entry_list", None)
            if view is None or not view.isVisible():
                continue
            delegate = view.itemDelegate()
            assert isinstance(delegate, EntryListDelegate)
            metrics = QFontMetrics(delegate.heading_font)
            model = view.model()
            for row in range(model.rowCount(QModelIndex())):
                index = model.index(row, 0, QModelIndex())
                if index.data(RegionRole) is None or view.isRowHidden(row):
                    continue
                rect = view.visualRect(index)
                width = rect.width() - 2 * indent
                height = rect.height() - top - bottom
                needed = metrics.boundingRect(
                    0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, index.data()
                )
                if needed.width() > width or needed.height() > height + 1:
                    found.append(f"heading {index.data()!r} needs {needed}, has {rect}")
        return found


@pytest.fixture
def screens(
    qtbot: QtBot, catalog: Catalog, pseudo_locale_files: PseudoLocale, paths: AppPaths
) -> Screens:
    files = (paths.settings_file, paths.history_file, paths.log_dir, paths.data_dir)
    return Screens(qtbot, catalog, pseudo_locale_files.runs, [str(path) for path in files])


def dialog_of(window: DesktopWindow, kind: type[QDialog]) -> QDialog:
    [dialog] = [d for d in window.findChildren(kind) if d.isVisible()]
    return dialog


def press_through(qtbot: QtBot, window: DesktopWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    window.view.driver.poll()
    qtbot.wait(1)


def walk_every_screen(screens: Screens, window: DesktopWindow, clock: FakeClock) -> None:
    """The main screens in turn, each checked while it is up."""
    qtbot = screens.qtbot
    from acupress_gui.ui.common.first_run_notice import FirstRunNotice
    from acupress_gui.ui.handout.handout_dialog import HandoutDialog
    from acupress_gui.ui.reminders.reminders_dialog import RemindersDialog
    from acupress_gui.ui.shell.about_dialog import AboutDialog
    from acupress_gui.ui.sitting.routine_editor_dialog import RoutineEditorDialog
    from acupress_gui.ui.timer.sound_speech_dialog import SoundSpeechDialog

    assert (window.width(), window.height()) == SIZE, "the layout does not fit 1280 x 800"
    view = window.view
    check = screens.check
    check("the map at the whole body")
    view.select_entry("wind-pool")
    check("an entry chosen")

    # One hold, rated high before and higher after: the red flags' banner and summary.
    qtbot.mouseClick(view.timer_card.start_button, Qt.MouseButton.LeftButton)
    check("the check-in before a hold")
    qtbot.mouseClick(view.check_in.button(8), Qt.MouseButton.LeftButton)
    press_through(qtbot, window, clock, 3)
    assert view.driver.is_running()
    check("a hold running, with the high pain banner")
    press_through(qtbot, window, clock, HOLD)
    check("the check-in after a hold")
    qtbot.mouseClick(view.check_in.button(9), Qt.MouseButton.LeftButton)
    assert view.session_stack.currentWidget() is view.session_summary
    check("a hold's summary")
    qtbot.mouseClick(view.session_summary.close_button, Qt.MouseButton.LeftButton)

    window.remind()
    check("a reminder's invitation")
    view.start_routine()
    check("the check-in before a routine")
    qtbot.mouseClick(view.check_in.button(6), Qt.MouseButton.LeftButton)
    press_through(qtbot, window, clock, 2)
    assert view.routine_bar.isVisible()
    check("a routine's hold")
    press_through(qtbot, window, clock, HOLD)
    check("between a routine's holds")
    for _ in range(len(ROUTINE) * 3):  # each hold and the pause before the next
        if not view.check_in.isHidden():
            break
        press_through(qtbot, window, clock, HOLD)
    check("the check-in after a routine")
    qtbot.mouseClick(view.check_in.button(3), Qt.MouseButton.LeftButton)
    assert view.session_stack.currentWidget() is view.session_summary
    check("the routine's summary")

    for screen, opens, kind in (
        ("the routine editor", view.choose_routine, RoutineEditorDialog),
        ("reminders", window.edit_reminders, RemindersDialog),
        ("sound and speech", view.edit_sound, SoundSpeechDialog),
        ("about", window.about_action.trigger, AboutDialog),
        ("the first-run notice", view.show_notice, FirstRunNotice),
        ("the handout's choices", window.handout_action.trigger, HandoutDialog),
    ):
        opens()
        dialog = dialog_of(window, kind)
        qtbot.waitExposed(dialog)
        check(screen)
        dialog.reject()

    view.show_history()
    panel = view.history_panel()
    assert panel is not None
    qtbot.waitExposed(panel)
    check("history")
    panel.close()

    view.show_insights()
    insights = view.insights_view()
    assert insights is not None
    with qtbot.waitSignal(insights.loaded, timeout=LOAD_MS):
        pass
    check("insights")
    insights.close()


def test_every_main_screen_is_translated_and_unclipped(
    screens: Screens, window: DesktopWindow, clock: FakeClock
) -> None:
    walk_every_screen(screens, window, clock)


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def side_labels(window: DesktopWindow) -> dict[str, float]:
    """Where "Your left" and "Your right" are across the map's viewport, by side."""
    view = window.view.body_map
    sides = {view.tr("Your left"): "left", view.tr("Your right"): "right"}
    found = {}
    for item in view.scene().items():
        text = getattr(item, "text", None)
        if callable(text) and text() in sides:
            shown = item.deviceTransform(view.viewportTransform()).mapRect(item.boundingRect())
            found[sides[text()]] = shown.center().x()
    return found


def test_right_to_left_mirrors_the_window_but_not_the_body(
    screens: Screens, right_to_left: None, window: DesktopWindow, clock: FakeClock
) -> None:
    """The panes swap sides and the texts start on the right; the figure is the back of a
    body seen from behind, so its left is still on the left of the screen, and so are
    the words "Your left"."""
    view = window.view
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    splitter = view.splitter
    first, second = splitter.widget(0), splitter.widget(1)
    assert (
        first.mapTo(window, first.rect().topLeft()).x()
        > second.mapTo(window, second.rect().topLeft()).x()
    ), "the first pane should be on the right"
    labels = side_labels(window)
    body_map = view.body_map
    middle = body_map.mapFromScene(QPointF(0, 0)).x()  # the spine, seen from behind
    assert labels["left"] < middle < labels["right"]
    for marker in body_map.markers():
        x = body_map.mapFromScene(marker.pos()).x()
        if marker.is_persons_right is not None:
            assert (x > middle) is marker.is_persons_right, marker.point.code
    walk_every_screen(screens, window, clock)


@pytest.mark.requires("poppler")
@pytest.mark.parametrize("kind", ["entry", "routine"])
def test_the_handout_is_translated_too(
    pseudo_translator: None, catalog: Catalog, tmp_path: Path, kind: str
) -> None:
    """The sheet to take home, read back from its PDF: its own words are all marked, as
    are those that count (a minute, the points of a routine), the title of a routine the
    person did not name and the caption of a hand's drawing."""
    import subprocess

    from acupress_gui.core.handout import Hold, Paper, entry_handout, handout_for
    from acupress_gui.core.hold_choices import SideMode
    from acupress_gui.core.preferences import PersonPreferences
    from acupress_gui.ui.handout.handout_pages import pdf_bytes

    if kind == "entry":
        hold = Hold(60, 2, SideMode.ONE_THEN_OTHER)
        handout = entry_handout(catalog, catalog.entry("back-stream"), hold)
    else:
        handout = handout_for(catalog, PersonPreferences(may_be_pregnant=True))
    pdf = tmp_path / "handout.pdf"
    pdf.write_bytes(pdf_bytes(handout, Paper.A4)[0])
    text = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def one_line(words: str) -> str:
        """White space as single spaces, and a word broken after its hyphen joined."""
        return re.sub(r"(?<=\w-)\s+(?=\w)", "", " ".join(words.split()))

    exempt = [one_line(known) for known in pseudo_locale.catalog_texts(catalog)]
    exempt += pseudo_locale.NAMES
    assert pseudo_locale.untranslated_words(one_line(text), exempt) == []
    assert qt_translations.START in text


# --- the kiosk ---------------------------------------------------------------------


@dataclass
class PseudoKiosk:
    window: KioskWindow
    folder: Path
    """The kiosk's folder, also its state folder: its path shows on the staff screen."""


@pytest.fixture
def direction(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Qt.LayoutDirection]:
    """The application's direction while a kiosk is built and walked (left to right
    unless a test asks, through ``indirect`` parametrisation, for another)."""
    chosen = getattr(request, "param", Qt.LayoutDirection.LeftToRight)
    qapp.setLayoutDirection(chosen)
    yield chosen
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def pseudo_kiosk(
    qtbot: QtBot,
    qapp: QApplication,
    direction: Qt.LayoutDirection,
    pseudo_translator: None,
    pseudo_locale_files: PseudoLocale,
    clock: FakeClock,
    tmp_path: Path,
) -> Iterator[PseudoKiosk]:
    """The kiosk as ``--kiosk`` builds it, full screen, at its own text size, with the
    pseudo-locale as the app's English (its first language), as ``make_services`` does."""
    from acupress_gui.bootstrap.composition import build_kiosk_services, build_kiosk_window
    from acupress_gui.bootstrap.kiosk_setup import prepare_kiosk
    from acupress_gui.core.kiosk.staff_pin import hash_pin, save_pin_hash
    from acupress_gui.ui.common.theme import LIGHT, apply_theme
    from acupress_gui.ui.common.translations import Translations

    folder = tmp_path / "kiosk"
    folder.mkdir()
    save_pin_hash(folder, hash_pin(KIOSK_PIN))
    translations = tmp_path / "app-translations"
    translations.mkdir()
    shutil.copy(pseudo_locale_files.qm_file, translations / "en.qm")
    speech = FakeSpeechEngine(clock)
    speech.start()
    setup = prepare_kiosk(folder, None)
    apply_theme(qapp, LIGHT, setup.config.text_scale)  # undone by the styled fixture
    services = build_kiosk_services(
        setup,
        LIGHT,
        clock=clock,
        speech=speech,  # type: ignore[arg-type]
        translations=Translations(translations),
    )
    window = build_kiosk_window(services)
    window.showFullScreen()
    qtbot.waitExposed(window)
    yield PseudoKiosk(window, folder)
    window.exit_kiosk()
    window.deleteLater()
    services.close()


KIOSK_PIN = "2468"


def kiosk_screens(
    qtbot: QtBot, kiosk: PseudoKiosk, catalog: Catalog, pseudo_locale_files: PseudoLocale
) -> Screens:
    from acupress_gui.core.kiosk.kiosk_config import CONFIG_NAME

    folder = kiosk.folder
    # On the staff screen as they are in every language: the folder and its settings file.
    as_they_are = [str(folder.resolve()), str(folder), CONFIG_NAME]
    return Screens(qtbot, catalog, pseudo_locale_files.runs, as_they_are)


def tap(qtbot: QtBot, widget: object) -> None:
    assert isinstance(widget, QWidget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def start_a_kiosk_hold(qtbot: QtBot, window: KioskWindow, clock: FakeClock) -> VisitorView:
    """In from the start screen, the welcome answered, a point chosen and its hold begun."""
    assert window.attract is not None
    tap(qtbot, window.attract)
    assert window.welcome is not None
    tap(qtbot, window.welcome.answer_buttons["no"])
    assert window.session is not None
    view = window.session.view
    view.select_entry("wind-pool")
    tap(qtbot, view.timer_card.start_button)
    if view.check_in.isVisible():
        tap(qtbot, view.check_in.skip_button)
    clock.advance(3)
    view.driver.poll()
    assert view.driver.is_running()
    return view


@pytest.mark.parametrize(
    "direction",
    [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft],
    ids=["left-to-right", "right-to-left"],
    indirect=True,
)
def test_every_kiosk_screen_is_translated_and_unclipped(
    qtbot: QtBot,
    direction: Qt.LayoutDirection,
    pseudo_kiosk: PseudoKiosk,
    catalog: Catalog,
    pseudo_locale_files: PseudoLocale,
    clock: FakeClock,
) -> None:
    """The kiosk's own screens at its text size, full screen (1600 x 1000), as a waiting
    room's visitor and its staff read them: everything shown is translated, and nothing
    the kiosk draws itself (its pages, its layers, the bar over a visitor's page) is cut."""
    from acupress_gui.core.kiosk.pin_lockout import FIRST_LOCK_SECONDS, TRIES_BEFORE_LOCK

    window = pseudo_kiosk.window
    screens = kiosk_screens(qtbot, pseudo_kiosk, catalog, pseudo_locale_files)
    check = screens.check
    assert window.layoutDirection() == direction
    assert window.isFullScreen() and window.attract is not None
    check("the kiosk's start screen", [window.attract])
    tap(qtbot, window.attract)
    assert window.welcome is not None
    check("the kiosk's welcome", [window.welcome])
    tap(qtbot, window.welcome.answer_buttons["no"])
    assert window.session is not None and window.visitor_bar is not None
    view = window.session.view
    view.select_entry("wind-pool")
    tap(qtbot, view.timer_card.start_button)
    if view.check_in.isVisible():
        tap(qtbot, view.check_in.skip_button)
    clock.advance(3)
    view.driver.poll()
    check("a kiosk visitor's hold", [window.visitor_bar])
    clock.advance(80)  # the lead-in and the minute's hold
    view.driver.poll()
    if view.check_in.isVisible():
        tap(qtbot, view.check_in.skip_button)
    tap(qtbot, window.visitor_bar.sheet_button)
    check("the sheet to take home, asked for at the desk", [window.overlays()[-1]])
    for dialog in window.hosted_dialogs():
        dialog.reject()
    qtbot.waitUntil(lambda: not window.hosted_dialogs())

    clock.advance(window.idle.policy.idle_seconds + 5)
    window.idle.poll()
    check("the idle countdown", [window.counting_down()])
    tap(qtbot, window.overlays()[-1])

    window.open_pin_pad()
    pad = window.pin_pad
    assert pad is not None
    check("the PIN pad", [pad])
    for attempt in range(TRIES_BEFORE_LOCK):
        for digit in "1357":
            tap(qtbot, pad.digit_buttons[digit])
        tap(qtbot, pad.ok_button)
        if attempt == 0:
            check("the PIN pad, a wrong PIN", [pad])
    check("the PIN pad, locked for a while", [pad])
    clock.advance(FIRST_LOCK_SECONDS)
    pad.refresh()
    for digit in KIOSK_PIN:
        tap(qtbot, pad.digit_buttons[digit])
    tap(qtbot, pad.ok_button)
    staff = window.staff_screen
    assert staff is not None and staff.table.rowCount() == 1  # the hold above, counted
    check("the staff screen", [staff])
    tap(qtbot, staff.export_button)
    screens.person_data.append(str(staff.export_path()))  # the file's path, as it is
    check("the staff screen, the counts exported", [staff])


def test_a_kiosk_visitors_page_fits_in_a_longer_language(
    qtbot: QtBot,
    pseudo_kiosk: PseudoKiosk,
    catalog: Catalog,
    pseudo_locale_files: PseudoLocale,
    clock: FakeClock,
) -> None:
    """The whole page of a visitor's hold, at the kiosk's text size in a longer language:
    the zoom buttons and Start, Pause and Stop go onto a second line rather than be cut."""
    screens = kiosk_screens(qtbot, pseudo_kiosk, catalog, pseudo_locale_files)
    start_a_kiosk_hold(qtbot, pseudo_kiosk.window, clock)
    screens.check("a kiosk visitor's hold, the whole page")
