"""The records ranking passes between its modules: a career as the engine holds it
(``Career``), a career's match (``Hit``), and the tuples the stages of a search keep
(``Found``, ``Best``)."""

from __future__ import annotations

from dataclasses import dataclass

from careerdesk.search.records import SearchResult

KIND_MEANING = -2  # a career found by meaning alone (careerdesk.search.meaning)
# a supervisor of the work a found career does (careerdesk.search.supervisors); its hit's item
# is that career
KIND_OVERSEES = -3


@dataclass(frozen=True)
class Career:
    figures: SearchResult  # the career's result, to copy with why it matched
    popularity: float  # 0-1 from employment: breaks ties towards common jobs
    title_words: tuple[str, ...]
    title_singulars: frozenset[str]  # the rough singulars of title_words
    role: str = ""  # "supervisor" or "helper" when the title names one of others' work
    training: str | None = None  # BLS typical on-the-job training ("Apprenticeship")
    experience: str | None = None  # BLS work experience needed first ("5 years or more")
    high_school_share: float | None = None  # % of O*NET's surveyed workers with high school
    # or less (Education, Training, and Experience), None without a survey
    government_share: float | None = None  # of its jobs with government employers, 0-1
    # (BLS OEWS May 2025), None without a figure

    @property
    def code(self) -> str:
        return self.figures.code


Names = list[list[tuple[str, str | None]]]  # per career: (other name, its short form)
Found = tuple[float, int, int, int, int]  # a stage's best match of a career: score before
# the stage's bonus, kind, item, career, rows matched
Best = tuple[float, int, int, int, str]  # a career's best match so far: score, kind, item,
# rows matched, the FTS5 query that found it


@dataclass(slots=True)
class Hit:
    score: float
    kind: int
    item: int  # of the closest row
    career: int
    count: int = 1  # rows matched
    match: str = ""  # the FTS5 query that found it
    words: int | None = None  # query words matched, when not all of them
    titled: bool = False  # (partial) a word was found in the career's official title
    named: bool = False  # (partial) the head noun was found in one of the career's names


def best_hit(career: int, best: Best) -> Hit:
    """A career's best match as its hit."""
    score, kind, item, count, match = best
    return Hit(score, kind, item, career, count, match)
