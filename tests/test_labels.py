"""Codes found by their labels (extractors/labels.py): an étape a mail names in words gives the
head a group's short name completes. Catalogues and mails written for these tests."""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors import read
from triage.extractors.labels import Named, label_parts, year_keys, years_named, years_said
from triage.model import ParsedMail

CODES = ["DC1ADM", "DC2PEN", "1DRT01", "2DRT01", "3DRT01", "1DRT01-TD7", "2DRT01-TD7",
         "3DRT01-TD7", "1DRT01-TD2", "2DRT01-TD2",
         "GC2MKT", "1GST01", "2GST01", "1GST01-TP2A", "2GST01-TP2A",
         "PE1DID", "1PEC01", "1PEC02", "1PEC01-TD2", "1PEC02-TD2"]
LABELS = {"1DRT01": "Licence Droit 1re année", "2DRT01": "L2 DROIT",
          "3DRT01": "3ème année Licence Droit - Caen",
          "1GST01": "BUT Gestion des entreprises et des administrations 1re année",
          "2GST01": "BUT Gestion des entreprises et des administrations 2e année",
          "1PEC01": "M1 MEEF Professorat des écoles Caen",
          "1PEC02": "M1 MEEF Professorat des ecoles St Lo / Saint-Lô",
          "DC1ADM": "Droit administratif 1", "GC2MKT": "Marketing"}
LABELLED = Catalogue.of(CODES, LABELS)
UNLABELLED = Catalogue.of(CODES)


def codes(body: str, catalogue: Catalogue = LABELLED) -> list[str]:
    mail = ParsedMail(message_id="t", subject="Ecampus", from_addr="lea.martin@etu.unicaen.fr",
                      text=body, new_text=body)
    return sorted(read(mail, catalogue=catalogue).entities.apogee_codes)


def test_a_year_is_read_with_its_programmes_words_whatever_its_form():
    assert years_named("Bonjour, je suis en L1 droit, groupe TD 7.") == [Named("1", "L", ("DROIT",))]
    assert years_named("étudiante en deuxième année de droit") == [Named("2", "", ("DROIT",))]
    assert years_named("en BUT GEA 2e année") == [Named("2", "BUT", ("GEA",))]
    assert years_named("Master 1 meef Saint-Lô") == [Named("1", "M", ("MEEF", "SAINT", "LO"))]
    assert years_named("a 3rd year law student") == [Named("3", "", ("LAW",))]
    assert years_named("but 2 students cannot log in") == []     # « but » is no diploma
    assert years_named("salle 1 et salle 2") == []
    # a label's programme is all its words, its diploma any it says
    assert label_parts("BUT Gestion des entreprises et des administrations 2e année") == (
        Named("2", "BUT", ("GESTION", "ENTREPRISES", "ADMINISTRATIONS")),)
    assert label_parts("Marketing") == ()


def test_an_etape_named_in_words_gives_the_groups_head():
    body = "Bonjour, je suis en {year}, groupe TD 7, et je ne vois pas le cours DC1ADM."
    for year in ("L1 droit", "première année de droit", "1ère année de licence de droit",
                 "licence 1 Droit"):
        assert codes(body.format(year=year)) == ["1DRT01-TD7", "DC1ADM"], year
    assert codes(body.format(year="L2 Droit")) == ["2DRT01-TD7", "DC1ADM"]
    assert codes(body.format(year="3e année de droit")) == ["3DRT01-TD7", "DC1ADM"]
    # without labels the étape is not found: the name is left as it was
    assert codes(body.format(year="L1 droit"), UNLABELLED) == ["DC1ADM"]


def test_a_programme_named_by_its_initials_or_its_place():
    assert codes("Je suis en BUT GEA 2e année, groupe TP2A, le cours GC2MKT est vide") == \
        ["2GST01-TP2A", "GC2MKT"]
    assert codes("M1 MEEF Saint-Lô : en TD2 je n'ai pas accès au cours PE1DID") == \
        ["1PEC02-TD2", "PE1DID"]


def test_an_unclear_or_contradicted_year_is_left_alone():
    # the year's programme matches two étapes as well (two campuses, no place said)
    assert codes("M1 MEEF : en TD2 je n'ai pas accès au cours PE1DID") == ["PE1DID"]
    # a year no étape of the name has; a programme no label names
    assert codes("Je suis en L3 droit, groupe TD 2, cours DC1ADM") == ["DC1ADM"]
    assert codes("Je suis en L1 histoire, groupe TD 7, cours DC1ADM") == ["DC1ADM"]
    # a diploma said differs from the label's
    assert codes("Je suis en M1 droit, groupe TD 7, cours DC1ADM") == ["DC1ADM"]


def test_the_groups_own_label_stands_for_an_unlabelled_etape():
    known = Catalogue.of(["DC1ADM", "1DRT01-TD7", "2DRT01-TD7"],
                         {"1DRT01-TD7": "TD 7 - L1 Droit", "2DRT01-TD7": "TD 7 - L2 Droit"})
    assert codes("en L2 droit, groupe TD 7, le cours DC1ADM", known) == ["2DRT01-TD7", "DC1ADM"]


FINANCE = ["IFI.21A", "IFI.21B", "IFI.22A", "M1FIN"]
FINANCE_LABELS = {"IFI.21A": "Finance d'entreprise", "IFI.21B": "FINANCE DE MARCHE",
                  "IFI.22A": "Comptabilité approfondie", "M1FIN": "Master 1 Finance"}


def test_a_truncated_code_is_completed_by_the_title_beside_it():
    known = Catalogue.of(FINANCE, FINANCE_LABELS)
    assert codes("Bonjour, je n'ai pas accès au cours IFI.21 Finance d'entreprise.", known) == \
        ["IFI.21A"]
    assert codes("Le cours « Finance de marché » (ifi 21) n'apparaît pas", known) == ["IFI.21B"]
    # the title matches both completions, or none, or is on another line: not completed
    for body in ("le cours IFI.21 Finance n'apparaît pas",
                 "le cours IFI.21 n'apparaît pas, merci",
                 "le cours IFI.21\n\nFinance d'entreprise"):
        assert not {"IFI.21A", "IFI.21B"} & set(codes(body, known)), body
    # without labels, the truncated code reads as before
    plain = "Bonjour, je n'ai pas accès au cours IFI.21 Finance d'entreprise."
    assert codes(plain, Catalogue.of(FINANCE)) == codes(plain.replace("Finance d'entreprise", ""),
                                                        Catalogue.of(FINANCE))
    assert Catalogue.of(FINANCE).completions("ifi 21") == ["IFI.21A", "IFI.21B"]
    assert Catalogue.of(FINANCE).completions("IFI") == []           # a stub too short


def test_a_title_does_not_complete_a_mere_start_of_codes():
    known = Catalogue.of(["HLAN201", "HLAN202"], {"HLAN201": "Anglais S2",
                                                  "HLAN202": "Anglais S2 renforcé"})
    assert not {"HLAN201", "HLAN202"} & set(codes("le cours HLAN2 Anglais ne s'ouvre pas", known))


# Groups whose head is no étape (`KD1-TD04` of the étape `DRT1CN`), each with its own label
# written in another style than the étape's.
GROUPED = Catalogue.of(
    ["DRT1CN", "DRT2CN", "KD1-TD04", "KD2-TD04", "KD1-TD05", "GS2TD3", "GS1TD3", "GS2TP1",
     "GGR2-DIST", "GGR3-DIST", "PM1FI-APP", "PM1RH-APP", "PM1FI", "PM1RH"],
    {"DRT1CN": "Licence 1 Droit - Caen", "DRT2CN": "Licence 2 Droit - Caen",
     "KD1-TD04": "L1 DROIT TD 4", "KD2-TD04": "L2 DROIT TD 4", "KD1-TD05": "L1 DROIT TD 5",
     "GS2TD3": "GST2 TD3", "GS1TD3": "GST1 TD3", "GS2TP1": "GST2 TP1",
     "GGR2-DIST": "L2 Géographie enseignement à distance", "GGR3-DIST": "L3 GEOGRAPHIE EAD",
     "PM1FI": "M1 Finance IAE", "PM1RH": "Master 1 Ressources humaines",
     "PM1FI-APP": "M1 FI apprentis", "PM1RH-APP": "M1 RH APPRENTISSAGE"})


def test_a_year_and_a_group_need_no_course_when_labels_say_which():
    assert codes("Bonjour, je suis en L1 droit au TD 4 et je ne vois rien.", GROUPED) == \
        ["KD1-TD04"]
    assert codes("deuxième année de droit, td 04, merci", GROUPED) == ["KD2-TD04"]
    assert codes("Bonjour, je suis au TD 4 et je ne vois rien.", GROUPED) == []


def test_a_programme_glued_to_its_year_in_a_label_and_a_year_written_2a():
    assert codes("BUT GST 2A td3 : pas de cours sur mon tableau de bord", GROUPED) == ["GS2TD3"]
    # « 2A » alone, without a diploma in its clause, is no year (a room, a subgroup)
    assert codes("salle 2A, le td3 de GST est vide", GROUPED) == []


def test_a_name_after_a_group_word_is_completed_by_the_years_labels():
    assert codes("Les étudiants de L2 géo à distance (groupe DIST) ne voient pas mon cours",
                 GROUPED) == ["GGR2-DIST"]
    # the group's own label and its étape's describe it together: FI and finance
    assert codes("Mes étudiants du M1 finance groupe APP n'ont pas accès", GROUPED) == \
        ["PM1FI-APP"]
    assert codes("Mes étudiants du M1 groupe APP n'ont pas accès", GROUPED) == []



def test_a_labels_name_written_where_a_code_stands_is_the_code_so_labelled():
    # « PCSPH3 » is no code: it is how the étape PCS3PH is labelled (« PCSPH 3 Pharmacie »),
    # and « PCSPH3 UE07 » the start of its element's label
    known = Catalogue.of(["PCS3PH", "PCS3.E07", "PCS3.E08", "PCS3-GR1", "PCS2PH"],
                         {"PCS3PH": "PCSPH 3 Pharmacie", "PCS3.E07": "PCSPH3 UE07 Galénique",
                          "PCS3.E08": "PCSPH3 UE08 Toxicologie", "PCS3-GR1": "PCSPH3 groupe 1",
                          "PCS2PH": "PCSPH 2 Pharmacie"},
                         etapes=["PCS3PH", "PCS2PH"])
    mail = ("Mon cours PCSPH3 UE07 est maintenant dans Archives. Les étudiants de PCSPH3 ne le "
            "trouvent plus. Le code est PCS3.E07.")
    assert codes(mail, known) == ["PCS3.E07", "PCS3PH"]
    assert codes("Je cherche la cohorte des PCSPH3 pour le cours PCS3.E08.", known) == \
        ["PCS3.E08", "PCS3PH"]
    # without labels it stays as written
    assert codes(mail, Catalogue.of(known.codes)) == ["PCS3.E07", "PCSPH3", "PCSPH3UE07"]
    # a name several codes share and no étape settles stays as written too
    shared = Catalogue.of(known.codes, {"PCS3-GR1": "PCSPH3 TD groupe 1",
                                        "PCS3.E08": "PCSPH3 TD groupe 2"})
    assert "PCSPH3" in codes(mail, shared)


def test_one_reader_gives_a_year_said_both_as_words_and_as_keys():
    """`years_said` is the one reader of a year said in words: its words are compared with
    labels (`years_named`), its keys with codes (group_names: « L1 droit » may be `L1DROIT` or
    `DROITL1`; « BUT TC 1re année » `BUTTC1` or `1BUTTC`)."""
    said = years_said("Je suis en L1 droit, en BUT TC 1re année l'an dernier.")
    assert [n for n in said if n.words] == years_named("Je suis en L1 droit, en BUT TC 1re "
                                                       "année l'an dernier.")
    assert year_keys(said) == sorted({("L1DROIT", "D"), ("DROITL1", "D"), ("BUTTC1", "BT"),
                                      ("1BUTTC", "BT")})
    assert year_keys(years_said("the first year of the Master at IAE")) == \
        [("IAEM1", "I"), ("M1IAE", "I")]
    # a word that is no programme's gives no key; without labels the words are not read
    assert year_keys(years_said("en L2 et L3")) == []
    assert [n for n in years_said("Je suis en L1 droit", with_words=False) if n.words] == []


def test_a_labels_own_abbreviations_and_a_year_standing_alone_are_read():
    """« LIC CHIMIE - 1A » (a licence), « MASTER MEEF 1 HISTOIRE-GÉO », « BUT CJ 2 - LISIEUX »
    (a year alone after the programme), « L3 S.T.A.P.S. » (a dotted acronym)."""
    assert label_parts("LIC CHIMIE - 1A") == (Named("1", "L", ("CHIMIE",)),)
    assert label_parts("MASTER MEEF 1 HISTOIRE-GÉO") == \
        (Named("1", "M", ("MEEF", "HISTOIRE", "GEO")),)
    assert label_parts("BUT CJ 2 - LISIEUX") == (Named("2", "BUT", ("CJ", "LISIEUX")),)
    assert label_parts("L3 S.T.A.P.S.") == (Named("3", "L", ("STAPS",)),)
    # a number that is no year stays none: « DU formation continue n°3 », « Doctorat ED 98 »
    assert label_parts("DU formation continue n°3") == ()
    assert label_parts("Doctorat ED 98") == ()
