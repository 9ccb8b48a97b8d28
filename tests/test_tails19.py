"""Groups hung on a course code's tail (round 19, helper tails19): a scheme that builds a
group's code from the course's subject and number, its prefix dropped (`ESP21-G3` of
`LE2ESP21`) or its semester's digit moved (`CHI403-TD2` of `S4CHI.03`), gives the groups a
mail names in passing beside that course."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read, tail_groups
from triage.model import ParsedMail


def codes(body: str, catalogue: Catalogue) -> list[str]:
    mail = ParsedMail(message_id="t", subject="Ecampus", from_addr="lea.martin@unicaen.fr",
                      text=body, new_text=body)
    return sorted(read(mail, catalogue=catalogue).entities.apogee_codes)


SCIENCES = Catalogue.of(
    ["S4CHI.03", "S4CHI.04", "CHI403-TD1", "CHI403-TD2", "CHI403-TP1", "CHI404-TD1",
     "CHI404-TD2", "BCHI2", "BCHI2-TD1", "BCHI2-TD2"],
    {"S4CHI.03": "CHIMIE ORGANIQUE 4", "S4CHI.04": "SPECTROSCOPIE 4",
     "CHI403-TD1": "TD1 CHIMIE ORGANIQUE S4", "CHI403-TD2": "TD2 CHIMIE ORGANIQUE S4",
     "CHI403-TP1": "TP1 CHIMIE ORGANIQUE S4", "CHI404-TD1": "TD1 SPECTROSCOPIE S4",
     "CHI404-TD2": "TD2 SPECTROSCOPIE S4"})


def test_the_heads_a_course_code_gives():
    assert {"CHI03", "CHI403", "HI403"} <= tail_groups.tail_heads("S4CHI.03")
    assert "ESP21" in tail_groups.tail_heads("LE2ESP21")
    assert "ALL5" in tail_groups.tail_heads("LEA5ALL")
    assert tail_groups.groups_of_course("S4CHI.03", SCIENCES) == {
        "CHI403-TD1": "TD1", "CHI403-TD2": "TD2", "CHI403-TP1": "TP1"}


def test_a_group_named_beside_its_course_whose_digit_its_groups_move():
    # the semester's digit moved after the subject: not another year's TD 2 (`BCHI2-TD2`)
    assert codes("Je suis inscrite en TD2 de S4CHI.03 mais Ecampus me met en TD1.",
                 SCIENCES) == ["CHI403-TD1", "CHI403-TD2", "S4CHI.03"]
    assert codes("mon TP1 de spectro S4CHI.04 n'existe pas ?", SCIENCES) == ["S4CHI.04"]


LANGUES = Catalogue.of(
    ["LE2ESP21", "LE2ESP22", "ESP21-G1", "ESP21-G2", "ESP21-G3", "ESP22-G1"],
    {"LE2ESP21": "ESPAGNOL ORAL S3", "LE2ESP22": "ESPAGNOL ECRIT S3",
     "ESP21-G1": "Groupe 1 Espagnol oral S3", "ESP21-G2": "Groupe 2 Espagnol oral S3",
     "ESP21-G3": "Groupe 3 Espagnol oral S3", "ESP22-G1": "Groupe 1 Espagnol écrit S3"})


def test_a_group_by_its_number_beside_its_course_whose_prefix_its_groups_drop():
    assert codes("En espagnol oral (LE2ESP21) je devrais être dans le groupe 3.", LANGUES) \
        == ["ESP21-G3", "LE2ESP21"]


def test_no_group_where_the_catalogue_does_not_say_whose():
    # two courses of two years give the head `ESP21`, and nothing tells which one it is
    two_years = Catalogue.of(["LE1ESP21", "LE2ESP21", "ESP21-G1", "ESP21-G2"])
    assert tail_groups.groups_of_course("LE2ESP21", two_years) == {}
    assert codes("Dans LE2ESP21 je devrais être en G2.", two_years) == ["LE2ESP21"]
    # a head that starts elements too is a year's, not a course's tail (`ANG2U01`)
    year = Catalogue.of(["DL1ANG2", "ANG2U01", "ANG2U02", "ANG2-TD1", "ANG2-TD2"])
    assert tail_groups.groups_of_course("DL1ANG2", year) == {}
    # labels of another subject: a head shared by chance
    other = Catalogue.of(["L2HIS07", "HIS207-TD1", "HIS207-TD2"],
                         {"L2HIS07": "Histoire moderne", "HIS207-TD1": "TD1 Géographie physique",
                          "HIS207-TD2": "TD2 Géographie physique"})
    assert tail_groups.groups_of_course("L2HIS07", other) == {}
    assert codes("Cours L2HIS07 : je suis en TD1.", other) == ["L2HIS07"]


BIOLOGIE = Catalogue.of(
    ["SV4-ECO3", "ECO3TP1", "ECO3TP2", "ECO3TD1"],
    {"SV4-ECO3": "ECOLOGIE 3", "ECO3TP1": "TP1 ECOLOGIE 3 (mardi)",
     "ECO3TP2": "TP2 ECOLOGIE 3 (vendredi)", "ECO3TD1": "TD1 ECOLOGIE 3"})


def test_a_tp_named_by_its_day_beside_its_course():
    assert codes("Pour SV4-ECO3 je voudrais passer aux TP du vendredi.", BIOLOGIE) \
        == ["ECO3TP2", "SV4-ECO3"]
    # a day no group's label says names none
    assert codes("Pour SV4-ECO3 je voudrais passer aux TP du jeudi.", BIOLOGIE) \
        == ["SV4-ECO3"]


def test_an_etapes_tail_is_left_to_its_year():
    # `PSY3-EAD` hangs on the étape `LPSY3`'s tail: a year's group, which `year_groups` reads
    # with its own guards (a quoted « TD 3 présentiel » beside a course of semester 5 is none)
    cat = Catalogue.of(["LPSY3", "PSY5-C11", "PSY3-EAD", "PSY3-TD03"], etapes=["LPSY3"])
    assert tail_groups.groups_of_course("LPSY3", cat) == {}
