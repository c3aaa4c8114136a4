"""A small sentence model: text in, a unit vector of what it means out.

The model is all-MiniLM-L6-v2 (sentence-transformers, Apache License 2.0), a 6-layer BERT
encoder trained so that texts meaning much the same ("i like animals", "caring for pets",
"Treat sick or injured animals.") get close vectors: the mean of its last layer's vectors for
the text's word pieces, normalised. It runs in onnxruntime from ``data/sentence-model.onnx``
(weights quantised to 8 bits by ``tools/convert_sentence_model.py``; about 0.7 ms for a short
query on one core), reading the word pieces ``careerdesk.search.wordpiece`` cuts.
Nothing is fetched: the model and its vocabulary are files of the app.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np

from careerdesk.paths import data_folder
from careerdesk.search.wordpiece import WordPieces, read_pieces

DATA_DIR = data_folder()
MODEL_FILE = DATA_DIR / "sentence-model.onnx"
VOCABULARY_FILE = DATA_DIR / "sentence-model-vocab.txt"
MAX_PIECES = 256  # the model's own limit; longer texts are cut
WIDTH = 384  # numbers in a vector


class ModelFileError(Exception):
    """The sentence model's files are missing, unreadable or not a model onnxruntime runs."""


class SentenceModel:
    """``embed`` turns texts into unit vectors (float32 rows); safe to share between threads."""

    def __init__(self, session: Any, pieces: WordPieces) -> None:  # an InferenceSession
        self._session = session
        self.pieces = pieces
        self._lock = threading.Lock()

    @classmethod
    def load(cls, model: Path = MODEL_FILE, vocabulary: Path = VOCABULARY_FILE,
             threads: int = 1) -> SentenceModel:
        """The model in ``model`` with the word pieces in ``vocabulary`` (one per line)."""
        try:
            import onnxruntime

            pieces = WordPieces(read_pieces(vocabulary))
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            options.log_severity_level = 3  # errors only, never to the student's terminal
            options.enable_cpu_mem_arena = False  # ~40 MB less, no slower for one short text
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            session = onnxruntime.InferenceSession(str(model), options,
                                                   providers=["CPUExecutionProvider"])
        except (ImportError, OSError, KeyError, UnicodeError) as error:
            raise ModelFileError(f"{model}: {error}") from error
        except Exception as error:  # onnxruntime's own errors (a damaged file) have no base
            raise ModelFileError(f"{model}: {type(error).__name__}: {error}") from error
        return cls(session, pieces)

    def embed(self, texts: list[str]) -> np.ndarray:
        """One unit vector per text (rows, float32), what each text means.

        Each text is run alone: the quantised model scales its activations to 8 bits by
        their range over the whole run, so a text run beside others (and their padding)
        would get a slightly different vector (cosine 0.994) from the same text run alone,
        as a query is."""
        if not texts:
            return np.zeros((0, WIDTH), dtype=np.float32)
        return np.stack([self._embed(text) for text in texts])

    def _embed(self, text: str) -> np.ndarray:
        ids = [self.pieces.start, *self.pieces.ids(text)[:MAX_PIECES - 2], self.pieces.end]
        tokens = np.array([ids], dtype=np.int64)
        with self._lock:
            last = self._session.run(None, {"input_ids": tokens,
                                            "attention_mask": np.ones_like(tokens)})[0][0]
        mean = last.mean(axis=0)
        return (mean / max(float(np.linalg.norm(mean)), 1e-12)).astype(np.float32)
