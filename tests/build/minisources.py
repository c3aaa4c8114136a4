"""A miniature, structurally faithful copy of every source file the importer reads.

``write_mini_sources(root)`` writes the same folder layout as ``/work/shared/data`` (same
file names, the exact header lines, tab-separated O*NET text, .xlsx workbooks, the BLS
projections workbook with its title row and footnotes, the OEWS CSV with CRLF line ends
and the gzip-compressed OEWS SQLite file) holding a handful of occupations with simple
numbers, so that importer tests can assert exact results and run in well under a second.

The helpers below the writer change one file of a written tree (rename a column, set one
field, append a row, truncate a file ...) and return the line or row they touched, so a
test can check that the importer's error names that file, column and line.

The occupations:

* ``43-6013.00`` Medical Secretaries: 6 tasks (4 core, 2 supplemental), BLS projections,
  national and state wages, AI ratings, rated abilities.
* ``29-1141.00`` Registered Nurses and ``29-1141.01`` Acute Care Nurses: both SOC
  ``29-1141``, so they share the BLS figures; one top-coded state wage.
* ``11-1031.00`` Legislators: no tasks, no BLS figures, empty ability cells (unrated).
* every other occupation that has an editorial narrative (the importer requires them to
  exist): title and description only.
"""

from __future__ import annotations

import csv
import gzip
import io
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import openpyxl

from careerdesk.build.editorial import EDITORIAL

# ------------------------------------------------------------------------- file layout

ONET_TEXT = "onet-29.3/text"
ONET_EXCEL = "onet-29.3/excel"

FILES: dict[str, str] = {
    "content_model": f"{ONET_TEXT}/Content Model Reference.txt",
    "occupations": f"{ONET_TEXT}/Occupation Data.txt",
    "job_zone_reference": f"{ONET_TEXT}/Job Zone Reference.txt",
    "job_zones": f"{ONET_TEXT}/Job Zones.txt",
    "tasks": f"{ONET_TEXT}/Task Statements.txt",
    "dwa_reference": f"{ONET_TEXT}/DWA Reference.txt",
    "reported_titles": f"{ONET_TEXT}/Sample of Reported Titles.txt",
    "related": f"{ONET_TEXT}/Related Occupations.txt",
    "technology": f"{ONET_TEXT}/Technology Skills.txt",
    "tools": f"{ONET_TEXT}/Tools Used.txt",
    "work_styles": f"{ONET_TEXT}/Work Styles.txt",
    "interests": f"{ONET_TEXT}/Interests.txt",
    "interest_activities": f"{ONET_TEXT}/Interests Illustrative Activities.txt",
    "basic_interests": f"{ONET_TEXT}/Basic Interests to RIASEC.txt",
    "education_categories": f"{ONET_TEXT}/Education, Training, and Experience Categories.txt",
    "tasks_to_dwas": f"{ONET_EXCEL}/Tasks to DWAs.xlsx",
    "alternate_titles": f"{ONET_EXCEL}/Alternate Titles.xlsx",
    "skills": f"{ONET_EXCEL}/Skills.xlsx",
    "knowledge": f"{ONET_EXCEL}/Knowledge.xlsx",
    "education": f"{ONET_EXCEL}/Education, Training, and Experience.xlsx",
    "abilities": "onet-29-abilities/ONET_29_Merged_Data.csv",
    "projections": "bls-employment-projections-2024-34/occupation_2024-34.xlsx",
    "oews_national": "bls-oews-may-2025/oews_may2025_national_cross_industry.csv",
    "oews_full": "bls-oews-may-2025/oews-2025.sqlite.gz",
    "gpts_occupations": "ai-gpts-are-gpts/occ_level.csv",
    "gpts_tasks": "ai-gpts-are-gpts/automation_gpt4_human_labels.tsv",
    "microsoft": "ai-microsoft-working-with-ai/soc_ai_applicability_scores.csv",
    "soc_structure": "ai-anthropic-economic-index-v1/SOC_Structure.csv",
    "anthropic_mappings": "ai-anthropic-economic-index-v1/onet_task_mappings.csv",
    "anthropic_tasks": "ai-anthropic-economic-index-v1/onet_task_statements.csv",
    "cip_soc": "nces-cip-soc-2020/CIP2020_SOC2018_Crosswalk.xlsx",
    "cip_list": "nces-cip-soc-2020/CIPCode2020.csv",
}

# ------------------------------------------------------------------------- occupations

SECRETARY = "43-6013.00"
NURSE = "29-1141.00"
ACUTE_NURSE = "29-1141.01"
LEGISLATOR = "11-1031.00"

CORE_OCCUPATIONS: dict[str, tuple[str, str]] = {
    LEGISLATOR: (
        "Legislators",
        "Develop, introduce, or enact laws and statutes at the local, tribal, state, or "
        "federal level. Includes only workers in elected positions.",
    ),
    NURSE: (
        "Registered Nurses",
        "Assess patient health problems and needs, develop and implement nursing care plans, "
        "and maintain medical records. Licensing or registration required.",
    ),
    ACUTE_NURSE: (
        "Acute Care Nurses",
        "Provide advanced nursing care for patients with acute conditions such as heart "
        "attacks, respiratory distress syndrome, or shock.",
    ),
    SECRETARY: (
        "Medical Secretaries and Administrative Assistants",
        "Perform secretarial duties using specific knowledge of medical terminology and "
        "hospital, clinic, or laboratory procedures.",
    ),
}
_BARE_TITLES = {"47-2111.00": "Electricians", "15-1252.00": "Software Developers"}


def _all_occupations() -> dict[str, tuple[str, str]]:
    occupations = dict(CORE_OCCUPATIONS)
    for code in EDITORIAL:  # the importer requires each editorial narrative's occupation
        occupations.setdefault(
            code, (_BARE_TITLES.get(code, f"Occupation {code}"), f"Description of {code}.")
        )
    return dict(sorted(occupations.items()))


OCCUPATIONS = _all_occupations()
BARE = sorted(set(OCCUPATIONS) - set(CORE_OCCUPATIONS))  # title and description only

_GROUP_TITLES = {
    "11-0000": "Management Occupations",
    "15-0000": "Computer and Mathematical Occupations",
    "29-0000": "Healthcare Practitioners and Technical Occupations",
    "43-0000": "Office and Administrative Support Occupations",
    "47-0000": "Construction and Extraction Occupations",
}
MAJOR_GROUPS = {
    code[:2] + "-0000": _GROUP_TITLES.get(code[:2] + "-0000", f"Group {code[:2]} Occupations")
    for code in OCCUPATIONS
}

JOB_ZONES = {LEGISLATOR: 4, NURSE: 4, ACUTE_NURSE: 3, SECRETARY: 2}

# ------------------------------------------------------------------------- content model

# (id, name); parents (e.g. "1.A", "2.B.1") and non-leaves ("1.B.1.g") are written too
ABILITIES: list[tuple[str, str]] = [
    ("1.A.1.a.1", "Oral Comprehension"), ("1.A.1.a.2", "Written Comprehension"),
    ("1.A.1.a.3", "Oral Expression"), ("1.A.1.a.4", "Written Expression"),
    ("1.A.1.b.1", "Fluency of Ideas"), ("1.A.1.b.2", "Originality"),
    ("1.A.1.b.3", "Problem Sensitivity"), ("1.A.1.b.4", "Deductive Reasoning"),
    ("1.A.1.b.5", "Inductive Reasoning"), ("1.A.1.b.6", "Information Ordering"),
    ("1.A.1.b.7", "Category Flexibility"), ("1.A.1.c.1", "Mathematical Reasoning"),
    ("1.A.1.c.2", "Number Facility"), ("1.A.1.d.1", "Memorization"),
    ("1.A.1.e.1", "Speed of Closure"), ("1.A.1.e.2", "Flexibility of Closure"),
    ("1.A.1.e.3", "Perceptual Speed"), ("1.A.1.f.1", "Spatial Orientation"),
    ("1.A.1.f.2", "Visualization"), ("1.A.1.g.1", "Selective Attention"),
    ("1.A.1.g.2", "Time Sharing"), ("1.A.2.a.1", "Arm-Hand Steadiness"),
    ("1.A.2.a.2", "Manual Dexterity"), ("1.A.2.a.3", "Finger Dexterity"),
    ("1.A.2.b.1", "Control Precision"), ("1.A.2.b.2", "Multilimb Coordination"),
    ("1.A.2.b.3", "Response Orientation"), ("1.A.2.b.4", "Rate Control"),
    ("1.A.2.c.1", "Reaction Time"), ("1.A.2.c.2", "Wrist-Finger Speed"),
    ("1.A.2.c.3", "Speed of Limb Movement"), ("1.A.3.a.1", "Static Strength"),
    ("1.A.3.a.2", "Explosive Strength"), ("1.A.3.a.3", "Dynamic Strength"),
    ("1.A.3.a.4", "Trunk Strength"), ("1.A.3.b.1", "Stamina"),
    ("1.A.3.c.1", "Extent Flexibility"), ("1.A.3.c.2", "Dynamic Flexibility"),
    ("1.A.3.c.3", "Gross Body Coordination"), ("1.A.3.c.4", "Gross Body Equilibrium"),
    ("1.A.4.a.1", "Near Vision"), ("1.A.4.a.2", "Far Vision"),
    ("1.A.4.a.3", "Visual Color Discrimination"), ("1.A.4.a.4", "Night Vision"),
    ("1.A.4.a.5", "Peripheral Vision"), ("1.A.4.a.6", "Depth Perception"),
    ("1.A.4.a.7", "Glare Sensitivity"), ("1.A.4.b.1", "Hearing Sensitivity"),
    ("1.A.4.b.2", "Auditory Attention"), ("1.A.4.b.3", "Sound Localization"),
    ("1.A.4.b.4", "Speech Recognition"), ("1.A.4.b.5", "Speech Clarity"),
]
SKILLS: list[tuple[str, str]] = [
    ("2.A.1.a", "Reading Comprehension"), ("2.A.1.b", "Active Listening"),
    ("2.B.1.a", "Social Perceptiveness"), ("2.B.1.c", "Persuasion"),
    ("2.B.1.d", "Negotiation"), ("2.B.1.e", "Instructing"),
    ("2.B.1.f", "Service Orientation"), ("2.B.2.i", "Complex Problem Solving"),
    ("2.B.4.e", "Judgment and Decision Making"),
]
KNOWLEDGE: list[tuple[str, str]] = [
    ("2.C.1.b", "Administrative"), ("2.C.1.e", "Customer and Personal Service"),
    ("2.C.5.a", "Medicine and Dentistry"),
]
WORK_STYLES: list[tuple[str, str]] = [
    ("1.C.2.b", "Leadership"), ("1.C.3.b", "Concern for Others"),
    ("1.C.4.b", "Stress Tolerance"), ("1.C.5.a", "Dependability"),
    ("1.C.5.b", "Attention to Detail"), ("1.C.6", "Independence"),
]
INTERESTS: list[tuple[str, str]] = [
    ("1.B.1.a", "Realistic"), ("1.B.1.b", "Investigative"), ("1.B.1.c", "Artistic"),
    ("1.B.1.d", "Social"), ("1.B.1.e", "Enterprising"), ("1.B.1.f", "Conventional"),
]
HIGH_POINTS: list[tuple[str, str]] = [
    ("1.B.1.g", "First Interest High-Point"), ("1.B.1.h", "Second Interest High-Point"),
    ("1.B.1.i", "Third Interest High-Point"),
]
WORK_ACTIVITIES: list[tuple[str, str]] = [
    ("4.A.1.a.1", "Getting Information"),
    ("4.A.1.a.2", "Monitoring Processes, Materials, or Surroundings"),
    ("4.A.2.a.2", "Processing Information"),
    ("4.A.2.b.5", "Scheduling Work and Activities"),
    ("4.A.3.b.6", "Documenting/Recording Information"),
    ("4.A.4.a.3", "Communicating with People Outside the Organization"),
    ("4.A.4.a.5", "Assisting and Caring for Others"),
    ("4.A.4.b.4", "Guiding, Directing, and Motivating Subordinates"),
]
_PARENTS: list[tuple[str, str]] = [
    ("1", "Worker Characteristics"), ("1.A", "Abilities"), ("1.A.1", "Cognitive Abilities"),
    ("1.A.1.a", "Verbal Abilities"), ("1.B", "Interests"),
    ("1.B.1", "General Occupational Interests"), ("1.C", "Work Styles"),
    ("1.C.5", "Conscientiousness"), ("2", "Worker Requirements"), ("2.A", "Basic Skills"),
    ("2.A.1", "Content"), ("2.B", "Cross-Functional Skills"), ("2.B.1", "Social Skills"),
    ("2.C", "Knowledge"), ("2.C.1", "Business and Management"), ("4", "Occupational Requirements"),
    ("4.A", "Generalized Work Activities"), ("4.A.1", "Information Input"),
    ("4.A.1.a", "Looking for and Receiving Job-Related Information"),
]
ELEMENT_KINDS = {
    "ability": ABILITIES, "skill": SKILLS, "knowledge": KNOWLEDGE, "work_style": WORK_STYLES,
    "interest": INTERESTS, "work_activity": WORK_ACTIVITIES,
}
ELEMENT_NAMES = {
    element: name
    for group in (_PARENTS, ABILITIES, SKILLS, KNOWLEDGE, WORK_STYLES, INTERESTS, HIGH_POINTS,
                  WORK_ACTIVITIES)
    for element, name in group
}

# The exact column names of ONET_29_Merged_Data.csv (alphabetical within each group).
CSV_SKILL_NAMES = (
    "Active Learning", "Active Listening", "Complex Problem Solving", "Coordination",
    "Critical Thinking", "Equipment Maintenance", "Equipment Selection", "Installation",
    "Instructing", "Judgment and Decision Making", "Learning Strategies",
    "Management of Financial Resources", "Management of Material Resources",
    "Management of Personnel Resources", "Mathematics", "Monitoring", "Negotiation",
    "Operation and Control", "Operations Analysis", "Operations Monitoring", "Persuasion",
    "Programming", "Quality Control Analysis", "Reading Comprehension", "Repairing",
    "Science", "Service Orientation", "Social Perceptiveness", "Speaking", "Systems Analysis",
    "Systems Evaluation", "Technology Design", "Time Management", "Troubleshooting",
    "Writing",
)
CSV_KNOWLEDGE_NAMES = (
    "Administration and Management", "Administrative", "Biology", "Building and Construction",
    "Chemistry", "Communications and Media", "Computers and Electronics",
    "Customer and Personal Service", "Design", "Economics and Accounting",
    "Education and Training", "Engineering and Technology", "English Language", "Fine Arts",
    "Food Production", "Foreign Language", "Geography", "History and Archeology",
    "Law and Government", "Mathematics", "Mechanical", "Medicine and Dentistry",
    "Personnel and Human Resources", "Philosophy and Theology", "Physics",
    "Production and Processing", "Psychology", "Public Safety and Security",
    "Sales and Marketing", "Sociology and Anthropology", "Telecommunications",
    "Therapy and Counseling", "Transportation",
)
CSV_ABILITY_NAMES = tuple(sorted(name for _, name in ABILITIES))

# ------------------------------------------------------------------------- ratings

# Importance (IM; interests OI). Skills and knowledge also get a level (LV) row, ignored.
SKILL_RATINGS: dict[str, dict[str, float]] = {
    SECRETARY: {
        "2.A.1.a": 4.0, "2.A.1.b": 4.5, "2.B.1.a": 3.0, "2.B.1.c": 2.0, "2.B.1.d": 2.0,
        "2.B.1.e": 2.0, "2.B.1.f": 4.0, "2.B.2.i": 3.0, "2.B.4.e": 3.0,
    },
    NURSE: {"2.A.1.b": 4.5, "2.B.1.a": 4.0, "2.B.1.f": 4.0, "2.B.1.e": 3.0},
    ACUTE_NURSE: {"2.A.1.b": 4.0, "2.B.2.i": 4.5},
}
KNOWLEDGE_RATINGS: dict[str, dict[str, float]] = {
    SECRETARY: {"2.C.1.b": 4.5, "2.C.1.e": 4.0, "2.C.5.a": 3.0},
    NURSE: {"2.C.5.a": 4.5, "2.C.1.e": 4.0},
    ACUTE_NURSE: {"2.C.5.a": 5.0},
}
WORK_STYLE_RATINGS: dict[str, dict[str, float]] = {
    SECRETARY: {"1.C.5.a": 4.5, "1.C.5.b": 4.25, "1.C.3.b": 4.0, "1.C.4.b": 3.5,
                "1.C.2.b": 3.0},
    NURSE: {"1.C.3.b": 4.5, "1.C.4.b": 4.5, "1.C.5.a": 4.0},
    ACUTE_NURSE: {"1.C.4.b": 5.0},
}
# Interests Illustrative Activities: the four General activities of each area, and for the
# basic interests, the activities CareerDesk's quiz asks plus one of a basic interest that
# belongs to two areas (Animal Service: Realistic and Social), which the quiz leaves out.
GENERAL_ACTIVITIES: dict[str, list[str]] = {
    "1.B.1.a": ["Build kitchen cabinets.",
                "Drive a truck to deliver packages to offices and homes.",
                "Put out forest fires.", "Repair household appliances."],
    "1.B.1.b": ["Develop a new medicine.", "Develop a way to better predict the weather.",
                "Study ways to reduce water pollution.", "Work in a biology lab."],
    "1.B.1.c": ["Compose or arrange music.", "Create special effects for movies.",
                "Draw pictures.", "Write books or plays."],
    "1.B.1.d": ["Give career guidance to people.",
                "Help people with personal or emotional problems.",
                "Perform rehabilitation therapy.", "Teach a high school class."],
    "1.B.1.e": ["Manage a department within a large company.", "Market a new line of clothing.",
                "Represent a client in a lawsuit.", "Start your own business."],
    "1.B.1.f": ["Develop a spreadsheet using computer software.",
                "Inventory supplies using a handheld computer.",
                "Keep shipping and receiving records.",
                "Load computer software into a large computer network."],
}
# (basic interest id, name, its RIASEC areas, its activities)
BASIC_INTERESTS: list[tuple[str, str, tuple[str, ...], list[str]]] = [
    ("1.B.3.a", "Mechanics/Electronics", ("1.B.1.a",), ["Maintain aircraft engines."]),
    ("1.B.3.f", "Agriculture", ("1.B.1.a",), ["Raise and tend to farm animals."]),
    ("1.B.3.g", "Nature/Outdoors", ("1.B.1.a",), ["Conserve wildlife habitats."]),
    ("1.B.3.h", "Animal Service", ("1.B.1.a", "1.B.1.d"), ["Exercise animals in a shelter."]),
    ("1.B.3.k", "Physical Science", ("1.B.1.b",),
     ["Study formation of stars using space-based telescopes."]),
    ("1.B.3.l", "Life Science", ("1.B.1.b",), ["Study the science of genes."]),
    ("1.B.3.m", "Medical Science", ("1.B.1.b",), ["Investigate the causes of human disease."]),
    ("1.B.3.q", "Information Technology", ("1.B.1.f",), ["Write and review code for software."]),
    ("1.B.3.s", "Applied Arts and Design", ("1.B.1.c",),
     ["Design and create handmade clothes."]),
    ("1.B.3.t", "Performing Arts", ("1.B.1.c",), ["Act on stage for an audience."]),
    ("1.B.3.w", "Media", ("1.B.1.c",), ["Develop content for a podcast."]),
    ("1.B.3.y", "Teaching/Education", ("1.B.1.d",), ["Teach social skills to students."]),
    ("1.B.3.z", "Social Service", ("1.B.1.d",), ["Assist people with special needs."]),
    ("1.B.3.ac", "Personal Service", ("1.B.1.d",), ["Help individuals plan special events."]),
    ("1.B.3.af", "Sales", ("1.B.1.e",), ["Persuade customers to buy a new product."]),
    ("1.B.3.ai", "Accounting", ("1.B.1.f",), ["Prepare budgets for a business."]),
    ("1.B.3.ak", "Office Work", ("1.B.1.f",),
     ["Maintain and update filing, inventory, and database systems."]),
    ("1.B.3.am", "Public Speaking", ("1.B.1.e",),
     ["Make a public speech to raise money for a worthy cause."]),
    ("1.B.3.an", "Politics", ("1.B.1.e",), ["Engage in a political debate."]),
]

INTEREST_RATINGS: dict[str, dict[str, float]] = {
    SECRETARY: {"1.B.1.a": 1.0, "1.B.1.b": 2.0, "1.B.1.c": 1.0, "1.B.1.d": 4.0,
                "1.B.1.e": 3.0, "1.B.1.f": 7.0},
    NURSE: {"1.B.1.a": 2.0, "1.B.1.b": 4.0, "1.B.1.c": 1.0, "1.B.1.d": 6.0,
            "1.B.1.e": 3.0, "1.B.1.f": 4.0},
    ACUTE_NURSE: {"1.B.1.a": 3.0, "1.B.1.b": 5.0, "1.B.1.c": 1.0, "1.B.1.d": 6.0,
                  "1.B.1.e": 2.0, "1.B.1.f": 3.0},
}
DEFAULT_ABILITY = 2.0  # every ability of a rated occupation not listed below
ABILITY_RATINGS: dict[str, dict[str, float]] = {
    SECRETARY: {
        "Oral Comprehension": 4.5, "Oral Expression": 4.25, "Written Comprehension": 4.0,
        "Near Vision": 3.75, "Speech Clarity": 3.5, "Fluency of Ideas": 3.0,
        "Originality": 3.0, "Finger Dexterity": 3.0, "Manual Dexterity": 2.0,
        "Static Strength": 1.0, "Stamina": 1.0, "Gross Body Coordination": 1.0,
    },
    NURSE: {"Problem Sensitivity": 4.5, "Oral Comprehension": 4.25},
    ACUTE_NURSE: {"Problem Sensitivity": 4.75},
}
RATED = sorted(ABILITY_RATINGS)  # every other occupation has empty ability cells

# Required Level of Education (RL), percent of respondents; other categories are 0.
EDUCATION_SHARES: dict[str, dict[int, float]] = {
    SECRETARY: {2: 60.0, 3: 25.0, 4: 15.0},
    NURSE: {5: 30.0, 6: 70.0},
    ACUTE_NURSE: {6: 100.0},
}
EDUCATION_LEVELS: dict[int, str] = {
    1: "Less than a High School Diploma",
    2: "High School Diploma - or the equivalent (for example, GED)",
    3: "Post-Secondary Certificate - awarded for training completed after high school",
    4: "Some College Courses",
    5: "Associate's Degree (or other 2-year degree)",
    6: "Bachelor's Degree",
    7: "Post-Baccalaureate Certificate",
    8: "Master's Degree",
    9: "Post-Master's Certificate",
    10: "First Professional Degree",
    11: "Doctoral Degree",
    12: "Post-Doctoral Training",
}

# ------------------------------------------------------------------------- tasks

# In source order (not sorted by task ID): (task ID, text, task type)
TASKS: dict[str, list[tuple[int, str, str]]] = {
    SECRETARY: [
        (777, "Answer telephones and direct calls to appropriate staff.", "Core"),
        (775, "Schedule and confirm patient diagnostic appointments, surgeries, or medical "
              "consultations.", "Core"),
        (788, "Complete insurance or other claim forms.", "Core"),
        (779, "Greet visitors, ascertain purpose of visit, and direct them to appropriate "
              "staff.", "Core"),
        (776, "Compile and record medical charts, reports, or correspondence, using "
              "typewriter or personal computer.", "Supplemental"),
        (786, "Transcribe recorded messages or practitioners' diagnoses or recommendations "
              "into patients' medical records.", "Supplemental"),
    ],
    NURSE: [
        (1841, "Record patients' medical information and vital signs.", "Core"),
        (20413, "Administer medications to patients and monitor patients for reactions or "
                "side effects.", "Core"),
        (1861, "Perform administrative or managerial functions, such as taking "
               "responsibility for a unit's staff, budget, planning, or long-range goals.",
         "Supplemental"),
    ],
    ACUTE_NURSE: [
        (18302, "Perform emergency medical procedures, such as basic cardiac life support "
                "(BLS), advanced cardiac life support (ACLS), and other condition-stabilizing "
                "interventions.", "Core"),
        (18308, "Document data related to patients' care, including assessment results, "
                "interventions, medications, patient responses, or treatment changes.",
         "Core"),
    ],
}

# (GWA element ID, GWA name, IWA ID, IWA title, DWA ID, DWA title), as in DWA Reference.txt
DWAS: list[tuple[str, str, str, str, str, str]] = [
    ("4.A.1.a.1", "Getting Information", "4.A.1.a.1.I01",
     "Study details of artistic productions.", "4.A.1.a.1.I01.D01",
     "Review art or design materials."),
    ("4.A.1.a.2", "Monitoring Processes, Materials, or Surroundings", "4.A.1.a.2.I05",
     "Monitor health conditions of humans or animals.", "4.A.1.a.2.I05.D07",
     "Monitor patient conditions during treatments, procedures, or activities."),
    ("4.A.2.a.2", "Processing Information", "4.A.2.a.2.I03",
     "Compile records, documentation, or other data.", "4.A.2.a.2.I03.D03",
     "Compile data or documentation."),
    ("4.A.2.b.5", "Scheduling Work and Activities", "4.A.2.b.5.I03", "Schedule appointments.",
     "4.A.2.b.5.I03.D01", "Schedule appointments."),
    ("4.A.3.b.6", "Documenting/Recording Information", "4.A.3.b.6.I08",
     "Maintain operational records.", "4.A.3.b.6.I08.D16",
     "Transcribe spoken or written information."),
    ("4.A.3.b.6", "Documenting/Recording Information", "4.A.3.b.6.I11",
     "Maintain health or medical records.", "4.A.3.b.6.I11.D04",
     "Record patient medical histories."),
    ("4.A.3.b.6", "Documenting/Recording Information", "4.A.3.b.6.I11",
     "Maintain health or medical records.", "4.A.3.b.6.I11.D05", "Maintain medical records."),
    ("4.A.3.b.6", "Documenting/Recording Information", "4.A.3.b.6.I13",
     "Prepare documentation for contracts, applications, or permits.", "4.A.3.b.6.I13.D05",
     "Prepare documentation for contracts, transactions, or regulatory compliance."),
    ("4.A.4.a.3", "Communicating with People Outside the Organization", "4.A.4.a.3.I03",
     "Provide information to guests, clients, or customers.", "4.A.4.a.3.I03.D11",
     "Answer telephones to direct calls or provide information."),
    ("4.A.4.a.5", "Assisting and Caring for Others", "4.A.4.a.5.I01",
     "Assist others to access additional services or resources.", "4.A.4.a.5.I01.D01",
     "Refer customers to appropriate personnel."),
    ("4.A.4.a.5", "Assisting and Caring for Others", "4.A.4.a.5.I03",
     "Administer basic health care or medical treatments.", "4.A.4.a.5.I03.D06",
     "Administer non-intravenous medications."),
    ("4.A.4.a.5", "Assisting and Caring for Others", "4.A.4.a.5.I07",
     "Administer emergency medical treatment.", "4.A.4.a.5.I07.D03",
     "Treat medical emergencies."),
    ("4.A.4.a.5", "Assisting and Caring for Others", "4.A.4.a.5.I10",
     "Provide general assistance to others, such as customers, patrons, or motorists.",
     "4.A.4.a.5.I10.D02", "Greet customers, patrons, or visitors."),
    ("4.A.4.b.4", "Guiding, Directing, and Motivating Subordinates", "4.A.4.b.4.I12",
     "Direct organizational operations, activities, or procedures.", "4.A.4.b.4.I12.D38",
     "Manage healthcare operations."),
]
# (O*NET-SOC code, task ID, DWA ID), as in Tasks to DWAs.xlsx
TASK_DWAS: list[tuple[str, int, str]] = [
    (NURSE, 1841, "4.A.3.b.6.I11.D04"),
    (NURSE, 1861, "4.A.4.b.4.I12.D38"),
    (NURSE, 20413, "4.A.1.a.2.I05.D07"),
    (NURSE, 20413, "4.A.4.a.5.I03.D06"),
    (ACUTE_NURSE, 18302, "4.A.4.a.5.I07.D03"),
    (ACUTE_NURSE, 18308, "4.A.3.b.6.I11.D04"),
    (SECRETARY, 775, "4.A.2.b.5.I03.D01"),
    (SECRETARY, 776, "4.A.2.a.2.I03.D03"),
    (SECRETARY, 776, "4.A.3.b.6.I11.D05"),
    (SECRETARY, 777, "4.A.4.a.3.I03.D11"),
    (SECRETARY, 779, "4.A.4.a.5.I01.D01"),
    (SECRETARY, 779, "4.A.4.a.5.I10.D02"),
    (SECRETARY, 786, "4.A.3.b.6.I08.D16"),
    (SECRETARY, 786, "4.A.3.b.6.I11.D05"),
    (SECRETARY, 788, "4.A.3.b.6.I13.D05"),
]

# ------------------------------------------------------------------------- other O*NET

# (code, alternate title, short title or None, sources)
ALTERNATE_TITLES: list[tuple[str, str, str | None, str]] = [
    (LEGISLATOR, "Alderman", None, "04,06"),
    (LEGISLATOR, "U.S. Senator (United States Senator)", "U.S. Senator", "04,06"),
    (NURSE, "Registered Nurse (RN)", "RN", "02,03,04,06,08,09,10"),
    (NURSE, "Staff RN (Staff Registered Nurse)", "Staff RN", "02"),
    (ACUTE_NURSE, "Critical Care Nurse", None, "04"),
    (SECRETARY, "Certified Medical Administrative Assistant (CMMA)", "CMMA", "09"),
    (SECRETARY, "Medical Office Specialist", None, "04"),
    (SECRETARY, "Medical Secretary", None, "04,06"),
]
# (code, reported job title, shown in My Next Move)
REPORTED_TITLES: list[tuple[str, str, str]] = [
    (NURSE, "Charge Nurse", "Y"),
    (NURSE, "Staff RN (Staff Registered Nurse)", "N"),
    (ACUTE_NURSE, "ICU Nurse", "Y"),
    (SECRETARY, "Front Desk Receptionist", "N"),
    (SECRETARY, "Medical Office Specialist", "N"),
    (SECRETARY, "Medical Receptionist", "Y"),
]
# (code, related code, relatedness tier, index): O*NET order differs from code order
RELATED: list[tuple[str, str, str, int]] = [
    (NURSE, ACUTE_NURSE, "Primary-Short", 1),
    (NURSE, SECRETARY, "Supplemental", 2),
    (ACUTE_NURSE, NURSE, "Primary-Short", 1),
    (SECRETARY, ACUTE_NURSE, "Primary-Short", 1),
    (SECRETARY, LEGISLATOR, "Primary-Long", 2),
    (SECRETARY, NURSE, "Supplemental", 3),
]
# (code, example, commodity code, commodity title, hot technology, in demand)
TECHNOLOGY: list[tuple[str, str, int, str, str, str]] = [
    (NURSE, "Epic Systems", 43232610, "Medical software", "Y", "Y"),
    (NURSE, "Microsoft Outlook", 43233501, "Electronic mail software", "Y", "N"),
    (ACUTE_NURSE, "MEDITECH software", 43232610, "Medical software", "N", "N"),
    (SECRETARY, "Accounts payable software", 43231601, "Accounting software", "N", "N"),
    (SECRETARY, "Epic Systems", 43232610, "Medical software", "Y", "N"),
    (SECRETARY, "Microsoft Excel", 43232110, "Spreadsheet software", "Y", "Y"),
]
# (code, example, commodity code, commodity title)
TOOLS: list[tuple[str, str, int, str]] = [
    (NURSE, "Stethoscopes", 42181701, "Stethoscopes"),
    (SECRETARY, "Desktop computers", 43211507, "Desktop computers"),
    (SECRETARY, "Dictaphones", 44102605, "Dictation machines"),
]
JOB_ZONE_NAMES = {
    1: ("Job Zone One: Little or No Preparation Needed", "(Below 4.0)"),
    2: ("Job Zone Two: Some Preparation Needed", "(4.0 to < 6.0)"),
    3: ("Job Zone Three: Medium Preparation Needed", "(6.0 to < 7.0)"),
    4: ("Job Zone Four: Considerable Preparation Needed", "(7.0 to < 8.0)"),
    5: ("Job Zone Five: Extensive Preparation Needed", "(8.0 and above)"),
}

# ------------------------------------------------------------------------- BLS

ALL_OCCUPATIONS_CHANGE = 3.1
# SOC code -> (title, employment 2024 and 2034 in thousands, % change, openings in
# thousands, median wage, education, experience, training)
PROJECTIONS: dict[str, tuple[str, float, float, float, float, int, str, str, str]] = {
    "29-1141": ("Registered nurses", 3391.0, 3557.1, 4.9, 189.1, 93600, "Bachelor's degree",
                "None", "None"),
    "43-6013": ("Medical secretaries and administrative assistants", 850.0, 885.3, 4.2, 85.9,
                44640, "High school diploma or equivalent", "None",
                "Moderate-term on-the-job training"),
}
# The Handbook pages the "OOH Content" cells link to (29-1141's cell has text but no link).
HANDBOOK_PAGES = {
    "43-6013": "https://www.bls.gov/ooh/office-and-administrative-support/"
               "secretaries-and-administrative-assistants.htm",
}
# SOC code -> (title, employment, hourly p10..p90, annual p10..p90)
NATIONAL_WAGES: dict[str, tuple[str, int, tuple[float, ...], tuple[int, ...]]] = {
    "29-1141": ("Registered Nurses", 3379720, (33.14, 38.62, 46.90, 54.02, 66.09),
                (68940, 80330, 97550, 112350, 137470)),
    "43-6013": ("Medical Secretaries and Administrative Assistants", 961610,
                (17.27, 18.54, 22.08, 24.32, 29.10), (35930, 38570, 45930, 50580, 60530)),
}
STATES = {"01": "Alabama", "02": "Alaska", "06": "California"}
# The nation's jobs with government employers (OEWS industry 999001), (v01, f01) by SOC
# without dash: the secretaries' count is not released (no row)
GOVERNMENT_CELLS = {"291141": ("548270", None), "436013": ("*", None)}
# (state, SOC without dash, (v01, f01), (v08, f08), (v13, f13)): employment, hourly and
# annual median; "-" with footnote 8 = not released, "-" with footnote 5 = top-coded
STATE_CELLS: list[tuple[str, str, tuple[str, str | None], tuple[str, str | None],
                        tuple[str, str | None]]] = [
    ("01", "291141", ("50960", None), ("31.94", None), ("66440", None)),
    ("01", "436013", ("16580", None), ("17.76", None), ("36930", None)),
    ("02", "291141", ("-", "8"), ("-", "8"), ("-", "8")),  # nothing released: no row
    ("02", "436013", ("-", "8"), ("23.02", None), ("47870", None)),  # employment missing
    ("06", "291141", ("338940", None), ("-", "5"), ("-", "5")),  # top-coded
    ("06", "436013", ("105230", None), ("26.10", None), ("54290", None)),
    ("06", "537199", ("2910", None), ("20.04", None), ("41690", None)),  # not in O*NET
]

# ------------------------------------------------------------------------- AI sources

# code -> (alpha, beta, gamma) of GPT-4 ("dv") ratings
GPTS_EXPOSURE: dict[str, tuple[float, float, float]] = {
    SECRETARY: (0.3333333333333333, 0.6666666666666666, 1.0),
    NURSE: (0.1, 0.25, 0.4),
    ACUTE_NURSE: (0.0, 0.2, 0.4),
}
# code -> [(task ID, automation level)]
GPTS_AUTOMATION: dict[str, list[tuple[int, str]]] = {
    SECRETARY: [(777, "T3"), (775, "T3"), (788, "T2"), (779, "T2")],
    NURSE: [(1841, "T1"), (20413, "T0")],
}
AI_APPLICABILITY = {"11-1011": 0.155502898114603, "29-1141": 0.125, "43-6013": 0.25}
# Anthropic: share of conversations per task statement (matched by wording: same words, or
# same but for punctuation, or 4 in 5 words shared with a task of the same older occupation)
CONVERSATION_SHARES: dict[str, float] = {
    "act as advisers to student organizations.": 0.006775156024025746,
    "administer medications to patients and monitor them for reactions or side effects.":
        0.0625,
    "answer telephones and direct calls to appropriate staff.": 0.5,
    "complete insurance or other claim forms.": 0.25,
    "record patients' medical information and vital signs.": 0.125,
}
# (code, title, task ID, task): an older task list, with a duplicate and an occupation
# O*NET 29.3 no longer describes; the nurse's tasks under an older code (one reworded a
# little), one of the secretary's with a comma less
ANTHROPIC_TASKS: list[tuple[str, str, int, str]] = [
    ("11-1011.00", "Chief Executives", 8823, "Direct or coordinate an organization's "
     "financial or budget activities to fund operations, maximize investments, or increase "
     "efficiency."),
    ("11-9999.00", "Retired Occupation", 1, "Act as advisers to student organizations."),
    ("29-1111.00", "Registered Nurses", 1841, "Record patients' medical information and "
                                              "vital signs."),
    ("29-1111.00", "Registered Nurses", 1842, "Administer medications to patients and "
     "monitor them for reactions or side effects."),
    (SECRETARY, "Medical Secretaries and Administrative Assistants", 777,
     "Answer telephones and direct calls to appropriate staff."),
    (SECRETARY, "Medical Secretaries and Administrative Assistants", 777,
     "Answer telephones and direct calls to appropriate staff."),
    (SECRETARY, "Medical Secretaries and Administrative Assistants", 775,
     "Schedule and confirm patient diagnostic appointments, surgeries, or medical "
     "consultations."),
    (SECRETARY, "Medical Secretaries and Administrative Assistants", 788,
     "Complete insurance or other claim forms."),
    (SECRETARY, "Medical Secretaries and Administrative Assistants", 779,
     "Greet visitors, ascertain purpose of visit and direct them to appropriate staff."),
]

# ------------------------------------------------------------------------- writers


def title(code: str) -> str:
    return OCCUPATIONS[code][0]


def _write_tsv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    lines = ["\t".join(header)]
    lines += ["\t".join("" if v is None else str(v) for v in row) for row in rows]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="")


def _write_csv(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]], *, crlf: bool = False
) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n" if crlf else "\n")
    writer.writerow(header)
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")


def _write_xlsx(path: Path, sheets: Sequence[tuple[str, Sequence[Sequence[Any]]]]) -> None:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets:
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)


def write_mini_sources(root: Path) -> Path:
    """Write the miniature source tree into ``root`` (created if needed); return ``root``."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    _onet_text(root)
    _onet_excel(root)
    _abilities(root)
    _projections(root)
    _oews(root)
    _ai(root)
    _programs(root)
    return root


def _onet_text(root: Path) -> None:
    text = root / ONET_TEXT
    _write_tsv(text / "Content Model Reference.txt", ["Element ID", "Element Name", "Description"],
               [(e, n, f"{n}: what O*NET means by it.")
                for e, n in sorted(ELEMENT_NAMES.items())])
    _write_tsv(text / "Occupation Data.txt", ["O*NET-SOC Code", "Title", "Description"],
               [(c, t, d) for c, (t, d) in OCCUPATIONS.items()])
    _write_tsv(
        text / "Job Zone Reference.txt",
        ["Job Zone", "Name", "Experience", "Education", "Job Training", "Examples",
         "SVP Range"],
        [(z, name, f"Experience for zone {z}.", f"Education for zone {z}.",
          f"Training for zone {z}.", f"Examples for zone {z}.", svp)
         for z, (name, svp) in JOB_ZONE_NAMES.items()],
    )
    _write_tsv(text / "Job Zones.txt",
               ["O*NET-SOC Code", "Title", "Job Zone", "Date", "Domain Source"],
               [(c, title(c), z, "08/2021", "Analyst") for c, z in sorted(JOB_ZONES.items())])
    _write_tsv(
        text / "Task Statements.txt",
        ["O*NET-SOC Code", "Title", "Task ID", "Task", "Task Type", "Incumbents Responding",
         "Date", "Domain Source"],
        [(c, title(c), tid, task, kind, "85.0", "08/2021", "Incumbent")
         for c in sorted(TASKS) for tid, task, kind in TASKS[c]],
    )
    _write_tsv(text / "DWA Reference.txt",
               ["Element ID", "Element Name", "IWA ID", "IWA Title", "DWA ID", "DWA Title"],
               DWAS)
    _write_tsv(text / "Sample of Reported Titles.txt",
               ["O*NET-SOC Code", "Title", "Reported Job Title", "Shown in My Next Move"],
               [(c, title(c), t, shown) for c, t, shown in REPORTED_TITLES])
    _write_tsv(
        text / "Related Occupations.txt",
        ["O*NET-SOC Code", "Title", "Related O*NET-SOC Code", "Related Title",
         "Relatedness Tier", "Index"],
        [(c, title(c), other, title(other), tier, index)
         for c, other, tier, index in RELATED],
    )
    _write_tsv(
        text / "Technology Skills.txt",
        ["O*NET-SOC Code", "Title", "Example", "Commodity Code", "Commodity Title",
         "Hot Technology", "In Demand"],
        [(c, title(c), *rest) for c, *rest in TECHNOLOGY],
    )
    _write_tsv(text / "Tools Used.txt",
               ["O*NET-SOC Code", "Title", "Example", "Commodity Code", "Commodity Title"],
               [(c, title(c), *rest) for c, *rest in TOOLS])
    _write_tsv(
        text / "Work Styles.txt",
        ["O*NET-SOC Code", "Title", "Element ID", "Element Name", "Scale ID", "Scale Name",
         "Data Value", "N", "Standard Error", "Lower CI Bound", "Upper CI Bound",
         "Recommend Suppress", "Date", "Domain Source"],
        [(c, title(c), e, ELEMENT_NAMES[e], "IM", "Importance", v, "28.0", "0.1", "", "",
          "N", "08/2021", "Incumbent")
         for c, ratings in sorted(WORK_STYLE_RATINGS.items()) for e, v in ratings.items()],
    )
    interests = []
    for c, ratings in sorted(INTEREST_RATINGS.items()):
        interests += [(c, title(c), e, ELEMENT_NAMES[e], "OI", "Occupational Interests", v,
                       "11/2023", "Machine Learning") for e, v in ratings.items()]
        interests += [(c, title(c), e, name, "IH", "Occupational Interest High-Point",
                       float(6 - i * 2), "11/2023", "Machine Learning")
                      for i, (e, name) in enumerate(HIGH_POINTS)]
    _write_tsv(
        text / "Interests.txt",
        ["O*NET-SOC Code", "Title", "Element ID", "Element Name", "Scale ID", "Scale Name",
         "Data Value", "Date", "Domain Source"],
        interests,
    )
    _write_tsv(
        text / "Interests Illustrative Activities.txt",
        ["Element ID", "Element Name", "Interest Type", "Activity"],
        [(e, ELEMENT_NAMES[e], "General", a) for e, items in GENERAL_ACTIVITIES.items()
         for a in items]
        + [(b, name, "Basic", a) for b, name, _, items in BASIC_INTERESTS for a in items],
    )
    _write_tsv(
        text / "Basic Interests to RIASEC.txt",
        ["Basic Interests Element ID", "Basic Interests Element Name", "RIASEC Element ID",
         "RIASEC Element Name"],
        [(b, name, e, ELEMENT_NAMES[e]) for b, name, areas, _ in BASIC_INTERESTS for e in areas],
    )
    rl = ("2.D.1", "Required Level of Education", "RL",
          "Required Level Of Education (Categories 1-12)")
    rw = ("3.A.1", "Related Work Experience", "RW", "Related Work Experience (Categories 1-11)")
    _write_tsv(
        text / "Education, Training, and Experience Categories.txt",
        ["Element ID", "Element Name", "Scale ID", "Scale Name", "Category",
         "Category Description"],
        [(*rl, k, label) for k, label in EDUCATION_LEVELS.items()]
        + [(*rw, 1, ""), (*rw, 2, "Up to and including 1 month")],
    )


def _onet_excel(root: Path) -> None:
    excel = root / ONET_EXCEL
    tasks = {(c, tid): task for c, items in TASKS.items() for tid, task, _ in items}
    dwa_titles = {dwa: dwa_title for *_, dwa, dwa_title in DWAS}
    _write_xlsx(excel / "Tasks to DWAs.xlsx", [("Tasks to DWAs", [
        ("O*NET-SOC Code", "Title", "Task ID", "Task", "DWA ID", "DWA Title", "Date",
         "Domain Source"),
        *[(c, title(c), tid, tasks[(c, tid)], dwa, dwa_titles[dwa], "03/2014", "Analyst")
          for c, tid, dwa in TASK_DWAS],
    ])])
    _write_xlsx(excel / "Alternate Titles.xlsx", [("Alternate Titles", [
        ("O*NET-SOC Code", "Title", "Alternate Title", "Short Title", "Source(s)"),
        *[(c, title(c), alt, short, sources) for c, alt, short, sources in ALTERNATE_TITLES],
    ])])
    rating_header = ("O*NET-SOC Code", "Title", "Element ID", "Element Name", "Scale ID",
                     "Scale Name", "Data Value", "N", "Standard Error", "Lower CI Bound",
                     "Upper CI Bound", "Recommend Suppress", "Not Relevant", "Date",
                     "Domain Source")
    for name, ratings in (("Skills", SKILL_RATINGS), ("Knowledge", KNOWLEDGE_RATINGS)):
        rows: list[tuple[Any, ...]] = [rating_header]
        for c, values in sorted(ratings.items()):
            for e, v in sorted(values.items()):
                rows.append((c, title(c), e, ELEMENT_NAMES[e], "IM", "Importance", v, 8, 0.1,
                             v - 0.2, v + 0.2, "N", None, "08/2023", "Analyst"))
                rows.append((c, title(c), e, ELEMENT_NAMES[e], "LV", "Level", v + 1.0, 8, 0.1,
                             v + 0.8, v + 1.2, "N", "N", "08/2023", "Analyst"))
        _write_xlsx(excel / f"{name}.xlsx", [(name, rows)])
    education: list[tuple[Any, ...]] = [(
        "O*NET-SOC Code", "Title", "Element ID", "Element Name", "Scale ID", "Scale Name",
        "Category", "Data Value", "N", "Standard Error", "Lower CI Bound", "Upper CI Bound",
        "Recommend Suppress", "Date", "Domain Source")]
    for c, shares in sorted(EDUCATION_SHARES.items()):
        for k in EDUCATION_LEVELS:
            education.append((c, title(c), "2.D.1", "Required Level of Education", "RL",
                              "Required Level Of Education (Categories 1-12)", k,
                              shares.get(k, 0.0), 28, 0, None, None, "N", "08/2023",
                              "Incumbent"))
        education.append((c, title(c), "3.A.1", "Related Work Experience", "RW",
                           "Related Work Experience (Categories 1-11)", 1, 50.0, 28, 0, None,
                           None, "N", "08/2023", "Incumbent"))
    _write_xlsx(excel / "Education, Training, and Experience.xlsx",
                [("Education, Training, and Experi", education)])


def _abilities(root: Path) -> None:
    header = (["O*NET-SOC Code", "Title", "Description"]
              + [f"Skill: {n}" for n in CSV_SKILL_NAMES]
              + [f"Knowledge: {n}" for n in CSV_KNOWLEDGE_NAMES]
              + [f"Ability: {n}" for n in CSV_ABILITY_NAMES])
    skill_ids = {name: e for e, name in SKILLS}
    knowledge_ids = {name: e for e, name in KNOWLEDGE}
    rows = []
    for code, (name, description) in OCCUPATIONS.items():
        if code not in ABILITY_RATINGS:
            rows.append([code, name, description] + [""] * (len(header) - 3))
            continue
        skills = SKILL_RATINGS.get(code, {})
        knowledge = KNOWLEDGE_RATINGS.get(code, {})
        abilities = ABILITY_RATINGS[code]
        rows.append(
            [code, name, description]
            + [skills.get(skill_ids.get(n, ""), 1.0) for n in CSV_SKILL_NAMES]
            + [knowledge.get(knowledge_ids.get(n, ""), 1.0) for n in CSV_KNOWLEDGE_NAMES]
            + [abilities.get(n, DEFAULT_ABILITY) for n in CSV_ABILITY_NAMES]
        )
    _write_csv(root / FILES["abilities"], header, rows)


PROJECTION_HEADER = (
    "2024 National Employment Matrix title", "2024 National Employment Matrix code",
    "Occupation type", "Employment, 2024", "Employment, 2034",
    "Employment distribution, percent, 2024", "Employment distribution, percent, 2034",
    "Employment change, numeric, 2024–34", "Employment change, percent, 2024–34",
    "Percent self employed, 2024", "Occupational openings, 2024–34 annual average",
    "Median annual wage, dollars, 2024[1]", "Typical education needed for entry",
    "Work experience in a related occupation",
    "Typical on-the-job training needed to attain competency in the occupation",
    "Related Occupational Outlook Handbook (OOH) content xlsx",
)


def _projections(root: Path) -> None:
    dash = "—"

    def line(code: str) -> tuple[Any, ...]:
        name, e24, e34, change, openings, wage, edu, exp, train = PROJECTIONS[code]
        return ("      " + name, code, "Line item", e24, e34, 0.5, 0.5, round(e34 - e24, 1),
                change, 1.0, openings, wage, edu, exp, train, "OOH Content")

    rows = [
        ("Table 1.2 Occupational projections, 2024–2034, and worker characteristics, 2024 "
         "(Employment in thousands)",) + (None,) * 15,
        PROJECTION_HEADER,
        ("Total, all occupations", "00-0000", "Summary", 169956.1, 175167.9, 100, 100,
         5211.8, ALL_OCCUPATIONS_CHANGE, 5.8, 18863.3, 49500, dash, dash, dash, dash),
        ("  Healthcare practitioners and technical occupations", "29-0000", "Summary",
         9826.1, 10475.6, 5.8, 6.0, 649.5, 6.6, 5.9, 577.4, 83090, dash, dash, dash, dash),
        line("29-1141"),
        ("  Office and administrative support occupations", "43-0000", "Summary", 19224.6,
         18280.0, 11.3, 10.4, -944.6, -4.9, 1.6, 2093.2, 46320, dash, dash, dash, dash),
        line("43-6013"),
        ("      Material moving workers, all other", "53-7199", "Line item", 27.7, 28.9, 0, 0,
         1.2, 4.3, 6.1, 3.1, 41690, "No formal educational credential", "None",
         "Short-term on-the-job training", dash),
        ("Footnotes:",) + (None,) * 15,
        ("[1] Data are from the Occupational Employment and Wage Statistics program, U.S. "
         "Bureau of Labor Statistics.",) + (None,) * 15,
        ("Source: Employment Projections program, U.S. Bureau of Labor Statistics",)
        + (None,) * 15,
    ]
    _write_xlsx(root / FILES["projections"], [
        ("Index", [("Employment Projections: occupational data",), ("Table 1.2",)]),
        ("Table 1.1", [("Table 1.1 Employment by major occupational group",)]),
        ("Table 1.2", rows),
        ("Table 1.3", [("Table 1.3 Fastest growing occupations",)]),
    ])
    path = root / FILES["projections"]
    for code, url in HANDBOOK_PAGES.items():
        set_xlsx_link(path, xlsx_row_of(path, code, sheet="Table 1.2"), PROJECTION_HEADER[-1],
                      url, sheet="Table 1.2", header_row=2)


OEWS_MEASURES = (
    "Employment", "Employment percent relative standard error", "Hourly mean wage",
    "Annual mean wage", "Wage percent relative standard error", "Hourly 10th percentile wage",
    "Hourly 25th percentile wage", "Hourly median wage", "Hourly 75th percentile wage",
    "Hourly 90th percentile wage", "Annual 10th percentile wage",
    "Annual 25th percentile wage", "Annual median wage", "Annual 75th percentile wage",
    "Annual 90th percentile wage", "Employment per 1,000 jobs", "Location Quotient",
)
OEWS_HEADER = (["soc_code", "occupation_name", "display_level", *OEWS_MEASURES]
               + [f"footnote_{m}" for m in OEWS_MEASURES])


def _national_values(employment: int, hourly: Sequence[float],
                     annual: Sequence[int]) -> list[str]:
    mean_hourly = round(sum(hourly) / len(hourly), 2)
    return [str(employment), "0.8", f"{mean_hourly:.2f}", str(round(mean_hourly * 2080)),
            "0.3", *(f"{h:.2f}" for h in hourly), *(str(a) for a in annual), "6.184", "1.00"]


def _oews(root: Path) -> None:
    rows = [
        ["00-0000", "All Occupations", "0",
         *_national_values(155495730, (15.0, 18.07, 24.51, 38.71, 61.81),
                           (31200, 37590, 50980, 80520, 128560))[:-2], "", ""]
        + [""] * 17,
        ["29-0000", "Healthcare Practitioners and Technical Occupations", "0",
         *_national_values(9301520, (21.0, 28.0, 40.0, 55.0, 80.0),
                           (43680, 58240, 83200, 114400, 166400))] + [""] * 17,
        ["29-1000", "Healthcare Diagnosing or Treating Practitioners", "1",
         *_national_values(6100000, (25.0, 33.0, 45.0, 60.0, 95.0),
                           (52000, 68640, 93600, 124800, 197600))] + [""] * 17,
        ["43-0000", "Office and Administrative Support Occupations", "0",
         *_national_values(18500000, (14.0, 17.0, 22.0, 26.0, 32.0),
                           (29120, 35360, 45760, 54080, 66560))] + [""] * 17,
    ]
    for soc in sorted(NATIONAL_WAGES):
        name, employment, hourly, annual = NATIONAL_WAGES[soc]
        rows.append([soc, name, "3", *_national_values(employment, hourly, annual)]
                    + [""] * 17)
    rows.sort(key=lambda r: r[0])
    _write_csv(root / FILES["oews_national"], OEWS_HEADER, rows, crlf=True)
    path = root / FILES["oews_full"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(oews_database(), mtime=0))


def oews_database() -> bytes:
    """The bytes of the miniature OEWS SQLite file (before gzip), same schema as the real."""
    conn = sqlite3.connect(":memory:")
    values = ", ".join(f"v{n:02d} TEXT" for n in range(1, 18))
    notes = ", ".join(f"f{n:02d} TEXT" for n in range(1, 18))
    conn.executescript(f"""
        CREATE TABLE cell (key TEXT PRIMARY KEY, {values}, {notes}) WITHOUT ROWID;
        CREATE TABLE area (area_code TEXT PRIMARY KEY, areatype_code TEXT NOT NULL,
                           state_code TEXT NOT NULL, area_name TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE industry (industry_code TEXT PRIMARY KEY, industry_name TEXT NOT NULL,
                               display_level INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE occupation (occupation_code TEXT PRIMARY KEY,
                                 occupation_name TEXT NOT NULL,
                                 display_level INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE datatype (datatype_code TEXT PRIMARY KEY,
                               datatype_name TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE footnote (footnote_code TEXT PRIMARY KEY,
                               footnote_text TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    """)
    areas = [("0000000", "N", "00", "National"), ("0010180", "M", "48", "Abilene, TX")]
    # metropolitan areas naming cities: Columbus names areas in two states (left out), a
    # nonmetropolitan area names none
    areas += [("0011260", "M", "02", "Anchorage, AK"),
              ("0031080", "M", "06", "Los Angeles-Long Beach-Anaheim, CA"),
              ("0018000", "M", "01", "Columbus, AL"), ("0018001", "M", "06", "Columbus, CA"),
              ("0200001", "M", "02", "Alaska nonmetropolitan area")]
    areas += [(f"{s}00000", "S", s, name) for s, name in STATES.items()]
    conn.executemany("INSERT INTO area VALUES (?,?,?,?)", areas)
    conn.executemany("INSERT INTO industry VALUES (?,?,?)", [
        ("000000", "Cross-Industry, Private, Federal, State, and Local", 0),
        ("000001", "Cross-industry, Private Ownership only", 1),
        ("999001", "Federal, State, and Local Government, including State and Local Schools "
                   "and Hospitals and USPS (OEWS Designation)", 1),
    ])
    conn.executemany("INSERT INTO occupation VALUES (?,?,?)", [
        ("000000", "All Occupations", 0), ("291141", "Registered Nurses", 3),
        ("436013", "Medical Secretaries and Administrative Assistants", 3),
        ("537199", "Material Moving Workers, All Other", 3),
    ])
    conn.executemany("INSERT INTO datatype VALUES (?,?)",
                     [(f"{n:02d}", name) for n, name in enumerate(OEWS_MEASURES, start=1)])
    conn.executemany("INSERT INTO footnote VALUES (?,?)", [
        ("5", "This wage is equal to or greater than $115.00 per hour or $239,200 per year."),
        ("8", "Estimate not released."),
    ])
    conn.executemany("INSERT INTO meta VALUES (?,?)", [
        ("data_year", "2025"), ("period", "A01"), ("release", "May 2025"),
        ("release_code", "2025A01"), ("schema", "1"),
    ])

    def cell(key: str, cells: dict[int, tuple[str, str | None]]) -> tuple[Any, ...]:
        return (key, *(cells.get(n, (None, None))[0] for n in range(1, 18)),
                *(cells.get(n, (None, None))[1] for n in range(1, 18)))

    rows = []
    for soc, (_, employment, hourly, annual) in NATIONAL_WAGES.items():
        raw = soc.replace("-", "")
        rows.append(cell(f"OEUN0000000000000{raw}", {
            1: (str(employment), None), 8: (f"{hourly[2]:.2f}", None),
            13: (str(annual[2]), None)}))
        rows.append(cell(f"OEUM0010180000000{raw}", {  # a metro area: not a state
            1: ("120", None), 8: ("20.00", None), 13: ("41600", None)}))
    for raw, employment in GOVERNMENT_CELLS.items():
        rows.append(cell(f"OEUN0000000999001{raw}", {1: employment}))
    for state, raw, employment, hourly, annual in STATE_CELLS:
        rows.append(cell(f"OEUS{state}00000000000{raw}", {1: employment, 8: hourly,
                                                           13: annual}))
    conn.executemany(f"INSERT INTO cell VALUES ({','.join('?' * 35)})", sorted(rows))
    conn.commit()
    data = conn.serialize()
    conn.close()
    return data


def _ai(root: Path) -> None:
    _write_csv(
        root / FILES["gpts_occupations"],
        ["O*NET-SOC Code", "Title", "dv_rating_alpha", "dv_rating_beta", "dv_rating_gamma",
         "human_rating_alpha", "human_rating_beta", "human_rating_gamma"],
        [(c, title(c), a, b, g, a, b, g) for c, (a, b, g) in sorted(GPTS_EXPOSURE.items())],
    )
    task_text = {(c, tid): (task, kind) for c, items in TASKS.items()
                 for tid, task, kind in items}
    labels = []
    for c, items in sorted(GPTS_AUTOMATION.items()):
        for tid, level in items:
            task, kind = task_text[(c, tid)]
            labels.append((level, c, tid, f'"{task}"', kind, title(c), level))
    _write_tsv(
        root / FILES["gpts_tasks"],
        ["gpt4_automation", "O*NET-SOC Code", "Task ID", "Task", "Task Type", "Title",
         "human_automation"],
        labels,
    )
    soc_titles = {"11-1011": "Chief Executives", "29-1141": "Registered Nurses",
                  "43-6013": "Medical Secretaries and Administrative Assistants"}
    _write_csv(root / FILES["microsoft"], ["SOC Code", "title", "ai_applicability_score"],
               [(soc, soc_titles[soc], v) for soc, v in sorted(AI_APPLICABILITY.items())])
    structure = []
    for group, group_title in sorted(MAJOR_GROUPS.items()):
        structure.append((group, "", "", "", "", group_title))
        for code in OCCUPATIONS:
            if code.startswith(group[:2]) and code.endswith(".00"):
                structure.append(("", "", "", code[:7], "", title(code)))
            elif code.startswith(group[:2]):
                structure.append(("", "", "", "", code, title(code)))
    structure.insert(1, ("", "11-1000", "", "", "", "Top Executives"))
    _write_csv(root / FILES["soc_structure"],
               ["Major Group", "Minor Group", "Broad Occupation", "Detailed Occupation",
                "Detailed O*NET-SOC", "SOC or O*NET-SOC 2019 Title"], structure)
    _write_csv(root / FILES["anthropic_mappings"], ["task_name", "pct"],
               sorted(CONVERSATION_SHARES.items()))
    _write_csv(
        root / FILES["anthropic_tasks"],
        ["O*NET-SOC Code", "Title", "Task ID", "Task", "Task Type", "Incumbents Responding",
         "Date", "Domain Source"],
        [(c, t, tid, task, "Core", "87.0", "07/2014", "Incumbent")
         for c, t, tid, task in ANTHROPIC_TASKS],
    )


# (CIP code, title as in the crosswalk, SOC code): the CIP-SOC sheet, with its traps: the
# "NO MATCH" sentinels, a code with trailing zeros, a code the CIP list has retired, a
# residency, and a program leading to two occupations.
CIP_SOC = [
    ("11.0201", "Computer Programming/Programmer, General.", "15-1252"),
    ("11.0202", "Computer Programming, Specific Applications.", "15-1252"),  # retired
    ("11.0701", "Computer Science.", "15-1252"),
    ("46.0000", "Construction Trades, General.", "47-2111"),
    ("46.0302", "Electrician.", "47-2111"),
    ("51.0710", "Medical Office Assistant/Specialist.", "43-6013"),
    ("51.0710", "Medical Office Assistant/Specialist.", "43-9061"),
    ("51.0716", "Medical Administrative/Executive Assistant and Medical Secretary.",
     "43-6013"),
    ("51.3801", "Registered Nursing/Registered Nurse.", "29-1141"),
    ("51.3818", "Nursing Practice.", "29-1141"),
    ("51.3818", "Nursing Practice.", "29-1171"),
    ("60.0703", "Adult-Gerontology Acute Care Nurse Practitioner Residency/Fellowship "
     "Program.", "29-1141"),
    ("99.9999", "NO MATCH", "11-1031"),
    ("44.0401", "Public Administration.", "99-9999"),
]
# (family, code, action, title, definition), as in CIPCode2020.csv (codes written ="...")
CIP_LIST = [
    ("11", "11", "No substantive changes", "COMPUTER AND INFORMATION SCIENCES.", "Programs."),
    ("11", "11.02", "No substantive changes", "Computer Programming.", "Series."),
    ("11", "11.0201", "No substantive changes", "Computer Programming/Programmer, General.",
     "A program that teaches how to write computer programs."),
    ("11", "11.0202", "Moved from", "Computer Programming, Specific Applications.",
     "Moved to 11.0201."),
    ("11", "11.0701", "No substantive changes", "Computer Science.",
     "A program that studies computers and computing."),
    ("46", "46.0000", "No substantive changes", "Construction Trades, General.",
     "A program that teaches the building trades."),
    ("46", "46.0302", "No substantive changes", "Electrician.",
     "A program that prepares people to install and repair electrical systems."),
    ("51", "51.0710", "No substantive changes", "Medical Office Assistant/Specialist.",
     "A program that prepares people to run a medical office."),
    ("51", "51.0716", "No substantive changes",
     "Medical Administrative/Executive Assistant and Medical Secretary.",
     "A program that prepares people for secretarial work in health care."),
    ("51", "51.3801", "No substantive changes", "Registered Nursing/Registered Nurse.",
     "A program that prepares people to become registered nurses."),
    ("51", "51.3818", "No substantive changes", "Nursing Practice.",
     "A program for nurses who already hold a degree."),
    ("60", "60.0703", "New", "Adult-Gerontology Acute Care Nurse Practitioner "
     "Residency/Fellowship Program.", "A residency for nurse practitioners."),
    ("44", "44.0401", "No substantive changes", "Public Administration.", "A program."),
]


def _programs(root: Path) -> None:
    _write_xlsx(root / FILES["cip_soc"], [
        ("File Guide", [("This workbook links programs and occupations.",)]),
        ("CIP-SOC", [("CIP2020Code", "CIP2020Title", "SOC2018Code", "SOC2018Title"),
                     *[(cip, t, soc, f"Occupation {soc}") for cip, t, soc in CIP_SOC]]),
    ])
    _write_csv(root / FILES["cip_list"],
               ["CIPFamily", "CIPCode", "Action", "TextChange", "CIPTitle", "CIPDefinition",
                "CrossReferences", "Examples"],
               [(f'="{family}"', f'="{code}"', action, "no", t, definition, "", "")
                for family, code, action, t, definition in CIP_LIST])


# ------------------------------------------------------------------------- breaking one file


def rewrite_text(path: Path, change: Callable[[str], str]) -> None:
    """Replace a text file's content with ``change(content)``, keeping its line ends."""
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8", newline="")


def replace_text(path: Path, old: str, new: str) -> None:
    """Replace the first occurrence of ``old`` (which must be there) by ``new``."""
    def change(text: str) -> str:
        assert old in text, f"{old!r} not in {path}"
        return text.replace(old, new, 1)

    rewrite_text(path, change)


def line_of(path: Path, *needles: str) -> int:
    """The 1-based number of the first line of a text file holding every needle."""
    with path.open(encoding="utf-8", newline="") as handle:
        for number, line in enumerate(handle, start=1):
            if all(needle in line for needle in needles):
                return number
    raise AssertionError(f"no line of {path} holds {needles!r}")


def _line_end(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _delimiter(path: Path) -> str:
    return "," if path.suffix == ".csv" else "\t"


def _split(path: Path, line: str) -> list[str]:
    line = line.rstrip("\r\n")
    if _delimiter(path) == "\t":
        return line.split("\t")
    return next(csv.reader([line]))


def _join(path: Path, values: Sequence[Any], end: str) -> str:
    if _delimiter(path) == "\t":
        return "\t".join(str(v) for v in values) + end
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator=end).writerow(values)
    return buffer.getvalue()


def append_row(path: Path, values: Sequence[Any]) -> int:
    """Append one row to a tab- or comma-separated file; return its line number."""
    text = path.read_text(encoding="utf-8")
    end = _line_end(text)
    if not text.endswith("\n"):
        text += end
    text += _join(path, values, end)
    path.write_text(text, encoding="utf-8", newline="")
    return text.count("\n")


def set_field(path: Path, line: int, column: str, value: Any) -> None:
    """Set one field of a tab- or comma-separated file (line 1 is the header)."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    header = _split(path, lines[0])
    values = _split(path, lines[line - 1])
    values[header.index(column)] = value
    lines[line - 1] = _join(path, values, _line_end(lines[line - 1]) or "\n")
    path.write_text("".join(lines), encoding="utf-8", newline="")


def rename_column(path: Path, old: str, new: str, *, sheet: str | None = None,
                  header_row: int = 1) -> None:
    """Rename one column of a delimited file's header or of a workbook's header row."""
    if path.suffix == ".xlsx":
        workbook = openpyxl.load_workbook(path)
        cells = [c for c in _sheet(workbook, sheet)[header_row] if c.value == old]
        assert cells, f"{old!r} not in the header of {path}"
        cells[0].value = new
        workbook.save(path)
        return
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    header = _split(path, lines[0])
    header[header.index(old)] = new
    lines[0] = _join(path, header, _line_end(lines[0]))
    path.write_text("".join(lines), encoding="utf-8", newline="")


def _sheet(workbook: Any, sheet: str | None) -> Any:
    return workbook[sheet] if sheet is not None else workbook.worksheets[0]


def xlsx_row_of(path: Path, value: Any, *, sheet: str | None = None) -> int:
    """The 1-based number of the first row of a workbook with a cell equal to ``value``."""
    workbook = openpyxl.load_workbook(path)
    for number, row in enumerate(_sheet(workbook, sheet).iter_rows(values_only=True), 1):
        if value in row:
            return number
    raise AssertionError(f"no row of {path} holds {value!r}")


def set_xlsx_cell(path: Path, row: int, column: str, value: Any, *,
                  sheet: str | None = None, header_row: int = 1) -> None:
    """Set the cell of ``row`` (1-based) under the header ``column``."""
    workbook = openpyxl.load_workbook(path)
    worksheet = _sheet(workbook, sheet)
    header = [c.value for c in worksheet[header_row]]
    worksheet.cell(row=row, column=header.index(column) + 1, value=value)
    workbook.save(path)


def set_xlsx_link(path: Path, row: int, column: str, url: str, *,
                  sheet: str | None = None, header_row: int = 1) -> None:
    """Make the cell of ``row`` under the header ``column`` a hyperlink to ``url``."""
    workbook = openpyxl.load_workbook(path)
    worksheet = _sheet(workbook, sheet)
    header = [c.value for c in worksheet[header_row]]
    worksheet.cell(row=row, column=header.index(column) + 1).hyperlink = url
    workbook.save(path)


def append_xlsx_row(path: Path, values: Sequence[Any], *, sheet: str | None = None) -> int:
    """Append one row to a workbook sheet; return its row number."""
    workbook = openpyxl.load_workbook(path)
    worksheet = _sheet(workbook, sheet)
    worksheet.append(list(values))
    number = worksheet.max_row
    workbook.save(path)
    return number


def truncate(path: Path, keep: float = 0.5) -> None:
    """Cut a file to the first ``keep`` share of its bytes."""
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


def rename_sheet(path: Path, old: str, new: str) -> None:
    """Rename one sheet of a workbook."""
    workbook = openpyxl.load_workbook(path)
    workbook[old].title = new
    workbook.save(path)
