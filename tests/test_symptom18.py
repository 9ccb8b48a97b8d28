"""Symptom, round 18 (helper `symptom18`): wordings on which every writer agrees decide apart from
the learned model (extractors/agreed.py): people not in their own group, put in a group, or
saying which group they should be in are `wrong_group`, the words that decided as evidence.
Texts written for these tests (not copied from a corpus mail)."""
from __future__ import annotations

import pytest

from triage import extractors
from triage.extractors import agreed, learned, symptom
from triage.model import ParsedMail

SECRETARY = "scolarite.sciences@unicaen.fr"


def mail(body: str, subject: str, sender: str = SECRETARY) -> ParsedMail:
    return ParsedMail(message_id="t", subject=subject, from_addr=sender, text=body,
                      new_text=body)


@pytest.mark.parametrize("body, words", [
    # a table of students, « pas inscrits » many times: the model alone reads an enrolment
    ("Bonjour,\nLes étudiants suivants ne sont pas inscrits dans leur groupe sur Ecampus :\n"
     "| 22104455 | MARTIN Léa | TD2 |\n| 22107781 | NOEL Hugo | TD2 |\n"
     "| 22109930 | ROUX Inès | TD4 |\nIls sont pourtant inscrits au cours. Merci.",
     ["pas inscrits dans leur groupe"]),
    ("Bonjour, Paul n'est toujours pas dans son TD sur Ecampus. Cordialement",
     ["pas dans son TD"]),
    ("Hello, two of my students are not in their tutorial group on Ecampus.",
     ["not in their tutorial group"]),
    ("Bonjour, l'étudiante a été mise dans le TD3 alors que son inscription est au TD1.",
     ["mise dans le TD3"]),
    ("Hi, I am in TP1 on Ecampus but I should be in TP2 according to my timetable.",
     ["should be in TP2"]),
    ("Bonjour, je devrais être dans le groupe B2 et je ne vois que les documents du B1.",
     ["devrais être dans le groupe"]),
])
def test_a_group_wording_decides_wrong_group_with_its_words(body, words):
    text = extractors.mail_text(mail(body, "Ecampus"))
    decided = agreed.agreed(text.own, text.role)
    assert decided is not None and decided.symptom == "wrong_group"
    assert decided.evidence == words
    assert extractors.symptom_by(learned.load(), text).evidence == words


@pytest.mark.parametrize("body", [
    # not in the course: an enrolment, whatever the group
    "Bonjour, je ne suis pas inscrit au cours de chimie organique et je ne le vois pas.",
    # « dans aucun groupe » is left to the model (two writers call a student's an enrolment)
    "Bonjour, je ne suis inscrit dans aucun groupe de TP du cours de physique.",
    # the group named as fine, a course missing
    "Bonjour, mes étudiants sont bien dans leur groupe mais le cours n'existe pas sur Ecampus.",
    # « mis » of a file, not of a person
    "Bonjour, j'ai mis le document dans le dossier partagé, les étudiants ne le voient pas.",
])
def test_other_wordings_are_left_to_the_model(body):
    text = extractors.mail_text(mail(body, "Ecampus"))
    assert agreed.agreed(text.own, text.role) is None


def test_a_closing_mail_still_closes_before_a_group_wording():
    text = extractors.mail_text(mail("c'est bon merci", "Re: pas dans son TD",
                                     sender="lea.martin@etu.unicaen.fr"))
    assert symptom.closing(text.body)
    assert extractors.symptom_by(learned.load(), text).symptom == "other"



STUDENT = "tom.leroux@etu.unicaen.fr"
TEACHER = "jeanne.morel@unicaen.fr"


@pytest.mark.parametrize("body, symptom_, words", [
    # a student who names the cohort asks how the cohort enrols them
    ("Bonjour, je n'ai pas accès à l'espace de ma promo de L2, on m'a dit que tout le monde y "
     "est inscrit par la cohorte. Merci", "cohort_question", ["cohorte"]),
    # Moodle's refusal met on opening the course: the student is not in it
    ("Bonjour, en ouvrant le lien du cours d'économie j'ai le message « Vous ne pouvez pas vous "
     "inscrire vous-même dans ce cours ». Il n'est pas sur mon tableau de bord.",
     "not_enrolled", ["pouvez pas vous inscrire"]),
])
def test_a_student_wording_decides(body, symptom_, words):
    text = extractors.mail_text(mail(body, "Ecampus", sender=STUDENT))
    assert text.role == "student"
    decided = agreed.agreed(text.own, text.role)
    assert decided is not None and (decided.symptom, decided.evidence) == (symptom_, words)


@pytest.mark.parametrize("body", [
    # a teacher may name the cohort as a remedy for students missing from the course
    "Bonjour, 8 de mes étudiants ne sont pas inscrits dans mon cours ; faut-il ajouter la "
    "cohorte ? Cordialement, Jeanne Morel, maître de conférences",
    # a teacher refused: their own access to the course they teach, not a student's enrolment
    "Bonjour, je suis chargée de TD en L2 et sur le cours on me dit que je ne peux pas "
    "m'inscrire. Cordialement, Jeanne Morel, maître de conférences",
])
def test_the_same_wording_from_a_teacher_is_left_to_the_model(body):
    text = extractors.mail_text(mail(body, "Ecampus", sender=TEACHER))
    assert text.role != "student"
    assert agreed.agreed(text.own, text.role) is None
