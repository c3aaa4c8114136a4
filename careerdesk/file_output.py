"""Writing the files CareerDesk makes (PDFs, exported profiles) so a failure never breaks one.

Every file is written to a temporary file beside its target, flushed and synced to the disk,
checked, and only then renamed over the target. On any failure the old file is untouched, the
temporary file is removed and ``OutputError`` says what happened in one line ("the disk is
full"). A target that is not an ordinary file (a device such as /dev/null, a FIFO, a socket)
is refused before anything is written: renaming over it would replace the device. No Qt.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from careerdesk.i18n import translate

# Below this much free space after a file came out short, the disk is taken to be full.
FULL_DISK_BYTES = 1024 * 1024


class OutputError(OSError):
    """The file could not be written; nothing was changed (the message is one line)."""


def reason(exc: OSError) -> str:
    """A short reason in plain words for a failed write."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("Files", "the disk is full")
    if exc.errno == errno.EFBIG:
        return translate("Files", "the file is larger than this account may write")
    if exc.errno == errno.EROFS:
        return translate("Files", "the disk is read-only")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("Files", "permission denied")
    return (exc.strerror or str(exc) or type(exc).__name__).lower()


def _kind(mode: int) -> str | None:
    """What a file that is not an ordinary file is, in plain words (None for a file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return translate("Files", "it is a folder")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("Files", "it is a device, not a file")
    if stat.S_ISFIFO(mode):
        return translate("Files", "it is a pipe (FIFO), not a file")
    if stat.S_ISSOCK(mode):
        return translate("Files", "it is a socket, not a file")
    return translate("Files", "it is not an ordinary file")


def _cannot(target: Path, why: str) -> OutputError:
    return OutputError(translate("Files", "cannot write {file}: {reason}").format(
        file=target, reason=why))


def refuse_special(path: Path | str) -> Path:
    """``path`` unless something other than an ordinary file (a link to one counts) is
    there: a folder, a device, a FIFO, a socket. Raises ``OutputError`` (one line)."""
    target = Path(path)
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None  # a new file (or a link to nowhere, which the new file replaces)
    except OSError as exc:
        raise _cannot(target, reason(exc)) from None
    if mode is not None:
        kind = _kind(mode)
        if kind is not None:
            raise _cannot(target, kind)
    return target


def check_target(path: Path | str) -> Path:
    """``path`` if a file can be written there: its folder exists, and it is missing or an
    ordinary file (a link to one counts). Raises ``OutputError`` (one line) otherwise."""
    target = refuse_special(path)
    folder = target.parent
    if not folder.is_dir():
        raise _cannot(target, translate("Files", "folder {folder} does not exist").format(
            folder=folder))
    return target


def temporary_beside(target: Path) -> Path:
    """A new, empty, private (0600) temporary file in ``target``'s folder."""
    try:
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                        suffix=".part")
    except OSError as exc:
        raise _cannot(target, reason(exc)) from None
    os.close(handle)
    return Path(name)


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (best effort: not every system can)."""
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def finish(temporary: Path, target: Path,
           check: Callable[[Path], bool] | None = None) -> None:
    """Sync ``temporary`` to the disk, check it (``check`` says whether the file is complete)
    and rename it over ``target``; on any failure remove it and raise ``OutputError``."""
    try:
        try:
            handle = os.open(temporary, os.O_RDONLY)
            try:
                os.fsync(handle)
            finally:
                os.close(handle)
        except OSError as exc:
            raise _cannot(target, reason(exc)) from None
        if check is not None and not check(temporary):
            raise _cannot(target, _short_file_reason(target.parent))
        check_target(target)  # still not a device (it might have become one meanwhile)
        try:
            os.replace(temporary, target)
        except OSError as exc:
            raise _cannot(target, reason(exc)) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _short_file_reason(folder: Path) -> str:
    """Why a file came out incomplete when the writer gave no error (Qt's PDF writer)."""
    try:
        space = os.statvfs(folder)
        free = space.f_bavail * space.f_frsize
    except (OSError, AttributeError):
        free = None
    if free is not None and free < FULL_DISK_BYTES:
        return translate("Files", "the disk is full")
    return translate("Files", "the file came out incomplete (is the disk full?)")


def write_file(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` as a private (0600) file, all of it or nothing."""
    target = check_target(path)
    temporary = temporary_beside(target)
    try:
        handle = os.open(temporary, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        try:
            view = memoryview(data)
            while view:
                written = os.write(handle, view)
                view = view[written:]
            os.fsync(handle)
            size = os.fstat(handle).st_size
        finally:
            os.close(handle)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise _cannot(target, reason(exc)) from None
    finish(temporary, target, lambda _path: size == len(data))


def pdf_is_complete(path: Path) -> bool:
    """Whether ``path`` holds a whole PDF: it starts as one, ends with the ``%%EOF`` trailer,
    and the cross-reference table the trailer points to is where it says (a file cut short
    by a full disk fails this)."""
    try:
        with open(path, "rb") as pdf:
            size = os.fstat(pdf.fileno()).st_size
            if size < 64 or pdf.read(5) != b"%PDF-":
                return False
            pdf.seek(max(0, size - 1024))
            tail = pdf.read()
            if not tail.rstrip().endswith(b"%%EOF"):
                return False
            found = tail.rfind(b"startxref")
            if found < 0:
                return False
            words = tail[found + len(b"startxref"):].split()
            if not words or not words[0].isdigit() or int(words[0]) >= size:
                return False
            pdf.seek(int(words[0]))
            return pdf.read(4) == b"xref"
    except OSError:
        return False
