"""The signed-in user's data for the window: one profile's bookmarks, notes and saved
comparisons, with a ``changed`` signal after every write (views refresh from it).

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
    """One profile of a ``UserData`` store.

    Signals:
        changed(): bookmarks, notes or saved comparisons changed.
        profileChanged(): another profile was chosen.
        failed(str): a change could not be saved; the sentence says why.
    """

    changed = Signal()
    profileChanged = Signal()
    failed = Signal(str)

    def __init__(self, data: UserData, profile: Profile,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.profile = profile

    @classmethod
    def guest_in_memory(cls, notice: str | None = None) -> UserSession:
        data = UserData.in_memory(notice)
        return cls(data, data.guest())

    @property
    def name(self) -> str:
        return self.tr("Guest") if self.profile.is_guest else self.profile.name

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
        self.profile = profile
        self.profileChanged.emit()
        self.changed.emit()

    def remove_current_profile(self) -> bool:
        """Remove this profile and all its data for good; continue as guest."""
        profile = self.profile
        try:
            if profile.is_guest:
                self.data.wipe_guest()
            else:
                self.data.remove_profile(profile)
            self.profile = self.data.guest()
        except UserDataError as exc:
            self.failed.emit(str(exc))
            return False
        self.profileChanged.emit()
        self.changed.emit()
        return True

    def close(self) -> None:
        """At exit: a guest's data does not outlive the session."""
        if self.profile.is_guest:
            try:
                self.data.wipe_guest()
            except UserDataError:
                pass

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
