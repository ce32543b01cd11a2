"""The routine editor and the Routine menu: presets, one's own routines, order and holds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTranslator
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from acupress_gui.core.history import HistoryRecorder
from acupress_gui.core.paths import AppPaths
from acupress_gui.core.preferences import SavedRoutine, SavedStep
from acupress_gui.ui.common import questions
from acupress_gui.ui.common.translations import qt_translations
from acupress_gui.ui.shell.desktop_window import DesktopWindow
from acupress_gui.ui.sitting.routine_editor_dialog import RoutineEditorDialog
from acupress_gui.ui.sitting.routine_steps_list import RoutineStepsList
from acupress_gui.ui.timer.cue_player import CuePlayer
from tests.core.fake_clock import FakeClock
from tests.core.test_catalog_errors import BUILT_IN
from tests.ui.conftest import WINDOW_SIZE, StoredSettings

USUAL = 20
EVENING = SavedRoutine(
    "Evening",
    (SavedStep("sea-of-vitality", 90), SavedStep("wind-pool"), SavedStep("lumbar-pain-points")),
)
NECK = ["wind-pool", "heavenly-pillar", "great-vertebra", "shoulder-well", "middle-islet"]


@pytest.fixture(autouse=True)
def silent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CuePlayer, "play", lambda self, cue: None)


@pytest.fixture
def stored_settings(paths: AppPaths) -> StoredSettings:
    stored = StoredSettings(paths.settings_file)
    stored.change(
        notice_acknowledged=True,
        ask_pain=False,
        hold_seconds=USUAL,
        may_be_pregnant=False,
        saved_routines=[EVENING],
    )
    return stored


@pytest.fixture
def editor(window: DesktopWindow, monkeypatch: pytest.MonkeyPatch) -> Iterator[RoutineEditorDialog]:
    """The editor as Routine ▸ Choose points… opens it, left open for the test."""
    opened: list[tuple[RoutineEditorDialog, Callable[[], None]]] = []
    real_run_dialog = questions.run_dialog

    def keep(dialog: RoutineEditorDialog, accepted: Callable[[], None]) -> None:
        opened.append((dialog, accepted))
        real_run_dialog(dialog, accepted)

    monkeypatch.setattr(questions, "run_dialog", keep)
    window.view.choose_routine()
    ((dialog, _accepted),) = opened
    yield dialog
    if isValid(dialog) and dialog.isVisible():  # not yet answered, so not yet deleted
        dialog.reject()


def choose(editor: RoutineEditorDialog, key: str) -> None:
    """Pick a routine in the editor's choice, as a click on it does."""
    combo = editor.routine_choice
    combo.setCurrentIndex(combo.findData(key))
    combo.activated.emit(combo.currentIndex())


def ids(steps: RoutineStepsList) -> list[str]:
    return steps.entry_ids()


def test_the_editor_opens_on_the_current_routine_and_offers_presets_and_ones_own(
    stored_settings: StoredSettings,
    make_window: Callable[[], DesktopWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stored_settings.change(current_routine="Evening")
    window = make_window()
    seen: list[list[str]] = []

    def look(dialog: RoutineEditorDialog, accepted: Callable[[], None]) -> None:
        combo = dialog.routine_choice
        seen.append([combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)])
        seen.append(ids(dialog.steps))
        dialog.reject()

    monkeypatch.setattr(questions, "run_dialog", look)
    window.view.choose_routine()
    assert seen == [
        [
            "Neck and shoulders (ready-made)",
            "Stiff neck (ready-made)",
            "Upper back (ready-made)",
            "Low back (ready-made)",
            "Sciatica (ready-made)",
            "Evening",
            "New routine",
        ],
        ["sea-of-vitality", "wind-pool", "lumbar-pain-points"],
    ]


def test_a_preset_chosen_in_the_editor_is_what_start_routine_runs(
    window: DesktopWindow, editor: RoutineEditorDialog, stored_settings: StoredSettings
) -> None:
    choose(editor, "preset:neck-and-shoulders")
    assert ids(editor.steps) == NECK
    assert "Ready-made for neck pain" in editor.about.text()
    assert editor.show_for.currentText() == "Neck pain"  # the points to add, for it
    editor.ok_button.click()
    assert stored_settings.person.current_routine == "neck-and-shoulders"
    window.view.start_routine()
    assert window.view.routine_bar.progress.text() == "Routine \u00b7 1 of 5 \u00b7 Wind Pool"


def test_move_up_and_move_down_reorder_the_points(editor: RoutineEditorDialog) -> None:
    choose(editor, "preset:neck-and-shoulders")
    steps = editor.steps
    steps.setCurrentRow(0)
    assert not editor.move_up_button.isEnabled()
    editor.move_down_button.click()
    editor.move_down_button.click()
    assert ids(steps)[:3] == ["heavenly-pillar", "great-vertebra", "wind-pool"]
    assert steps.currentRow() == 2  # the moved point stays chosen, for the next click
    editor.move_up_button.click()
    assert ids(steps)[:3] == ["heavenly-pillar", "wind-pool", "great-vertebra"]
    steps.setCurrentRow(4)
    assert not editor.move_down_button.isEnabled()
    assert steps.item(0).text().startswith("1.  Heavenly Pillar")  # renumbered


def test_ctrl_up_and_ctrl_down_reorder_the_points(
    qtbot: QtBot, editor: RoutineEditorDialog
) -> None:
    choose(editor, "preset:neck-and-shoulders")
    steps = editor.steps
    steps.setCurrentRow(3)
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(steps, Qt.Key.Key_Up, control)
    qtbot.keyClick(steps, Qt.Key.Key_Up, control)
    assert ids(steps) == [
        "wind-pool",
        "shoulder-well",
        "heavenly-pillar",
        "great-vertebra",
        "middle-islet",
    ]
    qtbot.keyClick(steps, Qt.Key.Key_Down, control)
    assert ids(steps)[1:3] == ["heavenly-pillar", "shoulder-well"]
    qtbot.keyClick(steps, Qt.Key.Key_Down)  # without Ctrl, the arrows only move the choice
    assert ids(steps)[1:3] == ["heavenly-pillar", "shoulder-well"]
    assert steps.currentRow() == 3
    qtbot.keyClick(steps, Qt.Key.Key_Delete)
    assert "great-vertebra" not in ids(steps)


@pytest.fixture
def qt_in_spanish(qapp: QApplication) -> Iterator[None]:
    """Qt's own Spanish, which names the keys ("Control+Arriba"), as the app loads it."""
    translator = QTranslator()
    assert translator.load("qtbase_es", str(qt_translations()))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_the_move_buttons_tips_name_their_keys_in_the_persons_language(
    qt_in_spanish: None, editor: RoutineEditorDialog
) -> None:
    native = QKeySequence.SequenceFormat.NativeText
    up = QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Up).toString(native)
    down = QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Down).toString(native)
    assert "Ctrl" not in up and "Up" not in up  # Qt's Spanish names them
    assert editor.move_up_button.toolTip() == f"{up}; or drag the point in the list"
    assert editor.move_down_button.toolTip() == f"{down}; or drag the point in the list"


def drag(steps: RoutineStepsList, row: int, to_row: int) -> None:
    """Drag ``row`` over the list and drop it on ``to_row``, as the pointer would.

    Offscreen Qt has no drag of its own, so the events a drag sends are sent here, with
    the data the list's own drag carries."""
    viewport = steps.viewport()
    mime = steps.step_mime(row)
    actions = Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    def at(target: int) -> QPoint:
        return steps.visualItemRect(steps.item(target)).center()

    QApplication.sendEvent(viewport, QDragEnterEvent(at(row), actions, mime, buttons, keys))
    step = 1 if to_row > row else -1
    for passing in range(row, to_row + step, step):
        QApplication.sendEvent(viewport, QDragMoveEvent(at(passing), actions, mime, buttons, keys))
    drop = QDropEvent(QPointF(at(to_row)), actions, mime, buttons, keys)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted() and drop.dropAction() == Qt.DropAction.MoveAction


def test_dragging_a_point_moves_it_where_it_is_dropped(editor: RoutineEditorDialog) -> None:
    choose(editor, "preset:neck-and-shoulders")
    steps = editor.steps
    steps.setCurrentRow(4)
    drag(steps, 4, 0)
    assert ids(steps) == ["middle-islet", *NECK[:4]]
    steps.setCurrentRow(0)
    drag(steps, 0, 2)
    assert ids(steps) == ["wind-pool", "heavenly-pillar", "middle-islet", *NECK[2:4]]
    assert steps.currentRow() == 2


def test_a_drop_from_elsewhere_is_refused(editor: RoutineEditorDialog) -> None:
    steps = editor.steps
    before = ids(steps)
    mime = steps.step_mime(0)
    mime.removeFormat("application/x-acupress-routine-step")
    mime.setText("wind-pool")
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(steps.viewport(), enter)
    assert not enter.isAccepted()
    assert ids(steps) == before


def test_a_changed_preset_is_saved_under_the_persons_own_name_with_its_holds(
    qtbot: QtBot,
    window: DesktopWindow,
    editor: RoutineEditorDialog,
    stored_settings: StoredSettings,
    clock: FakeClock,
) -> None:
    choose(editor, "preset:sciatica")
    steps = editor.steps
    steps.setCurrentRow(1)  # Jumping Circle
    editor.hold_choice.setFocus()
    qtbot.keyClick(editor.hold_choice, Qt.Key.Key_Down)  # usual -> 30 s
    qtbot.keyClick(editor.hold_choice, Qt.Key.Key_Down)  # -> 1 min
    assert steps.current_hold() == 60
    assert "1 min" in steps.item(1).text()
    assert steps.item(2).text().endswith("20 s (usual)")
    # The ready-made name is not the person's to take.
    assert editor.name_field.text() == ""
    assert "your version of Sciatica" in editor.name_field.placeholderText()
    editor.name_field.setText("sciatica")
    editor.ok_button.click()
    assert editor.isVisible()
    assert "ready-made routine" in editor.save_note.text()
    editor.name_field.setText("My sciatica")
    editor.ok_button.click()
    assert not editor.isVisible()

    person = stored_settings.person
    assert person.current_routine == "My sciatica"
    mine = person.saved_routines[-1]
    assert mine.name == "My sciatica"
    assert [(s.entry, s.hold_seconds) for s in mine.steps][:3] == [
        ("lumbar-jiaji", 30),  # the preset's own hold kept
        ("jumping-circle", 60),
        ("hold-and-support", None),
    ]

    window.view.start_routine()
    planned = []
    for _ in range(3):
        timer = window.view.driver.timer
        assert timer is not None
        planned.append(timer.plan.hold_seconds)
        clock.advance(window.view.flow.lead_in_seconds + 2 * timer.plan.hold_seconds + 1)
        window.view.driver.poll()
        qtbot.wait(1)
    assert planned == [30, 60, USUAL]


def test_save_rename_and_delete_take_effect_at_once(
    editor: RoutineEditorDialog, stored_settings: StoredSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(editor, "new")
    assert not editor.ok_button.isEnabled()  # nothing to press yet
    editor.available.setCurrentRow(0)
    editor.add_button.click()
    editor.add_button.click()
    assert ids(editor.steps) == ["wind-pool", "heavenly-pillar"]
    assert "wind-pool" not in [
        editor.available.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(editor.available.count())
    ]
    editor.name_field.setText("evening ")
    editor.save_button.click()
    assert "already have a routine called" in editor.save_note.text()
    editor.name_field.setText("low-back")  # how the command line names a preset
    editor.save_button.click()
    assert "ready-made routine" in editor.save_note.text()
    editor.name_field.setText("Morning")
    editor.save_button.click()
    assert editor.save_note.text() == "Saved as \u201cMorning\u201d."
    assert [r.name for r in stored_settings.person.saved_routines] == ["Evening", "Morning"]

    editor.name_field.setText("Early")
    editor.rename_button.click()
    assert [r.name for r in stored_settings.person.saved_routines] == ["Evening", "Early"]
    assert editor.routine_choice.currentText() == "Early"

    answers: list[str] = []

    def yes(*question: object) -> None:
        *_, text, _yes, _no, answered = question
        answers.append(str(text))
        answered(True)  # type: ignore[operator]

    monkeypatch.setattr(questions, "confirm", yes)
    choose(editor, "saved:Evening")
    editor.delete_button.click()
    assert answers == ["Delete your routine \u201cEvening\u201d? This cannot be undone."]
    editor.reject()  # Cancel keeps what was saved, renamed and deleted
    assert [r.name for r in stored_settings.person.saved_routines] == ["Early"]


def test_renaming_the_current_routine_keeps_it_current(
    stored_settings: StoredSettings,
    make_window: Callable[[], DesktopWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stored_settings.change(current_routine="Evening")
    window = make_window()

    def rename(dialog: RoutineEditorDialog, accepted: Callable[[], None]) -> None:
        assert dialog.routine_choice.currentText() == "Evening"
        dialog.name_field.setText("Night")
        dialog.rename_button.click()
        dialog.reject()

    monkeypatch.setattr(questions, "run_dialog", rename)
    window.view.choose_routine()
    assert stored_settings.person.current_routine == "Night"
    assert stored_settings.person.saved_routines[0].name == "Night"


def routine_menu(window: DesktopWindow) -> QMenu:
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Routine" and a.menu()]
    assert isinstance(menu, QMenu)
    menu.aboutToShow.emit()
    return menu


def routine_actions(menu: QMenu) -> list[QAction]:
    return [a for a in menu.actions() if a.isCheckable()]


def test_the_routine_menu_starts_a_preset_or_ones_own_and_marks_the_current_one(
    qtbot: QtBot, window: DesktopWindow, stored_settings: StoredSettings
) -> None:
    menu = routine_menu(window)
    actions = routine_actions(menu)
    assert [a.text() for a in actions] == [
        "Neck and shoulders",
        "Stiff neck",
        "Upper back",
        "Low back",
        "Sciatica",
        "Evening",
    ]
    assert not any(a.isChecked() for a in actions)
    actions[-1].trigger()
    assert stored_settings.person.current_routine == "Evening"
    assert window.view.routine_bar.progress.text() == "Routine \u00b7 1 of 3 \u00b7 Sea of Vitality"
    assert window.view.driver.timer.plan.hold_seconds == 90  # type: ignore[union-attr]
    menu = routine_menu(window)
    running = routine_actions(menu)
    assert [a.text() for a in running if a.isChecked()] == ["Evening"]
    assert not any(a.isEnabled() for a in running)  # none starts over a running routine
    assert len(routine_actions(menu)) == 6  # the menu is made anew, never doubled


def test_a_preset_leaves_out_the_points_to_avoid_in_pregnancy(
    window: DesktopWindow, stored_settings: StoredSettings, editor: RoutineEditorDialog
) -> None:
    choose(editor, "preset:neck-and-shoulders")
    editor.pregnancy.maybe_pregnant.setChecked(True)
    marked = [editor.steps.item(i).text() for i in range(editor.steps.count())]
    assert [t for t in marked if "Left out: avoided in pregnancy" in t] == [marked[3]]
    assert "Shoulder Well" in marked[3]
    editor.ok_button.click()
    window.view.start_routine()
    bar = window.view.routine_bar
    assert bar.progress.text() == "Routine \u00b7 1 of 4 \u00b7 Wind Pool"
    assert bar.note.text() == "Left out because you may be pregnant: Shoulder Well."


@pytest.fixture
def clinic_catalog(tmp_path: Path) -> Path:
    start = BUILT_IN.index("\n[[routines]]") + 1
    end = BUILT_IN.index("[[points]]", start)
    own = (
        '[[routines]]\nid = "desk"\nname = "After the desk"\ncomplaint = "stiff-neck"\n'
        'entries = ["back-stream", "wind-pool"]\nhold_seconds = { "wind-pool" = 45 }\n\n'
    )
    path = tmp_path / "clinic.toml"
    path.write_text(BUILT_IN[:start] + own + BUILT_IN[end:], encoding="utf-8")
    return path


def test_a_clinics_catalog_offers_its_own_routines(
    qtbot: QtBot,
    paths: AppPaths,
    stored_settings: StoredSettings,
    recorder: HistoryRecorder,
    clock: FakeClock,
    clinic_catalog: Path,
) -> None:
    from acupress_gui.bootstrap.composition import build_desktop_window, build_services
    from acupress_gui.ui.common.theme import LIGHT

    services = build_services(
        paths, LIGHT, catalog_file=clinic_catalog, clock=clock, recorder=recorder
    )
    window = build_desktop_window(services)
    window.start_first_session()
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    actions = routine_actions(routine_menu(window))
    assert [a.text() for a in actions] == ["After the desk", "Evening"]
    actions[0].trigger()
    assert window.view.routine_bar.progress.text() == "Routine \u00b7 1 of 2 \u00b7 Back Stream"
    window.view.flow.stop_routine()


def test_picking_another_routine_asks_before_losing_changes(
    editor: RoutineEditorDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    replies = [False, True]
    asked: list[str] = []

    def reply(*question: object) -> None:
        *_, text, _yes, _no, answered = question
        asked.append(str(text))
        answered(replies.pop(0))  # type: ignore[operator]

    monkeypatch.setattr(questions, "confirm", reply)
    choose(editor, "preset:low-back")
    assert asked == []  # nothing changed yet: nothing to lose
    editor.steps.setCurrentRow(0)
    editor.remove_button.click()
    choose(editor, "preset:sciatica")
    assert asked == [
        "Your changes to this routine are not saved. Open \u201cSciatica\u201d and lose them?"
    ]
    assert editor.routine_choice.currentData() == "preset:low-back"  # kept editing
    assert "sea-of-vitality" not in ids(editor.steps)
    choose(editor, "preset:sciatica")
    assert ids(editor.steps)[0] == "lumbar-jiaji"
