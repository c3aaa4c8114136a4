"""Figures the sources do not hold directly, each with its method stored beside it:
time to enter, how the work divides, career progression and the AI assessment.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from careerdesk import outlook
from careerdesk.build import labels
from careerdesk.build.ai_anthropic import ConversationShare
from careerdesk.build.ai_gpts import GptsData
from careerdesk.build.errors import SourceError
from careerdesk.build.onet import Onet
from careerdesk.build.schema import insert

# ---------------------------------------------------------------- how the work divides

ACTIVITY_METHOD = "onet-activities"
REFERENCE_METHOD = "reference-page"

# Plain-language groups of O*NET's work activities, fixed for every career so that careers
# compare and their charts line up. O*NET files each detailed work activity (DWA) under an
# intermediate one (IWA) and that under one of 41 generalized work activities (GWA). A GWA
# gives the group (GWA_GROUP, every one of the 41 has a home) unless its IWA (IWA_GROUP) or
# the DWA itself (DWA_GROUP) says otherwise: O*NET's "Thinking Creatively" holds both design
# work and planning, "Assisting and Caring for Others" holds caring for animals, "Operating
# Vehicles" holds a repairer's drive to the site. Never renumber: the charts' colours and the
# comparison follow the ids.
ACTIVITY_GROUPS: list[tuple[int, str, str]] = [
    (1, "Talking and working with people",
     "Explaining, informing, building relationships, selling, settling disagreements and "
     "serving the public."),
    (2, "Caring for people or animals",
     "Looking after, treating or personally helping patients, customers and others, and "
     "caring for animals."),
    (3, "Leading, coordinating and teaching",
     "Organising other people's work, building teams, training, coaching, advising, "
     "staffing and managing resources."),
    (4, "Records, paperwork and computers",
     "Writing things down, entering and filing information, office work, programming and "
     "designing computer systems."),
    (5, "Analysing and planning",
     "Judging quality, checking rules, analysing data, solving problems, deciding, making "
     "plans and scheduling."),
    (6, "Finding and checking facts",
     "Finding information, watching processes and places, inspecting things and estimating "
     "amounts."),
    (7, "Hands-on work with tools and machines",
     "Physical work, handling and building things, running machines and repairing "
     "equipment."),
    (8, "Designing and creating",
     "Designing buildings, products and visuals, making art, writing and taking pictures."),
    (9, "Driving and operating vehicles",
     "Driving, piloting and steering vehicles, aircraft and boats, and watching traffic."),
]
PEOPLE, CARING, LEADING, RECORDS, ANALYSING, GATHERING, HANDS_ON, DESIGN, VEHICLES = \
    range(1, 10)
GWA_GROUP: dict[str, int] = {
    # information input
    "4.A.1.a.1": GATHERING, "4.A.1.a.2": GATHERING, "4.A.1.b.1": GATHERING,
    "4.A.1.b.2": GATHERING, "4.A.1.b.3": GATHERING,
    # mental processes
    "4.A.2.a.1": ANALYSING, "4.A.2.a.2": RECORDS, "4.A.2.a.3": ANALYSING,
    "4.A.2.a.4": ANALYSING, "4.A.2.b.1": ANALYSING, "4.A.2.b.2": ANALYSING,
    "4.A.2.b.3": ANALYSING, "4.A.2.b.4": ANALYSING, "4.A.2.b.5": ANALYSING,
    "4.A.2.b.6": ANALYSING,
    # work output
    "4.A.3.a.1": HANDS_ON, "4.A.3.a.2": HANDS_ON, "4.A.3.a.3": HANDS_ON,
    "4.A.3.a.4": VEHICLES, "4.A.3.b.1": RECORDS, "4.A.3.b.2": DESIGN,
    "4.A.3.b.4": HANDS_ON, "4.A.3.b.5": HANDS_ON, "4.A.3.b.6": RECORDS,
    # interacting with others
    "4.A.4.a.1": PEOPLE, "4.A.4.a.2": PEOPLE, "4.A.4.a.3": PEOPLE, "4.A.4.a.4": PEOPLE,
    "4.A.4.a.5": CARING, "4.A.4.a.6": PEOPLE, "4.A.4.a.7": PEOPLE, "4.A.4.a.8": PEOPLE,
    "4.A.4.b.1": LEADING, "4.A.4.b.2": LEADING, "4.A.4.b.3": LEADING,
    "4.A.4.b.4": LEADING, "4.A.4.b.5": LEADING, "4.A.4.b.6": LEADING,
    "4.A.4.c.1": RECORDS, "4.A.4.c.2": LEADING, "4.A.4.c.3": LEADING,
}
IWA_GROUP: dict[str, int] = {
    "4.A.1.a.2.I04": VEHICLES,  # Monitor traffic conditions.
    "4.A.1.a.2.I05": CARING,  # Monitor health conditions of humans or animals.
    "4.A.1.a.2.I10": RECORDS,  # Monitor operation of computer or information technologies.
    "4.A.1.b.2.I08": RECORDS,  # Test performance of computer or information systems.
    "4.A.2.a.2.I02": HANDS_ON,  # Sort materials or products.
    # Thinking Creatively: designing and making things; plans stay with planning
    "4.A.2.b.2.I01": CARING,  # Develop patient or client care or treatment plans.
    "4.A.2.b.2.I02": RECORDS,  # Design computer or information systems or applications.
    "4.A.2.b.2.I04": DESIGN,  # Develop recipes or menus.
    "4.A.2.b.2.I06": RECORDS,  # Design databases.
    "4.A.2.b.2.I07": DESIGN,  # Develop technical specifications for products or operations.
    "4.A.2.b.2.I11": DESIGN,  # Design structures or facilities.
    "4.A.2.b.2.I12": DESIGN,  # Develop marketing or promotional materials.
    "4.A.2.b.2.I13": DESIGN,  # Design materials or devices.
    "4.A.2.b.2.I14": DESIGN,  # Design industrial systems or equipment.
    "4.A.2.b.2.I15": LEADING,  # Develop educational programs, plans, or procedures.
    "4.A.2.b.2.I18": DESIGN,  # Create visual designs or displays.
    "4.A.2.b.2.I22": DESIGN,  # Develop news, entertainment, or artistic content.
    "4.A.2.b.2.I24": DESIGN,  # Design electrical or electronic systems or equipment.
    "4.A.2.b.2.I25": DESIGN,  # Create artistic designs or performances.
    "4.A.3.a.1.I13": CARING,  # Transport patients or clients.
    "4.A.3.a.2.I10": CARING,  # Train animals.
    "4.A.3.a.2.I18": VEHICLES,  # Direct vehicle traffic.
    "4.A.3.a.2.I23": VEHICLES,  # Tend watercraft.
    "4.A.3.a.2.I28": DESIGN,  # Create decorative objects or parts of objects.
    "4.A.3.a.3.I01": RECORDS,  # Operate office equipment.
    "4.A.3.b.6.I16": DESIGN,  # Write material for artistic or commercial purposes.
    # advising customers is serving them; counselling people on personal matters is caring
    "4.A.4.a.5.I10": PEOPLE,  # Provide general assistance to others, such as customers...
    "4.A.4.b.6.I01": CARING,  # Advise patients or clients on medical issues.
    "4.A.4.b.6.I02": PEOPLE,  # Advise others on products or services.
    "4.A.4.b.6.I10": CARING,  # Counsel others about personal matters.
}
# Single detailed activities whose intermediate one mixes kinds of work.
DWA_GROUP: dict[str, int] = {
    # computer systems work filed under advising, directing, evaluating or specifying
    "4.A.2.a.1.I07.D06": RECORDS,  # Assess database performance.
    "4.A.2.b.2.I07.D03": RECORDS,  # Develop specifications ... website development ...
    "4.A.2.b.2.I07.D05": RECORDS,  # Develop specifications for computer network operation.
    "4.A.2.b.2.I07.D07": RECORDS,  # Develop performance metrics ... information technology.
    "4.A.4.b.4.I06.D04": RECORDS,  # Coordinate software or hardware installation.
    "4.A.3.b.4.I04.D01": RECORDS,  # Maintain computer hardware.
    "4.A.3.b.4.I04.D02": RECORDS,  # Maintain computer networks ...
    "4.A.3.b.4.I04.D06": RECORDS,  # Maintain computer equipment or software.
    "4.A.4.b.6.I04.D02": RECORDS,  # Provide technical support for software maintenance ...
    "4.A.4.b.6.I04.D03": RECORDS,  # Provide recommendations ... about computer hardware.
    "4.A.4.b.6.I04.D05": RECORDS,  # Provide technical support for computer network issues.
    "4.A.4.b.6.I04.D06": RECORDS,  # Recommend changes to improve computer ... systems.
    # watching through cameras is watching; taking pictures is creating
    "4.A.3.a.3.I05.D02": GATHERING,  # Operate surveillance equipment to detect ...
    "4.A.3.a.3.I05.D04": DESIGN,  # Operate still or video cameras or related equipment.
    # phones, radios and switchboards are for talking to people (broadcast equipment stays
    # technical work)
    "4.A.3.a.3.I10.D01": PEOPLE,  # Operate communications equipment or systems.
    # filing is paperwork
    "4.A.2.a.2.I02.D01": RECORDS,  # Sort mail.
    "4.A.3.a.2.I37.D03": RECORDS,  # Store records or related materials.
    # steering and navigating vehicles, filed under planning, reading or directing
    "4.A.1.a.1.I02.D02": VEHICLES,  # Read maps to determine routes.
    "4.A.1.a.2.I02.D07": VEHICLES,  # Monitor vehicle movement or location.
    "4.A.2.b.1.I04.D12": VEHICLES,  # Choose optimal transportation routes or speeds.
    "4.A.2.b.6.I02.D04": VEHICLES,  # Plan flight operations.
    "4.A.2.b.6.I02.D05": VEHICLES,  # Adjust routes or speeds as necessary.
    "4.A.4.b.4.I08.D02": VEHICLES,  # Coordinate flight control or management activities.
    # a repairer's drive to the site is not driving work
    "4.A.3.a.4.I01.D05": HANDS_ON,  # Travel to work sites to perform installation, repair ...
}
TASK_WEIGHT = {True: 2.0, False: 1.0, None: 1.5}

ACTIVITY_METHOD_TEXT = (
    "An estimate of how the work divides among activities, not measured hours. Each of the "
    "occupation's O*NET 29.3 tasks counts once (core tasks twice as much as supplemental "
    "ones; tasks O*NET does not classify 1.5 times); its weight is shared equally among the "
    "detailed work activities O*NET links it to. Each detailed activity belongs to one of "
    "nine plain-language groups, the same for every career: mostly by the general activity "
    "O*NET files it under, but design work has its own group (computer design goes with "
    "computers), caring for animals goes with caring, phones and radios go with talking, "
    "and driving, piloting and steering with vehicles. The shares are rounded to whole "
    "percents that add up to 100."
)
REFERENCE_SPLIT = {
    "43-6013.00": [
        ("Patient communication", 40.0),
        ("Insurance and billing", 35.0),
        ("Records, correspondence and coordination", 25.0),
    ]
}
REFERENCE_METHOD_TEXT = (
    "The split given on the career page this app grew from (the reference page), written "
    "by its editors from their knowledge of the job; an editorial estimate, not survey data."
)


def round_to_100(shares: Mapping[int, float]) -> dict[int, int]:
    """Whole percents proportional to ``shares`` that add up to exactly 100.

    Largest-remainder rounding; ties go to the lower key so the result is deterministic.
    """
    total = sum(shares.values())
    if total <= 0:
        raise ValueError("no shares to round")
    exact = {k: v * 100.0 / total for k, v in shares.items()}
    floors = {k: int(v) for k, v in exact.items()}
    left = 100 - sum(floors.values())
    order = sorted(exact, key=lambda k: (-(exact[k] - floors[k]), k))
    for k in order[:left]:
        floors[k] += 1
    return floors


def time_allocation(onet: Onet, conn: sqlite3.Connection, dwa_file: Path) -> None:
    insert(conn, "activity_group", ACTIVITY_GROUPS)
    insert(
        conn, "time_method",
        [
            (ACTIVITY_METHOD, "Estimated from O*NET work activities", "data",
             ACTIVITY_METHOD_TEXT),
            (REFERENCE_METHOD, "From the reference career page", "editorial",
             REFERENCE_METHOD_TEXT),
        ],
    )
    shares: list[tuple[str, str, int, int | None, str, float]] = []
    details: list[tuple[str, int, str, float]] = []
    for code in sorted(onet.tasks):
        # (group, GWA) -> weight
        by_gwa: dict[tuple[int, str], float] = defaultdict(float)
        for task_id, _, core in onet.tasks[code]:
            dwas = onet.task_dwas.get((code, task_id), [])
            for dwa in dwas:
                gwa = onet.dwa_gwa[dwa]
                by_gwa[activity_group(dwa, onet.dwa_iwa.get(dwa, ""), gwa, dwa_file), gwa] += \
                    TASK_WEIGHT[core] / len(dwas)
        if not by_gwa:
            continue
        by_group: dict[int, float] = defaultdict(float)
        for (gid, _), weight in by_gwa.items():
            by_group[gid] += weight
        percents = round_to_100(by_group)
        seq = 0
        for gid in sorted(percents, key=lambda g: (-percents[g], g)):
            if percents[gid] == 0:
                continue
            seq += 1
            shares.append((code, ACTIVITY_METHOD, seq, gid, _group_name(gid),
                           float(percents[gid])))
        total = sum(by_gwa.values())
        for (gid, gwa), weight in by_gwa.items():
            details.append((code, gid, gwa, round(weight * 100.0 / total, 1)))
    for code, split in REFERENCE_SPLIT.items():
        for seq, (label, percent) in enumerate(split, start=1):
            shares.append((code, REFERENCE_METHOD, seq, None, label, percent))
    insert(conn, "time_share", sorted(shares))
    insert(conn, "time_detail", sorted(details))


def activity_group(dwa: str, iwa: str, gwa: str, dwa_file: Path) -> int:
    """The group of a detailed work activity: its own entry, else its intermediate
    activity's, else its generalized activity's; a GWA no group knows stops the build."""
    if dwa in DWA_GROUP:
        return DWA_GROUP[dwa]
    if iwa in IWA_GROUP:
        return IWA_GROUP[iwa]
    if gwa not in GWA_GROUP:
        raise SourceError(dwa_file, f"work activity {gwa} belongs to no group",
                          column="Element ID")
    return GWA_GROUP[gwa]


def _group_name(gid: int) -> str:
    return next(name for g, name, _ in ACTIVITY_GROUPS if g == gid)


# ---------------------------------------------------------------- time to enter

# Years after high school, (fewest, most), for each BLS category.
EDUCATION_YEARS = {
    "No formal educational credential": (0.0, 0.0),
    "High school diploma or equivalent": (0.0, 0.0),
    "Postsecondary nondegree award": (0.5, 2.0),
    "Some college, no degree": (1.0, 2.0),
    "Associate's degree": (2.0, 2.0),
    "Bachelor's degree": (4.0, 4.0),
    "Master's degree": (5.0, 6.0),
    "Doctoral or professional degree": (7.0, 10.0),
}
EXPERIENCE_YEARS = {
    "None": (0.0, 0.0),
    "Less than 5 years": (1.0, 4.0),
    "5 years or more": (5.0, 5.0),
}
TRAINING_YEARS = {
    "None": (0.0, 0.0),
    "Short-term on-the-job training": (0.0, 0.1),
    "Moderate-term on-the-job training": (0.1, 1.0),
    "Long-term on-the-job training": (1.0, 2.0),
    "Apprenticeship": (3.0, 5.0),
    "Internship/residency": (1.0, 7.0),
}
# O*NET job zone preparation (specific vocational preparation ranges), for occupations
# without a BLS line.
JOB_ZONE_YEARS = {1: (0.0, 0.25), 2: (0.25, 2.0), 3: (1.0, 4.0), 4: (2.0, 4.0),
                  5: (4.0, 10.0)}
ENTRY_TIME_METHOD = (
    "An estimate of the years of preparation after high school. Where BLS publishes entry "
    "requirements, it adds the usual length of the typical entry education (for example 4 "
    "years for a bachelor's degree, 2 for an associate's), of the related work experience "
    "(1-4 years for 'less than 5 years', 5 for '5 years or more') and of the on-the-job "
    "training (up to 1 month short-term, 1-12 months moderate-term, 1-2 years long-term, "
    "3-5 years apprenticeship, 1-7 years internship or residency). Otherwise it uses the "
    "preparation range of the O*NET job zone. Individual paths vary."
)


def entry_time(conn: sqlite3.Connection, onet: Onet) -> None:
    rows = []
    query = (
        "SELECT o.code, p.entry_education, p.work_experience, p.on_the_job_training"
        " FROM occupation o LEFT JOIN projection p ON p.soc_code = o.soc_code ORDER BY o.code"
    )
    for code, education, experience, training in conn.execute(query):
        parts = [EDUCATION_YEARS.get(education or ""), EXPERIENCE_YEARS.get(experience or ""),
                 TRAINING_YEARS.get(training or "")]
        if all(part is not None for part in parts):
            low = sum(p[0] for p in parts if p)
            high = sum(p[1] for p in parts if p)
            rows.append((code, low, high, "bls"))
        elif code in onet.job_zones:
            low, high = JOB_ZONE_YEARS[onet.job_zones[code]]
            rows.append((code, low, high, "job_zone"))
    insert(conn, "entry_time", rows)


# ---------------------------------------------------------------- progression

PAY_STEP_PERCENT = 10  # a step at the same job zone pays at least 10 % more (national median)
MAX_ZONE_STEP = 1  # a next step needs at most one more job zone of preparation
# ... and at most 4 more years of school: BLS typical entry education, counted with the
# longest usual length of each level (EDUCATION_YEARS), so no medical school after nursing.
MAX_SCHOOL_YEARS = 4.0
PRIMARY_TIERS = ("Primary-Short", "Primary-Long")  # O*NET's ten most closely related
INTEREST_AREAS = ("1.B.1.a", "1.B.1.b", "1.B.1.c", "1.B.1.d", "1.B.1.e", "1.B.1.f")


def main_interests(ratings: Mapping[str, float]) -> frozenset[str]:
    """The RIASEC area or areas (tied) an occupation is rated highest on; empty if unrated."""
    values = {area: ratings[area] for area in INTEREST_AREAS if area in ratings}
    if not values:
        return frozenset()
    top = max(values.values())
    return frozenset(area for area, value in values.items() if value == top)


def same_kind_of_work(code: str, other: str, tier: str, interests: frozenset[str],
                      other_interests: frozenset[str]) -> bool:
    """O*NET lists ``other`` among the ten careers most closely related to ``code`` (its
    primary tiers), or it is in the same SOC major group (job family), or the two share their
    main interest area."""
    return tier in PRIMARY_TIERS or code[:2] == other[:2] or bool(interests & other_interests)


def school_gap_ok(education: str | None, other_education: str | None) -> bool:
    """Whether ``other_education`` (BLS typical entry education) needs at most
    ``MAX_SCHOOL_YEARS`` more years of school than ``education``; True where either is not
    available or not a BLS category (the job zone rule still applies)."""
    if education not in EDUCATION_YEARS or other_education not in EDUCATION_YEARS:
        return True
    return EDUCATION_YEARS[other_education][1] - EDUCATION_YEARS[education][1] \
        <= MAX_SCHOOL_YEARS


def step_up(zone: int | None, other_zone: int | None, pay: float | None,
            other_pay: float | None) -> tuple[bool, bool] | None:
    """Whether a related career of the same kind of work is a realistic next step:
    ``(more_preparation, higher_pay)``, or None when it is not a step.

    A step needs the same job zone or one more (never two or more, never fewer) and pays
    no less (national median). At the same job zone it must pay at least 10 % more. Where
    either pay is not available only the one-zone step counts; where either job zone is
    not available there is no step.
    """
    if zone is None or other_zone is None or not 0 <= other_zone - zone <= MAX_ZONE_STEP:
        return None
    more_prep = other_zone > zone
    if pay is None or other_pay is None:
        return (True, False) if more_prep else None
    higher_pay = other_pay * 100 >= pay * (100 + PAY_STEP_PERCENT)  # exact, no rounding
    if other_pay < pay or not (more_prep or higher_pay):
        return None
    return more_prep, higher_pay


def progression(conn: sqlite3.Connection, onet: Onet) -> None:
    medians = dict(conn.execute(
        "SELECT o.code, w.annual_median FROM occupation o JOIN wage w"
        " ON w.soc_code = o.soc_code AND w.area = '00' WHERE w.annual_median IS NOT NULL"
    ))
    education = dict(conn.execute(
        "SELECT o.code, p.entry_education FROM occupation o JOIN projection p"
        " ON p.soc_code = o.soc_code"
    ))
    interests = {code: main_interests(onet.ratings.get(code, {})) for code in onet.occupations}
    rows = []
    for code in sorted(onet.related):
        seq = 0
        for other, tier in onet.related[code]:
            if not same_kind_of_work(code, other, tier, interests[code], interests[other]):
                continue
            if not school_gap_ok(education.get(code), education.get(other)):
                continue
            step = step_up(onet.job_zones.get(code), onet.job_zones.get(other),
                           medians.get(code), medians.get(other))
            if step is not None:
                seq += 1
                rows.append((code, seq, other, int(step[0]), int(step[1])))
    insert(conn, "progression", rows)


# ---------------------------------------------------------------- AI assessment

EXPOSURE_LEVELS = [(0.5, "high"), (0.25, "medium"), (0.0, "low")]
AUTOMATION_LEVELS = [
    (0.55, "Leans toward taking over tasks"),
    (0.35, "A mix of assisting and taking over tasks"),
    (0.0, "Mostly assists workers"),
]
HUMAN_LEVELS = [(55.0, "high"), (40.0, "moderate"), (0.0, "low")]

# Reliance on distinctly human capabilities: four parts, each the mean of O*NET ratings
# rescaled to 0-100 (importance 1-5, interests 1-7); the index is the mean of the parts.
HUMAN_PARTS: dict[str, tuple[str, ...]] = {
    "caring and social insight": ("2.B.1.a", "2.B.1.f", "1.C.3.b", "1.B.1.d"),
    "persuading, negotiating and leading": ("2.B.1.c", "2.B.1.d", "2.B.1.e", "1.C.2.b"),
    "original ideas and judgement": ("1.A.1.b.1", "1.A.1.b.2", "2.B.2.i", "2.B.4.e"),
    "physical and hands-on work": ("1.A.2.a.2", "1.A.2.a.3", "1.A.3.a.1", "1.A.3.b.1",
                                   "1.A.3.c.3", "1.B.1.a"),
}
INTEREST_IDS = {"1.B.1.a", "1.B.1.b", "1.B.1.c", "1.B.1.d", "1.B.1.e", "1.B.1.f"}

AI_METHOD = {
    "exposure": (
        "Share of the occupation's tasks that current large language models, alone or with "
        "software built on them, could do or speed up a lot: the GPT-4-rated 'beta' measure "
        "of Eloundou et al., 'GPTs are GPTs' (Science, 2024), which counts fully exposed tasks "
        "once and tasks needing extra software half. Levels: low below 25 %, medium 25-50 %, "
        "high 50 % or more. The percentile places it among all 923 rated occupations."
    ),
    "replace_vs_assist": (
        "From the same study's automation rating of each task, T0 (no automation) to T4 "
        "(full automation with no human involvement): the mean level divided by 4, from 0 "
        "(AI only assists) to 1 (AI could do the tasks by itself). Below 0.35: mostly assists; "
        "0.35-0.55: a mix; 0.55 and above: leans toward taking over tasks. The levels are "
        "GPT-4's, from the study's file of automation labels (automation_gpt4_human_labels.tsv). "
        "The study shares a second GPT-4 rating of the same tasks (in full_labelset.tsv) that "
        "differs on about a third of them. CareerDesk uses the first because people also rated "
        "100 of its tasks, and it agrees with them a little more often (65 of 100, against 62)."
    ),
    "human_capabilities": (
        "An index from 0 to 100 made by CareerDesk from O*NET ratings of the occupation: the "
        "mean of four parts, each the average importance (rescaled 0-100) of: caring and "
        "social insight (Social Perceptiveness and Service Orientation skills, Concern for "
        "Others work style, Social interest); persuading, negotiating and leading "
        "(Persuasion, Negotiation and Instructing skills, Leadership work style); original "
        "ideas and judgement (Fluency of Ideas and Originality abilities, Complex Problem "
        "Solving and Judgment and Decision Making skills); physical and hands-on work "
        "(Manual and Finger Dexterity, Static Strength, Stamina and Gross Body Coordination "
        "abilities, Realistic interest). Low below 40, moderate 40-55, high 55 or more. "
        "Not available where O*NET has not rated the occupation's skills and abilities."
    ),
    "label": (
        "The label combines the exposure level with the BLS 2024-34 outlook (growing demand: "
        "faster than average; steady growth: about as fast as average or slower; little or "
        "no change: within 0.4% either way; shrinking jobs: a decline), using the table of "
        "labels shown with it."
    ),
    "context": (
        "Also shown, for context: Microsoft Research's AI applicability score for the SOC "
        "occupation, or for the combined BLS group that includes it (Tomlinson et al. 2025, "
        "from Bing Copilot conversations) and the share "
        "of Claude.ai conversations that matched the occupation's tasks (Anthropic Economic "
        "Index, Feb 2025)."
    ),
    # how the Anthropic share is joined (``careerdesk.build.ai_anthropic``), in plain words
    "conversation_share": (
        "From the Anthropic Economic Index (Handa and others, 2025). Anthropic took a sample of "
        "chats with its Claude AI from December 2024 and January 2025. It linked each chat to "
        "one task in an older O*NET task list. That list files tasks under older job codes, so "
        "CareerDesk joins it by the words of each task instead. A task of this career in O*NET "
        "29.3 counts when its words are the same as a task in the older list. Capital letters, "
        "spaces and punctuation do not matter. A task reworded a little also counts. It must "
        "share at least 4 in 5 of its words with a task of the older job that the career's "
        "other tasks came from. The share is the sum of the shares of the tasks that match. A "
        "listed task with no share had too few chats to count. If fewer than half of the "
        "career's tasks match, the share is not available. One task can belong to several "
        "careers, so the shares of all careers add up to more than 100%."
    ),
}


def _level(value: float, levels: Iterable[tuple[float, str]]) -> str:
    return next(name for lowest, name in levels if value >= lowest)


def _rescaled(element: str, value: float) -> float:
    top = 7.0 if element in INTEREST_IDS else 5.0
    return (value - 1.0) / (top - 1.0) * 100.0


def human_index(ratings: Mapping[str, float], rated: bool) -> float | None:
    """The human-capabilities index, or None when the occupation is not rated."""
    if not rated:
        return None
    parts = []
    for elements in HUMAN_PARTS.values():
        values = [_rescaled(e, ratings[e]) for e in elements if e in ratings]
        if len(values) < len(elements) - 1:
            return None
        parts.append(sum(values) / len(values))
    return round(sum(parts) / len(parts), 1)


def percentile(value: float, population: list[float]) -> int:
    """Percent of the population strictly below ``value`` (0-100)."""
    below = sum(1 for other in population if other < value)
    return round(below * 100 / len(population))


def ai_assessment(
    conn: sqlite3.Connection,
    onet: Onet,
    gpts: GptsData,
    rated: set[str],
    applicability: Mapping[str, float],
    conversations: Mapping[str, ConversationShare],
) -> None:
    insert(conn, "ai_label", labels.AI_LABELS)
    trends = dict(conn.execute(
        "SELECT o.code, p.outlook FROM occupation o JOIN projection p"
        " ON p.soc_code = o.soc_code"
    ))
    population = sorted(gpts.exposure.values())
    rows = []
    for code in sorted(onet.tasks):
        exposure = gpts.exposure.get(code)
        level = None if exposure is None else _level(exposure, EXPOSURE_LEVELS)
        automation = gpts.automation.get(code)
        index = None if not automation else round(sum(automation) / (4 * len(automation)), 3)
        human = human_index(onet.ratings.get(code, {}), code in rated)
        trend = outlook.trend(trends.get(code))
        rows.append((
            code,
            exposure,
            None if exposure is None else percentile(exposure, population),
            level,
            index,
            len(automation) if automation else None,
            None if index is None else _level(index, AUTOMATION_LEVELS),
            human,
            None if human is None else _level(human, HUMAN_LEVELS),
            applicability.get(code[:7]),
            *_conversations(conversations.get(code)),
            None if level is None else f"{level}-{trend}",
        ))
    insert(conn, "ai_assessment", rows)


def _conversations(share: ConversationShare | None) -> tuple[float | None, int | None,
                                                              int | None]:
    if share is None:
        return None, None, None
    return (None if share.percent is None else round(share.percent, 4), share.matched,
            share.tasks)
