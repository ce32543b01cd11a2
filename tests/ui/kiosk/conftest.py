"""A kiosk window built through the composition root, as ``--kiosk`` builds it, on the
test's fake clock, in a kiosk folder of the test's own with a staff PIN set.

Nothing of Qt is imported at the top, for the same reason as in ``tests/ui/conftest.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from acupress_gui.core.kiosk.staff_pin import PIN_FILE_NAME, hash_pin, save_pin_hash
from tests.core.fake_clock import FakeClock

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from acupress_gui.bootstrap.composition import KioskServices
    from acupress_gui.ui.kiosk.kiosk_window import KioskWindow

PIN = "2468"


@pytest.fixture(scope="session")
def pin_hash_file(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The PIN file's bytes, made once: scrypt takes a while on purpose."""
    folder = tmp_path_factory.mktemp("pin")
    return save_pin_hash(folder, hash_pin(PIN)).read_bytes()


@pytest.fixture
def kiosk_folder(tmp_path: Path, pin_hash_file: bytes) -> Path:
    folder = tmp_path / "kiosk"
    folder.mkdir()
    (folder / PIN_FILE_NAME).write_bytes(pin_hash_file)
    return folder


@pytest.fixture
def kiosk_toml(kiosk_folder: Path) -> Callable[[str], None]:
    def write(text: str) -> None:
        (kiosk_folder / "kiosk.toml").write_text(text, encoding="utf-8")

    return write


class Kiosk:
    """What a test built: the window, its services and the languages it was put in."""

    def __init__(self, window: KioskWindow, services: KioskServices, languages: list[str]):
        self.window = window
        self.services = services
        self.languages = languages


@pytest.fixture
def make_kiosk(
    qtbot: QtBot, kiosk_folder: Path, clock: FakeClock
) -> Iterator[Callable[..., Kiosk]]:
    from acupress_gui.bootstrap.composition import build_kiosk_services, build_kiosk_window
    from acupress_gui.bootstrap.kiosk_setup import prepare_kiosk
    from acupress_gui.ui.common.theme import LIGHT

    made: list[Kiosk] = []

    def make(*, translated: bool = False) -> Kiosk:
        """``translated``: the app's own translations installed, as ``--kiosk`` does;
        else the languages asked for are only noted (``Kiosk.languages``)."""
        services = build_kiosk_services(prepare_kiosk(kiosk_folder, None), LIGHT, clock=clock)
        languages: list[str] = []
        window = build_kiosk_window(services, None if translated else languages.append)
        window.showFullScreen()
        qtbot.waitExposed(window)
        kiosk = Kiosk(window, services, languages)
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.window.exit_kiosk()
        kiosk.window.deleteLater()
        kiosk.services.close()


@pytest.fixture
def kiosk(make_kiosk: Callable[[], Kiosk]) -> Kiosk:
    return make_kiosk()


@pytest.fixture
def window(kiosk: Kiosk) -> KioskWindow:
    return kiosk.window


def tap(qtbot: QtBot, widget: object) -> None:
    """A click in the middle of ``widget``, as a tap of a finger reaches it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def start_visiting(qtbot: QtBot, window: KioskWindow, answer: str = "no") -> None:
    """Touch the start screen, then answer the welcome's pregnancy question."""
    assert window.attract is not None
    tap(qtbot, window.attract)
    assert window.welcome is not None
    tap(qtbot, window.welcome.answer_buttons[answer])
    assert window.welcome is None
