"""The user-data file itself: what is refused, in words that say what is wrong (issue 13,
item 12: a data folder that was a file said "file exists", a folder named userdata.sqlite
asked "is the folder read-only?", a linked userdata.sqlite was followed out of the data
folder, a full disk read "no space left on device")."""

from __future__ import annotations

import errno

import pytest

from careerdesk.userdata import UserDataError, open_user_data
from careerdesk.userdata_file import why


def test_a_data_folder_that_is_a_file_says_so(tmp_path):
    (tmp_path / "notes").write_text("a file")
    with pytest.raises(UserDataError, match="it is a file, not a folder"):
        open_user_data(tmp_path / "notes")


def test_a_folder_named_like_the_data_file_says_so(tmp_path):
    (tmp_path / "userdata.sqlite").mkdir()
    with pytest.raises(UserDataError, match="is a folder, but CareerDesk needs that name"):
        open_user_data(tmp_path)


def test_a_linked_data_file_is_not_followed(tmp_path):
    elsewhere = tmp_path / "elsewhere.sqlite"
    elsewhere.write_bytes(b"")
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "userdata.sqlite").symlink_to(elsewhere)
    with pytest.raises(UserDataError, match="is a link to another place"):
        open_user_data(folder)
    assert elsewhere.read_bytes() == b""


def test_a_full_disk_reads_the_disk_is_full():
    assert why(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"
    assert why(OSError(errno.EDQUOT, "Disk quota exceeded")) == "the disk is full"
