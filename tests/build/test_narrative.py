"""The "Inside this career" narratives a student reads (issue 12 item 6), checked over every
narrative in the database, not a sample: each paragraph at Flesch-Kincaid grade 9 or below,
no sentence over 25 words, whole-number year ranges, no sentence shared by more than 5 % of
the narratives written from the data, no "0 %", plain education words, no O*NET task
statement quoted (whole, or a run of 8 of its words), and each says it was written from
the data and carries its own career's figures."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from careerdesk import formatting

textstat = pytest.importorskip("textstat")  # a test dependency (pyproject.toml [test])

DB = Path(__file__).resolve().parents[2] / "data" / "careers.db"
MAX_GRADE = 9.0
MAX_WORDS = 25
MAX_SHARE = 0.05
RUN = 8  # this many words in a row from a task statement count as quoting it
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”)]?\s+(?=[A-Z\"“($0-9])")


def sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


@pytest.fixture(scope="module")
def db():
    conn = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def data(db) -> dict[str, str]:
    return dict(db.execute("SELECT code, text FROM narrative WHERE kind = 'data'"))


@pytest.fixture(scope="module")
def every(db) -> list[tuple[str, str, str]]:
    return db.execute("SELECT code, kind, text FROM narrative ORDER BY code, kind").fetchall()


def test_every_career_with_tasks_has_one(db, data):
    with_tasks = {c for c, in db.execute("SELECT DISTINCT code FROM task")}
    assert set(data) == with_tasks and len(data) == 923


def test_every_paragraph_reads_at_grade_9_or_below(every):
    grades = [(textstat.flesch_kincaid_grade(p), code, kind, p)
              for code, kind, text in every for p in text.split("\n\n")]
    too_hard = [f"{g:.1f} {code} ({kind}): {p}" for g, code, kind, p in grades if g > MAX_GRADE]
    assert not too_hard, "\n".join(too_hard[:10])
    assert len(grades) >= 923 * 4


def test_no_sentence_over_25_words(every):
    too_long = [f"{len(s.split())} {code} ({kind}): {s}" for code, kind, text in every
                for p in text.split("\n\n") for s in sentences(p) if len(s.split()) > MAX_WORDS]
    assert not too_long, "\n".join(too_long[:10])


def test_no_sentence_is_shared_by_more_than_5_percent(data):
    shared = Counter(s for text in data.values()
                     for s in {s for p in text.split("\n\n") for s in sentences(p)})
    limit = MAX_SHARE * len(data)
    common = [f"{n} x {s}" for s, n in shared.most_common() if n > limit]
    assert not common, "\n".join(common[:10])
    assert shared.most_common(1)[0][1] >= 2  # the count works: some sentences do recur


def test_year_ranges_are_whole_years_and_there_is_no_zero_percent(every):
    for code, kind, text in every:
        assert not re.search(r"\d\.\d+ (to|years?)\b", text), (code, kind)
        assert not re.search(r"(?<![\d.,])0 ?%", text), (code, kind)
        assert not re.search(r"(?<![\d.,])0 (of|tools|kinds|jobs|openings)\b", text), \
            (code, kind)


def test_education_in_plain_words(every):
    source_terms = ("some college, no degree", "postsecondary nondegree award",
                    "high school diploma or equivalent", "no formal educational credential",
                    "job zone", "post-baccalaureate", "first professional degree")
    for code, kind, text in every:
        lowered = text.lower()
        assert not [t for t in source_terms if t in lowered], (code, kind)


def test_no_task_statement_is_quoted(db, every):
    tasks: dict[str, list[str]] = defaultdict(list)
    for code, task in db.execute("SELECT code, text FROM task"):
        tasks[code].append(task)
    checked = 0
    for code, kind, text in every:
        said = words(text)
        runs = {tuple(said[i:i + RUN]) for i in range(len(said) - RUN + 1)}
        joined = " ".join(said)
        for task in tasks[code]:
            task_words = words(task)
            assert " ".join(task_words) not in joined, (code, kind, task)
            quoted = [" ".join(task_words[i:i + RUN]) for i in range(len(task_words) - RUN + 1)
                      if tuple(task_words[i:i + RUN]) in runs]
            assert not quoted, (code, kind, quoted[0])
            checked += 1
    assert checked > 17000  # every task of every career with a narrative


def test_each_says_it_was_written_from_the_data_and_carries_its_own_figures(db, data):
    for code, text in data.items():
        assert "CareerDesk wrote this from the data" in text, code
        assert code not in text and code[:7] not in text, code  # codes go with the sources
        soc, = db.execute("SELECT soc_code FROM occupation WHERE code = ?", (code,)).fetchone()
        annual, hourly, top = db.execute(
            "SELECT annual_median, hourly_median, top_coded FROM wage WHERE soc_code = ?"
            " AND area = '00'", (soc,)).fetchone() or (None, None, "")
        if annual is not None:
            assert formatting.money(annual, top_coded="annual_median" in top) in text, code
        elif hourly is not None:  # pay published by the hour only
            assert f"{formatting.money(hourly, cents=True)} an hour" in text, code
        else:
            assert "not available" in text, code
        change = db.execute("SELECT percent_change FROM projection WHERE soc_code = ?",
                            (soc,)).fetchone()
        if change and change[0] is not None:
            assert f"{abs(change[0]):.1f}%" in text, code
        share = db.execute("SELECT percent FROM time_share WHERE code = ? AND method ="
                           " 'onet-activities' ORDER BY seq", (code,)).fetchone()
        assert f"about {share[0]:.0f}% of the work" in text, code


def test_the_work_is_told_from_its_activities_in_plain_words(db, data):
    """The first paragraph names what the workers do from O*NET's detailed work activities
    (not its task statements), with the plainer verbs."""
    text = data["53-3032.00"]  # heavy and tractor-trailer truck drivers
    work = text.split("\n\n")[0]
    assert "keep vehicles in good working condition" in work
    titles = [t for t, in db.execute("SELECT title FROM work_activity WHERE code = ?",
                                     ("53-3032.00",))]
    assert "Maintain vehicles in good working condition." in titles
    nurse = data["29-1141.00"].split("\n\n")[0]
    assert "For example, they" in nurse
