"""'Inside this career' narratives composed from each occupation's data, in short sentences
a student at grade 8-9 reading level can follow, plus the team's editorial narratives.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from careerdesk import formatting as fmt
from careerdesk import outlook
from careerdesk.build import editorial
from careerdesk.build.editorial import EDITORIAL
from careerdesk.build.errors import SourceError

WORK_STYLE_WORDS = {
    "Achievement/Effort": "hard-working",
    "Persistence": "persistent when things get hard",
    "Initiative": "willing to take on new tasks",
    "Leadership": "comfortable leading others",
    "Cooperation": "good at working with others",
    "Concern for Others": "caring toward other people",
    "Social Orientation": "happy to work around people",
    "Self-Control": "calm under pressure",
    "Stress Tolerance": "able to handle stress",
    "Adaptability/Flexibility": "flexible when plans change",
    "Dependability": "dependable",
    "Attention to Detail": "careful with details",
    "Integrity": "honest",
    "Independence": "able to work on their own",
    "Innovation": "creative",
    "Analytical Thinking": "good at thinking problems through",
}
INTEREST_WORDS = {
    "Realistic": "hands-on work with tools, machines, plants or animals",
    "Investigative": "figuring things out and solving problems",
    "Artistic": "creating things and expressing ideas",
    "Social": "helping, teaching or caring for people",
    "Enterprising": "leading, persuading and getting projects going",
    "Conventional": "working with facts, details and clear steps",
}
EXPERIENCE_WORDS = {
    "None": "No work experience in a related job is usually needed.",
    "Less than 5 years": "Employers usually want some related work experience, up to five "
    "years.",
    "5 years or more": "Employers usually want five or more years of related experience.",
}
TRAINING_WORDS = {
    "None": "",
    "Short-term on-the-job training": "New workers learn on the job in a month or less.",
    "Moderate-term on-the-job training": "New workers then train on the job for one to "
    "twelve months.",
    "Long-term on-the-job training": "Training on the job takes more than a year.",
    "Apprenticeship": "Many learn through an apprenticeship, which mixes paid work and "
    "classes over several years.",
    "Internship/residency": "After school comes an internship or residency, supervised "
    "work that can last from one to several years.",
}
HUMAN_WORDS = {"high": "a lot", "moderate": "partly", "low": "less than most jobs"}


def _sentence_list(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _article(text: str) -> str:
    lowered = fmt.lower_first(text)
    if lowered.startswith(("no ", "some ")):
        return lowered
    return ("an " if lowered[:1] in "aeiou" else "a ") + lowered


class _Facts:
    """Everything one narrative needs, read from the database being built."""

    def __init__(self, conn: sqlite3.Connection, code: str) -> None:
        q = conn.execute
        self.title, self.soc, self.zone = q(
            "SELECT title, soc_code, job_zone FROM occupation WHERE code = ?", (code,)
        ).fetchone()
        tasks = q("SELECT text, core FROM task WHERE code = ? ORDER BY seq", (code,)).fetchall()
        self.tasks = [t for t, core in tasks if core == 1] + [t for t, core in tasks if core != 1]
        self.split = q("SELECT label, percent FROM time_share WHERE code = ? AND method = ?"
                       " ORDER BY seq", (code, "onet-activities")).fetchall()
        self.styles = [r[0] for r in q(
            "SELECT e.name FROM rating r JOIN element e ON e.id = r.element_id"
            " WHERE r.code = ? AND e.kind = 'work_style' ORDER BY r.rank LIMIT 3", (code,))]
        self.interests = [r[0] for r in q(
            "SELECT e.name FROM rating r JOIN element e ON e.id = r.element_id"
            " WHERE r.code = ? AND e.kind = 'interest' ORDER BY r.rank LIMIT 2", (code,))]
        self.abilities = [r[0] for r in q(
            "SELECT e.name FROM rating r JOIN element e ON e.id = r.element_id"
            " WHERE r.code = ? AND e.kind = 'ability' ORDER BY r.rank LIMIT 2", (code,))]
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
        self.entry = q("SELECT years_min, years_max FROM entry_time WHERE code = ?",
                       (code,)).fetchone()
        self.zone_name = (q("SELECT name FROM job_zone WHERE zone = ?", (self.zone,)).fetchone()
                          or [None])[0]
        self.ai = q(
            "SELECT a.exposure, a.exposure_percentile, a.automation_index, a.human_level,"
            " l.label, l.sentence FROM ai_assessment a LEFT JOIN ai_label l ON l.id = a.label_id"
            " WHERE a.code = ?", (code,)).fetchone()


def _day(f: _Facts) -> str:
    parts = []
    tasks = [fmt.lower_first(t) for t in f.tasks[:3]]
    if tasks:
        parts.append(f"On a typical day, people in this job might {tasks[0]}.")
    if len(tasks) > 1:
        parts.append(f"They also {tasks[1]}.")
    if len(tasks) > 2:
        parts.append(f"Some days they {tasks[2]}.")
    if len(f.split) >= 2:
        (a, pa), (b, pb) = f.split[0], f.split[1]
        parts.append(
            f"By CareerDesk's estimate from O*NET work activities, the biggest share of the "
            f"work is {a.lower()} (about {pa:.0f}%), then {b.lower()} (about {pb:.0f}%)."
        )
    return " ".join(parts)


def _thrive(f: _Facts) -> str:
    parts = []
    if f.styles:
        words = [WORK_STYLE_WORDS.get(s, s.lower()) for s in f.styles]
        parts.append(f"People who do well here tend to be {_sentence_list(words)}.")
    if f.interests:
        likes = [INTEREST_WORDS[i] for i in f.interests if i in INTEREST_WORDS]
        parts.append(f"The job suits people who enjoy {' and '.join(likes)}.")
    if f.abilities:
        names = [a.lower() for a in f.abilities]
        parts.append(f"Two abilities matter most: {names[0]} and {names[1]}."
                     if len(names) == 2 else f"One ability matters most: {names[0]}.")
    if not parts:
        parts.append("O*NET has not yet rated the work styles, interests or abilities of "
                     "this career.")
    return " ".join(parts)


def _getting_in(f: _Facts) -> str:
    parts = []
    if f.projection and f.projection[2]:
        education, experience, training = f.projection[2:5]
        parts.append(f"Most people start with {_article(education)}.")
        parts.append(EXPERIENCE_WORDS.get(experience or "", ""))
        parts.append(TRAINING_WORDS.get(training or "", ""))
    elif f.zone_name:
        parts.append(f"O*NET places this career in {f.zone_name.replace(':', ' -').lower()}"
                     "; BLS publishes no entry requirements for it.")
    if f.entry:
        parts.append(f"All in all, plan on {fmt.years_range(*f.entry)} of preparation "
                     "after high school.")
    return " ".join(p for p in parts if p)


def _pay_outlook(f: _Facts) -> str:
    parts = []
    group = (f" These figures cover the wider BLS group \"{f.soc_title}\"."
             if f.shared and f.soc_title else "")
    if f.wage and f.wage[0] is not None:
        median, hourly, top = f.wage
        pay = fmt.money(median, top_coded="annual_median" in top)
        parts.append(f"In May 2025, half of the workers in this job earned more than {pay} "
                     "a year across the United States, and half earned less.")
        if hourly is not None:
            parts.append(f"That is about {fmt.money(hourly, cents=True)} an hour.")
    else:
        parts.append("National pay figures for this career are not available.")
    if f.projection and f.projection[0] is not None:
        change, openings, category = f.projection[0], f.projection[1], f.projection[5]
        if change > 0.5:
            move = f"grow by {change:.1f}%"
        elif change < -0.5:
            move = f"shrink by {abs(change):.1f}%"
        else:
            move = "stay about the same"
        parts.append(
            f"BLS expects the number of jobs to {move} from 2024 to 2034. That counts as "
            f"\"{category.lower()}\"; the average for all jobs is "
            f"{outlook.ALL_OCCUPATIONS_CHANGE:+.1f}%."
        )
        if openings:
            parts.append(f"About {fmt.count(openings)} jobs open up each year, including "
                         "jobs left by people who retire or change careers.")
    else:
        parts.append("A BLS job outlook for this career is not available.")
    return " ".join(parts) + group


def _ai(f: _Facts) -> str:
    if not f.ai or f.ai[0] is None:
        return "An AI assessment for this career is not available."
    exposure, pct, index, human, label, sentence = f.ai
    parts = [f"AI assessment: {label}. {sentence}",
             f"About {exposure * 100:.0f}% of the tasks in this job could be done or sped up "
             f"by today's AI tools, which is more than in {pct}% of careers."]
    if index is not None:
        parts.append("When AI is used, it mostly helps workers rather than doing the task for "
                     "them." if index < 0.35 else
                     "For many tasks, AI could do a large part of the work, so the job may "
                     "shift toward checking and guiding that work." if index >= 0.55 else
                     "For some tasks AI helps; for others it could do much of the work.")
    if human:
        parts.append(f"The job relies {HUMAN_WORDS[human]} on human strengths such as "
                     "caring, persuading, original ideas and physical skill.")
    return " ".join(parts)


def compose(conn: sqlite3.Connection, code: str) -> str:
    """The data narrative for one occupation with tasks."""
    facts = _Facts(conn, code)
    paragraphs = [_day(facts), _thrive(facts), _getting_in(facts), _pay_outlook(facts),
                  _ai(facts)]
    return "\n\n".join(p for p in paragraphs if p)


def write(conn: sqlite3.Connection) -> None:
    codes = [r[0] for r in conn.execute("SELECT DISTINCT code FROM task ORDER BY code")]
    conn.executemany("INSERT INTO narrative VALUES (?,?,?)",
                     [(code, "data", compose(conn, code)) for code in codes])
    known = {r[0] for r in conn.execute("SELECT code FROM occupation")}
    missing = sorted(set(EDITORIAL) - known)
    if missing:
        raise SourceError(Path(editorial.__file__), f"editorial narrative for unknown "
                          f"occupation {missing[0]}")
    conn.executemany("INSERT INTO narrative VALUES (?,?,?)",
                     [(code, "editorial", text) for code, text in sorted(EDITORIAL.items())])
