"""The reader with a catalogue of REFER's size: a catalogue that holds many programmes holds a
« TD1 » of every one, and groups whose labels look like the mail's words. A group named in
passing is looked for first among the groups of what the mail cites, and a look-alike elsewhere
invents no code (extractors/group_names.py, round 15)."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.model import ParsedMail

# A law course whose groups carry their own tail (`-T1`) and a label that says « TD1 »; beside
# it, other programmes' groups named `TD01`, `TD1`… under heads that look like the course's
# code (`DCIV` holds D, C, I, V in order, as `D3CIV07` does) or like a year said in words.
OWN = {"D3CIV07": "Droit civil 7 L3", "D3CIV07-T1": "TD1 Droit civil 7",
       "D3CIV07-T2": "TD2 Droit civil 7", "D3CIV07-T3": "TD3 Droit civil 7",
       "M4PEN02": "Procédure pénale M1", "M4PEN02-T1": "TD1 Procédure pénale",
       "M4PEN02-T2": "TD2 Procédure pénale"}
LOOK_ALIKES = {"DCIV-TD01": "TD 1 Droit civil", "DCIV-TD02": "TD 2 Droit civil",
               "DCIV-TD03": "TD 3 Droit civil", "L3DRO-TD1": "TD1 L3 Droit",
               "L3DRO-TD3": "TD3 L3 Droit", "DRT3CIVTD1": "TD 1 L3 droit civil",
               "GEA2-TD2": "TD2 BUT GEA 2", "X9ZZ-TD2": "TD2 Zoologie"}
BIG = Catalogue.of([*OWN, *LOOK_ALIKES], {**OWN, **LOOK_ALIKES})
SMALL = Catalogue.of(OWN, OWN)


def codes(body: str, catalogue: Catalogue = BIG) -> list[str]:
    mail = ParsedMail(message_id="t", subject="Groupes", from_addr="a.morel@unicaen.fr",
                      text=body, new_text=body)
    return sorted(read(mail, catalogue=catalogue).entities.apogee_codes)


def test_the_cited_courses_group_wins_over_look_alikes_of_other_programmes():
    body = ("Bonjour, pour le cours D3CIV07, les étudiants du TD1 et du TD3 ne voient pas "
            "les documents. Merci")
    # the course's own groups, by their labels (« TD1 Droit civil 7 »), as with its own
    # catalogue; never `DCIV-TD01` nor `L3DRO-TD1` of a catalogue of many programmes
    assert codes(body, SMALL) == ["D3CIV07", "D3CIV07-T1", "D3CIV07-T3"]
    assert codes(body) == ["D3CIV07", "D3CIV07-T1", "D3CIV07-T3"]


def test_a_name_of_several_cited_courses_invents_no_group_elsewhere():
    # both cited courses have a TD2: which is meant is not said, and the look-alikes
    # elsewhere (`GEA2-TD2`, `X9ZZ-TD2`) are none of them
    body = "Cours D3CIV07 et M4PEN02 : le TD2 est vide sur Ecampus."
    assert codes(body) == ["D3CIV07", "M4PEN02"]


def test_a_name_no_cited_course_has_is_still_looked_for_elsewhere():
    # the course cited has no TD 5 of its own: the name is looked for as before (here,
    # nowhere: no head matches the mail), and nothing is invented
    assert codes("Dans le cours D3CIV07, je suis en TD5.") == ["D3CIV07"]


def test_without_a_cited_course_a_label_alone_invents_no_code():
    # a TD named with no course: the look-alikes' labels (« TD 1 Droit civil ») are no reason
    assert codes("Bonjour, je suis en TD1 de droit civil et je ne vois pas le cours.") == []


# Two schemes in one big catalogue: a geography department numbering without a dot (`GEOG101`…)
# and another programme's dotted codes (`GEOG1.08`), a year-headed scheme (`7HST302`) and a
# group under a course (`GEOG204TD1`).
SCHEMES = Catalogue.of(["GEOG101", "GEOG102", "GEOG201", "GEOG205", "GEOG1.08", "GEOG2.08",
                        "HST3.01", "HST3.04", "7HST302", "GEOG204TD1"])


def test_an_archived_code_shaped_like_a_family_of_its_own_is_not_another_schemes_code():
    # the mail says the code is archived, and `GEOG108` has the very shape of GEOG101,
    # GEOG102…: an archived code of that family, reported as written, not GEOG1.08's dropped
    # dot; nor `HST3.02` the year-headed 7HST302 of another scheme, nor `GEOG204` the stub of
    # the group GEOG204TD1
    said = " a été archivé, je ne le trouve plus."
    assert codes("Le cours GEOG108" + said, SCHEMES) == ["GEOG108"]
    assert codes("Le cours HST3.02" + said, SCHEMES) == ["HST3.02"]
    assert codes("Le cours GEOG208" + said, SCHEMES) == ["GEOG208"]
    assert codes("The course GEOG204 was not found.", SCHEMES) == ["GEOG204"]


def test_a_tolerant_reading_stands_where_the_mail_says_no_code_is_unknown():
    # nothing says the code is archived: the dot dropped is the known code's
    assert codes("Je ne vois pas le cours GEOG108 sur Ecampus.", SCHEMES) == ["GEOG1.08"]
    assert codes("Je ne vois pas le cours HST3.02 sur Ecampus.", SCHEMES) == ["7HST302"]


def test_a_tolerant_reading_stands_where_the_written_shape_has_no_family():
    # an archive said, but no undotted family shares « GEOG208 »'s shape: GEOG2.08's dot
    # dropped; case and an O for a 0 still read as the known code
    small = Catalogue.of(["GEOG1.10", "GEOG2.08", "GEOG3.01"])
    assert codes("Le cours GEOG208 est archivé ?", small) == ["GEOG2.08"]
    assert codes("Le cours geog1.1O est archivé ?", small) == ["GEOG1.10"]
    assert codes("Le cours GEOG101 est archivé ?", SCHEMES) == ["GEOG101"]


def test_a_family_outweighed_by_the_readings_is_the_stray_one():
    # two dashed codes beside five undotted ones: « STP2-E14 » is STP2E14 with a stray dash
    big = Catalogue.of(["STP2-E11", "STP2-E12", "STP2E11", "STP2E12", "STP2E13", "STP2E14",
                        "STP2E15", "STP2E16"])
    assert codes("Le cours STP2-E14 est dans les archives.", big) == ["STP2E14"]
