"""Symptom, round 19 (helper `symptom19`): three more wordings decide apart from the learned model
(extractors/agreed.py): a group said to be empty is `wrong_group` (the writers' majority),
Moodle's own database error message, pasted or forwarded, is `database_error`, and a course
reached by its link or the course search while missing from the list is
`course_not_on_dashboard`. Texts written for these tests (not copied from a corpus mail)."""
from __future__ import annotations

import pytest

from triage import extractors
from triage.extractors import agreed, learned
from triage.mail.parse import parse_mail
from triage.model import ParsedMail

TEACHER = "marc.dubois@unicaen.fr"
STUDENT = "lina.perrin@etu.unicaen.fr"


def mail(body: str, subject: str = "Ecampus", sender: str = TEACHER) -> ParsedMail:
    return ParsedMail(message_id="t", subject=subject, from_addr=sender, text=body,
                      new_text=body)


@pytest.mark.parametrize("body, sender, symptom_, words", [
    ("Bonjour, dans mon cours de chimie analytique le groupe TP3 est toujours vide, les "
     "étudiants ne peuvent pas rendre leurs comptes rendus.", TEACHER, "wrong_group",
     ["groupe TP3 est toujours vide"]),
    ("Bonjour, sur Ecampus les TD du jeudi sont vides depuis la rentrée.", TEACHER,
     "wrong_group", ["TD du jeudi sont vides"]),
    ("Bonjour, depuis ce matin en ouvrant le cours de statistiques j'ai « Erreur de lecture de "
     "la base de données ». Merci", STUDENT, "database_error",
     ["Erreur de lecture de la base de données"]),
    ("Bonjour, le cours de géologie n'est plus dans ma liste, mais par le lien du professeur "
     "j'y arrive sans problème.", STUDENT, "course_not_on_dashboard",
     ["par le lien du professeur j'y arrive"]),
    ("Hello, the ethics course is not among my courses, although it opens from the link the "
     "lecturer sent.", STUDENT, "course_not_on_dashboard", ["opens from the link"]),
    ("Bonjour, le cours d'ornithologie n'est pas sur Ecampus, la recherche « ORN-21 » donne "
     "0 résultat.", STUDENT, "course_missing", ["recherche « ORN-21 » donne 0 résultat"]),
    ("Hello, I teach the seminar BIO-7Q and searching for it on Ecampus gives nothing.",
     TEACHER, "course_missing", ["searching for it on Ecampus gives nothing"]),
])
def test_a_wording_decides_with_its_words(body, sender, symptom_, words):
    text = extractors.mail_text(mail(body, sender=sender))
    decided = agreed.agreed(text.own, text.role)
    assert decided is not None and (decided.symptom, decided.evidence) == (symptom_, words)
    assert extractors.symptom_by(learned.load(), text).symptom == symptom_


FORWARD = """\
From: Alain Morin <alain.morin@unicaen.fr>
To: cemu@unicaen.fr
Subject: TR: rapport de la synchronisation
Content-Type: text/plain; charset=utf-8

Bonjour, je vous transfère le rapport de cette nuit, des collègues signalent des étudiants absents.
Alain Morin, DSI

---------- Message transféré ----------
De : cron@ecampus.unicaen.fr
Objet : sync_enrolments

Starting enrolment synchronisation...
Error while communicating with external enrolment database
"""


def test_a_forwarded_database_message_decides():
    text = extractors.mail_text(parse_mail(FORWARD.encode()))
    assert text.forward
    # the forwarder's own words say only « étudiants absents »: the forwarded message decides
    assert agreed.agreed(text.own, text.role) is None
    decided = extractors.symptom_by(learned.load(), text)
    assert decided.symptom == "database_error"
    assert decided.evidence == ["Error while communicating with external enrolment"]


@pytest.mark.parametrize("body", [
    # groups that exist but are empty because the students are not in the course: left
    "Bonjour, mes étudiants ne sont pas dans les participants du cours ; les groupes 1 et 2 "
    "existent mais vides.",
    # a new course that appeared empty is not a group
    "Bonjour, mon cours a été renommé et un nouveau cours « Groupes et anneaux » est apparu, vide.",
    # the enrolment method's name is no database error
    "Bonjour, la méthode d'inscription base de données externe inscrit trop d'enseignants.",
    # a link that does not open says nothing of the dashboard
    "Bonjour, par le lien du professeur j'ai une page d'erreur, je ne vois pas le cours.",
    # a search that finds the course is no missing course
    "Bonjour, le cours de botanique n'est plus dans ma liste mais la recherche le trouve.",
])
def test_other_wordings_are_left_to_the_model(body):
    text = extractors.mail_text(mail(body))
    assert agreed.agreed(text.own, text.role, text.quoted if text.forward else ()) is None
