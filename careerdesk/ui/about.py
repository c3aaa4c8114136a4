"""Help ▸ About: version, data sources and releases, and the O*NET attribution."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from careerdesk import __version__
from careerdesk.labconfig import LabConfig
from careerdesk.store import CareerStore
from careerdesk.ui.tabs.base import esc


def lab_html(lab: LabConfig) -> str:
    """Where the administrator's settings came from, and any problems in them."""
    return "<h3>Lab settings</h3>" + "".join(f"<p>{esc(line)}</p>" for line in lab.describe())


def about_html(store: CareerStore, lab: LabConfig | None = None) -> str:
    sources = "".join(
        f"<li><b>{esc(s.name)}</b>, {esc(s.release)} — {esc(s.publisher)}. "
        f"Licence: {esc(s.licence)}.<br><small>{esc(s.citation)}</small></li>"
        for s in store.sources())
    return (
        f"<h2>CareerDesk {esc(__version__)}</h2>"
        "<p>An offline career explorer for students and school counselors. It never "
        "connects to the internet.</p>"
        f"<h3>Data sources</h3><ul>{sources}</ul>"
        f"<p>Careers database built {esc(store.meta.get('build_date', 'unknown'))} "
        f"(schema {esc(store.meta.get('schema_version', '?'))}).</p>"
        f"<h3>O*NET attribution</h3><p>{esc(store.meta.get('onet_attribution', ''))}</p>"
        f"<p>{esc(store.meta.get('onet_modified', ''))}</p>"
        + (lab_html(lab) if lab is not None else "")
    )


class AboutDialog(QDialog):
    """Shows ``about_html`` in a scrollable, selectable label."""

    def __init__(self, store: CareerStore, lab: LabConfig | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About CareerDesk")
        self.text = QLabel(about_html(store, lab))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setAccessibleName("About CareerDesk")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * 30)
