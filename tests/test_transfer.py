"""Export and import of a profile file: round trip, merging, bad and hostile files, fuzzing."""

from __future__ import annotations

import copy
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careerdesk import transfer, userdata
from careerdesk.transfer import (
    FORMAT,
    MAX_FILE_BYTES,
    ProfileFileError,
    apply_import,
    export_profile,
    import_profile,
    parse_profile,
    profile_document,
    read_profile_file,
)
from careerdesk.userdata import NOTE_MAX, UserData, UserDataError, open_user_data
from careerdesk.userdata_file import stamp

NURSE, SECRETARY, DEV, QA, CEO = "29-1141.00", "43-6013.00", "15-1252.00", "15-1211.00", \
    "11-1011.00"
KNOWN = {NURSE, SECRETARY, DEV, QA, CEO}


def snapshot(ud: UserData) -> Any:
    """Everything a user can see, for "nothing changed" checks."""
    return [(p.name, p.is_guest, ud.bookmarks(p, "code"),
             [(c.name, c.codes, c.state, c.sections, c.prepared_for, c.saved)
              for c in ud.comparisons(p)])
            for p in ud.profiles(include_guest=True)]


def fill(ud: UserData, name: str = "Ana") -> userdata.Profile:
    who = ud.ensure_profile(name)
    for code in (NURSE, SECRETARY, DEV):
        ud.add_bookmark(who, code)
    ud.set_note(who, NURSE, "Visit the hospital <b>open day</b> & ask about shifts\nline 2")
    ud.set_note(who, DEV, "ünïcødé 🎓\tand a tab")
    ud.save_comparison(who, "Health", [NURSE, SECRETARY], state="Ohio",
                       sections=["pay", "outlook"], prepared_for="Ana")
    ud.save_comparison(who, "Tech", [DEV, QA, CEO])
    return who


def export_bytes(ud: UserData, who: userdata.Profile) -> bytes:
    return json.dumps(profile_document(ud, who)).encode()


def document(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "format": FORMAT, "version": 1, "exported": "2025-03-01T10:00:00+00:00",
        "app_version": "0.1.0", "profile": "Ana",
        "bookmarks": [{"code": NURSE, "added": "2025-01-02T03:04:05+00:00", "note": "hi"}],
        "comparisons": [{"name": "C", "codes": [NURSE, DEV], "state": None,
                         "sections": None, "prepared_for": None,
                         "saved": "2025-01-03T00:00:00+00:00"}]}
    base.update(changes)
    return base


def encode(doc: Any) -> bytes:
    return json.dumps(doc).encode()


# ------------------------------------------------------------------ round trip and merging

def test_export_then_import_on_a_fresh_data_dir_restores_everything(tmp_path):
    with open_user_data(tmp_path / "school") as school:
        ana = fill(school)
        school.add_bookmark(ana, "99-9999.00")  # gone from careers.db: exported all the same
        done = export_profile(school, ana, tmp_path / "ana.json")
        original = snapshot(school)
    assert (done.bookmarks, done.comparisons) == (4, 2)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    with open_user_data(tmp_path / "home") as home:
        parsed = read_profile_file(tmp_path / "ana.json")
        assert parsed.profile == "Ana" and parsed.version == 1
        who = home.ensure_profile(parsed.profile or "Ana")
        report = apply_import(home, who, parsed)
        assert sorted(report.added_bookmarks) == sorted([NURSE, SECRETARY, DEV, "99-9999.00"])
        assert report.added_comparisons == ["Health", "Tech"]
        assert report.skipped == [] and report.warnings == []
        assert snapshot(home) == original  # dates, notes (as typed), note dates, comparisons


def test_import_skips_careers_this_computer_does_not_have(tmp_path):
    with UserData.in_memory() as ud:
        ana = fill(ud)
        ud.add_bookmark(ana, "99-9999.00")
        export_profile(ud, ana, tmp_path / "f.json")
    with UserData.in_memory() as ud:
        report = import_profile(ud, ud.ensure_profile("Ana"), tmp_path / "f.json", KNOWN)
        assert report.skipped_bookmarks == [
            "bookmark 4 (99-9999.00): this career is not in this computer's careers database"]


def test_merging_without_duplicates_and_the_report():
    with UserData.in_memory() as source:
        ana = fill(source)
        data = export_bytes(source, ana)
    with UserData.in_memory() as ud:
        me = ud.ensure_profile("Me")
        ud.add_bookmark(me, NURSE)
        ud.set_note(me, NURSE, "my own note")
        ud.add_bookmark(me, DEV)  # no note yet: takes the imported one
        ud.add_bookmark(me, QA)
        ud.save_comparison(me, "Health", [NURSE, QA])  # same name, other careers
        ud.save_comparison(me, "Tech", [DEV, QA, CEO])  # same name and content
        later = ud.bookmarks(me, "code")
        report = apply_import(ud, me, parse_profile(data, KNOWN))
        assert report.added_bookmarks == [SECRETARY]
        assert sorted(report.already_bookmarked) == [DEV, NURSE]
        assert sorted(report.updated_notes) == [DEV, NURSE]
        assert report.added_comparisons == ["Health (2)"]
        assert report.unchanged_comparisons == ["Tech"]
        assert report.summary() == ("Added 1 bookmark and 1 saved comparison to Me; "
                                    "added to 2 notes; 1 already there.")
        marks = {b.code: b for b in ud.bookmarks(me)}
        assert marks[NURSE].note == (
            "my own note\n\nVisit the hospital <b>open day</b> & ask about shifts\nline 2")
        assert marks[DEV].note == "ünïcødé 🎓\tand a tab"
        # the earlier of the two dates added is kept
        assert marks[NURSE].added == min(later[1].added, source_added(data, NURSE))
        # importing the same file again adds nothing at all
        again = apply_import(ud, me, parse_profile(data, KNOWN))
        assert again.added_bookmarks == again.updated_notes == again.added_comparisons == []
        assert again.summary() == "Nothing new for Me; 5 already there."


# ------------------------------------------------------------------ the interest quiz

QUIZ = {"R-01": "like", "S-03": "dislike", "C-07": "unsure"}


def test_interest_quiz_travels_with_the_profile(tmp_path):
    with UserData.in_memory() as school:
        ana = fill(school)
        saved = school.save_interest_answers(ana, QUIZ, preparation=4, completed=True)
        done = export_profile(school, ana, tmp_path / "ana.json")
    assert done.interests
    written = json.loads((tmp_path / "ana.json").read_text())
    assert written["version"] == 1  # an optional key: older readers ignore it
    assert written["interests"] == {"answers": dict(sorted(QUIZ.items())), "preparation": 4,
                                    "completed": True, "updated": stamp(saved.updated)}
    with UserData.in_memory() as home:
        me = home.ensure_profile("Ana")
        report = import_profile(home, me, tmp_path / "ana.json", KNOWN)
        assert report.interests == "added"
        assert home.interest_answers(me) == saved
        assert report.summary() == ("Added 3 bookmarks and 2 saved comparisons to Ana; "
                                    "added the interest quiz results.")
        again = import_profile(home, me, tmp_path / "ana.json", KNOWN)
        assert again.interests == "kept"
        assert again.summary() == ("Nothing new for Ana; kept this profile's interest quiz "
                                   "results (the file's are not newer); 5 already there.")


def test_the_newer_interest_quiz_wins_a_merge():
    older = document(interests={"answers": {"R-01": "like"}, "preparation": None,
                                "completed": True, "updated": "2025-01-05T00:00:00+00:00"})
    newer = document(interests={"answers": {"S-01": "like"}, "preparation": 2,
                                "completed": False, "updated": "2025-02-05T00:00:00+00:00"})
    with UserData.in_memory() as ud:
        me = ud.ensure_profile("Me")
        assert apply_import(ud, me, parse_profile(encode(older), KNOWN)).interests == "added"
        report = apply_import(ud, me, parse_profile(encode(newer), KNOWN))
        assert report.interests == "replaced"
        assert report.summary() == ("Replaced the interest quiz results with the newer ones "
                                    "from the file; 2 already there.")
        kept = ud.interest_answers(me)
        assert kept and kept.answers == {"S-01": "like"} and kept.preparation == 2
        assert not kept.completed  # a quiz stopped halfway travels as it is
        report = apply_import(ud, me, parse_profile(encode(older), KNOWN))
        assert report.interests == "kept"
        assert ud.interest_answers(me) == kept
        # this computer's own answers, saved now, are newer than any file
        mine = ud.save_interest_answers(me, {"E-01": "like"})
        assert apply_import(ud, me, parse_profile(encode(newer), KNOWN)).interests == "kept"
        assert ud.interest_answers(me) == mine


def test_files_without_interest_results_leave_the_profile_s_alone():
    with UserData.in_memory() as ud:
        me = ud.ensure_profile("Me")
        mine = ud.save_interest_answers(me, {"E-01": "like"})
        for doc in (document(), document(interests=None)):
            report = apply_import(ud, me, parse_profile(encode(doc), KNOWN))
            assert report.interests is None and "interest" not in report.summary()
        assert ud.interest_answers(me) == mine


@pytest.mark.parametrize(("entry", "reason"), [
    ("yes", "not an interest quiz entry"),
    ({"answers": {"R-01": "love"}, "updated": "2025-01-05T00:00:00Z"},
     "the answer to R-01 must be like, unsure or dislike"),
    ({"answers": {"DROP TABLE": "like"}, "updated": "2025-01-05T00:00:00Z"},
     "is not a quiz question id"),
    ({"answers": {"R-01": "like"}, "preparation": 9, "updated": "2025-01-05T00:00:00Z"},
     "job zone from 1 to 5"),
    ({"answers": {"R-01": "like"}, "completed": "yes", "updated": "2025-01-05T00:00:00Z"},
     "is not true or false"),
    ({"answers": {"R-01": "like"}}, "the date saved is not a date"),
    ({"answers": {"R-01": "like"}, "updated": "2999-01-01T00:00:00Z"}, "out of range"),
    ({"answers": [], "updated": "2025-01-05T00:00:00Z"}, "must map question ids"),
])
def test_bad_interest_results_are_skipped_the_rest_imported(entry, reason):
    with UserData.in_memory() as ud:
        me = ud.ensure_profile("Me")
        report = apply_import(ud, me, parse_profile(encode(document(interests=entry)), KNOWN))
        assert report.interests is None and ud.interest_answers(me) is None
        assert len(report.skipped_interests) == 1
        assert report.skipped_interests[0].startswith("the interest quiz results: ")
        assert reason in report.skipped_interests[0]
        assert report.added_bookmarks == [NURSE]  # the rest of the file is imported
        assert report.summary().endswith("skipped 1 entry.")


def source_added(data: bytes, code: str) -> datetime:
    entry = next(b for b in json.loads(data)["bookmarks"] if b["code"] == code)
    return datetime.fromisoformat(entry["added"])


def test_merged_note_that_would_be_too_long_is_reported_not_cut():
    with UserData.in_memory() as ud:
        me = ud.ensure_profile("Me")
        ud.add_bookmark(me, NURSE)
        ud.set_note(me, NURSE, "m" * (NOTE_MAX - 2))
        report = apply_import(ud, me, parse_profile(encode(document(comparisons=[])), KNOWN))
        assert report.updated_notes == [] and "would pass 10,000" in report.warnings[0]
        assert ud.bookmarks(me)[0].note == "m" * (NOTE_MAX - 2)


def test_a_failure_half_way_changes_nothing(monkeypatch):
    with UserData.in_memory() as source:
        data = export_bytes(source, fill(source))
    with UserData.in_memory() as ud:
        me = ud.ensure_profile("Me")
        ud.add_bookmark(me, CEO)
        before = snapshot(ud)

        def disk_full(*args: object) -> None:
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = 13  # type: ignore[attr-defined]
            raise error

        monkeypatch.setattr(UserData, "_merge_comparison", disk_full)
        with pytest.raises(UserDataError, match="disk is full"):
            apply_import(ud, me, parse_profile(data, KNOWN))
        assert snapshot(ud) == before
        monkeypatch.undo()
        monkeypatch.setattr(userdata, "MAX_BOOKMARKS", 2)  # the profile would overflow
        with pytest.raises(ProfileFileError, match="nothing was imported: .*at most 2"):
            apply_import(ud, me, parse_profile(data, KNOWN))
        assert snapshot(ud) == before


# ------------------------------------------------------------------ whole-file problems

def _deep(levels: int) -> bytes:
    return b"[" * levels + b"]" * levels


WHOLE_FILE = [
    ("not json", b"<html><body>hello</body></html>", "damaged or incomplete"),
    ("empty", b"", "is empty"),
    ("blank", b"  \n\t ", "is empty"),
    ("not utf-8", b"\xff\xfe\x00\x01binary", "not UTF-8"),
    ("a list", encode([document()]), "not a CareerDesk profile file"),
    ("other format", encode(document(format="something-else")), "not a CareerDesk profile"),
    ("no version", encode({k: v for k, v in document().items() if k != "version"}),
     "no valid format version"),
    ("version text", encode(document(version="1")), "no valid format version"),
    ("version 0", encode(document(version=0)), "no valid format version"),
    ("version true", encode(document(version=True)), "no valid format version"),
    ("newer version", encode(document(version=2)), "newer CareerDesk .*version 2"),
    ("no bookmarks", encode({k: v for k, v in document().items() if k != "bookmarks"}),
     "no list of bookmarks"),
    ("bookmarks not a list", encode(document(bookmarks={"code": NURSE})),
     "no list of bookmarks"),
    ("comparisons not a list", encode(document(comparisons="x")), "no list of comparisons"),
    ("too many bookmarks", encode(document(bookmarks=[{}] * (userdata.MAX_BOOKMARKS + 1))),
     "holds 5,001 bookmarks"),
    ("too many comparisons",
     encode(document(comparisons=[{}] * (userdata.MAX_COMPARISONS + 1))), "comparisons"),
    ("truncated", encode(document())[:-30], "damaged or incomplete"),
    ("nested too deeply", _deep(100_000), "nested too deeply"),
    ("repeated key", b'{"format": "careerdesk-profile", "format": "x", "version": 1}',
     "repeated"),
    ("NaN", encode(document()).replace(b'"version": 1', b'"version": NaN'), "NaN"),
    ("huge integer", encode(document()).replace(b'"version": 1', b'"version": ' + b"9" * 5000),
     "not a CareerDesk profile file"),
]


@pytest.mark.parametrize("data, problem", [(d, p) for _, d, p in WHOLE_FILE],
                         ids=[name for name, _, _ in WHOLE_FILE])
def test_whole_file_problems_change_nothing(data, problem, tmp_path):
    path = tmp_path / "profile.json"
    path.write_bytes(data)
    with UserData.in_memory() as ud:
        me = ud.ensure_profile("Me")
        ud.add_bookmark(me, CEO)
        before = snapshot(ud)
        with pytest.raises(ProfileFileError, match=problem) as caught:
            import_profile(ud, me, path, KNOWN)
        assert "\n" not in str(caught.value) and len(str(caught.value)) < 300
        assert snapshot(ud) == before


def test_huge_files_are_refused_before_reading(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with UserData.in_memory() as ud:
        with pytest.raises(ProfileFileError, match="too large"):
            import_profile(ud, ud.ensure_profile("Me"), path)
    with pytest.raises(ProfileFileError, match="too large"):
        parse_profile(b" " * (MAX_FILE_BYTES + 1))


def test_file_problems_reading_and_writing(tmp_path):
    with UserData.in_memory() as ud:
        me = ud.ensure_profile("Me")
        with pytest.raises(ProfileFileError, match="cannot read .*no such file"):
            import_profile(ud, me, tmp_path / "missing.json")
        with pytest.raises(ProfileFileError, match="is a folder"):
            import_profile(ud, me, tmp_path)
        with pytest.raises(ProfileFileError, match="is a folder"):
            export_profile(ud, me, tmp_path)
        with pytest.raises(ProfileFileError, match="cannot write .*folder .* does not exist"):
            export_profile(ud, me, tmp_path / "missing" / "f.json")
        (tmp_path / "old.json").write_text("previous")
        export_profile(ud, me, tmp_path / "old.json")  # replaced whole
        assert json.loads((tmp_path / "old.json").read_text())["format"] == FORMAT


def test_export_on_a_full_disk_keeps_the_old_file(tmp_path, monkeypatch):
    import errno
    import os

    from careerdesk import file_output

    def full(*_args: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    target = tmp_path / "ana.json"
    target.write_text("the export from last week")
    with UserData.in_memory() as ud:
        me = fill(ud)
        monkeypatch.setattr(file_output.os, "write", full)
        with pytest.raises(ProfileFileError) as raised:
            export_profile(ud, me, target)
    assert str(raised.value) == f"cannot write {target}: the disk is full"
    assert target.read_text() == "the export from last week"
    assert [p.name for p in tmp_path.iterdir()] == ["ana.json"]


def test_utf8_byte_order_mark_is_accepted():
    with UserData.in_memory() as ud:
        report = apply_import(ud, ud.ensure_profile("Me"),
                              parse_profile(b"\xef\xbb\xbf" + encode(document()), KNOWN))
        assert report.added_bookmarks == [NURSE]


# ------------------------------------------------------------------ entry problems

def test_bad_entries_are_skipped_and_reported_the_rest_imported():
    good = {"code": SECRETARY, "added": "2025-01-02T03:04:05Z", "note": ""}
    bookmarks = [
        good,
        {"code": "99-9999.00", "added": "2025-01-02T03:04:05Z"},  # unknown career
        {"code": "<script>", "added": "2025-01-02T03:04:05Z"},  # not a code
        {"code": NURSE, "added": "yesterday"},  # bad date
        {"code": NURSE, "added": "2999-01-01T00:00:00Z"},  # future
        {"code": NURSE, "added": "1999-01-01T00:00:00Z"},  # before CareerDesk
        dict(good, note="again"),  # listed twice
        {"code": DEV, "added": "2025-01-02T03:04:05Z", "note": "x" * (NOTE_MAX + 1)},
        {"code": QA, "added": "2025-01-02T03:04:05Z", "note": ["not", "text"]},
        "just a string",
        {"code": CEO, "added": "2025-01-02T03:04:05", "note": None,
         "note_updated": "garbage"},  # naive time: UTC; a bad optional field is ignored
    ]
    comparisons = [
        {"name": "Fine", "codes": [NURSE, DEV], "saved": "2025-01-01T00:00:00Z"},
        {"name": "One", "codes": [NURSE], "saved": "2025-01-01T00:00:00Z"},
        {"name": "Five", "codes": [NURSE, DEV, QA, CEO, SECRETARY],
         "saved": "2025-01-01T00:00:00Z"},
        {"name": "Gone", "codes": [NURSE, "99-9999.00"], "saved": "2025-01-01T00:00:00Z"},
        {"name": "", "codes": [NURSE, DEV], "saved": "2025-01-01T00:00:00Z"},
        {"name": "No date", "codes": [NURSE, DEV]},
        {"name": "Codes text", "codes": "29-1141.00", "saved": "2025-01-01T00:00:00Z"},
        {"name": "Fine", "codes": [NURSE, DEV], "saved": "2025-01-01T00:00:00Z"},  # twice
        {"name": "Odd sections", "codes": [QA, DEV], "sections": ["pay", "<b>x</b>"],
         "saved": "2025-01-01T00:00:00Z"},
        {"name": "Bad sections", "codes": [QA, DEV], "sections": "pay",
         "saved": "2025-01-01T00:00:00Z"},
        {"name": "Long state", "codes": [QA, DEV], "state": "s" * 200,
         "saved": "2025-01-01T00:00:00Z"},
    ]
    with UserData.in_memory() as ud:
        me = ud.ensure_profile("Me")
        parsed = parse_profile(encode(document(bookmarks=bookmarks, comparisons=comparisons)),
                               KNOWN)
        report = apply_import(ud, me, parsed)
        assert report.added_bookmarks == [SECRETARY, CEO]
        assert len(report.skipped_bookmarks) == len(bookmarks) - 2
        reasons = "\n".join(report.skipped_bookmarks)
        for expected in ("not in this computer's careers database", "no valid career code",
                         "not a date", "out of range", "listed twice",
                         "longer than 10,000", "not text", "not a bookmark entry"):
            assert expected in reasons
        assert report.added_comparisons == ["Fine", "Odd sections"]
        assert len(report.skipped_comparisons) == len(comparisons) - 2
        assert any("unknown sections left out" in w for w in report.warnings)
        (odd,) = [c for c in ud.comparisons(me) if c.name == "Odd sections"]
        assert odd.sections == ["pay"]
        ceo = next(b for b in ud.bookmarks(me) if b.code == CEO)
        assert ceo.added == datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC) and ceo.note == ""


def test_hostile_text_stays_text():
    hostile = ('<img src=x onerror="alert(1)"> <a href="javascript:x">click</a>'
               "\x00\x1b[2J\x07 bell\u202eevil\r\nnext")
    comparison = {"name": "<b>Bold</b>\x00 name", "codes": [NURSE, DEV],
                  "prepared_for": "<i>me</i>", "saved": "2025-01-01T00:00:00Z"}
    data = encode(document(bookmarks=[{"code": NURSE, "added": "2025-01-01T00:00:00Z",
                                       "note": hostile}], comparisons=[comparison]))
    with UserData.in_memory() as ud:
        me = ud.ensure_profile("Me")
        report = apply_import(ud, me, parse_profile(data, KNOWN))
        note = ud.bookmarks(me)[0].note
        assert note == ('<img src=x onerror="alert(1)"> <a href="javascript:x">click</a>'
                        "[2J bell\u202eevil\nnext")
        assert report.warnings == [f"{NURSE}: control characters were removed from the note"]
        (saved,) = ud.comparisons(me)
        assert (saved.name, saved.prepared_for) == ("<b>Bold</b> name", "<i>me</i>")


def test_lone_surrogates_in_the_file_do_not_break_saving():
    data = encode(document(bookmarks=[{"code": NURSE, "added": "2025-01-01T00:00:00Z",
                                       "note": "a\ud800b"}]))
    with UserData.in_memory() as ud:
        me = ud.ensure_profile("Me")
        apply_import(ud, me, parse_profile(data, KNOWN))
        assert ud.bookmarks(me)[0].note == "ab"


# ------------------------------------------------------------------ fuzzing

def _base_document() -> dict[str, Any]:
    with UserData.in_memory() as ud:
        ana = fill(ud)
        ud.add_bookmark(ana, QA)
        ud.save_interest_answers(ana, {"R-01": "like", "I-01": "unsure", "A-01": "dislike"},
                                 preparation=3)
        return profile_document(ud, ana)


BASE = _base_document()
BASE_BYTES = json.dumps(BASE, indent=2, ensure_ascii=False).encode()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(max_size=30) | st.sampled_from([NURSE, "99-9999.00", "2025-01-01T00:00:00Z",
                                              "pay", FORMAT, 1, 2]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["code", "added", "note", "name", "codes", "saved", "x"]) | st.text(
            max_size=8), inner, max_size=4),
    max_leaves=12)


def _places(node: Any, found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    items = node.items() if isinstance(node, dict) else enumerate(node) \
        if isinstance(node, list) else ()
    for key, value in list(items):
        found.append((node, key))
        _places(value, found)
    return found


@st.composite
def mutated_documents(draw: st.DrawFn) -> bytes:
    doc = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 4))):
        places = _places(doc, [])
        if not places:
            break
        container, key = draw(st.sampled_from(places))
        action = draw(st.sampled_from(["delete", "replace", "duplicate", "retype", "grow"]))
        if action == "delete":
            del container[key]
        elif action == "replace":
            container[key] = draw(json_values)
        elif action == "duplicate" and isinstance(container, list):
            container.insert(key, copy.deepcopy(container[key]))
        elif action == "retype":
            value = container[key]
            container[key] = [value] if not isinstance(value, list) else json.dumps(value)
        elif action == "grow" and isinstance(container[key], str):
            # capped: growing the same string again multiplies it (4 x 3000-fold ran out of
            # memory); 50,000 characters is still five times the longest note
            container[key] = (container[key] * draw(st.integers(2, 3000)))[:50_000]
    return json.dumps(doc, ensure_ascii=draw(st.booleans())).encode()


@st.composite
def mutated_bytes(draw: st.DrawFn) -> bytes:
    data = bytearray(BASE_BYTES)
    for _ in range(draw(st.integers(1, 5))):
        action = draw(st.sampled_from(["truncate", "flip", "insert", "delete"]))
        where = draw(st.integers(0, max(len(data) - 1, 0)))
        if action == "truncate":
            del data[where:]
        elif action == "flip" and data:
            data[where] = draw(st.integers(0, 255))
        elif action == "insert":
            data[where:where] = draw(st.binary(min_size=1, max_size=8)
                                     | st.sampled_from([b"\x00", b'"', b"{", b"]", b",",
                                                        b"\\u0000", b"\\ud800", b"\xc3"]))
        elif action == "delete":
            del data[where:where + draw(st.integers(1, 40))]
    return bytes(data)


def _check_import(data: bytes) -> None:
    with UserData.in_memory() as ud:
        me = ud.ensure_profile("Me")
        ud.add_bookmark(me, NURSE)
        ud.set_note(me, NURSE, "mine")
        ud.save_comparison(me, "Health", [NURSE, DEV])
        before = snapshot(ud)
        codes_before = ud.bookmarked_codes(me)
        try:
            report = apply_import(ud, me, parse_profile(data, KNOWN))
        except ProfileFileError as exc:
            assert "\n" not in str(exc)
            assert snapshot(ud) == before  # a rejected file changes nothing
            return
        document = json.loads(data.decode("utf-8-sig"))
        assert len(report.added_bookmarks) + len(report.already_bookmarked) \
            + len(report.skipped_bookmarks) == len(document["bookmarks"])
        assert len(report.added_comparisons) + len(report.unchanged_comparisons) \
            + len(report.skipped_comparisons) == len(document["comparisons"])
        codes_after = ud.bookmarked_codes(me)
        assert codes_after == codes_before | set(report.added_bookmarks)
        assert not codes_before & set(report.added_bookmarks)
        assert codes_after <= KNOWN
        names = [c.name for c in ud.comparisons(me)]
        assert len(names) == len({n.casefold() for n in names}) == 1 + len(
            report.added_comparisons)
        for mark in ud.bookmarks(me):
            assert len(mark.note) <= NOTE_MAX
            assert all(ch in "\n\t" or ord(ch) >= 32 for ch in mark.note)
        quiz = ud.interest_answers(me)
        assert (quiz is None) == (report.interests is None)
        if quiz is not None:  # what was saved passes the same checks as the app's own saves
            assert userdata.check_interest_answers(quiz.answers, quiz.preparation) == (
                quiz.answers, quiz.preparation)


FUZZ = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(mutated_documents())
def test_fuzz_importer_with_mutated_documents(data):
    _check_import(data)


@FUZZ
@given(mutated_bytes())
def test_fuzz_importer_with_mutated_bytes(data):
    _check_import(data)


@settings(max_examples=100, deadline=None)
@given(json_values)
def test_fuzz_importer_with_arbitrary_json(value):
    _check_import(json.dumps(value).encode())
    _check_import(encode(document(bookmarks=[value], comparisons=[value])))


def test_read_profile_file_is_the_same_check(tmp_path):
    path = Path(tmp_path / "p.json")
    path.write_bytes(BASE_BYTES)
    assert read_profile_file(path, KNOWN) == parse_profile(BASE_BYTES, KNOWN, name="p.json")
    assert transfer.FORMAT_VERSION == 1


def test_the_size_limit_is_told_as_the_docs_tell_it(tmp_path):
    # issue 13 item 12: the message said "17 MB" (16 MiB in millions of bytes), the docs 16 MiB
    path = tmp_path / "big.json"
    path.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(ProfileFileError, match=r"\(at most 16 MB\)$"):
        read_profile_file(path)
