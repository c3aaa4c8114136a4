"""Help ▸ About: version, data sources and releases, and the O*NET attribution."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from careerdesk import __version__
from careerdesk.labconfig import LabConfig
from careerdesk.store import CareerStore
from careerdesk.ui.tabs.base import esc


def lab_html(lab: LabConfig) -> str:
    """Where the administrator's settings came from, and any problems in them."""
    return (QCoreApplication.translate("AboutDialog", "<h3>Lab settings</h3>")
            + "".join(f"<p>{esc(line)}</p>" for line in lab.describe()))


def search_html() -> str:
    """How search reads what is typed: words, reviewed everyday phrases, and meaning."""
    return (QCoreApplication.translate("AboutDialog", "<h3>How search works</h3>")
            + QCoreApplication.translate(
                "AboutDialog",
                "<p>Search looks for your words first in each career's title and other "
                "names, then in its work activities, tasks and description, and last in "
                "the technology it uses. Everyday words and wishes (\u201canimals\u201d, "
                "\u201cno college\u201d) are read through a list the CareerDesk team "
                "checked by hand, and shown above the results as \u201cUnderstood\u201d "
                "chips you can remove.</p>"
                "<p>When you describe something in your own words and no career's name "
                "holds them, a small language model on this computer reads your words "
                "too: all-MiniLM-L6-v2 (sentence-transformers, Apache License 2.0). It "
                "has read every career's names, description and tasks, and it adds the "
                "careers whose meaning is closest to what you typed. Those say "
                "\u201cclose in meaning to what you typed\u201d. It can be wrong, so "
                "careers whose names hold all your words always come first.</p>")
            + QCoreApplication.translate(
                "AboutDialog",
                "<p>The same model keeps an interest's careers in order: for "
                "\u201cmusic\u201d, careers close to music in meaning (musicians, sound "
                "engineers) come before careers that only have the word in another name "
                "(a \u201cComposer\u201d who sets type for printing). And when your words "
                "name just one career (\u201czookeeper\u201d), the careers most like it "
                "follow it, each saying \u201clike Animal Caretakers\u201d.</p>")
            + QCoreApplication.translate(
                "AboutDialog",
                "<p>For a job title (\u201cCarpentry Foreman\u201d), a small scoring model "
                "has the last word on the order. The CareerDesk team fitted it on about "
                "3,300 job titles whose right careers were judged by hand. It weighs where "
                "each career matched your words, how much of the title its other names "
                "hold (names ending in \u201cForeman\u201d count for a foreman), how "
                "common the job is and, when the language model was asked, how close the "
                "career is in meaning. Careers found only through the technology they use "
                "still come last.</p>"))


def about_html(store: CareerStore, lab: LabConfig | None = None) -> str:
    source = QCoreApplication.translate(
        "AboutDialog", "<li><b>{name}</b>, {release} — {publisher}. Licence: {licence}."
        "<br><small>{citation}</small></li>")
    sources = "".join(
        source.format(name=esc(s.name), release=esc(s.release), publisher=esc(s.publisher),
                      licence=esc(s.licence), citation=esc(s.citation))
        for s in store.sources())
    return (
        QCoreApplication.translate("AboutDialog", "<h2>CareerDesk {version}</h2>").format(
            version=esc(__version__))
        + QCoreApplication.translate(
            "AboutDialog", "<p>An offline career explorer for students and school counselors. "
            "It never connects to the internet.</p>")
        + QCoreApplication.translate("AboutDialog", "<h3>Data sources</h3>")
        + f"<ul>{sources}</ul>"
        + QCoreApplication.translate(
            "AboutDialog", "<p>Careers database built {date} (schema {schema}).</p>").format(
            date=esc(store.meta.get('build_date',
                                    QCoreApplication.translate("AboutDialog", "unknown"))),
            schema=esc(store.meta.get('schema_version', '?')))
        + search_html()
        + QCoreApplication.translate("AboutDialog", "<h3>O*NET attribution</h3>")
        + f"<p>{esc(store.meta.get('onet_attribution', ''))}</p>"
        f"<p>{esc(store.meta.get('onet_modified', ''))}</p>"
        + (lab_html(lab) if lab is not None else "")
    )


class AboutDialog(QDialog):
    """Shows ``about_html`` in a scrollable, selectable label."""

    def __init__(self, store: CareerStore, lab: LabConfig | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CareerDesk"))
        self.text = QLabel(about_html(store, lab))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # the text takes the focus, not the nameless area around it: a screen reader reads it
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * 30)
