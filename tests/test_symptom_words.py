"""Symptom, round 14: words that say who writes (an identifier's label), that a group is the
right one, that nobody is enrolled yet. Texts written for these tests (not copied from a corpus
mail)."""
from __future__ import annotations

import pytest

from triage import extractors
from triage.extractors import learned, symptom
from triage.model import ParsedMail


def concepts(text: str) -> list[tuple[str, str]]:
    return [(c.concept, c.text) for c in symptom.read_text(text).cues]


def mail(body: str, sender: str, subject: str = "Ecampus") -> ParsedMail:
    return ParsedMail(message_id="t", subject=subject, from_addr=sender, text=body, new_text=body)


@pytest.mark.parametrize("text, label", [
    ("Mon numéro étudiant : 24117730", "numéro étudiant"),
    ("N° étudiant 24117730", "N° étudiant"),
    ("num etu 24117730 merci", "num etu"),
    ("My student number is 24117730.", "My student number"),
    ("Student ID: 24117730", "Student ID"),
])
def test_an_identifiers_label_is_no_students_nor_words(text, label):
    """A student's own number is no « étudiants » (a teacher's students), and its label's words
    are no words of the mail (the model read « étudiant », « numéro » as an enrolment problem)."""
    reading = symptom.read_text(text)
    found = [(c.concept, c.text) for c in reading.cues]
    assert ("ID_LABEL", label) in found
    assert not any(c == "STUDENTS" for c, _ in found)
    assert "etudiant" not in reading.norms and "student" not in reading.norms
    features = learned.features(learned.MailText(own_weighted=[(reading, 1.0)]))[0]
    assert not any(f in features for f in ("w:etudiant", "w:student", "w:numero", "c:STUDENTS"))
    assert "c:ID_LABEL" in features


def test_students_are_still_students():
    assert ("STUDENTS", "Mes étudiants") in concepts("Mes étudiants ne voient pas le cours.")
    assert ("STUDENTS", "my students") in concepts("None of my students can see the course.")


@pytest.mark.parametrize("text, concept, words", [
    # naming a group says nothing wrong with it; saying it is the right one says it is fine
    ("Trois stagiaires n'ont pas accès alors qu'ils sont bien dans le groupe à distance.",
     "GROUP_OK", "bien dans le groupe"),
    ("Toujours pas d'inscrits dans l'espace de chimie ce matin.", "NOT_ENROLLED", "pas d'inscrits"),
    ("Une étudiante ne parvient pas à se connecter.", "FAIL", "parvient pas"),
    ("I'm not on the course page, my friends are.", "NOT_ENROLLED", "I'm not on"),
    # « pas dans le TD 5 » says what « pas dans le groupe » says
    ("Sur Ecampus je ne suis pas dans le TD5, alors que c'est mon groupe.", "WRONG_GROUP",
     "pas dans le TD5"),
    ("slt jsuis en TP B pa en TP A sur ecampus", "WRONG_GROUP", "pa en TP"),
])
def test_phrases(text, concept, words):
    assert (concept, words) in concepts(text)


def test_a_group_named_in_passing_is_no_wrong_group():
    assert not any(c == "WRONG_GROUP" for c, _ in
                   concepts("Je suis dans le TD 3 et je ne vois pas le cours de chimie."))


def test_a_group_named_is_no_wrong_group():
    """« le groupe à distance » named beside students without access: the cue rules no longer
    call it a group question (they did, with the words « groupe distance »)."""
    body = ("Bonjour,\nTrois stagiaires du DU n'ont pas accès au module de fiscalité alors "
            "qu'ils sont bien dans le groupe à distance.\nMerci\nP. Lemoine")
    text = extractors.mail_text(mail(body, "pascal.lemoine@unicaen.fr"))
    assert "wrong_group" not in text.rules()
    assert extractors.cue_symptom(text).symptom == "not_enrolled"


def test_nobody_enrolled_yet_is_an_enrolment_question():
    body = "Bonjour,\nToujours pas d'inscrits dans l'UE 4 ce matin (BIO2E04).\nCordialement\nS. Ferey"
    text = extractors.mail_text(mail(body, "sylvie.ferey@unicaen.fr"))
    assert extractors.cue_symptom(text).symptom == "not_enrolled"
    assert "pas d'inscrits" in extractors.cue_symptom(text).evidence
