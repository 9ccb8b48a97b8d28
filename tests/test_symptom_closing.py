"""Symptom, round 14: a mail that only says its problem is over is `other`, whatever the subject
it replies to and the history it quotes say. Texts written for these tests (not copied from a
corpus mail)."""
from __future__ import annotations

import pytest

from triage import extractors
from triage.extractors import learned, symptom
from triage.model import ParsedMail


def reply(body: str, subject: str, quoted: str = "",
          sender: str = "yanis.leroux@etu.unicaen.fr") -> ParsedMail:
    text = body + ("\n\n" + quoted if quoted else "")
    return ParsedMail(message_id="t", subject=subject, from_addr=sender, text=text,
                      new_text=body, quoted_text=quoted)


STUDENT, TEACHER = "yanis.leroux@etu.unicaen.fr", "florence.morin@unicaen.fr"


@pytest.mark.parametrize("body, subject, quoted, sender, words", [
    # the subject is the request's: a wrong group, said in its words
    ("Super, c'est réglé, je suis dans le TD 2 comme il faut. Bonne soirée !",
     "Re: [CEMU #61204] Mauvais groupe de TD en histoire moderne", "", STUDENT, ["c'est réglé"]),
    # a teacher closing her ticket; the subject and the quoted answer speak of visibility
    ("Merci, les étudiants voient bien l'espace depuis ce midi.\nF. Morin",
     "RE: [CEMU #61377] Mes étudiants ne voient pas mon cours de latin",
     "> Bonjour, votre cours était caché aux étudiants : Paramètres > Visibilité.",
     TEACHER, ["voient bien"]),
    # English
    ("Thanks a lot, it works now, all three modules are in my list.",
     "Re: [CEMU #61422] Not enrolled in my modules", "", STUDENT, ["it works", "works now"]),
])
def test_a_mail_closing_its_ticket_is_other(body, subject, quoted, sender, words):
    text = extractors.mail_text(reply(body, subject, quoted, sender))
    assert symptom.closing(text.body) == words
    decided = extractors.symptom_by(learned.load(), text)
    assert decided.symptom == "other"
    assert extractors.cue_symptom(text).symptom != "other"   # the subject alone would say more
    assert extractors.symptom_by(None, text).symptom == "other"


@pytest.mark.parametrize("body", [
    # thanks, but something is still wrong: a contrast, a negation, a question, a problem word
    "Merci, c'est réglé pour le TD 2. Mais mon amie est toujours dans le mauvais groupe.",
    "C'est bon pour l'anglais, je ne vois toujours pas l'espagnol.",
    "Merci beaucoup, ça marche maintenant ! Et pour le cours de latin ?",
    "Ça marche sur mon ordinateur, sur mon téléphone il y a une erreur.",
    "ca marche plu depuis hier",                        # SMS: « plus » without its « ne »
    # a long account that says a fix worked somewhere is a request, not a closing
    "Bonjour, je suis en L2 de géographie et j'ai suivi la procédure que la scolarité m'a "
    "indiquée pour les inscriptions pédagogiques du second semestre, avec le formulaire rempli "
    "en ligne et déposé au bureau B12 le 4 février, puis le secrétariat a validé mes choix "
    "d'options le lendemain ; c'est bon pour le premier semestre, il me reste à savoir comment "
    "choisir l'option de cartographie dans l'espace Ecampus du département.",
])
def test_a_mail_still_saying_something_is_wrong_is_no_closing(body):
    text = extractors.mail_text(reply(body, "Re: [CEMU #61204] Mauvais groupe de TD"))
    assert symptom.closing(text.body) == []


def test_a_forwarded_message_is_read_as_the_request():
    """« C'est bon » in a cover note that forwards someone's message closes nothing: the
    forwarded message is the request (extractors._is_forward)."""
    body = "C'est bon de mon côté, je vous transfère la demande de l'étudiante."
    quoted = ("---------- Message transféré ---------\nDe : Lina Roche\n\n"
              "Bonjour, je ne suis pas inscrite dans le cours de chimie organique.")
    text = extractors.mail_text(reply(body, "TR: inscription chimie", quoted))
    assert text.forward
    assert extractors.symptom_by(None, text).symptom != "other"
