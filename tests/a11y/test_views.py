"""Other views as a screen reader reads them, through AT-SPI: the quiz says the activity to
rate and where the student is, and the answer keys move it on."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.a11y.desktop import ROOT


def questions() -> list[dict]:
    listed = subprocess.run([sys.executable, "-m", "careerdesk", "interests", "questions",
                             "--json"], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(listed.stdout)


def test_the_quiz_reads_the_activity_and_where_you_are(reader):
    asked = questions()
    reader.keys("ctrl+i")
    quiz = reader.wait_until("the quiz", lambda: reader.find(name="Interest quiz"))[0]
    first, second = asked[0]["text"], asked[1]["text"]
    reader.wait_until("the first activity", lambda: reader.find("label", first, within=quiz))
    assert reader.find("label", f"Activity 1 of {len(asked)}", within=quiz)
    reader.keys("l")  # like
    reader.wait_until("the second activity", lambda: reader.find("label", second,
                                                                 within=quiz))
    assert reader.find("label", f"Activity 2 of {len(asked)}", within=quiz)
    assert not reader.find("label", "Activity", within=quiz)  # no fixed name in its place
