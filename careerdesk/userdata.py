"""Bookmarks, notes and saved comparisons, per profile, in their own SQLite file (no Qt).

The file lives in a per-user data folder (``open_user_data``), never beside the program and
never in careers.db. It holds named profiles only: a guest's data is kept in memory
(``UserData.in_memory()``), so nothing of a guest is ever written to disk. Every write is
one ``BEGIN IMMEDIATE`` transaction; how the file is kept (WAL, migrations, damaged and
read-only files) is in ``careerdesk.userdata_file``.

Problems with the file never stop the app: a damaged file is moved aside (``notice`` names
it) and a fresh one is started; a read-only folder or a full disk raises ``UserDataError``
with a one-line message, and the caller may fall back to ``UserData.in_memory()``.
Notes are plain text: stored as typed (control characters aside), never interpreted.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from careerdesk.comparison import MAX_CAREERS, MIN_CAREERS, SECTION_KEYS
from careerdesk.i18n import translate
from careerdesk.interests import ANSWERS as INTEREST_ANSWERS
from careerdesk.interests import PREPARATION_LEVELS
from careerdesk.userdata_file import DATA_DIR_ENV as DATA_DIR_ENV  # re-exported
from careerdesk.userdata_file import FILE_NAME, data_dir, open_file, open_memory, stamp, why
from careerdesk.userdata_file import SCHEMA_VERSION as SCHEMA_VERSION  # re-exported
from careerdesk.userdata_file import UserDataError as UserDataError  # re-exported

GUEST = "Guest"
NAME_MAX = 40
COMPARISON_NAME_MAX = 80
TEXT_MAX = 80  # "prepared for", state names
NOTE_MAX = 10_000
MAX_BOOKMARKS = 5_000  # per profile
MAX_COMPARISONS = 1_000  # per profile
CODE_PATTERN = re.compile(r"[0-9]{2}-[0-9]{4}\.[0-9]{2}")
QUESTION_PATTERN = re.compile(r"[A-Z]-[0-9]{2,3}")  # interest quiz ids, e.g. R-01
MAX_ANSWERS = 500  # interest quiz answers kept per profile

SortKey = Literal["added", "title", "code"]


class InvalidInput(ValueError):
    """A name, code or note the user data does not accept; the message is one line."""


class UnknownProfile(LookupError):
    """The profile does not exist (or was removed by another window)."""


@dataclass(frozen=True)
class Profile:
    """A named person on a shared computer, or the guest (``is_guest``)."""

    id: int
    name: str
    created: datetime
    is_guest: bool = False


# "Continue as guest" where a profile is chosen: not a profile of any store; a session that
# is given it starts a guest in memory (``careerdesk.ui.user_session``).
A_GUEST = Profile(0, GUEST, datetime(1970, 1, 1, tzinfo=UTC), is_guest=True)


@dataclass(frozen=True)
class Bookmark:
    """A bookmarked career with the date it was added and its plain-text note."""

    code: str
    added: datetime
    note: str = ""
    note_updated: datetime | None = None


@dataclass(frozen=True)
class SavedComparison:
    """A named comparison of 2-4 careers with the options it was printed with."""

    id: int
    name: str
    codes: list[str]
    state: str | None
    sections: list[str] | None
    prepared_for: str | None
    saved: datetime


@dataclass(frozen=True)
class InterestRecord:
    """A profile's interest quiz: answers by question id, the preparation chosen (job zone
    1-5, or None for any), whether the quiz was finished, and when it was last saved."""

    answers: dict[str, str]
    preparation: int | None
    completed: bool
    updated: datetime


@dataclass
class MergeResult:
    """What ``UserData.merge`` did: codes and comparison names, in input order."""

    added_bookmarks: list[str] = field(default_factory=list)
    already_bookmarked: list[str] = field(default_factory=list)
    updated_notes: list[str] = field(default_factory=list)
    notes_not_merged: list[str] = field(default_factory=list)
    added_comparisons: list[str] = field(default_factory=list)
    unchanged_comparisons: list[str] = field(default_factory=list)
    # The interest quiz: "added" (the profile had none), "replaced" (the imported answers are
    # newer), "kept" (the profile's own are as new or newer); None when none were imported.
    interests: Literal["added", "replaced", "kept"] | None = None
    profile: Profile | None = None  # the profile merged into (made by the merge, maybe)


# ------------------------------------------------------------------ checking values

def now() -> datetime:
    return datetime.now(UTC)


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def clean_text(text: str, keep_newlines: bool = True) -> str:
    """Plain text as stored: line ends as \\n, control characters (but \\n, \\t) removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    keep = "\n\t" if keep_newlines else ""
    return "".join(ch for ch in text if ch in keep
                   or unicodedata.category(ch) not in ("Cc", "Cs"))


def check_code(code: object) -> str:
    if not isinstance(code, str) or not CODE_PATTERN.fullmatch(code):
        shown = repr(code)[:24]
        raise InvalidInput(translate(
            "UserData", "{code} is not a career code (codes look like 43-6013.00)").format(
                code=shown))
    return code


def _check_label(name: object, what: str, limit: int) -> str:
    if not isinstance(name, str):
        raise InvalidInput(translate("UserData", "a {what} must be text").format(what=what))
    name = " ".join(name.split())
    if not 1 <= len(name) <= limit:
        raise InvalidInput(translate("UserData", "a {what} has 1 to {limit} characters")
                           .format(what=what, limit=limit))
    if not name.isprintable():
        raise InvalidInput(translate("UserData", "a {what} cannot hold control characters")
                           .format(what=what))
    return name


def check_profile_name(name: object) -> str:
    """The name as it will be stored (spaces tidied), or ``InvalidInput`` saying why not."""
    name = _check_label(name, translate("UserData", "profile name"), NAME_MAX)
    if name.casefold() == GUEST.casefold():
        raise InvalidInput(translate("UserData", "'{guest}' is kept for guests; choose another "
                                     "name").format(guest=GUEST))
    return name


def check_comparison_name(name: object) -> str:
    return _check_label(name, translate("UserData", "comparison name"), COMPARISON_NAME_MAX)


def check_comparison_codes(codes: Iterable[object]) -> list[str]:
    unique = list(dict.fromkeys(check_code(code) for code in codes))
    if not MIN_CAREERS <= len(unique) <= MAX_CAREERS:
        raise InvalidInput(translate(
            "UserData", "a comparison holds {minimum} to {maximum} different careers (got {count})"
        ).format(minimum=MIN_CAREERS, maximum=MAX_CAREERS, count=len(unique)))
    return unique


def check_sections(sections: Iterable[object] | None) -> list[str] | None:
    """Section keys in the comparison's order; None (or none chosen) means all of them."""
    if sections is None:
        return None
    items = list(sections)
    wanted = set(items) if all(isinstance(s, str) for s in items) else {None}
    unknown = sorted(repr(s)[:20] for s in wanted - set(SECTION_KEYS))
    if unknown:
        raise InvalidInput(translate("UserData", "unknown section {sections}").format(
            sections=", ".join(unknown)))
    return [key for key in SECTION_KEYS if key in wanted] or None


def check_interest_answers(answers: object, preparation: object = None
                           ) -> tuple[dict[str, str], int | None]:
    """Quiz answers ({"R-01": "like", ...}) and a preparation (None or 1-5) as stored, or
    ``InvalidInput`` naming the first bad one."""
    if not isinstance(answers, Mapping):
        raise InvalidInput(translate("UserData", "the quiz answers must map question ids to "
                                     "like, unsure or dislike"))
    if len(answers) > MAX_ANSWERS:
        raise InvalidInput(translate("UserData", "at most {limit} quiz answers are kept")
                           .format(limit=MAX_ANSWERS))
    checked = {}
    for qid, answer in answers.items():
        if not isinstance(qid, str) or not QUESTION_PATTERN.fullmatch(qid):
            raise InvalidInput(translate("UserData", "{id} is not a quiz question id (ids look "
                                         "like R-01)").format(id=repr(qid)[:24]))
        if answer not in INTEREST_ANSWERS:
            raise InvalidInput(translate("UserData", "the answer to {id} must be like, unsure "
                                         "or dislike").format(id=qid))
        checked[qid] = answer
    if preparation is None:
        return dict(sorted(checked.items())), None
    if isinstance(preparation, bool) or not isinstance(preparation, int) \
            or preparation not in PREPARATION_LEVELS:
        raise InvalidInput(translate("UserData", "the preparation must be a job zone from 1 "
                                     "to 5"))
    return dict(sorted(checked.items())), preparation


def check_optional_text(value: object, what: str) -> str | None:
    """A short optional label (state, "prepared for"): None when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _check_label(value, what, TEXT_MAX)


# ------------------------------------------------------------------ the store

class UserData:
    """One user-data file (or memory): profiles with their bookmarks, notes and comparisons.

    ``notice`` is a message for the user after opening (a damaged file moved aside, or the
    data opened read-only), else None. Writes raise ``UserDataError`` when they cannot be
    saved; the data is then unchanged and the object stays usable.
    """

    def __init__(self, db: sqlite3.Connection, path: Path | None, *, read_only: bool = False,
                 notice: str | None = None) -> None:
        self._db = db
        self.path = path
        self.read_only = read_only
        self.notice = notice
        self.cannot_write: str | None = None  # why the file was opened read-only, if known
        self._data_version = db.execute("PRAGMA data_version").fetchone()[0]

    @classmethod
    def in_memory(cls, notice: str | None = None) -> UserData:
        """A store that lasts as long as the process and never touches the disk: a guest's
        data, and the fallback when nothing can be saved."""
        return cls(open_memory().db, None, notice=notice)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> UserData:
        """Open (or create) the file; a damaged one is moved aside (see ``notice``). A guest
        profile that an older CareerDesk kept in the file is removed (when it can be)."""
        opened = open_file(Path(path), read_only)
        data = cls(opened.db, Path(path), read_only=opened.read_only, notice=opened.notice)
        data.cannot_write = opened.cannot_write
        if not data.read_only and data._read("SELECT 1 FROM profile WHERE guest = 1"):
            try:
                data.wipe_guest()
            except UserDataError:
                pass
        return data

    def close(self) -> None:
        self._db.close()

    def changed_elsewhere(self) -> bool:
        """Whether another window or process saved changes since the last call (poll it,
        e.g. when the window is activated, and refresh the views)."""
        version = self._read("PRAGMA data_version")[0][0]
        changed, self._data_version = version != self._data_version, version
        return changed

    def __enter__(self) -> UserData:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------- transactions

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction; a storage failure becomes ``UserDataError``, nothing changed."""
        where = f" ({self.path})" if self.path else ""
        if self.read_only and self.cannot_write:  # e.g. the disk was full at opening
            raise UserDataError(translate(
                "UserData", "CareerDesk cannot save changes: {reason}{where}.").format(
                    reason=self.cannot_write, where=where))
        if self.read_only:
            raise UserDataError(translate(
                "UserData", "CareerDesk cannot save changes: the bookmarks file is open "
                "read-only{where}.").format(where=where))
        try:
            self._db.execute("BEGIN IMMEDIATE")
            yield self._db
            self._db.execute("COMMIT")
        except BaseException as exc:
            if self._db.in_transaction:
                try:
                    self._db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            if isinstance(exc, sqlite3.Error):
                raise UserDataError(translate(
                    "UserData", "CareerDesk cannot save changes: {reason}{where}.").format(
                        reason=why(exc, self._folder()), where=where)) from None
            raise

    def _read(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            where = f" ({self.path})" if self.path else ""
            raise UserDataError(translate(
                "UserData", "CareerDesk cannot read your bookmarks: {reason}{where}.").format(
                    reason=why(exc, self._folder()), where=where)) from None

    def _folder(self) -> Path | None:
        return self.path.parent if self.path else None

    def _require(self, profile: Profile) -> None:
        if not self._db.execute("SELECT 1 FROM profile WHERE id = ?", (profile.id,)).fetchone():
            raise UnknownProfile(translate("UserData", "the profile {name} no longer exists")
                                 .format(name=repr(profile.name)))

    # ------------------------------------------------------------- profiles

    @staticmethod
    def _profile(row: tuple) -> Profile:
        return Profile(row[0], row[1], _time(row[2]) or now(), bool(row[3]))

    def profiles(self, include_guest: bool = False) -> list[Profile]:
        """Named profiles, A to Z (and the guest, when asked and present)."""
        rows = self._read("SELECT id, name, created, guest FROM profile")
        found = [self._profile(r) for r in rows if include_guest or not r[3]]
        return sorted(found, key=lambda p: (p.is_guest, p.name.casefold()))

    def find_profile(self, name: str) -> Profile | None:
        """The profile with this name (any case; 'Guest' finds the guest), else None."""
        key = " ".join(name.split()).casefold()
        return next((p for p in self.profiles(include_guest=True)
                     if p.name.casefold() == key), None)

    def create_profile(self, name: str) -> Profile:
        name = check_profile_name(name)
        with self._write() as db:
            return self._insert_profile(db, name)

    def _insert_profile(self, db: sqlite3.Connection, name: str) -> Profile:
        self._check_free(db, name, None)
        cursor = db.execute("INSERT INTO profile (name, created) VALUES (?, ?)",
                            (name, stamp(now())))
        return self._profile(db.execute("SELECT id, name, created, guest FROM profile WHERE"
                                        " id = ?", (cursor.lastrowid,)).fetchone())

    def ensure_profile(self, name: str) -> Profile:
        """The named profile, created when missing ('Guest' gives the guest profile)."""
        if " ".join(name.split()).casefold() == GUEST.casefold():
            return self.guest()
        return self.find_profile(name) or self.create_profile(name)

    def rename_profile(self, profile: Profile, name: str) -> Profile:
        if profile.is_guest:
            raise InvalidInput(translate("UserData", "the guest profile cannot be renamed"))
        name = check_profile_name(name)
        with self._write() as db:
            self._require(profile)
            self._check_free(db, name, profile.id)
            db.execute("UPDATE profile SET name = ? WHERE id = ?", (name, profile.id))
        return Profile(profile.id, name, profile.created, False)

    def remove_profile(self, profile: Profile) -> None:
        """Remove the profile and all its bookmarks, notes and comparisons, for good."""
        with self._write() as db:
            db.execute("DELETE FROM profile WHERE id = ?", (profile.id,))
        self._checkpoint()

    def guest(self) -> Profile:
        """The guest profile, created when missing. Only a store in memory has one: a
        guest's bookmarks and notes never go into the data file (``InvalidInput``)."""
        if self.path is not None:
            raise InvalidInput(translate(
                "UserData", "a guest's bookmarks and notes are kept only in the open CareerDesk "
                "window, never in a file; use a named profile"))
        rows = self._read("SELECT id, name, created, guest FROM profile WHERE guest = 1")
        if rows:
            return self._profile(rows[0])
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO profile (name, created, guest) VALUES (?, ?, 1)",
                       (GUEST, stamp(now())))
            row = db.execute("SELECT id, name, created, guest FROM profile WHERE guest = 1"
                             ).fetchone()
        return self._profile(row)

    def wipe_guest(self) -> None:
        """Remove the guest's data (in a file: what an older CareerDesk left there)."""
        with self._write() as db:
            db.execute("DELETE FROM profile WHERE guest = 1")
        self._checkpoint()

    def _check_free(self, db: sqlite3.Connection, name: str, own_id: int | None) -> None:
        for pid, other in db.execute("SELECT id, name FROM profile"):
            if pid != own_id and other.casefold() == name.casefold():
                raise InvalidInput(translate("UserData", "there is already a profile named "
                                             "{name}").format(name=repr(other)))

    def _checkpoint(self) -> None:
        """Flush removed data out of the write-ahead log too (best effort)."""
        try:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass

    # ------------------------------------------------------------- bookmarks

    _BOOKMARK = "SELECT code, added, note, note_updated FROM bookmark"

    @staticmethod
    def _bookmark(row: tuple) -> Bookmark:
        return Bookmark(row[0], _time(row[1]) or now(), row[2], _time(row[3]))

    def add_bookmark(self, profile: Profile, code: str) -> Bookmark:
        """Bookmark a career (already bookmarked: nothing changes); returns the bookmark."""
        check_code(code)
        with self._write() as db:
            self._require(profile)
            row = db.execute(f"{self._BOOKMARK} WHERE profile_id = ? AND code = ?",
                             (profile.id, code)).fetchone()
            if row is None:
                self._check_bookmark_room(db, profile)
                row = (code, stamp(now()), "", None)
                db.execute("INSERT INTO bookmark (profile_id, code, added) VALUES (?, ?, ?)",
                           (profile.id, code, row[1]))
        return self._bookmark(row)

    def remove_bookmark(self, profile: Profile, code: str) -> bool:
        """Remove a bookmark and its note; False when it was not bookmarked."""
        with self._write() as db:
            cursor = db.execute("DELETE FROM bookmark WHERE profile_id = ? AND code = ?",
                                (profile.id, code))
        return cursor.rowcount > 0

    def is_bookmarked(self, profile: Profile, code: str) -> bool:
        return bool(self._read("SELECT 1 FROM bookmark WHERE profile_id = ? AND code = ?",
                               (profile.id, code)))

    def bookmarked_codes(self, profile: Profile) -> set[str]:
        return {r[0] for r in self._read("SELECT code FROM bookmark WHERE profile_id = ?",
                                         (profile.id,))}

    def bookmarks(self, profile: Profile, sort: SortKey = "added",
                  titles: Mapping[str, str] | None = None) -> list[Bookmark]:
        """The profile's bookmarks: newest first, by title (A to Z; codes not in ``titles``
        last) or by code."""
        found = [self._bookmark(r) for r in self._read(
            f"{self._BOOKMARK} WHERE profile_id = ? ORDER BY code", (profile.id,))]
        if sort == "added":
            found.sort(key=lambda b: b.added, reverse=True)
        elif sort == "title":
            names = titles or {}
            found.sort(key=lambda b: (b.code not in names, names.get(b.code, "").casefold()))
        elif sort != "code":
            raise InvalidInput(translate("UserData", "unknown sort {sort} (added, title or code)")
                               .format(sort=repr(sort)))
        return found

    def set_note(self, profile: Profile, code: str, text: str) -> Bookmark | None:
        """Save the note as plain text (cleaned); None if not bookmarked. A note over
        ``NOTE_MAX`` characters raises ``InvalidInput``: it is never cut without a word."""
        note = clean_text(text)
        if len(note) > NOTE_MAX:
            raise InvalidInput(translate(
                "UserData", "a note holds at most {limit} characters; this one has {count}")
                .format(limit=f"{NOTE_MAX:,}", count=f"{len(note):,}"))
        with self._write() as db:
            row = db.execute(f"{self._BOOKMARK} WHERE profile_id = ? AND code = ?",
                             (profile.id, code)).fetchone()
            if row is None:
                return None
            if row[2] != note:
                row = (*row[:2], note, stamp(now()))
                db.execute("UPDATE bookmark SET note = ?, note_updated = ? WHERE profile_id = ?"
                           " AND code = ?", (note, row[3], profile.id, code))
        return self._bookmark(row)

    def missing_codes(self, known: set[str], profile: Profile | None = None) -> set[str]:
        """Bookmarked or compared codes that ``known`` (careers.db) lacks: kept, not dropped."""
        where, params = ("WHERE profile_id = ?", (profile.id,)) if profile else ("", ())
        codes = {r[0] for r in self._read(f"SELECT code FROM bookmark {where}", params)}
        for (stored,) in self._read(f"SELECT codes FROM comparison {where}", params):
            codes.update(json.loads(stored))
        return codes - known

    # ------------------------------------------------------------- saved comparisons

    _COMPARISON = ("SELECT id, name, codes, state, sections, prepared_for, saved"
                   " FROM comparison")

    @staticmethod
    def _comparison(row: tuple) -> SavedComparison:
        return SavedComparison(row[0], row[1], json.loads(row[2]), row[3],
                               None if row[4] is None else json.loads(row[4]), row[5],
                               _time(row[6]) or now())

    def comparisons(self, profile: Profile) -> list[SavedComparison]:
        """The profile's saved comparisons, newest first."""
        rows = self._read(f"{self._COMPARISON} WHERE profile_id = ? ORDER BY saved DESC, id",
                          (profile.id,))
        return [self._comparison(r) for r in rows]

    def comparison(self, profile: Profile, comparison_id: int) -> SavedComparison | None:
        rows = self._read(f"{self._COMPARISON} WHERE profile_id = ? AND id = ?",
                          (profile.id, comparison_id))
        return self._comparison(rows[0]) if rows else None

    def save_comparison(self, profile: Profile, name: str, codes: Sequence[str], *,
                        state: str | None = None, sections: Iterable[str] | None = None,
                        prepared_for: str | None = None, replace: bool = False
                        ) -> SavedComparison:
        """Save under ``name``; an existing name is an error unless ``replace``."""
        name = check_comparison_name(name)
        values = (json.dumps(check_comparison_codes(codes)),
                  check_optional_text(state, translate("UserData", "state name")),
                  None if sections is None else json.dumps(check_sections(sections)),
                  check_optional_text(prepared_for, translate("UserData", "'prepared for' name")),
                  stamp(now()))
        with self._write() as db:
            self._require(profile)
            same = self._named(db, profile, name)
            if same is not None and not replace:
                raise InvalidInput(translate("UserData", "there is already a comparison named "
                                             "{name}").format(name=repr(name)))
            if same is not None:
                db.execute("UPDATE comparison SET name = ?, codes = ?, state = ?, sections = ?,"
                           " prepared_for = ?, saved = ? WHERE id = ?", (name, *values, same))
                new_id = same
            else:
                self._check_room(db, profile)
                new_id = db.execute(
                    "INSERT INTO comparison (profile_id, name, codes, state, sections,"
                    " prepared_for, saved) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (profile.id, name, *values)).lastrowid or 0
            row = db.execute(f"{self._COMPARISON} WHERE id = ?", (new_id,)).fetchone()
        return self._comparison(row)

    def rename_comparison(self, profile: Profile, comparison_id: int, name: str
                          ) -> SavedComparison:
        name = check_comparison_name(name)
        with self._write() as db:
            same = self._named(db, profile, name)
            if same is not None and same != comparison_id:
                raise InvalidInput(translate("UserData", "there is already a comparison named "
                                             "{name}").format(name=repr(name)))
            db.execute("UPDATE comparison SET name = ? WHERE id = ? AND profile_id = ?",
                       (name, comparison_id, profile.id))
            row = db.execute(f"{self._COMPARISON} WHERE id = ? AND profile_id = ?",
                             (comparison_id, profile.id)).fetchone()
            if row is None:
                raise InvalidInput(translate("UserData", "that comparison no longer exists"))
        return self._comparison(row)

    def delete_comparison(self, profile: Profile, comparison_id: int) -> bool:
        with self._write() as db:
            cursor = db.execute("DELETE FROM comparison WHERE id = ? AND profile_id = ?",
                                (comparison_id, profile.id))
        return cursor.rowcount > 0

    @staticmethod
    def _named(db: sqlite3.Connection, profile: Profile, name: str) -> int | None:
        for cid, other in db.execute("SELECT id, name FROM comparison WHERE profile_id = ?",
                                     (profile.id,)):
            if other.casefold() == name.casefold():
                return int(cid)
        return None

    @staticmethod
    def _check_room(db: sqlite3.Connection, profile: Profile) -> None:
        count = db.execute("SELECT count(*) FROM comparison WHERE profile_id = ?",
                           (profile.id,)).fetchone()[0]
        if count >= MAX_COMPARISONS:
            raise InvalidInput(translate("UserData", "a profile holds at most {limit} comparisons")
                               .format(limit=f"{MAX_COMPARISONS:,}"))

    # ------------------------------------------------------------- the interest quiz

    def interest_answers(self, profile: Profile) -> InterestRecord | None:
        """The profile's saved quiz (finished or not), or None when it has none."""
        rows = self._read("SELECT answers, preparation, completed, updated FROM interest_result"
                          " WHERE profile_id = ?", (profile.id,))
        return self._interest(rows[0]) if rows else None

    @staticmethod
    def _interest(row: tuple) -> InterestRecord:
        """The stored quiz; what a damaged file holds in a bad shape (answers that are not
        JSON, ids or answers the quiz never writes, a preparation outside 1-5, a bad date) is
        left out rather than raised, so the student keeps the answers that are still good."""
        try:
            stored = json.loads(row[0])
        except (TypeError, ValueError):
            stored = None
        answers = {qid: answer for qid, answer in stored.items()
                   if isinstance(qid, str) and QUESTION_PATTERN.fullmatch(qid)
                   and isinstance(answer, str) and answer in INTEREST_ANSWERS
                   } if isinstance(stored, dict) else {}
        preparation = row[1] if type(row[1]) is int and row[1] in PREPARATION_LEVELS else None
        try:
            updated = _time(row[3]) or now()
        except (TypeError, ValueError):
            updated = now()
        return InterestRecord(answers, preparation, bool(row[2]), updated)

    def save_interest_answers(self, profile: Profile, answers: Mapping[str, str], *,
                              preparation: int | None = None, completed: bool = False
                              ) -> InterestRecord:
        """Save the quiz as it stands (replacing the profile's earlier one); a quiz stopped
        halfway is saved with ``completed`` False and can be resumed."""
        checked, zone = check_interest_answers(answers, preparation)
        record = InterestRecord(checked, zone, bool(completed), now())
        with self._write() as db:
            self._require(profile)
            self._put_interest(db, profile, record)
        return record

    @staticmethod
    def _put_interest(db: sqlite3.Connection, profile: Profile, record: InterestRecord) -> None:
        db.execute("INSERT OR REPLACE INTO interest_result (profile_id, answers, preparation,"
                   " completed, updated) VALUES (?, ?, ?, ?, ?)",
                   (profile.id, json.dumps(record.answers, sort_keys=True), record.preparation,
                    int(record.completed), stamp(record.updated)))

    def clear_interest_answers(self, profile: Profile) -> bool:
        """Forget the profile's quiz (to retake it from the start); False when it had none."""
        with self._write() as db:
            cursor = db.execute("DELETE FROM interest_result WHERE profile_id = ?",
                                (profile.id,))
        return cursor.rowcount > 0

    # ------------------------------------------------------------- merging (imports)

    def merge(self, profile: Profile | str, bookmarks: Sequence[Bookmark],
              comparisons: Sequence[SavedComparison],
              interests: InterestRecord | None = None) -> MergeResult:
        """Add checked entries in ONE transaction, without duplicates.

        A career already bookmarked keeps the earlier date added; its note is kept, and a
        different incoming note is appended after a blank line (unless the note already
        contains it, or the result would pass ``NOTE_MAX``: then ``notes_not_merged``). A
        comparison with the same name and content is already there; the same name with
        other content is added as "name (2)". Of two interest quizzes the newer (by its
        ``updated`` time) is kept whole (``MergeResult.interests`` says which).

        ``profile`` may be the name of a new profile: it is made in the same transaction, so
        an import that fails or is killed leaves no empty profile behind.
        """
        result = MergeResult()
        if isinstance(profile, str):
            profile = check_profile_name(profile)
        with self._write() as db:
            if isinstance(profile, str):
                profile = self._insert_profile(db, profile)
            else:
                self._require(profile)
            result.profile = profile
            for mark in bookmarks:
                self._merge_bookmark(db, profile, mark, result)
            for comp in comparisons:
                self._merge_comparison(db, profile, comp, result)
            if interests is not None:
                result.interests = self._merge_interests(db, profile, interests)
        return result

    def _merge_interests(self, db: sqlite3.Connection, profile: Profile,
                         incoming: InterestRecord) -> Literal["added", "replaced", "kept"]:
        row = db.execute("SELECT answers, preparation, completed, updated FROM interest_result"
                         " WHERE profile_id = ?", (profile.id,)).fetchone()
        if row is not None and self._interest(row).updated >= incoming.updated:
            return "kept"
        self._put_interest(db, profile, incoming)
        return "added" if row is None else "replaced"

    def _merge_bookmark(self, db: sqlite3.Connection, profile: Profile, mark: Bookmark,
                        result: MergeResult) -> None:
        row = db.execute(f"{self._BOOKMARK} WHERE profile_id = ? AND code = ?",
                         (profile.id, mark.code)).fetchone()
        if row is None:
            self._check_bookmark_room(db, profile)
            db.execute("INSERT INTO bookmark (profile_id, code, added, note, note_updated)"
                       " VALUES (?, ?, ?, ?, ?)",
                       (profile.id, mark.code, stamp(mark.added), mark.note,
                        stamp(mark.note_updated or mark.added) if mark.note else None))
            result.added_bookmarks.append(mark.code)
            return
        result.already_bookmarked.append(mark.code)
        existing = self._bookmark(row)
        if mark.added < existing.added:
            db.execute("UPDATE bookmark SET added = ? WHERE profile_id = ? AND code = ?",
                       (stamp(mark.added), profile.id, mark.code))
        note = existing.note
        if not mark.note or mark.note in note:
            return
        note = f"{note}\n\n{mark.note}" if note else mark.note
        if len(note) > NOTE_MAX:
            result.notes_not_merged.append(mark.code)
            return
        db.execute("UPDATE bookmark SET note = ?, note_updated = ? WHERE profile_id = ?"
                   " AND code = ?", (note, stamp(now()), profile.id, mark.code))
        result.updated_notes.append(mark.code)

    @staticmethod
    def _check_bookmark_room(db: sqlite3.Connection, profile: Profile) -> None:
        count = db.execute("SELECT count(*) FROM bookmark WHERE profile_id = ?",
                           (profile.id,)).fetchone()[0]
        if count >= MAX_BOOKMARKS:
            raise InvalidInput(translate("UserData", "a profile holds at most {limit} bookmarks")
                               .format(limit=f"{MAX_BOOKMARKS:,}"))

    def _merge_comparison(self, db: sqlite3.Connection, profile: Profile,
                          comp: SavedComparison, result: MergeResult) -> None:
        content = (comp.codes, comp.state, comp.sections, comp.prepared_for)
        taken = {}
        for row in db.execute(f"{self._COMPARISON} WHERE profile_id = ?", (profile.id,)):
            other = self._comparison(row)
            taken[other.name.casefold()] = (other.codes, other.state, other.sections,
                                            other.prepared_for)
        if taken.get(comp.name.casefold()) == content:
            result.unchanged_comparisons.append(comp.name)
            return
        name, number = comp.name, 1
        while name.casefold() in taken:
            number += 1
            suffix = f" ({number})"
            name = comp.name[:COMPARISON_NAME_MAX - len(suffix)] + suffix
            if taken.get(name.casefold()) == content:
                result.unchanged_comparisons.append(name)
                return
        self._check_room(db, profile)
        db.execute("INSERT INTO comparison (profile_id, name, codes, state, sections,"
                   " prepared_for, saved) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (profile.id, name, json.dumps(comp.codes), comp.state,
                    None if comp.sections is None else json.dumps(comp.sections),
                    comp.prepared_for, stamp(comp.saved)))
        result.added_comparisons.append(name)


# ------------------------------------------------------------------ where the file lives

def open_user_data(explicit: Path | str | None = None, *, default: Path | None = None,
                   read_only: bool = False) -> UserData:
    """Open ``userdata.sqlite`` in the folder ``data_dir`` picks; ``UserDataError`` if not."""
    return UserData.open(data_dir(explicit, default) / FILE_NAME, read_only=read_only)
