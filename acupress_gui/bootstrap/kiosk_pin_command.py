"""``--set-kiosk-pin``: a new staff PIN, read twice and stored only as its hash.

Read from the terminal without echo when there is one, else two lines of standard input
(for a provisioning script), and never from the command line, where other users' ``ps``
and the shell's history would see it.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import TextIO

from acupress_gui.core.kiosk.staff_pin import PinError, hash_pin, read_new_pin, save_pin_hash


def set_kiosk_pin(folder: Path, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Ask for the PIN, store its hash in ``folder``; returns the exit code (1 on refusal)."""
    source = sys.stdin if stdin is None else stdin
    out = sys.stdout if stdout is None else stdout
    if source is None:
        print("--set-kiosk-pin needs a terminal or standard input to read the PIN", file=sys.stderr)
        return 1

    def ask(prompt: str) -> str:
        if source.isatty():
            return getpass.getpass(prompt)
        line = source.readline()
        if not line:
            raise PinError("standard input ended before the PIN was given twice")
        return line.rstrip("\r\n")

    try:
        if not folder.is_dir():
            raise PinError(f"{folder} is not a folder; create the kiosk's folder first")
        path = save_pin_hash(folder, hash_pin(read_new_pin(ask)))
    except PinError as error:
        print(f"The kiosk PIN was not changed: {error}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, EOFError):
        print("\nThe kiosk PIN was not changed.", file=sys.stderr)
        return 1
    print(f"Kiosk PIN set; only its hash is kept, in {path}", file=out)
    return 0
