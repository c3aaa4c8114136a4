"""Strip the bundle's shared libraries of what nothing reads at run time, safely.

    python packaging/strip_libraries.py DIR     (packaging/build.sh runs it on the bundle)

``strip --strip-unneeded`` drops debug sections and the static symbol table; the dynamic
symbols the loader and Python need stay. Some wheels ship them (kiwisolver 5 MB, Pillow 3 MB,
OpenBLAS 2 MB) and a Python built from source keeps about 20 MB. But libraries that
auditwheel rewrote with patchelf (the wheels' ``*.libs`` folders, and the modules linked to
them) can come out of strip with a loadable segment no longer page-aligned, which the loader
refuses ("ELF load command address/offset not page-aligned"). So each library is stripped into
a copy, and the copy replaces it only when every loadable segment is still aligned.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

_PT_LOAD = 1


def segments_aligned(path: Path) -> bool:
    """Whether every loadable segment of a 64-bit little-endian ELF file sits at an offset
    congruent to its address modulo its alignment (what the loader checks)."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return False  # not ELF64 LSB: leave it alone
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for index in range(phnum):
        kind, _, offset, vaddr, _, _, _, align = struct.unpack_from(
            "<IIQQQQQQ", data, phoff + index * phentsize)
        if kind == _PT_LOAD and align > 1 and (vaddr - offset) % align:
            return False
    return True


def strip_folder(folder: Path) -> tuple[int, list[Path]]:
    """Strip every shared library under ``folder``: (bytes saved, the libraries left as they
    were because stripping would have broken them)."""
    saved, kept = 0, []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "library"
        for path in sorted(folder.rglob("*.so*")):
            if path.is_symlink() or not path.is_file() or not segments_aligned(path):
                continue
            shutil.copyfile(path, copy)
            done = subprocess.run(["strip", "--strip-unneeded", str(copy)],
                                  capture_output=True, check=False)
            if done.returncode != 0:
                continue
            if not segments_aligned(copy):
                kept.append(path)
                continue
            before, after = path.stat().st_size, copy.stat().st_size
            if after < before:
                shutil.copymode(path, copy)
                copy.replace(path)
                saved += before - after
    return saved, kept


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: strip_libraries.py DIR", file=sys.stderr)
        return 2
    saved, kept = strip_folder(Path(argv[0]))
    print(f"stripped the shared libraries: {saved / 2**20:.1f} MB less")
    for path in kept:
        print(f"  left as it was (stripping would misalign it): {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
