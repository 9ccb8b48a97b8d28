"""Round 18 (helper `damaged18`): codes people damage, read with the catalogue — a digit left
out, a zero left out after a dot or a dash, a cue word glued before the code, a real code whose
dropped digit the mail writes beside it. Catalogues and mails written for these tests."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.extractors.dropped_digits import restore_dropped_digits, said_apart
from triage.model import ParsedMail

CATALOGUE = Catalogue.of([
    "IT-20A", "IT-20B", "IT-21A", "IT-22A",              # languages: two digits and a letter
    "GEO2R301", "GEO2R302", "GEO2R304",                  # a BUT's resources
    "PH-CHI31", "PH-CHI32", "PH-BOT31",                  # sciences, a year's two semesters
    "MED-UE4", "MED-UE14", "MED-UE2", "MED-UE13",        # health units, 1 to 14
    "LA2.HIS4", "LA2.HIS5", "LA2HIS04",                  # two schemes: dotted and not
    "KIN-3-07", "EGS3.04", "SOC4112",
])


def entities(body: str, catalogue: Catalogue | None = CATALOGUE):
    mail = ParsedMail(message_id="t", subject="Ecampus", from_addr="x.y@gmail.com",
                      text=body, new_text=body)
    return read(mail, catalogue=catalogue).entities


def test_a_zero_left_out_is_the_known_code_with_it():
    assert entities("Je n'ai pas le cours IT-2A sur Ecampus, IT-20B et IT-21A y sont.")\
        .apogee_codes == ["IT-20A", "IT-20B", "IT-21A"]
    assert entities("la ressource GEO2R34 n'apparaît pas").apogee_codes == ["GEO2R304"]


def test_a_last_digit_left_out_is_told_by_a_sibling_of_the_mail():
    # PH-CHI31 and PH-CHI32 both fit « PH-CHI3 »: the mail's PH-BOT31 says the first semester
    found = entities("I cannot see the course PH-BOT31, nor the course PH-CHI3.").apogee_codes
    assert sorted(found) == ["PH-BOT31", "PH-CHI31"]


def test_a_digit_left_out_is_not_guessed_when_several_fit():
    values = restore_dropped_digits(["PH-CHI3"], CATALOGUE)
    assert values == {}                        # no sibling of the mail: 31 or 32, nobody knows


def test_a_code_the_mail_cites_is_not_what_another_spelling_means():
    # « IT-2A » with IT-20A cited: IT-21A? IT-22A? the zero is taken, nothing else guessed
    assert restore_dropped_digits(["IT-2A", "IT-20A"], CATALOGUE) == {}


def test_another_layout_is_another_scheme():
    # LA2.HIS4 is known, LA2HIS04 too: « LA2.HIS04 »'s layout is the dotted scheme's, and
    # « LA2HIS4 » without a dot is not read as LA2.HIS4 by a dropped digit
    assert CATALOGUE.dropped_digit("LA2.HIS") == []
    assert ("LA2.HIS4", "4") not in CATALOGUE.dropped_digit("LA2HIS")


def test_an_unknown_code_of_a_family_is_kept_as_written():
    # MED-UE4 and MED-UE2 are a family of the shape of « MED-UE3 »: an archived unit, a finding
    assert CATALOGUE.dropped_digit("MED-UE3") == []


def test_a_zero_left_out_after_a_dash_or_a_dot():
    assert CATALOGUE.match("KIN-3-7") == "KIN-3-07"
    assert CATALOGUE.match("egs3.4") == "EGS3.04"
    assert CATALOGUE.match("KIN-3-9") is None


def test_a_real_code_whose_dropped_digit_the_mail_writes_beside_it():
    body = ("Je suis responsable de l'UE 14 de médecine : sur la fiche le code est MED-UE4 mais "
            "le cours s'appelle bien « UE14 Sémiologie », et les groupes sont vides.")
    assert entities(body).apogee_codes == ["MED-UE14"]
    assert said_apart(["MED-UE4", "UE14"], CATALOGUE) == {"MED-UE4": "MED-UE14",
                                                          "UE14": "MED-UE14"}


def test_a_real_code_stays_when_the_mail_cites_both():
    assert said_apart(["MED-UE4", "MED-UE14", "UE14"], CATALOGUE) == {}
    assert entities("Les cours MED-UE4 et MED-UE2 sont invisibles.").apogee_codes == \
        ["MED-UE4", "MED-UE2"]


def test_a_cue_word_glued_before_a_code():
    assert entities("toujours rien dans le coursSOC4112 depuis lundi").apogee_codes == ["SOC4112"]
    assert entities("je ne suis pas inscrite à UEGEO2R301 ?").apogee_codes == ["GEO2R301"]
    # a capital cue glued to what the catalogue does not know stays unread
    assert entities("je ne suis pas inscrite à UEZZZ999 ?").apogee_codes != ["ZZZ999"]
