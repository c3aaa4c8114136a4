"""The My data commands: the export's suggested file name stays in the home folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from careerdesk.ui.user_data_commands import suggested_name


@pytest.mark.parametrize(("person", "name"), [
    ("Ana", "careerdesk-Ana.json"),
    ("../../etc/cron.d/x", "careerdesk-etc-cron.d-x.json"),
    ("..", "careerdesk-profile.json"),
    ('C:\\Users\\a*b?"<>|', "careerdesk-C-Users-a-b.json"),
    ("José María", "careerdesk-José María.json"),
])
def test_the_suggested_export_name_is_one_file_in_the_home_folder(person, name):
    assert suggested_name(person) == name
    suggested = Path.home() / suggested_name(person)
    assert suggested.parent == Path.home() and not suggested.name.startswith(".")
