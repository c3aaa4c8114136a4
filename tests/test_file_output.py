"""Files CareerDesk writes: all or nothing, the old file kept on failure, devices refused."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from careerdesk import file_output
from careerdesk.file_output import OutputError, check_target, pdf_is_complete, write_file


def disk_full(*_args: object) -> int:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def a_device(tmp_path: Path) -> Path:
    """A character device to write to: /dev/null itself when renaming over it cannot work
    (not root), else a private copy of it (same type and numbers), so a regression run as
    root cannot replace this machine's /dev/null."""
    if os.geteuid() != 0:
        return Path("/dev/null")
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError:
        pytest.skip("cannot make a device file here")
    return device


@pytest.mark.parametrize("failing", ["write", "fsync"])
def test_full_disk_keeps_the_old_file_and_leaves_nothing(tmp_path, monkeypatch, failing):
    target = tmp_path / "export.json"
    target.write_bytes(b"the old, good export\n")
    monkeypatch.setattr(file_output.os, failing, disk_full)
    with pytest.raises(OutputError) as raised:
        write_file(target, b"x" * 100_000)
    assert str(raised.value) == f"cannot write {target}: the disk is full"
    assert target.read_bytes() == b"the old, good export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]


def test_a_short_write_is_finished_not_cut(tmp_path, monkeypatch):
    real = os.write
    monkeypatch.setattr(file_output.os, "write", lambda fd, data: real(fd, bytes(data[:7])))
    target = tmp_path / "out.json"
    write_file(target, b"0123456789" * 100)
    assert target.read_bytes() == b"0123456789" * 100


def test_written_files_are_private_whatever_the_umask(tmp_path):
    old = os.umask(0)
    try:
        write_file(tmp_path / "notes.json", b"{}\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "notes.json").stat().st_mode) == 0o600


def test_a_fifo_is_refused_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="it is a pipe"):
        write_file(fifo, b"data")  # would block forever if opened
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_a_device_is_refused_and_stays_a_device(tmp_path):
    device = a_device(tmp_path)
    with pytest.raises(OutputError, match="it is a device, not a file"):
        write_file(device, b"data")
    assert stat.S_ISCHR(device.stat().st_mode)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_socket_a_folder_and_a_link_to_a_device_are_refused(tmp_path):
    import socket

    server = socket.socket(socket.AF_UNIX)
    path = tmp_path / "s"
    try:
        server.bind(str(path))
    except OSError:
        pytest.skip("no Unix sockets here")
    try:
        with pytest.raises(OutputError, match="it is a socket"):
            check_target(path)
    finally:
        server.close()
    with pytest.raises(OutputError, match="it is a folder"):
        check_target(tmp_path)
    (tmp_path / "link").symlink_to("/dev/null")
    with pytest.raises(OutputError, match="it is a device"):
        check_target(tmp_path / "link")
    assert (tmp_path / "link").is_symlink()
    with pytest.raises(OutputError, match="does not exist"):
        check_target(tmp_path / "missing" / "out.pdf")


def test_a_cut_pdf_is_not_complete(tmp_path):
    whole = tmp_path / "whole.pdf"
    body = b"%PDF-1.4\n" + b"1 0 obj\n<< >>\nendobj\n" * 10
    xref = len(body)
    whole.write_bytes(body + b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\n"
                      + f"startxref\n{xref}\n%%EOF\n".encode())
    assert pdf_is_complete(whole)
    for size in (0, 10, xref, len(whole.read_bytes()) - 3):
        cut = tmp_path / f"cut-{size}.pdf"
        cut.write_bytes(whole.read_bytes()[:size])
        assert not pdf_is_complete(cut), size


def test_a_file_cut_with_little_space_left_says_the_disk_is_full(tmp_path, monkeypatch):
    class Nearly:
        f_bavail, f_frsize = 3, 4096

    monkeypatch.setattr(file_output.os, "statvfs", lambda _folder: Nearly)
    target = tmp_path / "h.pdf"
    temporary = file_output.temporary_beside(target)
    temporary.write_bytes(b"%PDF-1.4 cut")
    with pytest.raises(OutputError, match="the disk is full$"):
        file_output.finish(temporary, target, pdf_is_complete)
    assert list(tmp_path.iterdir()) == []
