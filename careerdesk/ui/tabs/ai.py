"""AI assessment: three measures as meters with plain words, the outlook, the label and its
meaning, and how each is worked out."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from careerdesk import formatting as fmt
from careerdesk.model import AiAssessment, AiLabel, Career
from careerdesk.ui.tabs.base import ProfileTab, esc
from careerdesk.widgets.meter import Meter

LEVEL_WORDS = {"low": "Low", "medium": "Medium", "high": "High", "moderate": "Moderate"}


def exposure_words(ai: AiAssessment) -> str:
    if ai.exposure is None:
        return fmt.NOT_AVAILABLE
    return (f"{LEVEL_WORDS.get(ai.exposure_level or '', '')}: about {ai.exposure * 100:.0f}% of "
            f"the tasks; more exposed than {ai.exposure_percentile}% of careers")


def automation_words(ai: AiAssessment) -> str:
    if ai.automation_index is None:
        return fmt.NOT_AVAILABLE
    return f"{ai.replace_vs_assist} ({ai.automation_index:.2f} on a 0–1 scale, " \
           f"from {ai.tasks_rated} rated tasks)"


def human_words(ai: AiAssessment) -> str:
    if ai.human_index is None:
        return "Not available: O*NET has not rated this career's skills and abilities."
    return f"{LEVEL_WORDS.get(ai.human_level or '', '')}: {ai.human_index:.0f} out of 100"


class AiTab(ProfileTab):
    """How exposed the work is to current AI, and what that means."""

    title = "AI assessment"
    tab_label = "AI"
    sections = ("ai",)

    def __init__(self, labels: list[AiLabel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rows = "".join(f"<tr><td>{esc(label.label)}</td><td>{esc(label.sentence)}</td></tr>"
                       for label in labels)
        self.labels_table = ("<p><b>All labels</b> (exposure level + BLS outlook)</p>"
                             f"<table cellspacing='4'>{rows}</table>") if labels else ""

    def populate(self, career: Career) -> None:
        ai = career.ai
        if ai is None:
            self.add_note("An AI assessment is not available for this career, because the "
                          "research it rests on rates only careers with O*NET tasks.")
            return
        if ai.label:
            self.add_heading(ai.label.label)
            self.add_text(f"<p>{esc(ai.label.sentence)}</p>", name="What the label means")
        self.exposure = Meter("How much of the work current AI can do or speed up",
                              low_label="little", high_label="most")
        self.exposure.set_value(ai.exposure, exposure_words(ai))
        self.automation = Meter("Does AI replace or assist the worker?",
                                low_label="assists", high_label="replaces")
        self.automation.set_value(ai.automation_index, automation_words(ai))
        self.human = Meter("How much the job relies on distinctly human strengths",
                           low_label="little", high_label="a lot")
        self.human.set_value(None if ai.human_index is None else ai.human_index / 100,
                             human_words(ai))
        for meter in (self.exposure, self.automation, self.human):
            self.add_widget(meter)
        outlook = career.outlook
        self.add_text(
            "<p><b>Job outlook (BLS 2024–34):</b> "
            + (esc(f"{outlook.category} ({fmt.signed_percent(outlook.percent_change)})")
               if outlook and outlook.category else "not available") + "</p>",
            name="Outlook")
        if ai.applicability is not None or ai.conversation_share is not None:
            context = []
            if ai.applicability is not None:
                context.append(f"AI applicability score (Microsoft Research): "
                               f"{ai.applicability:.2f} of 1")
            if ai.conversation_share is not None:
                context.append(f"share of sampled Claude.ai conversations about its tasks: "
                               f"{ai.conversation_share:.2f}%")
            self.add_text("<p><small>For context — " + esc("; ".join(context))
                          + ".</small></p>", name="Context")
        self.add_heading("How this is worked out", level=3)
        for key, title in [("exposure", "Exposure"), ("replace_vs_assist", "Replace or assist"),
                           ("human_capabilities", "Human strengths"), ("label", "The label"),
                           ("context", "Context")]:
            if key in ai.methods:
                self.add_text(f"<p><b>{title}.</b> {esc(ai.methods[key])}</p>", name=title)
        if self.labels_table:
            self.add_text(self.labels_table, name="Label table")
