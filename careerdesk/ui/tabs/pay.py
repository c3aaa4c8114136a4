"""Pay & outlook: national wages, a remembered state, employment, growth and openings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from careerdesk import formatting as fmt
from careerdesk.model import Career, Wages
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.ui.settings import WAGE_STATE, Settings
from careerdesk.ui.tabs.base import ProfileTab, esc

PERCENTILES = [("p10", QT_TRANSLATE_NOOP("PayTab", "10th percentile")),
               ("p25", QT_TRANSLATE_NOOP("PayTab", "25th percentile")),
               ("median", QT_TRANSLATE_NOOP("PayTab", "Median")),
               ("p75", QT_TRANSLATE_NOOP("PayTab", "75th percentile")),
               ("p90", QT_TRANSLATE_NOOP("PayTab", "90th percentile"))]


def _money(wages: Wages, period: str, key: str) -> str:
    values = wages.annual if period == "annual" else wages.hourly
    return fmt.money(values.get(key), top_coded=f"{period}_{key}" in wages.top_coded,
                     cents=period == "hourly")


class PayTab(ProfileTab):
    """Wages from OEWS May 2025 and the BLS 2024-34 outlook."""

    title = QT_TRANSLATE_NOOP("PayTab", "Pay & outlook")
    tab_label = QT_TRANSLATE_NOOP("PayTab", "Pay & outlook")
    sections = ("wages", "outlook")

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.state_box: QComboBox | None = None
        self.state_value: QLabel | None = None

    def populate(self, career: Career) -> None:
        w = career.wages
        self.add_heading(self.tr("Pay across the United States (May 2025)"))
        if career.soc.shared:
            self.add_note(self.tr("These figures are for the wider occupation {code} {title}, "
                                  "which includes this career.").format(
                code=career.soc.code, title=career.soc.title))
        if w is None:
            self.add_note(self.tr("BLS publishes no wage figures for this career: "
                                  "not available."))
        else:
            rows = "".join(
                f"<tr><td>{esc(self.tr(label))}</td>"
                f"<td align='right'>{esc(_money(w, 'annual', key))}</td>"
                f"<td align='right'>{esc(_money(w, 'hourly', key))}</td></tr>"
                for key, label in PERCENTILES)
            median = self.tr(
                "<p>Median pay: <b>{annual} a year</b> ({hourly} an hour). Half of the workers "
                "earn more than the median and half earn less.</p>").format(
                annual=esc(_money(w, 'annual', 'median')),
                hourly=esc(_money(w, 'hourly', 'median')))
            self.add_text(
                median
                + "<table cellspacing='0' cellpadding='4'><tr><th align='left'>"
                + esc(self.tr("Percentile")) + "</th><th align='right'>"
                + esc(self.tr("Per year")) + "</th><th align='right'>"
                + esc(self.tr("Per hour")) + "</th></tr>"
                + f"{rows}</table><p>"
                + esc(self.tr("Workers employed: {count}").format(count=fmt.count(w.employment)))
                + "</p>",
                name=self.tr("National wages"))
            self.add_note(self.tr("The 10th percentile means 10% of workers earn less than "
                                  "this; the 90th, that 10% earn more."))
            self._state_picker(w)
        self._outlook(career)

    def _state_picker(self, wages: Wages) -> None:
        self.add_heading(self.tr("Pay in your state"), level=3)
        holder = QWidget()
        form = QFormLayout(holder)
        box = QComboBox()
        box.setAccessibleName(self.tr("State"))
        box.setAccessibleDescription(self.tr(
            "Choose a state to see its median pay for this career; it is remembered"))
        box.addItem(self.tr("Choose a state…"), "")
        for name in sorted(wages.by_state):
            box.addItem(name, name)
        value = QLabel()
        value.setWordWrap(True)
        value.setAccessibleName(self.tr("State median wage"))
        form.addRow(self.tr("&State:"), box)
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

    def _outlook(self, career: Career) -> None:
        o = career.outlook
        self.add_heading(self.tr("Job outlook, 2024–2034 (BLS)"))
        if o is None:
            self.add_note(self.tr("BLS publishes no projection for this career: not available."))
            return
        rows = [(self.tr("Jobs in 2024"), fmt.count(o.employment_2024)),
                (self.tr("Jobs expected in 2034"), fmt.count(o.employment_2034)),
                (self.tr("Change"), fmt.signed_percent(o.percent_change)),
                (self.tr("Openings each year"), fmt.count(o.annual_openings))]
        self.add_text(
            "<table cellspacing='0' cellpadding='4'>"
            + "".join(f"<tr><td>{esc(label)}</td><td align='right'>{esc(value)}</td></tr>"
                      for label, value in rows)
            + "</table><p>"
            + self.tr("Outlook: <b>{category}</b>").format(
                category=esc(o.category or fmt.not_available()))
            + "</p>",
            name=self.tr("Outlook"))
        self.add_note(self.tr("Openings include jobs left by workers who retire or change "
                              "careers, so there can be openings even when the number of jobs "
                              "shrinks."))
        self.add_note(o.bands)
        if o.handbook_url:
            self.add_web_links(
                self.tr("More about this kind of work and its outlook: <a href='{url}'>"
                        "Occupational Outlook Handbook</a> (BLS; opens in your web browser "
                        "and needs the internet).").format(url=esc(o.handbook_url)),
                name=self.tr("Occupational Outlook Handbook page (needs the internet)"))
