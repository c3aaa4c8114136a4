"""Pay & outlook: national wages, a remembered state, employment, growth and openings (the
profile's "pay" and "outlook" sections, ``careerdesk.sections``, and the state picker)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from careerdesk import formatting as fmt
from careerdesk.model import Career, Wages
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.ui.settings import WAGE_STATE, Settings
from careerdesk.ui.tabs.base import ProfileTab
from careerdesk.widgets.accessibility import ChoiceBox
from careerdesk.widgets.text_label import BuddyLabel


class PayTab(ProfileTab):
    """Wages from OEWS May 2025 and the BLS 2024-34 outlook."""

    title = QT_TRANSLATE_NOOP("PayTab", "Pay & outlook")
    tab_label = QT_TRANSLATE_NOOP("PayTab", "Pay & outlook")
    section_keys = ("pay", "outlook")

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.state_box: QComboBox | None = None
        self.state_value: QLabel | None = None

    def populate(self, career: Career) -> None:
        for section in self.tab_sections(career):
            self.add_section(section)
            if section.key == "pay" and career.wages is not None:
                self._state_picker(career.wages)

    def _state_picker(self, wages: Wages) -> None:
        self.add_heading(self.tr("Pay in your state"), level=3)
        holder = QWidget()
        form = QFormLayout(holder)
        box = ChoiceBox()
        box.setAccessibleName(self.tr("State"))
        box.setAccessibleDescription(self.tr(
            "Choose a state to see its median pay for this career; it is remembered"))
        box.addItem(self.tr("Choose a state…"), "")
        for name in sorted(wages.by_state):
            box.addItem(name, name)
        value = QLabel()
        value.setWordWrap(True)
        form.addRow(BuddyLabel(self.tr("&State:"), box), box)
        form.addRow(self.tr("Median pay:"), value)
        self.add_widget(holder)
        self.state_box, self.state_value = box, value
        remembered = self.settings.get(WAGE_STATE)
        index = box.findData(remembered)
        box.setCurrentIndex(max(index, 0))
        box.currentIndexChanged.connect(self._state_changed)
        self._show_state(wages)

    def _state_changed(self) -> None:
        assert self.state_box is not None
        self.settings.set(WAGE_STATE, self.state_box.currentData() or "")
        if self.career and self.career.wages:
            self._show_state(self.career.wages)

    def _show_state(self, wages: Wages) -> None:
        assert self.state_box is not None and self.state_value is not None
        name = self.state_box.currentData()
        if not name:
            remembered = self.settings.get(WAGE_STATE)
            self.state_value.setText(
                self.tr("Not available: BLS publishes no figure for {state}.").format(
                    state=remembered)
                if remembered else self.tr("Pick a state to see its median pay."))
            return
        s = wages.by_state[name]
        annual = fmt.money(s.annual_median, top_coded="annual_median" in s.top_coded)
        hourly = fmt.money(s.hourly_median, cents=True,
                           top_coded="hourly_median" in s.top_coded)
        self.state_value.setText(
            self.tr("{annual} a year ({hourly} an hour); {count} workers in {state}").format(
                annual=annual, hourly=hourly, count=fmt.count(s.employment), state=name))
