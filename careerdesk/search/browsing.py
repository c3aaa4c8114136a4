"""Careers listed without words to search: every career in one order ("" or a wish alone:
"no college"), or a wish for a level of schooling alone ("trade school", "a 2 year degree"),
which lists the careers starting with that schooling first.

Each list is of ``SearchResult`` and says why each career is there ("in Healthcare ...",
"starts with a certificate", "learned in an apprenticeship")."""

from __future__ import annotations

from careerdesk.formatting import share_of_all
from careerdesk.i18n import translate
from careerdesk.search.explain import summary
from careerdesk.search.filtering import sort_key
from careerdesk.search.hits import Career
from careerdesk.search.records import ENTRY_EDUCATION, SearchResult, Sort
from careerdesk.search.understanding import TRADE_SCHOOL, TRAINED
from careerdesk.search.wishes import BACHELOR
from careerdesk.search.wishes import NONDEGREE as CERTIFICATE

# BLS's typical on-the-job training of careers learned at work over months or years: what a
# wish for short training without a certificate ("paid training") lists first, the longest
# training first (an apprenticeship is the paid training students mean)
ON_THE_JOB = ("Apprenticeship", "Long-term on-the-job training",
              "Moderate-term on-the-job training")


def apprenticed_trade(career: Career) -> bool:
    """Whether BLS says the career is learned in an apprenticeship after high school at
    most (electricians, plumbers, elevator installers): a trade taught with the
    classes a trade school gives, listed for "trade school" beside the careers that
    start with its certificate."""
    return career.training == ON_THE_JOB[0] and career.figures.entry_education in (
        ENTRY_EDUCATION[0], ENTRY_EDUCATION[1])


class Browsing:
    """Lists careers without searching; keeps every career's order for each sort, which is
    the same whatever the filters (safe to share between threads: an order is worked out
    at most once per thread racing for it, and each result is the same)."""

    def __init__(self) -> None:
        self._orders: dict[Sort, list[int]] = {}

    def every(self, careers: list[Career], allowed: frozenset[int], sort: Sort,
              limit: int | None) -> list[SearchResult]:
        """The ``allowed`` careers in ``sort``'s order (by field, then title, for
        relevance), each saying its field, or for the share of jobs with government
        employers that share (BLS OEWS) where known."""
        order = self._orders.get(sort)
        if order is None:
            def key(i: int) -> tuple:
                c = careers[i].figures
                return (c.major_group.code, c.title, c.code) if sort is Sort.RELEVANCE \
                    else sort_key(careers[i], 0.0, sort)

            order = self._orders[sort] = sorted(range(len(careers)), key=key)
        chosen = (order if len(allowed) == len(careers)
                  else [i for i in order if i in allowed])[:limit]
        where = translate("Search", "in {group}")
        government = translate("Search", "{share} of its jobs with government employers")

        def why(i: int) -> str:
            share = careers[i].government_share
            if sort is Sort.GOVERNMENT and share is not None:
                return government.format(share=share_of_all(share))
            return where.format(group=careers[i].figures.major_group.title)

        return [summary(careers[i], why(i), 0.0) for i in chosen]

    def starting_with(self, careers: list[Career], allowed: frozenset[int],
                      limit: int | None, level: str, sort: Sort = Sort.RELEVANCE
                      ) -> list[SearchResult]:
        """A wish for short training or two or four years of college alone ("trade school",
        "a 2 year degree", "no grad school"), or with an order ("certificates that pay
        well"): first the careers BLS says usually start with that ``level`` of schooling (a
        postsecondary certificate; an associate's degree; a bachelor's degree), for
        TRADE_SCHOOL those starting with a certificate and the trades BLS says are learned
        in an apprenticeship after high school (``apprenticed_trade``), or for TRAINED
        ("paid training", "a job without much school") those BLS says are learned by an
        apprenticeship or months of on-the-job training (ON_THE_JOB), in ``sort``'s order
        (most openings first for relevance), then the others the wish allows in the same
        order."""
        trained = level == TRAINED

        def starts_there(i: int) -> bool:
            if trained:
                return careers[i].training in ON_THE_JOB
            if level == TRADE_SCHOOL:
                return careers[i].figures.entry_education == CERTIFICATE \
                    or apprenticed_trade(careers[i])
            return careers[i].figures.entry_education == level

        def order(i: int) -> tuple:
            depth = ON_THE_JOB.index(careers[i].training) if trained else 0
            if sort is Sort.RELEVANCE:
                return (depth, -(careers[i].figures.annual_openings or 0),
                        careers[i].figures.title)
            return (depth, *sort_key(careers[i], 0.0, sort))

        # what each career listed first says, translated once: where it starts, or how
        # it is learned (an apprenticeship, or on the job)
        certificate = translate("Search", "starts with a certificate")
        starts = {CERTIFICATE: certificate, TRADE_SCHOOL: certificate,
                  BACHELOR: translate("Search", "starts with a bachelor's degree")}.get(
            level, translate("Search", "starts with an associate's degree"))
        apprenticed = translate("Search", "learned in an apprenticeship")
        on_the_job = translate("Search", "learned on the job")

        def why(i: int) -> str:
            if not trained:
                return apprenticed if level == TRADE_SCHOOL and apprenticed_trade(careers[i]) \
                    else starts
            return apprenticed if careers[i].training == ON_THE_JOB[0] else on_the_job

        starting = sorted((i for i in allowed if starts_there(i)), key=order)
        shown = [summary(careers[i], why(i), 0.0) for i in starting[:limit]]
        if limit is None or len(shown) < limit:
            shown += self.every(careers, allowed - set(starting), sort,
                                None if limit is None else limit - len(shown))
        return shown
