"""Étapes said in words, round 21 (helper etapes21): ties settled by a label said whole, the
degree of a MEEF master, words set apart (« hors LAS »), apprentices, a course's year in a list
or a gloss, a teacher's year in English, a closing mail's quoted year. Catalogues and mails
written for these tests."""
from __future__ import annotations

from email.message import EmailMessage

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.mail.parse import parse_mail
from triage.model import ParsedMail


def catalogue(etapes: dict[str, str], elements: dict[str, str] | None = None) -> Catalogue:
    elements = elements or {"COURS101": "Un cours"}
    return Catalogue.of([*etapes, *elements], {**etapes, **elements}, etapes)


def said(body: str, known: Catalogue, sender: str = "lea.martin@etu.unicaen.fr") -> list[str]:
    mail = ParsedMail(message_id="t", subject="Ecampus", from_addr=sender, text=body,
                      new_text=body)
    return read(mail, catalogue=known).entities.etapes_said


HEALTH = catalogue({"DRT1": "Licence Droit 1re année", "LASD1": "L1 Droit accès santé (LAS)",
                    "HIS1": "Licence Histoire 1re année",
                    "HAA1": "Licence Histoire de l'art et archéologie 1re année",
                    "PSY1": "Licence Psychologie 1re année",
                    "LASP1": "Licence Psychologie 1re année accès santé (LAS)",
                    "LLA1": "Licence LLCER Anglais 1re année",
                    "LEA1": "Licence LEA Anglais-Espagnol 1re année"})


def test_a_tie_goes_to_the_label_the_mail_says_whole():
    assert said("Bonjour, je suis en L1 droit et je ne vois pas COURS101.", HEALTH) == ["DRT1"]
    assert said("Je suis en L1 histoire, mon tableau de bord est vide.", HEALTH) == ["HIS1"]
    # who is in the other one says so
    assert said("Je suis en L1 droit accès santé, je ne vois pas COURS101.", HEALTH) \
        == ["LASD1"]


def test_a_word_set_apart_is_not_the_programme_meant():
    assert said("Puis-je ajouter la cohorte des étudiants de Licence Psychologie 1re année "
                "hors LAS ?", HEALTH, "claire.roux@unicaen.fr") == ["PSY1"]


def test_labels_each_with_a_word_unsaid_stay_tied():
    # « L1 anglais »: the LLCER licence or LEA, the mail does not say
    assert said("Je suis en L1 anglais et je ne vois pas COURS101.", HEALTH) == []
    # a place one label adds is no reason to choose the other
    sites = catalogue({"DRL1": "L1 DROIT", "DRL1V": "L1 DROIT VIRE"})
    assert said("Je suis en L1 droit, je ne vois pas COURS101.", sites) == []


MEEF = catalogue({"MEEF1P": "Master 1 MEEF 1er degré", "MEEF1S": "Master 1 MEEF 2nd degré",
                  "MEEF2P": "Master 2 MEEF 1er degré"})


def test_the_degree_of_a_meef_master_tells_its_etapes_apart():
    assert said("Je suis en M1 MEEF 1er degré et je ne vois pas COURS101.", MEEF) == ["MEEF1P"]
    assert said("Je suis en M1 MEEF second degré, COURS101 n'apparaît pas.", MEEF) == ["MEEF1S"]
    assert said("I am in the first year of the MEEF master (primary teaching).", MEEF) \
        == ["MEEF1P"]
    # no degree said: either
    assert said("Je suis en M1 MEEF et je ne vois pas COURS101.", MEEF) == []


def test_apprentices_are_in_the_etape_of_alternance():
    but = catalogue({"BINF3": "BUT Informatique 3e année",
                     "BINF3A": "BUT Informatique 3e année alternance"})
    assert said("Je suis apprentie en BUT info 3e année, je ne vois pas COURS101.", but) \
        == ["BINF3A"]
    assert said("Je suis en BUT info 3e année, je ne vois pas COURS101.", but) == ["BINF3"]


INFO = catalogue({"MINF2": "Master 2 Informatique", "LEA2": "Licence LEA 2e année",
                  "LINF3": "Licence Informatique 3e année"},
                 {"MIN204": "Cloud", "LEAN21": "Grammaire anglaise", "XIN503": "Web"})


def test_a_courses_year_in_a_gloss_or_a_list_is_no_one_s_etape():
    staff = "olivier.tessier@unicaen.fr"
    assert said("Il y a 23 enseignants inscrits dans MIN204 (Cloud, M2 informatique).", INFO,
                staff) == []
    assert said("Mon cours de programmation web de L3 info (code XIN503) a disparu.", INFO,
                staff) == []
    assert said("Les groupes des cours suivants sont vides :\n- LEAN21 grammaire anglaise L2 : "
                "LEAN21-1 et LEAN21-2\n", INFO, staff) == []
    # the writer's own year is read as before
    assert said("Je suis en M2 informatique et je ne vois pas MIN204.", INFO) == ["MINF2"]
    assert said("Je suis en L2 LEA, grammaire anglaise LEAN21 n'apparaît pas.", INFO) \
        == ["LEA2"]


def test_the_year_a_teacher_teaches_for_in_english():
    assert said("I'm teaching the cloud seminar for the Master 2 informatique (MIN204) and "
                "cannot log in.", INFO, "j.smith@gmail.com") == []


def reply(body: str, known: Catalogue) -> list[str]:
    """The étapes said in a student's reply quoting the agent's answer and, beneath it, their
    first request, as a mail client writes it (a closing quoting the writer's own request
    right under it restates its étape: round 22, tests/test_etapes22.py)."""
    msg = EmailMessage()
    msg["From"], msg["To"] = "lea.martin@etu.unicaen.fr", "cemu.assistance@unicaen.fr"
    msg["Subject"], msg["Message-ID"] = "Re: [CEMU #48102] cours absent", "<t@test>"
    msg.set_content(body + "\n\nLe 9 sept. 2026 à 10:02, CEMU Assistance "
                    "<cemu.assistance@unicaen.fr> a écrit :\n"
                    "> Bonjour, pouvez-vous nous confirmer votre groupe de TD ?\n>\n"
                    "> Le 8 sept. 2026 à 09:15, lea.martin@etu.unicaen.fr a écrit :\n"
                    ">> Bonjour, je suis en L1 droit et je ne vois pas le cours COURS101.\n")
    return read(parse_mail(bytes(msg)), catalogue=known).entities.etapes_said


def test_a_closing_mail_says_no_etape_of_the_request_it_quotes():
    assert reply("C'est bon je vois le cours maintenant, merci beaucoup !", HEALTH) == []
    # a reply that still asks keeps the étape its history says
    assert reply("Toujours pas, je ne vois toujours pas le cours.", HEALTH) == ["DRT1"]


NAMES = catalogue({"DAEUA": "DAEU option A (littéraire)", "DAEUB": "DAEU option B (scientifique)",
                   "DUFLE": "DU Français Langue Etrangère",
                   "DUMED": "DU Médiation et règlement des conflits",
                   "PASSC": "PASS Parcours Accès Spécifique Santé - site de Caen",
                   "PASSL": "PASS Parcours Accès Spécifique Santé - site de Saint-Lô",
                   "DRT1": "Licence Droit 1re année"})


def test_a_programme_of_no_year_said_by_its_name_its_letter_or_its_initials():
    assert said("Bonjour, je suis en DAEU B et je ne vois pas COURS101.", NAMES) == ["DAEUB"]
    assert said("I am a refugee student in the DAEU A evening programme.", NAMES) == ["DAEUA"]
    assert said("Hi! I'm a DU FLE student, level B2, COURS101 is missing.", NAMES) == ["DUFLE"]
    assert said("Inscrit au DU Médiation, je n'ai accès qu'au module 1.", NAMES) == ["DUMED"]
    assert said("BONJOUR JE SUIS EN DAEU A ET JE N'AI PAS COURS101", NAMES) == ["DAEUA"]
    staff = "scolarite.sante@unicaen.fr"
    assert said("Nos étudiants de PASS Saint-Lô ne voient pas COURS101.", NAMES, staff) \
        == ["PASSL"]


def test_a_name_said_of_no_one_is_no_etape():
    # no letter: either DAEU
    assert said("Je suis en DAEU et je ne vois pas COURS101.", NAMES) == []
    # a headcount, a line in capitals where « DU » is a word
    staff = "scolarite.sante@unicaen.fr"
    assert said("Il y a 1 450 étudiants en PASS Caen cette année.", NAMES, staff) == []
    assert said("JE N'AI PAS ACCES AU COURS DU DAEU A DEPUIS LA RENTREE", NAMES) == []
