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


def test_a_room_listed_after_a_named_amphitheatre_or_a_day_and_hour():
    """Amphitheatres bear a person's name (« Amphi Marie Curie ou SC-204 ») and a timetable
    lists a day, an hour, then the room (« (mardi 10h, SD-118) »): the token is a room; a code
    cited beside them stays a code."""
    assert codes("L'examen de HBIO204 a lieu où ? Amphi Marie Curie ou SC-204 ?") == ["HBIO204"]
    assert codes("Mes groupes de HBIO204 :\n- TD 2 (mardi 10h, SD-118)\n- TD 5 (jeudi 14h, SD-120)"
                 ) == ["HBIO204"]


def test_a_product_after_its_vendor_or_its_package():
    """A reference after a brand, a consumable or a package (« toner HP 2KW54A », « notre
    forfait WEB-PLUS-300 », « package SEO-MAX-200 ») is a product's, not a course's."""
    assert codes("Offre spéciale sur le toner HP 2KW54A pour vos services.") == []
    assert codes("Our package SEO-MAX-200 gets you ranked in weeks.") == []
    assert codes("Passez à notre forfait WEB-PLUS-300 dès la rentrée.") == []
