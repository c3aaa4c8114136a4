"""Where a phrase stands among a query's words still unread (``find``, ``find_span``), the small
words said inside it without changing it (a determiner, an intensifier, a pronoun) allowed."""

from __future__ import annotations

from collections.abc import Sequence


def find(tokens: Sequence[str | None], phrase: tuple[str, ...]) -> int:
    """Where the phrase starts among the tokens still unread, or -1."""
    n = len(phrase)
    for i in range(len(tokens) - n + 1):
        if tuple(tokens[i:i + n]) == phrase:
            return i
    return -1


# Small words said differently inside a phrase without changing it: "run my own business" is
# "run a business", "fix the cars" is "fix cars".
DETERMINERS = frozenset({"a", "an", "the", "my", "your", "our", "their", "his", "her", "own",
                         "some", "any"})
# Words that make a phrase stronger without changing it, said inside it: "pays really well",
# "a very bright future", "super high paying".
INTENSIFIERS = frozenset({"really", "very", "super", "so", "extremely", "pretty", "real",
                          "truly", "actually", "reallly", "rly", "realy"})
# A determiner a phrase needs said: "own" makes "my own boss" not "the boss" (it may still
# be said more: "run my own business" is "run a business").
NEEDED = frozenset({"own"})
# Whom it is done to, said inside a phrase without changing it: "the person who gives you
# shots" is "give shots", "teaches us math" "teach math".
OBJECT_PRONOUNS = frozenset({"you", "u", "us", "me", "them", "him"})


def find_span(tokens: list[str | None], phrase: tuple[str, ...]) -> tuple[int, int] | None:
    """Where the phrase stands among the tokens still unread (start, end), a determiner
    inside it said or left out or said differently; None when it is not there."""
    if sum(word not in DETERMINERS for word in phrase) < 2:  # "on my own" is not "on the"
        at = find(tokens, phrase)
        return None if at < 0 else (at, at + len(phrase))
    for start, token in enumerate(tokens):
        if token != phrase[0]:
            continue
        i, j = 1, start + 1  # i: next phrase word, j: next token
        while i < len(phrase) and j < len(tokens):
            word, said = phrase[i], tokens[j]
            if said == word:
                i, j = i + 1, j + 1
            elif said in DETERMINERS and word in DETERMINERS and word not in NEEDED:
                i, j = i + 1, j + 1  # "my" for "a"
            elif said in DETERMINERS or said in INTENSIFIERS or said in OBJECT_PRONOUNS:
                j += 1  # "run my own business": "own" said more; "pays really well"
            elif word in DETERMINERS and word not in NEEDED:
                i += 1  # "fix cars" for "fix the cars"
            else:
                break
        if i == len(phrase):
            return start, j
    return None
