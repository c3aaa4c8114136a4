"""A gate of blind rounds: writers' briefs, the dumps judges read, and their marks collected.

A gate is eight rounds of 24 things students type, each written by a helper who sees no code,
data or search (``eval/prompts/writer.txt``), searched once with this checkout's engine, and
the first five careers shown judged by eight other helpers, one per round, each in a folder
holding only its brief (``eval/prompts/judge.txt``) and its dump. This script does the
lead's three mechanical steps, so that they are the same in every session:

    .venv/bin/python bench/gate.py writers ROUNDS N "Levelland, TX, 9th grade" ...
        one writer's brief per class, rounds N, N+1, ...: ROUNDS/wN.txt, each telling its
        helper to write ROUNDS/pN.txt (take the files' sha256 sums before reading any)
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gate.py dump ROUNDS OUT N0 N1
        rounds N0..N1 searched: OUT/jN/dumpN.txt and OUT/jN/brief.txt for each judge, and
        OUT/codesN.tsv (phrase, the five codes shown) for collecting
    .venv/bin/python bench/gate.py collect OUT N0 N1 RESULTS
        the judges' OUT/jN/judgedN.txt read beside the codes: the rows of a
        ``eval/results_judged_rounds*.tsv`` file (no comment lines, no header) written to
        RESULTS, and phrases passing (3 or more fair of 5) per round, in all, and rounds whole

A ceiling under the misses (stop 60): a phrase can pass only if the database holds 3 careers
fair for it. Two counselors of their own for each list of missed phrases (fresh helpers,
``eval/prompts/ceiling.txt``) read every career (code, title, pay, education, outlook, the
first sentence of its description) and list every fair one, never seeing what the app showed:

    .venv/bin/python bench/gate.py ceiling OUT RESULTS...
        the distinct phrases the results files missed, in lists of 26 (OUT/phrasesA.txt ..),
        OUT/careers.txt, and two briefs a list (OUT/brief_A_1.txt, OUT/brief_A_2.txt) each
        telling its helper to write OUT/fairA_1.txt ..
    .venv/bin/python bench/gate.py gates OUT RESULTS...
        per results file: phrases passing; the misses both counselors find fewer than 3
        fair careers for (no search of this data can pass them); of the other phrases, how
        many pass and how many rounds are whole (the gate rule from gate 154 on: 7 of 8
        whole and at most 2 missed)

It makes no judgement itself: it prints figures.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROMPTS = ROOT / "bench" / "eval" / "prompts"
PHRASES_PER_ROUND = 24
SHOWN = 5
PASS = 3
# where the judges' prompt names its dump and its answer (it was written for stop 47's folder)
JUDGE_DUMP, JUDGE_ANSWER = "/tmp/lead/s47/dumpROUND", "/tmp/lead/s47/judgedROUND"
WRITER_OUT = "/tmp/lead/rounds/pROUND"


def writers(rounds: Path, first: int, classes: list[str]) -> None:
    prompt = (PROMPTS / "writer.txt").read_text(encoding="utf-8")
    rounds.mkdir(parents=True, exist_ok=True)
    for n, school_class in enumerate(classes, first):
        brief = prompt.replace("CLASS", school_class).replace(
            WRITER_OUT, str(rounds / "pROUND")).replace("ROUND", str(n))
        (rounds / f"w{n}.txt").write_text(brief, encoding="utf-8")
        print(f"{rounds / f'w{n}.txt'}: {school_class}")


def read_phrases(path: Path) -> list[str]:
    phrases = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    if len(phrases) != PHRASES_PER_ROUND:
        raise SystemExit(f"{path}: {len(phrases)} phrases, not {PHRASES_PER_ROUND}")
    return phrases


def dump(rounds: Path, out: Path, first: int, last: int) -> None:
    from careerdesk.search import SearchEngine
    from careerdesk.store import CareerStore
    from careerdesk.ui.results_model import glance, title_match

    engine = SearchEngine(CareerStore(ROOT / "data" / "careers.db"))
    prompt = (PROMPTS / "judge.txt").read_text(encoding="utf-8")
    for n in range(first, last + 1):
        folder = out / f"j{n}"
        folder.mkdir(parents=True, exist_ok=True)
        lines, codes = [], []
        for k, phrase in enumerate(read_phrases(rounds / f"p{n}.txt"), 1):
            shown = engine.search(phrase, limit=50)[:SHOWN]
            codes.append(f"{phrase}\t{','.join(r.code for r in shown)}")
            lines.append(f"## {k}. {phrase}")
            if not shown:
                lines.append("(no careers shown)")
            for i, result in enumerate(shown, 1):
                lines.append(f"{i}. {result.title} ({result.code})")
                if not title_match(result):
                    lines.append(f"   shown because: {result.matched_on}")
                lines.append(f"   {glance(result)}")
            lines.append("")
        (folder / f"dump{n}.txt").write_text("\n".join(lines), encoding="utf-8")
        (folder / "brief.txt").write_text(
            prompt.replace(JUDGE_DUMP, str(folder / f"dump{n}")).replace(
                JUDGE_ANSWER, str(folder / f"judged{n}")).replace("ROUND", str(n)),
            encoding="utf-8")
        (out / f"codes{n}.tsv").write_text("\n".join(codes) + "\n", encoding="utf-8")
        print(f"{folder / 'brief.txt'}")


def collect(out: Path, first: int, last: int, results: Path) -> None:
    rows, passed, whole = [], 0, 0
    for n in range(first, last + 1):
        codes = [line.split("\t") for line in
                 (out / f"codes{n}.tsv").read_text(encoding="utf-8").splitlines() if line]
        judged = [line.split("\t") for line in
                  (out / f"j{n}" / f"judged{n}.txt").read_text(encoding="utf-8").splitlines()
                  if line.strip()]
        if len(judged) != len(codes):
            raise SystemExit(f"round {n}: {len(judged)} verdicts for {len(codes)} phrases")
        fair = 0
        for (phrase, shown), verdict in zip(codes, judged, strict=True):
            marks = verdict[1].strip() if len(verdict) > 1 else ""
            if len(marks) != len(shown.split(",") if shown else []) or set(marks) - {"y", "n"}:
                raise SystemExit(f"round {n}, {phrase!r}: marks {marks!r} for {shown!r}")
            notes = verdict[2].strip() if len(verdict) > 2 else ""
            rows.append(f"{n}\t{phrase}\t{shown}\t{marks}\t{notes}")
            fair += marks.count("y") >= PASS
        passed += fair
        whole += fair == len(codes)
        print(f"round {n}: {fair} of {len(codes)}")
    results.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{passed} of {len(rows)} phrases with {PASS}+ fair of {SHOWN}; "
          f"{whole} of {last - first + 1} rounds whole; rows in {results}")


CEILING_LIST = 26  # phrases a counselor is given at once
CEILING_WHO = 2  # counselors a list


def judged_rows(path: Path) -> list[tuple[str, str, str]]:
    """(round, phrase, marks) of a results file."""
    return [(parts[0], parts[1], parts[3]) for parts in
            (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith(("#", "round\t")))]


def missed(marks: str) -> bool:
    return marks.count("y") < PASS


def career_list() -> list[str]:
    """One line per career as a ceiling counselor reads it."""
    from careerdesk.store import CareerStore

    store = CareerStore(ROOT / "data" / "careers.db")
    first_sentence = {code: text.split(". ")[0].rstrip(".") + "." for code, text in
                      store.connection().execute("SELECT code, description FROM occupation")}
    lines = []
    for row in store.search_figures():
        code, title, education, wage, top_coded, change, outlook, hourly = (
            row[0], row[1], row[4], row[5], row[6], row[7], row[9], row[12])
        if wage:
            pay = f"${wage:,.0f} a year"
        elif top_coded and "annual_median" in top_coded:
            pay = "$239,200 or more a year"
        else:
            pay = f"${hourly:.2f} an hour" if hourly else "pay not available"
        growth = f"{outlook} ({change:+.1f}%)" if outlook and change is not None \
            else outlook or "outlook not available"
        lines.append(f"{code} | {title} | {pay} | {education or 'education not available'}"
                     f" | {growth} | {first_sentence[code]}")
    return lines


def ceiling(out: Path, results: list[Path]) -> None:
    phrases = list(dict.fromkeys(phrase for path in results
                                 for _, phrase, marks in judged_rows(path) if missed(marks)))
    out.mkdir(parents=True, exist_ok=True)
    (out / "careers.txt").write_text("\n".join(career_list()) + "\n", encoding="utf-8")
    prompt = (PROMPTS / "ceiling.txt").read_text(encoding="utf-8")
    for n, start in enumerate(range(0, len(phrases), CEILING_LIST)):
        name = chr(ord("A") + n)
        listed = phrases[start:start + CEILING_LIST]
        (out / f"phrases{name}.txt").write_text(
            "".join(f"{k}. {p}\n" for k, p in enumerate(listed, 1)), encoding="utf-8")
        for who in range(1, CEILING_WHO + 1):
            brief = out / f"brief_{name}_{who}.txt"
            brief.write_text(prompt.replace("CAREERS", str(out / "careers.txt")).replace(
                "PHRASES", str(out / f"phrases{name}.txt")).replace(
                "ANSWER", str(out / f"fair{name}_{who}.txt")), encoding="utf-8")
            print(brief)
    print(f"{len(phrases)} distinct phrases missed")


def fair_counts(out: Path) -> dict[str, list[int]]:
    """Phrase -> how many careers each counselor found fair: their answers in OUT and those
    kept in ``eval/ceiling_rounds*.tsv`` (phrase and careers in the same columns)."""
    counts: dict[str, list[int]] = {}
    kept = sorted((ROOT / "bench" / "eval").glob("ceiling_rounds*.tsv"))
    for path in kept + sorted(out.glob("fair*_*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 3 and not line.startswith(("#", "counselor\t")):
                counts.setdefault(parts[1], []).append(
                    len([c for c in parts[2].split(",") if c.strip()]))
    return counts


def gates(out: Path, results: list[Path]) -> None:
    counts = fair_counts(out)
    print("results file                              passing   beyond the data"
          "   answerable passing   rounds whole")
    for path in results:
        rows = judged_rows(path)
        beyond = [phrase for _, phrase, marks in rows if missed(marks)
                  and len(counts.get(phrase, [])) >= CEILING_WHO
                  and all(c < PASS for c in counts[phrase])]
        unread = {p for _, p, m in rows if missed(m) and len(counts.get(p, [])) < CEILING_WHO}
        rounds = dict.fromkeys(r for r, _, _ in rows)
        spoiled = {r for r, phrase, marks in rows if missed(marks) and phrase not in beyond}
        passing = sum(not missed(m) for _, _, m in rows)
        print(f"{path.name:40} {passing:3} / {len(rows)}   {len(beyond):15}"
              f"   {passing:8} / {len(rows) - len(beyond):<8}   "
              f"{len(rounds) - len(spoiled)} / {len(rounds)}"
              + (f"   (no ceiling yet: {sorted(unread)})" if unread else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    steps = parser.add_subparsers(dest="step", required=True)
    w = steps.add_parser("writers")
    w.add_argument("rounds", type=Path)
    w.add_argument("first", type=int)
    w.add_argument("classes", nargs="+")
    d = steps.add_parser("dump")
    d.add_argument("rounds", type=Path)
    d.add_argument("out", type=Path)
    d.add_argument("first", type=int)
    d.add_argument("last", type=int)
    c = steps.add_parser("collect")
    c.add_argument("out", type=Path)
    c.add_argument("first", type=int)
    c.add_argument("last", type=int)
    c.add_argument("results", type=Path)
    for step in ("ceiling", "gates"):
        g = steps.add_parser(step)
        g.add_argument("out", type=Path)
        g.add_argument("results", type=Path, nargs="+")
    args = parser.parse_args()
    if args.step == "writers":
        writers(args.rounds, args.first, args.classes)
    elif args.step == "dump":
        dump(args.rounds, args.out, args.first, args.last)
    elif args.step == "collect":
        collect(args.out, args.first, args.last, args.results)
    elif args.step == "ceiling":
        ceiling(args.out, args.results)
    else:
        gates(args.out, args.results)


if __name__ == "__main__":
    main()
