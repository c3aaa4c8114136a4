"""Reliability of the user-data file: two processes writing at once, and SIGKILL mid-write.

The child processes run this file as a script (``python test_userdata_reliability.py churn
...`` / ``... writer ...``). Each child reports a change only after its transaction has
committed, flushing after every line, so the parent knows exactly which changes must be there.

The figures (time, counts) are printed: run with ``pytest -s`` to see them.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

OPS = 500  # bookmarks each churning process adds (and as many it adds and removes again)
KILLS = 50
PROFILE = "Shared"


def _code(prefix: int, number: int) -> str:
    return f"{prefix:02d}-{number:04d}.00"


# ------------------------------------------------------------------ children

def churn(folder: str, worker: int, log: str) -> None:
    """Add A_i, add T_i, remove T_i for i < OPS; a note on every tenth A_i; log each commit."""
    from careerdesk.userdata import open_user_data

    with open_user_data(Path(folder)) as ud, open(log, "w", encoding="utf-8") as out:
        profile = ud.find_profile(PROFILE)
        assert profile is not None
        print("ready", flush=True)
        sys.stdin.readline()  # wait for "go": both processes start together
        out.write(f"start {time.time()}\n")
        for i in range(OPS):
            keep, temporary = _code(10 + worker, i), _code(30 + worker, i)
            ud.add_bookmark(profile, keep)
            out.write(f"add {keep} {time.time()}\n")
            ud.add_bookmark(profile, temporary)
            out.write(f"add {temporary} {time.time()}\n")
            ud.remove_bookmark(profile, temporary)
            out.write(f"remove {temporary} {time.time()}\n")
            if i % 10 == 0:
                ud.set_note(profile, keep, f"note {worker}-{i}")
                out.write(f"note {keep} {time.time()}\n")
            out.flush()
            # A moment between changes, as a person takes: without it one process holds
            # the write lock back to back and the other only waits (SQLite is not fair).
            time.sleep(0.001)
        out.write(f"end {time.time()}\n")


def writer(folder: str, start: int) -> None:
    """Write forever (until killed): print "begin OP" before and "ok OP" after each commit."""
    from careerdesk.userdata import open_user_data

    ud = open_user_data(Path(folder))
    profile = ud.ensure_profile("Killed")
    number = start
    while True:
        code = _code(20, number % 10000)
        steps: list[tuple[str, str]] = [("add", code), ("note", code)]
        if number % 5 == 4:
            steps.append(("remove", _code(20, (number - 3) % 10000)))
        if number % 7 == 6:
            steps.append(("compare", f"c{number}"))
        for op, target in steps:
            print(f"begin {op} {target}", flush=True)
            if op == "add":
                ud.add_bookmark(profile, target)
            elif op == "note":
                ud.set_note(profile, target, f"note {number} " + "x" * (number % 300))
            elif op == "remove":
                ud.remove_bookmark(profile, target)
            else:
                ud.save_comparison(profile, target, [code, _code(20, (number - 1) % 10000)])
            print(f"ok {op} {target}", flush=True)
        number += 1


# ------------------------------------------------------------------ two processes at once

def _spawn(*args: str, **kwargs: object) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, __file__, *args], **kwargs)  # type: ignore


def test_two_processes_add_and_remove_in_the_same_profile(tmp_path):
    from careerdesk.userdata import open_user_data

    with open_user_data(tmp_path) as ud:
        ud.create_profile(PROFILE)
    started = time.perf_counter()
    logs = [tmp_path / f"worker{w}.log" for w in (0, 1)]
    children = [_spawn("churn", str(tmp_path), str(w), str(logs[w]), stdin=subprocess.PIPE,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for w in (0, 1)]
    for child in children:
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    for child in children:
        _, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
    seconds = time.perf_counter() - started

    expected: dict[str, str | None] = {}
    spans, moments = [], []
    for worker, log in enumerate(logs):
        lines = log.read_text().splitlines()
        spans.append((float(lines[0].split()[1]), float(lines[-1].split()[1])))
        for line in lines[1:-1]:
            op, code, moment = line.split()
            moments.append((float(moment), worker))
            if op == "add":
                expected[code] = ""
            elif op == "remove":
                expected.pop(code)
            else:
                expected[code] = f"note {int(code[:2]) - 10}-{int(code[3:7])}"
    assert len(expected) == 2 * OPS
    (a_start, a_end), (b_start, b_end) = spans
    assert a_start < b_end and b_start < a_end, "the two processes did not overlap"
    moments.sort()
    switches = sum(1 for (_, w1), (_, w2) in zip(moments, moments[1:], strict=False)
                   if w1 != w2)
    # They must really take turns. How often depends on the scheduler: 100+ on a quiet
    # machine, 33 with four other test suites on two cores; 10 still means interleaved work.
    assert switches >= 10, f"the processes took turns only {switches} times"
    with open_user_data(tmp_path) as ud:
        profile = ud.find_profile(PROFILE)
        assert profile is not None
        found = {b.code: b.note for b in ud.bookmarks(profile)}
    assert found == expected  # every committed change, nothing else
    commits = 2 * OPS * 3 + 2 * OPS // 10
    print(f"\n[reliability] 2 processes, {commits} committed changes in one profile "
          f"({2 * OPS} adds kept, {2 * OPS} adds removed again, {2 * OPS // 10} notes) in "
          f"{seconds:.1f} s; overlap {min(a_end, b_end) - max(a_start, b_start):.1f} s, "
          f"{switches} hand-overs between the processes; "
          f"all {len(expected)} expected bookmarks present, none extra")


# ------------------------------------------------------------------ SIGKILL while writing

def _note(code: str) -> str:
    number = int(code[3:7])
    return f"note {number} " + "x" * (number % 300)


def _state(ud, target: str, op: str) -> object:  # UserData
    profile = ud.find_profile("Killed")
    if profile is None:
        return None
    if op == "compare":
        return target in {c.name for c in ud.comparisons(profile)}
    return {b.code: b.note for b in ud.bookmarks(profile)}.get(target)


def _replay(lines: list[str], bookmarks: dict[str, str], comparisons: set[str],
            number: int) -> tuple[int, tuple[str, str] | None, int]:
    """Apply a killed writer's reported commits to what must be there: (the next code
    number, the operation begun but not reported done, how many were reported done)."""
    pending: tuple[str, str] | None = None
    confirmed = 0
    for line in lines:
        kind, op, target = line.split()
        if op == "add" and kind == "begin":
            number = max(number, int(target[3:7]) + 1)  # never reuse a code
        if kind == "begin":
            pending = (op, target)
            continue
        pending = None
        confirmed += 1
        if op == "add":
            bookmarks.setdefault(target, "")
        elif op == "note":
            bookmarks[target] = _note(target)
        elif op == "remove":
            bookmarks.pop(target, None)
        else:
            comparisons.add(target)
    return number, pending, confirmed


def test_sigkill_while_writing_never_loses_a_commit_or_damages_the_file(tmp_path):
    from careerdesk.userdata import FILE_NAME, open_user_data

    rng = random.Random(20240917)
    bookmarks: dict[str, str] = {}  # what must be there: code -> note
    comparisons: set[str] = set()
    number = confirmed = in_flight_kills = 0
    started = time.perf_counter()
    for run in range(KILLS):
        child = _spawn("writer", str(tmp_path), str(number), stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL, text=True)
        assert child.stdout is not None
        lines: list[str] = []
        if rng.random() < 0.15:
            time.sleep(rng.uniform(0, 0.15))  # may land while the file is opened or created
        else:
            wanted = rng.randint(1, 60)
            while sum(line.startswith("ok ") for line in lines) < wanted:
                line = child.stdout.readline()
                if not line:
                    break
                lines.append(line)
            time.sleep(rng.uniform(0, 0.003))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL
        lines += child.stdout.read().splitlines()
        child.stdout.close()

        number, pending, done = _replay(lines, bookmarks, comparisons, number)
        confirmed += done

        raw = sqlite3.connect(tmp_path / FILE_NAME)
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"run {run}"
        raw.close()
        with open_user_data(tmp_path) as ud:
            assert ud.notice is None, f"run {run}: {ud.notice}"
            if pending is not None:  # committed or not: either state is right
                in_flight_kills += 1
                op, target = pending
                now = _state(ud, target, op)
                if op == "compare":
                    assert now in (True, False)
                    (comparisons.add if now else comparisons.discard)(target)
                else:
                    before = bookmarks.get(target)
                    after = {"add": bookmarks.get(target, ""), "remove": None,
                             "note": _note(target) if before is not None else None}[op]
                    assert now in (before, after), f"run {run}: {op} {target} -> {now!r}"
                    if now is None:
                        bookmarks.pop(target, None)
                    else:
                        bookmarks[target] = now
            profile = ud.find_profile("Killed")
            found = {b.code: b.note for b in ud.bookmarks(profile)} if profile else {}
            saved = {c.name for c in ud.comparisons(profile)} if profile else set()
        assert found == bookmarks, f"run {run}"
        assert saved == comparisons, f"run {run}"
    seconds = time.perf_counter() - started
    print(f"\n[reliability] {KILLS} SIGKILLs while writing, {seconds:.1f} s: the file opened "
          f"and passed integrity_check every time; all {confirmed} reported commits present "
          f"({len(bookmarks)} bookmarks, {len(comparisons)} comparisons at the end); "
          f"{in_flight_kills} kills landed with a change in flight")


if __name__ == "__main__":
    if sys.argv[1] == "churn":
        churn(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    elif sys.argv[1] == "writer":
        writer(sys.argv[2], int(sys.argv[3]))
