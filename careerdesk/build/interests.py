"""O*NET 29.3 interests: basic interests, their RIASEC areas, the illustrative activities, and
CareerDesk's interest quiz drawn from those activities.

Sources (``onet-29.3/text``): ``Interests Illustrative Activities.txt`` (four "General"
activities for each of the six RIASEC areas, four "Basic" activities for each of the 41 basic
interests) and ``Basic Interests to RIASEC.txt`` (the area or areas each basic interest belongs
to). Each career's six interest ratings (``Interests.txt``, OI scale 1-7) are read by
``careerdesk.build.onet`` into the ``rating`` table.

The quiz is not O*NET's Interest Profiler: it is CareerDesk's selection of O*NET's illustrative
activities, seven per area: the area's four General activities and one activity from each of
three basic interests that belong to that area alone (so every item speaks for one area).
``QUIZ`` names them in the order they are asked within the area; a question's id is the
area's letter and its place in that list ("R-01" … "C-07"), so ids stay the same from build to
build. The whole quiz interleaves the areas: one item of every area per round, the area order
turning by one each round.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from careerdesk.build.errors import SourceError
from careerdesk.build.readers import read_tsv
from careerdesk.build.schema import insert

FOLDER = "onet-29.3"
ACTIVITIES = "Interests Illustrative Activities.txt"
BASIC_TO_AREA = "Basic Interests to RIASEC.txt"

# RIASEC area element ids, in the RIASEC order, with the letter that starts question ids.
AREAS: dict[str, tuple[str, str]] = {
    "1.B.1.a": ("Realistic", "R"),
    "1.B.1.b": ("Investigative", "I"),
    "1.B.1.c": ("Artistic", "A"),
    "1.B.1.d": ("Social", "S"),
    "1.B.1.e": ("Enterprising", "E"),
    "1.B.1.f": ("Conventional", "C"),
}

# The quiz, per area, in asking order: General activities alternate with one activity of each
# of three single-area basic interests (named in the comment), chosen as things a 14-year-old
# can picture doing.
QUIZ: dict[str, tuple[str, ...]] = {
    "1.B.1.a": (
        "Build kitchen cabinets.",
        "Raise and tend to farm animals.",  # Agriculture
        "Repair household appliances.",
        "Conserve wildlife habitats.",  # Nature/Outdoors
        "Put out forest fires.",
        "Maintain aircraft engines.",  # Mechanics/Electronics
        "Drive a truck to deliver packages to offices and homes.",
    ),
    "1.B.1.b": (
        "Develop a new medicine.",
        "Study formation of stars using space-based telescopes.",  # Physical Science
        "Work in a biology lab.",
        "Study the science of genes.",  # Life Science
        "Develop a way to better predict the weather.",
        "Investigate the causes of human disease.",  # Medical Science
        "Study ways to reduce water pollution.",
    ),
    "1.B.1.c": (
        "Draw pictures.",
        "Act on stage for an audience.",  # Performing Arts
        "Write books or plays.",
        "Design and create handmade clothes.",  # Applied Arts and Design
        "Create special effects for movies.",
        "Develop content for a podcast.",  # Media
        "Compose or arrange music.",
    ),
    "1.B.1.d": (
        "Teach a high school class.",
        "Assist people with special needs.",  # Social Service
        "Help people with personal or emotional problems.",
        "Help individuals plan special events.",  # Personal Service
        "Give career guidance to people.",
        "Teach social skills to students.",  # Teaching/Education
        "Perform rehabilitation therapy.",
    ),
    "1.B.1.e": (
        "Start your own business.",
        "Persuade customers to buy a new product.",  # Sales
        "Manage a department within a large company.",
        "Make a public speech to raise money for a worthy cause.",  # Public Speaking
        "Market a new line of clothing.",
        "Engage in a political debate.",  # Politics
        "Represent a client in a lawsuit.",
    ),
    "1.B.1.f": (
        "Develop a spreadsheet using computer software.",
        "Prepare budgets for a business.",  # Accounting
        "Keep shipping and receiving records.",
        "Maintain and update filing, inventory, and database systems.",  # Office Work
        "Inventory supplies using a handheld computer.",
        "Write and review code for software.",  # Information Technology
        "Load computer software into a large computer network.",
    ),
}


def load(src: Path, conn: sqlite3.Connection) -> int:
    """Write basic interests, their areas, every activity and the quiz; returns the quiz size."""
    text = src / FOLDER / "text"
    basics, links = _basic_interests(text / BASIC_TO_AREA)
    activities = _activities(text / ACTIVITIES, basics)
    insert(conn, "basic_interest", sorted(basics.items()))
    insert(conn, "basic_interest_area", sorted(links))
    rows = [(element, seq, activity)
            for element in sorted(activities)
            for seq, activity in enumerate(sorted(activities[element]), start=1)]
    insert(conn, "interest_activity", rows)
    where = {(element, activity): seq for element, seq, activity in rows}
    questions = _quiz(text / ACTIVITIES, links, where)
    insert(conn, "interest_question", questions)
    return len(questions)


def _basic_interests(path: Path) -> tuple[dict[str, str], set[tuple[str, str]]]:
    names: dict[str, str] = {}
    links: set[tuple[str, str]] = set()
    columns = ["Basic Interests Element ID", "Basic Interests Element Name",
               "RIASEC Element ID", "RIASEC Element Name"]
    for row in read_tsv(path, columns):
        basic = row.text("Basic Interests Element ID")
        if not basic.startswith("1.B.3."):
            raise row.fail("Basic Interests Element ID",
                           f"{basic!r} is not a basic interest (1.B.3.x)")
        area = row.text("RIASEC Element ID")
        if area not in AREAS:
            raise row.fail("RIASEC Element ID", f"{area!r} is not a RIASEC area (1.B.1.a-f)")
        name = row.text("Basic Interests Element Name")
        if names.setdefault(basic, name) != name:
            raise row.fail("Basic Interests Element Name",
                           f"basic interest {basic} named both {names[basic]!r} and {name!r}")
        links.add((basic, area))
    if not names:
        raise SourceError(path, "no basic interests")
    return names, links


def _activities(path: Path, basics: dict[str, str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for row in read_tsv(path, ["Element ID", "Element Name", "Interest Type", "Activity"]):
        element = row.text("Element ID")
        kind = row.text("Interest Type")
        if kind == "General":
            if element not in AREAS:
                raise row.fail("Element ID", f"{element!r} is not a RIASEC area (1.B.1.a-f)")
        elif kind == "Basic":
            if element not in basics:
                raise row.fail("Element ID", f"basic interest {element!r} is not in "
                               f"{BASIC_TO_AREA}")
        else:
            raise row.fail("Interest Type", f"expected General or Basic, found {kind!r}")
        activity = row.text("Activity")
        if activity in found.setdefault(element, set()):
            raise row.fail("Activity", f"activity listed twice for {element}")
        found[element].add(activity)
    return found


def _quiz(path: Path, links: set[tuple[str, str]],
          where: dict[tuple[str, str], int]) -> list[tuple[str, int, str, str, int]]:
    """The quiz rows (id, position, area, element, seq), or SourceError naming a missing pick."""
    areas_of: dict[str, set[str]] = {}
    for basic, area in links:
        areas_of.setdefault(basic, set()).add(area)
    per_area: list[list[tuple[str, str, str, int]]] = []
    for area, (_, letter) in AREAS.items():
        # An area's own activities: its General ones and those of basic interests that
        # belong to this area alone.
        own = {activity: (element, seq) for (element, activity), seq in where.items()
               if element == area or areas_of.get(element) == {area}}
        items = []
        for number, activity in enumerate(QUIZ[area], start=1):
            if activity not in own:
                raise SourceError(path, f"the quiz activity {activity!r} is not among the "
                                  f"{AREAS[area][0]} activities (was it reworded?)")
            items.append((f"{letter}-{number:02d}", area, *own[activity]))
        per_area.append(items)
    rows: list[tuple[str, int, str, str, int]] = []
    rounds = max(len(items) for items in per_area)
    for turn in range(rounds):
        for offset in range(len(per_area)):
            items = per_area[(turn + offset) % len(per_area)]
            if turn < len(items):
                qid, area, element, seq = items[turn]
                rows.append((qid, len(rows) + 1, area, element, seq))
    return rows
