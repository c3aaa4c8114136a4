"""The core package stays Qt-free (README, STYLE.md): the modules outside ``careerdesk/ui``
and ``careerdesk/widgets`` import no PySide6 and no window module at module level, and only
the few commands that open the window or write a PDF import ``careerdesk.ui`` inside a
function. Read from the source (every ``import``, also inside functions and
``TYPE_CHECKING`` blocks), so a lazy import cannot hide one."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "careerdesk"
QT_PACKAGES = ("PySide6", "shiboken6")
WINDOW_PACKAGES = ("careerdesk.ui", "careerdesk.widgets")
# The one use of Qt in the core, with why: QtCore's QStandardPaths names the platform's
# per-user data folder (userdata_file.qt_data_dir, called only when no folder is given).
QT_ALLOWED = {("careerdesk/userdata_file.py", "qt_data_dir", "PySide6.QtCore")}
# Commands of the command line that open the window or write a PDF: their functions import
# the window's modules when they run.
CLI = "careerdesk/cli.py"


def core_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py")
                  if p.relative_to(PACKAGE).parts[0] not in ("ui", "widgets"))


def imports(path: Path) -> list[tuple[str, str | None, int]]:
    """(module imported, enclosing function or None at module level, line) for each import,
    wherever it stands in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[tuple[str, str | None, int]] = []

    def visit(node: ast.AST, function: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Import):
                found.extend((alias.name, function, child.lineno) for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module and not child.level:
                found.append((child.module, function, child.lineno))
                found.extend((f"{child.module}.{alias.name}", function, child.lineno)
                             for alias in child.names if child.module == "careerdesk")
            visit(child, function)

    visit(tree, None)
    return found


def _under(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def test_core_modules_import_no_qt():
    modules = core_modules()
    assert len(modules) > 30 and PACKAGE / "printouts.py" in modules
    offences = []
    for path in modules:
        name = path.relative_to(ROOT).as_posix()
        for module, function, line in imports(path):
            if _under(module, QT_PACKAGES) and (name, function, module) not in QT_ALLOWED:
                offences.append(f"{name}:{line} imports {module}")
    assert not offences, "Qt in the Qt-free core:\n" + "\n".join(offences)


def test_core_modules_import_the_window_only_lazily_from_the_command_line():
    offences = []
    for path in core_modules():
        name = path.relative_to(ROOT).as_posix()
        for module, function, line in imports(path):
            if _under(module, WINDOW_PACKAGES) and (name != CLI or function is None):
                offences.append(f"{name}:{line} imports {module}")
    assert not offences, "the core imports the window:\n" + "\n".join(offences)


def test_the_scan_finds_lazy_and_type_checking_imports(tmp_path):
    source = tmp_path / "m.py"
    source.write_text("from typing import TYPE_CHECKING\n"
                      "if TYPE_CHECKING:\n    from PySide6.QtGui import QImage\n"
                      "def f():\n    import PySide6.QtCore\n"
                      "    from careerdesk.ui import print_document\n")
    found = imports(source)
    assert ("PySide6.QtGui", None, 3) in found
    assert ("PySide6.QtCore", "f", 5) in found
    assert ("careerdesk.ui", "f", 6) in found


def test_building_a_printout_loads_no_qt():
    # A fresh interpreter: the profile's sections, the text and the printouts' HTML and
    # charts are made without Qt.
    code = (
        "import sys\n"
        "from careerdesk import printouts, profile, report, sections\n"
        "from careerdesk.comparison import build_comparison\n"
        "from careerdesk.store import CareerStore\n"
        "store = CareerStore()\n"
        "careers = [store.career(c) for c in ('43-6013.00', '29-1141.00')]\n"
        "p = printouts.comparison_printout(build_comparison(careers), store.meta)\n"
        "q = printouts.profile_printout(careers[0], store.meta)\n"
        "assert p.images and q.images and '<table' in p.html and careers[0].title in q.html\n"
        "assert len(sections.profile(careers[0]).sections) > 10\n"
        "assert 'WHAT THEY DO' in profile.to_text(careers[0], '')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'careerdesk.ui')))\n"
        "print(loaded)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT, timeout=120).stdout
    assert out.strip() == "[]"
