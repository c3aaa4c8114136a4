"""Telling a network folder from a local one: the mount that holds the data folder, read
from /proc/self/mountinfo (Linux), a \\\\server\\share path (Windows)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from careerdesk.file_system import mount_type, network_type

# A lab computer: local disk, /home on NFS, a student's SMB share, sshfs, a name with a space.
MOUNTINFO = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard
40 27 0:45 / /home rw,relatime shared:12 - nfs4 server:/export/home rw,vers=4.2
41 40 0:46 / /home/smb rw,relatime - cifs //files/students rw,vers=3.1.1
42 27 0:47 / /mnt/remote\\040drive rw,relatime - fuse.sshfs lab@files: rw,user_id=0
43 40 254:1 / /home/local rw,relatime - ext4 /dev/vdb rw
44 27 0:48 / /mnt/wsl rw - 9p drvfs rw
45 27 0:49 / /mnt/over rw - nfs server:/a rw
46 27 254:2 / /mnt/over rw - xfs /dev/vdc rw
not a mountinfo line
"""


@pytest.mark.parametrize(("path", "kind"), [
    ("/", "ext4"), ("/var/lib", "ext4"),
    ("/home", "nfs4"), ("/home/ana/.local/share/CareerDesk", "nfs4"),
    ("/homework", "ext4"),  # a prefix of the name, not of the path
    ("/home/smb/ana", "cifs"), ("/home/local/ana", "ext4"),
    ("/mnt/remote drive/ana", "fuse.sshfs"), ("/mnt/wsl/c/Users", "9p"),
    ("/mnt/over/x", "xfs"),  # the later mount on the same point hides the earlier one
])
def test_the_longest_mount_point_holding_the_path_gives_its_type(path, kind):
    assert mount_type(path, MOUNTINFO) == kind


def test_network_types_only_count_as_network(tmp_path):
    info = tmp_path / "mountinfo"
    root = str(tmp_path)
    info.write_text(f"1 0 0:1 / / rw - ext4 /dev/vda rw\n"
                    f"2 1 0:2 / {root}/nfs rw - nfs4 server:/home rw\n"
                    f"3 1 0:3 / {root}/smb rw - cifs //server/share rw\n"
                    f"4 1 0:4 / {root}/local rw - btrfs /dev/vdb rw\n", encoding="utf-8")
    for name in ("nfs", "smb", "local"):
        (tmp_path / name).mkdir()
    check = lambda folder: network_type(folder, platform="linux", mountinfo=info)  # noqa: E731
    assert check(tmp_path / "nfs" / "ana" / "CareerDesk") == "nfs4"  # not made yet
    assert check(tmp_path / "smb") == "cifs"
    assert check(tmp_path / "local" / "ana") is None
    assert check(tmp_path) is None
    link = tmp_path / "local" / "home-link"
    link.symlink_to(tmp_path / "nfs")
    assert check(link / "CareerDesk") == "nfs4"  # a link is followed to where the data goes


def test_an_unreadable_mountinfo_means_local(tmp_path):
    assert network_type(tmp_path, platform="linux", mountinfo=tmp_path / "missing") is None
    garbage = tmp_path / "garbage"
    garbage.write_bytes(b"\xff\x00 - - -\n" * 10)
    assert network_type(tmp_path, platform="linux", mountinfo=garbage) is None


def test_this_computers_own_mounts_are_read(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux only")
    kind = mount_type(os.path.realpath(tmp_path), Path("/proc/self/mountinfo").read_text())
    assert kind  # some type, e.g. ext4, tmpfs or overlay
    assert network_type(tmp_path) is None or kind in ("nfs", "nfs4", "cifs", "9p")


@pytest.mark.parametrize("path", [r"\\files\students\ana\CareerDesk", "//files/students/ana",
                                  r"\\?\UNC\files\students\ana"])
def test_a_windows_share_path_is_a_network_folder(path):
    assert network_type(Path(path), platform="win32") == "network share"
