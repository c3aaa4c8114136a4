"""Browser-like back/forward history of visited careers (no Qt)."""

from __future__ import annotations


class History:
    """Codes visited in order, with a cursor: visiting drops the forward entries."""

    def __init__(self, limit: int = 200) -> None:
        self._items: list[str] = []
        self._index = -1
        self._limit = limit

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

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index < len(self._items) - 1

    def back(self) -> str | None:
        if self.can_go_back():
            self._index -= 1
        return self.current

    def forward(self) -> str | None:
        if self.can_go_forward():
            self._index += 1
        return self.current
