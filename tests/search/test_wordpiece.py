"""The word pieces the sentence model reads (careerdesk/search/wordpiece.py), from its own
vocabulary file: what a student types must reach the model as the model was trained to read
it, or the vectors mean something else."""

from __future__ import annotations

import pytest

from careerdesk.search.sentence_model import VOCABULARY_FILE
from careerdesk.search.wordpiece import WordPieces, words


@pytest.fixture(scope="module")
def pieces():
    return WordPieces(p for p in VOCABULARY_FILE.read_text(encoding="utf-8").split("\n") if p)


def spelled(pieces: WordPieces, text: str) -> list[str]:
    back = {i: p for p, i in pieces._ids.items()}
    return [back[i] for i in pieces.ids(text)]


def test_known_words_are_one_piece_each_lower_cased(pieces):
    assert spelled(pieces, "I like Animals") == ["i", "like", "animals"]


def test_an_unknown_word_is_cut_into_a_start_and_continuations(pieces):
    cut = spelled(pieces, "youtuber")
    assert len(cut) >= 2 and cut[0] == "youtube"
    assert all(p.startswith("##") for p in cut[1:])
    assert "".join(p.removeprefix("##") for p in cut) == "youtuber"


def test_punctuation_is_a_piece_of_its_own_and_accents_come_off(pieces):
    assert spelled(pieces, "fix cars!!") == ["fix", "cars", "!", "!"]
    assert spelled(pieces, "café naïve") == ["cafe", "naive"]
    assert spelled(pieces, "C++/SQL") == ["c", "+", "+", "/", "sql"]


def test_control_characters_vanish_and_spaces_of_every_kind_split(pieces):
    assert words("kids\x00\u200bcare\tteacher\nnow") == ["kidscare", "teacher", "now"]


def test_a_word_of_no_known_piece_or_too_long_is_one_unknown_piece(pieces):
    assert pieces.ids("\u2603") == [pieces.unknown]  # a snowman: no piece starts with it
    assert pieces.ids("a" * 101) == [pieces.unknown]
    assert pieces.ids("") == []


@pytest.mark.parametrize(("word", "read"), [
    ("graffiti", True),  # a piece of its own
    ("jellyfish", True),  # "jelly" "##fish"
    ("asdf", False),  # "as" "##df": spelled out, not read
    ("boba", False),  # "bob" "##a"
    ("qwerty", False),  # three pieces
])
def test_the_model_says_a_word_it_reads_not_one_it_spells_out(pieces, word, read):
    assert pieces.says(word) is read
