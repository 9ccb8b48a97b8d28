"""Groups cited in passing that round 18 reads (helper passing18): the apprentices of a year or
a course (« les alternants de 2e année » beside `MKT2R304`: `MKT2-ALT`), and a group named by its
number and its UE's (« le groupe 5 de l'UE 8 »: `SANUE8G05`)."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read, unit_groups
from triage.model import ParsedMail


def codes(body: str, catalogue: Catalogue) -> list[str]:
    mail = ParsedMail(message_id="t", subject="Ecampus", from_addr="paul.roger@unicaen.fr",
                      text=body, new_text=body)
    return sorted(read(mail, catalogue=catalogue).entities.apogee_codes)


BUT = Catalogue.of(["MKT2R304", "MKT2R305", "MKT3R502", "MKT2-TD1", "MKT2-ALT", "MKT3-ALT",
                    "MKT3-TD1", "MKT1-ALT"])


def test_the_apprentices_of_a_year_said():
    assert codes("Bonjour, les alternants de 2e année n'ont pas accès à MKT2R304.", BUT) \
        == ["MKT2-ALT", "MKT2R304"]
    assert codes("Hello, the apprentices of 3rd year cannot see MKT3R502.", BUT) \
        == ["MKT3-ALT", "MKT3R502"]


def test_the_apprentices_of_the_year_said_not_of_a_group_read():
    # the third year's apprentices' group is cited; the second year's is the one said
    assert codes("Les alternants de 2e année ne voient pas MKT2R305 ; ceux de 3e année "
                 "(MKT3-ALT) sont dans MKT3-TD1 en plus.", BUT) \
        == ["MKT2-ALT", "MKT2R305", "MKT3-ALT", "MKT3-TD1"]


def test_the_apprentices_of_a_course():
    cat = Catalogue.of(["B3ECO-4", "B3ECO4-ALT", "B3ECO4-FI"])
    assert codes("Les apprentis de B3ECO4 ne voient plus le cours.", cat) \
        == ["B3ECO-4", "B3ECO4-ALT"]


def test_no_apprentices_group_without_a_year_or_a_course():
    # one student's situation, or the apprentices with no year: no group (writers C and AM)
    assert codes("Je suis alternant et je ne vois pas MKT2R304.", BUT) == ["MKT2R304"]
    assert codes("Il manque tous les apprentis dans MKT2R304.", BUT) == ["MKT2R304"]
    # a year whose apprentices' group the cited courses do not reach
    assert codes("Les alternants de 1re année n'ont pas accès à MKT2R304.", BUT) == ["MKT2R304"]


SANTE = Catalogue.of(["SANUE8", "SANUE8G05", "SANUE8G06", "SANUE1G05", "SANUE18G05",
                      "SANUE1"])


def test_a_group_of_a_unit_by_their_numbers():
    assert codes("je suis dans le groupe 5 de l'UE 8 et je ne vois pas le QCM", SANTE) \
        == ["SANUE8G05"]
    assert codes("JE SUIS DANS LE GROUPE 6 DE L'UE 8 !!", SANTE) == ["SANUE8G06"]
    assert unit_groups.named("5", "1", SANTE) == "SANUE1G05"


def test_no_group_of_a_unit_when_none_or_several_fit():
    assert unit_groups.named("7", "8", SANTE) is None          # no group 7 of the UE 8
    two = Catalogue.of(["SANUE8G05", "PHUE8-TD5"])
    assert unit_groups.named("5", "8", two) is None            # two UEs numbered 8
    assert codes("le groupe 5 de l'UE 3", SANTE) == []
