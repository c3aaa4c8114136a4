"""careerdesk.labconfig: the administrator's careerdesk.ini."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from careerdesk import labconfig
from careerdesk.labconfig import LabConfig, candidate_paths, load, read, system_paths

STATES = ["Ohio", "New York", "District of Columbia", "Puerto Rico"]
HOME = str(Path.home())


def write(folder: Path, text: str, name: str = "careerdesk.ini",
          encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


# ------------------------------------------------------------------ a good file


def test_valid_file(tmp_path):
    path = write(tmp_path, "# lab 3\n[defaults]\nstate = ohio\npaper = A4\n"
                 "guest_only = yes\n; home drive\ndata_dir = /srv/careerdesk/data\n")
    config = read(path, STATES)
    assert config == LabConfig(state="Ohio", paper="a4", guest_only=True,
                               data_dir=Path("/srv/careerdesk/data"), source=path, problems=())


def test_settings_are_all_optional(tmp_path):
    path = write(tmp_path, "[defaults]\n")
    assert read(path, STATES) == LabConfig(source=path)


def test_empty_values_mean_not_set(tmp_path):
    path = write(tmp_path, "[defaults]\nstate =\npaper=\nguest_only =\ndata_dir =\n")
    assert read(path, STATES) == LabConfig(source=path)


@pytest.mark.parametrize("text, expected", [
    ("yes", True), ("True", True), ("on", True), ("1", True),
    ("no", False), ("FALSE", False), ("off", False), ("0", False)])
def test_guest_only_words(tmp_path, text, expected):
    config = read(write(tmp_path, f"[defaults]\nguest_only = {text}\n"))
    assert config.guest_only is expected
    assert config.problems == ()


def test_colon_separator_section_case_and_spacing(tmp_path):
    path = write(tmp_path, "  [ Defaults ]  \r\n  Paper: letter  \r\n STATE =  new   york \r\n")
    config = read(path, STATES)
    assert (config.paper, config.state, config.problems) == ("letter", "New York", ())


def test_state_kept_as_written_without_a_list(tmp_path):
    config = read(write(tmp_path, "[defaults]\nstate = Atlantis\n"))
    assert config.state == "Atlantis"
    assert config.problems == ()


def test_data_dir_expands_home_and_variables(tmp_path):
    path = write(tmp_path, "[defaults]\ndata_dir = ~/CareerDesk/$LAB/${USERNAME}/%ROOM%\n")
    config = read(path, environ={"LAB": "lab3", "USERNAME": "kim", "ROOM": "r12"})
    assert config.data_dir == Path(HOME) / "CareerDesk" / "lab3" / "kim" / "r12"
    assert config.problems == ()


def test_data_dir_quotes_are_removed(tmp_path):
    config = read(write(tmp_path, '[defaults]\ndata_dir = "/srv/career desk"\n'))
    assert config.data_dir == Path("/srv/career desk")


def test_utf8_bom_and_utf16_files(tmp_path):
    text = "[defaults]\nstate = Puerto Rico\n"
    for encoding in ("utf-8-sig", "utf-16"):
        config = read(write(tmp_path, text, encoding=encoding), STATES)
        assert (config.state, config.problems) == ("Puerto Rico", ()), encoding


def test_lab_config_is_frozen_and_hashable(tmp_path):
    config = read(write(tmp_path, "[defaults]\ncolour = blue\n"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.paper = "a4"  # type: ignore[misc]
    assert hash(config) == hash(dataclasses.replace(config))


# ------------------------------------------------------------------ problems: reported, ignored


def problems(tmp_path: Path, text: str, states: list[str] | None = STATES) -> LabConfig:
    return read(write(tmp_path, text), states, environ={})


def test_unknown_setting(tmp_path):
    config = problems(tmp_path, "[defaults]\npaper = a4\n\ncolour = blue\n")
    assert config.problems == ("careerdesk.ini line 4: unknown setting 'colour'",)
    assert config.paper == "a4"


def test_misspelt_setting_gets_a_hint(tmp_path):
    config = problems(tmp_path, "[defaults]\nguest-only = yes\n")
    assert config.problems == (
        "careerdesk.ini line 2: unknown setting 'guest-only' (did you mean 'guest_only'?)",)
    assert config.guest_only is False


def test_unknown_state(tmp_path):
    config = problems(tmp_path, "[defaults]\nstate = OH\npaper = a4\n")
    assert config.state is None and config.paper == "a4"
    assert config.problems == (
        "careerdesk.ini line 2: state: 'OH' is not a state this database has wages for "
        "(write the full name, e.g. Ohio); ignored",)


def test_bad_paper(tmp_path):
    config = problems(tmp_path, "[defaults]\npaper = legal\n")
    assert config.paper is None
    assert config.problems == ("careerdesk.ini line 2: paper: 'legal' is not letter or a4; "
                               "ignored",)


def test_inline_comment_is_part_of_the_value(tmp_path):
    config = problems(tmp_path, "[defaults]\npaper = a4 ; for Europe\n")
    assert config.paper is None
    assert len(config.problems) == 1 and "'a4 ; for Europe' is not letter or a4" \
        in config.problems[0]


def test_bad_guest_only(tmp_path):
    config = problems(tmp_path, "[defaults]\nguest_only = maybe\n")
    assert config.guest_only is False
    assert config.problems == ("careerdesk.ini line 2: guest_only: 'maybe' is not yes or no "
                               "(or true/false, on/off, 1/0); ignored",)


def test_relative_data_dir(tmp_path):
    config = problems(tmp_path, "[defaults]\ndata_dir = userdata\n")
    assert config.data_dir is None
    assert config.problems[0].startswith("careerdesk.ini line 2: data_dir: 'userdata' is not a "
                                         "full path")


def test_data_dir_with_an_unset_variable(tmp_path):
    config = problems(tmp_path, "[defaults]\ndata_dir = /srv/$NO_SUCH_VARIABLE/x\n")
    assert config.data_dir is None
    assert config.problems == ("careerdesk.ini line 2: data_dir: $NO_SUCH_VARIABLE is not set "
                               "in the environment; ignored",)


def test_setting_before_any_section(tmp_path):
    config = problems(tmp_path, "paper = a4\n[defaults]\nstate = Ohio\n")
    assert (config.paper, config.state) == (None, "Ohio")
    assert config.problems == ("careerdesk.ini line 1: setting 'paper' comes before "
                               "[defaults]; ignored",)


def test_unknown_section_is_reported_once(tmp_path):
    config = problems(tmp_path, "[defaults]\npaper = a4\n[colours]\nback = red\nfore = blue\n"
                      "[defaults]\nstate = Ohio\n")
    assert (config.paper, config.state) == ("a4", "Ohio")
    assert config.problems == ("careerdesk.ini line 3: unknown section [colours] (the settings "
                               "go in [defaults]); its settings are ignored",)


def test_line_that_is_not_a_setting(tmp_path):
    config = problems(tmp_path, "[defaults]\nguest only\npaper = a4\n")
    assert config.paper == "a4"
    assert config.problems == ("careerdesk.ini line 2: not a setting (expected: name = value): "
                               "guest only",)


def test_broken_section_header(tmp_path):
    config = problems(tmp_path, "[defaults\npaper = a4\n")
    assert config.paper is None
    assert config.problems == ("careerdesk.ini line 1: not a section header: [defaults; the "
                               "settings after it are ignored",)


def test_repeated_setting_keeps_the_first(tmp_path):
    config = problems(tmp_path, "[defaults]\npaper = a4\npaper = letter\n")
    assert config.paper == "a4"
    assert config.problems == ("careerdesk.ini line 3: 'paper' is already set on line 2; this "
                               "line is ignored",)


def test_every_problem_is_listed_in_order(tmp_path):
    config = problems(tmp_path, "[defaults]\ncolour = blue\npaper = A5\nguest_only = yes\n"
                      "state = Narnia\n")
    assert [p.split(":")[0] for p in config.problems] == [
        "careerdesk.ini line 2", "careerdesk.ini line 3", "careerdesk.ini line 5"]
    assert config.guest_only is True


def test_long_values_are_shortened_in_messages(tmp_path):
    config = problems(tmp_path, "[defaults]\npaper = " + "x" * 500 + "\n")
    assert len(config.problems[0]) < 150


# ------------------------------------------------------------------ files that cannot be read


def test_undecodable_file(tmp_path):
    path = tmp_path / "careerdesk.ini"
    path.write_bytes(b"[defaults]\nstate = \xe9\xe8\n")
    config = read(path, STATES)
    assert config == LabConfig(source=path, problems=(
        "careerdesk.ini: not read (not UTF-8 text: byte 20 cannot be read); "
        "no lab settings used",))


def test_binary_file(tmp_path):
    path = tmp_path / "careerdesk.ini"
    path.write_bytes(b"\x00\x01\x02[defaults]")
    config = read(path)
    assert config.problems == ("careerdesk.ini: not read (not a text file); no lab settings "
                               "used",)


def test_huge_file(tmp_path):
    path = write(tmp_path, "[defaults]\n" + "# padding\n" * 10_000)
    config = read(path)
    assert config.source == path
    assert config.problems == ("careerdesk.ini: not read (larger than 64 KB: not a settings "
                               "file); no lab settings used",)


def test_folder_in_place_of_the_file(tmp_path):
    folder = tmp_path / "careerdesk.ini"
    folder.mkdir()
    config = load(paths=[folder])
    assert config.source == folder
    assert len(config.problems) == 1 and config.problems[0].startswith("careerdesk.ini: not "
                                                                       "read (")


def test_unreadable_file(tmp_path, monkeypatch):
    path = write(tmp_path, "[defaults]\npaper = a4\n")

    def refuse(name, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(name))

    monkeypatch.setattr(labconfig.os, "open", refuse)
    config = read(path)
    assert config == LabConfig(source=path, problems=(
        "careerdesk.ini: not read (Permission denied); no lab settings used",))


# ------------------------------------------------------------------ where the file is found


def test_missing_files_give_the_defaults(tmp_path):
    assert load(paths=[tmp_path / "a.ini", tmp_path / "b" / "careerdesk.ini"]) == LabConfig()


def test_first_file_found_wins(tmp_path):
    (tmp_path / "program").mkdir()
    (tmp_path / "system").mkdir()
    program = tmp_path / "program" / "careerdesk.ini"
    system = write(tmp_path / "system", "[defaults]\npaper = a4\nguest_only = yes\n")
    assert load(paths=[program, system]) == LabConfig(paper="a4", guest_only=True,
                                                      source=system)
    write(tmp_path / "program", "[defaults]\npaper = letter\n")
    assert load(paths=[program, system]) == LabConfig(paper="letter", source=program)


def test_next_to_the_program_comes_before_the_system_folder(tmp_path):
    paths = candidate_paths(environ={"XDG_CONFIG_DIRS": str(tmp_path)}, platform="linux")
    assert paths == [labconfig.program_folder() / "careerdesk.ini",
                     tmp_path / "careerdesk" / "careerdesk.ini"]


def test_program_folder_of_a_checkout_and_of_a_bundle(monkeypatch, tmp_path):
    assert labconfig.program_folder() == Path(labconfig.__file__).resolve().parent.parent
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys.executable", str(tmp_path / "CareerDesk" / "careerdesk"))
    assert labconfig.program_folder() == tmp_path / "CareerDesk"


def test_env_override_replaces_every_other_place(tmp_path):
    path = write(tmp_path, "[defaults]\npaper = a4\n", name="test.ini")
    assert candidate_paths(environ={labconfig.ENV: str(path)}) == [path]
    assert load(environ={labconfig.ENV: str(path)}) == LabConfig(paper="a4", source=path)


def test_env_override_naming_a_missing_file(tmp_path):
    missing = tmp_path / "nothing.ini"
    config = load(environ={labconfig.ENV: str(missing)})
    assert config == LabConfig(problems=(f"CAREERDESK_LAB_CONFIG names {missing}, which does "
                                         "not exist",))


def test_load_uses_the_environment_by_default(tmp_path, monkeypatch):
    path = write(tmp_path, "[defaults]\nstate = ohio\n")
    monkeypatch.setenv(labconfig.ENV, str(path))
    assert load(STATES) == LabConfig(state="Ohio", source=path)


@pytest.mark.parametrize("platform, environ, expected", [
    ("linux", {}, [Path("/etc/xdg/careerdesk/careerdesk.ini")]),
    ("linux", {"XDG_CONFIG_DIRS": "/opt/a:/opt/b"},
     [Path("/opt/a/careerdesk/careerdesk.ini"), Path("/opt/b/careerdesk/careerdesk.ini")]),
    ("win32", {"PROGRAMDATA": r"D:\ProgramData"},
     [Path(r"D:\ProgramData") / "CareerDesk" / "careerdesk.ini"]),
    ("win32", {}, [Path(r"C:\ProgramData") / "CareerDesk" / "careerdesk.ini"]),
    ("darwin", {}, [Path("/Library/Application Support/CareerDesk/careerdesk.ini")]),
])
def test_system_paths(platform, environ, expected):
    assert system_paths(platform, environ) == expected


def test_load_never_raises(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(labconfig, "read", broken)
    write(tmp_path, "[defaults]\n")
    config = load(paths=[tmp_path / "careerdesk.ini"])
    assert config == LabConfig(problems=("lab settings not read: RuntimeError: disk on fire",))


# ------------------------------------------------------------------ for Help ▸ About


def test_describe(tmp_path):
    assert LabConfig().describe() == ["No lab settings file (careerdesk.ini) on this computer."]
    path = write(tmp_path, "[defaults]\npaper = a4\nguest_only = yes\ncolour = blue\n")
    assert read(path).describe() == [
        f"Lab settings from {path}.", "Set: paper: a4; guest only: yes.",
        "Ignored: careerdesk.ini line 4: unknown setting 'colour'"]


def test_the_example_file_is_valid_and_sets_nothing(tmp_path):
    example = Path(__file__).resolve().parent.parent / "packaging" / "careerdesk.ini.example"
    assert read(example, STATES) == LabConfig(source=example)
    # Uncommenting every setting gives a valid file.
    lines = [line[1:] if line.startswith(";") and "=" in line else line
             for line in example.read_text(encoding="utf-8").splitlines()]
    config = read(write(tmp_path, "\n".join(lines)), STATES)
    assert config.problems == ()
    assert (config.state, config.paper, config.guest_only, config.data_dir) == (
        "Ohio", "letter", False, Path(HOME) / "CareerDesk")


def test_a_fifo_or_a_device_as_the_settings_file_never_blocks(tmp_path):
    # issue 13 item 9: a FIFO as careerdesk.ini (CAREERDESK_LAB_CONFIG, XDG_CONFIG_DIRS) hung
    # start-up, waiting for a writer that never came
    import os
    import threading

    fifo = tmp_path / "careerdesk.ini"
    os.mkfifo(fifo)
    found: list[LabConfig] = []
    for place in (fifo, Path("/dev/zero")):
        reader = threading.Thread(target=lambda p=place: found.append(
            load(environ={"CAREERDESK_LAB_CONFIG": str(p)})), daemon=True)
        reader.start()
        reader.join(5)
        if reader.is_alive():
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # let it go
            pytest.fail(f"reading {place} blocked")
    assert [c.problems for c in found] == [
        (f"{name}: not read (not an ordinary file); no lab settings used",)
        for name in ("careerdesk.ini", "zero")]
    assert all(c == dataclasses.replace(LabConfig(), source=c.source, problems=c.problems)
               for c in found)
