"""Generate the timer's cue sounds into acupress_gui/resources/ (run once; output committed).

Soft bell tones built from a few decaying sine partials: a single low tone for "switch
sides" (and "move to the next spot"), a brighter one for "press now" at the end of the
time to get into position, and a rising two-note chime for "done". Quiet (peak at -12 dBFS) and
with a gentle attack, so they do not startle someone with their eyes closed.
Usage: python scripts/make_cues.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
PEAK = 0.25  # -12 dBFS
RESOURCES = Path(__file__).resolve().parent.parent / "acupress_gui" / "resources"


def bell(frequency: float, seconds: float, start: float, total: float) -> list[float]:
    """A bell-like tone: fundamental plus two soft overtones, 15 ms attack, exponential decay."""
    samples = [0.0] * int(total * RATE)
    first = int(start * RATE)
    for n in range(int(seconds * RATE)):
        t = n / RATE
        envelope = min(t / 0.015, 1.0) * math.exp(-3.2 * t / seconds)
        tone = (
            math.sin(2 * math.pi * frequency * t)
            + 0.35 * math.sin(2 * math.pi * 2.0 * frequency * t)
            + 0.12 * math.sin(2 * math.pi * 3.01 * frequency * t)
        )
        if first + n < len(samples):
            samples[first + n] += envelope * tone
    return samples


def write(name: str, samples: list[float]) -> None:
    loudest = max(abs(s) for s in samples)
    frames = b"".join(struct.pack("<h", round(s / loudest * PEAK * 32767)) for s in samples)
    with wave.open(str(RESOURCES / name), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    print(RESOURCES / name)


def main() -> None:
    write("cue-switch.wav", bell(440.0, 1.2, 0.0, 1.3))
    write("cue-press.wav", bell(659.25, 0.9, 0.0, 1.0))
    first = bell(523.25, 1.0, 0.0, 1.9)
    second = bell(783.99, 1.4, 0.45, 1.9)
    write("cue-done.wav", [a + b for a, b in zip(first, second, strict=True)])


if __name__ == "__main__":
    main()
