"""Browser-like back/forward history of visited careers (no Qt)."""

from __future__ import annotations


class History:
    """Codes visited in order, with a cursor: visiting drops the forward entries.

    ``recent()`` lists the careers seen last, newest first, each once; going back and forward
    counts as seeing a career again, and dropped forward entries stay in it.
    """

    def __init__(self, limit: int = 200) -> None:
        self._items: list[str] = []
        self._index = -1
        self._limit = limit
        self._recent: list[str] = []

    def recent(self, count: int) -> list[str]:
        """Up to ``count`` codes, the career seen last first, each once."""
        return self._recent[:count]

    def _seen(self, code: str | None) -> None:
        if code is None:
            return
        if code in self._recent:
            self._recent.remove(code)
        self._recent.insert(0, code)
        del self._recent[self._limit:]

    @property
    def current(self) -> str | None:
        return self._items[self._index] if self._index >= 0 else None

    def visit(self, code: str) -> None:
        if code == self.current:
            return
        del self._items[self._index + 1:]
        self._items.append(code)
        if len(self._items) > self._limit:
            del self._items[0]
        self._index = len(self._items) - 1
        self._seen(code)

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index < len(self._items) - 1

    def back(self) -> str | None:
        if self.can_go_back():
            self._index -= 1
            self._seen(self.current)
        return self.current

    def forward(self) -> str | None:
        if self.can_go_forward():
            self._index += 1
            self._seen(self.current)
        return self.current
