"""Groups and codes as people type them in passing: a subgroup glued (« TP2B ») whose label
spaces it (« TP 2B »), a BUT's resource numbered by its semester, a group's code said in words
after « groupe », a doubled letter typed once (extractors/group_names.py, mail_codes.py)."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.extractors.mail_codes import doubled_letter
from triage.model import ParsedMail


def codes(body: str, catalogue: Catalogue, subject: str = "Ecampus") -> list[str]:
    mail = ParsedMail(message_id="t", subject=subject, from_addr="nina.leroy@unicaen.fr",
                      text=body, new_text=body)
    return sorted(read(mail, catalogue=catalogue).entities.apogee_codes)


def test_a_glued_subgroup_whose_label_spaces_it():
    # the label « QLI1 Vire TP 2B » says whose TP2B it is: QLI1 and Vire, both written in the
    # mail; its « 2B » is the name's own piece, not a word the mail must write
    known = Catalogue.of(["VQLI1R03", "QLIV1-TP2A", "QLIV1-TP2B", "MPHV1-TP2B"],
                         labels={"VQLI1R03": "R1.03 Qualite", "QLIV1-TP2A": "QLI1 Vire TP 2A",
                                 "QLIV1-TP2B": "QLI1 Vire TP 2B",
                                 "MPHV1-TP2B": "MPH1 Vire TP 2B"})
    body = ("Bonjour,\nles étudiants ci-dessous n'ont pas de groupe dans VQLI1R03 :\n"
            "Camille DURAND TP2B\nHugo PETIT TP2A\nSecrétariat QLI 1 - IUT site de Vire")
    assert codes(body, known) == ["QLIV1-TP2A", "QLIV1-TP2B", "VQLI1R03"]


def test_a_but_resource_of_semester_three_is_the_second_years():
    # no labels: `CMMI3R07` (Caen, R3.07) shares its letters with the second year's groups,
    # not the first's (the number 3 read as a year alone would find none)
    known = Catalogue.of(["CMMI3R07", "CMMI1R02", "MMIC1-TP1A", "MMIC2-TP1A"])
    assert codes("jsuis en TP 1A mais jai pas le cours cmmi3r07", known) == \
        ["CMMI3R07", "MMIC2-TP1A"]
    assert codes("jsuis en TP 1A mais jai pas le cours cmmi1r02", known) == \
        ["CMMI1R02", "MMIC1-TP1A"]


def test_a_group_code_said_in_words_after_group():
    known = Catalogue.of(["FCGRH-03", "FOAD-DURH", "FOAD-DUCOM"])
    assert codes("Les stagiaires du groupe FOAD DU RH n'ont pas accès à FCGRH-03.", known) == \
        ["FCGRH-03", "FOAD-DURH"]
    # words that join no known code are no code
    assert codes("Les stagiaires du groupe FOAD DU MGT n'ont pas accès à FCGRH-03.", known) == \
        ["FCGRH-03"]


def test_a_doubled_letter_typed_once():
    known = Catalogue.of(["HITT204", "HITA204", "HESS110", "HES110B"])
    assert doubled_letter("HIT204", known) == "HITT204"
    assert doubled_letter("HES110", known) == "HESS110"
    assert doubled_letter("HIA204", known) is None          # (a letter left out, not doubled)
    assert codes("Bonjour, dans le cours HIT204 (version) je ne vois pas mon groupe.",
                 known) == ["HITT204"]


def test_two_doubled_readings_leave_the_code_as_written():
    known = Catalogue.of(["AALB101", "ALLB101"])
    assert doubled_letter("ALB101", known) is None


def test_a_word_after_group_beside_a_courses_stem():
    # `MGE2AC04` is element C04 under `MGE2A`; its apprentices' group is `MGE2AAPP`
    known = Catalogue.of(["MGE2AC04", "MGE2AC05", "MGE2AAPP", "MGE2AINI", "HLAN101", "HLAN3"])
    assert codes("Bonjour, en M2 je suis apprenti mais dans le cours MGE2AC04 on m'a mis dans "
                 "le groupe INI au lieu du groupe APP.", known) == \
        ["MGE2AAPP", "MGE2AC04", "MGE2AINI"]
    # a number after « groupe » is no such name (`HLAN3` is an étape)
    assert codes("dans HLAN101 je suis dans le groupe 3", known) == ["HLAN101"]


def test_a_group_named_by_a_word_and_a_number():
    # « groupe de stage 2 »: the group whose label holds « stage » and 2, of the head the
    # course's code matches (MEP2 in MEP2FR10), not the language group numbered 2
    known = Catalogue.of(["MEP2FR10", "MEP2-ST1", "MEP2-ST2", "MEP2-LV2", "MEP1-ST2"],
                         labels={"MEP2FR10": "Didactique du français",
                                 "MEP2-ST1": "MEEF2 stage groupe 1",
                                 "MEP2-ST2": "MEEF2 stage groupe 2",
                                 "MEP2-LV2": "MEEF2 langue groupe 2",
                                 "MEP1-ST2": "MEEF1 stage groupe 2"})
    assert codes("Le cours MEP2FR10 n'apparaît pas ; les autres du groupe de stage 2 non plus.",
                 known) == ["MEP2-ST2", "MEP2FR10"]
    # no course cited: which year's stage group is not said
    assert codes("Les autres du groupe de stage 2 n'ont pas le cours non plus.", known) == []


def test_a_course_title_written_after_the_group_name():
    # « le td4 de droit pénal »: the TD 4 whose label is that course's, not the other course of
    # the year the mail names; the mail's other name (« td 6 ») is of the same course
    known = Catalogue.of(["1DPEN1TD4", "1DPEN1TD6", "1DCON1TD4", "1DCON1TD6", "2DPEN1TD4"],
                         labels={"1DPEN1TD4": "TD 4 Droit pénal - L1",
                                 "1DPEN1TD6": "TD 6 Droit pénal - L1",
                                 "1DCON1TD4": "TD 4 DROIT CONSTITUTIONNEL - L1",
                                 "1DCON1TD6": "TD 6 DROIT CONSTITUTIONNEL - L1",
                                 "2DPEN1TD4": "TD 4 Droit pénal - L2"})
    assert codes("je suis en L1 droit, ecampus me met dans le td4 de droit pénal alors que je "
                 "suis en td 6", known) == ["1DPEN1TD4", "1DPEN1TD6"]
    # words that are no title leave it to the other rules: two L1 courses have a TD 4
    assert codes("je suis en L1 droit, ecampus me met dans le td4 de la semaine", known) == []
    # a title no label holds does not narrow the candidates
    assert codes("en L1 droit, dans le td4 de histoire", known) == []
