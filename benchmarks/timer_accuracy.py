"""End-of-hold error of the real Qt timer adapter, with the CPU loaded by other processes.

Runs several one-minute holds at once (staggered starts) through ``HoldTimerDriver`` in
a running event loop, while busy-loop processes keep every core at 100%. The error of
a hold is the monotonic time when its end is reported minus the moment it was due.
Prints ``name=value`` lines; the last is ``max_error_ms``.

Usage: python benchmarks/timer_accuracy.py [HOLD_SECONDS] [HOLDS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer

from acupress_gui.core.hold_timer import HoldPlan
from acupress_gui.ui.timer.hold_timer_driver import HoldTimerDriver

BUSY_LOOP = "while True:\n    pass\n"
STAGGER_S = 0.37


def main(hold_seconds: float, holds: int) -> None:
    app = QCoreApplication(sys.argv[:1])
    burners = [
        subprocess.Popen([sys.executable, "-c", BUSY_LOOP]) for _ in range(os.cpu_count() or 2)
    ]
    errors_ms: list[float] = []
    drivers: list[HoldTimerDriver] = []

    def start_one() -> None:
        driver = HoldTimerDriver()
        drivers.append(driver)
        driver.start(HoldPlan(hold_seconds=hold_seconds))
        due = driver.timer.deadline()

        def ended(_event: object, due: float = due) -> None:
            errors_ms.append((time.monotonic() - due) * 1000)
            if len(errors_ms) == holds:
                app.quit()

        driver.hold_ended.connect(ended)

    for index in range(holds):
        QTimer.singleShot(round(index * STAGGER_S * 1000), start_one)
    try:
        app.exec()
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()

    print(f"holds={holds}")
    print(f"hold_seconds={hold_seconds:g}")
    print(f"cpu_burners={len(burners)}")
    print(f"median_error_ms={statistics.median(errors_ms):.2f}")
    print(f"min_error_ms={min(errors_ms):.2f}")
    print(f"max_error_ms={max(errors_ms):.2f}")


if __name__ == "__main__":
    main(
        float(sys.argv[1]) if len(sys.argv) > 1 else 60.0,
        int(sys.argv[2]) if len(sys.argv) > 2 else 12,
    )
