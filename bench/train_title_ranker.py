"""Fit the job-title model of ``careerdesk/search/title_ranker.py`` and say how it does.

For every job title of the title sets below the engine is asked as the app asks it, with the
model set aside: what the model would read of each candidate is recorded. A conditional logit
is fitted on that (per title, the probability of each candidate is proportional to
exp(weights . features); the fit makes the judged careers likelier, with an L2 penalty), by
full-batch Adam from zero weights, so that the same sets give the same file.

Before writing the model it prints, per set, top-1 / top-10 % of the engine alone and of
the model fitted on the *other* sets (leave one set out): the figure to expect on titles
the model has not seen. Sets written after the model (``--hold``) are only measured.

    .venv/bin/python bench/train_title_ranker.py            # report, then write the model
    .venv/bin/python bench/train_title_ranker.py --check    # report only
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_search_eval import DB_PATH, EVAL, load_gov_titles  # noqa: E402

from careerdesk.search import SearchEngine  # noqa: E402
from careerdesk.search.title_ranker import (  # noqa: E402
    FEATURES,
    MODEL_FILE,
    Candidates,
    best_first,
)
from careerdesk.store import CareerStore  # noqa: E402

# (name, file, split or None for every row): the reviewed job-title sets of bench/eval
SETS = (
    ("census-dev", "gov_titles.tsv", "dev"),
    ("census-test", "gov_titles_reviewed.tsv", "test"),
    ("census-holdout", "gov_titles_holdout_reviewed.tsv", None),
    ("census-holdout2", "gov_titles_holdout2_reviewed.tsv", None),
    ("census-holdout3", "gov_titles_holdout3_reviewed.tsv", None),
    ("census-holdout4", "gov_titles_holdout4_reviewed.tsv", None),
    ("census-holdout5", "gov_titles_holdout5_reviewed.tsv", None),
    ("civil", "civil_titles_reviewed.tsv", None),
    ("civil2", "civil_titles2_reviewed.tsv", None),
    ("civil3", "civil_titles3_reviewed.tsv", None),
    ("posting", "posting_titles_reviewed.tsv", None),
    ("posting2", "posting_titles2_reviewed.tsv", None),
)
L2 = 0.01
STEPS = 400
RATE = 0.05


@dataclass
class Asked:
    set: str
    query: str
    right: frozenset[str]  # the judged SOC codes (7 characters)
    engine: list[str]  # the engine's first 10 careers' codes
    candidates: list[str] | None  # when the model would have re-ordered them
    by_meaning: bool  # (then) the title was read by meaning too
    rows: np.ndarray | None
    labels: np.ndarray | None  # per candidate, whether it is judged right


def ask_all(sets: Sequence[tuple[str, Path, str | None]]) -> list[Asked]:
    store = CareerStore(DB_PATH)
    engine = SearchEngine(store)
    engine.preload()
    recorded: list[Candidates] = []
    engine.title_ranker.recorder = lambda terms, candidates: recorded.append(candidates)
    asked = []
    for name, path, split in sets:
        for title in load_gov_titles(path):
            if split is not None and title.split != split:
                continue
            recorded.clear()
            results = [r.code for r in engine.search(title.query, limit=10)]
            right = frozenset(title.socs)
            if recorded:
                found = recorded[-1].codes
                labels = np.array([c[:7] in right for c in found])
                asked.append(Asked(name, title.query, right, results, found,
                                   recorded[-1].by_meaning, recorded[-1].rows, labels))
            else:
                asked.append(Asked(name, title.query, right, results, None, False, None,
                                   None))
    return asked


@dataclass(frozen=True)
class Fitted:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray


def fit_one(asked: Sequence[Asked]) -> Fitted:
    """The conditional logit's weights over the titles with a right candidate."""
    usable = [a for a in asked if a.rows is not None and a.labels is not None
              and a.labels.any()]
    rows = np.vstack([a.rows for a in usable])  # type: ignore[misc]
    labels = np.concatenate([a.labels for a in usable]).astype(float)  # type: ignore[misc]
    group = np.concatenate([np.full(len(a.labels), i)  # type: ignore[arg-type]
                            for i, a in enumerate(usable)])
    count = len(usable)
    mean = rows.mean(axis=0)
    scale = rows.std(axis=0)
    scale[scale == 0] = 1.0
    x = (rows - mean) / scale
    w = np.zeros(len(FEATURES))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, STEPS + 1):
        s = x @ w
        top = np.full(count, -np.inf)
        np.maximum.at(top, group, s)
        e = np.exp(s - top[group])
        p = e / np.bincount(group, e, count)[group]
        right = e * labels
        q = right / np.bincount(group, right, count)[group]
        gradient = x.T @ (p - q) / count + L2 * w
        m = 0.9 * m + 0.1 * gradient
        v = 0.999 * v + 0.001 * gradient * gradient
        w -= RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return Fitted(mean, scale, w)


def fit(asked: Sequence[Asked]) -> dict[bool, Fitted]:
    """One model for the titles read by meaning too, one for the rest."""
    return {mode: fit_one([a for a in asked if a.by_meaning is mode]) for mode in (False, True)}


def ordered(a: Asked, model: dict[bool, Fitted] | None) -> list[str]:
    """The first 10 codes: the engine's, or the model's order of the candidates."""
    if model is None or a.candidates is None or a.rows is None:
        return a.engine
    chosen_model = model[a.by_meaning]
    scores = ((a.rows - chosen_model.mean) / chosen_model.scale) @ chosen_model.weights
    chosen = best_first(a.rows, scores)
    return [a.candidates[i] for i in chosen][:10]


def model_json(model: dict[bool, Fitted], titles: int) -> dict[str, object]:
    """What title_ranker.json holds: the features' names and each model's figures."""
    saved: dict[str, object] = {
        "about": "careerdesk.search.title_ranker's models, written by "
                 "bench/train_title_ranker.py",
        "sets": [file for _, file, _ in SETS], "titles": titles, "features": list(FEATURES)}
    for mode, label in ((False, "words"), (True, "meaning")):
        saved[label] = {"mean": model[mode].mean.round(6).tolist(),
                        "scale": model[mode].scale.round(6).tolist(),
                        "weights": model[mode].weights.round(6).tolist()}
    return saved


def fitted_on_the_sets() -> dict[str, object]:
    """The model fitted on SETS with the engine as it is, as title_ranker.json holds it."""
    asked = ask_all([(name, EVAL / file, split) for name, file, split in SETS])
    return model_json(fit(asked), len(asked))


def figures(asked: Sequence[Asked], model: dict[bool, Fitted] | None) -> tuple[float, float]:
    top1 = top10 = 0
    for a in asked:
        codes = [c[:7] for c in ordered(a, model)]
        top1 += bool(codes) and codes[0] in a.right
        top10 += any(c in a.right for c in codes)
    return 100 * top1 / len(asked), 100 * top10 / len(asked)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report only; write nothing")
    parser.add_argument("--hold", action="append", default=[], metavar="FILE",
                        help="a title set to measure only (not fitted on)")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--by-mode", action="store_true",
                        help="also report the titles each model re-orders apart")
    args = parser.parse_args()
    sets = [(name, EVAL / file, split) for name, file, split in SETS]
    held = [(Path(f).stem, Path(f), None) for f in args.hold]
    asked = ask_all([*sets, *held])
    trained = [a for a in asked if a.set in {n for n, _, _ in sets}]
    print(f"{len(trained)} titles, {sum(a.rows is not None for a in trained)} re-ordered "
          f"({sum(a.by_meaning for a in trained)} of them read by meaning too); "
          "top-1 / top-10 %:")
    print(f"{'set':18} {'n':>4}  {'engine':>12}  {'left-out model':>14}")
    totals = np.zeros(5)
    for name, _, _ in sets:
        inside = [a for a in trained if a.set == name]
        model = fit([a for a in trained if a.set != name])
        e1, e10 = figures(inside, None)
        m1, m10 = figures(inside, model)
        print(f"{name:18} {len(inside):4}  {e1:5.1f} / {e10:4.1f}  {m1:5.1f} / {m10:4.1f}")
        totals += np.array([len(inside), e1 * len(inside), e10 * len(inside),
                            m1 * len(inside), m10 * len(inside)])
    if args.by_mode:
        for mode in (False, True):
            e1 = m1 = n1 = 0.0
            for name, _, _ in sets:
                model = fit([a for a in trained if a.set != name])
                inside = [a for a in trained if a.set == name and a.rows is not None
                          and a.by_meaning is mode]
                if inside:
                    e1 += figures(inside, None)[0] * len(inside)
                    m1 += figures(inside, model)[0] * len(inside)
                    n1 += len(inside)
            print(f"  {'meaning' if mode else 'words'} titles {int(n1)}: engine top-1 "
                  f"{e1 / n1:.1f}, left-out model {m1 / n1:.1f}")
    n = totals[0]
    print(f"{'all':18} {int(n):4}  {totals[1] / n:5.1f} / {totals[2] / n:4.1f}  "
          f"{totals[3] / n:5.1f} / {totals[4] / n:4.1f}")
    model = fit(trained)
    for name, _, _ in held:
        inside = [a for a in asked if a.set == name]
        e1, e10 = figures(inside, None)
        m1, m10 = figures(inside, model)
        print(f"held out: {name} {len(inside)}  engine {e1:.1f} / {e10:.1f}  "
              f"model {m1:.1f} / {m10:.1f}")
    for mode, label in ((False, "words"), (True, "meaning")):
        print(f"weights of the {label} model (per standard deviation), largest first:")
        for feature, weight in sorted(zip(FEATURES, model[mode].weights, strict=True),
                                      key=lambda fw: -abs(fw[1]))[:12]:
            print(f"  {feature:22} {weight:+.3f}")
    if not args.check:
        args.out.write_text(json.dumps(model_json(model, len(trained)), indent=1) + "\n",
                            encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
