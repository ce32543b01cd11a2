"""A hold reported saved survives the app being killed at any moment (SIGKILL, not power loss).

Writers are killed at random moments, all on the same file, each new one carrying on where
the last died. Replay a failure with ACUPRESS_CRASH_SEED set to the seed in its message.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

SEED = int(os.environ.get("ACUPRESS_CRASH_SEED", "20260509"))
KILLS = 25
WRITER = Path(__file__).with_name("history_writer.py")


def run_and_kill(path: Path, output: Path, after_seconds: float) -> tuple[int, list[int]]:
    """Start a writer, kill it after ``after_seconds``; its pid and the ids it printed."""
    with (
        output.open("wb") as out,
        subprocess.Popen(
            [sys.executable, str(WRITER), str(path)], stdout=out, stderr=subprocess.PIPE
        ) as writer,
    ):
        try:
            writer.wait(timeout=after_seconds)
        except subprocess.TimeoutExpired:
            writer.kill()
        else:
            errors = writer.stderr.read().decode(errors="replace") if writer.stderr else ""
            pytest.fail(
                f"seed {SEED}: the writer exited by itself ({writer.returncode}):\n{errors}"
            )
    lines = output.read_bytes().split(b"\n")[:-1]  # the last is empty, or a line cut by the kill
    return writer.pid, [int(line) for line in lines]


def test_every_hold_reported_saved_survives_a_kill(tmp_path: Path) -> None:
    chance = random.Random(SEED)
    path = tmp_path / "history.sqlite3"
    printed: dict[int, int] = {}  # id -> pid of the writer that printed it
    in_order: list[int] = []
    for kill in range(KILLS):
        pid, ids = run_and_kill(path, tmp_path / f"writer-{kill}.out", chance.uniform(0.05, 0.4))
        printed.update(dict.fromkeys(ids, pid))
        in_order.extend(ids)

    replay = f"(seed {SEED}; replay with ACUPRESS_CRASH_SEED={SEED})"
    assert len(in_order) >= KILLS, f"too few holds written to test anything {replay}"
    # A lost hold would have its id given again to a later one: ids must only ever grow.
    assert in_order == sorted(set(in_order)), f"an id was printed twice {replay}"
    assert not list(tmp_path.glob("*.damaged-*")), f"a crash was taken for damage {replay}"
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)], replay
        stored = dict(connection.execute("SELECT id, entry_id FROM sessions"))
    lost = [row_id for row_id in printed if stored.get(row_id) != f"writer-{printed[row_id]}"]
    assert not lost, f"{len(lost)} holds reported saved were lost, first {lost[:5]} {replay}"
