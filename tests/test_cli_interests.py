"""``careerdesk interests questions|match``: the real command line, its JSON and its errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from careerdesk.cli import main
from careerdesk.interests import AREAS
from tests.conftest import DB_PATH, ROOT


@pytest.fixture
def cli(capsys):
    def run(*argv: str, status: int = 0) -> tuple[str, str]:
        code = main(["--db", str(DB_PATH), "interests", *argv])
        out, err = capsys.readouterr()
        assert code == status, (out, err)
        if status == 2:
            assert err.count("\n") == 1 and err.startswith("careerdesk: "), err
            assert out == ""
        return out, err

    return run


@pytest.fixture
def questions(cli) -> list[dict]:
    out, _ = cli("questions", "--json")
    return json.loads(out)


def answers_file(tmp_path, answers: object, name: str = "answers.json"):
    path = tmp_path / name
    path.write_text(json.dumps(answers), encoding="utf-8")
    return str(path)


def test_questions_json(questions):
    assert 36 <= len(questions) <= 48
    assert all(set(q) == {"id", "text", "area"} for q in questions)
    assert {q["area"] for q in questions} == set(AREAS)
    assert questions[0] == {"id": "R-01", "text": "Build kitchen cabinets.",
                            "area": "Realistic"}


def test_questions_text_is_a_numbered_list(cli, questions):
    out, _ = cli("questions")
    lines = out.splitlines()
    assert len(lines) == len(questions)
    assert lines[0] == " 1. [R-01] Build kitchen cabinets.  (Realistic)"
    assert lines[-1].startswith(f"{len(questions)}. [")


def test_match_json_from_a_file(cli, questions, tmp_path):
    liked = {q["id"]: "like" if q["area"] == "Artistic" else "dislike" for q in questions}
    out, _ = cli("match", "--answers", answers_file(tmp_path, liked), "--json", "--limit", "10")
    data = json.loads(out)
    assert data["scores"] == {area: 100.0 if area == "Artistic" else 0.0 for area in AREAS}
    careers = data["careers"]
    assert len(careers) == 10
    for key in ("code", "title", "fit", "shared_areas", "median_wage", "entry_education",
                "outlook", "job_zone"):
        assert all(key in c for c in careers), key
    assert [c["fit"] for c in careers] == sorted((c["fit"] for c in careers), reverse=True)
    assert sum("Artistic" in c["shared_areas"] for c in careers) >= 8
    titles = {c["title"] for c in careers}
    assert titles & {"Graphic Designers", "Set and Exhibit Designers", "Fine Artists, "
                     "Including Painters, Sculptors, and Illustrators", "Special Effects "
                     "Artists and Animators", "Craft Artists"}


def test_match_preparation_and_stdin(questions, monkeypatch, capsys):
    liked = {q["id"]: "like" if q["area"] in ("Social", "Realistic") else "dislike"
             for q in questions}
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(liked)))
    code = main(["--db", str(DB_PATH), "interests", "match", "--answers", "-",
                 "--preparation", "2", "--limit", "0", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert data["preparation"] == 2
    assert len(data["careers"]) == data["compared"] > 20  # --limit 0: all of them
    assert all(c["job_zone"] in (1, 2) for c in data["careers"])


def test_match_text_names_scores_and_careers(cli, questions, tmp_path):
    liked = {q["id"]: "like" if q["area"] == "Conventional" else "unsure"
             for q in questions[:30]}
    out, _ = cli("match", "--answers", answers_file(tmp_path, liked), "--limit", "3")
    lines = out.splitlines()
    assert lines[0] == f"Answered 30 of {len(questions)} activities."
    assert "Organizing (Conventional)" in lines[6] and "100 of 100" in lines[6]
    assert lines[7].startswith("Best-fitting careers (of ")
    assert lines[8].startswith("  1. ") and "(Conventional)" in lines[8]
    assert "median pay" in lines[9] and "outlook" in lines[9]
    assert len(lines) == 8 + 2 * 3


def test_unanswered_area_reads_not_available(cli, questions, tmp_path):
    liked = {q["id"]: "like" for q in questions if q["area"] == "Social"}
    out, _ = cli("match", "--answers", answers_file(tmp_path, liked))
    assert "Building and fixing (Realistic)          not available" in out
    assert "at least three of the six areas" in out
    out, _ = cli("match", "--answers", answers_file(tmp_path, liked), "--json")
    data = json.loads(out)
    assert data["scores"]["Realistic"] is None and data["careers"] == []
    assert "at least three" in data["note"]


@pytest.mark.parametrize(("content", "words"), [
    ('{"R-01": "like", "Q-77": "like"}', "unknown question id 'Q-77'"),
    ('{"R-01": "yes"}', "the answer to R-01 must be like, unsure or dislike, not 'yes'"),
    ('{"R-01": "like",', "is not valid JSON"),
    ('["R-01"]', "must be a JSON object"),
    ("", "is not valid JSON"),
])
def test_bad_answers_one_line_exit_2(cli, tmp_path, content, words):
    path = tmp_path / "answers.json"
    path.write_text(content, encoding="utf-8")
    _, err = cli("match", "--answers", str(path), status=2)
    assert words in err


def test_answers_saved_with_a_byte_order_mark(cli, tmp_path):
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"R-01": "like"}).encode())
    out, _ = cli("match", "--answers", str(path), "--json")
    assert json.loads(out)["scores"]["Realistic"] == 100.0


def test_unreadable_answers_file(cli, tmp_path):
    _, err = cli("match", "--answers", str(tmp_path / "missing.json"), status=2)
    assert err == f"careerdesk: cannot read {tmp_path / 'missing.json'}: no such file\n"
    _, err = cli("match", "--answers", str(tmp_path), status=2)
    assert "it is a folder" in err
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe{")
    _, err = cli("match", "--answers", str(binary), status=2)
    assert "not UTF-8 text" in err


@pytest.mark.parametrize(("option", "value"), [
    ("--preparation", "0"), ("--preparation", "6"), ("--preparation", "two"),
    ("--limit", "-1"), ("--limit", "ten")])
def test_bad_numbers_one_line_exit_2(cli, tmp_path, option, value):
    path = answers_file(tmp_path, {"R-01": "like"})
    _, err = cli("match", "--answers", path, option, value, status=2)
    assert err.startswith(f"careerdesk: {option} must be a whole number")


def test_real_process_reads_stdin_and_fails_in_one_line(questions):
    liked = json.dumps({q["id"]: "like" if q["area"] == "Investigative" else "dislike"
                        for q in questions})
    command = [sys.executable, "-m", "careerdesk", "--db", str(DB_PATH), "interests", "match",
               "--answers", "-", "--json", "--limit", "5"]
    done = subprocess.run(command, input=liked, capture_output=True, text=True, cwd=ROOT,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert len(data["careers"]) == 5 and data["scores"]["Investigative"] == 100.0
    done = subprocess.run(command, input='{"R-01": "maybe"}', capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "not 'maybe'" in done.stderr


def test_bookmarks_export_and_import_carry_the_quiz(tmp_path, capsys):
    from careerdesk.userdata import open_user_data

    school, home = tmp_path / "school", tmp_path / "home"
    with open_user_data(school) as ud:
        ud.save_interest_answers(ud.ensure_profile("Ana"), {"R-01": "like"}, completed=True)
    out_file = tmp_path / "ana.json"
    base = ["--db", str(DB_PATH), "bookmarks"]
    assert main([*base, "export", "--data-dir", str(school), "--profile", "Ana",
                 str(out_file)]) == 0
    out, _ = capsys.readouterr()
    assert out == (f"wrote {out_file}: 0 bookmarks, 0 saved comparisons and the interest quiz "
                   "answers of Ana\n")
    assert main([*base, "import", "--data-dir", str(home), "--profile", "Ana",
                 str(out_file)]) == 0
    out, _ = capsys.readouterr()
    assert out == "Added the interest quiz results.\n"
    with open_user_data(home) as ud:
        ana = ud.find_profile("Ana")
        saved = ud.interest_answers(ana) if ana else None
        assert saved and saved.answers == {"R-01": "like"} and saved.completed
