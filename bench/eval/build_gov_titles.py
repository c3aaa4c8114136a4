"""Build bench/eval/gov_titles.tsv from the Census index sample in bench/eval/source/.

Steps, each mechanical (no title is chosen or dropped by hand):

1. read ``source/census_index_sample*.txt`` (job title and Census 2010 occupation code; how
   each sample was drawn is written at its top);
2. keep titles whose code is a Census 2010 occupation code (``source/census2010_soc2010.txt``):
   the compilation also files students, ethnic groups, military ranks and non-work phrases
   under codes of its own, which are dropped here; drop phrases that name a kind of work
   rather than a worker (last word career, job, work, position, life or team) and the
   compilation's text-mining fragments (ending in of, the, and, for or to; a detached 's);
3. drop every title that appears word for word in O*NET 29.3's own title files
   (``Occupation Data.txt`` titles, ``Alternate Titles.xlsx`` alternate and short titles,
   ``Sample of Reported Titles.txt``), compared case-insensitively after replacing
   punctuation by spaces;
4. map Census 2010 -> SOC 2010 (Census crosswalk) -> SOC 2018 (BLS crosswalk, only the codes
   that changed are listed in ``source/soc2010_soc2018_changes.txt``) and keep the SOC codes
   that have an O*NET occupation in data/careers.db (``occupation.code[:7]``); a title left
   with no code is dropped;
5. split deterministically: titles of the first two samples are ``dev`` when the first byte of
   the SHA-256 of the normalised title is even, else ``test``; titles of the third sample
   (``census_index_sample_3.txt``, drawn after tuning) are ``holdout``, titles of the fourth
   (``census_index_sample_4.txt``, drawn after the holdout had been tuned on) are ``holdout2``,
   titles of the fifth (``census_index_sample_5.txt``, drawn after holdout2 had been looked
   at) are ``holdout3``, titles of the sixth (``census_index_sample_6.txt``, drawn after
   holdout3 had been looked at) are ``holdout4``, titles of the seventh
   (``census_index_sample_7.txt``, drawn after holdout4 had been looked at) are ``holdout5``,
   titles of the eighth (``census_index_sample_8.txt``, drawn after holdout5 had been
   looked at) are ``holdout6``, titles of the ninth (``census_index_sample_9.txt``, drawn
   after holdout6 had been looked at) are ``holdout7``, titles of the tenth
   (``census_index_sample_10.txt``, drawn after holdout7 had been looked at) are
   ``holdout8``, titles of the eleventh (``census_index_sample_11.txt``, drawn after
   holdout8 had been looked at) are ``holdout9``, titles of the twelfth
   (``census_index_sample_12.txt``, drawn after holdout9 had been looked at) are
   ``holdout10``, titles of the thirteenth (``census_index_sample_13.txt``, drawn after
   holdout10 had been looked at) are ``holdout11``, titles of the fourteenth
   (``census_index_sample_14.txt``, drawn after holdout11 had been looked at) are
   ``holdout12``, titles of the fifteenth (``census_index_sample_15.txt``, drawn after
   holdout12 had been looked at) are ``holdout13``, and titles of the sixteenth
   (``census_index_sample_16.txt``, drawn after holdout13) are ``holdout14``; a title already
   kept from an earlier sample keeps its row.

Run from the repository root: ``.venv/bin/python bench/eval/build_gov_titles.py``.
It needs the O*NET source files (``--sources``, default ../shared/data) and openpyxl.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE = HERE / "source"
OUT = HERE / "gov_titles.tsv"
SAMPLES = ("census_index_sample.txt", "census_index_sample_2.txt")
HOLDOUT_SAMPLES = {"census_index_sample_3.txt": "holdout", "census_index_sample_4.txt": "holdout2",
                   "census_index_sample_5.txt": "holdout3", "census_index_sample_6.txt": "holdout4",
                   "census_index_sample_7.txt": "holdout5", "census_index_sample_8.txt": "holdout6",
                   "census_index_sample_9.txt": "holdout7",
                   "census_index_sample_10.txt": "holdout8",
                   "census_index_sample_11.txt": "holdout9",
                   "census_index_sample_12.txt": "holdout10",
                   "census_index_sample_13.txt": "holdout11",
                   "census_index_sample_14.txt": "holdout12",
                   "census_index_sample_15.txt": "holdout13",
                   "census_index_sample_16.txt": "holdout14"}
NOT_A_WORKER = {"career", "job", "work", "position", "life", "team"}
FRAGMENT_ENDS = {"of", "the", "and", "for", "to"}


def normalise(text: str) -> str:
    """Lower case, punctuation to spaces, single spaces: the 'word for word' comparison key."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def read_pairs(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split())
    return rows


def split_of(key: str, holdout: str) -> str:
    """The holdout split of a later sample; else dev when the SHA-256's first byte is even,
    else test."""
    if holdout:
        return holdout
    return "dev" if hashlib.sha256(key.encode()).digest()[0] % 2 == 0 else "test"


def onet_titles(sources: Path) -> set[str]:
    import openpyxl

    onet = sources / "onet-29.3"
    titles: set[str] = set()
    for name, column in (("Occupation Data.txt", 1), ("Sample of Reported Titles.txt", 2)):
        lines = (onet / "text" / name).read_text(encoding="utf-8").splitlines()[1:]
        titles.update(normalise(line.split("\t")[column]) for line in lines if line)
    book = openpyxl.load_workbook(onet / "excel" / "Alternate Titles.xlsx", read_only=True)
    for row in list(book.active.iter_rows(values_only=True))[1:]:
        for value in row[2:4]:
            if value:
                titles.add(normalise(str(value)))
    titles.discard("")
    return titles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--db", type=Path, default=ROOT / "data" / "careers.db")
    args = parser.parse_args()

    census = {row[0].lstrip("0") or "0": row[1:] for row in read_pairs(SOURCE /
                                                                     "census2010_soc2010.txt")}
    changes = {row[0]: row[1:] for row in read_pairs(SOURCE / "soc2010_soc2018_changes.txt")}
    with sqlite3.connect(args.db) as conn:
        onet_socs = {code[:7] for (code,) in conn.execute("SELECT code FROM occupation")}
    known = onet_titles(args.sources)

    counts = {"sampled": 0, "not a Census occupation code": 0, "names work, not a worker": 0,
              "text-mining fragment": 0,
              "in O*NET's title files": 0, "no O*NET occupation for its SOC": 0,
              "duplicate": 0}
    kept: dict[str, tuple[str, list[str], str, str]] = {}
    lines = [(line, HOLDOUT_SAMPLES.get(name, "")) for name in SAMPLES + tuple(HOLDOUT_SAMPLES)
             for line in (SOURCE / name).read_text(encoding="utf-8").splitlines()]
    for line, holdout in lines:
        if not line.strip() or line.startswith("#"):
            continue
        counts["sampled"] += 1
        title, _, code = line.rpartition("|")
        title = " ".join(title.split())
        code = code.strip().lstrip("0") or "0"
        key = normalise(title)
        if code not in census:
            counts["not a Census occupation code"] += 1
            continue
        if key.split()[-1] in NOT_A_WORKER:
            counts["names work, not a worker"] += 1
            continue
        if key.split()[-1] in FRAGMENT_ENDS or " 's" in title:
            counts["text-mining fragment"] += 1
            continue
        if key in known:
            counts["in O*NET's title files"] += 1
            continue
        socs: list[str] = []
        for soc2010 in census[code]:
            for soc2018 in changes.get(soc2010, [soc2010]):
                if soc2018 in onet_socs and soc2018 not in socs:
                    socs.append(soc2018)
        if not socs:
            counts["no O*NET occupation for its SOC"] += 1
            continue
        if key in kept:
            counts["duplicate"] += 1
            continue
        kept[key] = (title, sorted(socs), split_of(key, holdout), code.zfill(4))

    rows = sorted(kept.values())
    header = [
        "# Real job titles from a public government title list, none of them word for word in",
        "# O*NET 29.3's title files, each with the SOC 2018 codes a search should find.",
        "# Source: U.S. Census Bureau, Alphabetical Index of Occupations (September 2016 edition,",
        "# https://www2.census.gov/programs-surveys/demo/guidance/industry-occupation/), as",
        "# compiled with Census 2010 codes in github.com/ReeveVanneman/occupations jobs.json",
        "# (commit 0faa1f2676ff922a4a59ebb9220e92b763b0990c; read 2026-12-02). That compilation",
        "# assigns one Census code per title and adds titles of its own; see bench/README.md.",
        "# Census 2010 -> SOC 2010 -> SOC 2018 through the Census and BLS crosswalks",
        "# (copies in github.com/danielruss/codingsystems). Built by",
        "# bench/eval/build_gov_titles.py from bench/eval/source/ (sampling, filters and split",
        "# are described there).",
        "# " + ", ".join(f"{k}: {v}" for k, v in counts.items()) + f"; kept: {len(rows)} "
        f"(dev {sum(r[2] == 'dev' for r in rows)}, test {sum(r[2] == 'test' for r in rows)}, "
        f"holdout {sum(r[2] == 'holdout' for r in rows)}, "
        + ", ".join(f"{h} {sum(r[2] == h for r in rows)}" for h in HOLDOUT_SAMPLES.values()
                    if h != "holdout") + ")",
        "# A result is correct when its O*NET-SOC code's first 7 characters are one of the codes.",
        "query\tsoc_codes\tsplit\tcensus2010",
    ]
    body = [f"{title}\t{','.join(socs)}\t{split}\t{code}" for title, socs, split, code in rows]
    OUT.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(header[-3][2:])
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
