"""The queries the search benchmarks time: bench/queries.txt (one per line, optionally a tab
and the career code expected in the top 3; ``#`` comments), the student phrases of
bench/eval/student_phrases.tsv when present, and hostile inputs (control characters, NUL,
10,000 characters, FTS syntax, emoji). Imports nothing of CareerDesk, so that a benchmark
can time another checkout's engine on the same queries."""

from __future__ import annotations

from pathlib import Path

QUERIES = Path(__file__).with_name("queries.txt")
PHRASES = Path(__file__).with_name("eval") / "student_phrases.tsv"

HOSTILE = [
    "", "   ", "\x00", "nurse\x00", "\x00\x00\x00", "\x07\x1b[31mred\x1b[0m", "\t\tnurse\t",
    "nurse\u200b", "e\u0301lectrician", "\u202eesrun", "a" * 10_000, "nurse " * 2_000,
    "🔥" * 5_000, ('"NEAR(' * 1_000), "registered\nnurse", "\ud800nurse",
]


def load_queries() -> list[tuple[str, str | None]]:
    """(query, expected career code or None), in file order, hostile inputs last."""
    queries: list[tuple[str, str | None]] = []
    for line in QUERIES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        text, _, expected = line.partition("\t")
        queries.append((text, expected or None))
    if PHRASES.is_file():  # things students type (issue 10), without an expected career
        for line in PHRASES.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith(("#", "phrase\t")):
                queries.append((line.split("\t", 1)[0], None))
    return queries + [(q, None) for q in HOSTILE]
