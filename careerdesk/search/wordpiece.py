"""Splits text into the word pieces a BERT-style sentence model reads (``sentence_model``).

The model's vocabulary is lower-case English word pieces: a word it knows is one piece
("animals"), a word it does not know is cut, longest known start first, into a start and
continuations written with "##" ("youtuber" -> "youtube", "##r"). Before that the text is
lower-cased, accents are taken off ("café" -> "cafe"), and every punctuation mark is a piece of
its own, as the model was trained to read it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import Path

UNKNOWN = "[UNK]"
CONTINUES = "##"
MIN_PART = 3  # letters of each of a two-piece word's pieces, for the model to read it (``says``)
LONGEST_WORD = 100  # characters; a longer "word" is read as one unknown piece


def read_pieces(path: Path) -> list[str]:
    """The word pieces of a vocabulary file, one a line (OSError, UnicodeError)."""
    return [p for p in path.read_text(encoding="utf-8").split("\n") if p]


class WordPieces:
    """A vocabulary of word pieces, and the splitting of text into their ids."""

    def __init__(self, pieces: Iterable[str]) -> None:
        self._ids = {piece: i for i, piece in enumerate(pieces)}
        self._by_id: dict[int, str] | None = None
        self.unknown = self._ids[UNKNOWN]
        self.start = self._ids["[CLS]"]
        self.end = self._ids["[SEP]"]

    def __len__(self) -> int:
        return len(self._ids)

    def ids(self, text: str) -> list[int]:
        """The ids of the word pieces of ``text`` (without the start and end marks)."""
        found: list[int] = []
        for word in words(text):
            found += self._pieces(word)
        return found

    def says(self, word: str) -> bool:
        """Whether ``word`` (folded) is one the model was trained to read: a piece of its
        own ("graffiti"), or two pieces of three letters or more ("jelly" "##fish"); not a
        string it can only spell out ("asdf": "as" "##df", "boba": "bob" "##a")."""
        pieces = self._pieces(word)
        if pieces == [self.unknown]:
            return False
        if len(pieces) == 1:
            return True
        names = self._names()
        return len(pieces) == 2 and all(
            len(names[p].removeprefix(CONTINUES)) >= MIN_PART for p in pieces)

    def _names(self) -> dict[int, str]:
        if self._by_id is None:
            self._by_id = {i: piece for piece, i in self._ids.items()}
        return self._by_id

    def _pieces(self, word: str) -> list[int]:
        if len(word) > LONGEST_WORD:
            return [self.unknown]
        pieces: list[int] = []
        start = 0
        while start < len(word):
            for end in range(len(word), start, -1):
                piece = word[start:end] if start == 0 else CONTINUES + word[start:end]
                known = self._ids.get(piece)
                if known is not None:
                    pieces.append(known)
                    start = end
                    break
            else:  # no known piece starts here: the whole word is unknown
                return [self.unknown]
        return pieces


def words(text: str) -> list[str]:
    """Lower-case words without accents, each punctuation mark a word of its own."""
    plain = "".join(ch for ch in unicodedata.normalize("NFD", text.lower())
                    if unicodedata.category(ch) != "Mn")
    found: list[str] = []
    current: list[str] = []
    for ch in plain:
        if _ignored(ch):
            continue
        if ch.isspace():
            if current:
                found.append("".join(current))
                current = []
        elif _punctuation(ch) or _ideograph(ch):
            if current:
                found.append("".join(current))
                current = []
            found.append(ch)
        else:
            current.append(ch)
    if current:
        found.append("".join(current))
    return found


def _ignored(ch: str) -> bool:
    """Control and format characters (and the replacement mark), which are dropped."""
    return ch in "\x00\ufffd" or (unicodedata.category(ch) in ("Cc", "Cf")
                                 and ch not in "\t\n\r")


def _punctuation(ch: str) -> bool:
    """Unicode punctuation, and ASCII symbols such as "$" and "+" (as BERT counts them)."""
    code = ord(ch)
    return (33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126
            or unicodedata.category(ch).startswith("P"))


def _ideograph(ch: str) -> bool:
    """CJK ideographs, each read as a word of its own."""
    code = ord(ch)
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2A6DF
            or 0x2A700 <= code <= 0x2CEAF or 0xF900 <= code <= 0xFAFF
            or 0x2F800 <= code <= 0x2FA1F)
