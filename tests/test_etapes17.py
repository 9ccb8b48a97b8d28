"""Round 17 (helper `etapes17`): a number the writer takes back is left out, the one meant
counts once; a category's or a quoted cohort's name, a tutor's cohort and a programme's name
inside a cited code are nobody's étape said. Catalogues and mails written for these tests."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.extractors.disowned import disowned_numbers
from triage.model import ParsedMail

ETAPES = {"LSOC1": "Licence Sociologie 1re année", "LSOC2": "Licence Sociologie 2e année",
          "SANTE1": "SANTE Parcours Accès Spécifique Santé"}
GROUPS = {"SANTE-G04": "Groupe TD 04 santé"}
ELEMENTS = {"SOC1-110": "Enquête de terrain"}
CATALOGUE = Catalogue.of([*ETAPES, *GROUPS, *ELEMENTS], {**ETAPES, **GROUPS, **ELEMENTS},
                         ETAPES)


def entities(body: str, catalogue: Catalogue | None = CATALOGUE):
    mail = ParsedMail(message_id="t", subject="Ecampus", from_addr="x.y@gmail.com",
                      text=body, new_text=body)
    return read(mail, catalogue=catalogue).entities


def test_a_number_corrected_on_the_spot_counts_once_corrected():
    for body in ("mon num c'est 21907744 euh non pardon 21907747, je vois pas mes cours",
                 "Mon numéro est 21907747 (et non 21907744 comme sur ma carte).",
                 "His student number is 21907747 (not 21907744 as printed on his card)."):
        assert entities(body, None).student_numbers == ["21907747"], body


def test_a_number_said_not_to_be_mine_is_left_out_quoted_too():
    body = ("Le numéro 21907744 que vous m'indiquez n'est pas le mien, c'est 21907747.\n\n"
            "> Nous avons vérifié le numéro 21907744.")
    assert entities(body, None).student_numbers == ["21907747"]


def test_two_numbers_given_side_by_side_both_count():
    # nothing takes either back: « non » that is no correction, two students listed
    assert disowned_numbers("les étudiants 21907744 et 21907747 non inscrits") == set()
    assert entities("Etudiants : 21907744, 21907747 (non inscrits)", None).student_numbers == [
        "21907744", "21907747"]


def test_a_category_or_a_quoted_cohort_is_nobodys_etape():
    for body in ("Le cours SOC1-110 apparaît dans la catégorie Sociologie L2 depuis lundi.",
                 "Pouvez-vous ajouter la cohorte « Licence Sociologie 2e année » à mon cours ?"):
        assert entities(body).etapes_said == [], body
    # the students the mail is about still say their étape
    assert entities("Mes étudiants de L2 sociologie ne voient pas le cours SOC1-110."
                    ).etapes_said == ["LSOC2"]


def test_a_tutors_cohort_is_not_theirs_a_guardians_ward_is():
    assert entities("Je suis tutrice pour les L1 sociologie et je n'ai pas accès.").etapes_said \
        == []
    assert entities("Je suis le tuteur de Paul, étudiant en L1 sociologie.").etapes_said == [
        "LSOC1"]


def test_a_programme_named_inside_a_cited_group_code_is_the_code():
    read_ = entities("Je suis dans le groupe SANTE-G04 sur ecampus.")
    assert read_.apogee_codes == ["SANTE-G04"] and read_.etapes_said == []
    # named on its own, the programme is still said
    assert entities("Bonjour, je suis en SANTE et je ne vois pas le cours SOC1-110.").etapes_said \
        == ["SANTE1"]
