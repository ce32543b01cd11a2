"""The routine editor: a ready-made routine or one's own, its points in order with their
holds, saved under a name; and the two questions every routine needs answered.

Saving, renaming and deleting a routine take effect at once (a person who pressed Save
expects it kept, even after Cancel); which routine to use, the pregnancy answer and the
pain check-in change only when the person accepts.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.core.catalog import Catalog, Complaint
from acupress_gui.core.preferences import (
    MAX_SAVED_ROUTINES,
    ROUTINE_NAME_LIMIT,
    Preferences,
    SavedRoutine,
)
from acupress_gui.core.routine import (
    NamedRoutine,
    RoutineStep,
    default_routine,
    own_routine,
    presets,
)
from acupress_gui.ui.common import questions
from acupress_gui.ui.common.key_help import key_name
from acupress_gui.ui.map.complaint_chips import complaint_in_sentence, complaint_name
from acupress_gui.ui.sitting.pregnancy_question import PregnancyQuestion
from acupress_gui.ui.sitting.routine_steps_list import (
    MOVE_DOWN_KEYS,
    MOVE_UP_KEYS,
    RoutineStepsList,
)
from acupress_gui.ui.sitting.step_hold_choice import StepHoldChoice

PRESET, SAVED = "preset:", "saved:"
EARLIER = "earlier"
"""The points chosen before routines had names (or the guide's five): not saved by name."""
NEW = "new"

LIST_HEIGHT = 200
"""Five rows of each list before it scrolls: the dialog must fit a 768-pixel-high screen."""

_ENTRY = Qt.ItemDataRole.UserRole


class RoutineEditorDialog(QDialog):
    """Chooses and shapes the routine that Start routine runs.

    The choice at the top loads a routine into the list; any change to the list makes it
    the person's own, to be saved under a name (a ready-made routine keeps its own). OK
    saves pending changes first and stays open if the name cannot be used.
    """

    def __init__(
        self,
        catalog: Catalog,
        preferences: Preferences,
        accept_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("routineEditor")
        self.setWindowTitle(self.tr("Your routines"))
        self._catalog = catalog
        self._preferences = preferences
        self._presets = {r.preset_id: r for r in presets(catalog) if r.preset_id is not None}
        self._loaded = NEW
        self._changed = False
        self._loading = False
        person = preferences.person

        self.routine_choice = QComboBox()
        self.routine_choice.setAccessibleName(self.tr("Routine"))
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.steps = RoutineStepsList(person.hold_seconds)
        self.move_up_button = QPushButton(self.tr("Move up"))
        self.move_up_button.setToolTip(self._move_tip(MOVE_UP_KEYS))
        self.move_down_button = QPushButton(self.tr("Move down"))
        self.move_down_button.setToolTip(self._move_tip(MOVE_DOWN_KEYS))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.hold_choice = StepHoldChoice(person.hold_seconds)
        self.show_for = QComboBox()
        self.show_for.setAccessibleName(self.tr("Show points for"))
        self.show_for.addItem(self.tr("Every complaint"), None)
        for complaint in Complaint:
            self.show_for.addItem(complaint_name(complaint), complaint.value)
        self.available = QListWidget()
        self.available.setObjectName("entryList")
        self.available.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.available.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.available.setAccessibleName(self.tr("Points to add"))
        self.add_button = QPushButton(self.tr("Add to routine"))
        self.name_field = QLineEdit()
        self.name_field.setMaxLength(ROUTINE_NAME_LIMIT)
        self.name_field.setAccessibleName(self.tr("Routine name"))
        self.save_button = QPushButton(self.tr("Save"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.save_note = QLabel()
        self.save_note.setWordWrap(True)
        self.pregnancy = PregnancyQuestion(catalog, person.may_be_pregnant)
        self.ask_pain = QCheckBox(self.tr("Ask me to rate my pain before and after"))
        self.ask_pain.setChecked(person.ask_pain)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(accept_text)
        # Enter in the name field saves; it must not also close the dialog.
        self.ok_button.setAutoDefault(False)
        self.ok_button.setDefault(False)

        self._build_layout()
        self._fill_available()
        self._fill_choices()
        self._load(self._current_key())
        self.steps.mark_pregnancy(person.may_be_pregnant is True)
        self._connect()
        self._update()

    # --- building ------------------------------------------------------------------

    def _build_layout(self) -> None:
        for view in (self.steps, self.available):
            view.setMinimumSize(300, LIST_HEIGHT)

        choice_row = QHBoxLayout()
        choice_row.addWidget(QLabel(self.tr("Routine:")))
        choice_row.addWidget(self.routine_choice, 1)

        left = QVBoxLayout()
        left.addWidget(self._heading(self.tr("POINTS, IN THE ORDER YOU PRESS THEM")))
        left.addWidget(self.steps, 1)
        moves = QHBoxLayout()
        for button in (self.move_up_button, self.move_down_button, self.remove_button):
            moves.addWidget(button)
        left.addLayout(moves)
        hold_row = QHBoxLayout()
        hold_label = QLabel(self.tr("Hold this point for:"))
        hold_label.setBuddy(self.hold_choice)
        hold_row.addWidget(hold_label)
        hold_row.addWidget(self.hold_choice, 1)
        left.addLayout(hold_row)

        right = QVBoxLayout()
        right.addWidget(self._heading(self.tr("ADD POINTS")))
        right.addWidget(self.show_for)
        right.addWidget(self.available, 1)
        right.addWidget(self.add_button)

        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        name_row = QGridLayout()
        name_label = QLabel(self.tr("Name:"))
        name_label.setBuddy(self.name_field)
        name_row.addWidget(name_label, 0, 0)
        name_row.addWidget(self.name_field, 0, 1)
        for column, button in enumerate(
            (self.save_button, self.rename_button, self.delete_button), start=2
        ):
            name_row.addWidget(button, 0, column)
        name_row.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 14)
        layout.setSpacing(8)
        layout.addLayout(choice_row)
        layout.addWidget(self.about)
        layout.addLayout(columns, 1)
        layout.addLayout(name_row)
        layout.addWidget(self.save_note)
        layout.addWidget(self.pregnancy)
        last_row = QHBoxLayout()
        last_row.addWidget(self.ask_pain, 1)
        last_row.addWidget(self.buttons)
        layout.addLayout(last_row)
        self.setMinimumWidth(960)

    def _move_tip(self, keys: QKeySequence) -> str:
        """A move button's other ways, its keys named as the platform and Qt's own
        translation name them ("Ctrl+Up", "Control+Arriba", "⌘↑")."""
        #: The tip of the Move up and Move down buttons: {keys} is the key to press
        #: instead, such as Ctrl+Up, already in your language.
        return self.tr("{keys}; or drag the point in the list").format(keys=key_name(keys))

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("listHeading")
        return label

    def _connect(self) -> None:
        self.routine_choice.activated.connect(self._on_choice)
        self.steps.steps_changed.connect(self._on_steps_changed)
        self.steps.currentRowChanged.connect(self._on_current_step)
        self.move_up_button.clicked.connect(lambda: self._move(-1))
        self.move_down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self.steps.remove_current)
        self.hold_choice.chosen.connect(self.steps.set_current_hold)
        self.show_for.activated.connect(self._fill_available)
        self.available.itemActivated.connect(self._add)
        self.available.currentRowChanged.connect(self._update)
        self.add_button.clicked.connect(lambda: self._add(self.available.currentItem()))
        self.name_field.textChanged.connect(self._update)
        self.name_field.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        self.pregnancy.answered.connect(self._on_pregnancy_answered)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # --- the routines offered --------------------------------------------------------

    def _fill_choices(self) -> None:
        """Presets, then the person's own, then the points chosen earlier, then New."""
        combo = self.routine_choice
        combo.clear()
        for preset_id, routine in self._presets.items():
            combo.addItem(
                self.tr("{name} (ready-made)").format(name=routine.name), PRESET + preset_id
            )
        saved = self._preferences.person.saved_routines
        if saved and combo.count():
            combo.insertSeparator(combo.count())
        for own in saved:
            combo.addItem(own.name, SAVED + own.name)
        if combo.count():
            combo.insertSeparator(combo.count())
        if self._current_key() == EARLIER:
            combo.addItem(self.tr("The points you chose earlier"), EARLIER)
        combo.addItem(self.tr("New routine"), NEW)
        self._select(self._loaded)

    def _select(self, key: str) -> None:
        index = self.routine_choice.findData(key)
        if index >= 0:
            self.routine_choice.setCurrentIndex(index)

    def _current_key(self) -> str:
        """The choice for what Start routine runs now."""
        current = self._preferences.person.current_routine
        if current is None:
            return EARLIER
        if current in self._presets:
            return PRESET + current
        names = [routine.name for routine in self._preferences.person.saved_routines]
        return SAVED + current if current in names else EARLIER

    def _routine_of(self, key: str) -> NamedRoutine:
        person = self._preferences.person
        if key.startswith(PRESET):
            return self._presets[key.removeprefix(PRESET)]
        if key.startswith(SAVED):
            name = key.removeprefix(SAVED)
            saved = next(r for r in person.saved_routines if r.name == name)
            return own_routine(saved, self._catalog)
        if key == EARLIER:
            chosen = person.routine_entries
            entries = (
                default_routine(self._catalog.entries)
                if chosen is None
                else tuple(e for e in self._catalog.entries if e.id in chosen)
            )
            return NamedRoutine(self.tr("My routine"), tuple(RoutineStep(e, None) for e in entries))
        return NamedRoutine("", ())

    def _load(self, key: str) -> None:
        routine = self._routine_of(key)
        self._loaded = key
        self._loading = True
        self.steps.set_steps([(step.entry, step.hold_seconds) for step in routine.steps])
        self._loading = False
        self._changed = False
        self.name_field.setText(routine.name)
        self.name_field.setPlaceholderText(self.tr("Name your routine"))
        self.about.setText(self._about(key, routine))
        wanted = None if routine.complaint is None else routine.complaint.value
        self.show_for.setCurrentIndex(self.show_for.findData(wanted))
        self._fill_available()
        self._select(key)
        self.save_note.clear()
        self._on_current_step(self.steps.currentRow())

    def _about(self, key: str, routine: NamedRoutine) -> str:
        if key.startswith(PRESET) and routine.complaint is not None:
            return self.tr(
                "Ready-made for {complaint}. Change it and save it under a name of your "
                "own to keep your version."
            ).format(complaint=complaint_in_sentence(routine.complaint))
        if key.startswith(SAVED):
            return self.tr("Your own routine.")
        if key == EARLIER:
            if self._preferences.person.routine_entries is None:
                return self.tr("The points a routine walks until you choose your own.")
            return self.tr("The points you chose earlier, in the catalog's order.")
        return self.tr("A new routine: add points from the list on the right.")

    def _on_choice(self, _index: int) -> None:
        """Open the routine picked; changes not saved yet are dropped only if the person
        says so."""
        key = self.routine_choice.currentData()
        if not isinstance(key, str) or key == self._loaded:
            return
        if not self._changed:
            self._load(key)
            return

        def answered(discard: bool) -> None:
            if discard:
                self._load(key)
            else:
                self._select(self._loaded)

        questions.confirm(
            self,
            self.tr("Changes not saved"),
            self.tr(
                "Your changes to this routine are not saved. Open \u201c{name}\u201d and lose them?"
            ).format(name=self._routine_of(key).name or self.tr("New routine")),
            self.tr("Lose the changes"),
            self.tr("Keep editing"),
            answered,
        )

    # --- the points ----------------------------------------------------------------

    def _fill_available(self) -> None:
        """Every entry not yet in the routine, for the complaint chosen above the list."""
        wanted = self.show_for.currentData()
        in_routine = set(self.steps.entry_ids())
        self.available.clear()
        for entry in self._catalog.entries:
            if entry.id in in_routine:
                continue
            if wanted is not None and wanted not in {c.value for c in entry.complaints}:
                continue
            item = QListWidgetItem(f"{entry.title}  \u00b7  {entry.code_summary}")
            item.setData(_ENTRY, entry.id)
            self.available.addItem(item)
        self.available.setCurrentRow(0 if self.available.count() else -1)

    def _add(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        entry = self._catalog.entry(item.data(_ENTRY))
        if entry is not None:
            row = self.available.row(item)
            self.steps.add(entry)
            self.available.setCurrentRow(min(row, self.available.count() - 1))

    def _move(self, offset: int) -> None:
        self.steps.move_current(offset)
        self.steps.setFocus()

    def _on_steps_changed(self) -> None:
        if self._loading:
            return
        if not self._changed and self._loaded.startswith(PRESET):
            # A changed ready-made routine becomes the person's own, under a name of theirs.
            self.name_field.clear()
            self.name_field.setPlaceholderText(
                self.tr("Name your version of {name}").format(
                    name=self._routine_of(self._loaded).name
                )
            )
        self._changed = True
        self.save_note.clear()
        self._fill_available()
        self._on_current_step(self.steps.currentRow())

    def _on_current_step(self, _row: int) -> None:
        self.hold_choice.show_seconds(self.steps.current_hold())
        self._update()

    def _on_pregnancy_answered(self, may_be_pregnant: bool) -> None:
        self.steps.mark_pregnancy(may_be_pregnant)
        self._update()

    # --- saving ----------------------------------------------------------------------

    def save(self) -> bool:
        """Keep the list under the name given: the loaded routine of one's own when the
        name is its name, else a new one. Says why not, and returns False, when it cannot."""
        name = self.name_field.text().strip()
        loaded = self._loaded_own_name()
        problem = self._name_problem(name, loaded)
        saved = list(self._preferences.person.saved_routines)
        replacing = loaded is not None and loaded.casefold() == name.casefold()
        if problem is None and not replacing and len(saved) >= MAX_SAVED_ROUTINES:
            problem = self.tr(
                "You have {n} routines, as many as AcuPress keeps: delete one first."
            ).format(n=len(saved))
        if problem is None and not self.steps.count():
            problem = self.tr("Add a point to the routine first.")
        if problem is not None:
            self._say(problem)
            self.name_field.setFocus()
            return False
        routine = SavedRoutine(name, self.steps.steps())
        if replacing:
            saved = [routine if r.name == loaded else r for r in saved]
        else:
            saved.append(routine)
        self._preferences.update(saved_routines=tuple(saved))
        self._loaded = SAVED + routine.name
        self._changed = False
        self._fill_choices()
        self.about.setText(self.tr("Your own routine."))
        self._say(self.tr("Saved as \u201c{name}\u201d.").format(name=routine.name))
        self._update()
        return True

    def rename(self) -> None:
        """Give the loaded routine of one's own the name in the field (its points as saved)."""
        old = self._loaded_own_name()
        name = self.name_field.text().strip()
        if old is None:
            return
        problem = self._name_problem(name, old)
        if problem is not None:
            self._say(problem)
            return
        person = self._preferences.person
        saved = tuple(replace(r, name=name) if r.name == old else r for r in person.saved_routines)
        changes: dict[str, object] = {"saved_routines": saved}
        if person.current_routine == old:
            changes["current_routine"] = name
        self._preferences.update(**changes)
        self._loaded = SAVED + name
        self._fill_choices()
        self._say(
            self.tr("Renamed \u201c{old}\u201d to \u201c{name}\u201d.").format(old=old, name=name)
        )
        self._update()

    def delete(self) -> None:
        """Delete the loaded routine of one's own, once the person confirms."""
        name = self._loaded_own_name()
        if name is None:
            return

        def answered(yes: bool) -> None:
            if not yes:
                return
            person = self._preferences.person
            changes: dict[str, object] = {
                "saved_routines": tuple(r for r in person.saved_routines if r.name != name)
            }
            if person.current_routine == name:
                changes["current_routine"] = None
            self._preferences.update(**changes)
            self._loaded = NEW
            self._fill_choices()
            self._load(self.routine_choice.itemData(0))
            self._say(self.tr("Deleted \u201c{name}\u201d.").format(name=name))

        questions.confirm(
            self,
            self.tr("Delete routine"),
            self.tr("Delete your routine \u201c{name}\u201d? This cannot be undone.").format(
                name=name
            ),
            self.tr("Delete"),
            self.tr("Keep it"),
            answered,
        )

    def _loaded_own_name(self) -> str | None:
        return self._loaded.removeprefix(SAVED) if self._loaded.startswith(SAVED) else None

    def _name_problem(self, name: str, keep: str | None) -> str | None:
        """Why ``name`` cannot name a routine of one's own (``keep`` is the one it may
        replace); None when it can."""
        if not name:
            return self.tr("Give the routine a name.")
        key = name.casefold()
        # A preset's id is how the command line names it, so no routine of one's own
        # may hide behind it either.
        if any(r.name.casefold() == key for r in self._presets.values()) or key in {
            preset_id.casefold() for preset_id in self._presets
        }:
            return self.tr(
                "\u201c{name}\u201d is a ready-made routine: give yours a name of its own."
            ).format(name=name)
        others = [r.name for r in self._preferences.person.saved_routines if r.name != keep]
        if any(other.casefold() == key for other in others):
            return self.tr(
                "You already have a routine called \u201c{name}\u201d: choose another name."
            ).format(name=name)
        return None

    def _say(self, text: str) -> None:
        self.save_note.setText(text)

    # --- accepting -------------------------------------------------------------------

    def accept(self) -> None:
        if self._changed and not self.save():
            return
        super().accept()

    def choices(self) -> dict[str, object]:
        """The answers as the person left them, for ``Preferences.update``."""
        if self._loaded.startswith(PRESET):
            current: str | None = self._loaded.removeprefix(PRESET)
        else:
            current = self._loaded_own_name()
        return {
            "current_routine": current,
            "may_be_pregnant": self.pregnancy.answer(),
            "ask_pain": self.ask_pain.isChecked(),
        }

    def _update(self) -> None:
        row, count = self.steps.currentRow(), self.steps.count()
        self.move_up_button.setEnabled(row > 0)
        self.move_down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)
        self.hold_choice.setEnabled(row >= 0)
        self.add_button.setEnabled(self.available.currentRow() >= 0)
        own = self._loaded_own_name()
        self.save_button.setEnabled(count > 0)
        self.rename_button.setEnabled(own is not None and self.name_field.text().strip() != own)
        self.delete_button.setEnabled(own is not None)
        self.ok_button.setEnabled(count > 0 and self.pregnancy.answer() is not None)
