"""Texts made outside the window (formatting, comparison, printouts, search, user data) are
translatable: English without a running app (command line, importer), the user's language
with one, and every text the code translates is listed in the Spanish ``.ts`` file."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
# The Qt-free modules whose user-visible texts go through careerdesk.i18n.
MODULES = ["formatting", "comparison", "report", "printouts", "sections", "search/engine",
           "search/explain", "search/understanding", "search/phrases", "userdata",
           "userdata_file", "transfer", "labconfig", "links", "charts", "interests", "outlook",
           "wording", "quick_facts"]


def test_translate_is_the_identity_without_an_application():
    # A fresh interpreter: in this one a QApplication may exist already (the UI tests).
    code = (
        "import sys\n"
        "from careerdesk import comparison, formatting, i18n, search, userdata\n"
        "assert 'PySide6.QtCore' not in sys.modules, 'importing them loaded Qt'\n"
        "assert i18n.translate('Formatting', 'not available') == 'not available'\n"
        "import PySide6.QtCore\n"  # Qt loaded but no QCoreApplication: still English
        "print(formatting.not_available(), '|', formatting.years_range(4, 6), '|',\n"
        "      comparison.SECTION_TITLES['pay'])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT, timeout=60).stdout
    assert out.strip() == "not available | 4 to 6 years | More about pay"


@pytest.fixture
def spanish(qapp):
    """The committed Spanish translation installed for one test."""
    from PySide6.QtCore import QTranslator

    qm = TRANSLATIONS / "careerdesk_es.qm"
    if not qm.is_file():
        pytest.skip("no compiled Spanish translation")
    translator = QTranslator()
    assert translator.load(str(qm))
    assert qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_texts_are_translated_with_a_translator(spanish, store):
    from careerdesk import formatting as fmt
    from careerdesk import report
    from careerdesk.comparison import SECTION_TITLES, build_comparison

    assert fmt.not_available() == "no disponible"
    assert fmt.money(None) == "no disponible"
    assert fmt.years_range(4, 6) == "de 4 a 6 años"
    assert fmt.NOT_AVAILABLE == "not available"  # the source text itself stays English
    assert SECTION_TITLES["facts"] == "Datos clave"
    comparison = build_comparison([store.career("43-6013.00"), store.career("29-1141.00")],
                                  state="Texas")
    labels = {row.key: row.label for row in comparison.rows}
    assert labels["pay.annual"] == "Salario típico al año, EE. UU."
    assert labels["technology.top.shared"] == "Ambas usan"
    assert "▲ el más alto" in report.legend()
    html = report.comparison_html(comparison)
    assert "Comparación de 2 carreras" in html and "Comparing" not in html


def test_import_lab_and_chart_texts_are_translated(spanish, tmp_path):
    from matplotlib.figure import Figure

    from careerdesk import charts, labconfig, transfer
    from careerdesk.model import TimeAllocation

    assert charts.describe_time_allocation([]) == "Reparto del tiempo no disponible."
    assert charts.describe_education([]) == "Niveles de estudios no disponibles."
    assert charts.TIME_AXIS_LABEL == "% of the work (estimate)"  # the source stays English
    figure = Figure()
    charts.draw_time_allocation(figure, [TimeAllocation("x", "Un panel", "data", "", [])])
    assert "no disponible" in [t.get_text() for t in figure.texts]
    data = (b'{"format": "careerdesk-profile", "version": 1, "comparisons": [], "bookmarks": '
            b'[{"code": "43-6013.00", "added": "2024-01-02T00:00:00Z"}, '
            b'{"code": "43-6013.00", "added": "2024-01-02T00:00:00Z"}]}')
    parsed = transfer.parse_profile(data, {"43-6013.00"})
    assert parsed.skipped_bookmarks[0].endswith(": aparece dos veces")
    ini = tmp_path / "careerdesk.ini"
    ini.write_text("[defaults]\ncolour = blue\n", encoding="utf-8")
    assert "ajuste desconocido 'colour'" in labconfig.read(ini).problems[0]


def test_english_again_once_the_translator_is_removed(qapp):
    from careerdesk import formatting as fmt

    assert fmt.not_available() == "not available"


def _translated_texts(tree: ast.AST) -> set[tuple[str, str]]:
    """(context, text) of every translate()/QT_TRANSLATE_NOOP() call with literal arguments."""
    found = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and len(node.args) >= 2
                and isinstance(node.func, ast.Name | ast.Attribute)
                and (getattr(node.func, "id", None) or getattr(node.func, "attr", None))
                in ("translate", "QT_TRANSLATE_NOOP")
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                        for a in node.args[:2])):
            found.add((node.args[0].value, node.args[1].value))
    return found


def test_every_translated_text_is_in_the_spanish_ts_file():
    ts = TRANSLATIONS / "careerdesk_es.ts"
    root = ElementTree.parse(ts).getroot()
    listed = {(context.findtext("name") or "", message.findtext("source") or "")
              for context in root.iter("context") for message in context.iter("message")
              if message.find("translation") is None
              or message.find("translation").get("type") not in ("vanished", "obsolete")}
    used = set()
    for name in MODULES:
        path = ROOT / "careerdesk" / f"{name}.py"
        used |= _translated_texts(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    assert len(used) > 100
    missing = sorted(used - listed)
    assert not missing, ("not in careerdesk_es.ts: run pyside6-lupdate (resources/translations/"
                         "README.md)\n" + "\n".join(map(str, missing)))
