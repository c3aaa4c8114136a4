"""Wishes said in a query that are filters or an order, not interests: no college or
little school ("no college", "trade school", "a 2 year degree", "no grad school"), pay
("well paid", "quick money") and growth ("fast-growing"). Their phrases are the reviewed
``phrasing.tsv``'s (read by ``careerdesk.search.phrasing``); ``read_wishes`` reads them into a
``careerdesk.search.reading.Reading``, each as a removable chip.
"""

from __future__ import annotations

from careerdesk.i18n import translate
from careerdesk.search.phrasing import load_phrasing
from careerdesk.search.reading import Chip, Reading
from careerdesk.search.records import ENTRY_EDUCATION, Sort
from careerdesk.search.spans import find_span
from careerdesk.search.text import singular

HIGH_SCHOOL = ENTRY_EDUCATION[1]  # "High school diploma or equivalent"
NONDEGREE = ENTRY_EDUCATION[3]  # "Postsecondary nondegree award"
ASSOCIATE = ENTRY_EDUCATION[4]  # "Associate's degree"
BACHELOR = ENTRY_EDUCATION[5]  # "Bachelor's degree"
GROWING = ("Much faster than average", "Faster than average")  # BLS outlook categories
GROWING_FAST = GROWING[:1]  # the one the app shows as "Growing fast"
_LISTS = load_phrasing()
# Words for jobs said after what they are about ("animal jobs", "growing fields")
JOB_NOUNS = frozenset({"jobs", "job", "careers", "career", "industry", "industries"})

SHORT_TRAINING = "wish:short-training"  # not much school: a certificate at most
NO_COLLEGE = "wish:no-college"
TWO_YEAR = "wish:two-year"  # two years of college at most: an associate's degree
FOUR_YEAR = "wish:four-year"  # no school after college: a bachelor's degree at most
HIGH_PAY = "wish:pay"
GROWTH = "wish:growth"
NEARBY = "wish:nearby"  # close to home: the careers with the most openings, in most towns
# said alone, work near home is read as this concept too (``synonyms.tsv``)
TOWN_NEEDS = "concept:jobs every town needs"
# good benefits: no source has them; those mostly with government employers first, unless
# another order is asked for ("good pay and benefits": the best paid first)
BENEFITS = "wish:benefits"
# a good job, of no work in particular: not among the lowest-paid quarter of careers
GOOD_JOB = "wish:good-job"
# money soon: no years of work in another occupation needed first (BLS work experience)
NO_EXPERIENCE = "wish:no-experience"
# short-training wishes that name where a certificate is earned ("trade school")
CERTIFICATE_WISHES = frozenset(tuple(p.split()) for p in _LISTS["wish:certificate"])
# The wishes' phrases, in phrasing.tsv's order; each list read longest first (most words).
WISHES: dict[str, tuple[tuple[str, ...], ...]] = {
    key: tuple(sorted((tuple(p.split()) for p in _LISTS[key]), key=len, reverse=True))
    for key in (SHORT_TRAINING, TWO_YEAR, FOUR_YEAR, NO_COLLEGE, HIGH_PAY, GROWTH, NEARBY,
                BENEFITS, GOOD_JOB)}
# (read in this order: "no 4 year degree" is two years of college before a four-year wish,
# "good job security" growth before a good job, "good paying job" pay)


def _plain(word: str) -> str:
    """A wish word said in the singular or the plural alike ("big paychecks")."""
    return word if len(word) < 5 else singular(word)


# the wishes as compared: each word in its rough singular
_PLAIN_WISHES = {key: tuple(tuple(_plain(w) for w in phrase) for phrase in options)
                 for key, options in WISHES.items()}
# Money soon ("quick money"): no college and highest pay first; longest first.
QUICK_PAY = tuple(sorted((tuple(_plain(w) for w in p.split()) for p in _LISTS["wish:quick-pay"]),
                         key=len, reverse=True))
_PLAIN_CERTIFICATES = frozenset(tuple(_plain(w) for w in p) for p in CERTIFICATE_WISHES)
# certificate wishes naming a school of trades ("trade school"; not "a certificate")
_TRADE_SCHOOLS = frozenset(tuple(_plain(w) for w in p.split())
                           for p in _LISTS["wish:trade-school"])
# Wishes that are also an activity when an object follows ("growing food"): wishes only at
# the end of the query or before a word for jobs ("growing jobs", "growing fields").
ACTIVITY_WISHES = frozenset({("growing",), ("growth",), ("rising",), ("expanding",)})
SAME_WISH_PHRASES = 3  # phrases of one wish read in a query, at most
JOB_WORDS = JOB_NOUNS | {"field", "fields", "industry", "industries", "area", "areas", "work"}


WISH_MEANINGS = {NO_COLLEGE: "no college degree needed",
                 SHORT_TRAINING: "no college degree needed", HIGH_PAY: "highest pay first",
                 TWO_YEAR: "a two-year degree at most",
                 FOUR_YEAR: "a bachelor's degree at most", GROWTH: "growing faster than average",
                 NEARBY: "most job openings first", BENEFITS: "good benefits",
                 NO_EXPERIENCE: "no years of work experience needed first",
                 GOOD_JOB: "a good job (not among the lowest-paid quarter of careers)"}


def wish_text(key: str) -> str:
    """The chip shown for a wish, translated."""
    if key in (NO_COLLEGE, SHORT_TRAINING):  # a certificate is no college degree
        return translate("Search", "Understood: no college degree needed")
    if key == TWO_YEAR:
        return translate("Search", "Understood: a two-year degree at most")
    if key == FOUR_YEAR:
        return translate("Search", "Understood: a bachelor's degree at most")
    if key == HIGH_PAY:
        return translate("Search", "Understood: highest pay first")
    if key == NEARBY:
        return translate("Search", "Understood: most job openings first")
    if key == BENEFITS:
        return translate("Search", "Understood: good benefits")
    if key == NO_EXPERIENCE:
        return translate("Search", "Understood: no years of work experience needed first")
    if key == GOOD_JOB:
        return translate("Search", "Understood: a good job (not among the lowest-paid "
                                   "quarter of careers)")
    return translate("Search", "Understood: growing faster than average")


def growth_beside_pay(chips: tuple[Chip, ...], outlooks: tuple[str, ...] | None,
                      sort: Sort | None, interests: bool
                      ) -> tuple[tuple[Chip, ...], tuple[str, ...] | None]:
    """The chips and outlooks of growth wished beside pay with no interest ("somthing fast
    growing that pays"): ordered by pay, the doctors growing faster than average (shown as
    "Growing", +6 %) came first, so only the careers shown as "Growing fast" are kept and
    the chip says so. Beside an interest ("nursing jobs that pay well and are growing")
    both kinds stay, as the interest may have few growing fast."""
    if interests or sort is not Sort.PAY or outlooks != GROWING:
        return chips, outlooks
    return tuple(_growing_fast() if c.key == GROWTH else c for c in chips), GROWING_FAST


def _growing_fast() -> Chip:
    """The growth wish's chip when only careers shown as "Growing fast" are kept."""
    return Chip(GROWTH, translate("Search", "Understood: growing fast"), "growing fast")


def near_home_chips(chips: tuple[Chip, ...], interests: bool) -> tuple[Chip, ...]:
    """The wishes' chips as the wishes act beside work near home: growth keeps only the
    careers growing fast ("jobs growing in the valley"), and pay said with no interest
    keeps the careers in the top quarter of pay, those hiring most first ("stay close to
    home and get paid good": not surgeons first), so their chips say so."""
    if not any(c.key == NEARBY for c in chips):
        return chips
    out = []
    for chip in chips:
        if chip.key == GROWTH:
            chip = _growing_fast()
        elif chip.key == HIGH_PAY and not interests:
            chip = Chip(HIGH_PAY, translate("Search", "Understood: well paid (the top quarter)"),
                        "well paid (the top quarter of pay)")
        out.append(chip)
    return tuple(out)


def read_wishes(left: list[str | None], ignore: frozenset[str], reading: Reading) -> bool:
    """Read the wishes ("no college", "high pay") into ``reading``, blanking their words in
    ``left`` unless the student removed their chip; whether any wish phrase was there. A
    wish said twice over is read whole ("certificate programs under a year")."""
    wished = _read_quick_pay(left, ignore, reading)
    for key, options in _PLAIN_WISHES.items():
        for _ in range(SAME_WISH_PHRASES):
            found = _read_wish(key, options, left, ignore, reading)
            wished = wished or found == "wished"
            if found is None or key in ignore:
                break  # none left, or its words stay to be searched
    if wished:
        _read_money_beside_wishes(left, ignore, reading)
    return wished


# said beside another wish with nothing else, a word for money is a wish for pay ("money
# without college"), not the interest in money and finance it is alone ("i like money") or
# before a word for jobs ("money jobs without college": tellers and cashiers, judged so)
_GLUE = frozenset({"but", "and", "or", "with", "that", "a", "the", "some", "good", "great",
                   "big", "lots", "of", "lot"})


def _read_money_beside_wishes(left: list[str | None], ignore: frozenset[str],
                              reading: Reading) -> None:
    """After the wishes are read, a word for money (MONEY_WORDS) left with no other word but
    glue (_GLUE) is read as a wish for pay, under its chip, blanked unless the student
    removed that chip; nothing when pay was wished already or other words are left."""
    said = [(i, t) for i, t in enumerate(left) if t is not None and t not in _GLUE]
    if len(said) != 1 or said[0][1] not in MONEY_WORDS \
            or any(c.key == HIGH_PAY for c in reading.chips):
        return
    if HIGH_PAY not in ignore:
        left[said[0][0]] = None
        _apply_wish(HIGH_PAY, reading)
    reading.chips.append(Chip(HIGH_PAY, wish_text(HIGH_PAY), WISH_MEANINGS[HIGH_PAY]))


def _read_wish(key: str, options: tuple[tuple[str, ...], ...], left: list[str | None],
               ignore: frozenset[str], reading: Reading) -> str | None:
    """Read the longest phrase of one wish still in ``left`` (see ``_read_wishes``):
    "wished", "read" (no college said beside a short course: under its chip), or None."""
    plain = [None if t is None else _plain(t) for t in left]  # as read so far
    said = frozenset(t for t in plain if t is not None)
    spans = ((phrase, find_span(plain, phrase)) for phrase in options if phrase[0] in said)
    patterned = _patterned_wish(key, left)  # after the listed phrases (longest first)
    for phrase, span in [*spans, ((), patterned)]:
        if span is None:
            continue
        at, end = span
        if patterned is not None and patterned[0] < end and at < patterned[1]:
            at, end = min(at, patterned[0]), max(end, patterned[1])  # "that pay decent"
        after = left[end] if end < len(left) else None
        then = left[end + 1] if end + 1 < len(left) else None
        if phrase in ACTIVITY_WISHES and after is not None and after not in JOB_WORDS \
                and then not in JOB_WORDS:
            continue  # "growing food" is an activity, "growing (law) jobs" a wish
        if key == NO_COLLEGE and any(c.key == SHORT_TRAINING for c in reading.chips):
            if SHORT_TRAINING in ignore:  # ("not go to college for long" was read as a
                return None  # short course)
            left[at:end] = [None] * (end - at)  # "on the job training no college": no
            _apply_wish(key, reading)  # college too, under the one chip
            return "read"
        if key not in ignore:
            if key == NO_COLLEGE:
                # "without a degree", not "no college degree"
                said = frozenset(w for w in plain[at:end] if w is not None)
                reading.degree_only = bool(said & DEGREE_WORDS) and not said & (
                    COLLEGE_WORDS - DEGREE_WORDS)
            left[at:end] = [None] * (end - at)
            _apply_wish(key, reading)
            if key == SHORT_TRAINING and phrase in _PLAIN_CERTIFICATES:
                reading.certificate = True
                reading.trade_school = reading.trade_school or phrase in _TRADE_SCHOOLS
        if not any(c.key == key for c in reading.chips):
            reading.chips.append(Chip(key, wish_text(key), WISH_MEANINGS[key]))
        return "wished"  # a phrase, even when the student removed its chip
    return None


def _read_quick_pay(left: list[str | None], ignore: frozenset[str], reading: Reading) -> bool:
    """Read a wish for money soon ("quick money": QUICK_PAY) as three, no college, no years
    of work in another job first (BLS work experience) and highest pay first, blanking its
    words unless the student removed every chip; whether one was said."""
    plain = [None if t is None else _plain(t) for t in left]
    for phrase in QUICK_PAY:
        span = find_span(plain, phrase)
        if span is None:
            continue
        for key in (NO_COLLEGE, NO_EXPERIENCE, HIGH_PAY):
            if key not in ignore:
                _apply_wish(key, reading)
            reading.chips.append(Chip(key, wish_text(key), WISH_MEANINGS[key]))
        if not {NO_COLLEGE, NO_EXPERIENCE, HIGH_PAY} <= ignore:
            left[span[0]:span[1]] = [None] * (span[1] - span[0])
        return True
    return False


# Wishes said in words no list holds: a word for pay near a word for much ("pay a ton",
# "salary is high"), a no before a word for college ("dont want college", "never going to
# university"). The window is in words, either side for pay, after the no for college. The
# words are those of phrasing.tsv, which says what each list is for.
MONEY_WORDS = frozenset(_LISTS["money-word"])
MUCH_WORDS = frozenset(_LISTS["much-word"])
GOOD_WORDS = frozenset(_LISTS["good-word"])  # after the word for pay, or just before
NO_WORDS = frozenset(_LISTS["no-word"])
UNSURE_WORDS = frozenset(_LISTS["unsure-word"])  # "not sure about college" is no wish
HEDGES = frozenset(_LISTS["hedge-word"])
COLLEGE_WORDS = frozenset(_LISTS["college-word"])
DEGREE_WORDS = frozenset({"degree", "degrees"})  # a certificate is no degree
WISH_WINDOW = 3


def _patterned_wish(key: str, left: list[str | None]) -> tuple[int, int] | None:
    """The span of ``key``'s wish said in words of the patterns above, or None."""
    if key == HIGH_PAY:
        return _payspan(left)
    if key == NO_COLLEGE:
        return _no_collegespan(left)
    return None


def _payspan(left: list[str | None]) -> tuple[int, int] | None:
    """A word for pay near a word for much, followed by a word for good, or just after one
    ("decent pay"; "good with money" is an interest)."""
    for i, word in enumerate(left):
        if word in MONEY_WORDS and i and left[i - 1] in GOOD_WORDS:
            return i - 1, i + 1
        if word in MONEY_WORDS:
            near = [j for j in range(max(0, i - WISH_WINDOW), i + WISH_WINDOW + 1)
                    if j != i and j < len(left) and (
                        left[j] in MUCH_WORDS or (j > i and left[j] in GOOD_WORDS))]
            if near:
                return min(i, near[0]), max(i, near[0]) + 1
    return None


def _no_collegespan(left: list[str | None]) -> tuple[int, int] | None:
    """A no before a word for college (hedges between do not count), or just after one
    ("college is not in my plans")."""
    for i, word in enumerate(left):
        if word in NO_WORDS:
            said = 0  # words between, not counting hedges ("dont think im going to")
            for j in range(i + 1, len(left)):
                if left[j] in UNSURE_WORDS or said > WISH_WINDOW:
                    break
                if left[j] in COLLEGE_WORDS:
                    return i, j + 1
                said += left[j] not in HEDGES
        elif word in COLLEGE_WORDS:
            for j in range(i + 1, min(len(left), i + 3)):
                if left[j] in NO_WORDS:
                    return i, j + 1
    return None


def _apply_wish(key: str, reading: Reading) -> None:
    if key == NO_COLLEGE:
        reading.max_entry_education = HIGH_SCHOOL
    elif key == SHORT_TRAINING:
        reading.max_entry_education = NONDEGREE
    elif key == TWO_YEAR:
        reading.max_entry_education = ASSOCIATE
    elif key == FOUR_YEAR:  # beside a wish for less school, the less ("2 years not 4")
        reading.max_entry_education = reading.max_entry_education or BACHELOR
    elif key == HIGH_PAY:
        reading.sort = Sort.PAY
    elif key == NEARBY:  # no figure says where a career is: those hiring most are everywhere
        reading.sort = reading.sort or Sort.OPENINGS
    elif key == BENEFITS:  # read after pay: "good pay and benefits" stays best paid first
        reading.sort = reading.sort or Sort.GOVERNMENT
    elif key == NO_EXPERIENCE:
        reading.no_experience = True
    elif key == GOOD_JOB:
        reading.decent_pay = True
    else:
        reading.outlooks = GROWING
    if reading.outlooks and reading.sort is Sort.OPENINGS:
        # growth beside work near home ("jobs growing in the valley"): ordered by openings,
        # the faster-than-average careers ("Growing", baristas at +6.1 %) came first, so
        # only those shown as "Growing fast" are kept (beside a pay wish the student's
        # interest may have few of them: "nursing jobs that pay well and are growing")
        reading.outlooks = GROWING_FAST
