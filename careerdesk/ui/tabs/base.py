"""What every profile tab shares: a scrolling column of headings, text and widgets, and a
sources footer.

A tab's ``title`` and ``tab_label`` are English source texts marked with
``QT_TRANSLATE_NOOP`` under the tab's class name; ``display_title()`` and
``display_tab_label()`` give them translated. Text in the shared methods here is translated
in the ``ProfileTab`` context (``self.tr`` would look in the subclass's context).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from careerdesk.model import Career
from careerdesk.widgets.text_label import WrappedLabel


def esc(text: object) -> str:
    """Data is always shown as text, never interpreted as HTML."""
    return escape(str(text), quote=True)


class ProfileTab(QScrollArea):
    """A scrollable tab page; subclasses fill it in ``populate``.

    Signals:
        careerRequested(str): the user asked to open another career (by code).
        compareRequested(str): the user asked to add a career to the comparison.
    """

    careerRequested = Signal(str)
    compareRequested = Signal(str)
    title = ""
    tab_label = ""  # a shorter name for the tab itself
    sections: tuple[str, ...] = ()  # keys of Career.sources shown in the footer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.display_title())
        self.career: Career | None = None
        self._body: QWidget | None = None
        self._layout: QVBoxLayout | None = None

    def display_title(self) -> str:
        """The tab's title in the user's language."""
        return QCoreApplication.translate(type(self).__name__, self.title)

    def display_tab_label(self) -> str:
        """The tab's short label in the user's language (the title when it has none)."""
        return (QCoreApplication.translate(type(self).__name__, self.tab_label)
                if self.tab_label else self.display_title())

    def set_career(self, career: Career) -> None:
        """Rebuild the page for ``career``."""
        self.career = career
        body = QWidget()
        body.setObjectName("tabBody")
        self._layout = QVBoxLayout(body)
        spacing = self.fontMetrics().height() // 2
        self._layout.setSpacing(spacing)
        self._layout.setContentsMargins(spacing * 2, spacing * 2, spacing * 2, spacing * 2)
        self.populate(career)
        self._footer(career)
        self._layout.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(body)
        self._body = body

    def populate(self, career: Career) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------- building blocks

    def add_widget(self, widget: QWidget) -> QWidget:
        assert self._layout is not None
        self._layout.addWidget(widget)
        return widget

    def add_heading(self, text: str, level: int = 2) -> QLabel:
        label = WrappedLabel(f"<h{level}>{esc(text)}</h{level}>")
        label.setAccessibleName(text)
        self.add_widget(label)
        return label

    def add_text(self, html: str, *, name: str = "", selectable: bool = True) -> QLabel:
        """A word-wrapped rich-text paragraph; callers escape data with ``esc``."""
        label = WrappedLabel(html)
        if selectable:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name:
            label.setAccessibleName(name)
        self.add_widget(label)
        return label

    def add_web_links(self, html: str, *, name: str) -> QLabel:
        """A paragraph of links to public pages: they open in the system browser only when
        clicked (mouse, or Tab and Enter) — the only way CareerDesk reaches the web."""
        label = self.add_text(html, name=name, selectable=False)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(open_in_browser)
        return label

    def add_note(self, text: str) -> QLabel:
        label = self.add_text(f"<i>{esc(text)}</i>")
        label.setProperty("role", "note")
        return label

    def _footer(self, career: Career) -> None:
        seen: list[str] = []
        for section in self.sections:
            for source in career.sources.get(section, []):
                if str(source) not in seen:
                    seen.append(str(source))
        if not seen:
            return
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        self.add_widget(line)
        footer = self.add_text(
            "<small><b>" + QCoreApplication.translate("ProfileTab", "Sources:") + "</b> "
            + "; ".join(esc(s) for s in seen) + "</small>",
            name=QCoreApplication.translate("ProfileTab", "Sources"))
        footer.setObjectName("sourcesFooter")


def bullet_list(items: list[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"


def open_in_browser(address: str) -> None:
    """Hand a clicked link to the system browser (the only way CareerDesk reaches the web)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    url = QUrl(address)
    if url.scheme() == "https":
        QDesktopServices.openUrl(url)
