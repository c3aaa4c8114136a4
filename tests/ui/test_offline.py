"""Nothing leaves the machine: the whole app and the command line, with every network call
made to fail at the socket level, never try to connect."""

from __future__ import annotations

import socket

import pytest

from careerdesk.cli import main

CODES = ["43-6013.00", "29-1141.00", "47-2111.00"]


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args[1:2]}")
            raise OSError("network access is blocked in this test")
        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def test_the_whole_app_stays_offline(qtbot, store, tmp_path, no_network):
    from careerdesk.ui.main_window import MainWindow
    from careerdesk.ui.user_session import UserSession
    from careerdesk.userdata import open_user_data
    from tests.ui.test_bookmarks_view_window import Answers

    data = open_user_data(tmp_path / "data")
    session = UserSession(data, data.ensure_profile("Sam"))
    dialogs = Answers(path=tmp_path / "export.json", text="Offline")
    window = MainWindow(store, dialogs=dialogs, session=session)
    qtbot.addWidget(window)
    window.show()
    for query in ("medcal secretery", "RN", "vet tech", ""):
        window.search.box.setText(query)
        window.search.run_search()
    for code in CODES:
        window.open_career(code)
        for index in range(window.profile.tabs.count()):
            window.profile.show_tab(index)
        window.toggle_bookmark(code)
        window.add_to_comparison(code)
    window.show_comparison(window.tray.codes())
    window.commands["save_comparison"].trigger()
    from careerdesk.printouts import comparison_printout
    from careerdesk.ui.print_document import write_pdf

    write_pdf(comparison_printout(window.compare_view.comparison, store.meta),
              tmp_path / "handout.pdf")
    window.show_bookmarks()
    window.commands["export"].trigger()
    window.commands["import"].trigger()
    window.close()
    assert (tmp_path / "handout.pdf").exists() and (tmp_path / "export.json").exists()
    assert no_network == []


def test_the_command_line_stays_offline(tmp_path, capsys, no_network):
    assert main(["search", "--json", "electrician"]) == 0
    assert main(["show", "43-6013.00", "--json"]) == 0
    assert main(["list"]) == 0
    assert main(["compare", *CODES, "--pdf", str(tmp_path / "c.pdf")]) == 0
    data = ["--data-dir", str(tmp_path / "data")]
    assert main(["bookmarks", "add", "43-6013.00", "--profile", "sam", *data]) == 0
    assert main(["bookmarks", "export", str(tmp_path / "b.json"), "--profile", "sam",
                 *data]) == 0
    capsys.readouterr()
    assert no_network == []


def test_the_guard_sees_a_connection(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80), timeout=1)
    assert no_network


def test_public_pages_open_only_when_clicked(qtbot, window, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from careerdesk.ui.tabs.related import RelatedTab

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    window.open_career("43-6013.00")
    related = window.profile.page(RelatedTab)
    window.profile.show_tab(window.profile.pages.index(related))
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() for label in related.findChildren(QLabel))
    assert "needs the internet" in texts and "My Next Move" in related.web_links.text()
    assert opened == []  # nothing opens by itself
    related.web_links.linkActivated.emit(
        "https://www.mynextmove.org/profile/summary/43-6013.00")
    assert opened == ["https://www.mynextmove.org/profile/summary/43-6013.00"]


def test_the_handbook_page_is_the_one_bls_links_and_only_where_it_links_one(window, store):
    from careerdesk.links import public_pages
    from careerdesk.ui.tabs.related import RelatedTab

    handbook = ("https://www.bls.gov/ooh/office-and-administrative-support/"
                "secretaries-and-administrative-assistants.htm")
    window.open_career("43-6013.00")
    related = window.profile.page(RelatedTab)
    window.profile.show_tab(window.profile.pages.index(related))
    assert f"href='{handbook}'" in related.web_links.text()
    assert "Occupational Outlook Handbook (BLS)" in related.web_links.text()
    labels = {label for career in store.careers()[:400]
              for label, _ in public_pages(store.career(career.code))}
    assert "Occupational Outlook Handbook (BLS)" in labels
    without = next(c.code for c in store.careers()
                   if (o := store.career(c.code).outlook) is not None and not o.handbook_url)
    assert "Occupational Outlook Handbook (BLS)" not in {
        label for label, _ in public_pages(store.career(without))}


def test_the_pay_and_outlook_tab_offers_the_handbook_page_only_when_bls_links_one(
        window, store, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QLabel

    from careerdesk.ui.tabs.pay import PayTab

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))

    def handbook_links(code: str) -> list[QLabel]:
        window.open_career(code)
        pay = window.profile.page(PayTab)
        window.profile.show_tab(window.profile.pages.index(pay))
        return [label for label in pay.findChildren(QLabel)
                if "Occupational Outlook Handbook" in label.text() and "<a " in label.text()
                and label.isVisible()]  # the bands' method note names the Handbook too

    [link] = handbook_links("29-1141.00")
    assert "https://www.bls.gov/ooh/healthcare/registered-nurses.htm" in link.text()
    assert "needs the internet" in link.text()
    assert opened == []
    link.linkActivated.emit("https://www.bls.gov/ooh/healthcare/registered-nurses.htm")
    assert opened == ["https://www.bls.gov/ooh/healthcare/registered-nurses.htm"]
    without = next(c.code for c in store.careers()
                   if (o := store.career(c.code).outlook) is not None and not o.handbook_url)
    assert handbook_links(without) == []
