"""Reading the whole careers database once, off the window's thread, after the window shows.

SQLite's ``quick_check`` reads every page of ``careers.db``: about 35 ms when the file is in
memory, 300 ms from disk (measured 2026-12-03 on the 23 MB database). Start-up does not wait
for it: it runs in a thread once the careers are loaded, and a database found sound is
remembered by path, size and modification time in the user's settings, so that the same file
is read whole only once. A damaged one is checked (and reported) at every start.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from careerdesk.ui.settings import DATABASE_CHECKED, Settings


def fingerprint(path: Path) -> str:
    """What identifies this copy of the file: where it is, its size and when it changed."""
    info = os.stat(path)
    return f"{path.resolve()}|{info.st_size}|{info.st_mtime_ns}"


class DamageCheck(QObject):
    """Checks one careers database in a thread.

    Signals:
        damaged(str): the database is damaged (the reason, one line); sent on the thread
            that made this object.
        finished(): the check is over (sound, damaged or skipped).
    """

    damaged = Signal(str)
    finished = Signal()
    _done = Signal(str, str)  # (fingerprint when sound, else "", the reason when damaged)

    def __init__(self, path: Path, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.settings = settings
        self.worker: threading.Thread | None = None
        self._done.connect(self._finish)

    def start(self) -> bool:
        """Start the check unless this very file was found sound before; whether it runs."""
        try:
            known = fingerprint(self.path) == self.settings.get(DATABASE_CHECKED)
        except OSError:
            known = False
        if known:
            self.finished.emit()
            return False
        self.worker = threading.Thread(target=self._run, daemon=True,
                                       name="careerdesk-database-check")
        self.worker.start()
        return True

    def _run(self) -> None:
        from careerdesk.store import DatabaseError, check_damage

        try:
            before = fingerprint(self.path)
            check_damage(self.path)
        except (DatabaseError, OSError) as exc:
            sound, reason = "", str(exc)
        else:
            sound, reason = before, ""
        try:
            self._done.emit(sound, reason)
        except RuntimeError:  # the window closed meanwhile: nobody to tell
            pass

    def _finish(self, sound: str, reason: str) -> None:
        if self.worker is not None:
            # the thread has said its last word and is returning: wait for it, so that it
            # never holds the last reference to this object (deleting a QObject on another
            # thread than its own crashed a test run once in four)
            self.worker.join()
        if sound:
            self.settings.set(DATABASE_CHECKED, sound)
        else:
            self.damaged.emit(reason)
        self.finished.emit()
