"""Careers close in meaning to a student's phrase, and how that list joins the word search.

Word search (``careerdesk.search.engine``) finds careers holding the student's words or the
concepts they were read as. A phrase in other words ("i want to take care of pets", "be on
youtube") can miss them all. So each career is also read, once, by a small sentence model
(``careerdesk.search.sentence_model``) as two vectors, written to
``data/career-meanings.npz`` by ``careerdesk build-meanings``:

- its title, up to ``OTHER_NAMES`` other names and its description, as one text;
- the mean of its tasks' vectors (what the work is, task by task), normalised; for a
  career with no tasks, the first vector again.

A phrase's closeness to a career is the sum of the cosines of the phrase's vector with the
two. The careers nearest a phrase are merged with the word search's by reciprocal rank
fusion (Cormack, Clarke and Buettcher 2009): each list gives a career 1 / (``FUSION_K`` +
its rank), and the sums order the careers. A student's phrase is read this way, and a job
title no name holds all the words of ("Vineyard Manager"; the engine's TITLE_MEANING_K and
TITLE_MEANING_SHARE); a title a name holds, a single interest or a code is not. Only careers
the filters allow are ever added.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

import numpy as np

from careerdesk.search.sentence_model import DATA_DIR, MODEL_FILE, ModelFileError, SentenceModel
from careerdesk.search.text import singular
from careerdesk.search.wordpiece import words

LONGEST_READ = 24  # letters of the longest word the model is asked whether it reads

MEANINGS_FILE = DATA_DIR / "career-meanings.npz"
OTHER_NAMES = 8  # other names read with the title and description
FUSION_K = 60  # reciprocal rank fusion's constant (the paper's)
NEAREST = 20  # careers taken from the meaning list into the fusion
FORMAT = 1  # of career-meanings.npz


class MeaningsFileError(Exception):
    """career-meanings.npz is missing, damaged, or was built from other careers or model."""


def career_texts(title: str, other_names: Sequence[str], description: str) -> str:
    """The text a career's first vector reads: "Title. Other, names. Description"."""
    names = ", ".join(other_names)
    return f"{title}. {names}. {description}" if names else f"{title}. {description}"


def model_digest(path: Path = MODEL_FILE) -> str:
    """SHA-256 of the model file, recorded with the careers' vectors it made."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Meanings:
    """The careers' meaning vectors, and the nearest careers to a phrase."""

    def __init__(self, model: SentenceModel, codes: Sequence[str], named: np.ndarray,
                 tasks: np.ndarray) -> None:
        self._model = model
        self.codes = list(codes)
        self._named = named.astype(np.float32)
        self._tasks = tasks.astype(np.float32)

    @classmethod
    def load(cls, content_digest: str | None, path: Path = MEANINGS_FILE,
             model: SentenceModel | None = None) -> Meanings:
        """The vectors in ``path``; MeaningsFileError unless they were made from the careers
        whose content digest is ``content_digest`` by the model in MODEL_FILE."""
        try:
            with np.load(path, allow_pickle=False) as stored:
                codes = [str(c) for c in stored["codes"]]
                named, tasks = stored["named"], stored["tasks"]
                made_from = str(stored["content_sha256"])
                made_by = str(stored["model_sha256"])
                version = int(stored["format"])
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as error:
            raise MeaningsFileError(f"{path}: {error}") from error
        if version != FORMAT or named.shape != tasks.shape or len(codes) != named.shape[0]:
            raise MeaningsFileError(f"{path}: not a career-meanings file of format {FORMAT}")
        if made_from != content_digest:
            raise MeaningsFileError(f"{path} was built from other careers than the database "
                                    "holds: run `careerdesk build-meanings`")
        try:
            if made_by != model_digest():
                raise MeaningsFileError(f"{path} was built with another sentence model: run "
                                        "`careerdesk build-meanings`")
            model = model or SentenceModel.load()
        except (OSError, ModelFileError) as error:
            raise MeaningsFileError(str(error)) from error
        return cls(model, codes, named, tasks)

    def reads(self, text: str) -> bool:
        """Whether the model reads every word of ``text`` as a word (see
        ``WordPieces.says``): not a string of letters it can only spell out."""
        said = words(text)
        says = self._model.pieces.says
        return bool(said) and all(
            w.isalpha() and len(w) <= LONGEST_READ and (says(w) or says(singular(w)))
            for w in said)  # not punctuation, not "aaaaaaaaaa..."; "otters" is "otter" said
        # of several

    def closeness(self, phrase: str) -> np.ndarray:
        """Every career's closeness to ``phrase`` (in ``codes`` order), from -2 to 2."""
        vector = self._model.embed([phrase])[0]
        return self._named @ vector + self._tasks @ vector

    def closest(self, phrase: str, share: float) -> frozenset[int]:
        """The careers (indexes into ``codes``) among the ``share`` of all closest to
        ``phrase`` (0.1: the closest tenth)."""
        scores = self.closeness(phrase)
        count = max(1, min(len(scores), round(share * len(scores))))
        return frozenset(int(i) for i in np.argpartition(-scores, count - 1)[:count])

    def neighbours(self, career: int, allowed: Collection[int] | None, count: int
                   ) -> list[int]:
        """The ``count`` careers (indexes into ``codes``) among ``allowed`` (None: all)
        closest in meaning to ``career`` (its names and description, and its tasks), closest
        first (itself first, when allowed)."""
        return highest(self._named @ self._named[career] + self._tasks @ self._tasks[career],
                         allowed, count)

    def nearest(self, phrase: str, allowed: Collection[int] | None, count: int = NEAREST
                ) -> list[int]:
        """The ``count`` careers (indexes into ``codes``) closest to ``phrase``, closest
        first, among ``allowed`` (None: all)."""
        return highest(self.closeness(phrase), allowed, count)


def highest(scores: np.ndarray, allowed: Collection[int] | None, count: int) -> list[int]:
    """The ``count`` indexes of the highest ``scores`` among ``allowed`` (None: all),
    highest first."""
    if allowed is not None:
        keep = np.full(len(scores), -np.inf, dtype=np.float32)
        chosen = np.fromiter(allowed, dtype=np.int64, count=len(allowed))
        keep[chosen] = scores[chosen]
        scores = keep
    count = min(count, int(np.isfinite(scores).sum()))
    if count <= 0:
        return []
    top = np.argpartition(-scores, count - 1)[:count]
    return [int(i) for i in top[np.argsort(-scores[top], kind="stable")]]


def reciprocal_ranks(rankings: Iterable[Sequence[int]], k: int,
                     weights: Sequence[float] | None = None) -> dict[int, float]:
    """Reciprocal rank fusion's sums: each ranking (best first) gives its careers
    1 / (k + rank), times its weight (1 unless ``weights`` says)."""
    score: dict[int, float] = {}
    for i, ranking in enumerate(rankings):
        weight = 1.0 if weights is None else weights[i]
        for rank, career in enumerate(ranking):
            score[career] = score.get(career, 0.0) + weight / (k + rank)
    return score


def fused(words: Sequence[int], meaning: Sequence[int], k: int = FUSION_K,
          share: float = 1.0) -> list[int]:
    """The careers of two rankings (best first) in the order of their reciprocal rank
    fusion, the meaning's counting ``share`` of the words'; ties keep the word search's
    order."""
    score = reciprocal_ranks((words, meaning), k, (1.0, share))
    first = {career: i for i, career in reversed(list(enumerate([*words, *meaning])))}
    return sorted(score, key=lambda career: (-score[career], first[career]))
