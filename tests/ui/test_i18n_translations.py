"""Every user-visible string goes through Qt's translation functions.

(a) A scan of the UI sources: no plain string literal (or f-string) with words in it may be
    handed straight to a Qt text setter or constructor (or to CareerDesk's own helpers that
    show text) without ``tr()``/``translate()``; and what is translated must be a constant
    source text, never an f-string or a formatted string. ``# noqa: tr`` (or ``# tr: skip``)
    on the call's lines allows a rare intentional exception.
(b) At run time, with a translator installed, the main window shows translated text.
(c) With a pseudo-translation of everything ``pyside6-lupdate`` extracts, every menu, action,
    button and tab shows translated text: the contexts used in the code match the ones
    lupdate records.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QAbstractButton, QTabBar

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*ROOT.glob("careerdesk/ui/*.py"), *ROOT.glob("careerdesk/ui/tabs/*.py"),
                  *ROOT.glob("careerdesk/widgets/*.py")])
TRANSLATIONS = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent

# Qt methods whose string arguments are shown to the user.
QT_SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "addAction",
    "addMenu", "addItem", "addItems", "insertItem", "setItemText", "addTab", "insertTab",
    "setTabText", "setTabToolTip", "showMessage", "setSpecialValueText", "setTitle",
    "setLabelText", "setHtml", "setPlainText", "addRow", "insertRow", "setPrefix",
    "setSuffix", "setWindowIconText",
}
# Static dialogs of these classes: every string argument is shown.
QT_STATIC_DIALOGS = {
    "QMessageBox": {"information", "warning", "critical", "question", "about"},
    "QFileDialog": {"getSaveFileName", "getOpenFileName", "getOpenFileNames",
                    "getExistingDirectory"},
    "QInputDialog": {"getText", "getItem", "getInt", "getDouble", "getMultiLineText"},
}
QT_CONSTRUCTORS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QToolButton", "QAction",
    "QGroupBox", "QMessageBox", "QListWidgetItem", "QMenu", "QCommandLinkButton",
    "QTreeWidgetItem", "QTableWidgetItem",
}
# CareerDesk's own widgets and helpers that show the text they are given.
APP_CALLS = {
    "add_heading", "add_text", "add_note", "Meter", "CareerListView", "ChartView", "ChipList",
    "set_value", "show_time_allocation", "show_education",
    "info", "error", "confirm", "ask_text", "save_file", "open_file",
}
TRANSLATORS = {"tr", "translate"}
# Where the source text is in a translation call.
SOURCE_ARG = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1, "QT_TR_NOOP": 0}
EXCEPTION = re.compile(r"#\s*(noqa:\s*tr|tr:\s*skip)\b")
# Methods of a string that keep it a (possibly untranslated) text: look at the receiver.
STR_METHODS = {"format", "join", "replace", "strip", "lower", "upper", "capitalize", "title"}


@dataclass(frozen=True)
class Offence:
    path: str
    line: int
    text: str
    call: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r} — {self.call}"


def has_words(text: str) -> bool:
    """Whether ``text`` says something: letters left once tags, entities and {fields} go."""
    text = re.sub(r"<[^<>]*>", " ", text)
    text = re.sub(r"&#?\w+;", " ", text)
    text = re.sub(r"\{[^{}]*\}", " ", text)
    return re.search(r"[^\W\d_]", text) is not None


def literal_text(node: ast.AST) -> str | None:
    """The text of a string literal or an f-string (with {} for its fields)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else "{}"
                       for part in node.values)
    return None


def call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def is_translation(call: ast.Call) -> bool:
    return isinstance(call.func, ast.Attribute | ast.Name) and call_name(call) in TRANSLATORS


def untranslated(node: ast.AST) -> ast.AST | None:
    """The literal with words in ``node`` that reaches the user untranslated, if any."""
    text = literal_text(node)
    if text is not None:
        return node if has_words(text) else None
    if isinstance(node, ast.BinOp):
        return untranslated(node.left) or untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return untranslated(node.body) or untranslated(node.orelse)
    if isinstance(node, ast.Call):
        if is_translation(node):
            return None
        if isinstance(node.func, ast.Attribute) and node.func.attr in STR_METHODS:
            return untranslated(node.func.value)
    return None


def shows_text(call: ast.Call) -> str | None:
    """What kind of user-visible call this is (for the message), or None."""
    func = call.func
    name = call_name(call)
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        if name in QT_STATIC_DIALOGS.get(owner, set()):
            return f"{owner}.{name}()"
        if name in QT_SETTERS:
            return f".{name}()"
    if name in QT_CONSTRUCTORS or name in APP_CALLS:
        return f"{name}()"
    return None


def scan(source: str, path: str = "<source>") -> list[Offence]:
    """Untranslated text handed to the user, and translations of non-constant text."""
    lines = source.splitlines()
    found: list[Offence] = []

    def excepted(call: ast.Call) -> bool:
        end = call.end_lineno or call.lineno
        return any(EXCEPTION.search(lines[i - 1]) for i in range(call.lineno, end + 1))

    for node in ast.walk(ast.parse(source, path)):
        if not isinstance(node, ast.Call) or excepted(node):
            continue
        name = call_name(node)
        if name in SOURCE_ARG and (is_translation(node) or name.startswith("QT_")):
            index = SOURCE_ARG[name]
            if len(node.args) > index:
                text = node.args[index]
                if not (isinstance(text, ast.Name | ast.Attribute | ast.Subscript)
                        or (isinstance(text, ast.Constant) and isinstance(text.value, str))):
                    found.append(Offence(path, text.lineno, ast.unparse(text)[:60],
                                         f"{name}() needs a constant source text"))
            continue
        kind = shows_text(node)
        if kind is None:
            continue
        for argument in [*node.args, *(k.value for k in node.keywords)]:
            literal = untranslated(argument)
            if literal is not None:
                text = literal_text(literal) or ""
                found.append(Offence(path, literal.lineno, text[:60],
                                     f"passed to {kind} without tr()/translate()"))
    return found


def test_ui_sources_translate_every_visible_string():
    assert len(SOURCES) > 20
    offences = [o for path in SOURCES
                for o in scan(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))]
    assert not offences, "untranslated user-visible text:\n" + "\n".join(map(str, offences))


def test_scanner_flags_untranslated_text():
    source = textwrap.dedent('''
        class W(QWidget):
            def build(self, n):
                QLabel("Hello")
                self.button.setToolTip(f"Open {n} careers")
                self.status.showMessage("Saved " + name, 3000)
                menu.addAction("&Open" if n else self.tr("&Close"), slot)
                form.addRow("&Paper:", box)
                QMessageBox.warning(self, "Careful", text)
                self.add_note("Not available for this career.")
                Meter(self.tr("Exposure"), low_label="little")
                self.label.setText("Hi {name}".format(name=n))
                self.label.setText(self.tr(f"Showing {n} careers"))
                self.label.setText(QCoreApplication.translate("W", "a " + b))
    ''')
    offences = scan(source, "snippet.py")
    assert [(o.line, o.text) for o in offences] == [
        (4, "Hello"), (5, "Open {} careers"), (6, "Saved "), (7, "&Open"), (8, "&Paper:"),
        (9, "Careful"), (10, "Not available for this career."), (11, "little"),
        (12, "Hi {name}"), (13, "f'Showing {n} careers'"), (14, "'a ' + b")]
    assert str(offences[0]) == "snippet.py:4: 'Hello' — passed to QLabel() without tr()/translate()"


def test_scanner_accepts_translated_text_data_and_exceptions():
    source = textwrap.dedent('''
        TABLE = [(QT_TRANSLATE_NOOP("W", "Date added"), "added")]
        class W(QWidget):
            def build(self, n, title):
                QLabel(self.tr("Hello"))
                QLabel(title)
                QLabel("★")  # no words: fine
                QLabel(f"<p>{esc(title)}</p>")
                self.setText(self.tr("Showing {n} careers").format(n=n))
                self.setText(QCoreApplication.translate("W", "Hi") + "\\t" + keys)
                for text, key in TABLE:
                    self.box.addItem(self.tr(text), key)
                self.setWindowTitle("CareerDesk")  # noqa: tr - the product's name
                self.setAccessibleName(
                    "CareerDesk")  # tr: skip
                self.setObjectName("careerTitle")
    ''')
    assert scan(source) == []


# ------------------------------------------------------------------ at run time


def lrelease(ts: Path, qm: Path) -> bool:
    """Compile ``ts`` with pyside6-lrelease; False when the tool is not installed."""
    tool = shutil.which("pyside6-lrelease", path=str(TOOLS)) or shutil.which("pyside6-lrelease")
    if tool is None:
        return False
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    return qm.is_file()


def ts_file(messages: dict[tuple[str, str], str]) -> str:
    """A Qt .ts document with these (context, source) → translation messages."""
    root = ElementTree.Element("TS", version="2.1", language="es")
    for context_name in sorted({context for context, _ in messages}):
        context = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(context, "name").text = context_name
        for (owner, source), translation in messages.items():
            if owner == context_name:
                message = ElementTree.SubElement(context, "message")
                ElementTree.SubElement(message, "source").text = source
                ElementTree.SubElement(message, "translation").text = translation
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + \
        ElementTree.tostring(root, encoding="unicode")


class DictTranslator(QTranslator):
    """Translates from a dict, when lrelease is not there to build a .qm."""

    def __init__(self, messages: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.messages = messages

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.messages.get((context, source))  # None: not translated here

    def isEmpty(self) -> bool:
        return not self.messages


def translator_for(messages: dict[tuple[str, str], str], folder: Path) -> QTranslator:
    ts, qm = folder / "test_es.ts", folder / "test_es.qm"
    ts.write_text(ts_file(messages), encoding="utf-8")
    if lrelease(ts, qm):
        translator = QTranslator()
        assert translator.load(str(qm)), qm
        return translator
    return DictTranslator(messages)


@pytest.fixture
def installed(qtbot):
    """Install translators for one test; they are removed after it."""
    from careerdesk.ui.app import application

    app = application()
    added: list[QTranslator] = []

    def install(translator: QTranslator) -> None:
        assert app.installTranslator(translator)
        added.append(translator)

    yield install
    for translator in added:
        app.removeTranslator(translator)


def test_main_window_shows_translated_text(qtbot, store, tmp_path, installed):
    from careerdesk.ui.main_window import MainWindow

    installed(translator_for({
        ("MainWindow", "&File"): "&Archivo",
        ("SearchPanel", "Search careers: a job title, a task, a skill…"):
            "Buscar carreras: un puesto, una tarea, una habilidad…",
    }, tmp_path))
    window = MainWindow(store)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "&Archivo"
    assert "&View" in menus  # not in this translation: stays English
    assert window.search.box.placeholderText().startswith("Buscar carreras")


def test_english_is_the_source_text(qtbot, window):
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File", "&View", "&Compare", "&My data", "&Go", "&Help"]
    assert window.search.box.placeholderText() == "Search careers: a job title, a task, a skill…"


def lupdate_messages(folder: Path) -> list[tuple[str, str]]:
    """(context, source) of everything pyside6-lupdate extracts from the UI sources."""
    tool = shutil.which("pyside6-lupdate", path=str(TOOLS)) or shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = folder / "all.ts"
    subprocess.run([tool, "-silent", "-extensions", "py", "-locations", "none",
                    str(ROOT / "careerdesk" / "ui"), str(ROOT / "careerdesk" / "widgets"),
                    "-ts", str(ts)], check=True, timeout=120, cwd=ROOT)
    root = ElementTree.parse(ts).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context") for message in context.iter("message")]


def test_every_action_button_and_tab_uses_an_extracted_text(qtbot, store, tmp_path,
                                                            installed):
    from careerdesk.ui.main_window import MainWindow

    extracted = lupdate_messages(tmp_path)
    assert ("MainWindow", "&File") in extracted and ("AiTab", "AI assessment") in extracted
    # Mark every extracted text; {fields} stay as they are so .format() still works.
    installed(translator_for({key: "⟦" + key[1] + "⟧" for key in extracted}, tmp_path))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.open_career("43-6013.00")
    for code in ("43-6013.00", "29-1141.00"):
        window.tray.add(code, store.summary(code).title)
    window.show_comparison(window.tray.codes())
    window.show_bookmarks()
    texts: list[tuple[str, str]] = []
    # the menus the bar shows (not Qt's own "»" overflow menu, untitled, which a narrow
    # window's bar adds when the marked texts are wider than the bar)
    for menu in [a.menu() for a in window.menuBar().actions() if a.menu()]:
        texts.append(("menu", menu.title()))
        for action in menu.actions():
            if not action.isSeparator():
                texts += [("action", action.text()), ("tip", action.toolTip())]
    for widget in (window.profile, window.compare_view, window.bookmarks_view, window.tray,
                   window.search):
        for button in widget.findChildren(QAbstractButton):
            if isinstance(button.parent(), QTabBar):
                continue  # Qt's own scroll buttons: qtbase translates those
            if button.text() and button.parent() is not window.tray._chips:
                texts.append(("button", button.text()))
            if button.accessibleName():
                texts.append(("button name", button.accessibleName()))
    tabs = window.profile.tabs
    for index in range(tabs.count()):
        texts += [("tab", tabs.tabText(index)), ("tab tip", tabs.tabToolTip(index))]
        window.profile.show_tab(index)
        texts.append(("tab page", window.profile.pages[index].accessibleName()))
    missed = [f"{kind}: {text!r}" for kind, text in texts if "⟦" not in text]
    assert not missed, "shown without translation:\n" + "\n".join(missed)


# ------------------------------------------------------------------ loading


def test_spanish_starter_translation_loads(qtbot):
    from careerdesk.ui import app as ui_app

    if not (TRANSLATIONS / "careerdesk_es.qm").is_file():
        pytest.skip("no compiled Spanish translation")
    application = ui_app.application()
    try:
        loaded = ui_app.install_translations(application, QLocale("es"))
        assert any(Path(path).name == "careerdesk_es.qm" for path in loaded), loaded
        assert QCoreApplication.translate("MainWindow", "&File") != "&File"
    finally:
        assert ui_app.install_translations(application, QLocale("en")) == []
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_language_from_the_environment(monkeypatch):
    from careerdesk.ui.app import translations_dir, ui_locale

    monkeypatch.setenv("CAREERDESK_LANG", "es")
    assert ui_locale().language() == QLocale.Language.Spanish
    monkeypatch.setenv("CAREERDESK_LANG", "")
    assert ui_locale() == QLocale.system()
    assert translations_dir() == TRANSLATIONS


def test_committed_translation_is_compiled_from_its_source():
    ts = TRANSLATIONS / "careerdesk_es.ts"
    if not ts.is_file():
        pytest.skip("no Spanish translation source")
    assert (TRANSLATIONS / "careerdesk_es.qm").is_file(), "run pyside6-lrelease (README.md)"
    root = ElementTree.parse(ts).getroot()
    done = [m for m in root.iter("message")
            if (m.find("translation") is not None and m.find("translation").text
                and m.find("translation").get("type") not in ("unfinished", "obsolete",
                                                               "vanished"))]
    assert done, "the Spanish starter translation has no finished entries"


def test_committed_translation_is_up_to_date(tmp_path):
    ts, qm = TRANSLATIONS / "careerdesk_es.ts", TRANSLATIONS / "careerdesk_es.qm"
    if not ts.is_file():
        pytest.skip("no Spanish translation source")
    fresh = tmp_path / "careerdesk_es.qm"
    if not lrelease(ts, fresh):
        pytest.skip("pyside6-lrelease is not installed")
    assert fresh.read_bytes() == qm.read_bytes(), \
        "careerdesk_es.qm is older than careerdesk_es.ts: run pyside6-lrelease (README.md)"


# ------------------------------------------------------------------ Qt-free modules

# Modules outside the window whose user-visible texts go through careerdesk.i18n.
CORE_SOURCES = [ROOT / "careerdesk" / f"{name}.py" for name in (
    "formatting", "comparison", "report", "printouts", "sections", "search/engine",
    "search/explain", "search/phrases",
    "userdata", "userdata_file", "transfer", "labconfig", "links", "charts", "wording")]
# Constant tables of shown texts: every text in them is marked with QT_TRANSLATE_NOOP (keys,
# lowercase words such as "what" or "pay", are not texts).
CORE_TABLES = {
    "formatting.py": {"NOT_AVAILABLE"},
    "comparison.py": {"SECTIONS"},
    "report.py": {"HIGHEST", "LOWEST", "SHARED_WORDS", "LEGEND"},
    "sections.py": {"PROFILE_SECTIONS", "TEXT_ONLY_SECTIONS", "KIND_WORDS"},
    "userdata_file.py": {"REASONS", "_BUSY", "_DAMAGED", "_READ_ONLY"},
}
# Marked English texts that must be shown through translate() (or a translating table).
TRANSLATE_AT_USE = {"NOT_AVAILABLE", "HIGHEST", "LOWEST", "SHARED_WORDS", "LEGEND"}
# Exceptions whose message the user reads: raised with a translated text, never a literal.
USER_ERRORS = {"ComparisonError", "PrintError", "UserDataError", "InvalidInput",
               "UnknownProfile"}
KEY = re.compile(r"[a-z_.]*")


def _noop(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and call_name(node) == "QT_TRANSLATE_NOOP"


def scan_core(source: str, path: str = "<source>") -> list[Offence]:
    """Untranslated texts in a Qt-free module: unmarked table texts, marked texts shown
    without translate(), user errors raised with a literal, and non-constant sources."""
    name = Path(path).name
    lines = source.splitlines()
    tree = ast.parse(source, path)
    found = [o for o in scan(source, path) if "constant source" in o.call]
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}

    def excepted(node: ast.AST) -> bool:
        return bool(EXCEPTION.search(lines[node.lineno - 1]))  # type: ignore[attr-defined]

    def inside_noop(node: ast.AST) -> bool:
        parent = parents.get(node)
        return parent is not None and _noop(parent)

    for statement in tree.body:
        targets = statement.targets if isinstance(statement, ast.Assign) else \
            [statement.target] if isinstance(statement, ast.AnnAssign) else []
        if not any(isinstance(t, ast.Name) and t.id in CORE_TABLES.get(name, ())
                   for t in targets) or statement.value is None:
            continue
        for node in ast.walk(statement.value):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and not KEY.fullmatch(node.value) and not inside_noop(node)
                    and not (isinstance(parents.get(node), ast.Call)
                             and parents[node].args[:1] == [node] and _noop(parents[node]))):
                found.append(Offence(path, node.lineno, node.value[:60],
                                     "a shown table text without QT_TRANSLATE_NOOP()"))
    for node in ast.walk(tree):
        used = node.id if isinstance(node, ast.Name) else \
            node.attr if isinstance(node, ast.Attribute) else None
        if (used in TRANSLATE_AT_USE and isinstance(node.ctx, ast.Load)  # type: ignore[attr-defined]
                and not excepted(node)):
            parent = parents.get(node)
            if not (isinstance(parent, ast.Call) and is_translation(parent)
                    and parent.args[1:2] == [node]):
                found.append(Offence(path, node.lineno, used, "shown without translate()"))
        if (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
                and call_name(node.exc) in USER_ERRORS and node.exc.args
                and not excepted(node)):
            literal = untranslated(node.exc.args[0])
            if literal is not None:
                found.append(Offence(path, literal.lineno, (literal_text(literal) or "")[:60],
                                     f"raised in {call_name(node.exc)}() without translate()"))
    return found


def test_core_modules_translate_their_texts():
    offences = [o for path in CORE_SOURCES
                for o in scan_core(path.read_text(encoding="utf-8"),
                                   str(path.relative_to(ROOT)))]
    assert not offences, "untranslated user-visible text:\n" + "\n".join(map(str, offences))


def test_core_scanner_flags_untranslated_text():
    source = textwrap.dedent('''
        NOT_AVAILABLE = QT_TRANSLATE_NOOP("Formatting", "not available")
        SECTIONS = (("what", QT_TRANSLATE_NOOP("Comparison", "What they do")),
                    ("pay", "Pay"))
        def money(value):
            if value is None:
                return NOT_AVAILABLE
            return translate("Formatting", NOT_AVAILABLE)
        def check(n):
            raise ComparisonError(f"pick at least {n} careers")
            raise ComparisonError(translate("Comparison", "pick at least {n}").format(n=n))
            raise ValueError("a developer's message")
            label = translate("Comparison", f"{n} of tasks")
    ''')
    offences = scan_core(source, "careerdesk/comparison.py")
    assert sorted((o.line, o.text) for o in offences) == [
        (4, "Pay"), (7, "NOT_AVAILABLE"), (10, "pick at least {} careers"),
        (13, "f'{n} of tasks'")]
