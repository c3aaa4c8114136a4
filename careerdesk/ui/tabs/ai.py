"""AI assessment: the label and its meaning (the profile's "ai" section,
``careerdesk.sections``), three measures as meters with plain words, the outlook, and how each
is worked out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from careerdesk import formatting as fmt
from careerdesk import sections, wording
from careerdesk.model import AiAssessment, AiLabel, Career
from careerdesk.ui.i18n import QT_TRANSLATE_NOOP
from careerdesk.ui.tabs.base import ProfileTab, esc
from careerdesk.widgets.meter import Meter

LEVEL_WORDS = {"low": QT_TRANSLATE_NOOP("AiTab", "Low"),
               "medium": QT_TRANSLATE_NOOP("AiTab", "Medium"),
               "high": QT_TRANSLATE_NOOP("AiTab", "High"),
               "moderate": QT_TRANSLATE_NOOP("AiTab", "Moderate")}


def level_word(level: str | None) -> str:
    """The word for a level key ("Low", "Medium", ...), translated; "" for none."""
    word = LEVEL_WORDS.get(level or "")
    return QCoreApplication.translate("AiTab", word) if word else ""


def exposure_words(ai: AiAssessment) -> str:
    if ai.exposure is None:
        return fmt.not_available()
    return QCoreApplication.translate(
        "AiTab", "{level}: about {share}% of the tasks; more exposed than {percentile}% of "
        "careers").format(level=level_word(ai.exposure_level), share=f"{ai.exposure * 100:.0f}",
                          percentile=ai.exposure_percentile)


def automation_words(ai: AiAssessment) -> str:
    if ai.automation_index is None:
        return fmt.not_available()
    return QCoreApplication.translate(
        "AiTab", "{answer} ({index} on a 0–1 scale, from {tasks} rated tasks)").format(
        answer=ai.replace_vs_assist, index=f"{ai.automation_index:.2f}", tasks=ai.tasks_rated)


def human_words(ai: AiAssessment) -> str:
    if ai.human_index is None:
        return QCoreApplication.translate(
            "AiTab", "Not available: O*NET has not rated this career's skills and abilities.")
    return QCoreApplication.translate("AiTab", "{level}: {index} out of 100").format(
        level=level_word(ai.human_level), index=f"{ai.human_index:.0f}")


class AiTab(ProfileTab):
    """How exposed the work is to current AI, and what that means."""

    title = QT_TRANSLATE_NOOP("AiTab", "AI assessment")
    tab_label = QT_TRANSLATE_NOOP("AiTab", "AI")
    section_keys = ("ai",)

    def __init__(self, labels: list[AiLabel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rows = "".join(f"<tr><td>{esc(label.label)}</td><td>{esc(label.sentence)}</td></tr>"
                       for label in labels)
        self.labels_table = (self.tr("<p><b>All labels</b> (exposure level + BLS outlook)</p>")
                             + f"<table cellspacing='4'>{rows}</table>") if labels else ""

    def populate(self, career: Career) -> None:
        for section in self.tab_sections(career):
            self.add_section(section, heading=False)  # the label, or why there is none
        ai = career.ai
        if ai is None:
            return
        exposure, replace, human = (wording.ai_measure(key) for key in
                                    ("exposure", "replace_vs_assist", "human_capabilities"))
        self.exposure = Meter(exposure.label, low_label=self.tr("little"),
                              high_label=self.tr("most"))
        self.exposure.set_value(ai.exposure, exposure_words(ai))
        self.automation = Meter(replace.label, low_label=self.tr("helps"),
                                high_label=self.tr("takes over"))
        self.automation.set_value(ai.automation_index, automation_words(ai))
        self.human = Meter(human.label, low_label=self.tr("little"), high_label=self.tr("a lot"))
        self.human.set_value(None if ai.human_index is None else ai.human_index / 100,
                             human_words(ai))
        for meter, plain in ((self.exposure, exposure), (self.automation, replace),
                             (self.human, human)):
            self.add_widget(meter)
            self.add_note(plain.explanation)  # what it means, under the meter
        outlook = career.outlook
        growth = wording.outlook(outlook.category, outlook.percent_change) \
            if outlook and outlook.category else None
        self.add_text(
            self.tr("<p><b>Job growth to 2034 (BLS):</b> {outlook}</p>").format(
                outlook=esc(growth.label) if growth else self.tr("not available")))
        if growth is not None:
            self.add_note(growth.explanation)
        self.add_heading(self.tr("For context"), level=3)
        if ai.applicability is not None:
            used = wording.ai_measure("applicability")
            self.add_text("<p>" + esc(self.tr("{question}: {score} on a scale from 0 to 1")
                                      .format(question=used.label,
                                              score=f"{ai.applicability:.2f}"))
                          + f"<br><small>{esc(used.explanation)}</small></p>")
        chats = wording.ai_measure("conversation_share")
        self.add_text("<p>" + esc(self.tr("{question}: {share}").format(
            question=chats.label, share=sections.conversation_share_words(ai)))
            + f"<br><small>{esc(chats.explanation)}</small></p>")
        self.add_heading(self.tr("How this is worked out"), level=3)
        for key, title in [("exposure", self.tr("Exposure")),
                           ("replace_vs_assist", self.tr("Replace or assist")),
                           ("human_capabilities", self.tr("Human strengths")),
                           ("label", self.tr("The label")),
                           ("context", self.tr("Context")),
                           ("conversation_share", self.tr("Share of AI chats"))]:
            if key in ai.methods:
                self.add_text(f"<p><b>{esc(title)}.</b> {esc(ai.methods[key])}</p>")
        if self.labels_table:
            self.add_text(self.labels_table)
