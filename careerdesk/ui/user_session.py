"""The signed-in user's data for the window: one profile's bookmarks, notes and saved
comparisons, with a ``changed`` signal after every write (views refresh from it).

Named profiles live in the user-data file; the guest's data lives only in this session's
memory (``UserData.in_memory()``): nothing of a guest is written to disk, so a guest session
that is killed leaves nothing behind to read.

A failure to save (read-only folder, full disk) is reported through ``failed`` and the app
keeps running; nothing the user typed is thrown away by the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from careerdesk.userdata import (
    Bookmark,
    InvalidInput,
    Profile,
    SavedComparison,
    UserData,
    UserDataError,
)

T = TypeVar("T")


class UserSession(QObject):
    """One profile: a named profile of the ``saved`` store, or the guest.

    ``data`` is the store the current profile lives in: ``saved`` for a named profile, and
    for the guest a store in memory that is dropped when the guest leaves (another profile
    is chosen, the guest's data is removed, or the window closes).

    Signals:
        changed(): bookmarks, notes or saved comparisons changed.
        profileChanged(): another profile was chosen.
        failed(str): a change could not be saved; the sentence says why.
    """

    changed = Signal()
    profileChanged = Signal()
    failed = Signal(str)

    def __init__(self, saved: UserData, profile: Profile | None = None,
                 parent: QObject | None = None) -> None:
        """``saved``: where named profiles are kept. ``profile``: a named profile of it;
        None or a guest profile starts a guest session."""
        super().__init__(parent)
        self.saved = saved
        self.data = saved
        if profile is None or profile.is_guest:
            self.data = UserData.in_memory()
            profile = self.data.guest()
        self.profile: Profile = profile

    @classmethod
    def guest_in_memory(cls, notice: str | None = None) -> UserSession:
        return cls(UserData.in_memory(notice))

    @property
    def name(self) -> str:
        return self.tr("Guest") if self.profile.is_guest else self.profile.name

    def _new_guest(self) -> None:
        """Drop the guest's data (if any) and start an empty guest, in memory."""
        self._drop_guest()
        self.data = UserData.in_memory()
        self.profile = self.data.guest()

    def _drop_guest(self) -> None:
        if self.data is not self.saved:
            self.data.close()  # the guest's data is gone with its connection
        self.data = self.saved

    def _write(self, action: Callable[[], T]) -> T | None:
        try:
            result = action()
        except (UserDataError, InvalidInput) as exc:
            self.failed.emit(str(exc))
            return None
        self.changed.emit()
        return result

    # ------------------------------------------------------------- profile

    def switch(self, profile: Profile) -> None:
        """Go on as ``profile`` (a guest profile: a new, empty guest). A guest who leaves
        leaves no data behind."""
        if profile.is_guest:
            if not self.profile.is_guest:
                self._new_guest()
        else:
            self._drop_guest()
            self.profile = profile
        self.profileChanged.emit()
        self.changed.emit()

    def remove_current_profile(self) -> bool:
        """Remove this profile and all its data for good; continue as guest."""
        if not self.profile.is_guest:
            try:
                self.saved.remove_profile(self.profile)
            except UserDataError as exc:
                self.failed.emit(str(exc))
                return False
        self._new_guest()
        self.profileChanged.emit()
        self.changed.emit()
        return True

    def close(self) -> None:
        """At exit: a guest's data does not outlive the session (the guest goes on with an
        empty store in case anything still asks)."""
        if self.profile.is_guest:
            self._new_guest()

    # ------------------------------------------------------------- bookmarks

    def is_bookmarked(self, code: str) -> bool:
        return self.data.is_bookmarked(self.profile, code)

    def bookmarked_codes(self) -> set[str]:
        return self.data.bookmarked_codes(self.profile)

    def toggle_bookmark(self, code: str) -> bool:
        """Bookmark or un-bookmark; returns whether the career is now bookmarked."""
        if self.is_bookmarked(code):
            self._write(lambda: self.data.remove_bookmark(self.profile, code))
        else:
            self._write(lambda: self.data.add_bookmark(self.profile, code))
        return self.is_bookmarked(code)

    def remove_bookmark(self, code: str) -> None:
        self._write(lambda: self.data.remove_bookmark(self.profile, code))

    def bookmarks(self, sort: str, titles: dict[str, str]) -> list[Bookmark]:
        return self.data.bookmarks(self.profile, sort, titles)  # type: ignore[arg-type]

    def set_note(self, code: str, text: str) -> bool:
        """Save a note; False when it could not be saved (the text stays in the editor)."""
        return self._write(lambda: self.data.set_note(self.profile, code, text)) is not None

    # ------------------------------------------------------------- comparisons

    def comparisons(self) -> list[SavedComparison]:
        return self.data.comparisons(self.profile)

    def save_comparison(self, name: str, codes: Sequence[str], *, state: str | None = None,
                        prepared_for: str | None = None) -> SavedComparison | None:
        return self._write(lambda: self.data.save_comparison(
            self.profile, name, codes, state=state, prepared_for=prepared_for, replace=True))

    def delete_comparison(self, comparison_id: int) -> None:
        self._write(lambda: self.data.delete_comparison(self.profile, comparison_id))

    # ------------------------------------------------------------- moving data

    def export_to(self, path: Path) -> str | None:
        from careerdesk.transfer import ProfileFileError, export_profile

        try:
            done = export_profile(self.data, self.profile, path)
        except (UserDataError, ProfileFileError, OSError) as exc:
            self.failed.emit(self.tr("Could not export to {path}: {reason}").format(
                path=path, reason=exc))
            return None
        return self.tr("Saved {bookmarks} bookmarks and {comparisons} saved comparisons to "
                       "{path}.").format(bookmarks=done.bookmarks,
                                         comparisons=done.comparisons, path=done.path)

    def import_from(self, path: Path, known_codes: set[str]) -> str | None:
        from careerdesk.transfer import ProfileFileError, import_profile

        try:
            report = import_profile(self.data, self.profile, path, known_codes)
        except (UserDataError, ProfileFileError, OSError) as exc:
            self.failed.emit(self.tr("Nothing was imported from {file}: {reason}").format(
                file=path.name, reason=exc))
            return None
        self.changed.emit()
        return report.summary()
