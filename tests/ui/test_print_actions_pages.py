"""Each printable page says what it prints (``printout(context)``); the window only asks the
page shown. Checked through the window's own commands, down to the PDF's text."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from careerdesk.printouts import Printout
from careerdesk.ui.print_actions import Printable, PrintContext, PrintJob
from careerdesk.ui.print_options import PrintChoices
from tests.ui.test_bookmarks_view_window import make_window
from tests.ui.test_compare_view import FakeDialogs, pick

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils not installed")
CODES = ["43-6013.00", "29-1141.00"]


def pdf_text(path) -> str:
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(raw.split())


def context(window, state=None) -> PrintContext:
    return PrintContext(window.store, window.session.name, window.session.profile.is_guest,
                        state)


def everything(job: PrintJob, prepared_for: str | None = None) -> Printout:
    return job.factory(PrintChoices(tuple(key for key, _ in job.sections), "letter",
                                    prepared_for))


def test_the_profile_offers_its_sections_and_the_remembered_state(qtbot, store, tmp_path):
    from careerdesk.sections import PROFILE_KEYS, PROFILE_TITLES

    window = make_window(qtbot, store, tmp_path, "Sam")
    window.open_career(CODES[0])
    page = window.pages.currentWidget()
    assert page is window.profile and isinstance(page, Printable)
    job = page.printout(context(window, "Ohio"))
    assert job is not None and job.title == "Medical Secretaries and Administrative Assistants"
    assert job.sections == [(key, PROFILE_TITLES[key]) for key in PROFILE_KEYS]
    html = everything(job, "Jordan Lee").html
    assert "Medical Secretaries" in html and "Typical pay in Ohio" in html
    assert "Jordan Lee" in html
    # only the sections chosen
    pay_only = job.factory(PrintChoices(("pay",), "letter", None)).html
    assert "Typical pay a year" in pay_only and "Main tasks" not in pay_only


def test_the_comparison_offers_its_sections_and_what_it_shows(qtbot, store, tmp_path):
    from careerdesk.comparison import SECTION_KEYS

    window = make_window(qtbot, store, tmp_path, "Sam")
    pick(window, CODES)
    window.show_comparison(window.tray.codes())
    page = window.pages.currentWidget()
    assert page is window.compare_view and isinstance(page, Printable)
    job = page.printout(context(window))
    assert job.title == ("Medical Secretaries and Administrative Assistants vs "
                         "Registered Nurses")
    assert [key for key, _ in job.sections] == list(SECTION_KEYS)
    assert "Showing only the rows where the careers differ" not in everything(job).html
    page.only_differences.setChecked(True)  # what the page shows is what prints
    assert "Showing only the rows where the careers differ" in everything(job).html


def test_bookmarks_and_interests_offer_theirs(qtbot, store, tmp_path):
    window = make_window(qtbot, store, tmp_path, "Sam")
    for code in CODES:
        window.toggle_bookmark(code)
    window.session.set_note(CODES[1], "ask about night shifts")
    window.show_bookmarks()
    page = window.pages.currentWidget()
    assert isinstance(page, Printable)
    job = page.printout(context(window))
    assert job.title == "Bookmarks of Sam" and [k for k, _ in job.sections] == ["bookmarks"]
    html = everything(job).html
    assert "Registered Nurses" in html and "ask about night shifts" in html
    nurse = store.career("29-1141.00")  # each with its quick facts
    assert f"${nurse.wages.median_annual:,} a year · Bachelor" in html
    # the quiz's questions print nothing, its results do
    window.show_interests()
    assert not isinstance(window.pages.currentWidget(), Printable)
    assert not window.commands["pdf"].isEnabled()


def test_the_start_page_offers_nothing(qtbot, store, tmp_path):
    window = make_window(qtbot, store, tmp_path, "Sam")
    window.show_start_page()
    window._update_actions()
    assert not isinstance(window.pages.currentWidget(), Printable)
    assert not any(window.commands[name].isEnabled() for name in ("print", "preview", "pdf"))


class NoticePage(QLabel):
    """A page the window has never heard of, which can be printed."""

    def printout(self, context: PrintContext) -> PrintJob:
        def factory(choices: PrintChoices) -> Printout:
            def render(breaks: frozenset[str]) -> str:
                return (f"<h1>Notice for {context.owner}</h1>"
                        f"<p>Prepared for {choices.prepared_for}.</p>")

            return Printout("Notice", render, {}, False, "a footer line")

        return PrintJob("Notice", [("notice", "The notice")], factory)


@needs_poppler
def test_the_window_prints_whatever_the_page_offers(qtbot, store, tmp_path):
    target = tmp_path / "notice.pdf"
    dialogs = FakeDialogs(target)
    window = make_window(qtbot, store, tmp_path, "Sam", dialogs=dialogs)
    page = NoticePage("A notice")
    window.pages.addWidget(page)
    window.pages.setCurrentWidget(page)
    window._update_actions()
    assert window.commands["pdf"].isEnabled()
    window.commands["pdf"].trigger()
    assert target.exists(), dialogs.messages
    text = pdf_text(target)
    assert "Notice for Sam" in text and "Prepared for Jordan Lee." in text
    assert "a footer line" in text and "Page 1 of 1" in text
    # and a page that offers nothing prints nothing
    plain = QWidget()
    window.pages.addWidget(plain)
    window.pages.setCurrentWidget(plain)
    target.unlink()
    window.commands["pdf"].trigger()
    assert not target.exists()
    assert "to print it" in window.statusBar().currentMessage()


@needs_poppler
def test_my_interests_prints_from_its_page(qtbot, store, tmp_path):
    from careerdesk import interests

    target = tmp_path / "interests.pdf"
    dialogs = FakeDialogs(target)
    window = make_window(qtbot, store, tmp_path, "Sam", dialogs=dialogs)
    answers = {q.id: "like" if q.area in ("Realistic", "Social") else "dislike"
               for q in interests.questions(store)}
    window.session.data.save_interest_answers(window.session.profile, answers, completed=True)
    window.show_interests()
    page = window.pages.currentWidget()
    assert page is window.interests.results and isinstance(page, Printable)
    assert window.commands["pdf"].isEnabled()
    window.commands["pdf"].trigger()
    text = pdf_text(target)
    assert "My interests" in text and "The interest quiz of Sam." in text
    assert "Page 1 of 1" in text
