"""Text people type (notes, names), made safe to lay out on screen and on paper.

Unicode's directional controls — the embeddings and overrides U+202A-U+202E and the
isolates U+2066-U+2069 — change the order in which the letters after them are drawn: a
note holding U+202E (RIGHT-TO-LEFT OVERRIDE) printed "olleh" for "hello", and the text after
it on the same line too. CareerDesk drops them before any layout; text in right-to-left
scripts (Arabic, Hebrew) needs none of them and is still drawn the right way, and the
invisible marks U+200E/U+200F, which reorder nothing, stay. What is stored is kept as
typed (an export keeps it); only what is shown or printed leaves them out. No Qt.
"""

from __future__ import annotations

import re

# LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI
DIRECTIONAL_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def without_direction_controls(text: str) -> str:
    """``text`` without the controls that reorder what follows them."""
    return DIRECTIONAL_CONTROLS.sub("", text)
