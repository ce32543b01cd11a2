"""Sound and speech: spoken guidance on or off, its voice and volume, and a way to try it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.core.preferences import PersonPreferences
from acupress_gui.ui.timer.speech_engine import Availability, Problem, SpeechEngine

DEFAULT_VOICE = ""


def offered_voices(voices: tuple[str, ...]) -> list[str]:
    """The voices worth a choice, by name.

    speech-dispatcher lists each eSpeak NG voice once more with each of its hundred or so
    variants ("English (Scotland)+Demonic"): 500 names for English alone. Only the voices
    themselves are offered; a variant chosen elsewhere stays usable.
    """
    listed = set(voices)
    offered = []
    for name in listed:
        voice, _plus, _variant = name.partition("+")
        if voice == name or voice not in listed:
            offered.append(name)
    return sorted(offered, key=str.casefold)


class SoundSpeechDialog(QDialog):
    """Edits the spoken guidance; the caller applies ``choices()`` on OK.

    Opening it starts the speech engine (to list its voices), whether or not guidance is
    on: the person is looking at speech now. Where there is no engine the dialog says
    so, and what to install; the choices can still be made, for a machine that gets one.
    """

    def __init__(
        self, settings: PersonPreferences, speech: SpeechEngine, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sound and speech"))
        self._speech = speech
        self._muted = settings.muted

        intro = QLabel(
            self.tr(
                "AcuPress can say each step aloud (\u201cPress now\u201d, \u201cSwitch to "
                "your left side\u201d, \u201cRelease slowly\u201d), so you can follow a "
                "hold with your eyes closed. Without it, chimes mark the switch of sides "
                "and the end."
            )
        )
        intro.setWordWrap(True)
        self.spoken = QCheckBox(self.tr("Speak each step aloud"))
        self.breathing = QCheckBox(self.tr("Also say when to breathe in and out"))
        self.voice = QComboBox()
        self.voice.setAccessibleName(self.tr("Voice"))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(5)
        self.volume.setPageStep(10)
        self.volume.setAccessibleName(self.tr("Speech volume"))
        self.volume_label = QLabel()
        # As wide as its widest value, in this language: the slider does not move as it slides.
        widest = self._percent(100)
        self.volume_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest) + 4)
        self.try_button = QPushButton(self.tr("Try it"))
        self.try_button.setAutoDefault(False)
        self.status = QLabel()
        self.status.setObjectName("reminderHint")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_label)
        form = QFormLayout()
        form.setHorizontalSpacing(10)
        form.addRow(self.tr("&Voice"), self.voice)
        volume_caption = QLabel(self.tr("V&olume"))
        volume_caption.setBuddy(self.volume)
        form.addRow(volume_caption, volume_row)
        try_row = QHBoxLayout()
        try_row.addWidget(self.try_button)
        try_row.addStretch(1)
        form.addRow("", try_row)

        self.details = QWidget()  # what depends on speaking lines up under its checkbox
        details = QVBoxLayout(self.details)
        details.setContentsMargins(self._checkbox_text_offset(), 0, 0, 0)
        details.setSpacing(8)
        details.addWidget(self.breathing)
        details.addLayout(form)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.spoken)
        layout.addWidget(self.details)
        layout.addWidget(self.status)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self.spoken.setChecked(settings.spoken_guidance)
        self.breathing.setChecked(settings.speak_breathing)
        self.volume.setValue(settings.speech_volume)
        self._chosen_voice = settings.speech_voice
        self._fill_voices()

        self.spoken.toggled.connect(self._update)
        self.volume.valueChanged.connect(self._update)
        self.voice.currentIndexChanged.connect(self._remember_voice)
        self.try_button.clicked.connect(self.try_voice)
        speech.changed.connect(self._on_engine_changed)
        self._update()
        speech.start()

    def _percent(self, value: int) -> str:
        return self.tr("{n} %").format(n=self.locale().toString(value))

    def choices(self) -> dict[str, object]:
        """The settings as the person left them, for ``Preferences.update``."""
        return {
            "spoken_guidance": self.spoken.isChecked(),
            "speak_breathing": self.breathing.isChecked(),
            "speech_volume": self.volume.value(),
            "speech_voice": self.voice.currentData() or DEFAULT_VOICE,
        }

    def try_voice(self) -> None:
        """Say a step's words with the voice and volume chosen here."""
        self._speech.say(
            self.tr("Press now. Breathe in."),
            self.volume.value() / 100,
            self.voice.currentData() or DEFAULT_VOICE,
        )

    # --- keeping it current ------------------------------------------------------------

    def _on_engine_changed(self) -> None:
        self._fill_voices()
        self._update()

    def _remember_voice(self) -> None:
        self._chosen_voice = self.voice.currentData() or DEFAULT_VOICE

    def _fill_voices(self) -> None:
        """The engine's voices by name, after its default; a chosen voice the engine does
        not offer (yet, or any more) stays listed, so OK does not quietly drop it."""
        chosen = self._chosen_voice
        self.voice.blockSignals(True)
        self.voice.clear()
        self.voice.addItem(self.tr("Default voice"), DEFAULT_VOICE)
        names = offered_voices(self._speech.voices)
        if chosen and chosen not in names:
            names.insert(0, chosen)
        for name in names:
            self.voice.addItem(name, name)
        self.voice.setCurrentIndex(max(self.voice.findData(chosen), 0))
        self.voice.blockSignals(False)

    def _update(self) -> None:
        spoken = self.spoken.isChecked()
        ready = self._speech.availability is Availability.READY
        self.details.setEnabled(spoken)
        self.try_button.setEnabled(spoken and ready)
        self.volume_label.setText(self._percent(self.volume.value()))
        self.status.setText(self._status_text(spoken))

    def _status_text(self, spoken: bool) -> str:
        availability = self._speech.availability
        if availability in (Availability.NOT_STARTED, Availability.STARTING):
            return self.tr("Looking for a speech engine\u2026")
        if availability is Availability.UNAVAILABLE:
            if self._speech.problem is Problem.NO_ENGINE:
                return self.tr(
                    "No speech engine was found on this computer, so the chimes play "
                    "instead. On Debian or Ubuntu, install the packages speech-dispatcher "
                    "and speech-dispatcher-espeak-ng, then start AcuPress again."
                )
            return self.tr(
                "The speech engine is not answering, so the chimes play instead. "
                "Start AcuPress again to try once more."
            )
        if spoken and self._muted:
            return self.tr(
                "Sound is off on the timer, so nothing will be heard until you turn it on."
            )
        return self.tr("The timer's Sound button turns speech off too.")

    def _checkbox_text_offset(self) -> int:
        """Where a checkbox's text starts."""
        style = self.spoken.style()
        metric = QStyle.PixelMetric
        return style.pixelMetric(metric.PM_IndicatorWidth, None, self.spoken) + (
            style.pixelMetric(metric.PM_CheckBoxLabelSpacing, None, self.spoken)
        )
