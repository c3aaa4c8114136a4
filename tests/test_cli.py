"""The command line's own checks (the commands' output is tested beside each command)."""

from __future__ import annotations

import os
import stat

from careerdesk.cli import main
from tests.test_file_output import a_device


def test_build_db_refuses_a_fifo_or_a_device_as_its_output(tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # reading it to compare contents would hang; writing would replace it
    for target, kind in ((fifo, "a pipe (FIFO)"), (a_device(tmp_path), "a device")):
        assert main(["build-db", "--sources", str(tmp_path), "--out", str(target)]) == 2
        _, err = capsys.readouterr()
        assert err == f"careerdesk: cannot write {target}: it is {kind}, not a file\n"
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_search_from_a_closed_standard_input_says_so():
    # issue 13 item 8: `careerdesk search - <&-` ended in an AttributeError traceback
    import subprocess
    import sys

    from tests.conftest import DB_PATH, ROOT

    done = subprocess.run(f"{sys.executable} -m careerdesk --db {DB_PATH} search - <&-",
                          shell=True, capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 2
    assert done.stderr == ("careerdesk: '-' reads queries from standard input, which is "
                           "closed\n")


def test_search_for_not_knowing_points_to_the_interest_quiz(capsys):
    # "idk" searches nothing; the app offers the quiz, and so does the command line
    from tests.conftest import DB_PATH

    assert main(["--db", str(DB_PATH), "search", "idk"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "interest quiz" in err and "careerdesk interests questions" in err
    assert main(["--db", str(DB_PATH), "search", "zzqxw"]) == 0  # nothing found: as before
    assert capsys.readouterr().err == "careerdesk: no careers match 'zzqxw'\n"
