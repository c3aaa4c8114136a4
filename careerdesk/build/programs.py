"""Programs of study (NCES CIP 2020) and the careers they lead to (the CIP 2020–SOC 2018
crosswalk, ``nces-cip-soc-2020/``).

The crosswalk's CIP-SOC sheet pairs programs with SOC occupations; an O*NET career takes
the programs of its SOC code (the first seven characters). The "NO MATCH" sentinels
(CIP 99.9999, SOC 99-9999) are dropped. The CIP list gives each program's definition;
codes it marks as moved or deleted are retired and ignored. Codes stay text.

Each program gets a name a high-school student reads (``plain_name``) and a field (its CIP
family, in plain words, ``FIELDS``). A career's programs are ordered for a student: programs
named like the job first (sharing most of its telling words, and little else: Registered
Nursing for Registered Nurses, Social Work for social workers), then those that lead to the
fewest occupations (the most specific to this career; for
a college teacher of a field or an "All Other" career, the most occupations first: the
field's main programs),
programs named "Other" after the rest, a "General" one after a specific one that leads
as far, and medical residencies (CIP 60 and 61), which come
only after a degree, last and marked.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

from careerdesk.build.errors import SourceError
from careerdesk.build.readers import read_csv, read_xlsx
from careerdesk.build.schema import insert

FOLDER = "nces-cip-soc-2020"
CROSSWALK = "CIP2020_SOC2018_Crosswalk.xlsx"
SHEET = "CIP-SOC"
CIP_LIST = "CIPCode2020.csv"
NO_MATCH_CIP = "99.9999"
NO_MATCH_SOC = "99-9999"
RETIRED = ("Moved from", "Deleted")  # the CIP list's Action for codes no longer in use
RESIDENCY_FAMILIES = ("60", "61")
CIP_CODE = re.compile(r"^\d\d\.\d\d\d\d$")
SOC_CODE = re.compile(r"^\d\d-\d\d\d\d$")

# CIP families in plain words (CareerDesk's own wording of NCES's family titles).
FIELDS: dict[str, str] = {
    "01": "Farming, animals and plants",
    "03": "Nature and conservation",
    "04": "Architecture and planning",
    "05": "Cultures and group studies",
    "09": "Communication and journalism",
    "10": "Media and communication technology",
    "11": "Computers and information technology",
    "12": "Cooking and personal services",
    "13": "Teaching and education",
    "14": "Engineering",
    "15": "Engineering technology",
    "16": "Languages",
    "19": "Family and consumer sciences",
    "22": "Law",
    "23": "English and writing",
    "24": "Liberal arts and general studies",
    "25": "Library science",
    "26": "Biology",
    "27": "Math and statistics",
    "28": "Military leadership",
    "29": "Military technology",
    "30": "Programs across several fields",
    "31": "Sports, fitness and recreation",
    "32": "Basic skills",
    "33": "Citizenship",
    "34": "Health knowledge",
    "35": "People skills",
    "36": "Leisure and hobbies",
    "37": "Personal growth",
    "38": "Philosophy and religion",
    "39": "Religious work",
    "40": "Physical sciences",
    "41": "Science technicians",
    "42": "Psychology",
    "43": "Police, firefighting and security",
    "44": "Public service and social work",
    "45": "Social sciences",
    "46": "Construction trades",
    "47": "Mechanics and repair",
    "48": "Making things (precision production)",
    "49": "Transportation",
    "50": "Arts, design and performing",
    "51": "Health care",
    "52": "Business",
    "53": "High school diplomas",
    "54": "History",
    "60": "Health residencies (after a degree)",
    "61": "Medical residencies (after medical school)",
}

# The last part of a title after a slash that names the person who does the work
# ("Registered Nursing/Registered Nurse", "Welding Technology/Welder"): dropped.
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "nurse", "aide", "smith",
                   "wright", "person", "worker", "officer", "agent", "assistant")


def plain_name(title: str) -> str:
    """A CIP title as a student reads it: no trailing period, the person's name after a
    slash dropped, other slashes as "or", ", General" dropped, ", Other" as "Other programs
    in …"."""
    name = " ".join(title.split()).removesuffix(".").strip().replace(" and/or ", " and ")
    other = False
    for suffix, is_other in ((", General", False), (", Other", True)):
        if name.endswith(suffix):
            name = name[: -len(suffix)].rstrip()
            other = is_other
    # "Geriatric Nurse/Nursing": the program's word, not the person's
    name = re.sub(r"\b(\w{4,})(\w*)/(\1\w*)\b",
                  lambda m: m.group(3) if _person(m.group(1) + m.group(2)) else m.group(0),
                  name)
    head, slash, last = name.rpartition("/")
    # not when it would leave one word of a longer title ("Web/Multimedia Management and
    # Webmaster") or cut a list ("Cosmetology, Barber/Styling, and Nail Instructor")
    if slash and _person(last) and "," not in last \
            and (len(head.split()) > 1 or len(last.split()) == 1):
        name = head
    name = re.sub(r"\s*/\s*", " or ", name)
    if other:
        name = f"Other programs in {name}"
    return name


def _person(words: str) -> bool:
    last = words.strip().split(" ")[-1].lower() if words.strip() else ""
    return len(last) > 3 and last.endswith(_PERSON_ENDINGS) and not last.endswith("ment") \
        and last not in (
        "other", "center", "water", "computer", "paper", "power", "matter", "labor",
        "interior", "minor", "major", "sector", "behavior", "management")


MANY_PROGRAMS = 12  # a career with more programs than this lists the main ones first

# Words of a career's or program's name too common to say what it is about.
_COMMON_WORDS = frozenset({"other", "except", "general", "occupations",
                           "technicians", "technology", "specialists", "science", "sciences",
                           "studies", "teachers", "postsecondary"})


def _stems(name: str) -> set[str]:
    """The first four letters of each telling word of a name: "Managers" and "Management"
    share "mana", "Nurses" and "Nursing" share "nurs"."""
    found = set()
    for word in re.findall(r"[a-z]+", name.lower()):
        if len(word) >= 4 and word not in _COMMON_WORDS:
            found.add(word[:4])
    return found


def _shared(named: set[str], title: str) -> int:
    return len(named & _stems(title))


def is_broad(soc: str) -> bool:
    """A SOC occupation that spans a whole field: postsecondary teachers (25-1xxx) and the
    "All Other" residual codes, which SOC numbers with a final 9 (11-9199, 17-3019)."""
    return soc.startswith("25-1") or soc.endswith("9")


def field_of(cip: str) -> str:
    return cip[:2]


def load(src: Path) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The crosswalk's real pairs (SOC code -> CIP codes, in the sheet's order), and every
    CIP code of the sheet with its title there."""
    pairs: dict[str, list[str]] = defaultdict(list)
    titles: dict[str, str] = {}
    path = src / FOLDER / CROSSWALK
    for row in read_xlsx(path, ["CIP2020Code", "CIP2020Title", "SOC2018Code"], sheet=SHEET):
        cip, soc = row.text("CIP2020Code"), row.text("SOC2018Code")
        if cip == NO_MATCH_CIP or soc == NO_MATCH_SOC:
            continue
        if not CIP_CODE.match(cip):
            raise row.fail("CIP2020Code", f"{cip!r} is not a CIP code (XX.XXXX)")
        if not SOC_CODE.match(soc):
            raise row.fail("SOC2018Code", f"{soc!r} is not a SOC code (XX-XXXX)")
        titles.setdefault(cip, row.text("CIP2020Title"))
        if cip not in pairs[soc]:
            pairs[soc].append(cip)
    return dict(pairs), titles


def cip_list(src: Path) -> dict[str, tuple[str, str]]:
    """CIP codes in use (not moved or deleted) -> (title, definition), from the CIP list."""
    found: dict[str, tuple[str, str]] = {}
    path = src / FOLDER / CIP_LIST
    for row in read_csv(path, ["CIPCode", "Action", "CIPTitle", "CIPDefinition"]):
        code = _unwrap(row.text("CIPCode"))
        if row.text("Action", optional=True) in RETIRED or not CIP_CODE.match(code):
            continue  # retired, or a family or series heading
        found[code] = (row.text("CIPTitle"), row.text("CIPDefinition", optional=True))
    if not found:
        raise SourceError(path, "no CIP codes found")
    return found


def _unwrap(code: str) -> str:
    """'="01.0000"' (how the file keeps leading zeros) -> '01.0000'."""
    return code.removeprefix("=").strip('"')


def write(conn: sqlite3.Connection, src: Path, careers: Mapping[str, str]) -> None:
    """Fill program_field, program and career_program. ``careers``: O*NET code -> SOC."""
    by_soc, titles = load(src)
    listed = cip_list(src)
    reach: dict[str, int] = defaultdict(int)  # how many SOC occupations a program leads to
    for cips in by_soc.values():
        for cip in cips:
            reach[cip] += 1
    socs = set(careers.values())
    used = sorted({cip for soc, cips in by_soc.items() if soc in socs for cip in cips
                   if cip in listed})
    families = sorted({field_of(cip) for cip in used})
    unknown = [f for f in families if f not in FIELDS]
    if unknown:
        raise SourceError(src / FOLDER / CIP_LIST, f"CIP families without a plain name: "
                          f"{', '.join(unknown)}")
    insert(conn, "program_field", [(f, FIELDS[f]) for f in families])
    insert(conn, "program", [
        (cip, field_of(cip), titles.get(cip, listed[cip][0]), plain_name(titles.get(
            cip, listed[cip][0])), listed[cip][1] or None,
         int(field_of(cip) in RESIDENCY_FAMILIES), reach[cip]) for cip in used])
    rows = []
    career_titles = dict(conn.execute("SELECT code, title FROM occupation"))
    for code, soc in sorted(careers.items()):
        cips = [cip for cip in by_soc.get(soc, []) if cip in listed]
        named = _stems(career_titles.get(code, ""))
        # a broad career (a college teacher of a whole field, an "All Other" code) has
        # dozens of programs: the main ones of the field, those that lead to the most
        # occupations, come first; other careers' closest programs lead to the fewest
        broad = is_broad(soc) or len(cips) > MANY_PROGRAMS
        ordered = sorted(cips, key=lambda cip: (
            field_of(cip) in RESIDENCY_FAMILIES,
            titles.get(cip, "").rstrip(".").endswith(", Other"),
            # a program named like the job first: Registered Nursing for Registered
            # Nurses, Business Administration and Management for General and Operations
            # Managers
            -_shared(named, titles.get(cip, listed[cip][0])),
            -_shared(named, titles.get(cip, listed[cip][0])) / max(
                len(_stems(titles.get(cip, listed[cip][0]))), 1),  # and little else
            -reach[cip] if broad else reach[cip],
            titles.get(cip, "").rstrip(".").endswith(", General"),
            plain_name(titles.get(cip, listed[cip][0])), cip))
        rows += [(code, seq, cip) for seq, cip in enumerate(ordered, start=1)]
    insert(conn, "career_program", rows)
