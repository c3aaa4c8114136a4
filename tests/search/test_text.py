"""Words as search sees them (careerdesk.search.text): folding drops case, accents and the
five apostrophes, the same for plain ASCII text (a quicker path) as for any other."""

from __future__ import annotations

import random
import unicodedata

from careerdesk.search.text import fold, words


def _fold_by_definition(text: str) -> str:
    text = text.translate(str.maketrans("", "", "'\u2019\u02bc\u2018`"))
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_folding_drops_case_accents_and_apostrophes():
    assert fold("Sheriff’s Deputy") == fold("sheriffs deputy") == "sheriffs deputy"
    assert fold("Children's `Nurse`") == "childrens nurse"
    assert fold("Électricien ＡＢＣ") == "electricien abc"
    assert words("O'Brien-Smith's café") == ["obrien", "smiths", "cafe"]
    rng = random.Random(5)
    letters = "abcXYZ'`’ʼ‘ éÉñ-_.,09ﬁ"
    for _ in range(5000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 25)))
        assert fold(text) == _fold_by_definition(text), text
