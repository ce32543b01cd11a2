"""One AcuPress per data folder: a second launch hands over to the running one.

A ``QLockFile`` in the data folder says who owns it (and is taken over when its owner
died); a ``QLocalServer`` lets a second launch ask the owner to come to the front. The
server's name is a hash of the data folder: a name built from a deep path would exceed
the ~107-byte limit of a Unix socket path.

The lock is taken before the window shows; the server (QtNetwork) starts listening
once it is up, and a second launch in between waits for it rather than giving up.
"""

from __future__ import annotations

import logging
import time
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

ACTIVATE = b"activate"
HANDOVER_TIMEOUT_MS = 2000


class Claim(Enum):
    OWNER = "owner"
    """This process owns the data folder."""
    HANDED_OVER = "handed over"
    """Another copy owns it and was asked to come to the front."""
    UNREACHABLE = "unreachable"
    """Another copy owns it but did not answer."""


def server_name(data_dir: Path) -> str:
    import hashlib  # only once the window is up, or for a second launch

    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"acupress-{digest}"


class SingleInstance(QObject):
    """Claims the data folder for this process.

    Signals:
        activation_requested(): a second launch asked this copy to come to the front.
    """

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._lock_path = data_dir / "acupress.lock"
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    def claim(self) -> Claim:
        """Take the data folder, or ask its owner to come to the front.

        As owner, call ``listen()`` once the window is up, so later launches can reach it.
        """
        try:
            self._lock_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning(
                "Cannot create %s (%s); not guarding against a second copy",
                self._lock_path.parent,
                error,
            )
            return Claim.OWNER
        lock = QLockFile(str(self._lock_path))
        if lock.tryLock(100):
            self._lock = lock
            return Claim.OWNER
        if lock.error() != QLockFile.LockError.LockFailedError:
            # Not another copy: the folder is read-only or similar. Run unguarded.
            log.warning(
                "Cannot lock %s (%s); not guarding against a second copy",
                self._lock_path,
                lock.error(),
            )
            return Claim.OWNER
        return Claim.HANDED_OVER if self._ask_owner_to_activate() else Claim.UNREACHABLE

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def listen(self) -> None:
        """Let second launches reach this copy (the owner's, after ``claim()``)."""
        from PySide6.QtNetwork import QLocalServer

        if self._lock is None or self._server is not None:
            return
        name = server_name(self._data_dir)
        QLocalServer.removeServer(name)  # a socket left behind by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            log.warning("Second launches cannot reach this copy: %s", server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        # The message is one short line sent right after connecting: read it here
        # rather than keep half-open sockets around.
        while self._server is not None and (socket := self._server.nextPendingConnection()):
            if socket.bytesAvailable() or socket.waitForReadyRead(HANDOVER_TIMEOUT_MS):
                message = bytes(socket.readAll().data())
                if message.strip() == ACTIVATE:
                    log.info("A second launch asked this copy to come to the front")
                    self.activation_requested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

    def _ask_owner_to_activate(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        name = server_name(self._data_dir)
        socket = QLocalSocket()
        give_up = time.monotonic() + HANDOVER_TIMEOUT_MS / 1000
        socket.connectToServer(name)
        while not socket.waitForConnected(HANDOVER_TIMEOUT_MS):
            if time.monotonic() >= give_up:
                return False
            # The owner may still be starting: its server listens once its window is up.
            time.sleep(0.05)
            socket.connectToServer(name)
        socket.write(ACTIVATE + b"\n")
        sent = socket.waitForBytesWritten(HANDOVER_TIMEOUT_MS)
        socket.disconnectFromServer()
        return sent
