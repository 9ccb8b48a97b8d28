"""A group named in passing (« TD 9 », « groupe 3 ») beside a course whose code and title say
which year's group it is, found by the groups' labels (extractors/group_names.courses_years)."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.extractors.group_names import courses_years
from triage.model import ParsedMail

HISTORY = Catalogue.of(
    ["HI1-ANT2", "HI2-MED1", "HIL1-TD04", "HIL1-TD09", "HIL2-TD04", "HIL2-TD09", "HIL3-TD04",
     "LET1-TD04"],
    labels={"HI1-ANT2": "Histoire ancienne 2 - la Grèce classique",
            "HI2-MED1": "Histoire médiévale 1",
            "HIL1-TD04": "TD 4 L1 histoire", "HIL1-TD09": "TD 9 L1 histoire",
            "HIL2-TD04": "TD 4 L2 histoire", "HIL2-TD09": "TD 9 L2 histoire",
            "HIL3-TD04": "TD 4 L3 histoire", "LET1-TD04": "TD 4 L1 lettres"})


def codes(body: str, catalogue: Catalogue = HISTORY, subject: str = "Ecampus") -> list[str]:
    mail = ParsedMail(message_id="t", subject=subject, from_addr="jules.roger@etu.unicaen.fr",
                      text=body, new_text=body)
    return sorted(read(mail, catalogue=catalogue).entities.apogee_codes)


def test_the_courses_year_and_title_say_whose_td_it_is():
    # HIL1 shares too few letters with HI1-ANT2 to be told by the codes alone: the course's
    # year (its code's first number) and its title's word « histoire » find the group
    assert codes("Bonjour, sur Ecampus on m'a mis dans le TD 4 du cours d'histoire ancienne "
                 "(HI1-ANT2) alors que je suis en TD 9 depuis septembre.") == \
        ["HI1-ANT2", "HIL1-TD04", "HIL1-TD09"]
    assert codes("hi2-med1 : je suis en td9 mais je vois que les docs du td4") == \
        ["HI2-MED1", "HIL2-TD04", "HIL2-TD09"]


def test_two_courses_of_two_years_leave_the_group_alone():
    assert codes("Je suis en TD 4, pour HI1-ANT2 et HI2-MED1 je ne vois rien.") == \
        ["HI1-ANT2", "HI2-MED1"]


def test_without_labels_nothing_is_guessed():
    plain = Catalogue.of(HISTORY.codes)
    assert codes("le TD 4 du cours HI1-ANT2 n'a pas les documents", plain) == ["HI1-ANT2"]


def test_a_but_resource_numbers_its_semester():
    # R3.02 is a resource of the third semester: the second year's group
    known = Catalogue.of(["VTC3R02", "TCV1-TD2", "TCV2-TD2", "TCV2-TP2A"],
                         labels={"VTC3R02": "R3.02 Prospection commerciale Vire",
                                 "TCV1-TD2": "TC1 Vire TD2", "TCV2-TD2": "TC2 Vire TD2",
                                 "TCV2-TP2A": "TC2 Vire TP2A"})
    assert codes("slt jsuis en TD2 et jai pas accès a VTC3R02 !!", known) == \
        ["TCV2-TD2", "VTC3R02"]
    assert [n.year for n in courses_years(["VTC3R02"], known)] == ["2"]


def test_a_bare_group_number_beside_a_course():
    known = Catalogue.of(["BIO2.GEN4", "SVL1-G3", "SVL2-G3", "SVL2-G5"],
                         labels={"BIO2.GEN4": "Biologie : génétique des populations",
                                 "SVL1-G3": "Groupe 3 L1 Biologie",
                                 "SVL2-G3": "Groupe 3 L2 Biologie",
                                 "SVL2-G5": "Groupe 5 L2 Biologie"})
    assert codes("Le cours BIO2.GEN4 a disparu de mon tableau de bord. On est dans le "
                 "groupe 3, les autres groupes l'ont.", known) == ["BIO2.GEN4", "SVL2-G3"]


def test_a_groups_own_code_and_a_word_say_no_year():
    # a group's code is no course (« TD 9 » is not a sibling of HIL1-TD04 by its year); a word
    # after « groupe » says a kind of group (« pas dans un groupe histoire »)
    assert courses_years(["HIL1-TD04"], HISTORY) == []
    assert codes("je ne suis pas dans un groupe histoire pour HI1-ANT2") == ["HI1-ANT2"]


def test_a_year_the_mail_says_outranks_the_courses():
    # « en L3 histoire » contradicts HI1-ANT2's year: no group is guessed from the course
    assert codes("Je suis en L3 histoire mais en TD 9 pour HI1-ANT2, je ne vois rien.") == \
        ["HI1-ANT2"]
