"""packaging/linux/install.sh and uninstall.sh run as a lab administrator would, in a
scratch root: temporary folders stand in for /usr and /opt/careerdesk, with symbolic-link
traps, a --dest that is someone else's folder, a relative prefix and folder names holding
the characters sed and desktop files treat specially. The bundle is a small folder shaped
like dist/CareerDesk (no PyInstaller build)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
SIZES = sorted(p.name for p in (LINUX / "icons" / "hicolor").iterdir())


def fake_bundle(folder: Path) -> Path:
    """A folder shaped like dist/CareerDesk whose program only prints a version; one of its
    libraries is a symbolic link, as in a real bundle."""
    (folder / "_internal" / "data").mkdir(parents=True)
    (folder / "_internal" / "data" / "careers.db").write_bytes(b"not really")
    (folder / "_internal" / "resources").mkdir()
    shutil.copy(ROOT / "resources" / "careerdesk.svg", folder / "_internal" / "resources")
    (folder / "_internal" / "libfake.so.1").write_bytes(b"library")
    (folder / "_internal" / "libfake.so").symlink_to("libfake.so.1")
    program = folder / "careerdesk"
    program.write_text("#!/bin/sh\necho 'CareerDesk 9.9'\n")
    program.chmod(0o755)
    return folder


def run(script: Path | str, *args: str | Path, cwd: Path | None = None
        ) -> subprocess.CompletedProcess[str]:
    """Run a script; from ``cwd`` (by default the scratch root, so that a relative path it
    might use lands there too)."""
    env = {k: v for k, v in os.environ.items() if k != "CAREERDESK_LAB_CONFIG"}
    path = script if isinstance(script, Path) else LINUX / script
    return subprocess.run(["bash", str(path), *map(str, args)], capture_output=True,
                          text=True, timeout=60, env=env, cwd=cwd or SCRATCH[-1])


def tree(root: Path) -> set[str]:
    """Everything under ``root`` (files, links and folders), as relative paths."""
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def listed(prefix: Path) -> list[str]:
    return (prefix / "share/careerdesk/installed-files").read_text().splitlines()


SCRATCH: list[Path] = []  # the current test's scratch root


@pytest.fixture
def scratch(tmp_path):
    """A scratch root with a bundle in it; ``usr`` and ``opt/careerdesk`` do not exist yet.
    The scripts run from ``tmp_path/cwd``."""
    bundle = fake_bundle(tmp_path / "bundle" / "CareerDesk")
    (tmp_path / "cwd").mkdir()
    SCRATCH.append(tmp_path / "cwd")
    yield tmp_path, bundle, tmp_path / "usr", tmp_path / "opt" / "careerdesk"
    SCRATCH.pop()


def install(bundle, prefix, dest, *more):
    return run("install.sh", "--prefix", prefix, "--dest", dest, "--from", bundle,
               "--no-check", *more)


def test_uninstall_leaves_the_root_as_it_was_with_no_empty_folders(scratch):
    root, bundle, prefix, dest = scratch
    before = tree(root)
    done = install(bundle, prefix, dest)
    assert done.returncode == 0, done.stderr
    assert (dest / "_internal" / "libfake.so").is_symlink(), "links in the bundle stay links"
    lines = listed(prefix)
    assert lines[:3] == [f"# prefix {prefix}", f"# program {dest}", "# copied 1"]
    made = [line.removeprefix("# folder ") for line in lines if line.startswith("# folder ")]
    assert str(root / "opt") in made and str(prefix) in made
    assert len(made) >= 2 * len(SIZES) + 6  # the icon folders, applications, bin, ...
    done = run(prefix / "share/careerdesk/uninstall.sh", "--prefix", prefix)
    assert done.returncode == 0, done.stderr
    assert f"removed {dest}" in done.stdout
    assert tree(root) == before  # no file, link or empty folder left behind


def test_uninstall_keeps_folders_it_did_not_make(scratch):
    root, bundle, prefix, dest = scratch
    (prefix / "share" / "applications").mkdir(parents=True)
    (prefix / "share" / "applications" / "other.desktop").write_text("[Desktop Entry]\n")
    (prefix / "bin").mkdir()
    assert install(bundle, prefix, dest).returncode == 0
    assert run("uninstall.sh", "--prefix", prefix).returncode == 0
    assert (prefix / "share" / "applications" / "other.desktop").is_file()
    assert (prefix / "bin").is_dir(), "an empty folder that was there before stays"
    assert tree(prefix) == {"share", "share/applications", "share/applications/other.desktop",
                            "bin"}


@pytest.mark.parametrize("kind", ["someone's folder", "a folder holding it", "a file"])
def test_install_refuses_a_dest_that_is_not_careerdesk(scratch, kind):
    root, bundle, prefix, _ = scratch
    if kind == "a file":
        dest = root / "opt" / "notes.txt"
        dest.parent.mkdir()
        dest.write_text("keep me")
    else:  # like --dest /opt: other programs live there
        dest = root / "opt" if kind == "a folder holding it" else root / "opt" / "tools"
        (dest / "other-program").mkdir(parents=True)
        (dest / "other-program" / "run").write_text("keep me")
    before = tree(root)
    done = install(bundle, prefix, dest)
    assert done.returncode == 1
    assert done.stderr.strip() == (f"install.sh: {dest} exists and is not a CareerDesk folder:"
                                   " choose another --dest (nothing was changed)")
    assert tree(root) == before


def test_install_replaces_an_empty_folder_or_an_older_careerdesk(scratch):
    root, bundle, prefix, dest = scratch
    dest.mkdir(parents=True)  # made empty by the administrator
    assert install(bundle, prefix, dest).returncode == 0
    (dest / "careerdesk.ini").write_text("[defaults]\npaper = a4\n")
    (dest / "_internal" / "old-only.txt").write_text("from the older version")
    done = install(bundle, prefix, dest)
    assert done.returncode == 0, done.stderr
    assert (dest / "careerdesk.ini").read_text() == "[defaults]\npaper = a4\n"
    assert not (dest / "_internal" / "old-only.txt").exists()
    assert not [p for p in dest.parent.iterdir() if p.name.startswith(".careerdesk")]


def test_install_refuses_a_dest_that_is_a_link(scratch):
    root, bundle, prefix, dest = scratch
    elsewhere = fake_bundle(root / "elsewhere" / "CareerDesk")
    dest.parent.mkdir()
    dest.symlink_to(elsewhere)
    bundle_before = tree(elsewhere)
    done = install(bundle, prefix, dest)
    assert done.returncode == 1 and "is a symbolic link" in done.stderr
    assert dest.is_symlink() and tree(elsewhere) == bundle_before


def test_install_never_writes_through_links(scratch):
    """Links planted where install.sh writes: the files they point at are untouched; the
    links are replaced by CareerDesk's own files."""
    root, bundle, prefix, dest = scratch
    victim = root / "etc" / "passwd"
    victim.parent.mkdir()
    victim.write_text("root:x:0:0\n")
    victim.chmod(0o600)
    victim_dir = root / "victim"
    (victim_dir / "data").mkdir(parents=True)
    (victim_dir / "data" / "keep.txt").write_text("keep me")
    menu = prefix / "share" / "applications" / "careerdesk.desktop"
    icon = prefix / "share" / "icons" / "hicolor" / SIZES[0] / "apps" / "careerdesk.png"
    for trap in (menu, icon):
        trap.parent.mkdir(parents=True)
        trap.symlink_to(victim)
    # the old script copied into "$dest.new" and chmod-ed the program folder recursively
    dest.parent.mkdir()
    Path(f"{dest}.new").symlink_to(victim_dir)
    done = install(bundle, prefix, dest)
    assert done.returncode == 0, done.stderr
    assert victim.read_text() == "root:x:0:0\n" and (victim.stat().st_mode & 0o777) == 0o600
    assert tree(victim_dir) == {"data", "data/keep.txt"}
    for written in (menu, icon):
        assert written.is_file() and not written.is_symlink()
    assert "Exec=" in menu.read_text()
    # uninstall removes the files, not what a link put in their place would point at
    menu.unlink()
    menu.symlink_to(victim)
    assert run("uninstall.sh", "--prefix", prefix).returncode == 0
    assert victim.read_text() == "root:x:0:0\n"
    assert not menu.exists() and not menu.is_symlink()


def test_install_stops_at_a_linked_folder_changing_nothing(scratch):
    root, bundle, prefix, dest = scratch
    victim_dir = root / "victim"
    victim_dir.mkdir()
    apps = prefix / "share" / "icons" / "hicolor" / SIZES[-1] / "apps"
    apps.parent.mkdir(parents=True)
    apps.symlink_to(victim_dir)
    before = tree(root)
    done = install(bundle, prefix, dest)
    assert done.returncode == 1
    assert f"{apps} is a symbolic link: not installing through it" in done.stderr
    assert tree(root) == before and not dest.exists()


def test_run_from_the_installed_copy_uninstall_still_removes_the_program(scratch):
    root, bundle, prefix, dest = scratch
    assert install(bundle, prefix, dest).returncode == 0
    # an administrator runs the copy's own script (it finds the bundle above itself)
    done = run(dest / "linux" / "install.sh", "--prefix", prefix, "--dest", dest,
               "--no-check")
    assert done.returncode == 0, done.stderr
    assert "copying" not in done.stdout
    assert listed(prefix)[:3] == [f"# prefix {prefix}", f"# program {dest}", "# copied 1"]
    done = run(prefix / "share/careerdesk/uninstall.sh", "--prefix", prefix)
    assert done.returncode == 0, done.stderr
    assert not dest.exists() and not (root / "opt").exists() and not prefix.exists()


def test_uninstall_removes_only_what_is_under_the_prefix(scratch):
    root, bundle, prefix, dest = scratch
    assert install(bundle, prefix, dest).returncode == 0
    outside = root / "important.txt"
    outside.write_text("keep me")
    sneaky = prefix / "share" / ".." / ".." / "sneaky.txt"
    (root / "sneaky.txt").write_text("keep me too")
    listing = prefix / "share/careerdesk/installed-files"
    listing.write_text(listing.read_text() + f"{outside}\n{sneaky}\n# folder {root}\n")
    done = run("uninstall.sh", "--prefix", prefix)
    assert done.returncode == 0, done.stderr
    assert outside.read_text() == "keep me" and (root / "sneaky.txt").is_file()
    assert f"{outside} is not a file install.sh puts under {prefix}: left alone" in done.stderr
    assert f"{sneaky} is not a file install.sh puts under {prefix}" in done.stderr
    assert not dest.exists() and not prefix.exists()
    assert root.is_dir()


@pytest.mark.parametrize("script", ["install.sh", "uninstall.sh"])
def test_a_relative_prefix_is_refused(scratch, script):
    root, bundle, prefix, dest = scratch
    assert install(bundle, prefix, dest).returncode == 0
    before = tree(root)
    args = ["--from", bundle, "--dest", dest, "--no-check"] if script == "install.sh" else []
    done = run(script, "--prefix", "usr", *args, cwd=root)
    assert done.returncode == 1
    assert done.stderr.strip() == f"{script}: --prefix must be a full path (got usr)"
    assert tree(root) == before


def test_a_dest_of_slash_is_refused(scratch):
    root, bundle, prefix, _ = scratch
    done = install(bundle, prefix, "/")
    assert done.returncode == 1 and "--dest cannot be /" in done.stderr
    assert not prefix.exists()


def desktop_exec(value: str) -> list[str]:
    """The program and arguments of an Exec= value, as the desktop entry specification
    reads it: string escapes first, then double quotes with \\ before " ` $ \\, then %%."""
    text = value.replace("\\\\", "\0")
    for escape, char in (("\\s", " "), ("\\n", "\n"), ("\\t", "\t"), ("\\r", "\r")):
        text = text.replace(escape, char)
    text = text.replace("\0", "\\")
    words, word, quoted, i = [], "", False, 0
    while i < len(text):
        char = text[i]
        if quoted and char == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
            word += text[i + 1]
            i += 2
            continue
        if char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            words.append(word)
            word = ""
        else:
            word += char
        i += 1
    words.append(word)
    return [w.replace("%%", "%") for w in words if w]


def test_a_dest_with_special_characters_reaches_the_menu_entry_intact(scratch):
    root, bundle, prefix, _ = scratch
    dest = root / 'opt' / 'Career & Desk | 100% $HOME `x` "q" \\ end'
    done = install(bundle, prefix, dest)
    assert done.returncode == 0, done.stderr
    entry = (prefix / "share/applications/careerdesk.desktop").read_text().splitlines()
    [exec_line] = [line for line in entry if line.startswith("Exec=")]
    [try_exec] = [line for line in entry if line.startswith("TryExec=")]
    assert desktop_exec(exec_line.removeprefix("Exec=")) == [f"{dest}/careerdesk"]
    assert try_exec.removeprefix("TryExec=").replace("\\\\", "\\") == f"{dest}/careerdesk"
    assert "Name=CareerDesk" in entry and "Icon=careerdesk" in entry
    assert os.readlink(prefix / "bin" / "careerdesk") == f"{dest}/careerdesk"
    done = run("uninstall.sh", "--prefix", prefix)
    assert done.returncode == 0, done.stderr
    assert not dest.exists() and not prefix.exists()


@pytest.mark.parametrize("other", ["a program", "a link to another program"])
def test_a_careerdesk_command_that_is_not_ours_is_left_alone(scratch, other):
    root, bundle, prefix, dest = scratch
    command = prefix / "bin" / "careerdesk"
    command.parent.mkdir(parents=True)
    if other == "a program":
        command.write_text("#!/bin/sh\necho another careerdesk\n")
    else:
        command.symlink_to("/usr/lib/someone-else/careerdesk")
    done = install(bundle, prefix, dest)
    assert done.returncode == 0, done.stderr
    assert (f"install.sh: {command} already exists and is not CareerDesk's: left as it is "
            f"(start CareerDesk with {dest}/careerdesk)") in done.stderr
    assert f"no command ({command} is another program's)" in done.stdout
    assert str(command) not in listed(prefix)
    assert run("uninstall.sh", "--prefix", prefix).returncode == 0
    if other == "a program":
        assert command.read_text() == "#!/bin/sh\necho another careerdesk\n"
    else:
        assert os.readlink(command) == "/usr/lib/someone-else/careerdesk"


def test_a_new_dest_takes_over_our_own_command(scratch):
    root, bundle, prefix, dest = scratch
    assert install(bundle, prefix, dest).returncode == 0
    moved = root / "opt" / "careerdesk-2"
    done = install(bundle, prefix, moved)
    assert done.returncode == 0, done.stderr
    assert os.readlink(prefix / "bin" / "careerdesk") == f"{moved}/careerdesk"
    assert "already exists" not in done.stderr
