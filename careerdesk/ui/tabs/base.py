"""What every profile tab shares: a scrolling column of headings, text and widgets, the
profile's sections (``careerdesk.sections``) drawn as widgets, and a sources footer.

A tab's ``title`` and ``tab_label`` are English source texts marked with
``QT_TRANSLATE_NOOP`` under the tab's class name; ``display_title()`` and
``display_tab_label()`` give them translated. Text in the shared methods here is translated
in the ``ProfileTab`` context (``self.tr`` would look in the subclass's context).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from careerdesk import sections as profile_sections
from careerdesk.model import Career
from careerdesk.widgets.column import Column
from careerdesk.widgets.focus_ring import FocusRing
from careerdesk.widgets.text_label import HeadingLabel, LinkLabel, ListLabel, WrappedLabel


def esc(text: object) -> str:
    """Data is always shown as text, never interpreted as HTML."""
    return escape(str(text), quote=True)


_KIND = "careerdeskReuse"  # a widget property: which kind of reusable widget it is
_SOURCES = "sources"  # the kind of the sources footer (it has its own object name)


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
        self._ring = FocusRing(self)  # the page shows when it has the focus
        self.career: Career | None = None
        self._body: QWidget | None = None
        self._layout: QVBoxLayout | None = None
        self._spare: dict[str, list[QWidget]] = {}  # labels of the last career, by kind

    def sizeHint(self) -> QSize:
        """A page scrolls, so it asks for no more than its minimum: otherwise the text it
        holds would make the profile's preferred height (header, tab bar and the whole
        page) taller than the window, and the profile itself would scroll, taking the
        career's title and quick facts out of view when the page takes the focus."""
        return self.minimumSizeHint().expandedTo(self.minimumSize())

    def display_title(self) -> str:
        """The tab's title in the user's language."""
        return QCoreApplication.translate(type(self).__name__, self.title)

    def display_tab_label(self) -> str:
        """The tab's short label in the user's language (the title when it has none)."""
        return (QCoreApplication.translate(type(self).__name__, self.tab_label)
                if self.tab_label else self.display_title())

    def name_for(self, career: Career) -> None:
        """Name the page for ``career``: what a screen reader says when the page takes the
        focus (a career opens, a tab is chosen), e.g. "Registered Nurses: Pay & outlook"."""
        self.setAccessibleName(QCoreApplication.translate("ProfileTab", "{career}: {tab}")
                               .format(career=career.title, tab=self.display_title()))

    def set_career(self, career: Career) -> None:
        """Show ``career``: the page is built again from its sections, reusing the text
        widgets of the career shown before (making, styling and placing a new page of
        widgets for every career cost several milliseconds of each opening)."""
        self.career = career
        self.name_for(career)
        body = self._body
        if body is None:
            body = Column()  # its preferred size lays no text out (widgets.column)
            body.setObjectName("tabBody")
            self._layout = QVBoxLayout(body)
        assert self._layout is not None
        old = self._take_items()
        spacing = self.fontMetrics().height() // 2
        self._layout.setSpacing(spacing)
        self._layout.setContentsMargins(spacing * 2, spacing * 2, spacing * 2, spacing * 2)
        self.populate(career)
        self._footer(career)
        self._layout.addStretch(1)
        for widget in old:  # what this career has no use for
            if self._layout.indexOf(widget) < 0:
                widget.hide()
                widget.setParent(None)  # out of the page (its text, its focus) at once
                widget.deleteLater()
        self._spare.clear()
        if self._body is None:
            self._body = body
            self.setWidget(body)
            FocusRing(body, follow=True)  # around the paragraph Tab reached
        self._in_reading_order()
        self.verticalScrollBar().setValue(0)  # a new career is read from the top

    def _in_reading_order(self) -> None:
        """Widgets used again sit where they were made among the page's children and in
        the focus chain, new ones after them: put both back in the order the page reads,
        for Tab and for screen readers (which list children in their order)."""
        assert self._layout is not None
        chain: list[QWidget] = [self]
        window = self.window()
        for index in range(self._layout.count()):
            item = self._layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            widget.raise_()  # to the end of the children: in the end, in layout order
            for part in (widget, *widget.findChildren(QWidget)):
                # not in a window of its own, nor inside one (a combo box's pop-up list)
                if part.focusPolicy() & Qt.FocusPolicy.TabFocus and part.window() is window:
                    chain.append(part)
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _take_items(self) -> list[QWidget]:
        """Empty the page's layout; its text labels wait in ``_spare`` to be used again."""
        assert self._layout is not None
        old: list[QWidget] = []
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            old.append(widget)
            kind = widget.property(_KIND)
            if isinstance(kind, str):
                self._spare.setdefault(kind, []).append(widget)
        return old

    def _label(self, kind: str, html: str,
               setup: Callable[[WrappedLabel], None] | None = None,
               cls: type[WrappedLabel] = WrappedLabel) -> WrappedLabel:
        """A text label of this kind: a spare one given the new text, or a new one (of
        class ``cls``) that ``setup`` makes into one of its kind."""
        spare = self._spare.get(kind)
        if spare:
            label = spare.pop(0)
            assert isinstance(label, WrappedLabel)
            label.setText(html)
            return label
        label = cls(html)
        label.setProperty(_KIND, kind)
        if setup is not None:
            setup(label)
        return label

    def populate(self, career: Career) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------- building blocks

    def add_widget(self, widget: QWidget) -> QWidget:
        assert self._layout is not None
        self._layout.addWidget(widget)
        return widget

    # Text labels have no accessible name of their own: a screen reader reads their text
    # (Qt gives a label's text, made plain, as its name). Headings say they are headings.

    def add_heading(self, text: str, level: int = 2) -> QLabel:
        label = self._label(f"h{level}", f"<h{level}>{esc(text)}</h{level}>", _selectable,
                            cls=HeadingLabel)
        self.add_widget(label)
        return label

    def add_text(self, html: str, *, selectable: bool = True, kind: str = "text") -> QLabel:
        """A word-wrapped rich-text paragraph; callers escape data with ``esc``. Labels of
        one ``kind`` are reused for later careers, so a caller that changes a label beyond
        its text gives it a kind of its own."""
        label = self._label(kind if selectable else f"{kind}-plain", html,
                            _selectable if selectable else None)
        self.add_widget(label)
        return label

    def add_web_links(self, html: str, *, link: bool = False) -> QLabel:
        """A paragraph of links to public pages: they open in the system browser only when
        clicked (mouse, or Tab and Enter) — the only way CareerDesk reaches the web. With
        ``link`` the paragraph holds one link and screen readers are told it is a link."""
        label = self._label("link" if link else "links", html, _web_links,
                            LinkLabel if link else WrappedLabel)
        self.add_widget(label)
        return label

    def add_note(self, text: str) -> QLabel:
        label = self._label("note", f"<i>{esc(text)}</i>", _note)
        self.add_widget(label)
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
        """One block of a section; ``name`` names a grid of facts (text is read as it shows)."""
        if self.add_special(block):
            return
        if block.kind == profile_sections.PARAGRAPHS:
            if block.title:
                self.add_heading(block.title, level)
            self.add_text(paragraphs(block.text))
        elif block.kind == profile_sections.NOTE:
            self.add_note(block.text)
        elif block.kind == profile_sections.STATEMENT:
            self.add_heading(block.title, level)
            self.add_text(f"<p>{esc(block.text)}</p>")
        elif block.kind == profile_sections.FACTS:
            self._add_facts(block, name)
        elif block.kind == profile_sections.TABLE:
            self._add_table(block)
        elif block.kind == profile_sections.LIST:
            self._add_list(block, level, name)
        elif block.kind == profile_sections.LINK:
            self._add_link(block)

    def _add_facts(self, block: profile_sections.Block, name: str) -> None:
        self.add_widget(FactsGrid(block.facts, name))
        if any(f.meaning() for f in block.facts):
            self.add_note(QCoreApplication.translate(
                "ProfileTab", "What does this mean? Tab to a figure and press Enter "
                "(or point at it)."))

    def _add_table(self, block: profile_sections.Block) -> None:
        head = "".join(f"<th align='{'left' if i == 0 else 'right'}'>{esc(h)}</th>"
                       for i, h in enumerate(block.header))
        rows = "".join("<tr>" + "".join(
            f"<td align='{'left' if i == 0 else 'right'}'>{esc(v)}</td>"
            for i, v in enumerate(row)) + "</tr>" for row in block.rows)
        self.add_text(f"<table cellspacing='0' cellpadding='4'><tr>{head}</tr>{rows}"
                      "</table>")

    def _add_list(self, block: profile_sections.Block, level: int, name: str) -> None:
        if block.title:
            self.add_heading(block.title, level)
        if block.text:
            self.add_note(block.text)
        if block.items:
            self.add_list(block.items, block.title or name)
        elif block.missing:
            self.add_note(block.missing)

    def add_list(self, items: tuple[profile_sections.Item, ...], name: str) -> ListLabel:
        """A bulleted list, drawn as text, that screen readers get as a list named ``name``
        with one item a bullet."""
        label = self._label("list", item_list(items), _selectable, cls=ListLabel)
        assert isinstance(label, ListLabel)
        label.set_items(lambda: item_words(items), name)
        self.add_widget(label)
        return label

    def _add_link(self, block: profile_sections.Block) -> None:
        link = QCoreApplication.translate(
            "ProfileTab", "{text}: <a href='{url}'>{title}</a> (opens in your web browser "
            "and needs the internet).")
        self.add_web_links(
            link.format(text=esc(block.text), url=esc(block.url), title=esc(block.title)),
            link=True)

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
        spare = self._spare.get("rule")
        if spare:
            line = spare.pop(0)
        else:
            line = QFrame()
            line.setProperty(_KIND, "rule")
            line.setFrameShape(QFrame.Shape.HLine)
        self.add_widget(line)
        footer = self.add_text(
            "<small><b>" + QCoreApplication.translate("ProfileTab", "Sources:") + "</b> "
            + "; ".join(esc(s) for s in seen) + "</small>", kind=_SOURCES)
        footer.setObjectName("sourcesFooter")


FACT_STYLE = ("QLabel#explainedFact { border: 1px solid transparent; padding: 1px; }"
              " QLabel#explainedFact:focus { border: 2px solid palette(highlight); }")


class ExplainedValue(WrappedLabel):
    """A fact's value that says what it means: the keyboard reaches it (Tab, with a visible
    frame), and Enter, Space or Shift+F1 (or a click) shows the explanation and the source's
    own term, which the tooltip and the accessible description also hold."""

    def __init__(self, fact: profile_sections.Fact, parent: QWidget | None = None) -> None:
        super().__init__(f"<b>{esc(fact.value)}</b>", parent)
        self.fact = fact
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(QCoreApplication.translate("ProfileTab", "{label}: {value}")
                               .format(label=fact.label, value=fact.value))
        meaning = fact.meaning()
        if meaning:
            self.setObjectName("explainedFact")
            self.setStyleSheet(FACT_STYLE)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setToolTip(meaning)
            self.setAccessibleDescription(meaning)

    def explain(self) -> None:
        """Show what the fact means next to it."""
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.toolTip(), self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.toolTip() and (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
                               or (key == Qt.Key.Key_F1 and event.modifiers()
                                   & Qt.KeyboardModifier.ShiftModifier)):
            self.explain()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.toolTip() and event.button() == Qt.MouseButton.LeftButton \
                and not self.hasSelectedText():
            self.explain()


class FactsGrid(QWidget):
    """A section's facts, a label and a value a row; each value explains itself."""

    def __init__(self, facts: tuple[profile_sections.Fact, ...], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 2)
        grid.setColumnStretch(1, 1)
        self.values: list[ExplainedValue] = []
        for row, fact in enumerate(facts):
            label = WrappedLabel(esc(fact.label))
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value = ExplainedValue(fact)
            label.setBuddy(value)
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
            self.values.append(value)


def _selectable(label: WrappedLabel) -> None:
    """Text that Tab reaches (a screen reader reads it then), selected with the mouse or
    with Shift and the arrow keys."""
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _note(label: WrappedLabel) -> None:
    _selectable(label)
    label.setProperty("role", "note")


def _web_links(label: WrappedLabel) -> None:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
    label.setOpenExternalLinks(False)
    label.linkActivated.connect(open_in_browser)


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


def item_words(items: tuple[profile_sections.Item, ...]) -> list[str]:
    """Each item of ``item_list`` as a screen reader reads it: its text as shown."""
    hot = " " + QCoreApplication.translate("ProfileTab", "{star} {hot}").format(
        star=profile_sections.HOT, hot=profile_sections.hot_word())
    return [item.text + (hot if item.marked else "")
            + "".join(f" — {f}" for f in (item.value, item.rating) if f)
            + (f"\n{item.detail}" if item.detail else "") for item in items]


def open_in_browser(address: str) -> None:
    """Hand a clicked link to the system browser (the only way CareerDesk reaches the web)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    url = QUrl(address)
    if url.scheme() == "https":
        QDesktopServices.openUrl(url)
