"""A candidate code's score by its context (extractors/code_context.py), seen through the whole
reader without a catalogue."""
from __future__ import annotations

from triage.extractors import read
from triage.model import ParsedMail


def codes(body: str) -> list[str]:
    parsed = ParsedMail(message_id="t", subject="Ecampus", from_addr="jean.dupont@unicaen.fr",
                        text=body, new_text=body, headers={})
    return read(parsed).entities.apogee_codes


def test_a_cohort_names_its_etape():
    """Moodle's cohort synchronisation enrols an étape: the token a cohort names is a code,
    in French and in English, in small letters too; a number of students after it is not."""
    assert codes("Les étudiants de la cohorte psy2l n'apparaissent pas dans mon cours.") == [
        "PSY2L"]
    assert codes("Hello,\nwe added the cohort for mbio2 to our course last week.") == ["MBIO2"]
    assert codes("Hello,\nwe added the cohort of 35 students to our course last week.") == []
