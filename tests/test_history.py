"""Back/forward history and the recently viewed careers the start page lists."""

from __future__ import annotations

from careerdesk.history import History


def test_recent_lists_each_career_once_newest_first():
    history = History()
    for code in ("a", "b", "c", "d"):
        history.visit(code)
    assert history.back() == "c" and history.back() == "b"
    history.visit("e")  # drops c and d from the way forward, not from what was seen
    assert not history.can_go_forward()
    assert history.recent(10) == ["e", "b", "c", "d", "a"]
    assert history.recent(2) == ["e", "b"]
    history.back()
    assert history.recent(1) == ["b"]


def test_recent_keeps_at_most_the_limit():
    history = History(limit=3)
    for code in "abcdef":
        history.visit(code)
    assert history.recent(10) == ["f", "e", "d"]
