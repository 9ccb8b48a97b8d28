"""Symptom, round 13: what a « missing » or « empty » is said of (a group or students), a group's
short name, a group change. Texts written for these tests (not copied from a corpus mail)."""
from __future__ import annotations

import pytest

from triage import extractors
from triage.extractors import symptom
from triage.model import ParsedMail


def derived(text: str) -> list[tuple[str, str]]:
    """The cues read from the words around the phrases: (concept, words as written)."""
    return [(c.concept, c.text) for c in symptom.read_text(text).cues
            if c.concept in ("GROUP_ABSENT", "GROUP_EMPTY", "STUDENTS_ABSENT", "STUDENTS_EMPTY",
                             "GROUP_NAME") or (c.concept, c.text) == ("COURSE", "UE5")]


def mail(body: str, sender: str = "odile.marais@unicaen.fr", subject: str = "Ecampus") -> ParsedMail:
    return ParsedMail(message_id="t", subject=subject, from_addr=sender, text=body, new_text=body)


@pytest.mark.parametrize("text, expected", [
    # the group itself is missing from the course: a group question
    ("Dans l'espace de sociologie, le groupe de Lisieux n'apparaît pas, seulement celui de Caen.",
     [("GROUP_ABSENT", "groupe de Lisieux n'apparaît pas")]),
    # the students of a group are missing: the students, not the group (« du groupe » is governed)
    ("Les alternants du groupe de Lisieux ne sont pas dans le cours de statistiques.",
     [("STUDENTS_ABSENT", "alternants du groupe de Lisieux ne sont pas dans le cours")]),
    # « des » opening a sentence is an article; « de mon TD » governs past the determiner
    ("Des étudiants de mon TD sont absents de l'espace.",
     [("GROUP_NAME", "TD"), ("STUDENTS_ABSENT", "étudiants de mon TD sont absents")]),
    # part of a group is its people (and « TP » beside « groupe » is no second group cue)
    ("La moitié de mon groupe de TP n'apparaît pas dans les participants.",
     [("STUDENTS_ABSENT", "moitié de mon groupe de TP n'apparaît pas")]),
    # a relative clause: the noun before « qui », governed or not
    ("Voici la liste des groupes d'option qui ne sont pas remontés sur Ecampus.",
     [("GROUP_ABSENT", "groupes d'option qui ne sont pas remontés")]),
    # an empty group, its short name glued to its number, after a parenthesis
    ("Le TD3 (celui du jeudi, salle B12) est vide.",
     [("GROUP_NAME", "TD3"), ("GROUP_EMPTY", "TD3 (celui du jeudi, salle B12) est vide")]),
    # the writer, a course, or another clause: no group, no students missing
    ("Je n'apparais pas dans la liste des participants.", []),
    ("Le cours de chimie n'existe pas sur Ecampus.", []),
    ("Les étudiants sont bien là mais le cours n'apparaît pas.", []),
    # a unit by its number is a course, unless it is another thing's (« la note de l'UE5 »)
    ("Je ne trouve pas l'UE5 sur Ecampus.", [("COURSE", "UE5")]),
    ("La note de l'UE5 n'apparaît pas.", []),
])
def test_what_is_missing_is_read_from_the_words_before(text, expected):
    assert derived(text) == expected


@pytest.mark.parametrize("body, expected, words", [
    ("Bonjour, dans mon cours HSOC210 le groupe de Vire n'existe pas, les autres sont là.",
     "wrong_group", "groupe de Vire n'existe pas"),
    ("Bonjour, 9 étudiants de l'étape L2 SOC absents dans HSOC210.",
     "not_enrolled", "étudiants de l'étape L2 SOC absents"),
    ("Bonjour, deux étudiantes du TP 3 se retrouvent dans le TP 5 sur Ecampus.",
     "wrong_group", "se retrouvent dans"),
    # a teaching unit by its number is a course (« UE4 » is no word of the COURSE phrases)
    ("Bonjour, je ne trouve pas l'UE4 du S2 sur Ecampus, est-ce normal ?",
     "course_missing", "UE4"),
])
def test_the_cue_rules_decide_with_the_words_that_decided(body, expected, words):
    """The explainable decision (what reads when the model is unsure or absent)."""
    text = extractors.mail_text(mail(body))
    decided = extractors.cue_symptom(text)
    assert decided.symptom == expected
    assert words in decided.evidence
    assert all(w in body for w in decided.evidence)


@pytest.mark.parametrize("body, expected", [
    # a group missing from a course, said by the teacher: a group question
    ("Bonjour,\nDans mon cours d'économie (ECO2104), le groupe des apprentis n'apparaît pas : "
     "seuls les groupes FI sont là.\nMerci\nO. Marais", "wrong_group"),
    # students of a named group missing from the course: an enrolment question
    ("Bonjour,\nLes étudiants du groupe de Cherbourg ne sont pas dans le cours ECO2104, "
     "les autres y sont.\nMerci\nO. Marais", "not_enrolled"),
    # the students said missing, in English
    ("Hello,\nThe distance students of the 2nd year are not in my course space ECO2104.\nThanks\n"
     "O. Marais", "not_enrolled"),
    # a student moved to another group by its short name
    ("Bonjour,\nTrois étudiants du TD 2 se retrouvent dans le TD 5 sur Ecampus pour ECO2104 : "
     "23011111, 23011112, 23011113.\nO. Marais", "wrong_group"),
])
def test_the_shipped_model_reads_who_is_missing(body, expected):
    reading = extractors.read(mail(body))
    assert reading.symptom == expected
    assert reading.symptom_evidence and all(w in body for w in reading.symptom_evidence)
