"""'Inside this career' narratives composed from each occupation's data, plus the team's
editorial narratives (``careerdesk.build.editorial``).

The data narratives are written for a student of about 14: short sentences (none over 25
words), plain words, paragraphs at Flesch-Kincaid grade 9 or below (checked over every
narrative by ``tests/build/test_narrative.py``). They never quote O*NET's task statements: the
work is told from the career's detailed work activities (O*NET's short, shared activity
titles, the most weighty first, common verbs put in plainer words), the CareerDesk time
split, and the counts of tools and software. Each sentence carries a fact of its own career
(a figure, an activity, a rating), so no sentence is shared by more than a few careers; the
wording is chosen by the data alone, so every build writes the same text.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from pathlib import Path

from careerdesk import formatting as fmt
from careerdesk import outlook, wording
from careerdesk.build import editorial
from careerdesk.build.editorial import EDITORIAL
from careerdesk.build.errors import SourceError
from careerdesk.build.onet import Onet
from careerdesk.build.schema import insert

MAX_WORDS = 25  # the longest sentence a narrative may have
MAX_GRADE = 8.8  # the hardest paragraph, by _grade's estimate (Flesch-Kincaid 9 or below)
TASK_WEIGHT = {True: 2.0, False: 1.0, None: 1.5}  # core, supplemental, unclassified tasks

WORK_STYLE_WORDS = {
    "Achievement/Effort": "hard-working",
    "Persistence": "persistent",
    "Initiative": "keen to take on new tasks",
    "Leadership": "happy to lead",
    "Cooperation": "good at teamwork",
    "Concern for Others": "caring",
    "Social Orientation": "happy to work with people",
    "Self-Control": "calm under pressure",
    "Stress Tolerance": "able to handle stress",
    "Adaptability/Flexibility": "flexible",
    "Dependability": "dependable",
    "Attention to Detail": "careful with details",
    "Integrity": "honest",
    "Independence": "able to work alone",
    "Innovation": "creative",
    "Analytical Thinking": "good at thinking things through",
}
# The interest areas in the words of the app's quiz (careerdesk.interests).
INTEREST_WORDS = {
    "Realistic": "building and fixing things",
    "Investigative": "finding things out",
    "Artistic": "creating things",
    "Social": "helping people",
    "Enterprising": "leading and persuading",
    "Conventional": "organizing things",
}
# BLS typical entry education, with its article.
EDUCATION_WORDS = {
    "No formal educational credential": "no diploma at all",
    "High school diploma or equivalent": "a high school diploma or GED",
    "Some college, no degree": "some college classes, but no degree",
    "Postsecondary nondegree award": "a certificate after high school",
    "Associate's degree": "a two-year college degree",
    "Bachelor's degree": "a four-year college degree",
    "Master's degree": "a master's degree",
    "Doctoral or professional degree": "a doctor's or professional degree",
}
# O*NET's education level (category of the Required Level of Education scale) that answers
# to each BLS category, so the narrative can say when the two sources agree.
EDUCATION_LEVEL_OF = {
    "No formal educational credential": 1, "High school diploma or equivalent": 2,
    "Postsecondary nondegree award": 3, "Some college, no degree": 4,
    "Associate's degree": 5, "Bachelor's degree": 6, "Master's degree": 8,
    "Doctoral or professional degree": 10,
}
# O*NET's education levels (Required Level of Education categories), with their articles.
LEVEL_WORDS = {
    1: "less than a high school diploma", 2: "a high school diploma",
    3: "a certificate after high school", 4: "some college classes",
    5: "a two-year college degree", 6: "a four-year college degree",
    7: "a certificate after a four-year degree", 8: "a master's degree",
    9: "a certificate after a master's degree", 10: "a professional degree, as in law",
    11: "a doctor's degree (PhD)", 12: "training after a doctor's degree",
}
EXPERIENCE_WORDS = {
    "Less than 5 years": "up to five years in a related job",
    "5 years or more": "five or more years in a related job",
}
TRAINING_WORDS = {
    "Short-term on-the-job training": "learn on the job in a month or less",
    "Moderate-term on-the-job training": "learn on the job over one to twelve months",
    "Long-term on-the-job training": "train on the job for more than a year",
    "Apprenticeship": "learn in an apprenticeship of paid work and classes",
    "Internship/residency": "then train in an internship or residency",
}
# O*NET's knowledge areas as school subjects or plain topics, after "knowing".
KNOWLEDGE_WORDS = {
    "Administration and Management": "how to run a business",
    "Administrative": "office work",
    "Economics and Accounting": "money and accounting",
    "Sales and Marketing": "sales and marketing",
    "Customer and Personal Service": "how to serve customers",
    "Personnel and Human Resources": "how to hire and manage staff",
    "Production and Processing": "how goods are made",
    "Food Production": "how food is grown",
    "Computers and Electronics": "computers and electronics",
    "Engineering and Technology": "engineering",
    "Design": "design and plan drawing",
    "Building and Construction": "building and construction",
    "Mechanical": "machines and tools",
    "Mathematics": "math",
    "Physics": "physics",
    "Chemistry": "chemistry",
    "Biology": "biology",
    "Psychology": "how people think and act",
    "Sociology and Anthropology": "how groups of people live",
    "Geography": "geography",
    "Medicine and Dentistry": "medicine",
    "Therapy and Counseling": "therapy and counseling",
    "Education and Training": "how to teach",
    "English Language": "English well",
    "Foreign Language": "another language",
    "Fine Arts": "the arts",
    "History and Archeology": "history",
    "Philosophy and Theology": "philosophy and religion",
    "Public Safety and Security": "safety and security",
    "Law and Government": "law and government",
    "Telecommunications": "phone and network systems",
    "Communications and Media": "media and communication",
    "Transportation": "how people and goods are moved",
}
HUMAN_WORDS = {"high": "more than most jobs", "moderate": "about as much as most jobs",
               "low": "less than most jobs"}
# The first word of O*NET's detailed work activities, in plainer words (a phrase that keeps
# the activity's meaning before its object: "Inspect cargo" -> "check cargo").
PLAIN_VERBS = {
    "Administer": "give", "Analyze": "study", "Assemble": "put together", "Assist": "help",
    "Authorize": "approve", "Calculate": "work out", "Collaborate": "work",
    "Communicate": "pass on", "Compile": "gather", "Confer": "meet", "Coordinate": "organize",
    "Determine": "work out", "Develop": "create", "Disassemble": "take apart",
    "Distribute": "hand out", "Document": "record", "Evaluate": "judge", "Examine": "check",
    "Execute": "carry out", "Fabricate": "make", "Identify": "spot", "Implement": "carry out",
    "Inspect": "check", "Investigate": "look into", "Maintain": "keep up",
    "Monitor": "keep watch on", "Notify": "tell", "Obtain": "get", "Position": "place",
    "Provide": "give", "Purchase": "buy", "Replenish": "refill", "Supervise": "oversee",
    "Verify": "check",
}
_SYLLABLE = re.compile(r"[aeiouy]+")


def _syllables(word: str) -> int:
    """A rough syllable count (vowel groups, a silent final e), to prefer plain activities."""
    word = word.lower().strip(".,;:")
    count = len(_SYLLABLE.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(count, 1)


def _plain_activity(title: str) -> str:
    """An O*NET detailed work activity as a verb phrase in plain words, lower case:
    "Monitor cargo area conditions." -> "keep watch on cargo area conditions"."""
    first, _, rest = title.strip().rstrip(".").partition(" ")
    verb = PLAIN_VERBS.get(first, first.lower())
    if first == "Maintain" and (" condition" in rest or "records" in rest):
        verb = "keep"  # "keep vehicles in good condition", "keep medical records"
    elif first == "Communicate" and rest.startswith("with "):
        verb = "talk"  # "talk with customers"; else "pass on project information to ..."
    elif first == "Provide" and " with " in rest:
        verb = "supply"  # "supply patrons with directions"; else "give technical support"
    elif first == "Perform" and re.search(r"\b(activities|duties|tasks|services?|work)\b",
                                          rest):
        verb = "do"  # "do housekeeping duties", but "perform music", "perform surgery"
    return f"{verb} {rest}".strip()


def _hardness(phrase: str) -> float:
    """How hard an activity reads: syllables a word, and a little for length."""
    words = phrase.split()
    return sum(_syllables(w) for w in words) / len(words) + 0.05 * len(words)


def _words(sentence: str) -> int:
    return len(sentence.split())


def _sentence_list(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _percent(value: float) -> str:
    return f"{value:.0f}%"


def _whole_years(low: float, high: float) -> str:
    """Preparation time in whole years ("about 4 to 5 years"); the derived figures can
    carry a tenth of a year of short job training, which a reader does not need."""
    if high <= 0:
        return "no time at all"
    if high <= 0.1:
        return "about a month or less"
    if high <= 1:
        return "a few months to a year"
    top = round(high)
    if low < 1:
        return f"less than a year to {top} years"
    bottom = round(low)
    if bottom >= top:
        return f"about {top} years"
    return f"about {bottom} to {top} years"


class _Facts:
    """Everything one narrative needs, read from the database being built."""

    def __init__(self, conn: sqlite3.Connection, code: str,
                 activities: list[tuple[str, str]]) -> None:
        q = conn.execute
        self.code = code
        self.title, self.soc, self.zone = q(
            "SELECT title, soc_code, job_zone FROM occupation WHERE code = ?", (code,)
        ).fetchone()
        self.tasks = [t for t, in q("SELECT text FROM task WHERE code = ?", (code,))]
        self.activities = activities  # (O*NET work activity id, DWA title), weightiest first
        self.split = q("SELECT group_id, label, percent FROM time_share WHERE code = ? AND"
                       " method = 'onet-activities' ORDER BY seq", (code,)).fetchall()
        self.group_of = {element: group for group, element in q(
            "SELECT group_id, element_id FROM time_detail WHERE code = ?", (code,))}
        self.software = q("SELECT count(DISTINCT name) FROM technology WHERE code = ?",
                          (code,)).fetchone()[0]
        self.hot = q("SELECT count(DISTINCT name) FROM technology WHERE code = ? AND hot = 1",
                     (code,)).fetchone()[0]
        tools = sorted({t for t, in q("SELECT name FROM tool WHERE code = ?", (code,))})
        self.tools = len(tools)
        # the plainest tool name, for an example (fewest syllables, then shortest)
        self.simplest_tool = min(tools, default=None, key=lambda t: (
            sum(_syllables(w) for w in t.split()), len(t), t))

        def top(kind: str, n: int) -> list[tuple[str, float]]:
            return q("SELECT e.name, r.value FROM rating r JOIN element e ON e.id = r.element_id"
                     " WHERE r.code = ? AND e.kind = ? ORDER BY r.rank LIMIT ?",
                     (code, kind, n)).fetchall()

        self.styles = top("work_style", 4)
        self.interests = top("interest", 2)
        self.abilities = top("ability", 2)
        self.knowledge = top("knowledge", 1)
        # what workers told O*NET the job needs: (category, percent), most named first
        self.survey = q("SELECT category, percent FROM education_share WHERE code = ?"
                        " AND percent > 0 ORDER BY percent DESC, category", (code,)).fetchall()
        self.projection = q(
            "SELECT percent_change, annual_openings, entry_education, work_experience,"
            " on_the_job_training, outlook FROM projection WHERE soc_code = ?", (self.soc,)
        ).fetchone()
        self.wage = q("SELECT annual_median, hourly_median, top_coded FROM wage"
                      " WHERE soc_code = ? AND area = '00'", (self.soc,)).fetchone()
        self.shared = q("SELECT count(*) FROM occupation WHERE soc_code = ?",
                        (self.soc,)).fetchone()[0] > 1
        self.soc_title = (q("SELECT title FROM soc WHERE code = ?", (self.soc,)).fetchone()
                          or [None])[0]
        # the combined BLS line the figures come from, when BLS has none for the SOC alone
        self.combined = (q("SELECT title FROM bls_group WHERE soc_code = ?", (self.soc,))
                         .fetchone() or [None])[0]
        self.entry = q("SELECT years_min, years_max FROM entry_time WHERE code = ?",
                       (code,)).fetchone()
        self.ai = q(
            "SELECT a.exposure, a.exposure_percentile, a.automation_index, a.human_index,"
            " a.human_level, a.tasks_rated, l.label FROM ai_assessment a"
            " LEFT JOIN ai_label l ON l.id = a.label_id WHERE a.code = ?", (code,)).fetchone()
        self.exposures = [r[0] for r in q(
            "SELECT exposure FROM ai_assessment WHERE exposure IS NOT NULL")]

    def activities_in(self, group: int, n: int, used: list[str]) -> list[str]:
        """The ``n`` weightiest of the career's work activities in a group of the time split,
        in plain words, preferring short and plain ones among the weightiest and leaving out
        one that says again what ``used`` (the ones already told) says; adds them to ``used``."""
        found: list[str] = []
        for gwa, title in self.activities:
            phrase = _plain_activity(title)
            if self.group_of.get(gwa) != group or self.quotes_a_task(phrase) or \
                    any(_same_activity(phrase, other) for other in found + used):
                continue
            found.append(phrase)
        best = sorted(found[:6], key=lambda a: (_hardness(a), found.index(a)))[:n]
        chosen = sorted(best, key=found.index)
        used.extend(chosen)
        return chosen

    def quotes_a_task(self, phrase: str) -> bool:
        """True when one of the career's task statements appears whole in ``phrase``."""
        words = " ".join(re.findall(r"[a-z0-9]+", phrase.lower()))
        return any(" ".join(re.findall(r"[a-z0-9]+", task.lower())) in words
                   for task in self.tasks)


_FILLER = {"a", "an", "and", "as", "at", "for", "in", "of", "on", "or", "the", "to", "with",
           "give", "do", "keep", "up", "use", "get"}


def _same_activity(one: str, other: str) -> bool:
    """Whether two activities say nearly the same ("care for animals", "give care for
    animals"): the words of the shorter are (nearly) all in the longer."""
    a, b = ({w for w in re.findall(r"[a-z]+", x.lower()) if w not in _FILLER}
            for x in (one, other))
    small, large = sorted((a, b), key=len)
    return bool(small) and len(small & large) >= 0.75 * len(small)


def _fits(sentence: str) -> bool:
    return _words(sentence) <= MAX_WORDS


def _grade(paragraph: str) -> float:
    """An estimate of the paragraph's Flesch-Kincaid grade. Its rough syllable count puts it
    above textstat's standard grade on these narratives (by 0.2 or more on the first
    paragraph, the hardest), so ``MAX_GRADE`` keeps every paragraph at 9 or below; the
    standard grade of every paragraph is checked by ``tests/build/test_narrative.py``."""
    words = paragraph.split()
    sentences = max(1, len(re.findall(r"[.!?](\s|$)", paragraph)))
    syllables = sum(_syllables(re.sub(r"[^A-Za-z]", "", w) or "x") for w in words)
    return 0.39 * len(words) / sentences + 11.8 * syllables / len(words) - 15.59


def _readable(candidates: list[list[str]]) -> str:
    """The first (fullest) of the candidate paragraphs, each a list of sentences, whose
    sentences all fit and that reads at grade ``MAX_GRADE`` or below; else the easiest."""
    texts = [" ".join(c) for c in candidates if c and all(_fits(s) for s in c)]
    return next((t for t in texts if _grade(t) <= MAX_GRADE),
                min(texts, key=_grade, default=""))


def _work(f: _Facts) -> str:
    """How the work divides, with the career's weightiest activities as examples."""
    lead: list[str] = []
    first: list[str] = []
    second: list[str] = []
    plain_next = ""
    used: list[str] = []
    if f.split:
        group, label, share = f.split[0]
        lead.append(f"By CareerDesk's estimate from O*NET work activities, about "
                    f"{_percent(share)} of the work is {label.lower()}.")
        first = f.activities_in(group, 2, used)
    if len(f.split) >= 2:
        group, label, share = f.split[1]
        plain_next = f"Next comes {label.lower()}, at about {_percent(share)}"
        second = f.activities_in(group, 1, used)
    things = [f"{f.tools} tool{'s' if f.tools > 1 else ''}"] if f.tools else []
    things += [f"{f.software} kind{'s' if f.software > 1 else ''} of software"] \
        if f.software else []
    tails = [[f"O*NET lists {' and '.join(things)} used in this job."]] if things else [[]]
    if len(things) == 2:  # the same in two short sentences, for a paragraph that needs it
        hot = f", {f.hot} of them in demand" if f.hot else ""
        such = f", such as {fmt.lower_first(f.simplest_tool)}" if f.simplest_tool else ""
        tails.append([f"O*NET lists {things[0]} used in this job{such}.",
                      f"It also lists {things[1]}{hot}."])
    options = []
    if len(first) == 2:
        verb = first[0].split()[0]
        both = first[1][len(verb) + 1:] if first[1].startswith(verb + " ") else first[1]
        options += [[f"For example, they {first[0]} and {both}."],
                    [f"For example, they {first[0]}.", f"They also {first[1]}."]]
    if first:
        options.append([f"For example, they {first[0]}."])
    options.append([])
    candidates = []
    for examples in options:
        for example in ((second, []) if second else ([],)):
            sentences = lead + examples
            if plain_next:
                sentences.append(f"{plain_next}, as when they {example[0]}." if example else
                                 f"{plain_next}.")
            candidates += [sentences + tail for tail in tails]
    return _readable(candidates)


def _thrive(f: _Facts) -> str:
    parts = []
    missing = " and ".join(kind for kind, known in (("work styles", f.styles),
                                                    ("abilities", f.abilities)) if not known)
    unrated = f"O*NET has not yet rated its {missing}" if missing else ""
    likes = [(INTEREST_WORDS[name], value) for name, value in f.interests
             if name in INTEREST_WORDS]
    if likes:
        (first, value), rest = likes[0], likes[1:]
        sentence = f"It suits people who like {first} ({value:.1f} of 7)"
        also = f" and {rest[0][0]} ({rest[0][1]:.1f})" if rest else ""
        if unrated:  # said with the career's own rating, not alone in the same words
            sentence, unrated = f"{sentence}, but {unrated}", ""
        elif also:
            sentence += also
        parts.append(sentence + ".")
    knows = [KNOWLEDGE_WORDS.get(name, name.lower()) for name, _ in f.knowledge[:1]]
    if f.abilities:
        named = [fmt.lower_first(wording.ability(name).label) for name, _ in f.abilities]
        sentence = f"It calls most for {named[0]} ({f.abilities[0][1]:.1f} of 5)"
        second = f" and {named[1]} ({f.abilities[1][1]:.1f})" if len(named) > 1 else ""
        subject = (f"{',' if second else ''} and for knowing {knows[0]}" if knows else "")
        for extra in (second + subject, subject, second, ""):
            if _fits(sentence + extra + "."):
                parts.append(sentence + extra + ".")
                break
    elif knows:
        parts.append(f"The subject it calls for most is {knows[0]}.")
    if f.styles:
        words = [WORK_STYLE_WORDS.get(s, s.lower()) for s, _ in f.styles]
        parts.append(f"People who do well here tend to be {_sentence_list(words)}.")
    if unrated:
        parts.append(unrated + ".")
    return " ".join(parts)


PREPARATION_WORDS = {1: "little preparation", 2: "some preparation", 3: "medium preparation",
                     4: "a lot of preparation", 5: "a great deal of preparation"}


def _getting_in(f: _Facts) -> str:
    top = f.survey[0] if f.survey else None  # (category, percent) most workers named
    education = f.projection[2] if f.projection else None
    openings = f.projection[1] if f.projection else None
    experience, training = f.projection[3:5] if f.projection else (None, None)
    parts = [_starting_education(f, education, top)]
    easier = list(parts)  # the same without the survey's "more school" aside
    if f.entry:
        sentence, plain = _years_of_school(f, education)
        parts.append(sentence)
        easier.append(plain)
    needs = [f"employers want {EXPERIENCE_WORDS[experience]}"] \
        if experience in EXPERIENCE_WORDS else []
    if training in TRAINING_WORDS:
        needs.append(f"new workers {TRAINING_WORDS[training]}")
    last = _openings_and_needs(openings, needs)
    return _readable([parts + last, easier + last])


def _starting_education(f: _Facts, education: str | None,
                        top: tuple[int, float] | None) -> str:
    """What BLS says people start with (or O*NET's preparation when BLS lists nothing),
    and what most workers in O*NET's survey named."""
    if not education:
        sentence = (f"BLS lists no entry requirements for this job, but O*NET says it takes "
                    f"{PREPARATION_WORDS.get(f.zone, 'preparation')}")
        if top:
            sentence += f"; {_percent(top[1])} of workers named {LEVEL_WORDS[top[0]]}"
        return sentence + "."
    sentence = f"BLS says most people start with " \
               f"{EDUCATION_WORDS.get(education, fmt.lower_first(education))}"
    if top and top[0] == EDUCATION_LEVEL_OF.get(education):
        return sentence + f"; {_percent(top[1])} of the workers O*NET asked agree."
    if top:
        return sentence + (f"; in O*NET's survey, {_percent(top[1])} of workers named "
                           f"{LEVEL_WORDS[top[0]]}.")
    return sentence + "."


def _years_of_school(f: _Facts, education: str | None) -> tuple[str, str]:
    """The years to plan on after high school: with the survey's aside when workers said it
    needs more (or less) school than BLS lists, and without it."""
    assert f.entry
    sentence = f"In all, plan on {_whole_years(*f.entry)} after high school"
    more = less = 0.0
    level = EDUCATION_LEVEL_OF.get(education or "")
    if level and f.survey:
        more = sum(p for c, p in f.survey if c > (11 if level == 10 else level))
        less = sum(p for c, p in f.survey if c < level)
    plain = sentence + "."
    if round(more) >= 1:
        sentence += (f"; {'only ' if more < 10 else ''}{_percent(more)} of workers said it "
                     "needs more school than BLS lists")
    elif round(less) >= 1:
        sentence += (f"; {'only ' if less < 10 else ''}{_percent(less)} of workers said it "
                     "needs less school than BLS lists")
    return sentence + ".", plain


def _openings_and_needs(openings: int | None, needs: list[str]) -> list[str]:
    """The jobs that open up each year and what employers want of new workers."""
    if openings:
        jobs = f"About {fmt.count(openings)} jobs open up each year"
        sentence = f"{jobs}, and {' and '.join(needs)}." if needs else \
            f"{jobs}, counting jobs left by people who retire or change careers."
        if not _fits(sentence) and len(needs) == 2:
            sentence = f"{jobs}, and {needs[0]}. {needs[1][0].upper()}{needs[1][1:]}."
        return [sentence]
    if openings == 0:  # BLS's 0.0 thousand: fewer than 50
        return ["BLS counts fewer than 50 openings a year" +
                (f"; {' and '.join(needs)}." if needs else ".")]
    if needs:
        return [f"Once hired, {' and '.join(needs)}."]
    return []


def _pay_outlook(f: _Facts) -> str:
    parts = []
    median, hourly, top = f.wage or (None, None, "")
    if median is not None:
        pay = fmt.money(median, top_coded="annual_median" in top)
        parts.append(f"In May 2025, half of the workers in this job earned more than {pay} "
                     "a year, and half earned less.")
        if hourly is not None:
            parts.append(f"That is about {fmt.money(hourly, cents=True)} an hour.")
    elif hourly is not None:  # BLS publishes some jobs' pay by the hour only
        pay = fmt.money(hourly, cents=True, top_coded="hourly_median" in top)
        parts.append(f"In May 2025, half of the workers in this job earned more than {pay} "
                     "an hour, and half earned less.")
    has_outlook = bool(f.projection and f.projection[0] is not None)
    if median is None and hourly is None:
        parts.append("BLS has no pay figures or job outlook for this job, so both are not "
                     "available here." if not has_outlook else
                     "BLS publishes no national pay figures for this job, so pay is not "
                     "available here.")
    if f.projection and f.projection[0] is not None:
        change, category = f.projection[0], f.projection[5]
        trend = outlook.trend(category)  # the verb follows BLS's band, as the app does
        move = (f"shrink by {abs(change):.1f}%" if trend == "declining" else
                f"change little ({change:+.1f}%)" if trend == "flat" else
                f"grow by {change:.1f}%")
        parts.append(
            f"BLS expects these jobs to {move} from 2024 to 2034 (\"{category.lower()}\"), "
            f"against {outlook.ALL_OCCUPATIONS_CHANGE:+.1f}% for all jobs.")
    elif median is not None or hourly is not None:
        parts.append("BLS publishes no job outlook for this job, so it is not available "
                     "here.")
    if f.combined and (f.wage or f.projection):
        parts.append(f"These figures are for BLS's combined group \"{f.combined}\".")
    elif f.shared and f.soc_title and f.soc_title != f.title:
        parts.append(f"These figures cover the wider BLS group \"{f.soc_title}\".")
    return " ".join(parts)


def _ai(f: _Facts) -> str:
    change = f.projection[0] if f.projection else None
    if not f.ai or f.ai[0] is None:
        return ("CareerDesk wrote this from the data, but an AI assessment for this job is "
                "not available.")
    exposure, pct, index, human, human_level, rated, label = f.ai
    parts = []
    share = round(exposure * 100)
    if share == 0:
        tasks = f"the {rated} tasks researchers rated" if rated else "its tasks"
        parts.append(f"AI tools could do or speed up almost none of {tasks}.")
    else:
        above = round(sum(1 for e in f.exposures if e > exposure) * 100 / len(f.exposures))
        compare = (f"more than in {pct}% of careers" if pct >= 50 else
                   f"less than in {above}% of careers")
        parts.append(f"AI tools could do or speed up about {share}% of its tasks, {compare}.")
    if index is not None:
        how = ("AI would mostly help workers" if index < 0.35 else
               "AI could do much of the work" if index >= 0.55 else
               "AI would help with some and do others")
        tasks = f"Its {rated} rated tasks" if rated else "Its tasks"
        parts.append(f"{tasks} average {index:.2f}, from 0 (AI only helps) to 1 (AI does "
                     f"them alone): {how}.")
    if human is not None:
        parts.append(f"The job needs human strengths, such as caring, persuading, new ideas "
                     f"and physical skill, {HUMAN_WORDS[human_level]} ({human:.1f} of 100).")
    outlook_words = f"with BLS's {change:+.1f}% outlook" if change is not None else \
        "without a BLS outlook"
    parts.append(f"CareerDesk wrote this from the data: {outlook_words}, it labels the job "
                 f"\"{label}\".")
    return " ".join(parts)


def compose(conn: sqlite3.Connection, code: str,
            activities: list[tuple[str, str]] | None = None) -> str:
    """The data narrative for one occupation with tasks. ``activities`` are its O*NET
    detailed work activities as (generalized work activity id, title), weightiest first."""
    facts = _Facts(conn, code, activities or [])
    paragraphs = [_work(facts), _thrive(facts), _getting_in(facts), _pay_outlook(facts),
                  _ai(facts)]
    return "\n\n".join(p for p in paragraphs if p)


def weighted_activities(onet: Onet, conn: sqlite3.Connection) -> dict[str, list[tuple[str, str]]]:
    """Each career's detailed work activities, weightiest first: every task counts as in the
    time split (core twice, supplemental once, unclassified 1.5 times), shared equally
    among the activities O*NET links it to; ties go to the shorter title."""
    titles = dict(conn.execute("SELECT dwa_id, title FROM work_activity"))
    weights: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for code, tasks in onet.tasks.items():
        for task_id, _, core in tasks:
            dwas = onet.task_dwas.get((code, task_id), [])
            for dwa in dwas:
                weights[code][dwa] += TASK_WEIGHT[core] / len(dwas)
    return {code: [(onet.dwa_gwa[d], titles[d]) for d in sorted(
        found, key=lambda d: (-found[d], len(titles[d]), titles[d]))]
        for code, found in weights.items()}


def write(conn: sqlite3.Connection, onet: Onet) -> None:
    codes = [r[0] for r in conn.execute("SELECT DISTINCT code FROM task ORDER BY code")]
    activities = weighted_activities(onet, conn)
    insert(conn, "narrative",
           [(code, "data", compose(conn, code, activities.get(code)))
            for code in codes])
    known = {r[0] for r in conn.execute("SELECT code FROM occupation")}
    missing = sorted(set(EDITORIAL) - known)
    if missing:
        raise SourceError(Path(editorial.__file__), f"editorial narrative for unknown "
                          f"occupation {missing[0]}")
    insert(conn, "narrative",
           [(code, "editorial", text) for code, text in sorted(EDITORIAL.items())])
