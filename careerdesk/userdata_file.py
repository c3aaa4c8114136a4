"""The user-data SQLite file itself: where it lives, its schema, opening it safely (no Qt).

``careerdesk.userdata`` holds the API; this module knows how the file is kept:

* WAL mode, ``synchronous = FULL`` and a 5 s busy timeout, so two CareerDesk windows on one
  account wait for each other instead of losing changes, and a committed change survives a
  crash of the process;
* on a network folder (NFS, SMB, ...: ``careerdesk.file_system``), where WAL does not work,
  ``journal_mode = DELETE`` with ``locking_mode = EXCLUSIVE``: the first CareerDesk to open
  the file keeps it until it closes, and another one is told so at once (one line) instead
  of waiting or damaging the file;
* the schema version is ``PRAGMA user_version``; ``MIGRATIONS[n]`` takes version n to n + 1
  inside one ``BEGIN IMMEDIATE`` transaction. A new file runs every migration, so the upgrade
  path is the path every install takes. Never edit a released migration: append one;
* a damaged file (``PRAGMA quick_check``, "not a database") is moved aside to
  ``userdata.corrupt-YYYYMMDD-HHMMSS.sqlite`` and a fresh one is started;
* a read-only folder or a full disk gives ``UserDataError`` (one line), or a read-only
  connection when the file can at least be read;
* private whatever the umask: the folder is made 0700 and the file 0600 before SQLite opens
  it (SQLite gives its -wal, -shm and -journal files the main file's permissions). A folder
  that already exists is tightened when it holds only CareerDesk's files; otherwise, or when
  it cannot be, the notice says so.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from careerdesk.file_system import network_type
from careerdesk.i18n import QT_TRANSLATE_NOOP, translate

DATA_DIR_ENV = "CAREERDESK_DATA_DIR"
FILE_NAME = "userdata.sqlite"
BUSY_TIMEOUT_S = 5.0
NETWORK_WAIT_MS = 1000  # on a network folder: how long to wait for the file at opening

# SQLite primary result codes (exc.sqlite_errorcode & 0xFF).
PERM, BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB = (
    3, 5, 6, 8, 10, 11, 13, 14, 26)
_CANNOT_WRITE = (READONLY, PERM, CANTOPEN, IOERR, FULL)
# SQLite's extended code when it cannot grow the -shm file: on Linux, no room left on the disk.
IOERR_SHMSIZE = IOERR | (19 << 8)
# Below this much free space, a disk error while writing is taken to be a full disk.
FULL_DISK_BYTES = 1024 * 1024
PRIVATE_FOLDER, PRIVATE_FILE = 0o700, 0o600
# What CareerDesk keeps in its folder: the data file, SQLite's files beside it, files moved
# aside as damaged. A folder holding anything else is someone else's too: left as it is.
OUR_FILES = re.compile(r"userdata(\.corrupt-[0-9-]+)?\.sqlite(-wal|-shm|-journal)?")


class UserDataError(Exception):
    """The user data cannot be opened or saved (read-only folder, full disk, busy): one line."""


def stamp(moment: datetime) -> str:
    """How times are stored: ISO 8601 in UTC, to the microsecond (sorts as text)."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


# ------------------------------------------------------------------ schema and migrations

def _v1(db: sqlite3.Connection) -> None:
    """Version 1: profiles, bookmarks with notes, saved comparisons."""
    db.execute("CREATE TABLE profile (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE"
               " COLLATE NOCASE, guest INTEGER NOT NULL DEFAULT 0)")
    db.execute("CREATE TABLE bookmark (profile_id INTEGER NOT NULL REFERENCES profile(id)"
               " ON DELETE CASCADE, code TEXT NOT NULL, added TEXT NOT NULL,"
               " note TEXT NOT NULL DEFAULT '', PRIMARY KEY (profile_id, code)) WITHOUT ROWID")
    db.execute("CREATE TABLE comparison (id INTEGER PRIMARY KEY, profile_id INTEGER NOT NULL"
               " REFERENCES profile(id) ON DELETE CASCADE, name TEXT NOT NULL,"
               " codes TEXT NOT NULL, state TEXT, sections TEXT, prepared_for TEXT,"
               " saved TEXT NOT NULL)")
    db.execute("CREATE INDEX comparison_profile ON comparison (profile_id)")


def _v2(db: sqlite3.Connection) -> None:
    """Version 2: when each profile was created, and when each note was last edited.

    Existing profiles get the date of their oldest bookmark or comparison (else now);
    existing notes get their bookmark's date.
    """
    db.execute("ALTER TABLE profile ADD COLUMN created TEXT")
    db.execute("UPDATE profile SET created = coalesce((SELECT min(t) FROM ("
               " SELECT added AS t FROM bookmark WHERE profile_id = profile.id UNION ALL"
               " SELECT saved FROM comparison WHERE profile_id = profile.id)), ?)",
               (stamp(datetime.now(UTC)),))
    db.execute("ALTER TABLE bookmark ADD COLUMN note_updated TEXT")
    db.execute("UPDATE bookmark SET note_updated = added WHERE note <> ''")


def _v3(db: sqlite3.Connection) -> None:
    """Version 3: each profile's interest quiz answers (a quiz stopped halfway is kept too)."""
    db.execute("CREATE TABLE interest_result (profile_id INTEGER PRIMARY KEY"
               " REFERENCES profile(id) ON DELETE CASCADE, answers TEXT NOT NULL,"
               " preparation INTEGER, completed INTEGER NOT NULL DEFAULT 0,"
               " updated TEXT NOT NULL)")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite3.Connection) -> None:
    """Bring the file to ``SCHEMA_VERSION`` in one transaction (another window may race)."""
    if db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise UserDataError(translate(
                "UserDataFile", "The saved bookmarks were written by a newer CareerDesk (data "
                "version {version}); update CareerDesk to use them.").format(version=version))
        for number in range(version, SCHEMA_VERSION):
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


# ------------------------------------------------------------------ errors

def error_code(exc: BaseException) -> int:
    code = getattr(exc, "sqlite_errorcode", 0) if isinstance(exc, sqlite3.Error) else 0
    return (code or 0) & 0xFF


_BUSY = QT_TRANSLATE_NOOP("UserDataFile", "another CareerDesk window kept the data busy; try again")
_DAMAGED = QT_TRANSLATE_NOOP("UserDataFile",
                             "the data file is damaged (restart CareerDesk to repair it)")
_READ_ONLY = QT_TRANSLATE_NOOP("UserDataFile", "the data file or its folder is read-only")
# The reason (English; translated by why()) for each SQLite error code.
REASONS: dict[int, str] = {
    FULL: QT_TRANSLATE_NOOP("UserDataFile", "the disk is full"),
    READONLY: _READ_ONLY, PERM: _READ_ONLY,
    IOERR: QT_TRANSLATE_NOOP("UserDataFile", "the disk reported an error"),
    CANTOPEN: QT_TRANSLATE_NOOP("UserDataFile",
                                "the data file cannot be opened (is the folder read-only?)"),
    BUSY: _BUSY, LOCKED: _BUSY, CORRUPT: _DAMAGED, NOTADB: _DAMAGED,
}


def why(exc: BaseException | None, folder: Path | None = None) -> str:
    """A short reason in plain words for a storage failure (of a file in ``folder``: SQLite
    reports a full disk as a disk error when it cannot grow its -wal or -shm file)."""
    if exc is None:
        return translate("UserDataFile", "unknown error")
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return translate("UserDataFile", REASONS[FULL])
        return (exc.strerror or str(exc)).lower()
    if error_code(exc) == IOERR and (getattr(exc, "sqlite_errorcode", 0) == IOERR_SHMSIZE
                                     or (folder is not None and _no_room(folder))):
        return translate("UserDataFile", REASONS[FULL])
    reason = REASONS.get(error_code(exc))
    if reason is not None:
        return translate("UserDataFile", reason)
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _no_room(folder: Path) -> bool:
    """Whether the disk holding ``folder`` has (next to) no free space left."""
    try:
        space = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return space.f_bavail * space.f_frsize < FULL_DISK_BYTES


# ------------------------------------------------------------------ opening

@dataclass
class Opened:
    """An open connection, whether it can write (and why not), a message for the user (or
    None), and the network file system the file is on (None: a local folder, WAL mode)."""

    db: sqlite3.Connection
    read_only: bool = False
    notice: str | None = None
    network: str | None = None
    cannot_write: str | None = None  # why it was opened read-only ("the disk is full")


class _Damaged(Exception):
    """PRAGMA quick_check found damage."""


def connect(target: str, uri: bool = True) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with the busy timeout."""
    db = sqlite3.connect(target, uri=uri, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA secure_delete = ON")  # "remove my data" leaves no readable remains
    return db


def open_memory() -> Opened:
    """A database in memory only: its temporary tables and sorts stay in memory too."""
    db = connect(":memory:", uri=False)
    db.execute("PRAGMA temp_store = MEMORY")
    migrate(db)
    return Opened(db)


def _set_up(db: sqlite3.Connection, network: str | None) -> None:
    """Check a newly opened file, bring its tables up to date and make sure it can be
    written (raises _Damaged or sqlite3.Error when not). ``network``: the network file
    system the folder is on, if it is one."""
    if network:  # before the first read: no -shm file, and the lock is kept
        db.execute("PRAGMA locking_mode = EXCLUSIVE")
        db.execute(f"PRAGMA busy_timeout = {NETWORK_WAIT_MS}")
    if db.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
        raise _Damaged
    db.execute(f"PRAGMA journal_mode = {'DELETE' if network else 'WAL'}")
    db.execute("PRAGMA synchronous = FULL")
    migrate(db)
    # can we write? (a read-only file opens quietly); on a network folder this
    # takes the lock that keeps other CareerDesk windows out until this one closes
    db.execute("BEGIN EXCLUSIVE" if network else "BEGIN IMMEDIATE")
    try:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    finally:
        db.execute("ROLLBACK")  # (the lock stays: locking_mode = EXCLUSIVE)
    if network:
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")


def open_file(path: Path, read_only: bool = False) -> Opened:
    """Open or create ``path``; move a damaged file aside; read-only when it must be."""
    if read_only:
        return _open_read_only(path, None)
    _check_kinds(path)
    try:
        notice = private_folder(path.parent)
    except OSError as exc:
        raise UserDataError(translate(
            "UserDataFile", "CareerDesk cannot keep bookmarks in {folder}: {reason}.").format(
                folder=path.parent, reason=why(exc))) from None
    private_files(path)
    network = network_type(path.parent)
    for attempt in (1, 2):
        db = None
        try:
            db = connect(f"file:{quote(str(path))}?mode=rwc")
            _set_up(db, network)
            return Opened(db, notice=notice, network=network)
        except (sqlite3.Error, _Damaged) as exc:
            if db is not None:
                db.close()
            if network and error_code(exc) in (BUSY, LOCKED):
                raise UserDataError(translate(
                    "UserDataFile", "Your saved data in {folder} is open in another "
                    "CareerDesk window, on this computer or another one. On a network "
                    "folder only one window at a time can use it: close the other one and try "
                    "again.").format(folder=path.parent)) from None
            damaged = isinstance(exc, _Damaged) or error_code(exc) in (CORRUPT, NOTADB)
            if damaged and attempt == 1:
                moved = move_aside(path)
                private_files(path)
                notice = translate(
                    "UserDataFile", "Your saved bookmarks file was damaged. It was kept as "
                    "{file} in {folder}, and a new one was started.").format(
                        file=moved.name, folder=moved.parent)
                continue
            reason = why(exc, path.parent)
            if path.is_file() and error_code(exc) in _CANNOT_WRITE:
                opened = _open_read_only(path, translate(
                    "UserDataFile", "CareerDesk can show your bookmarks but cannot save "
                    "changes: {reason} ({file}).").format(reason=reason, file=path))
                opened.cannot_write = reason
                return opened
            raise UserDataError(translate(
                "UserDataFile", "CareerDesk cannot open the bookmarks file {file}: {reason}."
            ).format(file=path, reason=reason)) from None
        except UserDataError:
            if db is not None:
                db.close()
            raise
    raise AssertionError("unreachable")


def _open_read_only(path: Path, notice: str | None) -> Opened:
    if not path.is_file():
        raise UserDataError(translate("UserDataFile", "There is no bookmarks file at {file}.")
                            .format(file=path))
    last: sqlite3.Error | None = None
    # mode=ro needs the -shm file or a writable folder; immutable=1 needs neither.
    for flags in ("mode=ro", "mode=ro&immutable=1"):
        try:
            db = connect(f"file:{quote(str(path))}?{flags}")
            version = db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as exc:
            last = exc
            continue
        if version != SCHEMA_VERSION:
            db.close()
            raise UserDataError(translate(
                "UserDataFile", "The bookmarks file {file} cannot be upgraded (read-only) from "
                "data version {version} to {latest}.").format(
                    file=path, version=version, latest=SCHEMA_VERSION))
        return Opened(db, read_only=True, notice=notice)
    raise UserDataError(translate(
        "UserDataFile", "CareerDesk cannot read the bookmarks file {file}: {reason}.").format(
            file=path, reason=why(last)))


def move_aside(path: Path) -> Path:
    """Rename a damaged file (and its -wal) to ``<stem>.corrupt-YYYYMMDD-HHMMSS<suffix>``."""
    when = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.corrupt-{when}{path.suffix}")
    count = 1
    while target.exists():
        count += 1
        target = path.with_name(f"{path.stem}.corrupt-{when}-{count}{path.suffix}")
    try:
        os.replace(path, target)
        for suffix in ("-wal", "-journal"):
            side = Path(f"{path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{target}{suffix}"))
        Path(f"{path}-shm").unlink(missing_ok=True)
    except OSError as exc:
        raise UserDataError(translate(
            "UserDataFile", "The saved bookmarks file {file} is damaged and cannot be moved "
            "aside: {reason}.").format(file=path, reason=why(exc))) from None
    return target


# ------------------------------------------------------------------ who may read it

def _check_kinds(path: Path) -> None:
    """Refuse, in words that say what is wrong, a data folder that is a file, a data file
    that is a folder, and a data file that is a link (it would keep the data elsewhere)."""
    if path.parent.exists() and not path.parent.is_dir():
        raise UserDataError(translate(
            "UserDataFile", "CareerDesk cannot keep bookmarks in {folder}: it is a file, not "
            "a folder.").format(folder=path.parent))
    if path.is_symlink():
        raise UserDataError(translate(
            "UserDataFile", "The bookmarks file {file} is a link to another place; CareerDesk "
            "keeps your data only in its own folder. Remove the link.").format(file=path))
    if path.is_dir():
        raise UserDataError(translate(
            "UserDataFile", "{file} is a folder, but CareerDesk needs that name for its "
            "bookmarks file. Rename or remove the folder.").format(file=path))


def private_folder(folder: Path) -> str | None:
    """Make ``folder`` (0700; its parents as usual) or take other accounts' rights off it; a
    sentence for the user when it stays open to them, else None. Raises ``OSError`` when it
    cannot be made at all."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=PRIVATE_FOLDER)
    except FileExistsError:
        pass
    mode = os.stat(folder).st_mode
    if not stat.S_ISDIR(mode):
        raise NotADirectoryError(20, os.strerror(20))
    if not mode & 0o077:
        return None
    others = [name for name in os.listdir(folder) if not OUR_FILES.fullmatch(name)]
    if others:
        return translate(
            "UserDataFile", "Other people on this computer can see which files are in "
            "{folder}: it holds other files too, so CareerDesk left it as it is. Your data "
            "file itself is private.").format(folder=folder)
    try:
        os.chmod(folder, stat.S_IMODE(mode) & ~0o077)  # the owner's own rights as they were
    except OSError as exc:
        return translate(
            "UserDataFile", "Other people on this computer can see which files are in "
            "{folder}, and CareerDesk could not change that: {reason}. Your data file "
            "itself is private.").format(folder=folder, reason=why(exc))
    return None


def private_files(path: Path) -> None:
    """Create the data file as 0600 if it is missing, and take other accounts' rights off it
    and SQLite's files beside it (best effort: what cannot be changed is left as it is)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except OSError:
        pass  # it exists (or cannot be made: SQLite says why)
    for name in (path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))):
        try:
            mode = os.stat(name).st_mode
            if mode & 0o077:
                os.chmod(name, stat.S_IMODE(mode) & ~0o077)  # a read-only file stays so
        except OSError:
            pass


# ------------------------------------------------------------------ where the file lives

def qt_data_dir() -> Path:
    """The platform's per-user app-data folder from Qt (QtCore is imported only here)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName("CareerDesk")  # as careerdesk.ui.app sets them
    QCoreApplication.setApplicationName("CareerDesk")
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        raise UserDataError(translate(
            "UserDataFile", "This computer has no per-user data folder; use --data-dir."))
    return Path(location)


def data_dir(explicit: Path | str | None = None, default: Path | None = None) -> Path:
    """``explicit``, else ``$CAREERDESK_DATA_DIR``, else ``default``, else ``qt_data_dir()``."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return default if default is not None else qt_data_dir()
