"""`careerdesk build-meanings` (careerdesk/build/meanings.py): every career read, with the
digests that tie the vectors to their database and model."""

from __future__ import annotations

import numpy as np

from careerdesk.build.meanings import build, career_texts
from careerdesk.search.meaning import Meanings, model_digest


def test_build_writes_every_careers_vectors_tied_to_database_and_model(store, tmp_path):
    class FewCareers:  # the real store's first careers, so the test takes seconds
        meta = store.meta

        @staticmethod
        def meaning_texts(names):
            rows = store.meaning_texts(names)
            return rows[:12] + [(code, title, n, d, []) for code, title, n, d, _ in rows[12:14]]

    out = tmp_path / "meanings.npz"
    assert build(FewCareers(), out) == 14
    with np.load(out) as stored:
        assert list(stored["codes"][:2]) == ["11-1011.00", "11-1011.03"]
        assert stored["named"].shape == stored["tasks"].shape == (14, 384)
        assert str(stored["content_sha256"]) == store.meta["content_sha256"]
        assert str(stored["model_sha256"]) == model_digest()
        # a career with no tasks is read by its names and description twice
        assert np.array_equal(stored["named"][13], stored["tasks"][13])
    read = Meanings.load(store.meta["content_sha256"], out)
    assert read.codes[read.nearest("chief executive", None, 1)[0]].startswith("11-1011")


def test_career_text_is_title_names_and_description():
    assert career_texts("Bakers", ["Baker", "Pastry Chef"], "Mix and bake.") == \
        "Bakers. Baker, Pastry Chef. Mix and bake."
    assert career_texts("Bakers", [], "Mix and bake.") == "Bakers. Mix and bake."
