"""Round 20 (helper `etapes20`): which writers' gold can judge the étapes said in words, and the
years said that are no one's étape. Catalogues, golds and mails written for these tests."""
from __future__ import annotations

import json

from triage.catalogue import Catalogue
from triage.extractors.evaluation import etapes_judged

ETAPES = {"LJUR1": "Licence Droit 1re année", "LHST2": "L2 HISTOIRE"}
LABELLED = Catalogue.of(list(ETAPES), ETAPES, list(ETAPES))
UNLABELLED = Catalogue.of(list(ETAPES), None, list(ETAPES))


def _folder(tmp_path, name: str, gold: dict):
    folder = tmp_path / name
    folder.mkdir()
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_a_gold_that_lists_the_etapes_said_judges_them(tmp_path):
    folder = _folder(tmp_path, "train-x", {"001.eml": {"apogee_codes": [], "etapes_said": []},
                                           "002.eml": {"apogee_codes": [], "etapes_said":
                                                       ["LJUR1"]}})
    assert etapes_judged(folder, LABELLED) == {"LJUR1", "LHST2"}


def test_a_gold_before_the_convention_says_nothing_of_them(tmp_path):
    """A writer who neither lists them nor counts them among its codes: every étape read would
    be scored wrong, though its mails say « je suis en L1 droit »."""
    folder = _folder(tmp_path, "train-j", {"001.eml": {"apogee_codes": ["HST2MED"]}})
    assert etapes_judged(folder, LABELLED) == frozenset()


def test_the_writers_who_count_them_among_their_codes_are_judged(tmp_path):
    folder = _folder(tmp_path, "heldout-12", {"001.eml": {"apogee_codes": ["LJUR1"]}})
    assert etapes_judged(folder, LABELLED) == {"LJUR1", "LHST2"}


def test_a_catalogue_without_labels_is_not_judged(tmp_path):
    """The étapes are read by their labels (REFER gives each its label): without them the
    reader can read none, and its silence says nothing."""
    folder = _folder(tmp_path, "train-n", {"001.eml": {"apogee_codes": [], "etapes_said":
                                                       ["LJUR1"]}})
    assert etapes_judged(folder, UNLABELLED) == frozenset()
    assert etapes_judged(folder, None) == frozenset()


# --- the reader: years said (extractors/etapes_said.py), numbers (identifiers, disowned) ---

from triage.extractors import read  # noqa: E402
from triage.model import ParsedMail  # noqa: E402

ELEMENTS = {"GEA1R05": "Droit des affaires", "PSYA101": "Psychologie du développement"}
STAGES = {"BGEA1": "BUT GEA 1re année", "LPSY1": "Licence Psychologie 1re année",
          "LPSY1D": "Licence Psychologie 1re année à distance",
          "XMEC3": "Ingénieur ESIX Mécanique 1re année (cycle ingénieur)",
          "LDRT1": "L1 DROIT", "CAPDR1": "Droit CAPDR1"}
SCHOOL = Catalogue.of([*ELEMENTS, *STAGES], {**ELEMENTS, **STAGES}, list(STAGES))
# the same without the distance licence
ONE_LICENCE = Catalogue.of([c for c in [*ELEMENTS, *STAGES] if c != "LPSY1D"],
                           {**ELEMENTS, **STAGES}, [c for c in STAGES if c != "LPSY1D"])


def _read(body: str, sender: str = "camille.roy@etu.unicaen.fr", catalogue=SCHOOL):
    mail = ParsedMail(message_id="t", subject="Ecampus", from_addr=sender, text=body,
                      new_text=body)
    return read(mail, catalogue=catalogue).entities


def test_a_dot_inside_a_code_ends_no_sentence():
    """The teacher's « j'assure » stays in the sentence across the code's dot."""
    teacher = "Bonjour,\nJ'assure la ressource R1.05 (Droit) en BUT GEA 1re année, sans accès.\n"
    assert _read(teacher, "paul.morel@unicaen.fr").etapes_said == []
    # a sentence that did end still ends: the student's own year is read
    student = "Bonjour. J'ai vu la ressource R1.05. Je suis en BUT GEA 1re année.\n"
    assert _read(student).etapes_said == ["BGEA1"]


def test_a_programme_named_by_its_words_beats_initials_met_by_chance():
    """« ci-joint » agrees with the initials of « cycle ingénieur » as « psycho » with
    « Psychologie »: the word said wins the tie."""
    body = "Vous trouverez ci-joint la liste des étudiants de L1 psycho absents du cours PSYA101.\n"
    assert _read(body, "scol.psy@unicaen.fr", ONE_LICENCE).etapes_said == ["LPSY1"]


def test_the_diploma_said_and_distance_settle_a_tie():
    assert _read("Je suis en L1 droit à Caen et je ne vois rien.").etapes_said == ["LDRT1"]
    assert _read("Je suis en première année de licence de psychologie (en présentiel).") \
        .etapes_said == ["LPSY1"]
    assert _read("Je suis en première année de licence de psychologie, à distance.") \
        .etapes_said == ["LPSY1D"]
    # saying neither leaves the two licences tied: none
    assert _read("Je suis en première année de licence de psychologie.").etapes_said == []


def test_a_number_after_a_closed_clause_of_another_cue_is_read():
    entities = _read("Je n'ai pas le cours (code PSYA101 sur mon contrat pédagogique), numéro "
                     "25006641. Merci")
    assert entities.student_numbers == ["25006641"]
    entities = _read("Pour le dossier 2025-TD-118, il reste 24007745 en TD 6.",
                     "scol.droit@unicaen.fr")
    assert entities.student_numbers == ["24007745"]
    # the cue's own number is still not a student's
    assert _read("Voir mon contrat pédagogique 25006641 ci-joint.").student_numbers == []


def test_a_replaced_number_is_nobodys():
    entities = _read("- 26012001 BLONDEL Tom\n- 26012190 VIARD Jade (ancien numéro 26012109 "
                     "corrigé)\n", "scol.gea@unicaen.fr")
    assert entities.student_numbers == ["26012001", "26012190"]


def test_a_signature_number_typed_with_the_letter_o():
    assert _read("Bonjour, je ne vois pas PSYA101.\nCamille Roy\n25 2O9 947\n") \
        .student_numbers == ["25209947"]
    # a room or a course with an O on its line is no number
    assert _read("Bonjour,\nsalle 2O4\nBIO 2O1\n").student_numbers == []


def test_a_teachers_year_is_no_etape_said():
    for body in ("Je dois assurer la ressource R1.05 pour les BUT GEA 1re année, sans espace.",
                 "Je fais cours aux L1 psycho cette année mais je ne suis pas enseignante.",
                 "I am a visiting lecturer, teaching GEA1R05 (BUT GEA 1re année)."):
        assert _read(body, "paul.morel@unicaen.fr").etapes_said == [], body
    # the cohort a staff member's mail is about stays said
    assert _read("Les étudiants de L1 psycho ne voient pas PSYA101.", "paul.morel@unicaen.fr",
                 ONE_LICENCE).etapes_said == ["LPSY1"]


def test_a_student_file_number_is_the_student_number_unless_another_system_owns_it():
    signature = "Cordialement,\nScolarité Licence Droit\nTél. 02 31 56 55 12\nN° dossier : 23007745\n"
    assert _read(signature, "scol.droit@unicaen.fr").student_numbers == ["23007745"]
    assert _read("Mon numéro de dossier Parcoursup : 24107735, merci.").student_numbers == []


def test_english_teaching_in_a_year_is_the_courses_and_to_students_the_cohort():
    assert _read("I teach cognitive psychology in the distance L1 (PSYA101).",
                 "emily.carter@unicaen.fr", ONE_LICENCE).etapes_said == []
    assert _read("I teach development to the first-year psychology students (PSYA101).",
                 "emily.carter@unicaen.fr", ONE_LICENCE).etapes_said == ["LPSY1"]


def test_a_distance_said_in_the_years_clause_settles_it_and_distance_alone_agrees_with_nothing():
    assert _read("Je suis inscrite en L1 psycho à distance, pas dans un groupe « présentiel ».") \
        .etapes_said == ["LPSY1D"]
    # a label agreeing only by « distance » is not the programme said
    other = Catalogue.of(["LPSY1", "LORI1"], {"LPSY1": "Licence Psychologie 1re année",
                                              "LORI1": "Licence Langues orientales à distance 1re année"},
                         ["LPSY1", "LORI1"])
    assert _read("Les étudiants à distance de L1 psychologie ne sont pas inscrits.",
                 "scol.psy@unicaen.fr", other).etapes_said == ["LPSY1"]
