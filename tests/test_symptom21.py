"""Symptom, round 21 (helper `symptom21`): five more wordings decide apart from the learned model
(extractors/agreed.py): students said to be in no course at all, whoever says it, are
`not_enrolled`; the login page refusing the password (site, CAS or mobile app) is
`cannot_login`; a student asking to be added, or without a course the others of their group or
year have, is `not_enrolled`; staff comparing a course's « effectifs » are missing students
(`not_enrolled`). Texts written for these tests (not copied from a corpus mail)."""
from __future__ import annotations

import pytest

from tests.test_symptom19 import mail
from triage import extractors
from triage.extractors import agreed, learned

TEACHER = "helene.morin@unicaen.fr"
STUDENT = "lea.bertin@etu.unicaen.fr"
GUEST = "r.hansen@gmail.com"


@pytest.mark.parametrize("body, sender, symptom_, words", [
    # the login page refusing the password, wherever: the mobile app, the CAS, in English
    ("Bonjour, sur l'application Moodle de ma tablette j'ai « identifiant invalide » depuis hier, "
     "le site marche.", STUDENT, "cannot_login", ["identifiant invalide"]),
    ("Bonjour, la page du CAS me répond mot de passe incorrect alors que je viens de le changer.",
     TEACHER, "cannot_login", ["mot de passe incorrect"]),
    ("Hello, my password doesn't work on the app since Monday.", STUDENT, "cannot_login",
     ["password doesn't work"]),
    # a student asking to be added, with no other word
    ("ECO-204 : pouvez-vous m'ajouter svp", STUDENT, "not_enrolled", ["pouvez-vous m'ajouter"]),
    # a student without what the rest of the group has
    ("Bonjour, le cours de chimie n'apparaît pas pour moi alors que tout mon TD l'a depuis "
     "lundi.", STUDENT, "not_enrolled", ["alors que tout mon TD l'a"]),
    ("Bonjour, je suis en TD 3 et je n'ai pas accès au cours alors que mes amis du même groupe "
     "l'ont.", STUDENT, "not_enrolled", ["alors que mes amis du même groupe l'ont"]),
    # students said by staff to be in no course at all
    ("Bonjour, les 4 étudiants ci-dessous ne sont dans aucun espace Ecampus : 25001234, "
     "25001876.", TEACHER, "not_enrolled", ["sont dans aucun espace"]),
    ("Bonjour, les alternants ne sont inscrits à aucune ressource du S2.", TEACHER,
     "not_enrolled", ["sont inscrits à aucune ressource"]),
    # staff comparing head counts
    ("Bonjour, effectifs du cours GEO-310 : 12 sur Ecampus, 64 inscrits dans Apogée.", TEACHER,
     "not_enrolled", ["effectifs"]),
])
def test_the_wording_decides_before_the_model(body, sender, symptom_, words):
    reading = extractors.symptom_by(learned.load(), extractors.mail_text(mail(body, sender=sender)))
    assert (reading.symptom, reading.score, reading.evidence) == (symptom_, 1.0, words)


@pytest.mark.parametrize("body, sender", [
    # a visiting lecturer asking to be added: their own access, not a student's enrolment
    ("Bonjour, pourriez-vous m'ajouter comme enseignant au cours de droit fiscal ?", GUEST),
    # others having it while the student's dashboard does not show it: the dashboard's question
    ("Bonjour, le cours d'anglais n'est pas sur mon tableau de bord alors que mes camarades l'ont.",
     STUDENT),
    # a grade the others have: no enrolment
    ("Bonjour, ma note de TP n'apparaît pas alors que les autres l'ont.", STUDENT),
    # the student in no group while the friends are: a group question, left to the model
    ("Bonjour, je suis dans aucun groupe alors que mes copines du groupe 2 y sont.", STUDENT),
    # a student's « effectif » and a table's column are no head counts
    ("Bonjour, j'ai droit à une salle à effectif réduit pour les examens.", STUDENT),
    ("Bonjour, voici mes cours : code, intitulé, effectif prévu. Le cours GEO-310 manque.",
     TEACHER),
    # a course in no category is no student in no course
    ("Bonjour, le cours de chimie n'est rangé dans aucune catégorie.", TEACHER),
    # a password that works is no login refusal
    ("Bonjour, mon mot de passe marche bien mais le cours de chimie n'est pas dans ma liste.",
     STUDENT),
])
def test_other_wordings_are_left_to_the_model(body, sender):
    text = extractors.mail_text(mail(body, sender=sender))
    assert agreed.agreed(text.own, text.role) is None
