"""The tests mirror the package: ``careerdesk/<pkg>/<module>.py`` is tested by
``tests/<pkg>/test_<module>.py``, or by ``test_<module>_<topic>.py`` files when one module has
several (``tests/test_cli_bookmarks.py`` tests ``careerdesk/cli.py``). So the tests of a module
are found from its name, and a test file's name says which code it is about.

A few files test the program as a whole rather than one module; each is listed below with
why. Helpers that are not test files (conftest.py, minisources.py, fixtures/) are not named
``test_*.py`` and are left alone."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
PACKAGE = TESTS.parent / "careerdesk"

CROSS_CUTTING = {
    "test_core_is_qt_free.py": "no core module imports Qt: a rule over every core module",
    "test_no_leaks.py": "every career through the screen's model, the command line and the "
                        "printout: None, 0 and empty ranges never show",
    "test_database.py": "the shipped data/careers.db, a data file, against the sources",
    "test_eval_sets.py": "bench/eval's search evaluation sets, data files",
    "test_packaging.py": "packaging/: the bundle's spec, build and install scripts",
    "test_install_scripts.py": "packaging/linux's install.sh and uninstall.sh, run as root "
                               "in a scratch root",
    "test_tests_mirror_the_package.py": "this rule, over tests/",
    "a11y/test_bus.py": "the whole app on the real accessibility bus (AT-SPI): it joins it",
    "a11y/test_profile_reading.py": "the whole app as a screen reader reads a profile "
                                    "(AT-SPI)",
    "a11y/test_announcements.py": "the whole app: what a screen reader hears when a career "
                                  "opens, a tab changes, results come (AT-SPI)",
    "a11y/test_controls.py": "the whole app's controls as a screen reader meets them "
                             "(AT-SPI): names, Tab, F6, the comparison table",
    "a11y/test_views.py": "the whole app's other views (start page, quiz, bookmarks) "
                          "through AT-SPI",
    "a11y/test_dialogs.py": "the whole app's dialogs, menus and pop-up lists through AT-SPI",
    "ui/test_accessibility.py": "every view's controls: names, keyboard reach, focus",
    "ui/test_font_scaling.py": "every view at twice the font size: nothing clipped",
    "ui/test_offline.py": "the whole app, every view opened: no network connection",
    "ui/test_qt_binding.py": "the Qt binding (PySide6) itself, not CareerDesk's code",
}


def module_tested(test: Path) -> Path | None:
    """The module ``test`` is named after, or None."""
    relative = test.relative_to(TESTS)
    package = PACKAGE.joinpath(*relative.parent.parts)
    if not (package / "__init__.py").is_file():
        return None
    name = relative.stem.removeprefix("test_")
    modules = sorted((p.stem for p in package.glob("*.py") if p.stem != "__init__"),
                     key=len, reverse=True)  # the longest first: userdata_file, then userdata
    for module in modules:
        if name == module or name.startswith(module + "_"):
            return package / f"{module}.py"
    return None


def _test_files() -> list[Path]:
    return sorted(TESTS.rglob("test_*.py"))


def test_every_test_file_is_named_after_the_module_it_tests():
    strays = [str(t.relative_to(TESTS)) for t in _test_files()
              if module_tested(t) is None
              and t.relative_to(TESTS).as_posix() not in CROSS_CUTTING]
    assert not strays, (
        "name each test file tests/<pkg>/test_<module>.py or test_<module>_<topic>.py after "
        "the careerdesk/<pkg>/<module>.py it tests (or, for a test of the whole program, "
        f"list it with why in CROSS_CUTTING): {strays}")


def test_the_exceptions_are_real_and_needed():
    for name in CROSS_CUTTING:
        path = TESTS / name
        assert path.is_file(), f"{name} is listed in CROSS_CUTTING but does not exist"
        assert module_tested(path) is None, f"{name} is named after a module: unlist it"


def test_the_rule_finds_the_module():
    assert module_tested(TESTS / "test_cli_bookmarks.py") == PACKAGE / "cli.py"
    assert module_tested(TESTS / "test_userdata_file.py") == PACKAGE / "userdata_file.py"
    assert module_tested(TESTS / "ui" / "tabs" / "test_related.py") == (
        PACKAGE / "ui" / "tabs" / "related.py")
    assert module_tested(TESTS / "build" / "test_pipeline_rebuild.py") == (
        PACKAGE / "build" / "pipeline.py")
    assert module_tested(TESTS / "importer" / "test_schema.py") is None  # no such package
    assert module_tested(TESTS / "test_bookmarks_cli.py") is None  # no bookmarks module


def test_pytest_visits_every_folder_of_tests():
    import fnmatch
    import tomllib

    config = tomllib.loads((TESTS.parent / "pyproject.toml").read_text(encoding="utf-8"))
    skipped = config["tool"]["pytest"]["ini_options"]["norecursedirs"]
    hidden = {str(t.parent.relative_to(TESTS)) for t in _test_files()
              if any(fnmatch.fnmatch(part, pattern)
                     for part in t.parent.relative_to(TESTS).parts for pattern in skipped)}
    assert not hidden, f"norecursedirs hides these test folders: {sorted(hidden)}"
