"""`careerdesk show` and `careerdesk list`: the worked example and error handling."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from careerdesk.cli import main


def run_json(capsys, *argv):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module")
def secretary():
    from careerdesk import profile
    from careerdesk.store import CareerStore
    from tests.conftest import DB_PATH

    with CareerStore(DB_PATH) as s:
        return profile.to_dict(s.career("43-6013.00"))


def test_medical_secretary_matches_the_sources(capsys):
    p = run_json(capsys, "show", "43-6013.00", "--json")
    assert p["title"] == "Medical Secretaries and Administrative Assistants"
    assert p["major_group"] == {"code": "43-0000", "title": "Office and Administrative Support"}
    assert p["soc_code"] == "43-6013"
    assert len(p["tasks"]) == 15
    assert sum(1 for t in p["tasks"] if t["core"]) == 11
    assert p["job_zone"] == 2
    assert "Medical Receptionist" in p["also_known_as"]
    assert len(p["alternate_titles"]) == 46
    assert p["related"][0]["code"] == "29-2072.00"
    assert len(p["related"]) == 20
    assert len(p["technology_skills"]) == 52
    assert p["outlook"]["percent_change"] == 4.2
    assert p["outlook"]["employment_2024"] == 850_000
    assert p["outlook"]["employment_2034"] == 885_300
    assert p["outlook"]["annual_openings"] == 85_900
    assert p["wages"]["median_annual"] == 45_930
    assert p["wages"]["median_hourly"] == 22.08
    assert p["wages"]["employment"] == 961_610
    assert p["education"]["typical_entry"] == "High school diploma or equivalent"
    assert p["education"]["on_the_job_training"] == "Moderate-term on-the-job training"
    assert p["education"]["work_experience"] == "No work experience"  # BLS: "None"
    assert sum(s["percent"] for s in p["time_allocation"]) == pytest.approx(100, abs=0.5)
    editorial = {s["activity"]: s["percent"] for s in p["time_allocation_editorial"]}
    assert editorial == {"Patient communication": 40, "Insurance and billing": 35,
                         "Records, correspondence and coordination": 25}
    assert p["ai"]["exposure"] == pytest.approx(0.667, abs=0.001)
    assert p["ai"]["label"].startswith("High exposure")
    assert p["narrative"]["kind"] == "editorial"
    assert {n["kind"] for n in p["narratives"]} == {"editorial", "data"}
    # O*NET rates these three 4.00, the highest (ties in O*NET's element order).
    assert set(p["key_abilities"][:3]) == {"Oral Comprehension", "Oral Expression",
                                           "Written Comprehension"}
    assert any("O*NET 29.3" in s for s in p["sources"])
    assert "California" in p["wages"]["by_state"]


def test_every_required_json_key_is_present(secretary):
    for key in ["code", "title", "description", "soc_code", "major_group", "job_zone",
                "tasks", "also_known_as", "related", "progression", "technology_skills",
                "key_abilities", "interests", "education", "outlook", "wages", "ai",
                "time_allocation", "narrative", "sources"]:
        assert key in secretary
    for key in ["exposure", "replace_vs_assist", "human_capabilities", "label", "explanation"]:
        assert key in secretary["ai"]
    assert set(secretary["interests"]) == {"Realistic", "Investigative", "Artistic", "Social",
                                           "Enterprising", "Conventional"}


def test_progression_needs_more_preparation_or_pays_more(store, secretary):
    own_zone = secretary["job_zone"]
    own_pay = secretary["wages"]["median_annual"]
    assert secretary["progression"], "a medical secretary has next steps"
    related = [r["code"] for r in secretary["related"]]
    for step in secretary["progression"]:
        other = store.career(step["code"])
        assert step["code"] in related
        higher_zone = other.job_zone and other.job_zone.zone > own_zone
        pays_more = other.wages and other.wages.median_annual and \
            other.wages.median_annual >= own_pay * 1.1
        assert higher_zone or pays_more


def test_career_without_tasks_or_bls_data_reads_not_available(capsys):
    p = run_json(capsys, "show", "55-1011.00", "--json")  # Air Crew Officers (military)
    assert p["tasks"] == []
    assert p["key_abilities"] == [] and p["abilities_rated"] is False
    assert p["ai"]["exposure"] is None
    assert p["outlook"]["employment_2024"] is None
    assert p["wages"]["median_annual"] is None
    assert p["time_allocation"] == []
    assert main(["show", "55-1011.00"]) == 0
    text = capsys.readouterr().out
    assert "not rated by O*NET" in text
    assert text.count("not available") >= 4
    assert "$0" not in text


def test_career_in_a_combined_bls_group_has_its_figures_marked(capsys):
    p = run_json(capsys, "show", "29-2012.01", "--json")  # Histology Technicians
    assert p["tasks"] and p["time_allocation"] and p["ai"]["label"]
    assert p["soc_code"] == "29-2012"  # BLS publishes 29-2011 and 29-2012 only as 29-2010
    assert p["bls_combined_group"] == {
        "code": "29-2010", "title": "Clinical Laboratory Technologists and Technicians"}
    assert p["outlook"]["percent_change"] == 1.7 and p["outlook"]["annual_openings"] == 22_600
    assert p["wages"]["median_annual"] is not None and p["wages"]["by_state"]
    assert p["education"]["typical_entry"] == "Bachelor's degree"
    assert p["ai"]["ai_applicability"] is not None
    assert "(outlook not available)" not in p["ai"]["label"]
    assert "figures for the combined BLS group “Clinical Laboratory Technologists and " \
        "Technicians”" in p["bls_figures_note"]
    main(["show", "29-2012.01"])
    text = capsys.readouterr().out
    pay = text.split("\nPAY (")[1].split("\nOUTLOOK (")[0]
    outlook = text.split("\nOUTLOOK (")[1]
    for part in (pay, outlook):
        assert "figures for the combined BLS group “Clinical Laboratory Technologists " \
            "and" in " ".join(part.split())
    assert "combined group SOC 29-2010" in text.split("\nSOURCES\n")[1]


def test_career_without_oews_pay_says_why(capsys):
    p = run_json(capsys, "show", "11-1031.00", "--json")  # Legislators: no OEWS line
    assert p["wages"]["median_annual"] is None and p["outlook"]["percent_change"] is not None
    main(["show", "11-1031.00"])
    pay = capsys.readouterr().out.split("\nPAY (")[1].split("\nOUTLOOK (")[0]
    assert "BLS's wage survey (OEWS, May 2025) publishes no figures for this career, so " \
        "pay is not available." in " ".join(pay.split())


def test_shared_soc_figures_are_marked(capsys):
    p = run_json(capsys, "show", "29-1141.01", "--json")  # Acute care nurses share 29-1141
    assert p["soc_code"] == "29-1141"
    assert p["bls_figures_cover_wider_soc_group"] is True
    main(["show", "29-1141.01"])
    text = capsys.readouterr().out
    assert "Pay and job numbers are for the wider job group “Registered Nurses”." in text
    assert "BLS figures: SOC 29-1141 Registered Nurses." in text.split("\nSOURCES\n")[1]


def test_text_profile_reads_like_a_page(capsys):
    assert main(["show", "43-6013.00"]) == 0
    text = capsys.readouterr().out
    for heading in ["WHAT THEY DO", "INSIDE THIS CAREER", "EDUCATION AND TRAINING",
                    "PAY (BLS OEWS, MAY 2025)", "AI ASSESSMENT", "RELATED CAREERS", "SOURCES"]:
        assert heading in text
    assert "$45,930" in text
    assert "USDOL/ETA" in text


def test_list_names_every_occupation(capsys):
    careers = run_json(capsys, "list", "--json")
    assert len(careers) == 1016
    assert {"code": "43-6013.00", "title": "Medical Secretaries and Administrative Assistants",
            "major_group": {"code": "43-0000", "title": "Office and Administrative Support"}
            } in careers


@pytest.mark.parametrize("argv", [["show", "99-9999.99"], ["show", "nonsense"],
                                  ["show", "43-6013.00", "--db", "/nonexistent/careers.db"]])
def test_errors_are_one_line_with_status_2(argv):
    if "--db" in argv:
        argv = ["--db", argv[-1], *argv[:2]]
    done = subprocess.run([sys.executable, "-m", "careerdesk", *argv], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("careerdesk: ")
    assert "Traceback" not in done.stderr


def test_corrupt_database_is_a_clear_error(tmp_path, capsys):
    broken = tmp_path / "careers.db"
    broken.write_bytes(b"this is not a database" * 100)
    assert main(["--db", str(broken), "list"]) == 2
    assert capsys.readouterr().err == (
        f"careerdesk: The file at {broken} is not a CareerDesk careers database (it is not a "
        "database file). Reinstall CareerDesk, or copy a fresh careers.db over it.\n")
