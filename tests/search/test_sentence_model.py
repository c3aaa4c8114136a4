"""The sentence model (careerdesk/search/sentence_model.py): CareerDesk's word pieces and
pooling give the vectors the published model gives, and closeness means what a student
means."""

from __future__ import annotations

import json

import numpy as np
import pytest

from careerdesk.search.sentence_model import ModelFileError, SentenceModel
from tests.conftest import ROOT

REFERENCE = json.loads((ROOT / "tests" / "data" / "sentence_model_reference.json"
                        ).read_text(encoding="utf-8"))["sentences"]


@pytest.fixture(scope="module")
def model():
    return SentenceModel.load()


def test_vectors_match_the_quantised_model_read_through_the_published_tokenizer(model):
    """tools/convert_sentence_model.py recorded them with the published (Hugging Face)
    tokenizer: the same pieces and pooling give the same vectors. Not to the last digit:
    onnxruntime's 8-bit kernels round differently on different processors (0.9995 for "no
    college" on an AMD EPYC, 0.99999 where it was recorded), while a single word piece of
    difference ("no colleges", "NO COLLEGE!") brings a vector down to 0.92 or less."""
    ours = model.embed([s["text"] for s in REFERENCE])
    for sentence, vector in zip(REFERENCE, ours, strict=True):
        assert float(vector @ np.array(sentence["quantised"])) > 0.999, sentence["text"]


def test_vectors_stay_close_to_the_published_full_precision_model(model):
    ours = model.embed([s["text"] for s in REFERENCE])
    closeness = [float(v @ np.array(s["published"])) for s, v in zip(REFERENCE, ours,
                                                                      strict=True)]
    assert min(closeness) > 0.89 and float(np.mean(closeness)) > 0.95  # 8-bit weights


def test_vectors_are_unit_length_one_per_text_in_order(model):
    vectors = model.embed(["work with kids", "", "x" * 5000])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.allclose(vectors[0], model.embed(["work with kids"])[0], atol=1e-6)


def test_closeness_follows_meaning_not_shared_words(model):
    pets, vet, mowing, kids = model.embed([
        "i want to take care of pets", "Treat sick or injured animals.",
        "Mow and edge lawns, using power mowers.", "Teach children in elementary school."])
    assert pets @ vet > pets @ mowing + 0.2
    assert pets @ vet > pets @ kids + 0.2


def test_a_missing_or_damaged_model_file_is_a_clear_error(tmp_path):
    with pytest.raises(ModelFileError, match="nothing.onnx"):
        SentenceModel.load(tmp_path / "nothing.onnx")
    damaged = tmp_path / "damaged.onnx"
    damaged.write_bytes(b"\x08\x07not a model" * 100)
    with pytest.raises(ModelFileError, match="damaged.onnx"):
        SentenceModel.load(damaged)
