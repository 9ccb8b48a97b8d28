"""Étapes said in words, round 22 (helper etapes22): programmes named in small letters (« jsuis
en pass », « en capacité en droit », « en licence pro … »), a cohort with its article (« les LAS
1 SV »), a label's initials without its small words (« SV »), a programme's first word settling a
tie (« M1 histoire »), a year said apart from its programme (« (L2) », « , en 2e année », « GEA
2 »), a teacher's long sentence, a course's year before or after its code, a closing that
quotes the writer's own request, and the HTML of a mail whose text version is a stub.
Catalogues and mails written for these tests."""
from __future__ import annotations

from email.message import EmailMessage

from triage.extractors import read
from triage.mail.parse import parse_mail
from tests.test_etapes21 import catalogue, said  # the same catalogues and reading


STAFF = "claire.roux@unicaen.fr"

NAMES = catalogue({"PASS01": "PASS - Parcours d'accès spécifique santé",
                   "CAPD": "Capacité en droit (à distance)",
                   "LPFC": "Licence professionnelle Intervention sociale - formation continue",
                   "LPFI": "Licence professionnelle Intervention sociale - formation initiale",
                   "LAS1SV": "LAS 1 Sciences de la vie", "LAS1DR": "LAS 1 Droit",
                   "LAS2SV": "LAS 2 Sciences de la vie", "LAS2DR": "LAS 2 Droit",
                   "DUEFR": "DU Études françaises (étudiants internationaux)",
                   "DUFLE": "DU Français langue étrangère niveau B1",
                   "DUMED": "DU Médiation"})


def test_a_programme_named_in_small_letters_where_the_writer_says_they_are_in_it():
    assert said("slt jsuis en pass et jvois pas lUE stats COURS101 c normal ??", NAMES) \
        == ["PASS01"]
    assert said("Je suis inscrite en capacité en droit à distance et je n'ai accès à rien.",
                NAMES) == ["CAPD"]
    assert said("Je suis en licence pro intervention sociale, en formation continue. "
                "COURS101 n'est pas sur mon tableau de bord.", NAMES) == ["LPFC"]


def test_a_word_in_small_letters_is_a_word():
    # « être en capacité de », a pass of no one, « licence » with no word of the label
    assert said("Je suis en capacité de vous envoyer la liste demain.", NAMES) == []
    assert said("J'ai perdu mon pass Navigo et je ne vois pas COURS101.", NAMES) == []
    assert said("Je suis en licence et je ne vois pas COURS101.", NAMES) == []


def test_initials_of_a_label_without_its_small_words_and_a_cohort_with_its_article():
    assert said("Bonjour, je suis en LAS 2 SV et je n'ai pas l'UE COURS101.", NAMES) \
        == ["LAS2SV"]
    assert said("Les LAS 1 SV ne sont plus inscrits dans COURS101 depuis lundi.", NAMES,
                STAFF) == ["LAS1SV"]


def test_an_english_name_of_a_du():
    assert said("I'm an exchange student, I'm enrolled in the French studies DU for "
                "international students. I can't find my class.", NAMES) == ["DUEFR"]


YEARS = catalogue({"M1HIST": "Master 1 Histoire, civilisations, patrimoine",
                   "MEEF1H": "Master 1 MEEF 2nd degré Histoire-géographie",
                   "DLDH2": "Double licence Droit-Histoire 2e année",
                   "DRTL2": "Licence Droit 2e année", "HISL2": "Licence Histoire 2e année",
                   "BGEA2": "BUT GEA 2e année", "CAPD1": "Capacité en droit 1re année",
                   "LEAL3": "Licence LEA anglais-espagnol 3e année",
                   "STL3AP": "Licence STAPS 3e année Activité physique adaptée et santé (APAS)",
                   "STL3ES": "Licence STAPS 3e année Entraînement sportif",
                   "GEOL2": "Licence Sciences de la Terre 2e année",
                   "IAM1MK": "Master 1 Marketing"},
                  {"ST3TC.01": "Anglais", "GEO3C03": "Pétrologie", "GEO4C07": "Tectonique",
                   "IM1MKT04": "Marketing digital"})


def test_a_programme_is_named_by_its_first_word():
    assert said("Bonjour, je suis en M1 histoire. Le séminaire du jeudi a disparu.", YEARS) \
        == ["M1HIST"]


def test_a_year_said_apart_from_its_programme():
    assert said("je suis en double licence droit-histoire, en 2e année. J'ai tous mes cours "
                "de droit.", YEARS) == ["DLDH2"]
    assert said("Les étudiants de la double licence droit-histoire (L2) ne sont dans aucun "
                "groupe.", YEARS, STAFF) == ["DLDH2"]
    assert said("Bonjour, je suis en GEA 2 et je ne vois pas le cours de fiscalité.", YEARS) \
        == ["BGEA2"]
    assert said("Plusieurs de nos capacitaires de 1re année ne sont pas inscrits.", YEARS,
                STAFF) == ["CAPD1"]


def test_a_subject_or_a_course_in_brackets_is_no_one_s_year():
    # no diploma named: the year of what a teacher teaches
    assert said("Je suis chargé de TD vacataire en droit des obligations (L2) cette année.",
                YEARS, "marc.olivier@avocat.fr") == []
    assert said("Le cours de droit civil (L2) n'a aucun groupe.", YEARS, STAFF) == []


def test_a_courses_year_and_a_teachers_long_sentence():
    assert said("L'anglais de L3 (ST3TC.01) est mutualisé entre les trois parcours. Depuis "
                "lundi, les L3 APAS ont disparu des participants.", YEARS, STAFF) == ["STL3AP"]
    assert said("J'assure cette année les TD de pétrologie (GEO3C03) et de tectonique "
                "(GEO4C07) en L2 Sciences de la Terre.\nJe ne suis pas inscrit.", YEARS,
                STAFF) == []
    assert said("J'interviens dans le cours IM1MKT04 (Marketing digital) du M1 Marketing à "
                "l'IAE.", YEARS, STAFF) == []


def closing(quoted_from: str) -> list[str]:
    """The étapes said in a student's thank-you quoting a message of `quoted_from`."""
    msg = EmailMessage()
    msg["From"], msg["To"] = "lea.martin@etu.unicaen.fr", "cemu.assistance@unicaen.fr"
    msg["Subject"], msg["Message-ID"] = "Re: [CEMU #48102] cours absent", "<t@test>"
    msg.set_content("C'est bon je vois le cours maintenant, merci beaucoup !\n\n"
                    f"Le 8 sept. 2026 à 09:15, Léa Martin <{quoted_from}> a écrit :\n"
                    "> Bonjour, je suis en double licence droit-histoire, en 2e année, et je "
                    "ne vois pas COURS101.\n")
    return read(parse_mail(bytes(msg)), catalogue=YEARS).entities.etapes_said


def test_a_closing_that_quotes_the_writers_own_request_restates_its_etape():
    assert closing("lea.martin@etu.unicaen.fr") == ["DLDH2"]
    # beneath someone else's message: the closing says none (round 21)
    assert closing("cemu.assistance@unicaen.fr") == []


def test_the_html_of_a_mail_whose_text_is_a_stub():
    msg = EmailMessage()
    msg["From"], msg["To"] = STAFF, "cemu.assistance@unicaen.fr"
    msg["Subject"], msg["Message-ID"] = "Liste étudiants sans cours", "<t@test>"
    msg.set_content("Bonjour, voir le tableau. Julie\n")
    msg.add_alternative("<p>Bonjour,</p><p>Ces étudiants de PASS n'ont pas accès à l'UE "
                        "COURS101 depuis la rentrée :</p><table><tr><th>Numéro</th><th>Nom</th>"
                        "</tr><tr><td>26020001</td><td>MARTIN Léa</td></tr><tr><td>26020114"
                        "</td><td>DURAND Hugo</td></tr></table><p>Julie Marchand - Scolarité "
                        "PASS/LAS</p>", subtype="html")
    assert read(parse_mail(bytes(msg)), catalogue=NAMES).entities.etapes_said == ["PASS01"]
    # the same HTML beside a text version that says it: read once, from the text
    msg.get_body(("plain",)).set_content("Bonjour,\nCes étudiants de PASS n'ont pas accès à "
                                         "l'UE COURS101 :\n26020001\nJulie Marchand - "
                                         "Scolarité\n")
    assert read(parse_mail(bytes(msg)), catalogue=NAMES).entities.etapes_said == ["PASS01"]
