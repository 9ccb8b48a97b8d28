"""Étapes said in words, round 23 (helper etapes23): a teacher's charge and verbs (« chargé de
TD en L1 info », « j'enseigne … en M1 », « j'encadre », « j'anime »), a tutor's bracket, an
alumnus's past year, a course's year before its code after a colon or « , code », lines wrapped
by a mail client, years past the third (« 4e année de pharmacie »), a health year named by its
national diploma (« DFGSP3 »), a move's old programme, a BUT's department and its year as a
digit, a cohort named right after its word, « but » in small letters, « 1st degree », a code's
letters, a year's ordinal in brackets. Catalogues and mails written for these tests, and the training mails of
writers BB and BG with their catalogues."""
from __future__ import annotations

import json
from pathlib import Path

from triage.extractors import read
from triage.extractors.evaluation import load, load_catalogue
from triage.mail.parse import parse_mail
from tests.test_etapes21 import catalogue, said  # the same catalogues and reading

STAFF = "claire.roux@unicaen.fr"

TEACHING = catalogue({"LINF1": "Licence Informatique 1re année",
                      "LINF3": "Licence Informatique 3e année",
                      "LGEO1": "Licence Géographie et aménagement 1re année",
                      "MEEF1": "Master 1 MEEF 1er degré", "MEEF2": "Master 2 MEEF 1er degré",
                      "HSM1HI": "Master 1 Histoire",
                      "MPSYC1": "Master 1 Psychologie clinique et psychopathologie"},
                     {"COURS101": "Un cours", "PSM1-14": "Psychopathologie de l'adulte",
                      "M.2HRP1A": "Séminaire de recherche"})


def test_a_meefs_degree_in_english():
    assert said("I would like all my M1 MEEF 1st degree students to access my space COURS101.",
                catalogue({"MEEF1": "Master 1 MEEF 1er degré",
                           "MEEF1S": "Master 1 MEEF 2nd degré"}), STAFF) == ["MEEF1"]


def test_a_teachers_charge_and_verbs_name_the_year_of_a_course():
    assert said("Doctorant chargé de TD en L1 info, je suis bien enseignant dans COURS101 "
                "mais il n'apparaît pas sur mon tableau de bord.", TEACHING, STAFF) == []
    assert said("Je suis doctorant et j'encadre cette année les TP de compilation en L3 info. "
                "Les étudiants ne voient pas COURS101.", TEACHING, STAFF) == []
    assert said("Professeur émérite, j'anime toujours le séminaire de M1 histoire. Je ne suis "
                "pas inscrit dans COURS101.", TEACHING, STAFF) == []
    # the students they describe are the cohort the mail is about
    assert said("J'enseigne l'analyse de pratiques en M1 et M2 MEEF premier degré. Mes "
                "étudiants de M2 MEEF premier degré ne voient pas COURS101.", TEACHING,
                STAFF) == ["MEEF2"]
    # a student's « chargée de TD » is someone else
    assert said("Je suis en L1 info et je ne vois pas les annonces de ma chargée de TD dans "
                "COURS101.", TEACHING) == ["LINF1"]


def test_a_tutor_an_alumnus_and_a_course_named_by_its_code_after_the_year():
    assert said("Je suis étudiant en M2 mais aussi tuteur (contrat étudiant) pour les L1 de "
                "géographie. Je n'ai pas accès à COURS101.", TEACHING, STAFF) == []
    assert said("I studied at Caen in 2023-2024 (L3 informatique, exchange year). I need a "
                "transcript of records.", TEACHING, "s.ortiz@gmail.com") == []
    assert said("Ma collègue assure avec moi les enseignements de psychopathologie en M1 : "
                "PSM1-14. Elle n'y est pas enseignante.", TEACHING, STAFF) == []
    assert said("je cherche l'espace du séminaire de recherche des M2 histoire, code m2hrp1a "
                "d'après la maquette.", TEACHING, STAFF) == []


def test_a_line_wrapped_by_the_mail_client_goes_on():
    body = ("Je me permets de vous écrire pour mon fils, étudiant en première année de licence "
            "de\ninformatique à Caen. Il n'a pas accès au cours COURS101 sur Ecampus.")
    assert said(body, TEACHING, "n.girard14@orange.fr") == ["LINF1"]


HEALTH = catalogue({"PHAR2": "DFGSP2 Pharmacie 2e année", "PHAR3": "DFGSP3 Pharmacie 3e année",
                    "PHAR4": "DFASP1 Pharmacie 4e année",
                    "DFASP2": "DFASP2 Pharmacie (5e année)",
                    "ESX4": "Ingénieur ESIX Mécatronique 4A"})


def test_a_year_past_the_third_and_a_health_year_named_by_its_diploma():
    assert said("Bonsoir, je suis en 4e année de pharmacie et je suis dans le mauvais groupe "
                "de COURS101.", HEALTH) == ["PHAR4"]
    assert said("Plusieurs étudiants de DFGSP3 manquent dans COURS101.", HEALTH, STAFF) \
        == ["PHAR3"]
    # a course's year, and a name written where no one is said to be in it
    assert said("J'assure les ED de l'UE 17 en 5e année de pharmacie (COURS101).", HEALTH,
                STAFF) == []
    assert said("Mes TP sont dans ADE (fiche « Pharmaco TP - DFGSP3 »).", HEALTH, STAFF) == []


LANGUAGES = catalogue({"LEA2": "Licence LEA Anglais-Espagnol 2e année",
                       "LLCEA2": "Licence LLCER Anglais 2e année",
                       "INF2": "Licence Informatique 2e année",
                       "BGEA1": "BUT GEA 1re année", "BGEA2": "BUT GEA 2e année",
                       "BINF2": "BUT Informatique 2e année",
                       "INFL3": "Licence Informatique 3e année",
                       "DRTL1": "Licence Droit 1re année", "HISL1": "Licence Histoire 1re année"},
                      {"COURS101": "Un cours", "GEA-R301": "Une ressource",
                       "D1HISTO1": "Histoire du droit"})


def test_a_move_leaves_the_programme_it_left():
    assert said("J'ai changé de parcours en décembre (de la L2 LEA vers la L2 LLCER anglais), "
                "depuis je n'ai plus COURS101.", LANGUAGES) == ["LLCEA2"]
    assert said("j'avais changé de parcours (passage de L2 info à L2 LEA), je n'ai plus "
                "COURS101.", LANGUAGES) == ["LEA2"]


def test_a_buts_department_and_its_year_as_a_digit():
    assert said("Sur ecampus je suis dans le mauvais TD de COURS101. Je suis en BUT GEA 1.",
                LANGUAGES) == ["BGEA1"]
    assert said("Je ne vois pas COURS101 sur mon tableau de bord.\nClara, BUT GEA 2",
                LANGUAGES) == ["BGEA2"]
    assert said("Je suis inscrite en BUT info 2 et je n'ai pas accès à COURS101.", LANGUAGES) \
        == ["BINF2"]
    # a cohort named right after its word is its name
    assert said("on peut synchroniser la cohorte BUT GEA 2 dans GEA-R301 ?", LANGUAGES,
                STAFF) == []


def test_english_years_a_small_but_and_a_codes_letters():
    assert said("I made my course COURS101 visible yesterday but my students still cannot see "
                "it. Third year computer science, 62 students.", LANGUAGES, STAFF) == ["INFL3"]
    assert said("Dear support, how do I add the cohort of the first year law students to my "
                "course D1HISTO1?", LANGUAGES, STAFF) == ["DRTL1"]
    assert said("I'm an exchange student in BUT Informatique (2nd year). I never reach "
                "Ecampus.", LANGUAGES) == ["BINF2"]


WRITTEN = Path(__file__).resolve().parent / "corpus" / "written"


def _read_said(folder: str, prefix: str) -> tuple[list[str], list[str]]:
    path = WRITTEN / folder
    known = load_catalogue(path)
    sample = next(s for s in load(path) if s.name.startswith(prefix))
    gold = json.loads((path / "gold.json").read_text(encoding="utf-8"))[sample.name]
    return read(parse_mail(sample.raw), catalogue=known).entities.etapes_said, gold["etapes_said"]


def test_the_training_mails_of_writers_bb_and_bg():
    for folder, prefix in (("train-ah", "004"), ("train-ah", "070"), ("train-ah", "020"),
                           ("train-ah", "047"), ("train-ah", "048"), ("heldout-24", "029"),
                           ("heldout-24", "033")):
        got, want = _read_said(folder, prefix)
        assert sorted(got) == sorted(want), (folder, prefix)
