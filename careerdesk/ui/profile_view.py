"""A career's profile: a header (title, field, the quick-facts strip, the Bright Outlook
badge, other names on one line) above tabs that are filled the first time each is shown for
the current career."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from careerdesk.model import AiLabel, Career
from careerdesk.outlook import BRIGHT_BADGE, BrightOutlook, bright_summary
from careerdesk.ui.settings import LAST_TAB, WAGE_STATE, Settings
from careerdesk.ui.tabs.ai import AiTab
from careerdesk.ui.tabs.base import ProfileTab, esc
from careerdesk.ui.tabs.education import EducationTab
from careerdesk.ui.tabs.inside import InsideTab
from careerdesk.ui.tabs.pay import PayTab
from careerdesk.ui.tabs.related import RelatedTab
from careerdesk.ui.tabs.responsibilities import ResponsibilitiesTab
from careerdesk.ui.tabs.skills import SkillsTab
from careerdesk.widgets.column import Column
from careerdesk.widgets.quick_facts import QuickFactsStrip, explanation_text
from careerdesk.widgets.text_label import HeadingLabel, WrappedLabel

if TYPE_CHECKING:
    from careerdesk.printouts import Printout
    from careerdesk.ui.print_actions import PrintContext, PrintJob
    from careerdesk.ui.print_options import PrintChoices

SHORT_AKA = 4  # other names on the header's one line, before "more…"
BRIGHT_STYLE = """
QToolButton#brightBadge { border: 1px solid palette(mid); border-radius: 0.3em;
                          padding: 0.15em 0.5em; font-weight: bold; }
QToolButton#brightBadge:focus { border: 2px solid palette(highlight); }
"""


class AlsoKnownAs(QLabel):
    """Other names of the career on one line, with "more…" to show them all (and "fewer"
    to fold them again); the link is reached with Tab and followed with Enter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                     | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.linkActivated.connect(self._toggle)
        self.names: list[str] = []
        self.expanded = False
        self._shown = 0

    def set_names(self, names: list[str]) -> None:
        self.names = names
        self.expanded = False
        self.setAccessibleName(self.tr("Also known as: {names}").format(names=", ".join(names)))
        self._show()

    def _toggle(self, _link: str = "") -> None:
        self.expanded = not self.expanded
        self._show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.expanded and self._fitting() != self._shown:
            self._show()  # as many names as fit on the one line at this width

    def _fitting(self) -> int:
        """How many names fit on one line with the heading and the "N more…" link (at least
        one; SHORT_AKA before the label has its width)."""
        width = self.contentsRect().width()
        if width <= 1 or not self.names:
            return min(len(self.names), SHORT_AKA)
        bold = QFont(self.font())
        bold.setBold(True)
        used = QFontMetrics(bold).horizontalAdvance(self.tr("Also known as:") + " ")
        metrics = self.fontMetrics()
        link = metrics.horizontalAdvance("  " + self.tr("{count} more…").format(count=99))
        count = 0
        for index, name in enumerate(self.names):
            used += metrics.horizontalAdvance((" · " if index else "") + name)
            if used + (link if index < len(self.names) - 1 else 0) > width:
                break
            count += 1
        return max(1, count)

    def _show(self) -> None:
        self._shown = len(self.names) if self.expanded else self._fitting()
        shown = self.names[:self._shown]
        text = self.tr("<b>Also known as:</b> {names}").format(
            names=" · ".join(esc(n) for n in shown))
        if len(self.names) > self._shown or self.expanded and len(self.names) > 1:
            link = self.tr("fewer") if self.expanded else self.tr("{count} more…").format(
                count=len(self.names) - self._shown)
            text += f" &nbsp;<a href='#more'>{esc(link)}</a>"
        self.setText(text)


class ProfileHeader(Column):
    """Title and field, the quick facts (``careerdesk.quick_facts``) as a strip of cards,
    the Bright Outlook badge (when the career has one) and its other names on one line.

    Signals:
        brightOutlookHelpRequested(): the Bright Outlook badge was pressed.
        factExplained(object): a quick fact's card asked what it means (the ``Fact``).
    """

    brightOutlookHelpRequested = Signal()
    factExplained = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Word-wrapped labels that remember their heights: the window's layout asks them
        # dozens of times whenever a career opens.
        self.title = HeadingLabel(text_format=Qt.TextFormat.PlainText)  # the first heading
        self.title.setObjectName("careerTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._scale_title()
        self.subtitle = WrappedLabel(text_format=Qt.TextFormat.PlainText)
        self.facts = QuickFactsStrip()
        self.facts.explainRequested.connect(self.factExplained)
        self.bright = QToolButton()
        self.bright.setObjectName("brightBadge")
        self.bright.setStyleSheet(BRIGHT_STYLE)
        self.bright.setText(BRIGHT_BADGE + " " + self.tr("Bright outlook"))
        self.bright.setAccessibleName(self.tr("Bright Outlook career"))
        self.bright.clicked.connect(self.brightOutlookHelpRequested)
        self.aka = AlsoKnownAs()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.title, self.subtitle, self.facts):
            layout.addWidget(widget)
        layout.addWidget(self.bright, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.aka)

    def _scale_title(self) -> None:
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the app was zoomed
            self._scale_title()

    def set_career(self, career: Career, state: str | None = None) -> None:
        """Show the career, its pay for ``state`` (the remembered one) where published."""
        from careerdesk.quick_facts import quick_facts

        self.title.setText(career.title)
        self.subtitle.setText(self.tr("Field: {group}").format(group=career.major_group.title))
        # the badge below is the Bright Outlook fact: it also opens the rule
        self.facts.set_facts([f for f in quick_facts(career, state) if f.key != "bright"])
        names = career.also_known_as
        self.aka.set_names(names)
        self.aka.setVisible(bool(names))
        self._set_bright(career)

    def _set_bright(self, career: Career) -> None:
        o = career.outlook
        bright = BrightOutlook(o.percent_change, o.annual_openings) if o else None
        self.bright.setVisible(bool(bright and bright.qualifies))
        if bright is None or not bright.qualifies:
            return
        reasons = "; ".join(bright.reasons())
        if career.soc.combined_code:
            reasons = self.tr("{reasons} (figures for the combined BLS group “{group}”, "
                              "which counts {career} together with similar jobs)").format(
                reasons=reasons, group=career.soc.combined_title, career=career.title)
        elif career.soc.shared:
            reasons = self.tr("{reasons} (figures for the SOC occupation {soc}, the "
                              "government's job group that {career} shares with other "
                              "careers)").format(
                reasons=reasons, soc=career.soc.code, career=career.title)
        text = self.tr("This career's outlook is bright: {reasons}.").format(reasons=reasons)
        self.bright.setToolTip(text + "\n" + bright_summary() + "\n"
                               + self.tr("Press to read what Bright Outlook means."))
        self.bright.setAccessibleDescription(
            text + " " + self.tr("Press to read what Bright Outlook means and where the rule "
                                 "comes from."))


class ProfileView(Column):
    """Header and tabs for one career.

    Signals:
        careerRequested(str): a related career was chosen.
        compareRequested(str): add this career to the comparison.
        bookmarkRequested(str): bookmark (or un-bookmark) this career.
    """

    careerRequested = Signal(str)
    programsRequested = Signal(str)  # explore a career's programs of study (by code)
    compareRequested = Signal(str)
    bookmarkRequested = Signal(str)
    brightOutlookHelpRequested = Signal()

    def __init__(self, settings: Settings, ai_labels: list[AiLabel],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.career: Career | None = None
        self.header = ProfileHeader()
        self.header.brightOutlookHelpRequested.connect(self.brightOutlookHelpRequested)
        self.header.factExplained.connect(self.explain_fact)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Profile sections"))
        self.tabs.tabBar().setAccessibleDescription(self.tr(
            "The sections of this career's profile; Ctrl+Tab shows the next one"))
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        for arrow in self.tabs.tabBar().findChildren(QToolButton):  # when tabs do not fit
            arrow.setAccessibleDescription(self.tr("Shows the tabs that do not fit"))
        self.pages: list[ProfileTab] = [
            ResponsibilitiesTab(), InsideTab(), EducationTab(), AiTab(ai_labels), PayTab(settings),
            SkillsTab(), RelatedTab(),
        ]
        self._filled: set[int] = set()
        for page in self.pages:
            index = self.tabs.addTab(page, page.display_tab_label().replace("&", "&&"))
            self.tabs.setTabToolTip(index, page.display_title())
            page.careerRequested.connect(self.careerRequested)
            if isinstance(page, EducationTab):
                page.programsRequested.connect(self.programsRequested)
            page.compareRequested.connect(self.compareRequested)
        self.compare_button = QPushButton(self.tr("Add to &comparison"))
        self.compare_button.setToolTip(self.tr("Add this career to the comparison (Ctrl+K)"))
        self.compare_button.setAccessibleName(self.tr("Add this career to the comparison"))
        self.compare_button.clicked.connect(self._compare_clicked)
        self.star = QPushButton()
        self.star.setCheckable(True)
        self.star.setToolTip(self.tr("Bookmark this career (Ctrl+D)"))
        self.star.clicked.connect(self._star_clicked)
        self.set_bookmarked(False)
        buttons = QVBoxLayout()
        buttons.addWidget(self.star)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        start = self.settings.get(LAST_TAB)
        self.tabs.setCurrentIndex(start if 0 <= start < len(self.pages) else 0)
        self.tabs.currentChanged.connect(self._tab_changed)

    def set_career(self, career: Career) -> None:
        self.career = career
        self.header.set_career(career, self.settings.get(WAGE_STATE) or None)
        for page in self.pages:  # named before Ctrl+Tab gives one the focus, filled after
            page.name_for(career)
        self._filled.clear()
        self._fill(self.tabs.currentIndex())

    def explain_fact(self, fact: object) -> None:
        """What a quick fact means, and where it comes from, in a small window."""
        from careerdesk.quick_facts import Fact

        if not isinstance(fact, Fact):
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("What does this mean?"),
                          explanation_text(fact), QMessageBox.StandardButton.Close, self)
        box.setAccessibleName(self.tr("What does this mean?"))
        self.explanation_box = box  # tests read it
        box.open()

    def _compare_clicked(self) -> None:
        if self.career is not None:
            self.compareRequested.emit(self.career.code)

    def _star_clicked(self) -> None:
        if self.career is not None:
            self.bookmarkRequested.emit(self.career.code)

    def set_bookmarked(self, marked: bool) -> None:
        self.star.setChecked(marked)
        self.star.setText(self.tr("★ Bookmarked") if marked else self.tr("☆ Bookmark"))
        self.star.setAccessibleName(self.tr("Remove the bookmark") if marked else
                                    self.tr("Bookmark this career"))

    def page(self, cls: type[ProfileTab]) -> ProfileTab:
        return next(p for p in self.pages if isinstance(p, cls))

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index % len(self.pages))

    def focus_page(self) -> None:
        """Put the focus on the page showing: a screen reader says its name, the career
        and the tab (e.g. "Registered Nurses: Pay & outlook"), and reads on from there."""
        page = self.tabs.currentWidget()
        if page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tab_changed(self, index: int) -> None:
        self.settings.set(LAST_TAB, index)
        self._fill(index)

    def _fill(self, index: int) -> None:
        if self.career is None or index in self._filled or index < 0:
            return
        self.pages[index].set_career(self.career)
        self._filled.add(index)

    def printout(self, context: PrintContext) -> PrintJob | None:
        """The open career's handout: the profile's sections to choose from, with the pay in
        the remembered state; None before a career is open."""
        from careerdesk.printouts import profile_printout
        from careerdesk.sections import PROFILE_KEYS, PROFILE_TITLES
        from careerdesk.ui.print_actions import PrintJob

        career = self.career
        if career is None:
            return None

        def factory(choices: PrintChoices) -> Printout:
            return profile_printout(career, context.meta, prepared_for=choices.prepared_for,
                                    state=context.state, sections=choices.sections)

        return PrintJob(career.title, [(key, PROFILE_TITLES[key]) for key in PROFILE_KEYS],
                        factory)
