"""Reads every career with the sentence model, for search by meaning
(``careerdesk.search.meaning``): ``careerdesk build-meanings`` writes
``data/career-meanings.npz`` from ``data/careers.db`` after the database is rebuilt.

It is a step of its own, not part of ``build-db``: it runs the model over the careers' 18,796
tasks (about 45 s on two cores), and its floating-point vectors may differ in the last bits
from one processor to another, while the database is checked row for row against the
sources. The file records the content digest of the database and the model it was made
from; search reads it only when both match (``Meanings.load``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from careerdesk.search.meaning import (
    FORMAT,
    MEANINGS_FILE,
    OTHER_NAMES,
    career_texts,
    model_digest,
)
from careerdesk.search.sentence_model import SentenceModel
from careerdesk.store import CareerStore


def build(store: CareerStore, out: Path = MEANINGS_FILE,
          model: SentenceModel | None = None) -> int:
    """Write the vectors of the careers in ``store`` to ``out``; returns how many careers."""
    content_digest = store.meta.get("content_sha256", "")
    store_texts = store.meaning_texts(OTHER_NAMES)
    model = model or SentenceModel.load(threads=2)
    codes = [row[0] for row in store_texts]
    named = model.embed([career_texts(title, names, description)
                         for _, title, names, description, _ in store_texts])
    all_tasks = [task for row in store_texts for task in row[4]]
    task_vectors = model.embed(all_tasks) if all_tasks else np.zeros((0, named.shape[1]))
    tasks = np.zeros_like(named)
    start = 0
    for i, row in enumerate(store_texts):
        if row[4]:
            mean = task_vectors[start:start + len(row[4])].mean(axis=0)
            tasks[i] = mean / max(float(np.linalg.norm(mean)), 1e-12)
            start += len(row[4])
        else:  # no tasks (93 careers): the names and description count twice
            tasks[i] = named[i]
    temporary = out.with_name(out.name + ".part.npz")
    np.savez(temporary, codes=np.array(codes, dtype=str), named=named.astype(np.float16),
             tasks=tasks.astype(np.float16), content_sha256=np.array(content_digest),
             model_sha256=np.array(model_digest()), format=np.array(FORMAT))
    temporary.replace(out)
    return len(codes)
