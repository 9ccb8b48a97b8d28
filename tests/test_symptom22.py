"""Symptom, round 22 (helper `symptom22`): a reply that says the state is now right closes its
ticket (« je suis maintenant dans le bon groupe », « j'ai maintenant accès », « c'est en ordre »),
even when it names the old problem in the imperfect (« le cours que je ne voyais pas »); a student
whose peers have the course, said without « alors que » or in English (« les autres de ma promo
l'ont », « my classmates can see it »), is `not_enrolled` before the model; a course's space in an
archives category or beside a new one is `course_moved_renamed`, a course said not to exist on the
platform `course_missing`; an empty group is no group question when the students are said not to
be in the course at all. Texts written for these tests (not copied from a corpus mail)."""
from __future__ import annotations

import pytest

from tests.test_symptom19 import mail
from tests.test_symptom_closing import reply
from triage import extractors
from triage.extractors import agreed, learned, symptom

STUDENT = "ines.marchal@etu.unicaen.fr"
TEACHER = "paul.renaud@unicaen.fr"


@pytest.mark.parametrize("body, subject, sender, words", [
    ("Merci, je suis désormais dans le bon TD. Bonne soirée",
     "Re: [CEMU #72011] Mauvais TD en économie", STUDENT, ["je suis désormais dans"]),
    ("Bonjour, c'est bon j'ai accès au cours d'optique que je ne trouvais pas, merci !",
     "RE: cours d'optique introuvable", STUDENT, ["c'est bon"]),
    ("Bonjour, je vous confirme que j'ai maintenant accès. Merci !",
     "Re: pas inscrite en L2 anglais", STUDENT, ["j'ai maintenant accès"]),
    ("Merci, tout est en ordre pour les trois espaces. P. Renaud",
     "RE: Je ne suis pas inscrit comme enseignant", TEACHER, ["tout est en ordre"]),
    ("C'est parfait, ils ont tous accès depuis ce matin. Merci !",
     "RE: Mes étudiants ne sont pas inscrits", TEACHER, ["C'est parfait", "ils ont tous accès"]),
    ("Thanks, I'm now in the right tutorial group. Have a nice day",
     "Re: wrong group in macroeconomics", STUDENT, ["I'm now in"]),
])
def test_a_reply_saying_the_state_is_now_right_closes_its_ticket(body, subject, sender, words):
    text = extractors.mail_text(reply(body, subject, sender=sender))
    assert symptom.closing(text.body) == words
    assert extractors.symptom_by(learned.load(), text).symptom == "other"


@pytest.mark.parametrize("body", [
    # the state is said right for one course and wrong for another
    "Merci, je suis maintenant dans le bon groupe en histoire, mais pas en géographie.",
    # a negation in the present still says something is wrong
    "J'ai maintenant accès au cours, mais le CAS ne connaît pas ma destination.",
    "Merci, j'ai maintenant accès au cours. Les vidéos ne marchent pas.",
    # the conditional is no past
    "C'est en ordre pour moi, mais ça ne marcherait pas pour les autres.",
    "C'est parfait, par contre je ne vois toujours pas le forum.",
])
def test_a_state_now_right_beside_something_still_wrong_is_no_closing(body):
    text = extractors.mail_text(reply(body, "Re: [CEMU #72011] Mauvais TD en économie"))
    assert symptom.closing(text.body) == []


@pytest.mark.parametrize("body, words", [
    ("Bonjour, je n'ai pas le cours de biochimie. Je suis en LAS 1, les autres de ma promo l'ont.",
     ["les autres de ma promo l'ont"]),
    ("bjr tjr pas le cours de stats sur ecampus, tous mes potes du td4 y sont",
     ["tous mes potes du td4 y sont"]),
    ("Hello, I cannot find the statistics course on Ecampus. My classmates can see it.",
     ["My classmates can"]),
    ("Hi, the phonetics course is not in my list, the other students of my group already have "
     "it.", ["the other students of my group already have"]),
])
def test_a_student_whose_peers_have_the_course_is_not_enrolled(body, words):
    reading = extractors.symptom_by(learned.load(), extractors.mail_text(mail(body, sender=STUDENT)))
    assert (reading.symptom, reading.score, reading.evidence) == ("not_enrolled", 1.0, words)


@pytest.mark.parametrize("body, sender", [
    # the other courses, not people: a dashboard, a missing course or an enrolment, by writer
    ("Bonjour, le cours de chimie n'apparaît pas, les autres cours sont là.", STUDENT),
    ("Hello, the module is missing, all the others are there.", STUDENT),
    # peers who do not have it either
    ("Bonjour, le cours de chimie n'existe pas, mes camarades ne l'ont pas non plus.", STUDENT),
    ("Hello, the chemistry course does not exist, my classmates cannot find it either.", STUDENT),
    # the dashboard named: the dashboard's question
    ("Hi, the course is not on my dashboard, my classmates have it.", STUDENT),
    # (a teacher's students who do not see the course: round 23's wording, tests/test_roles23.py)
])
def test_other_peers_wordings_are_left_to_the_model(body, sender):
    text = extractors.mail_text(mail(body, sender=sender))
    assert agreed.agreed(text.own, text.role) is None


@pytest.mark.parametrize("body, sender, symptom_, words", [
    ("Bonjour, mon espace de chimie organique est maintenant dans la catégorie « Archives "
     "2026-2027 ». Que faire ?", TEACHER, "course_moved_renamed", ["catégorie « Archives"]),
    ("Bonjour, avec la nouvelle maquette un nouvel espace a été créé pour mon cours, dois-je "
     "tout recopier ?", TEACHER, "course_moved_renamed", ["nouvel espace"]),
    ("Bonjour, le cours de latin LAT-204 n'existe pas sur Ecampus, je l'ai cherché partout.",
     STUDENT, "course_missing", ["n'existe pas sur Ecampus"]),
    ("Hi, my timetable shows a phonetics module on Fridays but it's not on the platform.",
     STUDENT, "course_missing", ["it's not on the platform"]),
])
def test_an_archived_space_and_a_course_not_on_the_platform_decide(body, sender, symptom_, words):
    reading = extractors.symptom_by(learned.load(), extractors.mail_text(mail(body, sender=sender)))
    assert (reading.symptom, reading.score, reading.evidence) == (symptom_, 1.0, words)


@pytest.mark.parametrize("body, sender", [
    # (the content copied, then students who do not see it: round 23's wording, test_roles23.py)
    # a group, or an account, that does not exist
    ("Bonjour, sur ADE je suis en TD 12 mais ce groupe n'existe pas sur Ecampus.", STUDENT),
    ("Bonjour, on me dit que mon compte n'existe pas sur Ecampus.", STUDENT),
    # the students not in the course at all: the empty group follows
    ("Bonjour, les L2 ne sont plus inscrits dans l'espace du cours depuis lundi, leur groupe de TD "
     "est vide.", TEACHER),
])
def test_a_copied_space_a_missing_group_and_students_out_of_the_course_are_left_to_the_model(
        body, sender):
    text = extractors.mail_text(mail(body, sender=sender))
    assert agreed.agreed(text.own, text.role) is None
