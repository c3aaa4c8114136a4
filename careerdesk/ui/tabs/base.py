"""What every profile tab shares: a scrolling column of headings, text and widgets, the
profile's sections (``careerdesk.sections``) drawn as widgets, and a sources footer.

A tab's ``title`` and ``tab_label`` are English source texts marked with
``QT_TRANSLATE_NOOP`` under the tab's class name; ``display_title()`` and
``display_tab_label()`` give them translated. Text in the shared methods here is translated
in the ``ProfileTab`` context (``self.tr`` would look in the subclass's context).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from careerdesk import sections as profile_sections
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
    # The profile's sections (careerdesk.sections) this tab draws; their sources are the
    # footer's (with ``sections``).
    section_keys: tuple[str, ...] = ()

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

    # ------------------------------------------------------------- the profile's sections

    def tab_sections(self, career: Career) -> list[profile_sections.Section]:
        """This tab's sections of the career's profile, in order (only these are made)."""
        return list(profile_sections.profile(career, sections=self.section_keys).sections)

    def add_section(self, section: profile_sections.Section, *, heading: bool = True) -> None:
        """Draw a section as the screen shows it: its heading (with its source) unless
        ``heading`` is False, then each block; ``add_special`` draws charts."""
        if heading:
            self.add_heading(section.full_heading())
        for block in section.blocks_for(profile_sections.SCREEN):
            self.add_block(block, section.heading, level=3 if heading else 2)

    def add_special(self, block: profile_sections.Block) -> bool:
        """Draw a block the tab draws itself (a chart); False when it has none."""
        return False

    def add_block(self, block: profile_sections.Block, name: str, level: int = 2) -> None:
        """One block of a section; ``name`` is its accessible name when it has no title."""
        if self.add_special(block):
            return
        if block.kind == profile_sections.PARAGRAPHS:
            if block.title:
                self.add_heading(block.title, level)
            self.add_text(paragraphs(block.text), name=block.title or name)
        elif block.kind == profile_sections.NOTE:
            self.add_note(block.text)
        elif block.kind == profile_sections.STATEMENT:
            self.add_heading(block.title, level)
            self.add_text(f"<p>{esc(block.text)}</p>", name=block.title)
        elif block.kind == profile_sections.FACTS:
            self.add_text("<table cellspacing='0' cellpadding='4'>" + "".join(
                f"<tr><td>{esc(f.label)}</td><td><b>{esc(f.value)}</b></td></tr>"
                for f in block.facts) + "</table>", name=name)
        elif block.kind == profile_sections.TABLE:
            head = "".join(f"<th align='{'left' if i == 0 else 'right'}'>{esc(h)}</th>"
                           for i, h in enumerate(block.header))
            rows = "".join("<tr>" + "".join(
                f"<td align='{'left' if i == 0 else 'right'}'>{esc(v)}</td>"
                for i, v in enumerate(row)) + "</tr>" for row in block.rows)
            self.add_text(f"<table cellspacing='0' cellpadding='4'><tr>{head}</tr>{rows}"
                          "</table>", name=name)
        elif block.kind == profile_sections.LIST:
            if block.title:
                self.add_heading(block.title, level)
            if block.text:
                self.add_note(block.text)
            if block.items:
                self.add_text(item_list(block.items), name=block.title or name)
            elif block.missing:
                self.add_note(block.missing)
        elif block.kind == profile_sections.LINK:
            link = QCoreApplication.translate(
                "ProfileTab", "{text}: <a href='{url}'>{title}</a> (opens in your web browser "
                "and needs the internet).")
            self.add_web_links(
                link.format(text=esc(block.text), url=esc(block.url), title=esc(block.title)),
                name=QCoreApplication.translate("ProfileTab", "{title} (needs the internet)")
                .format(title=block.title))

    def _footer(self, career: Career) -> None:
        seen: list[str] = []
        for section in self.sections:
            for source in career.sources.get(section, []):
                if str(source) not in seen:
                    seen.append(str(source))
        for key in self.section_keys:
            for name in profile_sections.SOURCE_KEYS.get(key, ()):
                for source in career.sources.get(name, []):
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


def paragraphs(text: str) -> str:
    """Paragraphs separated by a blank line, as HTML (escaped)."""
    return "".join(f"<p>{esc(p)}</p>" for p in text.split("\n\n"))


def item_list(items: tuple[profile_sections.Item, ...]) -> str:
    """A section's list as HTML: the name (bold when it is explained), a "hot" mark, its
    figure and rating, and its explanation in small type."""
    hot = " <b>" + esc(QCoreApplication.translate("ProfileTab", "{star} {hot}").format(
        star=profile_sections.HOT, hot=profile_sections.hot_word())) + "</b>"
    out = []
    for item in items:
        name = f"<b>{esc(item.text)}</b>" if item.detail and not item.marked \
            else esc(item.text)
        figures = " — ".join(esc(f) for f in (item.value, item.rating) if f)
        out.append(f"<li>{name}{hot if item.marked else ''}"
                   + (f" — {figures}" if figures else "")
                   + (f"<br><small>{esc(item.detail)}</small>" if item.detail else "")
                   + "</li>")
    return "<ul>" + "".join(out) + "</ul>"


def open_in_browser(address: str) -> None:
    """Hand a clicked link to the system browser (the only way CareerDesk reaches the web)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    url = QUrl(address)
    if url.scheme() == "https":
        QDesktopServices.openUrl(url)
