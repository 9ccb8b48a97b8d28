"""Groups named in passing that round 17 reads (helper groups17): the groups of the étape a
course's code abbreviates (a health first year's TDs, `SANT-TD04` beside `S1.UE06`), a kind of
study beside a cited group (`71G1-ALT` beside `71G1-TD2`), a DU's kinds under its head
(`D.CGE.FOAD` beside the element `D.CGE.03`), and « le groupe TD » of a course with one TD group
(`M.1HRP9CTD`)."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read, year_groups
from triage.model import ParsedMail


def codes(body: str, catalogue: Catalogue) -> list[str]:
    mail = ParsedMail(message_id="t", subject="Ecampus", from_addr="ines.morel@etu.unicaen.fr",
                      text=body, new_text=body)
    return sorted(read(mail, catalogue=catalogue).entities.apogee_codes)


# A health first year: its UEs abbreviate the étape (`S1.UE06`), its groups hang on the
# programme's name (`SANT-…`), which the étape's label says; a licence of year 1 whose letters
# also hold an S, without such groups.
HEALTH_CODES = ["S1.UE06", "S1.UE07", "SANT1", "SANT-TD03", "SANT-TD04", "SANT-EAD",
                "SOCL1", "SOC1-101", "ZOO1-TD04"]
HEALTH = Catalogue.of(HEALTH_CODES, {"SANT1": "SANT Première année santé",
                                     "SOCL1": "Licence sociologie 1re année",
                                     "SANT-TD04": "TD04 SANT", "SANT-EAD": "SANT à distance"},
                      ["SANT1", "SOCL1"])


def test_a_td_of_the_etape_a_course_abbreviates():
    assert codes("Bonjour, dans l'UE S1.UE06 je ne vois pas les documents du TD 4.", HEALTH) \
        == ["S1.UE06", "SANT-TD04"]


def test_the_distance_group_of_that_etape():
    assert codes("Les étudiants du groupe à distance ne voient pas le quiz de S1.UE07.", HEALTH) \
        == ["S1.UE07", "SANT-EAD"]


def test_no_etape_group_when_the_etape_is_not_the_one():
    # two étapes of year 1 whose letters hold S and with such groups: nothing is guessed
    two = Catalogue.of([*HEALTH_CODES, "SPORT1", "SPORT-TD04"],
                       {**HEALTH.labels, "SPORT1": "SPORT Licence STAPS 1re année"},
                       ["SANT1", "SOCL1", "SPORT1"])
    assert year_groups.etape_heads(["S1.UE06"], two) == ()
    assert "SANT-TD04" not in codes("Dans S1.UE06 je suis en TD 4.", two)
    # an étape's label that does not name the groups' head ties nothing
    unnamed = Catalogue.of(HEALTH_CODES, {"SANT1": "Première année santé"}, ["SANT1", "SOCL1"])
    assert codes("Dans l'UE S1.UE06 je suis en TD 4.", unnamed) == ["S1.UE06"]


def test_a_kind_of_study_beside_a_cited_group():
    cat = Catalogue.of(["71GS1.02", "71G1-TD1", "71G1-TD2", "71G1-ALT", "71G1-FI"])
    assert codes("En 71GS1.02 je suis dans le groupe 71G1-TD2 au lieu du groupe des alternants.",
                 cat) == ["71G1-ALT", "71G1-TD2", "71GS1.02"]
    # a word that says no kind is no such sibling
    assert codes("En 71GS1.02 je suis dans le groupe 71G1-TD2, le groupe Dupont.", cat) \
        == ["71G1-TD2", "71GS1.02"]


def test_a_kind_of_study_under_the_head_of_a_numbered_element():
    cat = Catalogue.of(["D.CGE.01", "D.CGE.03", "D.CGE.FOAD", "D.CGE.PRES"])
    assert codes("Dans le module D.CGE.03 je suis dans le groupe présentiel et pas dans le "
                 "groupe FOAD.", cat) == ["D.CGE.03", "D.CGE.FOAD", "D.CGE.PRES"]


def test_the_one_td_group_of_a_course():
    cat = Catalogue.of(["M.1HRP9C", "M.1HRP9CTD", "M.1HRP9CEM", "L2HIS-TD3"])
    assert codes("Les étudiants de M.1HRP9C ne sont pas dans le groupe TD.", cat) \
        == ["M.1HRP9C", "M.1HRP9CTD"]
    # « le groupe TD 3 » names a numbered group, not the course's TD group
    assert "M.1HRP9CTD" not in codes("En M.1HRP9C je suis dans le groupe TD 3.", cat)
    # a course without a group tailed TD: nothing
    assert codes("Les étudiants de L2HIS ne sont pas dans le groupe TD.",
                 Catalogue.of(["L2HIS", "L2HIS-TD3", "L2HIS-TD4"])) == ["L2HIS"]


def test_a_kind_of_group_is_no_group():
    cat = Catalogue.of(["M.1HRP9C", "M.1HRP9CTD", "M.1HRP9CEM"])
    assert codes("Dans M.1HRP9C je ne suis dans aucun groupe de TD.", cat) == ["M.1HRP9C"]


def test_a_kind_already_read_is_not_read_again():
    # « groupe ALT (nos apprentis) … au lieu du groupe alternants »: one group, read once
    cat = Catalogue.of(["GE2R301", "GE2-TD2", "GE2-ALT", "GE3-TD2", "GE3-ALT"])
    assert "GE3-ALT" not in codes("Les étudiants du groupe GE2-ALT sont dans le groupe GE3-TD2 "
                                  "au lieu du groupe des alternants.", cat)
