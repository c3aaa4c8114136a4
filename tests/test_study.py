"""What to study (issue 15): the checks a counselor would make on the shipped database, the
plan a profile shows, and ``careerdesk programs``."""

from __future__ import annotations

import json
import re

from careerdesk import cli, profile, study
from careerdesk.search.text import words
from careerdesk.study import find_programs
from tests.conftest import DB_PATH


def run(capsys, *args):
    code = cli.main(["--db", str(DB_PATH), *args])
    return code, capsys.readouterr()


def test_the_programs_a_counselor_expects(store):
    assert store.career("29-1141.00").programs[0].name == "Registered Nursing"
    assert [p.name for p in store.career("47-2111.00").programs][:1] == ["Electrician"]
    secretary = [p.name for p in store.career("43-6013.00").programs]
    assert secretary[0] == "Medical Administrative or Executive Assistant and Medical Secretary"
    assert "Computer Science" in [p.name for p in store.career("15-1252.00").programs]
    # programs named like the job first
    assert store.career("21-1021.00").programs[0].name == "Social Work"
    assert store.career("39-5012.00").programs[0].name == "Cosmetology"
    assert store.career("27-1024.00").programs[0].name == "Graphic Design"


def test_every_task_career_has_programs_or_says_why(store):
    without = []
    for summary in store.careers():
        career = store.career(summary.code)
        if not career.tasks:
            continue
        plan = study.plan(career)
        if not career.programs:
            without.append(career.code)
            assert plan.reason and "No program of study" in plan.reason
        else:
            assert plan.reason is None and plan.first
        for p in career.programs:  # words a student reads
            assert not p.name.endswith(".") and "/" not in p.name, p.name
            assert re.fullmatch(r"\d\d\.\d\d\d\d", p.cip)
    assert len(without) == 160  # the crosswalk's count (PROVENANCE.md)
    cashiers = study.plan(store.career("41-2011.00")).reason
    assert "learn it on the job" in cashiers and "short training on the job" in cashiers


def test_residencies_are_only_a_later_step(store):
    physicians = study.plan(store.career("29-1211.00"))  # anesthesiologists
    assert physicians.residencies and all(p.cip[:2] in ("60", "61")
                                          for p in physicians.residencies)
    assert all(not p.residency for p in physicians.first)
    assert physicians.first[0].name == "Medicine"


def test_broad_careers_show_a_few_and_say_how_many_more(store):
    teachers = study.plan(store.career("25-1071.00"))  # health specialties teachers
    assert len(teachers.first) == study.FIRST_FEW and teachers.more > 100
    fields = teachers.by_field()
    assert sum(len(items) for _, items in fields) == study.FIRST_FEW


def test_show_json_gives_programs_or_a_reason(store):
    nurse = profile.to_dict(store.career("29-1141.00"))
    assert nurse["programs"][0] == {"cip": "51.3801", "title": "Registered Nursing",
                                    "official_title": "Registered Nursing/Registered Nurse.",
                                    "field": "Health care", "residency": False}
    assert nurse["programs_note"] is None
    cashier = profile.to_dict(store.career("41-2011.00"))
    assert cashier["programs"] == [] and cashier["programs_note"]


def test_programs_command_finds_programs_as_students_type_them(capsys):
    for query, first in [("nursing degree", "Registered Nursing"),
                         ("computer science major", "Computer Science"),
                         ("welding certificate", "Welding Technology"),
                         ("cosmetology", "Cosmetology")]:
        code, out = run(capsys, "programs", "--json", "--limit", "3", query)
        assert code == 0
        found = json.loads(out.out)
        assert found[0]["title"] == first, query
        assert found[0]["careers"] and all(c["code"] for c in found[0]["careers"])
    code, out = run(capsys, "programs", "--limit", "1", "electrician")
    lines = out.out.splitlines()
    assert lines[0].startswith("46.0302  Electrician")
    assert any("Electricians" in line and "a year" in line for line in lines[1:])


def test_programs_command_refuses_unknown_input_in_one_line(capsys):
    for args in (["zzqxv"], [""], ["--limit", "-1", "nursing"]):
        code, out = run(capsys, "programs", *args)
        assert code == 2 and out.out == "" and out.err.count("\n") == 1


def test_the_path_is_built_from_the_data(store):
    """Issue 15 item 4: high school, the program or training, work experience where BLS
    asks for it, the career with its time to get ready, its next steps."""
    nurse = store.career("29-1141.00")
    steps = study.path(nurse)
    assert [s.title for s in steps] == ["High school", "Registered Nursing",
                                        "Registered Nurses", "Next steps"]
    assert steps[1].detail.startswith("Bachelor's degree")
    assert "4 years after high school" in steps[2].detail
    assert steps[3].detail.split("; ")[0] == nurse.progression[0].title
    manager = [s.title for s in study.path(store.career("11-1021.00"))]
    assert manager.index("Work experience") == 2  # BLS: 5 years or more
    cashier = study.path(store.career("41-2011.00"))
    assert cashier[1].title == "Training on the job" and "month or less" in cashier[1].detail
    words = study.describe_path(steps)
    assert words.startswith("How to get there: High school") and " → " in words


def test_each_program_gets_a_plain_first_line(store):
    nursing = next(p for p in store.programs() if p.cip == "51.3801")
    careers = [title for _, title, *_ in store.program_careers("51.3801")]
    line = study.in_short(nursing, careers)
    assert line.startswith("In short: Registered Nursing is a program of study in health care.")
    assert f"It leads to {len(careers)} careers, such as" in line
    residency = next(p for p in store.programs() if p.residency)
    assert "taken after a degree" in study.in_short(residency, [])


def test_programs_are_found_by_the_beginnings_of_their_words(store):
    """find_programs: every word typed begins a word of the program's name or official
    title (a last "e" may go: nurse -> nursing); words of kind ("degree") are left out."""
    programs = store.programs()
    for query in ("nursing degree", "nurse", "welding certificate", "computer science",
                  "cosmetolog", "jobs without a degree"):
        wanted = [w for w in words(query) if w not in ("degree", "certificate", "a")]
        starts = [w[:-1] if len(w) >= 5 and w.endswith("e") else w for w in wanted]
        expected = {p.cip for p in programs if all(
            any(h.startswith(s) for h in words(p.name) + words(p.title)) for s in starts)}
        assert {p.cip for p in find_programs(programs, query)} == expected, query
    assert find_programs(programs, "nurse")
    assert not find_programs(programs, "jobs without a degree")
