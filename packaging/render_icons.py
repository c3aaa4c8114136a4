"""Render the app icon from ``resources/careerdesk.svg`` into the PNGs and the ICO we ship.

Writes ``packaging/linux/icons/hicolor/NxN/apps/careerdesk.png`` for the common sizes (the
Linux menu icon, installed by ``packaging/linux/install.sh``), ``resources/careerdesk.png``
(256 px, for the macOS bundle and the window icon) and ``resources/careerdesk.ico`` (every
size in one file, for the Windows program). Run it after changing the SVG and commit the
results; ``packaging/build.sh`` runs it too when an icon is missing::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

Qt's own ICO writer stores a single image, so the ICO container (a 6-byte header, one
16-byte entry per image, then PNG-compressed images, as Windows Vista and later read them)
is written here.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "careerdesk.svg"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
ICO = ROOT / "resources" / "careerdesk.ico"
PNG = ROOT / "resources" / "careerdesk.png"
SIZES = (16, 24, 32, 48, 64, 128, 256)
NAME = "careerdesk"


def hicolor_png(size: int, base: Path = HICOLOR) -> Path:
    """Where the icon of ``size`` pixels goes in a hicolor icon theme."""
    return base / f"{size}x{size}" / "apps" / f"{NAME}.png"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stub wants bytes
        raise OSError("Qt could not encode the PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file holding PNG ``images`` keyed by their size in pixels (1 to 256)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        if not 1 <= size <= 256:
            raise ValueError(f"an ICO image is 1 to 256 pixels wide, not {size}")
        side = size % 256  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def _write(path: Path, data: bytes) -> bool:
    """Write ``data`` unless the file already holds it; True when written."""
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - kept alive
    images = {size: render_png(SVG, size) for size in SIZES}
    targets = [(hicolor_png(size), images[size]) for size in SIZES]
    targets += [(PNG, images[256]), (ICO, ico_bytes(images))]
    for path, data in targets:
        state = "written" if _write(path, data) else "unchanged"
        print(f"{path.relative_to(ROOT)}: {state}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
