"""Why each career matched: the hits a search ranked, as the ``SearchResult`` rows a
student sees ("title", "also called: ...", "task: ...", "matched 1 of 2 words · ..."), with
the task or activity that matched trimmed to the words searched.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from careerdesk.i18n import translate
from careerdesk.search.hits import KIND_MEANING, KIND_OVERSEES, Career, Hit, Names
from careerdesk.search.layout import (
    CAREER_SHIFT,
    ITEM_LIMIT,
    KIND_ACTIVITY,
    KIND_ALT,
    KIND_DESCRIPTION,
    KIND_SHORT,
    KIND_TASK,
    KIND_TECH,
    KIND_TITLE,
    kind_range,
)
from careerdesk.search.reads import Reads
from careerdesk.search.records import SearchResult
from careerdesk.search.text import WORD, words
from careerdesk.search.understanding import Term

if TYPE_CHECKING:
    from careerdesk.store import CareerStore

EXCERPT_CHARS = 60


def as_results(store: CareerStore, careers: list[Career], alt_titles: Names, reads: Reads,
               ranked: list[Hit], terms: list[Term],
               tech_names: Callable[[int, str], list[str]], said: int | None = None,
               read_as: dict[int, str] | None = None) -> list[SearchResult]:
    """The hits, in order, as the results a student sees, each saying why it matched;
    ``tech_names(career, code)``: the career's technology, as numbered in the index;
    ``said``: how many words the query said, when more than ``terms`` were searched for;
    ``read_as``: careers found beside what the words were read as, with what they were
    found as instead ("well-paid work with cars")."""
    total = max(said or 0, len(terms))
    tasks = _task_excerpts(store, careers, reads, [h for h in ranked if h.kind == KIND_TASK],
                           terms)
    activity_codes = sorted({careers[h.career].code for h in ranked
                             if h.kind == KIND_ACTIVITY})
    activities = store.activity_texts(
        activity_codes, {(careers[h.career].code, h.item) for h in ranked
                         if h.kind == KIND_ACTIVITY}) if activity_codes else {}
    meanings = ", ".join(label for t in terms if (label := concept_label(t)))
    results = []
    for hit in ranked:
        career = careers[hit.career]
        if hit.kind == KIND_ACTIVITY:
            why = translate("Search", "activity: {activity}").format(
                activity=_trim(activities.get(career.code, {}).get(hit.item, "")))
        elif hit.kind in (KIND_ALT, KIND_SHORT):
            why = translate("Search", "also called: {title}").format(
                title=_trim(alt_titles[hit.career][hit.item][0]))
        elif hit.kind == KIND_TECH:
            why = translate("Search", "technology: {name}").format(
                name=_trim(tech_names(hit.career, career.code)[hit.item]))
        elif hit.kind == KIND_TASK:
            why = translate("Search", "task: {task}").format(task=tasks.get(hit.career, ""))
        elif hit.kind == KIND_DESCRIPTION:
            why = translate("Search", "description")
        elif hit.kind == KIND_TITLE:
            why = translate("Search", "title")
        elif hit.kind == KIND_MEANING:
            why = translate("Search", "close in meaning to what you typed")
        elif hit.kind == KIND_OVERSEES:
            why = translate("Search", "supervises: {work}").format(
                work=_trim(careers[hit.item].figures.title))
        else:
            why = translate("Search", "code")
        meaning = (read_as or {}).get(hit.career, meanings)
        if meaning and hit.kind >= 0:  # what the student's words were read as
            why = translate("Search", "{why} · {meaning}").format(why=why, meaning=meaning)
        found = hit.words if hit.words is not None else len(terms)
        if hit.words is not None or found < total:  # no one name or text holds every word
            why = translate("Search", "matched {found} of {total} words · {why}").format(
                found=found, total=total, why=why)
            results.append(summary(career, why, hit.score, found, total))
        else:
            results.append(summary(career, why, hit.score))
    return results


def _task_excerpts(store: CareerStore, careers: list[Career], reads: Reads, hits: list[Hit],
                   terms: list[Term]) -> dict[int, str]:
    """Per career, the matching task that reads most like the query, trimmed to the match."""
    if not hits:
        return {}
    seqs = {h.career: [h.item] for h in hits}
    several = {h.career for h in hits if h.count > 1}  # several tasks match: read them all
    tasks = kind_range(KIND_TASK, KIND_TASK)[0]  # the first task rowid
    for match in sorted({h.match for h in hits if h.career in several}):
        rows = reads.rowids(match, (KIND_TASK, KIND_TASK))  # in order: a career's together
        for career in several:
            items = seqs[career]
            for value in rows[bisect_left(rows, tasks + (career << CAREER_SHIFT)):
                              bisect_left(rows, tasks + ((career + 1) << CAREER_SHIFT))]:
                if value & (ITEM_LIMIT - 1) not in items:
                    items.append(value & (ITEM_LIMIT - 1))
    wanted = {(careers[c].code, seq) for c, items in seqs.items() for seq in items}
    codes = sorted({code for code, _ in wanted})
    texts: dict[str, list[str]] = {}
    for code, by_seq in store.task_texts(codes, wanted).items():
        texts[code] = [text for seq, text in by_seq.items() if (code, seq) in wanted]
    stems = [tuple(w[:5] for w in (*t.whole, *t.prefixes)) for t in terms]
    flat = tuple(s for group in stems for s in group)
    return {c: _excerpt(_closest(texts[careers[c].code], stems), flat)
            for c in seqs if careers[c].code in texts}


def concept_label(term: Term) -> str | None:
    """What a term read as a concept was read as ("animals"); None for a word."""
    if term.interest and term.concept:
        return term.concept.split(":", 1)[1]
    return None


def _closest(texts: list[str], stems: list[tuple[str, ...]]) -> str:
    """The text that reads most like the query (the first of those reading alike)."""
    if len(texts) == 1:
        return texts[0]
    return min(texts, key=lambda t: _reads_like(t, stems))


def _reads_like(text: str, stems: list[tuple[str, ...]]) -> tuple[int, int, int]:
    """Sort key: tasks holding more of the query's words, close together and early, first;
    ``stems``: per term, the first five letters of the words it matches."""
    found = words(text)
    positions = [next((i for i, w in enumerate(found) if w.startswith(group)), None)
                 for group in stems]
    hits = [p for p in positions if p is not None]
    if not hits:
        return (0, 0, len(found))
    in_order = all(a < b for a, b in zip(hits, hits[1:], strict=False))
    return (-len(hits), max(hits) - min(hits) + (0 if in_order else 5), min(hits))


def summary(career: Career, why: str, score: float, words_matched: int | None = None,
            words_searched: int | None = None) -> SearchResult:
    """The career's result with why it matched (a copy: results are frozen)."""
    return career.figures.saying(why, score, words_matched, words_searched)


def _trim(text: str, width: int = EXCERPT_CHARS) -> str:
    if len(text) <= width:
        return text
    cut = text[:width].rsplit(" ", 1)[0].rstrip(" ,;:.-")
    return cut + " …"


def _excerpt(text: str, stems: tuple[str, ...]) -> str:
    """The text trimmed to EXCERPT_CHARS, from shortly before the first word matched
    (``stems``: the first five letters of every word the terms match)."""
    lowered = text.lower()
    position = 0
    if len(lowered) == len(text):  # positions agree (true of the O*NET texts)
        position = next((m.start() for m in WORD.finditer(lowered)
                         if m.group().startswith(stems)), 0)
    if position + 20 > EXCERPT_CHARS:
        start = text.rfind(" ", 0, position - 15) + 1
        return "… " + _trim(text[start:])
    trimmed = _trim(text)
    if len(trimmed) > 1 and trimmed[0].isupper() and trimmed[1].islower():
        trimmed = trimmed[0].lower() + trimmed[1:]
    return trimmed
