"""What reading a query's phrases gives: the chips a student sees (``Chip``) and the words,
concepts and wishes found (``Reading``, filled by ``careerdesk.search.phrases.read_phrases``
and ``careerdesk.search.wishes.read_wishes``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careerdesk.search.phrases import Group
    from careerdesk.search.records import Sort


@dataclass(frozen=True)
class Chip:
    """Something the query was understood to mean; the student can remove it."""

    key: str
    text: str  # the chip as shown: "Understood: animals", translated
    meaning: str = ""  # what was understood, untranslated ("animals"), for the command line


@dataclass
class Reading:
    """What ``read_phrases`` found."""

    rest: list[str]  # the words left to search as typed, in order
    positions: dict[str, int]  # word or concept key -> where it stood in the query
    concepts: list[Group] = field(default_factory=list)
    said: dict[str, tuple[str, ...]] = field(default_factory=dict)  # concept key -> its phrase
    synonyms: dict[str, Group] = field(default_factory=dict)  # word -> its group
    # the words of ``synonyms`` that begin a synonym of several words ("secretary" of
    # "secretary of state"): searched as the group's words only, not as typed
    phrased: set[str] = field(default_factory=set)
    chips: list[Chip] = field(default_factory=list)
    denied: list[Group] = field(default_factory=list)  # concepts said not to be wanted
    max_entry_education: str | None = None
    outlooks: tuple[str, ...] | None = None
    sort: Sort | None = None
    place: str | None = None  # a state the student wants to work in ("Alaska")
    no_experience: bool = False  # money soon: no years of work in another job needed first
    decent_pay: bool = False  # a good job: not among the lowest-paid quarter of careers
    last_kept: bool = True  # the query's last word is still among ``rest``
    phrase: bool = False  # read as a student's phrase (lead-in, wish, filler, concepts)
    certificate: bool = False  # the short-training wish named a certificate ("trade school")
    trade_school: bool = False  # ... and a school of trades ("trade school", not "certificates")
    # the wish for no college said of a degree only ("without a degree", not "no college")
    degree_only: bool = False
