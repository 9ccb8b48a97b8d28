"""Symptom, round 20 (helper `symptom20`): more wordings decide apart from the learned model
(extractors/agreed.py): a student enrolled in no course at all is `not_enrolled`, even when they
name the group they should be in; a move from one group to another, Moodle putting the writer in
a group and one group against another are `wrong_group`; an empty group may be named by a
glued short name (« TD3 ») or medicine's « ED ». Texts written for these tests (not copied from a
corpus mail)."""
from __future__ import annotations

import pytest

from tests.test_symptom19 import mail
from triage import extractors
from triage.extractors import agreed, learned

TEACHER = "claire.vautier@unicaen.fr"
STUDENT = "yanis.marie@etu.unicaen.fr"
GUEST = "p.keller@gmail.com"


@pytest.mark.parametrize("body, sender, symptom_, words", [
    # the group the student should be in is named, but they are in no course at all
    ("Bonjour, je suis en enseignement à distance, je devrais être dans le groupe CEMU du cours "
     "de sociologie mais je ne suis inscrit nulle part.", STUDENT, "not_enrolled",
     ["inscrit nulle part"]),
    ("Bonjour, depuis ma réinscription je ne suis inscrite dans aucun cours sur Ecampus.",
     STUDENT, "not_enrolled", ["inscrite dans aucun cours"]),
    ("Hello, I am an exchange student and I am not enrolled in any course on Ecampus.",
     STUDENT, "not_enrolled", ["not enrolled in any course"]),
    # a move written as an arrow between two groups, or in words
    ("Bonjour,\nHIS2-04 TD2 -> TD5 : 24011223, 24018876\nMerci", TEACHER, "wrong_group",
     ["TD2 -> TD5"]),
    ("Bonjour, la scolarité m'a fait passer du TD 6 au TD 1 en économie, je vois toujours les "
     "documents de l'ancien.", STUDENT, "wrong_group", ["du TD 6 au TD 1"]),
    ("Hi, I moved from group B to group D in microeconomics last week.", STUDENT, "wrong_group",
     ["from group B to group D"]),
    # Moodle putting the writer in a group
    ("Bonjour, en anatomie Ecampus me met en TP4 et je ne vois pas les sujets du TP2.", STUDENT,
     "wrong_group", ["me met en TP"]),
    ("Hello, Ecampus puts me in the rowing option of the sport course.", STUDENT,
     "wrong_group", ["Ecampus puts me in the rowing option"]),
    # one group against the writer's own
    ("Bonjour, sur Ecampus je suis dans le TD du mardi alors que je vais au TD du vendredi.",
     STUDENT, "wrong_group",
     ["je suis dans le TD du mardi alors que je vais au TD"]),
    # an empty group by a glued short name, medicine's ED
    ("Bonjour, dans mon cours de génétique le TP2B est vide depuis lundi.", TEACHER,
     "wrong_group", ["TP2B est vide"]),
    ("Bonjour, en anatomie les ED 4 et 9 sont vides.", TEACHER, "wrong_group",
     ["ED 4 et 9 sont vides"]),
])
def test_the_wording_decides_before_the_model(body, sender, symptom_, words):
    reading = extractors.symptom_by(learned.load(), extractors.mail_text(mail(body, sender=sender)))
    # decided by the wording (probability 1, its words as evidence), not weighed by the model
    assert (reading.symptom, reading.score, reading.evidence) == (symptom_, 1.0, words)


@pytest.mark.parametrize("body, sender", [
    # a guest lecturer in no course: their own access, not a student's enrolment
    ("Bonjour, je peux me connecter à Ecampus mais je ne suis inscrit dans aucun cours, mes "
     "séances commencent mardi.", GUEST),
    # a course one cannot find anywhere is no enrolment wording
    ("Bonjour, le cours de paléographie, je ne le trouve nulle part.", STUDENT),
    # a teacher who wanted to put a student in a group is no placement by Moodle
    ("Hello, my teacher wanted to put me in a group for the oral presentation.", STUDENT),
    # an arrow between levels, not groups
    ("Bonjour, passage L2 -> L3 : mes cours de L2 sont toujours là.", STUDENT),
    # (a contrast with friends of the same group, « alors que mes amis du même groupe l'ont »,
    # is no group wording: round 21 reads it `not_enrolled`, tests/test_symptom21.py)
    # something put « en » that is no group
    ("Bonjour, ça me met en difficulté pour réviser.", STUDENT),
])
def test_other_wordings_are_left_to_the_model(body, sender):
    text = extractors.mail_text(mail(body, sender=sender))
    assert agreed.agreed(text.own, text.role) is None
