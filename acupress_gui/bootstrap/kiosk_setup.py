"""What ``--kiosk`` checks before any window: its settings, the staff PIN, the catalog,
and where it may write. Each refusal is a message for staff, on stderr and in the log,
and a non-zero exit: a kiosk must never open a dialog nobody at the screen can answer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from acupress_gui.core.catalog import Catalog, CatalogError, load_catalog
from acupress_gui.core.kiosk.kiosk_config import KioskConfig, KioskConfigError, load_kiosk_config
from acupress_gui.core.kiosk.staff_pin import PinError, PinHash, load_pin_hash
from acupress_gui.core.paths import AppPaths, resolve_paths, unwritable_reason

log = logging.getLogger(__name__)

KIOSK_CATALOG_NAME = "catalog.toml"
"""A clinic's catalog beside ``kiosk.toml`` is used without ``--catalog``."""


class KioskSetupError(Exception):
    """Kiosk mode cannot start; the message tells staff what to do."""


@dataclass(frozen=True, slots=True)
class KioskSetup:
    """Everything a kiosk reads at start, checked."""

    folder: Path
    """The kiosk's own folder (``--data-dir``): settings, PIN hash, catalog; may be
    read-only."""
    config: KioskConfig
    pin: PinHash
    catalog: Catalog
    state_dir: Path | None
    """Where counters, the lockout, logs and the lock go; None when nothing is writable
    (then they are kept in memory)."""

    @property
    def paths(self) -> AppPaths:
        """The app's folders for this kiosk: all in the state folder (or the kiosk's own,
        read-only, when there is none), so a read-only image is never written."""
        return resolve_paths(self.state_dir or self.folder)


def prepare_kiosk(folder: Path, catalog_file: Path | None) -> KioskSetup:
    """Read and check what a kiosk in ``folder`` needs; raises ``KioskSetupError``."""
    if not folder.is_dir():
        raise KioskSetupError(f"the kiosk folder {folder} does not exist")
    try:
        config = load_kiosk_config(folder)
        pin = load_pin_hash(folder)
    except (KioskConfigError, PinError) as error:
        raise KioskSetupError(str(error)) from None
    if pin is None:
        raise KioskSetupError(
            f"no staff PIN is set for {folder}, so nobody could leave kiosk mode. Set one "
            f"first: acupress-gui --data-dir {folder} --set-kiosk-pin"
        )
    if catalog_file is None and (folder / KIOSK_CATALOG_NAME).is_file():
        catalog_file = folder / KIOSK_CATALOG_NAME
    try:
        catalog = load_catalog(catalog_file)
        config.check_catalog(
            {entry.id for entry in catalog.entries}, {routine.id for routine in catalog.routines}
        )
    except (CatalogError, KioskConfigError) as error:
        raise KioskSetupError(str(error)) from None
    state_dir = (config.state_dir or folder).expanduser().resolve()
    reason = unwritable_reason(state_dir)
    if reason is not None:
        log.warning(
            "Kiosk state folder %s cannot be written (%s): counters and the PIN lockout "
            "are kept in memory only",
            state_dir,
            reason,
        )
        return KioskSetup(folder, config, pin, catalog, None)
    return KioskSetup(folder, config, pin, catalog, state_dir)
