"""Symptom, round 17 (helper `symptom17`): SMS-style closings (« c bon », « sa marche »), and a
closing word said beside what is still wrong (« alors que », a name « faux », « wrong ») that
closes nothing. Texts written for these tests (not copied from a corpus mail)."""
from __future__ import annotations

import pytest

from triage import extractors
from triage.extractors import learned, symptom
from triage.model import ParsedMail

STUDENT = "ines.marchal@etu.unicaen.fr"


def mail(body: str, subject: str, quoted: str = "") -> ParsedMail:
    text = body + ("\n\n" + quoted if quoted else "")
    return ParsedMail(message_id="t", subject=subject, from_addr=STUDENT, text=text,
                      new_text=body, quoted_text=quoted)


@pytest.mark.parametrize("body, words", [
    ("ok c bon merci", ["c bon"]),
    ("sa marche merci bcp", ["sa marche"]),
])
def test_an_sms_closing_is_other(body, words):
    text = extractors.mail_text(mail(body, "Re: cours",
                                     quoted="> bjr jvois pas le cours de socio sur ecampus"))
    assert symptom.closing(text.body) == words
    assert extractors.symptom_by(learned.load(), text).symptom == "other"


@pytest.mark.parametrize("body", [
    "c bon pour l'anglais mais jvois tjr pas l'espagnol",
    "c bon ?",
    # « c bon » said of something else, beside what is wrong
    "mon prenom est mal ecrit sur ecampus sa met Lucie alors que c Lucille, sur ma carte c bon",
    "Le nom affiché est erroné ; sur mon certificat de scolarité c'est bon.",
    "Mon nom est faux sur Ecampus, sur l'ENT c'est bon.",
    "my name is wrong on Ecampus, on my student card it is all good",
    "It works on the ENT whereas Ecampus shows my old name.",
])
def test_a_closing_word_beside_a_problem_closes_nothing(body):
    text = extractors.mail_text(mail(body, "Re: cours"))
    assert symptom.closing(text.body) == []
