"""Compare screenshots taken with no fonts against ones taken with only the bundled fonts.

``packaging/build.sh`` runs the bundled program's ``screenshots`` command twice: once with a
fontconfig that lists no fonts at all, once with one that lists only the DejaVu fonts the
bundle carries (matplotlib's), which the app's font fallback registers. When the fallback
works the two sets are the same to the pixel; when it does not, Qt draws every character as
an empty box (a different picture, often a different size) and still exits 0::

    python packaging/check_fallback_font.py NOFONTS_DIR REFERENCE_DIR

Exits 0 when every compared screenshot matches (at most ``TOLERANCE`` of its pixels differ).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NAMES = ("search.png", "profile-2-inside-this-career.png", "compare.png")
TOLERANCE = 0.005


def differing_share(first: Path, second: Path) -> float | None:
    """The share of pixels that differ, or None when the images cannot be compared."""
    from PySide6.QtGui import QImage

    a, b = (QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
            for path in (first, second))
    if a.isNull() or b.isNull() or a.size() != b.size():
        return None
    pixels_a, pixels_b = bytes(a.constBits()), bytes(b.constBits())
    count = len(pixels_a) // 4
    differ = sum(pixels_a[i:i + 4] != pixels_b[i:i + 4] for i in range(0, len(pixels_a), 4))
    return differ / count


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - kept alive
    shots, reference = Path(argv[0]), Path(argv[1])
    ok = True
    for name in NAMES:
        share = differing_share(shots / name, reference / name)
        if share is None:
            print(f"{name}: cannot be compared (missing, or another size than the reference)")
            ok = False
            continue
        print(f"{name}: {share:.2%} of the pixels differ from the bundled-fonts reference")
        ok = ok and share <= TOLERANCE
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
