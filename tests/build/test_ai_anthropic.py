"""The Anthropic Economic Index share (issue 12 item 2): the index files its tasks under
SOC 2010-era codes, so it is joined to O*NET 29.3 by the wording of the tasks. Computer jobs,
which had no share before, get one; a career with too few matching tasks says why it has none.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import textstat

from careerdesk import sections
from careerdesk.build import ai_anthropic
from careerdesk.cli import main
from tests.conftest import DB_PATH

SOFTWARE, PROGRAMMERS, DATA_SCIENTISTS = "15-1252.00", "15-1251.00", "15-2051.00"


def show_json(capsys, code: str) -> dict:
    assert main(["show", code, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_computer_jobs_have_the_share(capsys):
    software = show_json(capsys, SOFTWARE)["ai"]
    assert software["conversation_share"] > 5  # among the most discussed jobs in the index
    assert software["conversation_share_tasks"]["of"] == 19
    assert software["conversation_share_tasks"]["matched"] >= 10
    with sqlite3.connect(f"file:{DB_PATH}?mode=ro", uri=True) as db:
        shares = dict(db.execute(  # careers with O*NET tasks: the index rates tasks
            "SELECT code, conversation_share FROM ai_assessment"
            " WHERE code IN (SELECT code FROM task)"))
    computer = [c for c in shares if c.startswith("15-12")]
    with_share = [c for c in computer if shares[c] is not None]
    # only the newest security and blockchain jobs have no task in the older list
    assert len(with_share) >= len(computer) - 4
    assert sum(1 for v in shares.values() if v is not None) >= 890  # of 923 (722 before)
    top = sorted(shares, key=lambda c: -(shares[c] or 0))[:3]
    assert PROGRAMMERS in top and SOFTWARE in top


def test_the_app_says_what_it_is_and_how_it_was_joined(capsys, store):
    career = store.career(SOFTWARE)
    words = sections.conversation_share_words(career.ai)
    assert words.endswith("of this job's 19 tasks)") and "% of the chats" in words
    missing = store.career(DATA_SCIENTISTS)
    assert missing.ai.conversation_share is None
    assert show_json(capsys, DATA_SCIENTISTS)["ai"]["conversation_share"] is None
    assert sections.conversation_share_words(missing.ai) == (
        "Not available: only 0 of this job's 16 tasks are in the older task list the study "
        "used.")
    assert show_json(capsys, DATA_SCIENTISTS)["ai"]["conversation_share_tasks"] == \
        {"matched": 0, "of": 16}
    # an "All Other" career has an AI row (Microsoft's score) but no tasks
    other = store.career("15-1299.00")
    assert other.ai is not None and not other.tasks
    assert sections.conversation_share_words(other.ai).endswith("lists no tasks for this "
                                                                 "career.")
    method = career.ai.methods["conversation_share"]
    assert "older job codes" in method and "words" in method and "half" in method
    assert textstat.flesch_kincaid_grade(method) <= 9
    # the command line's text shows it too
    assert main(["show", SOFTWARE]) == 0
    assert "Share of AI chats about this job's tasks:" in capsys.readouterr().out


def _index(folder: Path, shares: dict[str, float], tasks: list[tuple[str, str]]) -> None:
    base = folder / ai_anthropic.FOLDER
    base.mkdir(parents=True)
    with open(base / "onet_task_mappings.csv", "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["task_name", "pct"])
        out.writerows(shares.items())
    with open(base / "onet_task_statements.csv", "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["O*NET-SOC Code", "Task"])
        out.writerows(tasks)


def test_the_join_rules(tmp_path):
    _index(tmp_path, {"write code.": 2.0, "test programs for errors.": 1.0,
                      "fix bugs in programs written by others.": 0.5,
                      "feed the animals every morning.": 9.0},
           [("15-1132.00", "Write code."), ("15-1132.00", "Test programs for errors."),
            ("15-1132.00", "Fix bugs in programs written by others."),
            ("39-2021.00", "Feed the animals every morning."),
            ("39-2021.00", "Clean the cages.")])
    new = {
        # word for word (capitals), by punctuation, and one reworded a little
        "15-1252.00": [(1, "WRITE code.", True), (2, "Test programs, for errors", True),
                       (3, "Fix bugs in the programs written by others.", True),
                       (4, "Plan a new system.", False)],
        # a reworded task of another old job does not count: 1 of 3 tasks is under half
        "15-1299.00": [(1, "Write code.", True),
                       (2, "Feed the animals every single morning.", True),
                       (3, "Run a blockchain.", True)],
        "11-1011.00": [(1, "Lead the company.", True)],
        "39-2021.00": [(1, "Clean the cages.", True)],  # listed, no share: too few chats
    }
    found = ai_anthropic.conversation_shares(tmp_path, new)
    assert found["15-1252.00"] == ai_anthropic.ConversationShare(3.5, 3, 4)
    assert found["15-1299.00"] == ai_anthropic.ConversationShare(None, 1, 3)
    assert found["11-1011.00"] == ai_anthropic.ConversationShare(None, 0, 1)
    assert found["39-2021.00"] == ai_anthropic.ConversationShare(0.0, 1, 1)
