"""The sheet to take home, read back as a person would: the PDF drawn as page images
(pdftoppm) and its text extracted (pdftotext).

Every entry's handout fits two pages and every preset routine's four, on A4 and on
Letter; each holds every point's code and name, the entry's cautions, every warning
sign of both areas and where the points come from; the clinic's lines when its catalog
has them. File ▸ Print / Save as PDF writes the same pages and refuses the app's own
files.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QPageSize

from acupress_gui.core import red_flags
from acupress_gui.core.catalog import Catalog, load_catalog, parse_catalog
from acupress_gui.core.export import ExportError, protected_files
from acupress_gui.core.handout import (
    MAX_PAGES,
    Handout,
    Hold,
    Kind,
    Paper,
    entry_handout,
    handout_for,
    routine_handout,
)
from acupress_gui.core.paths import AppPaths
from acupress_gui.core.preferences import PersonPreferences
from acupress_gui.core.routine import presets
from acupress_gui.ui.common import advice, questions
from acupress_gui.ui.handout import handout_dialog
from acupress_gui.ui.handout.handout_dialog import HandoutDialog
from acupress_gui.ui.handout.handout_pages import lay_out, pdf_bytes, pdf_writer, save_pdf
from acupress_gui.ui.shell.desktop_window import DesktopWindow

POINTS_PER_INCH = 72
PAGE_POINTS = {Paper.A4: (595, 842), Paper.LETTER: (612, 792)}


def words(text: str) -> str:
    """Text with every run of white space as one space: lines wrap anywhere on a page,
    also after the hyphen of a word such as "long-term", which stays whole."""
    return re.sub(r"(?<=\w-)\s+(?=\w)", "", re.sub(r"\s+", " ", text)).strip()


def pdf_text(pdf: Path) -> str:
    return words(
        subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )


def reading_text(pdf: Path) -> str:
    """The text in the order it is painted, which is the order it is read: down the page,
    or down each column in turn (so a sentence that wraps, or runs on to the next column,
    reads whole)."""
    return words(
        subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )


def page_images(pdf: Path, folder: Path, dpi: int = 50) -> list[QImage]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(folder / "page")], check=True)
    return [QImage(str(path)) for path in sorted(folder.glob("page-*.png"))]


def page_count(sheet: Handout, paper: Paper) -> int:
    buffer = QBuffer(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return len(lay_out(sheet, pdf_writer(buffer, paper, sheet.title)).pages)


def written(sheet: Handout, folder: Path, paper: Paper = Paper.A4) -> tuple[Path, int]:
    data, pages = pdf_bytes(sheet, paper)
    path = folder / "handout.pdf"
    path.write_bytes(data)
    return path, pages


def preset_handouts(catalog: Catalog) -> list[Handout]:
    return [
        handout_for(catalog, PersonPreferences(), routine.preset_id) for routine in presets(catalog)
    ]


# --- pages -----------------------------------------------------------------------------


@pytest.mark.parametrize("paper", list(Paper))
def test_every_entry_fits_two_pages_and_every_preset_routine_four(
    catalog: Catalog, paper: Paper
) -> None:
    hold = Hold(60)
    counts = {
        entry.id: page_count(entry_handout(catalog, entry, hold), paper)
        for entry in catalog.entries
    }
    assert max(counts.values()) <= MAX_PAGES[Kind.ENTRY] == 2, counts
    routines = {sheet.title: page_count(sheet, paper) for sheet in preset_handouts(catalog)}
    assert len(routines) == len(catalog.routines) >= 5
    assert max(routines.values()) <= MAX_PAGES[Kind.ROUTINE] == 4, routines


def test_a_routine_too_long_for_four_pages_is_refused_plainly(catalog: Catalog) -> None:
    from acupress_gui.ui.handout.handout_pages import HandoutTooLongError

    sheet = routine_handout(catalog, "Everything", catalog.entries[:12], Hold(60))
    with pytest.raises(HandoutTooLongError, match="Everything does not fit on 4 pages"):
        page_count(sheet, Paper.A4)


@pytest.mark.requires("poppler")
@pytest.mark.parametrize("paper", list(Paper))
def test_the_pages_are_the_paper_of_choice_and_print_dark_on_light(
    catalog: Catalog, tmp_path: Path, paper: Paper
) -> None:
    entry = catalog.entry("wind-pool")
    assert entry is not None
    pdf, pages = written(entry_handout(catalog, entry, Hold(60)), tmp_path, paper)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    width, height = PAGE_POINTS[paper]
    assert f"Page size:       {width} x {height} pts" in info.stdout
    images = page_images(pdf, tmp_path)
    assert len(images) == pages == 2
    for image in images:
        assert abs(image.width() - width * 50 / POINTS_PER_INCH) < 1
        assert abs(image.height() - height * 50 / POINTS_PER_INCH) < 1
        inked = _share_of_dark_pixels(image)
        assert 0.01 < inked < 0.25, inked  # text and figure on a white page


def _share_of_dark_pixels(image: QImage) -> float:
    dark = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).lightness() < 128:
                dark += 1
    return dark / ((image.height() // 2) * (image.width() // 2))


# --- what the pages say --------------------------------------------------------------


def signs_of_both_areas() -> list[str]:
    return [
        sign
        for area in red_flags.AREAS
        for urgency in red_flags.Urgency
        for sign in area.signs(urgency)
    ]


def assert_says_everything_a_person_needs(text: str, sheet: Handout) -> None:
    for part in sheet.parts:
        entry = part.entry
        for point in entry.points:
            assert f"{point.code} {point.name}" in text, point.code
        for caution in entry.cautions:
            assert words(caution) in text, caution
        for step in (*entry.find_steps, *entry.press_steps):
            assert words(step) in text, step
    for sign in signs_of_both_areas():
        assert words(sign) in text, sign
    assert words(advice.general_caution()) in text
    assert words(sheet.sources) in text


@pytest.mark.requires("poppler")
def test_an_entrys_handout_says_what_to_do_and_when_to_get_help(
    catalog: Catalog, tmp_path: Path
) -> None:
    entry = catalog.entry("sea-of-vitality")
    assert entry is not None
    sheet = entry_handout(catalog, entry, Hold(90))
    pdf, pages = written(sheet, tmp_path)
    text = reading_text(pdf)
    assert_says_everything_a_person_needs(text, sheet)
    assert "Hold for 1 min 30 s, both sides at once." in text
    assert advice.pregnancy_text(entry.pregnancy) in text
    assert f"\u201cWhen to get help\u201d on page {pages}" in text
    assert f"Page {pages} of {pages}" in pdf_text(pdf)


@pytest.mark.requires("poppler")
@pytest.mark.parametrize("routine_id", [routine.id for routine in load_catalog().routines])
def test_each_preset_routines_handout_says_every_point_in_order(
    catalog: Catalog, tmp_path: Path, routine_id: str
) -> None:
    sheet = handout_for(catalog, PersonPreferences(), routine_id)
    pdf, _ = written(sheet, tmp_path)
    text = reading_text(pdf)
    assert_says_everything_a_person_needs(text, sheet)
    numbered = [text.index(f"{part.number}. {words(part.entry.title)}") for part in sheet.parts]
    assert numbered == sorted(numbered)  # pressed, and printed, in the routine's order


@pytest.mark.requires("poppler")
def test_sentences_run_on_as_the_language_joins_them(
    sentences_run_on: None, catalog: Catalog, tmp_path: Path
) -> None:
    """A routine's count and length, and a hold's sets after its length, are two sentences
    each: joined as the translation joins sentences (nothing between, as in Chinese)."""
    routine = handout_for(catalog, PersonPreferences(), "low-back")
    assert "in this order.About" in reading_text(written(routine, tmp_path)[0])
    entry = handout_for(catalog, PersonPreferences(hold_sets=2), entry_ids=["wind-pool"])
    assert re.search(r"\.Do this 2 times", reading_text(written(entry, tmp_path)[0]))


@pytest.mark.requires("poppler")
def test_the_upper_backs_warning_comes_before_any_pressing_advice(
    catalog: Catalog, tmp_path: Path
) -> None:
    entry = catalog.entry("vital-region")
    assert entry is not None
    pdf, _ = written(entry_handout(catalog, entry, Hold(60)), tmp_path)
    text = reading_text(pdf)
    warning = words(red_flags.UPPER_BACK_WARNING_ON_PAPER)
    assert warning in text
    assert text.index(warning) < text.index("How to find it") < text.index("How to press")


@pytest.mark.requires("poppler")
def test_what_pregnancy_left_out_of_the_routine_is_named(catalog: Catalog, tmp_path: Path) -> None:
    sheet = handout_for(catalog, PersonPreferences(may_be_pregnant=True))
    pdf, _ = written(sheet, tmp_path)
    text = reading_text(pdf)
    assert "Left out because you are or may be pregnant: Sacral Points." in text
    assert "BL27" not in text


CLINIC_LINES = (
    'format = 2\nclinic_name = "Riverside Physiotherapy"\n'
    'clinic_note = "Questions? Call 0161 496 0000, Monday to Friday."'
)


@pytest.fixture
def clinic_catalog() -> Catalog:
    from importlib import resources

    text = resources.files("acupress_gui.resources").joinpath("catalog.toml").read_text("utf-8")
    return parse_catalog(text.replace("format = 2", CLINIC_LINES, 1).encode(), "clinic.toml")


@pytest.mark.requires("poppler")
def test_a_clinics_name_heads_every_page_and_its_note_the_first(
    clinic_catalog: Catalog, tmp_path: Path
) -> None:
    pdf, pages = written(handout_for(clinic_catalog, PersonPreferences(), "low-back"), tmp_path)
    for number in range(1, pages + 1):
        page = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "Riverside Physiotherapy" in page
        assert ("Questions? Call 0161 496 0000, Monday to Friday." in words(page)) is (number == 1)


@pytest.mark.requires("poppler")
def test_the_built_in_catalog_names_no_clinic(catalog: Catalog, tmp_path: Path) -> None:
    pdf, _ = written(handout_for(catalog, PersonPreferences(), "low-back"), tmp_path)
    assert pdf_text(pdf).startswith("AcuPress")


# --- saving ----------------------------------------------------------------------------


def test_saving_refuses_the_apps_own_files_and_keeps_them(
    catalog: Catalog, paths: AppPaths
) -> None:
    paths.settings_file.parent.mkdir(parents=True)
    paths.settings_file.write_text("{}")
    sheet = handout_for(catalog, PersonPreferences(), entry_ids=["wind-pool"])
    with pytest.raises(ExportError, match="one of AcuPress's own files, so the handout was not"):
        save_pdf(sheet, paths.settings_file, Paper.A4, protected_files(paths))
    assert paths.settings_file.read_text() == "{}"


def test_saving_into_a_missing_folder_says_so(catalog: Catalog, tmp_path: Path) -> None:
    sheet = handout_for(catalog, PersonPreferences(), entry_ids=["wind-pool"])
    with pytest.raises(ExportError, match=r"The folder .* does not exist"):
        save_pdf(sheet, tmp_path / "no" / "handout.pdf", Paper.A4, frozenset())


# --- the menu --------------------------------------------------------------------------


def open_dialog(window: DesktopWindow, monkeypatch: pytest.MonkeyPatch) -> HandoutDialog:
    opened: list[HandoutDialog] = []
    real = questions.run_dialog

    def keep(dialog: object, accepted: Callable[[], None]) -> None:
        assert isinstance(dialog, HandoutDialog)
        opened.append(dialog)
        real(dialog, accepted)

    monkeypatch.setattr(questions, "run_dialog", keep)
    window.handout_action.trigger()
    (dialog,) = opened
    return dialog


@pytest.mark.requires("poppler")
def test_save_as_pdf_from_the_file_menu_prints_the_selected_point(
    window: DesktopWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.view.select_entry("commanding-middle")
    dialog = open_dialog(window, monkeypatch)
    assert dialog.choice.currentText() == "This point: Commanding Middle"
    offered = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
    assert "Routine: Sciatica" in offered and "The routine Start routine runs" in offered

    target = tmp_path / "knee.pdf"
    suggested: list[Path] = []
    told: list[str] = []

    def choose(
        parent: object, title: str, offered: Path, kinds: str, chosen: Callable[[Path], None]
    ) -> None:
        suggested.append(offered)
        chosen(target)

    monkeypatch.setattr(questions, "choose_save_path", choose)
    monkeypatch.setattr(questions, "tell", lambda parent, title, text: told.append(text))
    dialog.save_button.click()
    assert suggested[0].name == "acupress-commanding-middle.pdf"
    assert told == [f"Saved to {target}."]
    text = reading_text(target)
    assert "BL40 Commanding Middle" in text and "Wind Pool" not in text
    assert not dialog.isVisible()


def test_the_menu_refuses_to_write_over_the_settings(
    window: DesktopWindow, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = paths.settings_file
    before = target.read_bytes()
    dialog = open_dialog(window, monkeypatch)
    told: list[str] = []
    monkeypatch.setattr(
        questions, "choose_save_path", lambda parent, title, offered, kinds, chosen: chosen(target)
    )
    monkeypatch.setattr(questions, "tell", lambda parent, title, text: told.append(text))
    dialog.save_button.click()
    assert told == [
        f"{target} is one of AcuPress's own files, so the handout was not written there. "
        "Choose another file name."
    ]
    assert target.read_bytes() == before
    dialog.reject()


@pytest.mark.requires("poppler")
def test_print_draws_the_same_pages_on_the_printer_the_print_dialog_set_up(
    window: DesktopWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The print dialog itself is Qt's; here it is answered with a printer that prints to
    a file, so the pages that reach it can be read back."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    monkeypatch.setattr(handout_dialog, "printer_names", lambda: ["Office"])
    window.view.select_entry("gate-of-life")
    dialog = open_dialog(window, monkeypatch)
    dialog.paper.setCurrentIndex(dialog.paper.findData(Paper.LETTER.value))
    target = tmp_path / "printed.pdf"

    def print_to_file(asked: object, accepted: Callable[[], None]) -> None:
        assert isinstance(asked, QPrintDialog)
        printer = asked.printer()
        assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        accepted()
        asked.deleteLater()

    monkeypatch.setattr(questions, "run_dialog", print_to_file)
    dialog.print_button.click()
    text = reading_text(target)
    assert "GV4 Gate of Life" in text and "When to get help" in text
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    assert "612 x 792 pts" in info.stdout
    assert not dialog.isVisible()


@pytest.mark.requires("poppler")
@pytest.mark.parametrize("viewer", [True, False], ids=["viewer", "no-viewer"])
def test_without_a_printer_the_handout_opens_in_the_pdf_viewer_to_print(
    window: DesktopWindow, monkeypatch: pytest.MonkeyPatch, viewer: bool
) -> None:
    """The bundle has no CUPS plugin: the system's PDF viewer prints instead."""
    opened: list[Path] = []
    told: list[str] = []
    monkeypatch.setattr(handout_dialog, "printer_names", lambda: [])
    monkeypatch.setattr(handout_dialog, "open_file", lambda path: opened.append(path) or viewer)
    monkeypatch.setattr(questions, "tell", lambda parent, title, text: told.append(text))
    dialog = open_dialog(window, monkeypatch)
    dialog.choice.setCurrentIndex(dialog.choice.findText("Routine: Upper back"))
    dialog.print_button.click()
    (pdf,) = opened
    assert pdf.name == "upper-back.pdf" and "Upper back" in reading_text(pdf)
    (message,) = told
    assert str(pdf) in message
    assert ("print it from there" in message) is viewer
    assert not dialog.isVisible()
    shutil.rmtree(pdf.parent)
