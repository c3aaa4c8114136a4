"""The reviewed data file ``phrasing.tsv`` (``careerdesk.search.phrasing``): every list it
holds has phrases, and a malformed line is refused with the file's name and line number."""

from __future__ import annotations

import pytest

from careerdesk.search import phrases, wishes
from careerdesk.search.phrasing import LISTS, PHRASING_FILE, load_phrasing


def test_every_list_of_the_data_file_has_phrases():
    loaded = load_phrasing()
    assert set(loaded) == set(LISTS)
    assert all(loaded[name] for name in LISTS), [name for name in LISTS if not loaded[name]]
    # and the lists search reads are built from them
    for built in (phrases.LEAD_INS, phrases.LEAD_OUT_PHRASES, phrases.FILLER,
                  phrases.FILLER_PHRASES, phrases.SOFT, phrases.WEAK_VERBS,
                  wishes.MONEY_WORDS, wishes.MUCH_WORDS, wishes.GOOD_WORDS,
                  wishes.NO_WORDS, wishes.UNSURE_WORDS, wishes.HEDGES,
                  wishes.COLLEGE_WORDS, *wishes.WISHES.values()):
        assert built
    assert list(wishes.WISHES) == [wishes.SHORT_TRAINING, wishes.TWO_YEAR, wishes.FOUR_YEAR,
                                   wishes.NO_COLLEGE, wishes.HIGH_PAY, wishes.GROWTH,
                                   wishes.NEARBY, wishes.BENEFITS, wishes.GOOD_JOB]


@pytest.mark.parametrize("bad", [
    "lead-in i like",  # no tab
    "lead-in\ti like\textra",  # a column too many
    "lead-ins\ti like",  # no such list
    "lead-in\ti don't",  # not as a query is read: "dont"
    "lead-in\tI like",  # upper case
    "lead-in\ti  like",  # two spaces
    "lead-in\t",  # no phrase
    "soft\tkind of",  # a list of single words
    "lead-in\ti like",  # already in the list, on line 3
])
def test_a_malformed_line_of_the_data_file_is_refused_with_its_line_number(tmp_path, bad):
    path = tmp_path / "phrasing.tsv"
    path.write_text(f"# a comment\n\nlead-in\ti like\n{bad}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"phrasing\.tsv:4: "):
        load_phrasing(path)


def test_a_list_with_no_phrase_is_refused(tmp_path):
    path = tmp_path / "phrasing.tsv"
    text = PHRASING_FILE.read_text(encoding="utf-8")
    path.write_text("\n".join(line for line in text.splitlines()
                              if not line.startswith("hedge-word\t")), encoding="utf-8")
    with pytest.raises(ValueError, match="phrasing.tsv: no phrase for hedge-word"):
        load_phrasing(path)
