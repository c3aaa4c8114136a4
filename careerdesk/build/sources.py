"""The data sources, their releases and licences, which profile sections each feeds, and the
attribution wording O*NET's licence asks for.
"""

from __future__ import annotations

import sqlite3

from careerdesk.build.schema import insert

ONET_ATTRIBUTION = (
    "This product includes information from the O*NET 29.3 Database by the U.S. Department "
    "of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
    "license. O*NET® is a trademark of USDOL/ETA."
)
ONET_MODIFIED = (
    "The CareerDesk team has modified all or some of this information. USDOL/ETA has not "
    "approved, endorsed, or tested these modifications."
)

# (id, name, release, publisher, licence, citation)
SOURCES = [
    ("onet", "O*NET 29.3 Database", "29.3, May 2025",
     "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)",
     "CC BY 4.0", "O*NET 29.3 Database, https://www.onetcenter.org/database.html"),
    ("onet-abilities", "O*NET abilities importance", "29.0, August 2024",
     "USDOL/ETA (one-row-per-occupation copy of O*NET Abilities)", "CC BY 4.0",
     "O*NET 29.0 Abilities (importance scale)"),
    ("bls-ep", "BLS Employment Projections", "2024-34 (Table 1.2)",
     "U.S. Bureau of Labor Statistics", "Public domain",
     "Employment Projections program, U.S. Bureau of Labor Statistics, Occupational "
     "projections 2024-34"),
    ("bls-oews", "BLS Occupational Employment and Wage Statistics", "May 2025",
     "U.S. Bureau of Labor Statistics", "Public domain",
     "Occupational Employment and Wage Statistics, May 2025, U.S. Bureau of Labor Statistics"),
    ("gpts", "GPTs are GPTs: exposure and automation ratings", "2024 (GPT-4 ratings)",
     "Eloundou, Manning, Mishkin and Rock (OpenAI)", "MIT",
     "Eloundou, T., Manning, S., Mishkin, P., Rock, D. (2024). GPTs are GPTs: Labor market "
     "impact potential of LLMs. Science 384(6702)."),
    ("ms-ai", "Working with AI: AI applicability scores", "2025",
     "Tomlinson, Jaffe, Wang, Counts and Suri (Microsoft Research)", "CC BY 4.0",
     "Tomlinson, K. et al. (2025). Working with AI: Measuring the Occupational Implications "
     "of Generative AI. arXiv:2507.07935."),
    ("anthropic", "Anthropic Economic Index", "v1, February 2025", "Anthropic", "CC BY",
     "Handa, K. et al. (2025). Which Economic Tasks are Performed with AI? Evidence from "
     "Millions of Claude Conversations. arXiv:2503.04761."),
    ("nces", "CIP 2020 and the CIP 2020-SOC 2018 Crosswalk", "CIP 2020 (crosswalk April 2020)",
     "U.S. Department of Education, National Center for Education Statistics (NCES)",
     "Public domain",
     "U.S. Department of Education, National Center for Education Statistics: CIP 2020 and "
     "the CIP 2020-SOC 2018 Crosswalk"),
    ("reference", "CareerDesk reference career page", "2025",
     "The career page this app grew from", "Facts used; wording is CareerDesk's own",
     "Career page example: Medical Secretaries and Administrative Assistants"),
    ("careerdesk", "CareerDesk derived figures", "this build",
     "The CareerDesk team", "Method shown beside each figure",
     "Computed by the CareerDesk importer from the sources above"),
]

SECTIONS = {
    "overview": ["onet", "anthropic"],
    "tasks": ["onet"],
    "also_known_as": ["onet"],
    "related": ["onet"],
    "progression": ["onet", "bls-oews", "careerdesk"],
    "technology": ["onet"],
    "abilities": ["onet-abilities", "onet"],
    "interests": ["onet"],
    "education": ["bls-ep", "onet", "careerdesk"],
    "wages": ["bls-oews"],
    "outlook": ["bls-ep", "careerdesk"],
    "time_allocation": ["onet", "careerdesk", "reference"],
    "ai": ["gpts", "ms-ai", "anthropic", "onet", "bls-ep", "careerdesk"],
    "narrative": ["onet", "bls-ep", "bls-oews", "gpts", "careerdesk", "reference"],
    "programs": ["nces", "bls-ep", "careerdesk"],
}


def write(conn: sqlite3.Connection) -> None:
    insert(conn, "source", sorted(SOURCES))
    insert(
        conn, "section_source",
        sorted((section, source) for section, ids in SECTIONS.items() for source in ids),
    )
