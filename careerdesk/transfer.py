"""Carry a profile to another computer: export to one JSON file, import it back (no Qt).

The format, its limits and its versioning rules are documented in docs/user-data-format.md.

Importing follows two rules:

* a problem with the whole file (not JSON, not a CareerDesk profile file, a newer format
  version, over the size or entry caps, cut short) raises ``ProfileFileError`` and changes
  nothing;
* a problem with one entry (unknown or malformed career code, bad date, listed twice, note
  too long) skips that entry and the report says why. Everything accepted is merged in ONE
  transaction (``UserData.merge``), so an import is never half done.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from careerdesk import __version__
from careerdesk.comparison import SECTION_KEYS
from careerdesk.file_output import OutputError, write_file
from careerdesk.i18n import translate
from careerdesk.userdata import (
    MAX_BOOKMARKS,
    MAX_COMPARISONS,
    NOTE_MAX,
    Bookmark,
    InterestRecord,
    InvalidInput,
    Profile,
    SavedComparison,
    UserData,
    check_code,
    check_comparison_codes,
    check_comparison_name,
    check_interest_answers,
    check_optional_text,
    check_sections,
    clean_text,
    now,
)
from careerdesk.userdata_file import stamp, why

FORMAT = "careerdesk-profile"
FORMAT_VERSION = 1
MIB = 1024 * 1024  # sizes are told in MB of 1,048,576 bytes, as the format's docs do
MAX_FILE_BYTES = 16 * MIB
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)

# Readers for older versions: UPGRADES[n] turns a version-n document into version n + 1.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class ProfileFileError(Exception):
    """The file as a whole cannot be read or written; nothing was changed. One line."""


@dataclass
class ProfileFile:
    """A checked profile file: the entries to merge, and what was left out and why."""

    version: int
    profile: str | None
    exported: datetime | None
    app_version: str | None
    bookmarks: list[Bookmark] = field(default_factory=list)
    comparisons: list[SavedComparison] = field(default_factory=list)
    skipped_bookmarks: list[str] = field(default_factory=list)
    skipped_comparisons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    interests: InterestRecord | None = None  # the interest quiz, when the file has one
    skipped_interests: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    """What an import added, what was already there, and what it skipped (with reasons)."""

    profile: str
    file_profile: str | None = None
    added_bookmarks: list[str] = field(default_factory=list)
    already_bookmarked: list[str] = field(default_factory=list)
    updated_notes: list[str] = field(default_factory=list)
    added_comparisons: list[str] = field(default_factory=list)
    unchanged_comparisons: list[str] = field(default_factory=list)
    skipped_bookmarks: list[str] = field(default_factory=list)
    skipped_comparisons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The interest quiz: "added", "replaced" (the file's was newer), "kept" (the profile's
    # was as new or newer), or None (the file had none to import).
    interests: str | None = None
    skipped_interests: list[str] = field(default_factory=list)

    @property
    def skipped(self) -> list[str]:
        return self.skipped_bookmarks + self.skipped_comparisons + self.skipped_interests

    def summary(self) -> str:
        """One sentence for a message box or the command line."""
        quiz = {
            "added": translate("Transfer", "added the interest quiz results"),
            "replaced": translate("Transfer", "replaced the interest quiz results with the "
                                  "newer ones from the file"),
            "kept": translate("Transfer", "kept this profile's interest quiz results (the "
                              "file's are not newer)"),
        }
        if self.added_bookmarks or self.added_comparisons:
            bookmarks = _count(len(self.added_bookmarks), translate("Transfer", "{count} bookmark"),
                               translate("Transfer", "{count} bookmarks"))
            comparisons = _count(len(self.added_comparisons),
                                 translate("Transfer", "{count} saved comparison"),
                                 translate("Transfer", "{count} saved comparisons"))
            parts = [translate("Transfer", "added {bookmarks} and {comparisons} to {profile}")
                     .format(bookmarks=bookmarks, comparisons=comparisons, profile=self.profile)]
        elif self.interests in ("added", "replaced"):
            parts = []
        else:
            parts = [translate("Transfer", "nothing new for {profile}").format(
                profile=self.profile)]
        if self.interests in quiz:
            parts.append(quiz[self.interests])
        if self.updated_notes:
            parts.append(_count(len(self.updated_notes),
                                translate("Transfer", "added to {count} note"),
                                translate("Transfer", "added to {count} notes")))
        same = len(self.already_bookmarked) - len(self.updated_notes) \
            + len(self.unchanged_comparisons)
        if same:
            parts.append(translate("Transfer", "{count} already there").format(count=same))
        if self.skipped:
            parts.append(_count(len(self.skipped), translate("Transfer", "skipped {count} entry"),
                                translate("Transfer", "skipped {count} entries")))
        text = translate("Transfer", "; ").join(parts)
        return text[0].upper() + text[1:] + "."


@dataclass(frozen=True)
class Exported:
    """Where an export went and what it holds."""

    path: Path
    bookmarks: int
    comparisons: int
    size: int
    interests: bool = False  # the file carries the profile's interest quiz


def _count(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (translated texts with a ``{count}`` field) filled with ``n``."""
    return (one if n == 1 else many).format(count=n)


# ------------------------------------------------------------------ export

def profile_document(userdata: UserData, profile: Profile) -> dict[str, Any]:
    """The profile as the JSON document of docs/user-data-format.md."""
    marks = sorted(userdata.bookmarks(profile, sort="code"), key=lambda b: b.added)
    bookmarks: list[dict[str, Any]] = []
    for mark in marks:
        entry: dict[str, Any] = {"code": mark.code, "added": stamp(mark.added),
                                 "note": mark.note}
        if mark.note_updated is not None:
            entry["note_updated"] = stamp(mark.note_updated)
        bookmarks.append(entry)
    comparisons = [{"name": c.name, "codes": c.codes, "state": c.state, "sections": c.sections,
                    "prepared_for": c.prepared_for, "saved": stamp(c.saved)}
                   for c in sorted(userdata.comparisons(profile), key=lambda c: c.saved)]
    document: dict[str, Any] = {
        "format": FORMAT, "version": FORMAT_VERSION, "exported": stamp(now()),
        "app_version": __version__, "profile": profile.name,
        "bookmarks": bookmarks, "comparisons": comparisons}
    quiz = userdata.interest_answers(profile)
    if quiz is not None:
        document["interests"] = {"answers": quiz.answers, "preparation": quiz.preparation,
                                 "completed": quiz.completed, "updated": stamp(quiz.updated)}
    return document


def export_profile(userdata: UserData, profile: Profile, path: Path | str) -> Exported:
    """Write the profile to ``path`` (``careerdesk.file_output.write_file``: a synced temporary
    file renamed into place, never half a file; a device or FIFO is refused)."""
    path = Path(path)
    document = profile_document(userdata, profile)
    data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if len(data) > MAX_FILE_BYTES:
        raise ProfileFileError(translate(
            "Transfer", "the profile is too large to export in one file ({size} MB; at most "
            "{limit} MB)").format(size=f"{len(data) / MIB:.1f}",
                                  limit=f"{MAX_FILE_BYTES // MIB}"))
    try:
        write_file(path, data)  # all or nothing, private (0600); never over a device
    except OutputError as exc:
        raise ProfileFileError(str(exc)) from None
    return Exported(path, len(document["bookmarks"]), len(document["comparisons"]), len(data),
                    "interests" in document)


# ------------------------------------------------------------------ reading and checking

def read_profile_file(path: Path | str, known_codes: Collection[str] | None = None
                      ) -> ProfileFile:
    """Read and check a file without touching any user data (for a preview, then import)."""
    path = Path(path)
    try:
        with open(path, "rb") as source:
            if os.fstat(source.fileno()).st_size > MAX_FILE_BYTES:
                raise ProfileFileError(_too_big(path))
            data = source.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise ProfileFileError(translate("Transfer", "{file} is a folder, not a profile file")
                               .format(file=path)) from None
    except OSError as exc:
        raise ProfileFileError(translate("Transfer", "cannot read {file}: {reason}").format(
            file=path, reason=why(exc))) from None
    if len(data) > MAX_FILE_BYTES:
        raise ProfileFileError(_too_big(path))
    return parse_profile(data, known_codes, name=path.name)


def _too_big(path: Path) -> str:
    return translate("Transfer", "{file} is too large for a CareerDesk profile file (at most "
                     "{limit} MB)").format(file=path.name, limit=f"{MAX_FILE_BYTES // MIB}")


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError(translate("Transfer", "a key is repeated inside one object"))
    return result


def _no_constant(name: str) -> None:
    raise ValueError(translate("Transfer", "{name} is not allowed").format(name=name))


def parse_profile(data: bytes, known_codes: Collection[str] | None = None,
                  name: str | None = None) -> ProfileFile:
    """Check a profile file's bytes; entries with careers outside ``known_codes`` skip.

    ``name`` names the file in the messages (default: "the file")."""
    if name is None:
        name = translate("Transfer", "the file")
    if len(data) > MAX_FILE_BYTES:
        raise ProfileFileError(translate(
            "Transfer", "{file} is too large for a CareerDesk profile file").format(file=name))
    not_ours = translate("Transfer", "{file} is not a CareerDesk profile file").format(file=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProfileFileError(translate("Transfer", "{problem} (it is not UTF-8 text)")
                               .format(problem=not_ours)) from None
    if not text.strip():
        raise ProfileFileError(translate("Transfer", "{file} is empty").format(file=name))
    try:
        document = json.loads(text, object_pairs_hook=_no_repeated_keys,
                              parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ProfileFileError(translate(
            "Transfer", "{file} is damaged or incomplete (it stops being valid JSON at line "
            "{line}, column {column})").format(file=name, line=exc.lineno, column=exc.colno)
        ) from None
    except RecursionError:
        raise ProfileFileError(translate("Transfer", "{problem} (it is nested too deeply)")
                               .format(problem=not_ours)) from None
    except ValueError as exc:
        raise ProfileFileError(translate("Transfer", "{problem} ({reason})").format(
            problem=not_ours, reason=str(exc)[:80])) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ProfileFileError(not_ours)
    version = document.get("version")
    if type(version) is not int or version < 1:
        raise ProfileFileError(translate("Transfer", "{file} has no valid format version")
                               .format(file=name))
    if version > FORMAT_VERSION:
        raise ProfileFileError(translate(
            "Transfer", "{file} was made by a newer CareerDesk (format version {version}); "
            "this CareerDesk reads up to version {supported}, so update it first").format(
                file=name, version=version, supported=FORMAT_VERSION))
    for older in range(version, FORMAT_VERSION):
        document = UPGRADES[older](document)
    return _check_document(document, version, known_codes, name)


def _check_document(document: dict[str, Any], version: int,
                    known: Collection[str] | None, name: str) -> ProfileFile:
    lists = {}
    checks = (
        ("bookmarks", MAX_BOOKMARKS, translate("Transfer", "{file} has no list of bookmarks"),
         translate("Transfer", "{file} holds {count} bookmarks; a profile holds at most "
                   "{limit}")),
        ("comparisons", MAX_COMPARISONS,
         translate("Transfer", "{file} has no list of comparisons"),
         translate("Transfer", "{file} holds {count} comparisons; a profile holds at most "
                   "{limit}")))
    for key, cap, no_list, too_many in checks:
        entries = document.get(key)
        if not isinstance(entries, list):
            raise ProfileFileError(no_list.format(file=name))
        if len(entries) > cap:
            raise ProfileFileError(too_many.format(file=name, count=f"{len(entries):,}",
                                                   limit=f"{cap:,}"))
        lists[key] = entries
    try:
        exported: datetime | None = _date(document.get("exported"), "exported")
    except _Skip:
        exported = None  # informative only
    result = ProfileFile(version, _label(document.get("profile"), 40), exported,
                         _label(document.get("app_version"), 40))
    seen: set[str] = set()
    skipped_bookmark = translate("Transfer", "bookmark {index}{which}: {reason}")
    for index, entry in enumerate(lists["bookmarks"], start=1):
        try:
            result.bookmarks.append(_bookmark(entry, known, seen, result.warnings))
        except _Skip as skip:
            result.skipped_bookmarks.append(skipped_bookmark.format(
                index=index, which=_which(entry, "code"), reason=skip))
    contents: set[str] = set()
    skipped_comparison = translate("Transfer", "comparison {index}{which}: {reason}")
    for index, entry in enumerate(lists["comparisons"], start=1):
        try:
            result.comparisons.append(_comparison(entry, known, contents, result.warnings))
        except _Skip as skip:
            result.skipped_comparisons.append(skipped_comparison.format(
                index=index, which=_which(entry, "name"), reason=skip))
    if document.get("interests") is not None:
        try:
            result.interests = _interests(document["interests"])
        except _Skip as skip:
            result.skipped_interests.append(translate(
                "Transfer", "the interest quiz results: {reason}").format(reason=skip))
    return result


class _Skip(Exception):
    """This entry is left out; the message says why."""


def _which(entry: object, key: str) -> str:
    value = entry.get(key) if isinstance(entry, dict) else None
    if not isinstance(value, str):
        return ""
    shown = clean_text(value, keep_newlines=False)
    return f" ({shown[:40]}{'…' if len(shown) > 40 else ''})"


def _label(value: object, limit: int) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(clean_text(value, keep_newlines=False).split())
    return value[:limit] or None


def _date(value: object, what: str) -> datetime:
    """The date in ``value``; ``what`` (a translated name of the field) is for the reason."""
    if not isinstance(value, str) or len(value) > 40:
        raise _Skip(translate("Transfer", "{what} is not a date").format(what=what))
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        moment = moment.astimezone(UTC)
    except (ValueError, OverflowError):
        raise _Skip(translate("Transfer", "{what} is not a date").format(what=what)) from None
    if not EARLIEST <= moment <= now() + timedelta(days=1):
        raise _Skip(translate("Transfer", "{what} is out of range").format(what=what))
    return moment


def _note(value: object, label: str, warnings: list[str]) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _Skip(translate("Transfer", "the note is not text"))
    typed = value.replace("\r\n", "\n").replace("\r", "\n")
    note = clean_text(typed)
    if note != typed:
        warnings.append(translate("Transfer", "{code}: control characters were removed from "
                                  "the note").format(code=label))
    if len(note) > NOTE_MAX:
        raise _Skip(translate("Transfer", "the note is longer than {limit} characters").format(
            limit=f"{NOTE_MAX:,}"))
    return note


def _bookmark(entry: object, known: Collection[str] | None, seen: set[str],
              warnings: list[str]) -> Bookmark:
    if not isinstance(entry, dict):
        raise _Skip(translate("Transfer", "not a bookmark entry"))
    try:
        code = check_code(entry.get("code"))
    except InvalidInput:
        raise _Skip(translate("Transfer", "no valid career code")) from None
    if known is not None and code not in known:
        raise _Skip(translate("Transfer",
                              "this career is not in this computer's careers database"))
    if code in seen:
        raise _Skip(translate("Transfer", "listed twice"))
    added = _date(entry.get("added"), translate("Transfer", "the date added"))
    note = _note(entry.get("note"), code, warnings)
    try:
        # A bad note date is dropped silently: its reason is never shown.
        updated = _date(entry["note_updated"], "") if entry.get("note_updated") else None
    except _Skip:
        updated = None
    seen.add(code)
    return Bookmark(code, added, note, updated if note else None)


def _comparison(entry: object, known: Collection[str] | None, contents: set[str],
                warnings: list[str]) -> SavedComparison:
    if not isinstance(entry, dict):
        raise _Skip(translate("Transfer", "not a comparison entry"))
    raw_sections = entry.get("sections")
    try:
        raw_name = entry.get("name")
        name = check_comparison_name(clean_text(raw_name, keep_newlines=False)
                                     if isinstance(raw_name, str) else raw_name)
        codes = entry.get("codes")
        if not isinstance(codes, list):
            raise InvalidInput(translate("Transfer", "no list of career codes"))
        codes = check_comparison_codes(codes)
        state = check_optional_text(entry.get("state"), translate("UserData", "state name"))
        prepared_for = check_optional_text(entry.get("prepared_for"),
                                           translate("UserData", "'prepared for' name"))
        if raw_sections is not None and not (
                isinstance(raw_sections, list) and all(isinstance(s, str) for s in raw_sections)):
            raise InvalidInput(translate("Transfer", "the sections are not a list of names"))
    except InvalidInput as exc:
        raise _Skip(str(exc)) from None
    unknown = [code for code in codes if known is not None and code not in known]
    if unknown:
        raise _Skip(translate("Transfer", "{code} is not in this computer's careers database")
                    .format(code=unknown[0]))
    sections = None
    if raw_sections is not None:
        dropped = [s for s in raw_sections if s not in SECTION_KEYS]
        if dropped:
            warnings.append(translate("Transfer", "comparison {name}: unknown sections left out")
                            .format(name=repr(name)))
        sections = check_sections([s for s in raw_sections if s in SECTION_KEYS])
    saved = _date(entry.get("saved"), translate("Transfer", "the date saved"))
    key = json.dumps([name.casefold(), codes, state, sections, prepared_for])
    if key in contents:
        raise _Skip(translate("Transfer", "listed twice"))
    contents.add(key)
    return SavedComparison(0, name, codes, state, sections, prepared_for, saved)


def _interests(entry: object) -> InterestRecord:
    if not isinstance(entry, dict):
        raise _Skip(translate("Transfer", "not an interest quiz entry"))
    completed = entry.get("completed", False)
    if not isinstance(completed, bool):
        raise _Skip(translate("Transfer", "\"completed\" is not true or false"))
    try:
        answers, preparation = check_interest_answers(entry.get("answers"),
                                                      entry.get("preparation"))
    except InvalidInput as exc:
        raise _Skip(str(exc)) from None
    updated = _date(entry.get("updated"), translate("Transfer", "the date saved"))
    return InterestRecord(answers, preparation, completed, updated)


# ------------------------------------------------------------------ import

def import_profile(userdata: UserData, profile: Profile | str, path: Path | str,
                   known_codes: Collection[str] | None = None) -> ImportReport:
    """Merge a profile file into ``profile`` (or a new profile of that name, made with the
    entries): all accepted entries, or nothing.

    Raises ``ProfileFileError`` (whole-file problem, nothing changed) or ``UserDataError``
    (cannot save, nothing changed).
    """
    return apply_import(userdata, profile, read_profile_file(path, known_codes))


def apply_import(userdata: UserData, profile: Profile | str,
                 parsed: ProfileFile) -> ImportReport:
    """Merge an already checked file (``read_profile_file``) into ``profile``."""
    try:
        merged = userdata.merge(profile, parsed.bookmarks, parsed.comparisons,
                                parsed.interests)
    except InvalidInput as exc:
        raise ProfileFileError(translate("Transfer", "nothing was imported: {reason}")
                               .format(reason=exc)) from None
    not_added = translate("Transfer", "{code}: the imported note was not added (the note "
                          "would pass {limit} characters)")
    warnings = list(parsed.warnings) + [
        not_added.format(code=code, limit=f"{NOTE_MAX:,}") for code in merged.notes_not_merged]
    assert merged.profile is not None
    return ImportReport(
        profile=merged.profile.name, file_profile=parsed.profile,
        added_bookmarks=merged.added_bookmarks, already_bookmarked=merged.already_bookmarked,
        updated_notes=merged.updated_notes, added_comparisons=merged.added_comparisons,
        unchanged_comparisons=merged.unchanged_comparisons,
        skipped_bookmarks=list(parsed.skipped_bookmarks),
        skipped_comparisons=list(parsed.skipped_comparisons), warnings=warnings,
        interests=merged.interests, skipped_interests=list(parsed.skipped_interests))
