"""Programs of study (issue 15 item 6): the importer reads the NCES CIP-SOC crosswalk and
the CIP list from miniature sources written here, keeps codes as text, drops the "NO
MATCH" sentinels and retired codes, words each program for a student and orders a
career's programs (the closest first, residencies last)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from careerdesk.build.errors import SourceError
from careerdesk.build.pipeline import build
from careerdesk.build.programs import plain_name
from careerdesk.store import CareerStore

from . import minisources as mini
from .minisources import ACUTE_NURSE, FILES, LEGISLATOR, NURSE, SECRETARY


@pytest.fixture(scope="module")
def mini_src(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mini.write_mini_sources(tmp_path_factory.mktemp("mini") / "data")


@pytest.fixture(scope="module")
def store(mini_src: Path, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("built") / "careers.db"
    build(mini_src, out)
    with CareerStore(out) as opened:
        yield opened


def names(store: CareerStore, code: str) -> list[str]:
    return [p.name for p in store.career(code).programs]


def test_careers_get_their_socs_programs_in_plain_words(store):
    assert names(store, NURSE)[0] == "Registered Nursing"  # not "…/Registered Nurse."
    assert names(store, ACUTE_NURSE) == names(store, NURSE)  # inherits its SOC's list
    assert names(store, "47-2111.00") == ["Electrician", "Construction Trades"]
    assert "Medical Administrative or Executive Assistant and Medical Secretary" in names(
        store, SECRETARY)
    program = store.career(NURSE).programs[0]
    assert (program.cip, program.title, program.field) == (
        "51.3801", "Registered Nursing/Registered Nurse.", "Health care")
    assert program.definition.startswith("A program that prepares people to become")


def test_codes_stay_text_and_sentinels_and_retired_codes_are_dropped(store):
    cips = {p.cip for p in store.programs()}
    assert "46.0000" in cips  # trailing zeros kept
    assert "99.9999" not in cips and "44.0401" not in cips  # NO MATCH on either side
    assert "11.0202" not in cips  # the CIP list moved it
    assert names(store, "15-1252.00") == ["Computer Science", "Computer Programming"]
    assert store.career(LEGISLATOR).programs == []  # only a NO MATCH row


def test_the_closest_programs_come_first_and_residencies_last(store):
    programs = store.career(NURSE).programs
    # Registered Nursing leads to one occupation here, Nursing Practice to two
    assert [p.cip for p in programs] == ["51.3801", "51.3818", "60.0703"]
    assert [p.residency for p in programs] == [False, False, True]
    assert programs[-1].name == ("Adult-Gerontology Acute Care Nurse Practitioner Residency "
                                 "or Fellowship Program")


def test_a_crosswalk_without_its_sheet_stops_the_build(mini_src, tmp_path):
    src = Path(shutil.copytree(mini_src, tmp_path / "data"))
    mini._write_xlsx(src / FILES["cip_soc"], [("Other", [("CIP2020Code",)])])
    with pytest.raises(SourceError, match="CIP-SOC"):
        build(src, tmp_path / "careers.db")


def test_a_bad_cip_code_is_reported_with_its_line(mini_src, tmp_path):
    src = Path(shutil.copytree(mini_src, tmp_path / "data"))
    rows = [("CIP2020Code", "CIP2020Title", "SOC2018Code", "SOC2018Title"),
            ("51.38", "Nursing.", "29-1141", "Registered Nurses")]
    mini._write_xlsx(src / FILES["cip_soc"], [("CIP-SOC", rows)])
    with pytest.raises(SourceError, match="not a CIP code") as caught:
        build(src, tmp_path / "careers.db")
    assert caught.value.line == 2


@pytest.mark.parametrize(("title", "plain"), [
    ("Registered Nursing/Registered Nurse.", "Registered Nursing"),
    ("Cosmetology/Cosmetologist, General.", "Cosmetology"),
    ("Welding Technology/Welder.", "Welding Technology"),
    ("Geriatric Nurse/Nursing.", "Geriatric Nursing"),
    ("Zoology/Animal Biology, Other.", "Other programs in Zoology or Animal Biology"),
    ("Clinical/Medical Laboratory Technician.", "Clinical or Medical Laboratory Technician"),
    ("Web/Multimedia Management and Webmaster.", "Web or Multimedia Management and Webmaster"),
    ("Cosmetology, Barber/Styling, and Nail Instructor.",
     "Cosmetology, Barber or Styling, and Nail Instructor"),
    ("Floral Design/Arrangement.", "Floral Design or Arrangement"),
    ("Electrician.", "Electrician"),
    ("Computer and Information Sciences,  Other.",
     "Other programs in Computer and Information Sciences"),
    ("CAD/CADD Drafting and/or Design Technology/Technician.",
     "CAD or CADD Drafting and Design Technology"),
])
def test_program_names_read_as_a_student_would(title, plain):
    assert plain_name(title) == plain


def test_the_database_names_its_source(store):
    with sqlite3.connect(f"file:{store.path}?mode=ro", uri=True) as db:
        assert db.execute("SELECT name FROM source WHERE id = 'nces'").fetchone()
