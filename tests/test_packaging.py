"""packaging/: the PyInstaller spec, the build script, the Linux menu entry, icons and
install scripts. The bundle itself is built by packaging/build.sh, not here (too slow)."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from careerdesk import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
HICOLOR = LINUX / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SCRIPTS = [PACKAGING / "build.sh", LINUX / "install.sh", LINUX / "uninstall.sh"]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header (its first chunk must be IHDR)."""
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    assert depth == 8 and colour == 6, "expected 8-bit RGBA"
    return width, height


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(LINUX / "careerdesk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


# ------------------------------------------------------------------ Linux menu entry and icons


def test_desktop_file_parses_and_has_what_menus_need():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "CareerDesk"
    assert entry["GenericName"] and entry["Comment"]
    assert entry["Exec"] == "careerdesk"
    assert entry["Icon"] == "careerdesk"
    assert entry["Terminal"] == "false"
    assert "Education" in entry["Categories"].split(";")
    for key in ("Categories", "Keywords"):
        assert entry[key].endswith(";"), f"{key} is a list: it ends with ;"
    assert "career" in entry["Keywords"].split(";")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils is not installed")
def test_desktop_file_validates():
    done = subprocess.run(["desktop-file-validate", str(LINUX / "careerdesk.desktop")],
                          capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_desktop_icon_exists_in_every_size():
    name = desktop_entry()["Icon"]
    for size in SIZES:
        assert (HICOLOR / f"{size}x{size}" / "apps" / f"{name}.png").is_file(), size
    listed = sorted(int(p.name.split("x")[0]) for p in HICOLOR.iterdir() if p.is_dir())
    assert listed == sorted(SIZES)


@pytest.mark.parametrize("size", SIZES)
def test_icons_are_pngs_of_their_size(size):
    data = (HICOLOR / f"{size}x{size}" / "apps" / "careerdesk.png").read_bytes()
    assert png_size(data) == (size, size)


def test_windows_icon_holds_every_size_as_png():
    data = (ROOT / "resources" / "careerdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(SIZES))
    found = []
    for index in range(count):
        width, height, _colours, _zero, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index:22 + 16 * index])
        image = data[offset:offset + length]
        side = png_size(image)[0]
        assert (width or 256, height or 256, planes, bits) == (side, side, 1, 32)
        assert image == (HICOLOR / f"{side}x{side}" / "apps" / "careerdesk.png").read_bytes()
        found.append(side)
    assert found == list(SIZES)


def test_bundle_icon_is_the_256_pixel_png():
    png = (ROOT / "resources" / "careerdesk.png").read_bytes()
    assert png == (HICOLOR / "256x256" / "apps" / "careerdesk.png").read_bytes()


def test_render_icons_ico_container():
    sys.path.insert(0, str(PACKAGING))
    try:
        import render_icons
    finally:
        sys.path.remove(str(PACKAGING))
    fake = {16: PNG_SIGNATURE + b"a", 256: PNG_SIGNATURE + b"bb"}
    data = render_icons.ico_bytes(fake)
    assert data[:6] == struct.pack("<HHH", 0, 1, 2)
    assert struct.unpack("<BB", data[6:8]) == (16, 16)
    assert struct.unpack("<BB", data[22:24]) == (0, 0)  # 256 is written as 0
    assert data.endswith(fake[16] + fake[256])
    with pytest.raises(ValueError):
        render_icons.ico_bytes({512: b""})
    assert render_icons.hicolor_png(48, Path("/x")) == Path("/x/48x48/apps/careerdesk.png")


# ------------------------------------------------------------------ the spec and the scripts


def test_spec_names_the_database_the_version_and_the_entry_script():
    spec = (PACKAGING / "careerdesk.spec").read_text(encoding="utf-8")
    compile(spec, "careerdesk.spec", "exec")
    assert '"data" / "careers.db"' in spec and '(str(DATABASE), "data")' in spec
    assert "__version__" in spec and "VERSION" in spec
    assert '"launch.py"' in spec and (PACKAGING / "launch.py").is_file()
    assert "careerdesk.ico" in spec and "careerdesk.ini.example" in spec
    for unused in ("tkinter", "pytest", "hypothesis", "openpyxl", "QtWebEngineCore", "QtQml"):
        assert f'"{unused}"' in spec


def test_readme_and_example_document_every_lab_setting():
    from careerdesk.labconfig import FILE_NAME, SECTION, SETTINGS

    settings = SETTINGS
    readme = (PACKAGING / "README.md").read_text(encoding="utf-8")
    example = (PACKAGING / "careerdesk.ini.example").read_text(encoding="utf-8")
    for setting in settings:
        assert f"| `{setting}` |" in readme, setting
        assert f";{setting} = " in example, setting
    assert f"[{SECTION}]" in readme and f"[{SECTION}]" in example and FILE_NAME in readme


def test_launch_script_is_the_careerdesk_command():
    done = subprocess.run([sys.executable, str(PACKAGING / "launch.py"), "--version"],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"CareerDesk {__version__}"


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_scripts_are_executable_and_parse(script):
    assert script.stat().st_mode & stat.S_IXUSR, f"{script.name} is not executable"
    assert script.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash\n")
    done = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_build_script_checks_what_the_issue_asks():
    text = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    for needle in ("--selftest", "QT_QPA_PLATFORM=offscreen", "show \"$career\"",
                   "FONTCONFIG_FILE", "du -sh", "pyinstaller", "careerdesk.spec"):
        assert needle in text, needle


def test_fallback_font_check_compares_pictures(tmp_path):
    sys.path.insert(0, str(PACKAGING))
    try:
        import check_fallback_font as check
    finally:
        sys.path.remove(str(PACKAGING))
    from PySide6.QtGui import QColor, QImage

    def picture(name: str, colour: str, size: int = 10) -> Path:
        image = QImage(size, size, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        path = tmp_path / name
        image.save(str(path))
        return path

    white = picture("white.png", "white")
    assert check.differing_share(white, picture("white2.png", "white")) == 0.0
    assert check.differing_share(white, picture("black.png", "black")) == 1.0
    assert check.differing_share(white, picture("small.png", "white", 5)) is None
    assert check.differing_share(white, tmp_path / "missing.png") is None


# ------------------------------------------------------------------ install.sh and uninstall.sh


def fake_bundle(folder: Path) -> Path:
    """A folder shaped like dist/CareerDesk whose program only prints a version."""
    (folder / "_internal" / "data").mkdir(parents=True)
    (folder / "_internal" / "data" / "careers.db").write_bytes(b"not really")
    (folder / "_internal" / "resources").mkdir()
    shutil.copy(ROOT / "resources" / "careerdesk.svg", folder / "_internal" / "resources")
    program = folder / "careerdesk"
    program.write_text("#!/bin/sh\necho 'CareerDesk 9.9'\n")
    program.chmod(0o755)
    return folder


def run(script: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CAREERDESK_LAB_CONFIG"}
    return subprocess.run(["bash", str(LINUX / script), *map(str, args)], capture_output=True,
                          text=True, timeout=60, env=env)


def installed_files(prefix: Path) -> list[Path]:
    return sorted(p for p in prefix.rglob("*") if p.is_file() or p.is_symlink())


def test_install_and_uninstall(tmp_path):
    bundle = fake_bundle(tmp_path / "CareerDesk")
    prefix, dest = tmp_path / "usr", tmp_path / "opt" / "careerdesk"
    done = run("install.sh", "--prefix", prefix, "--dest", dest, "--from", bundle, "--no-check")
    assert done.returncode == 0, done.stderr
    assert "installed CareerDesk 9.9" in done.stdout
    assert f"{prefix}/share/careerdesk/uninstall.sh --prefix {prefix}" in done.stdout
    assert (dest / "careerdesk").is_file() and (dest / "_internal/data/careers.db").is_file()
    assert (dest / "linux" / "uninstall.sh").is_file()
    menu = (prefix / "share/applications/careerdesk.desktop").read_text()
    assert f'Exec="{dest}/careerdesk"' in menu and f"TryExec={dest}/careerdesk" in menu
    for size in SIZES:
        assert (prefix / f"share/icons/hicolor/{size}x{size}/apps/careerdesk.png").is_file()
    assert (prefix / "share/icons/hicolor/scalable/apps/careerdesk.svg").is_file()
    link = prefix / "bin" / "careerdesk"
    assert link.is_symlink() and os.readlink(link) == f"{dest}/careerdesk"
    listed = (prefix / "share/careerdesk/installed-files").read_text().splitlines()
    assert listed[:3] == [f"# prefix {prefix}", f"# program {dest}", "# copied 1"]
    assert sorted(Path(line) for line in listed if not line.startswith("#")) == [
        p for p in installed_files(prefix) if p.name != "installed-files"]

    # Reinstalling keeps the administrator's settings next to the program.
    (dest / "careerdesk.ini").write_text("[defaults]\npaper = a4\n")
    done = run("install.sh", "--prefix", prefix, "--dest", dest, "--from", bundle, "--no-check")
    assert done.returncode == 0, done.stderr
    assert (dest / "careerdesk.ini").read_text() == "[defaults]\npaper = a4\n"

    done = subprocess.run(["bash", str(prefix / "share/careerdesk/uninstall.sh"),
                           "--prefix", str(prefix)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert not dest.exists()
    assert installed_files(prefix) == []


def test_install_in_place_registers_without_copying(tmp_path):
    share = fake_bundle(tmp_path / "share" / "CareerDesk")
    prefix = tmp_path / "usr"
    done = run("install.sh", "--prefix", prefix, "--dest", share, "--from", share, "--no-check")
    assert done.returncode == 0, done.stderr
    assert "copying" not in done.stdout
    assert not (share / "linux").exists()
    assert f'Exec="{share}/careerdesk"' in (prefix / "share/applications/careerdesk.desktop"
                                            ).read_text()
    done = run("uninstall.sh", "--prefix", prefix)
    assert done.returncode == 0, done.stderr
    assert (share / "careerdesk").is_file(), "a registered share is never deleted"
    assert installed_files(prefix) == []


def test_install_refuses_a_folder_that_is_not_a_bundle(tmp_path):
    done = run("install.sh", "--prefix", tmp_path / "usr", "--dest", tmp_path / "opt",
               "--from", tmp_path, "--no-check")
    assert done.returncode == 1
    assert "not a CareerDesk bundle" in done.stderr
    assert not (tmp_path / "usr").exists()


def test_uninstall_without_a_list_leaves_other_programs_alone(tmp_path):
    prefix, dest = tmp_path / "usr", tmp_path / "opt" / "careerdesk"
    (prefix / "bin").mkdir(parents=True)
    (prefix / "bin" / "careerdesk").symlink_to("/somewhere/else/careerdesk")
    dest.mkdir(parents=True)
    (dest / "precious.txt").write_text("not ours")
    done = run("uninstall.sh", "--prefix", prefix, "--dest", dest)
    assert done.returncode == 0, done.stderr
    assert (prefix / "bin" / "careerdesk").is_symlink()
    assert (dest / "precious.txt").is_file()
    assert "does not look like CareerDesk" in done.stderr


# ------------------------------------------------------------------ the bundle's size and start


def _strip_module():
    sys.path.insert(0, str(PACKAGING))
    try:
        import strip_libraries
    finally:
        sys.path.remove(str(PACKAGING))
    return strip_libraries


def test_a_library_strip_would_misalign_is_left_as_it_was(tmp_path):
    import _sqlite3

    strip_libraries = _strip_module()
    library = Path(_sqlite3.__file__)
    assert strip_libraries.segments_aligned(library)
    data = bytearray(library.read_bytes())
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for index in range(phnum):
        at = phoff + index * phentsize
        kind, _, offset = struct.unpack_from("<IIQ", data, at)
        if kind == 1 and offset:  # a loadable segment: one byte off, as the loader sees it
            struct.pack_into("<Q", data, at + 8, offset + 1)
            break
    misaligned = tmp_path / "misaligned.so"
    misaligned.write_bytes(bytes(data))
    assert not strip_libraries.segments_aligned(misaligned)
    saved, kept = strip_libraries.strip_folder(tmp_path)
    assert (saved, kept) == (0, []) and misaligned.read_bytes() == bytes(data)


@pytest.mark.skipif(shutil.which("strip") is None, reason="binutils' strip not installed")
def test_stripped_libraries_still_load(tmp_path):
    import _sqlite3
    import ctypes

    strip_libraries = _strip_module()
    copy = tmp_path / "lib" / "copy.so"
    copy.parent.mkdir()
    shutil.copyfile(_sqlite3.__file__, copy)
    before = copy.stat().st_size
    saved, kept = strip_libraries.strip_folder(tmp_path)
    assert kept == [] and copy.stat().st_size == before - saved
    assert strip_libraries.segments_aligned(copy)
    ctypes.CDLL(str(copy))  # the loader takes it


@pytest.mark.parametrize("xdg", ["cache", "relative/cache", ""])
def test_the_bundle_keeps_matplotlibs_font_list_in_the_users_cache(tmp_path, xdg):
    home = tmp_path / "home"
    home.mkdir()
    environ = {**os.environ, "HOME": str(home), "MPLCONFIGDIR": str(tmp_path / "temporary")}
    environ.pop("XDG_CACHE_HOME", None)
    if xdg:
        environ["XDG_CACHE_HOME"] = str(tmp_path / xdg) if xdg == "cache" else xdg
    script = ("import os, runpy; runpy.run_path(os.environ['LAUNCH'], run_name='launch'); "
              "print(os.environ['MPLCONFIGDIR'])")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path,
                          env={**environ, "LAUNCH": str(PACKAGING / "launch.py")})
    assert done.returncode == 0, done.stderr
    folder = (tmp_path / "cache" if xdg == "cache" else home / ".cache") / "careerdesk" / \
        "matplotlib"
    assert done.stdout.strip() == str(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_cache_folder_that_cannot_be_made_leaves_the_temporary_one(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    environ = {**os.environ, "XDG_CACHE_HOME": str(blocked), "MPLCONFIGDIR": "kept",
               "LAUNCH": str(PACKAGING / "launch.py")}
    script = ("import os, runpy; runpy.run_path(os.environ['LAUNCH'], run_name='launch'); "
              "print(os.environ['MPLCONFIGDIR'])")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, env=environ)
    assert done.returncode == 0 and done.stdout.strip() == "kept", done.stderr
