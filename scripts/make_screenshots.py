"""Write the README's screenshots of the main window into a folder (default docs/screenshots).

Runs the real window with a throw-away settings file, so it never touches a person's
own settings. Usage: python scripts/make_screenshots.py [FOLDER]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from acupress_gui.core.catalog import load_catalog
from acupress_gui.core.settings import Settings, SettingsStore
from acupress_gui.ui.main_window import MainWindow
from acupress_gui.ui.theme import LIGHT, apply_theme

SIZE = (1280, 820)


def main(folder: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app, LIGHT)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        store = SettingsStore(Path(scratch) / "settings.json")
        window = MainWindow(load_catalog(), Settings(notice_acknowledged=True), store, LIGHT)
        window.resize(*SIZE)
        window.show()

        def shoot(name: str) -> None:
            app.processEvents()
            path = folder / f"{name}.png"
            window.grab().save(str(path))
            print(path)

        shoot("main-window")
        window.select_entry("sea-of-vitality")
        shoot("entry-selected")
        window.select_entry("wind-pool")
        window.body_map.zoom_to_selected()
        shoot("zoomed-to-neck")
        window.select_entry("sacral-points")
        window.body_map.zoom_to_selected()
        shoot("zoomed-to-sacrum")
        window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
