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
    args = parser.parse_args()
    if args.step == "writers":
        writers(args.rounds, args.first, args.classes)
    elif args.step == "dump":
        dump(args.rounds, args.out, args.first, args.last)
    else:
        collect(args.out, args.first, args.last, args.results)


if __name__ == "__main__":
    main()
