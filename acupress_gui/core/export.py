"""The history as CSV, for a spreadsheet or a clinician: one row per hold, a header row.

Each row also names the sitting it belonged to (a routine, or one press of Start) and the
pain rated before and after that sitting, so every hold of a routine repeats its ratings.
Times are ISO 8601 in UTC, durations in seconds, so any tool reads them without a
locale. The file is written beside its target and renamed into place, so a failed
export never leaves half a file where a good one was.

An export is refused when its target is one of the app's own files (the history and its
SQLite companions, the settings, the logs, copies set aside as damaged), however the
target reaches it (a symlink, a hard link): renaming a CSV over the history would
replace every hold the person saved. A handout's PDF is written the same way
(``write_file``), with the same refusals.
"""

from __future__ import annotations

import csv
import errno
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import IO, Any

from acupress_gui.core.history import (
    HoldOutcome,
    HoldRecord,
    Side,
    SittingKind,
    SittingRecord,
    StoredSession,
)
from acupress_gui.core.paths import AppPaths
from acupress_gui.core.translatable import QT_TRANSLATE_NOOP, Message, Text

COLUMNS = (
    "id",
    "started_at_utc",
    "entry_id",
    "point_codes",
    "side",
    "set_number",
    "planned_seconds",
    "held_seconds",
    "completed",
    "sitting",
    "sitting_kind",
    "sitting_started_at_utc",
    "pain_before",
    "pain_after",
    "outcome",
    "spot",
)
"""Sitting columns are empty for holds saved before sittings existed; ratings when not given.
``completed`` keeps its first meaning (held for the whole time); ``outcome`` says how a
hold ended (completed, stopped, skipped, quit) and ``spot`` which spot of a row of spots
was pressed (empty when all were). They come last, so a reader of older exports that
picks columns by position reads the same values."""


COLUMN_NOTES: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("export", "The hold's number in your history."),
    "started_at_utc": QT_TRANSLATE_NOOP(
        "export",
        "When the hold started: the date and time in UTC, not your local time, written "
        "as 2025-03-01T09:30:00.000+00:00 (ISO 8601).",
    ),
    "entry_id": QT_TRANSLATE_NOOP(
        "export", "What you pressed, by the name the point catalog gives it (such as wind-pool)."
    ),
    "point_codes": QT_TRANSLATE_NOOP(
        "export",
        "The points pressed, by their standard codes (such as GB20), with a space between.",
    ),
    #: The words in quotes are the values in the file: they stay in English.
    "side": QT_TRANSLATE_NOOP(
        "export", "The side of your body: \u201cboth\u201d, \u201cright\u201d or \u201cleft\u201d."
    ),
    "set_number": QT_TRANSLATE_NOOP("export", "Which set of the hold it was: 1 for the first."),
    "planned_seconds": QT_TRANSLATE_NOOP("export", "How long the hold was to last, in seconds."),
    "held_seconds": QT_TRANSLATE_NOOP("export", "How long you held, in seconds."),
    #: The words in quotes are the values in the file: they stay in English.
    "completed": QT_TRANSLATE_NOOP(
        "export", "\u201cyes\u201d when you held for the whole time, else \u201cno\u201d."
    ),
    "sitting": QT_TRANSLATE_NOOP(
        "export",
        "The sitting the hold was part of (a routine, or one press of Start): the holds of "
        "one sitting share it. Empty for holds saved before AcuPress kept sittings.",
    ),
    #: The words in quotes are the values in the file: they stay in English.
    "sitting_kind": QT_TRANSLATE_NOOP(
        "export",
        "\u201croutine\u201d for a routine, \u201csingle\u201d for one press of Start.",
    ),
    "sitting_started_at_utc": QT_TRANSLATE_NOOP(
        "export", "When that sitting started, in UTC, written as the hold's start is."
    ),
    "pain_before": QT_TRANSLATE_NOOP(
        "export",
        "The pain you rated before the sitting, from 0 (no pain) to 10 (the worst pain you "
        "can imagine); empty when you did not rate it.",
    ),
    "pain_after": QT_TRANSLATE_NOOP(
        "export",
        "The pain you rated after the sitting, on the same scale; empty when you did not rate it.",
    ),
    #: The words in quotes are the values in the file: they stay in English.
    "outcome": QT_TRANSLATE_NOOP(
        "export",
        "How the hold ended: \u201ccompleted\u201d, \u201cstopped\u201d (stopped early), "
        "\u201cskipped\u201d (in a routine) or \u201cquit\u201d (AcuPress was closed).",
    ),
    "spot": QT_TRANSLATE_NOOP(
        "export",
        "For a row of spots pressed one after the other, which spot it was (1 for the "
        "first); empty when the hold pressed them all.",
    ),
}
"""What each column holds, for the person who opens the file: Help \u25b8 The exported
history shows these, translated; the column names and values stay as they are."""


class Written(Enum):
    """What a file written like the export holds, for the sentences that name it."""

    HISTORY = "history"
    HANDOUT = "handout"
    COUNTS = "counts"
    """A kiosk's anonymous counters, exported on its staff screen."""


_PROTECTED = {
    Written.HISTORY: QT_TRANSLATE_NOOP(
        "export",
        "{path} is one of AcuPress's own files, so the history was not written there. "
        "Choose another file name.",
    ),
    Written.HANDOUT: QT_TRANSLATE_NOOP(
        "export",
        "{path} is one of AcuPress's own files, so the handout was not written there. "
        "Choose another file name.",
    ),
    Written.COUNTS: QT_TRANSLATE_NOOP(
        "export", "{path} is one of AcuPress's own files, so the counts were not written there."
    ),
}
_NOT_WRITTEN = {
    Written.HISTORY: QT_TRANSLATE_NOOP("export", "The history could not be written to {path}."),
    Written.HANDOUT: QT_TRANSLATE_NOOP("export", "The handout could not be written to {path}."),
    Written.COUNTS: QT_TRANSLATE_NOOP("export", "The counts could not be written to {path}."),
}
_NOT_WRITTEN_BECAUSE = {
    Written.HISTORY: QT_TRANSLATE_NOOP(
        "export", "The history could not be written to {path}: {reason}."
    ),
    Written.HANDOUT: QT_TRANSLATE_NOOP(
        "export", "The handout could not be written to {path}: {reason}."
    ),
    Written.COUNTS: QT_TRANSLATE_NOOP(
        "export", "The counts could not be written to {path}: {reason}."
    ),
}


class ExportError(OSError):
    """The export was refused or failed; the message is a plain sentence naming the target.

    An ``OSError``, as ``shutil.SameFileError`` is, so a caller that handles a failed write
    handles a refused one too.
    """


_SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
_LOG_BACKUPS = 9
"""More numbered log backups than the app keeps, so a change there stays covered."""


def protected_files(paths: AppPaths) -> frozenset[Path]:
    """The app's own files under ``paths``: an export must never be written over one.

    Named files are listed whether they exist or not (a ``-wal`` appears and goes with
    each session); copies set aside as damaged are found by looking in the folders.
    """
    history = paths.history_file
    settings = paths.settings_file
    log = paths.log_file
    files = {
        history,
        *(history.with_name(history.name + suffix) for suffix in _SQLITE_COMPANIONS),
        settings,
        paths.data_dir / "acupress.lock",
        log,
        *(log.with_name(f"{log.name}.{number}") for number in range(1, _LOG_BACKUPS + 1)),
        paths.log_dir / "crash.log",
    }
    for original in (history, settings):
        try:
            files.update(original.parent.glob(f"{original.name}.damaged-*"))
        except OSError:  # an unreadable folder: the named files are still protected
            continue
    return frozenset(files)


def export_csv(sessions: Iterable[StoredSession], path: Path, *, protected: Iterable[Path]) -> int:
    """Write ``sessions`` to ``path`` as CSV; returns how many rows were written.

    Raises ``ExportError`` when ``path`` is a folder, is in a folder that does not exist
    (none is created: a typo should not build a tree of folders) or is one of
    ``protected`` (see ``protected_files``), and when the file cannot be written.
    Errors raised while reading ``sessions`` pass through unchanged.
    """
    count = 0
    with _replaced(path, protected, Written.HISTORY, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(COLUMNS)
        for session in sessions:
            writer.writerow(_row(session))
            count += 1
    return count


def write_file(path: Path, data: bytes, *, protected: Iterable[Path], what: Written) -> None:
    """Write ``data`` to ``path`` as the CSV export writes: refused for the same targets,
    beside it and renamed into place. ``what`` the file holds, for the messages.

    Raises ``ExportError`` with a plain sentence.
    """
    with _replaced(path, protected, what, "wb") as stream:
        stream.write(data)


@contextmanager
def _replaced(
    path: Path, protected: Iterable[Path], what: Written, mode: str, **open_args: Any
) -> Iterator[IO[Any]]:
    """A stream to a file beside ``path`` that replaces it once written and synced, so a
    failure never leaves half a file; any ``OSError`` becomes an ``ExportError`` naming
    ``what``, and the file beside is removed. Other errors pass through unchanged."""
    _check_target(path, protected, what)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    except OSError as error:
        raise ExportError(_write_failure(path, error, what)) from error
    try:
        with os.fdopen(handle, mode, **open_args) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise ExportError(_write_failure(path, error, what)) from error
        raise


def _check_target(path: Path, protected: Iterable[Path], what: Written) -> None:
    """Refuse a target that is not a new or ordinary file the person may replace."""
    if _is_protected(path, protected):
        raise ExportError(Message(_PROTECTED[what], path=path))
    try:
        target_stat = path.stat()
    except (FileNotFoundError, NotADirectoryError):  # a new file, or a bad folder (below)
        target_stat = None
    except OSError as error:
        raise ExportError(_write_failure(path, error, what)) from error
    if target_stat is not None and stat.S_ISDIR(target_stat.st_mode):
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP("export", "{path} is a folder. Choose a file name inside it."),
                path=path,
            )
        )
    if target_stat is not None and not stat.S_ISREG(target_stat.st_mode):
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP(
                    "export", "{path} is not an ordinary file, so it cannot be replaced."
                ),
                path=path,
            )
        )
    if not path.parent.is_dir():
        problem = (
            QT_TRANSLATE_NOOP(
                "export",
                "The folder {folder} is a file, not a folder, so {path} cannot be written.",
            )
            if path.parent.exists()
            else QT_TRANSLATE_NOOP(
                "export", "The folder {folder} does not exist, so {path} cannot be written."
            )
        )
        raise ExportError(Message(problem, folder=path.parent, path=path))


def _is_protected(path: Path, protected: Iterable[Path]) -> bool:
    """Whether ``path`` names a protected file, by resolved path or by file identity."""
    resolved = _resolved(path)
    identity = _identity(path)
    for candidate in protected:
        if _resolved(candidate) == resolved:
            return True
        if identity is not None and _identity(candidate) == identity:
            return True
    return False


def _resolved(path: Path) -> Path:
    """``path`` with every symlink followed; as given when a symlink loops back on itself."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError before Python 3.13
        return path.absolute()


def _identity(path: Path) -> tuple[int, int] | None:
    """Device and inode of the file ``path`` leads to; the same for every link to it."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


# Why a file could not be written, each ending "... could not be written to PATH: ...".
_PLAIN_REASONS: dict[int, Text] = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("export", "the disk is full"),
    errno.EACCES: QT_TRANSLATE_NOOP("export", "AcuPress is not allowed to write there"),
    errno.EPERM: QT_TRANSLATE_NOOP("export", "AcuPress is not allowed to write there"),
    errno.EROFS: QT_TRANSLATE_NOOP("export", "that disk is read-only"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("export", "part of that path is a file, not a folder"),
    errno.ENOENT: QT_TRANSLATE_NOOP("export", "its folder does not exist"),
    errno.EISDIR: QT_TRANSLATE_NOOP("export", "it is a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("export", "the name is too long"),
    errno.ELOOP: QT_TRANSLATE_NOOP("export", "it is a link that leads back to itself"),
}


def _write_failure(path: Path, error: OSError, what: Written) -> Message:
    """A sentence for a failed write that names the target, never the temporary file."""
    reason = _PLAIN_REASONS.get(error.errno or 0)
    if reason is None:
        return Message(_NOT_WRITTEN[what], path=path)
    return Message(_NOT_WRITTEN_BECAUSE[what], path=path, reason=reason)


def read_csv(path: Path) -> Iterator[StoredSession]:
    """The sessions of a file written by ``export_csv``, by this version or an older one
    (without ``outcome`` and ``spot``)."""
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            key = row["sitting"] or None
            sitting = None
            if key is not None:
                sitting = SittingRecord(
                    key,
                    SittingKind(row["sitting_kind"]),
                    datetime.fromisoformat(row["sitting_started_at_utc"]),
                    _rating(row["pain_before"]),
                    _rating(row["pain_after"]),
                )
            yield StoredSession(
                int(row["id"]),
                HoldRecord(
                    entry_id=row["entry_id"],
                    point_codes=tuple(row["point_codes"].split()),
                    side=Side(row["side"]),
                    set_number=int(row["set_number"]),
                    started_at=datetime.fromisoformat(row["started_at_utc"]),
                    planned_seconds=float(row["planned_seconds"]),
                    held_seconds=float(row["held_seconds"]),
                    completed=row["completed"] == "yes",
                    sitting_key=key,
                    outcome=HoldOutcome(row.get("outcome") or HoldOutcome.COMPLETED),
                    spot=int(row["spot"]) if row.get("spot") else None,
                ),
                sitting,
            )


def _rating(text: str) -> int | None:
    return int(text) if text else None


def _row(session: StoredSession) -> tuple[object, ...]:
    record = session.record
    sitting = session.sitting
    return (
        session.id,
        record.started_at.isoformat(timespec="milliseconds"),
        record.entry_id,
        " ".join(record.point_codes),
        record.side.value,
        record.set_number,
        f"{record.planned_seconds:g}",
        f"{record.held_seconds:.3f}".rstrip("0").rstrip("."),
        "yes" if record.completed else "no",
        *(
            (
                sitting.key,
                sitting.kind.value,
                sitting.started_at.isoformat(timespec="milliseconds"),
                "" if sitting.pain_before is None else sitting.pain_before,
                "" if sitting.pain_after is None else sitting.pain_after,
            )
            if sitting
            else ("",) * 5
        ),
        record.outcome.value,
        "" if record.spot is None else record.spot,
    )
