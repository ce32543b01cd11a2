"""The language the app speaks while it runs: its own translation, Qt's (standard
buttons and dialogs), and the locale that dates and numbers follow, switched together.

The ``.qm`` files are built from ``resources/i18n/*.ts`` by ``make translations`` and kept
in the package (``acupress_gui/resources/i18n``); Qt's come with PySide6. A missing or
unreadable file is logged and the app goes on in English, never stops. Installing or
removing a translator makes Qt send every window a ``LanguageChange`` event, on which the
shell retranslates its menus; the visitor's view is rebuilt instead (the shell's
``replace_session``).

Nothing here touches Qt's ``Qt`` namespace, whose first use costs about 15 ms, as this
runs before the window shows.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

import acupress_gui.resources
from acupress_gui.core.languages import SOURCE_LANGUAGE, best_match, check_code

log = logging.getLogger(__name__)

APP_TRANSLATIONS = Path(acupress_gui.resources.__file__).with_name("i18n")
"""The app's ``<code>.qm`` files: real files in a pip install and in the bundle alike."""


def system_language() -> str:
    """The language of AcuPress's that the system's preferred languages ask for first."""
    return best_match(QLocale.system().uiLanguages())


def qt_translations() -> Path:
    """Where Qt's own ``qt_<code>.qm`` are: PySide6's folder, or the bundle's copy of it."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


class Translations:
    """The translators installed in the application, for one language at a time.

    ``chosen`` is what was asked for ("" to follow the system, or a code); ``code`` the
    language in effect, which is English when the asked-for one could not be loaded.
    """

    def __init__(self, folder: Path | None = None, qt_folder: Path | None = None) -> None:
        """``folder`` holds the app's ``.qm`` files (``APP_TRANSLATIONS`` when None),
        ``qt_folder`` Qt's (``qt_translations()`` when None)."""
        self._folder = folder
        self._qt_folder = qt_folder
        self._installed: list[QTranslator] = []
        self._locale_before = QLocale()
        self.chosen = ""
        self.code = SOURCE_LANGUAGE

    def use(self, chosen: str) -> str:
        """Speak ``chosen`` ("" for the system's language), in place of the language before;
        returns the language now in effect."""
        code = chosen or system_language()
        check_code(code)
        self.remove()
        folder = self._folder or APP_TRANSLATIONS
        own = self._load(folder, code)
        if own is None and code != SOURCE_LANGUAGE:
            log.warning("Showing English instead of %s", code)
            code = SOURCE_LANGUAGE
            own = self._load(folder, code)
        translators = [own]
        if code != SOURCE_LANGUAGE:  # Qt's own texts are English to begin with
            translators.append(self._load(self._qt_folder or qt_translations(), f"qt_{code}"))
        for translator in translators:
            if translator is not None:
                QCoreApplication.installTranslator(translator)
                self._installed.append(translator)
        QLocale.setDefault(_locale_for(code))
        _prefer_han_forms(code)
        self.chosen, self.code = chosen, code
        log.info("Language: %s (chosen: %s)", code, chosen or "the system's")
        return code

    @staticmethod
    def system_code() -> str:
        """The language following the system gives (``system_language``)."""
        return system_language()

    def remove(self) -> None:
        """Back to the code's English and the locale there was before."""
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(self._locale_before)
        _prefer_han_forms(SOURCE_LANGUAGE)
        self.code = SOURCE_LANGUAGE

    @staticmethod
    def _load(folder: Path, name: str) -> QTranslator | None:
        """The translator of ``folder/name.qm``; None, and a line in the log, when the file
        is missing or not a translation."""
        path = folder / f"{name}.qm"
        if not path.is_file():
            log.warning("No translation file %s", path)
            return None
        translator = QTranslator()
        if not translator.load(path.name, str(folder)):
            log.warning("The translation file %s could not be read", path)
            return None
        return translator


def _locale_for(code: str) -> QLocale:
    """The system's own locale when it is of that language (so es_MX keeps its dates and
    en_GB its day-month order), else the language's usual one."""
    system = QLocale.system()
    wanted = QLocale(code)
    if system.language() == wanted.language():
        return system
    return wanted


@cache
def cjk_font_missing() -> bool:
    """Whether no installed font has Chinese characters, which would show as empty boxes:
    the Chinese translation, and the point names' characters in every language.

    Asked once a run (the answer cannot change while Qt runs), once the window shows
    (the question costs a few ms), and logged when so.
    """
    missing = not chinese_font_families()
    if missing:
        log.warning(
            "No font with Chinese characters is installed: they show as empty boxes. "
            "Install one (on Debian and Ubuntu: fonts-noto-cjk)."
        )
    return missing


SIMPLIFIED_CHINESE_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
)
"""Fonts that draw Chinese characters in their simplified-Chinese forms, best first."""


def _prefer_han_forms(code: str) -> None:
    """In Chinese, characters come from a simplified-Chinese font: one font holds the
    Chinese, Japanese and Korean forms of a character, and fontconfig picks by the
    system's locale, so on an English system 风 came in its Japanese shape. Other
    languages keep the system's choice (the point names' characters included)."""
    font = QGuiApplication.font()
    families = [
        f for f in font.families() or [font.family()] if f not in SIMPLIFIED_CHINESE_FAMILIES
    ]
    if code == "zh_CN":
        families += SIMPLIFIED_CHINESE_FAMILIES
    if families != font.families():
        font.setFamilies(families)
        QGuiApplication.setFont(font)


def chinese_font_families() -> list[str]:
    """The installed font families that can write simplified Chinese."""
    return QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
