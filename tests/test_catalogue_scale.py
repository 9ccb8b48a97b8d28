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
