"""No leaks, over every career of the shipped database: what the screen shows (the section
model and the quick facts), the command line's text and JSON, and the printed profile's
HTML never show Python's None as a value, a 0 for a figure BLS suppressed or rounded away,
an empty range, a "wider group" named like the career itself, or a bare "not available"
where the reason is known."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from html import unescape

import pytest

from careerdesk import printouts, profile, quick_facts, report, sections
from careerdesk.model import Career
from careerdesk.store import CareerStore
from tests.conftest import DB_PATH

NONE = re.compile(r"\bNone\b")
EMPTY_RANGE = re.compile(r"not available\s*[–-]\s*not available")
ZERO_FIGURE = re.compile(
    # (a replace-vs-assist index of exactly 0, every task rated T0, is a true zero)
    r"(?:: |\()\$?0(?:\.0+)?(?!\.?\d| on a scale)(?: a year| an hour|%| of 100)?"
    r"(?=[.,;)\s]|$)",
    re.MULTILINE)
ZERO_OPENINGS = re.compile(r"\b0 job openings")
OWN_GROUP = r"wider (?:BLS |job )?group [“\"']{title}[”\"']"


def _screen_texts(career: Career) -> list[str]:
    """Every string the section model and the quick facts give the window."""
    out: list[str] = []
    made = sections.profile(career)
    out += [made.title, made.identity, made.codes]
    for section in made.sections:
        out.append(section.full_heading())
        for b in section.blocks:
            out += [b.text, b.title, b.missing, *b.header]
            out += [cell for row in b.rows for cell in row]
            for f in b.facts:
                out.append(f.text())
                out += [f.explanation, f.source]
            for item in b.items:
                out += [item.text, item.value, item.rating, item.detail]
    for fact in quick_facts.quick_facts(career):
        out += [fact.text(), fact.explanation, fact.source]
    return [t for t in out if t]


def _json_strings(value: object, key: str = "") -> list[tuple[str, str]]:
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in _json_strings(v, k)]
    if isinstance(value, list):
        return [pair for v in value for pair in _json_strings(v, key)]
    return [(key, value)] if isinstance(value, str) else []


def _printout_text(career: Career, meta: dict[str, str]) -> str:
    block = report.sources_html(meta, report.sources_of([career]), date(2026, 1, 1), 7.0,
                                printouts.profile_notes(career))
    html = report.profile_html(career, sources_block=block)
    html = re.sub(r"<style>.*?</style>", " ", html, flags=re.DOTALL)
    return unescape(re.sub(r"<[^>]+>", " ", html))


def _leaks(career: Career, meta: dict[str, str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    views = {
        "screen": "\n".join(_screen_texts(career)),
        "text": profile.to_text(career, "attribution"),
        "print": _printout_text(career, meta),
    }
    for key, value in _json_strings(profile.to_dict(career)):
        if value == "None":
            found["json None"].append(key)
    json_text = json.dumps(profile.to_dict(career), ensure_ascii=False)
    own = re.compile(OWN_GROUP.format(title=re.escape(career.title)), re.IGNORECASE)
    for view, text in {**views, "json": json_text}.items():
        _text_leaks(view, text, own, found)
    _missing_reasons(career, views, found)
    return {kind: items for kind, items in found.items() if items}


def _text_leaks(view: str, text: str, own: re.Pattern[str],
                found: dict[str, list[str]]) -> None:
    """None, 0, empty ranges and a group named like the career, in one view's text."""
    flat = " ".join(text.split())
    if view != "json":
        found["None"] += [f"{view}: …{flat[max(0, m.start() - 60):m.end() + 20]}…"
                          for m in NONE.finditer(flat)]
        found["zero"] += [f"{view}: {m.group()!r}" for m in ZERO_FIGURE.finditer(text)]
        found["zero openings"] += [view for _ in ZERO_OPENINGS.finditer(flat)]
    found["empty range"] += [view for _ in EMPTY_RANGE.finditer(flat)]
    if own.search(flat.replace('\\"', '"')):
        found["own-title group"].append(view)
    if "SOC occupation" in flat and re.search(r"SOC occupation \S+ None", flat):
        found["SOC None"].append(view)


def _missing_reasons(career: Career, views: dict[str, str],
                     found: dict[str, list[str]]) -> None:
    """Where the reason a figure is missing is known, every view says it."""
    o, w, a = career.outlook, career.wages, career.ai
    if o is not None and o.annual_openings is not None and o.annual_openings < 50:
        for view in ("screen", "text", "print"):
            if not re.search(r"openings a year:? fewer than 50|fewer than 50 job openings a "
                             r"year", " ".join(views[view].split())):
                found["openings under 50"].append(view)
    if w is not None and w.median_annual is None and w.median_hourly is not None:
        hourly = f"${w.median_hourly:,.2f} an hour"
        for view in ("screen", "text", "print"):
            if hourly not in views[view]:
                found["hourly pay"].append(view)
    if a is not None and a.exposure is not None and a.human_index is None:
        for view in ("screen", "text", "print"):
            if "O*NET has not rated" not in views[view]:
                found["human strengths"].append(view)


@pytest.fixture(scope="module")
def store():
    with CareerStore(DB_PATH) as opened:
        yield opened


def test_no_career_leaks_a_missing_or_rounded_away_figure(store):
    leaks = {}
    for summary in store.careers():
        found = _leaks(store.career(summary.code), store.meta)
        if found:
            leaks[summary.code] = found
    assert len(store.careers()) == 1016
    assert not leaks, f"{len(leaks)} careers leak, for example " \
        f"{dict(list(leaks.items())[:5])}"
