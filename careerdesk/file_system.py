"""Whether a folder is on a network file system (NFS, SMB/CIFS, AFS, sshfs, ...), where
SQLite's write-ahead log does not work (no Qt).

SQLite's WAL mode shares memory between processes through a ``-shm`` file and needs locks
that a network file system does not keep between computers; on such a folder the user data
is kept in rollback-journal mode with one CareerDesk at a time (``careerdesk.userdata_file``).

* Linux: the file-system type of the mount that holds the folder (the longest mount point
  that is a prefix of its real path, symbolic links resolved) from ``/proc/self/mountinfo``;
* Windows: a ``\\\\server\\share`` path, or a drive letter Windows reports as a network drive;
* macOS: the mount that holds the folder is not marked local (``statfs``);
* anywhere else, or when the answer cannot be read: not a network folder (the usual mode).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

MOUNTINFO = Path("/proc/self/mountinfo")
# File-system types (as /proc/self/mountinfo names them) that are kept on another computer.
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb2", "afs", "9p", "ncpfs", "ncp", "coda",
    "ceph", "glusterfs", "lustre", "gpfs", "ocfs2", "gfs2", "davfs", "pvfs2", "orangefs",
    "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs", "fuse.rclone", "fuse.s3fs",
    "fuse.gcsfuse", "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.smbnetfs", "fuse.curlftpfs",
})
_ESCAPES = {"\\040": " ", "\\011": "\t", "\\012": "\n", "\\134": "\\"}


def network_type(folder: Path, *, platform: str | None = None,
                 mountinfo: Path = MOUNTINFO) -> str | None:
    """The network file system ``folder`` is on ("nfs4", "cifs", "network drive", ...), or
    None for a local one or when it cannot be told. Never raises."""
    platform = platform or sys.platform
    try:
        if platform.startswith("win"):
            return _windows(str(folder))
        real = _existing(folder)
        if platform.startswith("linux"):
            kind = mount_type(real, mountinfo.read_text(encoding="utf-8", errors="replace"))
            return kind if kind in NETWORK_TYPES else None
        if platform == "darwin":
            return _darwin(real)
    except (OSError, ValueError, AttributeError):
        pass
    return None


def _existing(folder: Path) -> str:
    """The real path of ``folder``, or of its nearest folder that exists (it may be made
    later, on the same mount)."""
    path = Path(os.path.abspath(folder))
    while not path.exists() and path.parent != path:
        path = path.parent
    return os.path.realpath(path)


def _unescape(field: str) -> str:
    for code, char in _ESCAPES.items():
        field = field.replace(code, char)
    return field


def mount_type(path: str, mountinfo: str) -> str | None:
    """The type of the file system mounted at the longest mount point holding ``path``
    (an absolute, real path), from the text of a ``/proc/<pid>/mountinfo`` file."""
    best, kind = -1, None
    for line in mountinfo.splitlines():
        fields = line.split(" ")
        if len(fields) < 10 or "-" not in fields[6:]:
            continue
        point = _unescape(fields[4])
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= best:  # a later mount over the same point hides it
            best, kind = len(point), fields[fields.index("-", 6) + 1]
    return kind


def _windows(path: str) -> str | None:
    text = path.replace("/", "\\")
    if text.startswith("\\\\") and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return "network share"
    if text.startswith("\\\\?\\UNC\\"):
        return "network share"
    drive = os.path.splitdrive(os.path.abspath(path))[0]
    if len(drive) == 2 and drive[1] == ":":
        import ctypes

        drive_remote = 4
        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        if kernel.GetDriveTypeW(drive + "\\") == drive_remote:
            return "network drive"
    return None


def _darwin(path: str) -> str | None:
    """macOS: the mount's flags from ``statfs``; MNT_LOCAL unset means a network volume."""
    import ctypes
    import ctypes.util

    class StatFs(ctypes.Structure):  # struct statfs with 64-bit inodes (macOS 10.6 and later)
        _fields_ = [("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32),
                    ("f_blocks", ctypes.c_uint64), ("f_bfree", ctypes.c_uint64),
                    ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
                    ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2),
                    ("f_owner", ctypes.c_uint32), ("f_type", ctypes.c_uint32),
                    ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
                    ("f_fstypename", ctypes.c_char * 16), ("f_mntonname", ctypes.c_char * 1024),
                    ("f_mntfromname", ctypes.c_char * 1024), ("f_reserved", ctypes.c_uint32 * 8)]

    mnt_local = 0x00001000
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
    result = StatFs()
    if statfs(os.fsencode(path), ctypes.byref(result)) != 0:
        return None
    if result.f_flags & mnt_local:
        return None
    return result.f_fstypename.decode("ascii", "replace") or "network volume"
