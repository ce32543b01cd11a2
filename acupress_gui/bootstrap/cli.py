"""The command line: strict options, Qt's own options set apart, and the export command.

Nothing here imports Qt at start, so ``--help``, ``--version``, ``--export-history`` and
``--install-desktop-entry`` work on a machine without a display or without Qt's system
libraries; ``--handout`` draws its PDF with Qt on the offscreen platform, so it needs
Qt's libraries but no display.

A windowed Windows app (and ``pythonw``) has no stdout or stderr: there ``--help`` and
``--version`` print nothing (the ``acupress-cli.exe`` twin prints them), and what would
have gone to stderr, a refused option or a failed export, goes to the log file instead.

A misspelled option is an error rather than ignored: a kiosk launcher with
``--data-dri /srv/kiosk`` must stop, not quietly keep visitors' data in a home folder.
Qt reads a few options of its own (``-platform offscreen``, ``-style fusion`` ...); those
are recognised by name, taken out before the app's options are parsed, and handed to
``QApplication`` unchanged.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from acupress_gui import __version__
from acupress_gui.bootstrap.diagnostics import log_to_file
from acupress_gui.core.languages import CODES
from acupress_gui.core.paths import AppPaths, resolve_paths

if TYPE_CHECKING:
    from acupress_gui.core.handout import Handout

QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "-platform",
        "-platformpluginpath",
        "-platformtheme",
        "-plugin",
        "-qwindowgeometry",
        "-qwindowicon",
        "-qwindowtitle",
        "-geometry",
        "-icon",
        "-title",
        "-session",
        "-style",
        "-stylesheet",
        "-qmljsdebugger",
        "-display",
        "-name",
        "-visual",
    }
)
"""Qt's single-dash options that take the next argument as their value.

From the QCoreApplication, QGuiApplication and QApplication documentation, plus the X11
platform's ``-display``, ``-name`` and ``-visual``.
"""

QT_FLAGS = frozenset({"-reverse", "-testability", "-widgetcount", "-nograb", "-dograb"})
"""Qt's single-dash options that stand alone."""

QT_OPTIONS_WITH_ATTACHED_VALUE = ("-style=", "-stylesheet=", "-qmljsdebugger=")
"""Qt's options that may also carry their value after ``=`` in the same argument."""

_APP_OPTIONS_WITH_VALUE = (
    "--data-dir",
    "--catalog",
    "--export-history",
    "--handout",
    "--routine",
    "--entry",
    "--language",
)


@dataclass(frozen=True, slots=True)
class Options:
    """What the command line asked for."""

    data_dir: Path | None
    """Keep every user file here instead of the platform's user folders."""
    catalog: Path | None
    """A point catalog to use instead of the built-in one."""
    export_history: Path | None
    """Write the history here as CSV and exit, without a window."""
    qt_arguments: tuple[str, ...]
    """Qt's own options, in their order, for ``QApplication([program, *qt_arguments])``."""
    desktop_entry: str | None = None
    """``"install"`` or ``"uninstall"``: put AcuPress in this user's menu or take it out,
    and exit, without a window."""
    speech_helper: bool = False
    """Run as the app's speech helper process (``ui/timer/speech_helper.py``), which the
    app starts itself; not for people, so not in ``--help``."""
    handout: Path | None = None
    """Write a handout here as PDF and exit, without a window."""
    routine: str | None = None
    """The handout's routine, by a preset's id or name or one of the person's by name."""
    entries: tuple[str, ...] = ()
    """The handout's entries by id, instead of a routine."""
    language: str | None = None
    """The language for this run only (a code of ``core.languages.CODES``), over the saved
    choice and the system's; None to use those."""
    set_kiosk_pin: bool = False
    """Read a new staff PIN for the kiosk of ``data_dir`` and store its hash, then exit."""
    kiosk: bool = False
    """Run as the clinic's kiosk of ``data_dir`` (``bootstrap/kiosk_app.py``)."""


def parse_args(argv: Sequence[str]) -> Options:
    """Read ``argv`` (without the program name).

    An unknown option, or a Qt option without its value, prints the usage and exits with
    code 2; ``--help`` and ``--version`` print and exit with code 0, as argparse does.
    """
    parser = _parser()
    app_arguments, qt_arguments = _split_qt_arguments(argv, parser)
    namespace = parser.parse_args(app_arguments)
    if namespace.handout is None and (namespace.routine or namespace.entry):
        parser.error("--routine and --entry choose what --handout prints; give --handout FILE")
    if namespace.set_kiosk_pin and namespace.data_dir is None:
        parser.error("--set-kiosk-pin sets the PIN of one kiosk: give its --data-dir DIR")
    if namespace.kiosk and namespace.data_dir is None:
        parser.error("--kiosk runs the kiosk of one folder: give its --data-dir DIR")
    return Options(
        data_dir=namespace.data_dir,
        catalog=namespace.catalog,
        export_history=namespace.export_history,
        qt_arguments=tuple(qt_arguments),
        desktop_entry=namespace.desktop_entry,
        speech_helper=namespace.speech_helper,
        handout=namespace.handout,
        routine=namespace.routine,
        entries=tuple(namespace.entry or ()),
        language=namespace.language,
        set_kiosk_pin=namespace.set_kiosk_pin,
        kiosk=namespace.kiosk,
    )


def export_history(paths: AppPaths, target: Path) -> int:
    """The command-line export: every hold as CSV at ``target``; returns the exit code.

    Prints one line on success; on failure a plain message on stderr and exit code 1.
    A new install exports a header row only, and creates no folder by looking.
    """
    # Imported here: every start reads this module, and only an export needs these.
    from acupress_gui.core.export import ExportError, export_csv, protected_files
    from acupress_gui.core.history import HistoryError, HistoryStore

    protected = protected_files(paths)
    try:
        if paths.history_file.exists():
            with HistoryStore.open(paths.history_file) as store:
                count = export_csv(store.oldest_first(), target, protected=protected)
        else:
            count = export_csv((), target, protected=protected)
    except (ExportError, HistoryError) as error:
        _tell_error(f"AcuPress could not export the history. {error}", paths)
        return 1
    print(f"Exported {count} holds to {target}")
    return 0


def handout(paths: AppPaths, target: Path, options: Options) -> int:
    """The command-line handout: a PDF of the entries or routine asked for (the person's
    current routine when neither is), held as the person holds; returns the exit code.

    Drawn by Qt on its offscreen platform, so no display is needed and no window opens;
    it neither asks nor tells a running copy anything. Written in the app's language
    (``--language``, else the saved choice, else the system's). Prints one line on
    success; a plain message on stderr and exit code 1 for an unknown name, a refused
    catalog, a protected or unwritable target.
    """
    # Imported here: every start reads this module, and only a handout needs these.
    from acupress_gui.core.catalog import CatalogError, load_catalog
    from acupress_gui.core.export import ExportError, protected_files
    from acupress_gui.core.handout import HandoutError, handout_for
    from acupress_gui.core.settings import SettingsStore
    from acupress_gui.ui.common.translations import Translations

    try:
        person = SettingsStore(paths.settings_file).peek().person
        chosen = person.language if options.language is None else options.language
        language = chosen or Translations.system_code()
        catalog = load_catalog(options.catalog).in_language(language)
        sheet = handout_for(catalog, person, options.routine, options.entries)
        pages = _write_handout(sheet, target, protected_files(paths), language)
    except (CatalogError, HandoutError, ExportError) as error:
        _tell_error(f"AcuPress could not make the handout. {error}", paths)
        return 1
    print(f"Saved a handout of {pages} page{'s' if pages != 1 else ''} to {target}")
    return 0


def _write_handout(sheet: Handout, target: Path, protected: frozenset[Path], language: str) -> int:
    """The PDF drawn by Qt without a display, in ``language``: a ``QGuiApplication`` on the
    offscreen platform, whatever ``-platform`` or ``QT_QPA_PLATFORM`` say (they are for
    windows), shut down again when done, so a caller in the same process can make its own."""
    from PySide6.QtGui import QGuiApplication

    from acupress_gui.core.handout import HandoutError
    from acupress_gui.ui.common.translations import Translations
    from acupress_gui.ui.handout.handout_pages import HandoutTooLongError, default_paper, save_pdf

    made = None
    if QGuiApplication.instance() is None:
        program = sys.argv[0] if sys.argv and sys.argv[0] else "acupress-gui"
        made = QGuiApplication([program, "-platform", "offscreen"])
    translations = Translations()
    translations.use(language)
    try:
        return save_pdf(sheet, target, default_paper(), protected)
    except HandoutTooLongError as error:
        raise HandoutError(str(error)) from error
    finally:
        translations.remove()
        if made is not None:
            made.shutdown()


def desktop_entry(action: str, options: Options) -> int:
    """The command-line ``--install-desktop-entry`` / ``--uninstall-desktop-entry``;
    returns the exit code. An install passes ``--data-dir`` and ``--catalog`` on to the
    entry, by absolute path, so the menu starts the app as this command line would."""
    from acupress_gui.bootstrap.desktop_entry import run  # only this command needs it

    carried: list[str] = []
    for option, path in (("--data-dir", options.data_dir), ("--catalog", options.catalog)):
        if path is not None:
            carried += [option, str(path.expanduser().resolve())]
    return run(action, carried)


def _tell_error(message: str, paths: AppPaths) -> None:
    """On stderr, or in the log file where there is no stderr."""
    if sys.stderr is None:
        log_to_file(paths, message)
    else:
        print(message, file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    """argparse, whose refusals reach the log file where there is no stderr to print them.

    A refused command line has no data folder yet, so it goes to the default one's log.
    """

    def error(self, message: str) -> NoReturn:
        if sys.stderr is None:
            log_to_file(resolve_paths(), f"{self.prog}: error: {message}")
        super().error(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="acupress-gui",
        description="AcuPress: guided self-acupressure for back and neck pain.",
        epilog="Qt's own options, such as -platform NAME, -style NAME, -stylesheet FILE, "
        "-reverse, -qwindowgeometry GEOMETRY and -display DISPLAY, are passed on to Qt.",
        allow_abbrev=False,  # "--data" must not silently mean "--data-dir"
    )
    parser.add_argument("--version", action="version", version=f"AcuPress {__version__}")
    data_dir, catalog, export, handout_option, routine, entry, language = _APP_OPTIONS_WITH_VALUE
    parser.add_argument(
        data_dir,
        type=Path,
        metavar="DIR",
        help="keep every user file (settings, history, logs) in DIR instead of the "
        "platform's user folders; for portable and kiosk installs",
    )
    parser.add_argument(
        catalog,
        type=Path,
        metavar="FILE",
        help="use this point catalog (TOML) instead of the built-in one",
    )
    parser.add_argument(
        language,
        choices=CODES,
        metavar="CODE",
        help=f"show AcuPress in this language for this run only ({', '.join(CODES)}); "
        "the choice in View, Language is the one remembered",
    )
    commands = parser.add_mutually_exclusive_group()
    commands.add_argument(
        export,
        type=Path,
        metavar="FILE",
        help="write the session history to FILE as CSV and exit, without opening a window",
    )
    commands.add_argument(
        handout_option,
        type=Path,
        metavar="FILE",
        help="write a handout to print (PDF) to FILE and exit, without opening a window: "
        "your current routine, or the one --routine names, or the entries --entry names",
    )
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument(
        routine,
        metavar="NAME",
        help="with --handout: the routine to print, by its name or a preset's id",
    )
    choice.add_argument(
        entry,
        action="extend",
        nargs="+",
        metavar="ID",
        help="with --handout: the entries to print by id (wind-pool, sea-of-vitality ...), "
        "one for a point's own handout, several for a sheet of them in this order",
    )
    commands.add_argument(
        "--install-desktop-entry",
        dest="desktop_entry",
        action="store_const",
        const="install",
        help="add AcuPress to your applications menu (for pip and pipx installs) and exit; "
        "the entry keeps any --data-dir and --catalog given with it",
    )
    commands.add_argument(
        "--uninstall-desktop-entry",
        dest="desktop_entry",
        action="store_const",
        const="uninstall",
        help="remove what --install-desktop-entry added and exit",
    )
    commands.add_argument(
        "--set-kiosk-pin",
        action="store_true",
        help="with --data-dir DIR: read a new staff PIN for the kiosk in DIR (4 to 12 digits, "
        "twice, from the terminal or from standard input), store only its hash, and exit",
    )
    commands.add_argument(
        "--kiosk",
        action="store_true",
        help="with --data-dir DIR: run as a clinic's kiosk, full screen, for one visitor "
        "after another (settings in DIR/kiosk.toml; needs a PIN from --set-kiosk-pin)",
    )
    commands.add_argument("--speech-helper", action="store_true", help=argparse.SUPPRESS)
    return parser


def _split_qt_arguments(
    argv: Sequence[str], parser: argparse.ArgumentParser
) -> tuple[list[str], list[str]]:
    """Separate Qt's options (with their values) from the app's, keeping each in order.

    The value of an app option is never taken for a Qt option, nor a Qt option's value
    for an app option; everything after ``--`` is left to argparse.
    """
    app_arguments: list[str] = []
    qt_arguments: list[str] = []
    index = 0
    while index < len(argv):
        argument = argv[index]
        if argument == "--":
            app_arguments.extend(argv[index:])
            break
        if argument in _APP_OPTIONS_WITH_VALUE:
            app_arguments.extend(argv[index : index + 2])
            index += 2
            continue
        if argument in QT_OPTIONS_WITH_VALUE:
            if index + 1 == len(argv):
                parser.error(f"Qt's option {argument} needs a value")
            qt_arguments.extend(argv[index : index + 2])
            index += 2
            continue
        if argument in QT_FLAGS or argument.startswith(QT_OPTIONS_WITH_ATTACHED_VALUE):
            qt_arguments.append(argument)
        elif _is_unknown_single_dash(argument):
            # argparse would read "-help" as -h followed by letters (Python 3.13) or refuse
            # it (3.11): refuse it everywhere, as any other unknown option.
            parser.error(f"unrecognized arguments: {argument}")
        else:
            app_arguments.append(argument)
        index += 1
    return app_arguments, qt_arguments


def _is_unknown_single_dash(argument: str) -> bool:
    """A one-dash word that is neither -h, Qt's nor a negative number."""
    return (
        len(argument) > 2
        and argument.startswith("-")
        and not argument.startswith("--")
        and not argument[1:].replace(".", "", 1).isdigit()
    )
