"""Pay & outlook: national wages, a remembered state, employment, growth and openings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from careerdesk import formatting as fmt
from careerdesk.model import Career, Wages
from careerdesk.ui.settings import WAGE_STATE, Settings
from careerdesk.ui.tabs.base import ProfileTab, esc

PERCENTILES = [("p10", "10th percentile"), ("p25", "25th percentile"), ("median", "Median"),
               ("p75", "75th percentile"), ("p90", "90th percentile")]


def _money(wages: Wages, period: str, key: str) -> str:
    values = wages.annual if period == "annual" else wages.hourly
    return fmt.money(values.get(key), top_coded=f"{period}_{key}" in wages.top_coded,
                     cents=period == "hourly")


class PayTab(ProfileTab):
    """Wages from OEWS May 2025 and the BLS 2024-34 outlook."""

    title = "Pay & outlook"
    tab_label = "Pay & outlook"
    sections = ("wages", "outlook")

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.state_box: QComboBox | None = None
        self.state_value: QLabel | None = None

    def populate(self, career: Career) -> None:
        w = career.wages
        self.add_heading("Pay across the United States (May 2025)")
        if career.soc.shared:
            self.add_note(f"These figures are for the wider occupation {career.soc.code} "
                          f"{career.soc.title}, which includes this career.")
        if w is None:
            self.add_note("BLS publishes no wage figures for this career: not available.")
        else:
            rows = "".join(
                f"<tr><td>{label}</td><td align='right'>{esc(_money(w, 'annual', key))}</td>"
                f"<td align='right'>{esc(_money(w, 'hourly', key))}</td></tr>"
                for key, label in PERCENTILES)
            self.add_text(
                f"<p>Median pay: <b>{esc(_money(w, 'annual', 'median'))} a year</b> "
                f"({esc(_money(w, 'hourly', 'median'))} an hour). Half of the workers earn "
                "more than the median and half earn less.</p>"
                "<table cellspacing='0' cellpadding='4'><tr><th align='left'>Percentile</th>"
                "<th align='right'>Per year</th><th align='right'>Per hour</th></tr>"
                f"{rows}</table>"
                f"<p>Workers employed: {esc(fmt.count(w.employment))}</p>",
                name="National wages")
            self.add_note("The 10th percentile means 10% of workers earn less than this; "
                          "the 90th, that 10% earn more.")
            self._state_picker(w)
        self._outlook(career)

    def _state_picker(self, wages: Wages) -> None:
        self.add_heading("Pay in your state", level=3)
        holder = QWidget()
        form = QFormLayout(holder)
        box = QComboBox()
        box.setAccessibleName("State")
        box.addItem("Choose a state…", "")
        for name in sorted(wages.by_state):
            box.addItem(name, name)
        value = QLabel()
        value.setWordWrap(True)
        value.setAccessibleName("State median wage")
        form.addRow("&State:", box)
        form.addRow("Median pay:", value)
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
                f"Not available: BLS publishes no figure for {remembered}."
                if remembered else "Pick a state to see its median pay.")
            return
        s = wages.by_state[name]
        annual = fmt.money(s.annual_median, top_coded="annual_median" in s.top_coded)
        hourly = fmt.money(s.hourly_median, cents=True,
                           top_coded="hourly_median" in s.top_coded)
        self.state_value.setText(f"{annual} a year ({hourly} an hour); "
                                 f"{fmt.count(s.employment)} workers in {name}")

    def _outlook(self, career: Career) -> None:
        o = career.outlook
        self.add_heading("Job outlook, 2024–2034 (BLS)")
        if o is None:
            self.add_note("BLS publishes no projection for this career: not available.")
            return
        self.add_text(
            "<table cellspacing='0' cellpadding='4'>"
            f"<tr><td>Jobs in 2024</td><td align='right'>{esc(fmt.count(o.employment_2024))}"
            "</td></tr>"
            f"<tr><td>Jobs expected in 2034</td><td align='right'>"
            f"{esc(fmt.count(o.employment_2034))}</td></tr>"
            f"<tr><td>Change</td><td align='right'>{esc(fmt.signed_percent(o.percent_change))}"
            "</td></tr>"
            f"<tr><td>Openings each year</td><td align='right'>"
            f"{esc(fmt.count(o.annual_openings))}</td></tr></table>"
            f"<p>Outlook: <b>{esc(o.category or fmt.NOT_AVAILABLE)}</b></p>",
            name="Outlook")
        self.add_note("Openings include jobs left by workers who retire or change careers, "
                      "so there can be openings even when the number of jobs shrinks.")
        self.add_note(o.bands)
